"""The version of the validation rules, stored next to derived fields.

When it differs from the version a contact was validated with, the derived fields
(normalized email, E.164, statuses, reasons) are recomputed from the raw values.
"""

from __future__ import annotations

from typing import Final

import email_validator
import phonenumbers

from app.core.validation.tlds import PSL_SNAPSHOT

__all__ = ["RULES_VERSION", "VALIDATOR_VERSION"]

#: Bump when our own rules change (a new reason code, a different status for a case).
RULES_VERSION: Final = "1"

#: Our rules plus every library and data snapshot that can change a verdict. The
#: disposable-domain list is left out on purpose: it changes weekly and only moves
#: addresses between "valid" and "risky", which a manual re-run can pick up.
VALIDATOR_VERSION: Final = (
    f"rules={RULES_VERSION};email-validator={email_validator.__version__};"
    f"phonenumbers={phonenumbers.__version__};psl={PSL_SNAPSHOT}"
)
