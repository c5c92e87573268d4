"""A page's reading is kept by its content hash and read back as it was."""

import gzip

from tests.conftest import BBC
from verify.input.cache import DocumentCache
from verify.input.interface import Document, Located, Location, TextBlock, Voice
from verify.input.reader import document_from_bytes, read_local


def test_a_kept_reading_is_the_same_document(tmp_path):
    cache = DocumentCache(tmp_path)
    first = read_local(str(BBC), whole_page=True, cache=cache)
    again = read_local(str(BBC), whole_page=True, cache=cache)
    assert again == first
    assert again.main_end == first.main_end and again.blocks == first.blocks
    assert len(list((tmp_path / "documents").rglob("*.json.gz"))) == 1


def test_the_key_covers_the_bytes_and_how_they_were_read(tmp_path):
    cache = DocumentCache(tmp_path)
    data = BBC.read_bytes()
    keys = {cache.key(data, kind="html", url=None, whole_page=True),
            cache.key(data, kind="html", url=None, whole_page=False),
            cache.key(data, kind="html", url="https://example.org/a", whole_page=True),
            cache.key(data + b" ", kind="html", url=None, whole_page=True)}
    assert len(keys) == 4


def test_a_broken_entry_is_read_again_from_the_page(tmp_path):
    cache = DocumentCache(tmp_path)
    data = BBC.read_bytes()
    first = document_from_bytes(data, input="a.html", whole_page=True, cache=cache)
    (entry,) = (tmp_path / "documents").rglob("*.json.gz")
    entry.write_bytes(gzip.compress(b'{"kind": "html"'))
    again = document_from_bytes(data, input="b.html", whole_page=True, cache=cache)
    assert again.text == first.text and again.input == "b.html"


def test_an_unwritable_cache_loses_nothing(tmp_path):
    (tmp_path / "documents").write_text("a file where the folder should be")
    doc = read_local(str(BBC), whole_page=True, cache=DocumentCache(tmp_path))
    assert "I just want to be able to perform my own music" in doc.text


def test_a_documents_locations_survive_the_cache(tmp_path):
    doc = Document(input="x.vtt", kind="transcript", text="one two three",
                   blocks=(TextBlock(0, 13),),
                   locations=(Located(0, 7, Location("time", start="00:00:01.000",
                                                     end="00:00:02.000")),
                              Located(8, 13, Location("time", start="00:00:02.000",
                                                      end="00:00:03.500"))))
    cache = DocumentCache(tmp_path)
    cache.put("ab" * 32, doc)
    back = cache.get("ab" * 32, input="x.vtt")
    assert back is not None and back.locations == doc.locations
    assert back.location_of(4, 11) == Location("time", start="00:00:01.000",
                                               end="00:00:03.500")
    assert back.location_of(8, 9) == Location("time", start="00:00:02.000",
                                              end="00:00:03.500")


def test_a_documents_voices_survive_the_cache(tmp_path):
    doc = Document(input="p.json", kind="post", text="We will build it.",
                   blocks=(TextBlock(0, 17),),
                   voices=(Voice(0, 17, "Ann Lee", "@annlee.example.org"),))
    cache = DocumentCache(tmp_path)
    cache.put("cd" * 32, doc)
    back = cache.get("cd" * 32, input="p.json")
    assert back is not None and back.voices == doc.voices
    assert back.voice_at(3, 10).label == "Ann Lee (@annlee.example.org)"
    assert back.voice_at(3, 30) is None
