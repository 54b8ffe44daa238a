"""Starting and stopping: a bad database file stops the app, the window comes up before the chart libraries,
quitting waits for nothing, file dialogs open where the user was, Help has a guide in both languages."""

import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

from PySide6.QtWidgets import QApplication

from gui import messages, settings, worker

ROOT = Path(__file__).resolve().parents[1]


def test_a_database_named_on_the_command_line_that_will_not_open_stops_the_app(tmp_path, monkeypatch, qtbot):
    from core.workspace import default_db_path
    from gui.app import run

    bad = tmp_path / "notes.sqlite"
    bad.write_text("这不是数据库", encoding="utf-8")
    shown = []
    monkeypatch.setattr(messages, "error", lambda parent, title, text, details=None: shown.append(text))
    assert run(str(bad)) == 2
    assert len(shown) == 1 and str(bad) in shown[0]
    assert not default_db_path().exists()  # the default database was not opened (nor made) instead
    assert bad.read_text(encoding="utf-8") == "这不是数据库"


def test_window_shows_before_the_chart_libraries_load(tmp_path, map_file):
    code = textwrap.dedent(f"""
        import sys
        from gui.app import make_app
        app = make_app([])
        from core.workspace import open_named
        from gui.hub import DataHub
        from gui.main_window import MainWindow
        window = MainWindow(DataHub(open_named({str(map_file)!r})))
        window.show()
        before = [m for m in ("pyqtgraph", "numpy") if m in sys.modules]
        import time
        give_up = time.monotonic() + 60  # the Overview is built once the window has painted (a busy CI is slow)
        while window.pages["overview"].page is None and time.monotonic() < give_up:
            app.processEvents()
            time.sleep(0.01)
        print(before, window.pages["overview"].page is not None)
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), CHAIN_MAPPER_HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-800:]
    # no chart library before the window painted; the Overview built after it (its charts load pyqtgraph later)
    assert out.stdout.strip().splitlines()[-1] == "[] True"


def test_closing_the_window_cancels_background_jobs(hub, qtbot):
    from gui.main_window import MainWindow

    started, cancelled = threading.Event(), []

    def endless(db, report):
        started.set()
        while True:
            report(0, 1)  # raises once cancelled

    window = MainWindow(hub)
    qtbot.add_widget(window)
    worker.start(hub, endless, on_done=lambda _r: None, on_cancelled=lambda: cancelled.append(True))
    assert started.wait(10)
    window.close()
    qtbot.waitUntil(lambda: bool(cancelled), timeout=5000)
    assert worker.wait_all(2000) and worker.running() == 0


def test_file_dialogs_open_in_the_folder_used_last_else_documents(tmp_path):
    first = settings.start_folder()
    assert Path(first).is_dir()
    chosen = tmp_path / "报告" / "地图.sqlite"
    chosen.parent.mkdir()
    settings.remember_folder(str(chosen))
    assert settings.start_folder() == str(chosen.parent)
    assert settings.start_path("产业链图谱.sqlite") == str(chosen.parent / "产业链图谱.sqlite")


def test_help_menu_has_a_guide_in_both_languages(hub, qtbot):
    from gui import i18n
    from gui.main_window import MainWindow

    for name in ("user-guide.zh.md", "user-guide.en.md"):  # the packaged copy is the documented one
        assert (ROOT / "assets" / "guide" / name).read_text(encoding="utf-8") == \
            (ROOT / "docs" / name).read_text(encoding="utf-8")
    app = QApplication.instance()
    try:
        for language, words in (("en", ("Importing a list", "Printing the gap report", "Ctrl+Shift+N")),
                                ("zh_CN", ("导入名单", "打印差距报告", "新建条目"))):
            i18n.install(app, language)
            window = MainWindow(hub)
            qtbot.add_widget(window)
            help_menu = window.menuBar().actions()[-1].menu()
            assert len([a for a in help_menu.actions() if not a.isSeparator()]) >= 4
            help_menu.actions()[0].trigger()  # the user guide
            guide = window._windows[-1].browser.toPlainText()
            assert all(w in guide for w in words)
    finally:
        i18n.install(app, "en")


def test_detail_pages_open_with_the_table_wide(hub, qtbot):
    from gui.main_window import MainWindow

    window = MainWindow(hub)
    qtbot.add_widget(window)
    window.resize(1280, 800)
    window.show()
    for table in ("firms", "components", "centres"):
        window.show_page(table)
        page = window.table_pages[table]
        qtbot.waitUntil(lambda page=page: page._sized and page.splitter.sizes()[0] > 0)
        QApplication.processEvents()
        table_width, detail_width = page.splitter.sizes()
        assert table_width >= 0.55 * (table_width + detail_width), table
        assert detail_width >= 260, table


def test_headers_fit_their_columns_in_both_languages(hub, qtbot):
    from gui import i18n
    from gui.tables.page import TablePage

    app = QApplication.instance()
    try:
        for language in ("en", "zh_CN"):
            i18n.install(app, language)
            page = TablePage(hub, "components")
            qtbot.add_widget(page)
            header = page.view.horizontalHeader()
            metrics = header.fontMetrics()
            for i in range(page.model.columnCount()):
                title = page.model.headerData(i, header.orientation())
                assert header.sectionSize(i) >= min(260, metrics.horizontalAdvance(title) + 20), (language, title)
    finally:
        i18n.install(app, "en")


def test_quitting_ends_the_process_cleanly(tmp_path, map_file):
    """The process ends at once after quitting (no teardown of every Qt object) with exit code 0, and the
    database it had open is whole."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CHAIN_MAPPER_EXIT_WHEN_READY="1",
               CHAIN_MAPPER_HOME=str(tmp_path / "home"), XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(map_file)], env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-800:]
    import sqlite3

    conn = sqlite3.connect(map_file)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM firms").fetchone()[0] == 5
    conn.close()


def test_a_large_file_is_checked_for_damage_in_the_background_after_opening(tmp_path, map_file, monkeypatch, qtbot):
    """A file too large to check while opening is checked right after, off the GUI thread; damage is reported."""
    from core import workspace
    from db import errors
    from gui.app import AppController

    checked, shown = [], []

    def damaged(db, cancelled=None):
        checked.append(workspace.path_of(db))
        raise errors.DatabaseCorrupt(workspace.path_of(db), "the database file is damaged (page 7)")

    monkeypatch.setattr(workspace, "needs_check", lambda db: True)
    monkeypatch.setattr(workspace, "ensure_writable", damaged)
    monkeypatch.setattr(messages, "error", lambda parent, title, text, details=None: shown.append((title, text)))
    controller = AppController(QApplication.instance())
    assert controller.open(str(map_file))
    qtbot.add_widget(controller.window)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert checked == [str(map_file)]
    assert "damaged" in shown[0][0].lower() or "损坏" in shown[0][0]
    assert str(map_file) in shown[0][1]
    controller.window.close()
