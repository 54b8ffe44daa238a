"""Firm names for matching: folded keys, a normalised core without place and legal form, and what counts as a
name that says nothing by itself (能源, 银行 …). Names are stored as written; these keys are never stored.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from core.vocabulary import fold as _fold
from core.vocabulary.terms import fold_all

# Folding is the cost of matching a 100,000-row list (OpenCC per call): each text is folded once, and a
# list's names all at once (fold_many).
_FOLDED: dict = {None: ""}
_FOLDED_LIMIT = 400_000


def fold(text) -> str:
    hit = _FOLDED.get(text)
    if hit is None:
        if len(_FOLDED) > _FOLDED_LIMIT:
            _FOLDED.clear()
        hit = _FOLDED[text] = _fold(text)
    return hit


def fold_many(texts) -> None:
    """Fold these texts now, with one OpenCC call (later :func:`fold` calls find them)."""
    todo = [t for t in dict.fromkeys(texts) if isinstance(t, str) and t not in _FOLDED]
    if len(_FOLDED) + len(todo) > _FOLDED_LIMIT:
        _FOLDED.clear()
    _FOLDED.update(zip(todo, fold_all(todo), strict=True))

# One place prefix is taken off the front (the longest that fits); 中国 is never taken off: 中国银行 is a name.
_PLACE_PREFIXES = ("广东省深圳市", "广东深圳", "广东省", "深圳市", "广东", "深圳")
_LEGAL_FORMS = ("集团股份有限公司", "集团有限责任公司", "集团有限公司", "股份有限公司", "有限责任公司", "有限合伙",
                "有限公司", "股份公司", "集团公司", "分公司", "集团", "公司", "coltd", "colimited", "co", "ltd",
                "limited", "inc", "incorporated", "corporation", "corp", "company", "group", "plc", "llc")
_PLACES_IN_BRACKETS = ("深圳", "广东", "中国", "香港", "北京", "上海", "shenzhen", "china")
_BRACKETED = re.compile(r"[(（\[【]([^)）\]】]*)[)）\]】]")
# Words naming an industry or a kind of business, not a firm: a name made only of these matches nothing by
# normalisation (深圳能源集团 -> 能源), and is never a likely duplicate of a longer name.
GENERIC_WORDS = (
    "人工智能", "新能源", "新材料", "机器人", "半导体", "自动化", "信息技术", "智能装备", "云计算", "科技", "技术",
    "能源", "银行", "食品", "燃气", "电子", "智能", "信息", "网络", "软件", "实业", "控股", "投资", "发展", "贸易",
    "电气", "电力", "通信", "通讯", "医药", "生物", "材料", "汽车", "环保", "物流", "建设", "工程", "设备", "制造",
    "动力", "精密", "传动", "光电", "芯片", "数字", "数据", "机械", "电机", "传感", "感知", "驱动", "装备", "系统",
    "产业", "工业", "创新", "实验室", "研究院", "服务", "管理", "咨询", "文化", "传媒", "国际", "股份", "证券",
    "保险", "地产", "置业", "水务", "能源动力", "检测", "新", "云", "集团", "控制", "视觉", "创投", "资本",
)
_GENERIC = re.compile("(?:" + "|".join(sorted(GENERIC_WORDS, key=len, reverse=True)) + ")+")
_PREFIX = re.compile("^(?:" + "|".join(_PLACE_PREFIXES) + ")(?=..)")
_SUFFIX = re.compile("(?<=..)(?:" + "|".join(_LEGAL_FORMS) + ")+$")


def folded(name) -> str:
    """The whole name folded (full-width, traditional, case, spaces, punctuation): exact matching."""
    return fold(name)


def is_generic(key: str) -> bool:
    """Whether a folded key is made only of industry words (能源, 新能源动力, 科技)."""
    return not key or _GENERIC.fullmatch(key) is not None


def _drop_bracketed_places(text: str) -> str:
    def repl(m):
        inner = m.group(1)
        return "" if any(p in inner.lower() for p in _PLACES_IN_BRACKETS) else inner

    return _BRACKETED.sub(repl, text)


@lru_cache(maxsize=300_000)
def normalise_firm_name(name) -> str:
    """'深圳市优必选科技股份有限公司' and '优必选科技有限公司' give the same key, and so do '乐聚（深圳）机器人技术有限公司'
    and '乐聚机器人技术': folded, a bracketed place dropped, one place prefix and the legal forms taken off.
    A key made only of industry words is '' (it identifies nothing)."""
    if not name:
        return ""
    text = str(name)
    if "(" in text or "（" in text or "[" in text or "【" in text:
        text = _drop_bracketed_places(unicodedata.normalize("NFKC", text))
    s = _SUFFIX.sub("", _PREFIX.sub("", fold(text), count=1), count=1)
    return "" if is_generic(s) else s


_LEGAL_WORD = re.compile("有限|股份|公司|集团|ltd|limited|inc|corp|llc")


def is_full_name(name) -> bool:
    """A registered name: it carries a legal form (有限公司, 股份, 集团, Ltd …)."""
    return _LEGAL_WORD.search(fold(name)) is not None


def similar_keys(a: str, b: str) -> bool:
    """Two normalised keys that likely name one firm: one is the other with only industry words after it
    ('乐聚机器人' / '乐聚机器人技术'); a generic core never matches by itself."""
    if not a or not b or a == b:
        return False
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    if len(shorter) < 2 or is_generic(shorter) or not longer.startswith(shorter):
        return False
    return is_generic(longer[len(shorter):])


_ALIAS_SEP = re.compile(r"[;；,，、/|\n]")


def split_aliases(text) -> list[str]:
    if not text:
        return []
    return [a.strip() for a in _ALIAS_SEP.split(str(text)) if a.strip()]


def merge_aliases(old, new) -> str | None:
    """Aliases of both, each once, old ones first ('; ' between)."""
    seen, out = set(), []
    for alias in [*split_aliases(old), *split_aliases(new)]:
        key = fold(alias)
        if key and key not in seen:
            seen.add(key)
            out.append(alias)
    return "; ".join(out) or None


_NOT_DIGIT = re.compile(r"\D")


def stock_key(code) -> str:
    """A stock code for matching: its digits ('09880.HK' and '9880' -> '9880'; '300750.SZ' -> '300750')."""
    if not code:
        return ""
    return _NOT_DIGIT.sub("", fold(code)).lstrip("0")
