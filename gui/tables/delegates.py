"""Column-aware editors: choice lists, searchable references, yes/no; text and numbers in a line edit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QPlainTextEdit, QStyledItemDelegate

from db.rows import DISPLAY_SQL
from gui import labels

MAX_REF_CHOICES = 5000  # beyond this a reference is typed (and resolved by name), not picked from a list


class CellDelegate(QStyledItemDelegate):
    def __init__(self, model, parent=None):
        super().__init__(parent)
        self._model = model

    def _column(self, index):
        return self._model.columns[index.column()]

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt override
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
            db = self._model.hub.db
            count = db.execute(f"SELECT count(*) FROM [{col.ref}]").fetchone()[0]
            if count <= MAX_REF_CHOICES:
                box = QComboBox(parent)
                box.setEditable(True)
                box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
                if not col.required:
                    box.addItem("", None)
                for rid, label in db.execute(f"SELECT id, {DISPLAY_SQL[col.ref]} FROM [{col.ref}] ORDER BY 2"):
                    box.addItem(str(label), rid)
                completer = box.completer()
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
                completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
                return box
            edit = QLineEdit(parent)
            edit.setPlaceholderText(self.tr("Type a name or #id"))
            return edit
        if col.kind == "longtext":
            edit = QPlainTextEdit(parent)  # notes and quotes may span lines; Tab leaves, as in a cell
            edit.setTabChangesFocus(True)
            return edit
        return QLineEdit(parent)

    def setEditorData(self, editor, index):  # noqa: N802 - Qt override
        if isinstance(editor, QComboBox):
            value = index.data(Qt.ItemDataRole.EditRole)
            pos = editor.findData(value)
            editor.setCurrentIndex(pos if pos >= 0 else 0)
            return
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText("" if value is None else str(value))
            editor.selectAll()
            return
        if self._column(index).kind == "ref":
            value = index.data(Qt.ItemDataRole.DisplayRole)
        editor.setText("" if value is None else str(value))
        editor.selectAll()

    def setModelData(self, editor, model, index):  # noqa: N802 - Qt override
        if isinstance(editor, QComboBox):
            col = self._column(index)
            text = editor.currentText()
            data = editor.currentData()
            if col.kind == "ref" and editor.isEditable() and text and editor.itemText(editor.currentIndex()) != text:
                model.setData(index, text, Qt.ItemDataRole.EditRole)  # typed, resolved by name
                return
            if data is None and text and col.kind == "ref":
                model.setData(index, text, Qt.ItemDataRole.EditRole)
                return
            if data is None:
                model.setData(index, None, Qt.ItemDataRole.EditRole)
                return
            model.setData(index, data if col.kind == "ref" else str(data) if col.kind == "choice" else data,
                          Qt.ItemDataRole.EditRole)
            return
        if isinstance(editor, QPlainTextEdit):
            model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)
            return
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor, option, index):  # noqa: N802 - Qt override
        rect = option.rect
        if isinstance(editor, QPlainTextEdit):
            rect = rect.adjusted(0, 0, max(0, 320 - rect.width()), rect.height() * 4)
        editor.setGeometry(rect)
