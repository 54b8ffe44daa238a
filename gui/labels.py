"""Names of tables, columns, choice values, statuses and flags in the UI's language, from core.vocabulary.

A thin adapter: the names themselves are defined once in core.vocabulary (Chinese and English), so the app,
the workbook, the report and the importer all call a column the same. Only the UI's own wording lives in the
Qt translation files.
"""

from __future__ import annotations

from core import vocabulary
from gui import i18n


def lang() -> str:
    return "zh" if i18n.is_chinese() else "en"


def table_name(table: str) -> str:
    return vocabulary.table_label(table, lang())


def column_name(table: str, column: str, *, unit: bool = True) -> str:
    return vocabulary.column_label(table, column, lang(), unit=unit)


def column_help(table: str, col) -> str:
    """What the column takes, for its header tooltip."""
    return vocabulary.kind_help(table, col.name, col.kind, col.ref, col.required, lang())


def value_name(table: str, column: str, value) -> str:
    """A stored choice value of ``table.column`` as shown."""
    return vocabulary.value_label(table, column, value, lang())


def choice_name(value, choice_set: str | None = None) -> str:
    """A choice value, status or flag as shown. Without ``choice_set`` the value is looked up among statuses,
    flags and then every choice set (stages, roles … have distinct values)."""
    if value is None:
        return ""
    language = lang()
    if choice_set is not None:
        return vocabulary.choice_label(choice_set, value, language)
    if value in vocabulary.STATUS_TERMS:
        return vocabulary.status_label(value, language)
    if value in vocabulary.FLAG_TERMS:
        return vocabulary.flag_label(value, language)
    for name, values in vocabulary.CHOICE_SETS.items():
        if value in values and name != "yes_no":
            return values[value].name(language)
    return str(value)


def status_name(status: str) -> str:
    return vocabulary.status_label(status, lang())


def flag_name(flag: str) -> str:
    return vocabulary.flag_label(flag, lang())
