"""Realistic, reproducible demo prospects and companies from eleven countries.

Pure Python (no Qt, no SQLAlchemy): a seeded ``random.Random`` picks from small
hand-written tables, so the same seed always gives the same people. The data is meant
to make every screen of the app show something true to life, including the mess real
lists contain:

- names in their own scripts and orders: Cyrillic with patronymics, Chinese family
  name first, Lithuanian diacritics and gendered surnames, Spanish double surnames,
  Japanese kanji, a few very long names and a few mononyms;
- titles in the local language (``Директор по продажам``, ``销售总监``, ``Leiter Vertrieb``);
- emails that are mostly fine, plus role accounts, free mail, disposable domains,
  typos (``gmial.com``), internationalised addresses, stray white space and plain junk
  for the validator to find;
- phones in each country's own way of writing them, some with extensions, some junk
  (``n/a``). Where a country reserves numbers for fiction (US 555-01xx, UK Ofcom drama
  ranges, France 01 99 00) those are used, so a demo click-to-call reaches nobody.
"""

from app.core.demo.generator import (
    DemoCompany,
    DemoDataGenerator,
    DemoPerson,
    weighted_choice,
)
from app.core.demo.names import COUNTRIES, COUNTRY_BY_CODE, ascii_fold, transliterate

__all__ = [
    "COUNTRIES",
    "COUNTRY_BY_CODE",
    "DemoCompany",
    "DemoDataGenerator",
    "DemoPerson",
    "ascii_fold",
    "transliterate",
    "weighted_choice",
]
