"""The one way the app announces: parsing the registry's answer, and the description path."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader.ui.announcer import listens_for_announcements

# What dbus-send prints for GetRegisteredEvents with Debian 12's Orca 43 running (shortened).
ORCA_43 = """method return time=1.2 sender=:1.0 -> destination=:1.9 serial=12 reply_serial=2
   array [
      struct {
         string ":1.5"
         string "Object:StateChanged:Focused"
      }
      struct {
         string ":1.5"
         string "Object:PropertyChange:AccessibleDescription"
      }
      struct {
         string ":1.5"
         string "Window:Activate:"
      }
   ]
"""


def test_orca_43_does_not_listen_for_announcements():
    assert listens_for_announcements(ORCA_43) is False
    assert listens_for_announcements("") is False


def test_a_listener_for_announcements_or_every_object_event_is_seen():
    newer = ORCA_43.replace("Window:Activate:", "Object:Announcement:")
    assert listens_for_announcements(newer) is True
    every_object_event = ORCA_43.replace("Window:Activate:", "Object:")
    assert listens_for_announcements(every_object_event) is True
    everything = ORCA_43.replace('"Window:Activate:"', '""')
    assert listens_for_announcements(everything) is True


def test_the_description_path_says_it_and_gives_the_description_back(window, qtbot, monkeypatch):
    """For a screen reader without announcements: the focused widget's description, then its own."""
    from PySide6.QtGui import QAccessible

    monkeypatch.setattr(QAccessible, "isActive", staticmethod(lambda: True))
    announcer = window.announcer
    announcer.reader_hears_announcements = False
    monkeypatch.setattr(announcer, "refresh", lambda: None)  # keep that answer
    button = next(b for b in window.button_bar.buttons() if b.isEnabled() and b.isVisible())
    button.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(button.hasFocus)
    own = button.accessibleDescription()
    window.announce("Avsnitt 2 av 6")
    qtbot.waitUntil(lambda: button.accessibleDescription() == "Avsnitt 2 av 6", timeout=3000)
    window.announce("Avsnitt 2 av 6")  # the same words again are a change again, so they are spoken
    qtbot.waitUntil(lambda: button.accessibleDescription() == "Avsnitt 2 av 6 ", timeout=3000)
    window.section_list.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: button.accessibleDescription() == own, timeout=3000)


def test_a_reader_that_hears_announcements_gets_no_description_change(window, qtbot, monkeypatch):
    from PySide6.QtGui import QAccessible

    monkeypatch.setattr(QAccessible, "isActive", staticmethod(lambda: True))
    window.announcer.reader_hears_announcements = True
    monkeypatch.setattr(window.announcer, "refresh", lambda: None)  # keep that answer
    button = next(b for b in window.button_bar.buttons() if b.isEnabled() and b.isVisible())
    button.setFocus(Qt.FocusReason.OtherFocusReason)
    own = button.accessibleDescription()
    window.announce("Textstorlek 20 punkter")
    qtbot.wait(600)
    assert button.accessibleDescription() == own
    assert window.statusBar().currentMessage() == "Textstorlek 20 punkter"
