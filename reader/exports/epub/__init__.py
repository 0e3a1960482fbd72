"""The programme as an EPUB 3 talking book: the text with synchronised speech (Media Overlays).

``book`` lays the pack out as the book's documents (no widgets), ``xhtml`` and
``package`` write them as EPUB files, ``narration`` speaks them through the
app's own speech engine into MP3, and ``export`` puts it all in one file.
"""
