"""The main window, settings that survive a restart, and the Qt binding guard."""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

ROOT = Path(__file__).resolve().parents[1]


def test_main_window_pages_menus_and_status(hub, qtbot):
    from gui.main_window import MainWindow

    window = MainWindow(hub)
    qtbot.add_widget(window)
    window.show()
    assert str(hub.path) in window.windowTitle()
    for key in window.PAGES:
        window.show_page(key)
        qtbot.wait(1)
    window.show_page("firms")
    assert "5" in window.count_label.text()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Help"]
    # An edit made in a table shows up in the undo menu text and the status bar.
    page = window.table_pages["firms"]
    model = page.model
    c = [col.name for col in model.columns].index("employees")
    assert model.setData(model.index(0, c), "300")
    assert window.undo_action.text().startswith("&Undo") or "Undo" in window.undo_action.text()
    assert "Employees" in window.undo_action.text()
    assert window.saved_label.text().startswith("Saved")
    # Click-through: show only some rows, then all again.
    window.show_rows("firms", [1, 2], "from a chart")
    assert model.rowCount() == 2
    page.show_all()
    assert model.rowCount() == 5
    window.show_row("components", 2)
    comp_page = window.table_pages["components"]
    assert comp_page.model.row_id(comp_page.view.currentIndex().row()) == 2
    assert "谐波减速器" in comp_page.detail.toPlainText()


def test_detail_pane_shows_connections_and_sources(hub, qtbot):
    from gui.tables.page import TablePage

    page = TablePage(hub, "firms")
    qtbot.add_widget(page)
    orbbec = hub.db.execute("SELECT id FROM firms WHERE short_name = '奥比中光'").fetchone()[0]
    page.detail.show_row(orbbec)
    text = page.detail.toPlainText()
    assert "Depth camera" in text and "UBTech" in text  # supplies it to UBTech (English names in the English UI)
    ubtech = hub.db.execute("SELECT id FROM firms WHERE short_name = '优必选'").fetchone()[0]
    page.detail.show_row(ubtech)
    assert "深圳新闻网 回望2024" in page.detail.toPlainText()  # its source


def test_chain_page_flags_and_click_opens_component(hub, qtbot):
    from gui.chain_map.outline import ChainPage

    page = ChainPage(hub)
    qtbot.add_widget(page)
    page.show()  # the tree is built, in the background, when the page is on screen
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10000)
    items = page.tree.findItems("Roller screw", Qt.MatchFlag.MatchRecursive)  # English UI: English names
    assert items and "Single source" in items[0].text(5)
    with qtbot.wait_signal(page.open_component) as blocker:
        page.tree.itemActivated.emit(items[0], 0)
    assert blocker.args[0] == items[0].data(0, Qt.ItemDataRole.UserRole)


def test_history_revert(hub, qtbot, monkeypatch):
    from gui import messages
    from gui.tables.history_page import HistoryPage
    from gui.tables.model import SqlTableModel

    page = HistoryPage(hub)
    qtbot.add_widget(page)
    model = SqlTableModel(hub, "firms")
    c = [col.name for col in model.columns].index("district")
    rid = model.row_id(0)
    model.setData(model.index(0, c), "宝安区")
    page.model.reload()
    assert page.model.row_data(0)["new_value"] == "宝安区"  # newest first
    page.view.selectRow(0)
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)
    page.revert_selected()
    assert hub.db.execute("SELECT district FROM firms WHERE id = ?", [rid]).fetchone()[0] != "宝安区"


def test_settings_round_trip_in_separate_processes(tmp_path):
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "cfg"), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(ROOT))
    write = textwrap.dedent("""
        from PySide6.QtCore import QCoreApplication
        app = QCoreApplication([])
        from gui import settings
        settings.write("recent_databases", ["/tmp/只有一个.sqlite"])
        settings.write("flag", False)
        settings.write("language", "zh_CN")
        settings.write("width", 321)
    """)
    read = textwrap.dedent("""
        from PySide6.QtCore import QCoreApplication
        app = QCoreApplication([])
        from gui import settings
        print(repr((settings.read_list("recent_databases"), settings.read_bool("flag", True),
                    settings.read_str("language"), settings.read_int("width"))))
    """)
    subprocess.run([sys.executable, "-c", write], env=env, check=True, timeout=60)
    out = subprocess.run([sys.executable, "-c", read], env=env, check=True, timeout=60, capture_output=True,
                         text=True).stdout.strip()
    assert out == repr((["/tmp/只有一个.sqlite"], False, "zh_CN", 321))


def test_window_geometry_and_columns_remembered(hub, qtbot):
    from gui.main_window import MainWindow

    first = MainWindow(hub)
    qtbot.add_widget(first)
    header = first.table_pages["firms"].view.horizontalHeader()
    header.resizeSection(0, 333)
    header.setSectionHidden(3, True)
    first.save_state()
    second = MainWindow(hub)
    qtbot.add_widget(second)
    header2 = second.table_pages["firms"].view.horizontalHeader()
    assert header2.sectionSize(0) == 333
    assert header2.isSectionHidden(3)


def test_qt_binding_is_not_the_leaking_build():
    """PySide6 6.12.0 on CPython 3.11 aborts with 'none_dealloc' after a few thousand void calls."""
    import PySide6

    if sys.version_info < (3, 12):
        assert PySide6.__version__ != "6.12.0", "pyproject must keep PySide6 6.12.0 off Python 3.11"


@pytest.mark.slow
def test_many_void_qt_calls_do_not_abort_the_interpreter():
    code = textwrap.dedent("""
        from PySide6.QtWidgets import QApplication, QLabel
        app = QApplication([])
        label = QLabel("x")
        for i in range(30000):
            label.setText(str(i))
            app.processEvents()
        print("survived")
    """)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert proc.returncode == 0, proc.stderr[-500:]
    assert "survived" in proc.stdout


@pytest.mark.parametrize("content", [b"not a database at all", b""])
def test_opening_a_bad_database_shows_a_dialog_and_leaves_the_file(qtbot, tmp_path, monkeypatch, content):
    from PySide6.QtWidgets import QApplication

    from gui import messages
    from gui.app import AppController

    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(content)
    shown = []
    monkeypatch.setattr(messages, "error", lambda parent, title, text, details=None: shown.append(text))
    controller = AppController(QApplication.instance())
    assert controller.open(str(bad)) is False
    assert str(bad) in shown[0] and "was not changed" in shown[0]
    assert bad.read_bytes() == content
    assert controller.window is None


def test_overview_follows_edits_when_shown(hub, qtbot):
    from gui.overview.page import OverviewPage
    from gui.tables.model import SqlTableModel

    page = OverviewPage(hub)
    qtbot.add_widget(page)
    page.show()
    assert page.busy.isVisible()  # computed in the background
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10000)
    assert not page.busy.isVisible()
    assert "800" in page.browser.toPlainText()  # E5's latest actual
    model = SqlTableModel(hub, "observations")
    c = [col.name for col in model.columns].index("value")
    r = next(i for i in range(model.rowCount()) if model.row_data(i)["value"] == 800)
    assert model.setData(model.index(r, c), "1300")
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10000)
    text = page.browser.toPlainText()
    assert "1,300" in text
    page.hide()
    assert model.setData(model.index(r, c), "900")
    assert "1,300" in page.browser.toPlainText()  # hidden: not recomputed on every edit
    page.show()
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10000)
    assert "900" in page.browser.toPlainText()


def test_language_switch_rebuilds_the_window_in_chinese_and_back(qtbot, map_file):
    from PySide6.QtWidgets import QApplication

    from gui import settings
    from gui.app import AppController

    controller = AppController(QApplication.instance())
    assert controller.open(str(map_file))
    try:
        controller.set_language("zh_CN")
        assert [a.text() for a in controller.window.menuBar().actions()][0] == "文件(&F)"
        assert controller.window.nav.item(2).text() == "企业"
        assert settings.read_str("language") == "zh_CN"
        controller.set_language("en")
        assert controller.window.nav.item(2).text() == "Firms"
    finally:
        controller.window.close()
        controller.hub.close()
        from gui import i18n

        i18n.install(QApplication.instance(), "en")
