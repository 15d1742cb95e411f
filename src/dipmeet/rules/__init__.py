"""Rule tables: named patterns and what they mean, applied by short generic code.

A :class:`Rule` pairs a compiled pattern with its meaning. The tables in
:mod:`dipmeet.rules.ja` and :mod:`dipmeet.rules.en` are data; the functions
here apply them and know no Japanese or English. In every table, order is
meaning: where rules compete, the first one listed wins (specific before
general), as in ja-timex's taggers.
"""

from __future__ import annotations

from ._analysis import last_characters
from ._quick import holds_any
from ._search import (
    all_hits,
    derived,
    first_hit,
    hit_matches,
    hit_spans,
    last_hit,
    matches_by_end,
    rules_at,
    scan,
)
from ._table import Hit, Rule, RuleTable, compile_rules, unique_table

__all__ = [
    "Hit",
    "Rule",
    "RuleTable",
    "all_hits",
    "compile_rules",
    "derived",
    "first_hit",
    "hit_matches",
    "hit_spans",
    "holds_any",
    "last_characters",
    "last_hit",
    "matches_by_end",
    "rules_at",
    "scan",
    "unique_table",
]
