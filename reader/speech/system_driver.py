"""The platform's own voices through pyttsx3 (SAPI5 on Windows, NSSS on macOS).

These engines cannot hand audio to memory, so each sentence is saved by
pyttsx3 to a temporary WAV file, checked (pyttsx3 has been seen to write the
wrong file or none), read back and deleted. They report no usable word
positions to memory either, so word times are spread over the sentence by
length. Used only where such voices exist; eSpeak NG is always there too.
"""

from __future__ import annotations

import logging
import re
import shutil
import sys
import tempfile
import wave
from collections.abc import Callable
from pathlib import Path

from reader.speech.driver import SpeechUnavailableError, Synthesis, VoiceInfo, WordTiming

log = logging.getLogger(__name__)

PREFIX = "system:"
_WORD = re.compile(r"\S+")


def platform_driver_name() -> str | None:
    if sys.platform.startswith("win"):
        return "sapi5"
    if sys.platform == "darwin":
        return "nsss"
    return None


class SystemDriver:
    """All calls from the engine thread (pyttsx3's rule)."""

    name = "system"

    def __init__(self) -> None:
        self._engine = None
        self._driver = platform_driver_name()

    def check(self) -> None:
        self._ensure()

    def _ensure(self):
        if self._engine is not None:
            return self._engine
        if self._driver is None:
            raise SpeechUnavailableError("", "no system speech driver on this platform")
        import pyttsx3

        self._engine = pyttsx3.init(self._driver)
        return self._engine

    def voices(self) -> list[VoiceInfo]:
        engine = self._ensure()
        out = []
        for v in engine.getProperty("voices"):
            langs = [str(x) for x in (v.languages or [])]
            lang = langs[0] if langs else ""
            out.append(
                VoiceInfo(
                    PREFIX + str(v.id), _normalise_language(lang, v.name), str(v.name), self._driver or ""
                )
            )
        return out

    def cancel(self) -> None:
        pass  # sentences are short; the controller drops a cancelled result

    def synthesise(
        self,
        text: str,
        *,
        voice: str,
        rate_wpm: int = 150,
        should_stop: Callable[[], bool] | None = None,
    ) -> Synthesis:
        engine = self._ensure()
        engine.setProperty("voice", voice.removeprefix(PREFIX))
        engine.setProperty("rate", int(rate_wpm))
        # The system voice writes the file itself, by name: into a folder only this user can
        # enter (a name freed in the shared temporary folder could be taken by a planted link).
        folder = Path(tempfile.mkdtemp(prefix="lasaren-"))
        path = folder / "speech.wav"
        try:
            engine.save_to_file(text, str(path))
            engine.runAndWait()
            if not path.exists() or path.stat().st_size <= 44:
                raise RuntimeError("the system voice saved no audio")
            with wave.open(str(path), "rb") as w:
                if w.getsampwidth() != 2:
                    raise RuntimeError("unexpected sample width")
                rate = w.getframerate()
                frames = w.readframes(w.getnframes())
                if w.getnchannels() == 2:
                    frames = b"".join(frames[i : i + 2] for i in range(0, len(frames), 4))
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        duration = len(frames) * 1000 // (2 * rate)
        words = _spread_words(text, duration)
        cancelled = bool(should_stop and should_stop())
        return Synthesis(frames, rate, words, cancelled)


def _spread_words(text: str, duration_ms: int) -> list[WordTiming]:
    tokens = list(_WORD.finditer(text))
    total = sum(len(t.group()) + 1 for t in tokens) or 1
    out, acc = [], 0
    for t in tokens:
        out.append(WordTiming(t.start(), t.end(), duration_ms * acc // total))
        acc += len(t.group()) + 1
    return out


def _normalise_language(lang: str, name: str) -> str:
    low = f"{lang} {name}".lower()
    if "sv" in lang.lower().replace("_", "-")[:3] or "swedish" in low or "svenska" in low or "1053" in low:
        return "sv"
    return lang
