"""Descriptions of a speaker and the names in apposition with them: "the club’s owner, Gareth
Lewis", "a spokesperson for HMRC", "senior administration officials".
"""

from __future__ import annotations

import re

from verify.quotes.context import ArticleContext
from verify.quotes.lexicon import (
    PRONOUNS,
    VERB_RE,
    agent_noun,
)
from verify.quotes.name_runs import NAME_RUN, NOT_NAMES, strip_roles
from verify.quotes.phrases.base import (
    NOT_IN_DESCRIPTION,
    POSTMODIFIER,
    PREPOSITION,
    TRAILING_FUNCTION_WORDS,
    Mention,
    bare_word,
    person_noun,
    speaker_noun,
)


def grow_phrase(ctx: ArticleContext, lo: int, s: int, e: int) -> Mention | None:
    """Grow "HMRC" in "a spokesperson for HMRC" to the whole description ("a source close
    to the Chancellor", "analysts at Barclays": the speaker is the noun before the
    preposition, not the body after it)."""
    before = ctx.masked[max(lo, s - 60):s]
    m = _GROWN.search(before)
    if m and person_noun(m.group("noun")) and (m.group("det") or m.group("noun").endswith("s")):
        start = s - len(m.group(0))
        return Mention(start, e, ctx.masked[start:e], "phrase")
    return None


_GROWN = re.compile(r"(?:^|(?<=\s))(?P<det>(?:[Aa]n?|[Tt]he|[A-Z][\w.-]*['’]s)\s+)?(?:[\w-]+\s+)??"
                    rf"(?P<noun>[\w-]+){POSTMODIFIER}\s+{PREPOSITION}\s+(?:the\s+)?$")


# Where or when the words were said, after the speaker: "… family in a statement".
_ADJUNCT = re.compile(r"\s+(?:in|on|during|at)\s+(?:(?:a|an|his|her|their|its)\s+[\w-]+|"
                      r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Twitter|"
                      r"Facebook|X|Instagram|TikTok))$")


def last_appositive_name(ctx: ArticleContext, a: int, b: int) -> Mention | None:
    """The name that closes a description in ``masked[a:b]`` after a comma ("the college’s
    chief executive, Gill Walton,"), if the words before it describe a person."""
    text = ctx.masked[a:b].rstrip(", ")
    cut = text.rfind(",")
    if cut <= 0 or not person_noun(text[:cut].split()[-1]):
        return None
    return name_in_apposition(ctx, a + cut + 1, a + len(text))


def name_in_apposition(ctx: ArticleContext, a: int, b: int) -> Mention | None:
    """The name an appositive ``masked[a:b]`` consists of, after "the" and titles ("the Rev
    Jane Hollis"); None when it says more than a name ("a Republican from Ohio")."""
    chunk = ctx.masked[a:b]
    lead = re.match(r"\s*(?:the\s+)?", chunk)
    at = a + (lead.end() if lead else 0)
    run = NAME_RUN.match(ctx.masked, at, b)
    if run is None or ctx.masked[run.end():b].strip() or \
            all(bare_word(w) in NOT_NAMES for w in run.group().split()):
        return None
    s2, e2 = strip_roles(ctx.masked, run.start(), run.end())
    if s2 == run.start() and len(run.group().split()) < 2:
        return None  # a lone capitalised word is no name of a person
    return Mention(s2, e2, ctx.masked[s2:e2], "name")


def description_at(ctx: ArticleContext, at: int, text: str, start: int) -> Mention:
    """The description starting at ``start`` ("the club’s owner", "a person familiar with
    the matter"), or the name it is in apposition with ("the club’s owner, Gareth Lewis")."""
    text = ctx.masked[start:start + len(text) - (start - at)]
    desc = re.match(r"[\w’'.-]+(?:\s+(?!(?:who|which|that|and|but|before|after|while|as|when|"
                    r"because|since|until|if)\b)[\w’'-]+){0,5}", text)
    words = desc.group().split() if desc else text.split()[:1]
    # "a person familiar with the matter" is whole; "a spokesman on the" is not.
    while len(words) > 2 and words[-1].lower() in TRAILING_FUNCTION_WORDS:
        words.pop()
    # Stop at a verb after the head noun: "the agency wrote" -> "the agency".
    for i in range(2, len(words)):
        if VERB_RE.fullmatch(words[i]):
            words = words[:i]
            break
    phrase = _ADJUNCT.sub("", " ".join(words))
    words = phrase.split()
    end = start + len(phrase)
    named = appositive_name(ctx, end, start + len(text)) \
        if words and speaker_noun(words[-1]) else None
    return named or Mention(start, end, phrase, "phrase")


def appositive_name(ctx: ArticleContext, at: int, limit: int) -> Mention | None:
    """The name right after a description and its comma, that ends its own phrase ("the
    councillor, Rob Fenton."): who the description is."""
    gap = re.match(r",\s*", ctx.masked[at:limit])
    if gap is None:
        return None
    run = NAME_RUN.match(ctx.masked, at + gap.end(), limit)
    if run is None or all(bare_word(w) in NOT_NAMES for w in run.group().split()):
        return None
    if not re.match(r"\s*(?:[,.;:!?)\n]|$)", ctx.masked[run.end():limit]):
        return None
    s2, e2 = strip_roles(ctx.masked, run.start(), run.end())
    return Mention(s2, e2, ctx.masked[s2:e2], "name")


def bare_description(left: str, words: list[re.Match[str]]) -> tuple[int, int] | None:
    """A description with no determiner that ends right before the verb: "officials",
    "senior administration officials", "White House aides" (at most four words)."""
    last = words[-1]
    # A lone noun opening its clause is one even with no determiner: "villager recalls".
    opens = not left[:last.start()].strip() or left[:last.start()].rstrip().endswith(
        tuple(".;:!?\x1a\n"))
    if not (speaker_noun(last.group()) or (opens and agent_noun(last.group()))) or (
            last.group()[:1].isupper() and len(words) > 1 \
            and left[:last.start()].strip() and not left[:last.start()].rstrip().endswith(
                tuple(".;:,\x1a")) and last.group().lower() not in {"officials", "sources"}):
        return None
    i = len(words) - 1
    while i > 0 and len(words) - i < 4:
        prev = words[i - 1]
        gap = left[prev.end():words[i].start()]
        if gap.strip() or prev.group().lower() in NOT_IN_DESCRIPTION or VERB_RE.fullmatch(
                prev.group()) or prev.group().lower() in PRONOUNS:
            break
        i -= 1
    return words[i].start(), last.end()
