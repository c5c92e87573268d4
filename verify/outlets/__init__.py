"""The outlet registry: publication names and aliases mapped to their web domains."""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

from verify.errors import ConfigError

_CONTEXT_WINDOW = 160

#: Prefix of the id of an outlet the registry does not list (the rest is its name as the
#: article writes it): ``unlisted:Harbor Gazette``.
UNLISTED = "unlisted:"
#: Last words that make a name a publication's, whoever it is: "Harbor Gazette",
#: "Riverbend News", "Lakeside Radio", "Quanta Magazine".
PUBLICATION_WORDS = frozenset({
    "news", "times", "journal", "herald", "gazette", "tribune", "radio", "tv", "magazine",
    "daily", "chronicle", "courier", "telegraph", "examiner", "inquirer", "enquirer",
    "bulletin", "dispatch", "sentinel", "newswire", "broadcasting", "television", "weekly",
    "fm", "telegram", "ledger", "argus", "advertiser", "newsletter", "newspaper", "podcast",
    "gazzetta", "zeitung", "tageblatt"})
#: Last words that are a publication's only when the article says so ("the Coastal Post",
#: "Valley Post reported"): people and things carry them too ("Emily Post", "Lee Sun").
WEAK_PUBLICATION_WORDS = frozenset({
    "post", "star", "sun", "mail", "globe", "standard", "mirror", "express", "record",
    "review", "register", "press", "echo", "leader", "voice", "today", "monitor", "insider",
    "report", "wire", "online", "network", "channel", "observer", "reporter", "week",
    "world", "independent", "guardian", "citizen", "messenger", "recorder", "beacon",
    "clarion", "pioneer", "story", "beast", "blade", "banner"})
#: A web address written as a name ("Example.org", "CityWire.com", "news.example.co.uk").
DOMAIN_NAME = re.compile(
    r"(?:www\.)?[A-Za-z0-9][\w-]*(?:\.[A-Za-z0-9][\w-]*)*\."
    r"(?:com|org|net|info|news|tv|io|co|uk|us|eu|au|ca|de|fr|ie|nz|in|za|online|media|"
    r"press|today|fm|site|blog|co\.uk|org\.uk|com\.au|net\.au|co\.nz|co\.in)")


def domain_of_name(name: str) -> str | None:
    """The web domain a name is ("Example.org" -> "example.org"), or None."""
    bare = name.strip().rstrip(".,;:")
    if not DOMAIN_NAME.fullmatch(bare):
        return None
    return bare.lower().removeprefix("www.")


def reads_as_outlet(name: str | None) -> bool:
    """True when a name is a publication's by its shape alone: a web address
    ("CityWire.com"), a name ending in a publication word ("Harbor Gazette", "Riverbend
    News") or opening with one ("Times Union", "Daily Express") — never a person's,
    whatever verb the article puts after it."""
    if not name:
        return False
    words = re.sub(r"['’]s$", "", name.strip()).split()
    if not words:
        return False
    last = words[-1].strip(".,;:").lower()
    return domain_of_name(words[-1]) is not None or (len(words) > 1 and (
        last in PUBLICATION_WORDS or words[0].lower() in LEADING_PUBLICATION_WORDS))


#: First words of a paper's name that say when it comes out ("Daily Express", "Sunday
#: Mirror", "Evening Standard"): no person's name opens so.
_EDITION_WORDS = frozenset({"daily", "sunday", "weekly", "evening", "morning"})
#: Words that make a name a publication's when they open it ("Times Union", "Herald Sun",
#: "Radio Free Europe", "Daily Express").
LEADING_PUBLICATION_WORDS = (PUBLICATION_WORDS | _EDITION_WORDS) - {"fm", "podcast"}


def name_key(name: str) -> str:
    """A publication's name reduced to its letters and digits, for comparing it with a host
    or a site name: "The Harbor Gazette" -> "harborgazette", "CityWire.com" -> "citywire"."""
    bare = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
    domain = domain_of_name(bare)
    if domain is not None:
        bare = domain.split(".")[0]
    return re.sub(r"[^0-9a-z]+", "", bare.lower())


def _site_keys(site_name: str) -> set[str]:
    """The keys of a page's site name and of its parts: "Voice of America (VOA News)" is
    Voice of America and VOA News; "Harbor Gazette | Local news" is Harbor Gazette."""
    parts = [site_name, *re.split(r"\s*[(|:]\s*|\)|\s+[-–—]\s+", site_name)]
    return {k for k in (name_key(p) for p in parts if p) if len(k) >= 3}


def unlisted_outlet(name: str) -> Outlet:
    """The outlet an article names that the registry does not list: its name as written
    (without a leading "the"), and its domain when the name is a web address."""
    written = " ".join(re.sub(r"^the\s+", "", name.strip(), flags=re.I).split())
    clean = re.sub(r"['’]s$", "", written)
    domain = domain_of_name(clean)
    # "Barron's" may be the name itself, not a possessive: both forms are its aliases.
    aliases = (clean, written) if written != clean else (clean,)
    return Outlet(id=UNLISTED + clean, name=clean, aliases=aliases,
                  domains=(domain,) if domain else ())


def host_of(url: str | None) -> str:
    """The lower-case host of ``url``; "" for none, or for a URL too malformed to have one
    (URLs come from drafts and search results: a broken IPv6 literal must not raise)."""
    if not url:
        return ""
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def on_domains(url: str | None, domains: Iterable[str]) -> bool:
    """True when ``url``'s host is one of ``domains`` or below one ("www.bbc.co.uk" is on
    "bbc.co.uk"; "notbbc.co.uk" is not)."""
    host = host_of(url)
    return bool(host) and any(host == d or host.endswith("." + d) for d in domains)


@dataclass(frozen=True, slots=True)
class Outlet:
    """A publication."""

    id: str
    """Stable identifier ("nyt", "times-uk")."""
    name: str
    """Display name."""
    aliases: tuple[str, ...]
    """How articles name it."""
    domains: tuple[str, ...]
    """Web domains of its articles; subdomains count too."""
    short: tuple[str, ...] = ()
    """Short forms shared with other outlets ("The Times"), resolved by recency."""
    kind: str = "news"
    """news, agency, broadcaster, magazine or research."""
    paywalled: bool = False
    """True when most of its articles sit behind a paywall."""
    context: tuple[str, ...] = ()
    """Words that, near an ambiguous mention, pick this outlet."""
    language: str | None = None
    """The language its articles are written in (BCP 47: "de", "de-AT"), given only for
    outlets that publish in one language other than English; None when unknown or mixed."""

    @property
    def listed(self) -> bool:
        """False for an outlet the article names that the registry does not list."""
        return not self.id.startswith(UNLISTED)

    def owns(self, url: str | None) -> bool:
        """True when ``url`` is on one of this outlet's domains."""
        return on_domains(url, self.domains)

    def publishes(self, url: str | None, site_name: str | None = None) -> bool:
        """True when a page at ``url`` (its metadata naming the site ``site_name``) is this
        outlet's: on one of its domains, or — for an outlet the registry does not list —
        on a host or under a site name that is its name ("Harbor Gazette" and
        www.harborgazette.com)."""
        if self.owns(url):
            return True
        keys = {k for k in (name_key(a) for a in (self.name, *self.aliases)) if len(k) >= 3}
        keys |= {"the" + k for k in keys}  # "The Real Deal" at therealdeal.com
        # "Daily Express" at express.co.uk
        keys |= {k.removeprefix(w) for k in keys for w in _EDITION_WORDS if k.startswith(w)
                 and len(k) - len(w) >= 4}
        if site_name and _site_keys(site_name) & keys:
            return True
        if self.listed:
            return False
        return any(label in keys for label in host_of(url).split("."))


@dataclass(frozen=True, slots=True)
class OutletMention:
    """A place where the text names an outlet."""

    start: int
    """Offset of the mention (including a leading "the")."""
    end: int
    """End offset (exclusive)."""
    text: str
    """The mention as written."""
    candidates: tuple[str, ...]
    """Ids of the outlets the words could mean, in registry order."""
    short: bool
    """True when the words are a short form ("the Times") of some candidate."""


@dataclass(frozen=True, slots=True)
class Resolution:
    """The outlet a mention means, and the others its words may still mean."""

    outlet_id: str
    others: tuple[str, ...] = ()
    """Ids of other outlets the words may mean ("ABC" with nothing to say which): empty
    when the pick is sure."""


#: A short form running on into a longer name: a capitalised word that is no day or month
#: ("the Times Union"; not "the Times Tuesday"), or "of" and a name ("the Times of India").
_LONGER_NAME = re.compile(
    r"(?:-[A-Z]|\s+(?:of\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b)[A-Z][a-z])")


class OutletRegistry:
    """Outlets by id, with a matcher for their names in text and a lookup by domain."""

    def __init__(self, outlets: Iterable[Outlet]) -> None:
        self.outlets: dict[str, Outlet] = {}
        for outlet in outlets:
            self.outlets[outlet.id] = outlet

    @classmethod
    def load(cls, extra: Sequence[Path] = ()) -> OutletRegistry:
        """Load the shipped registry, then each user file in turn (same id overrides).

        A registry is read-only once made, so the same files (same size and modification
        time) give the same registry object: a batch worker reads them once, not once per
        article."""
        stamps = []
        for path in extra:
            try:
                st = Path(path).stat()
            except OSError as exc:
                raise ConfigError(f"{path}: cannot read outlet file ({exc.strerror})") from exc
            stamps.append((str(path), st.st_size, st.st_mtime_ns))
        return _registry(tuple(stamps))

    def get(self, outlet_id: str) -> Outlet:
        """The outlet with this id (an ``unlisted:`` id gives the unlisted outlet it names)."""
        if outlet_id.startswith(UNLISTED):
            return unlisted_outlet(outlet_id[len(UNLISTED):])
        return self.outlets[outlet_id]

    def for_url(self, url: str | None) -> Outlet | None:
        """The outlet whose domains contain ``url``'s host, if any."""
        if not url:
            return None
        return next((o for o in self.outlets.values() if o.owns(url)), None)

    @cached_property
    def _forms(self) -> dict[str, tuple[list[str], list[str]]]:
        """Normalised form -> (ids listing it as alias, ids listing it as short form)."""
        forms: dict[str, tuple[list[str], list[str]]] = {}
        for o in self.outlets.values():
            for alias in o.aliases:
                forms.setdefault(_key(alias), ([], []))[0].append(o.id)
            for short in o.short:
                forms.setdefault(_key(short), ([], []))[1].append(o.id)
        return forms

    @cached_property
    def _pattern(self) -> re.Pattern[str]:
        names = sorted({_key(a) for a in self._forms}, key=len, reverse=True)
        alts = "|".join(
            r"\s+".join(("[Tt]he" if i == 0 and w == "The" else re.escape(w))
                        for i, w in enumerate(n.split()))
            for n in names
        )
        return re.compile(rf"(?<![\w@/.])(?:[Tt]he\s+)?(?:{alts})(?:['’]s)?(?![\w-]|\.\w)")

    def find(self, text: str) -> list[OutletMention]:
        """Every outlet mention in ``text``, in order."""
        out = []
        for m in self._pattern.finditer(text):
            words = re.sub(r"['’]s$", "", m.group())
            forms = self._forms.get(_key(words)) or self._forms.get(_key(_strip_the(words)))
            if forms is None:
                continue
            aliases, shorts = forms
            end = m.start() + len(words)
            if len(words.split()) == 2 and words[:4].lower() == "the " and \
                    _LONGER_NAME.match(text, end):
                continue  # "the Times Union", "the Post-Dispatch": another paper's name
            out.append(OutletMention(m.start(), end, text[m.start():end],
                                     tuple(dict.fromkeys([*aliases, *shorts])), bool(shorts)))
        return out

    def resolve(self, mentions: Sequence[OutletMention], index: int, text: str) -> str:
        """Pick the outlet meant by ``mentions[index]``.

        A short form ("the Times") means the candidate the article named last; a shared
        alias ("CNA") is decided by context words near it; then recency; then the outlet
        that lists the words as a full alias.
        """
        return self.resolution(mentions, index, text).outlet_id

    def resolution(self, mentions: Sequence[OutletMention], index: int, text: str,
                   article: Mapping[str, int] | None = None) -> Resolution:
        """The outlet meant by ``mentions[index]`` (as :meth:`resolve` picks it) and the
        other outlets the words may still mean.

        The pick is sure when the words name one outlet; when a short form follows a full
        name the article gave ("the Times" after "The New York Times"); or when context
        words near it pick one candidate and the article has no context word of any other.
        Otherwise the others stay possible: "ABC" near "Sydney" in a story that also says
        "US", "ABC" with no context at all. ``article`` counts each candidate's context
        words in the whole text (:meth:`context_counts`); without it, a pick by nearby
        context is taken as sure. With no pick nearby, the whole article's context
        decides before registry order does."""
        mention = mentions[index]
        if len(mention.candidates) == 1:
            return Resolution(mention.candidates[0])
        recent = self._most_recent(mentions, index)
        ctx = self._by_context(mention, text)
        order = (recent, ctx) if mention.short else (ctx, recent)
        chosen = next((c for c in order if c is not None), None)
        if chosen is not None and chosen == recent:
            return Resolution(chosen)
        counts = article or {}
        if chosen is not None:
            others = tuple(c for c in mention.candidates if c != chosen and counts.get(c, 0))
            return Resolution(chosen, others)
        best = max((counts.get(c, 0) for c in mention.candidates), default=0)
        winners = [c for c in mention.candidates if counts.get(c, 0) == best]
        chosen = winners[0] if best > 0 and len(winners) == 1 else mention.candidates[0]
        return Resolution(chosen, tuple(c for c in mention.candidates if c != chosen))

    def context_counts(self, candidates: Iterable[str], text: str) -> dict[str, int]:
        """How many of each candidate's context words the whole ``text`` holds."""
        return {cid: sum(1 for w in self.outlets[cid].context
                         if re.search(rf"\b{re.escape(w)}\b", text))
                for cid in dict.fromkeys(candidates) if cid in self.outlets}

    def _most_recent(self, mentions: Sequence[OutletMention], index: int) -> str | None:
        wanted = set(mentions[index].candidates)
        for prev in reversed(mentions[:index]):
            if len(prev.candidates) == 1 and prev.candidates[0] in wanted:
                return prev.candidates[0]
        return None

    def _by_context(self, mention: OutletMention, text: str) -> str | None:
        window = text[max(0, mention.start - _CONTEXT_WINDOW):mention.end + _CONTEXT_WINDOW]
        scores = {}
        for cid in mention.candidates:
            words = self.outlets[cid].context
            scores[cid] = sum(1 for w in words if re.search(rf"\b{re.escape(w)}\b", window))
        best = max(scores.values(), default=0)
        winners = [c for c, s in scores.items() if s == best]
        return winners[0] if best > 0 and len(winners) == 1 else None


def _key(name: str) -> str:
    """Normalise a name for lookup: single spaces, leading "the" capitalised."""
    name = " ".join(name.split())
    return "The " + name[4:] if name.lower().startswith("the ") else name


def _strip_the(name: str) -> str:
    return name[4:].lstrip() if name.lower().startswith("the ") else name


#: A BCP 47 tag as the registry takes it: a language subtag and optional subtags.
_LANGUAGE_TAG = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")


def _language(value: object, origin: str, i: int) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not _LANGUAGE_TAG.fullmatch(value):
        raise ConfigError(f"{origin}: outlet #{i + 1} has a bad language {value!r} (a BCP 47 "
                          "tag such as \"de\" or \"pt-BR\")")
    return value


def _parse(text: str, origin: str) -> list[Outlet]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{origin}: invalid TOML ({exc})") from exc
    outlets = []
    for i, entry in enumerate(data.get("outlet", [])):
        try:
            outlets.append(Outlet(
                id=str(entry["id"]),
                name=str(entry.get("name", entry["id"])),
                aliases=tuple(entry.get("aliases", [])),
                domains=tuple(d.lower() for d in entry.get("domains", [])),
                short=tuple(entry.get("short", [])),
                kind=str(entry.get("kind", "news")),
                paywalled=bool(entry.get("paywalled", False)),
                context=tuple(entry.get("context", [])),
                language=_language(entry.get("language"), origin, i),
            ))
        except (KeyError, TypeError, AttributeError) as exc:
            raise ConfigError(f"{origin}: outlet #{i + 1} is missing or has a bad field "
                              f"({exc})") from exc
    return outlets


@functools.lru_cache(maxsize=8)
def _registry(stamps: tuple[tuple[str, int, int], ...]) -> OutletRegistry:
    data = resources.files("verify.outlets").joinpath("data/outlets.toml").read_text("utf-8")
    outlets = _parse(data, "outlets.toml (shipped)")
    for path, _size, _mtime in stamps:
        try:
            text = Path(path).read_text("utf-8")
        except OSError as exc:
            raise ConfigError(f"{path}: cannot read outlet file ({exc.strerror})") from exc
        outlets.extend(_parse(text, path))
    return OutletRegistry(outlets)
