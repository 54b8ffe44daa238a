"""The detail pane's facts come from core/detail.py and agree with the coverage analysis to the firm."""

from core import detail
from core.analysis.coverage import chain_coverage
from db import changes


def test_local_suppliers_and_flags_agree_with_the_coverage_analysis(small_db):
    db = small_db
    ids = {r[1]: r[0] for r in db.execute("SELECT id, coalesce(short_name, name_zh) FROM firms")}
    comp = {r[1]: r[0] for r in db.execute("SELECT id, name_zh FROM components")}
    # 奥比中光 twice for the reducer: local at R&D, and not local in mass production -> one local supplier,
    # at its best *local* stage, so the reducer still has a single firm in mass production (甲).
    changes.insert_row(db, "capabilities", {"firm_id": ids["奥比中光"], "component_id": comp["谐波减速器"],
                                            "stage": "rd", "local": 1})
    changes.insert_row(db, "capabilities", {"firm_id": ids["奥比中光"], "component_id": comp["谐波减速器"],
                                            "stage": "mass", "local": 0})
    # 乐聚 for the roller screw, not local at all: not a local supplier.
    changes.insert_row(db, "capabilities", {"firm_id": ids["乐聚"], "component_id": comp["行星滚柱丝杠"],
                                            "stage": "mass", "local": 0})
    coverage = {c.id: c for c in chain_coverage(db)[0]}
    for cid, cov in coverage.items():
        d = detail.component(db, cid)
        assert d.local_suppliers == cov.local_suppliers, cov.name_zh
        assert d.flags == cov.flags, cov.name_zh
    reducer = detail.component(db, comp["谐波减速器"])
    lines = {s.name_zh: (s.stage, s.local) for s in reducer.sections["suppliers"]}
    assert lines["奥比中光"] == ("rd", True)  # one line per firm, its best local stage
    assert reducer.local_suppliers == 3
    screw = detail.component(db, comp["行星滚柱丝杠"])
    assert {s.name_zh: s.local for s in screw.sections["suppliers"]}["乐聚"] is False
    assert screw.flags == ["single_source", "none_in_mass_production"]


def test_details_of_firms_and_centres(small_db):
    firm = small_db.execute("SELECT id FROM firms WHERE short_name = '奥比中光'").fetchone()[0]
    d = detail.firm(small_db, firm)
    assert [c.name_zh for c in d.sections["capabilities"]] == ["深度相机"]
    assert [c.name_zh for c in d.sections["customers"]] == ["优必选"]
    assert d.source is None  # 奥比中光 has none: the pane says so
    assert detail.firm(small_db, small_db.execute("SELECT id FROM firms WHERE short_name = '优必选'").fetchone()[0]
                       ).source["ref"] == "S1"
    centre = small_db.execute("SELECT id FROM centres WHERE name_zh LIKE '广东省%'").fetchone()[0]
    c = detail.centre(small_db, centre)
    assert [(s.id, s.name_zh) for s in c.sections["serves"]] == [("layers", "机器脑"), ("components", "谐波减速器")]
    assert [s.name_zh for s in c.sections["sub_centres"]] == ["核心动力部件检验检测中心"]
    assert detail.of(small_db, "firms", 10_000) is None
