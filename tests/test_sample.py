"""framing sample / validation_sample: reproducible, order-independent, bounded, complete."""

import json
from collections import Counter

import pandas as pd
import pytest

from framing import Article, read_corpus, validation_sample
from framing.cli import main
from framing.errors import FramingError
from framing.sample import JUDGEMENTS, PROVENANCE, TOOL_COLUMNS, _BottomK

from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

SAMPLED = ("labels", "hedges", "attribution")


def _keys(sheet):
    return list(zip(sheet.table["kind"], sheet.table["article_id"], sheet.table["start"], sheet.table["end"],
                    sheet.table["sentence_start"]))


def test_a_sample_larger_than_every_stratum_holds_every_match(scorer):
    sheet = validation_sample(SEEDS, n=10_000, study="syria-2024", sentences=10_000)
    scored = list(scorer.score_many(read_corpus(SEEDS)))
    expected = Counter(f"{m.lexicon} / {m.category}" for s in scored for m in s.matches if m.lexicon in SAMPLED)
    matches = sheet.table[sheet.table["kind"] == "match"]
    assert Counter(matches["stratum"]) == expected
    assert dict(zip(matches["stratum"], matches["stratum_size"])) == dict(expected)
    # every sentence without a match of the sampled lexicons, and no other
    empty = 0
    for s in scored:
        hit = {next(k for k, (a, b) in enumerate(s.sentences) if a <= m.start < b) for m in s.matches
               if m.lexicon in SAMPLED}
        empty += sum(1 for k, (a, b) in enumerate(s.sentences) if k not in hit and s.article.text[a:b].strip())
    assert (sheet.table["kind"] == "sentence").sum() == empty == sheet.meta["population"]["no match"]
    # the highlighted words are the match, inside its sentence
    for row in matches.itertuples():
        assert row.sentence[row.start - row.sentence_start:row.end - row.sentence_start] == row.text


def test_same_seed_same_sheet_in_any_order_and_any_number_of_processes():
    articles = [a for a in read_corpus(SEEDS)]
    a = validation_sample(articles, n=3, study="syria-2024", seed=7)
    b = validation_sample(list(reversed(articles)), n=3, study="syria-2024", seed=7)
    c = validation_sample(articles, n=3, study="syria-2024", seed=7, n_jobs=2)
    assert _keys(a) == _keys(b) == _keys(c)
    assert a.table.equals(c.table)
    other = validation_sample(articles, n=3, study="syria-2024", seed=8)
    assert _keys(other) != _keys(a)


def test_strata_and_columns():
    sheet = validation_sample(SEEDS, n=2, by=("lexicon", "voice"), lexicons=("labels",), sentences=3,
                              coders=("ana", "ben"), study="syria-2024")
    table = sheet.table
    assert list(table.columns) == [*TOOL_COLUMNS, *(f"{c}:{j}" for c in ("ana", "ben") for j in JUDGEMENTS),
                                   *PROVENANCE]
    matches = table[table["kind"] == "match"]
    assert set(matches["lexicon"]) == {"labels"}
    assert Counter(matches["stratum"]) == {"labels / authorial": 2, "labels / quoted": 2, "labels / attributed": 2}
    assert (table["kind"] == "sentence").sum() == 3
    assert table["ana:correct"].eq("").all()
    assert table["corpus_sha256"].nunique() == table["lexicons_sha256"].nunique() == 1
    assert table["design"].iloc[0] == "n=2 per lexicon/voice; lexicons=labels; sentences=3"
    assert list(table["item"]) == ["M0001", "M0002", "M0003", "M0004", "M0005", "M0006", "S0001", "S0002", "S0003"]


def test_bad_requests_are_clear_errors():
    with pytest.raises(FramingError, match="cannot stratify by colour"):
        validation_sample(SEEDS, by=("colour",))
    with pytest.raises(FramingError, match="no lexicon named moral"):
        validation_sample(SEEDS, lexicons=("moral",))
    with pytest.raises(FramingError, match="coder names"):
        validation_sample(SEEDS, coders=("a", "a"))


def test_bottom_k_keeps_the_k_lowest_priorities_in_bounded_memory():
    keep = _BottomK(3)
    for priority in [50, 10, 40, 30, 20, 60, 5]:
        keep.offer(priority, {"p": priority})
        assert len(keep.heap) <= 3
    assert [p for p, _ in keep.items()] == [5, 10, 20]
    assert keep.seen == 7


def test_a_skipped_article_is_counted_not_lost():
    sheet = validation_sample([Article("a", "Rebels said the regime fell."), Article("b", "   ")], n=5,
                              study="syria-2024")
    assert sheet.meta["accounting"]["read"] == 2 and sheet.meta["accounting"]["scored"] == 1
    assert sum(sheet.meta["accounting"]["skipped"].values()) == 1


def test_cli_writes_csv_html_and_manifest(tmp_path, capsys):
    out = tmp_path / "sheet.csv"
    assert main(["sample", "seeds", "--study", "syria-2024", "--n", "2", "--sentences", "4", "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert "read 5, scored 5, skipped 0" in err
    table = pd.read_csv(out, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert (table["kind"] == "sentence").sum() == 4
    page = (tmp_path / "sheet.csv.html").read_text(encoding="utf-8")
    assert page.count("<mark>") == (table["kind"] == "match").sum()
    assert "script-src" not in page and "<script" not in page
    manifest = json.loads((tmp_path / "sheet.csv.manifest.json").read_text(encoding="utf-8"))
    assert manifest["corpus"]["checksum"] == table["corpus_sha256"].iloc[0]
    assert manifest["lexicons_sha256"] == table["lexicons_sha256"].iloc[0]
    assert manifest["sample"]["by"] == ["lexicon", "category"]
    # the same command gives the same bytes
    again = tmp_path / "again.csv"
    main(["sample", "seeds", "--study", "syria-2024", "--n", "2", "--sentences", "4", "--out", str(again)])
    assert again.read_bytes() == out.read_bytes()
    xlsx = tmp_path / "sheet.xlsx"
    assert main(["sample", "seeds", "--study", "syria-2024", "--n", "2", "--sentences", "4", "--out", str(xlsx)]) == 0
    assert pd.read_excel(xlsx, dtype=str, keep_default_na=False).shape == table.shape
