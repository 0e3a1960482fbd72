"""The reading-aloud controls in the main window: actions, highlighting, scrolling and keys.

``install_speech(window)`` adds the speech actions (menu Uppläsning, keys), the
panel above the text (reader/ui/speech_panel.py), connects the reading
controller to the reading pane's highlight, keeps the sentence being read in
view (unless the user has just scrolled by hand), and says every change of state
in the window and to assistive technology. The engine, voices and audio files
belong to the widget-free service (reader/speech/reading_aloud.py). If the
computer cannot speak, the controls say why and everything else works.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QTimer
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent

from reader.content.model import Section
from reader.platform.i18n import switcher, when_language_changes
from reader.services import Services
from reader.speech import pace, voice_catalogue
from reader.speech.controller import ReadingController, State
from reader.speech.driver import VoiceInfo, choose_voice
from reader.speech.engine import SpeechEngine
from reader.ui.panel_scroll import PanelScroll
from reader.ui.play_action import play_labels
from reader.ui.reading_pane import ReadingPane
from reader.ui.speech_export import AudioFileExport
from reader.ui.speech_panel import SpeechPanel
from reader.ui.speech_words import SPEEDS, next_speed, speed_label, speed_step, state_text
from reader.ui.steady import set_labels

log = logging.getLogger(__name__)

MANUAL_SCROLL_PAUSE_S = 6.0  # after the user scrolls by hand, auto-scroll waits this long
# The actions Ctrl+arrows and Esc trigger while reading (they move the text cursor otherwise).
SWITCHES = ("highlight", "continue", "clearer", "more")  # the on/off entries, each a setting
# The first of each group in the Uppläsning menu, with a line above it: moving through the
# text, the speed, the on/off choices, saving.
MENU_GROUPS = ("previous_sentence", "slower", "highlight", "export")
READING_KEYS = ("previous_sentence", "next_sentence", "previous_paragraph", "next_paragraph", "stop")


def _tr(text: str) -> str:
    return QCoreApplication.translate("SpeechControls", text)


class SpeechUi(QObject):
    """Glue between the window, the settings and the reading-aloud service."""

    def __init__(self, window: Any, services: Services, play: QAction) -> None:
        """``play``: the first screen's *Läs upp* action (reader/ui/play_action.py), taken over here."""
        super().__init__(window)
        self.window = window
        self.settings = services.settings
        self.reading_aloud = reading_aloud = services.reading_aloud
        self.visitor = services.visitor  # a new visitor (public computer): stop, and read the idle warning
        self.controller: ReadingController = reading_aloud.controller
        self.controller.next_section = self._next_section
        self._advancing = False
        self._our_scroll = False
        self._manual_scroll_at = -1e9
        self._prefetch_timer = QTimer(self)
        self._prefetch_timer.setSingleShot(True)
        self._prefetch_timer.setInterval(80)
        self._prefetch_timer.timeout.connect(self._prefetch)

        self.panel = SpeechPanel(window)
        self.actions: dict[str, QAction] = {"play": play}
        play.triggered.connect(self.toggle)
        self._play_when_ready = False  # pressed before the engine had answered
        self._create_actions()
        self.export = AudioFileExport(window, services, self.panel)
        self.panel.arrange(self.actions, bool(self.settings.get("speech/more_controls")))
        window.room_changed.connect(self._on_room)
        self._on_room()
        # As tall as its rows, up to half the room above the text; the rest scrolls (reader/ui/panel_scroll.py).
        window.reading_layout.insertWidget(0, PanelScroll(self.panel), 0)
        self._connect()
        self._apply_settings()
        self.show_state(State.STOPPED)
        when_language_changes(self._show_setting_texts)
        # The engine is started by the window once its first screen is shown (reader/ui/features.py).

    # -- what the service knows -------------------------------------------
    @property
    def engine(self) -> SpeechEngine:
        return self.reading_aloud.engine

    @property
    def available(self) -> bool:
        return self.reading_aloud.available

    @property
    def unavailable_reason(self) -> str:
        return self.reading_aloud.unavailable_reason

    @property
    def voices(self) -> list[VoiceInfo]:
        return self.reading_aloud.voices

    @property
    def last_export(self) -> object:
        return self.reading_aloud.last_export

    # -- set-up ---------------------------------------------------------
    def _create_actions(self) -> None:
        c, setting = self.controller, self._setting_switch
        # name, label, what it does, key, what it is for (the menu's order); on/off choices
        # (setting_switch) each set their setting, and _apply_settings shows the setting.
        for name, text, slot, key, description in (
            ("stop", _tr("Stoppa"), c.stop, "Escape", _tr("Sluta läsa upp")),
            ("previous_sentence", _tr("Föregående mening"), c.previous_sentence, "Ctrl+Left",
             _tr("Läs meningen före")),
            ("next_sentence", _tr("Nästa mening"), c.next_sentence, "Ctrl+Right", _tr("Hoppa till nästa mening")),
            ("previous_paragraph", _tr("Föregående stycke"), c.previous_paragraph, "Ctrl+Up",
             _tr("Läs från början av stycket, eller stycket före")),
            ("next_paragraph", _tr("Nästa stycke"), c.next_paragraph, "Ctrl+Down", _tr("Hoppa till nästa stycke")),
            ("slower", _tr("Långsammare"), lambda: self.step_speed(-1), "Ctrl+Shift+Down",
             _tr("Läs upp långsammare")),
            ("faster", _tr("Snabbare"), lambda: self.step_speed(1), "Ctrl+Shift+Up", _tr("Läs upp snabbare")),
            ("highlight", _tr("Markera det som läses"), setting("speech/highlight"), "",
             _tr("Visa meningen och ordet som läses upp med färg")),
            ("continue", _tr("Fortsätt i nästa avsnitt"), setting("speech/continue"), "",
             _tr("Läs vidare i nästa avsnitt när ett avsnitt är slut")),
            ("clearer", _tr("Tydligare uppläsning"), setting("speech/clearer"), "",
             _tr("Läs lite långsammare, med längre pauser mellan meningar och stycken")),
            ("more", _tr("Fler val för uppläsning"), setting("speech/more_controls"), "",
             _tr("Visa eller göm knappar för stycken, volym, röst, markering och ljudfil")),
            ("export", _tr("Spara som ljudfil…"), lambda: self.export.ask(), "",
             _tr("Spara uppläsningen av avsnittet, sammanfattningen eller hela programmet som en ljudfil")),
        ):  # fmt: skip
            self.actions[name] = self.window.add_action(
                text,
                slot,
                [key] if key else None,
                menu="speech",
                group=name in MENU_GROUPS,
                checkable=name in SWITCHES,
                description=description,
                name=f"speech_{name}",
            )
        self.actions["clearer"].setIconText(_tr("Tydligare"))  # the buttons' labels in a small window
        self.actions["more"].setIconText(_tr("Fler val"))
        a = self.actions
        self.action_play, self.action_stop, self.action_export = a["play"], a["stop"], a["export"]
        self.action_highlight, self.action_continue = a["highlight"], a["continue"]
        self.action_clearer, self.action_more = a["clearer"], a["more"]
        self.action_slower, self.action_faster = a["slower"], a["faster"]
        self.action_prev_sentence, self.action_next_sentence = a["previous_sentence"], a["next_sentence"]
        self.action_prev_paragraph, self.action_next_paragraph = a["previous_paragraph"], a["next_paragraph"]

    def _setting_switch(self, key: str) -> Callable[[bool], None]:
        """What an on/off menu entry does: set its setting (the menu shows the setting back)."""
        return lambda on: self.settings.set(key, bool(on))

    def _on_room(self) -> None:
        self.panel.set_room(bool(self.window.low), self.window.ui_scale)

    def _connect(self) -> None:
        ra, c = self.reading_aloud, self.controller
        c.state_changed.connect(self._on_state)
        c.highlight.connect(self._on_highlight)
        c.error.connect(self._on_error)
        ra.ready.connect(self._on_ready)
        ra.unavailable.connect(self._on_unavailable)
        ra.no_device.connect(self._tell_problem)
        ra.export_started.connect(lambda: self.show_state(c.state))
        ra.export_finished.connect(lambda _result: self.show_state(c.state))
        for pane in self.window.findChildren(ReadingPane):
            pane.section_shown.connect(lambda section, p=pane: self._on_section_shown(p, section))
            pane.verticalScrollBar().valueChanged.connect(self._on_scrolled)
            pane.installEventFilter(self)
            pane.viewport().installEventFilter(self)
            pane.cursorPositionChanged.connect(self._prefetch_timer.start)
        pane = self.window.active_pane()
        self.panel.volume.valueChanged.connect(lambda v: self.settings.set("speech/volume", int(v)))
        self.panel.voice.activated.connect(self._on_voice_chosen)
        self.panel.other_voices.toggled.connect(self._on_other_voices)
        self.settings.changed.connect(self._on_setting)
        self.visitor.new_visitor.connect(self.forget_visitor)
        # The public computer's "Är du kvar?" breaks into the reading; an answer goes back there.
        self.visitor.speak_requested.connect(lambda text: ra.speak(text, interrupting=True))
        self.visitor.resumed.connect(lambda: ra.end_notice(self.window.active_pane().section))
        if pane.section is not None:
            c.set_section(pane.section)

    def _apply_settings(self) -> None:
        s = self.settings
        clearer = bool(s.get("speech/clearer"))
        self.controller.params = self.controller.params.__class__(
            s.get("speech/voice") or "sv", pace.target_wpm(speed_step(s.get("speech/rate")), clearer), clearer
        )
        self.controller.continue_reading = s.get("speech/continue")
        self.controller.set_volume(s.get("speech/volume") / 100)
        self._show_setting_texts()
        self.action_highlight.setChecked(s.get("speech/highlight"))
        self.action_continue.setChecked(s.get("speech/continue"))
        self.action_clearer.setChecked(clearer)
        rate = speed_step(s.get("speech/rate"))
        self.action_slower.setEnabled(rate > SPEEDS[0])
        self.action_faster.setEnabled(rate < SPEEDS[-1])

    def _show_setting_texts(self, _language: str = "") -> None:
        """The volume, speed and voice names in words, in the current language."""
        s = self.settings
        self.panel.show_volume(s.get("speech/volume"))
        every = [speed_label(rate, clearer) for rate in SPEEDS for clearer in (False, True)]
        self.panel.show_speed(speed_label(s.get("speech/rate"), s.get("speech/clearer")), every)
        self._fill_voices()  # "Svenska – eSpeak NG" / "Swedish – eSpeak NG"

    def _on_ready(self) -> None:
        self._fill_voices()
        self.show_state(self.controller.state)
        self._prefetch_timer.start()
        if self._play_when_ready:
            self._play_when_ready = False
            self.toggle()

    def _tell_problem(self, text: str) -> None:
        """A problem is written on the panel's status line; with the panel closed, in the status bar."""
        self.panel.show_status(text, problem=True)
        if not self.panel.isVisible():
            self.window.announce(text)

    def _on_unavailable(self, reason: str) -> None:
        self._play_when_ready = False
        self._tell_problem(reason)
        self.show_state(State.STOPPED)
        for a in (self.action_play, self.action_export):
            a.setToolTip(reason)
        self.panel.voice.setEnabled(False)

    # -- the user's commands --------------------------------------------------
    def toggle(self) -> None:
        ra = self.reading_aloud
        if ra.checking:  # the engine has not answered yet
            self._play_when_ready = True
            self.window.announce(_tr("Uppläsningen börjar om ett ögonblick."))
            return
        reason = ra.why_not()
        if reason:
            self.window.announce(reason)
            return
        c = self.controller
        if c.state in (State.STOPPED, State.ENDED):
            pane = self.window.active_pane()
            if pane.section is not None and c.section is not pane.section:
                c.set_section(pane.section)
            c.play(from_sentence=self._sentence_at_cursor())
        else:
            c.toggle()  # pause or go on with whatever is being read (also help or a notice)

    def _sentence_at_cursor(self) -> int | None:
        pane = self.window.active_pane()
        section = pane.section
        if section is None:
            return None
        cursor = pane.textCursor()
        position = cursor.selectionStart() if cursor.hasSelection() else cursor.position()
        if position <= 0 and pane.verticalScrollBar().value() > 0:
            # nothing chosen and scrolled down: start at the first line on screen
            point = QPoint(pane.viewport().width() // 2, 4)
            position = pane.cursorForPosition(point).position()
        return section.sentence_at(pane.to_model(position))

    def forget_visitor(self) -> None:
        """A new visitor (public computer): stop reading and saving, go back to the start."""
        self.reading_aloud.forget()
        self._manual_scroll_at = -1e9

    def step_speed(self, direction: int) -> None:
        self.settings.set("speech/rate", next_speed(self.settings.get("speech/rate"), direction))

    def _fill_voices(self) -> None:
        others = bool(self.settings.get("speech/other_voices"))
        current = self.controller.params.voice
        self.panel.show_voices(self.voices, current, switcher().language, others)

    def _on_other_voices(self, on: bool) -> None:
        self.settings.set("speech/other_voices", bool(on))
        if not on:  # back to a voice that reads Swedish, if another language's was in use
            current = next((v for v in self.voices if v.id == self.controller.params.voice), None)
            if current is not None and not voice_catalogue.reads_text(current):
                swedish = choose_voice(self.voices)
                if swedish is not None:
                    self.settings.set("speech/voice", swedish.id)
        self._fill_voices()
        if on:
            self.window.announce(self.panel.voice_warning.text())

    def _on_voice_chosen(self, index: int) -> None:
        voice = self.panel.voice.itemData(index)
        if voice:
            self.settings.set("speech/voice", str(voice))

    # -- reactions --------------------------------------------------------------
    def _on_setting(self, key: str, value: Any) -> None:
        if not key.startswith("speech/"):
            return
        if key in ("speech/rate", "speech/clearer"):
            clearer = bool(self.settings.get("speech/clearer"))
            self.controller.set_pace(
                pace.target_wpm(speed_step(self.settings.get("speech/rate")), clearer), clearer
            )
            self.window.announce(speed_label(self.settings.get("speech/rate"), clearer))
        elif key == "speech/voice":
            self.controller.set_voice(str(value) or "sv")
        elif key == "speech/volume":
            self.controller.set_volume(int(value) / 100)
        elif key == "speech/highlight" and not value:
            for pane in self.window.findChildren(ReadingPane):
                pane.set_reading_highlight(None, scroll=False)
        elif key == "speech/more_controls":
            self.panel.set_more(bool(value))
        self._apply_settings()

    def _on_state(self, state: State) -> None:
        self.show_state(state)
        text = state_text(state)
        sections = self.window.document.sections
        last = sections[-1].id if sections else None
        if (
            state == State.ENDED
            and self.controller.section is not None
            and self.controller.section.id == last
        ):
            text = _tr("Slut på programmet")
        self.panel.show_status(text)
        self.window.announce(text)

    def show_state(self, state: State) -> None:
        """The buttons' labels and which are on, as for ``state`` (the controller's state changes call it)."""
        active = state in (State.READING, State.PAUSED)
        set_labels(self.action_play, play_labels())  # one width: no jumps
        # One change of the button's text (a screen reader speaks each change of its name).
        if state == State.READING:
            self.action_play.setText(_tr("Pausa"))
        else:
            self.action_play.setText(_tr("Fortsätt") if state == State.PAUSED else _tr("Läs upp"))
        # On while the engine is still being asked (a press then reads once it answers), so the
        # first screen does not change when it answers; off only when it cannot read.
        self.action_play.setEnabled(self.available or self.reading_aloud.checking)
        for name in READING_KEYS:
            self.actions[name].setEnabled(active)
        self.action_export.setEnabled(self.available and not self.reading_aloud.export_running())
        self.panel.voice.setEnabled(self.available)

    def _panes(self) -> list[ReadingPane]:
        return [p for p in self.window.findChildren(ReadingPane) if p.isVisible()] or [
            self.window.reading_pane
        ]

    def _pane_for(self, section: Section | None) -> ReadingPane | None:
        for pane in self._panes():
            if section is not None and pane.section is section:
                return pane
        return None

    def _on_highlight(self, s0: int, s1: int, w0: int, w1: int) -> None:
        # (Highlights are the app's doing, never the visitor's: they do not hold off the idle reset.)
        if s0 < 0:
            for p in self.window.findChildren(ReadingPane):
                p.set_reading_highlight(None, scroll=False)
            return
        pane = self._pane_for(self.controller.section)
        if pane is None:
            return
        if self.settings.get("speech/highlight"):
            pane.set_reading_highlight((s0, s1), (w0, w1) if w0 >= 0 else None, scroll=False)
        self._keep_in_view(pane, s0, s1)

    def _keep_in_view(self, pane: ReadingPane, start: int, end: int) -> None:
        if time.monotonic() - self._manual_scroll_at < MANUAL_SCROLL_PAUSE_S:
            return  # the user is looking elsewhere: do not pull the view back
        cursor = pane.textCursor()
        cursor.setPosition(pane.to_document(start))
        top = pane.cursorRect(cursor)
        cursor.setPosition(pane.to_document(end))
        bottom = pane.cursorRect(cursor)
        height = pane.viewport().height()
        if top.top() >= 0 and bottom.bottom() <= height:
            return
        self._our_scroll = True
        try:
            pane.scroll_to_position(start)
        finally:
            self._our_scroll = False

    def _on_scrolled(self, _value: int) -> None:
        if not self._our_scroll and self.controller.state in (State.READING, State.PAUSED):
            self._manual_scroll_at = time.monotonic()

    def _on_error(self, message: str) -> None:
        self.panel.show_status(message, problem=True)
        self.window.announce(message)

    def _prefetch(self) -> None:
        """While stopped, have the sentence at the cursor ready, so Läs upp starts at once."""
        section = self.window.active_pane().section
        index = self._sentence_at_cursor()
        if section is not None and index is not None:
            self.reading_aloud.prefetch(section, index)

    def _on_section_shown(self, pane: ReadingPane, section: Section) -> None:
        if self._advancing or section is self.controller.section:
            return
        if pane is not self.window.active_pane():
            return  # e.g. the summary beside the full text: reading stays with the text in use
        self.controller.set_section(section)

    def _next_section(self, finished: Section) -> Section | None:
        w = self.window
        index = w.document.index_of(finished.id)
        if index < 0 or index + 1 >= len(w.document.sections):
            return None
        self._advancing = True
        try:
            w.go_to_section(index + 1)
        finally:
            self._advancing = False
        return w.active_pane().section

    # -- keys: Ctrl+arrows move the reading while reading, the text cursor otherwise ----
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        etype = event.type()
        if etype in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            if self.controller.state in (State.READING, State.PAUSED):
                combo = QKeySequence(event.keyCombination())  # type: ignore[attr-defined]
                for name in READING_KEYS:
                    action = self.actions[name]
                    if combo in action.shortcuts():
                        if etype == QEvent.Type.KeyPress:
                            action.trigger()
                        event.accept()
                        return True
        elif etype == QEvent.Type.MouseButtonRelease and isinstance(watched.parent(), ReadingPane):
            self._clicked_while_reading(watched.parent(), event)  # type: ignore[arg-type]
        return super().eventFilter(watched, event)

    def _clicked_while_reading(self, pane: ReadingPane, event: QMouseEvent) -> None:
        c = self.controller
        if c.state not in (State.READING, State.PAUSED) or pane.textCursor().hasSelection():
            return
        if c.section is None or pane.section is not c.section:
            return
        position = pane.to_model(pane.cursorForPosition(event.position().toPoint()).position())
        index = c.section.sentence_at(position)
        if index is not None and index != c.index:
            c.go_to_sentence(index)

    # -- saving as an audio file, and the end ----------------------------------------
    def export_to(self, kind: str, path: Path) -> bool:
        """Start saving ``kind`` ("section", "summary", "document") in a worker."""
        return self.export.start(kind, path)

    def ask_export(self) -> None:
        self.export.ask()

    def cancel_export(self) -> None:
        self.reading_aloud.cancel_export()

    def wait_for_export(self, timeout: float = 60.0) -> None:
        """Let a running export finish (tests, closing the window)."""
        self.reading_aloud.wait_for_export(timeout)

    def shutdown(self) -> None:
        """Stop for good (the window is closing): no more work reaches the engine."""
        self._prefetch_timer.stop()
        self.reading_aloud.shutdown()


def install_speech(window: Any, services: Services, play: QAction) -> SpeechUi:
    """Add reading aloud to the main window (one call from MainWindow); the service comes built."""
    ui = SpeechUi(window, services, play)
    window.closing.connect(ui.shutdown)  # no engine thread outlives its window
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(ui.shutdown)
    return ui
