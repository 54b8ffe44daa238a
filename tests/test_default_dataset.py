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
