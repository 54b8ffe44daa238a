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
}


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


def test_init_and_gaps_json_cover_every_target(gaps_json, capsys):
    capsys.readouterr()
    assert main.main(["gaps", "--db", str(gaps_json), "--format", "json", "--as-of", "2026-11-22"]) == 0
    data = json.loads(capsys.readouterr().out)
    by_code = {t["code"]: t for t in data["targets"]}
    for code, (op, value, unit) in DOMAIN_TARGETS.items():
        t = by_code[code]
        assert (t["op"], t["value"], t["unit"]) == (op, value, unit), code
        assert t["status"] in ("met", "on_track", "acceleration_needed", "limited_progress", "deterioration",
                               "no_data", "not_comparable")
        for key in ("plan", "name_zh", "deadline_year", "actual", "progress"):
            assert key in t
    assert by_code["P12"]["value"] == 8
    assert sum(1 for t in data["targets"] if t["kind"] == "qualitative") >= 10
    # The two disagreeing AI-firm counts are both kept; the latest is used, never an average.
    assert by_code["P1"]["actual"] == 2800 and by_code["P1"]["observations"] >= 2
    # Look-alike metrics are marked not comparable instead of being subtracted.
    assert by_code["P7"]["status"] == "not_comparable"
    assert by_code["E5"]["status"] == "not_comparable"
    names = {c["name_zh"] for c in data["components"]}
    assert any("谐波减速器" in n for n in names) and any("行星滚柱丝杠" in n for n in names)
    for comp in data["components"]:
        assert comp["layer"] in ("brain", "limbs", "body")
        assert isinstance(comp["local_suppliers"], int) and isinstance(comp["flags"], list)


def test_gaps_table_and_csv(gaps_json, capsys):
    capsys.readouterr()
    assert main.main(["gaps", "--db", str(gaps_json)]) == 0
    out = capsys.readouterr().out
    assert "人工智能企业数量" in out and "口径不可比" in out
    assert main.main(["gaps", "--db", str(gaps_json), "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("section,plan,code")
    assert "component,AI芯片" in out


def test_default_database_created_in_data_folder_on_first_use(capsys, tmp_path, monkeypatch):
    home = tmp_path / "fresh-home"
    monkeypatch.setenv("CHAIN_MAPPER_HOME", str(home))
    assert main.main(["gaps", "--format", "json"]) == 0
    assert (home / "chain-map.sqlite").exists()
    assert json.loads(capsys.readouterr().out)["targets"]
