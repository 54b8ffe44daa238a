"""What matters first: the chain's gaps ranked, by a rule a planner can read off each row.

A gap is a component with no local supplier, not yet surveyed, a single local source or fewer than wanted.
They are ordered by, in turn:

1. criticality (high, medium, low, then not set — it is filled only where a source supports it);
2. standard-BOM share: the part of the standard humanoid bill of materials it stands for (itself and the
   parts under it, out of every BOM item);
3. integrators really depending on it: integrators naming it in a supply link (not the BOM assumption);
4. whether a centre works on it (on it or on a component it belongs to): gaps nobody works on come first;
5. the gap itself: no local supplier, not yet surveyed, single source, fewer than wanted;
6. the chain's order (layer, then entry).
"""

from __future__ import annotations

from dataclasses import dataclass

from core.analysis import coverage
from core.analysis.coverage import ComponentCoverage

GAP_FLAGS = (coverage.NO_LOCAL, coverage.NOT_SURVEYED, coverage.SINGLE_SOURCE, coverage.BELOW_WANTED)
CRITICALITY_RANK = {"high": 3, "medium": 2, "low": 1}


@dataclass(frozen=True)
class RankedGap:
    rank: int
    component: ComponentCoverage
    gap: str  # the flag that makes it a gap (GAP_FLAGS)
    criticality: str | None
    bom_share: float  # 0..1
    bom_items: int  # standard-BOM items it stands for (itself and the parts under it)
    integrators: int  # with a supply link
    centres: int  # working on it or on a component it belongs to

    def as_dict(self) -> dict:
        c = self.component
        return {"rank": self.rank, "id": c.id, "name_zh": c.name_zh, "name_en": c.name_en,
                "layer": c.top_layer_key, "gap": self.gap, "criticality": self.criticality,
                "bom_share": round(self.bom_share, 4), "bom_items": self.bom_items,
                "integrators_depending": self.integrators, "centres_working": self.centres,
                "local_suppliers": c.local_suppliers, "wanted_suppliers": c.wanted, "surveyed": c.surveyed}


def bom_items(components: list[ComponentCoverage]) -> dict[int, int]:
    """Component id -> standard-BOM items among itself and every part under it."""
    children: dict[int | None, list[int]] = {}
    for c in components:
        children.setdefault(c.parent_id, []).append(c.id)
    in_bom = {c.id: c.in_standard_bom for c in components}
    out: dict[int, int] = {}
    for c in components:
        total, stack, seen = 0, [c.id], set()
        while stack:
            here = stack.pop()
            if here in seen:
                continue
            seen.add(here)
            total += 1 if in_bom.get(here) else 0
            stack.extend(children.get(here, []))
        out[c.id] = total
    return out


def rank_gaps(components: list[ComponentCoverage], limit: int | None = None) -> list[RankedGap]:
    """The gaps of ``components`` (in chain order) ranked by the rule above."""
    items = bom_items(components)
    total_bom = sum(1 for c in components if c.in_standard_bom) or 1
    candidates = []
    for order, c in enumerate(components):
        gap = next((f for f in GAP_FLAGS if f in c.flags), None)
        if gap is None:
            continue
        key = (-CRITICALITY_RANK.get(c.criticality or "", 0), -items[c.id], -c.integrators,
               c.centres_working > 0, GAP_FLAGS.index(gap), order)
        candidates.append((key, c, gap))
    candidates.sort(key=lambda x: x[0])
    ranked = [RankedGap(n, c, gap, c.criticality, items[c.id] / total_bom, items[c.id], c.integrators,
                        c.centres_working)
              for n, (_key, c, gap) in enumerate(candidates, start=1)]
    return ranked[:limit] if limit else ranked
