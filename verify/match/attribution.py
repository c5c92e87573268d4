"""Who said it: the draft's credit against the source's, as a finding of its own.

The words' verdict and their credit are separate questions. A quote whose words are in the
source gets an :class:`AttributionFinding`:

- ``confirmed``: the source credits the same person or outlet (or names them with the
  passage, or is by them);
- ``contradicted``: two sure readings disagree. The draft names someone with a reporting
  cue in the quote's own sentence (not a pronoun, not a role read as an earlier name:
  :attr:`Quote.credit_doubt`), the source credits the words to a *different named* person
  or outlet by an attribution its extractor is sure of (a reporting cue and a person or
  organisation; not a place, a caption or a floating guess), and the draft does not name
  the source's speaker beside the quote. A reading that follows the page's run of quotes
  (the quote before's speaker going on, the sentence's subject, a colon) counts as sure when
  it reads someone the page quotes by a sure cue elsewhere and the draft's speaker is named
  nowhere near the words. Only this turns a found quote into MISATTRIBUTED;
- ``unnamed``: the draft credits a description with no name ("a spokesperson", "one person
  involved", "officials"): nothing to contradict; the note says whom the source names;
- ``not_in_source``: the draft names someone the source neither names near the passage nor
  credits for sure;
- where the source quotes no one, who the original itself says speaks the words (a
  transcript's ``<v Name>``, a post's author: :attr:`Document.voices`) is a sure credit:
  the same name (or handle) is ``confirmed``, another sure one ``contradicted``;
- ``unchecked``: the draft credits no one, the credit cannot be compared (no URL for an
  outlet, words not found), or one of the two readings is unsure (the note says which).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from verify.input.interface import Document, Voice
from verify.match import thresholds as T
from verify.match.context import sentence_span
from verify.match.interface import (
    AttributionFinding,
    AttributionStatus,
    Judgement,
    SourceCredit,
    Verdict,
)
from verify.match.normalize import squash
from verify.outlets import (
    Outlet,
    OutletRegistry,
    host_of,
    reads_as_outlet,
    unlisted_outlet,
)
from verify.quotes.gender import gender_of
from verify.quotes.interface import AttributionRule, DoubtCode, Quote
from verify.quotes.lexicon import PRONOUNS, UNNAMED_HEADS
from verify.quotes.names import is_place
from verify.quotes.phrases import bare_word, person_noun

#: On a source page, edited copy, a reporting cue in the quote's sentence with a pronoun
#: that agrees with its person is read as surely as the name ("Ann Lee spoke first. “…,”
#: she said."), and a name read beyond the sentence is weighed by :attr:`AttributionRule.sure`; in a draft
#: neither is sure: the draft's credit is what is being checked.
SOURCE_SURE_DOUBTS = frozenset({DoubtCode.PRONOUN_NEAR, DoubtCode.PRONOUN,
                                DoubtCode.DESCRIPTION_NEAR, DoubtCode.BEYOND_SENTENCE})
#: Cues that introduce a text rather than an utterance (a plaque "reads", a sign "says").
_TEXT_CUES = frozenset({"read", "reads", "reading"})
_UNNAMED_OPENERS = frozenset({
    "a", "an", "one", "two", "three", "four", "five", "several", "some", "many", "other",
    "another", "few", "multiple", "numerous", "both", "various", "unnamed", "anonymous",
    "senior", "the", "this", "that", "these", "those", "his", "her", "their", "its", "our",
    "most", "all", "no"})


#: Words that open a phrase on a description's noun: its head is the word before them.
_PHRASE_OPENERS = frozenset({"in", "of", "at", "for", "from", "with", "to", "on", "who",
                             "whose", "which", "that", "familiar", "close", "based"})


def _plural_base(word: str) -> str:
    w = word.lower().strip(".,;:()\"“”'’")
    if w.endswith("people"):
        return "people"
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


def is_unnamed(credit: str) -> bool:
    """True for a description that names nobody: "A senior adviser", "one person involved",
    "a White House spokesperson", "officials", "people close to him", an unresolved "he".
    "White House spokesperson Karine Jean-Pierre" and "Sam Bendett" are names."""
    words = credit.split()
    if not words:
        return True
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        return True
    lowered = [w.lower().strip(".,;:") for w in words]
    heads = [i for i, w in enumerate(words) if _plural_base(w) in UNNAMED_HEADS
             or w.lower() in UNNAMED_HEADS]
    if not heads:
        # No generic noun: unnamed when a determiner opens it and a lower-case noun heads
        # it, before any phrase on that noun ("the top federal prosecutor in Manhattan", "a
        # former State Department envoy", "the daily"); "the Pentagon", "The New York Times"
        # and "the prosecutor Geoffrey Berman" end on a name.
        if lowered[0] not in _UNNAMED_OPENERS:
            return False
        cut = next((i for i, w in enumerate(lowered[1:], 1) if w in _PHRASE_OPENERS),
                   len(words))
        return cut == 1 or not words[cut - 1][:1].isupper()  # "the 75-year-old"
    head = heads[0]
    # Capitalised words before the head are a body ("a White House official", "Pentagon
    # officials"); a capitalised word right after it is an appositive name.
    after = words[head + 1] if head + 1 < len(words) else ""
    if after[:1].isupper() and after.lower() not in {"of", "to", "for", "at"}:
        return False
    before = words[:head]
    if not before:
        return True
    if lowered[0] in _UNNAMED_OPENERS:
        return True
    # "Pentagon officials", "Senior officials": a body or an adjective before the noun.
    return len(before) <= 3


def credit_of(quote: Quote) -> str | None:
    """What the draft credits, as written: the speaker, else the outlet."""
    return quote.speaker or quote.outlet


#: Where words were posted, not who said them: a credit to one of these never contradicts
#: a person ("according to posts on Reddit").
PLATFORMS = frozenset({"reddit", "twitter", "x", "facebook", "instagram", "tiktok", "youtube",
                       "telegram", "truth social", "threads", "bluesky", "substack", "linkedin",
                       "weibo", "wechat", "whatsapp", "snapchat", "twitch", "discord", "medium"})


def not_a_name(speaker: str | None) -> str | None:
    """Why a source-side credit names no one who could contradict a draft, or None when it
    names a person or body."""
    if not speaker:
        return "the source credits no one"
    if is_unnamed(speaker):
        return f"the source credits a description with no name ({speaker})"
    if re.search(r"[A-Za-z]\d|\d[A-Za-z]", speaker):
        return f"\"{speaker}\" is not a name (letters and digits run together)"
    if is_place(speaker):
        return f"the source's credit \"{speaker}\" is a place"
    if speaker.lower() in PLATFORMS:
        return f"\"{speaker}\" is where the words were posted, not who said them"
    return None


def sure_credit(q: Quote, credit: str | None = None) -> str | None:
    """Why the source-side credit of ``q`` cannot contradict a draft crediting ``credit``,
    or None when it can. A surname two people share contradicts a credit to neither."""
    if q.speaker and not q.rule.sure:
        return f"the source's credit rests on no reporting cue next to the words ({q.rule})"
    if q.cue and q.cue.lower() in _TEXT_CUES:
        return f"the words are a text that \"{q.cue}\", not an utterance"
    if (no_name := not_a_name(q.speaker)) is not None:
        return no_name
    doubt = q.credit_doubt
    if doubt is None or (doubt.code in SOURCE_SURE_DOUBTS and (
            doubt.code is not DoubtCode.PRONOUN or q.rule.in_sentence)):
        return None
    if doubt.candidates and credit is not None and \
            not any(names_match(credit, c) for c in doubt.candidates):
        return None  # whichever of them it was, it was not the draft's speaker
    return f"the source's credit is not a sure reading ({doubt.note})"


# -- names -----------------------------------------------------------------------------
def _name_tokens(name: str) -> set[str]:
    return {re.sub(r"['’]s$", "", t.lower().strip(".,")) for t in name.split()
            if t[:1].isupper() and len(t) > 1}


def names_match(a: str, b: str) -> bool:
    """True when two names plausibly refer to the same person or body."""
    ta, tb = _name_tokens(a), _name_tokens(b)
    if not ta or not tb:
        return a.strip().lower() == b.strip().lower()
    if gender_of(a) is not None and gender_of(b) is not None:
        # Two people's names ("John Stankey", "John Legere"): the surname, or one name
        # inside the other ("Nikki Haley", "Nikki R. Haley"); a shared first name is not one.
        return a.split()[-1].lower() == b.split()[-1].lower() or ta <= tb or tb <= ta
    # "TNO" and "TNO's report", "Danin" and "Robert M. Danin": one name inside the other;
    # "IDF" and "Israel Defense Forces": a body and its initials.
    return a.split()[-1].lower() == b.split()[-1].lower() or ta <= tb or tb <= ta or bool(
        {t for t in ta & tb if len(t) > 3}) or _initials_of(a, b) or _initials_of(b, a)


def _initials_of(short: str, name: str) -> bool:
    """True when ``short`` is one word in capitals spelling the initials of ``name``'s
    capitalised words ("IDF", "Israel Defense Forces"; "of", "the", "and" skipped)."""
    word = short.strip().removeprefix("the ").strip(".,")
    if not (3 <= len(word) <= 8 and word.isupper() and word.isalpha()):
        return False
    initials = "".join(w[0] for w in re.findall(r"[A-Z][\w'’-]*", name))
    return len(name.split()) > 1 and initials == word


def source_quote_at(span: tuple[int, int], quotes: list[Quote]) -> Quote | None:
    """The source's own quotation that holds the passage, if it credits someone."""
    for q in quotes:
        if (q.start <= span[0] and span[1] <= q.end + 2) or (
                q.start < span[1] and span[0] < q.end and q.speaker):
            return q
    return None


# -- the check -------------------------------------------------------------------------
def check_attribution(quote: Quote, result: Judgement, doc: Document, registry: OutletRegistry,
                      source_quotes: Callable[[], list[Quote]]) -> Judgement:
    """Add the credit finding to a judgement whose words were found in ``doc``;
    MISATTRIBUTED when a named credit is contradicted by a sure one and the words themselves
    were faithful."""
    span = result.passage_span or (0, 0)
    published_by = registry.for_url(doc.url) if doc.url else None
    quotes = source_quotes()
    held = source_quote_at(span, quotes)
    voice = doc.voice_at(*span)
    if voice is not None and held is not None and \
            (held.end - held.start) < (1 - _WHOLE_POST) * (span[1] - span[0]):
        # A short quotation inside a speaker's own words (“hyperconnected” in a question)
        # is not what holds them: the speaker the original gives speaks the passage.
        held = None
    who = named_source_speaker(held)
    # Words the source quotes from someone are theirs; else, whoever the original says
    # speaks them (a transcript's voice, a post's author) unless the speaker quotes them
    # (a post's “slogan” is not its author's own words).
    if who is not None or (voice is not None and held is not None and
                           (held.end - held.start) < _WHOLE_POST * (voice.end - voice.start)):
        voice = None
    if voice is not None:
        who = voice.label
    outlet = _outlet_check(quote, doc, span, registry, held)
    speaker = _speaker_check(quote, held, doc, span, registry, quotes, voice)
    checks = [c for c in (outlet, speaker) if c is not None]
    contradiction = next((c.note for c in checks if c.status is AttributionStatus.CONTRADICTED),
                         None)
    if contradiction is not None:
        status = AttributionStatus.CONTRADICTED
    elif checks:
        status = checks[-1].status  # the speaker's finding when there is one, else the outlet's
    else:
        status = AttributionStatus.UNCHECKED
    notes = [c.note for c in checks] or [
        "the article credits these words to no one"
        + ("" if source_credit(held) is SourceCredit.NONE else f"; {source_says(held)}")]
    finding = AttributionFinding(status, who, published_by.name if published_by else None,
                                 "; ".join(notes), source_credit(held))
    if contradiction is not None and result.verdict is not Verdict.ALTERED:
        return replace(result, verdict=Verdict.MISATTRIBUTED, attribution=finding,
                       explanation=f"{result.explanation}, but {contradiction}")
    return replace(result, attribution=finding,
                   explanation=result.explanation + "; " + finding.note)


#: A source quotation this much of a voice's stretch is that stretch (an embedded post the
#: page also shows as a block quotation), not words its speaker quotes.
_WHOLE_POST = 0.8


def source_credit(held: Quote | None) -> SourceCredit:
    """How the source credits the quotation that holds the words: by a name, by a
    description with no name, or not at all."""
    if held is None or not held.speaker:
        return SourceCredit.NONE
    return SourceCredit.UNNAMED if is_unnamed(held.speaker) else SourceCredit.NAMED


def named_source_speaker(held: Quote | None) -> str | None:
    """Whom the source credits by name; never a description ("A voice")."""
    return held.speaker if held is not None and \
        source_credit(held) is SourceCredit.NAMED else None


def source_says(held: Quote | None) -> str:
    """The source's credit in a clause of a note: a description is said to be one, never
    read as a speaker ("the source credits A voice")."""
    credit = source_credit(held)
    if credit is SourceCredit.NAMED and held is not None:
        return f"the source credits {held.speaker}"
    if credit is SourceCredit.UNNAMED and held is not None and held.speaker:
        return f"the source does not name who said it (only \u201c{_as_written(held.speaker)}\u201d)"
    return "the source names no one for these words"


def _as_written(description: str) -> str:
    """A description as a clause quotes it: "A voice" that opened its sentence is "a
    voice"."""
    words = description.split()
    if words and words[0].lower() in _UNNAMED_OPENERS:
        words[0] = words[0].lower()
    return " ".join(words)


@dataclass(frozen=True, slots=True)
class _Check:
    status: AttributionStatus
    note: str


def _outlet_check(quote: Quote, doc: Document, span: tuple[int, int],
                  registry: OutletRegistry, held: Quote | None) -> _Check | None:
    """The outlet the article names against the page: its publisher (address or site
    name), then the page's own credit. Contradicted only when the article's outlet is
    unambiguous, listed in the registry, the page is not its own and the page does not cite
    it anywhere: a page saying "he told the BBC" supports a draft saying the same."""
    if not quote.outlet_id:
        return None
    outlet = registry.get(quote.outlet_id)
    meant = [outlet, *(registry.get(o) for o in quote.outlet_others)]
    ids = {o.id for o in meant}
    for o in meant:
        if o.publishes(doc.url, doc.site_name):
            return _Check(AttributionStatus.CONFIRMED, f"published by {o.name}")
    if held is not None and held.outlet_id in ids:
        return _Check(AttributionStatus.CONFIRMED, f"the page credits {outlet.name}")
    window = doc.text[max(0, span[0] - 1500):span[1] + 1500]
    if _cites(window, meant, registry):
        return _Check(AttributionStatus.CONFIRMED, f"the page credits {outlet.name}")
    if doc.author and _cites(doc.author, meant, registry):
        # A story carried from another outlet: "By Joe Davidson, Washington Post".
        return _Check(AttributionStatus.CONFIRMED,
                      f"the page's byline credits {outlet.name} ({doc.author})")
    if doc.url is None:
        return _Check(AttributionStatus.UNCHECKED,
                      f"outlet not checked: the source has no URL to compare with {outlet.name}")
    if not outlet.listed:
        return _Check(AttributionStatus.UNCHECKED,
                      f"outlet not checked: {outlet.name} is not in the outlet registry and "
                      f"the page ({host_of(doc.url)}) is not under its name")
    if len(meant) > 1:
        return _Check(AttributionStatus.UNCHECKED,
                      "outlet not checked: the article's name may mean "
                      + " or ".join(o.name for o in meant))
    if _cites(doc.text, meant, registry):
        return _Check(AttributionStatus.UNCHECKED,
                      f"outlet not checked: the page cites {outlet.name} away from the words "
                      "(it may be quoting it)")
    return _Check(AttributionStatus.CONTRADICTED,
                  f"the words are on {doc.url}, not in {outlet.name} as the article says")


def _cites(text: str, outlets: list[Outlet], registry: OutletRegistry) -> bool:
    """True when ``text`` names one of ``outlets`` (an unlisted one by its name as the
    article wrote it)."""
    ids = {o.id for o in outlets if o.listed}
    if ids and any(ids & set(m.candidates) for m in registry.find(text)):
        return True
    return any(re.search(_name_pattern(o.name), text) for o in outlets if not o.listed)


def _name_pattern(name: str) -> str:
    """A regex for a name as written, any run of spaces between its words."""
    words = r"\s+".join(re.escape(w) for w in name.split())
    return rf"(?<![\w.]){words}(?![\w-])"


def _publisher_named(name: str, doc: Document, registry: OutletRegistry) -> Outlet | None:
    """The outlet a credited name means when that outlet published the page ("Raw Story
    said" on www.rawstory.com): the words are the publisher's, whoever they quote."""
    named = [registry.get(c) for m in registry.find(name)
             if m.start == 0 and m.end >= len(name.rstrip(" .,")) for c in m.candidates]
    for o in named or [unlisted_outlet(name)]:
        if o.publishes(doc.url, doc.site_name):
            return o
    return None


def _speaker_check(quote: Quote, held: Quote | None, doc: Document, span: tuple[int, int],
                   registry: OutletRegistry, quotes: list[Quote],
                   voice: Voice | None = None) -> _Check | None:
    """The person or body the article names against whom the source credits (or, with
    ``voice``, who the original says speaks the words)."""
    if not quote.speaker:
        return None
    text, author = doc.text, doc.author
    who = named_source_speaker(held) or (voice.label if voice is not None else None)
    if is_unnamed(quote.speaker):
        return _Check(AttributionStatus.UNNAMED,
                      f"credited to a description with no name ({quote.speaker}); "
                      + source_says(held))
    if who is not None and names_match(quote.speaker, who):
        return _Check(AttributionStatus.CONFIRMED, f"said by {who} in the source")
    publisher = _publisher_named(quote.speaker, doc, registry)
    if publisher is not None:
        return _Check(AttributionStatus.CONFIRMED, "published by " + (
            publisher.name if publisher.listed else quote.speaker))
    if reads_as_outlet(quote.speaker):
        # "Harbor Gazette" is a publication whatever verb follows it: never a person whom
        # the one the page quotes could contradict.
        return _Check(AttributionStatus.UNCHECKED,
                      f"{quote.speaker} is a publication, not a person: not compared with "
                      "whom the source quotes" + (f" ({who})" if who else ""))
    if voice is not None:
        return _voice_check(quote, voice, text, span)
    if who is not None and (reads_as_outlet(who) or any(
            m.start == 0 and m.end >= len(who.rstrip(" .,")) for m in registry.find(who))):
        # "The Post and Courier newspaper reported on his closing argument: “…”": a
        # publication's text holds the words of those it quotes.
        return _Check(AttributionStatus.UNCHECKED,
                      f"the source gives these words to a publication ({who}), whose text "
                      f"may quote {quote.speaker}: check by hand")
    doubt = sure_credit(held, quote.speaker) if held is not None else "the source credits no one"
    away = held is not None and doubt is not None and _away(held, quote.speaker, doc, span,
                                                           quotes)
    if held is not None and who is not None and (
            doubt is None or away or _absent(held, quote.speaker, text, author)):
        unsure = _unsure_reading(quote, who, text, span, held.rule, held.speaker_span)
        if unsure is not None:
            return _Check(AttributionStatus.UNCHECKED, unsure)
        shared = held.credit_doubt.candidates if held.credit_doubt is not None else ()
        whose = " or ".join(f"{c}'s" for c in shared) if shared else f"{who}'s"
        why = f"in the source these words are {whose}, not {quote.speaker}'s"
        if away:
            why += (f" ({held.rule.reading}; {quote.speaker} is named in the source only away "
                    "from the words)")
        elif doubt is not None:
            why += f" ({quote.speaker} is not named anywhere in the source)"
        return _Check(AttributionStatus.CONTRADICTED, why)
    anonymous = _anonymous_speaker(quote, held, quotes, text, span) or \
        _narration(quote, held, quotes, doc, span)
    if anonymous is not None:
        return _Check(AttributionStatus.CONTRADICTED, anonymous)
    if _named_near(quote.speaker, text, span) or (author and names_match(quote.speaker,
                                                                          author)):
        # The source's own reading credits someone else, only not surely, or credits a
        # description: the name near the words confirms nothing then.
        if held is not None and who is not None and doubt is not None and \
                not_a_name(who) is None:
            return _Check(AttributionStatus.UNCHECKED,
                          f"the source seems to credit {who}, not {quote.speaker}, but "
                          f"{doubt}: check by hand")
        if held is not None and who is None and held.speaker and held.rule.sure and \
                source_credit(held) is SourceCredit.UNNAMED:
            return _Check(AttributionStatus.UNCHECKED,
                          f"{source_says(held)}: check by hand whether that is "
                          f"{quote.speaker}")
        return _Check(AttributionStatus.CONFIRMED, f"{quote.speaker} is named with the passage")
    seems = f"; the source may credit {who}, but {doubt}" if who else \
        f"; {source_says(held)}" if source_credit(held) is SourceCredit.UNNAMED else ""
    return _Check(AttributionStatus.NOT_IN_SOURCE,
                  f"speaker not confirmed: {quote.speaker} is not named near the "
                  f"passage{seems}")


def _anonymous_speaker(quote: Quote, held: Quote | None, quotes: list[Quote], text: str,
                       span: tuple[int, int]) -> str | None:
    """Why the source says surely that the draft's named speaker did not say the words,
    though it names no one for them: it gives them to a person it introduced without a
    name ("one close associate said …", later "said the associate"), and quotes the draft's
    speaker by name elsewhere, never described so. A page names whom it may name; one it
    keeps anonymous is not a person it quotes by name (news style). None otherwise: a
    description read back to a named person ("Sen. Smith … the senator said") is not
    introduced without a name, and a speaker the page does not quote is no one to compare."""
    if held is None or not held.speaker or quote.speaker is None or \
            quote.credit_doubt is not None or \
            source_credit(held) is not SourceCredit.UNNAMED:
        return None
    if not held.rule.sure and not (held.rule.continues and
                                   not _named_near(quote.speaker, text, span)):
        return None
    if not any(q is not held and q.speaker and q.rule.sure and
               source_credit(q) is SourceCredit.NAMED and names_match(quote.speaker, q.speaker)
               for q in quotes):
        return None
    words = [w.strip(".,;:\"“”'’()").lower() for w in held.speaker.split()]
    cut = next((i for i, w in enumerate(words[1:], 1) if w in _PHRASE_OPENERS), len(words))
    if _surname_in(quote.speaker, held.speaker) or (
            _tied_to_a_name(held.speaker.split(), cut) and
            _tied_to_speaker(held.speaker.split(), quote.speaker, text)):
        # "a spokesman for Ann Lee", "a White House spokesperson" for a credit to the
        # White House press secretary: the description may be the draft's speaker.
        return None
    words = words[:cut]
    head = words[-1] if words else ""
    if len(head) < 3 or head in PRONOUNS or not person_noun(head) or \
            not _introduced_unnamed(words, head, text, span[0]):
        return None
    if _described_as(quote.speaker, head, text) or _named_beside(
            quote.speaker, text, span, held.rule, held.speaker_span):
        return None
    return (f"in the source these words are those of someone it does not name "
            f"(\u201c{_as_written(held.speaker)}\u201d), not {quote.speaker}'s, whom it quotes "
            "by name elsewhere")


def _tied_to_a_name(words: list[str], cut: int) -> bool:
    """A description is tied to a name when a capitalised word stands before its noun ("a
    White House spokesperson") or in a phrase saying for or to whom
    ("a spokesman for Ann Lee", "an aide to the Governor"); an affiliation ("a trade
    professor at Cornell", "a resident of Leeds") describes a person of its own."""
    if any(w[:1].isupper() for w in words[1:cut]):
        return True
    opener = words[cut].lower() if cut < len(words) else ""
    return opener not in _AFFILIATION and any(w[:1].isupper() for w in words[cut:])


def _narration(quote: Quote, held: Quote | None, quotes: list[Quote], doc: Document,
               span: tuple[int, int]) -> str | None:
    """Why the source says surely that the draft's named speaker did not say the words: they
    are the article's own narration — no quotation mark or reporting verb in their sentence
    and no colon before them, not in a quotation block or after a paragraph a colon closes
    (a statement printed whole), not repeated in a quotation of the page — while the page
    quotes that speaker by name, with a sure cue, elsewhere and names them nowhere near
    these words. None otherwise: words the page reports someone saying without marks are
    indirect speech, judged as such before this step."""
    if held is not None or quote.speaker is None or quote.credit_doubt is not None or \
            span[1] <= span[0] or doc.voices:
        return None
    text = doc.text
    if not any(q.speaker and q.rule.sure and q.credit_doubt is None and
               source_credit(q) is SourceCredit.NAMED and names_match(quote.speaker, q.speaker)
               for q in quotes):
        return None
    if _named_near(quote.speaker, text, span) or doc.origin_at(span[0]):
        return None  # named beside them; or in the page's other text (a teaser, a caption)
    words = squash(text[span[0]:span[1]])[:80]
    if any(words in squash(q.text) for q in quotes):
        return None  # the page quotes them too (a pull quote repeats a quotation unmarked)
    s, e = sentence_span(text, span[0], span[1])
    sentence = text[s:e]
    if _MARKS.search(sentence) or ":" in text[s:span[0]] or _REPORTED.search(sentence):
        return None
    if doc.blocks:
        i = doc.block_index(span[0])
        block = doc.blocks[i]
        before = text[doc.blocks[i - 1].start:doc.blocks[i - 1].end] if i > 0 else ""
        if block.blockquote or before.rstrip().endswith(":"):
            return None
    return (f"in the source these words are the article's own, in no one's quotation marks, "
            f"not {quote.speaker}'s, whom it quotes by name elsewhere")


#: A verb that reports what someone said or thinks, in the forms a report puts it in (the
#: attribution lexicon's base forms, "reason" or "attack", are words of narration too).
_REPORTED = re.compile(
    r"\b(?:according\s+to|(?:said|says|say|told|tells|tell|added|adds|wrote|writes|stated|"
    r"states|argued|argues|claimed|claims|insisted|insists|noted|notes|explained|explains|"
    r"asked|asks|warned|warns|declared|declares|announced|announces|reported|reports|"
    r"believes?|believed|thinks?|thought|suggested|suggests|predicted|predicts|contended|"
    r"contends|maintained|maintains|acknowledged|acknowledges|admitted|admits|recalled|"
    r"recalls|described|describes|called|calls|urged|urges|denied|denies|complained|"
    r"complains|promised|promises|vowed|vows|testified|testifies|tweeted|tweets|posted|"
    r"posts|calling|saying|adding|telling|writing|arguing|warning|noting))\b",
    re.I)
#: A quotation mark, double or single (a single one only beside a space or a line's edge:
#: not an apostrophe).
_MARKS = re.compile(r"[“”\"«»„]|(?:^|\s)[‘']|[’'](?:\s|$)")


def _tied_to_speaker(words: list[str], credit: str, text: str) -> bool:
    """True when a name the description is tied to may be the draft's speaker's own: it is
    their name, or the page writes it beside theirs ("Jo Grady, the UCU
    general secretary" is not tied to "a spokesperson for the Universities and Colleges
    Employers' Association"; "White House press secretary Ann Lee" is to "a White House
    spokesperson")."""
    tied = {bare_word(w) for w in words[1:] if w[:1].isupper() and len(bare_word(w)) > 2}
    tied -= _GENERIC_CAPITALS
    names = [w.strip(".,;:()") for w in credit.split()]
    names = [w for w in names if w and w.lower() not in _SUFFIXES] or names
    last = names[-1] if names else ""
    if not tied or not last or bare_word(last) in tied:
        return True
    for m in re.finditer(rf"(?<![\w-]){re.escape(last)}(?![\w-])", text):
        # The words around the name in its paragraph ("Tom Reyes Jr., the Harbor Council's
        # leader": an abbreviation's stop is no end of what describes them).
        s = max(text.rfind("\n", 0, m.start()) + 1, m.start() - _TIED_CHARS)
        e = text.find("\n", m.end())
        e = min(len(text) if e < 0 else e, m.end() + _TIED_CHARS)
        if {bare_word(w) for w in text[s:e].split() if w[:1].isupper()} & tied:
            return True
    return False


#: How far from a name, within its paragraph, the words that describe it are read.
_TIED_CHARS = 120


#: What follows a surname without being one ("Martin Luther King Jr.").
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
#: Capitalised words a description shares with any sentence ("The", "Mr").
_GENERIC_CAPITALS = frozenset({"the", "and", "for", "mr", "mrs", "ms", "dr", "said", "says"})
_AFFILIATION = frozenset({"at", "of", "from", "in", "on", "based"})
_INDEFINITE = frozenset({"a", "an", "one", "another"})
_FULL_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z]+")


def _introduced_unnamed(words: list[str], head: str, text: str, before: int) -> bool:
    """The description is of a person the page brings in without a name: it is itself
    indefinite ("one close associate"), or the page's first mention of its noun before the
    words is ("a man developed …" for "the man wrote"), with no name in apposition."""
    if words[0] in _INDEFINITE:
        return True
    first = re.search(rf"\b(?:a|an|one|another)\s+(?:[\w’'-]+\s+){{0,3}}{re.escape(head)}\b",
                      text[:before], re.I)
    if first is None:
        return False
    the = re.search(rf"\bthe\s+(?:[\w’'-]+\s+){{0,3}}{re.escape(head)}\b",
                    text[:first.start()], re.I)
    if the is not None:
        return False
    clause = re.split(r"[.;:!?\n]", text[first.end():first.end() + 120], maxsplit=1)[0]
    lead = text[max(0, first.start() - 40):first.start()]
    return _FULL_NAME.search(clause) is None and not re.search(r"[A-Z][a-z]+,\s*$", lead)


def _described_as(name: str, head: str, text: str) -> bool:
    """The page describes ``name`` with the noun ``head`` anywhere ("Tom Lee, a patient at
    …", "the patient, Tom Lee", "associate Tom Lee")."""
    last = bare_word(name.split()[-1]) if name.split() else ""
    if len(last) < 2:
        return False
    sur, noun = re.escape(last), re.escape(head)
    return re.search(rf"\b{sur}\b(?:['’]s)?,\s+[^,.;:]{{0,80}}?\b{noun}s?\b", text, re.I) \
        is not None or re.search(
            rf"\b{noun}s?\b[\s,]+(?:[A-Z][\w.'’-]*\s+){{0,3}}{sur}\b", text) is not None


def _voice_check(quote: Quote, voice: Voice, text: str, span: tuple[int, int]) -> _Check:
    """The article's named credit against the speaker the original itself gives: the same
    person (by name, or a post's handle) is confirmed; another is contradicted when the
    article's credit is a sure reading and neither names the other beside the words."""
    assert quote.speaker is not None
    how = "posted" if voice.handle else "said"
    handle = (voice.handle or "").lstrip("@").lower()
    if names_match(quote.speaker, voice.name) or (
            handle and quote.speaker.strip().lstrip("@").lower() == handle):
        return _Check(AttributionStatus.CONFIRMED, f"{how} by {voice.label} in the source")
    unsure = _unsure_reading(quote, voice.name, text, span, AttributionRule.NONE, None)
    if unsure is not None:
        return _Check(AttributionStatus.UNCHECKED, unsure)
    return _Check(AttributionStatus.CONTRADICTED,
                  f"in the source these words are {voice.label}'s ({how} by them), not "
                  f"{quote.speaker}'s")


def _absent(held: Quote, credit: str, text: str, author: str | None) -> bool:
    """The source's own credit is not a sure reading, but the source still says surely
    that the draft's speaker did not say the words here: it credits them to a named person
    or body, and names the draft's speaker nowhere (nor is by them)."""
    if not_a_name(held.speaker) is not None:
        return False
    if author and names_match(credit, author):
        return False
    return not _surname_in(credit, text)


def _away(held: Quote, credit: str, doc: Document, span: tuple[int, int],
          quotes: list[Quote]) -> bool:
    """The source's credit is read beyond the words' own sentence by a rule that follows
    the page's run of quotes (the paragraph before's speaker going on, the sentence's
    subject, a colon, a characterisation), yet the page still says surely that the draft's
    speaker did not say them: the person it reads is one it quotes by a sure cue elsewhere,
    and the draft's speaker is named nowhere near the words (nor is the page's author). A
    guess from the last name before the words (floating) never is."""
    if not held.rule.continues or held.speaker is None or \
            not_a_name(held.speaker) is not None:
        return False
    if held.credit_doubt is not None and held.credit_doubt.code not in SOURCE_SURE_DOUBTS:
        return False
    if doc.author and names_match(credit, doc.author):
        return False
    if not any(q is not held and q.speaker and q.rule.sure and q.credit_doubt is None and
               names_match(held.speaker, q.speaker) for q in quotes):
        return False
    return not _named_near(credit, doc.text, span)


def _unsure_reading(quote: Quote, who: str, text: str, span: tuple[int, int],
                    rule: AttributionRule, credit_at: tuple[int, int] | None) -> str | None:
    """Why a named credit that differs from the source's sure one is still no finding: a
    misattribution is called only on two sure readings, the article's and the source's.
    None when both are sure and neither names the other's speaker beside the words."""
    if quote.credit_doubt is not None:
        return (f"the source credits {who}; the article's credit to {quote.speaker} is not "
                f"a sure reading ({quote.credit_doubt.note}): check by hand")
    if _surname_in(who, quote.around, case=True):
        return (f"the source credits {who}, whom the article names beside the quote too: "
                f"check by hand whether it credits {quote.speaker} or {who}")
    if quote.speaker is not None and _named_beside(quote.speaker, text, span, rule, credit_at):
        # Both are named beside the words: which one said them is the extractor's reading
        # of the sentence, not a fact sure enough for a finding.
        return (f"the source seems to credit {who}, but names {quote.speaker} beside the "
                "words too: check by hand")
    return None


def _named_near(credit: str, text: str, span: tuple[int, int]) -> bool:
    """The credited name's last word (a surname, not a first name) near the passage."""
    near = text[max(0, span[0] - T.SPEAKER_CONTEXT_CHARS):span[1] + 200]
    return _surname_in(credit, near)


def _surname_in(credit: str, text: str, *, case: bool = False) -> bool:
    """The credit's last word stands in ``text`` (as a name, capitalised, with ``case``)."""
    last = credit.split()[-1] if credit.split() else ""
    surname = re.sub(r"['’]s$", "", last.strip(".,;:()\"“”")) if case else bare_word(last)
    flags = 0 if case else re.I
    return len(surname) > 1 and re.search(rf"\b{re.escape(surname)}\b", text, flags) is not None


def _named_beside(credit: str, text: str, span: tuple[int, int], rule: AttributionRule,
                  credit_at: tuple[int, int] | None = None) -> bool:
    """The credited name stands beside the words: in the quote's own sentence when the
    source's cue follows the quote (the surest rule); from the sentence of the source's
    own credit to the quote's when a sure rule read it there; else in its paragraph."""
    para_start = text.rfind("\n", 0, span[0]) + 1
    para_end = text.find("\n", span[1])
    para_end = len(text) if para_end == -1 else para_end
    if rule.sure and rule is not AttributionRule.CUE_AFTER and credit_at is not None and \
            para_start <= credit_at[0] and credit_at[1] <= para_end:
        lo, hi = min(span[0], credit_at[0]), max(span[1], credit_at[1])
        ends = [m.end() for m in _SENTENCE_END.finditer(text, para_start, lo)]
        end = _SENTENCE_END.search(text, hi, para_end)
        return _surname_in(credit, text[ends[-1] if ends else para_start:
                                         end.end() if end else para_end])
    if rule is AttributionRule.CUE_AFTER:
        para_start = max(para_start, span[0] - T.BESIDE_SENTENCE_CHARS)
        para_end = min(para_end, span[1] + T.BESIDE_SENTENCE_CHARS)
        # The sentence opens with the quotation and ends with the tag after its closing
        # mark: the sentences before and after it ("But he didn't fight Murdoch.") are not
        # beside the words.
        close = _CLOSING_MARK.search(text, span[1], para_end)
        end = _SENTENCE_END.search(text, close.end() if close else span[1], para_end)
        if end is not None:
            para_end = end.end()
        opening = max(text.rfind(m, para_start, span[0] + 1) for m in "“\"‘")
        if opening > para_start:
            ends = [m.end() for m in _SENTENCE_END.finditer(text, para_start, opening)]
            para_start = ends[-1] if ends else para_start
    return _surname_in(credit, text[para_start:para_end])


_CLOSING_MARK = re.compile(r"[”\"’]")
_SENTENCE_END = re.compile(r"[.!?][”’\"]?(?=\s+[A-Z“\"‘(])")


def not_checked(reason: str) -> AttributionFinding:
    """The finding for a quote whose words were not found (nothing to compare)."""
    return AttributionFinding(AttributionStatus.UNCHECKED, None, None, reason)
