"""Recording that a segment's suppliers have been surveyed (when, by whom, from which list).

A component nobody has surveyed and with no supplier recorded is "not yet surveyed"; once it (or its layer)
is surveyed and still has no local supplier, it is "no local supplier". Importing a list that covers a
segment of the chain calls :func:`mark_surveyed` with the list's name, inside the import's own batch so that
one undo takes both back.
"""

from __future__ import annotations

from datetime import date

from core import fields
from core.errors import OperationRefused
from core.operations import Outcome
from db import changes
from db.errors import RowMissing


def mark_surveyed(db, *, component_ids=(), layer_ids=(), on=None, by: str | None = None,
                  list_name: str | None = None, batch: str | None = None) -> Outcome:
    """Mark the suppliers of these components and layers (a layer covers its sub-layers and components) as
    surveyed ``on`` a day (default today) ``by`` someone, from ``list_name``: one transaction, logged in
    ``batch`` (a new one when None). Values go through the field layer like any edit.

    Raises:
        OperationRefused: nothing named ("survey_nothing"), or a row no longer exists ("row_missing").
        FieldRejected: ``on`` is not a date.
    """
    targets = [("components", i) for i in component_ids] + [("layers", i) for i in layer_ids]
    if not targets:
        raise OperationRefused("survey_nothing")
    day = fields.parse_value("components", "surveyed_on", on if on is not None else date.today()).value
    values = {"surveyed_on": day,
              "surveyed_by": fields.parse_value("components", "surveyed_by", by).value,
              "survey_list": fields.parse_value("components", "survey_list", list_name).value}
    batch = batch or changes.new_batch()
    try:
        with changes.transaction(db):
            for table, row_id in targets:
                changes.update_row(db, table, row_id, values, batch=batch)
    except RowMissing as exc:
        raise OperationRefused("row_missing", table=exc.table, row_id=exc.row_id) from None
    tables = changes.tables_in_batch(db, batch)
    return Outcome(batch if tables else None, frozenset(tables))


def clear_survey(db, *, component_ids=(), layer_ids=(), batch: str | None = None) -> Outcome:
    """Take a survey record back (the segment reads "not yet surveyed" again where nothing was found)."""
    batch = batch or changes.new_batch()
    empty = {"surveyed_on": None, "surveyed_by": None, "survey_list": None}
    try:
        with changes.transaction(db):
            for table, ids in (("components", component_ids), ("layers", layer_ids)):
                for row_id in ids:
                    changes.update_row(db, table, row_id, empty, batch=batch)
    except RowMissing as exc:
        raise OperationRefused("row_missing", table=exc.table, row_id=exc.row_id) from None
    tables = changes.tables_in_batch(db, batch)
    return Outcome(batch if tables else None, frozenset(tables))
