"""Choice values: the stored value (English, in the schema's CHECK), its Chinese and English names and the
synonyms planners write. Each set is named; a column says which set its values come from."""

from __future__ import annotations

from core.vocabulary.terms import T, Term

CHOICE_SETS: dict[str, dict[str, Term]] = {
    "role": {
        "integrator": T("整机", "Integrator", "整机企业", "本体", "本体企业", "整机厂", "integrators"),
        "component": T("零部件", "Component supplier", "零部件供应商", "部件", "零部件企业", "供应商", "supplier",
                       "component"),
        "brain_software": T("大脑与软件", "Brain & software", "软件", "算法", "大脑", "software", "ai"),
        "platform": T("平台", "Platform", "平台企业"),
    },
    "stage": {
        "rd": T("研发", "R&D", "研发中", "在研", "研究", "rd", "research"),
        "prototype": T("样机", "Prototype", "原型", "样品"),
        "pilot": T("小批量", "Pilot", "试产", "小批量生产", "小批量供货", "试生产", "pilot production"),
        "mass": T("量产", "Mass production", "批量", "批量生产", "规模量产", "已量产", "mass"),
    },
    "centre_type": {
        "innovation_centre": T("创新中心", "Innovation centre", "制造业创新中心", "innovation center"),
        "lab": T("实验室", "Laboratory", "重点实验室", "lab"),
        "institute": T("研究院", "Institute", "研究所", "新型研发机构"),
        "platform": T("平台", "Platform", "公共服务平台", "检测平台", "检验检测中心"),
        "incubator": T("孵化器", "Incubator", "加速器", "众创空间"),
        "compute": T("算力中心", "Compute centre", "智算中心", "计算中心", "compute center"),
        "data_exchange": T("数据交易所", "Data exchange", "数据交易中心"),
        "cluster_area": T("产业集聚区", "Cluster area", "集聚区", "产业园区集群"),
        "park": T("园区", "Park", "产业园", "基地"),
    },
    "centre_level": {
        "national": T("国家级", "National", "国家"),
        "provincial": T("省级", "Provincial", "省"),
        "municipal": T("市级", "Municipal", "市"),
        "district": T("区级", "District level", "区"),
    },
    "centre_status": {
        "planned": T("规划中", "Planned", "规划", "拟建", "筹建"),
        "building": T("建设中", "Being built", "在建", "建设"),
        "operating": T("运营中", "Operating", "已建成", "已运营", "运营", "投入运营", "揭牌"),
    },
    "op": {
        ">=": T("≥", "at least", "不少于", "不低于", "以上", "达到"),
        ">": T(">", "more than", "超过", "超", "高于", "多于"),
        "<=": T("≤", "at most", "不超过", "不高于", "以内"),
        "<": T("<", "less than", "低于", "少于", "不到"),
        "=": T("=", "equal to", "等于"),
    },
    "target_kind": {
        "stock": T("存量", "Stock", "总量", "规模"),
        "flow": T("增量（规划期新增）", "Flow (new since plan start)", "增量", "新增", "flow"),
        "rate": T("增速", "Rate", "增长率", "年均增速", "年均增长"),
        "stretch": T("力争", "Stretch", "力争目标"),
        "qualitative": T("定性", "Qualitative", "定性目标"),
    },
    "obs_kind": {
        "level": T("水平", "Level", "数值", "规模"),
        "rate": T("增速", "Rate", "增长率"),
    },
    "qual_level": {
        "achieved": T("已实现", "Achieved", "已完成", "完成"),
        "on_track": T("进度正常", "On track", "按计划推进", "正常推进"),
        "behind": T("进度滞后", "Behind", "滞后"),
        "stalled": T("停滞", "Stalled", "未推进"),
    },
    "precision": {
        "day": T("日", "Day", "天"),
        "month": T("月", "Month"),
        "quarter": T("季度", "Quarter", "季"),
        "half": T("半年", "Half-year", "半年度"),
        "year": T("年", "Year", "年度"),
    },
    "confidence": {
        "high": T("高", "High"),
        "medium": T("中", "Medium"),
        "low": T("低", "Low"),
    },
    "criticality": {
        "high": T("高", "High", "关键", "核心"),
        "medium": T("中", "Medium", "一般"),
        "low": T("低", "Low"),
    },
    "source_kind": {
        "news": T("新闻", "News", "新闻报道", "媒体"),
        "policy": T("政策文件", "Policy", "政策", "政府文件", "文件"),
        "analyst": T("分析机构", "Analyst", "分析师", "研报", "研究报告"),
        "web": T("网页", "Web page", "网站", "web"),
        "general_knowledge": T("常识", "General knowledge", "公开常识"),
        "user": T("用户录入", "User", "用户", "自行录入", "手工录入"),
        "other": T("其他", "Other"),
    },
    "yes_no": {
        "1": T("是", "Yes", "1", "true", "y", "对", "有", "√", "✓", "✔"),
        "0": T("否", "No", "0", "false", "n", "不", "无", "×", "✗", "✘"),
    },
}

# Extra yes/no words for particular columns (listed: exchange names and "not listed" mean something here).
BOOL_SYNONYMS: dict[tuple[str, str], dict[int, tuple[str, ...]]] = {
    ("firms", "listed"): {
        1: ("上市", "已上市", "上市公司", "a股", "港股", "美股", "主板", "创业板", "科创板", "北交所", "上交所", "深交所",
            "港交所", "纳斯达克", "纽交所", "nasdaq", "nyse", "hkex", "sse", "szse"),
        0: ("未上市", "非上市", "不上市", "拟上市", "筹备上市", "辅导期", "未", "private"),
    },
    ("capabilities", "local"): {
        1: ("本地", "深圳", "深圳本地", "本市"),
        0: ("外地", "非本地", "市外"),
    },
}

# Gap statuses and marks: shown everywhere with the same words (app, CLI, workbook, report), in this order.
STATUS_TERMS: dict[str, Term] = {
    "met": T("已达成", "Met"),
    "on_track": T("进度正常", "On track"),
    "acceleration_needed": T("需加速", "Acceleration needed"),
    "limited_progress": T("进展有限", "Limited progress"),
    "deterioration": T("倒退", "Deterioration"),
    "not_met": T("未达成", "Not met"),  # the deadline (or a year of a 每年 target) passed without it
    "no_trend": T("缺趋势数据", "No trend data"),  # measured in the period, nothing earlier to judge pace by
    "baseline_only": T("仅有基期数据", "Baseline only"),  # only figures from before the plan period
    "no_data": T("无数据", "No data"),
    "not_comparable": T("口径不可比", "Not comparable"),
}
FLAG_TERMS: dict[str, Term] = {
    # chain components
    "no_local_supplier": T("无本地供应商", "No local supplier"),  # surveyed, and none found
    "not_surveyed": T("尚未摸排", "Not yet surveyed"),  # no supplier recorded and nobody has looked
    "single_source": T("单一来源", "Single source"),
    "below_wanted": T("低于期望数量", "Fewer than wanted"),
    "none_in_mass_production": T("无量产", "None in mass production"),
    "suppliers_to_check": T("供应商待核实", "Suppliers to be checked"),
    # targets
    "sources_disagree": T("来源不一致", "Sources disagree"),
    "stale_data": T("数据过时", "Data out of date"),
    "year_missed": T("有年度未达成", "A year was missed"),
}
# How the headline figure is chosen when several observations share the latest date (docs/gap-rules.md).
HEADLINE_RULE_TERMS: dict[str, Term] = {
    "only_value": T("唯一数值", "Only value"),
    "preferred_source": T("采信来源", "Preferred source"),
    "most_conservative": T("取最保守值", "Most conservative value"),
}
