"""Planners' real kinds of lists, made here, imported with the default command (no --map): rows, chain links,
names and places as a planner would check them, and what the coverage, the chain map and `gaps` show after.

The map is the default dataset (49 components under 机器脑 / 机器肢 / 机器体), so values are matched against the
components planners actually see."""

from __future__ import annotations

import json
import sqlite3

import openpyxl
import pytest

import main
from core.analysis.chain_map import chain_map_data
from core.analysis.coverage import chain_coverage
from core.importing import memory
from core.importing.plan import ImportOptions, import_file
from tests import fixtures_excel as fx


@pytest.fixture
def chain_file(tmp_path):
    """A database file holding the default dataset."""
    from core.workspace import create_database

    path = tmp_path / "chain.sqlite"
    create_database(path)
    return path


def rows_of(path, sql, params=()):
    con = sqlite3.connect(path)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def component_id(path, name):
    return rows_of(path, "SELECT id FROM components WHERE name_zh = ?", [name])[0][0]


def links_of(path, firm_name):
    return sorted(rows_of(path, "SELECT co.name_zh, ca.local, ca.needs_check, ca.product FROM capabilities ca "
                                "JOIN components co ON co.id = ca.component_id JOIN firms f ON f.id = ca.firm_id "
                                "WHERE f.name_zh = ?", [firm_name]))


def run(capsys, *argv):
    code = main.main(["import", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def humanoid_list(path):
    """产业链环节 merged down over its firms, 细分领域 as planners write it, addresses and a firm of Taizhou."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "人形机器人产业链"
    ws.append(["深圳市人形机器人产业链重点企业梳理"])
    ws.merge_cells("A1:E1")
    ws.append(["产业链环节", "细分领域", "企业名称", "办公地址", "备注"])
    rows = [
        ("大脑系统（AI芯片与算法）", "芯片设计", "深圳市甲芯智能科技有限公司", "总部：深圳市南山区粤海街道", None),
        (None, "深度摄像头", "深圳市乙视科技有限公司", "深圳市宝安区新安街道", None),
        ("机器肢", "伺服电机", "深圳市丙驱动技术有限公司", "深圳龙岗区坂田街道", None),
        (None, "减速器", "浙江双环传动机械股份有限公司", "台州市玉环市", None),
        (None, "谐波减速器、RV减速器", "深圳市丁传动有限公司", "深圳市光明区", None),
        ("机器体", "激光雷达", "深圳市戊雷达科技有限公司", "深圳市南山区", None),
        (None, "IMU传感器", "深圳市己惯导科技有限公司", None, None),
        (None, "力觉传感器", "深圳市庚感知科技有限公司", "深圳市福田区", None),
        (None, "电池制造", "深圳市辛能源科技有限公司", "深圳市坪山区", "储能与动力"),
        (None, "量子通信", "深圳市壬量子科技有限公司", "深圳市南山区", None),
    ]
    for row in rows:
        ws.append(list(row))
    ws.merge_cells("A3:A4")
    ws.merge_cells("A5:A7")
    ws.merge_cells("A8:A12")
    book.save(path)
    return path


def test_humanoid_chain_list_links_firms_to_components(chain_file, tmp_path, capsys):
    path = humanoid_list(tmp_path / "产业链梳理.xlsx")
    code, out, err = run(capsys, path, "--db", chain_file)
    assert code == 0, err
    assert "人形机器人产业链 → chain links (capabilities): 7 to add" in out
    # confident matches are linked, local when the address says Shenzhen
    assert links_of(chain_file, "深圳市乙视科技有限公司") == [("深度/3D相机", 1, 0, None)]
    assert links_of(chain_file, "深圳市戊雷达科技有限公司") == [("激光雷达", 1, 0, None)]
    assert links_of(chain_file, "深圳市庚感知科技有限公司") == [("六维力/力矩传感器", 1, 0, None)]
    assert links_of(chain_file, "深圳市辛能源科技有限公司") == [("电池（电池包）", 1, 0, None)]
    # a cell naming two products links both
    assert links_of(chain_file, "深圳市丁传动有限公司") == [("RV减速器", 1, 0, None), ("谐波减速器", 1, 0, None)]
    # a firm without an address: linked, but not a local supplier, and marked for checking
    assert links_of(chain_file, "深圳市己惯导科技有限公司") == [("惯性测量单元（IMU）", 0, 1, None)]
    # uncertain values wait for the planner's choice; the value is listed, nothing is guessed
    assert links_of(chain_file, "深圳市丙驱动技术有限公司") == []
    assert links_of(chain_file, "深圳市甲芯智能科技有限公司") == []
    assert "伺服电机 ×1 ? one of 高功率密度伺服驱动器 / 无框力矩电机" in out
    assert "减速器 ×1 ? one of" in out and "芯片设计 ×1 ? one of AI芯片" in out
    # an unmatched value is counted and kept in the firm's notes, never dropped
    assert "量子通信 ×1 ✗ no component" in out
    assert rows_of(chain_file, "SELECT notes FROM firms WHERE name_zh = '深圳市壬量子科技有限公司'") == [
        ("产业链环节：机器体；细分领域：量子通信",)]
    # places from the addresses, one spelling per district; Taizhou is not Shenzhen
    places = dict(((n, (c, d)) for n, c, d in rows_of(chain_file, "SELECT name_zh, city, district FROM firms")))
    assert places["深圳市甲芯智能科技有限公司"] == ("深圳", "南山区")  # the map spells the city 深圳
    assert places["深圳市丙驱动技术有限公司"] == ("深圳", "龙岗区")
    assert places["浙江双环传动机械股份有限公司"] == ("台州市", None)
    assert places["深圳市己惯导科技有限公司"] == (None, None)
    # the merged 产业链环节 cell was read for every row under it (机器肢 over 伺服电机, 减速器 …): no layer notes
    assert rows_of(chain_file, "SELECT notes FROM firms WHERE name_zh = '深圳市丁传动有限公司'") == [(None,)]


def test_the_planners_choice_is_remembered_and_used_from_the_command_line(chain_file, tmp_path, capsys):
    path = humanoid_list(tmp_path / "产业链梳理.xlsx")
    memory.remember_values({"伺服电机": "无框力矩电机", "减速器": "谐波减速器", "芯片设计": None})
    code, out, err = run(capsys, path, "--db", chain_file)
    assert code == 0, err
    assert links_of(chain_file, "深圳市丙驱动技术有限公司") == [("无框力矩电机", 1, 0, None)]
    # 双环传动 of Taizhou: a reducer maker, not a local supplier
    assert links_of(chain_file, "浙江双环传动机械股份有限公司") == [("谐波减速器", 0, 0, None)]
    assert links_of(chain_file, "深圳市甲芯智能科技有限公司") == []  # "not a component"
    assert "芯片设计 ×1 ✗ not a component" in out
    data = json.loads(memory.memory_path().read_text(encoding="utf-8"))
    assert data["values"]["伺服电机"] == "无框力矩电机"


def test_a_map_values_file_decides_for_one_run(chain_file, tmp_path, capsys):
    path = humanoid_list(tmp_path / "产业链梳理.xlsx")
    choices = tmp_path / "values.txt"
    choices.write_text("# 值=部件\n伺服电机 = 高功率密度伺服驱动器\n减速器=RV减速器\n", encoding="utf-8")
    code, _out, err = run(capsys, path, "--map-values", choices, "--db", chain_file)
    assert code == 0, err
    assert links_of(chain_file, "深圳市丙驱动技术有限公司") == [("高功率密度伺服驱动器", 1, 0, None)]
    bad = tmp_path / "bad.txt"
    bad.write_text("伺服电机\n", encoding="utf-8")
    code, _out, err = run(capsys, path, "--map-values", bad, "--db", chain_file)
    assert code == 1 and err.count("\n") == 1 and "line 1 of the value mapping is not 值=部件" in err


def test_new_links_show_in_coverage_chain_map_and_gaps(chain_file, tmp_path, capsys):
    from db.connection import open_database

    lidar = component_id(chain_file, "激光雷达")
    imu = component_id(chain_file, "惯性测量单元（IMU）")
    db = open_database(chain_file)
    before = {c.id: c.local_suppliers for c in chain_coverage(db)[0]}
    db.conn.close()
    assert run(capsys, humanoid_list(tmp_path / "l.xlsx"), "--db", chain_file)[0] == 0
    db = open_database(chain_file)
    try:
        after = {c.id: c.local_suppliers for c in chain_coverage(db)[0]}
        assert after[lidar] == before[lidar] + 1
        assert after[imu] == before[imu]  # 己惯导 has no known place: linked, but not a local supplier
        firms = {f.name_zh: f.local for comp in chain_map_data(db).components() if comp.id == lidar
                 for f in comp.firms}
        assert firms.get("深圳市戊雷达科技有限公司") is True
    finally:
        db.conn.close()
    assert main.main(["gaps", "--format", "json", "--db", str(chain_file)]) == 0
    gaps = json.loads(capsys.readouterr().out)
    text = json.dumps(gaps, ensure_ascii=False)
    assert "激光雷达" in text
    lidar_row = next(c for c in gaps["coverage"]["components"] if c["name_zh"] == "激光雷达") \
        if isinstance(gaps.get("coverage"), dict) else None
    if lidar_row is not None:
        assert lidar_row["local_suppliers"] == before[lidar] + 1


def district_list(path, *, saved_total: bool):
    """A district's list: title rows, a unit line, 上/中/下游, and a 合计 row whose formula has (or has not) a
    saved value. Written by hand so the formula can carry a value as Excel saves it."""
    rows = [
        ["宝安区具身智能机器人重点企业名单"],
        ["单位：万元"],
        ["序号", "企业名称", "上中下游", "细分领域", "营业收入", "地      区"],
        [1, "深圳市宝甲机器人有限公司", "中游", "", 1200, "宝安"],
        [2, "深圳市宝乙精密有限公司", "上游", "谐波减速器", 800, "华南"],
        [3, "深圳市宝丙应用有限公司", "下游", "", 300, "宝安区"],
    ]
    body = "".join(fx.inline_row(i + 1, r) for i, r in enumerate(rows))
    value = "<v>2300</v>" if saved_total else ""
    total = ('<row r="7"><c r="A7" t="inlineStr"><is><t>合计</t></is></c>'
             f'<c r="E7"><f>SUM(E4:E6)</f>{value}</c></row>')
    return fx.minimal_xlsx(path, [], sheet_xml=fx.SHEET_HEAD + body + total + fx.SHEET_TAIL)


@pytest.mark.parametrize("saved_total", [True, False])
def test_district_list_with_title_units_positions_and_a_total(chain_file, tmp_path, capsys, saved_total):
    path = district_list(tmp_path / "宝安.xlsx", saved_total=saved_total)
    code, out, err = run(capsys, path, "--db", chain_file)
    assert code == 0, err
    got = {n: (r, rev, d) for n, r, rev, d in rows_of(
        chain_file, "SELECT name_zh, role, revenue_cny, district FROM firms WHERE name_zh LIKE '深圳市宝%'")}
    assert got == {
        "深圳市宝甲机器人有限公司": ("integrator", 1.2e7, "宝安区"),  # 中游: an integrator; 1200 万元
        "深圳市宝乙精密有限公司": ("component", 8e6, None),  # 华南 is a region, never a district
        "深圳市宝丙应用有限公司": (None, 3e6, "宝安区"),
    }
    assert "'华南' is a region, not a district; left out" in out
    assert links_of(chain_file, "深圳市宝乙精密有限公司") == [("谐波减速器", 0, 1, None)]  # place unknown
    assert "合计" not in out and "formula" not in err


def test_gbk_csv_with_listing_and_office_address(chain_file, tmp_path, capsys):
    text = ("公司名称,上市情况,办公地址,数据来源,主要产品\n"
            "深圳市创科机器人有限公司,未上市,总部：深圳市南山区科技园,公开信息,灵巧手\n"
            "深圳市港科智能股份有限公司,港交所：09880,深圳市福田区,公开信息,\n"
            "深圳市坏码科技有限公司,也许,深圳市罗湖区,,\n")
    path = tmp_path / "企业.csv"
    path.write_bytes(text.encode("gbk"))
    code, out, err = run(capsys, path, "--db", chain_file)
    assert code == 0, err
    got = {n: (lst, c, d) for n, lst, c, d in rows_of(
        chain_file, "SELECT name_zh, listed, city, district FROM firms WHERE name_zh LIKE '深圳市%科%'")}
    assert got["深圳市创科机器人有限公司"] == (0, "深圳", "南山区")  # 深圳市 as the map spells it: 深圳
    assert got["深圳市港科智能股份有限公司"] == (1, "深圳", "福田区")
    assert got["深圳市坏码科技有限公司"] == (None, "深圳", "罗湖区")  # the bad cell left out, the row kept
    assert "'也许' is not yes or no" in out and "no Sources entry named '公开信息'" in out
    assert links_of(chain_file, "深圳市创科机器人有限公司") == [("灵巧手（灵巧手总成）", 1, 0, "灵巧手")]


def test_exchange_list_with_spaced_headers_codes_and_full_width_names(chain_file, tmp_path, capsys):
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["证券代码 ", " 证券简称", "扩位证券简称", "公 司 全 称", "所属行业", "办公地址", "公司网址"])
    ws.append(["09880.HK", "优必选", "优必选", "深圳市优必选科技股份有限公司", "专用设备制造业", "深圳市南山区", ""])
    ws.append(["002050", "三花智控", "三花智控", "浙江三花智能控制股份有限公司", "通用设备制造业", "浙江省绍兴市新昌县",
               "www.zjshc.com"])
    for i in range(3000):
        ws.append([f"{600000 + i:06d}", f"测{i:04d}", f"测试证券{i:04d}", f"测试证券{i:04d}（深圳）科技股份有限公司",
                   "计算机、通信和其他电子设备制造业", "深圳市南山区", ""])
    path = tmp_path / "上市公司.xlsx"
    book.save(path)
    code, out, err = run(capsys, path, "--db", chain_file)
    assert code == 0, err
    assert "likely duplicate" not in out
    assert rows_of(chain_file, "SELECT count(*) FROM firms WHERE stock_code LIKE '6%'") == [(3000,)]
    # names stored as written: full-width brackets stay
    assert rows_of(chain_file, "SELECT short_name, listed, website, notes FROM firms WHERE stock_code = '600007'") == [
        ("测0007", 1, None, "所属行业：计算机、通信和其他电子设备制造业")]
    assert rows_of(chain_file, "SELECT name_zh FROM firms WHERE stock_code = '600007'") == [
        ("测试证券0007（深圳）科技股份有限公司",)]
    assert rows_of(chain_file, "SELECT website, listed, stock_code FROM firms WHERE short_name = '三花智控'") == [
        ("www.zjshc.com", 1, "002050")]
    # 优必选 was matched (by its short name), not added again; its stock code is learned
    assert rows_of(chain_file, "SELECT count(*), max(stock_code) FROM firms WHERE name_zh LIKE '%优必选%'") == [
        (1, "09880.HK")]


@pytest.mark.skipif(fx.libreoffice() is None, reason="LibreOffice is not installed")
@pytest.mark.slow
def test_xls_with_short_names_only_then_a_full_name_is_learned(chain_file, tmp_path, capsys):
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["企业简称", "所在区", "细分领域"])
    ws.append(["优必选", "南山区", "灵巧手"])
    ws.append(["短名智造", "龙华区", "激光雷达"])
    source = tmp_path / "简称.xlsx"
    book.save(source)
    xls = fx.libreoffice_convert(source, tmp_path / "lo", "xls")
    code, out, err = run(capsys, xls, "--db", chain_file)
    assert code == 0, err
    assert "the short name is used as the name" in out
    assert rows_of(chain_file, "SELECT name_zh, short_name, district FROM firms WHERE name_zh = '短名智造'") == [
        ("短名智造", "短名智造", "龙华区")]
    assert links_of(chain_file, "短名智造") == [("激光雷达", 1, 0, None)]
    assert rows_of(chain_file, "SELECT count(*) FROM firms WHERE name_zh LIKE '%优必选%'") == [(1,)]
    # later, a list with the full registered name: held as the short-name firm's likely duplicate, merged on
    # the planner's word, and the full name is stored (the short name kept)
    full = tmp_path / "全称.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["企业名称", "所在区"])
    book.active.append(["深圳市短名智造科技有限公司", "龙华区"])
    book.save(full)
    code, out, _err = run(capsys, full, "--duplicates", "merge", "--db", chain_file)
    assert code == 0
    assert rows_of(chain_file, "SELECT name_zh, short_name FROM firms WHERE short_name = '短名智造'") == [
        ("深圳市短名智造科技有限公司", "短名智造")]


def test_edge_list_firm_to_chain_node(chain_file, tmp_path, capsys):
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["起点节点名称", "关系", "终点节点名称"])
    ws.append(["深圳市优必选科技股份有限公司", "需求", "谐波减速器"])
    ws.append(["深圳市节点甲科技有限公司", "供应", "激光雷达"])
    ws.append(["深圳市节点甲科技有限公司", "供应", "深度相机"])
    path = tmp_path / "edges.csv"
    path.write_text("\n".join(",".join("" if v is None else str(v) for v in r)
                              for r in ws.iter_rows(values_only=True)), encoding="utf-8")
    code, out, err = run(capsys, path, "--db", chain_file)
    assert code == 0, err
    assert "an edge list (firm → chain node)" in out
    assert rows_of(chain_file, "SELECT count(*) FROM firms WHERE name_zh = '深圳市节点甲科技有限公司'") == [(1,)]
    assert links_of(chain_file, "深圳市节点甲科技有限公司") == [("深度/3D相机", 0, 1, None), ("激光雷达", 0, 1, None)]
    ubtech = links_of(chain_file, "深圳市优必选科技股份有限公司")
    assert ("谐波减速器", 1, 0, None) in ubtech


def test_a_partial_import_writes_the_rest_and_a_rejects_workbook(chain_file, tmp_path, capsys):
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["企业名称", "成立年份", "统一社会信用代码"])
    ws.append(["深圳市好行科技有限公司", 2018, None])
    ws.append([None, 2019, None])  # no name: the row is left out
    ws.append(["深圳市坏格科技有限公司", "明年", "91440300MA5G7X3P1Q"])  # two bad optional cells: left out
    path = tmp_path / "部分.xlsx"
    book.save(path)
    count = "SELECT (SELECT count(*) FROM firms), (SELECT count(*) FROM change_log)"
    before = rows_of(chain_file, count)
    code, _out, err = run(capsys, path, "--strict", "--db", chain_file)
    assert code == 1 and "3 errors; nothing was imported" in err and rows_of(chain_file, count) == before
    rejects = tmp_path / "部分.rejects.xlsx"
    code, out, err = run(capsys, path, "--dry-run", "--db", chain_file)
    assert code == 0 and f"would be saved to: {rejects}" in out
    assert not rejects.exists() and rows_of(chain_file, count) == before  # a dry run writes nothing at all
    code, out, err = run(capsys, path, "--db", chain_file)
    assert code == 0, err
    assert "- row 3 left out: 企业名称: cannot be empty" in out.replace("A 企业名称", "企业名称")
    assert rows_of(chain_file, "SELECT founded_year, credit_code FROM firms WHERE name_zh = '深圳市坏格科技有限公司'") == [
        (None, None)]
    assert f"rows left out and held: {rejects}" in out
    sheet = openpyxl.load_workbook(rejects).active
    values = [[c.value for c in r] for r in sheet.iter_rows()]
    assert values[0][:3] == ["Row", "Status", "Reason"] and values[0][3:] == ["企业名称", "成立年份", "统一社会信用代码"]
    assert values[1][:2] == [3, "left out"] and values[1][4] == 2019


def test_curated_values_are_kept_and_conflicts_listed(chain_file, tmp_path, capsys):
    from db.connection import open_database

    db = open_database(chain_file)
    ubtech = db.execute("SELECT id, products FROM firms WHERE name_zh = '深圳市优必选科技股份有限公司'").fetchone()
    db.conn.close()
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["企业名称", "主要产品", "城市", "所在区"])
    ws.append(["深圳市优必选科技股份有限公司", "人形机器人控制系统", "深圳市", None])
    ws.append(["深圳市冲突甲科技有限公司", None, "深圳", "南山区"])
    ws.append(["深圳市冲突甲科技有限公司", None, "深圳", "福田区"])
    path = tmp_path / "冲突.xlsx"
    book.save(path)
    code, out, err = run(capsys, path, "--db", chain_file)
    assert code == 0, err
    assert rows_of(chain_file, "SELECT products FROM firms WHERE id = ?", [ubtech[0]]) == [(ubtech[1],)]
    assert "主要产品 — the map says" in out and "kept" in out
    assert "所在区 — row 3 says 南山区, this row says 福田区: kept" in out
    assert rows_of(chain_file, "SELECT city, district FROM firms WHERE name_zh = '深圳市冲突甲科技有限公司'") == [
        ("深圳", "南山区")]  # 深圳市 = 深圳: the map's one spelling
    code, out, _err = run(capsys, path, "--update", "overwrite", "--db", chain_file)
    assert code == 0
    assert rows_of(chain_file, "SELECT products FROM firms WHERE id = ?", [ubtech[0]]) == [("人形机器人控制系统",)]


def test_our_workbook_lists_rows_not_in_the_file_and_deletes_them_when_asked(map_file, tmp_path, capsys):
    path = tmp_path / "map.xlsx"
    assert main.main(["export", str(path), "--db", str(map_file)]) == 0
    book = openpyxl.load_workbook(path)
    ws = book["企业 Firms"]
    last = max(r for r in range(3, ws.max_row + 1) if ws.cell(r, 1).value)
    gone = ws.cell(last, 2).value
    ws.delete_rows(last)
    book.save(path)
    capsys.readouterr()
    code, out, err = run(capsys, path, "--dry-run", "--db", map_file)
    assert code == 0, err
    assert "1 row(s) of Firms are not in the sheet: kept" in out
    code, out, err = run(capsys, path, "--delete-missing", "--db", map_file)
    assert code == 0, err
    assert "1 deleted" in out
    assert rows_of(map_file, "SELECT count(*) FROM firms WHERE name_zh = ?", [gone]) == [(0,)]


def test_unknown_location_is_not_a_local_supplier(small_db, tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["企业名称", "细分领域", "城市"])
    book.active.append(["台州某减速机有限公司", "谐波减速器", "台州"])
    book.active.append(["无址减速机有限公司", "谐波减速器", None])
    book.active.append(["深圳某减速机有限公司", "谐波减速器", "深圳"])
    path = tmp_path / "loc.xlsx"
    book.save(path)
    plan = import_file(small_db, path, ImportOptions(remembered=False))
    assert plan.applied
    got = dict(((n, (lo, chk)) for n, lo, chk in small_db.execute(
        "SELECT f.name_zh, c.local, c.needs_check FROM capabilities c JOIN firms f ON f.id = c.firm_id "
        "WHERE f.name_zh IN ('台州某减速机有限公司', '无址减速机有限公司', '深圳某减速机有限公司')")))
    assert got == {"台州某减速机有限公司": (0, 0), "无址减速机有限公司": (0, 1), "深圳某减速机有限公司": (1, 0)}
