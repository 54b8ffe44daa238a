"""The import dialog's mapping step for a planner's list: what each column holds, and what each value of its
chain columns (产业链环节, 细分领域, 主要产品 …) means — a component, or nothing. The planner's choices are
remembered in the data folder (core.importing.memory), so the next list and the command line use them too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.fields.parse import cell_text
from core.importing import memory
from core.vocabulary import headers as list_fields
from gui import labels

MAX_VALUES = 500  # chain values shown (the most frequent first); the rest keep their proposal


def list_field_names() -> dict[str, str]:
    """Names of the columns a firm list may have that are not columns of the firms table."""
    return {
        list_fields.CHAIN_LAYER: QCoreApplication.translate("ImportMapping", "Chain layer (产业链环节)"),
        list_fields.CHAIN_POSITION: QCoreApplication.translate("ImportMapping", "Chain position (上中下游)"),
        list_fields.CHAIN_SEGMENT: QCoreApplication.translate("ImportMapping", "Chain segment or component (细分领域)"),
        list_fields.ADDRESS: QCoreApplication.translate("ImportMapping", "Address (city and district)"),
        list_fields.REGION: QCoreApplication.translate("ImportMapping", "Region (district or city)"),
        list_fields.LOCAL: QCoreApplication.translate("ImportMapping", "Local supplier (yes/no)"),
        list_fields.STAGE: QCoreApplication.translate("ImportMapping", "Stage of the firm's products"),
        list_fields.EXTRA_NOTE: QCoreApplication.translate("ImportMapping", "Add to the notes"),
        list_fields.PLAN_FIELD: QCoreApplication.translate("ImportMapping", "Plan code (finds the target)"),
    }


def status_names() -> dict[str, str]:
    """What a chain value was matched to, in words."""
    return {
        "confident": QCoreApplication.translate("ImportMapping", "matched"), "chosen": QCoreApplication.translate("ImportMapping", "your choice"),
        "uncertain": QCoreApplication.translate("ImportMapping", "choose one"), "layer": QCoreApplication.translate("ImportMapping", "a layer"),
        "position": QCoreApplication.translate("ImportMapping", "a chain position"), "unmatched": QCoreApplication.translate("ImportMapping", "no component"),
        "ignored": QCoreApplication.translate("ImportMapping", "not a component"),
    }


def remembered_mapping(table: str) -> dict[str, str | None]:
    """The corrections the user made for lists of this table: source header -> field (None = ignore)."""
    return memory.remembered_columns(table)


def remember_mapping(table: str, mapping: dict[str, str | None]) -> None:
    memory.remember_columns(table, mapping)


class MappingPage(QWidget):
    """Columns (header, first values, what it holds) over chain values (value, count, component)."""

    NOT_A_COMPONENT = "-"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table_combo = QComboBox(self)
        from core.fields.spec import TABLES

        for table in ("firms", "centres", "observations", *[t for t in TABLES if t not in ("firms", "centres",
                                                                                          "observations")]):
            self.table_combo.addItem(labels.table_name(table), table)
        self.columns = QTableWidget(0, 3, self)
        self.columns.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("First values"),
                                                self.tr("Import as")])
        self.columns.horizontalHeader().setStretchLastSection(True)
        self.columns.setColumnWidth(0, 220)
        self.columns.setColumnWidth(1, 320)
        self.values_label = QLabel(self)
        self.values_label.setWordWrap(True)
        self.values = QTableWidget(0, 4, self)
        self.values.setHorizontalHeaderLabels([self.tr("Value in the list"), self.tr("Rows"), self.tr("Found"),
                                               self.tr("Link to component")])
        self.values.horizontalHeader().setStretchLastSection(True)
        self.values.setColumnWidth(0, 260)
        self.values.setColumnWidth(1, 60)
        self.values.setColumnWidth(2, 110)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("The list holds:"), self))
        row.addWidget(self.table_combo)
        row.addStretch(1)
        lower = QWidget(self)
        box = QVBoxLayout(lower)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.values_label)
        box.addWidget(self.values)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.columns)
        split.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(split)
        self._proposed: dict[str, str] = {}

    # ----- columns -------------------------------------------------------------------------------------------
    def fill(self, plan) -> None:
        sp = next(s for s in plan.sheets if not s.derived)
        self.table_combo.setCurrentIndex(max(0, self.table_combo.findData(sp.table)))
        intro = self.tr("Sheet '{sheet}', header in row {row}. Check what each column holds; columns set to "
                        "'(ignore)' are left out. Your choices are remembered for the next list, here and on the "
                        "command line.").format(sheet=sp.sheet, row=sp.header_row)
        if any(i.problem.code == "no_name_column" for i in sp.errors):
            intro += "\n\n" + self.tr("Choose the column that holds the names: no column was recognised as "
                                      "{column}.").format(column=labels.column_name(sp.table, "name_zh"))
        self.intro.setText(intro)
        columns = [c for c in sp.match.columns if c.header]
        self.columns.setRowCount(len(columns))
        choices = self._fields(sp.table)
        for r, col in enumerate(columns):
            head = QTableWidgetItem(col.header)
            head.setData(Qt.ItemDataRole.UserRole, col.header)
            head.setFlags(head.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.columns.setItem(r, 0, head)
            values = [cell_text(row[col.index]) for row in sp.samples if col.index < len(row) and row[col.index] != ""]
            sample = QTableWidgetItem(" | ".join(values[:3]))
            sample.setFlags(sample.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.columns.setItem(r, 1, sample)
            combo = QComboBox(self.columns)
            combo.addItem(self.tr("(ignore)"), "")
            for name, text in choices:
                combo.addItem(text, name)
            combo.setCurrentIndex(max(0, combo.findData(col.field or "")))
            self.columns.setCellWidget(r, 2, combo)
        self._fill_values(plan)

    def _fields(self, table: str) -> list[tuple[str, str]]:
        from core.fields.spec import TABLES

        out = [(c.name, labels.column_name(table, c.name)) for c in TABLES[table]]
        extra = list_field_names()
        if table == "firms":
            out += [(f, extra[f]) for f in list_fields.LIST_FIELDS]
        if table == "observations":
            out.append((list_fields.PLAN_FIELD, extra[list_fields.PLAN_FIELD]))
        return out

    def mapping_choices(self) -> dict[str, str | None]:
        out = {}
        for r in range(self.columns.rowCount()):
            header = self.columns.item(r, 0).data(Qt.ItemDataRole.UserRole)
            out[header] = self.columns.cellWidget(r, 2).currentData() or None
        return out

    def set_mapping(self, header: str, field: str | None) -> None:
        for r in range(self.columns.rowCount()):
            if self.columns.item(r, 0).data(Qt.ItemDataRole.UserRole) == header:
                combo = self.columns.cellWidget(r, 2)
                combo.setCurrentIndex(max(0, combo.findData(field or "")))

    # ----- chain values ----------------------------------------------------------------------------------------
    def _fill_values(self, plan) -> None:
        values = plan.values[:MAX_VALUES]
        components = sorted(((cid, name) for (t, cid), name in plan.labels.items() if t == "components"),
                            key=lambda c: c[1])
        uncertain = sum(1 for v in plan.values if v.status == "uncertain")
        self.values_label.setText(self.tr(
            "Chain values: {n} different value(s) in the chain columns, {uncertain} to choose. Matched values become "
            "links of the firm to the component; a value you set to '(not a component)' is kept in the firm's "
            "notes.").format(n=len(plan.values), uncertain=uncertain) if plan.values else self.tr(
            "This list has no chain columns (产业链环节, 细分领域, 主要产品 …)."))
        self.values.setRowCount(len(values))
        names = status_names()
        self._proposed = {}
        for r, v in enumerate(values):
            text = QTableWidgetItem(f"{v.text}")
            text.setData(Qt.ItemDataRole.UserRole, v.text)
            text.setToolTip(v.column)
            text.setFlags(text.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.values.setItem(r, 0, text)
            count = QTableWidgetItem(str(v.count))
            count.setFlags(count.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.values.setItem(r, 1, count)
            status = QTableWidgetItem(names.get(v.status, v.status))
            status.setFlags(status.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.values.setItem(r, 2, status)
            combo = QComboBox(self.values)
            combo.addItem(self.tr("(not a component)"), self.NOT_A_COMPONENT)
            first = v.candidates if v.status == "uncertain" else []
            for cid in first:
                combo.addItem("★ " + plan.labels.get(("components", cid), f"#{cid}"), cid)
            for cid, name in components:
                if cid not in first:
                    combo.addItem(name, cid)
            proposed = v.component_id if v.status in ("confident", "chosen") else None
            combo.setCurrentIndex(max(0, combo.findData(proposed) if proposed else 0))
            self._proposed[v.text] = combo.currentText()
            self.values.setCellWidget(r, 3, combo)

    def value_choices(self) -> dict[str, str | None]:
        """Values the planner decided (a combo changed, or an uncertain value confirmed): value -> component
        name (None: not a component)."""
        out = {}
        for r in range(self.values.rowCount()):
            text = self.values.item(r, 0).data(Qt.ItemDataRole.UserRole)
            combo = self.values.cellWidget(r, 3)
            if combo.currentText() == self._proposed.get(text):
                continue
            out[text] = None if combo.currentData() == self.NOT_A_COMPONENT else combo.currentText().lstrip("★ ")
        return out

    def set_value(self, text: str, component: str | None) -> None:
        """Choose what a chain value means (its row's combo), as the user would."""
        for r in range(self.values.rowCount()):
            if self.values.item(r, 0).data(Qt.ItemDataRole.UserRole) == text:
                combo = self.values.cellWidget(r, 3)
                index = 0 if component is None else next(
                    (i for i in range(combo.count()) if combo.itemText(i).lstrip("★ ") == component), 0)
                combo.setCurrentIndex(index)

    def value_rows(self) -> list[tuple[str, str, str]]:
        """(value, found, component) as shown."""
        return [(self.values.item(r, 0).text(), self.values.item(r, 2).text(),
                 self.values.cellWidget(r, 3).currentText()) for r in range(self.values.rowCount())]
