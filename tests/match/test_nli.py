"""The entailment step, on tiny NLI cross-encoders built here (random encoder, a fixed
classifier bias), so the loading and decision code run for real without a download."""

from pathlib import Path

import pytest

from verify.errors import ConfigError
from verify.input.text import text_to_document
from verify.match.interface import Verdict
from verify.match.nli import NLIModel
from verify.match.verdicts import SourceIndex, judge
from verify.quotes.interface import Quote, QuoteKind

torch = pytest.importorskip("torch")

VOCAB = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "the", "a", "of", "to", "in", "and",
         "hospitals", "open", "north", "officials", "said", "five", "new", "would", "by",
         "more", "are", "going", "according"]


def tiny_nli(folder: Path, winner: str, labels=("contradiction", "entailment", "neutral")) -> str:
    from transformers import BertConfig, BertForSequenceClassification, BertTokenizer

    folder.mkdir(parents=True, exist_ok=True)
    (folder / "vocab.txt").write_text("\n".join(VOCAB))
    config = BertConfig(vocab_size=len(VOCAB), hidden_size=16, num_hidden_layers=1,
                        num_attention_heads=2, intermediate_size=32,
                        max_position_embeddings=128, num_labels=3,
                        id2label=dict(enumerate(labels)),
                        label2id={name: i for i, name in enumerate(labels)})
    model = BertForSequenceClassification(config)
    with torch.no_grad():
        model.classifier.weight.zero_()
        bias = torch.zeros(3)
        bias[labels.index(winner)] = 6.0
        model.classifier.bias.copy_(bias)
    model.save_pretrained(folder)
    BertTokenizer(str(folder / "vocab.txt")).save_pretrained(folder)
    return str(folder)


SOURCE = ("The chancellor spoke on Tuesday. Officials said five new hospitals would open in "
          "the north by 2027. Nothing else was announced.")
QUOTE = "Five more hospitals are going to open in the north, according to officials."


@pytest.fixture(scope="module")
def source():
    return SourceIndex(text_to_document(SOURCE, input="s.txt", kind="text"))


def run(source, registry, real_embedder, nli):
    return judge(Quote("q", 0, 0, QUOTE, QuoteKind.QUOTE), source, registry=registry,
                 embedder=lambda: real_embedder, source_quotes=lambda: [], nli=nli)


@pytest.mark.model
@pytest.mark.parametrize(("winner", "verdict", "words"), [
    ("entailment", Verdict.PARAPHRASE, "entailment model: entailment"),
    ("contradiction", Verdict.ALTERED, "contradicts the source"),
    ("neutral", Verdict.NOT_FOUND, "neither says nor contradicts"),
])
def test_entailment_decides(tmp_path, source, registry, real_embedder, winner, verdict, words):
    nli = NLIModel(tiny_nli(tmp_path / winner, winner))
    j = run(source, registry, real_embedder, nli)
    assert j.verdict is verdict and words in j.explanation


def test_labels_must_be_named(tmp_path):
    path = tiny_nli(tmp_path / "bad", "yes", labels=("yes", "no", "maybe"))
    with pytest.raises(ConfigError, match="must label its classes"):
        NLIModel(path).judge("a", "b")


def test_missing_model_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="cannot be loaded offline"):
        NLIModel(str(tmp_path / "nowhere")).judge("a", "b")
