"""Offline and private: no network socket, nothing fetched, nothing left behind.

* The main flows (start, navigate, change settings, search, read aloud, export)
  run with Python's socket layer guarded: any internet (AF_INET/AF_INET6)
  socket, connection or name look-up fails the test; afterwards the process
  also owns no internet socket opened by native code (checked in /proc).
* Hostile content (remote and local images, scripts, file links, huge data)
  is shown without fetching, running or freezing anything.
* A whole session, run as its own process, writes nothing but the settings
  file (and the optional log) in the standard per-user places.
The CI script also runs tests/offline_session.py in an empty network namespace.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTextEdit

from reader.content.loader import build_section, check_displayable, load_pack

ROOT = Path(__file__).resolve().parent.parent
INTERNET = (socket.AF_INET, socket.AF_INET6)
HOSTILE_MARKDOWN = """# Rubrik

Före bilden. ![fjärrbild](http://192.0.2.1/spion.png) Efter bilden.

<img src="http://192.0.2.1/raw.png"> <script>document.write("kört")</script>

[en lokal fil](file:///etc/hostname) och [en webbplats](https://example.com/).

<link rel="stylesheet" href="http://192.0.2.1/stil.css"><style>p { color: red }</style>

![inbäddad](data:image/png;base64,{data})
"""


# --- the guard ----------------------------------------------------------------------------------


class NetworkGuard:
    """Records (and refuses) every attempt to use an internet socket or resolve a name."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.attempts: list[str] = []
        real_init = socket.socket.__init__
        real_connect = socket.socket.connect
        guard = self

        def init(sock, family=-1, type=-1, proto=-1, fileno=None):
            wanted = socket.AF_INET if family == -1 and fileno is None else family
            if wanted in INTERNET:
                guard.refuse(f"socket({socket.AddressFamily(wanted).name})")
            real_init(sock, family, type, proto, fileno)

        def connect(sock, address):
            if sock.family in INTERNET:
                guard.refuse(f"connect{address!r}")
            return real_connect(sock, address)

        monkeypatch.setattr(socket.socket, "__init__", init)
        monkeypatch.setattr(socket.socket, "connect", connect)
        monkeypatch.setattr(socket.socket, "connect_ex", connect)
        monkeypatch.setattr(
            socket, "create_connection", lambda address, *a, **k: guard.refuse(f"{address!r}")
        )
        monkeypatch.setattr(socket, "getaddrinfo", lambda host, *a, **k: guard.refuse(f"getaddrinfo {host}"))
        monkeypatch.setattr(socket, "gethostbyname", lambda host: guard.refuse(f"gethostbyname {host}"))

    def refuse(self, what: str):
        self.attempts.append(what)
        raise OSError(f"network use refused by the offline test: {what}")


@pytest.fixture
def no_network(monkeypatch):
    guard = NetworkGuard(monkeypatch)
    before = internet_sockets_of_this_process()
    yield guard
    assert guard.attempts == [], f"the app tried to use the network: {guard.attempts}"
    assert internet_sockets_of_this_process() <= before, "native code opened an internet socket"


def internet_sockets_of_this_process() -> set[str]:
    """Inodes of this process's open sockets that are internet (TCP/UDP/raw) sockets."""
    tables = set()
    for name in ("tcp", "tcp6", "udp", "udp6", "raw", "raw6"):
        try:
            lines = Path(f"/proc/net/{name}").read_text().splitlines()[1:]
        except OSError:
            continue
        tables |= {line.split()[9] for line in lines if len(line.split()) > 9}
    mine = set()
    for fd in Path("/proc/self/fd").iterdir() if Path("/proc/self/fd").exists() else []:
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            mine.add(target[8:-1])
    return mine & tables


def test_guard_refuses_internet_but_allows_local_sockets(no_network):
    with pytest.raises(OSError):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(OSError):
        socket.create_connection(("example.com", 80))
    assert len(no_network.attempts) == 2
    a, b = socket.socketpair(socket.AF_UNIX)
    a.close()
    b.close()
    no_network.attempts.clear()  # the refusals above were this test's own


# --- the main flows in this process ---------------------------------------------------------------


@pytest.fixture
def window(speech_window):
    """The real main window with the real speech engine; sound goes to a silent stand-in."""
    return speech_window(wait=0)


def test_main_flows_use_no_network(no_network, window, tmp_path):
    from offline_session import drive

    report: dict = {}
    drive(window, tmp_path, report)
    assert report["sections_seen"] == len(window.document.sections) - 1
    assert report["settings_changed"] >= 10
    assert report["search_hits"] > 0
    assert report["text_bytes"] > 10_000
    if report.get("speech_available"):
        assert report["audio_bytes"] > 44  # more than a WAV header


def test_command_line_exports_use_no_network(no_network, tmp_path, capsys):
    from reader.cli import main

    assert main(["--list-sections"]) == 0
    assert main(["--export-text", "--out", str(tmp_path / "text.txt")]) == 0
    assert (tmp_path / "text.txt").stat().st_size > 10_000


# --- hostile content ------------------------------------------------------------------------------


@pytest.fixture
def pane(qtbot):
    from reader.ui.reading_pane import ReadingPane

    widget = ReadingPane()
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    widget.show()
    return widget


@pytest.fixture
def resource_calls(monkeypatch):
    """Every call of the pane's loadResource and of QTextEdit's own (which would fetch)."""
    from reader.ui.reading_pane import ReadingPane

    calls: dict[str, list] = {"pane": [], "base": []}
    pane_load = ReadingPane.loadResource

    def spy_pane(self, kind, url):
        result = pane_load(self, kind, url)
        calls["pane"].append((url.toString(), result))
        return result

    def spy_base(self, kind, url):
        calls["base"].append(url.toString())
        return None

    monkeypatch.setattr(ReadingPane, "loadResource", spy_pane)
    monkeypatch.setattr(QTextEdit, "loadResource", spy_base)
    return calls


def test_hostile_markdown_is_inert(no_network, pane, resource_calls):
    section = build_section("prov", "sections/prov.md", HOSTILE_MARKDOWN.replace("{data}", "QUFB" * 50_000))
    pane.show_section(section)
    pane.document().size()
    text = pane.toPlainText().replace("\u00ad", "")  # a run wider than the line may get soft hyphens
    assert text == section.text
    assert "[Bild: fjärrbild]" in text and "[Bild: inbäddad]" in text
    assert '<script>document.write("kört")</script>' in text  # shown as text, never run
    assert "kört" not in text.replace('document.write("kört")', "")
    assert "(file:///etc/hostname)" in text  # the address is shown, not opened
    assert pane.document().allFormats()  # laid out
    assert all(not fmt.isImageFormat() for fmt in pane.document().allFormats())
    assert resource_calls["base"] == []


def test_raw_html_in_the_pane_fetches_nothing(no_network, pane, resource_calls, tmp_path):
    local = tmp_path / "bild.png"
    local.write_bytes(b"\x89PNG\r\n\x1a\n")
    pane.setHtml(
        f'<p>a</p><img src="http://192.0.2.1/x.png"><img src="{QUrl.fromLocalFile(str(local)).toString()}">'
        '<link rel="stylesheet" href="http://192.0.2.1/s.css"><img src="https://192.0.2.1/y.png">'
    )
    pane.document().size()
    pane.viewport().repaint()
    asked = [url for url, _ in resource_calls["pane"]]
    assert any(url.startswith("http://192.0.2.1") for url in asked)  # Qt asked, and …
    assert all(result is None for _, result in resource_calls["pane"])  # … the pane gave nothing
    assert resource_calls["base"] == []
    for url in asked:
        assert not pane.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(url))


def test_links_are_never_followed(no_network, pane):
    section = build_section("prov", "sections/prov.md", "# R\n\n[fil](file:///etc/hostname)\n")
    pane.show_section(section)
    before = pane.toPlainText()
    # A read-only QTextEdit, not a QTextBrowser: it has no way to follow a link at all.
    assert not hasattr(pane, "setSource") and not hasattr(pane, "openLinks")
    clicked = []
    pane.anchorClicked.connect(clicked.append)
    pane.setFocus()
    pane.focusNextPrevChild(True)  # Tab to the link
    QTest.keyClick(pane, Qt.Key.Key_Return)  # and Enter: nothing is opened
    assert clicked == []  # the content's link is shown as its address, not as a link
    assert "file:///etc/hostname" in before and pane.toPlainText() == before


def test_huge_unbroken_text_is_refused_with_its_line_not_shown(tmp_path):
    """Qt needs minutes to lay out a million characters without a space: refuse, say where."""
    pack = tmp_path / "pack"
    (pack / "sections").mkdir(parents=True)
    (pack / "manifest.toml").write_text(
        'title = "T"\nlanguage = "sv"\n\n[[sections]]\nid = "a"\nfile = "sections/a.md"\n\n'
        '[[sections]]\nid = "b"\nfile = "sections/b.md"\n',
        "utf-8",
    )
    (pack / "sections" / "a.md").write_text("# A\n\nVanlig text.\n", "utf-8")
    (pack / "sections" / "b.md").write_text(
        "# B\n\nText.\n\n<img src='data:," + "x" * 1_000_000 + "'>\n", "utf-8"
    )
    result = load_pack(pack)
    assert [s.id for s in result.document.sections] == ["a"]
    (error,) = result.errors
    assert error.file == "sections/b.md" and error.line == 5
    assert "mellanslag" in error.message


def test_huge_inline_image_data_is_dropped_and_shown_quickly(no_network, pane):
    section = build_section(
        "prov", "p.md", "# R\n\n![karta](data:image/png;base64," + "A" * 2_000_000 + ")\n"
    )
    assert check_displayable(section) is None
    assert len(section.html) < 1000  # the data never reaches the pane
    pane.show_section(section)
    assert "[Bild: karta]" in pane.toPlainText()


# --- what a session leaves behind ----------------------------------------------------------------


def _session(tmp_path: Path, *args: str) -> dict:
    home = tmp_path / "home"
    temp = tmp_path / "tmp"
    for folder in (home, temp):
        folder.mkdir()
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "TMPDIR": str(temp),
        "QT_QPA_PLATFORM": "offscreen",
    }
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "tests" / "offline_session.py"),
            "--out-dir",
            str(tmp_path / "out"),
            *args,
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    lines = [line for line in proc.stdout.splitlines() if line.startswith("SESSION ")]
    assert lines, proc.stderr[-2000:]
    report = json.loads(lines[-1][len("SESSION ") :])
    assert proc.returncode == 0, report.get("error") or proc.stderr[-2000:]
    return report


def test_a_session_writes_only_its_settings_and_log(tmp_path):
    report = _session(tmp_path)
    allowed = {
        ".config/Treklovern-lasaren/Läsaren.ini",
        ".local/share/Treklovern-lasaren/Läsaren/lasaren.log",
    }
    print("files written:", report["files_in_home"], report["files_in_tmp"])
    assert ".config/Treklovern-lasaren/Läsaren.ini" in report["files_in_home"]
    assert set(report["files_in_home"]) <= allowed
    assert report["files_in_tmp"] == []
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        ["programmet.txt"] + (["avsnitt.wav"] if report.get("speech_available") else [])
    )
    assert [p.name for p in tmp_path.iterdir()] and not (set(os.listdir(tmp_path)) - {"home", "tmp", "out"})


def test_a_public_computer_session_writes_nothing(tmp_path):
    from reader.cli import build_parser

    if "--kiosk" not in build_parser().format_help():
        pytest.skip("the command line has no --kiosk yet")
    report = _session(tmp_path, "--kiosk")
    assert report["files_in_home"] == []
    assert report["files_in_tmp"] == []


def test_summary_with_huge_unbroken_text_is_refused_with_its_file(content_root):
    from reader.content.summaries import build_summary

    summary, error = build_summary(
        "ansvar", "summaries/ansvar.md", "# Kort\n\nText.\n\n" + "y" * 50_000 + "\n"
    )
    assert summary is None
    assert error is not None and error.file == "summaries/ansvar.md" and error.line == 5
