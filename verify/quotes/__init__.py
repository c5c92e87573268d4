"""Stage 2, quotes and attributions: find every quotation and who it is credited to."""

from verify.quotes.extract import extract
from verify.quotes.interface import Quote, QuoteKind

__all__ = ["Quote", "QuoteKind", "extract"]
