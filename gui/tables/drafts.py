"""The draft row and refused input of a table model (a mixin of gui.tables.model.SqlTableModel).

A new row is a *draft* shown on top (id ``DRAFT``) until its required values are given and valid; only then is
it saved, as one undo step named by the row. A value the field layer refuses is kept, with the reason, at its
cell (``refusal``), so the planner corrects what they typed instead of typing it again.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex

from core import browse, operations
from gui import labels

DRAFT = -1  # the id of the draft row
_ROOT = QModelIndex()


class DraftRows:
    """Needs from the model: ``hub``, ``table``, ``columns``, ``_ids``, ``_draft``, ``_committing``,
    ``_refused``, ``row_of``, ``row_id``, ``display_name`` and the ``rejected``/``draft_saved`` signals."""

    @property
    def draft(self) -> dict | None:
        return self._draft

    def start_draft(self) -> int:
        """Show a new, empty row on top (only the schema's defaults filled in); returns its row (0)."""
        if self._draft is None:
            self._draft = {**operations.new_row(self.hub.db, self.table), "id": DRAFT, "__draft": True}
            self.beginInsertRows(_ROOT, 0, 0)
            self._ids.insert(0, DRAFT)
            self.endInsertRows()
        return 0

    def draft_is_empty(self) -> bool:
        if self._draft is None:
            return True
        defaults = operations.new_row(self.hub.db, self.table)
        return all(v in (None, "") or defaults.get(k) == v for k, v in self._draft.items()
                   if not k.startswith("__") and k != "id" and not k.endswith("__label"))

    def discard_draft(self) -> None:
        if self._draft is None:
            return
        row = self.row_of(DRAFT)
        self._draft = None
        self._refused = {k: v for k, v in self._refused.items() if k[0] != DRAFT}
        if row is not None:
            self.beginRemoveRows(_ROOT, row, row)
            self._ids.pop(row)
            self.endRemoveRows()

    def update_draft(self, cells) -> bool:
        """Put parsed values into the draft; once no required value is missing, save it. False when the
        save was refused (the refusal is reported as for a cell)."""
        from gui.tables import actions

        for cell in cells:
            self._draft[cell.column] = cell.value
            col = next((c for c in self.columns if c.name == cell.column), None)
            if col is not None and col.ref:
                names = browse.labels(self.hub.db, col.ref, [cell.value], labels.lang()) if cell.value is not None else {}
                self._draft[f"{col.name}__label"] = names.get(cell.value)
        row = self.row_of(DRAFT)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        values = {k: v for k, v in self._draft.items() if not k.startswith("__") and k != "id"
                  and not k.endswith("__label")}
        if operations.missing_required(self.table, values):
            return True
        self._committing = True
        try:
            new_id = actions.add_row(self, values, name=self.display_name(self._draft))  # named as typed
        finally:
            self._committing = False
        if new_id is None:
            return False
        self._draft = None
        if self.row_of(DRAFT) is not None:  # not refreshed (the hub told nobody): drop the draft row now
            self.discard_draft()
        self.draft_saved.emit(new_id)
        return True

    def refusal(self, index) -> tuple[str, str] | None:
        """(typed text, why) of the last refused input at this cell, kept for correction."""
        row_id = self.row_id(index.row())
        return self._refused.get((row_id, self.columns[index.column()].name)) if index.isValid() else None

    def clear_refusal(self, index) -> None:
        if index.isValid() and self._refused.pop((self.row_id(index.row()), self.columns[index.column()].name),
                                                 None) is not None:
            self.dataChanged.emit(index, index)

    def refuse(self, index, text, why: str) -> None:
        self._refused[(self.row_id(index.row()), self.columns[index.column()].name)] = (
            "" if text is None else str(text), why)
        self.dataChanged.emit(index, index)
        self.rejected.emit(why)
