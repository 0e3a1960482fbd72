"""Reading aloud: engine drivers, the engine worker, audio output, the reading controller, export."""
