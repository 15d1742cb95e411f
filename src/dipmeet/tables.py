"""Releases as flat tables, for pandas, R or a database: rows, data frames, CSV and Parquet files.

:func:`tables` turns releases (and the failures of :func:`dipmeet.parse_many`)
into one list of rows per table; :func:`release_rows` does it for one release,
so that rows can be written as they come (:func:`write_tables`); and
:func:`to_pandas` makes typed data frames (install ``dipmeet[pandas]``).
``dipmeet export`` writes every table to a folder, as CSV or as Parquet
(install ``dipmeet[parquet]``).

Every row carries ``release_id``, the position of its release in the input
(0 for the first file, failures included, so ids follow the input order), and
rows about a meeting carry ``meeting``, the meeting's position in its release:
join on ``(release_id, meeting)``. Items (statements, agreements and
discussions) are numbered together by ``item``, their order within the
meeting, so that the three tables interleave back into the readout; amounts
join to them on ``(release_id, meeting, item)``. ``speaker`` in statements is
a ``participant`` number in the participants table.

Values are text, whole numbers, true/false, dates (``YYYY-MM-DD``) and times
(``HH:MM``, local time of the meeting, kept as text). An empty value means the
release did not say. Lists (acts, formats, topics, parties, instruments) are
joined with ``;``. Offsets (``span_start``, ``span_end``) are character
offsets into the text parsed (see :func:`dipmeet.read_file`).

**releases**: one row per release.

======================  ======  ==============================================================
column                  type    meaning
======================  ======  ==============================================================
release_id              int     Position of the release in the input.
source                  text    Where it came from (the path), if known.
title                   text    The headline.
subtitle                text    A bracketed line under the headline ((概要)).
published               date    The date line.
language                text    ``ja`` or ``en``.
meetings                int     How many meetings it reports.
errors                  int     How many ``error`` diagnostics it has.
warnings                int     How many ``warning`` diagnostics it has.
======================  ======  ==============================================================

**meetings**: one row per meeting.

======================  ======  ==============================================================
column                  type    meaning
======================  ======  ==============================================================
release_id              int     The release.
meeting                 int     Position of the meeting in the release.
date                    date    The local date of the meeting.
start                   time    The local start time.
end                     time    The local end time (may be past midnight, before ``start``).
duration_minutes        int     The stated length, else ``end - start``.
approximate_start       bool    The start time is approximate (頃, "around").
approximate_end         bool    The end time is approximate.
approximate_duration    bool    The duration is approximate (約).
time_zone               text    The time zone as written (現地時間), if any.
japan_date              date    The date in Japan time, where given.
japan_start             time    The start in Japan time, where given.
weekday                 int     The weekday written beside the date (0 = Monday).
formats                 text    What took place: ``talks;dinner``, ``telephone``...
level                   text    ``summit``, ``foreign_ministers``... (the Japanese side's rank).
venue                   text    A named building or place.
topics                  text    What the opening says was discussed.
participants            int     How many participants (attendees included).
span_start              int     Where the opening paragraph starts.
span_end                int     Where it ends.
======================  ======  ==============================================================

**participants**: one row per participant of a meeting.

======================  ======  ==============================================================
column                  type    meaning
======================  ======  ==============================================================
release_id              int     The release.
meeting                 int     The meeting.
participant             int     Position in the meeting's participants (main ones first).
name                    text    The name as printed.
title                   text    The title as printed (外務大臣).
country                 text    The country as printed or inferred.
side                    text    ``japan``, ``counterpart`` or ``other``.
name_en                 text    The name from a parenthesised English form.
title_en                text    The title from a parenthesised English form.
group                   text    The label of a group participant (参加国首脳).
visit                   text    The circumstances of a visit (外務省賓客として訪日中).
attendee                bool    Listed as attending (同席者) rather than a main participant.
span_start              int     Where the participant is first named.
span_end                int     Where that mention ends.
======================  ======  ==============================================================

**statements**: one row per statement (a sentence or clause said by one side).

======================  ======  ==============================================================
column                  type    meaning
======================  ======  ==============================================================
release_id              int     The release.
meeting                 int     The meeting.
item                    int     Position among the meeting's items (all three kinds).
section                 int     Position of its section in the meeting (depth first).
heading_path            text    The headings from the top section down, joined by ``" > "``.
marker_path             text    The section numbering from the top down (``2 > (1)``).
speaker                 int     The speaker's ``participant`` number, if resolved.
speaker_name            text    The speaker's name.
speaker_title           text    The speaker's title.
speaker_country         text    The speaker's country.
speaker_side            text    ``japan``, ``counterpart`` or ``other``.
acts                    text    The speech acts, in order: ``welcomed;hoped``.
text                    text    The verbatim clause.
instruments             text    Named instruments mentioned.
amounts                 int     How many amounts of money it mentions (see **amounts**).
truncated               bool    The release breaks off inside it.
span_start              int     Where the clause starts.
span_end                int     Where it ends.
======================  ======  ==============================================================

**agreements**: one row per agreement (both sides agree, confirm or share a
view). Columns as in statements, without the speaker and acts, and with:

======================  ======  ==============================================================
column                  type    meaning
======================  ======  ==============================================================
kind                    text    ``agreed``, ``confirmed`` or ``shared_view``.
parties                 text    Who took part: names (or titles, or group labels).
======================  ======  ==============================================================

**discussions**: one row per joint act that is not an agreement (an exchange
of views): the columns of agreements without ``kind``.

**amounts**: one row per amount of money mentioned in an item.

======================  ======  ==============================================================
column                  type    meaning
======================  ======  ==============================================================
release_id              int     The release.
meeting                 int     The meeting.
item                    int     The item that mentions it.
amount                  int     Position among the item's amounts.
value                   int     The amount in whole units of the currency.
currency                text    ISO 4217 code (``JPY``).
approximate             bool    Written as approximate (約).
kind                    text    The kind of aid or finance named with it (円借款).
text                    text    The amount as written.
span_start              int     Where it is written.
span_end                int     Where it ends.
======================  ======  ==============================================================

**documents**: one row per document the release issues or refers to.

======================  ======  ==============================================================
column                  type    meaning
======================  ======  ==============================================================
release_id              int     The release.
document                int     Position among the release's documents.
title                   text    The document's title.
kind                    text    ``joint_statement``, ``joint_press_statement``...
span_start              int     Where the title is written.
span_end                int     Where it ends.
======================  ======  ==============================================================

**diagnostics**: one row per diagnostic of a release.

======================  ======  ==============================================================
column                  type    meaning
======================  ======  ==============================================================
release_id              int     The release.
diagnostic              int     Position among the release's diagnostics.
kind                    text    What it is about (``noise_line``, ``decoding``...).
severity                text    ``info``, ``warning`` or ``error``.
message                 text    A sentence for a person.
rule                    text    The rule that raised it, where one did.
span_start              int     Where it applies, if somewhere in particular.
span_end                int     Where that ends.
======================  ======  ==============================================================

**failures**: one row per input that gave no release.

======================  ======  ==============================================================
column                  type    meaning
======================  ======  ==============================================================
release_id              int     Position of the input.
source                  text    The path as given.
error                   text    The exception's name (``FileNotFoundError``, ``ReadError``...).
message                 text    One line for a person.
======================  ======  ==============================================================
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Final, Literal

from .batch import Failure
from .model import (
    Agreement,
    Amount,
    Discussion,
    Item,
    Meeting,
    Participant,
    Release,
    Section,
    Severity,
    Span,
    Statement,
)
from .serialize import unstructure

if TYPE_CHECKING:
    import pandas

__all__ = ["TABLE_COLUMNS", "Row", "Value", "release_rows", "tables", "to_pandas", "write_tables"]

Value = str | int | bool | dt.date | None
"""A cell: text, a whole number, true/false, a date, or None where the release did not say."""
Row = dict[str, Value]
"""A row: column name to value, in the order of :data:`TABLE_COLUMNS`."""

_ITEM_COLUMNS: Final = {
    "release_id": "int",
    "meeting": "int",
    "item": "int",
    "section": "int",
    "heading_path": "str",
    "marker_path": "str",
}
_ITEM_TAIL: Final = {
    "text": "str",
    "instruments": "str",
    "amounts": "int",
    "truncated": "bool",
    "span_start": "int",
    "span_end": "int",
}
_SPAN: Final = {"span_start": "int", "span_end": "int"}

TABLE_COLUMNS: Final[dict[str, dict[str, str]]] = {
    "releases": {
        "release_id": "int",
        "source": "str",
        "title": "str",
        "subtitle": "str",
        "published": "date",
        "language": "str",
        "meetings": "int",
        "errors": "int",
        "warnings": "int",
    },
    "meetings": {
        "release_id": "int",
        "meeting": "int",
        "date": "date",
        "start": "time",
        "end": "time",
        "duration_minutes": "int",
        "approximate_start": "bool",
        "approximate_end": "bool",
        "approximate_duration": "bool",
        "time_zone": "str",
        "japan_date": "date",
        "japan_start": "time",
        "weekday": "int",
        "formats": "str",
        "level": "str",
        "venue": "str",
        "topics": "str",
        "participants": "int",
        **_SPAN,
    },
    "participants": {
        "release_id": "int",
        "meeting": "int",
        "participant": "int",
        "name": "str",
        "title": "str",
        "country": "str",
        "side": "str",
        "name_en": "str",
        "title_en": "str",
        "group": "str",
        "visit": "str",
        "attendee": "bool",
        **_SPAN,
    },
    "statements": {
        **_ITEM_COLUMNS,
        "speaker": "int",
        "speaker_name": "str",
        "speaker_title": "str",
        "speaker_country": "str",
        "speaker_side": "str",
        "acts": "str",
        **_ITEM_TAIL,
    },
    "agreements": {**_ITEM_COLUMNS, "kind": "str", "parties": "str", **_ITEM_TAIL},
    "discussions": {**_ITEM_COLUMNS, "parties": "str", **_ITEM_TAIL},
    "amounts": {
        "release_id": "int",
        "meeting": "int",
        "item": "int",
        "amount": "int",
        "value": "int",
        "currency": "str",
        "approximate": "bool",
        "kind": "str",
        "text": "str",
        **_SPAN,
    },
    "documents": {"release_id": "int", "document": "int", "title": "str", "kind": "str", **_SPAN},
    "diagnostics": {
        "release_id": "int",
        "diagnostic": "int",
        "kind": "str",
        "severity": "str",
        "message": "str",
        "rule": "str",
        **_SPAN,
    },
    "failures": {"release_id": "int", "source": "str", "error": "str", "message": "str"},
}
"""Each table's columns and their types (``int``, ``str``, ``bool``, ``date``, ``time``), in order."""

_JOIN: Final = ";"
_PATH: Final = " > "
# Rows of one table buffered before a Parquet row group is written.
_PARQUET_BATCH: Final = 50_000


def tables(results: Iterable[Release | Failure]) -> dict[str, list[Row]]:
    """Flatten releases (and failures) into rows, one list per table; ids are input positions.

    >>> import dipmeet
    >>> rows = tables([dipmeet.parse("日米外相会談\\n平成26年7月29日\\n")])
    >>> rows["releases"][0]["title"], rows["releases"][0]["published"]
    ('日米外相会談', datetime.date(2014, 7, 29))
    """
    collected: dict[str, list[Row]] = {name: [] for name in TABLE_COLUMNS}
    for release_id, result in enumerate(results):
        for name, rows in release_rows(result, release_id).items():
            collected[name].extend(rows)
    return collected


def release_rows(result: Release | Failure, release_id: int) -> dict[str, list[Row]]:
    """The rows of every table for one release (or one failure), keyed by ``release_id``."""
    rows: dict[str, list[Row]] = {name: [] for name in TABLE_COLUMNS}
    if isinstance(result, Failure):
        failure: Row = {"release_id": release_id, "source": result.source, "error": result.error}
        rows["failures"].append({**failure, "message": result.message})
        return rows
    rows["releases"].append(_release_row(result, release_id))
    for index, meeting in enumerate(result.meetings):
        _meeting_rows(rows, meeting, {"release_id": release_id, "meeting": index})
    for index, document in enumerate(result.documents):
        head: Row = {"release_id": release_id, "document": index, "title": document.title}
        rows["documents"].append({**head, "kind": document.kind.value, **_span(document.span)})
    for index, diagnostic in enumerate(result.diagnostics):
        rows["diagnostics"].append(
            {
                "release_id": release_id,
                "diagnostic": index,
                "kind": diagnostic.kind.value,
                "severity": diagnostic.severity.value,
                "message": diagnostic.message,
                "rule": diagnostic.rule,
                **_span(diagnostic.span),
            }
        )
    return rows


def _release_row(release: Release, release_id: int) -> Row:
    severities = [d.severity for d in release.diagnostics]
    return {
        "release_id": release_id,
        "source": release.source,
        "title": release.title,
        "subtitle": release.subtitle,
        "published": release.published,
        "language": release.language.value,
        "meetings": len(release.meetings),
        "errors": severities.count(Severity.ERROR),
        "warnings": severities.count(Severity.WARNING),
    }


def _meeting_rows(rows: dict[str, list[Row]], meeting: Meeting, key: Row) -> None:
    rows["meetings"].append(
        {
            **key,
            "date": meeting.date,
            "start": _time(meeting.start),
            "end": _time(meeting.end),
            "duration_minutes": meeting.duration_minutes,
            "approximate_start": meeting.approximate.start,
            "approximate_end": meeting.approximate.end,
            "approximate_duration": meeting.approximate.duration,
            "time_zone": meeting.time_zone,
            "japan_date": meeting.japan_date,
            "japan_start": _time(meeting.japan_start),
            "weekday": meeting.weekday,
            "formats": _joined(f.value for f in meeting.formats),
            "level": meeting.level.value if meeting.level else None,
            "venue": meeting.venue,
            "topics": _joined(meeting.topics),
            "participants": len(meeting.participants),
            **_span(meeting.span),
        }
    )
    for index, person in enumerate(meeting.participants):
        rows["participants"].append(
            {
                **key,
                "participant": index,
                "name": person.name,
                "title": person.title,
                "country": person.country,
                "side": person.side.value,
                "name_en": person.name_en,
                "title_en": person.title_en,
                "group": person.group,
                "visit": person.visit,
                "attendee": person.attendee,
                **_span(person.span),
            }
        )
    for number, (section_number, headings, markers, item) in enumerate(_items(meeting.sections)):
        place: Row = {
            **key,
            "item": number,
            "section": section_number,
            "heading_path": _PATH.join(headings) or None,
            "marker_path": _PATH.join(markers) or None,
        }
        _item_row(rows, place, item, meeting.participants)
        for index, amount in enumerate(item.amounts):
            rows["amounts"].append(_amount_row(amount, {**key, "item": number, "amount": index}))


def _items(sections: tuple[Section, ...]) -> Iterator[tuple[int, list[str], list[str], Item]]:
    """Every item of a meeting in text order, with its section's number and heading and marker paths."""
    stack: list[tuple[Section, list[str], list[str]]] = [(section, [], []) for section in reversed(sections)]
    number = 0
    while stack:
        section, headings, markers = stack.pop()
        headings = [*headings, section.heading] if section.heading else headings
        markers = [*markers, section.marker] if section.marker else markers
        for item in section.items:
            yield number, headings, markers, item
        number += 1
        stack.extend((child, headings, markers) for child in reversed(section.sections))


def _item_row(rows: dict[str, list[Row]], place: Row, item: Item, participants: tuple[Participant, ...]) -> None:
    tail: Row = {
        "text": item.text,
        "instruments": _joined(i.name for i in item.instruments),
        "amounts": len(item.amounts),
        "truncated": item.truncated,
        **_span(item.span),
    }
    if isinstance(item, Statement):
        speaker = item.speaker
        rows["statements"].append(
            {
                **place,
                "speaker": participants.index(speaker) if speaker in participants else None,
                "speaker_name": speaker.name if speaker else None,
                "speaker_title": speaker.title if speaker else None,
                "speaker_country": speaker.country if speaker else None,
                "speaker_side": speaker.side.value if speaker else None,
                "acts": _joined(a.value for a in item.acts),
                **tail,
            }
        )
    elif isinstance(item, Agreement):
        rows["agreements"].append({**place, "kind": item.kind.value, "parties": _parties(item.parties), **tail})
    elif isinstance(item, Discussion):
        rows["discussions"].append({**place, "parties": _parties(item.parties), **tail})


def _amount_row(amount: Amount, key: Row) -> Row:
    return {
        **key,
        "value": amount.value,
        "currency": amount.currency,
        "approximate": amount.approximate,
        "kind": amount.kind,
        "text": amount.text,
        **_span(amount.span),
    }


def _parties(parties: tuple[Participant, ...]) -> str | None:
    return _joined(p.name or p.title or p.group or "?" for p in parties)


def _joined(values: Iterable[str]) -> str | None:
    return _JOIN.join(values) or None


def _time(value: dt.time | None) -> str | None:
    return str(unstructure(value)) if value is not None else None  # HH:MM, as in the JSON


def _span(span: Span | None) -> Row:
    return {"span_start": span.start if span else None, "span_end": span.end if span else None}


def to_pandas(rows: dict[str, list[Row]]) -> dict[str, pandas.DataFrame]:
    """Make a typed data frame of each table (``pip install 'dipmeet[pandas]'``).

    Columns get pandas' nullable types: ``Int64``, ``boolean``, ``string``;
    dates become ``datetime64`` (missing: ``NaT``), times stay ``HH:MM`` text.

    Raises:
        ImportError: pandas is not installed.
    """
    import pandas

    frames = {}
    for name, columns in TABLE_COLUMNS.items():
        frame = pandas.DataFrame.from_records(rows.get(name, []), columns=list(columns))
        frames[name] = frame.astype({column: _PANDAS_TYPES[kind] for column, kind in columns.items()})
    return frames


_PANDAS_TYPES: Final = {
    "int": "Int64",
    "str": "string",
    "bool": "boolean",
    "date": "datetime64[s]",
    "time": "string",
}


def write_tables(
    batches: Iterable[dict[str, list[Row]]],
    directory: str | os.PathLike[str],
    *,
    to: Literal["csv", "parquet"] = "csv",
) -> dict[str, Path]:
    """Write every table to ``directory`` as ``<table>.csv`` or ``<table>.parquet``, streaming.

    ``batches`` are row dicts as :func:`release_rows` (or :func:`tables`)
    gives them; each is written as it comes, so memory stays flat. Every table
    gets a file, with its header even when it has no rows. CSV is UTF-8 with a
    header line, empty cells for missing values and ``true``/``false``;
    Parquet (``pip install 'dipmeet[parquet]'``) has a typed schema (``int64``,
    ``string``, ``bool``, ``date32``; times as ``HH:MM`` strings).

    Returns:
        The path of each table's file.

    Raises:
        OSError: the folder or a file cannot be written.
        ImportError: Parquet was asked for and pyarrow is not installed.
    """
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    if to == "parquet":
        return _write_parquet(batches, folder)
    if to == "csv":
        return _write_csv(batches, folder)
    msg = f"unknown table format {to!r}: use 'csv' or 'parquet'"
    raise ValueError(msg)


def _write_csv(batches: Iterable[dict[str, list[Row]]], folder: Path) -> dict[str, Path]:
    import csv

    paths = {name: folder / f"{name}.csv" for name in TABLE_COLUMNS}
    handles = {name: open(path, "w", encoding="utf-8", newline="") for name, path in paths.items()}  # noqa: SIM115
    try:
        writers = {name: csv.writer(handle) for name, handle in handles.items()}
        for name, writer in writers.items():
            writer.writerow(TABLE_COLUMNS[name])
        for batch in batches:
            for name, rows in batch.items():
                columns = TABLE_COLUMNS[name]
                writers[name].writerows([_csv_cell(row.get(column)) for column in columns] for row in rows)
    finally:
        for handle in handles.values():
            handle.close()
    return paths


def _csv_cell(value: Value) -> str | int:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _write_parquet(batches: Iterable[dict[str, list[Row]]], folder: Path) -> dict[str, Path]:
    import pyarrow
    import pyarrow.parquet

    kinds = {"int": pyarrow.int64(), "str": pyarrow.string(), "bool": pyarrow.bool_(), "date": pyarrow.date32()}
    kinds["time"] = pyarrow.string()
    schemas = {
        name: pyarrow.schema([(column, kinds[kind]) for column, kind in columns.items()])
        for name, columns in TABLE_COLUMNS.items()
    }
    paths = {name: folder / f"{name}.parquet" for name in TABLE_COLUMNS}
    writers = {name: pyarrow.parquet.ParquetWriter(paths[name], schemas[name]) for name in TABLE_COLUMNS}
    buffers: dict[str, list[Row]] = {name: [] for name in TABLE_COLUMNS}

    def flush(name: str) -> None:
        writers[name].write_table(pyarrow.Table.from_pylist(buffers[name], schema=schemas[name]))
        buffers[name].clear()

    try:
        for batch in batches:
            for name, rows in batch.items():
                buffers[name].extend(rows)
                if len(buffers[name]) >= _PARQUET_BATCH:
                    flush(name)
        for name in TABLE_COLUMNS:
            flush(name)
    finally:
        for writer in writers.values():
            writer.close()
    return paths
