import csv
import io
import json

import pytest

from framing.study import load_study
from framing.cli import main


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_score_seeds_jsonl(capsys):
    code, out, err = run(capsys, "score", "seeds", "--format", "jsonl", "--no-readability")
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["id"][:3] for r in records] == ["000", "001", "002", "003", "004"]
    for r in records:
        assert set(r) == {"id", "outlet", "tokens", "sentences", "sentence_spans", "removed", "notes", "matches", "measures"}
        assert r["sentences"] == len(r["sentence_spans"])
    assert err.strip().endswith("framing: read 5, scored 5, skipped 0; "
                                f"study: {load_study('generic').describe()}, the default (no --study given)")


def test_score_with_readability_and_out_file(capsys, tmp_path):
    out_file = tmp_path / "s.jsonl"
    code, out, _ = run(capsys, "score", "seeds/003_a45611875bf41e14.txt", "--out", str(out_file))
    assert code == 0 and out == ""
    (record,) = [json.loads(line) for line in out_file.read_text("utf-8").splitlines()]
    assert record["id"] == "003_a45611875bf41e14" and record["outlet"] is None
    assert isinstance(record["measures"]["readability.flesch_reading_ease"], float)


def test_score_csv_has_one_row_per_article_and_stable_columns(capsys):
    code, out, _ = run(capsys, "score", "seeds", "--format", "csv", "--no-readability")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(rows) == 5
    assert rows[4]["outlet"] == "H24 News" and rows[0]["tokens"] == "464"


def test_skipped_items_are_listed(capsys, tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"id": "a", "text": "Rebels advanced."}\n{bad\n{"id": "e", "text": "  "}\n', encoding="utf-8")
    code, out, err = run(capsys, "score", str(path), "--no-readability")
    assert code == 0 and len(out.splitlines()) == 1
    assert f"skipped ? ({path}:2): malformed row: invalid JSON" in err
    assert f"skipped e ({path}:3): empty text" in err
    assert "read 3, scored 1, skipped 2 (1 empty text; 1 malformed row); notes: 1 no outlet" in err


def test_missing_input_is_a_clear_error(capsys, tmp_path):
    code, _, err = run(capsys, "score", str(tmp_path / "nope"))
    assert code == 1 and f"framing: error: {tmp_path / 'nope'}: no such file or directory" in err


def test_lexicon_check_passes_on_builtin(capsys):
    code, _, err = run(capsys, "lexicon", "check")
    assert code == 0 and "lexicons OK" in err


def test_lexicon_check_fails_naming_file_and_line(capsys, tmp_path):
    bad = tmp_path / "bad.lex"
    bad.write_text("name: bad\nversion: 1\ncategories: rebel\n[entries]\npattern | category\n"
                   "rebels | rebel\nfighters | warrior\n{oops | rebel\n", encoding="utf-8")
    code, out, _ = run(capsys, "lexicon", "check", str(bad))
    assert code == 1
    assert f"{bad}:7: unknown: category 'warrior'" in out
    assert f"{bad}:8: malformed: pattern '{{oops'" in out


def test_broken_user_lexicon_stops_scoring(capsys, tmp_path):
    bad = tmp_path / "bad.lex"
    bad.write_text("name: bad\nversion: 1\n", encoding="utf-8")
    code, _, err = run(capsys, "score", "seeds", "--lexicons", str(bad))
    assert code == 1 and str(bad) in err and "[F200]" in err


def test_version_and_help(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("framing ")
