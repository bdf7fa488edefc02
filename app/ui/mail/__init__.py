"""The email workspace's sending half in the window: the mail account dialog, the Outbox
page and the background sender (docs/email.md)."""
