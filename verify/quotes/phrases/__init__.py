"""Noun-phrase finders: who a reporting verb's subject is, read off the masked text.

Each finder takes the article's :class:`~verify.quotes.context.ArticleContext` and offsets
into its text and returns a :class:`Mention` (a name, a pronoun, an outlet or a
description) or None. They read the masked text (every quotation blanked out), so quoted
words never look like a subject, and each reads a bounded window, so a sentence of
thousands of words stays linear.

- :mod:`.base`: what they share (:class:`Mention`, :func:`plausible`, tests of single words);
- :mod:`.descriptions`: descriptions and the names in apposition with them;
- :mod:`.before`: the phrase that ends right before a verb;
- :mod:`.after`: the phrase that starts right after a verb;
- :mod:`.subjects`: who does a verb, and the phrase that opens a sentence.
"""

from verify.quotes.phrases.after import subject_after
from verify.quotes.phrases.base import (
    Mention,
    bare_word,
    drop_affiliation,
    has_name,
    head_noun,
    lone_sentence_opener,
    person_noun,
    plausible,
)
from verify.quotes.phrases.before import SUBJECT_CHARS, subject_before
from verify.quotes.phrases.descriptions import grow_phrase, last_appositive_name
from verify.quotes.phrases.subjects import (
    WHAT_IS,
    passive_naming,
    phrase_at,
    sentence_subject,
    verb_base_of,
    verb_subject,
)

__all__ = ["SUBJECT_CHARS", "WHAT_IS", "Mention", "bare_word", "drop_affiliation", "grow_phrase",
           "has_name", "head_noun", "last_appositive_name", "lone_sentence_opener",
           "passive_naming", "person_noun", "phrase_at", "plausible", "sentence_subject",
           "subject_after", "subject_before", "verb_base_of", "verb_subject"]
