"""One definition for every field: the same text gives the same stored value, or the same refusal, whether it is
typed in a cell, pasted, read from a planner's list or from our own exported workbook."""

from __future__ import annotations

import openpyxl
import pytest

from core import operations, vocabulary
from core.errors import FieldRejected
from core.exporting.workbook import export_workbook
from core.importing.plan import ImportOptions, import_file
from db.connection import open_database

UBTECH = 1  # 深圳市优必选科技股份有限公司 in the small dataset

# (column, typed text, stored value or the refusal's code)
CASES = [
    ("valuation_cny", "12.5", 1_250_000_000.0),
    ("valuation_cny", "12.5亿", 1_250_000_000.0),
    ("valuation_cny", "3千万", 30_000_000.0),
    ("valuation_cny", "三千万", 30_000_000.0),
    ("valuation_cny", "300千元", 300_000.0),
    ("valuation_cny", "约100亿元以上", 10_000_000_000.0),
    ("valuation_cny", "１２.５亿", 1_250_000_000.0),
    ("valuation_cny", "1,250,000,000元", 1_250_000_000.0),
    ("valuation_cny", "1,250,000,000", "money_needs_unit"),
    ("valuation_cny", "12,5", "decimal_comma"),
    ("valuation_cny", "12.5¹", "footnote_mark"),
    ("valuation_cny", "12.5%", "percent_not_allowed"),
    ("valuation_cny", "inf", "not_number"),
    ("valuation_cny", "-5亿", "negative"),
    ("employees", "约500人", 500),
    ("employees", "1.2万人", 12_000),
    ("employees", "１００②", "footnote_mark"),
    ("employees", "3.5", "not_whole"),
    ("employees", "500家", "wrong_unit"),
    ("founded_year", "2015-03-12", 2015),
    ("founded_year", "2015年", 2015),
    ("founded_year", "二〇一五年", 2015),
    ("founded_year", "1700", "too_small"),
    ("founded_year", "去年", "not_year"),
    ("founded_year", "2015-02-30", "not_real_date"),
    ("cluster_join_year", "1850", "too_small"),
    ("listed", "是", 1),
    ("listed", "未上市", 0),
    ("listed", "港交所：09880", 1),
    ("listed", "也许", "not_yes_no"),
    ("role", "整机", "integrator"),
    ("role", "Integrator", "integrator"),
    ("role", "卖家", "not_choice"),
    ("credit_code", "91440300MA5G7X3P1D", "91440300MA5G7X3P1D"),
    ("credit_code", "91440300MA5G7X3P1Q", "bad_check_digit"),
    ("credit_code", "123", "not_credit_code"),
    ("name_zh", "  兆威机电（深圳）股份有限公司 ", "兆威机电（深圳）股份有限公司"),
    ("name_zh", "万  科Ａ", "万  科Ａ"),
    ("name_zh", "坏\x00名字", "control_characters"),
    ("short_name", "x" * 32_768, "too_long"),
]


def _outcome_of(call):
    try:
        return call()
    except FieldRejected as exc:
        return exc.code


def _stored(db, column):
    return db.execute(f"SELECT [{column}] FROM firms WHERE id = ?", [UBTECH]).fetchone()[0]


def via_cell_edit(db, column, text):
    def run():
        operations.edit_cell(db, "firms", UBTECH, column, text)
        return _stored(db, column)
    return _outcome_of(run)


def via_paste(db, column, text):
    parsing = operations.parse_cells(db, "firms", [(UBTECH, column, text)], {})
    if parsing.rejected:
        return parsing.rejected[0].code
    operations.set_cells(db, "firms", parsing.cells)
    return _stored(db, column)


def _import_result(db, path, column, **options):
    plan = import_file(db, path, ImportOptions(remembered=False, **options), backup=False)
    if plan.has_errors:
        problems = [i.problem for i in plan.errors() if i.problem is not None]
        assert problems, [str(e) for e in plan.errors()]
        return problems[0].code
    return _stored(db, column)


def via_list(db, tmp_path, column, text):
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["重点企业名单（测试）"])
    header = vocabulary.column_label("firms", column, "zh", unit=False)
    ws.append(["序号", "企业名称", "统一社会信用代码"] + ([header] if column not in ("name_zh", "credit_code") else []))
    name = text if column == "name_zh" else "深圳市优必选科技股份有限公司"
    code = text if column == "credit_code" else None
    ws.append([1, name, code] + ([text] if column not in ("name_zh", "credit_code") else []))
    path = tmp_path / "list.xlsx"
    book.save(path)
    if column == "name_zh":  # a new name makes a new firm: read it back from the plan
        plan = import_file(db, path, ImportOptions(table="firms", strict=True, remembered=False), dry_run=True,
                           backup=False)
        if plan.has_errors:
            return next(i.problem.code for i in plan.errors() if i.problem is not None)
        sp = plan.sheets[0]
        return sp.added_row(sp.adds[0][1])["name_zh"] if sp.adds else "matched"
    # --strict: a cell the list would leave out refuses the file, so the refusal itself is compared;
    # --update overwrite: the list's value replaces the curated one, as a cell edit does
    return _import_result(db, path, column, table="firms", duplicates="merge", update="overwrite", strict=True)


def via_own_workbook(db, tmp_path, column, text):
    path = tmp_path / "own.xlsx"
    export_workbook(db, path, analysis=False)
    book = openpyxl.load_workbook(path)
    ws = book["企业 Firms"]
    headers = [c.value for c in ws[1]]
    col = next(i for i, h in enumerate(headers, start=1)
               if h and h.rstrip("*") == vocabulary.column_label("firms", column, "zh"))
    row = next(r for r in range(3, ws.max_row + 1) if ws.cell(r, 1).value == UBTECH)
    ws.cell(row, col).value = text
    book.save(path)
    return _import_result(db, path, column)


@pytest.fixture
def map_db(tmp_path):
    from core.workspace import create_database

    path = tmp_path / "map.sqlite"
    create_database(path, dataset=None)
    db = open_database(path)
    from core.dataset import load_dataset
    from tests.conftest import SMALL_DATASET

    load_dataset(db, SMALL_DATASET)
    yield db
    db.conn.close()


@pytest.mark.parametrize(("column", "text", "expected"), CASES, ids=[f"{c}={t[:20]!r}" for c, t, _e in CASES])
def test_same_input_same_value_everywhere(map_db, tmp_path, column, text, expected):
    got = {}
    for name, run in (("cell", lambda: via_cell_edit(map_db, column, text)),
                      ("paste", lambda: via_paste(map_db, column, text)),
                      ("list", lambda: via_list(map_db, tmp_path, column, text)),
                      ("workbook", lambda: via_own_workbook(map_db, tmp_path, column, text))):
        if name in ("list", "workbook") and expected in ("too_long", "control_characters"):
            continue  # an .xlsx cell cannot hold these (Excel's limit, XML): CSV lists are tested in test_hostile
        map_db.execute("SAVEPOINT case_start")
        try:
            got[name] = run()
        finally:
            map_db.execute("ROLLBACK TO case_start")
            map_db.execute("RELEASE case_start")
    assert got == dict.fromkeys(got, expected)


def test_every_value_the_app_shows_pastes_back(map_db):
    """Choices, yes/no, money and numbers as shown (both languages) parse back to the stored value."""
    from core import fields
    from core.fields.display import format_value

    for table in fields.EDIT_TABLES:
        for col in fields.columns(table):
            if col.kind not in ("choice", "bool", "money", "number", "int", "year"):
                continue
            samples = {"choice": col.choices, "bool": (0, 1), "money": (1_234_567.0, 1.25e9, 0.0),
                       "number": (0.95, 2800.0, 12.345678), "int": (0, 12), "year": (2025,)}[col.kind]
            for value in samples:
                for lang in ("zh", "en"):
                    shown = format_value(table, col, value, lang)
                    parsed = fields.parse_value(table, col, shown, refs=fields.Resolver(map_db))
                    assert parsed.value == value, (table, col.name, lang, shown)


# Forms only a list has: the unit in the header, Chinese numerals with qualifiers, exchange wording.
# (column, header, list cell, the same value typed in a cell, stored value or refusal)
LIST_CASES = [
    ("revenue_cny", "营收（万元）", "56,000", "56,000万元", 560_000_000.0),
    ("revenue_cny", "营业收入(亿元)", "12.5", "12.5亿", 1_250_000_000.0),
    ("revenue_cny", "营收（万元）", "１２００", "1200万元", 12_000_000.0),
    ("valuation_cny", "估值（万元）", "约5,000,000", "约5,000,000万元", 50_000_000_000.0),
    ("employees", "员工人数（人）", "两千余", "两千余人", 2000),
    ("employees", "从业人员", "约1.2万人", "约1.2万人", 12_000),
    ("listed", "上市情况", "深交所主板（300750）", "深交所主板（300750）", 1),
    ("listed", "上市情况", "未上市", "未上市", 0),
    ("revenue_cny", "营收（万元）", "12,5", "12,5", "decimal_comma"),
    ("employees", "员工人数", "两千余家", "两千余家", "wrong_unit"),
]


def via_list_header(db, tmp_path, column, header, text):
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["企业名称", header])
    ws.append(["深圳市优必选科技股份有限公司", text])
    path = tmp_path / "units.xlsx"
    book.save(path)
    return _import_result(db, path, column, table="firms", update="overwrite", strict=True)


@pytest.mark.parametrize(("column", "header", "cell", "typed", "expected"), LIST_CASES,
                         ids=[f"{h}={c!r}" for _col, h, c, _t, _e in LIST_CASES])
def test_list_forms_store_what_the_same_text_typed_stores(map_db, tmp_path, column, header, cell, typed, expected):
    got = {}
    for name, run in (("cell", lambda: via_cell_edit(map_db, column, typed)),
                      ("list", lambda: via_list_header(map_db, tmp_path, column, header, cell))):
        map_db.execute("SAVEPOINT case_start")
        try:
            got[name] = run()
        finally:
            map_db.execute("ROLLBACK TO case_start")
            map_db.execute("RELEASE case_start")
    assert got == {"cell": expected, "list": expected}
