"""The attribution rules, one function each, in the order :class:`~verify.quotes.attribution.
Attributor` tries them (the list in that module's docstring). Each takes the attributor (the
article's context, and how a mention resolves to a speaker or an outlet) and the quote in
its sentence, and returns an :class:`Attribution` or None when it does not apply.

- :mod:`.base`: what they share (:class:`Attribution`, :class:`QuoteSentence`, the
  :class:`Attributor` protocol, patterns of more than one rule);
- :mod:`.cues`: rules 1-3, a cue next to the quote;
- :mod:`.sentence`: rules 4-8, read elsewhere in the quote's sentence;
- :mod:`.beyond`: rules 9-10, read beyond the sentence or guessed.
"""

from verify.quotes.rules.base import CHARACTERIZING, Attribution, Attributor, QuoteSentence
from verify.quotes.rules.beyond import clause_subject, colon_paragraph, previous_sentence
from verify.quotes.rules.cues import citing, cue_after, cue_before, in_headline
from verify.quotes.rules.sentence import (
    ACCORDING_TO,
    according_to,
    characterization,
    closing_clause,
    closing_finding,
    colon_before,
    cue_closing_sentence,
    verb_in_sentence,
    words_of_before,
)

__all__ = ["ACCORDING_TO", "CHARACTERIZING", "Attribution", "Attributor", "QuoteSentence",
           "according_to", "characterization", "citing", "clause_subject", "closing_clause",
           "closing_finding", "colon_before", "colon_paragraph", "cue_after", "cue_before",
           "cue_closing_sentence", "in_headline", "previous_sentence", "verb_in_sentence",
           "words_of_before"]
