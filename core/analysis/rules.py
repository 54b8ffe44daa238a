"""Named rules that compute a target's actual from the firm table.

A target names one of these and gives parameters (JSON); each parameter is checked against its type here, and
the SQL itself is fixed in ``db.queries.RULE_SQL``. No free-form SQL ever comes from a database or a workbook.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from db import queries


class RuleError(ValueError):
    """A target's rule is unknown or its parameters are wrong; the message says which and why."""


@dataclass(frozen=True)
class Param:
    name: str
    kind: type
    required: bool = False


RULES: dict[str, tuple[Param, ...]] = {
    "firms_in_cluster": (Param("district", str), Param("role", str)),
    "firms_with_role": (Param("role", str, True), Param("district", str)),
    "firms_valued_at_least": (Param("min_cny", float, True), Param("joined_since", int)),
    "firms_revenue_at_least": (Param("min_cny", float, True), Param("joined_since", int)),
    "sum_revenue": (Param("unit_scale", float, True), Param("role", str)),
}

RULE_DESCRIPTIONS = {
    "firms_in_cluster": "firms with a cluster join year (optionally one district / role)",
    "firms_with_role": "firms of one role (optionally one district)",
    "firms_valued_at_least": "firms valued at least min_cny 元 (optionally joined since a year)",
    "firms_revenue_at_least": "firms with revenue of at least min_cny 元 (optionally joined since a year)",
    "sum_revenue": "total revenue divided by unit_scale (1e8 gives 亿元)",
}


def validate(name: str, params) -> dict:
    """Return clean parameters for ``name`` or raise :class:`RuleError`."""
    if name not in RULES:
        raise RuleError(f"unknown rule {name!r}; known rules: {', '.join(RULES)}")
    if params is None:
        params = {}
    if isinstance(params, str):
        try:
            params = json.loads(params) if params.strip() else {}
        except json.JSONDecodeError as exc:
            raise RuleError(f"rule parameters are not valid JSON ({exc.msg})") from None
    if not isinstance(params, dict):
        raise RuleError("rule parameters must be a JSON object")
    spec = {p.name: p for p in RULES[name]}
    extra = set(params) - set(spec)
    if extra:
        raise RuleError(f"rule {name} has no parameter {', '.join(sorted(extra))}")
    clean: dict = {}
    for p in spec.values():
        value = params.get(p.name)
        if value is None:
            if p.required:
                raise RuleError(f"rule {name} needs parameter {p.name}")
            clean[p.name] = None
            continue
        if p.kind is str and not isinstance(value, str):
            raise RuleError(f"rule {name}: {p.name} must be text")
        if p.kind in (int, float):
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise RuleError(f"rule {name}: {p.name} must be a number")
            if p.kind is int and int(value) != value:
                raise RuleError(f"rule {name}: {p.name} must be a whole number")
            value = p.kind(value)
            if p.name == "unit_scale" and value <= 0:
                raise RuleError(f"rule {name}: unit_scale must be positive")
        clean[p.name] = value
    return clean


def compute(db, name: str, params) -> float:
    return queries.run_rule(db, name, validate(name, params))
