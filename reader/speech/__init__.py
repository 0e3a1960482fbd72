"""Reading aloud: engine drivers, the engine worker, audio output, the reading controller, export."""

from reader import pyside_emit_fix as _emit_fix  # noqa: F401  (signals are emitted a lot while reading)
