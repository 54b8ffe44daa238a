"""Planners' own lists: header found below titles and merged cells, synonyms, units, totals, notes, firm matching
and likely duplicates; centres and observations lists; CSV in GB18030; the user's column corrections."""

import openpyxl

import main
from core.importing import headers as im
from core.importing import names
from core.importing.plan import ImportOptions, import_file
from db import changes


def firms_list(path, rows, *, title=True):
    """A colleague's list: a merged title, a unit line, a two-row header under a merged group label."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "名单"
    if title:
        ws["A1"] = "深圳市具身智能机器人重点企业名单（2025年）"
        ws.merge_cells("A1:H1")
        ws["A2"] = "单位：万元"
    ws.append([])
    ws.append(["序号", "企业全称", "统一社会信用代码", "所在区", "财务数据（万元）", None, "备注", "联系人"])
    ws.append([None, None, None, None, "营收", "估值", None, None])
    header = ws.max_row
    for col in "ABCDGH":
        ws.merge_cells(f"{col}{header - 1}:{col}{header}")
    ws.merge_cells(f"E{header - 1}:F{header - 1}")
    for row in rows:
        ws.append(row)
    book.save(path)
    return path


def plan_for(db, path, **options):
    return import_file(db, path, ImportOptions(**options), dry_run=True)


def test_header_below_title_and_merged_group_with_units_and_totals(small_db, tmp_path):
    path = firms_list(tmp_path / "名单.xlsx", [
        [1, "深圳市优必选科技股份有限公司", None, "南山区", "56,000", "约5,000,000", "重点企业", "张三"],
        [2, "  新锐关节（深圳）有限公司 ", "91440300MA5G7X3P1D", "宝安", "１２００", "超30亿", None, "李四"],
        [],
        [3, "乐聚机器人", None, None, 100, None, None, None],
        ["合计", None, None, None, 57300, None, None, None],
        ["注：数据来源于各区上报"],
    ])
    plan = plan_for(small_db, path)
    assert plan.kind == "list" and not plan.has_errors, [str(e) for e in plan.errors()]
    sp = plan.sheets[0]
    assert sp.table == "firms" and sp.header_row == 5
    fields = {c.header.split()[-1]: c.field for c in sp.match.columns if c.header}
    assert fields == {"序号": None, "企业全称": "name_zh", "统一社会信用代码": "credit_code", "所在区": "district",
                      "营收": "revenue_cny", "估值": "valuation_cny", "备注": "notes", "联系人": None}
    assert [c.unit for c in sp.match.columns if c.field in ("revenue_cny", "valuation_cny")] == ["万元", "万元"]
    # 优必选 matched by normalised name: revenue 56,000 万元 and valuation 约 500 亿 (kept as a note), name kept
    change, leju = sp.changes
    cells = {f: (o, n) for f, o, n in change.cells}
    assert change.row_id == 1 and "name_zh" not in cells
    assert cells["revenue_cny"] == (None, 5.6e8)
    assert "valuation_cny" not in cells  # 约5,000,000 万元 = 500 亿元 = what is stored already
    assert cells["notes"] == (None, "重点企业\n财务数据（万元） 估值：约5,000,000")
    # the new firm: name trimmed, full-width brackets and digits folded, 超30亿 kept as a note
    (row, added), = sp.adds
    new = sp.added_row(added)
    assert new["name_zh"] == "新锐关节（深圳）有限公司"  # stored as written, trimmed
    assert (new["credit_code"], new["district"], new["revenue_cny"], new["valuation_cny"]) == (
        "91440300MA5G7X3P1D", "宝安区", 1.2e7, 3e9)  # one spelling per district: 宝安 is 宝安区
    assert "超30亿" in new["notes"]
    # 乐聚机器人 is the traditional alias 樂聚機器人 of 乐聚(深圳)机器人技术有限公司 (OpenCC folds it): the same firm
    assert leju.row_id == 2 and leju.cells == [("revenue_cny", None, 1e6)] and not sp.duplicates
    assert sp.skipped == 3  # the blank row, 合计, the footnote


def test_duplicates_can_be_merged_or_added(small_db, tmp_path):
    # 乙传动科技 (a short form) looks like 深圳市乙传动有限公司: held, unless the planner decides
    path = firms_list(tmp_path / "l.xlsx", [[1, "乙传动科技", None, "龙岗区", 100, None, None, None]])
    held = plan_for(small_db, path).sheets[0]
    (dup,) = held.duplicates
    assert (dup.label, dup.candidate_ids, dup.decision, dup.reason) == ("乙传动科技", [5], "skip", "a similar name")
    assert not held.adds and not held.changes
    merged = plan_for(small_db, path, duplicates="merge").sheets[0]
    assert merged.changes[0].row_id == 5 and ("district", None, "龙岗区") in merged.changes[0].cells
    added = plan_for(small_db, path, duplicates="add").sheets[0]
    assert len(added.adds) == 1 and not added.changes
    decided = plan_for(small_db, path, decisions={("名单", 6): "merge"}).sheets[0]
    assert decided.changes and decided.duplicates[0].decision == "merge"


def test_firms_match_by_credit_code_alias_and_the_same_name_twice(small_db, tmp_path):
    changes.update_row(small_db, "firms", 3, {"credit_code": "91440300MA5D4P7L0K"})
    path = firms_list(tmp_path / "l.xlsx", [
        [1, "奥比中光（改名后）", "91440300MA5D4P7L0K", "南山区", None, None, None, None],
        [2, "Leju", None, "福田区", None, None, None, None],
        [3, "全新机器人有限公司", None, None, 10, None, None, None],
        [4, "全新机器人有限公司", None, "坪山区", 10, None, None, None],
        [5, "深圳市全新机器人有限公司", None, None, 20, None, None, None],
    ], title=False)
    sp = plan_for(small_db, path).sheets[0]
    by_id = {c.row_id: c for c in sp.changes}
    assert by_id[3].cells == [("district", None, "南山区")]  # by credit code; its name stays
    assert by_id[2].cells == [("district", None, "福田区")]  # by alias
    # the same name twice: one firm, the second row fills what the first left empty
    first, other = (sp.added_row(v) for _r, v in sp.adds)
    assert (first["name_zh"], first["district"], first["revenue_cny"]) == ("全新机器人有限公司", "坪山区", 1e5)
    # two different registered names are two registrations, never merged silently
    assert other["name_zh"] == "深圳市全新机器人有限公司" and not sp.duplicates and not sp.conflicts


def test_user_corrects_the_mapping(small_db, tmp_path, map_file, capsys):
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["机构", "地区", "员工", "电话"])
    ws.append(["映射测试有限公司", "南山区", "约300人", "123"])
    path = tmp_path / "m.xlsx"
    book.save(path)
    (problem,) = plan_for(small_db, path).errors()
    assert "row 1: no column for 企业名称 found in header row 1" in str(problem)
    plan = plan_for(small_db, path, table="firms", mapping=im.parse_map_option("机构=name_zh, 地区=district, 电话=notes"))
    new = plan.sheets[0].added_row(plan.sheets[0].adds[0][1])
    assert (new["name_zh"], new["district"], new["employees"]) == ("映射测试有限公司", "南山区", 300)
    assert new["notes"] == "123\n员工：约300人"  # the 电话 column as notes, and the qualifier kept
    code = main.main(["import", str(path), "--map", "机构=企业名称,地区=district,电话=", "--db", str(map_file)])
    assert code == 0, capsys.readouterr().err
    assert "imported: 1 added" in capsys.readouterr().out
    assert main.main(["import", str(path), "--map", "机构=nonsense", "--db", str(map_file)]) == 1
    assert "'nonsense' is not a column of Firms" in capsys.readouterr().err


def test_csv_in_gb18030_with_thousands_and_full_width_digits(small_db, tmp_path):
    text = "公司名称,注册资本,营业收入（万元）,成立日期,是否上市\n深圳测试科技有限公司,100万,\"１,２００\",2015-03-12,否\n"
    path = tmp_path / "list.csv"
    path.write_bytes(text.encode("gb18030"))
    sp = plan_for(small_db, path).sheets[0]
    new = sp.added_row(sp.adds[0][1])
    assert (new["name_zh"], new["revenue_cny"], new["founded_year"], new["listed"]) == ("深圳测试科技有限公司", 1.2e7,
                                                                                        2015, 0)
    assert [c.header for c in sp.match.ignored()] == ["注册资本"]


def test_csv_in_utf8_without_bom_and_tab_separated_utf16(small_db, tmp_path):
    plain = tmp_path / "plain.csv"
    plain.write_text("企业名称;所在区\n深圳无标记有限公司;龙华区\n", encoding="utf-8")
    sp = plan_for(small_db, plain).sheets[0]
    assert sp.added_row(sp.adds[0][1])["district"] == "龙华区"
    unicode_text = tmp_path / "excel-unicode.txt"
    unicode_text.write_text("企业名称\t所在区\n深圳制表符有限公司\t光明区\n", encoding="utf-16")
    sp = plan_for(small_db, unicode_text).sheets[0]
    assert sp.added_row(sp.adds[0][1])["name_zh"] == "深圳制表符有限公司"


def test_centres_list_with_chinese_choices(small_db, tmp_path):
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["平台名称", "类型", "级别", "依托单位", "建设状态"])
    ws.append(["深圳市人形机器人中试平台", "平台", "市级", "某大学", "建设中"])
    ws.append(["广东省具身智能机器人创新中心", "创新中心", "省级", "新依托单位", None])
    path = tmp_path / "c.xlsx"
    book.save(path)
    sp = plan_for(small_db, path).sheets[0]
    assert sp.table == "centres"
    new = sp.added_row(sp.adds[0][1])
    assert (new["type"], new["level"], new["host"], new["status"]) == ("platform", "municipal", "某大学", "building")
    assert sp.changes[0].row_id == 1 and sp.changes[0].cells == [("host", None, "新依托单位")]


def test_observations_list_with_plan_code_periods_units_and_qualifiers(small_db, tmp_path):
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["规划", "目标编号", "指标", "数值", "截至", "来源", "口径"])
    ws.append(["EMB2027", "E5", "集群企业", "约1,300家", "2026年底", "S1", "集群企业"])
    ws.append(["EMB2027", "E5", "集群企业", "0.15万家", "2026年6月", "S1", "集群企业"])
    path = tmp_path / "o.xlsx"
    book.save(path)
    sp = plan_for(small_db, path).sheets[0]
    assert sp.table == "observations", [str(i) for i in sp.issues]
    rows = [sp.added_row(v) for _r, v in sp.adds]
    assert [(r["target_id"], r["value"], r["unit"], r["qualifier"], r["as_of"], r["as_of_precision"], r["source_id"])
            for r in rows] == [(1, 1300, "家", "约", "2026-12-31", "year", 1), (1, 1500, "家", None, "2026-06-30",
                                                                            "month", 1)]


def test_header_synonyms_and_units():
    assert im.field_for_header("firms", "企业名称（全称）") == ("name_zh", None)
    assert im.field_for_header("firms", "2024年营业收入（万元）") == ("revenue_cny", "万元")
    assert im.field_for_header("firms", "Company") == ("name_zh", None)
    assert im.field_for_header("firms", "Valuation (100M CNY)") == ("valuation_cny", "亿元")
    assert im.field_for_header("firms", "营收（单位：万元）") == ("revenue_cny", "万元")
    assert im.field_for_header("observations", "数值（万台）") == ("value", "万台")
    assert im.field_for_header("firms", "序号") == (None, None)
    assert im.field_for_header("firms", "是否高新技术企业")[0] is None
    assert names.normalise_firm_name("深圳市优必选科技股份有限公司") == names.normalise_firm_name("优必选科技有限公司")
    assert names.normalise_firm_name("乐聚（深圳）机器人技术有限公司") == "乐聚机器人技术"


def test_traditional_headers_are_recognised_and_shown_as_written(small_db, tmp_path):
    """A Hong Kong or Taiwan colleague's list: headers in traditional characters (and a unit line) map like
    their simplified forms; the preview shows them as written, and names are stored as written."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "名單"
    ws.append(["單位：萬元"])
    ws.append(["序號", "企業名稱", "統一社會信用代碼", "所在區", "營業收入", "產業鏈環節", "細分領域", "聯繫人"])
    ws.append([1, "樂聚（深圳）機器人技術有限公司", None, "福田區", 1200, "機器肢", "諧波減速器", "陳先生"])
    ws.append([2, "深圳市新來科技有限公司", "91440300MA5G7X3P1D", "南山区", 300, "機器體", "深度相機", None])
    book.save(tmp_path / "l.xlsx")
    plan = plan_for(small_db, tmp_path / "l.xlsx", remembered=False)
    sp = plan.sheets[0]
    mapped = {c.header: c.field for c in sp.match.columns}
    assert mapped == {"序號": None, "企業名稱": "name_zh", "統一社會信用代碼": "credit_code", "所在區": "district",
                      "營業收入": "revenue_cny", "產業鏈環節": "_chain_layer", "細分領域": "_chain_segment",
                      "聯繫人": None}
    assert sp.match.unit == "万元"
    # 樂聚 (traditional) is the map's 乐聚 by its alias 樂聚機器人 / its name folded: updated, not added
    (change,) = sp.changes
    assert change.row_id == 2 and ("revenue_cny", None, 1.2e7) in change.cells
    (row,) = [sp.added_row(v) for _r, v in sp.adds]
    assert (row["name_zh"], row["credit_code"], row["revenue_cny"]) == ("深圳市新來科技有限公司", "91440300MA5G7X3P1D",
                                                                        3e6)  # as written, never converted
    links = {(v.text, v.status) for v in plan.values}
    assert ("諧波減速器", "confident") in links and ("深度相機", "confident") in links
