"""The shipped default dataset: every target of DOMAIN.md §4, sourced rows, and the CLI on top of it."""

import json

import pytest

import main
from assets import DEFAULT_DATASET
from core.dataset import read_dataset

DOMAIN_TARGETS = {
    # code: (op, value, unit) as DOMAIN.md §4 states them
    "E1": (">=", 10, "家"), "E2": (">=", 20, "家"), "E3": (">=", 50, "个"), "E4": (">=", 1000, "亿元"),
    "E5": (">", 1200, "家"),
    "T1": (">=", 8000, "亿元"), "T1s": (">=", 10000, "亿元"), "T2": (">=", 10, "家"), "T3": (">", 1.5, "亿台"),
    "T4": (">=", 50, "款"), "T5": (">=", 60, "个"),
    "P1": (">", 3000, "家"), "P2": (">", 10, "家"), "P3": (">", 20, "%"), "P4": (">=", 10, "个"),
    "P5": (">=", 100, "个"), "P6": (">=", 100, "款"), "P7": (">", 80, "EFLOPS"), "P10": (">=", 3, "PB"),
    "P11a": (">=", 100, "个"), "P11b": (">", 2000, "人"), "P11c": (">=", 20, "场"),
    # S3 (四): "建设多个10E级智能算力集群" and "1ms/3ms/10ms时延" of three computing networks
    "P8": (">=", 2, "个"), "P9a": ("<=", 1, "ms"), "P9b": ("<=", 3, "ms"), "P9c": ("<=", 10, "ms"),
}
STATUSES = ("met", "on_track", "acceleration_needed", "limited_progress", "deterioration", "not_met", "no_trend",
            "baseline_only", "no_data", "not_comparable")


@pytest.fixture(scope="module")
def gaps_json(tmp_path_factory):
    path = tmp_path_factory.mktemp("d") / "map.sqlite"
    assert main.main(["init", "--db", str(path)]) == 0
    return path


def test_every_row_has_a_source():
    data = read_dataset(DEFAULT_DATASET)
    for table in ("layers", "components", "firms", "capabilities", "centres", "plans", "targets", "observations"):
        for row in data[table]:
            assert row.get("source"), (table, row.get("ref") or row.get("code") or row.get("name_zh"))


def _gaps(path, capsys, *extra) -> dict:
    capsys.readouterr()
    assert main.main(["gaps", "--db", str(path), "--format", "json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def test_init_and_gaps_json_cover_every_target(gaps_json, capsys):
    data = _gaps(gaps_json, capsys, "--as-of", "2026-11-22")
    by_code = {t["code"]: t for t in data["targets"]}
    for code, (op, value, unit) in DOMAIN_TARGETS.items():
        t = by_code[code]
        assert (t["op"], t["value"], t["unit"]) == (op, value, unit), code
        assert t["status"] in STATUSES
        assert t["period"]["end"] == f"{t['deadline_year']}-12-31"
        for key in ("plan", "name_zh", "deadline_year", "actual", "progress", "status_zh", "status_en", "reason",
                    "reason_zh", "flags", "headline", "required_per_year", "implied_per_year"):
            assert key in t
    assert by_code["P12"]["value"] == 8
    assert sum(1 for t in data["targets"] if t["kind"] == "qualitative") >= 10
    # Look-alike metrics are marked not comparable instead of being subtracted.
    assert by_code["P7"]["status"] == "not_comparable"
    assert by_code["E5"]["status"] == "not_comparable"
    names = {c["name_zh"] for c in data["components"]}
    assert any("谐波减速器" in n for n in names) and any("行星滚柱丝杠" in n for n in names)
    for comp in data["components"]:
        assert comp["layer"] in ("brain", "limbs", "body")
        assert isinstance(comp["local_suppliers"], int) and isinstance(comp["flags"], list)


def test_done_when_of_issue_11(gaps_json, capsys):
    data = _gaps(gaps_json, capsys, "--as-of", "2026-11-22")
    by_code = {t["code"]: t for t in data["targets"]}
    # P3 (年均增长 over 2025-2026) is not met on 2024's +35 %: that is the baseline, at any date asked about.
    for day in ("2025-03-04", "2026-11-22"):
        p3 = {t["code"]: t for t in _gaps(gaps_json, capsys, "--as-of", day)["targets"]}["P3"]
        assert p3["status"] == "baseline_only" and p3["actual"] is None and p3["baseline"] == 35
    assert by_code["P3"]["period"] == {"start": "2025-01-01", "end": "2026-12-31"}
    # P1 shows 2,200 and 2,800 with their sources and the rule used.
    p1 = by_code["P1"]
    h = p1["headline"]
    assert [(v["value"], v["qualifier"], v["source"]["publisher"]) for v in h["values"]] == [
        (2200, "余", "深圳新闻网"), (2200, "超", "香港商報"), (2800, "超", "大公報")]
    assert (h["low"], h["high"], h["rule"], h["rule_zh"], h["for"]) == (2200, 2800, "most_conservative", "取最保守值",
                                                                        "baseline")
    assert p1["baseline"] == 2200 and p1["sources_disagree"] and "来源不一致" in p1["flags_zh"]
    # From today: 800 more in the 39 days left (7,492 a year), beside the 400 a year the 2024 figure implied.
    assert p1["required_per_year"] == pytest.approx(800 / (39 / 365.2425), rel=1e-4)
    assert p1["implied_per_year"] == pytest.approx(400.27, abs=0.01)
    assert p1["stale"] and p1["age_months"] == pytest.approx(22.7)
    # P5 is judged per year.
    p5 = by_code["P5"]
    assert p5["per_year"] and [y["year"] for y in p5["years"]] == [2025, 2026] and p5["status"] == "no_data"
    # Components nobody has surveyed are marked so; "no local supplier" counts surveyed ones only.
    chain = data["chain_counts"]
    assert chain["surveyed"] == 0 and chain["no_local_supplier"] == 0
    assert chain["not_surveyed"] == sum(1 for c in data["components"] if c["local_suppliers"] == 0) == 45
    assert all("no_local_supplier" not in c["flags"] for c in data["components"])
    limbs = next(layer for layer in data["layers"] if layer["key"] == "limbs")
    assert (limbs["covered"], limbs["not_surveyed"], limbs["no_local_supplier"]) == (0, 18, 0)
    # The three covered body components rest on supplier facts still to be checked.
    body = [c for c in data["components"] if c["layer"] == "body" and c["local_suppliers"]]
    assert len(body) == 3 and all("suppliers_to_check" in c["flags"] for c in body)
    assert chain["supplier_facts_to_check"] == 4
    # A ranked gap list, led by critical standard-BOM segments.
    ranked = data["ranked_gaps"]
    assert ranked[0]["name_zh"] == "关节模组" and ranked[0]["criticality"] == "high"
    assert [g["rank"] for g in ranked] == list(range(1, len(ranked) + 1))


def test_as_of_gives_the_answers_of_that_day(gaps_json, capsys):
    def p1(day):
        return {t["code"]: t for t in _gaps(gaps_json, capsys, "--as-of", day)["targets"]}["P1"]

    # 深圳新闻网 (S1) appeared on 2025-01-16, 香港商報 (S4) on 2025-01-18, 大公報 carrying 新华社 (S0) in February.
    assert p1("2025-01-15")["status"] == "no_data"
    assert [v["source"]["ref"] for v in p1("2025-01-17")["headline"]["values"]] == ["S1"]
    both = p1("2025-01-20")["headline"]
    assert [v["source"]["ref"] for v in both["values"]] == ["S1", "S4"] and not both["sources_disagree"]
    march = p1("2025-03-01")
    assert march["sources_disagree"] and march["headline"]["high"] == 2800 and not march["stale"]
    assert p1("2026-01-31")["stale"]


def test_every_integrator_depends_only_through_supply_links(gaps_json, capsys):
    data = _gaps(gaps_json, capsys)
    # The default dataset records no supply link: nobody is shown as depending on anything.
    assert all(c["integrators_depending"] == 0 for c in data["components"])
    assert {c["integrators_bom"] for c in data["components"] if c["in_standard_bom"]} == {4}


def test_notes_and_titles_are_written_for_planners():
    data = read_dataset(DEFAULT_DATASET)
    jargon = ("[GK]", "[3P]", "DOMAIN.md", "seeds/", "role 取", "needs_check", "in_standard_bom", "criticality",
              "other_layers", "stage 留空", "quote 留空", "needs check", "→ operating", "→ building")
    for table, rows in data.items():
        for row in [rows] if table == "meta" else rows:
            for key in ("notes", "description", "title", "publisher", "file"):
                text = row.get(key) or ""
                assert not any(j in text for j in jargon), (table, row.get("ref") or row.get("code"), key, text)


def test_general_knowledge_is_marked_to_check():
    data = read_dataset(DEFAULT_DATASET)

    def row(table, ref):
        return next(r for r in data[table] if r.get("ref") == ref)

    for ref in ("ubtech", "limx", "engineai", "sensetime"):
        assert row("firms", ref)["needs_check"], ref
    for ref in ("airs", "idea", "pcl_cloudbrain2", "gd_embodied_test_centre"):
        assert row("centres", ref)["needs_check"], ref
    policy_in_bom = [c for c in data["components"] if c["in_standard_bom"] and c["source"] != "A1"]
    assert len(policy_in_bom) == 7 and all(c["needs_check"] for c in policy_in_bom)
    # The two 城市+AI figures are dated by the first article that reports them (S1, 2025-01-16).
    city = [o for o in data["observations"] if o["metric_zh"].startswith("“城市+AI”")]
    assert [(o["as_of"], o["source"]) for o in city] == [("2025-01-16", "S1")] * 2


def test_unknown_plans_and_layers_end_in_one_line(gaps_json, capsys, tmp_path):
    capsys.readouterr()
    assert main.main(["gaps", "--db", str(gaps_json), "--plan", "NOPE"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["chain-mapper: unknown plan code NOPE; known: AIPC2026, AIT2026, EMB2027"]
    out = tmp_path / "r.pdf"
    assert main.main(["report", str(out), "--db", str(gaps_json), "--layer", "arms"]) == 1
    assert capsys.readouterr().err.strip() == "chain-mapper: unknown layer arms; known: brain, limbs, body"
    assert main.main(["report", str(out), "--db", str(gaps_json), "--plan", "NOPE"]) == 1
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    assert not out.exists()


def test_a_layer_users_add_is_a_report_scope(gaps_json, tmp_path, capsys):
    from db.connection import open_database

    db = open_database(gaps_json)
    db.execute("INSERT INTO layers (key, name_zh, sort_order) VALUES ('sensors', '传感专题', 9)")
    db.conn.commit()
    db.conn.close()
    out = tmp_path / "sensors.pdf"
    assert main.main(["report", str(out), "--db", str(gaps_json), "--layer", "sensors", "--plan", "AIPC2026"]) == 0
    assert out.stat().st_size > 10_000


def test_gaps_table_and_csv(gaps_json, capsys):
    capsys.readouterr()
    assert main.main(["gaps", "--db", str(gaps_json)]) == 0
    out = capsys.readouterr().out
    assert "人工智能企业数量" in out and "口径不可比" in out
    assert main.main(["gaps", "--db", str(gaps_json), "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("section,plan,code")
    assert "component,AI芯片" in out
    assert "\ntarget,AIPC2026,P1," in out and "most_conservative" in out


def test_default_database_created_in_data_folder_on_first_use(capsys, tmp_path, monkeypatch):
    home = tmp_path / "fresh-home"
    monkeypatch.setenv("CHAIN_MAPPER_HOME", str(home))
    assert main.main(["gaps", "--format", "json"]) == 0
    assert (home / "chain-map.sqlite").exists()
    assert json.loads(capsys.readouterr().out)["targets"]


# ----- the loader keeps the editor's rules -------------------------------------------------------------------

def _tiny(**changes):
    data = {
        "meta": {"name_zh": "小数据集"},
        "sources": [{"ref": "S1", "title": "深圳新闻网 回望2024", "date": "2025-01-16", "kind": "news"}],
        "layers": [{"ref": "limbs", "name_zh": "机器肢", "sort_order": 1, "source": "S1"}],
        "components": [{"ref": "reducer", "layer": "limbs", "name_zh": " 谐波减速器 ", "source": "S1"}],
        "firms": [{"ref": "a", "name_zh": "深圳市甲减速机有限公司", "valuation_cny": 1.2e9, "founded_year": 2015,
                   "listed": False, "aliases": ["甲减速机", "Jia"], "source": "S1"}],
        "plans": [{"code": "EMB2027", "title_zh": "行动计划", "start_year": 2025, "deadline_year": 2027, "source": "S1"}],
        "targets": [{"plan": "EMB2027", "code": "E1", "name_zh": "估值过百亿企业", "op": ">=", "value": 10,
                     "kind": "flow", "rule": "firms_valued_at_least", "rule_params": {"min_cny": 1e10}, "source": "S1"}],
        "observations": [{"target": "EMB2027/E1", "value": 3, "as_of": "2025年6月", "source": "S1"}],
    }
    for path, value in changes.items():
        table, index, key = path.split(".")
        data[table][int(index)][key] = value
    return data


def test_the_loader_reads_values_as_the_editor_does(fresh_db):
    from core.dataset import load_dataset

    counts = load_dataset(fresh_db, _tiny())
    assert counts == {"sources": 1, "layers": 1, "components": 1, "firms": 1, "plans": 1, "targets": 1,
                      "observations": 1}
    firm = fresh_db.execute("SELECT valuation_cny, founded_year, listed, aliases FROM firms").fetchone()
    assert firm == (1.2e9, 2015, 0, "甲减速机; Jia")  # money in 元 as the file says, not 亿元
    assert fresh_db.execute("SELECT name_zh FROM components").fetchone()[0] == "谐波减速器"  # trimmed, as written
    assert fresh_db.execute("SELECT as_of, as_of_precision FROM observations").fetchone() == ("2025-06-30", "month")
    assert fresh_db.execute("SELECT rule_params FROM targets").fetchone()[0] == '{"min_cny": 10000000000.0}'


@pytest.mark.parametrize(("change", "code"), [
    ({"firms.0.founded_year": 1700}, "too_small"),  # the editor's limit, and the schema's
    ({"firms.0.listed": "maybe"}, "not_yes_no"),
    ({"targets.0.rule": "bogus"}, "rule_unknown"),  # refused in a cell: refused here too
    ({"targets.0.rule_params": {"min_cny": "1; DROP TABLE firms"}}, "rule_param_number"),
    ({"targets.0.kind": "wish"}, "not_choice"),
    ({"observations.0.as_of": "sometime"}, "not_period"),
    ({"components.0.layer": "arms"}, "dataset_ref_unknown"),
])
def test_the_loader_refuses_what_the_editor_refuses_and_writes_nothing(fresh_db, change, code):
    from core.dataset import load_dataset
    from core.errors import ChainMapperError

    with pytest.raises(ChainMapperError) as refused:
        load_dataset(fresh_db, _tiny(**change))
    assert refused.value.code == code
    assert str(refused.value)  # worded in English for the command line
    for table in ("sources", "layers", "components", "firms", "targets", "meta", "change_log"):
        assert fresh_db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table


# ----- the workbook's gap and coverage tables ------------------------------------------------------------------

def test_gap_and_coverage_tables_in_both_languages(gaps_json, tmp_path):
    from datetime import date

    import openpyxl

    from core.analysis.database import analyse_database
    from core.analysis.output import coverage_table, gap_table
    from db.connection import open_database

    db = open_database(gaps_json)
    analysis = analyse_database(db, date(2026, 11, 22))
    db.conn.close()
    heads, rows = gap_table(analysis, "zh")
    assert heads[:4] == ["所属规划", "目标编号", "目标名称", "目标"] and "取值规则" in heads and "说明" in heads
    assert len(heads) == len(set(heads)) and all(len(r) == len(heads) for r in rows)
    p1 = dict(zip(heads, next(r for r in rows if r[1] == "P1"), strict=True))
    assert (p1["状态"], p1["标记"], p1["实际值"], p1["基期值"]) == ("仅有基期数据", "来源不一致、数据过时", None, 2200)
    assert (p1["数值范围"], p1["取值规则"]) == ("2200–2800", "取最保守值")
    assert "深圳新闻网" in p1["各来源数值"] and "大公報" in p1["各来源数值"]
    assert p1["说明"].startswith("只有计划期之前的基期数据") and "最新数据已有23个月" in p1["备注"]
    assert p1["自今日起每年需"] == pytest.approx(7492.15, abs=0.01) and p1["按最新数据每年需"] == pytest.approx(400.27, abs=0.01)
    p5 = dict(zip(heads, next(r for r in rows if r[1] == "P5"), strict=True))
    assert p5["目标"] == "每年≥100个" and p5["逐年情况"] == "2025: — 无数据；2026: — 无数据"
    en_heads, en_rows = gap_table(analysis, "en")
    assert en_heads[:4] == ["Plan", "Code", "Target", "Goal"]
    en_p1 = dict(zip(en_heads, next(r for r in en_rows if r[1] == "P1"), strict=True))
    assert en_p1["Status"] == "Baseline only" and en_p1["Headline rule"] == "Most conservative value"
    assert en_p1["Reason"].startswith("only a baseline from before the plan period (2,200家 on 2024-12-31)")

    heads, rows = coverage_table(analysis, "zh")
    joint = dict(zip(heads, next(r for r in rows if r[1] == "关节模组"), strict=True))
    assert (joint["供应商摸排"], joint["本地供应商"], joint["标记"], joint["缺口排序"]) == ("尚未摸排", 0, "尚未摸排", 1)
    camera = dict(zip(heads, next(r for r in rows if r[1] == "深度/3D相机"), strict=True))
    assert camera["待核实的供应记录"] == 1 and "供应商待核实" in camera["标记"]

    # Plain values only: they go into a workbook as they are and read back the same.
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(heads)
    for row in rows:
        sheet.append(row)
    path = tmp_path / "coverage.xlsx"
    book.save(path)
    back = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))
    assert [list(r) for r in back[1:]] == rows
