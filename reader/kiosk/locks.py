"""The administrator's locks: which controls stand for which preference.

``Settings.set`` already refuses a locked key; the controls that would change it are
switched off too, so a visitor is not offered a choice that does nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

# Controls (action or widget object names) that change a preference the administrator can lock,
# for every key in admin_config.PREFERENCE_KEYS (a test checks both ways). The appearance panel
# also switches off its own field for each locked key; a key changed in that panel alone has
# only its presets here.
LOCKED_CONTROLS: dict[str, tuple[str, ...]] = {
    "text/size_pt": ("smaller_text", "larger_text", "normal_text", "preset_bigger"),
    "view/theme": ("high_contrast", "easier_reading", "preset_contrast", "preset_easier"),
    "text/family": ("easier_reading", "preset_easier"),
    "text/bold": (),
    "text/line_height": (),
    "text/paragraph_spacing": (),
    "text/letter_spacing": (),
    "text/word_spacing": (),
    "text/max_chars": (),
    "view/ui_scale": (),
    "view/controls_follow_text": (),
    "view/reading_mode": (
        "cycle_reading_mode",
        "reading_mode_full",
        "reading_mode_summary",
        "reading_mode_both",
    ),
    "ruler/enabled": ("reading_ruler",),
    "ruler/lines": (),
    "ruler/follow": (),
    "ruler/shade": (),
    "search/scope": ("SearchScope",),
    "glossary/marks": ("glossary_marks",),
    "ui/language": ("language_sv", "language_en"),
    "speech/rate": ("speech_faster", "speech_slower"),
    "speech/voice": ("SpeechVoice",),
    "speech/volume": ("SpeechVolume",),
    "speech/clearer": ("speech_clearer",),
    "speech/other_voices": ("SpeechOtherVoices",),
    "speech/highlight": ("speech_highlight",),
    "speech/continue": ("speech_continue",),
}


def locked_control_names(
    is_locked: Callable[[str], bool], table: Mapping[str, Iterable[str]] = LOCKED_CONTROLS
) -> set[str]:
    """The object names of every control that changes a locked preference."""
    return {name for key, names in table.items() if is_locked(key) for name in names}
