import os

# Qt must never try to open a real display in tests, and tests never touch the user's data or settings.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from db.connection import open_memory  # noqa: E402

SMALL_DATASET = {
    "meta": {"name_zh": "测试数据集"},
    "sources": [
        {"ref": "S1", "title": "深圳新闻网 回望2024", "publisher": "深圳新闻网", "date": "2025-01-16", "kind": "news"},
        {"ref": "S2", "title": "行动计划", "publisher": "市政府", "date": "2025-03-03", "kind": "policy"},
    ],
    "layers": [
        {"ref": "brain", "name_zh": "机器脑", "name_en": "Machine brain", "sort_order": 1, "source": "S2"},
        {"ref": "cerebrum", "parent": "brain", "name_zh": "大脑", "name_en": "Cerebrum", "sort_order": 2},
        {"ref": "limbs", "name_zh": "机器肢", "name_en": "Machine limbs", "sort_order": 3},
        {"ref": "body", "name_zh": "机器体", "name_en": "Machine body", "sort_order": 4},
    ],
    "components": [
        {"ref": "vla", "layer": "cerebrum", "name_zh": "VLA大模型", "name_en": "VLA model"},
        {"ref": "reducer", "layer": "limbs", "name_zh": "谐波减速器", "name_en": "Harmonic reducer",
         "in_standard_bom": True},
        {"ref": "screw", "layer": "limbs", "name_zh": "行星滚柱丝杠", "name_en": "Roller screw",
         "criticality": "high", "in_standard_bom": True},
        {"ref": "camera", "layer": "body", "name_zh": "深度相机", "name_en": "Depth camera",
         "other_layers": ["brain"]},
    ],
    "firms": [
        {"ref": "ubtech", "name_zh": "深圳市优必选科技股份有限公司", "short_name": "优必选", "name_en": "UBTech",
         "role": "integrator", "city": "深圳", "district": "南山区", "cluster_join_year": 2025,
         "valuation_cny": 5e10, "source": "S1"},
        {"ref": "leju", "name_zh": "乐聚(深圳)机器人技术有限公司", "short_name": "乐聚", "role": "integrator",
         "city": "深圳", "cluster_join_year": 2024, "aliases": ["樂聚機器人", "Leju"]},
        {"ref": "orbbec", "name_zh": "奥比中光科技集团股份有限公司", "short_name": "奥比中光", "role": "component",
         "city": "深圳", "revenue_cny": 5.6e8},
        {"ref": "redu1", "name_zh": "深圳市甲减速机有限公司", "role": "component", "city": "深圳"},
        {"ref": "redu2", "name_zh": "深圳市乙传动有限公司", "role": "component", "city": "深圳"},
    ],
    "capabilities": [
        {"firm": "orbbec", "component": "camera", "stage": "mass", "local": True, "source": "S1"},
        {"firm": "redu1", "component": "reducer", "stage": "mass", "local": True},
        {"firm": "redu2", "component": "reducer", "stage": "pilot", "local": True},
        {"firm": "redu2", "component": "screw", "stage": "prototype", "local": True},
    ],
    "supply_links": [{"supplier": "orbbec", "customer": "ubtech", "component": "camera", "source": "S1"}],
    "centres": [
        {"ref": "gdc", "name_zh": "广东省具身智能机器人创新中心", "type": "innovation_centre", "level": "provincial",
         "serves_layers": ["brain"], "serves_components": ["reducer"]},
        {"ref": "gdc_test", "parent": "gdc", "name_zh": "核心动力部件检验检测中心", "type": "platform",
         "serves_components": ["reducer", "screw"]},
    ],
    "plans": [
        {"code": "EMB2027", "title_zh": "具身智能机器人行动计划", "issuer": "市科技创新局", "issue_date": "2025-03-03",
         "start_year": 2025, "deadline_year": 2027, "source": "S2"},
    ],
    "targets": [
        {"plan": "EMB2027", "code": "E5", "name_zh": "产业集群相关企业", "unit": "家", "op": ">", "value": 1200,
         "deadline_year": 2027, "kind": "stock", "definition": "集群企业", "source": "S2"},
        {"plan": "EMB2027", "code": "E1", "name_zh": "新增估值过百亿企业", "unit": "家", "op": ">=", "value": 10,
         "deadline_year": 2027, "kind": "flow", "source": "S2"},
        {"plan": "EMB2027", "code": "Q1", "name_zh": "灵巧操作技术突破", "kind": "qualitative", "deadline_year": 2027},
    ],
    "observations": [
        {"target": "EMB2027/E5", "value": 600, "unit": "家", "as_of": "2025-06-30", "source": "S1",
         "definition": "集群企业", "confidence": "high", "quote": "集群企业600家"},
        {"target": "EMB2027/E5", "value": 800, "unit": "家", "as_of": "2026-06-30", "source": "S1",
         "definition": "集群企业", "confidence": "high", "quote": "集群企业800家"},
        {"target": "EMB2027/E5", "value": 74032, "unit": "家", "as_of": "2024-12-31", "source": "S2",
         "definition": "机器人企业（广义）", "quote": "74032家"},
    ],
}


@pytest.fixture
def fresh_db():
    db = open_memory()
    yield db
    db.conn.close()


@pytest.fixture
def small_db(fresh_db):
    from core.dataset import load_dataset

    load_dataset(fresh_db, SMALL_DATASET)
    return fresh_db


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch):
    """Tests never touch the user's real data folder."""
    monkeypatch.setenv("CHAIN_MAPPER_HOME", str(tmp_path / "home"))


@pytest.fixture(autouse=True)
def _fresh_settings(tmp_path, monkeypatch):
    """Qt settings go to a temporary folder: tests never read or write the user's real settings."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # pragma: no cover
        return
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "config"))


@pytest.fixture
def map_file(tmp_path):
    """A database file holding SMALL_DATASET."""
    from core.dataset import load_dataset
    from db.connection import open_database

    path = tmp_path / "map.sqlite"
    db = open_database(path, create=True)
    load_dataset(db, SMALL_DATASET)
    db.conn.close()
    return path


@pytest.fixture
def hub(qtbot, map_file):
    from db.connection import open_database
    from gui.hub import DataHub

    h = DataHub(open_database(map_file))
    yield h
    h.close()
