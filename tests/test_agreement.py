"""framing agreement: precision with Wilson intervals, accuracy, recall, Krippendorff's alpha,
refusal of sheets from another run; checked against a published example and hand computation."""

import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from framing import agreement, validation_sample
from framing.agreement import _alpha_of, wilson_interval
from framing.cli import main
from framing.errors import InputError

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
Z = 1.959963984540054


def _wilson(k, n, z=Z):
    """Wilson (1927) score interval, written out."""
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


def test_alpha_on_krippendorffs_published_examples():
    # Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": 4 coders, 12 units,
    # nominal alpha = 0.743; and the 2-coder binary example, alpha = 0.095.
    n = None
    data = [[1, 2, 3, 3, 2, 1, 4, 1, 2, n, n, n],
            [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, n, 3],
            [n, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, n],
            [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, n]]
    units, alpha = _alpha_of(data)
    assert units == 11          # unit 12 has one value only: not pairable
    assert round(alpha, 3) == 0.743
    units, alpha = _alpha_of([[0, 1, 0, 0, 0, 0, 0, 0, 1, 0], [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]])
    assert (units, round(alpha, 3)) == (10, 0.095)
    # strings are nominal values too; one value in all: alpha undefined
    assert math.isnan(_alpha_of([["a", "a"], ["a", "a"]])[1])


def test_wilson_interval_by_hand():
    for k, n in [(4, 5), (3, 5), (0, 7), (12, 12), (37, 50)]:
        assert wilson_interval(k, n) == pytest.approx(_wilson(k, n), abs=1e-12)
    assert [round(x, 4) for x in wilson_interval(8, 10)] == [0.4902, 0.9433]


@pytest.fixture(scope="module")
def sheet(tmp_path_factory):
    out = tmp_path_factory.mktemp("sheet") / "sheet.csv"
    coding = validation_sample(SEEDS, n=5, by=("lexicon",), lexicons=("labels",), sentences=4, study="syria-2024")
    coding.save(out)
    return out


def _code(sheet, path):
    """Two coders' judgements, written here by hand."""
    table = pd.read_csv(sheet, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    matches = table.index[table["kind"] == "match"]
    sentences = table.index[table["kind"] == "sentence"]
    assert len(matches) == 5 and len(sentences) == 4
    table.loc[matches, "coder1:correct"] = ["yes", "yes", "no", "yes", "Y"]
    table.loc[matches, "coder2:correct"] = ["yes", "no", "no", "yes", "yes"]
    wrong = "militant" if table.loc[matches[3], "category"] != "militant" else "rebel"
    table.loc[matches[3], "coder1:category"] = wrong
    table.loc[sentences, "coder1:missed"] = ["1", "0", "0", "0"]
    table.loc[sentences, "coder2:missed"] = ["1", "0", "0", "1"]
    table.to_csv(path, index=False)
    return table


def test_precision_accuracy_recall_and_alpha_by_hand(sheet, tmp_path):
    coded = tmp_path / "coded.csv"
    table = _code(sheet, coded)
    result = agreement(coded, expect=str(sheet) + ".manifest.json")
    p = result.precision.set_index(["coder", "category"])
    c1, c2 = p.loc[("coder1", "(all, weighted)")], p.loc[("coder2", "(all, weighted)")]
    assert (c1.n, c1.correct, c2.correct) == (5, 4, 3)
    assert c1.precision == pytest.approx(0.8) and c2.precision == pytest.approx(0.6)
    assert (c1.ci_low, c1.ci_high) == pytest.approx(_wilson(4, 5))     # one stratum: Wilson
    # per category: the tool's categories of the five matches
    cats = table[table["kind"] == "match"]["category"].tolist()
    judged = dict(zip(range(5), [1, 1, 0, 1, 1]))
    for cat in set(cats):
        idx = [i for i, c in enumerate(cats) if c == cat]
        row = p.loc[("coder1", cat)]
        assert (row.n, row.correct) == (len(idx), sum(judged[i] for i in idx))
        assert (row.ci_low, row.ci_high) == pytest.approx(_wilson(row.correct, row.n))
    acc = result.accuracy.set_index(["coder", "field"])
    assert (acc.loc[("coder1", "category")].n, acc.loc[("coder1", "category")].agree) == (4, 3)
    assert acc.loc[("coder1", "voice")].accuracy == 1.0 and acc.loc[("coder2", "target")].n == 3
    # recall: misses per unmatched sentence x unmatched sentences vs precision x matches
    rec = result.recall.set_index("coder")
    unmatched = int(table[table["kind"] == "sentence"]["stratum_size"].iloc[0])
    labels = int(table[table["kind"] == "match"]["stratum_size"].iloc[0])
    for coder, prec, missed in [("coder1", 0.8, 1), ("coder2", 0.6, 2)]:
        true_hits, est_missed = prec * labels, missed / 4 * unmatched
        assert rec.loc[coder].recall_upper_bound == pytest.approx(true_hits / (true_hits + est_missed))
    # alpha on presence between the coders, by hand from the coincidence matrix:
    # o11 = 8, o00 = 6, o01 = o10 = 2, n = 18: 1 - (4/18) / (2*10*8 / (18*17)) = 0.575
    alpha = result.alpha.set_index(["field", "pair"])["alpha"]
    assert alpha[("present", "coder1 – coder2")] == pytest.approx(0.575)
    assert alpha[("present", "all coders")] == pytest.approx(0.575)
    # coder 2 vs the tool: tool 1,1,1,1,1,0,0,0,0; coder 1,0,0,1,1,1,0,0,1 -> by the same formula
    o11, o00, o01 = 2 * 3, 2 * 2, 2 + 2
    n1, n0 = o11 + o01, o00 + o01
    expected = 1 - (2 * o01 / 18) / (2 * n1 * n0 / (18 * 17))
    assert alpha[("present", "coder2 – tool")] == pytest.approx(expected)
    paragraph = result.paragraph()
    assert "coder1 80.0% [" in paragraph and "Krippendorff's alpha (nominal) between coders: present 0.57" in paragraph
    assert table["corpus_sha256"].iloc[0][:12] in paragraph


def test_xlsx_gives_the_same_result_and_several_sheets_merge(sheet, tmp_path):
    coded = tmp_path / "coded.csv"
    table = _code(sheet, coded)
    xlsx = tmp_path / "coded.xlsx"
    table.to_excel(xlsx, index=False)
    a, b = agreement(coded), agreement(xlsx)
    pd.testing.assert_frame_equal(a.precision, b.precision)
    pd.testing.assert_frame_equal(a.alpha, b.alpha)
    # each coder in a sheet of their own
    one, two = table.copy(), table.copy()
    for col in [c for c in table.columns if c.startswith("coder2:")]:
        one[col] = ""
    for col in [c for c in table.columns if c.startswith("coder1:")]:
        two[col] = ""
    one.to_csv(tmp_path / "one.csv", index=False)
    two.to_excel(tmp_path / "two.xlsx", index=False)
    merged = agreement([tmp_path / "one.csv", tmp_path / "two.xlsx"])
    pd.testing.assert_frame_equal(merged.alpha, a.alpha)


def test_numbers_a_spreadsheet_turned_into_floats_are_read_back(sheet, tmp_path):
    coded = tmp_path / "coded.csv"
    table = _code(sheet, coded)
    floats = table.copy()
    for col in ("start", "end", "sentence_start", "sentence_end", "stratum_size", "seed"):
        floats[col] = [f"{v}.0" if v else v for v in floats[col]]
    floats.to_csv(tmp_path / "floats.csv", index=False)
    pd.testing.assert_frame_equal(agreement([coded, tmp_path / "floats.csv"]).alpha, agreement(coded).alpha)


def test_a_sheet_from_another_run_is_refused_by_name(sheet, tmp_path, capsys):
    coded = tmp_path / "coded.csv"
    table = _code(sheet, coded)
    other = table.copy()
    other["corpus_sha256"] = "0" * 64
    other.to_csv(tmp_path / "other_corpus.csv", index=False)
    with pytest.raises(InputError, match="other_corpus.csv: comes from another run"):
        agreement([coded, tmp_path / "other_corpus.csv"])
    # the manifest of a run on another corpus, and of a run with other lexicons
    score = tmp_path / "extra.jsonl"
    extra = Path(__file__).resolve().parent / "golden" / "extra"
    assert main(["score", str(extra), "--study", "syria-2024", "--no-readability", "--out", str(score)]) == 0
    with pytest.raises(InputError, match=r"coded.csv: comes from another run: its corpus checksum"):
        agreement(coded, expect=str(score) + ".manifest.json")
    seeds_generic = tmp_path / "generic.jsonl"
    assert main(["score", "seeds", "--no-readability", "--out", str(seeds_generic)]) == 0
    with pytest.raises(InputError, match=r"its lexicons and study checksum"):
        agreement(coded, expect=str(seeds_generic) + ".manifest.json")
    # the run's own score manifest is accepted
    seeds = tmp_path / "seeds.jsonl"
    assert main(["score", "seeds", "--study", "syria-2024", "--no-readability", "--out", str(seeds)]) == 0
    assert agreement(coded, expect=str(seeds) + ".manifest.json").coders == ["coder1", "coder2"]
    capsys.readouterr()
    assert main(["agreement", str(coded), "--manifest", str(score) + ".manifest.json"]) == 1
    assert "coded.csv: comes from another run" in capsys.readouterr().err


def test_judgements_that_are_not_understood_name_sheet_and_row(sheet, tmp_path):
    coded = tmp_path / "coded.csv"
    table = _code(sheet, coded)
    table.loc[table.index[1], "coder2:correct"] = "maybe"
    table.to_csv(coded, index=False)
    with pytest.raises(InputError, match=r"coded.csv, row 3 \(M0002\): 'correct' must be yes or no, not 'maybe'"):
        agreement(coded)
    blank = tmp_path / "blank.csv"
    pd.read_csv(sheet, dtype=str, keep_default_na=False, encoding="utf-8-sig").to_csv(blank, index=False)
    with pytest.raises(InputError, match="no coder has coded any item yet"):
        agreement(blank)
    with pytest.raises(InputError, match="not a framing coding sheet"):
        pd.DataFrame({"a": [1]}).to_csv(tmp_path / "x.csv", index=False)
        agreement(tmp_path / "x.csv")


def test_cli_prints_tables_and_paragraph_and_writes_outputs(sheet, tmp_path, capsys):
    coded = tmp_path / "coded.csv"
    _code(sheet, coded)
    assert main(["agreement", str(coded), "--manifest", str(sheet) + ".manifest.json", "--out", str(tmp_path / "a")]) == 0
    out = capsys.readouterr().out
    assert "== precision" in out and "== alpha" in out and "We validated the dictionary" in out
    written = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert written == ["accuracy.csv", "alpha.csv", "manifest.json", "paragraph.txt", "precision.csv", "recall.csv"]
    alpha = pd.read_csv(tmp_path / "a" / "alpha.csv")
    assert np.isclose(alpha.set_index(["field", "pair"]).loc[("present", "coder1 – coder2"), "alpha"], 0.575)
