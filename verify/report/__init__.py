"""The report: the versioned JSON contract every format renders (``verify/report/v1``)."""

from verify.report.models import (
    REPORT_SCHEMA,
    ArticleReport,
    Candidate,
    Difference,
    Evidence,
    QuoteResult,
    Report,
    Span,
)

__all__ = ["REPORT_SCHEMA", "ArticleReport", "Candidate", "Difference", "Evidence",
           "QuoteResult", "Report", "Span"]
