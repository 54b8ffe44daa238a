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
    assert "no_such_table" in errors[0]


def test_in_memory_database_runs_in_place(qtbot, small_db):
    from gui.hub import DataHub

    results = []
    assert worker.start(DataHub(small_db), lambda db, report: 42, on_done=results.append) is None
    assert results == [42]
