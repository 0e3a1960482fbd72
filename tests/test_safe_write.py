"""Every write: a new temporary file (never through a link), renamed when whole, nothing left behind."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.platform import safe_write
from reader.platform.safe_write import WriteRefusedError, atomic_write, check_target, write_bytes

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8", PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "reader", *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=120
    )


def test_a_link_planted_under_the_temporary_name_is_never_followed(tmp_path, monkeypatch):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", "utf-8")
    target = tmp_path / "out.txt"
    names = iter(["planted", "fresh"])
    monkeypatch.setattr(safe_write, "_random_part", lambda: next(names))
    planted = tmp_path / f".out.txt.planted{safe_write.TEMP_SUFFIX}"
    planted.symlink_to(victim)
    # The old fixed name too, as an attacker who read older versions would plant it.
    (tmp_path / ".out.txt.part").symlink_to(victim)
    write_bytes(target, b"new text")
    assert victim.read_text("utf-8") == "keep me"
    assert target.read_bytes() == b"new text"
    assert planted.is_symlink(), "the planted link is left alone, not replaced or followed"
    assert not target.is_symlink()


def test_a_target_that_is_a_link_is_refused(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", "utf-8")
    link = tmp_path / "out.txt"
    link.symlink_to(victim)
    with pytest.raises(WriteRefusedError, match="symbolisk länk"):
        write_bytes(link, b"x")
    assert victim.read_text("utf-8") == "keep me"
    assert link.is_symlink()


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("", "Inget filnamn"),
        ("/", "mapp"),
        (".", "mapp"),
        ("..", "mapp"),
        ("/dev/null", "inte en vanlig fil"),
        ("/nonexistent-folder/x.txt", "finns inte"),
    ],
)
def test_unusable_targets_are_refused_in_plain_swedish(name, words):
    with pytest.raises(WriteRefusedError, match=words):
        check_target(name)


def test_a_fifo_target_is_refused_without_waiting(tmp_path):
    fifo = tmp_path / "kanal"
    os.mkfifo(fifo)
    with pytest.raises(WriteRefusedError, match="inte en vanlig fil"):
        write_bytes(fifo, b"x")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_failed_write_leaves_nothing_and_keeps_the_old_file(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("old", "utf-8")
    with pytest.raises(RuntimeError), atomic_write(target) as stream:
        stream.write(b"half")
        raise RuntimeError("disk full")
    assert target.read_text("utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]
    assert safe_write.pending_files() == []


def test_a_new_file_gets_ordinary_rights_and_a_replaced_one_keeps_its_own(tmp_path):
    fresh = write_bytes(tmp_path / "new.txt", b"x")
    umask = os.umask(0o022)
    os.umask(umask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~umask
    kept = tmp_path / "kept.txt"
    kept.write_bytes(b"old")
    kept.chmod(0o640)
    write_bytes(kept, b"new")
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640


def test_without_replace_an_existing_file_is_never_overwritten(tmp_path):
    target = tmp_path / "besok.pdf"
    with pytest.raises(WriteRefusedError, match="finns redan"), atomic_write(target, replace=False) as stream:
        stream.write(b"visitor 2")
        target.write_bytes(b"visitor 1")  # another visitor's file appears meanwhile
    assert target.read_bytes() == b"visitor 1"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["besok.pdf"]


@pytest.mark.parametrize("out", ["", "/", ".", "/dev/null", "/nonexistent-folder/x.txt"])
def test_cli_text_export_to_an_unusable_place_says_so(out):
    result = run("--export-text", "--section", "inledning", "--out", out)
    assert result.returncode == 1, result
    assert "Traceback" not in result.stderr
    assert result.stdout == "", "nothing goes to the screen instead"
    assert result.stderr.startswith("reader: kunde inte skriva")


def test_cli_pdf_export_to_a_missing_folder_names_the_folder_not_printing():
    result = run("--export-pdf", "--section", "inledning", "--out", "/nonexistent-folder/x.pdf")
    assert result.returncode == 1
    assert "/nonexistent-folder" in result.stderr and "finns inte" in result.stderr
    assert "skriva ut" not in result.stderr
    assert "Traceback" not in result.stderr


def test_sigterm_during_audio_export_leaves_no_file_behind(tmp_path):
    out_dir = tmp_path / "ut"
    out_dir.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "reader", "--export-audio", "--out", str(out_dir / "hela.wav")],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        part = None
        while time.monotonic() < deadline and process.poll() is None:
            parts = [p for p in out_dir.iterdir() if p.name.endswith(safe_write.TEMP_SUFFIX)]
            if parts and parts[0].stat().st_size > 100_000:  # well into the export
                part = parts[0]
                break
            time.sleep(0.02)
        assert part is not None, "the export wrote a temporary file"
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode in (-signal.SIGTERM, 128 + signal.SIGTERM), "it still ends as SIGTERM says"
    assert list(out_dir.iterdir()) == [], "no temporary file and no half file remain"


def test_sigint_during_a_write_removes_the_temporary_file(tmp_path):
    script = (
        "import os, signal, sys\n"
        "from reader.platform.safe_write import atomic_write, install_signal_cleanup\n"
        "install_signal_cleanup()\n"
        f"with atomic_write({str(tmp_path / 'x.txt')!r}) as f:\n"
        "    f.write(b'half')\n"
        "    f.flush()\n"
        "    os.kill(os.getpid(), signal.SIGINT)\n"
        "    print('not reached')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert "not reached" not in result.stdout
    assert "KeyboardInterrupt" in result.stderr
    assert list(tmp_path.iterdir()) == []


GUI_CHILD = """
import sys, threading, time
from reader.app import application
from reader.platform.safe_write import atomic_write, install_signal_cleanup

app = application()
install_signal_cleanup()

def worker():  # as the window's audio export: a thread writing while Qt's loop waits in C
    with atomic_write(sys.argv[1]) as stream:
        while True:
            stream.write(b"x" * 65536)
            stream.flush()
            time.sleep(0.01)

threading.Thread(target=worker, daemon=True).start()
app.exec()
"""


def test_sigterm_while_the_window_saves_in_a_worker_leaves_nothing(tmp_path):
    out = tmp_path / "ut"
    out.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    process = subprocess.Popen([sys.executable, "-c", GUI_CHILD, str(out / "hela.wav")], cwd=ROOT, env=env)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            parts = list(out.iterdir())
            if parts and parts[0].stat().st_size > 200_000:
                break
            time.sleep(0.02)
        else:
            pytest.fail("the worker wrote nothing")
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode in (-signal.SIGTERM, 128 + signal.SIGTERM)
    assert list(out.iterdir()) == []


def test_sigterm_still_ends_a_process_blocked_in_c_code(tmp_path):
    """A main thread waiting inside Qt's C++ (opening a FIFO nobody writes) still ends on SIGTERM."""
    fifo = tmp_path / "kanal"
    os.mkfifo(fifo)
    script = (
        "import os, sys\n"
        "from reader.platform.safe_write import atomic_write, install_signal_cleanup\n"
        "install_signal_cleanup()\n"
        f"with atomic_write({str(tmp_path / 'x.txt')!r}) as f:\n"
        "    f.write(b'half')\n"
        "    print('writing', flush=True)\n"
        "    from PySide6.QtCore import QFile, QIODevice\n"
        f"    QFile({str(fifo)!r}).open(QIODevice.OpenModeFlag.ReadOnly)  # Qt retries the open in C\n"
    )
    process = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout.readline().strip() == "writing"
        time.sleep(0.3)
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == -signal.SIGTERM, "ended by the signal, as without a handler"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kanal"]
