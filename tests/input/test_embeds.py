"""Posts a page embeds (X/Twitter's, Bluesky's, Mastodon's blockquote markup) are their
authors' words: read from the markup and placed in the document's text as voices."""

from verify.input.embeds import embedded_posts, post_voices
from verify.input.html import html_to_document

# The shape of the markup Twitter's embed code (publish.twitter.com) writes.
PAGE = """<html><head><title>Slogan mocked</title></head><body><article>
<h1>State slogan draws mockery online</h1>
<p>The state's new anti-drug slogan was unveiled on Monday at a news conference in the
capital, where officials defended the cost of the campaign to reporters.</p>
<p>Many people online pointed out the problem with the wording almost at once.</p>
<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Yes this is real and yes the state
spent nearly half a million dollars on it: <a href="https://t.co/abc">https://t.co/abc</a></p>
&mdash; Dana Ellison \U0001F308 (@danaellison) <a href="https://twitter.com/x/status/1">November
18, 2019</a></blockquote>
<p>Others were kinder about the campaign and its aims, and said it would start a talk.</p>
<blockquote class="twitter-tweet"><p lang="en" dir="ltr">While we laugh at the &ldquo;We are
on it&rdquo; campaign, we should not forget the families it is meant to help.</p>&mdash; Cole
Lund (@colelund) <a href="https://twitter.com/x/status/2">November 19, 2019</a></blockquote>
<blockquote class="twitter-tweet"><p>A post whose signature was cut off by the page.</p>
</blockquote>
<p>The governor's office said the campaign had worked because people were talking.</p>
</article></body></html>"""


def test_the_posts_a_page_embeds_with_their_authors():
    posts = embedded_posts(PAGE)
    assert [(p.author, p.handle, p.service) for p in posts] == [
        ("Dana Ellison", "@danaellison", "X"), ("Cole Lund", "@colelund", "X")]
    assert (posts[0].posted, posts[0].url) == ("2019-11-18", "https://twitter.com/x/status/1")
    assert posts[0].text.startswith("Yes this is real and yes the state spent")


def test_a_page_without_embeds_has_no_posts():
    assert embedded_posts("<html><body><blockquote><p>Words.</p>— A (@a)</blockquote>"
                          "</body></html>") == []


def test_a_sources_posts_are_voices_in_its_text():
    doc = html_to_document(PAGE, input="p.html", whole_page=True)
    voices = {v.name: doc.text[v.start:v.end] for v in doc.voices}
    assert voices["Dana Ellison"].startswith("Yes this is real")
    assert voices["Dana Ellison"].endswith("dollars on it:")  # up to the link
    assert "the families it is meant to help" in voices["Cole Lund"]
    # A draft is not read for its posts' voices: only a source is searched whole.
    assert html_to_document(PAGE, input="p.html").voices == ()


def test_a_post_the_text_does_not_hold_has_no_voice():
    posts = embedded_posts(PAGE)
    assert post_voices("Nothing of either post is here at all.", posts) == ()

