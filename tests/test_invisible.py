"""Invisible characters and decomposed accents never stop a match; UTF-16 files are read.

Property tests insert soft hyphens, zero-width spaces/joiners/non-joiners, word joiners,
byte order marks and bidirectional marks at random positions of labelled sentences (and
decompose accented letters, NFD), and check that the same matches come out, with spans
in the original text that cover the inserted characters.
"""

import json
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from framing import Article, Scorer, read_corpus
from framing.io import INVISIBLE

INVISIBLES = ["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f", "\u202a", "\u202c",
              "\u2066", "\u2069", "\u061c"]
SENTENCES = [
    "Hamas terrorists fired rockets, the Israeli military said.",
    "HTS jihadists and allied rebel factions entered Aleppo, according to the Syrian army.",
    "The regime's forces reportedly withdrew from the city of Aleppo.",
    "\u201cThe terrorist group will be defeated,\u201d the ministry said in a statement.",
    "Turkish-backed militants allegedly shelled Kurdish fighters near Tal Rifaat.",
    "The Syrian Observatory said approximately 400 fighters were killed in Türkiye's border area.",
    "Opposition fighters claimed they had captured the régime's headquarters.",
]


@pytest.fixture(scope="module")
def scorer():
    return Scorer(study="syria-2024", readability=False)


def _signature(scored):
    """The matches without positions: what, where in the sentence (by words), which voice."""
    return [(m.lexicon, m.category, m.target, m.voice, INVISIBLE.sub("", unicodedata.normalize("NFC", m.text)))
            for m in scored.matches]


def _insert(text, positions, chars):
    out, last = [], 0
    for pos, ch in sorted(zip(positions, chars)):
        out += [text[last:pos], ch]
        last = pos
    out.append(text[last:])
    return "".join(out)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_inserted_invisible_characters_change_no_match(scorer, data):
    sentence = data.draw(st.sampled_from(SENTENCES))
    k = data.draw(st.integers(min_value=1, max_value=6))
    positions = data.draw(st.lists(st.integers(min_value=0, max_value=len(sentence)), min_size=k, max_size=k))
    chars = data.draw(st.lists(st.sampled_from(INVISIBLES), min_size=k, max_size=k))
    noisy = _insert(sentence, positions, chars)
    clean = scorer.score(Article("a", sentence))
    dirty = scorer.score(Article("a", noisy))
    assert _signature(dirty) == _signature(clean)
    for m, c in zip(dirty.matches, clean.matches):
        assert noisy[m.start:m.end] == m.text
        # the span covers every invisible character inside it, and only those are extra
        assert INVISIBLE.sub("", m.text) == c.text
    assert {r.reason for r in dirty.document.removed} <= {"invisible character", "control character"}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_decomposed_accents_change_no_match(scorer, data):
    sentence = data.draw(st.sampled_from(SENTENCES))
    form = data.draw(st.sampled_from(["NFD", "NFKD"]))
    decomposed = unicodedata.normalize(form, sentence)
    clean = scorer.score(Article("a", sentence))
    dirty = scorer.score(Article("a", decomposed))
    assert _signature(dirty) == _signature(clean)
    for m in dirty.matches:
        assert decomposed[m.start:m.end] == m.text


def test_examples_of_the_issue(scorer):
    for text, word in [("The ter\u00adrorists attacked.", "ter\u00adrorists"),
                       ("The jihad\u200bists attacked.", "jihad\u200bists"),
                       ("The re\u0301gime fell.", "re\u0301gime")]:
        labels = [m for m in scorer.score(Article("a", text)).matches if m.lexicon == "labels"]
        assert [m.text for m in labels] == [word]
        assert text[labels[0].start:labels[0].end] == word


def test_reading_notes_what_it_found(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("The ter\u00adrorists and jihad\u200bists and the re\u0301gime.", encoding="utf-8")
    (article,) = read_corpus(path)
    assert article.notes == ("invisible characters ignored in matching: 1 soft hyphen, 1 zero width space",
                             "decomposed accents (NFD): 1 combining mark matched with their letters")


TEXT = "Hamas terrorists fired rockets, the Israeli military said. The r\u00e9gime fell."


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_files_with_a_bom_are_read(tmp_path, codec):
    bom = {"utf-16": b"", "utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff", "utf-32": b""}[codec]
    expected = [("t", TEXT, "Wire")]
    # a text file, a TSV (a spreadsheet's "Unicode text" export), a CSV and a JSONL file
    (tmp_path / "t.txt").write_bytes(bom + TEXT.encode(codec))
    (tmp_path / "m.tsv").write_bytes(bom + f"id\toutlet\ttext\r\nt\tWire\t{TEXT}\r\n".encode(codec))
    (tmp_path / "m.csv").write_bytes(bom + f'id,outlet,text\nt,Wire,"{TEXT}"\n'.encode(codec))
    (tmp_path / "m.jsonl").write_bytes(bom + (json.dumps({"id": "t", "outlet": "Wire", "text": TEXT}) + "\n")
                                       .encode(codec))
    for name in ("t.txt", "m.tsv", "m.csv", "m.jsonl"):
        items = list(read_corpus(tmp_path / name))
        assert [(a.id, a.text) for a in items] == [(e[0], e[1]) for e in expected], name
        assert f"decoded as {'UTF-32' if codec == 'utf-32' else 'UTF-16'} (byte order mark)" in items[0].notes
    scorer = Scorer(study="israel-gaza-2023", readability=False)
    utf8 = scorer.score(Article("t", TEXT))
    (item,) = read_corpus(tmp_path / "m.tsv")
    assert scorer.score(item).matches == utf8.matches
