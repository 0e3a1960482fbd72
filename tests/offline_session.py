"""Drive one whole reading session without a person, then report what it did and wrote.

Used by tests/test_offline.py (files a session writes) and by the CI script,
which runs it inside an empty network namespace to show the app needs no
network at all:

    python tests/offline_session.py --out-dir DIR [--kiosk]

The session starts the app as ``reader`` does, visits every section, changes
every setting, searches, reads aloud (the real speech engine; sound goes to a
silent stand-in so no sound card is needed), saves an audio file and a text
file into DIR, and quits. It prints ``SESSION {json}`` and exits 0 when every
step worked. Run it with HOME (and XDG_*) pointing at an empty folder.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SESSION_LIMIT_MS = 90_000  # a session that has not ended by then reports why and quits
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def changed_value(spec):
    """A valid value other than the default, or None for free text."""
    if spec.kind is bool:
        return not spec.default
    if spec.choices:
        return next((c for c in spec.choices if c != spec.default), None)
    if spec.kind in (int, float) and spec.maximum is not None:
        return spec.maximum if spec.default != spec.maximum else spec.minimum
    return None


def drive(window, out_dir: Path, report: dict) -> None:
    """Every main flow, one after another; each records what it saw."""
    from PySide6.QtWidgets import QApplication

    from reader.preferences.settings import DEFAULTS

    app = QApplication.instance()
    count = len(window.document.sections)
    # Navigate: every section forwards, then back.
    for _ in range(count):
        window.action_next.trigger()
        app.processEvents()
    window.action_previous.trigger()
    report["sections_seen"] = window.current_index + 1
    # Settings: every key to another valid value, then back to the defaults.
    changed = 0
    for key, spec in DEFAULTS.items():
        value = changed_value(spec)
        if value is not None:
            window.settings.set(key, value)
            changed += 1
            app.processEvents()
    window.settings.reset()
    window.action_larger.trigger()
    report["settings_changed"] = changed
    # Search.
    bar = window.features.search
    bar.open_bar()
    bar.field.setText("Helsingborg")
    bar.run()
    report["search_hits"] = len(bar.hits)
    bar.close_bar()
    # Read aloud, then stop.
    speech = window.features.speech
    if speech is not None:
        for _ in range(200):
            if speech.available:
                break
            app.processEvents()
            speech.engine and QApplication.instance().thread().msleep(10)
        report["speech_available"] = bool(speech.available)
        if speech.available:
            speech.toggle()
            for _ in range(50):
                app.processEvents()
                app.thread().msleep(10)
            report["speech_state"] = str(speech.controller.state)
            window.findChild(type(window.action_next), "speech_stop").trigger()
            # Save the shown section as audio.
            audio = out_dir / "avsnitt.wav"
            if speech.export_to("section", audio):
                speech.wait_for_export(120)
                app.processEvents()
            report["audio_bytes"] = audio.stat().st_size if audio.exists() else 0
    # Save the text.
    from reader.exports.plain_text import document_plain_text

    text_file = out_dir / "programmet.txt"
    text_file.write_text(document_plain_text(window.document), "utf-8")
    report["text_bytes"] = text_file.stat().st_size


def inject_error(report: dict) -> None:
    """An unhandled error in a slot: the app must show a message, log it and carry on."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def broken_slot() -> None:
        raise RuntimeError("injected fault")

    app = QApplication.instance()
    QTimer.singleShot(0, broken_slot)
    boxes: list = []
    for _ in range(200):
        app.processEvents()
        boxes = [w for w in app.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        if boxes:
            break
        app.thread().msleep(10)
    report["error_message"] = boxes[0].text() if boxes else None
    for box in boxes:
        box.accept()


def files_under(folder: Path) -> list[str]:
    if not folder.exists():
        return []
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", type=Path, required=True, help="where the exports go")
    parser.add_argument("--kiosk", action="store_true", help="public-computer mode")
    parser.add_argument("--inject-error", action="store_true", help="raise an unhandled error first")
    args = parser.parse_args()
    args.out_dir.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QCoreApplication, QTimer

    from reader.speech import reading_aloud
    from reader.speech.player import FakeAudioOut
    from reader.ui import main_window

    # No sound card is needed: the real engine speaks into a silent stand-in.
    reading_aloud.output_factory = FakeAudioOut
    reading_aloud.device_probe = lambda: True

    report: dict = {"ok": False}
    original_show = main_window.MainWindow.show

    def show_and_drive(window) -> None:
        original_show(window)
        window.quiet_errors = True

        def run() -> None:
            try:
                if args.inject_error:
                    inject_error(report)
                drive(window, args.out_dir, report)
                report["ok"] = True
            except Exception:
                report["error"] = traceback.format_exc()
            window.close()
            QCoreApplication.quit()  # explicitly: a public computer's window refuses to close

        def give_up() -> None:
            report["error"] = f"the session did not end within {SESSION_LIMIT_MS // 1000} s"
            QCoreApplication.exit(1)

        QTimer.singleShot(0, run)
        QTimer.singleShot(SESSION_LIMIT_MS, give_up)  # a stuck session reports, never waits forever

    main_window.MainWindow.show = show_and_drive  # type: ignore[method-assign]
    from reader.cli import main as reader_main

    argv = ["--kiosk"] if args.kiosk else []
    code = reader_main(argv)
    report["exit_code"] = code
    home = Path(os.environ.get("HOME", "~")).expanduser()
    report["files_in_home"] = files_under(home)
    tmp = os.environ.get("TMPDIR")
    report["files_in_tmp"] = files_under(Path(tmp)) if tmp else []
    print("SESSION " + json.dumps(report, ensure_ascii=False), flush=True)
    return 0 if report["ok"] and code == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
