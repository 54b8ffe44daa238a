"""Where a firm is: city and district from the list's columns or an address, one spelling per place, and
whether that makes its chain links local (Shenzhen). Unknown stays unknown and is never counted as local.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.vocabulary import fold

HOME_CITY = "深圳"  # the map is Shenzhen's: a firm here is a local supplier
HOME_DISTRICTS = ("福田区", "罗湖区", "南山区", "盐田区", "宝安区", "龙岗区", "龙华区", "坪山区", "光明区", "大鹏新区",
                  "深汕特别合作区")
# Regions larger than a city: never a district, never a city.
MACRO_REGIONS = ("华南", "华东", "华北", "华中", "西南", "西北", "东北", "华南地区", "华东地区", "华北地区", "华中地区",
                 "西南地区", "西北地区", "东北地区", "珠三角", "长三角", "京津冀", "大湾区", "粤港澳大湾区", "港澳台",
                 "境外", "海外", "国外", "全国", "国内")
_MACRO = {fold(r) for r in MACRO_REGIONS}
_ADDRESS_LABEL = re.compile(r"^[^：:]{0,8}[：:]")
_CITY = re.compile(r"([\u4e00-\u9fff]{2,7}?)市")
_DISTRICT = re.compile(r"([\u4e00-\u9fff]{1,6}?(?:新区|区|县))")
_PROVINCE = re.compile(r"^[\u4e00-\u9fff]{2,3}?(?:省|自治区)")


@lru_cache(maxsize=20_000)
def place_key(text) -> str:
    """A city or district for comparing spellings: 深圳 = 深圳市, 南山 = 南山区."""
    key = fold(text)
    for suffix in ("特别合作区", "新区", "市", "区", "县"):
        if key.endswith(suffix) and len(key) > len(suffix):
            return key[: -len(suffix)]
    return key


def is_region(text) -> bool:
    return fold(text) in _MACRO


def is_home(city) -> bool | None:
    """True for Shenzhen, False for another known city, None when not known."""
    if city is None or not str(city).strip():
        return None
    return place_key(city) == place_key(HOME_CITY)


def is_home_district(district) -> bool:
    return bool(district) and place_key(district) in _HOME_KEYS


def from_address(text) -> tuple[str | None, str | None]:
    """(city, district) named by an address: '总部：深圳市南山区粤海街道…' -> ('深圳市', '南山区');
    '深圳南山区…' -> ('深圳', '南山区'); what cannot be read stays None."""
    if not text:
        return None, None
    s = _ADDRESS_LABEL.sub("", str(text).strip(), count=1).strip()
    s = _PROVINCE.sub("", s, count=1)
    city = district = None
    m = _CITY.match(s)
    if m:
        city = m.group(1) + "市"
        rest = s[m.end():]
    elif s.startswith(HOME_CITY):
        city, rest = HOME_CITY, s[len(HOME_CITY):]
    else:
        rest = s
    d = _DISTRICT.match(rest)
    if d and not is_region(d.group(1)):
        district = d.group(1)
    elif city is None:
        for name in HOME_DISTRICTS:
            if s.startswith(name) or s.startswith(name[:-1]):
                district = name
                break
    return city, district


def from_region(text) -> tuple[str, str | None]:
    """What a 地区/区域 cell holds: ('district', 南山区), ('city', 深圳市), ('region', None) or ('unknown', None)."""
    value = " ".join(str(text).split())
    if not value:
        return "unknown", None
    if is_region(value):
        return "region", None
    key = place_key(value)
    for name in HOME_DISTRICTS:
        if place_key(name) == key:
            return "district", value
    if fold(value).endswith(("区", "县")):
        return "district", value
    if fold(value).endswith("市") or key == place_key(HOME_CITY):
        return "city", value
    return "unknown", None


_HOME_KEYS = frozenset(place_key(d) for d in HOME_DISTRICTS)


class Spellings:
    """One spelling per place: a city or district written another way than the map already has it (深圳市 for
    深圳, 南山 for 南山区) takes the map's spelling; a Shenzhen district written short takes its full name."""

    def __init__(self, known: dict[str, dict[str, int]]):
        self._best: dict[str, dict[str, str]] = {}
        for kind, counts in known.items():
            best: dict[str, tuple[int, str]] = {}
            for spelling, n in counts.items():
                key = place_key(spelling)
                if key and (key not in best or n > best[key][0]):
                    best[key] = (n, spelling)
            self._best[kind] = {k: v[1] for k, v in best.items()}
        for name in HOME_DISTRICTS:
            self._best.setdefault("district", {}).setdefault(place_key(name), name)

    def spell(self, kind: str, value):
        if value is None:
            return None
        text = " ".join(str(value).split())
        if not text:
            return None
        known = self._best.setdefault(kind, {})
        key = place_key(text)
        if key in known:
            return known[key]
        known[key] = text  # the first spelling of a new place is the one every later row gets
        return text
