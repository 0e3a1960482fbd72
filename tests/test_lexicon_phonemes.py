"""Every pronunciation fix, heard: the phonemes the bundled eSpeak NG really speaks for
the word in a sentence from the content, after the pack's lexicon (traced during synthesis,
as ``espeak-ng -v sv -x`` prints them: ' before the stressed syllable, , before a weaker one)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from reader.speech import lexicon as lexicon_mod

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the phoneme trace needs a POSIX C library")


@pytest.fixture(scope="module")
def hear():
    from reader.speech.driver import SpeechUnavailableError
    from reader.speech.espeak_driver import EspeakDriver

    driver = EspeakDriver()
    try:
        driver.check()
    except SpeechUnavailableError as exc:  # pragma: no cover - the wheel ships eSpeak NG
        pytest.skip(f"no eSpeak NG on this computer: {exc}")
    lexicon = lexicon_mod.load(ROOT / "content" / "lexicon.toml")

    def heard(text: str) -> str:
        return driver.heard_phonemes(lexicon.apply(text, phonemes=True).spoken)

    return heard


# (sentence as in the content, phonemes that must be heard, phonemes eSpeak said before the fix)
FIXES = [
    ("Treklövern vill att Helsingborg ska vara tryggt.", "hElsINb'ORj", "h'ElsINb,ORj"),
    ("Helsingborgs stad ska vara en attraktiv arbetsgivare.", "hElsINb'ORjs", "h'ElsINb,ORgs"),
    ("Alla helsingborgare ska känna sig trygga.", "hElsINb'ORjaRE-", "h'ElsINb,ORjaRE-"),
    ("Det är helsingborgarnas pengar.", "hElsINb'ORjaRnas", "h'ElsINb,ORjaRn,as"),
    ("Vi står bakom Helsingborgsdeklarationen.", "hElsINb'ORjs d,EklA:RA:sx'u:nE-n", "h,ElsINb,ORgsd"),
    ("en fast förbindelse till Helsingör", "hElsIN'Y:R", "h'ElsIN,Y:R"),
    ("Moderaterna, Liberalerna och Kristdemokraterna", "mUdE-R'A:tE-Rna", "m'u:de:R,atE-Rn,a"),
    ("Moderaterna, Liberalerna och Kristdemokraterna", "lIbE-R'A:lE-Rna", "l'i:bE-R,alE-Rn,a"),
    ("Moderaterna, Liberalerna och Kristdemokraterna", "kR'IstdE-mUkR,A:tE-Rna", "kR'i:stdE-m,OkRA:t,ERna"),
    ("samarbete med Sverigedemokraterna", "sv'ERjE-dE-mUkR,A:tE-Rna", "sv'ERjE-dE-m,OkRA:t,ERna"),
    ("Under mandatperioden vill vi sänka skatten.", "mand'A:tpERi;,u:dE-n", "m'andatp,ERi:;,u:dE-n"),
    ("Program för en mandatperiod.", "mand'A:tpERi;,u:d", "m'andatp,ERi:;,u:d"),
    ("samarbetet inom Greater Copenhagen", "gR'e:jtE-R k'o:pE-nh,e:jgE-n", "gR'e:atE-R k'u:pE-nh,agE-n"),
    ("Barn med psykisk ohälsa ska få hjälp.", "s'y:kIsk", "ps'y:kIsk"),
    ("Psykisk ohälsa ökar.", "s'y:kIsk", "ps'y:kIsk"),
    ("Många mår psykiskt dåligt.", "s'y:kIskt", "ps'y:kIskt"),
    ("fler tider hos psykolog", "s,y:ku:l'o:g", "ps,y:ku:l'o:g"),
    ("Vården inom psykiatri ska bli bättre.", "sykI;atR'i:", "ps'y:ki:;,atRi:"),
    ("Samarbetet med psykiatrin ska öka.", "sykI;atR'i:n", "ps,y:ki:;atR'i:n"),
    ("Skolan ska hålla hög kvalitet.", "kvalIt'e:t", "kv'alIt,e:t"),
    ("Kvaliteten i vården ska öka.", "kvalIt'e:tE-n", "kv'alIt,e:tE-n"),
    ("Idag saknas det platser.", "Id'A:g", "'Id,A:g"),
    ("en av de snabbast växande regionerna i Europa", "E8R'u:pa", "'e:u-R,u:pa"),
    ("Parallelsamhället ska bekämpas.", "paRal'Elsamh,ElE-t", "p'A:Ral,Elsamh,ElE-t"),
    ("Vi vill t.ex. bygga fler hus.", "tIl E-ks'EmpE-l", "p'8Nt"),
    ("Det gäller bl.a. skolan.", "bl'and 'anat", "p'8Nt"),
    ("skolor, vård m.m. ska fungera", "me:d m'e:Ra", "p'8Nt"),
    ("Det är en insats, dvs. ett stöd.", "de:t vIl s'Eja", "d,e:v,e:'Es"),
    ("skolor, vård osv. ska fungera", "Ok s'o: v'i:daRE-", "'u:sv"),
    ("Tryck Ctrl+F för att söka.", "k'OntROl", "s,e:t,e:,ER'El"),
    ("Stoppa: Esc", "Esk'e:jp", "'Es"),
    ("en fast HH-förbindelse", "h'o:h'o:f'WRbIndE-lsE-", "h,o:h'o:f'WRbIndE-lsE-"),
    ("insatser enligt LSS", "'El'Es'Es", "lss"),
    ("under 2023-2026", "tIl tv'o: t'u-sEn", "tv'o: t'u-sEn S;,u-gOtR'e: tv'o:"),
    ("skattecronan ska användas klokt", "sk'at:E-kR,u:nan", "sk'at:E-s"),
    ("skattekrönor ska användas klokt", "sk'at:E-kR,u:nOR", "kR'Y:"),
    ("Väst kustbanan ska byggas ut.", "v'Estk8stb,anan", "v'Est k'8st"),
    ("Treklövern vill", "tR'e:kl'Y:vE-Rn", "tR'EklY:v,ERn"),
]


@pytest.mark.parametrize(("sentence", "wanted", "before"), FIXES, ids=[f[1] for f in FIXES])
def test_fix_is_heard_in_context(hear, sentence, wanted, before):
    heard = hear(sentence)
    assert wanted in heard, f"{sentence!r}: eSpeak NG says {heard!r}"
    assert before not in heard, f"{sentence!r}: still {before!r}"


def test_every_entry_with_phonemes_or_a_respelling_is_tested():
    """A new lexicon entry needs its line in FIXES (its example heard in a sentence)."""
    lexicon = lexicon_mod.load(ROOT / "content" / "lexicon.toml")
    sentences = " ".join(f[0] for f in FIXES)
    for entry in lexicon.entries:
        if entry.same_in_espeak and not entry.phonemes:
            continue
        assert entry.pattern.search(sentences), f"no test sentence for {entry.written!r}"


def test_shown_text_never_changes_and_other_voices_get_no_phonemes():
    lexicon = lexicon_mod.load(ROOT / "content" / "lexicon.toml")
    text = "Moderaterna i Helsingborg vill t.ex. bygga."
    espeak = lexicon.apply(text, phonemes=True)
    other = lexicon.apply(text)
    assert espeak.shown == other.shown == text
    assert "[[" in espeak.spoken and "[[" not in other.spoken
    assert other.spoken == "Moderaterna i Helsingborg vill till exempel bygga."
    i = espeak.spoken.index("[[hElsIN")
    assert text[slice(*espeak.to_shown(i, i + 5))] == "Helsingborg"  # the word is highlighted whole
