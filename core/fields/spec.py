"""What each table planners edit looks like: its columns, their kinds, limits, choices and references.

Qt-free and language-free: names come from core.vocabulary, parsing from core.fields.parse. The importer,
exporter, editor and dataset loader read the same specs, so a column is described once. The limits match the
schema's CHECK constraints (tests/test_fields.py compares them), which stay as the last guard.
"""

from __future__ import annotations

from dataclasses import dataclass

from core import vocabulary
from db import schema

TEXT_LIMIT = 32_767  # Excel's cell limit: longer text could not be exported without being cut


@dataclass(frozen=True)
class Column:
    name: str
    kind: str = "text"  # text, longtext, int, year, money, number, choice, ref, bool, date, period, credit_code, json
    required: bool = False
    choices: tuple[str, ...] = ()
    ref: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    editable: bool = True
    width: int = 120  # default column width in pixels
    choice_set: str | None = None  # the vocabulary set naming the choices
    units: tuple[str, ...] = ()  # base units a number may be written in (人, 家); 'ratio' reads 95% as 0.95
    partner: str | None = None  # a period's precision column (as_of -> as_of_precision)


def _c(name, kind="text", **kw) -> Column:
    return Column(name, kind, **kw)


def _choice(table: str, name: str, values: tuple[str, ...], **kw) -> Column:
    return Column(name, "choice", choices=values, choice_set=vocabulary.choice_set_of(table, name), **kw)


TABLES: dict[str, tuple[Column, ...]] = {
    "firms": (
        _c("name_zh", required=True, width=260), _c("short_name", width=100), _c("name_en", width=160),
        _c("aliases", width=160), _c("credit_code", "credit_code", width=170),
        _c("city", width=70), _c("district", width=80),
        _choice("firms", "role", schema.ROLES, width=110), _c("founded_year", "year", minimum=1800, maximum=2100, width=70),
        _c("valuation_cny", "money", width=100), _c("revenue_cny", "money", width=100),
        _c("employees", "int", minimum=0, units=("人",), width=80), _c("listed", "bool", width=60),
        _c("products", "longtext", width=160), _c("website", width=140),
        _c("cluster_join_year", "year", minimum=1900, maximum=2100, width=80), _c("needs_check", "bool", width=60),
        _c("source_id", "ref", ref="sources", width=160), _c("notes", "longtext", width=200),
        _c("stock_code", width=90),
    ),
    "components": (
        _c("name_zh", required=True, width=180), _c("name_en", width=160),
        _c("layer_id", "ref", ref="layers", required=True, width=100),
        _c("parent_id", "ref", ref="components", width=140),
        _c("wanted_suppliers", "int", minimum=0, maximum=1000, required=True, units=("家", "个"), width=80),
        _choice("components", "criticality", schema.CRITICALITIES, width=80),
        _c("in_standard_bom", "bool", width=70), _c("needs_check", "bool", width=60),
        _c("source_id", "ref", ref="sources", width=160), _c("notes", "longtext", width=220),
        _c("surveyed_on", "date", width=90), _c("surveyed_by", width=100), _c("survey_list", width=160),
    ),
    "layers": (
        _c("key", width=90), _c("name_zh", required=True, width=120), _c("name_en", width=140),
        _c("parent_id", "ref", ref="layers", width=100), _c("sort_order", "int", required=True, width=70),
        _c("description", "longtext", width=260), _c("source_id", "ref", ref="sources", width=160),
        _c("surveyed_on", "date", width=90), _c("surveyed_by", width=100), _c("survey_list", width=160),
    ),
    "capabilities": (
        _c("firm_id", "ref", ref="firms", required=True, width=220),
        _c("component_id", "ref", ref="components", required=True, width=160),
        _c("product", width=160), _choice("capabilities", "stage", schema.STAGES, width=90),
        _c("local", "bool", required=True, width=60), _c("needs_check", "bool", width=60),
        _c("source_id", "ref", ref="sources", width=160), _c("notes", "longtext", width=200),
    ),
    "supply_links": (
        _c("supplier_id", "ref", ref="firms", required=True, width=220),
        _c("customer_id", "ref", ref="firms", required=True, width=220),
        _c("component_id", "ref", ref="components", width=160),
        _c("source_id", "ref", ref="sources", width=160), _c("notes", "longtext", width=200),
    ),
    "centres": (
        _c("name_zh", required=True, width=260), _c("name_en", width=180), _c("aliases", width=140),
        _choice("centres", "type", schema.CENTRE_TYPES, width=110),
        _choice("centres", "level", schema.LEVELS, width=80), _c("host", width=140),
        _c("district", width=80), _c("parent_id", "ref", ref="centres", width=180),
        _choice("centres", "status", schema.CENTRE_STATUSES, width=80), _c("status_date", width=90),
        _c("needs_check", "bool", width=60), _c("source_id", "ref", ref="sources", width=160),
        _c("notes", "longtext", width=220),
    ),
    "plans": (
        _c("code", required=True, width=90), _c("title_zh", required=True, width=320), _c("title_en", width=240),
        _c("issuer", width=140), _c("issue_date", "date", width=90), _c("start_year", "year", minimum=1990, maximum=2100, width=70),
        _c("deadline_year", "year", minimum=1990, maximum=2100, width=70), _c("source_id", "ref", ref="sources", width=160),
        _c("notes", "longtext", width=200),
    ),
    "targets": (
        _c("plan_id", "ref", ref="plans", required=True, width=90), _c("code", required=True, width=60),
        _c("name_zh", required=True, width=220), _c("name_en", width=180),
        _choice("targets", "op", schema.OPS, width=50), _c("value", "number", width=80),
        _c("unit", width=60), _c("deadline_year", "year", minimum=1990, maximum=2100, width=70),
        _choice("targets", "kind", schema.TARGET_KINDS, required=True, width=80),
        _c("wording_zh", "longtext", width=240), _c("baseline_value", "number", width=80),
        _c("baseline_year", "year", minimum=1990, maximum=2100, width=70), _c("lead_department", width=120),
        _c("definition", width=180), _c("geography", width=80),
        _c("on_track_ratio", "number", minimum=0, units=("ratio",), width=70),
        _c("acceleration_ratio", "number", minimum=0, units=("ratio",), width=70),
        _c("rule", "rule", width=120), _c("rule_params", "json", width=160),
        _c("source_id", "ref", ref="sources", width=160), _c("notes", "longtext", width=200),
        _c("per_year", "bool", width=60), _c("preferred_source_id", "ref", ref="sources", width=160),
    ),
    "observations": (
        _c("target_id", "ref", ref="targets", width=200), _c("metric_zh", width=180), _c("metric_en", width=140),
        _c("value", "number", width=90), _c("unit", width=60), _c("qualifier", width=50),
        _choice("observations", "kind", schema.OBS_KINDS, required=True, width=60),
        _choice("observations", "level", schema.QUAL_LEVELS, width=80),
        _c("as_of", "period", required=True, partner="as_of_precision", width=90),
        _choice("observations", "as_of_precision", schema.PRECISIONS, required=True, width=70),
        _c("geography", width=80), _c("definition", width=160),
        _choice("observations", "confidence", schema.CONFIDENCES, width=70),
        _c("source_id", "ref", ref="sources", width=160), _c("quote", "longtext", width=240),
        _c("notes", "longtext", width=200),
    ),
    "sources": (
        _c("ref", width=60), _c("title", required=True, width=320), _c("publisher", width=120),
        _c("date", width=90), _c("url", width=220), _c("file", width=160),
        _choice("sources", "kind", schema.SOURCE_KINDS, width=100), _c("notes", "longtext", width=200),
    ),
}

EDIT_TABLES = tuple(TABLES)  # the tables planners edit, in the order the app lists them

# Columns a typed reference is matched against, in order (the first column with a match wins), e.g. typing
# 优必选 in a firm column. 'aliases' holds several names separated by '; '.
REF_MATCH = {
    "firms": ("name_zh", "short_name", "name_en", "aliases"),
    "components": ("name_zh", "name_en"),
    "layers": ("key", "name_zh", "name_en"),
    "centres": ("name_zh", "name_en", "aliases"),
    "plans": ("code", "title_zh"),
    "targets": ("code", "name_zh"),
    "sources": ("ref", "title"),
}
ALIAS_SEPARATOR = "; "

# What identifies a row for people when no id is given (an imported row without our key): tried in order.
MATCH_KEYS = {
    "firms": (("credit_code",), ("name_zh",)), "centres": (("name_zh",),), "components": (("name_zh",),),
    "layers": (("key",), ("name_zh",)), "plans": (("code",),), "targets": (("plan_id", "code"),),
    "sources": (("ref",), ("title",)), "capabilities": (("firm_id", "component_id"),),
    "supply_links": (("supplier_id", "customer_id", "component_id"),),
    "observations": (("target_id", "metric_zh", "as_of", "source_id"),),
}


def display_of(table: str, row: dict) -> str | None:
    """How a row is named where another row refers to it (db.rows.DISPLAY_SQL says the same in SQL)."""
    if table == "firms":
        return row.get("short_name") or row.get("name_zh")
    if table == "targets":
        return f"{row.get('code')} {row.get('name_zh')}"
    if table == "sources":
        return f"{row['ref']} {row.get('title')}" if row.get("ref") else row.get("title")
    if table == "plans":
        return row.get("code")
    if table == "observations":
        return f"{row.get('metric_zh') or ''} {row.get('as_of')}"
    if table in ("capabilities", "supply_links"):
        return str(row.get("id"))
    return row.get("name_zh")


def column(table: str, name: str) -> Column:
    for col in TABLES[table]:
        if col.name == name:
            return col
    raise KeyError(f"{table}.{name}")


def columns(table: str) -> tuple[Column, ...]:
    return TABLES[table]
