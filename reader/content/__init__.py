"""The document as data: loading, validating and modelling a content pack."""
