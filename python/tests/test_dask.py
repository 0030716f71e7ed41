"""Past one machine: parse_many over JSON Lines shards on a Dask distributed
LocalCluster (two worker processes); the results equal the sequential ones.
Skipped with a message when dask[distributed] is not installed (CI installs it)."""

import json
from pathlib import Path

import pytest
import wirecopy
from conftest import FIXTURES, PORTALS

pytestmark = pytest.mark.dask

distributed = pytest.importorskip(
    "distributed", reason="dask[distributed] is not installed: the cluster test is skipped"
)
dask_bag = pytest.importorskip("dask.bag", reason="dask is not installed")


def corpus() -> list:
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    if PORTALS.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(PORTALS.glob("*.txt"))]
    texts.insert(3, "")  # not an article: a ParseError in place
    texts.insert(7, "   \n")
    return texts * 5


def write_shards(dir: Path, texts: list, n: int) -> list:
    paths = []
    for i in range(n):
        path = dir / f"shard-{i:02}.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for j, t in enumerate(texts[i::n]):
                f.write(json.dumps({"id": f"{i}-{j}", "text": t}) + "\n")
        paths.append(path)
    return paths


def comparable(results: list) -> list:
    return [
        ("error", str(r), r.offset, r.line, r.column)
        if isinstance(r, wirecopy.ParseError)
        else ("article", r.to_json())
        for r in results
    ]


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    with LocalCluster(
        n_workers=2,
        processes=True,
        threads_per_worker=1,
        dashboard_address=None,
        host="127.0.0.1",
    ) as cluster, Client(cluster) as c:
        yield c


def test_parse_many_on_shards_equals_sequential(client, tmp_path: Path) -> None:
    texts = corpus()
    shards = write_shards(tmp_path, texts, 4)

    def parse_shard(path: str) -> list:
        with open(path, encoding="utf-8") as f:
            items = [json.loads(line)["text"] for line in f]
        return wirecopy.parse_many(items, threads=1)

    futures = client.map(parse_shard, [str(p) for p in shards])
    per_shard = client.gather(futures)
    # Both workers took part, and every result came back (pickled).
    assert len(per_shard) == 4
    got = [r for results in per_shard for r in results]
    want = []
    for path in shards:
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line)["text"]
            try:
                want.append(wirecopy.parse(text))
            except wirecopy.ParseError as e:
                want.append(e)
    assert comparable(got) == comparable(want)
    assert sum(isinstance(r, wirecopy.ParseError) for r in got) == 10
    assert sum(isinstance(r, wirecopy.Article) for r in got) == len(texts) - 10


def test_dask_bag_map_partitions(client, tmp_path: Path) -> None:
    texts = corpus()
    shards = write_shards(tmp_path, texts, 3)
    bag = dask_bag.read_text([str(p) for p in shards]).map(json.loads).pluck("text")
    dicts = (
        bag.map_partitions(wirecopy.parse_many, threads=1)
        .filter(lambda r: isinstance(r, wirecopy.Article))
        .map(lambda a: a.to_dict())
        .compute()
    )
    want = [
        wirecopy.parse(json.loads(line)["text"]).to_dict()
        for p in shards
        for line in p.read_text(encoding="utf-8").splitlines()
        if json.loads(line)["text"].strip()
    ]
    assert dicts == want
