"""What the text of a file's owner, stage, source and lead-type cells means.

Files from CRMs, forms and spreadsheets name the same things in many ways: ``New Lead``,
``Новый``, ``新线索``; ``Website form``, ``Cold call``, ``Purchased list``. This module maps
that text onto the app's codes. Pure data and functions; the import looks the values up
once per distinct cell (``app.storage.importing``) and keeps the raw text as well.

Matching is case- and accent-insensitive (:func:`fold_text`): ``Rūta Kazlauskienė``,
``ruta kazlauskiene`` and ``RUTA KAZLAUSKIENE`` are one rep, ``Квалифицирован`` and
``квалифицирован`` one stage.

Source and lead type (docs/importing.md has the table):

============================================================  ==========  =========
the file says                                                 source      lead type
============================================================  ==========  =========
website form, web form, contact form, landing page, chatbot,  inbound     net
live chat, webinar, event, trade show, content download,
ebook, whitepaper, newsletter, demo request, free trial,
inbound, marketing, MQL, organic, SEO, ads, PPC, social media
cold call, cold calling, cold email, outbound, purchased      outbound    spear
list, bought list, list purchase, data vendor, LinkedIn
outreach, LinkedIn, Sales Navigator, prospecting, SDR, BDR
referral, partner, word of mouth, customer referral,          referral    seed
employee referral, reseller, introduction
============================================================  ==========  =========

plus the same words in Russian, Chinese, Lithuanian, German, French and Spanish, and the
app's own codes (``inbound``/``outbound``/``referral``, ``net``/``spear``/``seed``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Final, NamedTuple

__all__ = [
    "LEAD_TYPES",
    "SOURCES",
    "SourceCode",
    "StageCode",
    "fold_text",
    "source_code",
    "stage_code",
]

SOURCES: Final = frozenset({"inbound", "outbound", "referral"})
LEAD_TYPES: Final = frozenset({"seed", "net", "spear"})
#: The lead type each source implies when a file names only the source.
LEAD_TYPE_OF_SOURCE: Final = {"inbound": "net", "outbound": "spear", "referral": "seed"}

_SPACES: Final = re.compile(r"[\s_\-./:|]+")


@lru_cache(maxsize=16384)
def fold_text(text: str) -> str:
    """Case- and accent-insensitive form of a cell (``Rūta Kazlauskienė`` -> ``ruta kazlauskiene``).

    NFKD decomposition drops combining marks (``ė`` -> ``e``); ``ё`` -> ``е`` and ``й``
    keep their letter (Cyrillic breves and diaereses are letters of their own in
    Russian, but ``ё`` is written ``е`` as often as not). Separators become one space.
    """
    text = unicodedata.normalize("NFKC", text).casefold().replace("ё", "е")
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(
        ch for ch in decomposed if not unicodedata.combining(ch) or ch == "\u0306"
    )  # the breve of й stays: и and й are different letters
    return " ".join(_SPACES.sub(" ", unicodedata.normalize("NFC", kept)).split())


class StageCode(NamedTuple):
    """A stage the text names: the stage's key and, for a lost deal, the reason code."""

    key: str
    reason: str | None = None


#: Stage names and synonyms (folded) -> the default pipeline's stage keys.
_STAGE_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "new": (
        "new", "new lead", "lead", "open", "not contacted", "uncontacted", "subscriber",
        "новый", "новый лид", "новая", "новый контакт", "лид", "не обработан",
        "新", "新线索", "新建", "新客户", "潜在客户", "naujas", "naujas potencialus klientas",
        "neu", "neuer lead", "nouveau", "nouveau lead", "nuevo", "nuevo lead", "nueva",
    ),
    "researching": (
        "researching", "research", "working", "in progress", "изучение", "исследование",
        "в работе", "调研", "研究中", "跟进中", "tyrinejama", "in recherche", "recherche",
        "en cours", "investigando", "en proceso",
    ),
    "attempting": (
        "attempting", "attempted", "attempting to contact", "contacting", "contacted",
        "reached out", "попытка связи", "связываемся", "контакт установлен", "написали",
        "已联系", "联系中", "尝试联系", "susisiekta", "bandoma susisiekti", "kontaktiert",
        "kontaktversuch", "contacte", "contacté", "contactado", "intentando contactar",
    ),
    "connected": (
        "connected", "in conversation", "engaged", "replied", "responded", "на связи",
        "диалог", "ответил", "已沟通", "已回复", "沟通中", "atsake", "verbunden", "im gesprach",
        "en contact", "en conversation", "conectado", "en conversacion",
    ),
    "qualified": (
        "qualified", "sql", "sales qualified", "sales qualified lead", "opportunity",
        "квалифицирован", "квалифицированный", "квалифицирована", "квалифицированный лид",
        "合格", "已验证", "有效线索", "商机", "kvalifikuotas", "qualifiziert", "qualifie",
        "qualifié", "cualificado", "calificado",
    ),
    "meeting_booked": (
        "meeting booked", "meeting scheduled", "meeting set", "demo booked", "demo scheduled",
        "appointment set", "встреча назначена", "назначена встреча", "已预约", "已约会议",
        "susitikimas suplanuotas", "termin vereinbart", "rdv pris", "rendez vous pris",
        "reunion agendada", "cita agendada",
    ),
    "handed_off": (
        "handed off", "handed over", "handoff", "passed to ae", "closed won", "won",
        "customer", "передан", "передан ae", "сделка выиграна", "已移交", "赢单", "成交",
        "perduotas", "ubergeben", "gewonnen", "transmis", "gagne", "entregado", "ganado",
    ),
    "nurture": (
        "nurture", "nurturing", "not now", "later", "recycled", "прогрев", "отложен", "позже",
        "培育", "暂缓", "atideta", "nurturing phase", "spater", "plus tard", "a nutrir",
        "mas tarde",
    ),
    "disqualified": (
        "disqualified", "unqualified", "not qualified", "dq", "closed lost", "lost",
        "bad fit", "junk", "дисквалифицирован", "не квалифицирован", "отказ", "проиграна",
        "сделка проиграна", "не подходит", "不合格", "无效", "输单", "丢单",
        "diskvalifikuotas", "prarastas", "disqualifiziert", "verloren", "disqualifie",
        "perdu", "descalificado", "perdido",
    ),
}  # fmt: skip

#: Folded stage words that also carry a reason for the disqualification.
_STAGE_REASONS: Final[dict[str, str]] = {
    "closed lost": "closed_lost", "lost": "closed_lost", "проиграна": "closed_lost",
    "сделка проиграна": "closed_lost", "输单": "closed_lost", "丢单": "closed_lost",
    "prarastas": "closed_lost", "verloren": "closed_lost", "perdu": "closed_lost",
    "perdido": "closed_lost", "bad fit": "bad_fit", "не подходит": "bad_fit",
    "junk": "junk", "无效": "junk", "отказ": "declined",
}  # fmt: skip

_STAGES: Final[dict[str, StageCode]] = {
    fold_text(word): StageCode(key, _STAGE_REASONS.get(fold_text(word)))
    for key, words in _STAGE_WORDS.items()
    for word in (key, *words)
}


def stage_code(text: str) -> StageCode | None:
    """The default pipeline's stage a cell names (``"Closed Lost"`` -> disqualified, closed_lost).

    Args:
        text: A stage cell as written.

    Returns:
        The stage key (and a reason for lost deals), or None for text it does not know.
    """
    return _STAGES.get(fold_text(text)) if text else None


class SourceCode(NamedTuple):
    """What a source or lead-type cell names: the source and the lead type (either may be None)."""

    source: str | None
    lead_type: str | None


_SOURCE_WORDS: Final[dict[tuple[str, str], tuple[str, ...]]] = {
    ("inbound", "net"): (
        "inbound", "net", "nets", "website", "website form", "web form", "webform", "form",
        "contact form", "contact us", "landing page", "chatbot", "chat bot", "chat",
        "live chat", "webinar", "event", "trade show", "conference", "content download",
        "download", "ebook", "e book", "whitepaper", "white paper", "newsletter",
        "demo request", "free trial", "trial", "signup", "sign up", "marketing", "mql",
        "organic", "organic search", "seo", "ads", "paid ads", "ppc", "google ads",
        "social media", "входящий", "входящая", "сайт", "форма на сайте", "заявка с сайта",
        "чат бот", "чат", "вебинар", "мероприятие", "выставка", "рассылка", "маркетинг",
        "网站", "网站表单", "表单", "在线客服", "聊天机器人", "网络研讨会", "活动", "展会",
        "市场活动", "入站", "svetaine", "svetaines forma", "internetinis seminaras",
        "renginys", "webseite", "kontaktformular", "messe", "veranstaltung",
        "site web", "formulaire", "salon", "evenement", "sitio web", "formulario",
        "seminario web", "evento", "feria",
    ),
    ("outbound", "spear"): (
        "outbound", "spear", "spears", "cold call", "cold calling", "cold email",
        "cold mail", "cold outreach", "purchased list", "bought list", "list purchase",
        "purchased", "data vendor", "vendor list", "linkedin", "linkedin outreach",
        "sales navigator", "prospecting", "sdr", "bdr", "исходящий", "исходящая",
        "холодный звонок", "холодное письмо", "купленная база", "купленный список",
        "база", "линкедин", "陌生电话", "陌拜", "冷邮件", "购买名单", "外呼", "领英", "出站",
        "saltas skambutis", "saltas laiskas", "pirktas sarasas", "kaltakquise",
        "kaltanruf", "gekaufte liste", "appel a froid", "prospection", "liste achetee",
        "llamada en frio", "correo en frio", "lista comprada", "prospeccion",
    ),
    ("referral", "seed"): (
        "referral", "referrals", "seed", "seeds", "partner", "partners", "word of mouth",
        "customer referral", "employee referral", "reseller", "introduction", "intro",
        "рекомендация", "по рекомендации", "партнер", "сарафан", "реферал",
        "推荐", "转介绍", "合作伙伴", "口碑", "rekomendacija", "partneris", "empfehlung",
        "recommandation", "parrainage", "partenaire", "recomendacion", "referido", "socio",
    ),
}  # fmt: skip

_SOURCES_BY_WORD: Final[dict[str, SourceCode]] = {
    fold_text(word): SourceCode(source, lead_type)
    for (source, lead_type), words in _SOURCE_WORDS.items()
    for word in words
}
# The bare lead-type codes name a lead type, not where the lead came from.
for _code in LEAD_TYPES:
    _SOURCES_BY_WORD[_code] = SourceCode(None, _code)
for _code in ("nets", "spears", "seeds"):
    _SOURCES_BY_WORD[_code] = SourceCode(None, _code[:-1])


def source_code(text: str) -> SourceCode | None:
    """The source and lead type a source (or lead-type) cell names.

    ``"Website form"`` -> (inbound, net); ``"Cold call"`` -> (outbound, spear);
    ``"Partner"`` -> (referral, seed); ``"spear"`` -> (None, spear).

    Args:
        text: The cell as written.

    Returns:
        The codes, or None for text it does not know.
    """
    return _SOURCES_BY_WORD.get(fold_text(text)) if text else None
