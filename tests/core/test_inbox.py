"""The mailbox rules: what a received message is, read from real shapes of mail."""

from __future__ import annotations

import datetime as dt

import pytest

from app.core.inbox import classify, parse_facts, parse_message
from app.core.inbox.autoreply import automatic_header, out_of_office_subject
from app.core.inbox.dates import return_date
from app.core.inbox.text import body_text, first_lines, new_text
from app.core.inbox.unsubscribe import asks_to_unsubscribe
from tests import mail_samples as samples

NOW = dt.datetime(2026, 12, 7, 12, 0, tzinfo=dt.UTC)
SENT = dt.datetime(2026, 12, 7, 8, 0, tzinfo=dt.UTC)


def verdict(raw: bytes):  # type: ignore[no-untyped-def]
    message = parse_message(raw)
    return classify(parse_facts(raw, message), message, NOW)


def test_a_threaded_reply_is_a_reply_with_its_own_first_lines() -> None:
    raw = samples.reply(
        "Jonas <jonas@example.net>", "Sounds good.\nTuesday 14:00 works for me.\nJonas",
        in_reply_to="<sent-1@sales.example.lt>",
    )  # fmt: skip
    facts = parse_facts(raw)
    assert facts.thread_ids == ("<sent-1@sales.example.lt>",)
    assert facts.sender == "jonas@example.net"
    found = verdict(raw)
    assert found.kind == "reply"
    # The quoted history (with our own "reply STOP" footer) is not the answer.
    assert found.first_lines == "Sounds good.\nTuesday 14:00 works for me.\nJonas"


def test_an_html_only_reply_gives_text_lines() -> None:
    raw = samples.reply("ana@example.net", "Call me tomorrow &amp; bring numbers", html=True)
    found = verdict(raw)
    assert found.kind == "reply"
    assert found.first_lines.startswith("Call me tomorrow & bring numbers")


@pytest.mark.parametrize(
    "text",
    [
        "Da, davai.\n\nOn Mon, 7 Dec 2026, Olga <o@x.lt> wrote:\n> hi",
        "Da, davai.\nAm 07.12.2026 um 10:00 schrieb Olga <o@x.lt>:\n> hallo",
        "Da, davai.\n7 дек. 2026 г., в 10:00, Ольга <o@x.lt> написал(а):\n> привет",
        "Da, davai.\n在 2026年12月7日 10:00，Olga <o@x.lt> 写道：\n> 你好",
        "Da, davai.\n2026-12-07, 10:00, Olga <o@x.lt> rašė:\n> labas",
        "Da, davai.\n-----Original Message-----\nFrom: Olga\nSubject: hi",
        "Da, davai.\n________________________________\nFrom: Olga <o@x.lt>\nSent: Monday",
        "Da, davai.\n-- \nJonas Jonaitis, CFO",
    ],
)
def test_quoted_history_is_cut_in_every_client_style(text: str) -> None:
    assert new_text(text) == "Da, davai."


def test_first_lines_are_bounded() -> None:
    assert first_lines("a\n\nb\nc\nd") == "a\nb\nc"
    assert len(first_lines("x" * 1000)) == 300


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"auto-submitted": "auto-replied"}, "auto-submitted"),
        ({"auto-submitted": "auto-generated"}, "auto-submitted"),
        ({"auto-submitted": "no"}, None),
        ({"x-autoreply": "yes"}, "x-autoreply"),
        ({"x-autorespond": "Out of office"}, "x-autorespond"),
        ({"precedence": "auto_reply"}, "precedence"),
        ({"precedence": "bulk"}, None),
        ({}, None),
    ],
)
def test_rfc_3834_and_responder_headers(headers: dict[str, str], expected: str | None) -> None:
    assert automatic_header(headers) == expected


@pytest.mark.parametrize(
    "subject",
    [
        "Out of Office: Faster month-end close", "Automatic reply: Faster month-end close",
        "Автоматический ответ: Faster month-end close", "Нет на месте", "自动回复: 你好",
        "不在办公室", "Automatinis atsakymas: Faster month-end close",
        "Abwesenheitsnotiz: Faster month-end close", "Automatische Antwort: Re: Angebot",
    ],
)  # fmt: skip
def test_out_of_office_subjects_in_five_languages(subject: str) -> None:
    assert out_of_office_subject(subject)


def test_an_ordinary_subject_is_not_out_of_office() -> None:
    assert not out_of_office_subject("Re: Faster month-end close")


@pytest.mark.parametrize(
    ("text", "back"),
    [
        ("I am out of the office until December 14, 2026.", dt.date(2026, 12, 15)),
        ("I will be back on Monday, December 14th.", dt.date(2026, 12, 14)),
        ("Back on 14/12/2026, limited access to email.", dt.date(2026, 12, 14)),
        ("Away 7 Dec till 11 Dec.", dt.date(2026, 12, 12)),
        ("Я в отпуске до 14 декабря.", dt.date(2026, 12, 15)),
        ("Вернусь 14.12.2026, по срочным вопросам звоните Ивану.", dt.date(2026, 12, 14)),
        ("我将于2026年12月14日返回办公室。", dt.date(2026, 12, 14)),
        ("我在休假，12月14日回来。", dt.date(2026, 12, 14)),
        ("Grįšiu gruodžio 14 d.", dt.date(2026, 12, 14)),
        ("Atostogauju iki 2026-12-14.", dt.date(2026, 12, 15)),
        ("Ich bin bis zum 14.12.2026 nicht im Büro.", dt.date(2026, 12, 15)),
        ("Ab dem 14. Dezember bin ich wieder erreichbar.", dt.date(2026, 12, 14)),
        ("Back on 3 Jan.", dt.date(2027, 1, 3)),  # no year: the next 3 January
        ("Thank you for your email. I will answer soon.", None),
        ("See version 2.1.3 of the product.", None),  # not a date
        ("Out since 1 November 2026.", None),  # before the message: not a return date
        ("Back on 31 February.", None),  # no such day
    ],
)
def test_return_dates_in_the_common_forms(text: str, back: dt.date | None) -> None:
    assert return_date(text, SENT) == back


def test_out_of_office_messages_are_automatic_replies_with_their_return_day() -> None:
    raw = samples.out_of_office(
        "Jonas <jonas@example.net>", "Automatinis atsakymas: Faster month-end close",
        "Sveiki, atostogauju iki 2026-12-14. Skubiais klausimais rašykite info@example.net.",
        headers={"X-Autoreply": "yes"},
    )  # fmt: skip
    found = verdict(raw)
    assert found.kind == "auto_reply"
    assert found.back_on == dt.date(2026, 12, 15)


def test_an_out_of_office_subject_alone_is_enough() -> None:
    raw = samples.out_of_office("ana@example.net", "自动回复: 你好", "我在休假。", headers={})
    found = verdict(raw)
    assert (found.kind, found.back_on) == ("auto_reply", None)


@pytest.mark.parametrize(
    ("subject", "answer", "expected"),
    [
        ("Re: Faster month-end close", "Please unsubscribe me.", True),
        ("Re: Faster month-end close", "Remove me from your list", True),
        ("Re: Faster month-end close", "Отписаться", True),
        ("Re: Faster month-end close", "请退订", True),
        ("Re: Faster month-end close", "Noriu atsisakyti laiškų", True),
        ("Re: Faster month-end close", "Bitte abmelden.", True),
        ("Re: Faster month-end close", "STOP", True),
        ("Unsubscribe", "", True),
        ("Re: Stop sending invoices by hand", "Interesting, tell me more.", False),
        ("Re: Faster month-end close", "Let's talk on Tuesday.", False),
        ("Re: Faster month-end close", "Stop by our booth at the fair!", False),
    ],
)
def test_unsubscribe_requests(subject: str, answer: str, expected: bool) -> None:
    assert asks_to_unsubscribe(subject, answer) is expected


def test_an_unsubscribe_reply_is_classified_so_and_our_footer_is_ignored() -> None:
    asked = samples.reply("ana@example.net", "Отпишите меня, пожалуйста.", in_reply_to="<s@x>")
    assert verdict(asked).kind == "unsubscribe"
    # Our footer in the quoted part says "reply STOP"; the answer itself does not ask.
    assert verdict(samples.reply("ana@example.net", "Yes, call me.")).kind == "reply"


def test_postfix_hard_bounce() -> None:
    found = verdict(samples.postfix_bounce("gone@example.net", "<sent-1@sales.example.lt>"))
    assert found.kind == "bounce" and found.bounce is not None
    assert found.bounce.hard == ("gone@example.net",)
    assert found.bounce.status == {"gone@example.net": "5.1.1"}
    assert found.bounce.original_ids == ("<sent-1@sales.example.lt>",)


def test_gmail_hard_and_soft_bounces() -> None:
    hard = verdict(samples.gmail_bounce("nobody@example.net", "<sent-2@sales.example.lt>"))
    assert hard.kind == "bounce" and hard.bounce is not None
    assert hard.bounce.hard == ("nobody@example.net",) and not hard.bounce.soft
    soft = verdict(
        samples.gmail_bounce("full@example.net", "<sent-3@sales.example.lt>", status="4.2.2")
    )
    assert soft.kind == "bounce" and soft.bounce is not None
    assert soft.bounce.soft == ("full@example.net",) and not soft.bounce.hard
    assert soft.bounce.code == "4.2.2"


def test_exchange_non_delivery_report_without_a_dsn_part() -> None:
    found = verdict(samples.exchange_bounce("left.company@corp.example.net"))
    assert found.kind == "bounce" and found.bounce is not None
    assert found.bounce.hard == ("left.company@corp.example.net",)


def test_messages_that_are_not_mime_get_a_reason_not_an_exception() -> None:
    junk = samples.not_mime_at_all()
    facts = parse_facts(junk)
    assert facts.invalid == "no_headers"
    assert verdict(junk).reason == "no_headers"
    broken = verdict(samples.broken_multipart("ana@example.net", "<s@x>"))
    assert (broken.kind, broken.reason) == ("invalid", "broken_multipart")


def test_raw_8bit_headers_and_unknown_charsets_are_read() -> None:
    raw = (
        "From: Jurgis Šimkus <jurgis@example.lt>\r\nSubject: Re: Pasiūlymas\r\n"
        "Message-ID: <8bit@x>\r\nContent-Type: text/plain; charset=x-unknown\r\n\r\n"
        "Gerai, skambinkite.\r\n"
    ).encode()
    message = parse_message(raw)
    facts = parse_facts(raw, message)
    assert facts.subject == "Re: Pasiūlymas"
    assert facts.sender == "jurgis@example.lt"
    assert body_text(message).startswith("Gerai")


SAMPLES = {
    "reply": samples.reply("Jonas Jonaitis <jonas@example.net>", "Yes.", in_reply_to="<a@b>",
                           references="<z@b> <y@b> <x@b> <w@b> <v@b> <u@b> <t@b> <a@b>" * 3),
    "html": samples.reply('"Wang, Wei" <wang@example.cn>', "好的", html=True),
    "ooo": samples.out_of_office("=?utf-8?q?R=C5=ABta?= <ruta@example.lt>",
                                 "=?utf-8?b?0JDQstGC0L7QvtGC0LLQtdGC?=", "До 14.12."),
    "postfix": samples.postfix_bounce("gone@example.net", "<s@x>"),
    "gmail": samples.gmail_bounce("nobody@example.net", "<s@x>"),
    "exchange": samples.exchange_bounce("left@corp.example.net"),
    "junk": samples.not_mime_at_all(),
    "broken": samples.broken_multipart("ana@example.net", "<s@x>"),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_the_fast_header_reader_agrees_with_the_library_parser(name: str) -> None:
    raw = SAMPLES[name]
    assert parse_facts(raw) == parse_facts(raw, parse_message(raw))
