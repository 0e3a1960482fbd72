"""Measure eSpeak NG's pace on the programme and print the table for reader/speech/pace.py.

For each eSpeak rate, every sentence of every section is synthesised with the
real bundled voice, after the pronunciation lexicon, exactly as reading aloud
does; the syllables of the text (as ``pace.shape_of`` counts them) divided by the minutes of audio (eSpeak's own
sentence pauses included, the app's extra pauses not) give one row of
``RATE_TO_SYLLABLES``. Run it again after changing the voice, the lexicon or
the eSpeak NG version:

    .venv/bin/python scripts/calibrate_pace.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

RATES = (50, 60, 70, 80, 90, 100, 115, 130, 150, 175, 200, 240, 280, 330, 390, 450)


def main() -> int:
    from reader.content.loader import load_pack
    from reader.speech import lexicon as lexicon_mod
    from reader.speech.espeak_driver import EspeakDriver
    from reader.speech.export import texts_of
    from reader.speech.pace import count_syllables

    document = load_pack(ROOT / "content").document
    lexicon = lexicon_mod.load(ROOT / "content" / "lexicon.toml")
    shown = [t for t, _ in texts_of(document.sections)]
    spoken = [lexicon.apply(t).spoken for t in shown]
    syllables = sum(count_syllables(t) for t in shown)  # counted as pace.shape_of counts them
    driver = EspeakDriver()
    driver.check()
    print("RATE_TO_SYLLABLES: tuple[tuple[int, float], ...] = (")
    for rate in RATES:
        ms = sum(driver.synthesise(s, voice="sv", rate_wpm=rate).duration_ms for s in spoken)
        print(f"    ({rate}, {syllables / (ms / 60000):.1f}),", flush=True)
    print(")")
    return 0


if __name__ == "__main__":
    sys.exit(main())
