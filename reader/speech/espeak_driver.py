"""eSpeak NG through pyttsx3's own ctypes bindings, synthesising to memory.

pyttsx3's high-level eSpeak driver stops before the end of long texts and plays
through an external program; its bindings underneath are sound. We use them
in AUDIO_OUTPUT_SYNCHRONOUS mode: ``espeak_Synth`` returns when the audio is
complete, the callback collecting PCM and word events (text position, audio
position). eSpeak is not thread-safe: every call must come from one thread
(the engine worker); only ``cancel`` may be called from elsewhere (it sets a
flag the callback reads).
"""

from __future__ import annotations

import ctypes
import logging
import threading
from collections.abc import Callable

from reader.speech import espeak_lib
from reader.speech.driver import (
    MAX_WPM,
    SpeechUnavailableError,
    Synthesis,
    VoiceInfo,
    WordTiming,
)

log = logging.getLogger(__name__)

_EVENT_WORD = 1
_EVENT_LIST_TERMINATED = 0
_ESPEAK_MIN_WPM = 80
_WORDGAP = 7  # espeakWORDGAP: extra pause between words, in 10 ms units
_initialised: dict[str, int] = {}
# eSpeak NG is one library state per process: every call, from any driver
# instance or thread, holds this lock (one engine thread normally; the command
# line and tests call from their own thread).
_espeak_lock = threading.RLock()
_current_voice: list[str] = [""]
_current_rate: list[int] = [-1]


def _no_engine() -> SpeechUnavailableError:
    from PySide6.QtCore import QCoreApplication

    return SpeechUnavailableError(
        QCoreApplication.translate(
            "Speech", "Uppläsning fungerar inte på den här datorn: talmotorn eSpeak NG saknas."
        )
    )


class EspeakDriver:
    """One per process is enough; all calls except ``cancel`` from one thread."""

    name = "espeak"

    def __init__(self) -> None:
        self._bindings = None
        self.sample_rate = 22050
        self._stop = threading.Event()
        self._chunks: list[bytes] = []
        self._events: list[tuple[int, int, int]] = []
        self._callback = None

    def check(self) -> None:
        self._ensure()

    def _ensure(self):
        if self._bindings is not None:
            return self._bindings
        try:
            loaded = espeak_lib.load()
        except RuntimeError as exc:
            raise _no_engine() from exc
        e = loaded.module
        with _espeak_lock:
            if "rate" not in _initialised:
                path = loaded.data_path.encode() if loaded.data_path else None
                rate = e.Initialize(e.AUDIO_OUTPUT_SYNCHRONOUS, 0, path, 0)
                if rate <= 0:
                    raise _no_engine()
                _initialised["rate"] = rate
        self.sample_rate = _initialised["rate"]
        self._bindings = e
        return e

    def voices(self) -> list[VoiceInfo]:
        self._ensure()
        from pyttsx3.drivers.espeak import EspeakDriver as PyttsxEspeak

        out = []
        with _espeak_lock:
            listed = PyttsxEspeak.getProperty("voices")
        for v in listed:
            lang = (v.languages or [""])[0] or ""
            out.append(VoiceInfo(v.id, lang, v.name, "espeak"))
        return out

    def cancel(self) -> None:
        self._stop.set()

    def paced(self, voice: str) -> bool:
        """Its rate is calibrated by ``pace`` (words a minute of real text, not eSpeak's rate)."""
        return True

    def _on_synth(self, wav, numsamples, events) -> int:
        i = 0
        while True:
            ev = events[i]
            if ev.type == _EVENT_LIST_TERMINATED:
                break
            if ev.type == _EVENT_WORD:
                self._events.append((ev.text_position, ev.length, ev.audio_position))
            i += 1
        if numsamples > 0 and wav:
            self._chunks.append(ctypes.string_at(wav, numsamples * 2))
        if self._stop.is_set() or (self._should_stop is not None and self._should_stop()):
            return 1
        return 0

    _should_stop: Callable[[], bool] | None = None

    def synthesise(
        self,
        text: str,
        *,
        voice: str = "sv",
        rate_wpm: int = 150,
        should_stop: Callable[[], bool] | None = None,
    ) -> Synthesis:
        e = self._ensure()
        with _espeak_lock:
            if voice != _current_voice[0]:
                if e.SetVoiceByName(voice.encode("utf-8")) != 0:
                    raise SpeechUnavailableError(_voice_missing(voice))
                _current_voice[0] = voice
                _current_rate[0] = -1
            wanted = max(1, min(MAX_WPM, int(rate_wpm)))
            if wanted != _current_rate[0]:
                # eSpeak's slowest rate is 80 words a minute; slower ones (0.5× = 75) get
                # a little extra pause between words instead
                rate = max(_ESPEAK_MIN_WPM, wanted)
                # one gap unit measured as about 43 ms between words at 80 words a minute
                gap = 0 if wanted >= _ESPEAK_MIN_WPM else round((60000 / wanted - 60000 / rate) / 43)
                e.SetParameter(e.RATE, rate, 0)
                e.SetParameter(_WORDGAP, gap, 0)
                _current_rate[0] = wanted
            self._stop.clear()
            self._chunks = []
            self._events = []
            self._should_stop = should_stop
            e.SetSynthCallback(self._on_synth)  # this instance collects the audio
            data = text.encode("utf-8")
            # PHONEMES: [[…]] from the lexicon is read as eSpeak phoneme mnemonics
            result = e.Synth(data, flags=e.CHARS_UTF8 | e.ENDPAUSE | e.PHONEMES)
            self._should_stop = None
            chunks, events = self._chunks, self._events
            self._chunks, self._events = [], []
        cancelled = self._stop.is_set() or (should_stop is not None and should_stop())
        if result != 0 and not cancelled:
            raise RuntimeError(f"espeak_Synth returned {result}")
        words = _word_timings(text, events)
        return Synthesis(b"".join(chunks), self.sample_rate, words, cancelled)

    def phonemes(self, text: str, voice: str = "sv") -> str:
        """eSpeak's phoneme string for ``text`` (for checking the lexicon)."""
        e = self._ensure()
        with _espeak_lock:
            return self._phonemes(e, text, voice)

    def heard_phonemes(self, text: str, voice: str = "sv") -> str:
        """The phonemes eSpeak actually speaks for ``text`` (``[[…]]`` input included).

        Traced during a real synthesis, as ``espeak-ng -x`` prints them; for tests and
        for checking the lexicon (POSIX C library needed for the trace file).
        """
        import os
        import tempfile

        e = self._ensure()
        libc = ctypes.CDLL(None)
        libc.fopen.restype = ctypes.c_void_p
        libc.fopen.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
        libc.fclose.argtypes = [ctypes.c_void_p]
        trace = e.dll.espeak_SetPhonemeTrace
        trace.argtypes = [ctypes.c_int, ctypes.c_void_p]
        fd, name = tempfile.mkstemp(suffix=".txt")
        os.close(fd)
        try:
            with _espeak_lock:
                stream = libc.fopen(name.encode(), b"w")
                trace(1, stream)  # espeakPHONEMES_SHOW: eSpeak's mnemonics
                try:
                    self.synthesise(text, voice=voice)
                finally:
                    trace(0, None)
                    libc.fclose(stream)
            with open(name, encoding="utf-8", errors="replace") as f:
                return " ".join(line.strip() for line in f if line.strip())
        finally:
            os.unlink(name)

    def _phonemes(self, e, text: str, voice: str) -> str:
        if voice != _current_voice[0]:
            e.SetVoiceByName(voice.encode("utf-8"))
            _current_voice[0] = voice
            _current_rate[0] = -1
        fn = e.dll.espeak_TextToPhonemes
        fn.restype = ctypes.c_char_p
        fn.argtypes = [ctypes.POINTER(ctypes.c_char_p), ctypes.c_int, ctypes.c_int]
        buf = ctypes.c_char_p(text.encode("utf-8"))
        ptr = ctypes.pointer(buf)
        parts = []
        while buf.value:
            out = fn(ptr, 1, 0)  # CHARS_UTF8, plain phoneme mnemonics
            if out:
                parts.append(out.decode("utf-8", "replace"))
            else:
                break
        return " ".join(parts)


def _voice_missing(voice: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Speech", "Rösten ”%1” finns inte på den här datorn.").replace(
        "%1", voice
    )


def _word_timings(text: str, events: list[tuple[int, int, int]]) -> list[WordTiming]:
    """Turn eSpeak word events (1-based character positions) into sorted, non-overlapping words."""
    words: list[WordTiming] = []
    n = len(text)
    for pos, length, ms in events:
        start = max(0, min(n, pos - 1))
        end = max(start, min(n, start + max(length, 1)))
        if words and start < words[-1].end:
            # eSpeak can report pieces of one written word (numbers): keep the first
            continue
        if words and ms < words[-1].ms:
            ms = words[-1].ms
        words.append(WordTiming(start, end, ms))
    return words
