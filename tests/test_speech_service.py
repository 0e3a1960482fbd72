"""The combined driver: eSpeak NG first, the platform's voices beside it, loaded only when wanted."""

from __future__ import annotations

import threading

import pytest

from reader.speech.driver import SpeechUnavailableError
from reader.speech.engine import SpeechEngine
from reader.speech.fake_driver import FakeDriver
from reader.speech.service import CombinedDriver


class BrokenDriver(FakeDriver):
    name = "system"

    def check(self) -> None:
        raise RuntimeError("the platform's speech service crashed")


def test_drivers_are_made_on_the_engine_thread_at_the_first_check():
    made_on: list[str] = []

    def make() -> list:
        made_on.append(threading.current_thread().name)
        return [FakeDriver()]

    combined = CombinedDriver(make)
    engine = SpeechEngine(combined)
    assert made_on == []  # opening the window loads no speech library
    combined.cancel()  # Stop before anything was made is harmless
    assert [v.id for v in engine.voices().result(timeout=10)] == ["sv", "en"]
    engine.check().result(timeout=10)
    assert len(made_on) == 1 and made_on[0].startswith("speech-engine")
    engine.shutdown()


def test_a_broken_platform_driver_does_not_stop_espeak():
    combined = CombinedDriver(lambda: [FakeDriver(), BrokenDriver()])
    combined.check()
    assert [d.name for d in combined.usable] == ["fake"]
    assert combined.synthesise("Hej på dig.", voice="sv", rate_wpm=150).pcm


def test_no_usable_driver_gives_the_plain_swedish_reason_every_time():
    combined = CombinedDriver(lambda: [FakeDriver(unavailable="Ingen svensk röst.")])
    for _ in range(2):
        with pytest.raises(SpeechUnavailableError) as caught:
            combined.check()
        assert caught.value.message_sv == "Ingen svensk röst."


def test_drivers_that_cannot_even_load_give_a_clear_reason():
    def make() -> list:
        raise OSError("libespeak-ng.so: cannot open shared object file")

    combined = CombinedDriver(make)
    for _ in range(2):
        with pytest.raises(SpeechUnavailableError) as caught:
            combined.check()
        assert "eSpeak NG saknas" in caught.value.message_sv


def test_making_the_default_driver_loads_no_speech_library():
    """The window makes the driver while it opens; eSpeak NG is loaded later, on the engine's thread."""
    import subprocess
    import sys

    code = (
        "import sys; from reader.speech.service import default_driver; default_driver(); "
        "print(sorted(m for m in ('ctypes', 'reader.speech.espeak_driver', 'reader.speech.system_driver') "
        "if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "[]"
