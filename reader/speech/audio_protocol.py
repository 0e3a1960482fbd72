"""The pipe between the app and its audio process: commands in, reports out.

Commands (app → audio process, on its standard input) are framed binary: one
byte for the command, a little-endian 32-bit payload length, the payload.
Reports (audio process → app, on its standard output) are text lines.
"""

from __future__ import annotations

import struct

HEADER = struct.Struct("<cI")
OPEN = b"O"  # payload: sample rate, buffer ms (u32 each), volume (f64)
WRITE = b"W"  # payload: generation (u32), then PCM (16-bit mono)
PAUSE = b"P"
RESUME = b"R"
RESET = b"X"  # payload: the new generation (u32): drop everything, the clock starts at 0
VOLUME = b"V"  # payload: volume (f64)
QUIT = b"Q"
OPEN_ARGS = struct.Struct("<IId")
GENERATION = struct.Struct("<I")
VOLUME_ARG = struct.Struct("<d")
MAX_PAYLOAD = 16 * 1024 * 1024

# reports
READY = "ready"  # the sink is open
CLOCK = "clock"  # generation, bytes received, bytes played, 1 when idle with nothing left
NO_DEVICE = "nodevice"  # no audio output at all
LOST = "lost"  # the sound system went away (the process ends after saying so)


def frame(command: bytes, payload: bytes = b"") -> bytes:
    return HEADER.pack(command, len(payload)) + payload
