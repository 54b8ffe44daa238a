"""Applying an import safely: a row changed in another window since the plan stops the import (one line, exit 1,
nothing written); a second writer is waited for or named, never a traceback or a "duplicate id"; new ids are
taken at apply time; a failed or refused import leaves no backup, and a damaged database is never backed up."""

from __future__ import annotations

import sqlite3
import threading
import time

import openpyxl
import pytest

import main
from core import backup
from core.importing.messages import ImportBusy, ImportChanged
from core.importing.plan import ImportOptions, plan_import, write_plan
from core.importing.reading import open_spreadsheet
from db.connection import open_database


def a_list(path, rows, header=("企业名称", "所在区", "备注")):
    book = openpyxl.Workbook()
    book.active.append(list(header))
    for row in rows:
        book.active.append(list(row))
    book.save(path)
    return path


def planned(db, path, **options):
    with open_spreadsheet(path) as book:
        return plan_import(db, book, ImportOptions(remembered=False, **options))


def test_a_row_changed_in_another_window_stops_the_import(map_file, tmp_path):
    path = a_list(tmp_path / "l.xlsx", [("深圳市优必选科技股份有限公司", None, "名单备注"), ("深圳市新来科技有限公司", "南山区", None)])
    db = open_database(map_file)
    plan = planned(db, path)
    other = open_database(map_file)  # another window edits 优必选 after the plan was made
    from core import operations

    operations.edit_cell(other, "firms", 1, "district", "光明区")
    other.conn.close()
    with pytest.raises(ImportChanged) as caught:
        write_plan(db, plan)
    assert "1 row(s) this import changes were changed in another window since the preview (first: 优必选)" \
        in str(caught.value)
    assert db.execute("SELECT district, notes FROM firms WHERE id = 1").fetchone() == ("光明区", None)
    assert db.execute("SELECT count(*) FROM firms WHERE name_zh = '深圳市新来科技有限公司'").fetchone()[0] == 0
    assert backup.backups_of(map_file) == [] and not list((map_file.parent / "backups").glob("*attempt*"))
    db.conn.close()


def test_a_firm_added_meanwhile_under_the_same_name_stops_the_import(map_file, tmp_path):
    path = a_list(tmp_path / "l.xlsx", [("深圳市同名科技有限公司", "南山区", None)])
    db = open_database(map_file)
    plan = planned(db, path)
    other = open_database(map_file)
    from core import operations

    operations.add_row(other, "firms", {"name_zh": "深圳市同名科技有限公司"})
    other.conn.close()
    with pytest.raises(ImportChanged, match="added in another window"):
        write_plan(db, plan)
    db.conn.close()


def test_new_ids_are_taken_when_the_import_is_applied(map_file, tmp_path):
    first = a_list(tmp_path / "a.xlsx", [("深圳市甲先科技有限公司", "南山区", None)])
    second = a_list(tmp_path / "b.xlsx", [("深圳市乙后科技有限公司", "福田区", None)])
    db1, db2 = open_database(map_file), open_database(map_file)
    plan1, plan2 = planned(db1, first), planned(db2, second)  # both planned before either is written
    assert plan1.sheets[0].adds[0][1][0] < 0  # a provisional id
    write_plan(db1, plan1)
    write_plan(db2, plan2)  # no "another row already has the same id"
    names = [r[0] for r in db1.execute("SELECT name_zh FROM firms ORDER BY id DESC LIMIT 2")]
    assert names == ["深圳市乙后科技有限公司", "深圳市甲先科技有限公司"]
    assert plan2.ids[("firms", plan2.sheets[0].adds[0][1][0])] == plan1.ids[("firms", plan1.sheets[0].adds[0][1][0])] + 1
    db1.conn.close()
    db2.conn.close()


def test_a_second_writer_waits_then_says_another_window_is_writing(map_file, tmp_path):
    path = a_list(tmp_path / "l.xlsx", [("深圳市等待科技有限公司", None, None)])
    db = open_database(map_file)
    plan = planned(db, path)
    holder = sqlite3.connect(map_file, timeout=5)
    holder.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    waited = []
    try:
        with pytest.raises(ImportBusy) as caught:
            from core.importing.apply import apply_plan

            apply_plan(db, plan, wait_seconds=0.6, progress=lambda d, t: waited.append(d))
    finally:
        holder.rollback()
        holder.close()
    assert "another window or program is writing to the database" in str(caught.value)
    assert waited  # progress was reported while waiting (the GUI's Cancel works meanwhile)
    assert backup.backups_of(map_file) == []
    # released: the same plan goes through
    write_plan(db, plan)
    assert plan.applied
    db.conn.close()


def test_two_imports_at_once_one_waits_for_the_other(map_file, tmp_path):
    paths = [a_list(tmp_path / f"{i}.xlsx", [(f"深圳市并发{i}{j}科技有限公司", None, None) for j in range(300)])
             for i in range(2)]
    results, errors = [], []

    def run(path):
        db = open_database(map_file)
        try:
            plan = planned(db, path)
            time.sleep(0.05)
            write_plan(db, plan)
            results.append(plan.total_adds)
        except Exception as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)
        finally:
            db.conn.close()

    threads = [threading.Thread(target=run, args=(p,)) for p in paths]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == [] and results == [300, 300]
    con = sqlite3.connect(map_file)
    assert con.execute("SELECT count(*) FROM firms WHERE name_zh LIKE '深圳市并发%'").fetchone()[0] == 600
    con.close()


def test_cli_stops_with_one_line_when_the_map_changed(map_file, tmp_path, capsys, monkeypatch):
    path = a_list(tmp_path / "l.xlsx", [("深圳市优必选科技股份有限公司", "南山区", "新备注")])
    from core.importing import plan as plan_module

    real = plan_module.plan_import

    def edited_meanwhile(db, book, options=None, progress=None):
        made = real(db, book, options, progress)
        other = open_database(map_file)  # another instance edits 优必选 between the plan and the write
        from core import operations

        operations.edit_cell(other, "firms", 1, "notes", "另一个窗口的备注")
        other.conn.close()
        return made

    monkeypatch.setattr(plan_module, "plan_import", edited_meanwhile)
    code = main.main(["import", str(path), "--db", str(map_file)])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "preview the import again" in err, err
    con = sqlite3.connect(map_file)
    assert con.execute("SELECT notes, district FROM firms WHERE id = 1").fetchone() == ("另一个窗口的备注", "南山区")
    con.close()
    assert backup.backups_of(map_file) == []


def test_failed_imports_never_rotate_good_backups_away(map_file, tmp_path):
    good = [backup.backup_database(map_file, keep=5) for _ in range(5)]
    path = a_list(tmp_path / "l.xlsx", [("深圳市优必选科技股份有限公司", "南山区", "x")])
    for district in ("盐田区", "福田区", "罗湖区"):  # three imports refused: the row changed since the plan
        db = open_database(map_file)
        plan = planned(db, path)
        from db import changes

        changes.update_row(db, "firms", 1, {"district": district})
        with pytest.raises(ImportChanged):
            write_plan(db, plan)
        db.conn.close()
    assert backup.backups_of(map_file) == good
    assert not list(backup.backup_folder(map_file).glob("*attempt*"))


def test_a_damaged_database_is_not_backed_up_or_written(map_file, tmp_path):
    path = a_list(tmp_path / "l.xlsx", [("深圳市损坏测试有限公司", None, None)])
    db = open_database(map_file)
    plan = planned(db, path)
    db.conn.close()
    con = sqlite3.connect(map_file)
    con.execute("PRAGMA journal_mode = DELETE")
    page = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'firms_name_zh'").fetchone()[0]
    con.close()
    with open(map_file, "r+b") as fh:  # scribble over an index page: quick_check finds it
        fh.seek((root - 1) * page + 8)
        fh.write(b"\xff" * 64)
    db = sqlite3.connect(map_file)
    import sqlite_utils

    wrapped = sqlite_utils.Database(db)
    wrapped.path = str(map_file)
    from core.importing.messages import BackupProblem

    with pytest.raises(BackupProblem) as caught:
        write_plan(wrapped, plan)
    assert "the database file is damaged" in str(caught.value) and caught.value.exit_code == 2
    assert backup.backups_of(map_file) == [] and not list(backup.backup_folder(map_file).glob("*"))
    db.close()


def test_a_big_addition_rebuilds_the_plain_indexes_it_dropped(fresh_db):
    from db import importing as dbi

    def indexes():
        return sorted(r[0] for r in fresh_db.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'firms' AND sql IS NOT NULL"))

    before = indexes()
    with dbi.write_transaction(fresh_db):
        with dbi.fewer_indexes(fresh_db, "firms", 50_000):
            dropped = indexes()
        after = indexes()
    assert len(dropped) == 1 and "UNIQUE" in dropped[0]  # the credit-code index stays: it guards the data
    assert after == before


# ----- stale plans, dry runs that wait, damaged files in the GUI's apply path ----------------------------------

def chain_list(path, rows):
    return a_list(path, rows, header=("企业名称", "所在区", "产业链环节", "主要产品"))


def test_two_imports_planned_together_and_applied_in_turn_never_collide_on_ids(map_file, tmp_path):
    """Both plans were made against the same map. The second is applied after the first: its firms and their
    chain links get ids after the first one's (no "duplicate id"); a firm the first import added meanwhile
    under the same name stops the second with "preview again", and a new preview then merges into it."""
    first = chain_list(tmp_path / "a.xlsx", [("深圳市先到科技有限公司", "南山区", "机器肢", "谐波减速器"),
                                             ("深圳市共有科技有限公司", "福田区", "机器体", "深度相机")])
    second = chain_list(tmp_path / "b.xlsx", [("深圳市后到科技有限公司", "龙岗区", "机器肢", "行星滚柱丝杠")])
    overlapping = chain_list(tmp_path / "c.xlsx", [("深圳市共有科技有限公司", "福田区", "机器肢", "行星滚柱丝杠")])
    db1, db2, db3 = (open_database(map_file) for _ in range(3))
    plans = planned(db1, first), planned(db2, second), planned(db3, overlapping)
    assert {vals[0] for p in plans for sp in p.sheets for _r, vals in sp.adds} <= set(range(-10, -1))
    write_plan(db1, plans[0])
    write_plan(db2, plans[1])
    with pytest.raises(ImportChanged) as caught:
        write_plan(db3, plans[2])
    assert "added in another window since the preview (first: 深圳市共有科技有限公司)" in str(caught.value)
    assert "same id" not in str(caught.value) and "UNIQUE" not in str(caught.value)
    links = db1.execute("SELECT f.id, f.name_zh, co.name_zh FROM capabilities ca JOIN firms f ON f.id = ca.firm_id "
                        "JOIN components co ON co.id = ca.component_id WHERE f.name_zh LIKE '深圳市%到科技有限公司' "
                        "OR f.name_zh = '深圳市共有科技有限公司' ORDER BY f.id").fetchall()
    assert [(n, c) for _i, n, c in links] == [("深圳市先到科技有限公司", "谐波减速器"), ("深圳市共有科技有限公司", "深度相机"),
                                              ("深圳市后到科技有限公司", "行星滚柱丝杠")]
    assert links[2][0] == links[1][0] + 1  # the second import's firm after the first's
    again = planned(db3, overlapping)  # previewed again: the firm is there now, the link is added to it
    assert not again.sheets[0].adds and again.sheets[1].adds
    write_plan(db3, again)
    assert db1.execute("SELECT count(*) FROM firms WHERE name_zh = '深圳市共有科技有限公司'").fetchone() == (1,)
    assert db1.execute("SELECT count(*) FROM capabilities ca JOIN firms f ON f.id = ca.firm_id "
                       "WHERE f.name_zh = '深圳市共有科技有限公司'").fetchone() == (2,)
    for db in (db1, db2, db3):
        db.conn.close()


def test_a_stale_command_line_plan_ends_in_preview_again_not_a_duplicate_id(map_file, tmp_path, capsys,
                                                                            monkeypatch):
    path = chain_list(tmp_path / "l.xlsx", [("深圳市抢先科技有限公司", "南山区", "机器肢", "谐波减速器")])
    other = chain_list(tmp_path / "o.xlsx", [("深圳市抢先科技有限公司", "南山区", "机器体", "深度相机")])
    from core.importing import plan as plan_module

    real = plan_module.plan_import

    def imported_meanwhile(db, book, options=None, progress=None):
        made = real(db, book, options, progress)
        monkeypatch.setattr(plan_module, "plan_import", real)
        assert main.main(["import", str(other), "--db", str(map_file)]) == 0  # another instance, same firm
        capsys.readouterr()
        return made

    monkeypatch.setattr(plan_module, "plan_import", imported_meanwhile)
    code = main.main(["import", str(path), "--db", str(map_file)])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "preview the import again" in err, err
    assert "id" not in err.replace("added in another window", "")
    con = sqlite3.connect(map_file)
    assert con.execute("SELECT count(*) FROM firms WHERE name_zh = '深圳市抢先科技有限公司'").fetchone() == (1,)
    con.close()


def test_a_dry_run_waits_for_another_writer_instead_of_failing_at_once(map_file, tmp_path, capsys):
    from tests import fixtures_excel as fx

    path = chain_list(tmp_path / "l.xlsx", [("深圳市试运行科技有限公司", "南山区", "机器肢", "谐波减速器")])
    before = fx.sha256(map_file)
    holder = sqlite3.connect(map_file, timeout=5, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")  # another program writes for a moment
    releaser = threading.Timer(0.8, holder.rollback)
    releaser.start()
    try:
        code = main.main(["import", str(path), "--db", str(map_file), "--dry-run"])
    finally:
        releaser.join()
        holder.close()
    out, err = capsys.readouterr()
    assert code == 0 and "dry run: nothing was written" in out, err
    assert fx.sha256(map_file) == before


def test_a_dry_run_that_waited_too_long_says_another_window_is_writing(map_file, tmp_path):
    from core.importing.apply import trial_apply

    path = chain_list(tmp_path / "l.xlsx", [("深圳市久等科技有限公司", None, None, None)])
    db = open_database(map_file)
    plan = planned(db, path)
    holder = sqlite3.connect(map_file, timeout=5)
    holder.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        with pytest.raises(ImportBusy, match="another window or program is writing"):
            trial_apply(db, plan, wait_seconds=0.6)
        assert time.monotonic() - started >= 0.5  # it waited its turn first
    finally:
        holder.rollback()
        holder.close()
    db.conn.close()


def test_the_guis_apply_checks_a_large_file_before_its_first_write(map_file, tmp_path, monkeypatch):
    """A file too large to be checked when opened is checked before an import writes to it or backs it up,
    also when the import comes from the GUI (core.operations.apply_import), not only from the command line."""
    from core import operations, workspace
    from core.importing.messages import BackupProblem
    from db import connection, integrity
    from tests import fixtures_hostile as fh

    monkeypatch.setattr(connection, "QUICK_CHECK_MAX_BYTES", 0)  # as if the file were large
    integrity._verified.clear()
    path = a_list(tmp_path / "l.xlsx", [("深圳市检查科技有限公司", "南山区", None)])
    db = workspace.open_named(map_file)
    plan = planned(db, path)
    page = fh.root_page(map_file, "plans")  # a table the list's plan never reads
    with open(map_file, "r+b") as f:  # damaged behind the open connection's back
        f.seek((page - 1) * fh.page_size(map_file))
        f.write(b"\xa5" * fh.page_size(map_file))
    checks = []
    real = integrity.problem
    monkeypatch.setattr(integrity, "problem", lambda *a, **k: checks.append(1) or real(*a, **k))

    def state():
        return map_file.read_bytes(), sorted(p.name for p in map_file.parent.iterdir() if p.name != "home")

    damaged = state()
    with pytest.raises(BackupProblem) as caught:
        operations.apply_import(db, plan)
    assert "the database file is damaged" in str(caught.value) and caught.value.exit_code == 2
    assert checks == [1]  # found by the check before the write, not by the backup's own check
    assert state() == damaged and not (map_file.parent / "backups").exists()
    integrity._verified.clear()
    db.conn.close()
