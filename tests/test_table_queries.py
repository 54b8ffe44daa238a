"""The table pages' queries (db/tables.py): pinyin and natural order, indexed for big tables, kept in step."""

import random

import pytest

from db import changes, sort_keys
from db.collation import sort_key
from db.tables import SMALL_TABLE, TableQuery

# Surnames and words of real firm names, so pinyin order differs from code-point order.
_WORDS = "阿爱安奥八白百北贝本比必博才长超晨诚达大德电鼎东动恩法飞丰福高格光广海行和恒弘华汇机佳杰金晶京捷科凯康力联灵龙迈明诺欧鹏平普奇启擎锐瑞软森商深神盛世数思斯泰腾天通拓万维伟星欣信兴讯亚元云正智中众卓"


def _names(n, seed=7):
    rnd = random.Random(seed)
    return [("深圳市" if i % 3 == 0 else "") + "".join(rnd.choice(_WORDS) for _ in range(rnd.randint(2, 5)))
            + rnd.choice(("科技有限公司", "机器人有限公司", "智能")) for i in range(n)]


@pytest.mark.parametrize(("texts", "expected"), [
    (["P13", "P2", "P1", "P10"], ["P1", "P2", "P10", "P13"]),
    (["迈瑞", "腾讯", "乐聚", "奥比中光", "华为"], ["奥比中光", "华为", "乐聚", "迈瑞", "腾讯"]),
    (["先", "西安"], ["西安", "先"]),  # syllable by syllable: xi an before xian
    (["第10批", "第2批", "第1批"], ["第1批", "第2批", "第10批"]),
    (["ＡＩ芯片", "AI芯片a"], ["ＡＩ芯片", "AI芯片a"]),  # full-width folds to half-width
])
def test_sort_key_orders_as_planners_expect(texts, expected):
    assert sorted(texts, key=sort_key) == expected


def _all(query, page=300):
    query.restart()
    out = []
    while not query.exhausted:
        out += query.next_ids(page)
    return out


@pytest.fixture
def big(small_db):
    changes.bulk_insert(small_db, "firms", [{"name_zh": n, "short_name": n[-4:] if i % 4 else None}
                                            for i, n in enumerate(_names(SMALL_TABLE + 500))])
    return small_db


def _expected(db, column, descending=False):
    rows = db.execute(f"SELECT id, {column} FROM firms").fetchall()
    nulls = sorted(r[0] for r in rows if r[1] is None)
    values = sorted((r for r in rows if r[1] is not None), key=lambda r: (sort_key(r[1]), r[0]))
    ids = nulls + [r[0] for r in values]
    return ids[::-1] if descending else ids


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("column", ["name_zh", "short_name"])
def test_big_table_walks_the_indexed_pinyin_key(big, column, descending):
    query = TableQuery(big, "firms")
    query.set_order(column, descending)
    assert query.mode() == "keyed"
    assert _all(query) == _expected(big, column, descending)


def test_keyed_order_uses_the_index_not_a_sort(big):
    """The SQL the keyed pages run, with and without a search, walks the key index (no sort of all rows)."""
    sqls = []
    trace = big.conn.set_trace_callback(lambda sql: sqls.append(sql) if "sort_keys" in sql else None)
    ids = [r[0] for r in big.execute("SELECT id FROM firms")]
    for only in (None, ids[10:]):  # everything; a filter with more rows than a small table holds
        query = TableQuery(big, "firms")
        query.set_order("name_zh", False)
        query.set_ids(only)
        query.restart()
        query.next_ids(300)
        query.next_ids(300)  # a second page: the keyset condition
    big.conn.set_trace_callback(trace)
    pages = [q for q in sqls if "ORDER BY" in q]
    assert len(pages) >= 4 and sum("INDEXED BY" in q for q in pages) >= 2  # (NULL blocks are asked first)
    for sql in pages:
        plan = " ".join(r[3] for r in big.execute("EXPLAIN QUERY PLAN " + sql))
        assert "firms_sort_keys_name_zh" in plan and "TEMP B-TREE" not in plan, plan


def test_keys_follow_renames_inserts_and_deletes(big):
    query = TableQuery(big, "firms")
    query.set_order("name_zh", False)
    first = big.execute("SELECT id FROM firms ORDER BY id LIMIT 1").fetchone()[0]
    changes.update_row(big, "firms", first, {"name_zh": "阿阿阿阿阿机"})  # a1 a1 a1 a1 a1 ji1
    gone = big.execute("SELECT id FROM firms ORDER BY id LIMIT 1 OFFSET 100").fetchone()[0]
    changes.delete_row(big, "firms", gone, force=True)
    new = changes.insert_row(big, "firms", {"name_zh": "阿阿阿阿阿"})  # a1 a1 a1 a1 a1: before it
    ids = _all(query)
    assert ids[:2] == [new, first] and gone not in ids
    assert ids == _expected(big, "name_zh")


def test_rows_written_around_the_change_log_get_their_keys(big):
    big.execute("INSERT INTO firms (name_zh) VALUES ('阿尔法外部写入')")  # another tool, not through db.changes
    big.execute("DELETE FROM firms WHERE id = (SELECT max(id) - 1 FROM firms)")
    query = TableQuery(big, "firms")
    query.set_order("name_zh", False)
    assert _all(query) == _expected(big, "name_zh")
    assert sort_keys.in_step(big, "firms")


def test_search_and_filters_with_the_keyed_order(big):
    query = TableQuery(big, "firms")
    query.set_order("name_zh", False)
    query.set_search("机器人")
    ids = _all(query)
    assert ids and ids == [i for i in _expected(big, "name_zh")
                           if "机器人" in big.execute("SELECT name_zh FROM firms WHERE id = ?", [i]).fetchone()[0]]
    assert query.count() == len(ids)
    query.set_search("")
    query.set_ids(ids[:3])
    assert _all(query) == ids[:3]


def test_small_tables_sort_references_by_name_and_layers_by_chain(small_db):
    query = TableQuery(small_db, "components", {"layer_id": "layers"})
    query.set_order("layer_id", False)
    assert query.mode() == "small"
    names = {r[0]: r[1] for r in small_db.execute("SELECT id, name_zh FROM components")}
    assert [names[i] for i in _all(query)] == ["VLA大模型", "谐波减速器", "行星滚柱丝杠", "深度相机"]


@pytest.mark.parametrize(("table", "text", "expected"), [("plans", "行动计划", 1), ("sources", "深圳新闻网", 1),
                                                          ("targets", "估值", 1), ("observations", "74032", 1),
                                                          ("plans", "100%_", 0)])
def test_tables_without_a_full_text_index_are_searched_too(small_db, table, text, expected):
    from core import browse

    query = browse.query(small_db, table)
    query.set_search(text)
    assert len(_all(query)) == expected == query.count()


def test_many_hits_walk_the_key_index_few_are_sorted_in_python(big):
    query = TableQuery(big, "firms")
    query.set_order("name_zh", False)
    everyone = _expected(big, "name_zh")
    query.set_ids(everyone[::-1][:-7])  # a filter with more hits than a small table holds
    assert query.mode() == "keyed"
    kept = set(everyone[::-1][:-7])
    assert _all(query) == [i for i in everyone if i in kept]
    query.set_ids(everyone[100:140])
    assert query.mode() == "small"
    assert _all(query) == everyone[100:140]
