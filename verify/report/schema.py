"""The published JSON Schemas, generated from the report's own models.

The committed copies in ``verify/report/schemas/`` are checked against these in the tests,
so the file a desk reads can never drift from the code that writes the JSON.
"""

from __future__ import annotations

from typing import Any

from verify.report.models import QuotesReport, Report

SCHEMA_ID = "https://pypi.org/project/source-verify/schemas/"


def report_schema() -> dict[str, Any]:
    """JSON Schema of ``verify/report/v1``."""
    schema = Report.model_json_schema(by_alias=True, mode="serialization")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": SCHEMA_ID + "report-v1.json", **schema}


def quotes_schema() -> dict[str, Any]:
    """JSON Schema of ``verify/quotes/v1``."""
    schema = QuotesReport.model_json_schema(by_alias=True, mode="serialization")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": SCHEMA_ID + "quotes-v1.json", **schema}
