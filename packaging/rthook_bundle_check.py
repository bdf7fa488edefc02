"""PyInstaller runtime hook: with PROSPECT_DESK_BUNDLE_CHECK=1 the frozen app checks its contents.

It runs before ``main.py`` in the frozen app and, only when the variable is set, loads
everything the app reaches lazily or by name (holiday countries, phone metadata, time
zones, keyring backends through their entry points, DNS record types, migrations, the
bundled resources) and the Qt modules it must and must not have. It prints one JSON
object and exits 0 when everything loaded, 1 otherwise. ``packaging/build.py`` runs it
on every build; a user never sets the variable, so the app starts as usual.
"""

import json
import os
import sys


def _checks():
    def holidays_lazy():
        import holidays

        names = ("US", "GB", "DE", "FR", "RU", "LT", "CN", "IN", "BR", "AU")
        return {c: len(holidays.country_holidays(c, years=2026)) for c in names}

    def phone_metadata():
        import phonenumbers
        from phonenumbers import timezone

        number = phonenumbers.parse("+370 612 34567")
        chinese = phonenumbers.parse("010 6552 9988", "CN")
        return {
            "lt": phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164),
            "cn_valid": phonenumbers.is_valid_number(chinese),
            "tz": list(timezone.time_zones_for_number(number)),
        }

    def time_zones():
        import importlib.resources
        import zoneinfo

        zoneinfo.ZoneInfo("Europe/Vilnius")
        zones = importlib.resources.files("tzdata").joinpath("zoneinfo")
        return zones.joinpath("Asia", "Shanghai").is_file()

    def keyring_backends():
        from importlib.metadata import entry_points

        import keyring.backend

        points = sorted(point.name for point in entry_points(group="keyring.backends"))
        backends = sorted(type(b).__name__ for b in keyring.backend.get_all_keyring())
        if not points:
            raise RuntimeError("no keyring.backends entry points")
        return {"entry_points": points, "usable": backends}

    def email():
        import email_validator
        from disposable_email_domains import blocklist

        result = email_validator.validate_email("ana@example.com", check_deliverability=False)
        return {"normalized": result.normalized, "disposable_domains": len(blocklist)}

    def templates_and_calendar():
        from icalendar import Calendar, Event
        from jinja2.sandbox import SandboxedEnvironment

        text = SandboxedEnvironment().from_string("Hi {{ name }}").render(name="Ana")
        calendar = Calendar()
        calendar.add("prodid", "-//Prospect Desk//bundle check//EN")
        calendar.add("version", "2.0")
        calendar.add_component(Event())
        return {"jinja2": text, "ics_bytes": len(calendar.to_ical())}

    def dns_and_bounces():
        import dns.message
        import dns.rdatatype
        from flufl.bounce import all_failures

        wire = dns.message.make_query("example.com", dns.rdatatype.MX).to_wire()
        import email

        message = email.message_from_string("From: a@b.c\nTo: d@e.f\nSubject: hi\n\nhello\n")
        return {"dns_query_bytes": len(wire), "bounces": len(all_failures(message)[0])}

    def postgres_driver():
        import psycopg

        return {"libpq": psycopg.pq.version(), "impl": psycopg.pq.__impl__}

    def migrations():
        from app.storage.migrate import head_revision

        return head_revision()

    def resources():
        from app.core.resources import resource_path

        needed = (
            "i18n/prospect_desk_en.qm",
            "i18n/prospect_desk_ru.qm",
            "icons/prospect-desk.png",
            "data/public_suffix_list.dat",
        )
        missing = [name for name in needed if not resource_path(name).is_file()]
        if missing:
            raise RuntimeError(f"missing resources: {missing}")
        return len(needed)

    def qt_modules():
        import importlib

        for name in ("QtCore", "QtGui", "QtWidgets", "QtCharts", "QtPrintSupport"):
            importlib.import_module(f"PySide6.{name}")
        present = []
        for name in ("QtQuick", "QtQml", "QtWebEngineCore", "QtNetwork", "QtPdf"):
            try:
                importlib.import_module(f"PySide6.{name}")
            except ImportError:
                continue
            present.append(name)
        if present:
            raise RuntimeError(f"excluded Qt modules are bundled: {present}")
        return "ok"

    def qt_icu():
        # The trimmed ICU data (packaging/icu_trim.py) must still sort, name time zones and
        # decode the legacy code pages of the app's languages.
        from PySide6.QtCore import QCollator, QLocale, QStringDecoder, QTimeZone

        collator = QCollator(QLocale("ru"))
        words = sorted(["яблоко", "Ёж", "арбуз", "ёлка", "Банан"], key=collator.sortKey)
        if words != ["арбуз", "Банан", "Ёж", "ёлка", "яблоко"]:
            raise RuntimeError(f"Russian collation: {words}")
        zone = QTimeZone(b"Europe/Vilnius").displayName(
            QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale("lt")
        )
        if not zone:
            raise RuntimeError("no Lithuanian time-zone name")
        decoders = [
            name
            for name in ("windows-1251", "windows-1257", "GB18030", "Big5")
            if not QStringDecoder(name).isValid()
        ]
        if decoders:
            raise RuntimeError(f"no decoder for {decoders}")
        return {"ru_sorted": words[:2], "zone_lt": zone}

    return {
        "qt_icu": qt_icu,
        "holidays": holidays_lazy,
        "phonenumbers": phone_metadata,
        "tzdata": time_zones,
        "keyring": keyring_backends,
        "email": email,
        "jinja2_icalendar": templates_and_calendar,
        "dns_flufl_bounce": dns_and_bounces,
        "psycopg": postgres_driver,
        "alembic_migrations": migrations,
        "resources": resources,
        "qt_modules": qt_modules,
    }


def _run():
    report = {}
    failed = []
    for name, check in _checks().items():
        try:
            report[name] = check()
        except Exception as exc:  # noqa: BLE001 - every failure is reported, then exit 1
            report[name] = f"FAILED: {type(exc).__name__}: {exc}"
            failed.append(name)
    report["ok"] = not failed
    print(json.dumps(report, default=str))
    sys.stdout.flush()
    os._exit(1 if failed else 0)


if os.environ.get("PROSPECT_DESK_BUNDLE_CHECK") == "1":
    _run()
