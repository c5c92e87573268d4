import pytest

from verify.errors import ConfigError
from verify.outlets import (
    OutletRegistry,
    Resolution,
    domain_of_name,
    name_key,
    reads_as_outlet,
    unlisted_outlet,
)


def resolved(registry, text):
    ms = registry.find(text)
    return [(m.text, registry.get(registry.resolve(ms, i, text)).id) for i, m in enumerate(ms)]


def test_the_times_means_the_paper_named_last(registry):
    text = ("The New York Times said so. Later the Times of London disagreed. "
            "Then the Times ran a piece.")
    assert resolved(registry, text)[-1] == ("the Times", "times-uk")
    text = "The Times of London said so. Later The New York Times disagreed. The Times ran it."
    assert resolved(registry, text)[-1] == ("The Times", "nyt")


def test_cna_told_apart_by_context(registry):
    assert resolved(registry, "Sam Bendett, an adviser on Russian studies at CNA, a research "
                              "center")[0][1] == "cna-org"
    assert resolved(registry, "the Singapore broadcaster CNA reported")[0][1] == "cna-sg"


def test_domains_and_size(registry):
    assert registry.get("times-uk").domains == ("thetimes.com", "thetimes.co.uk")
    assert registry.for_url("https://www.nytimes.com/2023/05/30/x.html").id == "nyt"
    assert registry.for_url("https://www.wsws.org/en/articles/x").id == "wsws"
    assert len(registry.outlets) >= 45


def test_user_file_adds_and_overrides(tmp_path):
    f = tmp_path / "mine.toml"
    f.write_text('[[outlet]]\nid = "gazette"\nname = "Riverton Gazette"\n'
                 'aliases = ["the Gazette", "Riverton Gazette"]\ndomains = ["gazette.example"]\n')
    reg = OutletRegistry.load([f])
    assert reg.for_url("https://gazette.example/a").name == "Riverton Gazette"
    assert [m.text for m in reg.find("as the Riverton Gazette wrote")] == ["the Riverton Gazette"]


def test_bad_user_file_is_a_config_error(tmp_path):
    f = tmp_path / "bad.toml"
    f.write_text("[[outlet]]\nname = 3\n")
    with pytest.raises(ConfigError, match="outlet #1"):
        OutletRegistry.load([f])


def test_an_outlets_language_is_data_and_checked(registry, tmp_path):
    foreign = {o.id: o.language for o in registry.outlets.values() if o.language}
    assert foreign["spiegel"] == "de-DE" and foreign["derstandard"] == "de-AT"
    assert foreign["folha"] == "pt-BR" and foreign["elpais"] == "es-ES"
    assert not any(lang.startswith("en") for lang in foreign.values())
    assert registry.get("nyt").language is None and registry.get("euronews").language is None
    assert [m.text for m in registry.find("Evan Spiegel said; Asahi Glass said")] == []
    f = tmp_path / "mine.toml"
    f.write_text('[[outlet]]\nid = "kr"\nname = "Kieler Rundschau"\naliases = ["Kieler '
                 'Rundschau"]\ndomains = ["kr.example"]\nlanguage = "de"\n')
    assert OutletRegistry.load([f]).get("kr").language == "de"
    f.write_text('[[outlet]]\nid = "kr"\nname = "K"\nlanguage = "German"\n')
    with pytest.raises(ConfigError, match="bad language 'German'"):
        OutletRegistry.load([f])


@pytest.mark.parametrize(("name", "outlet"), [
    ("Harbor Gazette", True), ("Riverbend News", True), ("Lakeside Radio", True),
    ("Quillfield Magazine", True), ("CityWire.com", True), ("Example.org", True),
    ("Jane Okafor", False), ("Emily Post", False), ("Times", False), ("Valley Post", False),
    (None, False), ("", False),
    # A name that opens with when the paper comes out.
    ("Daily Express", True), ("Sunday Mirror", True), ("Evening Standard", True),
    ("Daily", False), ("Times Union", True), ("Herald Sun", True), ("Harbor Union", False),
])
def test_a_name_reads_as_an_outlet_by_its_shape(name, outlet):
    assert reads_as_outlet(name) is outlet


def test_an_unlisted_outlet_is_rebuilt_from_its_id(registry):
    o = registry.get("unlisted:Example.org")
    assert (o.name, o.domains, o.listed) == ("Example.org", ("example.org",), False)
    assert unlisted_outlet("the Harbor Gazette’s").name == "Harbor Gazette"
    assert registry.get("bbc").listed
    assert domain_of_name("www.Example.co.uk") == "example.co.uk"
    assert domain_of_name("Jane Okafor") is None


def test_which_pages_an_outlet_publishes(registry):
    gazette = unlisted_outlet("Harbor Gazette")
    assert gazette.publishes("https://www.harborgazette.com/2026/ferry")
    assert gazette.publishes("https://news.example/a", site_name="The Harbor Gazette")
    assert not gazette.publishes("https://www.harbor.com/gazette")
    assert unlisted_outlet("CityWire.com").publishes("https://citywire.com/x")
    bbc = registry.get("bbc")
    assert bbc.publishes("https://www.bbc.co.uk/news/x")
    assert not bbc.publishes("https://www.bbcgoodfood.com/x")  # a listed outlet: its domains
    assert name_key("The Harbor Gazette") == "harborgazette"
    # A name shaped like a possessive may be the name itself ("Barron’s" at barrons.com).
    assert unlisted_outlet("Barron’s").publishes("https://www.barrons.com/articles/x")
    assert unlisted_outlet("Harbor Gazette’s").publishes("https://www.harborgazette.com/x")
    # A site name with a second name in parentheses or after a bar names the site too.
    assert gazette.publishes("https://news.example/a",
                             site_name="Harbor Gazette (HG News)")
    assert unlisted_outlet("HG News").publishes("https://news.example/a",
                                                site_name="Harbor Gazette (HG News)")
    assert gazette.publishes("https://news.example/a", site_name="Harbor Gazette | Local")
    # "Daily Express" at express.co.uk; not a shorter word left after "Daily".
    assert unlisted_outlet("Daily Express").publishes("https://www.express.co.uk/news/x")
    assert not unlisted_outlet("Daily Sun").publishes("https://www.sun.example/x")
    assert not gazette.publishes("https://news.example/a", site_name="Bay Gazette")


def test_an_ambiguous_name_keeps_the_outlets_it_may_mean(registry):
    def resolution(text):
        ms = registry.find(text)
        counts = registry.context_counts([c for m in ms for c in m.candidates], text)
        return registry.resolution(ms, len(ms) - 1, text, counts)

    # Context near the name and none elsewhere: sure.
    assert resolution("Bushfires reached Sydney on Monday, ABC reported.") == \
        Resolution("abc-au")
    # No context at all: the registry's first pick, with the other kept.
    assert resolution("The vote was close, ABC reported.") == Resolution("abc-us", ("abc-au",))
    # Near context says one, the story says the other too: not sure.
    story = ("Firefighters from the US flew in to help, ABC reported. Later in the week the "
             "fires reached the hills west of Sydney and the coast beyond.")
    found = resolution(story)
    assert found.outlet_id == "abc-us" and found.others == ("abc-au",)
    # A short form after the full name the article gave: sure.
    text = "The New York Times said so. Later the Times ran a piece."
    assert resolution(text) == Resolution("nyt")


@pytest.mark.parametrize(("text", "found"), [
    ("the Times Union carried his defence", []),
    ("the Times Tuesday reported", ["the Times"]),
    ("the Post-Dispatch said", []),
    ("The Times reported", ["The Times"]),
])
def test_a_short_form_running_on_into_a_longer_name_is_another_paper(text, found):
    assert [m.text for m in OutletRegistry.load().find(text)] == found
