"""Every threshold the verdicts use, in one place. The README explains each."""

#: A passage "aligns" when at least this share of the quote's words are found, in order.
ALIGN_MIN_COVERAGE = 0.6
#: …and at least this many words match (or all of them, for a shorter quote).
ALIGN_MIN_WORDS = 3
#: Fragments and titles need every word found, or they stay UNCHECKED.
FRAGMENT_MIN_COVERAGE = 1.0
#: Words the source may skip between two pieces of a quote split by an [insertion].
BRACKET_MAX_GAP = 6
#: Words the source may skip between two pieces of a quote split by an ellipsis.
ELLIPSIS_MAX_GAP = 400
#: Cosine similarity above which the closest window may be a paraphrase …
PARAPHRASE_MIN_COSINE = 0.65
#: … provided it shares at least this share of the quote's content words.
PARAPHRASE_MIN_CONTENT_OVERLAP = 0.25
#: A window of indirect speech whose subject is the quote's credited speaker ("Okafor said
#: people …") may be a paraphrase from this cosine: the source says the words are theirs.
PARAPHRASE_SPEAKER_MIN_COSINE = 0.6
#: In the choice of a quote's closest window, a window reporting its credited speaker counts
#: as this much closer.
SPEAKER_WINDOW_BONUS = 0.05
#: Sources a quote is aligned with word by word: the best few by shared rare words and word
#: pairs across all the run's sources (:mod:`verify.match.retrieve`).
RETRIEVE_LEXICAL = 3
#: … and, when none of those aligns, the next ones up to this rank.
RETRIEVE_LEXICAL_MORE = 12
#: Among the sources that hold a quote's words, the credited outlet's page is the evidence
#: when it aligns within this share of the quote's words of the best one (a copy elsewhere
#: may be cleaner text, or a later version; the credit names the outlet's).
CREDITED_PAGE_MARGIN = 0.15
#: Sources whose windows a quote that aligns nowhere is compared with in the semantic step.
RETRIEVE_SEMANTIC = 3
#: Windows of one source embedded per quote after the cheap content-word prefilter.
SEMANTIC_MAX_WINDOWS = 40
#: How far before a passage (characters) the source may name its speaker.
SPEAKER_CONTEXT_CHARS = 400
#: A source crediting someone else contradicts the article's named speaker only when that
#: speaker is not named beside the words: within this many characters of a quote whose cue
#: follows it, else in its paragraph (PolNeAR train: 38 of 43 false contradictions had the
#: article's speaker in the paragraph, against 21 of 952 right ones).
BESIDE_SENTENCE_CHARS = 120
#: An aligned quote is "reworded throughout" (a PARAPHRASE candidate, not ALTERED) when at
#: least this many separate words or phrases changed …
REWORDED_MIN_CHANGES = 3
#: … or this share of its words, none of them a number, negation, name or modal …
REWORDED_MIN_SHARE = 0.3
#: … and quote and passage stay this close in meaning.
REWORDED_MIN_COSINE = 0.8
#: With an entailment model, windows at least this close are asked whether they entail or
#: contradict the quote.
NLI_MIN_COSINE = 0.5
#: A quote that aligns as one passage with less than ALIGN_MIN_COVERAGE but at least this
#: share (one of its parts, found) is tried as a splice of two passages …
SPLICE_MIN_COVERAGE = 0.35
#: … split at a clause break, it is a splice of two passages when each part has at least
#: this many words …
SPLICE_MIN_WORDS = 4
#: … and this share of each part's words is found, in order, in its passage …
SPLICE_MIN_SHARE = 0.9
#: … and the passages are more than this many words apart.
SPLICE_ADJACENT_WORDS = 12
