"""The reading-aloud controls in the real main window, with a fake engine and output."""

from __future__ import annotations

import wave

import pytest
from PySide6.QtCore import Qt

from reader.content.loader import load_pack
from reader.preferences.settings import Settings
from reader.speech import pace, reading_aloud
from reader.speech.controller import State
from reader.speech.engine import SpeechEngine
from reader.speech.fake_driver import FakeDriver
from reader.speech.player import FakeAudioOut
from reader.ui.button_bar import ActionButton


@pytest.fixture
def rig(speech_window, monkeypatch):
    out = FakeAudioOut()
    driver = FakeDriver()
    win = speech_window(driver=driver, out=out, wait=3000)
    ui = win.features.speech
    ui.controller.set_auto_tick(False)  # the test drives the clock

    class R:
        pass

    r = R()
    r.win, r.ui, r.out, r.driver, r.ctl = win, ui, out, driver, ui.controller
    r.announced = []
    orig = win.announce
    monkeypatch.setattr(win, "announce", lambda text: (r.announced.append(text), orig(text)))

    def run(ms, step=10):
        for _ in range(ms // step):
            r.ctl.tick()
            out.advance(step)
            r.ctl.tick()

    r.run = run
    return r


def test_controls_are_labelled_buttons_with_keys(rig):
    names = {a.objectName(): a for a in rig.win.actions()}
    assert names["speech_play"].text() == "Läs upp"
    assert "Ctrl+Space" in [k.toString() for k in names["speech_play"].shortcuts()]
    assert "Esc" in [k.toString() for k in names["speech_stop"].shortcuts()]
    assert "Ctrl+Left" in [k.toString() for k in names["speech_previous_sentence"].shortcuts()]
    # Läs upp / Pausa is among the first screen's big buttons; the rest wait in the panel.
    assert "Läs upp" in [b.text() for b in rig.win.button_bar.buttons()]
    panel = rig.ui.panel
    texts = [b.text() for b in panel.findChildren(ActionButton)]
    for wanted in ("Stoppa", "Föregående mening", "Nästa mening", "Nästa stycke", "Snabbare"):
        assert wanted in texts
    assert panel.speed.text() == "Fart: normal fart (150 ord i minuten)"
    assert panel.voice.count() >= 1 and panel.voice.isEnabled()


def test_play_pause_stop_change_the_state_and_announce_it(rig, qtbot):
    rig.ui.toggle()
    assert rig.ctl.state is State.READING
    assert rig.ui.action_play.text() == "Pausa"
    assert rig.ui.panel.status.text() == "Läser upp"
    assert "Läser upp" in rig.announced
    rig.run(100)
    rig.ui.toggle()
    assert rig.ctl.state is State.PAUSED and rig.ui.action_play.text() == "Fortsätt"
    rig.ui.action_stop.trigger()
    assert rig.ctl.state is State.STOPPED
    assert "Uppläsningen är stoppad" in rig.announced
    assert not rig.ui.action_stop.isEnabled()


def test_highlight_reaches_the_pane_and_can_be_turned_off(rig):
    pane = rig.win.reading_pane
    rig.ui.toggle()
    rig.run(600)
    marks = pane.marks("reading")
    assert len(marks) == 2  # sentence band and word
    sentence = rig.ctl.sentences[rig.ctl.index]
    assert (marks[0].cursor.selectionStart(), marks[0].cursor.selectionEnd()) == (
        sentence.start,
        sentence.end,
    )
    word = marks[1].cursor.selectedText()
    assert word and word in sentence.text
    rig.ui.action_highlight.trigger()  # off
    assert rig.win.settings.get("speech/highlight") is False
    assert pane.marks("reading") == []
    rig.run(500)
    assert pane.marks("reading") == []


def test_ctrl_arrows_move_the_reading_only_while_reading(rig, qtbot):
    pane = rig.win.reading_pane
    pane.setFocus()
    pane.verticalScrollBar().setValue(0)  # from the top (cursor at 0, nothing scrolled)
    rig.ui.toggle()
    rig.run(50)
    qtbot.keyClick(pane, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    rig.run(20)
    assert rig.ctl.index == 1
    rig.ui.controller.stop()
    before = pane.textCursor().position()
    qtbot.keyClick(pane, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert rig.ctl.index == 1 and rig.ctl.state is State.STOPPED
    assert pane.textCursor().position() != before  # the text cursor moved by a word instead


def test_play_starts_at_the_sentence_with_the_cursor(rig):
    pane = rig.win.reading_pane
    section = pane.section
    target = section.sentences[4]
    cursor = pane.textCursor()
    cursor.setPosition(target.start + 2)
    pane.setTextCursor(cursor)
    rig.ui.toggle()
    assert rig.ctl.index == 4
    assert rig.ctl.segments()[0][0] == 4 and target.text in rig.driver.calls


def test_choosing_another_section_while_reading_reads_it(rig):
    rig.ui.toggle()
    rig.run(100)
    rig.win.go_to_section(2)
    assert rig.ctl.state is State.READING
    assert rig.ctl.section is rig.win.reading_pane.section
    rig.run(50)
    assert rig.ctl.section.id == rig.win.document.sections[2].id


def test_continue_into_next_section_moves_the_window(rig):
    section = rig.ctl.section
    last = section.sentences[-1]
    rig.ctl.play(from_sentence=len(section.sentences) - 1)
    rig.run(len(last.text.split()) * 400 + 200 + pace.PARAGRAPH_PAUSE_MS)  # a paragraph's pause
    assert rig.win.current_index == 1
    assert rig.ctl.section is rig.win.reading_pane.section
    assert rig.ctl.state is State.READING


def test_speed_steps_are_said_in_words_and_remembered(rig):
    rig.ui.action_faster.trigger()
    assert rig.win.settings.get("speech/rate") == 1.25
    assert rig.ui.panel.speed.text() == "Fart: lite snabbare än normalt (188 ord i minuten)"
    assert rig.ctl.params.rate_wpm == 188
    for _ in range(10):
        rig.ui.action_faster.trigger()
    assert rig.win.settings.get("speech/rate") == 2.0 and not rig.ui.action_faster.isEnabled()
    assert rig.ui.panel.speed.text() == "Fart: dubbelt så snabbt (300 ord i minuten)"
    for _ in range(12):
        rig.ui.action_slower.trigger()
    assert rig.win.settings.get("speech/rate") == 0.5
    assert "halv fart" in rig.ui.panel.speed.text()


def test_volume_slider_sets_the_output_and_the_setting(rig):
    rig.ui.panel.volume.setValue(40)
    assert rig.out.volume == pytest.approx(0.4)
    assert rig.win.settings.get("speech/volume") == 40
    assert rig.ui.panel.volume_label.text() == "Volym: 40 %"


def test_export_section_writes_a_whole_wav_and_reports(rig, tmp_path, qtbot):
    target = tmp_path / "avsnitt.wav"
    assert rig.ui.export_to("section", target)
    qtbot.waitUntil(lambda: rig.ui.last_export is not None, timeout=10000)
    with wave.open(str(target)) as w:
        assert w.getnframes() > 0 and w.getframerate() == rig.driver.sample_rate
    assert [p.name for p in tmp_path.iterdir()] == ["avsnitt.wav"]
    assert any(t.startswith("Ljudfilen är sparad") for t in rig.announced)


def test_saving_the_summary_saves_the_summary_the_window_shows(rig, tmp_path, qtbot):
    rig.win.go_to_section_id("arbete")
    shown = rig.win.services.pack.summary_for("arbete")
    assert shown is not None
    assert "summary" in [kind for kind, _label in rig.ui.export.choices()]
    assert rig.ui.export.sections("summary") == [shown]
    target = tmp_path / "lattlast.wav"
    assert rig.ui.export_to("summary", target)
    qtbot.waitUntil(lambda: rig.ui.last_export is not None, timeout=10000)
    spoken = " ".join(rig.driver.calls)
    assert shown.sentences[-1].text.split()[-1].strip(".") in spoken
    with wave.open(str(target)) as w:
        assert w.getnframes() > 0


def test_cancelled_export_leaves_no_file(rig, tmp_path, qtbot):
    target = tmp_path / "hela.wav"
    target.write_bytes(b"old file")
    slow = threading_slow_driver(rig)
    assert rig.ui.export_to("document", target)
    qtbot.waitUntil(lambda: slow.calls >= 3, timeout=5000)
    rig.ui.panel.cancel_export.click()
    qtbot.waitUntil(lambda: rig.ui.last_export is not None, timeout=10000)
    assert target.read_bytes() == b"old file"  # the older file is untouched
    assert [p.name for p in tmp_path.iterdir()] == ["hela.wav"]
    assert "Sparandet avbröts. Ingen fil sparades." in rig.announced


def threading_slow_driver(rig):
    import time

    class Slow:
        calls = 0

    slow = Slow()
    original = rig.driver.synthesise

    def synthesise(text, **kw):
        slow.calls += 1
        time.sleep(0.02)
        return original(text, **kw)

    rig.driver.synthesise = synthesise
    return slow


def test_no_engine_gives_a_plain_message_and_the_text_still_works(qtbot, content_root, monkeypatch):
    driver = FakeDriver(unavailable="Uppläsning fungerar inte på den här datorn: talmotorn eSpeak NG saknas.")
    monkeypatch.setattr(reading_aloud, "engine_factory", lambda root: SpeechEngine(driver, inline=True))
    monkeypatch.setattr(reading_aloud, "output_factory", FakeAudioOut)
    from reader.services import services_for
    from reader.ui.main_window import MainWindow

    result = load_pack(content_root)
    win = MainWindow(services_for(result.document, Settings(), result.errors))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: "eSpeak NG saknas" in win.features.speech.panel.status.text(), timeout=3000)
    assert not win.features.speech.action_play.isEnabled()
    assert not win.features.speech.action_export.isEnabled()
    win.next_section()
    assert win.current_index == 1  # the rest of the app works


def test_no_audio_device_says_so_but_export_still_works(qtbot, content_root, monkeypatch):
    monkeypatch.setattr(reading_aloud, "engine_factory", lambda root: SpeechEngine(FakeDriver(), inline=True))
    monkeypatch.setattr(reading_aloud, "output_factory", FakeAudioOut)
    monkeypatch.setattr(reading_aloud, "device_probe", lambda: False)
    from reader.services import services_for
    from reader.ui.main_window import MainWindow

    result = load_pack(content_root)
    win = MainWindow(services_for(result.document, Settings(), result.errors))
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.features.speech.available, timeout=3000)
    assert "ingen ljudutgång" not in win.features.speech.panel.status.text()  # asked at the first Läs upp
    win.features.speech.toggle()
    assert win.features.speech.controller.state is State.STOPPED
    assert "ingen ljudutgång" in win.features.speech.panel.status.text()
    assert "ingen ljudutgång" in win.statusBar().currentMessage()
    assert win.features.speech.action_export.isEnabled()


def test_new_visitor_stops_reading_and_saving(rig, tmp_path, qtbot):
    rig.ui.toggle()
    rig.run(100)
    rig.win.services.visitor.new_visitor.emit()
    assert rig.ctl.state is State.STOPPED and rig.ctl.index == 0
    assert rig.win.reading_pane.marks("reading") == []


def test_a_notice_is_read_aloud_and_pause_keeps_it(rig):
    rig.win.services.visitor.speak_requested.emit(
        "Om 30 sekunder börjar läsaren om. Tryck på en tangent för att stanna."
    )
    assert rig.ctl.state is State.READING
    assert any(call.startswith("Om 30 sekunder") for call in rig.driver.calls)
    rig.ui.toggle()  # Pausa pauses the notice, it does not jump to the text
    assert rig.ctl.state is State.PAUSED and rig.ctl.section.id == "notice"


def test_play_when_scrolled_down_starts_at_the_first_line_on_screen(rig, qtbot):
    pane = rig.win.reading_pane
    pane.resize(600, 300)
    cursor = pane.textCursor()
    cursor.setPosition(0)
    pane.setTextCursor(cursor)
    bar = pane.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    qtbot.wait(10)
    rig.ui.toggle()
    assert rig.ctl.index > 0
    start = rig.ctl.sentences[rig.ctl.index].start
    probe = pane.textCursor()
    probe.setPosition(start)
    assert -pane.viewport().height() < pane.cursorRect(probe).top() < pane.viewport().height()


def test_end_of_the_programme_is_said(rig):
    rig.win.go_to_section(len(rig.win.document.sections) - 1)
    section = rig.ctl.section
    rig.ctl.play(from_sentence=len(section.sentences) - 1)
    rig.run(len(section.sentences[-1].text.split()) * 400 + 200 + pace.PARAGRAPH_PAUSE_MS)
    assert rig.ctl.state is State.ENDED
    assert rig.ui.panel.status.text() == "Slut på programmet"
    assert "Slut på programmet" in rig.announced


def test_swedish_voice_is_listed_first_in_swedish(rig):
    assert rig.ui.panel.voice.itemText(0).startswith("Svenska")
    assert rig.ui.panel.voice.currentIndex() == 0


def test_clicking_a_sentence_while_reading_reads_from_there(rig, qtbot):
    pane = rig.win.reading_pane
    pane.verticalScrollBar().setValue(0)
    rig.ui.toggle()
    rig.run(50)
    target = rig.ctl.sentences[3]
    probe = pane.textCursor()
    probe.setPosition(target.start + 2)
    point = pane.cursorRect(probe).center()
    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=point)
    rig.run(20)
    assert rig.ctl.index == 3 and rig.ctl.state is State.READING


def test_the_highlight_button_turns_marking_off_and_on(rig, qtbot):
    button = next(b for b in rig.ui.panel.findChildren(ActionButton) if b.action is rig.ui.action_highlight)
    assert button.isChecked()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert rig.win.settings.get("speech/highlight") is False and not button.isChecked()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert rig.win.settings.get("speech/highlight") is True and button.isChecked()


def test_more_controls_stay_hidden_until_asked(qtbot, content_root):
    """Changing a setting (which re-syncs the buttons) must not bring the extra controls back."""
    from reader.content.loader import load_pack
    from reader.preferences.settings import Settings
    from reader.services import services_for
    from reader.ui.main_window import MainWindow

    win = MainWindow(services_for(load_pack(content_root).document, Settings()))
    qtbot.addWidget(win)
    win.show()
    speech = win.features.speech
    extra = [w for w in speech.panel.more_widgets]
    win.settings.set("speech/highlight", False)
    win.settings.set("speech/continue", False)
    assert not any(w.isVisible() for w in extra)
    speech.action_more.trigger()
    assert all(w.isVisible() for w in extra)
    assert win.settings.get("speech/more_controls") is True
    speech.action_more.trigger()
    assert not any(w.isVisible() for w in extra)


def test_the_panel_opens_only_when_asked_for_and_then_shows_everything(qtbot, content_root):
    from reader.content.loader import load_pack
    from reader.preferences.settings import Settings
    from reader.services import services_for
    from reader.ui.main_window import MainWindow

    win = MainWindow(services_for(load_pack(content_root).document, Settings()))
    qtbot.addWidget(win)
    win.show()
    speech = win.features.speech
    play = next(b for b in win.button_bar.buttons() if b.action is speech.action_play)
    assert play.isVisible() and not speech.panel.isVisible()  # the first screen: Läs upp only
    win.resize(360, 800)
    qtbot.wait(10)
    win.resize(360, 800)
    qtbot.waitUntil(lambda: play.isVisible() and win.width() == 360)
    speech.action_more.trigger()  # asking for more shows everything, even when narrow
    qtbot.waitUntil(speech.panel.isVisible)
    assert all(w.isVisible() for w in speech.panel.wide_widgets + speech.panel.more_widgets)
    speech.action_more.trigger()
    qtbot.waitUntil(lambda: not speech.panel.isVisible())


def test_closing_the_window_stops_the_engine_thread(qtbot, content_root):
    """No engine thread outlives its window; late answers are dropped, not acted on."""
    import threading

    from reader.content.loader import load_pack
    from reader.preferences.settings import Settings
    from reader.services import services_for
    from reader.ui.main_window import MainWindow

    def engine_threads() -> int:
        return sum(1 for t in threading.enumerate() if t.name.startswith("speech-engine"))

    before = engine_threads()
    win = MainWindow(services_for(load_pack(content_root).document, Settings()))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(
        lambda: win.features.speech.available or bool(win.features.speech.unavailable_reason), timeout=10000
    )
    assert engine_threads() >= before
    win.close()
    qtbot.waitUntil(lambda: engine_threads() <= before, timeout=5000)
    assert not win.features.speech.available
    # a timer firing after the close does nothing (the engine's pool is gone: work would raise)
    win.features.speech.reading_aloud.prefetch(win.document.sections[0], 0)


def test_a_small_window_still_shows_why_reading_aloud_cannot_work(window, qtbot):
    """With the panel closed a problem is written in the status bar; an open panel writes it too."""
    window.resize(683, 384)
    qtbot.waitUntil(lambda: window.low)
    status = window.features.speech.panel.status
    reason = "Det finns ingen svensk röst på den här datorn."
    window.features.speech.reading_aloud.unavailable.emit(reason)
    assert window.statusBar().currentMessage() == reason
    window.features.speech.action_more.trigger()
    qtbot.waitUntil(window.features.speech.panel.isVisible)
    assert status.isVisible() and status.text() == reason
    window.resize(1200, 800)
    qtbot.waitUntil(lambda: not window.low)
    assert status.isVisible()


def test_the_idle_warning_breaks_in_and_the_visitor_goes_on_where_they_were(rig):
    """Public computer: "Är du kvar?" is read over the reading; answering it goes back there."""
    section = rig.win.active_pane().section
    rig.ui.toggle()
    rig.run(600)
    index = rig.ctl.index
    assert rig.ctl.state is State.READING
    rig.win.services.visitor.speak_requested.emit("Är du kvar?")
    assert rig.ctl.section.id == "notice" and rig.ctl.state is State.READING
    rig.run(200)
    rig.win.features.kiosk.idle.resumed.emit()  # the visitor pressed a key
    assert rig.ctl.section is section
    assert rig.ctl.state is State.READING and rig.ctl.index == index


def test_speech_highlights_never_count_as_the_visitor(rig):
    """Word highlights are the app's doing: they do not restart the idle time."""
    calls = []
    rig.win.features.kiosk.idle.activity = lambda: calls.append(True)
    rig.ui.toggle()
    rig.run(1500)
    assert rig.ctl.state is State.READING
    assert calls == []


def test_other_languages_voices_wait_behind_a_check_box(rig):
    panel = rig.ui.panel
    assert [panel.voice.itemText(i) for i in range(panel.voice.count())] == [
        "Svenska – fake (Svensk teströst)"
    ]
    assert panel.other_voices.text() == "Visa röster för andra språk" and not panel.other_voices.isChecked()
    panel.other_voices.setChecked(True)  # as a click does
    assert rig.win.settings.get("speech/other_voices")
    assert panel.voice.findData("en") > panel.voice.findData("sv") >= 0
    assert panel.voice.itemText(panel.voice.findData("en")) == "Engelska – fake (English)"
    assert not panel.voice_warning.isHidden() and "fel uttal" in panel.voice_warning.text()
    assert any("fel uttal" in t for t in rig.announced)
    panel.voice.setCurrentIndex(panel.voice.findData("en"))
    panel.voice.activated.emit(panel.voice.currentIndex())
    assert rig.ctl.params.voice == "en"
    panel.other_voices.setChecked(False)  # hiding them goes back to a voice that reads Swedish
    assert rig.ctl.params.voice == "sv" and panel.voice.findData("en") < 0
    assert panel.voice_warning.isHidden()
