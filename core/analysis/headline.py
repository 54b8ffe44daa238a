"""Which figure heads a target when sources disagree, by a rule a planner can state in one sentence.

Among the observations of the latest date (the same metric and date, from any source):

1. the planner's preferred source for the target (``targets.preferred_source_id``), when it gave a value;
2. otherwise the most conservative value: the one that shows the least progress (the lowest for "at least"
   targets, the highest for "at most" targets).

Every value of that date stays attached (value, qualifier, source) with the range, and a "sources disagree"
mark when they differ. Row order never decides a figure: equal values are told apart by confidence, then by
the earliest entry, which changes no number.
"""

from __future__ import annotations

from dataclasses import dataclass

ONLY_VALUE = "only_value"
PREFERRED_SOURCE = "preferred_source"
MOST_CONSERVATIVE = "most_conservative"
CONFIDENCE_RANK = {"high": 3, "medium": 2, "low": 1}


@dataclass(frozen=True)
class Headline:
    chosen: object  # the Observation heading the figures
    values: tuple  # every observation of that date, the chosen one first, then by value
    rule: str  # ONLY_VALUE, PREFERRED_SOURCE or MOST_CONSERVATIVE

    @property
    def low(self) -> float:
        return min(o.value for o in self.values)

    @property
    def high(self) -> float:
        return max(o.value for o in self.values)

    @property
    def disagree(self) -> bool:
        return self.low != self.high

    @property
    def as_of(self):
        return self.chosen.as_of


def _certainty(o) -> tuple:
    return (-CONFIDENCE_RANK.get(o.confidence or "", 0), o.id)


def choose(observations, *, higher_is_better: bool = True, preferred_source_id=None) -> Headline | None:
    """The headline among the observations of the latest date in ``observations`` (None when empty)."""
    dated = [o for o in observations if o.value is not None]
    if not dated:
        return None
    latest = max(o.as_of for o in dated)
    group = [o for o in dated if o.as_of == latest]
    preferred = [o for o in group if preferred_source_id is not None and o.source_id == preferred_source_id]
    values = {o.value for o in group}
    if len(values) == 1:
        rule, pool = ONLY_VALUE, group
    elif preferred:
        rule, pool = PREFERRED_SOURCE, preferred
    else:
        rule, pool = MOST_CONSERVATIVE, group
    worst = min if higher_is_better else max
    pick = worst(o.value for o in pool)
    chosen = min((o for o in pool if o.value == pick), key=_certainty)
    others = sorted((o for o in group if o is not chosen), key=lambda o: (o.value, _certainty(o)))
    return Headline(chosen, (chosen, *others), rule)
