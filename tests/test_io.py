import gzip
import json

import pandas as pd
import pytest

from framing import Article, Columns, InputError, Skipped, read_corpus, read_dataframe
from framing.io import read_metadata


def test_seed_folder_with_metadata(tmp_path):
    items = list(read_corpus("seeds"))
    assert [a.id for a in items] == ["000_a27e2ef7f710022a", "001_bb9b761c87c574b4", "002_02f3d2014e44bcbf",
                                     "003_a45611875bf41e14", "004_ae5de6dd81eec046"]
    assert [a.outlet for a in items] == ["The Kashmiriyat", "TROIB News", "5Pillars", "Yalla TV", "H24 News"]
    assert items[2].date == "2024-11-30" and items[0].meta["date_approximate"] == "true"
    assert items[1].title.startswith("Jihadist Groups Announce")
    assert items[0].source.endswith("000_a27e2ef7f710022a.txt")


def test_text_is_read_byte_for_byte(seed_texts):
    for a in read_corpus("seeds"):
        assert a.text == seed_texts[a.id]


def test_csv_with_custom_columns(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("doc,body,source\n1,Rebels advanced.,A\n2,,B\n3,\"Multi\nline, text\",C\n4,x\n",
                    encoding="utf-8")
    items = list(read_corpus(path, columns=Columns(id="doc", text="body", outlet="source")))
    assert isinstance(items[0], Article) and (items[0].id, items[0].outlet) == ("1", "A")
    assert isinstance(items[1], Skipped) and items[1].reason == "empty text" and items[1].source == f"{path}:3"
    assert items[2].text == "Multi\nline, text"
    assert isinstance(items[3], Skipped) and items[3].reason.startswith("malformed row: 2 fields")


def test_csv_without_text_column_is_an_error(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("id,content\n1,x\n", encoding="utf-8")
    with pytest.raises(InputError, match="no 'text' column") as err:
        list(read_corpus(path))
    assert f"{path}:1" in str(err.value)


def test_jsonl_streams_and_reports_broken_lines(tmp_path):
    path = tmp_path / "c.jsonl"
    lines = [json.dumps({"id": "a", "text": "Rebels advanced.", "outlet": "X", "extra": 1}),
             "{broken", "", json.dumps([1, 2]), json.dumps({"text": "No id here."}),
             json.dumps({"id": "c", "title": "no text"})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_corpus(path))
    assert items[0].meta == {"extra": 1}
    assert isinstance(items[1], Skipped) and items[1].source == f"{path}:2" and "invalid JSON" in items[1].reason
    assert isinstance(items[2], Skipped) and "JSON object" in items[2].reason
    assert isinstance(items[3], Article) and items[3].id == "c-5"
    assert isinstance(items[4], Skipped) and items[4].reason == "missing text field" and items[4].id == "c"


def test_reading_is_lazy_and_an_undecodable_tail_is_reported(tmp_path):
    path = tmp_path / "big.jsonl"
    with path.open("wb") as handle:
        for i in range(3000):
            handle.write((json.dumps({"id": f"a{i}", "text": "Rebels advanced."}) + "\n").encode())
        handle.write(b'{"id": "bad", "text": "\xff\xfe"}\n')
    stream = read_corpus(path)
    assert next(stream).id == "a0"          # the broken bytes 140 kB further on are not read yet
    rest = list(stream)
    assert len(rest) == 3000 and isinstance(rest[-1], Skipped)
    assert rest[-1].reason.startswith("undecodable bytes")


def test_gzipped_jsonl(tmp_path):
    path = tmp_path / "c.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "z", "text": "The regime fell."}) + "\n")
    assert [a.id for a in read_corpus(path)] == ["z"]


def test_parquet(tmp_path):
    path = tmp_path / "c.parquet"
    pd.DataFrame({"id": ["p1", "p2"], "text": ["Rebels advanced.", None], "outlet": ["O", "O"]}).to_parquet(path)
    items = list(read_corpus(path))
    assert items[0].id == "p1" and isinstance(items[1], Skipped) and items[1].reason == "missing text field"


def test_dataframe():
    frame = pd.DataFrame({"id": ["a", None], "text": ["Rebels advanced.", "The army held."], "outlet": ["X", "Y"]})
    items = list(read_dataframe(frame))
    assert [a.id for a in items] == ["a", "row-2"] and items[1].outlet == "Y"


def test_undecodable_text_file_is_skipped_with_reason(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"Rebels \xff\xfe advanced")
    (tmp_path / "good.txt").write_text("The regime fell.", encoding="utf-8")
    items = list(read_corpus(tmp_path))
    assert isinstance(items[0], Skipped) and items[0].reason.startswith("undecodable bytes (utf-8) at byte 7; give --encoding")
    assert items[1].id == "good"
    # with the right encoding it is read
    (item,) = read_corpus(tmp_path / "bad.txt", encoding="latin-1")
    assert item.text == "Rebels \xff\xfe advanced"


def test_bom_is_accepted(tmp_path):
    (tmp_path / "bom.txt").write_bytes("\ufeffRebels advanced.".encode("utf-8"))
    (item,) = read_corpus(tmp_path / "bom.txt")
    assert item.text == "Rebels advanced."


def test_missing_file_and_unsupported_type(tmp_path):
    with pytest.raises(InputError, match="no such file") as err:
        list(read_corpus(tmp_path / "missing.txt"))
    assert "missing.txt" in str(err.value)
    (tmp_path / "a.docx").write_text("x")
    with pytest.raises(InputError, match="unsupported input type"):
        list(read_corpus(tmp_path / "a.docx"))


@pytest.mark.parametrize("content, line, message", [
    ("name,outlet\nx,y\n", 1, "no 'id' column"),
    ("id,outlet\na,X\nb,Y,extra\n", 3, "3 fields"),
    ("id,outlet\na,X\n,Y\n", 3, "empty id"),
    ("id,outlet\na,X\na,Y\n", 3, "appears twice"),
])
def test_malformed_metadata_names_file_and_line(tmp_path, content, line, message):
    path = tmp_path / "meta.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message) as err:
        read_metadata(path)
    assert f"{path}:{line}:" in str(err.value)


def test_explicit_metadata_for_txt_files(tmp_path):
    (tmp_path / "a.txt").write_text("Rebels advanced.", encoding="utf-8")
    meta = tmp_path / "m.csv"
    meta.write_text("id,outlet,date\na,Outlet A,2024-11-29\n", encoding="utf-8")
    (item,) = read_corpus(tmp_path / "a.txt", metadata=meta)
    assert (item.outlet, item.date) == ("Outlet A", "2024-11-29")


def test_undecodable_csv_row_is_skipped_and_neighbours_kept(tmp_path):
    path = tmp_path / "c.csv"
    path.write_bytes(b"id,text\n1,Rebels advanced.\n2,Bad \xff byte\n3,The regime fell.\n")
    items = list(read_corpus(path))
    assert [type(i).__name__ for i in items] == ["Article", "Skipped", "Article"]
    assert items[1].id == "2" and items[1].reason == "undecodable bytes (utf-8)" and items[1].source == f"{path}:3"


def test_digest_table_behaves_like_a_dict_across_growth():
    import random

    from framing.io import _DigestTable

    table, reference, rng = _DigestTable(4), {}, random.Random(1)
    for n in range(1, 5000):
        key = rng.getrandbits(64) or 1
        if rng.random() < 0.3 and reference:
            key = rng.choice(list(reference)[:50])      # a repeat: the first value is kept
        assert table.setdefault(key, n) == reference.setdefault(key, n)
    assert table.used == len(reference) and 2 * table.used <= len(table.keys)
