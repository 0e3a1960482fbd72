"""Allow ``python -m reader``."""

import sys

if __name__ == "__main__":
    if sys.argv[1:2] == ["--audio-output-process"]:  # the packaged app as its own audio process
        from reader.speech.audio_child import main as audio_process

        audio_process()
    from reader.cli import main

    sys.exit(main())
