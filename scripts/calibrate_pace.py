"""Measure eSpeak NG's pace on the programme and print the table for reader/speech/pace.py.

For each eSpeak rate, every sentence of every section is synthesised with the
real bundled voice, after the pronunciation lexicon, exactly as reading aloud
does. One row of ``RATE_TO_SYLLABLES`` per rate: the syllables of the text (as
``pace.shape_of`` counts them) a minute of speech, and eSpeak's own pause after a
sentence (the silence at the end of each sentence's audio), in ms. Run it again
after changing the voice, the lexicon or the eSpeak NG version:

    .venv/bin/python scripts/calibrate_pace.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

RATES = (50, 60, 70, 80, 90, 100, 115, 130, 150, 175, 200, 240, 280, 330, 390, 450)


def _trailing_silence_ms(pcm: bytes, rate: int) -> float:
    """eSpeak's pause after the sentence: the quiet samples at the end of its audio."""
    samples = memoryview(pcm).cast("h")
    n = len(samples)
    while n > 0 and abs(samples[n - 1]) < 300:  # about -40 dB
        n -= 1
    return (len(samples) - n) * 1000 / rate


def main() -> int:
    from reader.content.loader import load_pack
    from reader.exports.audio import texts_of
    from reader.speech import lexicon as lexicon_mod
    from reader.speech.espeak_driver import EspeakDriver
    from reader.speech.pace import count_syllables

    document = load_pack(ROOT / "content").document
    lexicon = lexicon_mod.load(ROOT / "content" / "lexicon.toml")
    shown = [t for t, _ in texts_of(document.sections)]
    spoken = [lexicon.apply(t, phonemes=True).spoken for t in shown]
    syllables = sum(count_syllables(t) for t in shown)  # counted as pace.shape_of counts them
    driver = EspeakDriver()
    driver.check()
    print("RATE_TO_SYLLABLES: tuple[tuple[int, float, float], ...] = (")
    for rate in RATES:
        speech_ms = pause_ms = 0.0
        for s in spoken:
            synthesis = driver.synthesise(s, voice="sv", rate_wpm=rate)
            tail = _trailing_silence_ms(synthesis.pcm, synthesis.sample_rate)
            speech_ms += synthesis.duration_ms - tail
            pause_ms += tail
        print(
            f"    ({rate}, {syllables / (speech_ms / 60000):.1f}, {pause_ms / len(spoken):.0f}),", flush=True
        )
    print(")")
    return 0


if __name__ == "__main__":
    sys.exit(main())
