"""The voice list: voices that read Swedish first and alone by default, named in the
interface's language; the bundled eSpeak NG's real voice list, and platform voices by language."""

from __future__ import annotations

import pytest

from reader.speech.driver import VoiceInfo
from reader.speech.voice_catalogue import SWEDISH_NAMES, language_code, offers, reads_text, voice_label


@pytest.fixture(scope="module")
def espeak_voices():
    from reader.speech.driver import SpeechUnavailableError
    from reader.speech.espeak_driver import EspeakDriver

    driver = EspeakDriver()
    try:
        driver.check()
    except SpeechUnavailableError as exc:  # pragma: no cover - the wheel ships eSpeak NG
        pytest.skip(f"no eSpeak NG on this computer: {exc}")
    return driver.voices()


def test_by_default_only_the_swedish_voice_is_offered(espeak_voices):
    assert len(espeak_voices) > 100  # eSpeak NG brings voices for many languages
    listed = offers(espeak_voices, "sv")
    assert [o.label for o in listed] == ["Svenska – eSpeak NG"]
    assert listed[0].reads_text


def test_the_others_come_after_swedish_named_in_swedish(espeak_voices):
    listed = offers(espeak_voices, "sv", others=True)
    labels = [o.label for o in listed]
    assert labels[0] == "Svenska – eSpeak NG"
    assert not any(o.reads_text for o in listed[1:])
    for wanted in ("Walesiska – eSpeak NG", "Afrikaans – eSpeak NG", "Cherokesiska – eSpeak NG"):
        assert wanted in labels
    assert "Welsh – eSpeak NG" not in labels
    rest = [label.lower() for label in labels[1:]]
    assert (
        rest.index("tyska – espeak ng")
        < rest.index("ungerska – espeak ng")
        < rest.index("walesiska – espeak ng")
    )
    assert not any("xextan" in label for label in labels)  # eSpeak's test voice is never offered


def test_every_bundled_voice_has_a_swedish_name(espeak_voices):
    missing = [v.id for v in espeak_voices if v.id.rsplit("/", 1)[-1] not in SWEDISH_NAMES | {"xex": ""}]
    assert missing == []


def test_names_follow_the_interface_language(espeak_voices):
    english = [o.label for o in offers(espeak_voices, "en", others=True)]
    assert english[0] == "Swedish – eSpeak NG"
    assert "Welsh – eSpeak NG" in english and "Walesiska – eSpeak NG" not in english
    assert english.index("Catalan – eSpeak NG") + 1 == english.index("Catalan (Balearic) – eSpeak NG")


def test_the_voice_in_use_is_always_listed(espeak_voices):
    welsh = next(v for v in espeak_voices if v.id.endswith("/cy"))
    listed = offers(espeak_voices, "sv", keep=welsh.id)
    assert [o.id for o in listed][-1] == welsh.id and len(listed) == 2


def test_platform_voices_are_sorted_by_the_language_they_report():
    voices = [
        VoiceInfo("system:samantha", "en_US", "Samantha", "nsss"),
        VoiceInfo("system:alva", "sv_SE", "Alva", "nsss"),
        VoiceInfo("system:bengt", "41D", "Microsoft Bengt", "sapi5"),
        VoiceInfo("system:zira", "409", "Microsoft Zira", "sapi5"),
        VoiceInfo("gmq/sv", "sv", "Swedish", "espeak"),
    ]
    assert language_code(voices[2]) == "sv" and language_code(voices[3]) == "en"
    assert [reads_text(v) for v in voices] == [False, True, True, False, True]
    listed = offers(voices, "sv")
    assert [o.id for o in listed] == ["gmq/sv", "system:alva", "system:bengt"]  # the bundled voice first
    assert voice_label(voices[1], "sv") == "Svenska – macOS (Alva)"
    assert voice_label(voices[0], "sv") == "Engelska – macOS (Samantha)"
    assert voice_label(voices[0], "en") == "English – macOS (Samantha)"
    everything = offers(voices, "en", others=True)
    assert [o.reads_text for o in everything] == [True, True, True, False, False]


def test_odd_voice_data_never_breaks_the_list():
    odd = [
        VoiceInfo("", "", "", "espeak"),
        VoiceInfo("system:x", "zz-ZZ", "", "sapi5"),
        VoiceInfo("system:y", "fffff", "Y", "sapi5"),
        VoiceInfo("new/xx", "xx", "Newlang", "espeak"),
    ]
    listed = offers(odd, "sv", others=True)
    assert len(listed) == 4 and all(o.label for o in listed)
