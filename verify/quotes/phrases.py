"""Noun-phrase finders: who a reporting verb's subject is, read off the masked text.

Each finder takes the article's :class:`~verify.quotes.context.ArticleContext` and offsets
into its text and returns a :class:`Mention` (a name, a pronoun, an outlet or a
description) or None. They read the masked text (every quotation blanked out), so quoted
words never look like a subject, and each reads a bounded window, so a sentence of
thousands of words stays linear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from verify.quotes.context import MASK, ArticleContext
from verify.quotes.lexicon import (
    ALL_PERSON_NOUNS,
    DETERMINERS,
    LEADING_PREPOSITIONS,
    NAME_CONNECTORS,
    NAMING_VERBS,
    ORG_WORDS,
    PRONOUNS,
    REPORTING_FORMS,
    ROLE_WORDS,
    SENTENCE_OPENERS,
    SPEAKER_NOUNS,
    VERB_RE,
    agent_noun,
)
from verify.quotes.name_runs import NAME_RUN, NOT_NAMES, strip_roles
from verify.quotes.names import is_place

#: Characters before a verb in which its subject is looked for (the longest subject with
#: an appositive in PolNeAR train is well under this).
SUBJECT_CHARS = 400

_ADVERBS = r"(?:\s+(?:also|later|then|once|again|often|previously|recently|repeatedly|simply|only|"\
           r"still|even|now|just|never|always|already|ever|first|once|"\
           r"himself|herself|themselves|itself|"\
           r"has|had|have|would|will|did|didn['’]t|does|doesn['’]t|has\s+not|did\s+not|could|can|"\
           r"may|might|must|should|(?!(?:daily|weekly|monthly|quarterly|family|ally)\b)[a-z]+ly))*"


@dataclass(frozen=True, slots=True)
class Mention:
    """A noun phrase credited with words: a name, a pronoun, an outlet, or a description."""

    start: int
    end: int
    text: str
    kind: str  # name | pronoun | outlet | phrase


def plausible(ctx: ArticleContext, mention: Mention) -> bool:
    """A speaker is a name, a pronoun, an outlet, or a description of a person or body.

    Not a dateline in capitals, and not a lone participle or adverb that opens its
    sentence ("Reprising", "Wait") unless it is the surname of someone named earlier."""
    words = mention.text.split()
    if mention.kind == "name":
        # "WASHINGTON (AP) —" is a dateline; "the DNC said" is a body.
        shouted = mention.text.isupper() and (len(mention.text) > 5 or bool(
            re.match(r"\s*[(—–-]", ctx.masked[mention.end:mention.end + 4])))
        if shouted or all(bare_word(w) in NOT_NAMES for w in words):
            return False
        if is_place(mention.text) and _LOCATED.search(ctx.masked[max(0, mention.start - 40):
                                                                 mention.start]):
            return False  # "in Laredo, Texas and explained": where, not who
        return len(words) > 1 or not lone_sentence_opener(ctx, mention)
    if mention.kind == "phrase":
        if mention.text.lower() in _INDEFINITE_PRONOUNS or _CLOSE_TO.match(mention.text):
            return True  # "Another added:", "Those close to him say"
        head = head_noun(mention.text)
        singular = head[:-1] if head.endswith("s") else head
        if {head, singular} & _CREDITABLE_HEADS or agent_noun(head):
            return True
        # "one person involved", "two people briefed": an indefinite description whose
        # noun is followed by a participle or adjective.
        words = mention.text.split()
        return words[0].lower() in _INDEFINITE and any(_speaker_noun(w) for w in words[1:3])
    return True


# What makes a place name a location: a place before it and a comma ("Laredo, Texas"), or
# a preposition of place ("in Texas"). A place alone ("Russia said") is its government.
_LOCATED = re.compile(r"(?:\b[A-Z][\w.’'-]*,|\b(?:in|from|of|near|across|throughout|to)"
                      r")\s*$")


def lone_sentence_opener(ctx: ArticleContext, mention: Mention) -> bool:
    """True for a single capitalised participle or adverb that opens its sentence
    ("Reprising", "Led", "Perhaps"), unless it is the surname of someone named in full."""
    word = bare_word(mention.text)
    if not (word.endswith(("ing", "ed", "ly")) or word in SENTENCE_OPENERS):
        return False
    after = ctx.masked[mention.end:mention.end + 30]
    if re.match(r"\s+[a-z]+ed\b", after) or VERB_RE.match(after.lstrip()):
        return False  # "Ofsted rated the school": a verb follows its subject
    before = ctx.masked[max(0, mention.start - 3):mention.start]
    if before.strip() and not re.search(r"(?:[.!?:\x1a\"”]\s*|\n\s*)$", before):
        return False
    return not ctx.full_name_for(word, mention.start)


def verb_subject(ctx: ArticleContext, s: int, verb: re.Match[str]) -> Mention | None:
    """Who does the reporting verb: the noun phrase before it, or for a participle
    ("…, saying, “Q”") the subject of the sentence; the one quoted ("The Sun quoted a
    neighbour as saying"); the agent of a passive ("was said by allies to be")."""
    at = s + verb.start()
    quoted = _QUOTED_AS.search(ctx.masked, max(s, at - 120), at)
    if quoted is not None:
        found = subject_after(ctx, quoted.start(1), quoted.end(1))
        if found is not None:
            return found
    if _PASSIVE.search(ctx.masked, max(s, at - 12), at):
        agent = re.match(r"\s+by\s+", ctx.masked[s + verb.end():s + verb.end() + 5])
        if agent is not None:
            by = s + verb.end() + agent.end()
            found = subject_after(ctx, by, min(len(ctx.masked), by + 120))
            if found is None:  # "by allies", "by senior officials"
                for w in re.finditer(r"[a-z][\w-]*", ctx.masked[by:by + 40]):
                    if _speaker_noun(w.group()):
                        found = Mention(by, by + w.end(), ctx.masked[by:by + w.end()], "phrase")
                        break
            return found
    if verb.group().endswith("ing"):
        before = ctx.masked[s:s + verb.start()]
        if not before.rstrip().endswith(","):
            subj = subject_before(ctx, s, s + verb.start())
            if subj is not None and subj.kind == "name":
                return subj  # "footage of Hillary Clinton asking, “…”"
        # "…, saying “Q”": the participle's subject is the sentence's, never the noun
        # phrase just before the comma ("Hollande said Tuesday in Paris, noting …").
        return sentence_subject(ctx, s, s + verb.start())
    subj = subject_before(ctx, s, s + verb.start())
    return subj if subj is not None and plausible(ctx, subj) else None


# "The Sun quoted a neighbour as saying", "was quoted as saying" (the subject is then the
# sentence's): the one quoted is between the verb and "as".
_QUOTED_AS = re.compile(r"\bquot(?:ed|es|ing)\s+([^,;:\x1a]{1,80}?)\s+as\s+$")
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being)\s+$")
# "what’s called", "what is sometimes dubbed": a naming verb that names a thing.
WHAT_IS = re.compile(r"\b[Ww]hat(?:['’]s|\s+is|\s+are|\s+was|\s+were|\s+has\s+been)\s+"
                      r"(?:\w+ly\s+)?$")


def passive_naming(ctx: ArticleContext, s: int, verb: re.Match[str]) -> bool:
    """True for a naming verb after "what is" ("what’s called", "what is dubbed"): it names
    a thing, and says no one spoke."""
    at = s + verb.start()
    return verb_base_of(verb.group()) in NAMING_VERBS and \
        WHAT_IS.search(ctx.masked, max(s, at - 30), at) is not None


def verb_base_of(verb: str) -> str:
    """The base form of a reporting verb as written ("spelled\nout" -> "spell out")."""
    return REPORTING_FORMS.get(" ".join(verb.split()), verb)


def sentence_subject(ctx: ArticleContext, s: int, limit: int, loose: bool = False) -> Mention | None:
    """The noun phrase that opens the sentence, after a leading phrase and comma ("As a
    phone rang, the announcer said"; "Democratic nominee Hillary Clinton chimed in")."""
    text = ctx.masked[s:limit]
    quote_lead = re.match(r"\s*(?:\x1a+[\s,]*)?", text)
    base = quote_lead.end() if quote_lead else 0
    leads = [base]
    for _ in range(2):  # "Following a swiftly called, late-afternoon meeting, the Council…"
        m = re.match(r"[^,\x1a]{0,100},\s*", text[leads[-1]:])
        if not m:
            break
        leads.append(leads[-1] + m.end())
    for offset in dict.fromkeys([*reversed(leads), 0]):
        ws = re.match(r"\s*", text[offset:])
        at = s + offset + (ws.end() if ws else 0)
        found = phrase_at(ctx, at, limit, loose)
        if found is not None:
            return found
    return None


def phrase_at(ctx: ArticleContext, at: int, limit: int, loose: bool = False) -> Mention | None:
    """A subject noun phrase starting exactly at ``at``, or None. ``loose`` accepts any
    determiner phrase ("the petition"), not only a description of a speaker."""
    first = re.match(r"[\w'’]+", ctx.masked[at:limit])
    if first is None or first.group().lower() in _LEADING_PREPOSITIONS:
        return None  # "With Democratic leaders worried, …": a phrase, not the subject
    if first.group().lower() in PRONOUNS:
        return Mention(at, at + first.end(), first.group(), "pronoun")
    oi = ctx.outlet_at(at, at + 1)
    if oi is not None and ctx.outlets[oi].start >= at - 1:
        o = ctx.outlets[oi]
        return Mention(o.start, o.end, ctx.text[o.start:o.end], "outlet")
    det = re.match(r"(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ne|[Aa]nother|"
                   r"[Ss]everal|[Ss]ome|[Oo]ther|(?!(?:That|It|Here|There|What|Who|He|She|Let)['’]s)"
                   r"[A-Z][\w’'.-]*['’]s)\s+)", ctx.masked[at:limit])
    body_at = at + (det.end() if det else 0)
    run = NAME_RUN.match(ctx.masked, body_at, limit)
    if run and not all(bare_word(w) in NOT_NAMES for w in run.group().split()):
        s2, e2 = strip_roles(ctx.masked, run.start(), run.end())
        follow = ctx.masked[run.end():run.end() + 30].lstrip()
        dateline = re.match(r"\([A-Z]{2,}\)\s*[—–-]", follow)  # "Washington (AFP) –"
        name = Mention(s2, e2, ctx.masked[s2:e2], "name")
        if _possessive(ctx.masked[run.start():limit], run.end() - run.start()):
            # "the Royal College of Nursing’s general secretary, Nicola Ranger, told"
            found = _description(ctx, at, ctx.masked[at:limit], at)
            if found.kind == "name" or plausible(ctx, found):
                return found
        role = re.match(r"\s+([a-z][\w-]*)\b", ctx.masked[run.end():limit])
        if det is not None and role is not None and det.group().strip().lower() in DETERMINERS:
            # "the Polish foreign minister, Radosław Sikorski, said": the name in apposition.
            found = _description(ctx, at, ctx.masked[at:limit], at)
            if found.kind == "name":
                return found
        if det is not None and role is not None and _speaker_noun(role.group(1)) and \
                det.group().strip().lower() in DETERMINERS:
            # "the Swedish coach said": after a determiner the name qualifies the role.
            end = run.end() + role.end()
            return Mention(at, end, ctx.masked[at:end], "phrase")
        after_role = _ROLE_BEFORE_NAME.match(ctx.masked, run.end(), limit)
        if after_role is not None and det is None and any(
                w in ROLE_WORDS or _speaker_noun(w) for w in after_role.group().split()):
            # "Clinton campaign chairman John Podesta wrote": the name after the role.
            second = NAME_RUN.match(ctx.masked, after_role.end(), limit)
            if second is not None:
                s3, e3 = strip_roles(ctx.masked, second.start(), second.end())
                return Mention(s3, e3, ctx.masked[s3:e3], "name")
        if (follow[:1].islower() or follow[:1] in "(,") and not dateline \
                and plausible(ctx, name):
            return name
    if det:
        words = re.match(r"(?:[\w-]+\s+){0,3}?([\w-]+)(?=\s+[a-z])", ctx.masked[body_at:limit])
        if words:
            end = body_at + words.end()
            head = words.group(1).lower()
            # "the former secretary of state talked": titles run on to their noun.
            while head in ROLE_WORDS:
                more = re.match(r"\s+([a-z][\w-]*)\b", ctx.masked[end:limit])
                if more is None or more.group(1).endswith(("ed", "ing")) or \
                        more.group(1) in REPORTING_FORMS:
                    break
                end += more.end()
                head = more.group(1)
            phrase = Mention(at, end, ctx.masked[at:end], "phrase")
            if plausible(ctx, phrase) or (loose and not head.endswith(("ed", "ing"))
                                           and head not in REPORTING_FORMS):
                return phrase
    return None


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
    # Drop a trailing appositive: "Adam Kinzinger, an anti-Trump Republican,"
    named: Mention | None = None  # "The vicar, the Rev Jane Hollis," -> Jane Hollis
    while left.endswith(","):
        body = left[:-1]
        cut = body.rfind(",")
        chunk = re.sub(r"\s*\([^()\n]{0,40}\)$", "", body[cut + 1:].strip())
        if named is None and cut != -1 and chunk:
            named = _name_in_apposition(ctx, lo + cut + 1, lo + cut + 1 + len(body[cut + 1:]))
        chunk_words = chunk.split()
        # "Gov. John Kasich" names itself; "of Bristol" says where the name before is from.
        names_itself = bool(chunk_words) and len(chunk_words) <= 6 and \
            chunk_words[0][:1].isupper() and all(
                w[:1].isupper() or w in NAME_CONNECTORS for w in chunk_words)
        if cut == -1 or not chunk or names_itself:
            left = re.sub(r"\s*\([^()\n]{0,40}\)$", "", body)
            break
        left = re.sub(r",\s*\d{1,3}$", "", body[:cut].rstrip())  # "Gavin Brown, 34, of Bristol,"
    end = lo + len(left)
    if not left:
        return None
    close = _CLOSE_TO.search(left)
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
    if last.group().lower() in _INDEFINITE_PRONOUNS and re.search(
            r"(?:^|[.!?:;\x1a\n])\s*$", left[:last.start()]):
        # "Another added: “…”": someone other than the last speaker, named by no one.
        return Mention(lo + last.start(), lo + last.end(), last.group(), "phrase")
    run = None
    for r in NAME_RUN.finditer(left):
        if r.end() == len(left.rstrip(".")) or r.end() == len(left):
            run = r
    if run is not None and not all(bare_word(w) in NOT_NAMES for w in run.group().split()):
        s2, e2 = strip_roles(ctx.masked, lo + run.start(), lo + run.end())
        text = ctx.masked[s2:e2]
        if text.split()[0].lower() not in DETERMINERS | {"but", "and", "so", "when", "as"}:
            return grow_phrase(ctx, lo, s2, e2) or Mention(s2, e2, text, "name")
    qualified = _NAME_THEN_ROLE.search(left)
    if qualified and _speaker_noun(qualified.group(2)) and \
            not all(bare_word(w) in NOT_NAMES for w in qualified.group(1).split()):
        # "Richmond police said", "Labour sources said": a body or a role the name
        # qualifies, not the name.
        a = lo + qualified.start()
        return Mention(a, lo + len(left), ctx.masked[a:lo + len(left)], "phrase")
    # A description: "the influential US daily", "a spokesperson for HMRC".
    toks = words[-10:]
    for i in range(len(toks) - 2, -1, -1):  # the determiner nearest the verb first
        w = toks[i]
        possessive = _POSSESSIVE.search(w.group()) and w.group()[:1].isupper()
        if w.group().lower() in DETERMINERS - {"that"} or possessive:
            before = toks[i - 1].group().lower() if i > 0 else ""
            if before in _COMPLEMENT_WORDS and any(
                    t.group().lower() in DETERMINERS for t in toks[:i - 1]):
                continue  # "two people familiar with the plans": the object of "with"
            s2, e2 = lo + w.start(), lo + last.end()
            phrase = ctx.masked[s2:e2]
            if not re.search(r"[,;:\x1a]", phrase) and not VERB_RE.search(phrase):
                head = head_noun(phrase)
                if named is not None and (person_noun(head) or
                                          head not in _CREDITABLE_HEADS):
                    return named  # the description's own name, in apposition
                return Mention(s2, e2, phrase, "phrase")
            return None
    found = _bare_description(left, words) if bare else None
    if found is not None:  # "officials", "White House officials"
        return Mention(lo + found[0], lo + found[1], ctx.masked[lo + found[0]:lo + found[1]],
                       "phrase")
    return None


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


_PREPOSITION = r"(?:for|at|of|from|close\s+to|with|in)"
_GROWN = re.compile(r"(?:^|(?<=\s))(?P<det>(?:[Aa]n?|[Tt]he)\s+)?(?:[\w-]+\s+)?(?P<noun>[\w-]+)"
                    rf"\s+{_PREPOSITION}\s+(?:the\s+)?$")


def subject_after(ctx: ArticleContext, at: int, limit: int) -> Mention | None:
    """The noun phrase starting at ``at`` ("said Joshua Huder, a senior fellow")."""
    text = ctx.masked[at:limit]
    lead = len(text) - len(text.lstrip())
    text = text.lstrip()
    at += lead
    oi = ctx.outlet_at(at, at + 1)
    if oi is not None and ctx.outlets[oi].start >= at - 1:
        o = ctx.outlets[oi]
        return Mention(o.start, o.end, ctx.text[o.start:o.end], "outlet")
    first = re.match(r"[\w'’]+", text)
    if first and first.group().lower() in PRONOUNS:
        return Mention(at, at + first.end(), first.group(), "pronoun")
    if first and re.match(r"(?:one|another|others|some|many|several)\s*[.,;]", text):
        return Mention(at, at + first.end(), first.group(), "phrase")  # "read one."
    m = re.match(r"(?:(?:the|a|an)\s+)?(?:[a-z0-9][\w/-]*\s+){0,3}", text)
    offset = m.end() if m else 0
    run = NAME_RUN.match(text, offset)
    if run and MASK not in run.group() and not all(
            bare_word(w) in NOT_NAMES for w in run.group().split()):  # "said Tuesday"
        if _possessive(text, run.end()):
            # "said Unite’s general secretary, Sharon Graham": a possessive opens a description.
            return _description(ctx, at, text, at + run.start())
        skipped = _NOUN_THEN_PREPOSITION.search(text[:run.start()])
        if skipped and _speaker_noun(skipped.group(1)):
            # "said a spokesman for the Bundesbank": the spokesman speaks, not the bank.
            return Mention(at, at + run.end(), ctx.masked[at:at + run.end()], "phrase")
        # "said Sanders campaign manager Jeff Weaver": the first name is whose aide the
        # speaker is; the speaker is the name after the role.
        role = _ROLE_THEN_NAME.match(text, run.end())
        if role is not None:
            run = NAME_RUN.match(text, role.end()) or run
        else:
            tail = _ROLE_TO_END.match(text, run.end())
            det = text[:offset].strip().lower()
            det = det.split()[0] if det else ""  # "a senior Treasury official"
            if tail is not None and det in {"", "the", "a", "an"} and (
                    _speaker_noun(tail.group(1).split()[-1]) or (det and _nominal(tail.group(1)))):
                # "says Welsh first minister", "admitted the Everton manager", "said the
                # Dutch consul": the name qualifies the noun that ends the phrase, unless a
                # name follows in apposition ("said the German ambassador, Miguel Berger,").
                end = at + tail.end(1)
                return _appositive_name(ctx, end, limit) or \
                    Mention(at, end, ctx.masked[at:end], "phrase")
        s2, e2 = strip_roles(ctx.masked, at + run.start(), at + run.end())
        return Mention(s2, e2, ctx.masked[s2:e2], "name")
    if re.match(r"(?:the|a|an|one|another|some|several|two|three|many|other|his|her|their|"
                r"its|our|my)\s", text):
        return _description(ctx, at, text, at)  # "said his brother, Neil"
    bare = _BARE_AFTER.match(text)
    if bare is not None and _nominal(bare.group(1)) and not (
            set(bare.group(1).split()) & _NOT_IN_DESCRIPTION) and (
            _speaker_noun(bare.group(2)) or agent_noun(bare.group(2))):
        # "says health secretary", "say protesters": a description with no article.
        return Mention(at, at + bare.end(2), ctx.masked[at:at + bare.end(2)], "phrase")
    return None


_CLOSE_TO = re.compile(r"(?:^|(?<=[\s(]))((?:(?:[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]any|[Tt]he)\s+)?"
                       r"(?:[Tt]hose|[Pp]eople|[Ss]ources|[Aa]llies|[Ff]riends|[Ff]igures|"
                       r"[Ss]omeone|[Aa]nyone)\s+(?:close\s+to|familiar\s+with|around|loyal\s+to|"
                       r"inside|within)\s+[^,;:.!?\x1a\n]{1,60})$")
_BARE_AFTER = re.compile(r"((?:[a-z][\w-]*\s+){0,2})([a-z][\w-]*)(?=\s*(?:[,.;:!?\n)]|$))")


_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
# Heads of descriptions that can be credited: a speaker or a body.
_CREDITABLE_HEADS = SPEAKER_NOUNS | ORG_WORDS
_VERBAL = re.compile(r"\b(?:is|was|were|are|has|had|have|would|will|could|should|did|does|do|"
                     r"may|might|must|can|been|be|not)\b|(?:ed|ly|ing)$")


def _nominal(words: str) -> bool:
    """True when lower-case words after a name read as the rest of a noun phrase ("Dutch
    consul"), not as a clause ("Senate was wrong")."""
    return _VERBAL.search(words) is None


def _possessive(text: str, end: int) -> bool:
    """True when the name run ending at ``end`` of ``text`` is a possessive that opens a
    description: "Unite’s general secretary", "the Conservatives’ leader" (a run never
    takes the apostrophe after a plural's s)."""
    run_tail = text[max(0, end - 2):end]
    if _POSSESSIVE.search(run_tail):
        return re.match(r"\s+[a-z]", text[end:]) is not None
    return run_tail[-1:] in {"s", "S"} and re.match(r"['’]\s+[a-z]", text[end:]) is not None
_NAME_THEN_ROLE = re.compile(r"(?:^|(?<=[\s,;:(]))((?:[A-Z][\w’'.-]*\s+){1,3})([a-z][\w-]*)$")
_NOUN_THEN_PREPOSITION = re.compile(rf"\b([\w-]+)\s+{_PREPOSITION}\s+(?:the\s+)?$")
# Lower-case role words that end a name's phrase: "Welsh first minister."
_ROLE_TO_END = re.compile(r"\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s*(?=[,.;:!?\n)]|$)")


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
    return _name_in_apposition(ctx, a + cut + 1, a + len(text))


def _name_in_apposition(ctx: ArticleContext, a: int, b: int) -> Mention | None:
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


def _description(ctx: ArticleContext, at: int, text: str, start: int) -> Mention:
    """The description starting at ``start`` ("the club’s owner", "a person familiar with
    the matter"), or the name it is in apposition with ("the club’s owner, Gareth Lewis")."""
    text = ctx.masked[start:start + len(text) - (start - at)]
    desc = re.match(r"[\w’'.-]+(?:\s+(?!(?:who|which|that|and|but|before|after|while|as|when|"
                    r"because|since|until|if)\b)[\w’'-]+){0,5}", text)
    words = desc.group().split() if desc else text.split()[:1]
    # "a person familiar with the matter" is whole; "a spokesman on the" is not.
    while len(words) > 2 and words[-1].lower() in _TRAILING_FUNCTION_WORDS:
        words.pop()
    # Stop at a verb after the head noun: "the agency wrote" -> "the agency".
    for i in range(2, len(words)):
        if VERB_RE.fullmatch(words[i]):
            words = words[:i]
            break
    phrase = _ADJUNCT.sub("", " ".join(words))
    words = phrase.split()
    end = start + len(phrase)
    named = _appositive_name(ctx, end, start + len(text)) \
        if words and _speaker_noun(words[-1]) else None
    return named or Mention(start, end, phrase, "phrase")


def _appositive_name(ctx: ArticleContext, at: int, limit: int) -> Mention | None:
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


_LEADING_PREPOSITIONS = LEADING_PREPOSITIONS
_TRAILING_FUNCTION_WORDS = {"the", "a", "an", "of", "to", "for", "at", "on", "in", "with", "by",
                            "from", "and", "or", "but", "as", "this", "that", "his", "her",
                            "their", "its"}
# Lower-case role words between two names: "Cruz constituent Dan Golvach".
_ROLE_THEN_NAME = re.compile(r"(?:\s+(?!(?:and|or|but|who|which|that|said|says|in|on|at|of|to|for|"
                             r"with|from|by|as|the|a|an)\b)[a-z][\w-]*){1,3}\s+(?=[A-Z][\w’'.-]*"
                             r"(?:\s+[A-Z][\w’'.-]*)+\s*[,.;:!?\n)]|[A-Z][\w’'.-]*\s*[,.;:!?\n])")
# Lower-case role words between a name and a name of two words or more, in a subject:
# "Clinton campaign chairman John Podesta wrote".
_ROLE_BEFORE_NAME = re.compile(r"(?:\s+(?!(?:and|or|but|who|which|that|in|on|at|of|to|for|with|"
                               r"from|by|as|the|a|an)\b)[a-z][\w-]*){1,3}\s+(?=[A-Z][\w’'.-]*"
                               r"(?:\s+[A-Z][\w’'.-]*)+)")
# Words after which a determiner opens a complement, not the speaker: "a spokeswoman for the
# company", "people familiar with the plans".
_COMPLEMENT_WORDS = {"with", "for", "of", "to", "on", "in", "at", "about", "from", "by", "near",
                     "close", "inside", "within", "around"}
_INDEFINITE = {"a", "an", "one", "two", "three", "four", "several", "some", "many"}
_INDEFINITE_PRONOUNS = {"another", "others", "one", "some", "many", "several"}
_NOT_IN_DESCRIPTION = _TRAILING_FUNCTION_WORDS | {"who", "which", "when", "so", "if", "than"}


def person_noun(word: str) -> bool:
    """True for a noun naming a person, singular or plural ("analysts", "drummers",
    "ex-partner")."""
    w = _unprefixed(bare_word(word))
    return w in ALL_PERSON_NOUNS or (w.endswith("s") and w[:-1] in ALL_PERSON_NOUNS) or \
        agent_noun(w)


def _speaker_noun(word: str) -> bool:
    """True for a noun that can be credited with words, singular or plural ("officials")."""
    w = _unprefixed(bare_word(word))
    return w in SPEAKER_NOUNS or (w.endswith("s") and (w[:-1] in SPEAKER_NOUNS or (
        w.endswith("es") and w[:-2] in SPEAKER_NOUNS)))


def _unprefixed(word: str) -> str:
    """"ex-partner" -> "partner", "co-founder" -> "founder": the noun a prefix qualifies."""
    head, _, rest = word.partition("-")
    return rest if rest and head in {"ex", "former", "co", "vice", "step", "deputy", "acting",
                                     "then", "self", "would-be"} else word


def _bare_description(left: str, words: list[re.Match[str]]) -> tuple[int, int] | None:
    """A description with no determiner that ends right before the verb: "officials",
    "senior administration officials", "White House aides" (at most four words)."""
    last = words[-1]
    # A lone noun opening its clause is one even with no determiner: "villager recalls".
    opens = not left[:last.start()].strip() or left[:last.start()].rstrip().endswith(
        tuple(".;:!?\x1a\n"))
    if not (_speaker_noun(last.group()) or (opens and agent_noun(last.group()))) or (
            last.group()[:1].isupper() and len(words) > 1 \
            and left[:last.start()].strip() and not left[:last.start()].rstrip().endswith(
                tuple(".;:,\x1a")) and last.group().lower() not in {"officials", "sources"}):
        return None
    i = len(words) - 1
    while i > 0 and len(words) - i < 4:
        prev = words[i - 1]
        gap = left[prev.end():words[i].start()]
        if gap.strip() or prev.group().lower() in _NOT_IN_DESCRIPTION or VERB_RE.fullmatch(
                prev.group()) or prev.group().lower() in PRONOUNS:
            break
        i -= 1
    return words[i].start(), last.end()


def drop_affiliation(person: Mention) -> Mention:
    """"Sam Bendett of CNA" -> "Sam Bendett": the person, without where they work or live."""
    affiliation = re.search(r"\s+(?:of|at|from)\s+\S.*$", person.text)
    if affiliation is None or person.kind != "name":
        return person
    return Mention(person.start, person.start + affiliation.start(),
                   person.text[:affiliation.start()], "name")


def head_noun(phrase: str) -> str:
    """The noun a description is about: "the former secretary of state" -> "secretary"."""
    words = re.split(r"\s+(?:of|for|at|from|with|in)\s+", phrase.lower(), maxsplit=1)[0].split()
    return words[-1].strip(".,") if words else ""


def bare_word(word: str) -> str:
    """Lower case, without surrounding punctuation or a possessive ("Obama’s" -> "obama")."""
    return re.sub(r"['’]s$", "", word.lower().strip(".,;:()\"“”"))


def has_name(text: str) -> bool:
    """True when a word after the first is capitalised ("the Labour leader")."""
    return any(w[:1].isupper() for w in text.split()[1:])
