"""The chain-map picture: its data (counted in SQL, capped per component), the view and the page."""

import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from core.analysis.chain_map import chain_map_data

ROOT = Path(__file__).resolve().parents[1]


def _ids(db, table, column, *values):
    return [db.execute(f"SELECT id FROM {table} WHERE {column} = ?", [v]).fetchone()[0] for v in values]


# ----- data -------------------------------------------------------------------------------------------------


def test_layers_components_flags_and_suppliers(small_db):
    m = chain_map_data(small_db)
    assert [layer.key for layer in m.layers] == ["brain", "limbs", "body"]
    by_name = {c.name_zh: c for c in m.components()}
    assert [c.name_zh for c in m.layers[1].components] == ["谐波减速器", "行星滚柱丝杠"]
    # Nobody has surveyed the VLA model's suppliers: "not yet surveyed", never "no local supplier".
    assert by_name["VLA大模型"].flags == ["not_surveyed"] and not by_name["VLA大模型"].surveyed
    assert m.layers[0].not_surveyed == 1 and m.layers[0].no_local == 0
    reducer = by_name["谐波减速器"]
    assert (reducer.local_suppliers, reducer.suppliers_total, reducer.flags) == (2, 2, [])
    assert [(f.name, f.local, f.stage) for f in reducer.firms] == [
        ("深圳市甲减速机有限公司", True, "mass"), ("深圳市乙传动有限公司", True, "pilot")]  # mass before pilot
    assert reducer.more_firms == 0
    assert sorted(c.name_zh for c in reducer.centres) == ["广东省具身智能机器人创新中心", "核心动力部件检验检测中心"]
    screw = by_name["行星滚柱丝杠"]
    assert screw.local_suppliers == 1 and "single_source" in screw.flags
    camera = by_name["深度相机"]
    assert "single_source" in camera.flags and [f.name for f in camera.firms] == ["奥比中光"]
    assert m.layers[0].centres_total == 1  # the innovation centre serves the whole brain layer


def test_a_surveyed_layer_turns_not_surveyed_into_no_local_supplier(small_db):
    from core.analysis.survey import mark_surveyed

    (cerebrum,) = _ids(small_db, "layers", "key", "cerebrum")
    outcome = mark_surveyed(small_db, layer_ids=[cerebrum], on="2026-03-01", by="市工信局", list_name="大脑清单.xlsx")
    assert outcome.tables == {"layers"} and outcome.batch
    vla = next(c for c in chain_map_data(small_db).components() if c.name_zh == "VLA大模型")
    assert vla.flags == ["no_local_supplier"] and vla.survey.layer_key == "cerebrum"
    assert (vla.survey.by, vla.survey.list) == ("市工信局", "大脑清单.xlsx")
    # As it stood before the survey, it was still unknown.
    earlier = next(c for c in chain_map_data(small_db, today=date(2026, 2, 1)).components()
                   if c.name_zh == "VLA大模型")
    assert earlier.flags == ["not_surveyed"]


def test_integrators_standard_bom_and_explicit_links(small_db):
    m = chain_map_data(small_db)
    reducer, screw, camera = _ids(small_db, "components", "name_zh", "谐波减速器", "行星滚柱丝杠", "深度相机")
    ubtech, leju = _ids(small_db, "firms", "short_name", "优必选", "乐聚")
    assert m.bom_component_ids == {reducer, screw}
    assert m.integrators_total == 2 and m.more_integrators == 0
    assert [i.id for i in m.integrators] == [ubtech, leju]  # the one with a supply link first
    assert m.integrators[0].component_ids == {camera} and m.integrators[1].component_ids == set()
    counts = {c.id: c.integrators for c in m.components()}
    assert counts[reducer] == counts[screw] == 2 and counts[camera] == 1  # drawn: BOM means every integrator
    linked = {c.id: c.integrators_linked for c in m.components()}
    assert linked[reducer] == linked[screw] == 0 and linked[camera] == 1  # really depending: supply links only


def test_district_and_layer_filters(small_db):
    m = chain_map_data(small_db, district="南山区")
    assert [i.name for i in m.integrators] == ["优必选"] and m.integrators_total == 1
    reducer = next(c for c in m.components() if c.name_zh == "谐波减速器")
    assert reducer.suppliers_total == 0 and reducer.firms == []  # no supplier is in Nanshan
    assert reducer.local_suppliers == 2 and reducer.flags == []  # the flags stay chain-wide
    limbs = chain_map_data(small_db, layer_keys=["limbs"])
    assert [layer.key for layer in limbs.layers] == ["limbs"]
    assert {c.name_zh for c in limbs.components()} == {"谐波减速器", "行星滚柱丝杠"}
    assert all(not i.component_ids for i in limbs.integrators)  # the camera is not on this map


@pytest.fixture
def crowded_db(small_db):
    """22 suppliers of the harmonic reducer: local and not, every stage, two districts."""
    reducer = _ids(small_db, "components", "name_zh", "谐波减速器")[0]
    stages = ["rd", "prototype", "pilot", "mass", None]
    with small_db.atomic():
        for i in range(20):
            cur = small_db.execute("INSERT INTO firms (name_zh, short_name, role, district) VALUES (?, ?, ?, ?)",
                                   [f"深圳市测试{i:02d}有限公司", f"测试{i:02d}", "component",
                                    "宝安区" if i % 2 else "龙岗区"])
            small_db.execute("INSERT INTO capabilities (firm_id, component_id, stage, local) VALUES (?, ?, ?, ?)",
                             [cur.lastrowid, reducer, stages[i % 5], 0 if i % 4 == 0 else 1])
            if i % 3 == 0:  # a second capability of the same firm must not count it twice
                small_db.execute("INSERT INTO capabilities (firm_id, component_id, stage, local)"
                                 " VALUES (?, ?, 'rd', 1)", [cur.lastrowid, reducer])
    return small_db


def test_cap_per_component_keeps_the_best_and_counts_the_rest(crowded_db):
    m = chain_map_data(crowded_db, max_firms_per_component=8)
    reducer = next(c for c in m.components() if c.name_zh == "谐波减速器")
    assert reducer.suppliers_total == 22 and len(reducer.firms) == 8 and reducer.more_firms == 14
    rank = {"mass": 4, "pilot": 3, "prototype": 2, "rd": 1, None: 0}
    keys = [(-f.local, -rank[f.stage], f.name) for f in reducer.firms]
    assert keys == sorted(keys)  # local first, then the most advanced stage, then by name
    assert all(f.local for f in reducer.firms)
    expected_local = crowded_db.execute(
        "SELECT count(DISTINCT firm_id) FROM capabilities WHERE local = 1 AND component_id = ?", [reducer.id]
    ).fetchone()[0]
    assert reducer.local_suppliers == expected_local
    baoan = chain_map_data(crowded_db, district="宝安区", max_firms_per_component=3)
    reducer = next(c for c in baoan.components() if c.name_zh == "谐波减速器")
    assert reducer.suppliers_total == 10 and len(reducer.firms) == 3
    none_drawn = chain_map_data(crowded_db, max_firms_per_component=0)
    reducer = next(c for c in none_drawn.components() if c.name_zh == "谐波减速器")
    assert reducer.firms == [] and reducer.suppliers_total == 22


def test_parent_cycle_does_not_lose_components(small_db):
    reducer, screw = _ids(small_db, "components", "name_zh", "谐波减速器", "行星滚柱丝杠")
    small_db.execute("UPDATE components SET parent_id = ? WHERE id = ?", [screw, reducer])
    small_db.execute("UPDATE components SET parent_id = ? WHERE id = ?", [reducer, screw])
    limbs = chain_map_data(small_db, layer_keys=["limbs"]).layers[0]
    assert sorted(c.id for c in limbs.components) == sorted([reducer, screw])
    assert sorted(c.depth for c in limbs.components) == [0, 1]


@pytest.fixture(scope="module")
def generated_map(tmp_path_factory):
    sys.path.insert(0, str(ROOT / "bench"))
    from generate import generate

    path = tmp_path_factory.mktemp("map") / "map.sqlite"
    generate(path, firms=3000, seed=2, search_index=False)
    return path


def test_a_generated_map_stays_small(generated_map, qtbot):
    from db.connection import open_database
    from gui.chain_map.view import ChainMapView

    db = open_database(generated_map)
    try:
        m = chain_map_data(db)
        components = list(m.components())
        assert len(components) == 49
        assert all(len(c.firms) <= 8 and c.suppliers_total >= len(c.firms) for c in components)
        assert sum(c.suppliers_total for c in components) == db.execute(
            "SELECT count(*) FROM (SELECT DISTINCT component_id, firm_id FROM capabilities)").fetchone()[0]
        assert len(m.integrators) == 40 and m.integrators_total > 100
        view = ChainMapView(language="zh_CN")
        qtbot.add_widget(view)
        view.set_map(m)
        assert len(view.scene().items()) < 2500  # capped chips, however many firms there are
        assert any(n.kind == "more" for n in view.nodes)
    finally:
        db.conn.close()


# ----- view -------------------------------------------------------------------------------------------------


@pytest.fixture
def view(hub, qtbot):
    from gui.chain_map.view import ChainMapView

    v = ChainMapView(language="zh_CN")
    qtbot.add_widget(v)
    v.resize(1200, 800)
    v.set_map(chain_map_data(hub.db))
    return v


def test_view_draws_every_component_with_its_marker(view, hub):
    from gui.chain_map.view import NO_LOCAL_COLOR, PLAIN_BORDER, SINGLE_SOURCE_COLOR

    vla, reducer, screw, camera = _ids(hub.db, "components", "name_zh", "VLA大模型", "谐波减速器", "行星滚柱丝杠",
                                       "深度相机")
    assert set(view.component_items) == {vla, reducer, screw, camera}
    colours = {cid: item.border.name() for cid, item in view.component_items.items()}
    assert colours[vla] != NO_LOCAL_COLOR.name()  # not yet surveyed: no claim that nothing exists
    assert colours[screw] == colours[camera] == SINGLE_SOURCE_COLOR.name()
    assert colours[reducer] == PLAIN_BORDER.name()
    assert view.component_items[reducer].strip is not None and view.component_items[vla].strip is None  # BOM
    kinds = sorted(chip.kind for chip in view.chips[reducer])
    assert kinds == ["centre", "centre", "firm", "firm"]
    assert "Single source" in view.component_items[screw].toolTip()
    assert view.bom_item is not None and len(view.integrator_items) == 2
    assert len(view.links) == 1  # UBTech -> depth camera; BOM dependencies go through the bracket
    # Columns left to right, integrators to their right.
    assert (view.component_items[vla].x() < view.component_items[reducer].x()
            < view.component_items[camera].x() < min(i.x() for i in view.integrator_items.values()))


def test_highlight_dims_the_rest_and_restores(view, hub):
    from gui.chain_map.view import DIMMED

    reducer = _ids(hub.db, "components", "name_zh", "谐波减速器")[0]
    assert view.highlight("谐波") == 1
    assert view.component_items[reducer].opacity() == 1.0 and view.component_items[reducer].hit
    others = [item for cid, item in view.component_items.items() if cid != reducer]
    assert all(item.opacity() == DIMMED for item in others)
    assert view.highlight("UBTech") == 1  # English names match too
    assert view.highlight("奥比") == 1  # a firm chip
    assert view.highlight("") == 0
    assert all(n.opacity() == 1.0 and not n.hit for n in view.nodes)


def test_click_opens_the_row_and_drag_does_not(view, hub, qtbot):
    screw = _ids(hub.db, "components", "name_zh", "行星滚柱丝杠")[0]
    view.show()
    qtbot.waitExposed(view)
    item = view.component_items[screw]
    view.centerOn(item)
    pos = view.mapFromScene(item.sceneBoundingRect().center())
    with qtbot.waitSignal(view.node_activated, timeout=2000) as blocker:
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == ["components", screw]
    assert item.selected
    orbbec = _ids(hub.db, "firms", "short_name", "奥比中光")[0]
    chip = next(c for chips in view.chips.values() for c in chips if c.row_id == orbbec)
    view.centerOn(chip)
    with qtbot.waitSignal(view.node_activated, timeout=2000) as blocker:
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                         pos=view.mapFromScene(chip.sceneBoundingRect().center()))
    assert blocker.args == ["firms", orbbec]
    ubtech = _ids(hub.db, "firms", "short_name", "优必选")[0]
    node = view.integrator_items[ubtech]
    view.centerOn(node)
    assert view.activate_at(view.mapFromScene(node.sceneBoundingRect().center())) is node
    with qtbot.assertNotEmitted(view.node_activated):
        start = view.mapFromScene(item.sceneBoundingRect().center())
        QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
        QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(60, 40))


def test_zoom_and_fit(view):
    view.show()
    before = view.transform().m11()
    view.zoom(2.0)
    assert view.transform().m11() == pytest.approx(before * 2)
    view.zoom(1000)
    assert view.transform().m11() == pytest.approx(8.0)  # clamped
    view.fit()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.adjusted(-2, -2, 2, 2).contains(view.scene().sceneRect())


def test_hovering_an_integrator_emphasises_its_links(view, hub):
    ubtech = _ids(hub.db, "firms", "short_name", "优必选")[0]
    camera = _ids(hub.db, "components", "name_zh", "深度相机")[0]
    node = view.integrator_items[ubtech]
    view._on_hover(node, True)
    assert view.component_items[camera].emphasised
    assert [item.pen().widthF() for item in view._hover_items] == [2.0]  # its line, drawn bold on top
    view._on_hover(node, False)
    assert not view.component_items[camera].emphasised and view._hover_items == []
    view._on_hover(view.bom_item, True)
    assert sum(item.emphasised for item in view.component_items.values()) == 2


# ----- page -------------------------------------------------------------------------------------------------


def test_page_builds_filters_and_reemits(hub, qtbot):
    from gui.chain_map.view import ChainMapPage

    page = ChainMapPage(hub)
    qtbot.add_widget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10000)
    assert len(page.view.component_items) == 4
    assert page.busy.parent() is page
    assert [page.district_combo.itemData(i) for i in range(page.district_combo.count())] == [None, "南山区"]
    assert [page.layer_combo.itemData(i) for i in range(page.layer_combo.count())] == [None, "brain", "limbs",
                                                                                        "body"]
    page.district_combo.setCurrentIndex(1)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10000)
    assert page.view.data.district == "南山区" and len(page.view.integrator_items) == 1
    page.layer_combo.setCurrentIndex(page.layer_combo.findData("limbs"))
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10000)
    assert len(page.view.component_items) == 2
    page.search.setText("谐波")
    assert page.hits.text()
    with qtbot.waitSignal(page.node_activated) as blocker:
        page.view.node_activated.emit("components", 7)
    assert blocker.args == ["components", 7]


def test_page_redraws_after_chain_edits_only(hub, qtbot):
    from gui.chain_map.view import ChainMapPage

    page = ChainMapPage(hub)
    qtbot.add_widget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10000)
    drawn = page.view.data
    hub.changed.emit({"targets"})
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10000)
    assert page.view.data is drawn  # a target edit does not touch the picture
    vla = _ids(hub.db, "components", "name_zh", "VLA大模型")[0]
    orbbec = _ids(hub.db, "firms", "short_name", "奥比中光")[0]
    hub.db.execute("INSERT INTO capabilities (firm_id, component_id, stage, local) VALUES (?, ?, 'rd', 1)",
                   [orbbec, vla])
    hub.db.conn.commit()
    hub.changed.emit({"capabilities"})
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10000)
    assert page.view.data is not drawn
    assert page.view.data.component(vla).local_suppliers == 1


def test_an_empty_database_draws_an_empty_map(fresh_db, qtbot):
    from gui.chain_map.view import ChainMapView

    m = chain_map_data(fresh_db)
    assert (m.layers, m.integrators, m.integrators_total, m.bom_component_ids) == ([], [], 0, frozenset())
    view = ChainMapView(language="en")
    qtbot.add_widget(view)
    view.set_map(m)
    view.fit()
    assert view.component_items == {} and view.highlight("x") == 0
