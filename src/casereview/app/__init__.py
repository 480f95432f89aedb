"""Composition root: paths, logging, settings, database opening, GUI and CLI entry points."""
