"""Tests for parse_many and its engine: order, failures, streaming, executors, dying workers."""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

import pytest

from dipmeet import Failure, Release, parse_file, parse_many
from dipmeet.batch import map_ordered

from .ministry import TITLE, ministry_page

HEAD = "日米外相会談\n平成26年7月29日\n"


@pytest.fixture
def mixed(tmp_path, sample):
    """Twelve inputs: releases (text, Shift_JIS page) between a missing, an empty, a binary file and a folder."""
    paths = []
    for index in range(12):
        path = tmp_path / f"{index:02d}.txt"
        kind = index % 6
        if kind == 0:
            path.write_text(sample, encoding="utf-8")
        elif kind == 1:
            path = path.with_suffix(".html")
            path.write_bytes(ministry_page(charset="Shift_JIS").encode("cp932"))
        elif kind == 2:
            pass  # missing
        elif kind == 3:
            path.write_bytes(b"")
        elif kind == 4:
            path.write_bytes(b"\x00\x01\x02binary")
        else:
            path = tmp_path / f"folder{index}"
            path.mkdir()
        paths.append(str(path))
    return paths


EXPECTED_ERRORS = {2: "FileNotFoundError", 3: "ReadError", 4: "ReadError", 5: "IsADirectoryError"}


def _check(paths, results):
    assert len(results) == len(paths)
    for index, (path, result) in enumerate(zip(paths, results, strict=True)):
        kind = index % 6
        if kind in EXPECTED_ERRORS:
            assert isinstance(result, Failure), path
            assert (result.source, result.error) == (path, EXPECTED_ERRORS[kind])
        else:
            assert isinstance(result, Release), path
            assert result.source == path
            assert result.title == ("日・カザフスタン外相会談" if kind == 0 else TITLE)


@pytest.mark.parametrize("jobs", [1, 2])
def test_results_in_input_order_failures_included(mixed, jobs):
    """Each input gives one result, in input order: a release, or a failure naming the error."""
    _check(mixed, list(parse_many(mixed, jobs=jobs, chunk_size=2)))


def test_workers_give_what_parse_file_gives(mixed):
    """A release from a worker equals the one parse_file gives here."""
    serial = [parse_file(path) for path in mixed[:2]]
    assert list(parse_many(mixed[:2], jobs=2, chunk_size=1)) == serial


def test_failure_messages_are_one_line(mixed):
    """Failure messages are short single lines without the path repeated."""
    failures = [r for r in parse_many(mixed, jobs=1) if isinstance(r, Failure)]
    assert [f.message for f in failures[:4]] == [
        "No such file or directory",
        "empty file",
        "binary file: a NUL byte at byte offset 0 (UTF-16 text needs a byte order mark)",
        "Is a directory",
    ]


def test_strict_failures(tmp_path):
    """Under strict, a release with error diagnostics is a ParseError failure."""
    path = tmp_path / "bad.txt"
    path.write_text(
        HEAD + "2月30日午後3時から約30分間、岸田外務大臣は、ケリー国務長官と会談を行いました。", encoding="utf-8"
    )
    (result,) = parse_many([path], jobs=1, strict=True)
    assert isinstance(result, Failure)
    assert result.error == "ParseError"
    assert isinstance(next(parse_many([path], jobs=1)), Release)


def test_paths_are_read_lazily(tmp_path, sample):
    """A generator of paths is read only a window ahead of the results taken: memory stays flat."""
    path = tmp_path / "r.txt"
    path.write_text(sample, encoding="utf-8")
    taken = 0

    def paths():
        nonlocal taken
        for _ in range(10_000):
            taken += 1
            yield path

    results = parse_many(paths(), jobs=2, chunk_size=4)
    assert isinstance(next(results), Release)
    assert taken <= 2 * 4 * 4 + 4  # workers x chunks in flight per worker x chunk size, and one chunk more
    results.close()  # the pool shuts down when the consumer stops early


@pytest.mark.parametrize(
    "make", [lambda: ThreadPoolExecutor(2), lambda: ProcessPoolExecutor(2)], ids=["threads", "processes"]
)
def test_any_executor(mixed, make):
    """A thread pool or a process pool the caller owns runs the same call; the caller's pool is left open."""
    with make() as executor:
        _check(mixed, list(parse_many(mixed, executor=executor, jobs=2, chunk_size=3)))
        assert executor.submit(len, "abc").result() == 3


def test_dask_distributed_executor(mixed):
    """Dask's distributed executor (a LocalCluster of two worker processes) runs the same call."""
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        distributed.Client(cluster) as client,
    ):
        _check(mixed, list(parse_many(mixed, executor=client.get_executor(), jobs=2, chunk_size=3)))


def _die_on_three(item: int) -> int:
    if item == 3:
        os._exit(1)  # a crash that takes the worker process down
    return item * 10


def _fail_on_three(item: int) -> int:
    if item == 3:
        msg = "no three"
        raise LookupError(msg)
    return item * 10


def test_dying_worker_loses_only_its_input():
    """A worker that dies is replaced; its chunk is retried item by item; only the culprit fails."""
    results = list(map_ordered(_die_on_three, range(8), jobs=2, chunk_size=2))
    assert results[:3] == [0, 10, 20] and results[4:] == [40, 50, 60, 70]
    assert isinstance(results[3], Failure)
    assert (results[3].source, results[3].error) == ("3", "BrokenProcessPool")


@pytest.mark.parametrize("jobs", [1, 2])
def test_exception_in_one_item_is_a_failure(jobs):
    """An unexpected exception for one item is that item's failure, with the exception's name and message."""
    results = list(map_ordered(_fail_on_three, range(5), jobs=jobs, chunk_size=2))
    assert results[:3] == [0, 10, 20] and results[4] == 40
    assert results[3] == Failure(source="3", error="LookupError", message="no three")


@pytest.mark.parametrize("arguments", [{"jobs": 0}, {"chunk_size": 0}])
def test_bad_arguments(arguments):
    """jobs and chunk_size below 1 are a ValueError."""
    with pytest.raises(ValueError, match="at least 1"):
        parse_many([], **arguments)
