"""Many files at once: in input order, streaming, in worker processes or on any executor.

:func:`parse_many` parses a stream of paths and yields, for each path in
order, a :class:`~dipmeet.model.Release` or a :class:`Failure`: one bad file
never stops the run, and every input appears in the output exactly once.

Work goes to the workers as *paths*, a few at a time, and comes back as
results; the parent holds only a small window of work in flight, so memory
stays flat however many paths there are, and the paths may be a generator.

- ``jobs=1``: in this process, one path after another.
- ``jobs=N`` (``None``: one per CPU): a :class:`~concurrent.futures.ProcessPoolExecutor`
  of ``N`` processes, made for the call and shut down after it. A worker
  process that dies (a crash in a C library, the memory killer) is replaced;
  the files it held are tried again one by one, and the one that kills a
  worker alone becomes a :class:`Failure`.
- ``executor=``: any :class:`concurrent.futures.Executor` you own, such as
  Dask's distributed executor for a cluster (install ``dipmeet[dask]``)::

      from distributed import Client

      with Client("scheduler-address:8786") as client:
          for result in dipmeet.parse_many(paths, executor=client.get_executor(), jobs=64):
              ...

  The paths must be readable where the workers run (a shared file system),
  and ``jobs`` then says how many workers to keep busy.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Final, TypeVar

import attrs

from .model import Release
from .parse import DEFAULT_MAX_SIZE
from .sources import parse_file

if TYPE_CHECKING:  # concurrent.futures loads logging and multiprocessing: only when a pool is made
    from concurrent.futures import Executor, Future

__all__ = ["Failure", "map_ordered", "parse_many"]

I = TypeVar("I")  # noqa: E741  # an input item
R = TypeVar("R")  # a result

DEFAULT_CHUNK_SIZE: Final = 16
"""How many paths go to a worker at a time: enough to make the hand-over cheap, few enough to spread the work."""
# Chunks in flight per worker: keeps every worker busy while one chunk is slow, and bounds memory.
_CHUNKS_PER_WORKER: Final = 4


@attrs.frozen(kw_only=True)
class Failure:
    """An input that gave no release, and why.

    Attributes:
        source: The path (or name) of the input, as given.
        error: The name of the exception: ``FileNotFoundError``,
            ``IsADirectoryError``, ``PermissionError``, ``ReadError`` (empty or
            binary), ``ParseError`` (strict mode, or over the size limit),
            ``BrokenProcessPool`` (the file killed its worker process), or
            that of an unexpected error in the parser; the command line adds
            ``NoReleases`` for a folder without release files.
        message: One line for a person.
    """

    source: str
    error: str
    message: str


def parse_many(
    paths: Iterable[str | os.PathLike[str]],
    *,
    jobs: int | None = None,
    executor: Executor | None = None,
    strict: bool = False,
    published: dt.date | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> Iterator[Release | Failure]:
    """Parse many release files (text or saved pages), yielding a result per path in input order.

    Each file goes through :func:`dipmeet.parse_file`; what would raise there
    (a missing file, an empty or binary one, a strict-mode failure) is a
    :class:`Failure` here.

    Args:
        paths: The files, in any iterable (a generator is read lazily).
        jobs: Worker processes to use: 1 for none (parse here), ``None`` for
            one per CPU. With ``executor``, how many of its workers to keep busy.
        executor: An executor to run on instead of a process pool of our own.
        strict: As for :func:`dipmeet.parse`.
        published: As for :func:`dipmeet.parse`, for every file.
        max_size: As for :func:`dipmeet.parse`.
        chunk_size: How many paths a worker takes at a time.

    Raises:
        ValueError: ``jobs`` or ``chunk_size`` is less than 1.
    """
    parse_one = functools.partial(parse_file, strict=strict, published=published, max_size=max_size)
    return map_ordered(parse_one, paths, jobs=jobs, executor=executor, chunk_size=chunk_size, name=_path_name)


def map_ordered(
    function: Callable[[I], R],
    items: Iterable[I],
    *,
    jobs: int | None = None,
    executor: Executor | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    name: Callable[[I], str] = str,
) -> Iterator[R | Failure]:
    """Apply ``function`` to each item in worker processes, yielding results in input order as they come.

    The engine of :func:`parse_many` and of the command line. ``function``
    and the items must pickle (a module-level function, or a
    :func:`functools.partial` of one). An exception raised for one item
    becomes a :class:`Failure` named by ``name(item)``.
    """
    workers = _workers(jobs)
    if chunk_size < 1:
        msg = f"chunk_size must be at least 1, got {chunk_size}"
        raise ValueError(msg)
    if executor is None and workers == 1:
        return (_apply(function, item, name) for item in items)
    return _map_pooled(function, items, executor, workers, chunk_size, name)


def _path_name(path: str | os.PathLike[str]) -> str:
    return os.fspath(path)


def _workers(jobs: int | None) -> int:
    if jobs is None:
        return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
    if jobs < 1:
        msg = f"jobs must be at least 1, got {jobs}"
        raise ValueError(msg)
    return jobs


def _map_pooled(
    function: Callable[[I], R],
    items: Iterable[I],
    executor: Executor | None,
    workers: int,
    chunk_size: int,
    name: Callable[[I], str],
) -> Iterator[R | Failure]:
    task = functools.partial(_apply_all, function, name=name)
    pending: deque[tuple[list[I], Future[list[R | Failure]]]] = deque()
    window = workers * _CHUNKS_PER_WORKER
    pool = _Pool(executor, workers)  # made on the first result asked for, closed when the last is taken
    try:
        for chunk in _chunks(items, chunk_size):
            pending.append((chunk, pool.submit(task, chunk)))
            if len(pending) >= window:
                yield from pool.collect(task, *pending.popleft(), name)
        while pending:
            yield from pool.collect(task, *pending.popleft(), name)
    finally:
        pool.close()


def _chunks(items: Iterable[I], size: int) -> Iterator[list[I]]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


class _Pool:
    """An executor to submit to: the caller's, or a process pool of our own that is replaced if it breaks."""

    def __init__(self, executor: Executor | None, workers: int) -> None:
        self.owned = executor is None
        self.workers = workers
        self.executor: Executor = executor if executor is not None else _process_pool(workers)

    def submit(self, task: Callable[[list[I]], list[R | Failure]], chunk: list[I]) -> Future[list[R | Failure]]:
        from concurrent.futures import BrokenExecutor

        try:
            return self.executor.submit(task, chunk)
        except BrokenExecutor:
            if not self.owned:
                raise
            self.renew()
            return self.executor.submit(task, chunk)

    def collect(
        self,
        task: Callable[[list[I]], list[R | Failure]],
        chunk: list[I],
        future: Future[list[R | Failure]],
        name: Callable[[I], str],
    ) -> list[R | Failure]:
        """The results of a chunk; if its worker died, each item tried alone in a fresh pool."""
        from concurrent.futures import BrokenExecutor

        try:
            return future.result()
        except BrokenExecutor as error:
            if not self.owned:
                return [_failure(name(item), error) for item in chunk]
            return [self._alone(task, item, name) for item in chunk]
        except Exception as error:  # the executor's own failure (pickling, a lost cluster worker)
            return [_failure(name(item), error) for item in chunk]

    def _alone(self, task: Callable[[list[I]], list[R | Failure]], item: I, name: Callable[[I], str]) -> R | Failure:
        from concurrent.futures import BrokenExecutor

        try:
            (result,) = self.submit(task, [item]).result()
        except BrokenExecutor as error:
            self.renew()
            message = f"a worker process died while reading this input ({error})"
            return Failure(source=name(item), error=type(error).__name__, message=message)
        return result

    def renew(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = _process_pool(self.workers)

    def close(self) -> None:
        if self.owned:
            self.executor.shutdown(wait=True, cancel_futures=True)


def _process_pool(workers: int) -> Executor:
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(workers)


def _apply_all(function: Callable[[I], R], chunk: list[I], *, name: Callable[[I], str]) -> list[R | Failure]:
    return [_apply(function, item, name) for item in chunk]


def _apply(function: Callable[[I], R], item: I, name: Callable[[I], str]) -> R | Failure:
    try:
        return function(item)
    except Exception as error:  # one bad input never stops the run
        return _failure(name(item), error)


def _failure(source: str, error: BaseException) -> Failure:
    message = " ".join(str(error).split()) or type(error).__name__
    if isinstance(error, OSError) and error.strerror:
        message = error.strerror  # without the path, which the failure already names
    return Failure(source=source, error=type(error).__name__, message=message)
