"""The synthetic map's policy plans (EMB2027, AIT2026, AIPC2026), their 21 targets (five computed by a rule)
and dated, sourced observations of them from 2023 to mid-2026, some under another definition."""

from __future__ import annotations

import json
from datetime import date

from generate_values import COUNT_UNITS, Picker, date_between, period_end, quoted
from generate_vocabulary import SOURCES


def plans(gen) -> None:
    rng = gen.rng
    plans = [
        (1, "EMB2027", SOURCES[0][1], "Shenzhen embodied-robot action plan 2025-2027", "深圳市科学技术局",
         "2025-03-03", 2025, 2027, 1),
        (2, "AIT2026", SOURCES[1][1], "Shenzhen AI terminals action plan 2025-2026", "深圳市工业和信息化局",
         "2025-03-10", 2025, 2026, 2),
        (3, "AIPC2026", SOURCES[2][1], "Measures for Shenzhen as an AI pioneer city", "深圳市人民政府办公厅",
         "2025-02-20", 2024, 2026, 3),
    ]
    gen.add("plans", "id, code, title_zh, title_en, issuer, issue_date, start_year, deadline_year, source_id",
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
    gen.add("targets", "id, plan_id, code, name_zh, name_en, unit, op, value, deadline_year, kind, "
             "wording_zh, baseline_value, baseline_year, lead_department, definition, geography, rule, "
             "rule_params, source_id, notes", target_rows)
    observations(gen, target_rows, plan_start)

def observations(gen, target_rows, plan_start) -> None:
    rng = gen.rng
    precision_pick = Picker(("day", "month", "quarter", "half", "year"), (40, 20, 15, 10, 15))
    confidence_pick = Picker(("high", "medium", "low", None), (40, 35, 15, 10))
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
        dates = sorted(date_between(rng, start, last) for _ in range(rng.randint(2, 5)))
        used: set[date] = set()
        for i, d in enumerate(dates):
            precision = precision_pick(rng)
            d = min(period_end(d, precision), last)
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
                quote = quoted(name, obs_value, unit, qualifier)
            rows.append((tid, None, None, obs_value, unit, qualifier, obs_kind, level, d.isoformat(), precision,
                         "深圳市", obs_definition, confidence_pick(rng), source, quote, None))
    # A few metrics with no target.
    for metric, metric_en, value, unit in (("机器人企业（广义）", "Robot firms (broad)", 74032, "家"),
                                           ("工业机器人产量", "Industrial robot output", 21.4, "万台"),
                                           ("人形机器人整机企业", "Humanoid integrators", 46, "家")):
        d = date_between(rng, first, last)
        rows.append((None, metric, metric_en, value, unit, "约", "level", None, d.isoformat(), "day", "深圳市",
                     None, "medium", rng.choice(obs_sources), f"{metric}约{value:g}{unit}", None))
    gen.add("observations", "target_id, metric_zh, metric_en, value, unit, qualifier, kind, level, as_of, "
             "as_of_precision, geography, definition, confidence, source_id, quote, notes", rows)
