"""Real shapes of received mail for the replies tests and the benchmark.

Replies (threaded and not, plain and HTML, with quoted history in several client styles),
bounces in the shapes Postfix, Gmail and Exchange send, out-of-office messages in five
languages with and without a return date, unsubscribe replies, and messages that are not
valid MIME. Each builder returns the raw bytes a server would store.
"""

from __future__ import annotations

import datetime as dt
import zlib
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

OURS = "olga@sales.example.lt"
SENT_AT = dt.datetime(2026, 12, 7, 8, 0, tzinfo=dt.UTC)


def _base(
    sender: str, subject: str, *, to: str = OURS, date: dt.datetime = SENT_AT,
    message_id: str | None = None,
) -> EmailMessage:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = message_id or make_msgid(domain="mail.example.net")
    return msg


def reply(
    sender: str, body: str, *, in_reply_to: str | None = None, references: str | None = None,
    subject: str = "Re: Faster month-end close", html: bool = False,
    quoted: str = "On Mon, 7 Dec 2026 at 10:00, Olga <olga@sales.example.lt> wrote:\n> Hi, "
    "do you have 15 minutes this week?\n> Unsubscribe: reply STOP",
) -> bytes:  # fmt: skip
    """A prospect's reply; threaded when ``in_reply_to`` is given."""
    msg = _base(sender, subject)
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = references or in_reply_to
    text = f"{body}\n\n{quoted}\n" if quoted else f"{body}\n"
    if html:
        markup = "".join(f"<p>{line}</p>" for line in body.split("\n"))
        msg.set_content(f"<html><body>{markup}<blockquote>{quoted}</blockquote></body></html>",
                        subtype="html")  # fmt: skip
    else:
        msg.set_content(text)
    return msg.as_bytes()


def out_of_office(
    sender: str, subject: str, body: str, *, headers: dict[str, str] | None = None,
    in_reply_to: str | None = None,
) -> bytes:  # fmt: skip
    """An automatic reply (``Auto-Submitted: auto-replied`` unless other headers are given)."""
    msg = _base(sender, subject)
    for name, value in (
        headers if headers is not None else {"Auto-Submitted": "auto-replied"}
    ).items():
        msg[name] = value
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    msg.set_content(body)
    return msg.as_bytes()


def _original_headers(recipient: str, message_id: str) -> str:
    return (
        f"From: Olga <{OURS}>\nTo: {recipient}\nSubject: Faster month-end close\n"
        f"Message-ID: {message_id}\nDate: {format_datetime(SENT_AT)}\n"
    )


def postfix_bounce(recipient: str, message_id: str, *, status: str = "5.1.1") -> bytes:
    """A Postfix non-delivery report (RFC 3464 multipart/report)."""
    boundary = "8C1D5E2A.1765094400/mx.sales.example.lt"
    action = "failed" if status.startswith("5") else "delayed"
    text = f"""\
From: MAILER-DAEMON@mx.sales.example.lt (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: {OURS}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="{boundary}"
Message-Id: <20261207080102.{zlib.crc32(recipient.encode()):08x}@mx.sales.example.lt>
Date: Mon,  7 Dec 2026 08:01:02 +0000 (UTC)

This is a MIME-encapsulated message.

--{boundary}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.sales.example.lt.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<{recipient}>: host mx.example.net[192.0.2.25] said: 550 {status} <{recipient}>:
    Recipient address rejected: User unknown in virtual mailbox table

--{boundary}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.sales.example.lt
X-Postfix-Queue-ID: 8C1D5E2A
Arrival-Date: Mon,  7 Dec 2026 08:00:00 +0000 (UTC)

Final-Recipient: rfc822; {recipient}
Original-Recipient: rfc822;{recipient}
Action: {action}
Status: {status}
Remote-MTA: dns; mx.example.net
Diagnostic-Code: smtp; 550 {status} <{recipient}>: Recipient address rejected

--{boundary}
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

{_original_headers(recipient, message_id)}
--{boundary}--
"""
    return text.replace("\n", "\r\n").encode("ascii")


def gmail_bounce(recipient: str, message_id: str, *, status: str = "5.1.1") -> bytes:
    """Gmail's "Delivery Status Notification" (failure, or delay for a 4.x.x status)."""
    boundary = "000000000000a1b2c3d4e5f6"
    delayed = status.startswith("4")
    action = "delayed" if delayed else "failed"
    subject = (
        "Delivery Status Notification (Delay)"
        if delayed
        else ("Delivery Status Notification (Failure)")
    )
    text = f"""\
Delivered-To: {OURS}
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: {OURS}
Auto-Submitted: auto-replied
Subject: {subject}
Message-ID: <5f1e.{status}.gmail@mx.google.com>
Date: Mon, 07 Dec 2026 00:05:00 -0800
MIME-Version: 1.0
Content-Type: multipart/report; boundary="{boundary}"; report-type=delivery-status

--{boundary}
Content-Type: multipart/related; boundary="{boundary}-rel"

--{boundary}-rel
Content-Type: text/html; charset="UTF-8"

<html><body><h2>Address not found</h2><p>Your message wasn't delivered to
<a href="mailto:{recipient}">{recipient}</a> because the
address couldn't be found, or is unable to receive mail.</p></body></html>

--{boundary}-rel--

--{boundary}
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; olga@sales.example.lt
Arrival-Date: Mon, 07 Dec 2026 00:04:59 -0800 (PST)
X-Original-Message-ID: {message_id}

Final-Recipient: rfc822; {recipient}
Action: {action}
Status: {status}
Remote-MTA: dns; mx.example.net. (192.0.2.25, the server for the domain.)
Diagnostic-Code: smtp; 550-{status} The email account that you tried to reach does not exist.
Last-Attempt-Date: Mon, 07 Dec 2026 00:05:00 -0800 (PST)

--{boundary}
Content-Type: message/rfc822

{_original_headers(recipient, message_id)}
Hello, do you have 15 minutes this week?

--{boundary}--
"""
    return text.replace("\n", "\r\n").encode("ascii")


def exchange_bounce(recipient: str) -> bytes:
    """An older Exchange non-delivery report: plain text, no DSN part."""
    text = f"""\
From: System Administrator <postmaster@corp.example.net>
To: {OURS}
Subject: Undeliverable: Faster month-end close
Date: Mon, 7 Dec 2026 09:02:11 +0100
Message-ID: <A1B2C3D4E5@EXCH01.corp.example.net>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

Your message

  To:      {recipient}
  Subject: Faster month-end close
  Sent:    Mon, 7 Dec 2026 09:00:01 +0100

did not reach the following recipient(s):

{recipient} on Mon, 7 Dec 2026 09:02:11 +0100
    The e-mail account does not exist at the organization this message was sent to.
    <EXCH01.corp.example.net #5.1.1>
    MSEXCH:IMS:Corp:EXCH01:EXCH01 0 (000C05A6) Unknown Recipient
"""
    return text.replace("\n", "\r\n").encode("ascii")


def not_mime_at_all() -> bytes:
    """Binary junk without a header block (a broken upload, a stray file)."""
    return b"\x00\x01\x02PK\x03\x04 this is a zip file, not an email \xff\xfe\r\n" * 3


def broken_multipart(sender: str, in_reply_to: str) -> bytes:
    """A multipart message whose boundary parameter is missing."""
    text = f"""\
From: {sender}
To: {OURS}
Subject: Re: Faster month-end close
Message-ID: <broken.multipart@mail.example.net>
In-Reply-To: {in_reply_to}
Date: Mon, 7 Dec 2026 10:00:00 +0000
MIME-Version: 1.0
Content-Type: multipart/mixed

--nobody-declared-me
Content-Type: text/plain

Yes, let's talk.
--nobody-declared-me--
"""
    return text.replace("\n", "\r\n").encode("ascii")


def newsletter(index: int) -> bytes:
    """Mail that is not about prospects at all (the bulk of a real inbox)."""
    msg = _base(f"news{index % 50}@newsletter.example.com", f"Weekly digest #{index}")
    msg["List-Unsubscribe"] = "<mailto:leave@newsletter.example.com>"
    msg.set_content(f"Top stories of week {index}.\n" + "Lorem ipsum dolor sit amet. " * 20)
    return msg.as_bytes()


__all__ = [
    "OURS",
    "SENT_AT",
    "broken_multipart",
    "exchange_bounce",
    "gmail_bounce",
    "newsletter",
    "not_mime_at_all",
    "out_of_office",
    "postfix_bounce",
    "reply",
]
