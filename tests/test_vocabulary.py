"""The vocabulary and the field specs agree with the schema, and every column is named once, in both languages."""

from __future__ import annotations

import re

import pytest

from core import fields, vocabulary
from core.importing.headers import field_for_header
from core.importing.plan import _table_for_sheet
from db import introspect


def test_every_column_of_the_schema_has_a_spec_and_a_name(small_db):
    for table in fields.EDIT_TABLES:
        schema_cols = set(introspect.columns(small_db, table)) - {"id"}
        spec_cols = {c.name for c in fields.columns(table)}
        assert schema_cols == spec_cols, table
        for col in spec_cols:
            term = vocabulary.column_term(table, col)
            assert term is not None, f"{table}.{col} has no vocabulary entry"
            assert term.zh and term.en and term.zh != col


def test_names_are_unique_within_a_table_in_both_languages():
    for table in fields.EDIT_TABLES:
        for lang in vocabulary.LANGUAGES:
            names = [vocabulary.column_label(table, c.name, lang) for c in fields.columns(table)]
            assert len(names) == len(set(names)), (table, lang, names)


def test_choice_sets_hold_exactly_the_schema_values():
    for table in fields.EDIT_TABLES:
        for col in fields.columns(table):
            if col.kind != "choice":
                continue
            assert col.choice_set, f"{table}.{col.name}"
            assert tuple(vocabulary.CHOICE_SETS[col.choice_set]) == col.choices, f"{table}.{col.name}"
            for value in col.choices:  # each value's two names read back to it
                for lang in vocabulary.LANGUAGES:
                    label = vocabulary.choice_label(col.choice_set, value, lang)
                    assert vocabulary.choice_lookup(col.choice_set)[vocabulary.fold(label)] == value


def test_our_headers_and_sheet_names_are_recognised_on_import():
    for table in fields.EDIT_TABLES:
        assert _table_for_sheet(vocabulary.sheet_name(table)) == table
        if table not in ("firms", "centres", "observations"):
            continue
        for col in fields.columns(table):
            for lang in vocabulary.LANGUAGES:
                label = vocabulary.column_label(table, col.name, lang)
                assert field_for_header(table, label)[0] == col.name, (table, col.name, label)


def _check_ranges(small_db) -> dict[tuple[str, str], tuple[float, float | None]]:
    """(table, column) -> (min, max) from the schema's CHECK constraints."""
    out = {}
    for table, sql in small_db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'"):
        for col, low, high in re.findall(r"CHECK \((\w+) BETWEEN (\d+) AND (\d+)\)", sql or ""):
            out[(table, col)] = (float(low), float(high))
        for col, low in re.findall(r"CHECK \((\w+) >= (\d+)\)", sql or ""):
            out[(table, col)] = (float(low), None)
    return out


def test_field_limits_match_the_schema_checks(small_db):
    ranges = _check_ranges(small_db)
    assert len(ranges) >= 10
    for (table, name), (low, high) in ranges.items():
        if table not in fields.EDIT_TABLES:
            continue
        col = fields.column(table, name)
        if col.kind == "money":
            continue  # money is checked for sign by the parser itself
        assert (col.minimum, col.maximum) == (low, high), f"{table}.{name}"


@pytest.mark.parametrize(("text", "key"), [("樂聚（深圳）機器人", "乐聚深圳机器人"), ("ＡＢＣ　Co., Ltd.", "abccoltd"),
                                           ("企业 名称*", "企业名称")])
def test_fold_is_for_matching(text, key):
    assert vocabulary.fold(text) == key
