"""Dialogs of the main window: about, first run, open errors, error reports."""
