"""Attribution rules: who is credited with a quote, and in which outlet the words appeared.

Rules over the sentence around the quote with every quotation masked out (so quoted words
never look like attributions), in this order:

1. ``S, citing P, … wrote`` — outlet S, speaker P;
2. a cue right before the quote: ``S said: “Q”``, ``S wrote, “Q”``, ``S replied bizarrely, “Q”``;
3. a cue right after it: ``“Q,” S said``, ``“Q,” said S``, ``“Q,” as S spelled out``, ``“Q” — S``,
   also with a verb outside the lexicon when it closes the sentence (``“Q?” Hannity prodded.``);
4. ``according to S`` anywhere in the sentence;
5. a colon: ``Republican pollster Daron Shaw: “Q”``;
6. a reporting verb earlier in the sentence (mixed quotes: ``S said that X has “Q”``), the
   outer clause when the nearer one is a pronoun for the same person;
7. an attribution that closes the sentence (``X “Q” in 2008, said Paul Beck.``);
8. a characterisation (``S blasted Clinton as a “disgrace”``);
9. the cue of the previous sentence, or a colon closing the previous paragraph (``And from
   Chairwoman Rosenworcel:``);
10. the subject of a sentence that holds a view with no reporting verb (``Rubio bemoaned a
    climate in which people “literally hate each other”``), for quotes of four words or more.

The subject is grown to its noun phrase; pronouns, relative pronouns, surnames and definite
descriptions ("the influential US daily") are resolved to the nearest earlier full name or
outlet.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

from verify.quotes.context import MASK, NAME_RUN, NOT_NAMES, ArticleContext, strip_roles
from verify.quotes.lexicon import (
    DETERMINERS,
    NAME_CONNECTORS,
    NAMING_VERBS,
    NOT_SPEECH_FORMS,
    ORG_WORDS,
    OUTLET_NOUNS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PRONOUNS,
    REPORTING_FORMS,
    ROLE_WORDS,
    SENTENCE_OPENERS,
    SPEAKER_NOUNS,
    VERB_RE,
)

#: Characters of a quote's sentence read on each side of it (real sentences are shorter).
SENTENCE_CHARS = 600
#: Characters before a verb in which its subject is looked for (the longest subject with
#: an appositive in PolNeAR train is well under this).
SUBJECT_CHARS = 400
#: Earlier verbs of a sentence tried as the outer reporting clause of a pronoun's verb.
OUTER_VERBS = 4
#: Characters between a reporting verb and the quote it introduces, at most.
CUE_GAP_CHARS = 300
#: The verbs of a sentence tried as its reporting verb: the last SENTENCE_VERBS within
#: VERB_WINDOW_CHARS before the quote.
SENTENCE_VERBS = 8
VERB_WINDOW_CHARS = 1000

_ADVERBS = r"(?:\s+(?:also|later|then|once|again|often|previously|recently|repeatedly|simply|only|"\
           r"still|even|now|just|never|always|already|ever|first|once|"\
           r"himself|herself|themselves|itself|"\
           r"has|had|have|would|will|did|didn['’]t|does|doesn['’]t|has\s+not|did\s+not|could|can|"\
           r"may|might|must|should|(?!(?:daily|weekly|monthly|quarterly|family|ally)\b)[a-z]+ly))*"
_BETWEEN_VERB_AND_QUOTE = re.compile(
    r"^(?:\s+\w+ly)?(?:\s+(?:in|on|to|at|during|of|before|after|with|about|from)\b[^,:;.\x1a]{0,60})?"
    r"(?:\s+(?:reporters|journalists|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*|him|her|them|us|me)"
    r"(?:\s+(?:on|in)\b[^,:;.\x1a]{0,40})?)?"
    r"\s*(?:[,:—–-]|\bthat\b|\bas\b)?\s*$"
)


# "Sen.", "(D-Mo.)", "J." inside a speaker's name must not look like a sentence end.
_ABBREV_OR_PAREN = re.compile(
    r"\([^()\n]{0,40}\)|\b(?:[A-Z]|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Dr|Mr|Mrs|Ms|Prof|Rev|St|Jr|Sr|"
    r"U\.S|U\.N|D\.C)\.|\b[A-Z][a-z]{0,3}\.(?=\s*,)")


_CHARACTERIZING = re.compile(
    r"(?:\bas,?\s+(?:(?:an?|the|being|some|his|her|their)\s+)?(?:[\w-]+\s+)?|"
    r"\b(?:called|calling|calls|dubbed|dubbing|labeled|labelled|branded|termed)\s+"
    r"(?:[\w'’.-]+\s+){0,4})$")


# "“Q” Grubbs said." / "“Q” said Nick Merrill" — an attribution after a quote that lacks its
# comma: a name (or pronoun) and a reporting verb, or the verb first, then the sentence ends.
_BARE_ATTRIBUTION = re.compile(
    r"\s+(?:(?:[A-Z][\w'’.-]*\s+){1,3}|(?:he|she|they)\s+)?(?:" + VERB_RE.pattern + r")"
    r"(?:\s+(?:[A-Z][\w'’.-]*\s*){1,3})?\s*[.,;]")


_CLAUSE_WORD = re.compile(r"\b(?:[a-z]+ing|but|though|and|or|while|because|than|that|which|"
                          r"who|when|if|compared)\b")


@dataclass(frozen=True, slots=True)
class Attribution:
    """What the rules found for one quote."""

    speaker: str | None = None
    speaker_span: tuple[int, int] | None = None
    outlet_id: str | None = None
    cue: str | None = None
    rule: str = "none"


@dataclass(frozen=True, slots=True)
class Mention:
    """A noun phrase credited with words: a name, a pronoun, an outlet, or a description."""

    start: int
    end: int
    text: str
    kind: str  # name | pronoun | outlet | phrase


class Attributor:
    """Applies the rules to each quote of one article."""

    def __init__(self, ctx: ArticleContext) -> None:
        self.ctx = ctx
        self.m = ctx.masked

    # -- public -------------------------------------------------------------------
    def attribute(self, start: int, end: int) -> Attribution:
        """Attribution for the quote occupying [start, end) of the text."""
        s, e = self._bounds(start, end)
        pre, post = self.m[s:start], self.m[end:e]
        for rule in (self._citing, self._cue_before, self._cue_after, self._according_to,
                     self._colon_before, self._verb_in_sentence, self._cue_closing_sentence,
                     self._characterization):
            found = rule(s, start, end, e, pre, post)
            if found is not None:
                return self._with_outlet(found, s, e)
        found = self._previous_sentence(s, start) or self._colon_paragraph(start)
        if found is not None:
            return found
        found = self._clause_subject(s, start, end, pre)
        if found is not None:
            return self._with_outlet(found, s, e)
        return self._with_outlet(Attribution(), s, e) if self._outlet_in_sentence(s, e) else \
            Attribution()

    def has_cue(self, start: int, end: int) -> bool:
        """True when the quote's sentence holds a reporting verb or naming cue."""
        s, e = self._bounds(start, end)
        return bool(VERB_RE.search(self.m[s:start]) or VERB_RE.search(self.m[end:e])
                    or re.search(r"according\s+to", self.m[s:e], re.I)
                    or _CHARACTERIZING.search(self.m[s:start]))

    def _bounds(self, start: int, end: int) -> tuple[int, int]:
        """The quote's sentence, read at most SENTENCE_CHARS either side of the quote: the
        rules look at the words around it, and a "sentence" of megabytes (no full stop in a
        hostile page) would make every quote's look cost the whole page."""
        s, e = self.ctx.sentence_bounds(start, end)
        return max(s, start - SENTENCE_CHARS), min(e, end + SENTENCE_CHARS)

    def resolve(self, mention: Mention) -> tuple[str | None, str | None]:
        """(speaker, outlet_id) for a mention."""
        ctx = self.ctx
        if mention.kind == "outlet":
            idx = ctx.outlet_at(mention.start, mention.end)
            return None, ctx.resolve_outlet(idx) if idx is not None else None
        if mention.kind == "pronoun":
            word = mention.text.lower()
            if word in PERSON_PRONOUNS:
                person = ctx.last_person_before(mention.start)
                return (person.text if person else mention.text), None
            outlet = self._last_speaking_outlet(mention.start)
            return (None, outlet) if outlet else (mention.text, None)
        if mention.kind == "phrase":
            head = _head_noun(mention.text)
            if head in OUTLET_NOUNS:
                outlet = self._last_speaking_outlet(mention.start)
                if outlet:
                    return None, outlet
            definite = mention.text.split()[0].lower() in {"the", "this", "that"}
            if head in PERSON_NOUNS and definite and not _has_name(mention.text):
                person = ctx.last_person_before(mention.start)
                if person is not None and mention.start - person.end < 600 and (
                        head not in _UNNAMED_ROLES or _introduced_as(ctx, person, head)):
                    return person.text, None
            return mention.text, None
        # A name: a lone word may be the surname of someone named in full earlier.
        words = mention.text.split()
        if len(words) == 1:
            full = ctx.full_name_for(words[0], mention.start)
            if full:
                return full, None
        return mention.text, None

    # -- rules --------------------------------------------------------------------
    def _citing(self, s: int, start: int, end: int, e: int, pre: str, post: str
                ) -> Attribution | None:
        m = re.search(r"citing\s+", pre)
        if not m:
            return None
        cite_at = s + m.start()
        head = self._subject_before(s, cite_at)
        person = self._subject_after(s + m.end(), start)
        if person is None:
            return None
        person = _drop_affiliation(person)  # "Sam Bendett of CNA"
        outlet_id = None
        if head is not None and head.kind == "outlet":
            outlet_id = self.resolve(head)[1]
        speaker, _ = self.resolve(person)
        verb = VERB_RE.search(pre, m.end()) or VERB_RE.search(post)
        return Attribution(speaker, (person.start, person.end), outlet_id,
                           verb.group() if verb else "citing", "citing")

    def _cue_before(self, s: int, start: int, end: int, e: int, pre: str, post: str
                    ) -> Attribution | None:
        # Only a verb close before the quote can introduce it (_BETWEEN_VERB_AND_QUOTE): the
        # tail is read, not the whole sentence, so a sentence of many verbs stays linear.
        tail = max(0, len(pre) - CUE_GAP_CHARS)
        for verb in reversed(list(VERB_RE.finditer(pre, tail))):
            if not _BETWEEN_VERB_AND_QUOTE.match(pre[verb.end():]):
                continue
            if verb_base(verb.group()) in NAMING_VERBS and end - start > 60:
                continue
            subj = self._verb_subject(s, verb)
            if subj is None:
                subj = self._subject_after(s + verb.end(), start)  # "Said Smith: “…”"
            if subj is not None:
                return self._attr(subj, verb.group(), "cue-before")
        return None

    def _verb_subject(self, s: int, verb: re.Match[str]) -> Mention | None:
        """Who does the reporting verb: the noun phrase before it, or for a participle
        ("…, saying, “Q”") the subject of the sentence."""
        if verb.group().endswith("ing"):
            before = self.m[s:s + verb.start()]
            if not before.rstrip().endswith(","):
                subj = self._subject_before(s, s + verb.start())
                if subj is not None and subj.kind == "name":
                    return subj  # "footage of Hillary Clinton asking, “…”"
            # "…, saying “Q”": the participle's subject is the sentence's, never the noun
            # phrase just before the comma ("Hollande said Tuesday in Paris, noting …").
            return self._sentence_subject(s, s + verb.start())
        subj = self._subject_before(s, s + verb.start())
        return subj if subj is not None and self._plausible(subj) else None

    def _plausible(self, mention: Mention) -> bool:
        """A speaker is a name, a pronoun, an outlet, or a description of a person or body.

        Not a dateline in capitals, and not a lone participle or adverb that opens its
        sentence ("Reprising", "Wait") unless it is the surname of someone named earlier."""
        words = mention.text.split()
        if mention.kind == "name":
            # "WASHINGTON (AP) —" is a dateline; "the DNC said" is a body.
            shouted = mention.text.isupper() and (len(mention.text) > 5 or bool(
                re.match(r"\s*[(—–-]", self.m[mention.end:mention.end + 4])))
            if shouted or all(bare_word(w) in NOT_NAMES for w in words):
                return False
            return len(words) > 1 or not self._lone_sentence_opener(mention)
        if mention.kind == "phrase":
            head = _head_noun(mention.text)
            singular = head[:-1] if head.endswith("s") else head
            if {head, singular} & (SPEAKER_NOUNS | ORG_WORDS):
                return True
            # "one person involved", "two people briefed": an indefinite description whose
            # noun is followed by a participle or adjective.
            words = mention.text.split()
            return words[0].lower() in _INDEFINITE and any(_speaker_noun(w) for w in words[1:3])
        return True

    def _lone_sentence_opener(self, mention: Mention) -> bool:
        """True for a single capitalised participle or adverb that opens its sentence
        ("Reprising", "Led", "Perhaps"), unless it is the surname of someone named in full."""
        word = bare_word(mention.text)
        if not (word.endswith(("ing", "ed", "ly")) or word in SENTENCE_OPENERS):
            return False
        before = self.m[max(0, mention.start - 3):mention.start]
        if before.strip() and not re.search(r"(?:[.!?:\x1a\"”]\s*|\n\s*)$", before):
            return False
        return not self.ctx.full_name_for(word, mention.start)

    def _cue_after(self, s: int, start: int, end: int, e: int, pre: str, post: str
                   ) -> Attribution | None:
        dash = re.match(r"^\s*[—–―-]+\s*", post)
        if dash:
            run = NAME_RUN.match(self.m, end + dash.end(), e)
            after = self.m[run.end():run.end() + 3].lstrip(" \t\xa0")[:1] if run else "?"
            if run and after in {"", ",", ".", "(", "\n", "\r"}:
                s2, e2 = strip_roles(self.m, run.start(), run.end())
                return self._attr(Mention(s2, e2, self.m[s2:e2], "name"), "—", "dash")
        inner = self.ctx.text[start:end].rstrip("”“»\"'’ \n")
        if not (inner.endswith((",", "?", "!", "…", "—", "-")) or re.match(r"\s*[,—–―]", post)
                or _BARE_ATTRIBUTION.match(post)):
            return None  # “Q” of Russia, publicly claiming… is no attribution
        head = re.match(r"^\s*[,;]?\s*(?:(?:as|so)\s+)?", post)
        at = end + (head.end() if head else 0)
        window = self.m[at:e]
        verb = VERB_RE.search(window)
        named_first = NAME_RUN.match(window.lstrip())
        reach = 160 if named_first and window.lstrip()[named_first.end():].startswith(",") else 90
        if verb is None or verb.start() > reach:
            return self._unlisted_verb_after(at, e)
        between = _ABBREV_OR_PAREN.sub(lambda m: " " * len(m.group()), window[:verb.start()])
        if between.strip() and "," in between and not re.search(r"[.;:!?\x1a]", between):
            # "“Q,” Mitch McConnell, R-Ky., said" / "“Q,” Scott Pruitt, the attorney general, said"
            lead = self._phrase_at(at + len(between) - len(between.lstrip()), at + verb.start())
            if lead is not None and lead.kind in {"name", "pronoun", "outlet"}:
                return self._attr(lead, verb.group(), "cue-after")
        if between.strip():
            if re.search(r"[.;:!?\x1a]", between) or len(between.split()) > 9:
                return None
            described = re.fullmatch(r"\s*((?:the|a|an)\s+[^.;:!?\x1a]+?)\s*", between)
            if described and not _CLAUSE_WORD.search(described.group(1)):
                # "“Q,” the bespectacled, 71-year-old diplomat said"
                a = at + described.start(1)
                subj = Mention(a, at + described.end(1), self.m[a:at + described.end(1)], "phrase")
                return self._attr(subj, verb.group(), "cue-after")
            subj = self._subject_before(at, at + verb.start(), bare=True)
            # Titles may precede the subject ("Rep. Gwen Moore"); a clause may not ("“Q,”
            # including provisions he said …" is another clause's verb).
            if subj is not None and not _CLAUSE_WORD.search(self.m[at:subj.start]):
                return self._attr(subj, verb.group(), "cue-after")
            return None
        subj = self._subject_after(at + verb.end(), e)
        if subj is not None:
            return self._attr(subj, verb.group(), "cue-after")
        return None

    def _unlisted_verb_after(self, at: int, e: int) -> Attribution | None:
        """"“Q?” Hannity pressed." — a subject and a past or present verb that close the
        sentence right after the quote credit it, whatever the verb."""
        ws = re.match(r"\s*", self.m[at:e])
        at += ws.end() if ws else 0
        inverted = re.match(r"([a-z]+ed)\s+(?=[A-Z])", self.m[at:e])  # "“Q!” beamed Ann Lee."
        if inverted and inverted.group(1) not in NOT_SPEECH_FORMS:
            run = NAME_RUN.match(self.m, at + inverted.end(), e)
            follow = self.m[run.end():run.end() + 2].lstrip(" ")[:1] if run else "?"
            if run and follow in {"", ",", ".", "\n"}:
                s2, e2 = strip_roles(self.m, run.start(), run.end())
                name = _drop_affiliation(Mention(s2, e2, self.m[s2:e2], "name"))
                if self._plausible(name):
                    return self._attr(name, inverted.group(1), "cue-after")
        subj = self._phrase_at(at, e)
        if subj is None:
            return None
        tail = re.match(r"\s+(?:[a-z]+ly\s+)?([a-z]+(?:ed|s))\b(?:\s+[a-z]+ly)?\s*(?:[.,;!?\x1a)]|$|"
                        r"\s+(?:on|in|at|during|after|before|to|with|about|from|later|again|back|"
                        r"then|once|now|too)\b)", self.m[subj.end:e])
        if tail is None or tail.group(1) in NOT_SPEECH_FORMS:
            return None
        return self._attr(subj, tail.group(1), "cue-after")

    def _cue_closing_sentence(self, s: int, start: int, end: int, e: int, pre: str, post: str
                              ) -> Attribution | None:
        """"Clinton “drew quite well” in 2008, said professor Paul Beck." — a mixed quote whose
        sentence closes on its attribution."""
        tail = re.search(r",\s*([^,;:\x1a]{0,140})$", post.rstrip(" \n.\"”’"))
        if tail is None:
            return None
        at = end + tail.start(1)
        clause = self.m[at:at + len(tail.group(1))]
        verb = VERB_RE.match(clause)
        if verb is not None:  # ", said Paul Beck"
            subj = self._subject_after(at + verb.end(), at + len(clause))
            return self._attr(subj, verb.group(), "cue-closing") if subj is not None else None
        verb = VERB_RE.search(clause)
        if verb is None or clause[verb.end():].strip(" .") or verb.start() > 80:
            return None
        subj = self._subject_before(at, at + verb.start())  # ", professor Paul Beck said"
        if subj is None or _CLAUSE_WORD.search(self.m[at:subj.start]):
            return None
        return self._attr(subj, verb.group(), "cue-closing")

    def _according_to(self, s: int, start: int, end: int, e: int, pre: str, post: str
                      ) -> Attribution | None:
        for base, text in ((s, pre), (end, post)):
            m = re.search(r"\b(?:[Aa]ccording\s+to|per(?=\s+(?:the|a|an|[A-Z])))\s+", text)
            if m:
                subj = self._subject_after(base + m.end(), base + len(text))
                if subj is not None:
                    return self._attr(subj, "according to", "according-to")
        return None

    def _verb_in_sentence(self, s: int, start: int, end: int, e: int, pre: str, post: str
                          ) -> Attribution | None:
        verbs = list(VERB_RE.finditer(pre))
        # The reporting verb is among the last few before the quote: trying every verb of a
        # sentence of thousands, for every quote in it, was quadratic.
        first = len(verbs)
        while first > 0 and len(verbs) - first < SENTENCE_VERBS and \
                len(pre) - verbs[first - 1].start() <= VERB_WINDOW_CHARS:
            first -= 1
        for i in range(len(verbs) - 1, first - 1, -1):
            subj = self._verb_subject(s, verbs[i])
            if subj is None:
                continue
            found = self._attr(subj, verbs[i].group(), "verb-in-sentence")
            if subj.kind == "pronoun":
                # "Cruz said he calls it “Q”": the reporting clause is the outer one (one of
                # the few verbs before; farther ones are other clauses).
                for outer in verbs[max(0, i - OUTER_VERBS):i]:
                    head = self._verb_subject(s, outer)
                    if head is not None and head.kind == "name" and \
                            self.resolve(head)[0] == found.speaker:
                        return self._attr(head, outer.group(), "verb-in-sentence")
            return found
        if verbs:
            subj = self._sentence_subject(s, start)
            if subj is not None:
                return self._attr(subj, verbs[0].group(), "verb-in-sentence")
        return None

    def _characterization(self, s: int, start: int, end: int, e: int, pre: str, post: str
                          ) -> Attribution | None:
        """"Christie blasted Clinton as a “disgrace”": the sentence's subject is credited."""
        if not _CHARACTERIZING.search(pre):
            return None
        subj = self._sentence_subject(s, start)
        return self._attr(subj, "as", "characterization") if subj is not None else None

    def _clause_subject(self, s: int, start: int, end: int, pre: str) -> Attribution | None:
        """A quote inside a sentence with no reporting verb ("Rubio also bemoaned a climate
        in which people “literally hate each other”"): the sentence's subject holds the view."""
        if len(re.findall(r"[A-Za-z]+", pre)) < 2 or len(self.ctx.text[start:end].split()) < 4:
            return None  # a short phrase in running text is a scare quote, not a view held
        subj = self._sentence_subject(s, start, loose=True)  # "The petition demands that “Q”"
        if subj is None or not (subj.kind == "phrase" or self._plausible(subj)) or \
                subj.text.lower() == "it":  # "It means that …" names nobody
            return None
        return self._attr(subj, None, "clause-subject")

    def _sentence_subject(self, s: int, limit: int, loose: bool = False) -> Mention | None:
        """The noun phrase that opens the sentence, after a leading phrase and comma ("As a
        phone rang, the announcer said"; "Democratic nominee Hillary Clinton chimed in")."""
        text = self.m[s:limit]
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
            found = self._phrase_at(at, limit, loose)
            if found is not None:
                return found
        return None

    def _phrase_at(self, at: int, limit: int, loose: bool = False) -> Mention | None:
        """A subject noun phrase starting exactly at ``at``, or None. ``loose`` accepts any
        determiner phrase ("the petition"), not only a description of a speaker."""
        first = re.match(r"[\w'’]+", self.m[at:limit])
        if first is None:
            return None
        if first.group().lower() in PRONOUNS:
            return Mention(at, at + first.end(), first.group(), "pronoun")
        oi = self.ctx.outlet_at(at, at + 1)
        if oi is not None and self.ctx.outlets[oi].start >= at - 1:
            o = self.ctx.outlets[oi]
            return Mention(o.start, o.end, self.ctx.text[o.start:o.end], "outlet")
        det = re.match(r"(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ne|[Aa]nother|"
                       r"[Ss]everal|[Ss]ome|[Oo]ther|(?!(?:That|It|Here|There|What|Who|He|She|Let)['’]s)"
                       r"[A-Z][\w’'.-]*['’]s)\s+)", self.m[at:limit])
        body_at = at + (det.end() if det else 0)
        run = NAME_RUN.match(self.m, body_at, limit)
        if run and not all(bare_word(w) in NOT_NAMES for w in run.group().split()):
            s2, e2 = strip_roles(self.m, run.start(), run.end())
            follow = self.m[run.end():run.end() + 30].lstrip()
            dateline = re.match(r"\([A-Z]{2,}\)\s*[—–-]", follow)  # "Washington (AFP) –"
            name = Mention(s2, e2, self.m[s2:e2], "name")
            if (follow[:1].islower() or follow[:1] in "(,") and not dateline \
                    and self._plausible(name):
                return name
        if det:
            words = re.match(r"(?:[\w-]+\s+){0,3}?([\w-]+)(?=\s+[a-z])", self.m[body_at:limit])
            if words:
                end = body_at + words.end()
                head = words.group(1).lower()
                # "the former secretary of state talked": titles run on to their noun.
                while head in ROLE_WORDS:
                    more = re.match(r"\s+([a-z][\w-]*)\b", self.m[end:limit])
                    if more is None or more.group(1).endswith(("ed", "ing")) or \
                            more.group(1) in REPORTING_FORMS:
                        break
                    end += more.end()
                    head = more.group(1)
                phrase = Mention(at, end, self.m[at:end], "phrase")
                if self._plausible(phrase) or (loose and not head.endswith(("ed", "ing"))
                                               and head not in REPORTING_FORMS):
                    return phrase
        return None

    def _previous_sentence(self, s: int, start: int) -> Attribution | None:
        """A quote that opens its sentence takes the cue of the sentence before it: in the
        same paragraph ("…, Schiff said. “Q”"), or closing the previous paragraph when the
        quote opens its own ("Valastro praised Christie’s leadership.¶“Q”")."""
        if self.m[s:start].strip():
            return None
        ctx = self.ctx
        bi = ctx.block_of(start)
        if s == ctx.blocks[bi].start:
            if bi == 0:
                return None
            prev_block = ctx.blocks[bi - 1]
            ps, pe = ctx.sentence_bounds(prev_block.end - 1, prev_block.end)
            if MASK in self.m[ps:pe]:
                return None  # a quoted paragraph before: inheritance decides
        else:
            ps, pe = ctx.sentence_bounds(s - 1, s - 1)
            if ctx.block_of(ps) != bi:
                return None
        prev = self.m[ps:pe]
        for verb in reversed(list(VERB_RE.finditer(prev))):
            subj = self._verb_subject(ps, verb)
            if subj is None:
                subj = self._subject_after(ps + verb.end(), pe)
                if subj is not None and not self._plausible(subj):
                    subj = None
            if subj is not None:
                return self._attr(subj, verb.group(), "previous-sentence")
        return None

    def _colon_before(self, s: int, start: int, end: int, e: int, pre: str, post: str
                      ) -> Attribution | None:
        """"Republican pollster Daron Shaw: “Q”", "She then addressed the crowd: “Q”"."""
        if not pre.rstrip().endswith(":"):
            return None
        colon = s + len(pre.rstrip()) - 1
        subj = self._subject_before(s, colon)
        if subj is None or subj.kind not in {"name", "pronoun", "outlet"}:
            subj = self._sentence_subject(s, colon)
        if subj is None or subj.text.lower() == "it":  # "Wait, it gets better: “Q”"
            return None
        return self._attr(subj, ":", "colon")

    def _colon_paragraph(self, start: int) -> Attribution | None:
        ctx = self.ctx
        bi = ctx.block_of(start)
        if bi == 0 or self.m[ctx.blocks[bi].start:start].strip():
            return None
        prev = ctx.blocks[bi - 1]
        tail = self.m[prev.start:prev.end].rstrip()
        if not tail.endswith(":"):
            return None
        ps, _pe = ctx.sentence_bounds(prev.end - 1, prev.end)
        ps = max(ps, prev.start)
        colon = prev.start + len(tail) - 1
        for verb in VERB_RE.finditer(self.m, ps, colon):  # "He then wrote to members:"
            subj = self._verb_subject(ps, verb)
            if subj is not None:
                return self._attr(subj, verb.group(), "colon-paragraph")
        subj = self._sentence_subject(ps, colon)  # "He then listed the qualities:"
        if subj is not None and subj.kind in {"name", "pronoun", "outlet"}:
            return self._attr(subj, ":", "colon-paragraph")
        runs = [r for r in NAME_RUN.finditer(self.m, prev.start, prev.end)]
        outlets = ctx.outlets_in(prev.start, prev.end)
        if outlets:
            o = ctx.outlets[outlets[-1]]
            return self._attr(Mention(o.start, o.end, o.text, "outlet"), ":", "colon-paragraph")
        if runs:
            r = runs[-1]
            s2, e2 = strip_roles(self.m, r.start(), r.end())
            return self._attr(Mention(s2, e2, self.m[s2:e2], "name"), ":", "colon-paragraph")
        return None

    # -- noun phrases -----------------------------------------------------------------
    def _subject_before(self, lo: int, verb_at: int, bare: bool = False) -> Mention | None:
        """The noun phrase ending right before a verb (skipping adverbs and appositives);
        with ``bare``, also a description with no determiner ("“Q,” officials said").
        Only the last SUBJECT_CHARS before the verb are read: a subject with its
        appositive fits, and a sentence of thousands of verbs stays linear."""
        lo = max(lo, verb_at - SUBJECT_CHARS)
        left = self.m[lo:verb_at]
        m = re.search(_ADVERBS + r"\s*$", left)
        left = left[:m.start()] if m else left
        left = left.rstrip()
        relative = re.search(r",\s*(who|which)$", left)  # "Beck, who has described …"
        if relative:
            antecedent = self._subject_before(lo, lo + relative.start())
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
        while left.endswith(","):
            body = left[:-1]
            cut = body.rfind(",")
            chunk = re.sub(r"\s*\([^()\n]{0,40}\)$", "", body[cut + 1:].strip())
            words = chunk.split()
            names_itself = bool(words) and len(words) <= 6 and all(  # "Gov. John Kasich (R-OH),"
                w[:1].isupper() or w in NAME_CONNECTORS for w in words)
            if cut == -1 or not chunk or names_itself:
                left = re.sub(r"\s*\([^()\n]{0,40}\)$", "", body)
                break
            left = body[:cut].rstrip()
        end = lo + len(left)
        if not left:
            return None
        ctx = self.ctx
        oi = ctx.outlet_at(end - 1, end)
        if oi is not None and ctx.outlets[oi].end >= end - 2:
            o = ctx.outlets[oi]
            return Mention(o.start, o.end, self.ctx.text[o.start:o.end], "outlet")
        words = list(re.finditer(r"[\w'’.?\-]+", left))
        if not words:
            return None
        last = words[-1]
        if last.group().lower() in PRONOUNS:
            return Mention(lo + last.start(), lo + last.end(), last.group(), "pronoun")
        run = None
        for r in NAME_RUN.finditer(left):
            if r.end() == len(left.rstrip(".")) or r.end() == len(left):
                run = r
        if run is not None and not all(bare_word(w) in NOT_NAMES for w in run.group().split()):
            s2, e2 = strip_roles(self.m, lo + run.start(), lo + run.end())
            text = self.m[s2:e2]
            if text.split()[0].lower() not in DETERMINERS | {"but", "and", "so", "when", "as"}:
                return self._grow_phrase(lo, s2, e2) or Mention(s2, e2, text, "name")
        # A description: "the influential US daily", "a spokesperson for HMRC".
        toks = words[-10:]
        for i in range(len(toks) - 2, -1, -1):  # the determiner nearest the verb first
            w = toks[i]
            possessive = re.search(r"['’]s$", w.group()) and w.group()[:1].isupper()
            if w.group().lower() in DETERMINERS - {"that"} or possessive:
                before = toks[i - 1].group().lower() if i > 0 else ""
                if before in _COMPLEMENT_WORDS and any(
                        t.group().lower() in DETERMINERS for t in toks[:i - 1]):
                    continue  # "two people familiar with the plans": the object of "with"
                s2, e2 = lo + w.start(), lo + last.end()
                phrase = self.m[s2:e2]
                if not re.search(r"[,;:\x1a]", phrase) and not VERB_RE.search(phrase):
                    return Mention(s2, e2, phrase, "phrase")
                return None
        found = _bare_description(left, words) if bare else None
        if found is not None:  # "officials", "White House officials"
            return Mention(lo + found[0], lo + found[1], self.m[lo + found[0]:lo + found[1]],
                           "phrase")
        return None

    def _grow_phrase(self, lo: int, s: int, e: int) -> Mention | None:
        """Grow "HMRC" in "a spokesperson for HMRC" to the whole description."""
        before = self.m[max(lo, s - 60):s]
        m = re.search(r"\b((?:a|an|the)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:for|at|of|from)\s+)$", before)
        if m and m.group(1).split()[-2].lower() in PERSON_NOUNS:
            start = s - len(m.group(1))
            return Mention(start, e, self.m[start:e], "phrase")
        return None

    def _subject_after(self, at: int, limit: int) -> Mention | None:
        """The noun phrase starting at ``at`` ("said Joshua Huder, a senior fellow")."""
        text = self.m[at:limit]
        lead = len(text) - len(text.lstrip())
        text = text.lstrip()
        at += lead
        ctx = self.ctx
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
            # "said Sanders campaign manager Jeff Weaver": the first name is whose aide the
            # speaker is; the speaker is the name after the role.
            role = _ROLE_THEN_NAME.match(text, run.end())
            if role is not None:
                run = NAME_RUN.match(text, role.end()) or run
            s2, e2 = strip_roles(self.m, at + run.start(), at + run.end())
            return Mention(s2, e2, self.m[s2:e2], "name")
        desc = re.match(r"(?:the|a|an|one|another|some|several|two|three|many|other)\s+[\w-]+"
                        r"(?:\s+(?!(?:who|which|that|and|but)\b)[\w-]+){0,5}",
                        text)
        if desc:
            words = desc.group().split()
            # "a person familiar with the matter" is whole; "a spokesman on the" is not.
            while len(words) > 2 and words[-1].lower() in _TRAILING_FUNCTION_WORDS:
                words.pop()
            # Stop at a verb after the head noun: "the agency wrote" -> "the agency".
            for i in range(2, len(words)):
                if VERB_RE.fullmatch(words[i]):
                    words = words[:i]
                    break
            phrase = " ".join(words)
            return Mention(at, at + len(phrase), phrase, "phrase")
        return None

    # -- helpers ------------------------------------------------------------------
    def _attr(self, mention: Mention, cue: str | None, rule: str) -> Attribution:
        speaker, outlet = self.resolve(mention)
        return Attribution(speaker, (mention.start, mention.end), outlet, cue, rule)

    def _last_speaking_outlet(self, offset: int) -> str | None:
        """The outlet most recently named before ``offset``."""
        ctx = self.ctx
        i = bisect.bisect_left(ctx.outlet_starts, offset) - 1
        while i >= 0 and ctx.outlets[i].end > offset:
            i -= 1
        return ctx.resolve_outlet(i) if i >= 0 else None

    def _outlet_in_sentence(self, s: int, e: int) -> str | None:
        """An outlet the sentence says the words appeared in: "in the Times", "told CNN",
        "X reported", "on Fox News"."""
        ctx = self.ctx
        for i in ctx.outlets_in(s, e):
            o = ctx.outlets[i]
            before = self.m[max(s, o.start - 12):o.start]
            after = self.m[o.end:o.end + 30]
            if re.search(r"\b(?:in|on|to|told|by)\s+$", before, re.I) or VERB_RE.match(
                    after.lstrip()):
                return ctx.resolve_outlet(i)
        return None

    def _with_outlet(self, found: Attribution, s: int, e: int) -> Attribution:
        if found.outlet_id is not None:
            return found
        outlet = self._outlet_in_sentence(s, e)
        if outlet is None:
            return found
        return Attribution(found.speaker, found.speaker_span, outlet, found.cue, found.rule)


_TRAILING_FUNCTION_WORDS = {"the", "a", "an", "of", "to", "for", "at", "on", "in", "with", "by",
                            "from", "and", "or", "but", "as", "this", "that", "his", "her",
                            "their", "its"}
# Lower-case role words between two names: "Cruz constituent Dan Golvach".
_ROLE_THEN_NAME = re.compile(r"(?:\s+(?!(?:and|or|but|who|which|that|said|says|in|on|at|of|to|for|"
                             r"with|from|by|as|the|a|an)\b)[a-z][\w-]*){1,3}\s+(?=[A-Z][\w’'.-]*"
                             r"(?:\s+[A-Z][\w’'.-]*)+\s*[,.;:!?\n)]|[A-Z][\w’'.-]*\s*[,.;:!?\n])")
# Words after which a determiner opens a complement, not the speaker: "a spokeswoman for the
# company", "people familiar with the plans".
_COMPLEMENT_WORDS = {"with", "for", "of", "to", "on", "in", "at", "about", "from", "by", "near",
                     "close", "inside", "within", "around"}
_INDEFINITE = {"a", "an", "one", "two", "three", "four", "several", "some", "many"}
_NOT_IN_DESCRIPTION = _TRAILING_FUNCTION_WORDS | {"who", "which", "when", "so", "if", "than"}


def _speaker_noun(word: str) -> bool:
    """True for a noun that can be credited with words, singular or plural ("officials")."""
    w = bare_word(word)
    return w in SPEAKER_NOUNS or (w.endswith("s") and (w[:-1] in SPEAKER_NOUNS or (
        w.endswith("es") and w[:-2] in SPEAKER_NOUNS)))


def _bare_description(left: str, words: list[re.Match[str]]) -> tuple[int, int] | None:
    """A description with no determiner that ends right before the verb: "officials",
    "senior administration officials", "White House aides" (at most four words)."""
    last = words[-1]
    if not _speaker_noun(last.group()) or (last.group()[:1].isupper() and len(words) > 1 \
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


# Roles an article often gives an unnamed person ("a spokesman for the ministry … the
# spokesman said"): "the spokesman" is a named person only if one was introduced as such.
_UNNAMED_ROLES = {"spokesman", "spokeswoman", "spokesperson", "official", "source", "aide",
                  "adviser", "advisor", "insider", "person", "representative"}


def _introduced_as(ctx: ArticleContext, person: Any, role: str) -> bool:
    """True when the person's mention stands with the role ("spokesman Tom Lee", "Tom Lee,
    a spokesman for the ministry")."""
    s, e = ctx.sentence_bounds(person.start, person.end)
    s, e = max(s, person.start - 60), min(e, person.end + 60)
    return re.search(rf"\b{role}\b", ctx.masked[s:e].lower()) is not None


def _drop_affiliation(person: Mention) -> Mention:
    """"Sam Bendett of CNA" -> "Sam Bendett": the person, without where they work or live."""
    affiliation = re.search(r"\s+(?:of|at|from)\s+\S.*$", person.text)
    if affiliation is None or person.kind != "name":
        return person
    return Mention(person.start, person.start + affiliation.start(),
                   person.text[:affiliation.start()], "name")


def _head_noun(phrase: str) -> str:
    """The noun a description is about: "the former secretary of state" -> "secretary"."""
    words = re.split(r"\s+(?:of|for|at|from|with|in)\s+", phrase.lower(), maxsplit=1)[0].split()
    return words[-1].strip(".,") if words else ""


def bare_word(word: str) -> str:
    """Lower case, without surrounding punctuation or a possessive ("Obama’s" -> "obama")."""
    return re.sub(r"['’]s$", "", word.lower().strip(".,;:()\"“”"))


def verb_base(verb: str) -> str:
    """The base form of a reporting verb as written ("spelled\nout" -> "spell out")."""
    return REPORTING_FORMS.get(" ".join(verb.split()), verb)


def _has_name(text: str) -> bool:
    return any(w[:1].isupper() for w in text.split()[1:])
