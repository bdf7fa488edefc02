"""Builds and inserts the demo rows, in foreign-key order, one chunk of prospects at a time."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from collections.abc import Callable, Iterator
from itertools import accumulate
from typing import Any, Final

from sqlalchemy import Table, select

from app.core.demo import DemoCompany, DemoDataGenerator, DemoPerson, weighted_choice
from app.storage import tables
from app.storage.demo.content import (
    _CADENCES,
    _ICP_COUNTRIES,
    _ICP_INDUSTRIES,
    _ICP_MAX,
    _ICP_MIN,
    _ICP_SENIORITIES,
    _REP_DOMAIN,
    _TAGS,
    _TEMPLATES,
    DEFAULT_STAGES,
    DEMO_REPS,
    DEMO_SETTING_KEY,
)
from app.storage.demo.loader import _CHUNK, _PROGRESS_TOTAL, _Loader, _record, _Validator
from app.storage.demo.story import _Batch, _CadenceInfo, _Prospect, _Story
from app.storage.search_index import rebuild_search_index

# Prospects per company on average; real prospect lists cluster a few people per account.
_CONTACTS_PER_COMPANY: Final = 8
# Tables whose secondary indexes are built once after the load instead of row by row.
_BULK_TABLES: Final = ("contacts", "activities", "tasks", "enrollments", "list_members",
                       "contact_tags", "contact_points", "qualifications", "handoffs")  # fmt: skip


class _DemoBuilder:
    """Builds and inserts the demo rows; one instance per load."""

    def __init__(
        self, loader: _Loader, *, seed: int, now: dt.datetime, total: int, parallel: bool
    ) -> None:
        self.loader = loader
        self.conn = loader.conn
        self.now = now
        self.total = total
        self.people = DemoDataGenerator(seed)
        # A separate stream for the story (stages, activities) so changing one does not
        # reshuffle the other.
        self.rng = random.Random(seed * 7919 + 1)
        self.parallel = parallel
        self.rep_ids: dict[str, int] = {}
        self.sdr_ids: list[int] = []
        self.ae_ids: list[int] = []
        self.stage_ids: dict[str, int] = {}
        self.cadences: list[_CadenceInfo] = []
        self.list_ids: dict[str, int] = {}
        self.tag_ids: list[int] = []
        self.ids: dict[str, int] = {}
        self.top_accounts: set[int] = set()
        self.dnc_emails: list[str] = []
        self.saved_ddl: list[tuple[str, str]] = []

    # --- orchestration ---

    def run(self) -> None:
        """Insert everything, in foreign-key order."""
        self._suspend_bulk_overheads()
        self._reps()
        self._stages()
        self._templates_and_cadences()
        self._tags_lists_segments_icp()
        companies = self._companies()
        self.loader.report(50)
        self._contacts(companies)
        self._settings_and_suppressions()
        self.loader.check_cancel()
        self._restore_bulk_overheads()
        if self.conn.dialect.name != "sqlite":
            # The ids were chosen here (max + 1): the sequences must move past them, or
            # the next row inserted without an id collides.
            from app.storage.team.copy import reset_sequences

            reset_sequences(self.conn)
        self.loader.report(_PROGRESS_TOTAL)

    def _suspend_bulk_overheads(self) -> None:
        """Drop the search trigger and secondary indexes of the big tables for the load.

        Updating a dozen B-tree indexes and the FTS index row by row costs several times
        more than building them once at the end (``CREATE INDEX`` sorts). The SQL is read
        from the database itself, so exactly what the migrations made comes back, and
        all of it happens inside the transaction: a rollback restores them too.
        """
        if self.conn.dialect.name != "sqlite":
            return
        placeholders = ", ".join(f"'{t}'" for t in _BULK_TABLES)
        rows = self.conn.exec_driver_sql(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND ("
            f"(type = 'index' AND tbl_name IN ({placeholders})) OR "
            "(type = 'trigger' AND tbl_name = 'contacts' AND sql LIKE '%contacts_fts%'))"
        ).all()
        for kind, name, sql in rows:
            statement = str(sql)
            if kind == "trigger" and "AFTER INSERT" not in statement.upper():
                continue  # update and delete triggers do not fire during inserts
            if kind == "index" and "UNIQUE" in statement.upper().split("INDEX")[0]:
                continue  # a unique index guards data; keep it checking every row
            self.saved_ddl.append((kind, statement))
            self.conn.exec_driver_sql(f'DROP {kind.upper()} "{name}"')

    def _restore_bulk_overheads(self) -> None:
        """Rebuild the search index and recreate what ``_suspend_bulk_overheads`` dropped."""
        if any(kind == "trigger" for kind, _ in self.saved_ddl):
            rebuild_search_index(self.conn)
        for done, (_kind, statement) in enumerate(self.saved_ddl, 1):
            self.loader.check_cancel()
            self.conn.exec_driver_sql(statement)
            self.loader.report(900 + 99 * done // len(self.saved_ddl))

    def _next_ids(self, table: Table, count: int) -> Iterator[int]:
        start = self.loader.next_id(table)
        return iter(range(start, start + count))

    def _days_ago(self, low: float, high: float) -> dt.datetime:
        return self.now - dt.timedelta(days=self.rng.uniform(low, high))

    # --- reference data ---

    def _reps(self) -> None:
        table = tables.reps
        existing = {
            email: rep_id for rep_id, email in self.conn.execute(select(table.c.id, table.c.email))
        }
        ids = self._next_ids(tables.reps, len(DEMO_REPS))
        rows = []
        for name, role, local in DEMO_REPS:
            email = f"{local}@{_REP_DOMAIN}"
            rep_id = existing.get(email)
            if rep_id is None:
                rep_id = next(ids)
                rows.append({
                    "id": rep_id, "name": name, "email": email, "role": role, "active": True,
                    "created_at": self.now, "updated_at": self.now,
                })  # fmt: skip
            self.rep_ids[name] = rep_id
            (self.sdr_ids if role == "sdr" else self.ae_ids if role == "ae" else []).append(rep_id)
        self.loader.insert(table, rows)

    def _stages(self) -> None:
        table = tables.pipeline_stages
        existing = {key: sid for sid, key in self.conn.execute(select(table.c.id, table.c.key))}
        ids = self._next_ids(tables.pipeline_stages, len(DEFAULT_STAGES))
        rows = []
        for position, spec in enumerate(DEFAULT_STAGES):
            stage_id = existing.get(spec.key)
            if stage_id is None:
                stage_id = next(ids)
                rows.append({
                    "id": stage_id, "key": spec.key, "name": spec.name, "position": position,
                    "is_terminal": spec.is_terminal, "color": spec.color,
                })  # fmt: skip
            self.stage_ids[spec.key] = stage_id
        self.loader.insert(table, rows)

    def _templates_and_cadences(self) -> None:
        template_ids: dict[str, int] = {}
        ids = self._next_ids(tables.templates, len(_TEMPLATES))
        rows = []
        for name, channel, subject, body in _TEMPLATES:
            template_ids[name] = next(ids)
            rows.append({
                "id": template_ids[name], "name": name, "channel": channel, "subject": subject,
                "body": body, "version": 1, "created_at": self.now, "updated_at": self.now,
                "language": "en", "is_html": False,
            })  # fmt: skip
        self.loader.insert(tables.templates, rows)

        cadence_ids = self._next_ids(tables.cadences, len(_CADENCES))
        step_ids = self._next_ids(tables.cadence_steps, sum(len(c[2]) for c in _CADENCES))
        cadence_rows, step_rows = [], []
        for name, description, steps in _CADENCES:
            info = _CadenceInfo(next(cadence_ids), [], [], [])
            cadence_rows.append({
                "id": info.id, "name": name, "description": description, "active": True,
                "created_at": self.now - dt.timedelta(days=90), "updated_at": self.now,
            })  # fmt: skip
            for position, (offset, channel, template, instructions) in enumerate(steps, 1):
                step_id = next(step_ids)
                step_rows.append({
                    "id": step_id, "cadence_id": info.id, "position": position,
                    "day_offset": offset, "channel": channel,
                    "template_id": template_ids.get(template) if template else None,
                    "instructions": instructions,
                })  # fmt: skip
                info.step_ids.append(step_id)
                info.channels.append(channel)
                info.titles.append(instructions)
            self.cadences.append(info)
        self.loader.insert(tables.cadences, cadence_rows)
        self.loader.insert(tables.cadence_steps, step_rows)

    def _tags_lists_segments_icp(self) -> None:
        tag_ids = self._next_ids(tables.tags, len(_TAGS))
        self.tag_ids = [next(tag_ids) for _ in _TAGS]
        tag_rows = [{"id": i, "name": n} for i, n in zip(self.tag_ids, _TAGS, strict=True)]
        self.loader.insert(tables.tags, tag_rows)

        lists = (
            ("Webinar attendees — May", "Registered for the May pipeline webinar.",
             "Emma Lindqvist"),
            ("DACH software & fintech", "Germany: software and financial services.",
             "Rūta Kazlauskienė"),
            ("Top accounts Q3", "Prospects at our biggest target accounts.", "Helen Park"),
        )  # fmt: skip
        list_ids = self._next_ids(tables.lists, len(lists))
        list_rows = []
        for name, description, owner in lists:
            self.list_ids[name] = next(list_ids)
            list_rows.append({
                "id": self.list_ids[name], "name": name, "description": description,
                "owner_id": self.rep_ids[owner], "created_at": self._days_ago(20, 40),
                "updated_at": self.now,
            })  # fmt: skip
        self.loader.insert(tables.lists, list_rows)

        segments = (
            ("Hot inbound — not yet contacted",
             {"all": [{"field": "source", "op": "=", "value": "inbound"},
                      {"field": "stage", "op": "in", "value": ["new"]}]}),
            ("Directors and VPs in Europe",
             {"all": [{"field": "country", "op": "in",
                       "value": ["Germany", "France", "Spain", "United Kingdom", "Lithuania"]},
                      {"field": "custom.seniority", "op": "in", "value": ["director", "vp"]}]}),
            ("Emails to fix",
             {"all": [{"field": "email_status", "op": "in", "value": ["invalid", "risky"]}]}),
        )  # fmt: skip
        seg_ids = self._next_ids(tables.segments, len(segments))
        self.loader.insert(tables.segments, [
            {"id": next(seg_ids), "name": name, "definition": definition,
             "owner_id": self.rep_ids["Helen Park"], "created_at": self.now,
             "updated_at": self.now}
            for name, definition in segments
        ])  # fmt: skip

        icp_id = self.loader.next_id(tables.icp_profiles)
        self.loader.insert(tables.icp_profiles, [{
            "id": icp_id, "name": "Mid-market software, logistics and finance in Europe",
            "industries": list(_ICP_INDUSTRIES), "title_keywords": [
                "sales", "revenue", "marketing", "vertrieb", "продаж", "销售", "pardavimų",
                "commercial",
            ],
            "seniorities": ["c_level", "vp", "director"], "min_employees": _ICP_MIN,
            "max_employees": _ICP_MAX, "countries": list(_ICP_COUNTRIES),
            "excluded_domains": ["gmail.com", "mailinator.com"], "active": True, "version": 1,
            "created_at": self.now, "updated_at": self.now,
        }])  # fmt: skip

    # --- companies ---

    def _companies(self) -> list[tuple[int, DemoCompany]]:
        count = max(1, self.total // _CONTACTS_PER_COMPANY) if self.total else 0
        made = self.people.companies(count)
        ids = self._next_ids(tables.companies, count)
        numbered = [(next(ids), company) for company in made]
        self.loader.insert(tables.companies, [
            {"id": cid, "name": c.name, "normalized_name": c.normalized_name,
             "domain": c.domain, "website": c.website, "industry": c.industry,
             "employee_count": c.employee_count, "country": c.country, "city": c.city,
             "linkedin_url": c.linkedin_url, "version": 1,
             "created_at": self._days_ago(30, 120), "updated_at": self.now}
            for cid, c in numbered
        ])  # fmt: skip
        return numbered

    # --- contacts and their stories ---

    def _contacts(self, companies: list[tuple[int, DemoCompany]]) -> None:
        if not companies:
            return
        by_size = sorted(companies, key=lambda pair: -pair[1].employee_count)
        self.top_accounts = {cid for cid, _ in by_size[: max(3, len(by_size) // 100)]}
        stage_keys = [s.key for s in DEFAULT_STAGES]
        stage_cum = list(accumulate(s.weight for s in DEFAULT_STAGES))
        next_contact = self.loader.next_id(tables.contacts)
        self.ids = {
            name: self.loader.next_id(table)
            for name, table in (("enrollment", tables.enrollments), ("task", tables.tasks),
                                ("activity", tables.activities), ("point", tables.contact_points))
        }  # fmt: skip
        validator = _Validator(parallel=self.parallel)
        try:
            # One chunk is validated (in workers) while the previous one is inserted.
            pending: tuple[_Batch, Callable[[], list[dict[str, Any]]]] | None = None
            done = 0
            while done < self.total:
                size = min(_CHUNK, self.total - done)
                batch = _Batch()
                for offset in range(size):
                    company_id, company = companies[self.rng.randrange(len(companies))]
                    person = self.people.person(company)
                    stage = weighted_choice(self.rng, stage_keys, stage_cum)
                    prospect = _Prospect(
                        contact_id=next_contact + done + offset, company_id=company_id,
                        company=company, person=person, stage=stage,
                        owner=self.rng.choice(self.sdr_ids),
                        created=self._created(person, stage),
                    )  # fmt: skip
                    self._contact_rows(batch, prospect)
                derived = validator.submit(batch.records)
                if pending is not None:
                    self._finish(*pending)
                pending = (batch, derived)
                done += size
                self.loader.report(50 + 850 * done // max(self.total, 1))
            if pending is not None:
                self._finish(*pending)
        finally:
            validator.close()

    def _finish(self, batch: _Batch, derived: Callable[[], list[dict[str, Any]]]) -> None:
        """Add the validated columns to a chunk's contacts and insert the chunk."""
        self.loader.check_cancel()
        for row, fields, dnc in zip(batch.contacts, derived(), batch.dnc, strict=True):
            row.update(fields)
            if dnc and fields["email_key"]:
                self.dnc_emails.append(fields["email_key"])
        batch.insert(self.loader)

    def _created(self, person: DemoPerson, stage: str) -> dt.datetime:
        """When the prospect entered the database."""
        if stage != "new":
            return self._days_ago(10, 60)
        if person.source == "inbound" and self.rng.random() < 0.4:
            # New inbound leads arrive all day: some minutes old, for the speed-to-lead clock.
            return self._days_ago(0.01, 0.2)
        return self._days_ago(0.2, 10)

    def _contact_rows(self, batch: _Batch, prospect: _Prospect) -> None:
        rng = self.rng
        contact_id, person, stage = prospect.contact_id, prospect.person, prospect.stage
        owner, created = prospect.owner, prospect.created
        story = _Story(self, batch, prospect)
        story.tell()
        fit = _fit_score(prospect.company, person)
        dnc = stage == "disqualified" and story.disqualify_reason == "Asked not to be contacted"
        batch.contacts.append({
            "id": contact_id, "company_id": prospect.company_id, "first_name": person.first_name,
            "last_name": person.last_name, "full_name": person.full_name, "title": person.title,
            "email_raw": person.email, "phone_raw": person.phone,
            # time_zone comes with the derived columns: the phone's zone, as on import.
            "country": person.country, "city": person.city,
            "linkedin_url": person.linkedin_url, "source": person.source,
            # An inbound lead's arrival starts the speed-to-lead clock.
            "arrived_at": created if person.source == "inbound" else None,
            "lead_type": person.lead_type, "stage_id": self.stage_ids[stage],
            "owner_id": owner if stage != "new" or rng.random() < 0.7 else None,
            "fit_score": fit, "do_not_contact": dnc, "last_touched_at": story.last_touch,
            "custom_fields": {"seniority": person.seniority}, "version": 1,
            "created_at": created, "updated_at": story.last_touch or created,
        })  # fmt: skip
        batch.records.append(_record(person, prospect.company.name))
        batch.dnc.append(dnc)
        if person.mobile:
            batch.points.append({
                "id": self._take("point"), "contact_id": contact_id, "kind": "phone",
                "label": "mobile", "raw": person.mobile, "normalized": None, "status": None,
                "reasons": None,
            })  # fmt: skip
        if rng.random() < 0.15:
            for tag_id in rng.sample(self.tag_ids, rng.randint(1, 2)):
                batch.tags.append({"contact_id": contact_id, "tag_id": tag_id})
        self._list_memberships(batch, prospect)

    def _list_memberships(self, batch: _Batch, prospect: _Prospect) -> None:
        person, company = prospect.person, prospect.company
        names = []
        if person.source == "inbound" and self.rng.random() < 0.12:
            names.append("Webinar attendees — May")
        if person.country_code == "DE" and company.industry in ("Software", "Financial services"):
            names.append("DACH software & fintech")
        if prospect.company_id in self.top_accounts:
            names.append("Top accounts Q3")
        for name in names:
            batch.members.append(
                {
                    "list_id": self.list_ids[name],
                    "contact_id": prospect.contact_id,
                    "added_at": prospect.created,
                }
            )

    def _take(self, kind: str) -> int:
        value = self.ids[kind]
        self.ids[kind] = value + 1
        return value

    def _settings_and_suppressions(self) -> None:
        table = tables.settings
        self.conn.execute(table.delete().where(table.c.key == DEMO_SETTING_KEY))
        self.loader.insert(table, [{
            "key": DEMO_SETTING_KEY,
            "value": {"seed_contacts": self.total, "created_at": self.now.isoformat(),
                      "note": "Demo data: addresses and numbers are made up."},
        }])  # fmt: skip
        domains = ("mailinator.com",)
        rows = [
            {"kind": "domain", "value": d, "value_hash": _hash(d),
             "reason": "Throwaway addresses", "created_at": self.now}
            for d in domains
        ]  # fmt: skip
        for email in sorted(set(self.dnc_emails)):
            rows.append({"kind": "email", "value": email, "value_hash": _hash(email),
                         "reason": "Asked not to be contacted",
                         "created_at": self.now})  # fmt: skip
        existing = {
            (kind, value_hash)
            for kind, value_hash in self.conn.execute(
                select(tables.suppressions.c.kind, tables.suppressions.c.value_hash)
            )
        }
        self.loader.insert(
            tables.suppressions, [r for r in rows if (r["kind"], r["value_hash"]) not in existing]
        )


def _fit_score(company: DemoCompany, person: DemoPerson) -> int:
    """A simple 0-100 fit against the demo ICP: 25 points for each criterion met."""
    score = 0
    score += 25 if company.industry in _ICP_INDUSTRIES else 0
    score += 25 if _ICP_MIN <= company.employee_count <= _ICP_MAX else 0
    score += 25 if person.country in _ICP_COUNTRIES else 0
    score += 25 if person.seniority in _ICP_SENIORITIES else 0
    return score


def _hash(value: str) -> str:
    return hashlib.sha256(value.casefold().encode("utf-8")).hexdigest()
