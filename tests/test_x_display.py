"""The private X server of the display tests is waited for until it takes clients.

Its socket file appears when it binds, before it listens: a client that connects in
between is refused. Openbox, refused so, ended at once, and Orca then heard nothing
from an app whose window was never made active.
"""

from __future__ import annotations

import socket
import threading
from pathlib import Path

import pytest
from x_display import GREETING, DisplayUnavailableError, PrivateXvfb, answers


def _server(path: Path, reply: bytes | None) -> socket.socket:
    """A socket at ``path`` that reads a greeting and answers ``reply`` (None: bound, not listening)."""
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    if reply is not None:
        server.listen(1)

        def serve() -> None:
            peer, _ = server.accept()
            with peer:
                assert peer.recv(len(GREETING)) == GREETING
                peer.sendall(reply)

        threading.Thread(target=serve, daemon=True).start()
    return server


def test_the_greeting_is_an_x11_connection_setup():
    assert len(GREETING) == 12
    assert GREETING[:1] == b"l" and int.from_bytes(GREETING[2:4], "little") == 11


@pytest.mark.parametrize(("reply", "expected"), [(None, False), (b"\x01", True), (b"\x00", False)])
def test_only_a_server_that_says_yes_answers(tmp_path, reply, expected):
    path = tmp_path / "X0"
    with _server(path, reply):
        assert answers(path, timeout=5) is expected


def test_no_socket_does_not_answer(tmp_path):
    assert answers(tmp_path / "X0") is False


def test_a_started_xvfb_answers():
    try:
        server = PrivateXvfb(range(110, 120))
        server.start()
    except DisplayUnavailableError as exc:
        pytest.skip(str(exc))
    try:
        assert answers(Path(f"/tmp/.X11-unix/X{server.number}"))
    finally:
        server.stop()
    assert not answers(Path(f"/tmp/.X11-unix/X{server.number}"))
