"""The main window's menus: File, Edit, View (language, columns), Help (guide, shortcuts, data folder, About).
Their texts are in the main window's translation context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from gui import i18n


def action(window, menu, text, slot=None, shortcut=None, enabled=True) -> QAction:
    made = QAction(text, window)
    if shortcut is not None:
        made.setShortcut(shortcut)
    if slot is not None:
        made.triggered.connect(slot)
    made.setEnabled(enabled)
    menu.addAction(made)
    return made


def build_menus(self) -> None:
    """The menu bar of the main window ``self``: File, Edit, View (language, columns), Help."""
    bar = self.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    action(self, file_menu, QCoreApplication.translate("MainWindow", "&New database…"), self._new_database, QKeySequence.StandardKey.New)
    action(self, file_menu, QCoreApplication.translate("MainWindow", "&Open…"), self._open_database, QKeySequence.StandardKey.Open)
    self.recent_menu = file_menu.addMenu(QCoreApplication.translate("MainWindow", "Open &recent"))
    self._fill_recent()
    file_menu.addSeparator()
    self.import_action = action(self, file_menu, QCoreApplication.translate("MainWindow", "&Import…"), self._import, QKeySequence("Ctrl+I"))
    self.export_action = action(self, file_menu, QCoreApplication.translate("MainWindow", "&Export…"), self._export, QKeySequence("Ctrl+E"))
    action(self, file_menu, QCoreApplication.translate("MainWindow", "Export &template…"), self._export_template)
    file_menu.addSeparator()
    action(self, file_menu, QCoreApplication.translate("MainWindow", "Print pre&view…"), self._report("print_preview"))
    self.print_action = action(self, file_menu, QCoreApplication.translate("MainWindow", "&Print…"), self._report("print_report"),
                                     QKeySequence.StandardKey.Print)
    action(self, file_menu, QCoreApplication.translate("MainWindow", "Export P&DF…"), self._report("export_pdf"))
    file_menu.addSeparator()
    action(self, file_menu, QCoreApplication.translate("MainWindow", "&Quit"), self.close, QKeySequence.StandardKey.Quit)

    edit = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    undo = self.hub.undo_stack.createUndoAction(self, QCoreApplication.translate("MainWindow", "&Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = self.hub.undo_stack.createRedoAction(self, QCoreApplication.translate("MainWindow", "&Redo"))
    redo.setShortcut(QKeySequence.StandardKey.Redo)
    edit.addAction(undo)
    edit.addAction(redo)
    self.undo_action, self.redo_action = undo, redo
    edit.addSeparator()
    action(self, edit, QCoreApplication.translate("MainWindow", "Cu&t"), lambda: self._on_view("cut"))
    action(self, edit, QCoreApplication.translate("MainWindow", "&Copy"), lambda: self._on_view("copy"))
    action(self, edit, QCoreApplication.translate("MainWindow", "&Paste"), lambda: self._on_view("paste"))
    action(self, edit, QCoreApplication.translate("MainWindow", "Fill &down"), lambda: self._on_view("fill"))
    edit.addSeparator()
    action(self, edit, QCoreApplication.translate("MainWindow", "&New entry"), lambda: self._on_page("add_row"), QKeySequence("Ctrl+Shift+N"))
    action(self, edit, QCoreApplication.translate("MainWindow", "D&uplicate rows"), lambda: self._on_page("duplicate_rows"))
    action(self, edit, QCoreApplication.translate("MainWindow", "De&lete rows"), lambda: self._on_page("delete_rows"), QKeySequence("Ctrl+Shift+Del"))
    edit.addSeparator()
    action(self, edit, QCoreApplication.translate("MainWindow", "&Find"), lambda: self._on_page("focus_search"), QKeySequence.StandardKey.Find)

    view = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    lang = view.addMenu(QCoreApplication.translate("MainWindow", "&Language"))
    self.language_group = QActionGroup(self)
    self.language_group.setExclusive(True)
    for code, name in (("zh_CN", "中文（简体）"), ("en", "English")):
        choice = action(self, lang, name, lambda _c=False, c=code: self._choose_language(c))
        choice.setCheckable(True)
        choice.setChecked(i18n.current() == code)
        choice.setData(code)
        self.language_group.addAction(choice)
    self.columns_menu = view.addMenu(QCoreApplication.translate("MainWindow", "&Columns"))
    self.columns_menu.aboutToShow.connect(self._fill_columns_menu)
    action(self, view, QCoreApplication.translate("MainWindow", "&Refresh"), lambda: self.hub.changed.emit(None), QKeySequence.StandardKey.Refresh)

    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    action(self, help_menu, QCoreApplication.translate("MainWindow", "&User guide"), self._guide, QKeySequence.StandardKey.HelpContents)
    action(self, help_menu, QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"), self._shortcuts)
    action(self, help_menu, QCoreApplication.translate("MainWindow", "Open the &data folder (backups, log)"), self._data_folder)
    help_menu.addSeparator()
    action(self, help_menu, QCoreApplication.translate("MainWindow", "&About Chain Mapper"), self._about)
