"""One language at a time: in the Chinese UI no text of the table pages, the main window, their dialogs and
messages is English (names and units aside), and in the English UI none is Chinese. The language switch keeps
the page and the selection and marks the current language."""

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QTreeView,
    QWidget,
)

from gui import i18n, messages

# Names and units a Chinese text may carry: the product, file types, keys, and our data's own names.
ALLOWED_LATIN = {"chain", "mapper", "excel", "wps", "pdf", "sqlite", "db", "ctrl", "shift", "alt", "tab", "enter",
                 "esc", "delete", "f1", "f2", "json", "csv", "xlsx", "yyyy", "mm", "dd", "english"}
# Words an English text quotes as what may be typed (约 500, 12.5亿, 是/否) — the input, not the UI's language.
ALLOWED_CJK = r"亿元|[约超余万亿元是否年月]"
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]+")
CJK = re.compile(r"[\u3400-\u9fff\uff01-\uff5e（），。：；、“”]")


def widget_texts(root: QWidget) -> list[str]:
    """Every text a user can read on ``root`` and its children (labels, buttons, menus, headers, tips …)."""
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        out += [w.windowTitle(), w.toolTip()]
        if isinstance(w, (QLabel, QAbstractButton)):
            out.append(w.text())
        if isinstance(w, QLineEdit):
            out.append(w.placeholderText())
        if isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count()) if w.itemData(i) is not None or w.itemText(i)]
        if isinstance(w, QListWidget):
            out += [w.item(i).text() for i in range(w.count())]
        if isinstance(w, QTabWidget):
            out += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QTextBrowser):
            out.append(w.toPlainText())
        if isinstance(w, QMenu):
            out += [a.text() for a in w.actions()]
        if isinstance(w, (QTableView, QTreeView)) and w.model() is not None:
            model = w.model()
            for s in range(model.columnCount()):
                out.append(model.headerData(s, Qt.Orientation.Horizontal) or "")
                out.append(model.headerData(s, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) or "")
    return [str(t) for t in out if t]


def data_texts(db) -> list[str]:
    """Every text the data holds (names, definitions, quotes, units …) and the user's name: shown as
    stored, in whatever language it was written, so they are left out of the check."""
    from core.fields.spec import TABLES
    from db.connection import current_user

    out = {current_user()}
    for table, columns in TABLES.items():
        for col in columns:
            if col.kind in ("text", "longtext"):
                for (value,) in db.execute(f"SELECT DISTINCT [{col.name}] FROM [{table}] WHERE [{col.name}] != ''"):
                    out.add(str(value))
                    out.update(p.strip() for p in str(value).split(";") if p.strip())
    return sorted((t for t in out if t), key=len, reverse=True)


def _ui_part(text: str, data: list[str]) -> str:
    """``text`` without the data's own words, the user's typed text, paths and markup."""
    text = re.sub(r"<[^>]+>", " ", text)
    text = re.sub(r"“[^”]*”|'[^']*'|\S*/\S*|\([^)]*\*[^)]*\)", " ", text)
    text = re.sub(r"[\w-]*\.(sqlite|xlsx|xlsm|xls|ods|csv|pdf|md)\b|\b[A-Z]\d+\b", " ", text)  # files, codes
    for value in data:
        if value in text:
            text = text.replace(value, " ")
    return text


def english_in(texts, data) -> list[str]:
    bad = []
    for text in texts:
        words = [w for w in LATIN_WORD.findall(_ui_part(text, data)) if w.lower() not in ALLOWED_LATIN]
        if words:
            bad.append(text)
    return bad


def chinese_in(texts, data) -> list[str]:
    return [t for t in texts if CJK.search(re.sub(ALLOWED_CJK, "", _ui_part(t, data))) and t != "中文（简体）"]


@pytest.fixture
def ui(qtbot, hub, monkeypatch):
    """Returns a function building the main window in a language; shown messages are collected."""
    app = QApplication.instance()
    shown = []
    monkeypatch.setattr(messages, "error", lambda parent, title, text, details=None: shown.append(title + text))
    monkeypatch.setattr(messages, "info", lambda parent, title, text: shown.append(title + text))
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text, **k: shown.append(title + text) or True)

    def build(language):
        from gui.main_window import MainWindow

        i18n.install(app, language)
        window = MainWindow(hub)
        qtbot.add_widget(window)
        window.show()
        return window, shown

    yield build
    i18n.install(app, "en")


def walk(window, qtbot, hub) -> list[str]:
    """Go through the table pages, History, the menus, the help windows and a few messages."""
    texts = widget_texts(window)
    for menu in window.menuBar().findChildren(QMenu):
        menu.aboutToShow.emit()
        texts += [a.text() for a in menu.actions()]
    for key in window.PAGES:
        if key in ("overview", "chain"):
            continue  # the chart pages speak for themselves (tests/test_views_*)
        window.show_page(key)
        texts += widget_texts(window.stack.currentWidget()) + [window.count_label.text()]
    firms = window.table_pages["firms"]
    window.show_page("firms")
    model = firms.model
    c = [col.name for col in model.columns].index("founded_year")
    model.setData(model.index(1, c), "去年")  # refused: the reason is said in the UI's language
    texts.append(model.refusal(model.index(1, c))[1])
    texts.append(model.index(1, c).data(Qt.ItemDataRole.ToolTipRole))
    model.setData(model.index(1, [col.name for col in model.columns].index("district")), "南山区")
    texts.append(hub.undo_stack.undoText())
    for row in range(model.rowCount()):
        firms.view.setCurrentIndex(model.index(row, 0))
        texts.append(firms.detail.toPlainText())
    for table in ("components", "centres"):
        page = window.table_pages[table]
        window.show_page(table)
        for row in range(page.model.rowCount()):
            page.view.setCurrentIndex(page.model.index(row, 0))
            texts.append(page.detail.toPlainText())
    firms.add_row()
    texts += [model.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole),
              model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole), firms.summary()]
    firms.delete_rows()  # the draft is dropped
    firms.view.setCurrentIndex(model.index(0, 0))
    firms.delete_rows()  # asks first (answered yes by the fixture): the question is collected
    history = window.pages["history"]
    window.show_page("history")
    history.model.refresh()
    for r in range(min(history.model.rowCount(), 10)):
        texts += [history.model.index(r, c).data() or "" for c in range(history.model.columnCount())]
    texts.append(history.summary())
    window._guide()
    window._shortcuts()
    window._about()
    for w in window._windows:
        texts += widget_texts(w)
    dialog = QFileDialog(window, window.tr("Open database"), "",
                         window.tr("Chain Mapper databases (*.sqlite *.db);;All files (*)"))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.add_widget(dialog)
    texts += [t for t in widget_texts(dialog) if "/" not in t]  # folder paths are names
    return [t for t in texts if t]


def test_chinese_ui_has_no_english(ui, qtbot, hub):
    window, shown = ui("zh_CN")
    data = data_texts(hub.db)  # before the walk deletes a firm
    texts = walk(window, qtbot, hub) + shown
    assert len(texts) > 300
    assert english_in(texts, data) == []
    assert any("查找范围" in t for t in texts)  # Qt's own file dialog, in Chinese throughout


def test_english_ui_has_no_chinese_outside_names(ui, qtbot, hub):
    window, shown = ui("en")
    data = data_texts(hub.db)
    texts = walk(window, qtbot, hub) + shown
    assert len(texts) > 300
    assert chinese_in(texts, data) == []


def test_language_switch_keeps_page_and_selection_and_marks_the_language(qtbot, map_file):
    from gui.app import AppController

    controller = AppController(QApplication.instance())
    assert controller.open(str(map_file))
    try:
        window = controller.window
        window.show_page("components")
        page = window.table_pages["components"]
        page.view.setCurrentIndex(page.model.index(2, 1))
        row_id = page.model.row_id(2)
        c = [col.name for col in page.model.columns].index("wanted_suppliers")
        assert page.model.setData(page.model.index(3, c), "3")
        assert controller.hub.undo_stack.undoText() == "Edit Wanted suppliers of Depth camera"
        controller.set_language("zh_CN")
        assert controller.hub.undo_stack.undoText() == "修改 深度相机 的期望本地供应商数"  # worded again
        window = controller.window
        assert window.current_key() == "components"
        page = window.table_pages["components"]
        current = page.view.currentIndex()
        assert page.model.row_id(current.row()) == row_id and current.column() == 1
        checked = [a.data() for a in window.language_group.actions() if a.isChecked()]
        assert checked == ["zh_CN"]
        controller.set_language("en")
        assert [a.data() for a in controller.window.language_group.actions() if a.isChecked()] == ["en"]
        assert controller.window.current_key() == "components"
    finally:
        controller.window.close()
        controller.hub.close()
        i18n.install(QApplication.instance(), "en")
