"""What a gap listing or a report covers: plan codes and top-layer keys, checked against the data (users
add plans and layers, so the lists come from the database, never from the code)."""

from __future__ import annotations

from core.errors import ChainMapperError
from db import analysis as queries
from db import coverage as coverage_queries


class ScopeError(ChainMapperError):
    """A plan code or layer key that is not in the data. Facts: ``codes``/``keys`` and ``known``."""


def layer_keys(db) -> list[str]:
    """The keys of the top layers (机器脑 / 机器肢 / 机器体 in the default dataset), in their order."""
    return [row["key"] for row in coverage_queries.layer_rows(db) if row["parent_id"] is None and row["key"]]


def check(db, *, plan_codes=None, layer_keys_asked=None) -> None:
    """Raise :class:`ScopeError` for the first plan code or layer key the data does not hold."""
    if plan_codes:
        known = queries.plan_codes(db)
        unknown = [c for c in dict.fromkeys(plan_codes) if c not in known]
        if unknown:
            raise ScopeError("plan_unknown", codes=", ".join(unknown), known=", ".join(known) or "—")
    if layer_keys_asked:
        known = layer_keys(db)
        unknown = [k for k in dict.fromkeys(layer_keys_asked) if k not in known]
        if unknown:
            raise ScopeError("layer_unknown", keys=", ".join(unknown), known=", ".join(known) or "—")
