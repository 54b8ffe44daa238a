"""Background jobs: own connection, progress, cancel, errors as messages."""

import time

from gui import worker


def test_job_reads_on_its_own_connection_and_reports_progress(hub, qtbot):
    seen = []

    def count(db, report):
        assert db is not hub.db
        for i in range(3):
            report(i + 1, 3)
        return db.execute("SELECT count(*) FROM firms").fetchone()[0]

    results = []
    job = worker.start(hub, count, on_done=results.append, on_progress=lambda d, t: seen.append((d, t)))
    qtbot.waitUntil(lambda: bool(results), timeout=10000)
    assert results == [5]
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert job is not None


def test_cancel_stops_a_long_job(hub, qtbot):
    cancelled, done = [], []

    def slow(db, report):
        for i in range(1000):
            report(i, 1000)
            time.sleep(0.01)
        return "finished"

    job = worker.start(hub, slow, on_done=done.append, on_cancelled=lambda: cancelled.append(True))
    qtbot.wait(50)
    job.cancel()
    qtbot.waitUntil(lambda: bool(cancelled), timeout=10000)
    assert done == []


def test_cancel_interrupts_a_running_query(hub, qtbot):
    cancelled = []
    sql = ("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000000) "
           "SELECT count(*) FROM n")
    job = worker.start(hub, lambda db, report: db.execute(sql).fetchone(), on_done=lambda r: None,
                       on_cancelled=lambda: cancelled.append(True))
    qtbot.wait(100)
    started = time.perf_counter()
    job.cancel()
    qtbot.waitUntil(lambda: bool(cancelled), timeout=10000)
    assert time.perf_counter() - started < 5


def test_errors_come_back_as_text(hub, qtbot):
    errors = []
    worker.start(hub, lambda db, report: db.execute("SELECT * FROM no_such_table").fetchall(),
                 on_done=lambda r: None, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=10000)
    assert "no_such_table" in str(errors[0])


def test_in_memory_database_runs_in_place(qtbot, small_db):
    from gui.hub import DataHub

    results = []
    assert worker.start(DataHub(small_db), lambda db, report: 42, on_done=results.append) is None
    assert results == [42]


def _many_firms(hub, n):
    from db import changes

    changes.bulk_insert(hub.db, "firms", [{"name_zh": f"深圳市批量{i:05d}有限公司"} for i in range(n)])


def test_large_paste_runs_in_background_as_one_undo_step(hub, qtbot):
    from gui.tables.model import SqlTableModel
    from gui.tables.view import SheetView

    _many_firms(hub, 1300)
    model = SqlTableModel(hub, "firms")
    view = SheetView(model)
    qtbot.add_widget(view)
    c = [col.name for col in model.columns].index("city")
    view.setCurrentIndex(model.index(0, c))
    text = "\n".join(f"广州\t南山区{i}" for i in range(1300))
    depth = hub.undo_stack.count()
    applied, errors = view.paste(text)
    assert (applied, errors) == (2600, [])
    qtbot.waitUntil(lambda: hub.undo_stack.count() == depth + 1, timeout=30000)
    assert hub.db.execute("SELECT count(*) FROM firms WHERE city = '广州' AND district LIKE '南山区%'").fetchone()[0] >= 1300
    assert "2600" in hub.undo_stack.undoText()
    hub.undo_stack.undo()
    assert hub.db.execute("SELECT count(*) FROM firms WHERE district LIKE '南山区_%'").fetchone()[0] == 0


def test_cancelled_background_write_leaves_nothing(hub, qtbot):
    from gui.tables import actions
    from gui.tables.model import SqlTableModel

    _many_firms(hub, 3000)
    model = SqlTableModel(hub, "firms")
    ids = [r[0] for r in hub.db.execute("SELECT id FROM firms")]
    cells = [(i, "notes", "批量备注", None) for i in ids]
    finished = []
    before = hub.db.execute("SELECT count(*) FROM change_log").fetchone()[0]
    job = actions.set_values_in_background(model, cells, "bulk", on_finished=lambda ok, msg: finished.append(ok))
    job.cancel()
    qtbot.waitUntil(lambda: bool(finished), timeout=30000)
    assert finished == [False]
    assert hub.db.execute("SELECT count(*) FROM firms WHERE notes = '批量备注'").fetchone()[0] == 0
    assert hub.db.execute("SELECT count(*) FROM change_log").fetchone()[0] == before
