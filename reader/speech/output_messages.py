"""What the reader is told when sound cannot be played (plain Swedish, translatable)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def no_device_message() -> str:
    return QCoreApplication.translate(
        "Speech", "Uppläsning fungerar inte: datorn har ingen ljudutgång (högtalare eller hörlurar)."
    )


def sound_lost_message() -> str:
    """The sound system went away while reading (a sound server that stopped, a headset unplugged)."""
    return QCoreApplication.translate(
        "Speech",
        "Ljudet slutade fungera, så uppläsningen stoppades. Allt annat fungerar som vanligt. "
        "Kontrollera högtalarna eller hörlurarna och tryck på Läs upp igen.",
    )
