"""Paywall teasers: the page says it is not free, or it is short text from a paywalled outlet
(the Wayback fallback runs end to end in tests/test_paywall_robots.py)."""

from tests.conftest import FIXTURES
from verify.input.reader import read_local
from verify.sources.paywall import TEASER_CHARS, looks_paywalled


def test_a_real_paywall_stub_is_recognised(registry):
    """The corpus's WSJ stub carries no paywall markup the tool trusts; it is short text
    from an outlet the registry knows as paywalled, which is enough."""
    doc = read_local(str(FIXTURES / "pages" / "wsj-paywall-stub.html"))
    assert registry.for_url(doc.url).id == "wsj"
    assert len(doc.text) < TEASER_CHARS
    assert looks_paywalled(doc, registry)
