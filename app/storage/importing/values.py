"""A row's column values: company, stage, owner, source and the derived fields.

The part of :class:`~app.storage.importing.engine.ImportEngine` that turns a classified
row into the values a contact is stored with (a mixin: the engine holds the state it
reads).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any, Final

from app.core.importing.codes import LEAD_TYPE_OF_SOURCE, fold_text, source_code, stage_code
from app.core.importing.dates import parse_arrival
from app.core.validation import (
    company_domain,
    normalize_company,
    score_contact,
)
from app.core.validation.companies import domain_from_website
from app.storage.contacts.derived import derived_values
from app.storage.importing.checks import (
    EmailVerdict,
    PhoneVerdict,
)
from app.storage.importing.lookups import _Lookups
from app.storage.importing.model import Counts
from app.storage.importing.prepare import Incoming

if TYPE_CHECKING:
    from app.storage.importing.model import ImportOptions

#: Fields whose text is matched to the app's codes (unknown values are listed).
CODED_FIELDS: Final = ("owner", "stage", "source", "lead_type", "arrived_at")
_TAG_SPLIT: Final = re.compile(r"\s*[,;|]\s*")
_DIGITS: Final = re.compile(r"\d+")


class RowValues:
    """Derived values of a row (mixed into the engine, which sets these attributes)."""

    lookups: _Lookups
    counts: Counts
    sink: Any
    _virtual_company: int
    _domains: dict[str, str | None]
    _sites: dict[str, str | None]
    _company_keys: dict[str, str]
    _scores: dict[tuple[Any, ...], int]
    options: ImportOptions
    _codes: dict[tuple[str, str], Any]
    _virtual_rep: int

    # --- owner, stage, source, lead type, arrival -----------------------------------------

    def note_codes(self, r: Incoming) -> None:
        """Count the row's owner/stage/source/lead-type/arrival text the app does not know."""
        unknown = self.counts.unknown_values
        if r.owner and (
            self.owner_of(r.owner) is None or ("owner_created", r.owner) in self._codes
        ):
            _count(unknown, "owner", r.owner)
        if r.stage and self.stage_of(r.stage)[0] is None:
            _count(unknown, "stage", r.stage)
        if r.source and self.source_of(r.source) is None:
            _count(unknown, "source", r.source)
        if r.lead_type and self.source_of(r.lead_type) is None:
            _count(unknown, "lead_type", r.lead_type)
        if r.arrived and self.arrival_of(r.arrived) is None:
            _count(unknown, "arrived_at", r.arrived)

    def stage_of(self, text: str) -> tuple[int | None, str | None]:
        """The stage a cell names (by the pipeline's names, else synonyms) and a reason."""
        key = ("stage", text)
        found = self._codes.get(key)
        if found is None:
            look = self.lookups
            stage_id = look.stages.get(fold_text(text))
            reason = None
            if stage_id is None:
                code = stage_code(text)
                if code is not None:
                    stage_id, reason = look.stage_keys.get(code.key), code.reason
            found = self._codes[key] = (stage_id, reason if stage_id is not None else None)
        return found

    def owner_of(self, text: str) -> int | None:
        """The rep a cell names (name or email, case- and accent-insensitive).

        With ``create_owners`` an unknown name becomes a new rep (once); without, None.
        """
        key = ("owner", text)
        if key in self._codes:
            return self._codes[key]  # type: ignore[no-any-return]
        rep_id = self.lookups.reps.get(fold_text(text))
        self._codes[key] = rep_id
        if rep_id is None and self.options.create_owners:
            self.counts.owners_created += 1
            if self.sink is None:
                self._virtual_rep -= 1
                rep_id = self._virtual_rep
            else:
                rep_id = self.sink.add_rep(text)
            self.lookups.reps[fold_text(text)] = rep_id
            self._codes[key] = rep_id
            self._codes[("owner_created", text)] = True
        return rep_id

    def source_of(self, text: str) -> tuple[str | None, str | None] | None:
        """(source, lead type) a source or lead-type cell names, or None when unknown."""
        key = ("source", text)
        if key not in self._codes:
            code = source_code(text)
            self._codes[key] = None if code is None else (code.source, code.lead_type)
        return self._codes[key]  # type: ignore[no-any-return]

    def arrival_of(self, text: str) -> dt.datetime | None:
        """When an inbound lead arrived, from its cell (None when unreadable)."""
        key = ("arrived_at", text)
        if key not in self._codes:
            self._codes[key] = parse_arrival(text, self.options.default_region)
        return self._codes[key]  # type: ignore[no-any-return]

    def _coded(
        self, r: Incoming, custom: dict[str, str]
    ) -> tuple[int | None, int | None, str | None, str | None, dt.datetime | None]:
        """(stage_id, owner_id, source, lead_type, arrived_at) of a row; raw text kept."""
        look = self.lookups
        stage_id = look.default_stage
        if r.stage:
            found, reason = self.stage_of(r.stage)
            if found is None:
                custom["stage"] = r.stage
            else:
                stage_id = found
                if reason:
                    custom["disqualified_reason"] = reason
        owner_id = None
        if r.owner:
            owner_id = self.owner_of(r.owner)
            if owner_id is None:
                custom["owner"] = r.owner
        source = lead_type = None
        if r.source:
            code = self.source_of(r.source)
            if code is None:
                custom["source"] = r.source
            else:
                source, lead_type = code
        if r.lead_type:
            code = self.source_of(r.lead_type)
            if code is None or code[1] is None:
                custom["lead_type"] = r.lead_type
            else:
                lead_type = code[1]
        options = self.options
        if source is None and options.source:
            source = options.source
        if lead_type is None and source:
            lead_type = LEAD_TYPE_OF_SOURCE.get(source)
        arrived = None
        if source == "inbound":
            arrived = self.arrival_of(r.arrived) if r.arrived else None
            if arrived is None:
                if r.arrived:
                    custom["arrived_at"] = r.arrived
                arrived = options.now
        return stage_id, owner_id, source, lead_type, arrived

    # --- derived fields ----------------------------------------------------------------

    def _quality(self, row: _Row) -> int:
        r, e, p = row.record, row.email, row.phone
        # score_contact reads only statuses, reasons and which name fields are present;
        # memoising on exactly those keeps a million calls down to a few hundred.
        key = (
            e.status if e else None, e.reasons if e else None,
            p.status if p else None, p.reasons if p else None,
            bool(r.first_name), bool(r.last_name), bool(r.company), bool(r.title),
        )  # fmt: skip
        score = self._scores.get(key)
        if score is None:
            score = self._scores[key] = score_contact(
                email=e.check() if e else None, phone=p.check() if p else None,
                first_name=r.first_name, last_name=r.last_name,
                company=r.company, title=r.title,
            ).score  # fmt: skip
        return score

    def _company_key(self, name: str) -> str:
        """The normalized company name (worked out by the check workers when possible)."""
        key = self._company_keys.get(name)
        if key is None:
            key = self._company_keys[name] = normalize_company(name)
        return key

    def _website_domain(self, website: str) -> str | None:
        # IDNA encoding costs ~20 µs; a company's website repeats on all its rows.
        if website not in self._sites:
            if len(self._sites) > 200_000:
                self._sites.clear()
            self._sites[website] = domain_from_website(website)
        return self._sites[website]

    def _email_domain(self, normalized: str | None) -> str | None:
        if not normalized:
            return None
        host = normalized.rpartition("@")[2]
        if host not in self._domains:
            self._domains[host] = company_domain(None, normalized)
        return self._domains[host]

    def company_id(
        self, r: Incoming, normalized_email: str | None, *, create: bool = True
    ) -> int | None:
        """Find the row's company, creating it once.

        By normalized name first, then by the website's domain. The email's domain only
        places rows that name no company: two firms may share a mail domain (a group, a
        hosting provider), while a website names one company.
        """
        look = self.lookups
        key = self._company_key(r.company) if r.company else ""
        if key:
            found = look.companies_by_name.get(key)
            if found is not None:
                return found
        site = self._website_domain(r.website) if r.website else None
        if site:
            found = look.companies_by_domain.get(site)
            if found is not None:
                if key:
                    look.companies_by_name[key] = found
                return found
        if not key:
            mail = self._email_domain(normalized_email)
            return look.companies_by_domain.get(mail) if mail else None
        if not create:
            return None
        return self._create_company(r, key, site or self._email_domain(normalized_email))

    def _create_company(self, r: Incoming, key: str, domain: str | None) -> int:
        counts = self.counts
        counts.companies_created += 1
        if self.sink is None:
            self._virtual_company -= 1
            company_id = self._virtual_company
        else:
            company_id = self.sink.add_company(r, key, domain, _employees(r.employees))
            counts.company_ids.append(company_id)
        self.lookups.companies_by_name[key] = company_id
        if domain:
            self.lookups.companies_by_domain.setdefault(domain, company_id)
        return company_id

    def contact_values(self, row: _Row, stored_company: int | None = None) -> list[Any]:
        """The contact's column values (``CONTACT_COLUMNS`` without id/version/timestamps).

        Args:
            row: The classified row.
            stored_company: The company of the stored contact the row merges into, when
                that one stays: the row's own company and website are then not looked
                up (nor created).
        """
        r, e, p = row.record, row.email, row.phone
        look = self.lookups
        custom = dict(r.custom) if r.custom else {}
        if r.stage or r.owner or r.source or r.lead_type or self.options.source:
            stage_id, owner_id, source, lead_type, arrived = self._coded(r, custom)
        else:
            stage_id, owner_id, arrived = look.default_stage, None, None
            source = lead_type = None
        # The derived columns as every writer computes them; unpacked into locals, so the
        # row costs one small tuple (from CPython's free list) on top of the list.
        (
            normalized, email_key, email_status, email_reasons, suggestion,
            e164, extension, phone_kind, phone_status, phone_reasons, time_zone,
            quality, validated_with,
        ) = derived_values(e, p, self._quality(row), row.email_key)  # fmt: skip
        company_id = stored_company
        if company_id is None:
            # The common case inline (a company seen before, by its name): see company_id.
            company_id = look.companies_by_name.get(self._company_keys.get(r.company, ""))
            if company_id is None and (r.company or r.website or normalized):
                company_id = self.company_id(r, normalized)
        return [
            company_id,
            r.first_name or None, r.middle_name or None, r.last_name or None, r.full_name,
            r.title or None,
            r.email or None, normalized, email_key, email_status, email_reasons, suggestion,
            r.phone or None, e164, extension, phone_kind, phone_status, phone_reasons,
            time_zone,
            r.country or None, r.city or None, r.linkedin_url or None, source, lead_type,
            stage_id, owner_id, arrived, quality, False, validated_with, custom,
        ]  # fmt: skip


class _Row:
    """A classified row: the record with its checks and email key."""

    __slots__ = ("record", "email", "phone", "email_key")

    def __init__(
        self, record: Incoming, email: EmailVerdict | None, phone: PhoneVerdict | None,
        email_key: str | None,
    ) -> None:  # fmt: skip
        self.record = record
        self.email = email
        self.phone = phone
        self.email_key = email_key

    def _replace(self, *, record: Incoming) -> _Row:
        return _Row(record, self.email, self.phone, self.email_key)


def _tag_names(text: str) -> list[str]:
    if not text:
        return []
    return list(dict.fromkeys(t[:100] for t in _TAG_SPLIT.split(text) if t))


def _employees(text: str) -> int | None:
    if not text:
        return None
    match = _DIGITS.search(text.replace(",", "").replace(" ", "").replace("\u00a0", ""))
    if match is None:
        return None
    value = int(match.group())
    return value if value < 2**31 else None


def _count(unknown: dict[str, dict[str, int]], name: str, value: str) -> None:
    values = unknown.setdefault(name, {})
    values[value] = values.get(value, 0) + 1
