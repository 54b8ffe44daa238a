"""The wording of every known error, in English (the source language of the translations).

The GUI passes ``translate`` (Qt's, context "errors") so the same template appears in Chinese; the zh text
lives in the .ts file like every other UI string (tools/update_translations.py adds these templates to it).
Facts that name something of the data model — a table, a column, choice values — are worded here from the
vocabulary in the language asked for, so a Chinese message never says "valuation_cny".
"""

from __future__ import annotations

from core import vocabulary

TEMPLATES: dict[str, str] = {
    # values (core.fields)
    "required": "cannot be empty",
    "not_number": "'{text}' is not a number",
    "not_finite": "'{text}' is not a finite number",
    "negative": "must not be negative",
    "not_whole": "'{text}' is not a whole number",
    "too_small": "must be at least {minimum}",
    "too_large": "must be at most {maximum}",
    "footnote_mark": "'{text}' carries a footnote mark; remove it and keep the note elsewhere",
    "decimal_comma": "'{text}' is ambiguous: a comma separates thousands (12,500); write decimals with a "
                     "point (12.5)",
    "percent_not_allowed": "'{text}' is a percentage, not {unit}",
    "wrong_unit": "'{text}' is in {found}, but this column holds {unit}",
    "money_needs_unit": "'{text}' is too large to be {unit}; write the unit (元, 万元 or 亿元)",
    "not_year": "'{text}' is not a year like 2025",
    "not_date": "'{text}' is not a date like 2025-03-03",
    "not_period": "'{text}' is not a date like 2025-06-30, 2025年6月 or 2025年",
    "not_real_date": "'{text}' is not a real date",
    "time_not_date": "'{text}' is a time of day, not a date",
    "not_yes_no": "'{text}' is not yes or no (是/否)",
    "not_choice": "'{text}' is not one of: {choices}",
    "not_credit_code": "'{text}' is not an 18-character unified social credit code",
    "bad_check_digit": "'{text}' is not a valid credit code (its last character should be {expected})",
    "not_json": "not valid JSON ({reason})",
    "control_characters": "the text contains control characters",
    "too_long": "the text has {length} characters; the limit is {limit}",
    "ref_unknown": "no {ref_table} entry named '{text}'",
    "ref_ambiguous": "'{text}' matches several {ref_table} entries; pick one from the list",
    "ref_missing_row": "no {ref_table} entry #{text}",
    "not_key": "'{text}' is not a row number (leave the key empty for a new row)",
    # rows
    "own_parent": "an entry cannot be its own parent",
    "rule_unknown": "unknown rule '{rule}'; known rules: {known}",
    "rule_params": "{reason}",
    "needs_first": "Add an entry to {ref_table} first",
    "unique": "another entry already has this value",
    "references_missing": "refers to an entry that does not exist",
    "out_of_range": "the value is outside the allowed range",
    # operations
    "row_missing": "The {table} entry was deleted in another window",
    "revert_changed": "{table} '{row}': {column} has been changed since (now {current})",
    "revert_missing": "{table} '{row}' no longer exists",
    "revert_exists": "{table} '{row}' exists again; it cannot be restored twice",
    "revert_referenced": "{table} '{row}' is now referred to by other entries",
    "edit_conflict": "Another window saved a different value for {column}",
}


class _Facts(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def facts_for(error, lang: str = "en") -> dict:
    """The error's facts with names of the data model worded in ``lang``."""
    facts = dict(error.facts)
    table, column = facts.get("table"), facts.get("column")
    if table and column:
        facts["column"] = vocabulary.column_label(table, column, lang)
    elif column:
        facts["column"] = column
    else:
        facts.setdefault("column", "")
    if table:
        facts["table"] = vocabulary.table_label(table, lang)
    if facts.get("ref_table"):
        facts["ref_table"] = vocabulary.table_label(facts["ref_table"], lang)
    if "choices" in facts and facts.get("choice_set"):
        sep = "、" if lang == "zh" else ", "
        facts["choices"] = sep.join(vocabulary.choice_label(facts["choice_set"], v, lang) for v in facts["choices"])
    if "text" in facts:
        facts["text"] = _short(facts["text"])
    for key in ("current", "expected", "attempted"):
        if key in facts and facts[key] is None:
            facts[key] = "（空）" if lang == "zh" else "(empty)"
    return facts


def render(error, lang: str = "en", translate=None, *, with_column: bool = True) -> str:
    """One line for ``error`` (a :class:`core.errors.ChainMapperError`); ``translate`` words the template.
    A refusal placed at a column starts with the column's name unless ``with_column`` is False (where the
    column is shown beside the message already, as in an import preview)."""
    template = TEMPLATES.get(error.code)
    if template is None:
        return f"{error.code}: {error.facts}"
    if translate is not None:
        template = translate(template)
    facts = facts_for(error, lang)
    text = template.format_map(_Facts(facts))
    if with_column and error.facts.get("column") and "{column}" not in TEMPLATES[error.code]:
        text = f"{facts['column']}{'：' if lang == 'zh' else ': '}{text}"
    return text


def _short(value, n: int = 60) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= n else text[: n - 1] + "…"


# ----- templates of each area, registered here (one line each) -------------------------------------------------
# Each area keeps its templates beside its code (e.g. core/importing/messages.py) and adds a line below.
def _register() -> None:
    from core.analysis.messages import ANALYSIS_TEMPLATES
    TEMPLATES.update(ANALYSIS_TEMPLATES)
    from core.importing.messages import IMPORT_TEMPLATES
    TEMPLATES.update(IMPORT_TEMPLATES)
    from core.exporting.messages import EXPORT_TEMPLATES
    TEMPLATES.update(EXPORT_TEMPLATES)


_register()
