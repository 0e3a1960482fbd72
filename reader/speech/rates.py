"""The speaking rates the engine can read, in words per minute.

Apart from the driver (reader/speech/driver.py), so the command line can name them
in its help without importing the speech code at every start.
"""

DEFAULT_WPM = 150
MIN_WPM = 75
MAX_WPM = 450
