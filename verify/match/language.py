"""The language of a text (BCP 47 primary subtag: "en", "de", "fr", …).

English is recognised first by its commonest function words, without any model, so a run
whose originals are all English never loads the detector (its start time is unchanged).
Anything else goes to langdetect (Apache-2.0; its language profiles ship in the package, so
nothing is fetched at run time). Measured on the 62 pages of corpus-intl (11 languages):
langdetect and py3langid both named 61 of 62 pages and 553 of 563 sentences (the 62nd
page is in English); langdetect loads in 0.5 s against py3langid's 1.3 s on these
machines, and a cold run of translated quotes has 5 s in all. Its own random seed is fixed
on a private factory, so the answer is the same on every run.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

#: Words that make up a large share of any English text and almost none of another
#: language's ("in", "a", "no" and "on" are left out: they are common elsewhere too).
_ENGLISH_WORDS = (
    "the and of to is that for it with was are be this have from by at they he she which "
    "will would said has had been were not but their his her we you what who there")
_ENGLISH = frozenset(_ENGLISH_WORDS.split())
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
#: Share of the words that are in :data:`_ENGLISH` above which a text is English; English
#: prose runs at 0.25-0.35, the corpus-intl pages at most 0.03.
ENGLISH_SHARE = 0.12
#: Characters read to name a page's language (its middle, where the article is): 1,500
#: named the corpus-intl pages as well as 4,000 at a third of the time.
SAMPLE = 1500
#: The languages told apart: the encoder's (see :mod:`verify.match.translation`) and the
#: European languages most often confused with them; loading these 22 profiles rather than
#: all 55 and comparing with fewer made detection four times faster. A page in a language
#: not listed is named as the closest listed one.
PROFILES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "tr", "ru", "ar", "ja", "ko",
            "zh-cn", "zh-tw", "th", "uk", "cs", "sv", "da", "ro", "hu")

#: Languages the cross-language encoder was trained on (USE multilingual v3): an original
#: in one of these is compared with quotations in another (:mod:`verify.match.translation`).
ENCODED = frozenset({"ar", "zh", "nl", "en", "fr", "de", "it", "ja", "ko", "pl", "pt", "es",
                     "th", "tr", "ru"})

_lock = threading.Lock()
_factory: Any = None


def looks_english(text: str) -> bool | None:
    """True or False when the function words tell; None for too few words to tell."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < 8:
        return None
    return sum(w in _ENGLISH for w in words) / len(words) >= ENGLISH_SHARE


def _detector() -> Any:
    global _factory
    with _lock:
        if _factory is None:
            from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

            factory = DetectorFactory()
            folder = Path(PROFILES_DIRECTORY)
            factory.load_json_profile([(folder / tag).read_text("utf-8") for tag in PROFILES
                                       if (folder / tag).is_file()])
            factory.set_seed(0)
            _factory = factory
    return _factory


def detect(text: str) -> str | None:
    """The language of ``text`` as a BCP 47 tag ("en", "de", "zh-CN"), or None when the
    text has no letters to go by."""
    sample = _sample(text)
    english = looks_english(sample)
    if english:
        return "en"
    return _detect_model(sample)


@lru_cache(maxsize=4096)
def _detect_model(sample: str) -> str | None:
    if not _WORD.search(sample):
        return None
    from langdetect.lang_detect_exception import LangDetectException

    d = _detector().create()
    d.append(sample)
    try:
        tag: str = d.detect()
    except LangDetectException:
        return None
    return tag


def _sample(text: str) -> str:
    if len(text) <= SAMPLE:
        return text
    mid = len(text) // 2
    return text[max(0, mid - SAMPLE // 2): mid + SAMPLE // 2]


def primary(tag: str | None) -> str | None:
    """The primary subtag ("zh" of "zh-CN")."""
    return tag.split("-")[0].lower() if tag else None


def same_language(a: str | None, b: str | None) -> bool:
    """Whether two tags name the same language (an unknown one counts as the same)."""
    return a is None or b is None or primary(a) == primary(b)
