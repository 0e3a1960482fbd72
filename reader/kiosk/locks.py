"""The administrator's locks: which controls stand for which preference.

``Settings.set`` already refuses a locked key; the controls that would change it are
switched off too, so a visitor is not offered a choice that does nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

# Controls (action or widget object names) that change a preference the administrator can lock.
LOCKED_CONTROLS: dict[str, tuple[str, ...]] = {
    "text/size_pt": ("smaller_text", "larger_text", "normal_text"),
    "view/theme": ("high_contrast", "easier_reading"),
    "text/family": ("easier_reading",),
    "speech/rate": ("speech_faster", "speech_slower"),
    "speech/voice": ("SpeechVoice",),
    "speech/volume": ("SpeechVolume",),
}


def locked_control_names(
    is_locked: Callable[[str], bool], table: Mapping[str, Iterable[str]] = LOCKED_CONTROLS
) -> set[str]:
    """The object names of every control that changes a locked preference."""
    return {name for key, names in table.items() if is_locked(key) for name in names}
