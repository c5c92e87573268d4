"""``--format claimreview``: one schema.org ClaimReview per checked quote (JSON-LD).

The quote is ``claimReviewed``; the speaker (or outlet) is ``itemReviewed.author``, left out
when the draft credits a description with no name ("a senior adviser"): a Person needs a
name, and Google's fact-check guidelines make the claim's author recommended, not required;
the article is ``itemReviewed.appearance``; the source, when it has a public address, is
``itemReviewed.firstAppearance``;
the verdict is ``reviewRating.alternateName`` with a 1-5 ``ratingValue`` (NOT_FOUND 1,
ALTERED and MISATTRIBUTED 2, PARAPHRASE 3, MINOR_VARIATION 4, VERBATIM 5). Quotes that
were not checked (SOURCE_UNAVAILABLE, UNCHECKED) have no review.

A review must be publishable: the article's address is a public URL (the article's own,
or ``published_url``), never a local path, and the reviewer has a URL; without them
:func:`render` raises ``ValueError`` saying which setting to give.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Sequence
from pathlib import Path, PurePosixPath
from typing import Any

from verify.errors import ConfigError
from verify.formats.context import RenderContext
from verify.match.attribution import is_unnamed
from verify.match.interface import Verdict
from verify.report.models import ArticleReport, QuoteResult, Report
from verify.report.suppress import display_path


def check_publishable(articles: Sequence[str], reviewer_url: str | None,
                      published_url: str | None) -> None:
    """Before any work: ClaimReview is for publishing, so its addresses must be public and
    the reviewer known; :class:`~verify.errors.ConfigError` says which setting to give."""
    if not reviewer_url:
        raise ConfigError("--format claimreview needs the reviewing organisation's URL: give "
                          "--reviewer-url (or reviewer-url in the config)")
    local = [a for a in articles if not a.startswith(("http://", "https://"))]
    if local and not published_url:
        raise ConfigError(f"--format claimreview needs the public address of {local[0]}: give "
                          "--published-url (or published-url in the config)")
    if published_url and not published_url.endswith("/") and len(local) > 1:
        raise ConfigError("--published-url names one article; for several drafts give a base "
                          "URL ending in /")


#: Punctuation a draft puts inside its closing mark to run into the attribution
#: ("…for years," she said): the draft's, not the speaker's.
_TRAILING = re.compile(r"[\s,;:\u2013\u2014-]+$")


def claim_text(quote: str) -> str:
    """The quote as the speaker's claim: without the comma, semicolon, colon or dash the
    draft added before its attribution."""
    return _TRAILING.sub("", quote) or quote


def common_folder(paths: Sequence[str]) -> Path | None:
    """The folder a base ``--published-url`` stands for: the deepest folder holding every
    local input (a folder given is itself, a file its parent); None when all are URLs."""
    folders = [str(Path(p).resolve() if Path(p).is_dir() else Path(p).resolve().parent)
               for p in paths if p != "-" and "://" not in p]
    return Path(os.path.commonpath(folders)) if folders else None


def _local_root(report: Report) -> Path | None:
    """Without the inputs as given: the deepest folder holding every local draft."""
    folders = [str(Path(a.input).resolve().parent) for a in report.articles
               if a.input != "-" and "://" not in a.input]
    return Path(os.path.commonpath(folders)) if folders else None


def article_url(article: ArticleReport, ctx: RenderContext,
                folder: Path | None = None) -> str:
    """The article's public address: its own http(s) URL, else ``published_url``. A base
    URL ending in ``/`` stands for ``folder`` (the common folder of the inputs; default
    ``ctx.inputs_folder``) and takes the draft's path under it, without its suffix: with
    base ``https://news.example/drafts/``, ``drafts/story.md`` is
    ``https://news.example/drafts/story``."""
    if article.url and article.url.startswith(("http://", "https://")):
        return article.url
    base = ctx.published_url
    if not base:
        raise ValueError(f"ClaimReview needs the public address of {article.input}: give "
                         "--published-url (or published-url in the config)")
    if not base.endswith("/"):
        return base
    folder = folder or ctx.inputs_folder or Path(article.input).resolve().parent
    path = PurePosixPath(display_path(article.input, folder))
    return base + str(path.with_suffix("")).removeprefix("./")


RATING = {Verdict.NOT_FOUND: 1, Verdict.ALTERED: 2, Verdict.MISATTRIBUTED: 2,
          Verdict.PARAPHRASE: 3, Verdict.MINOR_VARIATION: 4, Verdict.VERBATIM: 5,
          Verdict.OUT_OF_CONTEXT: 2}
RATING[Verdict.TRANSLATION] = 4  # issue 25: a faithful translation, as a minor variation


def _author(q: QuoteResult) -> dict[str, Any] | None:
    """The claim's author: a named person, else the outlet; None for a description with no
    name ("a senior adviser", "officials", an unresolved "he"), which no Person can carry."""
    if q.speaker:
        return None if is_unnamed(q.speaker) else {"@type": "Person", "name": q.speaker}
    if q.outlet:
        return {"@type": "Organization", "name": q.outlet}
    return None


def render(report: Report, ctx: RenderContext) -> str:
    """A JSON array of ClaimReview objects."""
    if not ctx.reviewer_url:
        raise ValueError("ClaimReview needs the reviewing organisation's URL: set "
                         "reviewer-url (and reviewer) in the config, or --reviewer-url")
    if ctx.published_url and not ctx.published_url.endswith("/") and \
            sum(1 for a in report.articles if not (a.url or "").startswith("http")) > 1:
        raise ValueError("--published-url names one article; for several drafts give a base "
                         "URL ending in /")
    reviewer: dict[str, Any] = {"@type": "Organization", "name": ctx.reviewer,
                                "url": ctx.reviewer_url}
    reviews = []
    folder = ctx.inputs_folder or _local_root(report)
    for article in report.articles:
        where = article_url(article, ctx, folder)
        for q in article.quotes:
            if q.verdict not in RATING or q.suppression is not None:
                continue
            claim: dict[str, Any] = {"@type": "Claim",
                                     "appearance": {"@type": "CreativeWork", "url": where}}
            author = _author(q)
            if author:
                claim["author"] = author
            if q.evidence and q.evidence.url:
                # A local original (--source notes/interview.txt) has no public address.
                if q.evidence.url.startswith(("http://", "https://")):
                    claim["firstAppearance"] = {"@type": "CreativeWork",
                                                "url": q.evidence.url}
                if q.evidence.published:
                    claim["datePublished"] = q.evidence.published
            reviews.append({
                "@context": "https://schema.org",
                "@type": "ClaimReview",
                "claimReviewed": claim_text(q.text),
                "itemReviewed": claim,
                "author": reviewer,
                "reviewRating": {"@type": "Rating", "ratingValue": RATING[q.verdict],
                                 "bestRating": 5, "worstRating": 1,
                                 "alternateName": q.verdict.value,
                                 "ratingExplanation": q.explanation},
                "url": f"{where}#{q.id}",
                **({"datePublished": ctx.date} if ctx.date else {}),
            })
    return json.dumps(reviews, indent=2, ensure_ascii=False) + "\n"
