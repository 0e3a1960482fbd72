"""Which voices to offer, in what order, and what to call them in the interface's language.

eSpeak NG brings about 140 voices, named in English ("Afrikaans", "Welsh" …). A
voice for another language reads the Swedish programme with that language's
letter sounds, which no listener wants by mistake; so the voices that can read
the text (Swedish) come first and are the only ones offered until the reader
asks for the others. Names follow the interface: "Svenska", "Walesiska" in
Swedish, "Swedish", "Welsh" in English. The platform's voices (Windows, macOS)
are sorted the same way, by the language they report. No widgets here.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.speech.driver import VoiceInfo

TEXT_LANGUAGE = "sv"  # the programme's language: voices that read it come first
HIDDEN = {"xex"}  # eSpeak's own test voice ("xextan-test"), never offered

# eSpeak NG voice (the end of its id, e.g. "gmw/en-us" → "en-us") → its Swedish name.
# The English name is eSpeak's own.
SWEDISH_NAMES: dict[str, str] = {
    "sv": "svenska",
    "af": "afrikaans",
    "am": "amhariska",
    "an": "aragonesiska",
    "ar": "arabiska",
    "as": "assamesiska",
    "az": "azerbajdzjanska",
    "ba": "basjkiriska",
    "be": "belarusiska",
    "bg": "bulgariska",
    "bn": "bengali",
    "bpy": "bishnupriya manipuri",
    "bs": "bosniska",
    "ca": "katalanska",
    "ca-ba": "katalanska (Balearerna)",
    "ca-nw": "katalanska (nordvästra)",
    "ca-va": "katalanska (Valencia)",
    "chr": "cherokesiska",
    "cmn": "kinesiska (mandarin, latinska bokstäver som på engelska)",
    "cmn-latn-pinyin": "kinesiska (mandarin, pinyin)",
    "cs": "tjeckiska",
    "cv": "tjuvasjiska",
    "cy": "walesiska",
    "da": "danska",
    "de": "tyska",
    "el": "grekiska",
    "en-029": "engelska (Karibien)",
    "en": "engelska (Storbritannien)",
    "en-gb-scotland": "engelska (Skottland)",
    "en-gb-x-gbclan": "engelska (Lancaster)",
    "en-gb-x-gbcwmd": "engelska (West Midlands)",
    "en-gb-x-rp": "engelska (brittiskt riksspråk)",
    "en-shaw": "engelska (shaviska alfabetet)",
    "en-us": "engelska (USA)",
    "en-us-nyc": "engelska (USA, New York)",
    "eo": "esperanto",
    "es": "spanska (Spanien)",
    "es-419": "spanska (Latinamerika)",
    "et": "estniska",
    "eu": "baskiska",
    "fa": "persiska",
    "fa-latn": "persiska (latinska bokstäver)",
    "fi": "finska",
    "fo": "färöiska",
    "fr-be": "franska (Belgien)",
    "fr-ch": "franska (Schweiz)",
    "fr": "franska (Frankrike)",
    "ga": "iriska",
    "gd": "skotsk gäliska",
    "gn": "guaraní",
    "grc": "forngrekiska",
    "gu": "gujarati",
    "hak": "hakka",
    "haw": "hawaiiska",
    "he": "hebreiska",
    "hi": "hindi",
    "hr": "kroatiska",
    "ht": "haitisk kreol",
    "hu": "ungerska",
    "hy": "armeniska (östarmeniska)",
    "hyw": "armeniska (västarmeniska)",
    "ia": "interlingua",
    "id": "indonesiska",
    "io": "ido",
    "is": "isländska",
    "it": "italienska",
    "ja": "japanska",
    "jbo": "lojban",
    "ka": "georgiska",
    "kaa": "karakalpakiska",
    "kk": "kazakiska",
    "kl": "grönländska",
    "kn": "kannada",
    "ko": "koreanska",
    "kok": "konkani",
    "ku": "kurdiska",
    "ky": "kirgiziska",
    "la": "latin",
    "lb": "luxemburgiska",
    "lfn": "lingua franca nova",
    "lt": "litauiska",
    "ltg": "lettgalliska",
    "lv": "lettiska",
    "mi": "maori",
    "mk": "makedonska",
    "ml": "malayalam",
    "mr": "marathi",
    "ms": "malajiska",
    "mt": "maltesiska",
    "mto": "totontepec-mixe",
    "my": "burmesiska",
    "nb": "norska (bokmål)",
    "nci": "klassisk nahuatl",
    "ne": "nepali",
    "nl": "nederländska",
    "nog": "nogajiska",
    "om": "oromo",
    "or": "oriya",
    "pa": "punjabi",
    "pap": "papiamento",
    "piqd": "klingonska",
    "pl": "polska",
    "pt": "portugisiska (Portugal)",
    "pt-br": "portugisiska (Brasilien)",
    "py": "pyash",
    "qdb": "lang belta",
    "qu": "quechua",
    "quc": "quiché",
    "qya": "quenya",
    "ro": "rumänska",
    "ru": "ryska",
    "ru-cl": "ryska (klassisk)",
    "ru-lv": "ryska (Lettland)",
    "sd": "sindhi",
    "shn": "shan",
    "si": "singalesiska",
    "sjn": "sindarin",
    "sk": "slovakiska",
    "sl": "slovenska",
    "smj": "lulesamiska",
    "sq": "albanska",
    "sr": "serbiska",
    "sw": "swahili",
    "ta": "tamil",
    "te": "telugu",
    "th": "thailändska",
    "ti": "tigrinja",
    "tk": "turkmeniska",
    "tn": "setswana",
    "tr": "turkiska",
    "tt": "tatariska",
    "ug": "uiguriska",
    "uk": "ukrainska",
    "ur": "urdu",
    "uz": "uzbekiska",
    "vi": "vietnamesiska (norra)",
    "vi-vn-x-central": "vietnamesiska (centrala)",
    "vi-vn-x-south": "vietnamesiska (södra)",
    "yue": "kantonesiska",
    "yue-latn-jyutping": "kantonesiska (jyutping)",
}

# Languages the platform's voices report (ISO 639-1) → (Swedish, English) name.
LANGUAGE_NAMES: dict[str, tuple[str, str]] = {
    "sv": ("svenska", "Swedish"),
    "da": ("danska", "Danish"),
    "nb": ("norska", "Norwegian"),
    "no": ("norska", "Norwegian"),
    "nn": ("nynorska", "Norwegian Nynorsk"),
    "fi": ("finska", "Finnish"),
    "is": ("isländska", "Icelandic"),
    "en": ("engelska", "English"),
    "de": ("tyska", "German"),
    "fr": ("franska", "French"),
    "es": ("spanska", "Spanish"),
    "it": ("italienska", "Italian"),
    "pt": ("portugisiska", "Portuguese"),
    "nl": ("nederländska", "Dutch"),
    "pl": ("polska", "Polish"),
    "ru": ("ryska", "Russian"),
    "uk": ("ukrainska", "Ukrainian"),
    "ar": ("arabiska", "Arabic"),
    "fa": ("persiska", "Persian"),
    "tr": ("turkiska", "Turkish"),
    "el": ("grekiska", "Greek"),
    "he": ("hebreiska", "Hebrew"),
    "hi": ("hindi", "Hindi"),
    "zh": ("kinesiska", "Chinese"),
    "ja": ("japanska", "Japanese"),
    "ko": ("koreanska", "Korean"),
    "so": ("somaliska", "Somali"),
    "ti": ("tigrinja", "Tigrinya"),
    "cs": ("tjeckiska", "Czech"),
    "hu": ("ungerska", "Hungarian"),
    "ro": ("rumänska", "Romanian"),
    "et": ("estniska", "Estonian"),
    "lv": ("lettiska", "Latvian"),
    "lt": ("litauiska", "Lithuanian"),
}

# Windows reports languages as hexadecimal LCIDs ("41D" is Swedish).
_LCID = {0x41D: "sv", 0x81D: "sv", 0x406: "da", 0x414: "nb", 0x40B: "fi", 0x409: "en", 0x809: "en"}
_ENGINES = {"espeak": "eSpeak NG", "sapi5": "Windows", "nsss": "macOS"}


@dataclass(frozen=True)
class Offer:
    """One line of the voice list."""

    id: str
    label: str
    reads_text: bool  # a voice for the programme's language


def language_code(voice: VoiceInfo) -> str:
    """The voice's language as a lower-case ISO code without region ("sv", "en")."""
    if voice.is_swedish:
        return "sv"
    raw = voice.language.strip().lower().replace("_", "-")
    if raw and all(c in "0123456789abcdef" for c in raw) and len(raw) <= 4:
        try:
            return _LCID.get(int(raw, 16), raw)
        except ValueError:
            return raw
    return raw.split("-")[0] if raw else ""


def reads_text(voice: VoiceInfo, text_language: str = TEXT_LANGUAGE) -> bool:
    return language_code(voice) == text_language


def _espeak_key(voice: VoiceInfo) -> str:
    return voice.id.rsplit("/", 1)[-1]


def language_name(voice: VoiceInfo, ui_language: str) -> str:
    """The voice's language, named in the interface's language ("Walesiska" / "Welsh")."""
    if voice.engine == "espeak":
        if ui_language == "sv":
            name = SWEDISH_NAMES.get(_espeak_key(voice))
            if name is None:  # a voice newer than this table: its language, or eSpeak's name
                name = LANGUAGE_NAMES.get(language_code(voice), (voice.name, ""))[0]
        else:
            name = voice.name.strip()
        return name[:1].upper() + name[1:]
    names = LANGUAGE_NAMES.get(language_code(voice))
    if names is None:
        return voice.language or "?"
    name = names[0] if ui_language == "sv" else names[1]
    return name[:1].upper() + name[1:]


def voice_label(voice: VoiceInfo, ui_language: str = "sv") -> str:
    """E.g. "Svenska – eSpeak NG", "Walesiska – eSpeak NG", "Svenska – macOS (Alva)"."""
    engine = _ENGINES.get(voice.engine, voice.engine)
    language = language_name(voice, ui_language)
    if voice.engine == "espeak":
        return f"{language} – {engine}"
    own = voice.name.strip()
    if not own or own.lower() in (language.lower(), "swedish", "svenska"):
        return f"{language} – {engine}"
    return f"{language} – {engine} ({own})"


_SWEDISH_ORDER = str.maketrans({"å": "{", "ä": "|", "ö": "}", "é": "e", "ü": "y", "á": "a", "ā": "a"})
_ENGLISH_ORDER = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "ü": "u", "á": "a", "ā": "a"})


def _sort_key(label: str, ui_language: str) -> str:
    """Alphabetical in the interface's language (å, ä, ö after z in Swedish)."""
    return label.lower().translate(_SWEDISH_ORDER if ui_language == "sv" else _ENGLISH_ORDER)


def offers(
    voices: list[VoiceInfo], ui_language: str = "sv", *, others: bool = False, keep: str = ""
) -> list[Offer]:
    """The voice list: voices for the text first (the bundled eSpeak NG first among them),
    then, if ``others``, every other language alphabetically. ``keep`` (the chosen voice)
    is always listed, so the list never hides what is in use."""
    mine: list[tuple[tuple, Offer]] = []
    rest: list[tuple[tuple, Offer]] = []
    for v in voices:
        if v.engine == "espeak" and _espeak_key(v) in HIDDEN:
            continue
        offer = Offer(v.id, voice_label(v, ui_language), reads_text(v))
        language = offer.label.split(" – ")[0].split(" (")[0]  # "Catalan" before "Catalan (Balearic)"
        variant = offer.label != language and " (" in offer.label.split(" – ")[0]
        key = (
            v.engine != "espeak",
            _sort_key(language, ui_language),
            variant,
            _sort_key(offer.label, ui_language),
        )
        if offer.reads_text:
            mine.append((key, offer))
        elif others or v.id == keep:
            rest.append((key[1:], offer))
    return [o for _, o in sorted(mine, key=lambda p: p[0])] + [o for _, o in sorted(rest, key=lambda p: p[0])]
