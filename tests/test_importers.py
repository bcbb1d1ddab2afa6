"""framing lexicon import: LIWC .dic, LIWC-22 .dicx, quanteda YAML and Lexicoder .lc3.

The four files in tests/dictionaries/ are one small dictionary written for these tests
in each format (from the formats' public documentation), with a few lines that cannot
be converted.  Counts on the seeds were checked by hand: searching the five seed texts
for the terms finds violence 18 (shelling 1, airstrikes 3, attack/attacks/attackers 11,
killed 3), but two "Attack on a Christmas market" lines of 004 are its related-stories
block, which cleaning removes: 16. Displacement: displaced 2 + fled 1 = 3. Diplomacy:
"truce" (001) + "de-escalate" (002) = 2. Harm: killed 3 + displaced 2 + wounded 1 = 6
(the YAML file has no "killed" under harm: 3).
"""

from pathlib import Path

import pytest

from framing import Scorer, check_lexicons, import_dictionary, load_lexicons, read_corpus
from framing.cli import main
from framing.errors import InputError, LexiconError

HERE = Path(__file__).resolve().parent
DICTS = HERE / "dictionaries"
SEEDS = HERE.parent / "seeds"

FLAT = {"violence": 16, "displacement": 3, "diplomacy": 2, "harm": 6}
EXPECTED = {
    "conflict.dic": FLAT,
    "conflict.dicx": FLAT,
    "conflict.lc3": FLAT,
    "conflict.yml": {"conflict": 19, "conflict.violence": 16, "conflict.displacement": 3, "diplomacy": 2, "harm": 3},
}
NOT_CONVERTED = {
    "conflict.dic": [(19, "conditional"), (20, "not made of words"), (21, "category number 9")],
    "conflict.dicx": [(15, "in no category")],
    "conflict.lc3": [],
    "conflict.yml": [(18, "one-character wildcard")],
}


def _counts(lex_path):
    scorer = Scorer(load_lexicons([lex_path]), study="syria-2024", readability=False)
    totals = {}
    for scored in scorer.score_many(read_corpus(SEEDS)):
        for key, value in scored.measures.items():
            if key.startswith("conflict.") and key.endswith(".n") and key != "conflict.n":
                totals[key[len("conflict."):-2]] = totals.get(key[len("conflict."):-2], 0) + value
    return totals


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_format_imports_checks_and_scores_the_seeds(name, tmp_path):
    result = import_dictionary(DICTS / name)
    assert [(p.line, p.kind) for p in result.problems] == [(line, p.kind) for (line, _), p
                                                           in zip(NOT_CONVERTED[name], result.problems)]
    assert len(result.problems) == len(NOT_CONVERTED[name])
    for (line, words), problem in zip(NOT_CONVERTED[name], result.problems):
        assert problem.line == line and words in problem.message and problem.path.endswith(name)
    out = tmp_path / "conflict.lex"
    out.write_text(result.text, encoding="utf-8")
    assert check_lexicons([out]) == []
    assert _counts(out) == EXPECTED[name]


def test_notes_comments_multi_category_entries_and_the_cli(tmp_path, capsys):
    result = import_dictionary(DICTS / "conflict.yml")
    lines = result.text.splitlines()
    assert "# A small test dictionary in quanteda's YAML format, written for framing's tests." in lines
    entry = next(line for line in lines if line.startswith("kill*"))
    assert [c.strip() for c in entry.split(" | ")] == ["kill*", "conflict.violence conflict", "killed, killing, kills"]
    displaced = next(line for line in lines if line.startswith("displaced"))
    assert displaced.split(" | ")[1].split() == ["conflict.displacement", "conflict", "harm"]
    out = tmp_path / "mine.lex"
    assert main(["lexicon", "import", str(DICTS / "conflict.dic"), "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert "conflict.dic:19: not converted" in captured.out
    assert "13 entries in 4 categories; 3 line(s) not converted" in captured.err
    assert "name: mine" in out.read_text(encoding="utf-8")
    assert main(["lexicon", "check", str(out)]) == 0
    assert main(["lexicon", "import", str(DICTS / "conflict.dic"), "--out", str(out)]) == 1   # never overwritten
    # a user lexicon's categories are measures
    scorer = Scorer(load_lexicons([out]), readability=False)
    scored = scorer.score("Troops killed two and wounded five; thousands fled.")   # 8 tokens
    assert {k: v for k, v in scored.measures.items() if k.startswith("mine.")} == {
        "mine.violence.n": 1, "mine.violence.per_1000": pytest.approx(1000 / 8),
        "mine.displacement.n": 1, "mine.displacement.per_1000": pytest.approx(1000 / 8),
        "mine.diplomacy.n": 0, "mine.diplomacy.per_1000": 0.0,
        "mine.harm.n": 2, "mine.harm.per_1000": pytest.approx(2000 / 8)}
    assert [(m.text, m.category) for m in scored.matches if m.lexicon == "mine"] == [
        ("killed", "violence"), ("killed", "harm"), ("wounded", "harm"), ("fled", "displacement")]


def test_bad_dictionaries_are_clear_errors(tmp_path):
    with pytest.raises(InputError, match="cannot tell the dictionary format"):
        import_dictionary(tmp_path / "x.txt")
    bad = tmp_path / "bad.dic"
    bad.write_text("no percent lines\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.dic: not a LIWC .dic file"):
        import_dictionary(bad)
    yml = tmp_path / "bad.yml"
    yml.write_text("a: [b\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.yml:2: not valid YAML"):
        import_dictionary(yml)
    lc3 = tmp_path / "bad.lc3"
    lc3.write_text("word\n", encoding="utf-8")
    with pytest.raises(InputError, match="no '\\+category' line"):
        import_dictionary(lc3)


def test_a_multi_category_cell_must_name_declared_categories(tmp_path):
    lex = tmp_path / "m.lex"
    lex.write_text("name: m\nversion: 1\ncategories: a b\n[entries]\npattern | category\nx | a c\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="m.lex:6.*category 'c' is not in the header"):
        load_lexicons([lex])


def test_an_imported_lexicon_has_outlet_profiles(tmp_path):
    from framing import profile_outlets
    from framing.errors import FramingError

    out = tmp_path / "conflict.lex"
    out.write_text(import_dictionary(DICTS / "conflict.lc3").text, encoding="utf-8")
    scorer = Scorer(load_lexicons([out]), study="syria-2024", readability=False)
    scored = list(scorer.score_many(read_corpus(SEEDS)))
    table = profile_outlets(scored, lexicons=scorer.lexicons, n_boot=20)
    violence = table[table["measure"] == "conflict.violence.n"]
    assert violence["value"].sum() == 16 and len(violence) == 5
    rates = table[table["measure"] == "conflict.violence.per_1000"]
    assert (rates["denominator"] > 0).all()
    with pytest.raises(FramingError, match="scored with other lexicons than the profile's"):
        profile_outlets(scored, n_boot=20)
