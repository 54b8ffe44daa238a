"""A large, realistic synthetic chain map for benchmarks.

Usage as a script (from the repository root)::

    python bench/generate.py OUT.sqlite --firms 100000 [--seed 1] [--force]

and as a module::

    from generate import generate          # with bench/ on sys.path
    counts = generate("map.sqlite", firms=100_000, seed=1)

The file is created with ``db.connection.open_database(path, create=True)`` (so it has exactly the app's
schema) and filled in ONE transaction with raw ``executemany`` inserts and explicit ids (firms are 1..N).
Everything comes from one seeded ``random.Random``: the same ``firms`` and ``seed`` give the same rows.

What is made, for N firms:

* the layer tree (机器脑 brain with 大脑 cerebrum / 小脑 cerebellum, 机器肢 limbs, 机器体 body), 49
  components (谐波减速器, 行星滚柱丝杠, 六维力传感器, 灵巧手, AI芯片, VLA大模型 ...; parents, the standard
  BOM, other layers) and ten sources;
* N firms (~5 % integrator, ~70 % component, ~15 % brain_software, ~10 % platform) with Chinese legal names,
  short and English names, aliases, unified social credit codes with valid check characters for about half,
  districts, founding and cluster-join years, long-tailed valuations/revenues in 元 with many nulls;
* ~3N capabilities, ~N/2 supply links (supplier -> integrator), ~N/200 centres with what they serve;
* the plans EMB2027 / AIT2026 / AIPC2026 with 21 targets (some computed by a rule) and their observations.

Names, figures and plan wording are synthetic (plausible, not real). The change log is NOT filled for the
generated rows (the app logs every write it makes; a benchmark map is not an edit history). The full-text
search index (``db.search``, when the schema has it) IS rebuilt, so search in the GUI works on the map; pass
``search_index=False`` / ``--no-search-index`` to skip it.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import sys
import time
from bisect import bisect
from datetime import date, timedelta
from pathlib import Path
from random import Random

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

BULK_TABLES = ("firms", "capabilities", "supply_links")  # indexes rebuilt after the load, see generate()
CHUNK = 20_000  # firms generated and inserted per executemany batch (keeps memory flat at 1,000,000)

# --- sources, layers, components -------------------------------------------------------------------------

SYNTHETIC_NOTE = "合成基准数据：由 bench/generate.py 生成，标题与数字仅供性能测试，非真实出处"

# ref, title, publisher, date, kind
SOURCES = [
    ("S1", "《深圳市具身智能机器人技术创新与产业发展行动计划（2025—2027年）》", "深圳市科学技术局", "2025-03-03",
     "policy"),
    ("S2", "《深圳市加快推进人工智能终端产业发展行动计划（2025—2026年）》", "深圳市工业和信息化局", "2025-03-10",
     "policy"),
    ("S3", "《深圳市打造人工智能先锋城市的若干措施》", "深圳市人民政府办公厅", "2025-02-20", "policy"),
    ("S4", "回望2024：深圳机器人产业集群加速成形", "深圳新闻网", "2025-01-16", "news"),
    ("S5", "深圳具身智能企业半年盘点", "南方都市报", "2025-08-05", "news"),
    ("S6", "2025年中国人形机器人产业链研究报告", "高工机器人产业研究所（GGII）", "2025-06", "analyst"),
    ("S7", "深圳机器人产业发展白皮书（2025）", "深圳市机器人协会", "2025-05-18", "analyst"),
    ("S8", "国家企业信用信息公示系统", "国家市场监督管理总局", None, "web"),
    ("S9", "通用知识（待核实）", None, None, "general_knowledge"),
    ("S10", "深圳人工智能产业2026年一季度运行情况", "第一财经", "2026-04-12", "news"),
]
# Which sources firms/capabilities cite (None = no source), with weights.
ROW_SOURCES = [None, 4, 5, 6, 7, 8, 9, 10]
ROW_SOURCE_WEIGHTS = [20, 15, 12, 10, 12, 18, 8, 5]

# key, parent key, name_zh, name_en, sort_order, description
LAYERS = [
    ("brain", None, "机器脑", "Machine brain", 1, "感知、决策与控制：大脑（大模型）与小脑（运动控制）"),
    ("cerebrum", "brain", "大脑", "Cerebrum", 2, "多模态与VLA大模型、芯片、数据与仿真"),
    ("cerebellum", "brain", "小脑", "Cerebellum", 3, "运动控制器、全身控制算法、实时系统"),
    ("limbs", None, "机器肢", "Machine limbs", 4, "关节模组、减速器、电机、丝杠、灵巧手、力传感器"),
    ("body", None, "机器体", "Machine body", 5, "传感、能源、结构与材料"),
]

IN, CO, BS, PL = "integrator", "component", "brain_software", "platform"
ROLES = (IN, CO, BS, PL)
ROLE_WEIGHTS = (5, 70, 15, 10)

# key, layer, parent, name_zh, name_en, model code, criticality, in_standard_bom, wanted, other layers,
# roles that make it, popularity weight, share of capabilities that are local
COMPONENTS = [
    ("ai_chip", "cerebrum", None, "AI芯片", "AI chip", "AIC", "high", 1, 2, (), (CO,), 1.5, 0.35),
    ("edge_inference", "cerebrum", "ai_chip", "端侧推理模组", "Edge inference module", "EIM", "medium", 0, 2, (),
     (CO,), 1.0, 0.8),
    ("vla_model", "cerebrum", None, "VLA大模型", "Vision-language-action model", "VLA", "high", 0, 3, (),
     (BS, IN), 3.0, 0.95),
    ("multimodal_model", "cerebrum", None, "多模态大模型", "Multimodal foundation model", "MMM", "medium", 0, 2, (),
     (BS, PL), 3.0, 0.9),
    ("world_model", "cerebrum", None, "世界模型", "World model", "WM", "high", 0, 2, (), (BS,), 0.0, 1.0),
    ("embodied_dataset", "cerebrum", None, "具身智能数据集", "Embodied-AI data sets", "DS", "medium", 0, 2, (),
     (PL, BS), 3.0, 0.95),
    ("sim_platform", "cerebrum", None, "仿真训练平台", "Simulation and training platform", "SIM", "medium", 0, 2, (),
     (PL, BS), 2.0, 0.9),
    ("motion_controller", "cerebellum", None, "运动控制器", "Motion controller", "MC", "high", 1, 3, ("limbs",),
     (CO, IN), 3.0, 0.9),
    ("wbc_algorithm", "cerebellum", None, "全身运动控制算法", "Whole-body control algorithm", "WBC", "high", 0, 2,
     (), (BS, IN), 3.0, 0.95),
    ("rtos", "cerebellum", None, "实时操作系统", "Real-time operating system", "RTOS", "medium", 0, 2, (), (BS,),
     1.0, 0.7),
    ("robot_os", "brain", None, "机器人操作系统", "Robot operating system", "ROS", "medium", 0, 2, (), (BS, PL),
     1.0, 0.9),
    ("main_soc", "brain", None, "主控SoC", "Main control SoC", "SOC", "high", 1, 2, (), (CO,), 0.7, 0.3),
    ("domain_controller", "brain", "main_soc", "域控制器", "Domain controller", "DCU", "medium", 0, 2, (), (CO,),
     1.0, 0.85),
    ("rotary_actuator", "limbs", None, "旋转关节模组", "Rotary joint actuator", "RJ", "high", 1, 3, (), (CO, IN),
     5.0, 0.95),
    ("harmonic_reducer", "limbs", "rotary_actuator", "谐波减速器", "Harmonic reducer", "HR", "high", 1, 3, (),
     (CO,), 5.0, 0.9),
    ("planetary_reducer", "limbs", "rotary_actuator", "行星减速器", "Planetary reducer", "PR", "medium", 0, 2, (),
     (CO,), 4.0, 0.95),
    ("rv_reducer", "limbs", "rotary_actuator", "RV减速器", "RV reducer", "RV", "medium", 0, 2, (), (CO,), 2.0, 0.8),
    ("frameless_motor", "limbs", "rotary_actuator", "无框力矩电机", "Frameless torque motor", "FTM", "high", 1, 3, (),
     (CO,), 4.0, 0.95),
    ("encoder", "limbs", "rotary_actuator", "编码器", "Encoder", "ENC", "medium", 1, 2, (), (CO,), 3.0, 0.8),
    ("crossed_bearing", "limbs", "rotary_actuator", "交叉滚子轴承", "Crossed roller bearing", "CRB", "medium", 0, 2,
     (), (CO,), 2.0, 0.6),
    ("joint_torque_sensor", "limbs", "rotary_actuator", "关节力矩传感器", "Joint torque sensor", "JTS", "medium", 0,
     2, (), (CO,), 2.0, 0.9),
    ("servo_drive", "limbs", None, "伺服驱动器", "Servo drive", "SD", "high", 1, 3, ("cerebellum",), (CO,), 4.0,
     0.95),
    ("linear_actuator", "limbs", None, "直线关节模组", "Linear joint actuator", "LJ", "high", 1, 3, (), (CO, IN),
     3.0, 0.95),
    ("roller_screw", "limbs", "linear_actuator", "行星滚柱丝杠", "Planetary roller screw", "PRS", "high", 1, 3, (),
     (CO,), 1.0, 0.6),
    ("ball_screw", "limbs", "linear_actuator", "滚珠丝杠", "Ball screw", "BS", "medium", 0, 2, (), (CO,), 2.0, 0.8),
    ("dexterous_hand", "limbs", None, "灵巧手", "Dexterous hand", "DH", "high", 1, 3, (), (CO, IN), 4.0, 0.95),
    ("coreless_motor", "limbs", "dexterous_hand", "空心杯电机", "Coreless motor", "CM", "high", 0, 2, (), (CO,), 2.0,
     0.85),
    ("micro_screw", "limbs", "dexterous_hand", "微型丝杠", "Micro lead screw", "MLS", "medium", 0, 2, (), (CO,), 1.0,
     0.7),
    ("tendon_drive", "limbs", "dexterous_hand", "腱绳驱动", "Tendon drive", "TD", "low", 0, 1, (), (CO,), 0.5, 1.0),
    ("fingertip_tactile", "limbs", "dexterous_hand", "指尖触觉传感器", "Fingertip tactile sensor", "FTS", "high", 0,
     2, ("body",), (CO,), 1.0, 0.9),
    ("six_axis_ft", "limbs", None, "六维力传感器", "Six-axis force/torque sensor", "6FT", "high", 1, 3, (), (CO,),
     2.0, 0.8),
    ("end_effector", "limbs", None, "末端执行器", "End effector", "EE", "low", 0, 2, (), (CO,), 2.0, 1.0),
    ("leg_structure", "limbs", None, "腿足结构件", "Leg and foot structures", "LEG", "low", 0, 2, (), (CO,), 1.0,
     1.0),
    ("depth_camera", "body", None, "深度相机", "Depth camera", "DCM", "medium", 1, 2, ("brain",), (CO,), 3.0, 0.9),
    ("lidar", "body", None, "激光雷达", "LiDAR", "LDR", "medium", 0, 2, ("brain",), (CO,), 2.0, 0.9),
    ("imu", "body", None, "惯性测量单元", "Inertial measurement unit", "IMU", "high", 1, 2, (), (CO,), 2.0, 0.8),
    ("microphone_array", "body", None, "麦克风阵列", "Microphone array", "MIC", "low", 0, 2, (), (CO,), 1.0, 1.0),
    ("e_skin", "body", None, "电子皮肤", "Electronic skin", "ESK", "medium", 0, 2, (), (CO,), 1.0, 0.9),
    ("battery_pack", "body", None, "电池包", "Battery pack", "BAT", "high", 1, 2, (), (CO,), 3.0, 0.95),
    ("bms", "body", "battery_pack", "电池管理系统", "Battery management system", "BMS", "medium", 0, 2, (), (CO,),
     2.0, 0.95),
    ("power_module", "body", None, "电源模块", "Power module", "PWR", "medium", 0, 2, (), (CO,), 2.0, 0.95),
    ("harness_connector", "body", None, "线束与连接器", "Wiring harness and connectors", "WHC", "low", 1, 2, (),
     (CO,), 3.0, 0.95),
    ("thermal_module", "body", None, "散热模组", "Thermal module", "TH", "low", 0, 2, (), (CO,), 1.0, 1.0),
    ("comms_module", "body", None, "通信模组", "Communication module", "COM", "low", 0, 2, (), (CO,), 2.0, 0.9),
    ("alloy_structure", "body", None, "轻量化合金结构件", "Lightweight alloy structures", "ALY", "medium", 0, 2, (),
     (CO,), 2.0, 0.95),
    ("carbon_fibre", "body", "alloy_structure", "碳纤维复合材料", "Carbon-fibre composites", "CF", "medium", 0, 2,
     (), (CO,), 1.0, 0.7),
    ("peek", "body", "alloy_structure", "PEEK工程塑料", "PEEK engineering plastics", "PEEK", "medium", 0, 2, (),
     (CO,), 0.5, 0.4),
    ("shell", "body", None, "仿生外壳", "Biomimetic shell", "SHL", "low", 0, 2, (), (CO,), 1.0, 1.0),
    ("wheeled_chassis", "body", None, "轮式底盘", "Wheeled chassis", "WCH", "medium", 0, 2, (), (CO, IN), 1.0, 1.0),
]

# --- firm names ------------------------------------------------------------------------------------------

# Common brand characters with their pinyin (for a plausible English name).
_BRAND = (
    "优you 必bi 选xuan 智zhi 元yuan 创chuang 达da 华hua 科ke 信xin 腾teng 汇hui 川chuan 卓zhuo 越yue 博bo "
    "睿rui 星xing 辰chen 鹏peng 程cheng 云yun 天tian 宇yu 恒heng 泰tai 瑞rui 安an 盛sheng 兴xing 嘉jia 锐rui "
    "新xin 远yuan 航hang 联lian 合he 众zhong 微wei 光guang 芯xin 驰chi 通tong 力li 强qiang 精jing 工gong "
    "铭ming 德de 鑫xin 昊hao 晟sheng 峰feng 海hai 拓tuo 普pu 思si 维wei 灵ling 动dong 乐le 聚ju 步bu 极ji "
    "致zhi 擎qing 领ling 途tu 迈mai 坤kun 乾qian 弘hong 毅yi 诚cheng 立li 方fang 和he 康kang 宏hong 伟wei "
    "凯kai 旭xu 东dong 南nan 中zhong 大da 明ming 亮liang 晶jing 数shu 象xiang 奥ao 比bi 蓝lan 青qing 松song "
    "禾he 金jin 铂bo 钛tai 锋feng 墨mo 影ying 声sheng 视shi 感gan 触chu 知zhi 行xing 跃yue 飞fei 翔xiang "
    "龙long 麒qi 麟lin 鸿hong 逸yi 帆fan 启qi 源yuan 湾wan 尚shang 品pin 慧hui 捷jie 速su 迅xun 朗lang "
    "易yi 佳jia 美mei 赛sai 斯si 特te 艾ai 米mi 克ke 欧ou 诺nuo 威wei 尔er 格ge 莱lai 帕pa 卡ka 索suo "
    "亚ya 伦lun"
).split()
BRAND_CHARS = [(w[0], w[1:]) for w in _BRAND]

# Industry words by role: (Chinese, English).
INDUSTRY = {
    IN: [("机器人", "Robotics"), ("机器人科技", "Robotics Technology"), ("智能科技", "Intelligent Technology"),
         ("智能", "Intelligent"), ("科技", "Technology"), ("机器人技术", "Robot Technology")],
    CO: [("传动", "Transmission"), ("精密", "Precision"), ("感知", "Sensing"), ("精密传动", "Precision Transmission"),
         ("电机", "Motor"), ("传感", "Sensor"), ("驱动", "Drive"), ("电子", "Electronics"), ("科技", "Technology"),
         ("智能装备", "Intelligent Equipment"), ("自动化", "Automation"), ("新材料", "New Materials")],
    BS: [("智能", "Intelligent"), ("人工智能", "Artificial Intelligence"), ("智能科技", "Intelligent Technology"),
         ("科技", "Technology"), ("软件", "Software"), ("信息技术", "Information Technology")],
    PL: [("科技", "Technology"), ("数据", "Data"), ("信息技术", "Information Technology"), ("智能", "Intelligent"),
         ("云计算", "Cloud Computing"), ("检测技术", "Testing Technology")],
}

# district, administrative division code, weight
DISTRICTS = [
    ("南山区", "440305", 28), ("宝安区", "440306", 18), ("龙岗区", "440307", 15), ("龙华区", "440309", 10),
    ("福田区", "440304", 8), ("光明区", "440311", 6), ("坪山区", "440310", 5), ("罗湖区", "440303", 4),
    ("盐田区", "440308", 2), ("大鹏新区", "440300", 2), (None, "440300", 2),
]

DISTRICT_EN = {
    "南山区": "Nanshan", "宝安区": "Bao'an", "龙岗区": "Longgang", "龙华区": "Longhua", "福田区": "Futian",
    "光明区": "Guangming", "坪山区": "Pingshan", "罗湖区": "Luohu", "盐田区": "Yantian", "大鹏新区": "Dapeng",
}

FIRM_NOTES = [
    "估值为最近一轮融资后估值", "营收为公司公告口径", "员工数来自招聘平台，待核实", "已迁入深圳总部",
    "2025年完成股份制改造", "入选深圳市专精特新中小企业", "国家级高新技术企业", "集群加入年份按首次参展估计",
]

# --- unified social credit codes (GB 32100-2015) ----------------------------------------------------------

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # 31 characters, no I O S V Z
_USCC_VALUE = {c: i for i, c in enumerate(USCC_CHARS)}
_USCC_WEIGHTS = [pow(3, i, 31) for i in range(17)]
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def _org_value(c: str) -> int:
    return int(c) if c.isdigit() else ord(c) - 55  # A = 10 ... Z = 35


def credit_code(division: str, body8: str) -> str:
    """A unified social credit code for an enterprise (91...) with valid check characters."""
    c9 = 11 - sum(w * _org_value(c) for w, c in zip(_ORG_WEIGHTS, body8, strict=True)) % 11
    org = body8 + ("X" if c9 == 10 else "0" if c9 == 11 else str(c9))
    first17 = "91" + division + org
    check = (31 - sum(w * _USCC_VALUE[c] for w, c in zip(_USCC_WEIGHTS, first17, strict=True)) % 31) % 31
    return first17 + USCC_CHARS[check]


def valid_credit_code(code: str) -> bool:
    return len(code) == 18 and all(c in _USCC_VALUE for c in code) and credit_code(code[2:8], code[8:16]) == code


def _body_new(k: int) -> str:
    """Post-2015 style body 'MA5' + 5 characters; a bijection of k over 31**5, so codes never repeat."""
    n = (k * 7_368_787 + 1_234_567) % 31**5
    out = []
    for _ in range(5):
        n, r = divmod(n, 31)
        out.append(USCC_CHARS[r])
    return "MA5" + "".join(out)


def _body_old(k: int) -> str:
    """Older all-digit organisation code body; a bijection of k over 10**8."""
    return f"{(k * 48_271 + 19_880_101) % 10**8:08d}"


# --- helpers ---------------------------------------------------------------------------------------------


class _Picker:
    """Weighted choice by bisecting cumulative weights (faster than random.choices for one pick)."""

    def __init__(self, items, weights):
        self.items = list(items)
        self.cum, total = [], 0.0
        for w in weights:
            total += w
            self.cum.append(total)
        self.total = total

    def __call__(self, rng: Random):
        return self.items[bisect(self.cum, rng.random() * self.total)]


def _lognormal(rng: Random, median: float, sigma: float, step: float) -> float:
    return float(max(step, round(rng.lognormvariate(math.log(median), sigma) / step) * step))


def _date_between(rng: Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange((end - start).days + 1))


def _period_end(d: date, precision: str) -> date:
    if precision == "year":
        return date(d.year, 12, 31)
    if precision == "half":
        return date(d.year, 6, 30) if d.month <= 6 else date(d.year, 12, 31)
    if precision in ("quarter", "month"):
        month = d.month if precision == "month" else ((d.month - 1) // 3 + 1) * 3
        first_next = date(d.year + month // 12, month % 12 + 1, 1)
        return first_next - timedelta(days=1)
    return d


COUNT_UNITS = ("家", "个", "台")


def _quote(name: str, value: float, unit: str | None, qualifier: str | None) -> str:
    """How a news item would say it: 超/约/近 before the number, 余 before the unit, 以上 after it."""
    unit = unit or ""
    if qualifier in ("超", "约", "近"):
        return f"{name}{qualifier}{value:g}{unit}"
    if qualifier == "余":
        return f"{name}{value:g}余{unit}"
    if qualifier == "以上":
        return f"{name}{value:g}{unit}以上"
    return f"{name}{value:g}{unit}"


def _insert(conn, table: str, columns: str, rows) -> int:
    cols = [c.strip() for c in columns.split(",")]
    names = ", ".join(f"[{c}]" for c in cols)
    cur = conn.executemany(f"INSERT INTO [{table}] ({names}) VALUES ({', '.join('?' for _ in cols)})", rows)
    return cur.rowcount


# --- the generator ---------------------------------------------------------------------------------------


class _Generator:
    def __init__(self, conn, firms: int, seed: int):
        self.conn = conn
        self.n = firms
        self.rng = Random(seed)
        self.seed = seed
        self.counts: dict[str, int] = {}
        self.insert_seconds = 0.0
        self.layer_id = {key: i for i, (key, *_rest) in enumerate(LAYERS, start=1)}
        self.comp_id = {c[0]: i for i, c in enumerate(COMPONENTS, start=1)}
        self.names_seen: set[str] = set()
        self.new_codes = 0
        self.old_codes = 0
        # Filled while firms are made, used for supply links and centres.
        self.integrators: list[int] = []
        self.supplier_caps: list[tuple[int, int]] = []  # (firm id, component id) of non-integrator firms
        self.host_names: list[str] = []

    def add(self, table: str, columns: str, rows) -> None:
        started = time.perf_counter()
        n = _insert(self.conn, table, columns, rows)
        self.insert_seconds += time.perf_counter() - started
        self.counts[table] = self.counts.get(table, 0) + n

    # -- small tables --

    def reference_tables(self) -> None:
        meta = {
            "dataset_name_zh": f"合成基准数据集（{self.n}家企业，种子{self.seed}）",
            "dataset_name_en": f"Synthetic benchmark map ({self.n} firms, seed {self.seed})",
            "dataset_generator": "bench/generate.py", "dataset_seed": str(self.seed),
            "dataset_notes": SYNTHETIC_NOTE,
        }
        self.conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", list(meta.items()))
        self.add("sources", "id, ref, title, publisher, date, url, file, kind, notes",
                 [(i, ref, title, pub, d, None, None, kind, SYNTHETIC_NOTE)
                  for i, (ref, title, pub, d, kind) in enumerate(SOURCES, start=1)])
        self.add("layers", "id, key, parent_id, name_zh, name_en, sort_order, description, source_id",
                 [(self.layer_id[key], key, self.layer_id.get(parent), zh, en, order, desc, 1)
                  for key, parent, zh, en, order, desc in LAYERS])
        rng = self.rng
        comp_rows, extra_layers = [], []
        for key, layer, parent, zh, en, _code, crit, bom, wanted, others, _roles, _w, _local in COMPONENTS:
            cid = self.comp_id[key]
            needs_check = 1 if rng.random() < 0.15 else 0
            comp_rows.append((cid, self.layer_id[layer], self.comp_id.get(parent), zh, en, wanted, crit, bom,
                              needs_check, rng.choice((1, 6, 7, 9)),
                              "国产化率待核实" if needs_check else None))
            extra_layers.extend((cid, self.layer_id[o]) for o in others)
        self.add("components", "id, layer_id, parent_id, name_zh, name_en, wanted_suppliers, criticality, "
                 "in_standard_bom, needs_check, source_id, notes", comp_rows)
        self.add("component_layers", "component_id, layer_id", extra_layers)

        # Which components each role makes, weighted by popularity.
        self.comp_pickers = {}
        for role in ROLES:
            if role == IN:
                pool = [(self.comp_id[c[0]], c[11]) for c in COMPONENTS if IN in c[10] and c[11] > 0]
            else:
                pool = [(self.comp_id[c[0]], c[11]) for c in COMPONENTS if role in c[10] and c[11] > 0]
            self.comp_pickers[role] = _Picker([p[0] for p in pool], [p[1] for p in pool])
        self.comp_local = {self.comp_id[c[0]]: c[12] for c in COMPONENTS}
        self.comp_code = {self.comp_id[c[0]]: c[5] for c in COMPONENTS}
        self.comp_name = {self.comp_id[c[0]]: c[3] for c in COMPONENTS}

    # -- firms and capabilities --

    def _brand(self) -> tuple[str, str]:
        rnd, n = self.rng.random, len(BRAND_CHARS)
        r = rnd()
        k = 2 if r < 0.60 else 3 if r < 0.92 else 4
        chars = [BRAND_CHARS[int(rnd() * n)] for _ in range(k)]
        return "".join(c for c, _ in chars), "".join(p for _, p in chars).capitalize()

    def _names(self, role: str, stock: bool):
        """(name_zh, English name, brand, pinyin of the brand, industry word); name_zh is never repeated."""
        rng, rnd = self.rng, self.rng.random
        for _ in range(100):
            brand, pinyin = self._brand()
            ind_zh, ind_en = rng.choice(INDUSTRY[role])
            suffix = "股份有限公司" if stock else "有限公司"
            en_suffix = "Co., Ltd."
            form = rnd()
            if form < 0.62:
                name, en = f"深圳市{brand}{ind_zh}{suffix}", f"Shenzhen {pinyin} {ind_en} {en_suffix}"
            elif form < 0.80:
                name, en = f"深圳{brand}{ind_zh}{suffix}", f"Shenzhen {pinyin} {ind_en} {en_suffix}"
            elif form < 0.93:
                name, en = f"{brand}（深圳）{ind_zh}{suffix}", f"{pinyin} (Shenzhen) {ind_en} {en_suffix}"
            else:
                name, en = f"{brand}{ind_zh}集团{suffix}", f"{pinyin} {ind_en} Group {en_suffix}"
            if name not in self.names_seen:
                self.names_seen.add(name)
                return name, brand, en, pinyin, ind_zh
        raise RuntimeError("could not find an unused firm name; the brand pool is too small")

    def firms_and_capabilities(self) -> None:
        rng, rnd = self.rng, self.rng.random
        role_pick = _Picker(ROLES, ROLE_WEIGHTS)
        district_pick = _Picker([(d, code) for d, code, _ in DISTRICTS], [w for *_x, w in DISTRICTS])
        source_pick = _Picker(ROW_SOURCES, ROW_SOURCE_WEIGHTS)
        stage_pick = _Picker(("rd", "prototype", "pilot", "mass", None), (20, 25, 20, 30, 5))
        caps_pick = _Picker((1, 2, 3, 4, 5, 6), (15, 25, 25, 20, 10, 5))  # mean 3.0
        cap_id = 0
        firm_cols = ("id, name_zh, short_name, name_en, aliases, credit_code, city, district, role, founded_year, "
                     "valuation_cny, revenue_cny, employees, listed, products, website, cluster_join_year, "
                     "needs_check, source_id, notes")
        cap_cols = "id, firm_id, component_id, product, stage, local, needs_check, source_id, notes"
        for start in range(1, self.n + 1, CHUNK):
            firm_rows, cap_rows = [], []
            for fid in range(start, min(start + CHUNK, self.n + 1)):
                role = role_pick(rng)
                big = role == IN
                listed = 1 if rnd() < (0.04 if big else 0.004) else (0 if rnd() < 0.6 else None)
                stock = listed == 1 or rnd() < 0.08
                name, brand, name_en, pinyin, ind_zh = self._names(role, stock)
                short = brand if rnd() < 0.8 else brand + ind_zh
                aliases = None
                if rnd() < 0.18:
                    options = [brand + ind_zh, pinyin, f"{brand}{'机器人' if big else '科技'}", pinyin.upper()]
                    aliases = "; ".join(rng.sample(options, rng.randint(1, 2)))
                district, division = district_pick(rng)
                if rnd() < 0.03:
                    founded = None
                elif big:
                    founded = max(2000, 2025 - int(rng.expovariate(1 / 4)))
                else:
                    founded = max(1988, 2025 - int(rng.expovariate(1 / 8)))
                code = None
                if rnd() < 0.5:
                    if founded is not None and founded < 2016 and rnd() < 0.7:
                        body, self.old_codes = _body_old(self.old_codes), self.old_codes + 1
                    else:
                        body, self.new_codes = _body_new(self.new_codes), self.new_codes + 1
                    code = credit_code(division if rnd() < 0.5 else "440300", body)
                valuation = None
                if rnd() < (0.7 if big else 0.5 if role == BS else 0.3):
                    valuation = _lognormal(rng, 5e8 if big else 1e8, 1.2 if big else 1.4, 1e4)
                revenue = None
                if rnd() < (0.55 if big else 0.45):
                    revenue = _lognormal(rng, 1e8 if big else 2e7, 1.5 if big else 1.6, 1e4)
                employees = None
                if rnd() < 0.7:
                    employees = int(rng.lognormvariate(math.log(200 if big else 40), 1.1)) + 1
                join = None
                if rnd() < 0.85:
                    join = min(2026, max(2018, founded or 2018, 2026 - int(rng.expovariate(1 / 2.5))))
                # Capabilities: k distinct components the firm's role makes.
                k = caps_pick(rng) if not big else rng.randint(1, 4)
                picker, comps = self.comp_pickers[role], []
                for _ in range(4 * k):
                    c = picker(rng)
                    if c not in comps:
                        comps.append(c)
                        if len(comps) == k:
                            break
                products = None
                if rnd() < 0.3:
                    products = "; ".join(self.comp_name[c] for c in comps)
                website = f"https://www.{pinyin.lower()}.com.cn" if rnd() < 0.25 else None
                needs_check = 1 if rnd() < 0.08 else 0
                notes = rng.choice(FIRM_NOTES) if rnd() < 0.07 else None
                firm_rows.append((fid, name, short, name_en if rnd() < 0.85 else None, aliases, code,
                                  "深圳", district, role, founded, valuation, revenue, employees, listed, products,
                                  website, join, needs_check, source_pick(rng), notes))
                if big:
                    self.integrators.append(fid)
                elif len(self.host_names) < 2000 and valuation and valuation > 1e9:
                    self.host_names.append(name)
                initials = pinyin[:2].upper()
                for c in comps:
                    cap_id += 1
                    product = f"{initials}-{self.comp_code[c]}{rng.randint(10, 99)}" if rnd() < 0.35 else None
                    local = 1 if rnd() < self.comp_local[c] else 0
                    cap_rows.append((cap_id, fid, c, product, stage_pick(rng), local,
                                     1 if rnd() < 0.05 else 0, source_pick(rng), None))
                    if not big:
                        self.supplier_caps.append((fid, c))
            self.add("firms", firm_cols, firm_rows)
            self.add("capabilities", cap_cols, cap_rows)

    # -- supply links --

    def supply_links(self) -> None:
        rng = self.rng
        if not self.integrators or not self.supplier_caps:
            return
        source_pick = _Picker(ROW_SOURCES, ROW_SOURCE_WEIGHTS)
        n_int, n_caps = len(self.integrators), len(self.supplier_caps)
        seen: set[tuple[int, int, int | None]] = set()
        rows, link_id = [], 0
        for _ in range(self.n // 2):
            supplier, component = self.supplier_caps[rng.randrange(n_caps)]
            # Big integrators buy from many more suppliers than small ones (a long tail).
            customer = self.integrators[int(n_int * rng.random() ** 3)]
            if rng.random() < 0.05:
                component = None
            key = (supplier, customer, component)
            if key in seen:
                continue
            seen.add(key)
            link_id += 1
            note = "公开报道的合作关系" if rng.random() < 0.05 else None
            rows.append((link_id, supplier, customer, component, source_pick(rng), note))
        self.add("supply_links", "id, supplier_id, customer_id, component_id, source_id, notes", rows)

    # -- centres --

    def centres(self) -> None:
        rng = self.rng
        topics = [("具身智能", "Embodied AI"), ("人形机器人", "Humanoid robot"), ("机器人关节", "Robot joint"),
                  ("灵巧手", "Dexterous hand"), ("智能传感", "Smart sensing"), ("具身大模型", "Embodied model"),
                  ("精密传动", "Precision transmission"), ("伺服驱动", "Servo drive"), ("机器视觉", "Machine vision"),
                  ("人工智能", "Artificial intelligence"), ("智能机器人", "Intelligent robot"),
                  ("机器人核心零部件", "Robot core components"), ("具身智能数据", "Embodied data"),
                  ("仿真训练", "Simulation training"), ("力控技术", "Force control"), ("电子皮肤", "Electronic skin"),
                  ("机器人安全", "Robot safety"), ("智能制造", "Smart manufacturing")]
        types = {
            "innovation_centre": ([("创新中心", "Innovation Centre"), ("技术创新中心", "Technology Innovation Centre"),
                                   ("制造业创新中心", "Manufacturing Innovation Centre")], 12),
            "lab": ([("重点实验室", "Key Laboratory"), ("联合实验室", "Joint Laboratory"),
                     ("工程实验室", "Engineering Laboratory")], 20),
            "institute": ([("研究院", "Research Institute"), ("新型研发机构", "R&D Institute")], 10),
            "platform": ([("公共技术服务平台", "Public Technology Service Platform"),
                          ("检验检测中心", "Testing Centre"), ("中试平台", "Pilot Platform")], 20),
            "incubator": ([("孵化器", "Incubator"), ("加速器", "Accelerator"), ("众创空间", "Maker Space")], 15),
            "compute": ([("智算中心", "Intelligent Computing Centre"), ("算力中心", "Computing Centre")], 5),
            "data_exchange": ([("数据采集训练场", "Data Collection and Training Ground"),
                               ("数据集共享平台", "Data-set Sharing Platform")], 5),
            "cluster_area": ([("产业集聚区", "Industrial Cluster Area")], 5),
            "park": ([("产业园", "Industrial Park"), ("产业基地", "Industrial Base")], 8),
        }
        type_pick = _Picker(list(types), [w for _, w in types.values()])
        level_pick = _Picker(("national", "provincial", "municipal", "district", None), (5, 20, 40, 30, 5))
        status_pick = _Picker(("operating", "building", "planned", None), (60, 22, 13, 5))
        district_pick = _Picker([d for d, _c, _w in DISTRICTS if d], [w for d, _c, w in DISTRICTS if d])
        universities = ["深圳大学", "南方科技大学", "哈尔滨工业大学（深圳）", "清华大学深圳国际研究生院",
                        "北京大学深圳研究生院", "香港中文大学（深圳）", "中国科学院深圳先进技术研究院", "鹏城实验室",
                        "深圳技术大学", "深圳职业技术大学"]
        hosts = universities + self.host_names[:200]
        n_layers, n_comps = len(LAYERS), len(COMPONENTS)
        centre_rows, serve_rows, names = [], [], set()
        for cid in range(1, max(5, self.n // 200) + 1):
            ctype = type_pick(rng)
            level = level_pick(rng)
            district = district_pick(rng)
            prefix = {"national": "国家", "provincial": "广东省", "municipal": "深圳市", "district": district}.get(
                level, "")
            prefix_en = {"national": "National", "provincial": "Guangdong", "municipal": "Shenzhen",
                         "district": DISTRICT_EN.get(district, "")}.get(level, "")
            topic, topic_en = rng.choice(topics)
            word, word_en = rng.choice(types[ctype][0])
            name = f"{prefix}{topic}{word}"
            host = rng.choice(hosts) if rng.random() < 0.7 else None
            if name in names:
                name = f"{prefix}{topic}{word}（{(host or district).split('（')[0]}）"
            k = 2
            while name in names:
                name = f"{prefix}{topic}{word}（第{k}{'分中心' if ctype != 'park' else '园区'}）"
                k += 1
            names.add(name)
            parent = rng.randrange(1, cid) if cid > 10 and rng.random() < 0.12 else None
            status = status_pick(rng)
            status_date = f"{rng.randint(2019, 2026)}-{rng.randint(1, 12):02d}" if status else None
            centre_rows.append((cid, name, f"{prefix_en} {topic_en.title()} {word_en}".strip(), None, ctype, level, host,
                                district, parent, status, status_date, 1 if rng.random() < 0.1 else 0,
                                rng.choice((1, 2, 3, 4, 5, 7)), None))
            served: set = set()
            for _ in range(rng.randint(1, 3)):
                if rng.random() < 0.3:
                    item = (None, rng.randint(1, n_layers))
                else:
                    item = (rng.randint(1, n_comps), None)
                if item not in served:
                    served.add(item)
                    serve_rows.append((cid, item[1], item[0]))
        self.add("centres", "id, name_zh, name_en, aliases, type, level, host, district, parent_id, status, "
                 "status_date, needs_check, source_id, notes", centre_rows)
        self.add("centre_serves", "centre_id, layer_id, component_id", serve_rows)

    # -- plans, targets, observations --

    def plans(self) -> None:
        rng = self.rng
        plans = [
            (1, "EMB2027", SOURCES[0][1], "Shenzhen embodied-robot action plan 2025-2027", "深圳市科学技术局",
             "2025-03-03", 2025, 2027, 1),
            (2, "AIT2026", SOURCES[1][1], "Shenzhen AI terminals action plan 2025-2026", "深圳市工业和信息化局",
             "2025-03-10", 2025, 2026, 2),
            (3, "AIPC2026", SOURCES[2][1], "Measures for Shenzhen as an AI pioneer city", "深圳市人民政府办公厅",
             "2025-02-20", 2024, 2026, 3),
        ]
        self.add("plans", "id, code, title_zh, title_en, issuer, issue_date, start_year, deadline_year, source_id",
                 plans)
        # plan, code, name_zh, unit, op, value, kind, definition, rule, rule params
        targets = [
            (1, "E1", "新增培育估值过百亿企业", "家", ">=", 10, "flow", "估值≥100亿元的新增集群企业",
             "firms_valued_at_least", {"min_cny": 1e10, "joined_since": 2025}),
            (1, "E2", "营收超十亿元企业", "家", ">=", 20, "stock", "年营收≥10亿元", "firms_revenue_at_least",
             {"min_cny": 1e9}),
            (1, "E3", "产业集群相关企业", "家", ">", 1200, "stock", "集群企业", "firms_in_cluster", {}),
            (1, "E4", "关键零部件本地配套率", "%", ">=", 80, "stock", "本地配套率", None, None),
            (1, "E5", "具身智能机器人产业规模", "亿元", ">=", 1000, "stock", "集群企业营收合计", "sum_revenue",
             {"unit_scale": 1e8}),
            (1, "E6", "产业规模年均增长", "%", ">", 20, "rate", "营收年均增速", None, None),
            (1, "E7", "新建创新载体", "个", ">=", 10, "flow", "新建省级以上创新载体", None, None),
            (1, "E8", "整机企业", "家", ">=", 50, "stock", "人形机器人整机企业", "firms_with_role",
             {"role": "integrator"}),
            (1, "Q1", "灵巧操作技术突破", None, None, None, "qualitative", None, None, None),
            (1, "Q2", "高性能关节模组国产化", None, None, None, "qualitative", None, None, None),
            (2, "T1", "人工智能终端产业规模", "亿元", ">=", 8000, "stock", "终端产业营收", None, None),
            (2, "T2", "人工智能终端产品出货量", "万台", ">=", 15000, "stock", "年出货量", None, None),
            (2, "T3", "年营收超千亿元企业", "家", ">=", 10, "stock", "年营收≥1000亿元", None, None),
            (2, "T4", "年营收超百亿元企业", "家", ">=", 15, "stock", "年营收≥100亿元", None, None),
            (2, "T5", "人形机器人年产量", "台", ">=", 10000, "stretch", "年产量", None, None),
            (3, "P1", "人工智能企业数量", "家", ">", 3000, "stock", "人工智能企业", None, None),
            (3, "P2", "人工智能核心产业规模", "亿元", ">", 4000, "stock", "核心产业营收", None, None),
            (3, "P3", "智能算力规模", "EFLOPS", ">=", 80, "stock", "智能算力", None, None),
            (3, "P4", "核心产业年均增长", "%", ">", 20, "rate", "核心产业营收增速", None, None),
            (3, "P5", "打造标杆应用场景", "个", ">=", 100, "flow", "标杆场景", None, None),
            (3, "Q3", "开源生态影响力", None, None, None, "qualitative", None, None, None),
        ]
        plan_start = {p[0]: p[6] for p in plans}
        plan_deadline = {p[0]: p[7] for p in plans}
        target_rows = []
        for tid, (pid, code, name, unit, op, value, kind, definition, rule, params) in enumerate(targets, start=1):
            wording = None if value is None else f"到{plan_deadline[pid]}年，{name}{'超过' if op == '>' else '达到'}" \
                f"{value:g}{unit or ''}"
            baseline = baseline_year = None
            if kind == "stock" and rng.random() < 0.3:
                baseline, baseline_year = round(value * rng.uniform(0.3, 0.6), 1), plan_start[pid] - 1
            target_rows.append((tid, pid, code, name, None, unit, op, value, plan_deadline[pid], kind, wording,
                                baseline, baseline_year, rng.choice(("市科技创新局", "市工业和信息化局", None)),
                                definition, "深圳市", rule,
                                json.dumps(params, ensure_ascii=False) if params is not None else None, pid,
                                None))
        self.add("targets", "id, plan_id, code, name_zh, name_en, unit, op, value, deadline_year, kind, "
                 "wording_zh, baseline_value, baseline_year, lead_department, definition, geography, rule, "
                 "rule_params, source_id, notes", target_rows)
        self._observations(target_rows, plan_start)

    def _observations(self, target_rows, plan_start) -> None:
        rng = self.rng
        precision_pick = _Picker(("day", "month", "quarter", "half", "year"), (40, 20, 15, 10, 15))
        confidence_pick = _Picker(("high", "medium", "low", None), (40, 35, 15, 10))
        qualifiers = (None, None, None, "余", "超", "约", "近", "以上")
        obs_sources = [4, 5, 6, 7, 9, 10]
        rows = []
        first, last = date(2023, 1, 1), date(2026, 6, 30)
        for row in target_rows:
            tid, pid, _code, name, _en, unit, _op, value, _deadline, kind, *_rest = row
            definition = row[14]
            main_source = rng.choice(obs_sources)
            # A flow target counts from the plan's start; its figures are reported after that.
            start = date(plan_start[pid], 3, 1) if kind == "flow" else first
            dates = sorted(_date_between(rng, start, last) for _ in range(rng.randint(2, 5)))
            used: set[date] = set()
            for i, d in enumerate(dates):
                precision = precision_pick(rng)
                d = min(_period_end(d, precision), last)
                if d in used:  # one figure per date and target
                    continue
                used.add(d)
                source = main_source if i < len(dates) - 1 or rng.random() < 0.6 else rng.choice(obs_sources)
                level = obs_value = None
                obs_kind = "rate" if kind == "rate" else "level"
                if kind == "qualitative":
                    level = rng.choice(("on_track", "behind", "stalled", "achieved", "on_track"))
                elif kind == "rate":
                    obs_value = round(rng.uniform(8, 32), 1)
                elif kind == "flow":
                    elapsed = max(0.0, (d - date(plan_start[pid], 1, 1)).days / 365.2425)
                    obs_value = round(value * elapsed / 3 * rng.uniform(0.6, 1.3))
                else:
                    frac = 0.35 + 0.55 * (d - first).days / (last - first).days
                    obs_value = value * frac * rng.uniform(0.9, 1.1)
                obs_definition = definition
                if definition and rng.random() < 0.12:
                    obs_definition = definition + "（广义口径）"  # another definition: not comparable
                    if obs_value is not None:
                        obs_value *= rng.uniform(2, 8)
                if obs_value is not None:
                    obs_value = float(round(obs_value) if unit in COUNT_UNITS else round(obs_value, 1))
                qualifier = rng.choice(qualifiers)
                quote = None
                if obs_value is not None:
                    quote = _quote(name, obs_value, unit, qualifier)
                rows.append((tid, None, None, obs_value, unit, qualifier, obs_kind, level, d.isoformat(), precision,
                             "深圳市", obs_definition, confidence_pick(rng), source, quote, None))
        # A few metrics with no target.
        for metric, metric_en, value, unit in (("机器人企业（广义）", "Robot firms (broad)", 74032, "家"),
                                               ("工业机器人产量", "Industrial robot output", 21.4, "万台"),
                                               ("人形机器人整机企业", "Humanoid integrators", 46, "家")):
            d = _date_between(rng, first, last)
            rows.append((None, metric, metric_en, value, unit, "约", "level", None, d.isoformat(), "day", "深圳市",
                         None, "medium", rng.choice(obs_sources), f"{metric}约{value:g}{unit}", None))
        self.add("observations", "target_id, metric_zh, metric_en, value, unit, qualifier, kind, level, as_of, "
                 "as_of_precision, geography, definition, confidence, source_id, quote, notes", rows)


def _search_module():
    try:
        from db import search
    except ImportError:  # a schema without the full-text index
        return None
    return search


def generate(path, firms: int = 100_000, seed: int = 1, *, force: bool = False, search_index: bool = True,
             timings: dict | None = None) -> dict:
    """Create ``path`` and fill it with a synthetic map of ``firms`` firms; returns row counts per table.

    ``path`` must not exist unless ``force`` (then it and its -wal/-shm files are replaced). When a dict is
    passed as ``timings`` it receives the seconds spent in each phase (rows made in Python, inserts, index
    builds, search index, commit).
    """
    from db.connection import open_database

    if firms < 1:
        raise ValueError("firms must be at least 1")
    path = Path(path)
    if path.exists() and not force:
        raise FileExistsError(f"{path} already exists (use --force to replace it)")
    path.parent.mkdir(parents=True, exist_ok=True)
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        p.unlink(missing_ok=True)
    clock = time.perf_counter
    t_open = clock()
    db = open_database(path, create=True)
    conn = db.conn
    phases: dict[str, float] = {"open + schema": clock() - t_open}
    gc_was_enabled = gc.isenabled()
    try:
        # A one-off bulk load: a rollback journal (an empty file has nothing to save) and no fsync are much
        # cheaper than WAL; the file ends in rollback-journal mode like the ones core.workspace.create_database
        # makes, and open_database turns WAL back on whenever the app opens it.
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA cache_size = -262144")  # 256 MiB: the index b-trees of a million rows stay in memory
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA threads = 2")  # CREATE INDEX may sort with a helper thread
        gen = _Generator(conn, firms, seed)
        # Millions of long-lived tuples make the cyclic garbage collector rescan them over and over; nothing
        # made here has cycles, so it is paused for the load.
        gc.disable()
        with db.atomic():
            t_rows = clock()
            gen.reference_tables()
            # Index b-trees are built much faster from the finished tables than row by row: drop the big
            # tables' indexes and create them again with their exact stored SQL (so the schema is unchanged,
            # and UNIQUE indexes still refuse duplicates), all inside this one transaction.
            indexes = conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                f" AND tbl_name IN ({', '.join('?' for _ in BULK_TABLES)}) ORDER BY rowid", BULK_TABLES,
            ).fetchall()
            for name, _sql in indexes:
                conn.execute(f"DROP INDEX [{name}]")
            gen.firms_and_capabilities()
            gen.supply_links()
            gen.centres()
            gen.plans()
            phases["rows made in Python"] = clock() - t_rows - gen.insert_seconds
            phases["executemany inserts"] = gen.insert_seconds
            t_index = clock()
            for _name, sql in indexes:
                conn.execute(sql)
            phases["index builds"] = clock() - t_index
            t_search = clock()
            search = _search_module() if search_index else None
            if search is not None:
                for table in search.SEARCHABLE:
                    gen.counts[search.index_table(table)] = search.rebuild(db, table)
            phases["search index"] = clock() - t_search
            t_commit = clock()
        phases["commit"] = clock() - t_commit
        conn.execute("PRAGMA synchronous = NORMAL")
    finally:
        if gc_was_enabled:
            gc.enable()
        conn.close()
    if timings is not None:
        timings.update(phases)
    return gen.counts


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Generate a large synthetic Chain Mapper database.")
    parser.add_argument("out", type=Path, help="the .sqlite file to create")
    parser.add_argument("--firms", type=int, default=100_000, help="number of firms (default 100000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--force", action="store_true", help="replace OUT if it exists")
    parser.add_argument("--no-search-index", action="store_true", help="leave the full-text index empty")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    timings: dict[str, float] = {}
    try:
        counts = generate(args.out, firms=args.firms, seed=args.seed, force=args.force,
                          search_index=not args.no_search_index, timings=timings)
    except FileExistsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    elapsed = time.perf_counter() - started
    for table, n in counts.items():
        print(f"{table:<20} {n:>12,}")
    print()
    for phase, seconds in timings.items():
        print(f"{phase:<20} {seconds:>9.2f} s")
    size = args.out.stat().st_size / 1e6
    print(f"wrote {args.out} ({size:,.1f} MB) in {elapsed:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
