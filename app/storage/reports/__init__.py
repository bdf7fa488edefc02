"""Reports' reads: the grouped rows of one report, summed by ``app.core.reports``.

``read_report(db, span, rep_email)`` runs the few queries of
:mod:`~app.storage.reports.queries` in one read snapshot and returns the core's
:class:`~app.core.reports.Report`.
"""

from app.storage.reports.read import explain_report, read_report, report_reps

__all__ = ["explain_report", "read_report", "report_reps"]
