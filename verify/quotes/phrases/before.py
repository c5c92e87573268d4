"""The noun phrase that ends right before a verb ("Adam Kinzinger, an anti-Trump Republican,
said"), read from a bounded window before it.
"""

from __future__ import annotations

import re

from verify.quotes.context import ArticleContext
from verify.quotes.lexicon import (
    DETERMINERS,
    NAME_CONNECTORS,
    PRONOUNS,
    VERB_RE,
)
from verify.quotes.name_runs import NAME_RUN, NOT_NAMES, strip_nonnames, strip_roles
from verify.quotes.names import is_place
from verify.quotes.phrases.base import (
    CLOSE_TO,
    COMPLEMENT_WORDS,
    CREDITABLE_HEADS,
    INDEFINITE_PRONOUNS,
    POSSESSIVE,
    Mention,
    bare_word,
    head_noun,
    person_noun,
    speaker_noun,
)
from verify.quotes.phrases.descriptions import bare_description, grow_phrase, name_in_apposition

#: Characters before a verb in which its subject is looked for (the longest subject with
#: an appositive in PolNeAR train is well under this).
SUBJECT_CHARS = 400

_ADVERBS = r"(?:\s+(?:also|later|then|once|again|often|previously|recently|repeatedly|simply|only|"\
           r"still|even|now|just|never|always|already|ever|first|once|"\
           r"himself|herself|themselves|itself|"\
           r"has|had|have|would|will|did|didn['’]t|does|doesn['’]t|has\s+not|did\s+not|could|can|"\
           r"may|might|must|should|(?!(?:daily|weekly|monthly|quarterly|family|ally)\b)[a-z]+ly))*"


def subject_before(ctx: ArticleContext, lo: int, verb_at: int, bare: bool = False) -> Mention | None:
    """The noun phrase ending right before a verb (skipping adverbs and appositives);
    with ``bare``, also a description with no determiner ("“Q,” officials said").
    Only the last SUBJECT_CHARS before the verb are read: a subject with its
    appositive fits, and a sentence of thousands of verbs stays linear."""
    lo = max(lo, verb_at - SUBJECT_CHARS)
    left = ctx.masked[lo:verb_at]
    m = re.search(_ADVERBS + r"\s*$", left)
    left = left[:m.start()] if m else left
    left = left.rstrip()
    relative = re.search(r",\s*(who|which)$", left)  # "Beck, who has described …"
    if relative:
        antecedent = subject_before(ctx, lo, lo + relative.start())
        if antecedent is not None and antecedent.kind != "outlet":
            at = lo + relative.start(1)
            return Mention(at, at + len(relative.group(1)), antecedent.text, antecedent.kind)
        return antecedent
    restrictive = _RESTRICTIVE_WHO.search(left)
    if restrictive:
        # "A Labour spokesman who asked not to be named said", "the man who shot Smith
        # said": the clause says which one; its object never speaks.
        antecedent = subject_before(ctx, lo, lo + restrictive.start())
        if antecedent is not None:
            return antecedent
        last = re.search(r"[\w’']+$", left[:restrictive.start()])
        if last is not None:  # "Those who know Ann Lee say": they, not Ann Lee
            return Mention(lo + last.start(), lo + last.end(), last.group(), "phrase")
    left, named = _drop_appositives(ctx, lo, _drop_asides(left))
    end = lo + len(left)
    if not left:
        return None
    close = CLOSE_TO.search(left)
    if close is not None:  # "Those close to him say", "people familiar with the talks said"
        a = lo + close.start(1)
        return Mention(a, end, ctx.masked[a:end], "phrase")
    oi = ctx.outlet_at(end - 1, end)
    if oi is not None and ctx.outlets[oi].end >= end - 2:
        o = ctx.outlets[oi]
        return Mention(o.start, o.end, ctx.text[o.start:o.end], "outlet")
    words = list(re.finditer(r"[\w'’.?\-]+", left))
    if not words:
        return None
    last = words[-1]
    if last.group().lower() in PRONOUNS:
        return Mention(lo + last.start(), lo + last.end(), last.group(), "pronoun")
    if last.group().lower() in INDEFINITE_PRONOUNS and re.search(
            r"(?:^|[.!?:;\x1a\n])\s*$", left[:last.start()]):
        # "Another added: “…”": someone other than the last speaker, named by no one.
        return Mention(lo + last.start(), lo + last.end(), last.group(), "phrase")
    found = _name_before(ctx, lo, left)
    if found is not None:
        return found
    described, found = _determined_description(ctx, lo, words, named)
    if described:
        return found
    span = bare_description(left, words) if bare else None
    if span is not None:  # "officials", "White House officials"
        return Mention(lo + span[0], lo + span[1], ctx.masked[lo + span[0]:lo + span[1]],
                       "phrase")
    return None


def _drop_asides(left: str) -> str:
    """``left`` without what sits between the subject and its verb: a parenthesis, a
    dash-delimited appositive, a first verb coordinated with the reporting one."""
    paren = re.search(r"\s*\([^()\n]{0,40}\)$", left)  # "Claire McCaskill (D-Mo.)"
    if paren:
        left = left[:paren.start()]
    # A dash-delimited appositive: "Elena Ruiz — née Müller — said".
    dashed = re.search(r"\s*[—–]\s*[^—–\n]{1,80}?\s*[—–]$", left)
    if dashed:
        left = left[:dashed.start()].rstrip()
    coordinated = re.search(r"\s+[a-z]+(?:ed|s)\s+and$", left)  # "I laughed and said"
    if coordinated:
        left = left[:coordinated.start()]
    return left


def _drop_appositives(ctx: ArticleContext, lo: int, left: str) -> tuple[str, Mention | None]:
    """``left`` (read from ``lo``) without its trailing appositives ("Adam Kinzinger, an
    anti-Trump Republican,"), and the name one of them consists of, if any ("The vicar,
    the Rev Jane Hollis," -> Jane Hollis)."""
    named: Mention | None = None
    while left.endswith(","):
        body = left[:-1]
        cut = body.rfind(",")
        chunk = re.sub(r"\s*\([^()\n]{0,40}\)$", "", body[cut + 1:].strip())
        if named is None and cut != -1 and chunk:
            named = name_in_apposition(ctx, lo + cut + 1, lo + cut + 1 + len(body[cut + 1:]))
        chunk_words = chunk.split()
        # "Gov. John Kasich" names itself; "of Bristol" says where the name before is from.
        names_itself = bool(chunk_words) and len(chunk_words) <= 6 and \
            chunk_words[0][:1].isupper() and all(
                w[:1].isupper() or w in NAME_CONNECTORS for w in chunk_words)
        if cut == -1 or not chunk or names_itself:
            left = re.sub(r"\s*\([^()\n]{0,40}\)$", "", body)
            break
        left = re.sub(r",\s*\d{1,3}$", "", body[:cut].rstrip())  # "Gavin Brown, 34, of Bristol,"
    return left, named


def _name_before(ctx: ArticleContext, lo: int, left: str) -> Mention | None:
    """A name that ends ``left`` (read from ``lo``), or a body or role it qualifies
    ("Richmond police said")."""
    run = None
    for r in NAME_RUN.finditer(left):
        if r.end() == len(left.rstrip(".")) or r.end() == len(left):
            run = r
    if run is not None and not all(bare_word(w) in NOT_NAMES for w in run.group().split()):
        s2, e2 = strip_roles(ctx.masked, *strip_nonnames(ctx.masked, lo + run.start(),
                                                         lo + run.end()))
        text = ctx.masked[s2:e2]
        if is_place(ctx.masked[lo + run.start():s2].strip()):
            # "ambassador to Britain Liu Xiaoming": the name in apposition with the role.
            return Mention(s2, e2, text, "name")
        if text.split()[0].lower() not in DETERMINERS | {"but", "and", "so", "when", "as"}:
            # "A colleague of Dr Ann Wu said": grown from the run as written, title and all.
            return grow_phrase(ctx, lo, lo + run.start(), e2) or grow_phrase(ctx, lo, s2, e2) \
                or Mention(s2, e2, text, "name")
    qualified = _NAME_THEN_ROLE.search(left)
    if qualified and speaker_noun(qualified.group(2)) and \
            not all(bare_word(w) in NOT_NAMES for w in qualified.group(1).split()):
        # "Richmond police said", "Labour sources said": a body or a role the name
        # qualifies, not the name.
        a = lo + qualified.start()
        return Mention(a, lo + len(left), ctx.masked[a:lo + len(left)], "phrase")
    return None


def _determined_description(ctx: ArticleContext, lo: int, words: list[re.Match[str]],
                            named: Mention | None) -> tuple[bool, Mention | None]:
    """A description that opens on a determiner or a possessive among the last words before
    the verb ("the influential US daily", "a spokesperson for HMRC"), or the name in
    apposition with it (``named``). The flag says a determiner settled the matter, even
    when no phrase is found (one with a comma or a verb is none)."""
    last = words[-1]
    toks = words[-10:]
    for i in range(len(toks) - 2, -1, -1):  # the determiner nearest the verb first
        w = toks[i]
        possessive = POSSESSIVE.search(w.group()) and w.group()[:1].isupper()
        if w.group().lower() in DETERMINERS - {"that"} or possessive:
            before = toks[i - 1].group().lower() if i > 0 else ""
            if before in COMPLEMENT_WORDS and any(
                    t.group().lower() in DETERMINERS for t in toks[:i - 1]):
                continue  # "two people familiar with the plans": the object of "with"
            s2, e2 = lo + w.start(), lo + last.end()
            phrase = ctx.masked[s2:e2]
            if not re.search(r"[,;:\x1a]", phrase) and not VERB_RE.search(phrase) and \
                    not _DANGLING.search(phrase):
                head = head_noun(phrase)
                if named is not None and (person_noun(head) or
                                          head not in CREDITABLE_HEADS):
                    return True, named  # the description's own name, in apposition
                return True, Mention(s2, e2, phrase, "phrase")
            return True, None
    return False, None


#: A description never ends on a preposition or an infinitive's "to" ("a donor to Sen.
#: Marco Rubio (R-FL) to attack"): the words run on into a clause.
_DANGLING = re.compile(r"\s(?:to|of|for|at|from|with|in|on|by|and|or)$", re.I)

#: A restrictive relative clause between a subject and its verb: "… who helped the UN said".
_RESTRICTIVE_WHO = re.compile(r"(?<=[\w’'])\s+who\s+(?!said\b|says\b)(?:(?!\b(?:when|while|after|before|"
                              r"because|if|as|since|until|and|but|that|he|she|they|it|we|I)\b)"
                              r"[^,;:.!?\x1a\n]){1,100}$")

_NAME_THEN_ROLE = re.compile(r"(?:^|(?<=[\s,;:(]))((?:[A-Z][\w’'.-]*\s+){1,3})([a-z][\w-]*)$")
