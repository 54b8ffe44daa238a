"""The detail pane: what a selected firm, component or centre is connected to, and the sources behind it.
What is shown is decided in core/detail.py (local suppliers as the coverage analysis counts them); here it
is only worded, in the UI's language."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QTextBrowser

from core import detail as details
from gui import i18n, labels

# self.tr() calls inside f-strings are invisible to lupdate; these marks list their texts.
_LUPDATE_MARKS = (
    QT_TRANSLATE_NOOP("DetailPane", "Select a row to see what it is connected to."),
    QT_TRANSLATE_NOOP("DetailPane", "This entry no longer exists."),
    QT_TRANSLATE_NOOP("DetailPane", "No source recorded."),
    QT_TRANSLATE_NOOP("DetailPane", "stage unknown"),
    QT_TRANSLATE_NOOP("DetailPane", "not local"),
    QT_TRANSLATE_NOOP("DetailPane", "Needs checking: "),
    QT_TRANSLATE_NOOP("DetailPane", "Supplies (capabilities)"),
    QT_TRANSLATE_NOOP("DetailPane", "None recorded"),
    QT_TRANSLATE_NOOP("DetailPane", "Customers"),
    QT_TRANSLATE_NOOP("DetailPane", "Suppliers"),
    QT_TRANSLATE_NOOP("DetailPane", "Centres serving its components"),
    QT_TRANSLATE_NOOP("DetailPane", "Targets that count firms by rule"),
    QT_TRANSLATE_NOOP("DetailPane", "None"),
    QT_TRANSLATE_NOOP("DetailPane", "Source"),
    QT_TRANSLATE_NOOP("DetailPane", "Local suppliers: {n} of {wanted} wanted"),
    QT_TRANSLATE_NOOP("DetailPane", "No supplier recorded"),
    QT_TRANSLATE_NOOP("DetailPane", "Parts"),
    QT_TRANSLATE_NOOP("DetailPane", "Centres serving it"),
    QT_TRANSLATE_NOOP("DetailPane", "Part of"),
    QT_TRANSLATE_NOOP("DetailPane", "Serves"),
    QT_TRANSLATE_NOOP("DetailPane", "Sub-centres"),
    QT_TRANSLATE_NOOP("DetailPane", "whole layer"),
)


def _e(value) -> str:
    return html.escape("" if value is None else str(value))


def _list(items: list[str], empty: str) -> str:
    if not items:
        return f"<p style='color:#777'>{_e(empty)}</p>"
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def _name(zh, en) -> str:
    return i18n.display_name(zh, en)


class DetailPane(QTextBrowser):
    def __init__(self, hub, table: str, parent=None):
        super().__init__(parent)
        self.hub, self.table = hub, table
        self.setOpenExternalLinks(True)
        self.setMinimumWidth(240)
        self.row_id = None

    def show_row(self, row_id) -> None:
        self.row_id = row_id
        if row_id is None:
            self.setHtml(f"<p style='color:#777'>{_e(self.tr('Select a row to see what it is connected to.'))}</p>")
            return
        found = details.of(self.hub.db, self.table, row_id)
        if found is None:
            self.setHtml(f"<p style='color:#777'>{_e(self.tr('This entry no longer exists.'))}</p>")
            return
        render = {"firms": self._firm, "components": self._component, "centres": self._centre}[self.table]
        self.setHtml(render(found))

    def refresh(self) -> None:
        self.show_row(self.row_id)

    def _source(self, source) -> str:
        if source is None:
            return f"<p style='color:#a00'>{_e(self.tr('No source recorded.'))}</p>"
        url = source.get("url")
        link = f" <a href='{_e(url)}'>{_e(url)}</a>" if url else ""
        ref = f"[{_e(source['ref'])}] " if source.get("ref") else ""
        return f"<p>{ref}{_e(source['title'])} — {_e(source.get('publisher'))} {_e(source.get('date'))}{link}</p>"

    def _stage(self, item) -> str:
        stage = _e(labels.value_name("capabilities", "stage", item.stage)) if item.stage else _e(self.tr("stage unknown"))
        return stage + ("" if item.local or item.local is None else f" ({_e(self.tr('not local'))})")

    def _section(self, title: str, items: list[str], empty: str) -> str:
        return f"<h4>{_e(title)}</h4>{_list(items, empty)}"

    def _firm(self, d) -> str:
        row = d.row
        s = d.sections
        caps = [f"{_e(_name(c.name_zh, c.name_en))} — {self._stage(c)}" for c in s["capabilities"]]
        customers = [_e(_name(c.name_zh, c.name_en)) + (f" ({_e(_name(c.via_zh, c.via_en))})" if c.via_zh else "")
                     for c in s["customers"]]
        suppliers = [_e(_name(c.name_zh, c.name_en)) + (f" ({_e(_name(c.via_zh, c.via_en))})" if c.via_zh else "")
                     for c in s["suppliers"]]
        centres = [_e(_name(c.name_zh, c.name_en)) for c in s["centres"]]
        targets = [_e(_name(t.name_zh, t.name_en)) for t in s["targets"]]
        check = (f"<p style='background:#fff4d6'>{_e(self.tr('Needs checking: '))}{_e(row.get('notes'))}</p>"
                 if row.get("needs_check") else "")
        title = _name(row["name_zh"], row.get("name_en"))
        other = row["name_zh"] if title != row["name_zh"] else row.get("name_en")
        facts = " · ".join(_e(v) for v in (other, row.get("short_name"),
                                           labels.value_name("firms", "role", row.get("role")), row.get("district"))
                           if v)
        return (f"<h3>{_e(title)}</h3><p>{facts}</p>{check}"
                + self._section(self.tr("Supplies (capabilities)"), caps, self.tr("None recorded"))
                + self._section(self.tr("Customers"), customers, self.tr("None recorded"))
                + self._section(self.tr("Suppliers"), suppliers, self.tr("None recorded"))
                + self._section(self.tr("Centres serving its components"), centres, self.tr("None recorded"))
                + self._section(self.tr("Targets that count firms by rule"), targets, self.tr("None"))
                + f"<h4>{_e(self.tr('Source'))}</h4>{self._source(d.source)}")

    def _component(self, d) -> str:
        row = d.row
        s = d.sections
        flags = "、".join(labels.flag_name(f) for f in d.flags) if i18n.is_chinese() else ", ".join(
            labels.flag_name(f) for f in d.flags)
        warn = f"<p style='color:#b00'><b>{_e(flags)}</b></p>" if d.flags else ""
        count = self.tr("Local suppliers: {n} of {wanted} wanted").format(n=d.local_suppliers,
                                                                          wanted=row["wanted_suppliers"])
        suppliers = [f"{_e(_name(x.name_zh, x.name_en))} — {self._stage(x)}" for x in s["suppliers"]]
        other = _name(row["name_en"], row["name_zh"]) if i18n.is_chinese() else row["name_zh"]
        facts = " · ".join(_e(v) for v in (other, _name(row.get("layer_zh"), row.get("layer_en"))) if v)
        return (f"<h3>{_e(_name(row['name_zh'], row['name_en']))}</h3><p>{facts}</p><p>{_e(count)}</p>{warn}"
                + self._section(self.tr("Suppliers"), suppliers, self.tr("No supplier recorded"))
                + self._section(self.tr("Parts"), [_e(_name(p.name_zh, p.name_en)) for p in s["parts"]], self.tr("None"))
                + self._section(self.tr("Centres serving it"), [_e(_name(c.name_zh, c.name_en)) for c in s["centres"]],
                                self.tr("None recorded"))
                + (f"<p>{_e(row.get('notes'))}</p>" if row.get("notes") else "")
                + f"<h4>{_e(self.tr('Source'))}</h4>{self._source(d.source)}")

    def _centre(self, d) -> str:
        row = d.row
        s = d.sections
        facts = " · ".join(_e(v) for v in (
            row.get("name_en") if i18n.is_chinese() else row.get("name_zh"),
            labels.value_name("centres", "type", row.get("type")), labels.value_name("centres", "level", row.get("level")),
            labels.value_name("centres", "status", row.get("status")), row.get("status_date")) if v)
        serves = [_e(_name(x.name_zh, x.name_en)) + (f" ({_e(self.tr('whole layer'))})" if x.id == "layers" else "")
                  for x in s["serves"]]
        parent = _name(row.get("parent_zh"), row.get("parent_en"))
        return (f"<h3>{_e(_name(row['name_zh'], row['name_en']))}</h3><p>{facts}</p>"
                + (f"<p>{_e(self.tr('Part of'))}: {_e(parent)}</p>" if parent else "")
                + self._section(self.tr("Serves"), serves, self.tr("None recorded"))
                + self._section(self.tr("Sub-centres"), [_e(_name(c.name_zh, c.name_en)) for c in s["sub_centres"]],
                                self.tr("None"))
                + (f"<p>{_e(row.get('notes'))}</p>" if row.get("notes") else "")
                + f"<h4>{_e(self.tr('Source'))}</h4>{self._source(d.source)}")
