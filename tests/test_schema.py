"""Migrations, constraints and the change log."""

import sqlite3

import pytest

from db import changes
from db.connection import open_database
from db.errors import EditConflict, ReferencedRow
from db.schema import apply_migrations, known_migrations


def _schema(db):
    return sorted(r[0] for r in db.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL"))


def test_migrations_apply_once_and_are_idempotent(tmp_path):
    db = open_database(tmp_path / "a.sqlite", create=True)
    before = _schema(db)
    apply_migrations(db)
    apply_migrations(db)
    assert _schema(db) == before
    applied = [r[0] for r in db.execute("SELECT name FROM _sqlite_migrations")]
    assert applied == known_migrations()


def test_new_and_upgraded_database_are_identical(tmp_path):
    """A file made by an older version (first migration only, with data) is upgraded on open to exactly
    the schema of a new file, and its rows are indexed by the later migration."""
    import sqlite3 as sq

    import sqlite_utils

    from db.schema import migrations

    old_path = tmp_path / "old.sqlite"
    conn = sq.connect(old_path)
    old = sqlite_utils.Database(conn)
    migrations.apply(old, stop_before=known_migrations()[1])
    old.execute("INSERT INTO firms (name_zh) VALUES ('乐聚(深圳)机器人技术有限公司')")
    conn.commit()
    conn.close()
    upgraded = open_database(old_path)
    new = open_database(tmp_path / "new.sqlite", create=True)
    assert _schema(upgraded) == _schema(new)
    assert [r[0] for r in upgraded.execute("SELECT name FROM _sqlite_migrations")] == known_migrations()
    hits = upgraded.execute("SELECT rowid FROM firms_search WHERE firms_search MATCH '\"乐聚\"'").fetchall()
    assert hits == [(1,)]


def test_connection_pragmas(tmp_path):
    db = open_database(tmp_path / "a.sqlite", create=True)
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] > 0


def test_constraints_refuse_bad_values(small_db):
    with pytest.raises(sqlite3.IntegrityError):
        small_db.execute("UPDATE firms SET role = 'bogus' WHERE id = 1")
    with pytest.raises(sqlite3.IntegrityError):
        small_db.execute("UPDATE firms SET founded_year = 'abc' WHERE id = 1")
    with pytest.raises(sqlite3.IntegrityError):
        small_db.execute("INSERT INTO capabilities (firm_id, component_id) VALUES (999, 1)")
    small_db.execute("UPDATE firms SET credit_code = '91440300MA5ABCDE1X' WHERE id = 1")
    with pytest.raises(sqlite3.IntegrityError):
        small_db.execute("UPDATE firms SET credit_code = '91440300MA5ABCDE1X' WHERE id = 2")


def test_update_logs_old_and_new_values(small_db):
    old = changes.update_row(small_db, "firms", 1, {"valuation_cny": 6e10, "short_name": "优必选"})
    assert old == {"valuation_cny": 5e10}  # unchanged short name is not logged
    log = small_db.execute(
        "SELECT action, table_name, row_id, \"column\", old_value, new_value, user FROM change_log"
        " WHERE action = 'update'").fetchall()
    assert log == [("update", "firms", 1, "valuation_cny", "50000000000.0", "60000000000.0", log[0][6])]
    assert log[0][6]


def test_conflicting_edit_is_refused(small_db):
    changes.update_row(small_db, "firms", 1, {"short_name": "优必选科技"})
    with pytest.raises(EditConflict) as info:
        changes.update_row(small_db, "firms", 1, {"short_name": "UBTech"}, expected={"short_name": "优必选"})
    assert info.value.current == "优必选科技"
    assert small_db.execute("SELECT short_name FROM firms WHERE id = 1").fetchone()[0] == "优必选科技"


def test_delete_referenced_row_refused_then_forced(small_db):
    orbbec = small_db.execute("SELECT id FROM firms WHERE short_name = '奥比中光'").fetchone()[0]
    with pytest.raises(ReferencedRow) as info:
        changes.delete_row(small_db, "firms", orbbec)
    assert info.value.refs == {"capabilities": 1, "supply_links": 1}
    row = changes.delete_row(small_db, "firms", orbbec, force=True)
    assert row["name_zh"] == "奥比中光科技集团股份有限公司"
    assert small_db.execute("SELECT count(*) FROM capabilities WHERE firm_id = ?", [orbbec]).fetchone()[0] == 0
    deleted = small_db.execute(
        "SELECT table_name FROM change_log WHERE action = 'delete' ORDER BY id").fetchall()
    assert [r[0] for r in deleted] == ["capabilities", "supply_links", "firms"]


def test_insert_restores_deleted_row_with_same_id(small_db):
    row = changes.delete_row(small_db, "firms", 4, force=True)
    changes.insert_row(small_db, "firms", row)
    assert small_db.execute("SELECT name_zh FROM firms WHERE id = 4").fetchone()[0] == row["name_zh"]


def test_search_finds_two_character_chinese_substring_and_follows_edits(small_db):
    from db import search

    def find(text):
        where, params = search.filter_sql("firms", text)
        return [r[0] for r in small_db.execute(f"SELECT name_zh FROM firms WHERE {where} ORDER BY id", params)]

    assert find("乐聚") == ["乐聚(深圳)机器人技术有限公司"]
    assert find("樂聚") == ["乐聚(深圳)机器人技术有限公司"]  # traditional alias
    assert find("leju") == ["乐聚(深圳)机器人技术有限公司"]
    assert find("ubt") == ["深圳市优必选科技股份有限公司"]  # English prefix
    assert len(find("有限公司")) == 5
    assert find("乐") == ["乐聚(深圳)机器人技术有限公司"]  # one character: LIKE fallback
    assert find("100%") == []  # LIKE wildcards are escaped
    changes.update_row(small_db, "firms", 1, {"aliases": "优必选科技; 行者机器人"})
    assert find("行者") == ["深圳市优必选科技股份有限公司"]
    changes.delete_row(small_db, "firms", 1, force=True)
    assert find("优必选") == []


def test_write_transactions_take_the_write_lock_first(tmp_path):
    """db.atomic() begins IMMEDIATE: a second writer cannot start while the first holds the transaction, so
    nobody writes over what the other read (no 'database is locked' half-way through either)."""
    path = tmp_path / "a.sqlite"
    db = open_database(path, create=True)
    other = sqlite3.connect(path, timeout=0)
    try:
        with db.atomic():
            db.execute("INSERT INTO sources (title) VALUES ('甲')")
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")
        other.rollback()
    finally:
        other.close()
        db.conn.close()


def test_a_busy_writer_is_told_another_window_is_writing(tmp_path):
    from db.errors import DatabaseBusy

    path = tmp_path / "a.sqlite"
    open_database(path, create=True).conn.close()
    db = open_database(path, busy_timeout_ms=100)
    holder = sqlite3.connect(path, timeout=0)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseBusy, match="another window or program is writing"):
            changes.insert_row(db, "sources", {"title": "乙"})
    finally:
        holder.rollback()
        holder.close()
    changes.insert_row(db, "sources", {"title": "乙"})  # once the other has finished
    assert db.execute("SELECT count(*) FROM sources").fetchone()[0] == 1
    db.conn.close()


def test_opening_only_reads_the_first_write_switches_to_wal(tmp_path):
    """A file of an older version (rollback journal) is left as it is by reading; its first write puts it
    in WAL mode."""
    import hashlib

    path = tmp_path / "old.sqlite"
    open_database(path, create=True).conn.close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode = DELETE")
    con.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    db = open_database(path)
    assert db.execute("SELECT count(*) FROM firms").fetchone()[0] == 0
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    db.conn.close()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    db = open_database(path)
    changes.insert_row(db, "sources", {"title": "丙"})
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.conn.close()
