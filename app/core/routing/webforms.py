"""Web-form notification mails read as leads: ``Label: value`` lines by per-form rules.

A website's form plugin mails each submission as lines such as::

    Name: Ivan Petrov
    E-mail: ivan@acme.ru
    Phone: +7 495 123-45-67
    Company: Acme
    Message: Please call me about pricing
      for 20 seats.

A :class:`FormRule` says which mails it is for (the sender and subject contain given
text; empty matches any) and how its labels map onto contact fields; labels it does not
name fall back to :data:`DEFAULT_LABELS` (common English, Russian, Chinese and
Lithuanian labels). A line without a label continues the message. A mail gives a lead
when it has an email or a phone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

__all__ = [
    "DEFAULT_LABELS",
    "FIELDS",
    "FormRule",
    "parse_form",
    "pick_rule",
]

#: The contact fields a label can map to.
FIELDS: tuple[str, ...] = (
    "name", "first_name", "last_name", "email", "phone", "company", "title", "message",
)  # fmt: skip

#: Labels understood on every form (compared case-insensitively, without ``*`` marks).
DEFAULT_LABELS: Mapping[str, str] = {
    "name": "name", "full name": "name", "your name": "name", "contact name": "name",
    "first name": "first_name", "last name": "last_name", "surname": "last_name",
    "email": "email", "e-mail": "email", "email address": "email", "your email": "email",
    "phone": "phone", "telephone": "phone", "phone number": "phone", "mobile": "phone",
    "company": "company", "company name": "company", "organization": "company",
    "organisation": "company", "job title": "title", "title": "title", "position": "title",
    "message": "message", "comments": "message", "comment": "message", "question": "message",
    "имя": "name", "фио": "name", "ваше имя": "name", "фамилия": "last_name",
    "email адрес": "email", "почта": "email", "эл. почта": "email", "телефон": "phone",
    "компания": "company", "организация": "company", "должность": "title",
    "сообщение": "message", "комментарий": "message", "вопрос": "message",
    "姓名": "name", "名字": "name", "邮箱": "email", "电子邮件": "email", "电话": "phone",
    "手机": "phone", "公司": "company", "职位": "title", "留言": "message",
    "vardas": "name", "pavardė": "last_name", "el. paštas": "email", "telefonas": "phone",
    "įmonė": "company", "pareigos": "title", "žinutė": "message",
}  # fmt: skip

# "Label: value" with an ASCII or a full-width colon; a label is short and has no colon.
_LINE = re.compile(r"^\s*([^:：\n]{1,60}?)\s*[:：]\s*(.*?)\s*$")


def _label(text: str) -> str:
    return " ".join(text.replace("*", " ").split()).casefold()


@dataclass(frozen=True)
class FormRule:
    """How one website form's mails are read.

    Attributes:
        sender: Text the From address (or name) contains ("" matches any).
        subject: Text the subject contains ("" matches any).
        labels: The form's own labels → a field of :data:`FIELDS`.
    """

    sender: str = ""
    subject: str = ""
    labels: Mapping[str, str] = field(default_factory=dict)

    def matches(self, sender: str, subject: str) -> bool:
        """True when the mail is this form's (case-insensitive containment)."""
        return (
            self.sender.casefold() in sender.casefold()
            and self.subject.casefold() in subject.casefold()
        )

    def field_of(self, label: str) -> str | None:
        """The field a label maps to (the rule's own labels first), or None."""
        wanted = _label(label)
        for own, target in self.labels.items():
            if _label(own) == wanted:
                return target
        return DEFAULT_LABELS.get(wanted)


def pick_rule(rules: Sequence[FormRule], sender: str, subject: str) -> FormRule | None:
    """The first rule for this mail; with no rules at all, every mail is read by the
    default labels; with rules, a mail none of them matches is not a form (None)."""
    if not rules:
        return FormRule()
    return next((rule for rule in rules if rule.matches(sender, subject)), None)


def parse_form(text: str, rule: FormRule) -> dict[str, str]:
    """The fields of one submission (empty when it has neither an email nor a phone).

    The first value of a field wins (a form that repeats "Email" in a footer keeps the
    submitted one); lines after the message's label that carry no known label continue
    the message.
    """
    found: dict[str, str] = {}
    message: list[str] = []
    in_message = False
    for line in text.splitlines():
        match = _LINE.match(line)
        target = rule.field_of(match.group(1)) if match else None
        if match is not None and target is not None:
            in_message = target == "message"
            value = match.group(2)
            if in_message:
                message.append(value)
            elif value and target not in found:
                found[target] = value
            continue
        if in_message and line.strip():
            message.append(line.strip())
    text_of_message = "\n".join(part for part in message if part).strip()
    if text_of_message:
        found["message"] = text_of_message
    if not found.get("email") and not found.get("phone"):
        return {}
    return found
