"""Each quote's candidates: links near it first, a person's own words before reports."""

from verify.input.text import text_to_document
from verify.quotes import extract
from verify.sources.candidates import CandidateRef, candidates_for, own_words

DRAFT = """“You lost your right to be outraged,” Adam Kinzinger wrote, as
[Reuters reported](https://www.reuters.com/world/europe/drone-attack-2023-05-30/) from
[his post](https://x.com/AdamKinzinger/status/1663535353433579520).

“Ukraine has the right to project force beyond its borders,” James Cleverly said,
[the BBC](https://www.bbc.co.uk/news/uk-65752000) reported, citing
[a statement](https://www.gov.uk/files/statement-30-may.pdf).

“The attacks are internationally legitimate,” officials say, per
[one report](https://www.example.org/a) and
[a post](https://bsky.app/profile/ann.bsky.social/post/3kq2x).

“Nothing at all,” [a report](https://www.example.org/b) said.
"""


def refs(registry):
    doc = text_to_document(DRAFT, input="d.md", kind="markdown")
    extra = [CandidateRef("hearing.vtt", "source")]
    return [[r.locator for r in candidates_for(doc, q, extra)] for q in extract(doc, registry)]


def test_a_named_persons_post_or_statement_comes_before_the_report_beside_it(registry):
    kinzinger, cleverly, officials, unnamed = refs(registry)
    assert kinzinger == ["https://x.com/AdamKinzinger/status/1663535353433579520",
                         "https://www.reuters.com/world/europe/drone-attack-2023-05-30/",
                         "hearing.vtt"]
    assert cleverly[0] == "https://www.gov.uk/files/statement-30-may.pdf"
    assert officials[0] == "https://bsky.app/profile/ann.bsky.social/post/3kq2x"
    assert unnamed == ["https://www.example.org/b", "hearing.vtt"]


def test_own_words():
    assert own_words("https://social.example/@mayor/112233")
    assert own_words("https://example.org/hearing.VTT")
    assert not own_words("https://www.bbc.co.uk/news/uk-65752000")
    assert not own_words("http://[::1/")
