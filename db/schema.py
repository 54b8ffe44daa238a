"""The schema, created and upgraded through sqlite-utils Migrations.

Each migration runs in one transaction and is recorded in ``_sqlite_migrations``; applying twice is a no-op,
and a new database and an upgraded one end up identical. Never edit a migration that has shipped: add one.
"""

from __future__ import annotations

from sqlite_utils.migrations import Migrations

MIGRATION_SET = "chain_mapper"
migrations = Migrations(MIGRATION_SET)

# Enumerations are CHECK constraints so that a value typed in any tool is still refused by the file itself.
ROLES = ("integrator", "component", "brain_software", "platform")
STAGES = ("rd", "prototype", "pilot", "mass")
CENTRE_TYPES = (
    "innovation_centre", "lab", "institute", "platform", "incubator",
    "compute", "data_exchange", "cluster_area", "park",
)
LEVELS = ("national", "provincial", "municipal", "district")
CENTRE_STATUSES = ("planned", "building", "operating")
OPS = (">=", ">", "<=", "<", "=")
TARGET_KINDS = ("stock", "flow", "rate", "stretch", "qualitative")
OBS_KINDS = ("level", "rate")
QUAL_LEVELS = ("achieved", "on_track", "behind", "stalled")
PRECISIONS = ("day", "month", "quarter", "half", "year")
CONFIDENCES = ("high", "medium", "low")
CRITICALITIES = ("high", "medium", "low")
SOURCE_KINDS = ("news", "policy", "analyst", "web", "general_knowledge", "user", "other")


def _in(column: str, values: tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{v}'" for v in values)
    return f"CHECK ({column} IN ({quoted}))"


_BOOL = "INTEGER NOT NULL DEFAULT 0 CHECK ({c} IN (0, 1))"


@migrations()
def m001_initial(db):
    _run_script(db, f"""
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) STRICT;

    CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        ref TEXT UNIQUE,
        title TEXT NOT NULL CHECK (trim(title) != ''),
        publisher TEXT,
        date TEXT,
        url TEXT,
        file TEXT,
        kind TEXT {_in('kind', SOURCE_KINDS)},
        notes TEXT
    ) STRICT;

    CREATE TABLE layers (
        id INTEGER PRIMARY KEY,
        key TEXT UNIQUE,
        parent_id INTEGER REFERENCES layers(id),
        name_zh TEXT NOT NULL CHECK (trim(name_zh) != ''),
        name_en TEXT,
        sort_order INTEGER NOT NULL DEFAULT 0,
        description TEXT,
        source_id INTEGER REFERENCES sources(id),
        CHECK (parent_id IS NULL OR parent_id != id)
    ) STRICT;

    CREATE TABLE components (
        id INTEGER PRIMARY KEY,
        layer_id INTEGER NOT NULL REFERENCES layers(id),
        parent_id INTEGER REFERENCES components(id),
        name_zh TEXT NOT NULL CHECK (trim(name_zh) != ''),
        name_en TEXT,
        wanted_suppliers INTEGER NOT NULL DEFAULT 2 CHECK (wanted_suppliers BETWEEN 0 AND 1000),
        criticality TEXT {_in('criticality', CRITICALITIES)},
        in_standard_bom {_BOOL.format(c='in_standard_bom')},
        needs_check {_BOOL.format(c='needs_check')},
        source_id INTEGER REFERENCES sources(id),
        notes TEXT,
        CHECK (parent_id IS NULL OR parent_id != id)
    ) STRICT;
    CREATE INDEX components_layer ON components(layer_id);
    CREATE INDEX components_parent ON components(parent_id);

    CREATE TABLE component_layers (
        component_id INTEGER NOT NULL REFERENCES components(id) ON DELETE CASCADE,
        layer_id INTEGER NOT NULL REFERENCES layers(id) ON DELETE CASCADE,
        PRIMARY KEY (component_id, layer_id)
    ) STRICT;

    CREATE TABLE firms (
        id INTEGER PRIMARY KEY,
        name_zh TEXT NOT NULL CHECK (trim(name_zh) != ''),
        short_name TEXT,
        name_en TEXT,
        aliases TEXT,
        credit_code TEXT CHECK (credit_code IS NULL OR length(credit_code) = 18),
        city TEXT,
        district TEXT,
        role TEXT {_in('role', ROLES)},
        founded_year INTEGER CHECK (founded_year BETWEEN 1800 AND 2100),
        valuation_cny REAL CHECK (valuation_cny >= 0),
        revenue_cny REAL CHECK (revenue_cny >= 0),
        employees INTEGER CHECK (employees >= 0),
        listed INTEGER CHECK (listed IN (0, 1)),
        products TEXT,
        website TEXT,
        cluster_join_year INTEGER CHECK (cluster_join_year BETWEEN 1900 AND 2100),
        needs_check {_BOOL.format(c='needs_check')},
        source_id INTEGER REFERENCES sources(id),
        notes TEXT
    ) STRICT;
    CREATE UNIQUE INDEX firms_credit_code ON firms(credit_code) WHERE credit_code IS NOT NULL;
    CREATE INDEX firms_name_zh ON firms(name_zh);
    CREATE INDEX firms_name_en ON firms(name_en);
    CREATE INDEX firms_role ON firms(role);
    CREATE INDEX firms_district ON firms(district);
    CREATE INDEX firms_valuation ON firms(valuation_cny);
    CREATE INDEX firms_revenue ON firms(revenue_cny);
    CREATE INDEX firms_founded ON firms(founded_year);
    CREATE INDEX firms_join ON firms(cluster_join_year);

    CREATE TABLE capabilities (
        id INTEGER PRIMARY KEY,
        firm_id INTEGER NOT NULL REFERENCES firms(id),
        component_id INTEGER NOT NULL REFERENCES components(id),
        product TEXT,
        stage TEXT {_in('stage', STAGES)},
        local INTEGER NOT NULL DEFAULT 1 CHECK (local IN (0, 1)),
        needs_check {_BOOL.format(c='needs_check')},
        source_id INTEGER REFERENCES sources(id),
        notes TEXT
    ) STRICT;
    CREATE INDEX capabilities_component ON capabilities(component_id, local, stage);
    CREATE INDEX capabilities_firm ON capabilities(firm_id);

    CREATE TABLE supply_links (
        id INTEGER PRIMARY KEY,
        supplier_id INTEGER NOT NULL REFERENCES firms(id),
        customer_id INTEGER NOT NULL REFERENCES firms(id),
        component_id INTEGER REFERENCES components(id),
        source_id INTEGER REFERENCES sources(id),
        notes TEXT,
        CHECK (supplier_id != customer_id)
    ) STRICT;
    CREATE INDEX supply_links_supplier ON supply_links(supplier_id);
    CREATE INDEX supply_links_customer ON supply_links(customer_id);
    CREATE INDEX supply_links_component ON supply_links(component_id);

    CREATE TABLE centres (
        id INTEGER PRIMARY KEY,
        name_zh TEXT NOT NULL CHECK (trim(name_zh) != ''),
        name_en TEXT,
        aliases TEXT,
        type TEXT {_in('type', CENTRE_TYPES)},
        level TEXT {_in('level', LEVELS)},
        host TEXT,
        district TEXT,
        parent_id INTEGER REFERENCES centres(id),
        status TEXT {_in('status', CENTRE_STATUSES)},
        status_date TEXT,
        needs_check {_BOOL.format(c='needs_check')},
        source_id INTEGER REFERENCES sources(id),
        notes TEXT,
        CHECK (parent_id IS NULL OR parent_id != id)
    ) STRICT;
    CREATE INDEX centres_parent ON centres(parent_id);

    CREATE TABLE centre_serves (
        id INTEGER PRIMARY KEY,
        centre_id INTEGER NOT NULL REFERENCES centres(id) ON DELETE CASCADE,
        layer_id INTEGER REFERENCES layers(id) ON DELETE CASCADE,
        component_id INTEGER REFERENCES components(id) ON DELETE CASCADE,
        CHECK ((layer_id IS NULL) != (component_id IS NULL))
    ) STRICT;
    CREATE INDEX centre_serves_centre ON centre_serves(centre_id);
    CREATE INDEX centre_serves_component ON centre_serves(component_id);
    CREATE INDEX centre_serves_layer ON centre_serves(layer_id);

    CREATE TABLE plans (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE CHECK (trim(code) != ''),
        title_zh TEXT NOT NULL CHECK (trim(title_zh) != ''),
        title_en TEXT,
        issuer TEXT,
        issue_date TEXT,
        start_year INTEGER CHECK (start_year BETWEEN 1990 AND 2100),
        deadline_year INTEGER CHECK (deadline_year BETWEEN 1990 AND 2100),
        source_id INTEGER REFERENCES sources(id),
        notes TEXT,
        UNIQUE (title_zh, issuer, issue_date)
    ) STRICT;

    CREATE TABLE targets (
        id INTEGER PRIMARY KEY,
        plan_id INTEGER NOT NULL REFERENCES plans(id),
        code TEXT NOT NULL CHECK (trim(code) != ''),
        name_zh TEXT NOT NULL CHECK (trim(name_zh) != ''),
        name_en TEXT,
        unit TEXT,
        op TEXT {_in('op', OPS)},
        value REAL,
        deadline_year INTEGER CHECK (deadline_year BETWEEN 1990 AND 2100),
        kind TEXT NOT NULL DEFAULT 'stock' {_in('kind', TARGET_KINDS)},
        wording_zh TEXT,
        baseline_value REAL,
        baseline_year INTEGER CHECK (baseline_year BETWEEN 1990 AND 2100),
        lead_department TEXT,
        definition TEXT,
        geography TEXT,
        on_track_ratio REAL CHECK (on_track_ratio > 0),
        acceleration_ratio REAL CHECK (acceleration_ratio >= 0),
        rule TEXT,
        rule_params TEXT CHECK (rule_params IS NULL OR json_valid(rule_params)),
        source_id INTEGER REFERENCES sources(id),
        notes TEXT,
        UNIQUE (plan_id, code)
    ) STRICT;

    CREATE TABLE observations (
        id INTEGER PRIMARY KEY,
        target_id INTEGER REFERENCES targets(id),
        metric_zh TEXT,
        metric_en TEXT,
        value REAL,
        unit TEXT,
        qualifier TEXT,
        kind TEXT NOT NULL DEFAULT 'level' {_in('kind', OBS_KINDS)},
        level TEXT {_in('level', QUAL_LEVELS)},
        as_of TEXT NOT NULL CHECK (as_of GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
        as_of_precision TEXT NOT NULL DEFAULT 'day' {_in('as_of_precision', PRECISIONS)},
        geography TEXT,
        definition TEXT,
        confidence TEXT {_in('confidence', CONFIDENCES)},
        source_id INTEGER REFERENCES sources(id),
        quote TEXT,
        notes TEXT
    ) STRICT;
    CREATE INDEX observations_target ON observations(target_id, as_of);

    CREATE TABLE change_log (
        id INTEGER PRIMARY KEY,
        ts TEXT NOT NULL,
        user TEXT,
        action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
        table_name TEXT NOT NULL,
        row_id INTEGER NOT NULL,
        "column" TEXT,
        old_value TEXT,
        new_value TEXT,
        batch TEXT
    ) STRICT;
    CREATE INDEX change_log_row ON change_log(table_name, row_id);
    CREATE INDEX change_log_ts ON change_log(ts);
    """)


@migrations()
def m002_search_index(db):
    # Bigram full-text indexes (see db/search.py); rowid = the row's id. Filled from existing rows.
    from db import search

    for table in search.SEARCHABLE:
        db.execute(f"CREATE VIRTUAL TABLE [{search.index_table(table)}] USING fts5(tokens)")
        search.refresh_rows(db, table, [r[0] for r in db.execute(f"SELECT id FROM [{table}]")])


@migrations()
def m003_capability_cover_index(db):
    # Chain coverage groups capabilities by (component, firm) with local and stage: a covering index lets it
    # read the index alone (0.84 s -> 0.21 s on a 100,000-firm map).
    db.execute("CREATE INDEX capabilities_cover ON capabilities(component_id, firm_id, local, stage)")


@migrations()
def m004_surveys_periods_sources(db):
    # Whether a component's (or a whole layer's) suppliers have been surveyed: when, by whom, from which list.
    # Without it, a component nobody has looked at reads as "no local supplier".
    for table in ("components", "layers"):
        db.execute(f"ALTER TABLE {table} ADD COLUMN surveyed_on TEXT"
                   " CHECK (surveyed_on IS NULL OR surveyed_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')")
        db.execute(f"ALTER TABLE {table} ADD COLUMN surveyed_by TEXT")
        db.execute(f"ALTER TABLE {table} ADD COLUMN survey_list TEXT")
    # 每年 targets (a value asked for each calendar year of the plan), and the source a planner prefers when
    # sources disagree on the same date.
    db.execute("ALTER TABLE targets ADD COLUMN per_year INTEGER NOT NULL DEFAULT 0 CHECK (per_year IN (0, 1))")
    db.execute("ALTER TABLE targets ADD COLUMN preferred_source_id INTEGER REFERENCES sources(id)")
    # Supplier facts still to be checked are counted per component; few rows need checking, so a partial index
    # keeps the count off the capability table (coverage on 100,000 firms: 1.26 s -> 0.64 s).
    db.execute("CREATE INDEX capabilities_to_check ON capabilities(component_id, firm_id, local)"
               " WHERE needs_check = 1")


@migrations()
def m005_firm_stock_code(db):
    # Exchange lists name listed firms by stock code (300750, 09880.HK): kept, and matched on, like the credit code.
    db.execute("ALTER TABLE firms ADD COLUMN stock_code TEXT")
    db.execute("CREATE INDEX firms_stock_code ON firms(stock_code)")


@migrations()
def m006_sort_keys(db):
    # Pinyin order keys for the name columns of firms, components and centres (db/sort_keys.py), so a
    # million firms open in the order planners expect, through an index.
    from db import sort_keys

    sort_keys.create(db)


def _run_script(db, script: str) -> None:
    """Run a multi-statement script inside the migration's transaction.

    ``sqlite3.executescript`` would COMMIT first and run each statement on its own, so a failing migration
    could leave half a schema behind; executing statement by statement keeps it all-or-nothing.
    """
    import sqlite3

    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement in migration: {statement[:80]!r}")


def known_migrations() -> list[str]:
    return [m.name for m in migrations._migrations]


def apply_migrations(db) -> None:
    migrations.apply(db)
