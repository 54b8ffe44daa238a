"""Sheet headers: the labels we export, the synonyms planners use, and finding the header row of a list.

Our workbook writes a Chinese header row and an English one; a colleague's list has its own words
(企业名称 / 企业全称 / 公司名称 / Company …), perhaps below a title row, perhaps in two rows under a merged
group label, often with the unit in the header (营收（万元）). :func:`find_header` finds the row and maps
each column to a field; :func:`parse_map_option` reads the user's corrections (``"源列=field,…"``).
Qt-free; the GUI remembers corrections itself.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from core import values
from core.tables import TABLES, Column

KEY_FIELD = "id"
KEY_ZH = "系统编号"
KEY_EN = "ID (do not edit)"
PLAN_FIELD = "_plan"  # observations lists: a plan code that picks the target among plans

SHEET_NAMES = {
    "firms": "企业 Firms", "components": "部件 Components", "layers": "层级 Layers",
    "capabilities": "能力 Capabilities", "supply_links": "供应关系 Supply links", "centres": "创新载体 Centres",
    "plans": "规划 Plans", "targets": "目标 Targets", "observations": "观测 Observations",
    "sources": "来源 Sources",
}
TABLE_ZH = {t: name.split(" ", 1)[0] for t, name in SHEET_NAMES.items()}
TABLE_EN = {t: name.split(" ", 1)[1] for t, name in SHEET_NAMES.items()}
LIST_TABLES = ("firms", "centres", "observations")  # what a colleague's one-sheet list may hold

_ZH = {
    "name_zh": "名称", "name_en": "英文名称", "short_name": "简称", "aliases": "别名", "credit_code": "统一社会信用代码",
    "city": "城市", "district": "所在区", "role": "企业类型", "founded_year": "成立年份", "valuation_cny": "估值",
    "revenue_cny": "营收", "employees": "员工人数", "listed": "是否上市", "products": "主要产品", "website": "网站",
    "cluster_join_year": "加入集群年份", "needs_check": "待核实", "source_id": "来源", "notes": "备注",
    "layer_id": "所属层级", "parent_id": "上级", "wanted_suppliers": "期望本地供应商数", "criticality": "关键程度",
    "in_standard_bom": "标准BOM", "key": "层级代码", "sort_order": "排序", "description": "说明", "firm_id": "企业",
    "component_id": "部件", "product": "产品", "stage": "阶段", "local": "本地", "supplier_id": "供应商",
    "customer_id": "客户", "type": "类型", "level": "级别", "host": "依托单位", "status": "状态",
    "status_date": "状态日期", "code": "编号", "title_zh": "标题", "title_en": "英文标题", "issuer": "发文单位",
    "issue_date": "发布日期", "start_year": "起始年份", "deadline_year": "截止年份", "plan_id": "所属规划",
    "op": "比较", "value": "数值", "unit": "单位", "kind": "类型", "wording_zh": "原文表述", "baseline_value": "基线值",
    "baseline_year": "基线年份", "lead_department": "牵头部门", "definition": "统计口径", "geography": "地域范围",
    "on_track_ratio": "正常进度阈值", "acceleration_ratio": "需加速阈值", "rule": "计算规则", "rule_params": "规则参数",
    "target_id": "对应目标", "metric_zh": "指标名称", "metric_en": "指标英文名称", "qualifier": "限定词",
    "as_of": "截至日期", "as_of_precision": "日期精度", "confidence": "可信度", "quote": "原文摘录",
    "ref": "来源代码", "title": "标题", "publisher": "发布机构", "date": "日期", "url": "网址", "file": "文件",
}
_ZH_TABLE = {
    "firms": {"name_zh": "企业名称"},
    "components": {"name_zh": "部件名称", "parent_id": "上级部件"},
    "layers": {"name_zh": "层级名称", "parent_id": "上级层级"},
    "centres": {"name_zh": "载体名称", "parent_id": "上级载体", "type": "载体类型"},
    "plans": {"code": "规划编号", "title_zh": "规划名称"},
    "targets": {"code": "目标编号", "name_zh": "目标名称", "value": "目标值", "kind": "目标类型",
                "deadline_year": "期限年份"},
    "observations": {"kind": "数据类型", "level": "定性评估"},
    "sources": {"kind": "来源类型", "date": "发布日期"},
}
_EN = {
    "name_zh": "Name (Chinese)", "name_en": "Name (English)", "short_name": "Short name", "aliases": "Aliases",
    "credit_code": "Credit code", "city": "City", "district": "District", "role": "Role", "founded_year": "Founded",
    "valuation_cny": "Valuation", "revenue_cny": "Revenue", "employees": "Employees", "listed": "Listed",
    "products": "Products", "website": "Website", "cluster_join_year": "Joined cluster", "needs_check": "Needs check",
    "source_id": "Source", "notes": "Notes", "layer_id": "Layer", "parent_id": "Parent",
    "wanted_suppliers": "Wanted suppliers", "criticality": "Criticality", "in_standard_bom": "Standard BOM",
    "key": "Key", "sort_order": "Order", "description": "Description", "firm_id": "Firm", "component_id": "Component",
    "product": "Product", "stage": "Stage", "local": "Local", "supplier_id": "Supplier", "customer_id": "Customer",
    "type": "Type", "level": "Level", "host": "Host", "status": "Status", "status_date": "Status date", "code": "Code",
    "title_zh": "Title (Chinese)", "title_en": "Title (English)", "issuer": "Issuer", "issue_date": "Issued",
    "start_year": "Start year", "deadline_year": "Deadline", "plan_id": "Plan", "op": "Comparison", "value": "Value",
    "unit": "Unit", "kind": "Kind", "wording_zh": "Original wording", "baseline_value": "Baseline",
    "baseline_year": "Baseline year", "lead_department": "Lead department", "definition": "Definition",
    "geography": "Geography", "on_track_ratio": "On-track ratio", "acceleration_ratio": "Acceleration ratio",
    "rule": "Rule", "rule_params": "Rule parameters", "target_id": "Target", "metric_zh": "Metric (Chinese)",
    "metric_en": "Metric (English)", "qualifier": "Qualifier", "as_of": "As of", "as_of_precision": "Precision",
    "confidence": "Confidence", "quote": "Quote", "ref": "Ref", "title": "Title", "publisher": "Publisher",
    "date": "Date", "url": "URL", "file": "File",
}
MONEY_UNIT_ZH, MONEY_UNIT_EN = "亿元", "100M CNY"

# Words planners use in their own lists, besides our labels (compared after normalise_header()).
SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "firms": {
        "name_zh": ("企业名称", "企业全称", "公司名称", "公司全称", "单位名称", "企业", "公司", "名称", "中文名称",
                    "企业(单位)名称", "company", "companyname", "firm", "firmname", "enterprise", "name"),
        "short_name": ("简称", "企业简称", "公司简称", "shortname", "abbreviation"),
        "name_en": ("英文名称", "英文名", "englishname"),
        "aliases": ("别名", "曾用名", "又名", "aliases", "alias", "aka"),
        "credit_code": ("统一社会信用代码", "社会信用代码", "信用代码", "统一代码", "uscc", "creditcode",
                        "unifiedsocialcreditcode"),
        "city": ("城市", "所在城市", "所在地", "city"),
        "district": ("区", "所在区", "所属区", "区域", "地区", "行政区", "所在区域", "注册区", "district", "area"),
        "role": ("类型", "企业类型", "角色", "产业链环节", "环节", "role", "type"),
        "founded_year": ("成立年份", "成立时间", "成立日期", "注册时间", "注册日期", "成立年", "founded",
                         "foundedyear", "established", "yearfounded"),
        "valuation_cny": ("估值", "企业估值", "最新估值", "市值", "valuation", "marketvalue"),
        "revenue_cny": ("营收", "营业收入", "收入", "年营收", "销售收入", "主营业务收入", "营业额", "revenue",
                        "sales", "turnover"),
        "employees": ("员工人数", "员工数", "从业人员", "从业人数", "人数", "职工人数", "员工", "employees",
                      "staff", "headcount"),
        "listed": ("是否上市", "上市", "上市情况", "listed", "public"),
        "products": ("主要产品", "产品", "主营产品", "主营业务", "产品/服务", "products", "mainproducts"),
        "website": ("网站", "官网", "网址", "website", "homepage", "url"),
        "cluster_join_year": ("加入集群年份", "入群年份", "加入年份", "joinedcluster", "clusterjoinyear"),
        "needs_check": ("待核实", "需核实", "needscheck"),
        "source_id": ("来源", "数据来源", "信息来源", "source"),
        "notes": ("备注", "说明", "附注", "其他", "其他说明", "notes", "note", "remarks", "comments"),
    },
    "centres": {
        "name_zh": ("载体名称", "名称", "平台名称", "中心名称", "机构名称", "创新载体", "单位名称", "实验室名称",
                    "name", "centre", "center", "centrename", "centername", "platformname"),
        "name_en": ("英文名称", "英文名", "englishname"),
        "aliases": ("别名", "简称", "aliases"),
        "type": ("类型", "平台类型", "载体类型", "机构类型", "type"),
        "level": ("级别", "层级", "等级", "认定级别", "level"),
        "host": ("依托单位", "承建单位", "牵头单位", "建设单位", "运营单位", "运营主体", "host"),
        "district": ("所在区", "区", "区域", "所属区", "district"),
        "parent_id": ("上级", "所属", "上级平台", "上级载体", "parent"),
        "status": ("状态", "建设状态", "进展", "建设进展", "status"),
        "status_date": ("状态日期", "获批时间", "认定时间", "揭牌时间", "成立时间", "statusdate"),
        "needs_check": ("待核实", "needscheck"),
        "source_id": ("来源", "数据来源", "source"),
        "notes": ("备注", "说明", "其他", "notes", "remarks"),
    },
    "observations": {
        "target_id": ("对应目标", "目标", "目标编号", "指标编号", "target"),
        PLAN_FIELD: ("规划", "规划编号", "所属规划", "plan"),
        "metric_zh": ("指标名称", "指标", "统计指标", "事项", "metric", "indicator"),
        "metric_en": ("指标英文名称", "metricen"),
        "value": ("数值", "数据", "实际值", "值", "完成值", "现状值", "value", "actual"),
        "unit": ("单位", "计量单位", "unit"),
        "qualifier": ("限定词", "qualifier"),
        "kind": ("数据类型", "kind"),
        "level": ("定性评估", "评估", "进展评估", "assessment"),
        "as_of": ("截至日期", "截至", "截止日期", "日期", "时间", "统计时间", "数据时间", "asof", "date"),
        "as_of_precision": ("日期精度", "精度", "precision"),
        "geography": ("地域范围", "地区", "统计范围", "范围", "geography", "region"),
        "definition": ("统计口径", "口径", "定义", "definition"),
        "confidence": ("可信度", "置信度", "confidence"),
        "source_id": ("来源", "数据来源", "出处", "source"),
        "quote": ("原文摘录", "原文", "引文", "quote"),
        "notes": ("备注", "说明", "notes", "remarks"),
    },
}
# Columns that are row numbers or contacts in planners' lists: never mapped by themselves.
IGNORED_HEADERS = {"序号", "编号", "no", "no.", "#", "行号", "联系人", "联系电话", "电话", "手机", "邮箱", "email"}
TOTAL_WORDS = ("合计", "总计", "小计", "汇总", "total", "subtotal", "sum")

# Units a header or cell may carry: unit text -> (stored unit family, factor to that unit).
UNITS: dict[str, tuple[str | None, float]] = {
    "亿元": ("元", 1e8), "万元": ("元", 1e4), "千元": ("元", 1e3), "百万元": ("元", 1e6), "元": ("元", 1.0),
    "亿": (None, 1e8), "万": (None, 1e4), "%": ("%", 1.0), "百分比": ("%", 1.0),
    "亿台": ("台", 1e8), "万台": ("台", 1e4), "台": ("台", 1.0), "万家": ("家", 1e4), "家": ("家", 1.0),
    "万个": ("个", 1e4), "个": ("个", 1.0), "万人": ("人", 1e4), "人": ("人", 1.0), "套": ("套", 1.0),
    "万套": ("套", 1e4), "项": ("项", 1.0), "件": ("件", 1.0), "万件": ("件", 1e4),
    "100mcny": ("元", 1e8), "10kcny": ("元", 1e4), "cny": ("元", 1.0), "rmb": ("元", 1.0), "yuan": ("元", 1.0),
    "cny100m": ("元", 1e8), "cny10k": ("元", 1e4), "rmb100m": ("元", 1e8), "rmb10k": ("元", 1e4),
}


def header_zh(table: str, column: Column) -> str:
    text = _ZH_TABLE.get(table, {}).get(column.name) or _ZH.get(column.name, column.name)
    if column.kind == "money":
        text += f"（{MONEY_UNIT_ZH}）"
    return text + ("*" if column.required else "")


def header_en(table: str, column: Column) -> str:
    text = _EN.get(column.name, column.name)
    if column.kind == "money":
        text += f" ({MONEY_UNIT_EN})"
    return text


_BRACKETS = re.compile(r"[(\[【{]\s*(?:单位\s*:?\s*)?([^)\]】}]*?)\s*[)\]】}]")
_UNIT_TAIL = re.compile(r"(?:/|单位:?|unit:?)\s*([^\s/]+)$")


def normalise_header(text) -> tuple[str, str | None]:
    """Header text folded for matching ('企业名称*' -> '企业名称'), and the unit it names, if any."""
    if text is None:
        return "", None
    s = unicodedata.normalize("NFKC", str(text)).strip().lower()
    s = s.replace("*", "").rstrip(":").strip()
    unit = None
    for m in list(_BRACKETS.finditer(s)):
        inner = m.group(1).replace(" ", "").replace(",", "")
        if inner in UNITS:
            unit = inner
            s = s[: m.start()] + s[m.end():]
    m = _UNIT_TAIL.search(s)
    if m and m.group(1).replace(" ", "") in UNITS:
        unit = unit or m.group(1).replace(" ", "")
        s = s[: m.start()]
    return re.sub(r"\s+", "", s), unit


def _table_vocabulary(table: str) -> dict[str, str]:
    """Normalised header -> field, for one table: our labels, field names and the synonyms."""
    vocab: dict[str, str] = {}
    for word, fld in ((KEY_ZH, KEY_FIELD), (KEY_EN, KEY_FIELD), ("系统编号(请勿修改)", KEY_FIELD),
                      ("chainmapperid", KEY_FIELD)):
        vocab[normalise_header(word)[0]] = fld
    for fld, words in SYNONYMS.get(table, {}).items():
        for word in words:
            vocab.setdefault(normalise_header(word)[0], fld)
    for col in TABLES[table]:
        for word in (header_zh(table, col), header_en(table, col), col.name):
            vocab[normalise_header(word)[0]] = col.name  # our own labels win over synonyms
    return vocab


VOCABULARY = {table: _table_vocabulary(table) for table in TABLES}


# Two-character words specific enough to be found inside a longer header ('2024年营收').
_SHORT_CONTAINED = {"营收", "收入", "估值", "市值", "简称", "别名", "官网", "口径", "截至", "原文"}


def field_for_header(table: str, text) -> tuple[str | None, str | None]:
    """(field, unit) for one header cell; containment is tried when no word matches exactly
    ('2024年营业收入（万元）' -> revenue_cny, 万元)."""
    key, unit = normalise_header(text)
    if not key or key in IGNORED_HEADERS:
        return None, unit
    vocab = VOCABULARY[table]
    if key in vocab:
        return vocab[key], unit
    best = None
    for word, fld in vocab.items():
        if (len(word) >= 3 or word in _SHORT_CONTAINED) and fld != KEY_FIELD and word in key and (
                best is None or len(word) > len(best[0])):
            best = (word, fld)
    return (best[1] if best else None), unit


@dataclass
class MappedColumn:
    index: int  # 0-based column in the sheet
    header: str  # the header text as written (both rows of a two-row header, joined)
    field: str | None  # None: ignored
    unit: str | None = None  # unit named by the header (a key of UNITS)

    @property
    def letter(self) -> str:
        return column_letter(self.index)


@dataclass
class HeaderMatch:
    table: str
    header_row: int  # 0-based index of the (last) header row
    columns: list[MappedColumn] = field(default_factory=list)
    score: int = 0

    @property
    def key_index(self) -> int | None:
        return next((c.index for c in self.columns if c.field == KEY_FIELD), None)

    @property
    def own(self) -> bool:
        """A sheet of our own workbook: it has the stable key column."""
        return self.key_index is not None

    def mapped(self) -> list[MappedColumn]:
        return [c for c in self.columns if c.field is not None and c.field != KEY_FIELD]

    def ignored(self) -> list[MappedColumn]:
        return [c for c in self.columns if c.field is None and c.header]


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _cell_text(value) -> str:
    if value is None or isinstance(value, (int, float, bool)) and not isinstance(value, str):
        return ""
    return str(value).strip()


def _map_row(table: str, texts: list[str]) -> tuple[int, list[MappedColumn]]:
    columns, seen, score = [], set(), 0
    for i, text in enumerate(texts):
        fld, unit = field_for_header(table, text) if text else (None, None)
        if fld is not None and fld in seen:
            fld = None  # a second column for the same field is ignored (the user may remap it)
        if fld is not None:
            seen.add(fld)
            score += 3 if fld == KEY_FIELD else 1
        columns.append(MappedColumn(i, text, fld, unit))
    return score, columns


def _two_row_texts(upper: list[str], lower: list[str]) -> list[str]:
    """A group label over sub-labels ('财务数据（万元）' over '营收', '估值'): the group label is carried right
    across the sub-labels and joined with each; a column with only an upper label (merged down) keeps it."""
    out, group = [], ""
    for i in range(max(len(upper), len(lower))):
        top = upper[i] if i < len(upper) else ""
        low = lower[i] if i < len(lower) else ""
        if top and low:
            group = top
            out.append(f"{top} {low}")
        elif low:
            out.append(f"{group} {low}".strip())
        else:
            group = ""
            out.append(top)
    return out


SCAN_ROWS = 30  # the header must be within the first rows


def find_header(rows: list[list], tables=None) -> HeaderMatch | None:
    """The best header row (or pair of rows) among the first rows, for the best of ``tables``."""
    tables = tuple(tables or LIST_TABLES)
    texts = [[_cell_text(v) for v in row] for row in rows[:SCAN_ROWS]]
    best: HeaderMatch | None = None
    for r, row in enumerate(texts):
        if sum(1 for t in row if t) < 1:
            continue
        candidates = [(r, row)]
        if r + 1 < len(texts) and any(texts[r + 1]):
            candidates.append((r + 1, _two_row_texts(row, texts[r + 1])))
        for last, cand in candidates:
            for table in tables:
                score, columns = _map_row(table, cand)
                if last != r:
                    score -= 1  # prefer a one-row header when both read the same
                if best is None or score > best.score:
                    best = HeaderMatch(table, last, columns, score)
    if best is None or best.score < 1:
        return None
    return best


def is_header_repeat(match: HeaderMatch, row: list) -> bool:
    """A row that repeats the header (our English second row, or a header repeated on every printed page)."""
    hits = total = 0
    for col in match.columns:
        if col.field is None or col.index >= len(row):
            continue
        text = _cell_text(row[col.index])
        if not text:
            continue
        total += 1
        if field_for_header(match.table, text)[0] == col.field:
            hits += 1
    return total > 0 and hits * 2 >= total and hits >= 1


def is_total_row(row: list) -> bool:
    """A 合计/总计/Total row: its first text cell is one of those words."""
    for value in row:
        text = _cell_text(value)
        if text:
            key = re.sub(r"[\s:：]", "", unicodedata.normalize("NFKC", text)).lower()
            return key in TOTAL_WORDS or key.startswith(("合计", "总计"))
    return False


class MappingError(ValueError):
    """A ``--map`` correction names an unknown column or field."""


def parse_map_option(text: str | None) -> dict[str, str | None]:
    """'企业全称=name_zh, 联系人=' -> {'企业全称': 'name_zh', '联系人': None} (an empty field ignores the column)."""
    out: dict[str, str | None] = {}
    if not text:
        return out
    for part in re.split(r"[,，;；\n]", text):
        if not part.strip():
            continue
        if "=" not in part:
            raise MappingError(f"--map entry '{part.strip()}' is not 源列=field")
        source, target = part.split("=", 1)
        out[source.strip()] = target.strip() or None
    return out


def resolve_field_name(table: str, text: str | None) -> str | None:
    """A field named by the user: the field itself, our label or a synonym; '-' or '' ignores."""
    if text is None or text.strip() in ("", "-", "ignore", "忽略"):
        return None
    names = {c.name for c in TABLES[table]} | ({PLAN_FIELD} if table == "observations" else set())
    if text.strip() in names:
        return text.strip()
    fld, _ = field_for_header(table, text)
    if fld is None or fld == KEY_FIELD:
        raise MappingError(f"'{text}' is not a column of {table} (one of: {', '.join(sorted(names))})")
    return fld


def apply_corrections(match: HeaderMatch, corrections: dict[str, str | None]) -> HeaderMatch:
    """Apply the user's mapping: source header (or column letter) -> field or None."""
    if not corrections:
        return match
    by_text = {}
    for col in match.columns:
        by_text.setdefault(col.header, col)
        by_text.setdefault(normalise_header(col.header)[0], col)
        by_text.setdefault(col.letter, col)
    for source, target in corrections.items():
        col = by_text.get(source) or by_text.get(normalise_header(source)[0])
        if col is None:
            known = ", ".join(c.header for c in match.columns if c.header)
            raise MappingError(f"--map: no column '{source}' in the header ({known})")
        fld = resolve_field_name(match.table, target)
        for other in match.columns:
            if fld is not None and other is not col and other.field == fld:
                other.field = None
        col.field = fld
    return match


# ----- cells -----------------------------------------------------------------------------------------------

def cell_text(value) -> str | None:
    """A cell as text for a text column: numbers without '.0', dates as ISO; None when empty."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if hasattr(value, "isoformat"):
        if hasattr(value, "hour") and hasattr(value, "date") and not (value.hour or value.minute or value.second):
            return value.date().isoformat()
        return value.isoformat()
    return str(value)


_QUALIFIERS_BY_LENGTH = sorted(values.QUALIFIERS, key=len, reverse=True)
_UNITS_BY_LENGTH = sorted(UNITS, key=len, reverse=True)


@dataclass
class Quantity:
    value: float
    qualifier: str | None = None
    unit: str | None = None  # a key of UNITS, or the header's unit


def parse_quantity(cell, header_unit: str | None = None) -> Quantity | None:
    """'约1.2万台' -> 1.2 万台 (qualifier 约); '2200余家' -> 2200 家 (余); '超100亿元' -> 100 亿元 (超);
    a bare number takes the header's unit. Thousands separators and full-width digits are fine."""
    if cell is None or cell == "":
        return None
    if isinstance(cell, bool):
        raise values.ValueRejected(f"'{cell}' is not a number")
    if isinstance(cell, (int, float)):
        return Quantity(float(cell), None, header_unit)
    s = values.clean_text(str(cell))
    if not s:
        return None
    tail_q = ""
    for q in _QUALIFIERS_BY_LENGTH:
        if s.endswith(q) and len(s) > len(q):
            tail_q, s = q, s[: -len(q)].strip()
            break
    unit = None
    lowered = s.lower()
    for u in _UNITS_BY_LENGTH:
        if lowered.endswith(u) and len(s) > len(u):
            unit, s = u, s[: -len(u)].strip()
            break
    number = values.parse_number(s + tail_q)
    if number is None:
        raise values.ValueRejected(f"'{cell}' is not a number")
    return Quantity(number.value, number.qualifier, unit or header_unit)


def to_factor(unit: str | None, family: str) -> float | None:
    """The factor turning a number in ``unit`` into ``family`` (元, 台 …); None when it is another family."""
    if unit is None:
        return None
    fam, factor = UNITS.get(unit, (unit, 1.0))
    if fam is None or fam == family:
        return factor
    return None


def exact_product(value: float, factor: float) -> float:
    """value × factor computed on the decimal value as written (12.5 亿 -> exactly 1,250,000,000 元)."""
    if factor == 1:
        return float(value)
    from decimal import Decimal

    return float(Decimal(repr(float(value))) * Decimal(repr(factor)).normalize())


def money_from_cell(cell, header_unit: str | None) -> tuple[float | None, str | None]:
    """Money in 元 from a cell, with the qualifier written in it. A unit in the cell wins over the header's;
    with neither, a small bare number means 亿元 (as when typing in the app)."""
    quantity = parse_quantity(cell, None)
    if quantity is None:
        return None, None
    if quantity.value < 0:
        raise values.ValueRejected("must not be negative")
    unit = quantity.unit or header_unit
    if unit is None:
        return values.parse_money(quantity.value), quantity.qualifier
    factor = to_factor(unit, "元")
    if factor is None:
        raise values.ValueRejected(f"'{cell}' is not an amount of money (unit {unit})")
    return exact_product(quantity.value, factor), quantity.qualifier


_QUARTERS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def parse_as_of(cell) -> tuple[str, str] | None:
    """A date an observation is 'as of', and how precise it is: 2025-06-30 (day), 2025年6月 (month),
    2025年二季度 / 2025Q2 (quarter), 2025年上半年 / 2025H1 (half), 2025 / 2025年底 (year).
    Periods become their last day."""
    from calendar import monthrange
    from datetime import date

    if cell is None or cell == "":
        return None
    if hasattr(cell, "isoformat"):
        return values.parse_date(cell), "day"
    if isinstance(cell, float) and cell.is_integer():
        cell = str(int(cell))
    s = values.clean_text(str(cell)).replace(" ", "")
    s = re.sub(r"^(截至|截止|至|到)", "", s)
    s = re.sub(r"(底|末|年底|年末|止|为止)$", "", s)
    try:
        return values.parse_date(s), "day"
    except values.ValueRejected:
        pass
    m = re.fullmatch(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?", s)
    if m and 1 <= int(m.group(2)) <= 12:
        y, mo = int(m.group(1)), int(m.group(2))
        return date(y, mo, monthrange(y, mo)[1]).isoformat(), "month"
    m = re.fullmatch(r"(\d{4})年?(?:第?([一二三四1234])季度|q([1-4]))", s, re.IGNORECASE)
    if m:
        y, q = int(m.group(1)), _QUARTERS[m.group(2) or m.group(3)]
        return date(y, q * 3, monthrange(y, q * 3)[1]).isoformat(), "quarter"
    m = re.fullmatch(r"(\d{4})年?(上半年|下半年|h1|h2)", s, re.IGNORECASE)
    if m:
        first = m.group(2).lower() in ("上半年", "h1")
        return (f"{m.group(1)}-06-30" if first else f"{m.group(1)}-12-31"), "half"
    m = re.fullmatch(r"(\d{4})年?(?:全年|年度)?", s)
    if m:
        return f"{m.group(1)}-12-31", "year"
    raise values.ValueRejected(f"'{cell}' is not a date like 2025-06-30, 2025年6月 or 2025年")


def year_from_cell(cell) -> int | None:
    """A year from 2015, 2015.0, '2015年', a date, or '2015-03-12'."""
    if cell is None or cell == "":
        return None
    if hasattr(cell, "year"):
        return values.parse_year(cell.year)
    if isinstance(cell, float):
        if not cell.is_integer():
            raise values.ValueRejected(f"'{cell}' is not a year like 2025")
        return values.parse_year(int(cell))
    try:
        return values.parse_year(cell)
    except values.ValueRejected:
        m = re.match(r"^\s*(\d{4})\s*[-/.年]", values.clean_text(str(cell)))
        if m:
            return values.parse_year(m.group(1))
        raise


def int_from_cell(cell, *, minimum=None, maximum=None) -> tuple[int | None, str | None]:
    """A whole number, perhaps with a count unit and qualifier ('约500人' -> 500, 约)."""
    quantity = parse_quantity(cell, None)
    if quantity is None:
        return None, None
    factor = UNITS.get(quantity.unit, (None, 1.0))[1] if quantity.unit else 1.0
    number = exact_product(quantity.value, factor)
    if number != int(number):
        raise values.ValueRejected(f"'{cell}' is not a whole number")
    value = int(number)
    if minimum is not None and value < minimum:
        raise values.ValueRejected(f"must be at least {minimum}")
    if maximum is not None and value > maximum:
        raise values.ValueRejected(f"must be at most {maximum}")
    return value, quantity.qualifier


# ----- firm names ------------------------------------------------------------------------------------------

_PREFIXES = ("深圳市", "深圳", "广东省", "广东", "中国")
_SUFFIXES = ("股份有限公司", "有限责任公司", "有限公司", "股份公司", "集团公司", "集团", "公司", "coltd", "co", "ltd",
             "limited", "inc", "corporation", "corp", "company")
_PLACES_IN_BRACKETS = ("深圳", "广东", "中国", "香港", "北京", "上海")


def normalise_firm_name(name) -> str:
    """'深圳市优必选科技股份有限公司' and '优必选科技' compare equal, and so do '乐聚（深圳）机器人技术有限公司' and
    '乐聚机器人技术': full-width folded (NFKC), no spaces or punctuation, no place prefix, no bracketed place,
    no legal-form suffix."""
    if not name:
        return ""
    s = unicodedata.normalize("NFKC", str(name)).lower()
    s = re.sub(r"[(\[]([^)\]]*)[)\]]",
               lambda m: "" if any(p in m.group(1) for p in _PLACES_IN_BRACKETS) else m.group(1), s)
    s = re.sub(r"[\s·.,、&'\"_\-—()\[\]]", "", s)
    changed = True
    while changed:
        changed = False
        for p in _PREFIXES:
            if s.startswith(p) and len(s) > len(p) + 1:
                s, changed = s[len(p):], True
        for suffix in _SUFFIXES:
            if s.endswith(suffix) and len(s) > len(suffix) + 1:
                s, changed = s[: -len(suffix)], True
    return s


def split_aliases(text) -> list[str]:
    return [a.strip() for a in re.split(r"[;；,，、/|\n]", str(text or "")) if a.strip()]


def merge_aliases(old, new) -> str | None:
    """Aliases of both, each once, old ones first ('; ' between)."""
    seen, out = set(), []
    for alias in [*split_aliases(old), *split_aliases(new)]:
        key = unicodedata.normalize("NFKC", alias).lower()
        if key not in seen:
            seen.add(key)
            out.append(alias)
    return "; ".join(out) or None


def merge_notes(old, new) -> str | None:
    """Notes from a list are added to the existing ones (once), never written over them."""
    if not new:
        return old
    if not old:
        return new
    if values.clean_text(new) in values.clean_text(old):
        return old
    return f"{old}\n{new}"


class FirmMatcher:
    """Existing firms by credit code, normalised name, and normalised short name / English name / aliases.

    ``match(row)`` answers ('match', [id], how) when one firm is certainly meant, ('duplicate', ids, why) when
    one or more are likely meant and the user should decide, and ('new', similar ids, ...) otherwise (similar
    firms, found through the bigram search index, are likely duplicates too).
    """

    def __init__(self, db):
        self.db = db
        self.by_code: dict[str, int] = {}
        self.by_name: dict[str, list[int]] = {}
        self.by_alias: dict[str, list[int]] = {}
        self.codes: dict[int, str] = {}
        self.pending: dict[str, list[int]] = {}  # rows being added by this import, by normalised name
        for row_id, name, short, en, aliases, code in db.execute(
                "SELECT id, name_zh, short_name, name_en, aliases, credit_code FROM firms"):
            self._index(row_id, name, short, en, aliases, code)

    def _index(self, row_id, name, short, en, aliases, code) -> None:
        if code:
            self.by_code[code] = row_id
            self.codes[row_id] = code
        key = normalise_firm_name(name)
        if key:
            self.by_name.setdefault(key, []).append(row_id)
        for other in (short, en, *split_aliases(aliases)):
            k = normalise_firm_name(other)
            if k and k != key:
                self.by_alias.setdefault(k, []).append(row_id)

    def add(self, row_id: int, row: dict) -> None:
        self._index(row_id, row.get("name_zh"), row.get("short_name"), row.get("name_en"), row.get("aliases"),
                    row.get("credit_code"))
        self.pending.setdefault(normalise_firm_name(row.get("name_zh")), []).append(row_id)

    def match(self, row: dict) -> tuple[str, list[int], str]:
        code = row.get("credit_code")
        if code and code in self.by_code:
            return "match", [self.by_code[code]], "credit code"
        key = normalise_firm_name(row.get("name_zh"))
        ids, how = list(self.by_name.get(key, [])), "name"
        if not ids:
            for other in (row.get("short_name"), row.get("name_en"), *split_aliases(row.get("aliases"))):
                ids = list(self.by_name.get(normalise_firm_name(other), []))
                if ids:
                    how = "alias"
                    break
        if not ids:
            ids, how = list(self.by_alias.get(key, [])), "alias"
        ids = sorted(set(ids))
        if len(ids) == 1:
            known = self.codes.get(ids[0])
            if code and known and known != code:
                return "duplicate", ids, "same name, different credit code"
            return "match", ids, how
        if len(ids) > 1:
            return "duplicate", ids, "several firms have this name"
        return "new", self.similar(key), "similar name"

    def similar(self, key: str) -> list[int]:
        """Firms one of whose normalised names (full, short, English, aliases) contains this one or is contained
        in it. Candidates come from the bigram search index: the whole name, and its first two characters
        (the brand, usually), since a bracketed place in a stored name breaks the phrase."""
        if len(key) < 2:
            return []
        from db import search

        candidates: dict[int, tuple] = {}
        for text, limit in ((key, 50), (key[:2], 200)):
            where, params = search.filter_sql("firms", text)
            for row in self.db.execute(f"SELECT id, name_zh, short_name, name_en, aliases FROM firms WHERE {where} "
                                       f"LIMIT {limit}", params):
                candidates[row[0]] = row[1:]
        found = []
        for row_id, (name, short, en, aliases) in candidates.items():
            for other in (name, short, en, *split_aliases(aliases)):
                other = normalise_firm_name(other)
                if len(other) >= 2 and (key in other or other in key):
                    found.append(row_id)
                    break
        for other, ids in self.pending.items():
            if other and (key in other or other in key):
                found.extend(ids)
        return sorted(set(found))[:5]
