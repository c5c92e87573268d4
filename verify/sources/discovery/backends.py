"""The search backends and the Wayback Machine, each speaking its service's protocol
(formats in ../shared/docs/discovery.md)."""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import quote as urlquote
from urllib.parse import urlencode
from xml.etree import ElementTree as ET

from verify.sources.discovery.client import ApiClient
from verify.sources.discovery.errors import BackendDown, BackendError
from verify.sources.discovery.interface import Backend, SearchHit, SearchQuery

_GDELT_THROTTLE = re.compile(r"limit requests|too many requests", re.I)


def parse_date(value: str | None) -> date | None:
    """A date from GDELT's ``20241215T103000Z``, ISO 8601, or an RFC 2822 pubDate."""
    if not value:
        return None
    value = value.strip()
    if re.fullmatch(r"\d{8}T\d{6}Z", value):
        return datetime.strptime(value, "%Y%m%dT%H%M%SZ").date()
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError):
        return None


def _phrase(q: SearchQuery) -> str:
    return f'"{q.phrase}"' if q.exact else q.phrase


def _subtags(tag: str) -> tuple[str, str | None]:
    """The language and region of a BCP 47 tag: ("de", "AT") of "de-AT", ("de", None) of
    "de"."""
    parts = tag.split("-")
    region = next((p.upper() for p in parts[1:] if len(p) == 2 and p.isalpha()), None)
    return parts[0].lower(), region


#: GDELT's names of the source languages its ``sourcelang:`` operator takes.
GDELT_LANGUAGES = {"de": "german", "fr": "french", "es": "spanish", "it": "italian",
                   "pt": "portuguese", "nl": "dutch", "pl": "polish", "ru": "russian",
                   "tr": "turkish", "ja": "japanese", "ko": "korean", "ar": "arabic",
                   "zh": "chinese", "uk": "ukrainian", "sv": "swedish", "cs": "czech"}
#: The Google News edition (``hl``, ``gl``, ``ceid``) of a language in a country; a
#: language alone means the first country listed for it.
GOOGLE_NEWS_EDITIONS = {
    ("de", "DE"): ("de", "DE", "DE:de"), ("de", "AT"): ("de", "AT", "AT:de"),
    ("de", "CH"): ("de", "CH", "CH:de"), ("fr", "FR"): ("fr", "FR", "FR:fr"),
    ("es", "ES"): ("es", "ES", "ES:es"), ("es", "AR"): ("es-419", "AR", "AR:es-419"),
    ("es", "MX"): ("es-419", "MX", "MX:es-419"), ("it", "IT"): ("it", "IT", "IT:it"),
    ("ja", "JP"): ("ja", "JP", "JP:ja"), ("pt", "BR"): ("pt-BR", "BR", "BR:pt-419"),
    ("pt", "PT"): ("pt-PT", "PT", "PT:pt-150"), ("nl", "NL"): ("nl", "NL", "NL:nl"),
    ("pl", "PL"): ("pl", "PL", "PL:pl"), ("ru", "RU"): ("ru", "RU", "RU:ru"),
    ("tr", "TR"): ("tr", "TR", "TR:tr"), ("ko", "KR"): ("ko", "KR", "KR:ko"),
}
#: Brave's ``search_lang`` codes where they are not the language subtag.
BRAVE_LANGUAGES = {"ja": "jp", "zh": "zh-hans", "pt-BR": "pt-br", "pt": "pt-pt"}


def google_news_edition(tag: str | None) -> tuple[str, str, str]:
    """``hl``, ``gl`` and ``ceid`` for pages in ``tag``'s language (they must agree): the
    British English edition when there is no tag or no edition is known for it."""
    if tag:
        lang, region = _subtags(tag)
        if region is None:
            region = next((r for (lg, r) in GOOGLE_NEWS_EDITIONS if lg == lang), None)
        edition = GOOGLE_NEWS_EDITIONS.get((lang, region or ""))
        if edition is not None:
            return edition
    return "en-GB", "GB", "GB:en"


def brave_language(tag: str) -> str:
    """Brave's ``search_lang`` for a BCP 47 tag ("jp" for Japanese, "pt-br" for pt-BR)."""
    lang, region = _subtags(tag)
    return BRAVE_LANGUAGES.get(f"{lang}-{region}", BRAVE_LANGUAGES.get(lang, lang))


class GDELT(Backend):
    """GDELT DOC 2.0, ``mode=artlist``: exact phrase, ``domainis:``, a date window."""

    name, env = "gdelt", "VERIFY_GDELT_URL"
    default_base = "https://api.gdeltproject.org"
    interval = 5.0

    async def search(self, query: SearchQuery, client: ApiClient) -> list[SearchHit]:
        """One artlist request; plain-text errors (even with status 200) become errors.

        GDELT matches the English machine translations of pages in other languages, so a
        query for pages in another language sends the terms as an English translation has
        them, with ``sourcelang:``."""
        terms = _phrase(query) if query.translated is None else query.translated
        if query.domains:
            sites = " OR ".join(f"domainis:{d}" for d in query.domains)
            terms += f" ({sites})" if len(query.domains) > 1 else f" {sites}"
        source_language = GDELT_LANGUAGES.get(_subtags(query.language)[0]) \
            if query.language else None
        if source_language:
            terms += f" sourcelang:{source_language}"
        params = {"query": terms, "mode": "artlist", "format": "json", "maxrecords": "75",
                  "sort": "DateDesc"}
        if query.start and query.end:
            params["startdatetime"] = query.start.strftime("%Y%m%d000000")
            params["enddatetime"] = query.end.strftime("%Y%m%d235959")
        url = f"{self.base}/api/v2/doc/doc?{urlencode(params, quote_via=urlquote)}"
        response = await client.get(self.name, url, interval=self.interval)
        text = response.text.strip()
        if not text.startswith("{"):
            if _GDELT_THROTTLE.search(text):
                raise BackendError("gdelt: throttled (Please limit requests…)")
            raise BackendError(f"gdelt: {text.splitlines()[0][:120] if text else 'empty reply'}")
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise BackendError("gdelt: invalid JSON") from exc
        return [SearchHit(a.get("url", ""), a.get("title", ""), "", parse_date(a.get("seendate")),
                          self.name, {"domain": a.get("domain", "")})
                for a in data.get("articles", []) if a.get("url")]


def decode_google_news_link(link: str) -> str | None:
    """The article URL inside an encoded Google News RSS link (``…/articles/CBMi…``), when
    the link carries it (older encoding); None for the newer ones that need Google's
    internal ``batchexecute`` call, which this tool does not make."""
    m = re.search(r"/articles/([A-Za-z0-9_-]+)", link)
    if not m:
        return link if link.startswith("http") and "news.google.com" not in link else None
    token = m.group(1)
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    except ValueError:
        return None
    found = re.search(rb"https?://[\x21-\x7e]+", raw)
    if not found:
        return None
    url = found.group().decode("ascii", "ignore")
    return re.sub(r"[\x00-\x1f]+.*$", "", url)


class GoogleNews(Backend):
    """Google News RSS search: ``site:``, ``after:``/``before:`` (always both)."""

    name, env = "google-news", "VERIFY_GOOGLE_NEWS_URL"
    default_base = "https://news.google.com"
    interval = 3.0

    async def search(self, query: SearchQuery, client: ApiClient) -> list[SearchHit]:
        """One RSS search, in the edition of the query's language; links are decoded where
        the encoding allows."""
        q = _phrase(query)
        if query.domains:
            q += " " + " OR ".join(f"site:{d}" for d in query.domains)
        if query.start and query.end:
            q += f" after:{query.start.isoformat()} before:{query.end.isoformat()}"
        hl, gl, ceid = google_news_edition(query.language)
        params = {"q": q, "hl": hl, "gl": gl, "ceid": ceid}
        url = f"{self.base}/rss/search?{urlencode(params)}"
        response = await client.get(self.name, url, interval=self.interval)
        try:
            root = ET.fromstring(response.content)
        except ET.ParseError as exc:
            raise BackendError("google-news: not an RSS feed") from exc
        hits = []
        for item in root.iter("item"):
            link = decode_google_news_link(item.findtext("link", ""))
            if not link:
                continue
            source = item.find("source")
            hits.append(SearchHit(link, item.findtext("title", ""), "",
                                  parse_date(item.findtext("pubDate")), self.name,
                                  {"source": source.get("url", "") if source is not None else ""}))
        return hits


class SearXNG(Backend):
    """A SearXNG instance with ``format=json`` enabled (opt-in)."""

    name, env = "searxng", "VERIFY_SEARXNG_URL"
    default_base = None
    interval = 1.0

    async def search(self, query: SearchQuery, client: ApiClient) -> list[SearchHit]:
        """One JSON search; ``site:`` in the query, the query's language (English by
        default), dates filtered by the caller."""
        q = _phrase(query) + "".join(f" site:{d}" for d in query.domains[:1])
        params = {"q": q, "format": "json", "language": query.language or "en"}
        url = f"{self.base}/search?{urlencode(params)}"
        try:
            response = await client.get(self.name, url, interval=self.interval)
        except BackendError as exc:
            if exc.status == 403:
                raise BackendError("searxng: JSON output is disabled on this instance "
                                   "(search.formats needs json)") from exc
            raise
        try:
            data = response.json()
        except ValueError as exc:
            raise BackendError("searxng: invalid JSON") from exc
        return [SearchHit(r.get("url", ""), r.get("title", ""), r.get("content", ""),
                          parse_date(r.get("publishedDate")), self.name)
                for r in data.get("results", []) if r.get("url")]


class Brave(Backend):
    """Brave Search web API (opt-in; its key given as ``key``, which the command line
    reads from ``BRAVE_API_KEY``)."""

    name, env = "brave", "VERIFY_BRAVE_URL"
    key_env = "BRAVE_API_KEY"
    default_base = "https://api.search.brave.com"
    interval = 1.0

    def __init__(self, base: str | None = None, key: str | None = None) -> None:
        super().__init__(base)
        self.key = key

    async def search(self, query: SearchQuery, client: ApiClient) -> list[SearchHit]:
        """One web search with ``site:``, a ``freshness`` date range and, for pages in
        another language, ``search_lang``."""
        key = self.key
        if not key:
            raise BackendDown("brave: set BRAVE_API_KEY")
        q = _phrase(query) + "".join(f" site:{d}" for d in query.domains[:1])
        params = {"q": q, "count": "20"}
        if query.start and query.end:
            params["freshness"] = f"{query.start.isoformat()}to{query.end.isoformat()}"
        if query.language:
            params["search_lang"] = brave_language(query.language)
        url = f"{self.base}/res/v1/web/search?{urlencode(params)}"
        response = await client.get(self.name, url, interval=self.interval,
                                    headers={"X-Subscription-Token": key,
                                             "Accept": "application/json"})
        try:
            results = response.json().get("web", {}).get("results", [])
        except ValueError as exc:
            raise BackendError("brave: invalid JSON") from exc
        return [SearchHit(r.get("url", ""), r.get("title", ""), r.get("description", ""),
                          parse_date(r.get("page_age")), self.name) for r in results if r.get("url")]


class Wayback:
    """The Wayback Machine: a CDX lookup, then the raw ``id_`` capture."""

    name, env = "wayback", "VERIFY_WAYBACK_URL"
    default_base = "https://web.archive.org"
    interval = 2.5

    def __init__(self, base: str | None = None) -> None:
        self.base = (base or self.default_base).rstrip("/")

    async def closest(self, url: str, when: date | None, client: ApiClient) -> str | None:
        """The raw capture URL of ``url`` nearest ``when`` (status 200), or None."""
        params = {"url": url, "output": "json", "fl": "timestamp,original,statuscode,mimetype",
                  "filter": "statuscode:200", "limit": "1"}
        if when is not None:
            params |= {"closest": when.strftime("%Y%m%d"), "sort": "closest"}
        cdx = f"{self.base}/cdx/search/cdx?{urlencode(params)}"
        response = await client.get(self.name, cdx, interval=self.interval)
        try:
            rows = response.json() if response.content.strip() else []
        except ValueError as exc:
            raise BackendError("wayback: invalid CDX reply") from exc
        if len(rows) < 2:
            return None
        timestamp, original = rows[1][0], rows[1][1]
        return f"{self.base}/web/{timestamp}id_/{original}"


BACKENDS: dict[str, type[Backend]] = {b.name: b for b in (GDELT, GoogleNews, SearXNG, Brave)}


def make_backends(names: Sequence[str], urls: Mapping[str, str] | None = None,
                  keys: Mapping[str, str] | None = None) -> list[Backend]:
    """Backends by --search name; ``urls`` overrides a backend's base URL and ``keys`` gives
    its API key, both by backend name (the command line reads them from ``VERIFY_*_URL`` and
    ``BRAVE_API_KEY``; the library reads no environment)."""
    urls, keys = urls or {}, keys or {}
    out: list[Backend] = []
    for name in names:
        cls = BACKENDS.get(name)
        if cls is None:
            raise BackendError(f"unknown search backend {name!r} (choose from "
                               f"{', '.join(BACKENDS)})")
        if cls is Brave:
            out.append(Brave(urls.get(name), keys.get(name)))
        else:
            out.append(cls(urls.get(name)))
    return out
