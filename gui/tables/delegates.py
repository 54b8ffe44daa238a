"""Column-aware editors (choice lists, searchable references, yes/no; text and numbers in a line edit) that
behave like a spreadsheet's cell: Enter saves and moves down, Tab right, Shift+Tab left, Esc cancels. A value
the field layer refuses keeps the editor open with the typed text and says why in a tooltip at the cell."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QComboBox,
    QCompleter,
    QLineEdit,
    QPlainTextEdit,
    QStyledItemDelegate,
    QToolTip,
)

from core import browse
from gui import labels

MAX_REF_CHOICES = 5000  # beyond this a reference is typed (and resolved by name), not picked from a list
_REFUSED_STYLE = "border: 2px solid #c62828;"


class CellDelegate(QStyledItemDelegate):
    """Signals:
        moved(str): an edit was saved with Enter ('down'), Tab ('right') or Shift+Tab ('left').
        refused(str): the typed value was refused; the text says why (also shown as a tooltip).
    """

    moved = Signal(str)
    refused = Signal(str)

    def __init__(self, model, parent=None):
        super().__init__(parent)
        self._model = model
        self._editing: dict[int, QPersistentModelIndex] = {}

    def _column(self, index):
        return self._model.columns[index.column()]

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt override
        editor = self._make_editor(parent, index)
        self._editing[id(editor)] = QPersistentModelIndex(index)
        return editor

    def destroyEditor(self, editor, index):  # noqa: N802 - Qt override
        self._editing.pop(id(editor), None)
        super().destroyEditor(editor, index)

    def _make_editor(self, parent, index):
        col = self._column(index)
        if col.kind == "choice":
            box = QComboBox(parent)
            if not col.required:
                box.addItem("", None)
            for value in col.choices:
                box.addItem(labels.value_name(self._model.table, col.name, value), value)
            return box
        if col.kind == "bool":
            box = QComboBox(parent)
            if not col.required:
                box.addItem("", None)
            box.addItem(self.tr("Yes"), 1)
            box.addItem(self.tr("No"), 0)
            return box
        if col.kind == "ref":
            choices = browse.reference_choices(self._model.hub.db, col.ref, MAX_REF_CHOICES, labels.lang())
            if choices is not None:
                box = QComboBox(parent)
                box.setEditable(True)
                box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
                if not col.required:
                    box.addItem("", None)
                for rid, label in choices:
                    box.addItem(label, rid)
                completer = box.completer()
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
                completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
                return box
            edit = QLineEdit(parent)
            edit.setPlaceholderText(self.tr("Type a name or #id"))
            return edit
        if col.kind == "longtext":
            edit = QPlainTextEdit(parent)  # notes and quotes may span lines (Alt+Enter); Tab leaves, as in a cell
            edit.setTabChangesFocus(True)
            return edit
        return QLineEdit(parent)

    def setEditorData(self, editor, index):  # noqa: N802 - Qt override
        refusal = self._model.refusal(index)
        if isinstance(editor, QComboBox):
            value = index.data(Qt.ItemDataRole.EditRole)
            pos = editor.findData(value)
            if refusal is not None and editor.isEditable():
                editor.setEditText(refusal[0])
            else:
                editor.setCurrentIndex(pos if pos >= 0 else 0)
            return
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText("" if value is None else str(value))
            editor.selectAll()
            return
        if self._column(index).kind == "ref" and refusal is None:
            value = index.data(Qt.ItemDataRole.DisplayRole)
        editor.setText("" if value is None else str(value))
        editor.selectAll()

    def setModelData(self, editor, model, index):  # noqa: N802 - Qt override
        self.write(editor, model, index)

    def write(self, editor, model, index) -> bool:
        """Give the editor's value to the model; False when it was refused."""
        if isinstance(editor, QComboBox):
            col = self._column(index)
            text = editor.currentText()
            data = editor.currentData()
            if col.kind == "ref" and editor.isEditable() and text and editor.itemText(editor.currentIndex()) != text:
                return model.setData(index, text, Qt.ItemDataRole.EditRole)  # typed, resolved by name
            if data is None and text and col.kind == "ref":
                return model.setData(index, text, Qt.ItemDataRole.EditRole)
            if data is None:
                return model.setData(index, None, Qt.ItemDataRole.EditRole)
            return model.setData(index, data if col.kind == "ref" else str(data) if col.kind == "choice" else data,
                                 Qt.ItemDataRole.EditRole)
        if isinstance(editor, QPlainTextEdit):
            return model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)
        return model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def finish(self, editor, direction: str) -> bool:
        """Save the editor's value and close it, moving on as a spreadsheet does; a refused value keeps the
        editor open with the typed text and the reason beside it. Returns whether it was saved."""
        index = self._editing.get(id(editor))
        if index is None or not index.isValid():
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            return True
        model = index.model()
        if not self.write(editor, model, model.index(index.row(), index.column())):
            refusal = model.refusal(model.index(index.row(), index.column()))
            why = refusal[1] if refusal else ""
            editor.setStyleSheet(_REFUSED_STYLE)
            editor.setToolTip(why)
            QToolTip.showText(editor.mapToGlobal(QPoint(0, editor.height())), why, editor)
            self.refused.emit(why)
            return False
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        self.moved.emit(direction)
        return True

    def eventFilter(self, editor, event):  # noqa: N802 - overrides QStyledItemDelegate.eventFilter
        if event.type() == QEvent.Type.KeyPress:
            key, mods = event.key(), event.modifiers()
            multiline = isinstance(editor, QPlainTextEdit)
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if multiline and mods & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier):
                    editor.insertPlainText("\n")  # a line break inside the cell, as Alt+Enter in Excel
                    return True
                if isinstance(editor, QComboBox) and editor.view().isVisible():
                    return super().eventFilter(editor, event)  # choosing from the open list
                self.finish(editor, "up" if mods & Qt.KeyboardModifier.ShiftModifier else "down")
                return True
            if key == Qt.Key.Key_Tab:
                self.finish(editor, "right")
                return True
            if key == Qt.Key.Key_Backtab:
                self.finish(editor, "left")
                return True
            if key == Qt.Key.Key_Escape:
                index = self._editing.get(id(editor))
                if index is not None and index.isValid():
                    index.model().clear_refusal(index.model().index(index.row(), index.column()))
        return super().eventFilter(editor, event)

    def updateEditorGeometry(self, editor, option, index):  # noqa: N802 - Qt override
        rect = option.rect
        if isinstance(editor, QPlainTextEdit):
            rect = rect.adjusted(0, 0, max(0, 320 - rect.width()), rect.height() * 4)
        editor.setGeometry(rect)
