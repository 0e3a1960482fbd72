"""Widgets. Logic they show lives outside this package."""
