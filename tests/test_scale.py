"""Streaming, parallel and Dask scoring give exactly the serial results, in input order."""

import json

import pandas as pd
import pytest

from framing import Article, read_corpus
from framing.parallel import resolve_jobs, score_corpus, to_json_line
from framing.profile import profile_outlets


@pytest.fixture(scope="module")
def corpus():
    seeds = list(read_corpus("seeds"))
    items = []
    for k in range(12):                                  # 60 articles, 5 outlets, 3 days
        for a in seeds:
            items.append(Article(id=f"{a.id}-{k}", text=a.text, outlet=a.outlet,
                                 date=f"2024-11-{28 + k % 3}"))
    return items


def test_parallel_equals_serial_in_input_order(corpus):
    serial = list(score_corpus(corpus, n_jobs=1, transform=to_json_line))
    parallel = list(score_corpus(corpus, n_jobs=2, transform=to_json_line, chunksize=4))
    assert parallel == serial
    assert [json.loads(line)["id"] for line in parallel] == [a.id for a in corpus]


def test_resolve_jobs():
    assert resolve_jobs(None) == 1 and resolve_jobs(2) == 2 and resolve_jobs(-1) >= 1
    assert resolve_jobs("auto") == resolve_jobs(-1)


def test_auto_jobs_start_a_pool_only_for_inputs_of_more_than_two_chunks(corpus, monkeypatch):
    import multiprocessing

    import framing.parallel as parallel

    pools = []
    real = multiprocessing.get_context

    def counting(method):
        context = real(method)

        class Counting:
            def Pool(self, *args, **kwargs):
                pools.append(args)
                return context.Pool(*args, **kwargs)
        return Counting()

    monkeypatch.setattr(parallel.multiprocessing, "get_context", counting)
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    serial = list(score_corpus(corpus, n_jobs=1, transform=to_json_line))
    assert list(score_corpus(corpus[:8], n_jobs="auto", transform=to_json_line, chunksize=4)) == serial[:8]
    assert pools == []                                   # 8 articles = two chunks: no pool
    assert list(score_corpus(corpus, n_jobs="auto", transform=to_json_line, chunksize=4)) == serial
    assert len(pools) == 1 and pools[0][0] == 2


def test_cli_jobs_and_parquet(tmp_path, capsys):
    from framing.cli import main

    assert main(["score", "seeds", "--jobs", "2", "--no-readability"]) == 0
    two = capsys.readouterr().out
    assert main(["score", "seeds", "--no-readability"]) == 0
    assert capsys.readouterr().out == two
    out = tmp_path / "m.parquet"
    assert main(["score", "seeds", "--format", "parquet", "--out", str(out), "--no-readability", "--quiet"]) == 0
    table = pd.read_parquet(out)
    assert len(table) == 5 and table.loc[0, "tokens"] == 464


def test_dask_on_a_local_cluster_equals_serial(corpus, scorer):
    dd = pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("distributed")
    from framing.scale import profile_dask, score_dataframe

    frame = pd.DataFrame({"id": [a.id for a in corpus], "text": [a.text for a in corpus],
                          "outlet": [a.outlet for a in corpus], "date": [a.date for a in corpus]})
    ddf = dd.from_pandas(frame, npartitions=4)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            distributed.Client(cluster):
        measures = score_dataframe(ddf, study="syria-2024").compute()
        profile = profile_dask(ddf, study="syria-2024", n_boot=200, seed=1)
    serial = [scorer.score(a) for a in corpus]
    assert measures["id"].tolist() == [s.article.id for s in serial]
    assert measures["tokens"].tolist() == [s.measures["tokens"] for s in serial]
    jihadist = measures["labels.opposition.jihadist.share"].tolist()
    assert jihadist == pytest.approx([s.measures["labels.opposition.jihadist.share"] for s in serial])
    pd.testing.assert_frame_equal(profile, profile_outlets(serial, n_boot=200, seed=1))
