"""The detail pane: what a selected firm, component or centre is connected to, and the sources behind it."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QTextBrowser

from core.analysis.coverage import flags_for
from gui import labels

# self.tr() calls inside f-strings are invisible to lupdate; these marks list their texts.
_LUPDATE_MARKS = (
    QT_TRANSLATE_NOOP("DetailPane", 'Select a row to see what it is connected to.'),
    QT_TRANSLATE_NOOP("DetailPane", 'No source recorded.'),
    QT_TRANSLATE_NOOP("DetailPane", 'stage unknown'),
    QT_TRANSLATE_NOOP("DetailPane", 'not local'),
    QT_TRANSLATE_NOOP("DetailPane", 'Needs checking: '),
    QT_TRANSLATE_NOOP("DetailPane", 'Supplies (capabilities)'),
    QT_TRANSLATE_NOOP("DetailPane", 'None recorded'),
    QT_TRANSLATE_NOOP("DetailPane", 'Customers'),
    QT_TRANSLATE_NOOP("DetailPane", 'Suppliers'),
    QT_TRANSLATE_NOOP("DetailPane", 'Centres serving its components'),
    QT_TRANSLATE_NOOP("DetailPane", 'Targets that count firms by rule'),
    QT_TRANSLATE_NOOP("DetailPane", 'None'),
    QT_TRANSLATE_NOOP("DetailPane", 'Source'),
    QT_TRANSLATE_NOOP("DetailPane", 'wanted local suppliers'),
    QT_TRANSLATE_NOOP("DetailPane", 'No supplier recorded'),
    QT_TRANSLATE_NOOP("DetailPane", 'Parts'),
    QT_TRANSLATE_NOOP("DetailPane", 'Centres serving it'),
    QT_TRANSLATE_NOOP("DetailPane", 'Part of'),
    QT_TRANSLATE_NOOP("DetailPane", 'Serves'),
    QT_TRANSLATE_NOOP("DetailPane", 'Sub-centres'),
)


def _e(value) -> str:
    return html.escape("" if value is None else str(value))


def _list(items: list[str], empty: str) -> str:
    if not items:
        return f"<p style='color:#777'>{_e(empty)}</p>"
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


class DetailPane(QTextBrowser):
    def __init__(self, hub, table: str, parent=None):
        super().__init__(parent)
        self.hub, self.table = hub, table
        self.setOpenExternalLinks(True)
        self.setMinimumWidth(260)
        self._row_id = None

    def show_row(self, row_id) -> None:
        self._row_id = row_id
        if row_id is None:
            self.setHtml(f"<p style='color:#777'>{_e(self.tr('Select a row to see what it is connected to.'))}</p>")
            return
        render = {"firms": self._firm, "components": self._component, "centres": self._centre}.get(self.table)
        self.setHtml(render(row_id) if render else "")

    def refresh(self) -> None:
        self.show_row(self._row_id)

    def _q(self, sql, params):
        return self.hub.db.execute(sql, params).fetchall()

    def _source(self, source_id) -> str:
        if source_id is None:
            return f"<p style='color:#a00'>{_e(self.tr('No source recorded.'))}</p>"
        row = self._q("SELECT ref, title, publisher, date, url FROM sources WHERE id = ?", [source_id])
        if not row:
            return ""
        ref, title, publisher, date, url = row[0]
        link = f" <a href='{_e(url)}'>{_e(url)}</a>" if url else ""
        return f"<p>[{_e(ref)}] {_e(title)} — {_e(publisher)} {_e(date)}{link}</p>"

    def _firm(self, fid) -> str:
        found = self._q("SELECT name_zh, short_name, name_en, role, district, source_id, needs_check, notes "
                        "FROM firms WHERE id = ?", [fid])
        if not found:
            return ""
        name, short, en, role, district, source_id, needs_check, notes = found[0]
        caps = [f"{_e(c)} — {_e(labels.choice_name(s)) or _e(self.tr('stage unknown'))}"
                f"{'' if local else ' (' + _e(self.tr('not local')) + ')'}"
                for c, s, local in self._q("SELECT co.name_zh, ca.stage, ca.local FROM capabilities ca "
                                           "JOIN components co ON co.id = ca.component_id WHERE ca.firm_id = ?", [fid])]
        customers = [f"{_e(n)} ({_e(c)})" for n, c in self._q(
            "SELECT coalesce(f.short_name, f.name_zh), co.name_zh FROM supply_links s JOIN firms f ON f.id = s.customer_id "
            "LEFT JOIN components co ON co.id = s.component_id WHERE s.supplier_id = ?", [fid])]
        suppliers = [f"{_e(n)} ({_e(c)})" for n, c in self._q(
            "SELECT coalesce(f.short_name, f.name_zh), co.name_zh FROM supply_links s JOIN firms f ON f.id = s.supplier_id "
            "LEFT JOIN components co ON co.id = s.component_id WHERE s.customer_id = ?", [fid])]
        centres = [_e(n) for (n,) in self._q(
            "SELECT DISTINCT ce.name_zh FROM capabilities ca JOIN centre_serves cs ON cs.component_id = ca.component_id "
            "JOIN centres ce ON ce.id = cs.centre_id WHERE ca.firm_id = ?", [fid])]
        targets = [f"{_e(p)} {_e(c)} {_e(n)}" for p, c, n in self._q(
            "SELECT p.code, t.code, t.name_zh FROM targets t JOIN plans p ON p.id = t.plan_id "
            "WHERE t.rule IS NOT NULL AND t.rule LIKE 'firms%'", [])]
        check = f"<p style='background:#fff4d6'>{_e(self.tr('Needs checking: '))}{_e(notes)}</p>" if needs_check else ""
        facts = " · ".join(_e(v) for v in (short, en, labels.value_name('firms', 'role', role), district) if v)
        return (f"<h3>{_e(name)}</h3><p>{facts}</p>{check}"
                f"<h4>{_e(self.tr('Supplies (capabilities)'))}</h4>{_list(caps, self.tr('None recorded'))}"
                f"<h4>{_e(self.tr('Customers'))}</h4>{_list(customers, self.tr('None recorded'))}"
                f"<h4>{_e(self.tr('Suppliers'))}</h4>{_list(suppliers, self.tr('None recorded'))}"
                f"<h4>{_e(self.tr('Centres serving its components'))}</h4>{_list(centres, self.tr('None recorded'))}"
                f"<h4>{_e(self.tr('Targets that count firms by rule'))}</h4>{_list(targets, self.tr('None'))}"
                f"<h4>{_e(self.tr('Source'))}</h4>{self._source(source_id)}")

    def _component(self, cid) -> str:
        found = self._q("SELECT c.name_zh, c.name_en, l.name_zh, c.wanted_suppliers, c.source_id, c.notes "
                        "FROM components c JOIN layers l ON l.id = c.layer_id WHERE c.id = ?", [cid])
        if not found:
            return ""
        name, en, layer, wanted, source_id, notes = found[0]
        sups = self._q("SELECT coalesce(f.short_name, f.name_zh), ca.stage, ca.local FROM capabilities ca "
                       "JOIN firms f ON f.id = ca.firm_id WHERE ca.component_id = ? ORDER BY ca.local DESC", [cid])
        local = [s for s in sups if s[2]]
        mass = sum(1 for s in local if s[1] == "mass")
        flags = flags_for(len({s[0] for s in local}), wanted, mass)
        flag_text = "、".join(labels.flag_name(f) for f in flags)
        items = [f"{_e(n)} — {_e(labels.choice_name(s)) or _e(self.tr('stage unknown'))}"
                 f"{'' if lo else ' (' + _e(self.tr('not local')) + ')'}" for n, s, lo in sups]
        centres = [_e(n) for (n,) in self._q(
            "SELECT ce.name_zh FROM centre_serves cs JOIN centres ce ON ce.id = cs.centre_id WHERE cs.component_id = ?", [cid])]
        children = [_e(n) for (n,) in self._q("SELECT name_zh FROM components WHERE parent_id = ?", [cid])]
        warn = f"<p style='color:#b00'><b>{_e(flag_text)}</b></p>" if flags else ""
        return (f"<h3>{_e(name)}</h3><p>{_e(en)} · {_e(layer)} · {_e(self.tr('wanted local suppliers'))}: {wanted}</p>{warn}"
                f"<h4>{_e(self.tr('Suppliers'))}</h4>{_list(items, self.tr('No supplier recorded'))}"
                f"<h4>{_e(self.tr('Parts'))}</h4>{_list(children, self.tr('None'))}"
                f"<h4>{_e(self.tr('Centres serving it'))}</h4>{_list(centres, self.tr('None recorded'))}"
                f"<p>{_e(notes)}</p><h4>{_e(self.tr('Source'))}</h4>{self._source(source_id)}")

    def _centre(self, cid) -> str:
        found = self._q("SELECT name_zh, name_en, type, level, status, status_date, source_id, notes, parent_id "
                        "FROM centres WHERE id = ?", [cid])
        if not found:
            return ""
        name, en, typ, level, status, sdate, source_id, notes, parent = found[0]
        serves = [_e(n) for (n,) in self._q(
            "SELECT coalesce(l.name_zh, c.name_zh) FROM centre_serves cs LEFT JOIN layers l ON l.id = cs.layer_id "
            "LEFT JOIN components c ON c.id = cs.component_id WHERE cs.centre_id = ?", [cid])]
        subs = [_e(n) for (n,) in self._q("SELECT name_zh FROM centres WHERE parent_id = ?", [cid])]
        parent_name = self._q("SELECT name_zh FROM centres WHERE id = ?", [parent])[0][0] if parent else None
        return (f"<h3>{_e(name)}</h3><p>{_e(en)} · {_e(labels.value_name('centres', 'type', typ))} · {_e(labels.value_name('centres', 'level', level))} · "
                f"{_e(labels.value_name('centres', 'status', status))} {_e(sdate)}</p>"
                + (f"<p>{_e(self.tr('Part of'))}: {_e(parent_name)}</p>" if parent_name else "")
                + f"<h4>{_e(self.tr('Serves'))}</h4>{_list(serves, self.tr('None recorded'))}"
                f"<h4>{_e(self.tr('Sub-centres'))}</h4>{_list(subs, self.tr('None'))}"
                f"<p>{_e(notes)}</p><h4>{_e(self.tr('Source'))}</h4>{self._source(source_id)}")
