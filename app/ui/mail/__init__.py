"""The email workspace in the window: the mail account dialog, the Outbox page and the
background sender (the sending half), and the background replies checker (the reading
half) (docs/email.md)."""
