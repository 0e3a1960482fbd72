"""Putting speech together: the engine with the right drivers, voices, the lexicon.

eSpeak NG (bundled) is always the first driver; the platform's own voices
(SAPI5, macOS) are added where they exist. A voice id says which driver
speaks it ("system:…" for the platform's voices).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from reader.speech.driver import SpeechUnavailableError, Synthesis, VoiceInfo
from reader.speech.engine import SpeechEngine

log = logging.getLogger(__name__)


def no_swedish_message() -> str:
    return QCoreApplication.translate(
        "Speech", "Uppläsning fungerar inte: det finns ingen svensk röst på den här datorn."
    )


class CombinedDriver:
    """eSpeak NG plus, where present, the platform's voices."""

    name = "combined"

    def __init__(self, drivers: list | Callable[[], list]) -> None:
        """``drivers``, or a function that makes them on the engine's thread at the first check."""
        self._make = drivers if callable(drivers) else None
        self.drivers: list = [] if callable(drivers) else drivers
        self._usable: list = []
        self._checked = False
        self._error = SpeechUnavailableError("")

    def check(self) -> None:
        if self._checked:
            if not self._usable:
                raise self._error
            return
        self._checked = True
        self._error = SpeechUnavailableError(
            QCoreApplication.translate(
                "Speech", "Uppläsning fungerar inte på den här datorn: talmotorn eSpeak NG saknas."
            )
        )
        if self._make is not None:
            try:  # loading the speech libraries waits until speech is first wanted
                self.drivers = self._make()
            except Exception as exc:
                log.warning("speech drivers could not be loaded: %s", exc)
        for d in self.drivers:
            try:
                d.check()
                self._usable.append(d)
            except SpeechUnavailableError as exc:
                if exc.message_sv:
                    self._error = exc
            except Exception as exc:  # a broken platform engine must not stop eSpeak
                log.warning("speech driver %s unusable: %s", getattr(d, "name", d), exc)
        if not self._usable:
            raise self._error

    @property
    def usable(self) -> list:
        """The drivers that passed the check (eSpeak NG first)."""
        return list(self._usable)

    def voices(self) -> list[VoiceInfo]:
        self.check()
        out: list[VoiceInfo] = []
        for d in self._usable:
            try:
                out += d.voices()
            except Exception as exc:
                log.warning("voices of %s unavailable: %s", getattr(d, "name", d), exc)
        return out

    def _for(self, voice: str):
        self.check()
        from reader.speech.system_driver import PREFIX

        for d in self._usable:
            if (d.name == "system") == voice.startswith(PREFIX):
                return d
        return self._usable[0]

    def synthesise(
        self, text: str, *, voice: str, rate_wpm: int, should_stop: Callable[[], bool] | None = None
    ) -> Synthesis:
        return self._for(voice).synthesise(text, voice=voice, rate_wpm=rate_wpm, should_stop=should_stop)

    def paced(self, voice: str) -> bool:
        """Whether the driver of ``voice`` takes a calibrated rate (eSpeak NG does)."""
        paced = getattr(self._for(voice), "paced", None)
        return bool(paced is not None and paced(voice))

    def cancel(self) -> None:
        for d in self._usable:
            d.cancel()


def _platform_drivers() -> list:
    from reader.speech.espeak_driver import EspeakDriver
    from reader.speech.system_driver import SystemDriver, platform_driver_name

    drivers: list = [EspeakDriver()]
    if platform_driver_name():
        drivers.append(SystemDriver())
    return drivers


def default_driver() -> CombinedDriver:
    """eSpeak NG and the platform's voices, made on the engine's thread, not while the window opens."""
    return CombinedDriver(_platform_drivers)


def create_engine(content_root: Path, *, inline: bool = False, driver=None) -> SpeechEngine:
    """The engine with the pack's lexicon (a missing lexicon just means none)."""
    return SpeechEngine(
        driver if driver is not None else default_driver(),
        lexicon_file=Path(content_root) / "lexicon.toml",
        inline=inline,
    )
