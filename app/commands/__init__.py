"""The headless commands, one module each; ``app/cli.py`` parses and dispatches."""
