"""The schema revision this version of the app writes.

Kept apart from the migrations so the start-up path can compare a file's revision with it
without importing Alembic (a test checks it equals Alembic's head).
"""

SCHEMA_HEAD = "0021_board_tallies"
