"""The main window: navigation on the left, one page per part of the map, menus and status bar."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QListWidget,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from gui import labels, messages, settings
from gui.chain_map.outline import ChainPage
from gui.overview.page import OverviewPage
from gui.tables.history_page import HistoryPage
from gui.tables.page import TablePage


class MainWindow(QMainWindow):
    """Signals:
        open_requested(str): the user chose another database file.
        new_requested(str): the user asked for a new database at this path.
        language_requested(str): the user chose a UI language ("zh_CN" or "en").
    """

    open_requested = Signal(str)
    new_requested = Signal(str)
    language_requested = Signal(str)

    PAGES = ("overview", "chain", "firms", "components", "layers", "capabilities", "supply_links", "centres",
             "plans_targets", "observations", "sources", "history")

    def __init__(self, hub, parent=None):
        super().__init__(parent)
        self.hub = hub
        self.nav = QListWidget(self)
        self.stack = QStackedWidget(self)
        self.pages: dict[str, QWidget] = {}
        self.table_pages: dict[str, TablePage] = {}
        self._build_pages()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([170, 1100])
        self.setCentralWidget(self.splitter)
        self.nav.currentRowChanged.connect(self._on_nav)
        self.count_label = QLabel(self)
        self.saved_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.saved_label)
        hub.saved.connect(lambda t: self.saved_label.setText(self.tr("Saved {time}").format(time=t)))
        hub.changed.connect(lambda _t: self._update_status())
        hub.failed.connect(lambda what, why: messages.error(self, self.tr("Cannot undo/redo"), f"{what}\n\n{why}"))
        self._build_menus()
        self.setWindowTitle(self.tr("Chain Mapper — {path}").format(path=hub.path))
        self.resize(1280, 800)
        self.restore_state()
        self.nav.setCurrentRow(0)
        from gui.excel.import_dialog import install_drop_import

        self._drop_import = install_drop_import(self, hub)  # dropping a workbook on the window imports it

    # ----- pages ---------------------------------------------------------------------------------------------
    def _build_pages(self) -> None:
        names = {
            "overview": self.tr("Overview"), "chain": self.tr("Chain map"), "plans_targets": self.tr("Plans & targets"),
            "history": self.tr("History"),
        }
        for key in self.PAGES:
            if key == "overview":
                page = OverviewPage(self.hub, self)
                page.open_rows.connect(self.show_rows)
            elif key == "chain":
                from gui.chain_map.view import ChainMapPage

                page = QTabWidget(self)
                self.chain_map = ChainMapPage(self.hub, page)
                self.chain_map.node_activated.connect(self.show_row)
                outline = ChainPage(self.hub, page)
                outline.open_component.connect(lambda cid: self.show_row("components", cid))
                page.addTab(self.chain_map, self.tr("Map"))
                page.addTab(outline, self.tr("Outline"))
                page.summary = self.chain_map.summary
            elif key == "history":
                page = HistoryPage(self.hub, self)
            elif key == "plans_targets":
                page = QSplitter(Qt.Orientation.Vertical, self)
                for table in ("plans", "targets"):
                    tp = TablePage(self.hub, table, page)
                    page.addWidget(tp)
                    self._register_table(tp)
                page.setSizes([200, 500])
            else:
                page = TablePage(self.hub, key, self)
                self._register_table(page)
            self.pages[key] = page
            self.stack.addWidget(page)
            self.nav.addItem(names.get(key) or labels.table_name(key))

    def _register_table(self, page: TablePage) -> None:
        self.table_pages[page.table] = page
        page.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        page.model.loaded.connect(self._update_status)
        page.view.installEventFilter(self)

    def current_table_page(self) -> TablePage | None:
        widget = QApplication.focusWidget()
        for page in self.table_pages.values():
            if widget is not None and (widget is page or page.isAncestorOf(widget)):
                return page
        current = self.stack.currentWidget()
        if isinstance(current, TablePage):
            return current
        if isinstance(current, QSplitter):
            return self.table_pages["targets"]
        return None

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(self.PAGES.index(key))

    def show_row(self, table: str, row_id: int) -> None:
        page = self.table_pages[table]
        self.show_page("plans_targets" if table in ("plans", "targets") else table)
        page.select_row_id(row_id)

    def show_rows(self, table: str, ids, description: str) -> None:
        page = self.table_pages[table]
        self.show_page("plans_targets" if table in ("plans", "targets") else table)
        page.show_ids(ids, description)

    def _on_nav(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        self._update_status()

    def _update_status(self) -> None:
        page = self.stack.currentWidget()
        if isinstance(page, QSplitter):
            text = " · ".join(f"{labels.table_name(p.table)}: {p.summary()}" for p in (self.table_pages["plans"],
                                                                                        self.table_pages["targets"]))
        else:
            text = page.summary() if hasattr(page, "summary") else ""
        self.count_label.setText(text)

    # ----- menus ---------------------------------------------------------------------------------------------
    def _action(self, menu, text, slot=None, shortcut=None, enabled=True) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if slot is not None:
            action.triggered.connect(slot)
        action.setEnabled(enabled)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&New database…"), self._new_database, QKeySequence.StandardKey.New)
        self._action(file_menu, self.tr("&Open…"), self._open_database, QKeySequence.StandardKey.Open)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self._fill_recent()
        file_menu.addSeparator()
        self.import_action = self._action(file_menu, self.tr("&Import…"), self._import,
                                          QKeySequence("Ctrl+I"))
        self.export_action = self._action(file_menu, self.tr("&Export…"), self._export, QKeySequence("Ctrl+E"))
        self._action(file_menu, self.tr("Export &template…"), self._export_template)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Print pre&view…"), self._report("print_preview"))
        self.print_action = self._action(file_menu, self.tr("&Print…"), self._report("print_report"),
                                         QKeySequence.StandardKey.Print)
        self._action(file_menu, self.tr("Export P&DF…"), self._report("export_pdf"))
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit = bar.addMenu(self.tr("&Edit"))
        undo = self.hub.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.hub.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit.addAction(undo)
        edit.addAction(redo)
        self.undo_action, self.redo_action = undo, redo
        edit.addSeparator()
        self._action(edit, self.tr("Cu&t"), lambda: self._on_view("cut"))
        self._action(edit, self.tr("&Copy"), lambda: self._on_view("copy"))
        self._action(edit, self.tr("&Paste"), lambda: self._on_view("paste"))
        self._action(edit, self.tr("Fill &down"), lambda: self._on_view("fill"))
        edit.addSeparator()
        self._action(edit, self.tr("&Add row"), lambda: self._on_page("add_row"), QKeySequence("Ctrl+Shift+N"))
        self._action(edit, self.tr("D&uplicate rows"), lambda: self._on_page("duplicate_rows"))
        self._action(edit, self.tr("De&lete rows"), lambda: self._on_page("delete_rows"), QKeySequence("Ctrl+Shift+Del"))
        edit.addSeparator()
        self._action(edit, self.tr("&Find"), lambda: self._on_page("focus_search"), QKeySequence.StandardKey.Find)

        view = bar.addMenu(self.tr("&View"))
        lang = view.addMenu(self.tr("&Language"))
        self._action(lang, "中文（简体）", lambda: self.language_requested.emit("zh_CN"))
        self._action(lang, "English", lambda: self.language_requested.emit("en"))
        self.columns_menu = view.addMenu(self.tr("&Columns"))
        self.columns_menu.aboutToShow.connect(self._fill_columns_menu)
        self._action(view, self.tr("&Refresh"), lambda: self.hub.changed.emit(None), QKeySequence.StandardKey.Refresh)

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About Chain Mapper"), self._about)

    def _import(self) -> None:
        from gui.excel.import_dialog import import_workbook

        self._import_dialog = import_workbook(self, self.hub)

    def _export(self) -> None:
        from gui.excel.export_actions import export_workbook

        self._export_job = export_workbook(self, self.hub)

    def _export_template(self) -> None:
        from gui.excel.export_actions import export_template

        self._export_job = export_template(self, self.hub)

    def _report(self, name: str):
        def run():
            from gui.report import dialog as report_dialog

            self._report_job = getattr(report_dialog, name)(self, self.hub)

        return run

    def _on_view(self, what: str) -> None:
        page = self.current_table_page()
        if page is None:
            return
        view = page.view
        if what == "copy":
            view.copy_selection()
        elif what == "cut":
            view.copy_selection()
            view.clear_selection_cells()
        elif what == "paste":
            view.paste()
        elif what == "fill":
            from gui.tables import actions

            rows, cols = view.selected_block()
            actions.fill_down(page.model, rows, cols)

    def _on_page(self, method: str) -> None:
        page = self.current_table_page()
        if page is not None:
            getattr(page, method)()

    def _fill_columns_menu(self) -> None:
        self.columns_menu.clear()
        page = self.current_table_page()
        if page is None:
            self.columns_menu.addAction(self.tr("(open a table first)")).setEnabled(False)
            return
        header = page.view.horizontalHeader()
        for i, col in enumerate(page.model.columns):
            action = self.columns_menu.addAction(labels.column_name(page.table, col.name))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(i))
            action.toggled.connect(lambda on, i=i, h=header: h.setSectionHidden(i, not on))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in settings.read_list("recent_databases"):
            self._action(self.recent_menu, path, lambda _c=False, p=path: self.open_requested.emit(p))
        self.recent_menu.setEnabled(bool(self.recent_menu.actions()))

    def _open_database(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Open database"), "",
                                               self.tr("Chain Mapper databases (*.sqlite *.db);;All files (*)"))
        if path:
            self.open_requested.emit(path)

    def _new_database(self) -> None:
        path, _f = QFileDialog.getSaveFileName(self, self.tr("New database"), "chain-map.sqlite",
                                               self.tr("Chain Mapper databases (*.sqlite)"))
        if path:
            self.new_requested.emit(path)

    def _about(self) -> None:
        rows = self.hub.db.execute("SELECT ref, title, publisher, date FROM sources ORDER BY id").fetchall()
        sources = "".join(f"<li>[{r[0] or ''}] {r[1]} — {r[2] or ''} {r[3] or ''}</li>" for r in rows[:30])
        messages.info(self, self.tr("About Chain Mapper"),
                      self.tr("<p><b>Chain Mapper</b> keeps a living map of Shenzhen's embodied-robot industry chain "
                              "and its gaps against the 2026/2027 targets.</p><p>Data sources:</p>") + f"<ul>{sources}</ul>")

    # ----- state ---------------------------------------------------------------------------------------------
    def restore_state(self) -> None:
        geometry = settings.read_bytes("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = settings.read_bytes("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        for table, page in self.table_pages.items():
            state = settings.read_bytes(f"columns/{table}")
            if state is not None:
                page.view.horizontalHeader().restoreState(state)
            if page.splitter is not None:
                detail = settings.read_bytes(f"detail/{table}")
                if detail is not None:
                    page.splitter.restoreState(detail)

    def save_state(self) -> None:
        settings.write("window/geometry", self.saveGeometry())
        settings.write("window/splitter", self.splitter.saveState())
        for table, page in self.table_pages.items():
            settings.write(f"columns/{table}", page.view.horizontalHeader().saveState())
            if page.splitter is not None:
                settings.write(f"detail/{table}", page.splitter.saveState())

    def closeEvent(self, event):  # noqa: N802 - Qt override
        self.save_state()
        super().closeEvent(event)


__all__ = ["MainWindow", "QByteArray"]
