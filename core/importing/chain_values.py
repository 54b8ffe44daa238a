"""Values of a list's chain columns (产业链环节, 上中下游, 细分领域, 主要产品 …) matched to the map's components
and layers: by name, by the chain vocabulary's synonyms (traditional and simplified alike), and by a near-name
score (rapidfuzz) for what is written differently (深度摄像头 -> 深度/3D相机).

A match is *confident* (one component, by name or synonym or a clear near name: applied), *uncertain* (several
components could be meant, 伺服电机 or 减速器: the planner chooses, once — the choice is remembered), a layer or
a chain position only, or *unmatched* (listed with its count, kept in the firm's notes, never dropped).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from core.importing.names import fold
from core.vocabulary import chain as words

CONFIDENT_SCORE = 88  # a near name this close, and clearly closer than the next, is taken
UNCERTAIN_SCORE = 60  # below this a value is not a component
MARGIN = 8
_SPLIT = re.compile(r"[、,，;；/／|\n]+|\s{2,}|及|和|与")
_BRACKETS = re.compile(r"[(（\[【]([^)）\]】]*)[)）\]】]")


@dataclass
class Match:
    status: str  # confident / uncertain / layer / position / unmatched
    component_id: int | None = None
    candidates: list[int] = field(default_factory=list)
    layer_id: int | None = None
    role: str | None = None  # a chain position's role (上游 -> component)
    how: str = ""
    score: float = 0.0


UNMATCHED = Match("unmatched")


@lru_cache(maxsize=50_000)
def split_values(text) -> tuple[str, ...]:
    """'谐波减速器、RV减速器' -> ('谐波减速器', 'RV减速器') (a cell may name several products)."""
    parts = [p.strip(" 等") for p in _SPLIT.split(str(text or ""))]
    return tuple(p for p in parts if p)


def _equivalent(key: str) -> str:
    for word, same in words.EQUIVALENT_WORDS:
        key = key.replace(fold(word), fold(same))
    return key


def _keys_of(text: str) -> list[str]:
    """Keys a name is known by: the whole, without its bracket, the bracket's content, each side of ' / '."""
    out = [text]
    inner = _BRACKETS.findall(text)
    outer = _BRACKETS.sub("", text).strip()
    if outer and outer != text:
        out.append(outer)
    out.extend(i for i in inner if len(fold(i)) >= 2)
    if " / " in text:
        out.extend(part.strip() for part in text.split(" / "))
    return [k for k in dict.fromkeys(_equivalent(fold(o)) for o in out) if k]


def _work_stripped(key: str) -> str:
    for word in words.WORK_WORDS:
        w = fold(word)
        if key.endswith(w) and len(key) > len(w) + 1:
            return key[: -len(w)]
    return key


class ChainMatcher:
    """Components and layers of one map, ready for matching the values of a list."""

    def __init__(self, components: list[tuple], layers: list[tuple]):
        """``components``: (id, name_zh, name_en, layer_id, parent_id); ``layers``: (id, key, name_zh, name_en,
        parent_id)."""
        self.components = {c[0]: c for c in components}
        self.layers = {lay[0]: lay for lay in layers}
        self.by_name = {c[1]: c[0] for c in components}
        self.component_keys: dict[str, set[int]] = {}
        self.synonym_keys: dict[str, set[int]] = {}
        for cid, name_zh, name_en, _layer, _parent in components:
            for key in _keys_of(name_zh) + ([_equivalent(fold(name_en))] if name_en else []):
                self.component_keys.setdefault(key, set()).add(cid)
            for synonym in words.COMPONENT_SYNONYMS.get(name_zh, ()):
                self.synonym_keys.setdefault(_equivalent(fold(synonym)), set()).add(cid)
        self.ambiguous = {_equivalent(fold(w)): [self.by_name[n] for n in names if n in self.by_name]
                          for w, names in words.AMBIGUOUS.items()}
        self.layer_keys: dict[str, int] = {}
        for lid, key, name_zh, name_en, _parent in layers:
            for text in (key, name_zh, name_en, *words.LAYER_SYNONYMS.get(key or "", ())):
                if text:
                    self.layer_keys.setdefault(fold(text), lid)
        self.positions = {fold(w): (pos, role) for pos, (role, ws) in words.POSITIONS.items() for w in ws}
        self._choices = list(self.component_keys)
        self._choice_ids = [self.component_keys[k] for k in self._choices]
        self._memo: dict[tuple[str, str], Match] = {}

    # ----- one value -----------------------------------------------------------------------------------------
    def match(self, text, *, prefer: str = "component") -> Match:
        """What ``text`` names. ``prefer`` 'layer' (a 产业链环节 column) tries layers and positions first."""
        hit = self._memo.get((text, prefer))
        if hit is None:
            key = _equivalent(fold(text))
            hit = self._match(key, prefer) if key else UNMATCHED
            self._memo[(text, prefer)] = hit
        return hit

    def _match(self, key: str, prefer: str) -> Match:
        if prefer == "layer":
            found = self._layer_or_position(key)
            if found is not None:
                return found
        found = self._component(key)
        if found.status != "unmatched":
            return found
        outer = _equivalent(fold(_BRACKETS.sub("", key)))
        if outer and outer != key:
            found = self._component(outer)
            if found.status != "unmatched":
                return found
        if prefer != "layer":
            layer = self._layer_or_position(key)
            if layer is not None:
                return layer
        return UNMATCHED

    def _layer_or_position(self, key: str) -> Match | None:
        for k in dict.fromkeys((key, _work_stripped(key), fold(_BRACKETS.sub("", key)))):
            if k in self.layer_keys:
                return Match("layer", layer_id=self.layer_keys[k], how="layer")
            if k in self.positions:
                return Match("position", role=self.positions[k][1], how=self.positions[k][0])
        for k, lid in self.layer_keys.items():  # '大脑系统（AI芯片与算法）', '机器肢（执行）'
            if len(k) >= 2 and key.startswith(k) and not self._component_exact(key):
                return Match("layer", layer_id=lid, how="layer")
        for k, (pos, role) in self.positions.items():
            if len(k) >= 2 and key.startswith(k):
                return Match("position", role=role, how=pos)
        return None

    def _component_exact(self, key: str) -> set[int]:
        return self.component_keys.get(key) or self.synonym_keys.get(key) or set()

    def _component(self, key: str) -> Match:
        stripped = _work_stripped(key)
        for k, how in ((key, "name"), (stripped, "name")):
            ids = self.component_keys.get(k)
            if ids:
                return self._one(ids, how)
            ids = self.synonym_keys.get(k)
            if ids:
                return self._one(ids, "synonym")
        for k in (key, stripped):
            if k in self.ambiguous and self.ambiguous[k]:
                return Match("uncertain", candidates=list(self.ambiguous[k]), how="several")
        # a general word that several components end with (减速器 -> 谐波/行星/RV/摆线减速器)
        if len(stripped) >= 2:
            ends = sorted({cid for k, ids in self.component_keys.items() if k.endswith(stripped) and k != stripped
                           for cid in ids})
            if len(ends) == 1 and len(stripped) >= 3:
                return Match("confident", component_id=ends[0], how="part of the name")
            if ends:
                return Match("uncertain", candidates=ends[:8], how="several")
        return self._near(stripped)

    def _one(self, ids: set[int], how: str) -> Match:
        if len(ids) == 1:
            return Match("confident", component_id=next(iter(ids)), how=how, score=100)
        return Match("uncertain", candidates=sorted(ids), how=how)

    def _near(self, key: str) -> Match:
        if len(key) < 2 or not self._choices:
            return UNMATCHED
        from rapidfuzz import fuzz, process

        found = process.extract(key, self._choices, scorer=fuzz.ratio, limit=6, score_cutoff=UNCERTAIN_SCORE)
        if not found:
            return UNMATCHED
        ranked: list[tuple[int, float]] = []
        for _choice, score, index in found:
            for cid in sorted(self._choice_ids[index]):
                if cid not in {c for c, _s in ranked}:
                    ranked.append((cid, score))
        best_id, best = ranked[0]
        second = ranked[1][1] if len(ranked) > 1 else 0
        if best >= CONFIDENT_SCORE and best - second >= MARGIN:
            return Match("confident", component_id=best_id, how="near name", score=best)
        return Match("uncertain", candidates=[c for c, _s in ranked[:4]], how="near name", score=best)

    # ----- helpers for the caller ------------------------------------------------------------------------------
    def narrowed(self, candidates: list[int], layer_id: int | None) -> int | None:
        """The one candidate in the row's layer (or a layer under it), if the layer decides."""
        if layer_id is None:
            return None
        inside = [c for c in candidates if self._in_layer(self.components[c][3], layer_id)]
        return inside[0] if len(inside) == 1 else None

    def _in_layer(self, layer_id: int, wanted: int) -> bool:
        seen = set()
        while layer_id is not None and layer_id not in seen:
            if layer_id == wanted:
                return True
            seen.add(layer_id)
            layer_id = self.layers.get(layer_id, (None,) * 5)[4]
        return False

    def component_by_name(self, name) -> int | None:
        """A component named exactly (a remembered choice or a --map-values line), or None."""
        if name is None:
            return None
        ids = self.component_keys.get(_equivalent(fold(name)))
        return next(iter(ids)) if ids and len(ids) == 1 else None

    def name(self, component_id: int | None) -> str:
        return self.components[component_id][1] if component_id in self.components else ""

    def layer_name(self, layer_id: int | None) -> str:
        return self.layers[layer_id][2] if layer_id in self.layers else ""
