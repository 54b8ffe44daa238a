"""The fast paths of a big import change nothing a planner would notice: a list planned a column at a time
(cells converted once per distinct value, rows that can match nothing added without being matched) gives the
same plan as one planned row by row; a big addition keeps the pinyin order keys, the search index, the
indexes and the change log exactly as row-by-row writes would; many changed rows are written and logged as
single edits are."""

from __future__ import annotations

import sqlite3

import openpyxl
import pytest

from core.importing import columns as columns_module
from core.importing import firm_match
from core.importing.plan import ImportOptions, import_file, plan_import, write_plan
from core.importing.reading import open_spreadsheet
from db import changes, search, sort_keys
from db import importing as dbi
from db.collation import sort_key
from db.connection import open_database

_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CODE_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def credit_code(body: str) -> str:
    """A unified social credit code with its GB 32100 check character."""
    total = sum(_CODE_CHARS.index(c) * w for c, w in zip(body, _CODE_WEIGHTS, strict=True))
    return body + _CODE_CHARS[(31 - total % 31) % 31]


def messy_list(path):
    """What a colleague sends: the same firm twice, a firm of the map by its full and its short name, names
    alike, codes, a stock code, a qualified and a bad cell, a row without a name, places written two ways,
    chain columns — and many plain new firms among them."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "企业"
    ws.append(["企业名称", "统一社会信用代码", "股票代码", "所在区", "成立年份", "估值（亿元）", "产业链环节", "主要产品"])
    rows = [
        ["深圳市优必选科技股份有限公司", None, None, "南山", 2012, None, "机器脑", "VLA大模型"],
        ["乐聚机器人", None, None, None, None, None, "机器肢", "谐波减速器"],
        ["深圳市全新甲科技有限公司", credit_code("91440300MA5G7X3P1"), None, "宝安区", 2020, "约5", "机器肢", "谐波减速器"],
        ["深圳市全新甲科技有限公司", None, None, "福田区", 2021, None, "机器体", "深度相机"],
        ["全新乙机器人", None, "300750.SZ", "坪山区", "明年", None, "机器肢", "行星滚柱丝杠"],
        ["全新乙机器人技术", None, "300750", None, None, None, "机器肢", "行星滚柱丝杠"],
        [None, None, None, "龙岗区", 2019, None, "机器体", "深度相机"],
        ["优必选", None, None, None, None, None, "机器体", "深度相机"],
        ["深圳市另一家科技有限公司", credit_code("91440300MA5G7X3P1"), None, "南山区", None, None, "机器脑", "未知产品"],
    ]
    rows += [[f"深圳市{brand}{kind}有限公司", None, None, district, 2000 + i % 25, None, layer, product]
             for i, (brand, kind, district, layer, product) in enumerate(
                 (b, k, d, lay, p) for b in ("睿拓", "明艾", "腾卓", "灵卡", "步凯", "瑞明", "南奥", "鸿川")
                 for k, d, lay, p in (("精密传动", "龙华区", "机器肢", "谐波减速器"), ("视觉科技", "南山区", "机器体", "深度相机"),
                                      ("智能科技", "罗湖区", "机器脑", "VLA大模型")))]
    rows += [
        ["乙传动科技", None, None, "龙岗区", None, None, "机器肢", "谐波减速器"],  # like the map's 深圳市乙传动有限公司
        ["全新丙传动", None, None, None, None, None, None, None],
        ["全新丙传动科技", None, None, None, None, None, None, None],  # like the row above
        ["睿拓精密传动", None, None, None, None, None, "机器肢", "行星滚柱丝杠"],  # a plain firm above, by its short name
        ["睿拓视觉", None, None, "南山区", None, None, None, None],  # like 深圳市睿拓视觉科技有限公司 above
    ]
    for row in rows:
        ws.append(row)
    book.save(path)
    return path


def plan_summary(plan):
    return {
        "fingerprint": plan.fingerprint(),
        "adds": [(sp.table, sp.adds) for sp in plan.sheets],
        "changes": [(c.row, c.row_id, c.cells) for sp in plan.sheets for c in sp.changes],
        "issues": [str(i) for sp in plan.sheets for i in sp.issues],
        "held": [(d.row, d.candidate_ids, d.decision, d.reason) for _sp, d in plan.held],
        "conflicts": [(c.row, c.field, c.old, c.new, c.decision) for c in plan.conflicts()],
        "rejected": [(r.row, [str(i) for i in r.issues]) for sp in plan.sheets for r in sp.rejected],
        "values": [(v.column, v.text, v.count, v.status, v.component_id) for v in plan.values],
        "labels": plan.labels,
    }


def test_a_list_planned_a_column_at_a_time_is_planned_as_row_by_row(small_db, tmp_path, monkeypatch):
    path = messy_list(tmp_path / "l.xlsx")

    def planned():
        with open_spreadsheet(path) as book:
            return plan_import(small_db, book, ImportOptions(remembered=False))

    fast = planned()
    alone = firm_match.FirmMatcher.isolated
    assert sum(alone(firm_match.FirmMatcher(small_db), [(r[0], None, None, None, None, None) for r in (
        ("深圳市睿拓精密传动有限公司",), ("优必选",))])) == 1  # a plain new firm is alone; 优必选 is the map's
    monkeypatch.setattr(firm_match.FirmMatcher, "isolated", lambda self, rows: [False] * len(rows))
    real_init = columns_module.ConvertedColumns.__init__

    def every_row_special(self, columns, convs, rows):
        real_init(self, columns, convs, rows)
        self.special = set(range(len(rows)))  # every row read cell by cell, as before

    monkeypatch.setattr(columns_module.ConvertedColumns, "__init__", every_row_special)
    slow = planned()
    assert plan_summary(fast) == plan_summary(slow)
    # and the list is as messy as meant: every path was taken
    summary = plan_summary(fast)
    assert [(row, reason) for row, _ids, _d, reason in summary["held"]] == [
        (35, "a similar name"), (37, "a similar name at row 36 of this list"),
        (39, "a similar name at row 12 of this list")]
    assert summary["conflicts"] and summary["rejected"] and summary["changes"]
    firms = {v[1]: fast.sheets[0].added_row(v) for _r, v in fast.sheets[0].adds}
    assert firms["深圳市全新甲科技有限公司"]["notes"].startswith("估值（亿元）：约5")  # a qualified cell
    assert "睿拓精密传动" not in firms  # row 38 is merged into the firm of row 11, a plain new firm
    assert any("row 38" in i and "the same as row 11" in i for i in summary["issues"])


@pytest.fixture
def many_rows(monkeypatch):
    """A 'big' addition from 40 rows: the paths that drop and rebuild indexes are taken."""
    monkeypatch.setattr(dbi, "BULK_ROWS", 40)


def a_list(path, n):
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["企业名称", "简称", "所在区", "主要产品", "产业链环节"])
    for i in range(n):
        ws.append([f"深圳市第{i + 1}号{'甲乙丙丁'[i % 4]}科技有限公司", f"第{i + 1}号" if i % 3 == 0 else None,
                   "南山区", "谐波减速器" if i % 2 else "深度相机", "机器肢" if i % 2 else "机器体"])
    book.save(path)
    return path


def indexes(con):
    return sorted(r[0] for r in con.execute("SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"))


def test_a_big_addition_keeps_order_keys_search_indexes_and_log_in_step(map_file, tmp_path, many_rows):
    path = a_list(tmp_path / "l.xlsx", 120)
    con = sqlite3.connect(map_file)
    before = indexes(con)
    con.close()
    db = open_database(map_file)
    plan = import_file(db, path, ImportOptions(remembered=False), backup=False)
    assert plan.total_adds == 240  # 120 firms, 120 links
    con = sqlite3.connect(map_file)
    assert indexes(con) == before
    firms = con.execute("SELECT id, name_zh, short_name FROM firms").fetchall()
    keys = {r[0]: (r[1], r[2]) for r in con.execute("SELECT id, name_zh, short_name FROM firms_sort_keys")}
    assert keys == {i: (sort_key(n), sort_key(s)) for i, n, s in firms}  # every firm, old and new
    assert sort_keys.in_step(db, "firms")
    # pinyin order through the index: 第1号 … 第120号 by number after the map's firms (深 shen1 … 第 di4)
    ordered = [r[0] for r in con.execute("SELECT f.name_zh FROM firms f JOIN firms_sort_keys k ON k.id = f.id "
                                         "WHERE f.name_zh LIKE '深圳市第%' ORDER BY k.name_zh")]
    assert ordered[:3] == ["深圳市第1号甲科技有限公司", "深圳市第2号乙科技有限公司", "深圳市第3号丙科技有限公司"]
    assert ordered[-1] == "深圳市第120号丁科技有限公司"
    # the search index holds what refresh_rows would write, and finds a new firm by two characters
    where, params = search.filter_sql("firms", "120号")
    assert [r[0] for r in con.execute(f"SELECT name_zh FROM firms WHERE {where}", params)] == \
        ["深圳市第120号丁科技有限公司"]
    stored = dict(con.execute("SELECT rowid, tokens FROM firms_search"))
    cols = ", ".join(search.SEARCHABLE["firms"])
    for row in con.execute(f"SELECT id, {cols} FROM firms"):
        assert stored[row[0]] == search.document(dict(zip(["id", *search.SEARCHABLE["firms"]], row, strict=True)),
                                                 "firms")
    # one log entry per new row holding the whole row
    batch = con.execute("SELECT batch FROM change_log ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert con.execute("SELECT table_name, count(*), count(DISTINCT row_id) FROM change_log WHERE action = 'insert' "
                       "AND batch = ? GROUP BY table_name ORDER BY table_name", [batch]).fetchall() == [
        ("capabilities", 120, 120), ("firms", 120, 120)]
    import json

    new_row = json.loads(con.execute("SELECT new_value FROM change_log WHERE table_name = 'firms' ORDER BY id DESC "
                                     "LIMIT 1").fetchone()[0])
    assert new_row["name_zh"] == "深圳市第120号丁科技有限公司" and new_row["short_name"] is None
    assert set(new_row) == {r[1] for r in con.execute("PRAGMA table_info(firms)")}
    con.close()
    db.conn.close()


def test_bulk_insert_leaves_out_empty_columns_but_never_their_defaults(fresh_db):
    with fresh_db.atomic():
        n = changes.bulk_insert_columns(fresh_db, "firms", ["id", "name_zh", "city", "needs_check"],
                                        [[1, 2], ["甲公司", "乙公司"], [None, None], [0, 1]])
    assert n == 2
    assert fresh_db.execute("SELECT id, name_zh, city, needs_check FROM firms ORDER BY id").fetchall() == [
        (1, "甲公司", None, 0), (2, "乙公司", None, 1)]
    with pytest.raises(Exception) as caught, fresh_db.atomic():  # NULL where the column has a default: refused
        changes.bulk_insert_columns(fresh_db, "firms", ["id", "name_zh", "needs_check"], [[3], ["丙"], [None]])
    assert "needs_check" in str(caught.value) or "NOT NULL" in str(caught.value)


def test_many_changed_rows_are_written_and_logged_as_single_edits(small_db):
    updates = [(1, {"district": "光明区", "notes": "名单备注"}), (2, {"district": None}),
               (3, {"name_zh": "奥比中光科技集团股份有限公司", "revenue_cny": 6e8}), (4, {"employees": 120})]
    with small_db.atomic():
        changed = changes.bulk_update(small_db, "firms", updates, batch="b1")
    assert changed == 3  # 乐聚 has no district: nothing to change
    log = small_db.execute('SELECT row_id, "column", old_value, new_value FROM change_log WHERE batch = ? ORDER BY id',
                           ["b1"]).fetchall()
    assert log == [(1, "district", "南山区", "光明区"), (1, "notes", None, "名单备注"),
                   (3, "revenue_cny", "560000000.0", "600000000.0"), (4, "employees", None, "120")]
    assert small_db.execute("SELECT district, notes FROM firms WHERE id = 1").fetchone() == ("光明区", "名单备注")
    where, params = search.filter_sql("firms", "名单备注")
    assert [r[0] for r in small_db.execute(f"SELECT id FROM firms WHERE {where}", params)] == [1]
    # a row named twice is written in turn
    with small_db.atomic():
        changes.bulk_update(small_db, "firms", [(4, {"employees": 130}), (4, {"employees": 140})], batch="b2")
    assert small_db.execute("SELECT employees FROM firms WHERE id = 4").fetchone() == (140,)
    assert small_db.execute("SELECT count(*) FROM change_log WHERE batch = 'b2'").fetchone() == (2,)
    from db.errors import RowMissing

    with pytest.raises(RowMissing), small_db.atomic():
        changes.bulk_update(small_db, "firms", [(1, {"district": "福田区"}), (999, {"district": "福田区"})])
    assert small_db.execute("SELECT district FROM firms WHERE id = 1").fetchone() == ("光明区",)  # all or nothing


def test_a_round_trip_changing_many_rows_writes_them_in_one_batch(map_file, tmp_path):
    from core.exporting.workbook import export_workbook

    db = open_database(map_file)
    out = tmp_path / "export.xlsx"
    export_workbook(db, out)
    book = openpyxl.load_workbook(out)
    ws = book[next(n for n in book.sheetnames if "企业" in n or "Firms" in n)]
    header = [c.value for c in ws[1]]
    district = header.index("所在区") + 1 if "所在区" in header else next(
        i + 1 for i, h in enumerate(header) if h and "区" in str(h))
    for r in range(3, ws.max_row + 1):
        ws.cell(r, district).value = "光明区"
    book.save(out)
    plan = import_file(db, out, ImportOptions(remembered=False), backup=False)
    firms = db.execute("SELECT count(*) FROM firms").fetchone()[0]
    assert db.execute("SELECT count(*) FROM firms WHERE district = '光明区'").fetchone()[0] == firms
    changed = sum(len(c.cells) for sp in plan.sheets for c in sp.changes)
    assert changed >= 3  # every firm of the map had another district or none
    assert db.execute("SELECT count(*) FROM change_log WHERE action = 'update' AND \"column\" = 'district'"
                      ).fetchone()[0] == changed
    db.conn.close()


def test_the_pinyin_of_every_character_is_the_one_pypinyin_gives():
    """db.collation reads pypinyin's dictionary without importing the package (half a second saved at the
    first sort and the first import); its tone numbers are pypinyin's own."""
    from pypinyin.contrib.tone_convert import to_tone3
    from pypinyin.pinyin_dict import pinyin_dict

    from db import collation

    readings = collation._readings()
    assert readings == pinyin_dict
    differ = [s for r in readings.values() for s in r.split(",")
              if collation.tone3(s) != to_tone3(s, neutral_tone_with_five=True)]
    assert differ == []
    assert collation.sort_key("西安") < collation.sort_key("先") and collation.sort_key("绿的谐波") == \
        "lv4 de5 xie2 bo1"


def test_written_plan_matches_two_writes_of_halves(map_file, tmp_path, many_rows):
    """A plan written in chunks (CHUNK rows at a time) gives the ids, links and log of one write."""
    from core.importing import apply

    path = a_list(tmp_path / "l.xlsx", 90)
    db = open_database(map_file)
    with open_spreadsheet(path) as book:
        plan = plan_import(db, book, ImportOptions(remembered=False))
    old_chunk = apply.CHUNK
    apply.CHUNK = 25
    try:
        write_plan(db, plan, backup=False)
    finally:
        apply.CHUNK = old_chunk
    links = db.execute("SELECT f.name_zh, co.name_zh FROM capabilities ca JOIN firms f ON f.id = ca.firm_id "
                       "JOIN components co ON co.id = ca.component_id WHERE f.name_zh LIKE '深圳市第%' "
                       "ORDER BY ca.id").fetchall()
    assert len(links) == 90
    assert links[0] == ("深圳市第1号甲科技有限公司", "深度相机") and links[1] == ("深圳市第2号乙科技有限公司", "谐波减速器")
    assert sort_keys.in_step(db, "firms")
    db.conn.close()


def test_a_sheet_cut_inside_a_row_tag_is_measured_without_a_search_per_row(monkeypatch):
    """The pre-scan of a worksheet reads it in chunks; a chunk ending inside '<row r="' must not make every row
    of the next chunk look like a far cell (one regex compiled per row: seconds for a 10,000-row list)."""
    from core.importing import reading_zip

    rows = b"".join(b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>x</t></is></c></row>' % (i, i)
                    for i in range(1, 301))
    cut = rows.index(b'<row r="151"') + len(b'<row r="15')  # the chunk ends in the middle of a row number
    scan = reading_zip._SheetScan()
    compiled = []
    real = reading_zip.re.compile
    monkeypatch.setattr(reading_zip.re, "compile", lambda *a: compiled.append(1) or real(*a))
    scan.feed(b"", rows[:cut])
    scan.feed(rows[:cut][-64:], rows[cut:])
    extent = scan.result()
    assert (extent.max_row, extent.max_col, extent.rows) == (300, 1, 300)
    assert len(compiled) <= 4


def test_the_garbage_collector_is_paused_while_importing_and_back_after(small_db, tmp_path):
    import gc

    path = a_list(tmp_path / "l.xlsx", 30)
    seen = []

    def progress(done, total):
        seen.append(gc.isenabled())

    assert gc.isenabled()
    import_file(small_db, path, ImportOptions(remembered=False), dry_run=True, progress=progress)
    assert seen and not any(seen) and gc.isenabled()

    def cancel(done, total):
        raise KeyboardInterrupt  # the planner cancels (the GUI's Cancel raises from the progress callback)

    with pytest.raises(KeyboardInterrupt):
        import_file(small_db, path, ImportOptions(remembered=False), progress=cancel)
    assert gc.isenabled()
