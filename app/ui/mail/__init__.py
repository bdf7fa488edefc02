"""The email workspace's screens and background parts (the replies checker)."""
