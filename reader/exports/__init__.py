"""What the reader takes home: plain text, large print and PDF, audio files
and the EPUB talking book."""
