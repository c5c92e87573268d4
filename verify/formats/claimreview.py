"""``--format claimreview``: one schema.org ClaimReview per checked quote (JSON-LD).

The quote is ``claimReviewed``; the speaker (or outlet) is ``itemReviewed.author``; the
article is ``itemReviewed.appearance``; the source is ``itemReviewed.firstAppearance``;
the verdict is ``reviewRating.alternateName`` with a 1-5 ``ratingValue`` (NOT_FOUND 1,
ALTERED and MISATTRIBUTED 2, PARAPHRASE 3, MINOR_VARIATION 4, VERBATIM 5). Quotes that
were not checked (SOURCE_UNAVAILABLE, UNCHECKED) have no review.
"""

from __future__ import annotations

import json
from typing import Any

from verify.formats.interface import RenderContext
from verify.match.interface import Verdict
from verify.report.models import QuoteResult, Report

RATING = {Verdict.NOT_FOUND: 1, Verdict.ALTERED: 2, Verdict.MISATTRIBUTED: 2,
          Verdict.PARAPHRASE: 3, Verdict.MINOR_VARIATION: 4, Verdict.VERBATIM: 5}


def _author(q: QuoteResult) -> dict[str, Any] | None:
    if q.speaker:
        return {"@type": "Person", "name": q.speaker}
    if q.outlet:
        return {"@type": "Organization", "name": q.outlet}
    return None


def render(report: Report, ctx: RenderContext) -> str:
    """A JSON array of ClaimReview objects."""
    reviewer: dict[str, Any] = {"@type": "Organization", "name": ctx.reviewer}
    if ctx.reviewer_url:
        reviewer["url"] = ctx.reviewer_url
    reviews = []
    for article in report.articles:
        where = article.url or article.input
        for q in article.quotes:
            if q.verdict not in RATING or q.suppression is not None:
                continue
            claim: dict[str, Any] = {"@type": "Claim",
                                     "appearance": {"@type": "CreativeWork", "url": where}}
            author = _author(q)
            if author:
                claim["author"] = author
            if q.evidence and q.evidence.url:
                claim["firstAppearance"] = {"@type": "CreativeWork", "url": q.evidence.url}
                if q.evidence.published:
                    claim["datePublished"] = q.evidence.published
            reviews.append({
                "@context": "https://schema.org",
                "@type": "ClaimReview",
                "claimReviewed": q.text,
                "itemReviewed": claim,
                "author": reviewer,
                "reviewRating": {"@type": "Rating", "ratingValue": RATING[q.verdict],
                                 "bestRating": 5, "worstRating": 1,
                                 "alternateName": q.verdict.value,
                                 "ratingExplanation": q.explanation},
                "url": f"{where}#{q.id}",
            })
    return json.dumps(reviews, indent=2, ensure_ascii=False) + "\n"
