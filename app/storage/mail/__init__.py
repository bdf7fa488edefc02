"""Storage of the email workspace's sending half: accounts, the outbox, compliance.

Feature ``mail`` (docs/email.md, docs/headless.md)::

    from app.storage.mail.accounts import save_smtp_account, load_smtp_account, smtp_password
    from app.storage.mail.outbox import send_due, outbox_summary

Errors are :class:`~app.storage.mail.errors.MailStoreError` (a code and its arguments).
"""
