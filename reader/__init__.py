"""An accessible, offline reader for one public document (Treklövern's programme)."""

__version__ = "0.1.0"
APP_NAME = "Läsaren"
ORGANIZATION = "Treklovern-lasaren"
