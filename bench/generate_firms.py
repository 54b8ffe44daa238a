"""The synthetic map's firms: legal names that never repeat, short and English names, aliases, codes, places,
long-tailed figures, the components each firm makes (capabilities) and who supplies whom (supply links)."""

from __future__ import annotations

import math
from random import Random

from generate_values import Picker, body_new, body_old, credit_code, lognormal
from generate_vocabulary import (
    BRAND_CHARS,
    BS,
    DISTRICTS,
    FIRM_NOTES,
    IN,
    INDUSTRY,
    ROLE_WEIGHTS,
    ROLES,
    ROW_SOURCE_WEIGHTS,
    ROW_SOURCES,
)

CHUNK = 20_000  # firms generated and inserted per executemany batch (keeps memory flat at 1,000,000)


class NameMaker:
    """Chinese legal names (深圳市睿拓精密传动有限公司) with their brand, pinyin and English name; never the same
    name twice. Draws from the generator's one random sequence."""

    def __init__(self, rng: Random):
        self.rng = rng
        self.names_seen: set[str] = set()

    def brand(self) -> tuple[str, str]:
        rnd, n = self.rng.random, len(BRAND_CHARS)
        r = rnd()
        k = 2 if r < 0.60 else 3 if r < 0.92 else 4
        chars = [BRAND_CHARS[int(rnd() * n)] for _ in range(k)]
        return "".join(c for c, _ in chars), "".join(p for _, p in chars).capitalize()

    def name(self, role: str, stock: bool):
        """(name_zh, English name, brand, pinyin of the brand, industry word); name_zh is never repeated."""
        rng, rnd = self.rng, self.rng.random
        for _ in range(100):
            brand, pinyin = self.brand()
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


def firms_and_capabilities(gen) -> None:
    rng, rnd = gen.rng, gen.rng.random
    role_pick = Picker(ROLES, ROLE_WEIGHTS)
    district_pick = Picker([(d, code) for d, code, _ in DISTRICTS], [w for *_x, w in DISTRICTS])
    source_pick = Picker(ROW_SOURCES, ROW_SOURCE_WEIGHTS)
    stage_pick = Picker(("rd", "prototype", "pilot", "mass", None), (20, 25, 20, 30, 5))
    caps_pick = Picker((1, 2, 3, 4, 5, 6), (15, 25, 25, 20, 10, 5))  # mean 3.0
    cap_id = 0
    firm_cols = ("id, name_zh, short_name, name_en, aliases, credit_code, city, district, role, founded_year, "
                 "valuation_cny, revenue_cny, employees, listed, products, website, cluster_join_year, "
                 "needs_check, source_id, notes")
    cap_cols = "id, firm_id, component_id, product, stage, local, needs_check, source_id, notes"
    for start in range(1, gen.n + 1, CHUNK):
        firm_rows, cap_rows = [], []
        for fid in range(start, min(start + CHUNK, gen.n + 1)):
            role = role_pick(rng)
            big = role == IN
            listed = 1 if rnd() < (0.04 if big else 0.004) else (0 if rnd() < 0.6 else None)
            stock = listed == 1 or rnd() < 0.08
            name, brand, name_en, pinyin, ind_zh = gen.names.name(role, stock)
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
                    body, gen.old_codes = body_old(gen.old_codes), gen.old_codes + 1
                else:
                    body, gen.new_codes = body_new(gen.new_codes), gen.new_codes + 1
                code = credit_code(division if rnd() < 0.5 else "440300", body)
            valuation = None
            if rnd() < (0.7 if big else 0.5 if role == BS else 0.3):
                valuation = lognormal(rng, 5e8 if big else 1e8, 1.2 if big else 1.4, 1e4)
            revenue = None
            if rnd() < (0.55 if big else 0.45):
                revenue = lognormal(rng, 1e8 if big else 2e7, 1.5 if big else 1.6, 1e4)
            employees = None
            if rnd() < 0.7:
                employees = int(rng.lognormvariate(math.log(200 if big else 40), 1.1)) + 1
            join = None
            if rnd() < 0.85:
                join = min(2026, max(2018, founded or 2018, 2026 - int(rng.expovariate(1 / 2.5))))
            # Capabilities: k distinct components the firm's role makes.
            k = caps_pick(rng) if not big else rng.randint(1, 4)
            picker, comps = gen.comp_pickers[role], []
            for _ in range(4 * k):
                c = picker(rng)
                if c not in comps:
                    comps.append(c)
                    if len(comps) == k:
                        break
            products = None
            if rnd() < 0.3:
                products = "; ".join(gen.comp_name[c] for c in comps)
            website = f"https://www.{pinyin.lower()}.com.cn" if rnd() < 0.25 else None
            needs_check = 1 if rnd() < 0.08 else 0
            notes = rng.choice(FIRM_NOTES) if rnd() < 0.07 else None
            firm_rows.append((fid, name, short, name_en if rnd() < 0.85 else None, aliases, code,
                              "深圳", district, role, founded, valuation, revenue, employees, listed, products,
                              website, join, needs_check, source_pick(rng), notes))
            if big:
                gen.integrators.append(fid)
            elif len(gen.host_names) < 2000 and valuation and valuation > 1e9:
                gen.host_names.append(name)
            initials = pinyin[:2].upper()
            for c in comps:
                cap_id += 1
                product = f"{initials}-{gen.comp_code[c]}{rng.randint(10, 99)}" if rnd() < 0.35 else None
                local = 1 if rnd() < gen.comp_local[c] else 0
                cap_rows.append((cap_id, fid, c, product, stage_pick(rng), local,
                                 1 if rnd() < 0.05 else 0, source_pick(rng), None))
                if not big:
                    gen.supplier_caps.append((fid, c))
        gen.add("firms", firm_cols, firm_rows)
        gen.add("capabilities", cap_cols, cap_rows)


def supply_links(gen) -> None:
    rng = gen.rng
    if not gen.integrators or not gen.supplier_caps:
        return
    source_pick = Picker(ROW_SOURCES, ROW_SOURCE_WEIGHTS)
    n_int, n_caps = len(gen.integrators), len(gen.supplier_caps)
    seen: set[tuple[int, int, int | None]] = set()
    rows, link_id = [], 0
    for _ in range(gen.n // 2):
        supplier, component = gen.supplier_caps[rng.randrange(n_caps)]
        # Big integrators buy from many more suppliers than small ones (a long tail).
        customer = gen.integrators[int(n_int * rng.random() ** 3)]
        if rng.random() < 0.05:
            component = None
        key = (supplier, customer, component)
        if key in seen:
            continue
        seen.add(key)
        link_id += 1
        note = "公开报道的合作关系" if rng.random() < 0.05 else None
        rows.append((link_id, supplier, customer, component, source_pick(rng), note))
    gen.add("supply_links", "id, supplier_id, customer_id, component_id, source_id, notes", rows)
