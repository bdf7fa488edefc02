"""The sending half's words: statuses, reasons, account and connection problems.

Storage and the SMTP adapter give codes (``hourly_cap``, ``certificate``,
``MailStoreError("no_postal_address")``); this module turns them into translated text
(context ``MailWords``). A code this version does not know is shown as the code.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def status_label(status: str) -> str:
    """An outbox status as a word."""
    labels = {
        "queued": QCoreApplication.translate("MailWords", "Queued"),
        "sending": QCoreApplication.translate("MailWords", "Sending"),
        "sent": QCoreApplication.translate("MailWords", "Sent"),
        "failed": QCoreApplication.translate("MailWords", "Failed"),
        "deferred": QCoreApplication.translate("MailWords", "Retrying later"),
        "unknown": QCoreApplication.translate("MailWords", "In doubt"),
    }
    return labels.get(status, status)


def reason_label(code: str | None) -> str:
    """Why a message waits or failed (or why an email step stays in Today)."""
    if not code:
        return ""
    labels = {
        "certificate": QCoreApplication.translate(
            "MailWords", "the server's certificate is not trusted"
        ),
        "no_tls": QCoreApplication.translate("MailWords", "the server does not offer STARTTLS"),
        "auth": QCoreApplication.translate("MailWords", "the server refused the login"),
        "unreachable": QCoreApplication.translate("MailWords", "the server could not be reached"),
        "transient": QCoreApplication.translate("MailWords", "the server asked to try later"),
        "permanent": QCoreApplication.translate("MailWords", "the server refused the message"),
        "bounced": QCoreApplication.translate("MailWords", "the address does not exist"),
        "no_smtputf8": QCoreApplication.translate(
            "MailWords", "the server cannot send to an international address"
        ),
        "header_injection": QCoreApplication.translate(
            "MailWords", "a merge value holds a line break"
        ),
        "do_not_contact": QCoreApplication.translate("MailWords", "do not contact"),
        "no_postal_address": QCoreApplication.translate("MailWords", "no postal address set"),
        "no_password": QCoreApplication.translate("MailWords", "no password for the account"),
        "keychain_unavailable": QCoreApplication.translate("MailWords", "no keychain"),
        "no_account": QCoreApplication.translate("MailWords", "no mail account set up"),
        "no_email": QCoreApplication.translate("MailWords", "no email address"),
        "outside_window": QCoreApplication.translate("MailWords", "outside the sending hours"),
        "hourly_cap": QCoreApplication.translate("MailWords", "hourly limit reached"),
        "daily_cap": QCoreApplication.translate("MailWords", "daily limit reached"),
        "spacing": QCoreApplication.translate("MailWords", "spacing between emails"),
        "interrupted": QCoreApplication.translate(
            "MailWords", "sending was interrupted: check your Sent folder"
        ),
        "missing_field": QCoreApplication.translate("MailWords", "a merge field is empty"),
        "no_template": QCoreApplication.translate("MailWords", "the step has no template"),
        "cadence_stopped": QCoreApplication.translate(
            "MailWords", "the cadence stopped before it went (a reply, a meeting, an opt-out)"
        ),
        "review_first": QCoreApplication.translate(
            "MailWords", "waiting for your review: press E to read, edit and send it"
        ),
        "step_not_open": QCoreApplication.translate(
            "MailWords", "the step is no longer open (done, skipped or stopped)"
        ),
    }
    return labels.get(code, code)


def run_error_text(code: str, fingerprint: str | None = None) -> str:
    """An account-wide failure of a sending run, as one sentence."""
    if code == "certificate":
        text = QCoreApplication.translate(
            "MailWords",
            "The mail server's certificate is not trusted. If this is your own server, "
            "trust its certificate (SHA-256 %1) in the mail account settings.",
        )
        return text.replace("%1", fingerprint or "?")
    if code == "keychain_unavailable":
        return QCoreApplication.translate(
            "MailWords",
            "No keychain is available to keep the mail password. Enter it in the mail "
            "account settings; it is kept until you quit.",
        )
    if code == "no_password":
        return QCoreApplication.translate(
            "MailWords", "The mail password is missing: enter it in the mail account settings."
        )
    return reason_label(code)


def missing_dns_text(code: str, domain: str) -> str:
    """What a missing DNS record means for a sending domain."""
    texts = {
        "no_spf": QCoreApplication.translate(
            "MailWords",
            "No SPF record on %1: receivers cannot tell which servers may send its mail.",
        ),
        "no_dmarc": QCoreApplication.translate(
            "MailWords",
            "No DMARC record on %1: Gmail and Yahoo require SPF, DKIM and DMARC from bulk "
            "senders since 2024.",
        ),
        "no_mx": QCoreApplication.translate(
            "MailWords", "No MX record on %1: replies and bounces cannot come back."
        ),
        "lookup_failed": QCoreApplication.translate(
            "MailWords", "The DNS lookup for %1 failed; try again later."
        ),
    }
    return texts.get(code, code).replace("%1", domain)


__all__ = ["missing_dns_text", "reason_label", "run_error_text", "status_label"]
