"""Out of context: the words are the source's, but its sentence says the opposite.

A quotation can be a faithful sub-span of a sentence whose own structure reverses it: "this
was not a peaceful protest" quoted as “a peaceful protest”. The decision reads only the
source's sentence that holds the quoted words, and only a word that *governs* them:

- a negation right before the span, with nothing between them but words that pass the
  negation on ("not", "never", "no longer", "I am not saying that", "I don't think"), or a
  "no" right before the noun the span opens with ("there's no class on …");
- a denial or distancing word governing it the same way ("deny that", "reject the idea
  that", "it would be wrong to say": a judgement of falsehood only of a saying);
- a report of a claim by others ("critics say", "some claim that", "according to
  opponents"): a reporting verb whose subject is a third party in general, not the speaker;
  or a quotation inside the speaker's own words that they give to someone else ("Congress
  … said, ‘these people should get credit’");
- a condition: "unless", or "if" over a clause in the conditional mood ("would … if …",
  "if …, … could"), or an "if" clause opening the sentence before a consequence of what
  will or must follow ("if you give them access, then you will get better press"), not a
  concession ("even if");
- a question whose body the quotation turns into a statement ("Do we want to leave?").

Anything else between the governing word and the span — another verb, a clause break —
breaks the scope, and then the quotation is what the speaker said. A quotation that is the
whole sentence, or holds the governing word itself, or is exactly what the source itself
puts in quotation marks (she did not "like the sound of it": the negation is the
reporter's), is never out of context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)*")
#: Where a sentence ends before a span (or a paragraph does).
_SENT_END = re.compile(r"[.!?][\"”’)\]]*\s+(?=[\"“‘(\[]*[A-Z0-9])|\n\s*\n")
_SENT_STOP = re.compile(r"[.!?]+[\"”’)\]]*|\n\s*\n")
#: Punctuation that closes a clause: the scope of a governing word does not reach past it.
_CLAUSE_BREAK = re.compile(r"[,;:—–()]| - ")

_NEGATORS = {"not", "never", "no", "nor", "cannot"}
#: Words after a negation that narrow it to a part and keep the rest asserted.
_NOT_NEGATING = {"only", "just", "merely", "simply", "least", "doubt", "question", "wonder",
                 "surprise", "mention", "matter"}
_DENIALS = {"deny", "denies", "denied", "denying", "reject", "rejects", "rejected",
            "rejecting", "dismiss", "dismisses", "dismissed", "dismissing", "dispute",
            "disputes", "disputed", "disputing", "refute", "refutes", "refuted", "refuting",
            "myth", "disagree", "disagrees", "disagreed"}
#: Nouns that call what follows them false, across an appositive ("a fallacy, advanced by
#: the article, that …").
_FALLACIES = {"fallacy", "myth", "misconception", "falsehood", "lie", "canard", "delusion"}
_DISAGREE = {"disagree", "disagrees", "disagreed", "reject", "rejects", "rejected", "deny",
             "denies", "denied", "dispute", "disputes", "disputed"}
#: Doubt of a claim: "I find it hard to believe that …", "it is unlikely that …".
_HARD_TO_BELIEVE = re.compile(r"\b(?:(?:hard|difficult|impossible) to (?:believe|imagine|see)|"
                              r"(?:unlikely|implausible|inconceivable|unthinkable|doubtful)) that$")
#: Judgements of a claim that deny it only of a saying ("wrong to say", "absurd to suggest"):
#: "it is wrong that children go hungry" says that they do.
_FALSE = {"wrong", "false", "untrue", "nonsense", "absurd", "ridiculous", "rubbish",
          "misleading", "mistaken", "unfair"}
_SAYING = {"say", "saying", "suggest", "suggesting", "claim", "claiming", "think", "thinking",
           "believe", "argue", "arguing", "imply", "implying", "assume", "pretend"}
#: "If" makes its clause hypothetical only when that clause says what would be, in the
#: conditional mood ("would … if"); "if you look at the figures, this is our best year"
#: asserts it, and so, to a desk, does "we will win if we stay united".
_MODALS = {"would", "could", "might", "d"}
#: Words through which a negation or a denial reaches the span: saying and thinking verbs,
#: the noun a denial takes ("the idea that"), a complementiser, the copula.
_BRIDGE = {"that", "the", "a", "an", "any", "idea", "ideas", "claim", "claims", "suggestion",
           "suggestions", "notion", "allegation", "allegations", "accusation", "accusations",
           "view", "charge", "charges", "argument", "assertion", "assumption", "to", "say",
           "says", "saying", "said", "suggest", "suggesting", "suggested", "think",
           "thinking", "thought", "believe", "believing", "believed", "claiming", "claimed",
           "argue", "arguing", "argued", "mean", "meaning", "imply", "implying", "is", "was",
           "be", "been", "being", "are", "were", "true", "case", "it", "longer", "really",
           "necessarily", "actually", "ever", "at", "all", "i", "am", "do", "does", "did",
           "would", "will", "could", "can", "should", "have", "has", "had", "by", "more",
           "anymore", "one", "so", "simply", "entirely", "quite", "we", "you"}
#: After a negation, only what passes it on to the span: a saying or thinking verb ("not
#: saying that"), "true that", "the case that", "no longer"; an auxiliary or a pronoun
#: after it starts a clause of its own.
_NEGATION_BRIDGE = _BRIDGE - {"is", "was", "be", "been", "being", "are", "were", "it", "i",
                              "am", "do", "does", "did", "would", "will", "could", "can",
                              "should", "have", "has", "had", "we", "you", "one", "by", "to",
                              "so", "more", "anymore", "at", "all"} | {"like", "of"}
#: A negative subject ("no one", "nobody", "few") negates its verb: "Few would argue
#: against …", "No one sector wants …".
_NEGATIVE_SUBJECTS = {"nobody", "nothing", "none", "neither", "few"}
_AUXILIARIES = {"is", "was", "are", "were", "will", "would", "can", "could", "should",
                "shall", "may", "might", "must", "do", "does", "did", "has", "have", "had",
                "ever", "really", "one", "else"}
_PRONOUNS = {"he", "she", "they", "we", "i", "you", "it"}
#: A complement clause's own subject between "that" and the span.
_COMPLEMENT_SUBJECTS = _PRONOUNS | {"either", "neither", "both", "each", "all", "none"}
#: A subject that is others in general, never the speaker: "critics say", "some claim".
_OTHERS = {"critics", "opponents", "some", "others", "skeptics", "sceptics", "detractors",
           "rivals", "cynics", "naysayers", "enemies", "doubters", "adversaries", "foes"}
_REPORT_MODIFIERS = {"have", "has", "had", "will", "would", "may", "might", "often", "still",
                     "also", "sometimes", "always", "now", "even", "privately", "publicly",
                     "openly", "loudly", "repeatedly", "do", "did", "does", "in", "the",
                     "party", "here", "there", "claim"}
_CLAIMING = {"claim", "believe", "allege", "contend", "maintain", "think", "argue", "insist",
             "suggest", "say", "felt", "feel", "feels", "thought", "thinks", "believed",
             "believes", "fear", "fears", "feared", "see", "sees", "saw", "hear", "heard",
             "assume", "assumed", "assumes", "suspect", "suspected", "suspects", "imagine",
             "imagined", "hope", "hoped", "hopes"}
#: Subjects of a reporting verb that are the speaker speaking of themself.
_FIRST_PERSON = {"i", "we", "me", "us", "my", "our"}
#: Words of a subject that say nothing of who it is.
_SUBJECT_FILLER = {"that", "who", "which", "and", "but", "so", "although", "though", "while",
                   "as", "because", "since", "when", "even", "if", "just", "always", "also",
                   "often", "still", "want", "wants", "wanted", "to", "like", "going", "would",
                   "will", "may", "might", "could", "can", "a", "lot", "of", "the", "no", "not",
                   "nor", "never"}
#: A negative adverbial opening the clause, which then negates all of it.
_FRONTED_NEGATION = re.compile(r"^(?:but |and )?(?:at no (?:time|point)|never|not once|in no way|"
                               r"under no circumstances|nowhere|at no stage)\b")
#: "instead of telling them that …", "rather than saying …": what the speaker did not say.
_INSTEAD = re.compile(r"\b(?:instead of|rather than) (?:\w+ing|say|tell)(?: \w+){0,2}(?: that)?$")
_CONDITIONS = {"if", "unless"}
#: Nouns whose "that" clause is a possibility, not a fact: "raises concerns that …".
_HEDGES = {"concern", "concerns", "fear", "fears", "possibility", "risk", "danger",
           "suspicion", "suspicions", "speculation", "rumour", "rumours", "rumor", "rumors",
           "chance", "prospect", "worry", "worries", "hope", "hopes", "doubt", "doubts",
           "question", "questions", "allegation", "allegations", "claim", "claims"}
_CONCESSIVE = {"even", "as"}
_QUESTION_OPENERS = {"do", "does", "did", "is", "are", "was", "were", "will", "would", "can",
                     "could", "should", "shall", "may", "might", "must", "have", "has", "had",
                     "who", "what", "why", "how", "where", "when", "which", "isn't", "aren't",
                     "don't", "doesn't", "didn't", "wasn't", "won't", "wouldn't", "shouldn't",
                     "can't", "couldn't"}
#: A single mark opening a quotation inside the speaker's words that is still open before
#: the span (an apostrophe stands between two letters; a closing mark is followed by none).
_NESTED_OPEN = re.compile(r"(?:(?<=[\s,:(—–])|^)[‘'](?=\w)(?:(?![’'](?!\w)).)*$", re.S)
#: A quotation mark right before the span and right after it (punctuation aside).
_OPENS = re.compile(r"[\"“‘']\s*$")
_CLOSES = re.compile(r"[\s.,;:!?…]*[\"”’']")
#: Words of the sentence quoted around the span in the explanation, at most.
_SHOW_CHARS = 240


@dataclass(frozen=True, slots=True)
class OutOfContext:
    """Why the quoted span, alone, says what its sentence does not."""

    code: str
    """negation, denial, others_claim, condition or question."""
    governing: str
    """The source's words that govern the span ("not", "critics say", "if …")."""
    sentence: str
    """The source's sentence holding the span."""

    def explain(self) -> str:
        """One sentence for the report."""
        what = {
            "negation": f'the source\'s "{self.governing}" right before them negates them',
            "denial": f'the speaker denies them ("{self.governing}")',
            "others_claim": f'the source reports them as others\' claim ("{self.governing}")',
            "condition": f'the source makes them hypothetical ("{self.governing}")',
            "question": f'the source asks them as a question ("{self.governing}")',
        }[self.code]
        return (f"the words are in the source, but out of context: {what}; the source's "
                f"sentence reads: '{self.sentence}'")


@cache
def _reporting() -> frozenset[str]:
    """Reporting verbs' forms (the attribution rules' list), loaded on first use."""
    from verify.quotes.lexicon import REPORTING_FORMS

    return frozenset(f.casefold() for f in REPORTING_FORMS if " " not in f)


def _words(text: str) -> list[str]:
    out = []
    for w in _WORD.findall(text.replace("’", "'")):
        w = w.casefold()
        if w.endswith("n't") and len(w) > 3:
            out.extend([w[:-3] or w, "not"])
        else:
            out.append(w)
    return out


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence holding ``text[start:end]``: from the last sentence end
    before it to the first one after it."""
    lo = max(0, start - 600)
    # Searched a little past ``start``: a sentence end right before the span is seen by its
    # look-ahead at the span's first letter.
    ends = [m for m in _SENT_END.finditer(text, lo, min(len(text), start + 3))
            if m.end() <= start]
    s = ends[-1].end() if ends else lo
    m = _SENT_STOP.search(text, end, min(len(text), end + 600))
    e = m.end() if m else min(len(text), end + 600)
    return s, e


def _tail(prefix: str) -> str:
    """The prefix after its last clause break: what can govern the span."""
    parts = _CLAUSE_BREAK.split(prefix)
    return parts[-1]


def _bridged(words: list[str], heads: set[str] | frozenset[str],
             bridge: frozenset[str] | set[str] = _BRIDGE) -> int | None:
    """The position of the last ``heads`` word of ``words`` when every word after it is a
    ``bridge`` word (at most five), else None."""
    for i in range(len(words) - 1, max(-1, len(words) - 8), -1):
        if words[i] in heads:
            rest = words[i + 1:]
            if len(rest) <= 5 and all(w in bridge for w in rest):
                return i
            return None
        if words[i] not in bridge:
            return None
    return None


def prefix_opens_sentence(prefix: str) -> bool:
    """True when the words before the span are all of their sentence up to it, with no
    clause break: the span's subject."""
    return not _CLAUSE_BREAK.search(prefix)


def _negation(prefix: str, span_words: list[str]) -> str | None:
    words = _words(_tail(prefix))
    # "no one would", "few would": a negative subject and its auxiliary right before the verb
    subject = _bridged(words, _NEGATIVE_SUBJECTS | {"no"}, _AUXILIARIES)
    if subject is not None and (words[subject] != "no" or words[subject + 1:subject + 2]
                                in (["one"], ["longer"])) and words[subject - 1:subject] != ["a"]:
        return " ".join(words[max(0, subject - 2):])
    if prefix_opens_sentence(prefix) and 1 < len(words) <= 3 and words[0] == "no" and \
            words[1] not in _NOT_NEGATING:
        return " ".join(words)  # "No one sector wants …": the subject says none does
    # "I don't think she …": the saying verb's own subject, a pronoun, before the span
    if words and words[-1] in _PRONOUNS and len(words) > 1 and words[-2] in _SAYING:
        words = words[:-1]
    # The clause (the prefix after its last break) opens on a negation that negates it all.
    fronted = _FRONTED_NEGATION.match(" ".join(words))
    if fronted is not None:
        return fronted.group()  # "At no time was I aware of or knowingly took part in …"
    instead = _INSTEAD.search(" ".join(words))
    if instead is not None:
        return instead.group()  # "Instead of telling them that …": what was not said
    i = _bridged(words, _NEGATORS, _NEGATION_BRIDGE)
    if i is None:
        return None
    after = words[i + 1:] + span_words[:1]
    if after and after[0] in _NOT_NEGATING:
        return None
    if words[i] == "no" and after[:1] != ["longer"] and i < len(words) - 1:
        return None  # "no" governs only the noun it stands before: one in the span is it
        # ("there's no class on how to speak" quoted as “class on how to speak”)
    return " ".join(words[max(0, i - 2):])


def _denial(prefix: str) -> str | None:
    words = _words(_tail(prefix))
    if len(words) > 2 and words[-1] in _COMPLEMENT_SUBJECTS and words[-2] in {"that"} | _SAYING:
        words = words[:-1]  # "hard to believe that either would …": its own subject
    near = _words(prefix)[-10:]
    if words == ["that"] and (fallacy := _FALLACIES & set(near)):
        return " ".join(sorted(fallacy)) + " … that"  # "a fallacy, advanced by X, that …"
    if not words and prefix.rstrip().endswith(":"):
        before = _words(prefix.rstrip()[:-1].split(",")[-1])
        if _DISAGREE & set(before):
            return " ".join(before[-6:]) + ":"  # "I disagree on the solution: …"
    i = _bridged(words, _DENIALS, _BRIDGE | {"on", "with", "about"})
    if i is None:
        i = _bridged(words, _FALSE)
        if i is None or not _SAYING & set(words[i + 1:]):
            hard = _HARD_TO_BELIEVE.search(" ".join(words))
            return hard.group() if hard is not None else None
    return " ".join(words[max(0, i - 3):])


def _others(prefix: str, suffix: str, speaker: str | None) -> str | None:
    words = _words(_tail(prefix))
    named = set(_words(speaker or ""))
    # "critics say (that)": a reporting verb right before the span, its subject others.
    rest = words[:]
    while rest and rest[-1] == "that":
        rest.pop()
    if len(rest) > 2 and rest[-1] in _PRONOUNS and rest[-2] in _CLAIMING | _reporting():
        rest.pop()  # "who have said they …": the complement's own subject
    if rest and (rest[-1] in _reporting() or rest[-1] in _CLAIMING):
        subject = [w for w in rest[:-1] if w not in _REPORT_MODIFIERS][-3:]
        if subject and _OTHERS & set(subject) and not named & set(subject):
            return " ".join(rest[-4:])
        # Any subject that is neither the speaker nor the speaker speaking of themself:
        # "representatives of the family suggested …", "she always felt that …", "…
        # Forces, who have said they …" (whom the relative clause is on, named there).
        who = _subject_words(prefix, rest) if speaker else []
        if who and not named & set(who) and not _FIRST_PERSON & set(who):
            return " ".join(rest[-4:])
    nested = _NESTED_OPEN.search(prefix)
    if nested is not None and speaker:
        # "Congress … said, ‘Oh that’s not fair, these people should …’": the span is in a
        # quotation the speaker gives to someone else.
        lead = prefix[:nested.start()].rstrip(" ,:")
        before = _words(_tail(lead))
        while before and before[-1] in {"like", "that"}:
            before.pop()
        if before and (before[-1] in _reporting() or before[-1] in _CLAIMING):
            # "Congress got involved — … — and said": a coordinated verb's subject opens the
            # sentence.
            who = _subject_words(lead, before) or \
                [w for w in _words(lead)[:4] if w not in _SUBJECT_FILLER][:3]
            if who and not named & set(who) and not _FIRST_PERSON & set(who):
                return " ".join(before[-4:]) + " ‘…’"
    # "according to opponents, …" before it, or "…, according to critics" after it.
    for clause in (prefix, suffix):
        m = re.search(r"\baccording to ((?:\w+\s+){0,2}?(\w+))\b", clause, re.I)
        if m and m.group(2).casefold() in _OTHERS:
            return m.group(0)
    return None


def _subject_words(prefix: str, rest: list[str]) -> list[str]:
    """The words that say who does the reporting verb that ends ``rest``: its subject in
    the clause, or for a relative clause ("…, who have said") the noun it is on."""
    subject = [w for w in rest[:-1] if w not in _REPORT_MODIFIERS and w not in _SUBJECT_FILLER]
    if rest[:1] in (["who"], ["which"]) or (not subject and "who" in rest[:-1]):
        before = _words(prefix[:prefix.rfind(",")] if "," in prefix else "")
        return before[-3:]
    return subject[-4:]


def _condition(prefix: str, suffix: str, sentence_words: list[str], span_words: list[str]
               ) -> str | None:
    tail = _words(_tail(prefix))
    if tail and tail[-1] in _CONDITIONS and not (len(tail) > 1 and tail[-2] in _CONCESSIVE):
        return tail[-1] + " …"  # the span is the condition itself
    if len(tail) >= 2 and tail[-2] in _CONDITIONS and tail[-1] in _PRONOUNS and not (
            len(tail) > 2 and tail[-3] in _CONCESSIVE):
        return " ".join(tail[-2:]) + " …"  # "If he had concerns …": the condition itself
    if tail and tail[-1] in {"or", "otherwise"} and _MODALS & set(span_words):
        return tail[-1] + " …"  # "… or no one would ever invite me": what would follow
    hedge = _bridged(tail, _HEDGES, {"that", "the", "a", "raises", "raised"})
    if hedge is not None and tail[hedge + 1:hedge + 2] == ["that"]:
        return " ".join(tail[max(0, hedge - 1):])  # "concerns that …": a possibility
    after = _words(re.split(r"[;:.!?]", suffix)[0])
    if after[:1] == ["unless"] or after[:2] == ["short", "of"]:
        return "… " + " ".join(after[:6])  # "unless" conditions any clause
    opening = _condition_opening(prefix)
    if opening is None and tail[-1:] == ["then"] and "if" in _words(prefix)[:-1]:
        # "it's a case of if you give them access, then you will get better press"
        words = _words(prefix)
        opening = " ".join(words[len(words) - 1 - words[::-1].index("if"):][:6])
    if opening is not None and (_MODALS & set(span_words) or tail[-1:] == ["then"] or
                                _CONSEQUENT.search(" ".join(span_words[:5]))):
        # "If we lose funding, <span>", "Anyway, if Facebook combined that, no guesswork
        # would be required", "if you give them access, then you will get better press":
        # the span is the consequence of a condition the quotation leaves out.
        return opening + " …"
    if not _MODALS & set(span_words):
        return None
    after = _words(re.split(r"[;:.!?]", suffix)[0])
    if after and after[0] in _CONDITIONS:
        return "… " + " ".join(after[:6])
    return None


#: What a consequence says will or must follow ("you will get", "you have to reckon"):
#: with an "if" clause before it, a condition; "this is our best year" stays asserted.
_CONSEQUENT = re.compile(r"\b(?:will|ll|must|then|going to|ha(?:ve|s) to|ha(?:ve|s) got to)\b")
#: Words a sentence may open with before its "if" clause.
_DISCOURSE = {"anyway", "but", "and", "so", "because", "now", "well", "still", "yet",
              "besides", "then", "also", "again", "indeed", "however", "cause"}


#: "If you look at …", "if I'm honest", "if you ask me": an "if" that says when the
#: consequence is worth saying, not when it holds.
_RELEVANCE_SUBJECTS = {"you", "we", "i", "one", "i'm", "we're", "you're"}
_RELEVANCE_VERBS = {"look", "looked", "see", "ask", "asked", "think", "consider", "remember",
                    "compare", "listen", "read", "check", "want", "like", "recall", "am", "m",
                    "are", "re", "be", "go", "talk", "speak", "honest", "frank", "being"}


def _condition_opening(prefix: str) -> str | None:
    """The "if" clause that opens the span's sentence (after words like "Anyway," or
    "Because") and ends before the span, as words; None when there is none."""
    # The sentence's words, or the speaker's, when a quotation opens inside it ("Scott told
    # King, “Because if you don't …, you have to reckon with us.”").
    opened = max(prefix.rfind("“"), prefix.rfind('"'))
    clause = prefix[opened + 1:] if opened >= 0 else prefix
    words = _words(clause)
    i = 0
    while i < len(words) and words[i] in _DISCOURSE:
        i += 1
    if i >= len(words) or words[i] != "if" or not _CLAUSE_BREAK.search(clause):
        return None
    if i > 0 and words[i - 1] in _CONCESSIVE:
        return None  # "even if": a concession, the consequence holds
    if words[i + 1:i + 2] and words[i + 1] in _RELEVANCE_SUBJECTS and \
            words[i + 2:i + 3] and words[i + 2] in _RELEVANCE_VERBS:
        return None  # "If you look at the figures, you will see …": asserted all the same
    return " ".join(words[i:i + 6])


def _question(prefix: str, suffix: str, sentence_words: list[str], quote: str) -> str | None:
    """The span inside a question: the clause holding it (after a colon or an opening
    quotation mark) opens with an auxiliary or a wh-word before the span, and the sentence
    closes with a question mark."""
    if "?" in quote or not suffix.rstrip(" \"”’)]\n").endswith("?") or \
            re.search(r"[.!;:]", suffix.rstrip(" \"”’)]\n?")):
        return None
    clause = _words(re.split(r"[:;\"“”–—]", prefix)[-1])
    while clause and clause[0] in {"but", "and", "so", "then", "yet", "or", "now", "well"}:
        clause = clause[1:]
    if clause and clause[0] in _QUESTION_OPENERS:
        return " ".join(clause[:6]) + " …?"
    return None


def out_of_context(text: str, start: int, end: int, quote: str, speaker: str | None
                   ) -> OutOfContext | None:
    """Whether the span ``text[start:end]`` of a source, quoted as ``quote`` and credited to
    the person ``speaker`` (None for no one, or an outlet: what an outlet reported includes
    the claims of others it reports), is governed by a word of its sentence left outside
    the quotation."""
    s, e = sentence_span(text, start, end)
    prefix, suffix = text[s:start], text[end:e]
    prefix_words, suffix_words = _words(prefix), _words(suffix)
    if not prefix_words and not suffix_words:
        return None  # the whole sentence is quoted
    if _OPENS.search(prefix) and _CLOSES.match(suffix):
        return None  # the source's own quotation: the words around it are the reporter's
    sentence = " ".join(text[s:e].split())
    if len(sentence) > _SHOW_CHARS:
        sentence = sentence[:_SHOW_CHARS].rsplit(" ", 1)[0] + " …"
    span_words = _words(text[start:end])
    sentence_words = _words(text[s:e])
    for code, governing in (
            ("negation", _negation(prefix, span_words) if prefix_words else None),
            ("denial", _denial(prefix) if prefix_words else None),
            ("others_claim", _others(prefix, suffix, speaker)),
            ("condition", _condition(prefix, suffix, sentence_words, span_words)),
            ("question", _question(prefix, suffix, sentence_words, quote))):
        if governing:
            return OutOfContext(code, governing, sentence)
    return None
