"""Hostile input: what scrapers produce.  Every case runs the real command line and
checks the accounting line (read / scored / skipped with reasons / notes), the
messages naming file and line, and what was scored.  docs/robustness.md lists the
cases and the behaviour; the closing note of issue 6 repeats them."""

import gzip
import json
import subprocess
import sys

from hypothesis import HealthCheck, given, settings, strategies as st

from framing.study import load_study
from framing import Article, Columns, Scorer, Skipped
from framing.cli import main
from framing.errors import SkipReason

SCORER = Scorer(readability=False)

ARMY = "The army said terrorists attacked the city. Rebels denied it.\n"


def score(capsys, *args):
    code = main(["score", *map(str, args), "--no-readability", "--quiet"])
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    return code, records, err


def accounting(err):
    """The accounting line without its study part, which every run must have (no --study: generic)."""
    lines = [line for line in err.splitlines() if line.startswith("framing: read ")]
    assert len(lines) == 1, err
    body, sep, study = lines[0][len("framing: "):].partition("; study: ")
    assert sep and study == f"{load_study('generic').describe()}, the default (no --study given)", err
    return body


def labels(record):
    return [(m["text"], m["category"], m["voice"]) for m in record["matches"] if m["lexicon"] == "labels"]


def test_empty_and_whitespace_only_texts(capsys, tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_text("  \n\t \r\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Subscribe to our newsletter\n", encoding="utf-8")
    code, records, err = score(capsys, tmp_path)
    assert code == 0 and records == []
    assert accounting(err) == ("read 3, scored 0, skipped 3 (2 empty text; 1 no text left after cleaning); "
                               "notes: 1 no outlet (grouped as '(unknown)')")
    assert f"skipped a ({tmp_path / 'a.txt'}): empty text" in err


def test_binary_file_is_skipped_not_decoded(capsys, tmp_path):
    (tmp_path / "photo.txt").write_bytes(bytes(range(256)) * 40)
    code, records, err = score(capsys, tmp_path / "photo.txt", "--fallback-encoding", "cp1252")
    assert records == [] and accounting(err) == "read 1, scored 0, skipped 1 (1 binary file)"
    assert "photo.txt): binary file: over 10% control bytes" in err


def test_undecodable_bytes_are_skipped_or_decoded_with_the_fallback(capsys, tmp_path):
    path = tmp_path / "win.txt"
    path.write_bytes("The army said \u201cterrorists\u201d attacked.\n".encode("cp1252"))
    code, records, err = score(capsys, path)
    assert records == [] and accounting(err) == "read 1, scored 0, skipped 1 (1 undecodable bytes)"
    assert "win.txt): undecodable bytes (utf-8) at byte 14; give --encoding or --fallback-encoding" in err
    code, (record,), err = score(capsys, path, "--fallback-encoding", "cp1252")
    assert accounting(err).startswith("read 1, scored 1, skipped 0; notes: 1 decoded as cp1252")
    assert record["notes"] == ["decoded as cp1252"]
    assert ("terrorists", "terrorist", "quoted") in labels(record)
    code, (record,), err = score(capsys, path, "--encoding", "cp1252")
    assert record["notes"] == [] and ("terrorists", "terrorist", "quoted") in labels(record)


def test_undecodable_row_in_jsonl_loses_only_that_row(capsys, tmp_path):
    path = tmp_path / "rows.jsonl"
    good = json.dumps({"id": "a", "outlet": "X", "text": ARMY}).encode()
    bad = '{"id": "b", "outlet": "X", "text": "caf\u00e9 terrorists"}'.encode("latin-1")
    path.write_bytes(good + b"\n" + bad + b"\n" + good.replace(b'"a"', b'"c"').replace(b"city", b"town") + b"\n")
    code, records, err = score(capsys, path)
    assert [r["id"] for r in records] == ["a", "c"]
    assert accounting(err) == "read 3, scored 2, skipped 1 (1 undecodable bytes)"
    assert f"({path}:2): undecodable bytes (utf-8)" in err
    code, records, err = score(capsys, path, "--fallback-encoding", "latin-1")
    assert [r["id"] for r in records] == ["a", "b", "c"] and records[1]["notes"] == ["decoded as latin-1"]


def test_mojibake_is_repaired_and_noted(capsys, tmp_path):
    path = tmp_path / "moji.txt"
    path.write_text("The army said \u00e2\u20ac\u0153terrorists\u00e2\u20ac\x9d attacked Aleppo\u00e2\u20ac\u2122s "
                    "suburbs.\n", encoding="utf-8")
    code, (record,), err = score(capsys, path)
    assert record["notes"] == ["repaired 3 mojibake sequences"]
    assert ("terrorists", "terrorist", "quoted") in labels(record)
    assert "1 repaired mojibake" in accounting(err)
    code, (raw,), err = score(capsys, path, "--no-repair")
    # unrepaired, "â€œterroristsâ€" is one word with the letters â and œ glued on: the label is lost
    assert raw["notes"] == [] and labels(raw) == [("The army", "government", "authorial")]


def test_html_file_and_html_in_a_jsonl_field(capsys, tmp_path):
    page = ("<!DOCTYPE html><html><head><title>x</title><script>alert('terrorists')</script></head><body>"
            "<h1>Aleppo falls</h1><p>Jihadists &amp; rebels seized the city, the army said.</p>"
            "<p>It called them &ldquo;terrorists&rdquo;.</p></body></html>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    (tmp_path / "rows.jsonl").write_text(json.dumps({"id": "j", "outlet": "X", "text": page}) + "\n",
                                         encoding="utf-8")
    code, records, err = score(capsys, tmp_path / "page.html", tmp_path / "rows.jsonl", "--keep-duplicates")
    assert accounting(err).startswith("read 2, scored 2, skipped 0; notes: 2 HTML converted to text")
    for record in records:
        assert record["notes"][-1] == "HTML converted to text"
        assert record["sentences"] == 3          # headline and two paragraphs, script dropped
        assert labels(record) == [("Jihadists", "jihadist", "attributed"), ("rebels", "rebel", "attributed"),
                                  ("the army", "government", "authorial"), ("terrorists", "terrorist", "quoted")]
    code, (kept,), err = score(capsys, tmp_path / "rows.jsonl", "--html", "never")
    # markup kept: its words (html, head, script, alert, ...) are tokens, and offsets index the raw page
    assert kept["notes"] == [] and kept["tokens"] > records[1]["tokens"] + 10
    assert all(page[m["start"]:m["end"]] == m["text"] for m in kept["matches"])


def test_unbalanced_and_nested_quotation_marks(capsys, tmp_path):
    text = ("He said \u201cthe \u201cterrorists\u201d are \u201ccoming. And \u201d rebels \u201d\u201d\" fled\n"
            "\u00ab Militants \u00ab\u00bb\u00bb \u00bb \u2018'\u2019 jihadists \"\n\u201d\u201d\u201d\n")
    (tmp_path / "q.txt").write_text(text, encoding="utf-8")
    code, (record,), err = score(capsys, tmp_path / "q.txt")
    assert code == 0 and accounting(err).startswith("read 1, scored 1, skipped 0")
    # the outer quote runs to its last closing mark; "jihadists" stands after a closed ‘'’ pair
    assert labels(record) == [("terrorists", "terrorist", "quoted"), ("rebels", "rebel", "quoted"),
                              ("Militants", "militant", "quoted"), ("jihadists", "jihadist", "authorial")]


def test_text_without_sentence_punctuation(capsys, tmp_path):
    (tmp_path / "run.txt").write_text("rebels advanced the regime retreated militants shelled the city " * 2000,
                                      encoding="utf-8")
    code, (record,), err = score(capsys, tmp_path / "run.txt")
    assert record["sentences"] == 1 and len(labels(record)) == 6000
    assert accounting(err).startswith("read 1, scored 1, skipped 0")


def test_a_single_10_mb_article(capsys, tmp_path, seed_texts):
    text = "\n".join(seed_texts.values())
    path = tmp_path / "big.txt"
    path.write_text((text + "\n") * (10_000_000 // len(text) + 1), encoding="utf-8")
    assert path.stat().st_size > 10_000_000
    code, (record,), err = score(capsys, path, "--format", "jsonl")
    assert code == 0 and accounting(err).startswith("read 1, scored 1, skipped 0")
    one = Scorer(readability=False).score(Article(id="x", text=text + "\n"))
    copies = 10_000_000 // len(text) + 1
    assert len(record["matches"]) == copies * len(one.matches)


def test_windows_line_endings_and_byte_order_mark_change_nothing_but_offsets(capsys, tmp_path, seed_texts):
    text = seed_texts["001_bb9b761c87c574b4"]
    (tmp_path / "lf.txt").write_text(text, encoding="utf-8")
    (tmp_path / "crlf.txt").write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    code, (crlf, lf), err = score(capsys, tmp_path)
    assert crlf["sentences"] == lf["sentences"]
    strip = [(m["text"], m["lexicon"], m["category"], m["target"], m["voice"]) for m in lf["matches"]]
    assert [(m["text"], m["lexicon"], m["category"], m["target"], m["voice"]) for m in crlf["matches"]] == strip
    original = text.replace("\n", "\r\n")
    assert all(original[m["start"]:m["end"]] == m["text"] for m in crlf["matches"])


def test_nul_bytes_are_removed_by_cleaning_with_offsets_kept(capsys, tmp_path):
    raw = "The army\x00 said terrorists\x00\x00 attacked.\n"
    (tmp_path / "nul.txt").write_text(raw, encoding="utf-8")
    code, (record,), err = score(capsys, tmp_path / "nul.txt")
    assert record["removed"] == [[8, 9, "control character"], [25, 27, "control character"]]
    assert labels(record) == [("The army", "government", "authorial"), ("terrorists", "terrorist", "attributed")]
    assert all(raw[m["start"]:m["end"]] == m["text"] for m in record["matches"])


def test_duplicate_ids_and_repeated_texts(capsys, tmp_path):
    rows = [{"id": "a", "outlet": "X", "text": ARMY}, {"id": "a", "outlet": "X", "text": "Rebels won."},
            {"id": "b", "outlet": "X", "text": ARMY}, {"id": "c", "outlet": "Y", "text": ARMY}]
    path = tmp_path / "d.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    code, records, err = score(capsys, path)
    assert [r["id"] for r in records] == ["a", "c"]    # the same text in another outlet is its own article
    assert accounting(err) == ("read 4, scored 2, skipped 2 (1 duplicate id; "
                               "1 duplicate text of an earlier article of the same outlet)")
    assert f"skipped a ({path}:2): duplicate id" in err
    assert f"skipped b ({path}:3): duplicate text of an earlier article of the same outlet (item 1 of the input)" in err
    code, records, err = score(capsys, path, "--keep-duplicates")
    assert [r["id"] for r in records] == ["a", "a", "b", "c"]


def test_broken_csv_rows(capsys, tmp_path):
    path = tmp_path / "c.csv"
    path.write_text('id,outlet,text\n1,X,"The regime fell."\n2,X\n3,X,"Rebels won.",extra\n'
                    '4,X,"Militants, ""fighters"" and rebels."\n5,X,\n', encoding="utf-8")
    code, records, err = score(capsys, path)
    assert [r["id"] for r in records] == ["1", "4"]
    assert accounting(err) == "read 5, scored 2, skipped 3 (1 empty text; 2 malformed row)"
    assert f"skipped 2 ({path}:3): malformed row: 2 fields, the header has 3" in err
    assert f"skipped 3 ({path}:4): malformed row: 4 fields, the header has 3" in err


def test_broken_jsonl_lines_and_missing_fields(capsys, tmp_path):
    path = tmp_path / "j.jsonl"
    path.write_text('{"id": "1", "text": "The regime fell."}\n{"id": "2", "text": \n[1, 2]\n'
                    '{"id": "4", "body": "no text field"}\n{"id": "5", "text": 42}\n'
                    '{"id": "6", "text": "Rebels won.", "extra": {"nested": true}}\n', encoding="utf-8")
    code, records, err = score(capsys, path)
    assert [r["id"] for r in records] == ["1", "6"]
    assert accounting(err).startswith("read 6, scored 2, skipped 4 (3 malformed row; 1 missing text field)")
    assert f"({path}:2): malformed row: invalid JSON" in err
    assert f"({path}:3): malformed row: a line must hold a JSON object" in err
    assert f"skipped 5 ({path}:5): malformed row: text is int, not a string" in err


def test_truncated_gzip_keeps_what_was_read(capsys, tmp_path):
    rows = b"".join(json.dumps({"id": f"a{i}", "text": f"Rebels took village {i}. " * 20}).encode() + b"\n"
                    for i in range(300))
    data = gzip.compress(rows)
    path = tmp_path / "t.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    code, records, err = score(capsys, path)
    assert code == 0 and 0 < len(records) < 300
    read = accounting(err)
    assert read.startswith(f"read {len(records) + 1}, scored {len(records)}, skipped 1 (1 malformed row)")
    assert "malformed row: unreadable after line" in err


def test_metadata_for_missing_files_and_files_without_metadata(capsys, tmp_path):
    (tmp_path / "a.txt").write_text(ARMY, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Rebels won.", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("id,outlet\na,X\nghost,Y\n", encoding="utf-8")
    code, records, err = score(capsys, tmp_path)
    assert [(r["id"], r["outlet"], r["notes"]) for r in records] == [("a", "X", []), ("b", None, ["no metadata row"])]
    assert accounting(err) == ("read 3, scored 2, skipped 1 (1 metadata row without an article); "
                               "notes: 1 no metadata row, 1 no outlet (grouped as '(unknown)')")
    assert f"skipped ghost ({tmp_path / 'metadata.csv'}:3): metadata row without an article" in err


def test_unknown_outlets_are_grouped_not_dropped(tmp_path):
    from framing import profile_outlets, read_corpus

    path = tmp_path / "o.jsonl"
    path.write_text(json.dumps({"id": "a", "text": ARMY}) + "\n" + json.dumps({"id": "b", "outlet": "",
                    "text": "Rebels won."}) + "\n", encoding="utf-8")
    scored = list(Scorer(readability=False).score_many(read_corpus(path)))
    table = profile_outlets(scored, n_boot=20)
    assert set(table["outlet"]) == {"(unknown)"}
    assert table.query("measure == 'tokens'")["value"].item() == 12


def test_strict_turns_the_first_skip_into_an_error(capsys, tmp_path):
    (tmp_path / "a.txt").write_text(ARMY, encoding="utf-8")
    (tmp_path / "b.txt").write_text("   ", encoding="utf-8")
    code = main(["score", str(tmp_path), "--strict", "--quiet", "--no-readability"])
    out, err = capsys.readouterr()
    assert code == 1 and len(out.splitlines()) == 1
    assert f"framing: error: {tmp_path / 'b.txt'}: --strict: item b ({tmp_path / 'b.txt'}) would be skipped: " \
           "empty text [F100]" in err
    assert accounting(err) == "read 2, scored 1, skipped 0; notes: 1 no outlet (grouped as '(unknown)')"


def test_the_whole_battery_in_one_run_has_no_traceback(tmp_path, seed_texts):
    """One directory with every hostile file, run as a real process."""
    d = tmp_path / "corpus"
    d.mkdir()
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (d / "win.txt").write_bytes("\u201cTerrorists\u201d, the army said.".encode("cp1252"))
    (d / "moji.txt").write_text("The rebels\u00e2\u20ac\u2122 advance.", encoding="utf-8")
    (d / "page.html").write_text("<p>Rebels<script>alert(1)</script> advanced.</p><p>Fine.</p>", encoding="utf-8")
    (d / "crlf.txt").write_bytes(b"\xef\xbb\xbfThe regime fell.\r\nRebels won.\r\n")
    (d / "nul.txt").write_bytes(b"The regime\x00 fell.")
    (d / "quotes.txt").write_text("\u201c\u201c\u201d\u201d\u201d \u00ab rebels", encoding="utf-8")
    (d / "metadata.csv").write_text("id,outlet\nempty,A\nghost,B\nwin,A\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = subprocess.run([sys.executable, "-m", "framing", "score", str(d), "--no-readability", "--out", str(out)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and "Traceback" not in proc.stderr
    assert proc.stderr.splitlines()[-1] == (
        "framing: read 9, scored 5, skipped 4 (1 binary file; 1 empty text; 1 metadata row without an article; "
        "1 undecodable bytes); notes: 1 HTML converted to text, 5 no metadata row, "
        "5 no outlet (grouped as '(unknown)'), 1 repaired mojibake; "
        f"study: {load_study('generic').describe()}, the default (no --study given)")
    manifest = json.loads((tmp_path / "out.jsonl.manifest.json").read_text("utf-8"))
    assert manifest["accounting"]["skipped"] == {"binary file": 1, "empty text": 1,
                                                 "metadata row without an article": 1, "undecodable bytes": 1}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(list("ab .,;:!?\n\r\t\x00\ufeff\u201c\u201d\"'\u2019\u00ab\u00bb<>/&#")
                                + ["rebels", "the regime", "said", "<p>", "</p>", "&amp;", "\u00e2\u20ac\u2122",
                                   "terrorists", "according to", "reportedly", "U.S.", "14,000"]),
                max_size=40).map("".join))
def test_any_text_scores_or_skips_cleanly(text):
    """Property: any text either scores, with every match pointing at its own words, or is skipped."""
    from framing.io import _from_record, _Options

    item = _from_record({"id": "x", "text": text}, None, Columns(), "here", "x", _Options())
    result = SCORER.score(item) if isinstance(item, Article) else item
    if isinstance(result, Skipped):
        assert result.reason in (SkipReason.EMPTY, SkipReason.EMPTY_AFTER_CLEANING)
        return
    source = result.article.text
    assert all(source[m.start:m.end] == m.text for m in result.matches)
    assert all(0 <= s < e <= len(source) for s, e in result.sentences)
    assert result.measures["tokens"] >= 0
