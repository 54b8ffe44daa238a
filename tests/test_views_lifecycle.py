"""Nobody waits for the analysis pages: their background jobs stop when the page is left, the window closes or
the app quits, and the window paints before any chart library is loaded."""

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThreadPool

ROOT = Path(__file__).resolve().parents[1]


def _settle(qtbot) -> None:
    """Every background job has ended and its signals have been delivered."""
    QThreadPool.globalInstance().waitForDone(10000)
    qtbot.wait(20)


def test_leaving_the_page_cancels_its_analysis_and_coming_back_redoes_it(hub, qtbot):
    from gui.overview.page import OverviewPage

    page = OverviewPage(hub)
    qtbot.add_widget(page)
    page.show()
    assert page.is_busy()  # started in the background on showing
    page.hide()  # another page chosen
    assert not page.is_busy() and not page.busy.isVisible()
    _settle(qtbot)
    assert page.analysis is None  # the cancelled job's result (if it got that far) was dropped
    page.show()
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10000)
    assert page.analysis is not None and page.tiles["on_track"].property("count") == 1


def test_shutdown_and_quitting_cancel_the_job_and_stop_listening(hub, qtbot):
    from gui.chain_map.outline import ChainPage
    from gui.chain_map.view import ChainMapPage
    from gui.overview.page import OverviewPage

    pages = [OverviewPage(hub), ChainMapPage(hub), ChainPage(hub)]
    for page in pages:
        qtbot.add_widget(page)
        page.show()
        assert page.is_busy()
    pages[0].shutdown()
    QCoreApplication.instance().aboutToQuit.emit()  # what quitting does for the others
    assert not any(page.is_busy() for page in pages)
    hub.changed.emit(None)  # an edit after closing starts nothing
    assert not any(page.is_busy() for page in pages)
    _settle(qtbot)
    assert pages[0].analysis is None and pages[1].view.data is None


def test_the_window_paints_before_any_chart_library_loads(map_file, tmp_path):
    """In a fresh process (modules loaded by earlier tests would hide an import): importing the pages and
    building the whole main window loads neither pyqtgraph nor numpy."""
    code = f"""
import json, sys
sys.path.insert(0, {str(ROOT)!r})
from PySide6.QtWidgets import QApplication
app = QApplication([])
import gui.overview.page, gui.chain_map.view, gui.chain_map.outline, gui.report.dialog, gui.report.render
imported = [m for m in ("pyqtgraph", "numpy") if m in sys.modules]
from db.connection import open_database
from gui.hub import DataHub
from gui.main_window import MainWindow
from PySide6.QtCore import QEvent, QObject
painted = []
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not painted:
            painted.append([m for m in ("pyqtgraph", "numpy") if m in sys.modules])
        return False
window = MainWindow(DataHub(open_database({str(map_file)!r})))
spy = FirstPaint()
window.installEventFilter(spy)
window.show()
while not painted:
    app.processEvents()
print(json.dumps([imported, painted[0]]))
for page in window.pages.values():
    getattr(page, "shutdown", lambda: None)()
"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CHAIN_MAPPER_HOME=str(tmp_path / "home"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    imported, at_first_paint = json.loads(out.stdout.strip().splitlines()[-1])
    assert imported == [] and at_first_paint == []


def test_a_cancelled_job_stops_even_in_a_query_that_starts_after_the_cancel(hub, qtbot, monkeypatch):
    """An interrupt only stops a statement already running; the page's jobs also stop every statement begun
    after they were cancelled (here a count that would take minutes, started after the page was left)."""
    import threading

    from gui.overview.page import OverviewPage

    started, finished = threading.Event(), threading.Event()

    def slow(_page, db, changed, check):
        started.set()
        threading.Event().wait(0.3)  # the user leaves the page meanwhile: the interrupt finds no statement
        try:
            return db.execute("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 100000000)"
                              " SELECT count(*) FROM c").fetchone()
        finally:
            finished.set()

    monkeypatch.setattr(OverviewPage, "compute", slow)
    page = OverviewPage(hub)
    qtbot.add_widget(page)
    page.show()
    assert started.wait(10)
    page.hide()
    assert finished.wait(20)  # minutes without the stop; at once with it
    _settle(qtbot)
    assert page.analysis is None and not page.is_busy()
