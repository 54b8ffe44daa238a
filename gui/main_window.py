"""The main window: navigation on the left, one page per part of the map, menus and status bar.

The table pages read their rows when first shown; the Overview and the Chain map (which need the chart
libraries) are built only after the window has painted, so the window appears at once.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
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

from gui import help as help_windows
from gui import i18n, labels, messages, settings, worker
from gui.lazy_page import LazyPage
from gui.menus import action
from gui.tables.history_page import HistoryPage
from gui.tables.page import TablePage

PAGES = ("overview", "chain", "firms", "components", "layers", "capabilities", "supply_links", "centres",
         "plans_targets", "observations", "sources", "history")


class MainWindow(QMainWindow):
    """Signals:
        open_requested(str): the user chose another database file.
        new_requested(str): the user asked for a new database at this path.
        language_requested(str): the user chose a UI language ("zh_CN" or "en").
    """

    open_requested = Signal(str)
    new_requested = Signal(str)
    language_requested = Signal(str)

    PAGES = PAGES

    def __init__(self, hub, parent=None):
        super().__init__(parent)
        self.hub = hub
        self.nav = QListWidget(self)
        self.stack = QStackedWidget(self)
        self.pages: dict[str, QWidget] = {}
        self.table_pages: dict[str, TablePage] = {}
        self._windows = []  # help windows kept alive
        self._tables_queued = False
        self._shut_down = False
        self._loader = QTimer(self, singleShot=True, interval=0)
        self._loader.timeout.connect(self._load_next_table)
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
        hub.failed.connect(self._on_undo_failed)
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
        for key in PAGES:
            if key == "overview":
                page = LazyPage(self._make_overview, self, build_after_paint=True)
            elif key == "chain":
                page = LazyPage(self._make_chain, self)
            elif key == "history":
                page = HistoryPage(self.hub, self)
            elif key == "plans_targets":
                page = QSplitter(Qt.Orientation.Vertical, self)
                for table in ("plans", "targets"):
                    tp = TablePage(self.hub, table, page)
                    page.addWidget(tp)
                    self._register_table(tp)
                page.setSizes([220, 480])
            else:
                page = TablePage(self.hub, key, self)
                self._register_table(page)
            self.pages[key] = page
            self.stack.addWidget(page)
            self.nav.addItem(names.get(key) or labels.table_name(key))

    def _make_overview(self, parent) -> QWidget:
        from gui.overview.page import OverviewPage  # the chart libraries load here, after the first paint

        page = OverviewPage(self.hub, parent)
        page.open_rows.connect(self.show_rows)
        return page

    def _make_chain(self, parent) -> QWidget:
        from gui.chain_map.outline import ChainPage
        from gui.chain_map.view import ChainMapPage

        tabs = QTabWidget(parent)
        self.chain_map = ChainMapPage(self.hub, tabs)
        self.chain_map.node_activated.connect(self.show_row)
        outline = ChainPage(self.hub, tabs)
        outline.open_component.connect(lambda cid: self.show_row("components", cid))
        tabs.addTab(self.chain_map, self.tr("Map"))
        tabs.addTab(outline, self.tr("Outline"))
        tabs.summary = self.chain_map.summary
        return tabs

    def page(self, key: str) -> QWidget:
        """The real page for ``key`` (a lazily built page is built now)."""
        page = self.pages[key]
        return page.build() if isinstance(page, LazyPage) else page

    def _register_table(self, page: TablePage) -> None:
        self.table_pages[page.table] = page
        page.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        page.model.loaded.connect(self._update_status)
        page.model.refreshed.connect(self._update_status)
        page.model.rowsInserted.connect(self._update_status)  # a draft shown or more rows read
        page.model.rowsRemoved.connect(self._update_status)

    def current_key(self) -> str:
        return PAGES[max(self.nav.currentRow(), 0)]

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
        self.nav.setCurrentRow(PAGES.index(key))

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

    def _on_undo_failed(self, what: str, why) -> None:
        from gui import wording

        messages.error(self, self.tr("Cannot undo or redo"), f"{what}\n\n{wording.describe(why)}")

    # ----- where the user was (kept across a language switch) -----------------------------------------------
    def view_state(self) -> dict:
        state = {"page": self.current_key(), "tables": {}}
        for table, page in self.table_pages.items():
            current = page.view.currentIndex()
            if page.model.is_loaded and current.isValid():
                state["tables"][table] = (page.model.row_id(current.row()), current.column(),
                                          page.view.verticalScrollBar().value(),
                                          page.view.horizontalScrollBar().value())
        return state

    def restore_view_state(self, state: dict) -> None:
        self.show_page(state.get("page", "overview"))
        for table, (row_id, column, vscroll, hscroll) in state.get("tables", {}).items():
            page = self.table_pages.get(table)
            if page is None or row_id is None or row_id < 0:
                continue
            page.ensure_loaded()
            row = page.model.find(row_id)
            if row is None:
                continue
            page.view.setCurrentIndex(page.model.index(row, column))
            page.view.verticalScrollBar().setValue(vscroll)
            page.view.horizontalScrollBar().setValue(hscroll)

    # ----- menus ---------------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        from gui.menus import build_menus

        build_menus(self)

    def _choose_language(self, code: str) -> None:
        if code != i18n.current():
            self.language_requested.emit(code)

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
            action(self, self.recent_menu, path, lambda _c=False, p=path: self.open_requested.emit(p))
        self.recent_menu.setEnabled(bool(self.recent_menu.actions()))

    def _open_database(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Open database"), settings.start_folder(),
                                               self.tr("Chain Mapper databases (*.sqlite *.db);;All files (*)"))
        if path:
            settings.remember_folder(path)
            self.open_requested.emit(path)

    def _new_database(self) -> None:
        path, _f = QFileDialog.getSaveFileName(self, self.tr("New database"),
                                               settings.start_path(self.tr("chain-map.sqlite")),
                                               self.tr("Chain Mapper databases (*.sqlite)"))
        if path:
            settings.remember_folder(path)
            self.new_requested.emit(path)

    def _guide(self) -> None:
        window = help_windows.show_guide(self)
        if window is not None:
            self._windows.append(window)

    def _shortcuts(self) -> None:
        self._windows.append(help_windows.show_shortcuts(self))

    def _data_folder(self) -> None:
        from core.workspace import data_dir

        help_windows.open_folder(self, data_dir())

    def _about(self) -> None:
        help_windows.show_about(self, self.hub.db)

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
                page.apply_saved_order()  # the header's own saved sort indicator may be older
            if page.splitter is not None:
                detail = settings.read_bytes(f"detail/{table}")
                if detail is not None:
                    page.splitter.restoreState(detail)

    def save_state(self) -> None:
        values = {"window/geometry": self.saveGeometry(), "window/splitter": self.splitter.saveState()}
        for table, page in self.table_pages.items():
            values[f"columns/{table}"] = page.view.horizontalHeader().saveState()
            if page.splitter is not None:
                values[f"detail/{table}"] = page.splitter.saveState()
        settings.write_many(values)

    def showEvent(self, event):  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._tables_queued:
            self._tables_queued = True
            self._loader.start()

    def _load_next_table(self) -> None:
        """Once the window is up, read the tables' first rows a few at a time (about 40 ms per turn of the
        event loop), so every page opens at once and the window never waits for them."""
        started = time.perf_counter()
        for page in self.table_pages.values():
            if self._shut_down:
                return
            if not page.model.is_loaded:
                if time.perf_counter() - started > 0.04:
                    self._loader.start()
                    return
                page.ensure_loaded()

    def shutdown(self) -> None:
        """Stop every background job: nobody waits for results that will never be shown."""
        self._shut_down = True
        self._loader.stop()
        for page in self.pages.values():
            if hasattr(page, "shutdown"):
                page.shutdown()
        worker.cancel_all()

    def closeEvent(self, event):  # noqa: N802 - Qt override
        self.save_state()
        self.shutdown()
        super().closeEvent(event)
