"""Words planners put over the columns of their own lists, besides our column names (import recognition).

Compared after folding (core.vocabulary.terms.fold), so case, spaces, full-width forms and traditional
characters do not matter. A word listed for a column here wins over a column name of another column.
"""

from __future__ import annotations

PLAN_FIELD = "_plan"  # observations lists: a plan code that picks the target among plans
# Columns of a firm list that are not columns of the firms table: read by the importer itself.
CHAIN_LAYER = "_chain_layer"  # 产业链环节: a layer (or a component) of the chain
CHAIN_POSITION = "_chain_position"  # 上中下游
CHAIN_SEGMENT = "_chain_segment"  # 细分领域: a component
ADDRESS = "_address"  # 办公地址: city and district
REGION = "_region"  # 地区: a district, a city, or a region (华南) that is neither
LOCAL = "_local"  # 是否本地: whether the firm's chain links are local
STAGE = "_stage"  # 量产情况: the stage of the firm's chain links
EXTRA_NOTE = "_note"  # 所属行业: kept in the notes as 'header：value'
LIST_FIELDS = (CHAIN_LAYER, CHAIN_POSITION, CHAIN_SEGMENT, ADDRESS, REGION, LOCAL, STAGE, EXTRA_NOTE)

HEADER_SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "firms": {
        "name_zh": ("企业名称", "企业全称", "公司名称", "公司全称", "单位名称", "企业", "公司", "名称", "中文名称",
                    "企业(单位)名称", "company", "companyname", "firm", "firmname", "enterprise", "name",
                    "起点节点名称", "起点节点", "起点名称", "源节点", "企业节点"),
        "short_name": ("简称", "企业简称", "公司简称", "证券简称", "扩位证券简称", "股票简称", "a股简称",
                       "shortname", "abbreviation"),
        "name_en": ("英文名称", "英文名", "englishname"),
        "aliases": ("别名", "曾用名", "又名", "aliases", "alias", "aka"),
        "credit_code": ("统一社会信用代码", "社会信用代码", "信用代码", "统一代码", "uscc", "creditcode",
                        "unifiedsocialcreditcode"),
        "stock_code": ("股票代码", "证券代码", "a股代码", "上市代码", "港股代码", "股票代码(a股)", "stockcode",
                       "ticker", "securitycode"),
        "city": ("城市", "所在城市", "所在地", "所在市", "注册城市", "city"),
        "district": ("区", "所在区", "所属区", "行政区", "注册区", "所属行政区", "district"),
        "role": ("类型", "企业类型", "角色", "role", "type"),
        "founded_year": ("成立年份", "成立时间", "成立日期", "注册时间", "注册日期", "成立年", "founded",
                         "foundedyear", "established", "yearfounded"),
        "valuation_cny": ("估值", "企业估值", "最新估值", "市值", "valuation", "marketvalue"),
        "revenue_cny": ("营收", "营业收入", "收入", "年营收", "销售收入", "主营业务收入", "营业额", "revenue",
                        "sales", "turnover"),
        "employees": ("员工人数", "员工数", "从业人员", "从业人数", "人数", "职工人数", "员工", "employees",
                      "staff", "headcount"),
        "listed": ("是否上市", "上市", "上市情况", "listed", "public"),
        "products": ("主要产品", "产品", "主营产品", "主营业务", "产品/服务", "主营", "核心产品", "主营业务/产品",
                     "主要产品/服务", "产品名称", "products", "mainproducts"),
        "website": ("网站", "官网", "网址", "公司网址", "企业网址", "企业主页", "公司主页", "官方网站", "website",
                    "homepage", "url"),
        "cluster_join_year": ("加入集群年份", "入群年份", "加入年份", "joinedcluster", "clusterjoinyear"),
        "needs_check": ("待核实", "需核实", "needscheck"),
        "source_id": ("来源", "数据来源", "信息来源", "source"),
        "notes": ("备注", "说明", "附注", "其他", "其他说明", "notes", "note", "remarks", "comments"),
        CHAIN_LAYER: ("产业链环节", "产业链", "环节", "所属环节", "产业环节", "产业链层级", "所属层级", "层级", "链条",
                      "产业链分类", "chainlink", "chain"),
        CHAIN_POSITION: ("上中下游", "产业链位置", "所处位置", "上下游", "产业链上中下游", "链位置", "position"),
        CHAIN_SEGMENT: ("细分领域", "细分环节", "细分行业", "细分方向", "产品领域", "技术领域", "所属领域", "领域",
                        "细分", "终点节点名称", "终点节点", "终点名称", "目标节点", "关联环节", "对应环节", "对应部件",
                        "部件", "segment"),
        ADDRESS: ("地址", "办公地址", "注册地址", "所在地址", "公司地址", "企业地址", "通讯地址", "联系地址",
                  "详细地址", "经营地址", "注册地", "address"),
        REGION: ("地区", "所在地区", "所属地区", "区域", "所在区域", "地域", "region"),
        LOCAL: ("是否本地", "本地", "本地企业", "local"),
        STAGE: ("量产情况", "产品阶段", "研发阶段", "阶段", "产业化阶段", "stage"),
        EXTRA_NOTE: ("所属行业", "行业", "行业分类", "所属行业分类", "证监会行业", "申万行业", "industry"),
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
IGNORED_HEADERS = ("序号", "编号", "no", "no.", "#", "行号", "联系人", "联系电话", "电话", "手机", "邮箱", "email")
# A first cell saying one of these makes a row a total, not a firm.
TOTAL_WORDS = ("合计", "总计", "小计", "汇总", "total", "subtotal", "sum")
