"""Boundaries and speech tags between a source's words (invented sentences)."""

import subprocess
import sys
from pathlib import Path

import pytest

from verify.input.text import text_to_document
from verify.match.breaks import Breaks
from verify.match.normalize import Tokens


def skipped(text, after="tried", before=("it", "but")):
    """The speech tag (or None) between the word ``after`` and the next of ``before``."""
    tokens = Tokens.of(text)
    s0 = tokens.keys.index(after) + 1
    s1 = next(i for i in range(s0, len(tokens)) if tokens.keys[i] in before)
    return Breaks(tokens).speech_tag(s0, s1)


@pytest.mark.parametrize(("text", "tag"), [
    ("“We tried,” he says quietly. “It failed.”", "he says quietly"),
    ("“We tried,” says Smith, 45, of Leeds. “It failed.”", "says Smith, 45, of Leeds"),
    ("“We tried,” she added quietly, “but it failed.”", "she added quietly"),
    ("“We tried,” Jones told the BBC. “It failed.”", "Jones told the BBC"),
    ("“We tried,” said Chancellor Jane Doe in a statement on Tuesday. “It failed.”",
     "said Chancellor Jane Doe in a statement on Tuesday"),
    ("‘We tried,’ a retired teacher from Leeds said. ‘It failed.’",
     "a retired teacher from Leeds said"),
    ('"We tried," he told reporters at the scene. "It failed."',
     "he told reporters at the scene"),
    ("“We tried,” he said.\n\n“It failed.”", "he said"),
    ("“We tried,” said Smith. “It failed,” she added.", "said Smith"),
    ("“We tried,” Arroyo added, speaking of the detained families. “It failed.”",
     "Arroyo added, speaking of the detained families"),
    ("“We tried,” she said, referring to the rescue. “It failed.”",
     "she said, referring to the rescue"),
    ("“We tried,” Smith said, her voice breaking. “It failed.”", "Smith said, her voice breaking"),
    ("“We tried,” Smith said of the rescue effort. “It failed.”", "Smith said of the rescue effort"),
    ("“We tried,” Smith said in a statement released by her lawyer. “It failed.”",
     "Smith said in a statement released by her lawyer"),
    ("'We tried,' says Smith. 'It failed.'", "says Smith"),  # straight single marks
    ("“We tried,” Smith said. She added: “It failed.”", "Smith said. She added"),
    ("“We tried,” Goddard planetary scientist Avi Mandell said of the discovery in the "
     "statement. “It failed.”",
     "Goddard planetary scientist Avi Mandell said of the discovery in the statement"),
    ("“We tried,” wrote the center. “It failed.”", "wrote the center"),
    ("“We tried,” one Weibo commenter said, per Feng. “It failed.”",
     "one Weibo commenter said, per Feng"),
    ("“We tried,” said Phil Levy, the chief economist at Flexport, which coordinates "
     "shipments for companies. “It failed.”", "said Phil Levy, the chief economist at "
     "Flexport, which coordinates shipments for companies"),
    ("“We tried,” Erik van Sebille, a physical oceanographer at the University of New South "
     "Wales in Sydney told Reuters. “It failed.”", "Erik van Sebille, a physical "
     "oceanographer at the University of New South Wales in Sydney told Reuters"),
    ("“We tried,” Jennifer Peterson told CNN affiliate WUSA. “It failed.”",
     "Jennifer Peterson told CNN affiliate WUSA"),
    ("“We tried,” airline boss Tony Fernandes tweeted. “It failed.”",
     "airline boss Tony Fernandes tweeted"),
    ("“We tried,” Noem told the Argus Leader Monday afternoon. “It failed.”",
     "Noem told the Argus Leader Monday afternoon"),
    ("“We tried,” Mr. Dejesus said as he secured the clamp and stopped the leak. “It failed.”",
     "Mr. Dejesus said as he secured the clamp and stopped the leak"),
])
def test_a_reporting_clause_between_two_quotations_is_a_speech_tag(text, tag):
    assert skipped(text) == tag


@pytest.mark.parametrize("text", [
    "“We tried,” he said, before the markets closed down. “It failed.”",  # a clause of its own
    "“We tried,” he said, adding that the firm had run out of money. “It failed.”",
    "“We tried,” he said, speaking of a plan that the board later dropped without a vote "
    "and never revived. “It failed.”",  # too long for a phrase on the tag
    "“We tried,” he said. The firm collapsed. “It failed.”",  # a sentence between
    "“We tried,” he said. “We spent millions. It failed.”",  # a quotation between
    "“We tried,” the firm sacked workers. “It failed.”",  # no reporting verb
    "“We tried,” he did not say. “It failed.”",  # a negation
    "We tried, he says quietly, but it failed.",  # no quotation closes or opens
    "“We tried,” said Smith. “It failed,” said Jones.",  # the next words are someone else's
    "“We tried,” he said, before the markets closed down. “It failed.”",
    "“We tried,” he said of the plan, and the board dropped it. “It failed.”",
    "“We tried,” said Smith, who added that the firm had no money. “It failed.”",
    "“We tried,” he said in March, but the firm closed. “It failed.”",
    "“We tried,” Smith said. Jones added: “It failed.”",  # another speaker's tag
    "“We tried,” Smith said. Prices fell. “It failed.”",
    "“We tried,” he said as the board voted to close the firm. “It failed.”",  # no pronoun
    "“We tried,” he said as he admitted that the money was gone. “It failed.”",
])
def test_anything_else_between_two_passages_is_no_speech_tag(text):
    assert skipped(text) is None


def breaks_of(text):
    doc = text_to_document(text, input="s.txt", kind="text")
    tokens = Tokens.of(doc.text)
    return tokens, Breaks(tokens, [b.start for b in doc.blocks])


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("“The plan worked,” she said.", "she", True),  # a closing mark
    ("The plan worked. Nothing changed.", "nothing", True),  # a sentence end
    ("The plan worked\n\nnot one of them agreed.", "not", True),  # a paragraph end
    ("‘The plan worked’, she said.", "she", True),  # a single closing mark
    ("The plan worked in the U.S. not in Europe.", "not", False),  # an initial
    ("The plan of Mr. Smith worked.", "smith", False),  # an abbreviation
    ("The workers’ plan worked.", "plan", False),  # an apostrophe
    ("The plan worked, nobody said otherwise.", "nobody", False),
])
def test_boundaries(text, word, expected):
    tokens, breaks = breaks_of(text)
    assert breaks.boundary(tokens.keys.index(word)) is expected


def test_verify_starts_without_loading_the_quote_extractor():
    # Breaks reads the quote lexicon on first use: importing it loads the extractor's rules.
    code = ("import sys, verify.cli, verify.match.breaks; "
            "print(sorted(m for m in sys.modules if m.startswith('verify.quotes')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).parents[2])
    assert out.stdout.strip() == "[]"
