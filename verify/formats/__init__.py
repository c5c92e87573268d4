"""Stage 6, report formats: pure functions from a report to text."""

from verify.formats.interface import FORMATS, OutputFormat, render

__all__ = ["FORMATS", "OutputFormat", "render"]
