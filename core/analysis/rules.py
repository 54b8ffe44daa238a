"""Named rules that compute a target's actual from the firm table.

A target names one of these and gives parameters (JSON); each parameter is checked against its type here, and
the SQL itself is fixed in ``db.analysis.RULE_SQL``. No free-form SQL ever comes from a database or a workbook.
A rule counts the firm list as it is today, so the analysis uses it only for today (never for an earlier
``--as-of``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from core.errors import ChainMapperError
from db import analysis as queries


class RuleError(ChainMapperError):
    """A target's rule is unknown or its parameters are wrong (code + facts: rule, param …)."""


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


def _params(params) -> dict:
    if params is None:
        return {}
    if isinstance(params, str):
        try:
            params = json.loads(params) if params.strip() else {}
        except json.JSONDecodeError as exc:
            raise RuleError("rule_params_json", reason=exc.msg) from None
    if not isinstance(params, dict):
        raise RuleError("rule_params_object")
    return params


def validate(name: str, params) -> dict:
    """Return clean parameters for ``name`` or raise :class:`RuleError`."""
    if name not in RULES:
        raise RuleError("rule_unknown", rule=name, known=", ".join(RULES))
    params = _params(params)
    spec = {p.name: p for p in RULES[name]}
    extra = sorted(set(params) - set(spec))
    if extra:
        raise RuleError("rule_param_unknown", rule=name, param=", ".join(extra))
    clean: dict = {}
    for p in spec.values():
        value = params.get(p.name)
        facts = {"rule": name, "param": p.name}
        if value is None:
            if p.required:
                raise RuleError("rule_param_missing", **facts)
            clean[p.name] = None
            continue
        if p.kind is str and not isinstance(value, str):
            raise RuleError("rule_param_text", **facts)
        if p.kind in (int, float):
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise RuleError("rule_param_number", **facts)
            if p.kind is int and int(value) != value:
                raise RuleError("rule_param_whole", **facts)
            value = p.kind(value)
            if p.name == "unit_scale" and value <= 0:
                raise RuleError("rule_param_positive", **facts)
        clean[p.name] = value
    return clean


def compute(db, name: str, params) -> float:
    return queries.run_rule(db, name, validate(name, params))
