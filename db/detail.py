"""What the detail pane shows beside a firm, a component or a centre: the row and what it is connected to.

Plain rows only; what they mean (a local supplier, a firm's best stage, the flags) is decided in core/detail.py
with the coverage analysis's own definitions.
"""

from __future__ import annotations


def _dicts(cursor) -> list[dict]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _one(cursor) -> dict | None:
    found = _dicts(cursor)
    return found[0] if found else None


_FIRM = "coalesce(nullif(f.short_name, ''), f.name_zh)"  # db.rows.DISPLAY_SQL["firms"] on alias f


def source(db, source_id) -> dict | None:
    if source_id is None:
        return None
    return _one(db.execute("SELECT id, ref, title, publisher, date, url FROM sources WHERE id = ?", [source_id]))


def sources(db, limit: int = 30) -> list[dict]:
    """The first sources by their reference (S1, S2 …): the About box lists them."""
    return _dicts(db.execute("SELECT id, ref, title, publisher, date, url FROM sources ORDER BY id LIMIT ?", [limit]))


def firm(db, firm_id) -> dict | None:
    return _one(db.execute("SELECT * FROM firms WHERE id = ?", [firm_id]))


def firm_capabilities(db, firm_id) -> list[dict]:
    return _dicts(db.execute(
        "SELECT co.id AS component_id, co.name_zh, co.name_en, ca.stage, ca.local FROM capabilities ca "
        "JOIN components co ON co.id = ca.component_id WHERE ca.firm_id = ? ORDER BY co.id, ca.id", [firm_id]))


def firm_links(db, firm_id, *, as_supplier: bool) -> list[dict]:
    """Supply links where the firm is the supplier (its customers) or the customer (its suppliers)."""
    mine, other = ("supplier_id", "customer_id") if as_supplier else ("customer_id", "supplier_id")
    return _dicts(db.execute(
        f"SELECT f.id AS firm_id, {_FIRM} AS name, f.name_en, co.name_zh AS component_zh, "
        f"co.name_en AS component_en FROM supply_links s JOIN firms f ON f.id = s.{other} "
        f"LEFT JOIN components co ON co.id = s.component_id WHERE s.{mine} = ? ORDER BY s.id", [firm_id]))


def firm_centres(db, firm_id) -> list[dict]:
    """Centres serving a component the firm supplies."""
    return _dicts(db.execute(
        "SELECT DISTINCT ce.id, ce.name_zh, ce.name_en FROM capabilities ca "
        "JOIN centre_serves cs ON cs.component_id = ca.component_id JOIN centres ce ON ce.id = cs.centre_id "
        "WHERE ca.firm_id = ? ORDER BY ce.id", [firm_id]))


def rule_targets(db, table: str) -> list[dict]:
    """Targets whose actual is counted from ``table`` by a rule (a firm row there counts toward them)."""
    return _dicts(db.execute(
        "SELECT t.id, p.code AS plan_code, t.code, t.name_zh, t.name_en FROM targets t "
        "JOIN plans p ON p.id = t.plan_id WHERE t.rule LIKE ? ORDER BY p.code, t.id", [f"{table}%"]))


def component(db, component_id) -> dict | None:
    return _one(db.execute(
        "SELECT c.*, l.name_zh AS layer_zh, l.name_en AS layer_en FROM components c "
        "LEFT JOIN layers l ON l.id = c.layer_id WHERE c.id = ?", [component_id]))


def component_capabilities(db, component_id) -> list[dict]:
    return _dicts(db.execute(
        f"SELECT f.id AS firm_id, {_FIRM} AS name, f.name_en, ca.stage, ca.local FROM capabilities ca "
        "JOIN firms f ON f.id = ca.firm_id WHERE ca.component_id = ? ORDER BY ca.id", [component_id]))


def component_centres(db, component_id) -> list[dict]:
    return _dicts(db.execute(
        "SELECT DISTINCT ce.id, ce.name_zh, ce.name_en FROM centre_serves cs JOIN centres ce ON ce.id = cs.centre_id "
        "WHERE cs.component_id = ? ORDER BY ce.id", [component_id]))


def children(db, table: str, parent_id) -> list[dict]:
    """Rows of ``table`` (components or centres) whose parent is this row."""
    if table not in ("components", "centres", "layers"):
        raise KeyError(table)
    return _dicts(db.execute(f"SELECT id, name_zh, name_en FROM [{table}] WHERE parent_id = ? ORDER BY id",
                             [parent_id]))


def centre(db, centre_id) -> dict | None:
    return _one(db.execute(
        "SELECT c.*, p.name_zh AS parent_zh, p.name_en AS parent_en FROM centres c "
        "LEFT JOIN centres p ON p.id = c.parent_id WHERE c.id = ?", [centre_id]))


def centre_serves(db, centre_id) -> list[dict]:
    """What a centre serves: whole layers and single components, each with its names."""
    return _dicts(db.execute(
        "SELECT CASE WHEN cs.layer_id IS NOT NULL THEN 'layers' ELSE 'components' END AS kind, "
        "coalesce(l.name_zh, c.name_zh) AS name_zh, coalesce(l.name_en, c.name_en) AS name_en "
        "FROM centre_serves cs LEFT JOIN layers l ON l.id = cs.layer_id "
        "LEFT JOIN components c ON c.id = cs.component_id WHERE cs.centre_id = ? ORDER BY cs.id", [centre_id]))
