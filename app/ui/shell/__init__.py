"""The window's shell: what is not a feature page (database files, first run, status)."""
