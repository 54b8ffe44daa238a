"""What each table planners edit looks like: its columns, their kinds, choices and references.

Qt-free: the GUI gives the columns their (translated) labels and editors; the importer and exporter read the
same specs, so a column is described once.
"""

from __future__ import annotations

from dataclasses import dataclass

from db import schema


@dataclass(frozen=True)
class Column:
    name: str
    kind: str = "text"  # text, longtext, int, year, money, number, choice, ref, bool, date, credit_code, json
    required: bool = False
    choices: tuple[str, ...] = ()
    ref: str | None = None
    minimum: int | None = None
    maximum: int | None = None
    editable: bool = True
    width: int = 120  # default column width in pixels


def _c(name, kind="text", **kw) -> Column:
    return Column(name, kind, **kw)


TABLES: dict[str, tuple[Column, ...]] = {
    "firms": (
        _c("name_zh", required=True, width=260), _c("short_name", width=100), _c("name_en", width=160),
        _c("aliases", width=160), _c("credit_code", "credit_code", width=170),
        _c("city", width=70), _c("district", width=80),
        _c("role", "choice", choices=schema.ROLES, width=110), _c("founded_year", "year", width=70),
        _c("valuation_cny", "money", width=100), _c("revenue_cny", "money", width=100),
        _c("employees", "int", minimum=0, width=80), _c("listed", "bool", width=60),
        _c("products", "longtext", width=160), _c("website", width=140),
        _c("cluster_join_year", "year", width=80), _c("needs_check", "bool", width=60),
        _c("source_id", "ref", ref="sources", width=160), _c("notes", "longtext", width=200),
    ),
    "components": (
        _c("name_zh", required=True, width=180), _c("name_en", width=160),
        _c("layer_id", "ref", ref="layers", required=True, width=100),
        _c("parent_id", "ref", ref="components", width=140),
        _c("wanted_suppliers", "int", minimum=0, maximum=1000, required=True, width=80),
        _c("criticality", "choice", choices=schema.CRITICALITIES, width=80),
        _c("in_standard_bom", "bool", width=70), _c("needs_check", "bool", width=60),
        _c("source_id", "ref", ref="sources", width=160), _c("notes", "longtext", width=220),
    ),
    "layers": (
        _c("key", width=90), _c("name_zh", required=True, width=120), _c("name_en", width=140),
        _c("parent_id", "ref", ref="layers", width=100), _c("sort_order", "int", required=True, width=70),
        _c("description", "longtext", width=260), _c("source_id", "ref", ref="sources", width=160),
    ),
    "capabilities": (
        _c("firm_id", "ref", ref="firms", required=True, width=220),
        _c("component_id", "ref", ref="components", required=True, width=160),
        _c("product", width=160), _c("stage", "choice", choices=schema.STAGES, width=90),
        _c("local", "bool", required=True, width=60), _c("needs_check", "bool", width=60),
        _c("source_id", "ref", ref="sources", width=160), _c("notes", "longtext", width=200),
    ),
    "supply_links": (
        _c("supplier_id", "ref", ref="firms", required=True, width=220),
        _c("customer_id", "ref", ref="firms", required=True, width=220),
        _c("component_id", "ref", ref="components", width=160),
        _c("source_id", "ref", ref="sources", width=160), _c("notes", "longtext", width=200),
    ),
    "centres": (
        _c("name_zh", required=True, width=260), _c("name_en", width=180), _c("aliases", width=140),
        _c("type", "choice", choices=schema.CENTRE_TYPES, width=110),
        _c("level", "choice", choices=schema.LEVELS, width=80), _c("host", width=140),
        _c("district", width=80), _c("parent_id", "ref", ref="centres", width=180),
        _c("status", "choice", choices=schema.CENTRE_STATUSES, width=80), _c("status_date", width=90),
        _c("needs_check", "bool", width=60), _c("source_id", "ref", ref="sources", width=160),
        _c("notes", "longtext", width=220),
    ),
    "plans": (
        _c("code", required=True, width=90), _c("title_zh", required=True, width=320), _c("title_en", width=240),
        _c("issuer", width=140), _c("issue_date", "date", width=90), _c("start_year", "year", width=70),
        _c("deadline_year", "year", width=70), _c("source_id", "ref", ref="sources", width=160),
        _c("notes", "longtext", width=200),
    ),
    "targets": (
        _c("plan_id", "ref", ref="plans", required=True, width=90), _c("code", required=True, width=60),
        _c("name_zh", required=True, width=220), _c("name_en", width=180),
        _c("op", "choice", choices=schema.OPS, width=50), _c("value", "number", width=80),
        _c("unit", width=60), _c("deadline_year", "year", width=70),
        _c("kind", "choice", choices=schema.TARGET_KINDS, required=True, width=80),
        _c("wording_zh", "longtext", width=240), _c("baseline_value", "number", width=80),
        _c("baseline_year", "year", width=70), _c("lead_department", width=120),
        _c("definition", width=180), _c("geography", width=80),
        _c("on_track_ratio", "number", width=70), _c("acceleration_ratio", "number", width=70),
        _c("rule", width=120), _c("rule_params", "json", width=160),
        _c("source_id", "ref", ref="sources", width=160), _c("notes", "longtext", width=200),
    ),
    "observations": (
        _c("target_id", "ref", ref="targets", width=200), _c("metric_zh", width=180), _c("metric_en", width=140),
        _c("value", "number", width=90), _c("unit", width=60), _c("qualifier", width=50),
        _c("kind", "choice", choices=schema.OBS_KINDS, required=True, width=60),
        _c("level", "choice", choices=schema.QUAL_LEVELS, width=80),
        _c("as_of", "date", required=True, width=90),
        _c("as_of_precision", "choice", choices=schema.PRECISIONS, required=True, width=70),
        _c("geography", width=80), _c("definition", width=160),
        _c("confidence", "choice", choices=schema.CONFIDENCES, width=70),
        _c("source_id", "ref", ref="sources", width=160), _c("quote", "longtext", width=240),
        _c("notes", "longtext", width=200),
    ),
    "sources": (
        _c("ref", width=60), _c("title", required=True, width=320), _c("publisher", width=120),
        _c("date", width=90), _c("url", width=220), _c("file", width=160),
        _c("kind", "choice", choices=schema.SOURCE_KINDS, width=100), _c("notes", "longtext", width=200),
    ),
}

# How a row of each table is named when another table refers to it.
DISPLAY_SQL = {
    "firms": "coalesce(nullif(short_name, ''), name_zh)",
    "components": "name_zh",
    "layers": "name_zh",
    "centres": "name_zh",
    "plans": "code",
    "targets": "code || ' ' || name_zh",
    "sources": "coalesce(ref || ' ', '') || title",
    "observations": "coalesce(metric_zh, '') || ' ' || as_of",
    "capabilities": "id",
    "supply_links": "id",
}
# Columns a typed reference is matched against (first match wins), e.g. typing 优必选 in a firm column.
REF_MATCH = {
    "firms": ("name_zh", "short_name", "name_en"),
    "components": ("name_zh", "name_en"),
    "layers": ("key", "name_zh", "name_en"),
    "centres": ("name_zh", "name_en"),
    "plans": ("code", "title_zh"),
    "targets": ("code", "name_zh"),
    "sources": ("ref", "title"),
}


def column(table: str, name: str) -> Column:
    for col in TABLES[table]:
        if col.name == name:
            return col
    raise KeyError(f"{table}.{name}")


def row_label(db, table: str, row_id) -> str:
    if row_id is None:
        return ""
    found = db.execute(f"SELECT {DISPLAY_SQL[table]} FROM [{table}] WHERE id = ?", [row_id]).fetchone()
    return str(found[0]) if found and found[0] is not None else f"#{row_id}"

# Names a planner may type or paste for a choice value, besides the value itself (Chinese first).
CHOICE_ALIASES: dict[str, tuple[str, ...]] = {
    "integrator": ("整机", "整机企业", "本体", "Integrator"),
    "component": ("零部件", "零部件供应商", "部件", "Component supplier", "supplier"),
    "brain_software": ("大脑与软件", "软件", "算法", "Brain & software", "software"),
    "platform": ("平台", "Platform"),
    "rd": ("研发", "R&D"), "prototype": ("样机", "Prototype"), "pilot": ("小批量", "试产", "Pilot"),
    "mass": ("量产", "Mass production"),
    "innovation_centre": ("创新中心", "Innovation centre"), "lab": ("实验室", "Laboratory"),
    "institute": ("研究院", "Institute"), "incubator": ("孵化器", "Incubator"),
    "compute": ("算力中心", "Compute centre"), "data_exchange": ("数据交易所", "Data exchange"),
    "cluster_area": ("产业集聚区", "Cluster area"), "park": ("园区", "Park"),
    "national": ("国家级", "National"), "provincial": ("省级", "Provincial"),
    "municipal": ("市级", "Municipal"), "district": ("区级", "District"),
    "planned": ("规划中", "Planned"), "building": ("建设中", "Being built"), "operating": ("运营中", "已建成", "Operating"),
    "stock": ("存量", "Stock"), "flow": ("增量", "新增", "Flow"), "rate": ("增速", "Rate"),
    "stretch": ("力争", "Stretch"), "qualitative": ("定性", "Qualitative"),
    "level": ("水平", "Level"),
    "achieved": ("已实现", "Achieved"), "on_track": ("按计划推进", "On track"), "behind": ("进度滞后", "Behind"),
    "stalled": ("停滞", "Stalled"),
    "day": ("日", "Day"), "month": ("月", "Month"), "quarter": ("季度", "Quarter"), "half": ("半年", "Half-year"),
    "year": ("年", "Year"),
    "high": ("高", "High"), "medium": ("中", "Medium"), "low": ("低", "Low"),
    "news": ("新闻", "News"), "policy": ("政策", "Policy"), "analyst": ("分析师", "Analyst"),
    "web": ("网页", "Web page"), "general_knowledge": ("常识", "General knowledge"), "user": ("用户", "User"),
    "other": ("其他", "Other"),
    ">=": ("≥", "不少于", "以上"), ">": ("超过", "超"), "<=": ("≤", "不超过"), "<": ("低于",), "=": ("等于",),
}
