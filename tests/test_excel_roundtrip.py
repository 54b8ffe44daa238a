"""Our own workbook: export → import changes nothing (also after LibreOffice saves it again); edits made in the
workbook show as old → new and are applied all-or-nothing with the change log and a backup first."""

import sqlite3

import openpyxl
import pytest

import main
from core import backup
from core.exporting.workbook import export_csv, export_workbook
from core.importing.plan import ImportOptions, import_file
from core.workspace import create_database
from db import changes
from db.connection import open_database
from tests.fixtures_excel import libreoffice, libreoffice_convert, sha256

AWKWARD = {
    "name_zh": "乐聚（深圳）全角括号 有限公司 ",  # full-width brackets, a double space, a trailing space
    "short_name": "=乐聚",  # would run as a formula
    "notes": "第一行\r\n第二行\n\n  缩进的第三行  ",  # CR LF, blank line, indentation
    "products": "人形机器人🤖、灵巧手；\t制表符",
    "valuation_cny": 100_000_000 / 3,  # 1/3 亿元: no short decimal
    "revenue_cny": 0.01,
    "employees": 0,
    "listed": 0,
    "founded_year": 1999,
    "aliases": "别名一; Alias Two",
    "website": "-",
    "credit_code": "91440300MA5G00000R",
}


def dry_run(db, path, **options):
    return import_file(db, path, ImportOptions(**options), dry_run=True)


def assert_no_changes(plan):
    assert not plan.has_errors, [str(e) for e in plan.errors()]
    assert plan.total_adds == 0 and plan.total_changes == 0, "\n".join(plan.summary_lines())
    assert sum(sp.unchanged for sp in plan.sheets) > 0


def test_export_then_import_reports_no_changes(small_db, tmp_path):
    path = tmp_path / "map.xlsx"
    export_workbook(small_db, path)
    plan = dry_run(small_db, path)
    assert plan.kind == "workbook"
    assert_no_changes(plan)
    assert {sp.table for sp in plan.sheets} == {"firms", "components", "layers", "capabilities", "supply_links",
                                                 "centres", "plans", "targets", "observations", "sources"}


def test_default_dataset_round_trip(tmp_path):
    db_path = tmp_path / "default.sqlite"
    create_database(db_path)
    db = open_database(db_path)
    path = tmp_path / "default.xlsx"
    export_workbook(db, path)
    assert_no_changes(dry_run(db, path))
    db.conn.close()


def test_awkward_values_round_trip(small_db, tmp_path):
    changes.insert_row(small_db, "firms", AWKWARD)
    changes.insert_row(small_db, "firms", {"name_zh": "空值公司", "listed": None, "notes": "", "employees": None})
    small_db.execute("UPDATE targets SET rule_params = ? WHERE code = 'E5'", ['{"城市": "深圳", "n": 1.5}'])
    path = tmp_path / "awkward.xlsx"
    export_workbook(small_db, path)
    assert_no_changes(dry_run(small_db, path))


@pytest.mark.skipif(libreoffice() is None, reason="LibreOffice is not installed")
@pytest.mark.slow
def test_libreoffice_resaved_workbook_round_trip(small_db, tmp_path):
    changes.insert_row(small_db, "firms", AWKWARD)
    path = tmp_path / "map.xlsx"
    export_workbook(small_db, path)
    resaved = libreoffice_convert(path, tmp_path / "lo", "xlsx:Calc MS Excel 2007 XML")
    assert sha256(resaved) != sha256(path)
    assert_no_changes(dry_run(small_db, resaved))
    ods = libreoffice_convert(path, tmp_path / "lo", "ods")
    assert_no_changes(dry_run(small_db, ods))
    xls = libreoffice_convert(path, tmp_path / "lo", "xls")
    assert_no_changes(dry_run(small_db, xls))


def test_csv_round_trip(small_db, tmp_path):
    changes.insert_row(small_db, "firms", AWKWARD)
    path = tmp_path / "firms.csv"
    export_csv(small_db, "firms", path)
    plan = dry_run(small_db, path)
    assert_no_changes(plan)
    assert plan.sheets[0].table == "firms"


def edit(path, sheet, changes_by_row: dict, *, append=()):
    """Change cells (by Chinese header) of rows found by their 企业名称/first name column; append rows."""
    book = openpyxl.load_workbook(path)
    ws = book[sheet]
    head = [c.value for c in ws[1]]
    for name, cells in changes_by_row.items():
        row = next(r for r in range(3, ws.max_row + 1) if ws.cell(r, 2).value == name)
        for column, value in cells.items():
            ws.cell(row, head.index(column) + 1).value = value
    for values in append:
        ws.append([values.get(h) for h in head])
    book.save(path)


def test_edits_show_old_and_new_and_apply_with_log_and_backup(map_file, tmp_path, capsys):
    path = tmp_path / "map.xlsx"
    assert main.main(["export", str(path), "--db", str(map_file)]) == 0
    edit(path, "企业 Firms", {"深圳市优必选科技股份有限公司": {"估值（亿元）": 520, "员工人数": 2100, "备注": "多行\n备注"}},
         append=[{"企业名称*": "新来的机器人有限公司", "企业类型": "零部件", "营收（亿元）": "3000万",
                  "来源": "S1 深圳新闻网 回望2024"}])
    edit(path, "供应能力 Capabilities", {}, append=[{"企业*": "新来的机器人有限公司", "部件*": "谐波减速器",
                                                 "阶段": "样机", "是否本地*": "是"}])
    capsys.readouterr()
    assert main.main(["import", str(path), "--dry-run", "--db", str(map_file)]) == 0
    out = capsys.readouterr().out
    assert "估值（亿元） 500 亿元 → 520 亿元" in out and "员工人数 （空） → 2100" in out
    assert "+ row 8: 新来的机器人有限公司" in out
    assert "企业 Firms → firms: 1 to add, 1 to change, 4 unchanged" in out
    assert "dry run" in out
    before = sha256(map_file)
    assert main.main(["import", str(path), "--db", str(map_file)]) == 0
    assert "imported: 2 added, 1 changed" in capsys.readouterr().out
    assert sha256(map_file) != before
    copies = backup.backups_of(map_file)
    assert len(copies) == 1
    con = sqlite3.connect(copies[0])
    assert con.execute("SELECT valuation_cny FROM firms WHERE id = 1").fetchone()[0] == 5e10  # before the import
    con.close()
    db = open_database(map_file)
    assert db.execute("SELECT valuation_cny, employees, notes FROM firms WHERE id = 1").fetchone() == (5.2e10, 2100,
                                                                                                     "多行\n备注")
    new = db.execute("SELECT id, role, revenue_cny, source_id FROM firms WHERE name_zh = '新来的机器人有限公司'").fetchone()
    assert new[1:] == ("component", 3e7, 1)
    cap = db.execute("SELECT stage, local FROM capabilities WHERE firm_id = ?", [new[0]]).fetchone()
    assert cap == ("prototype", 1)
    loaded = db.execute("SELECT batch FROM change_log ORDER BY id LIMIT 1").fetchone()[0]
    log = db.execute("SELECT action, table_name, \"column\", batch FROM change_log WHERE batch != ? ORDER BY id",
                     [loaded]).fetchall()
    assert [r[:3] for r in log] == [("insert", "firms", None), ("update", "firms", "valuation_cny"),
                                    ("update", "firms", "employees"), ("update", "firms", "notes"),
                                    ("insert", "capabilities", None)]
    assert len({r[3] for r in log}) == 1  # one batch: one undo step
    assert db.execute("SELECT count(*) FROM firms_search WHERE rowid = ?", [new[0]]).fetchone()[0] == 1
    db.conn.close()
    capsys.readouterr()
    assert main.main(["import", str(path), "--db", str(map_file)]) == 0  # again: nothing left to do
    assert "nothing to change" in capsys.readouterr().out


def test_an_error_anywhere_writes_nothing(map_file, tmp_path, capsys):
    path = tmp_path / "map.xlsx"
    main.main(["export", str(path), "--db", str(map_file)])
    edit(path, "企业 Firms", {"深圳市优必选科技股份有限公司": {"估值（亿元）": 520},
                            "乐聚(深圳)机器人技术有限公司": {"成立年份": "去年"}})
    before = sha256(map_file)
    assert main.main(["import", str(path), "--db", str(map_file)]) == 1
    err = capsys.readouterr().err
    assert "sheet '企业 Firms', row 4, column J 成立年份: '去年' — '去年' is not a year like 2025" in err
    assert "nothing was imported" in err
    assert sha256(map_file) == before
    assert backup.backups_of(map_file) == []


def test_blank_key_matches_an_existing_row_by_name(small_db, tmp_path):
    path = tmp_path / "map.xlsx"
    export_workbook(small_db, path)
    book = openpyxl.load_workbook(path)
    ws = book["企业 Firms"]
    ws["A3"] = None  # 优必选 without its key
    ws["M3"] = 900  # 员工人数
    book.save(path)
    plan = dry_run(small_db, path)
    firms = next(sp for sp in plan.sheets if sp.table == "firms")
    assert len(firms.adds) == 0 and len(firms.changes) == 1
    assert firms.changes[0].row_id == 1 and firms.changes[0].cells == [("employees", None, 900)]


def test_new_rows_may_refer_to_each_other_in_any_order(small_db, tmp_path):
    path = tmp_path / "map.xlsx"
    export_workbook(small_db, path, tables=["layers", "components"], analysis=False)
    book = openpyxl.load_workbook(path)
    layers = book["层级 Layers"]
    head = [c.value for c in layers[1]]
    child = {"层级名称*": "新子层", "上级层级": "新父层", "排序*": 9}
    parent = {"层级名称*": "新父层", "排序*": 8}
    layers.append([child.get(h) for h in head])  # the child first: its parent comes later
    layers.append([parent.get(h) for h in head])
    comps = book["部件 Components"]
    head = [c.value for c in comps[1]]
    comps.append([{"部件名称*": "新部件", "所属层级*": "新子层", "期望本地供应商数*": 2}.get(h) for h in head])
    book.save(path)
    plan = import_file(small_db, path)
    assert plan.applied, [str(e) for e in plan.errors()]
    parent_id = small_db.execute("SELECT id FROM layers WHERE name_zh = '新父层'").fetchone()[0]
    child_id = small_db.execute("SELECT id, parent_id FROM layers WHERE name_zh = '新子层'").fetchone()
    assert child_id[1] == parent_id
    assert small_db.execute("SELECT layer_id FROM components WHERE name_zh = '新部件'").fetchone()[0] == child_id[0]


def test_a_renamed_firm_is_found_by_its_new_name_on_later_sheets(small_db, tmp_path):
    path = tmp_path / "map.xlsx"
    export_workbook(small_db, path, tables=["firms", "capabilities"], analysis=False)
    book = openpyxl.load_workbook(path)
    book["企业 Firms"]["C5"] = "奥比中光新名"  # short name of 奥比中光 (row 5 = id 3)
    caps = book["供应能力 Capabilities"]
    head = [c.value for c in caps[1]]
    caps.append([{"企业*": "奥比中光新名", "部件*": "谐波减速器", "本地*": "是"}.get(h) for h in head])
    book.save(path)
    plan = import_file(small_db, path)
    assert plan.applied, [str(e) for e in plan.errors()]
    assert small_db.execute("SELECT count(*) FROM capabilities WHERE firm_id = 3").fetchone()[0] == 2


def test_duplicate_keys_unknown_references_and_wrong_types_are_errors(small_db, tmp_path):
    path = tmp_path / "map.xlsx"
    export_workbook(small_db, path, tables=["firms", "capabilities"], analysis=False)
    book = openpyxl.load_workbook(path)
    firms = book["企业 Firms"]
    firms["A4"] = 1  # the key of row 3 again
    firms["N5"] = "也许"  # 是否上市
    caps = book["供应能力 Capabilities"]
    caps["B3"] = "不存在的公司"
    book.save(path)
    plan = dry_run(small_db, path)
    texts = [str(e) for e in plan.errors()]
    assert "sheet '企业 Firms', row 4, column A 系统编号: '1' — the same key as row 3: each database row may appear " \
           "once" in texts
    assert any("row 5, column N 是否上市: '也许'" in t and "not yes or no" in t for t in texts)
    assert any("sheet '供应能力 Capabilities', row 3, column B 企业*" in t and "no Firms entry named '不存在的公司'" in t
               for t in texts)


def test_constraint_errors_show_in_the_dry_run(small_db, tmp_path):
    path = tmp_path / "map.xlsx"
    export_workbook(small_db, path, tables=["plans"], analysis=False)
    book = openpyxl.load_workbook(path)
    ws = book["规划 Plans"]
    ws.append([None, "EMB2027-B", "具身智能机器人行动计划", None, "市科技创新局", "2025-03-03"])  # same title/issuer/date
    book.save(path)
    plan = dry_run(small_db, path)
    assert [str(e) for e in plan.errors()] == [
        "sheet '规划 Plans', row 4, column 规划名称、发文单位、印发日期: another entry already has this value"]


def test_backups_are_rotated(map_file):
    made = [backup.backup_database(map_file, keep=5) for _ in range(7)]
    kept = backup.backups_of(map_file)
    assert len(kept) == 5 and kept == made[2:]
    con = sqlite3.connect(kept[-1])
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert con.execute("SELECT count(*) FROM firms").fetchone()[0] == 5
    con.close()
    assert backup.backup_database(":memory:") is None


class Stop(Exception):
    pass


def test_a_cancelled_export_leaves_no_file(small_db, tmp_path):
    def cancel(_table, _done, _total):
        raise Stop()

    with pytest.raises(Stop):
        export_workbook(small_db, tmp_path / "out.xlsx", progress=cancel)
    assert list(tmp_path.iterdir()) == []


def test_a_cancelled_import_writes_nothing(map_file, tmp_path, capsys):
    path = tmp_path / "map.xlsx"
    main.main(["export", str(path), "--db", str(map_file)])
    edit(path, "企业 Firms", {"深圳市优必选科技股份有限公司": {"员工人数": 10}},
         append=[{"企业名称*": f"取消测试{i}"} for i in range(5)])
    db = open_database(map_file)
    before = db.execute("SELECT count(*), max(id) FROM change_log").fetchone()
    reading = []
    import_file(db, path, dry_run=True, progress=lambda d, t: reading.append(d))  # the calls while reading
    calls = []

    def cancel_while_writing(done, total):
        calls.append(done)
        if len(calls) > len(reading):  # the first report from writing
            raise Stop()

    with pytest.raises(Stop):
        import_file(db, path, progress=cancel_while_writing)
    assert db.execute("SELECT count(*), max(id) FROM change_log").fetchone() == before
    assert db.execute("SELECT employees FROM firms WHERE id = 1").fetchone()[0] is None
    assert db.execute("SELECT count(*) FROM firms WHERE name_zh LIKE '取消测试%'").fetchone()[0] == 0
    db.conn.close()


def test_a_blank_local_cell_is_not_yes(small_db, tmp_path):
    """本地 left blank on our capabilities sheet: local only for a firm known to be in Shenzhen."""
    from db import changes as db_changes

    db_changes.insert_row(small_db, "firms", {"name_zh": "无址企业有限公司"})
    db_changes.insert_row(small_db, "firms", {"name_zh": "台州企业有限公司", "city": "台州市"})
    path = tmp_path / "map.xlsx"
    export_workbook(small_db, path, tables=["capabilities"], analysis=False)
    book = openpyxl.load_workbook(path)
    ws = book["供应能力 Capabilities"]
    head = [c.value for c in ws[1]]
    for firm in ("无址企业有限公司", "台州企业有限公司", "深圳市甲减速机有限公司"):
        ws.append([{"企业*": firm, "部件*": "行星滚柱丝杠"}.get(h) for h in head])
    book.save(path)
    plan = import_file(small_db, path)
    assert plan.applied, [str(e) for e in plan.errors()]
    got = dict(((n, (lo, chk)) for n, lo, chk in small_db.execute(
        "SELECT f.name_zh, c.local, c.needs_check FROM capabilities c JOIN firms f ON f.id = c.firm_id "
        "JOIN components co ON co.id = c.component_id WHERE co.name_zh = '行星滚柱丝杠'")))
    assert got == {"深圳市乙传动有限公司": (1, 0), "无址企业有限公司": (0, 1), "台州企业有限公司": (0, 0),
                   "深圳市甲减速机有限公司": (1, 0)}
