import random
from pathlib import Path

import pytest

from framing import LexiconError, check_lexicons, default_lexicon_dir, load_lexicons, read_lexicon
from framing.match import Matcher
from framing.segment import tokenize

HEADER = """name: test
version: 1.0
description: a test lexicon
categories: rebel terrorist
targets: opposition
precedence: terrorist > rebel

[entries]
pattern | category | target | note
"""


def write(tmp_path: Path, body: str, name="test.lex") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def test_builtin_lexicons_pass_the_check():
    assert check_lexicons([default_lexicon_dir()]) == []


def test_builtin_lexicons_have_documented_headers(lexicons):
    assert {"labels", "hedges", "attribution", "sources", "frames", "boilerplate"} <= set(lexicons)
    for lex in lexicons.values():
        assert lex.version and lex.description and lex.codebook and lex.licence
        assert lex.decisions, f"{lex.name} has no decision log"
        assert len(lex.sha256) == 64


def test_entries_keep_file_and_line(tmp_path):
    lex = read_lexicon(write(tmp_path, "rebels | rebel | opposition | a note\n"))
    (entry,) = lex.entries
    assert (entry.line, entry.note, entry.target) == (10, "a note", "opposition")
    assert entry.ref == "test.lex:10: rebels"


@pytest.mark.parametrize("body, line, kind", [
    ("rebels | insurgent | opposition |\n", 10, "unknown"),     # unknown category
    ("rebels | rebel | kurdish |\n", 10, "unknown"),             # unknown target
    ("rebels | rebel\nfighters {x |\n", 11, "malformed"),        # cells / pattern
    ("{a,b | rebel | opposition |\n", 10, "malformed"),          # unbalanced brace
    ("rebels | rebel | opposition |\nrebel~ | rebel | opposition |\n", 11, "duplicate"),
    ("rebels | rebel | opposition |\nrebels | terrorist | opposition |\n", 11, "conflict"),
])
def test_check_names_file_and_line(tmp_path, body, line, kind):
    path = write(tmp_path, body)
    problems = check_lexicons([path])
    assert any(p.line == line and p.kind == kind and p.path == str(path) for p in problems), problems
    with pytest.raises(LexiconError) as err:
        read_lexicon(path)
    assert f"{path}:" in str(err.value)


def test_header_problems(tmp_path):
    path = tmp_path / "bad.lex"
    path.write_text("name: x\nfrobnicate: yes\n[entries]\npattern | category\n", encoding="utf-8")
    kinds = {(p.line, p.kind) for p in check_lexicons([path])}
    assert (2, "malformed") in kinds          # unknown header key
    assert (1, "malformed") in kinds          # no version, no categories


def test_not_utf8_is_reported(tmp_path):
    path = tmp_path / "latin.lex"
    path.write_bytes(HEADER.encode() + "r\xe9bels | rebel | opposition |\n".encode("latin-1"))
    with pytest.raises(LexiconError, match="not UTF-8"):
        read_lexicon(path)


def test_user_lexicon_extends_and_overrides_builtin(tmp_path):
    path = tmp_path / "labels.lex"
    path.write_text("""name: labels
version: 9
description: local additions
categories: rebel
targets: opposition

[entries]
pattern | category | target | note
freedom fighters | rebel | opposition | local usage
the group~ | _ | | switch a built-in pattern off
""", encoding="utf-8")
    lex = load_lexicons(path)["labels"]
    patterns = {e.pattern: e.category for e in lex.entries}
    assert patterns["freedom fighters"] == "rebel"
    assert patterns["the group~"] == "_"
    assert lex.version.endswith("labels.lex@9")


def test_user_lexicon_with_new_name_is_added(tmp_path):
    path = write(tmp_path, "rebels | rebel | opposition |\n", name="mine.lex")
    assert "test" in load_lexicons(path)


def test_missing_lexicon_path_is_an_error(tmp_path):
    with pytest.raises(LexiconError, match="no such lexicon"):
        load_lexicons(tmp_path / "nope")


def test_shuffling_entries_changes_nothing(lexicons, seed_texts):
    text = "\n".join(seed_texts.values())
    tokens = tokenize(text)
    baseline = [(h.start, h.end, h.lexicon, h.entry.pattern) for h in Matcher(lexicons).match(text, tokens)]
    rng = random.Random(7)
    shuffled = {}
    for name, lex in lexicons.items():
        entries = list(lex.entries)
        rng.shuffle(entries)
        shuffled[name] = type(lex)(**{**{f: getattr(lex, f) for f in lex.__dataclass_fields__},
                                      "entries": tuple(entries)})
    again = [(h.start, h.end, h.lexicon, h.entry.pattern) for h in Matcher(shuffled).match(text, tokens)]
    assert again == baseline
