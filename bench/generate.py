"""A large, realistic synthetic chain map for benchmarks.

Usage as a script (from the repository root)::

    python bench/generate.py OUT.sqlite --firms 100000 [--seed 1] [--force]

and as a module::

    from generate import generate          # with bench/ on sys.path
    counts = generate("map.sqlite", firms=100_000, seed=1)

The file is created with ``db.connection.open_database(path, create=True)`` (so it has exactly the app's
schema) and filled in ONE transaction with raw ``executemany`` inserts and explicit ids (firms are 1..N).
Everything comes from one seeded ``random.Random``: the same ``firms`` and ``seed`` give the same rows.

What is made, for N firms:

* the layer tree (机器脑 brain with 大脑 cerebrum / 小脑 cerebellum, 机器肢 limbs, 机器体 body), 49
  components (谐波减速器, 行星滚柱丝杠, 六维力传感器, 灵巧手, AI芯片, VLA大模型 ...; parents, the standard
  BOM, other layers) and ten sources;
* N firms (~5 % integrator, ~70 % component, ~15 % brain_software, ~10 % platform) with Chinese legal names,
  short and English names, aliases, unified social credit codes with valid check characters for about half,
  districts, founding and cluster-join years, long-tailed valuations/revenues in 元 with many nulls;
* ~3N capabilities, ~N/2 supply links (supplier -> integrator), ~N/200 centres with what they serve;
* the plans EMB2027 / AIT2026 / AIPC2026 with 21 targets (some computed by a rule) and their observations.

Names, figures and plan wording are synthetic (plausible, not real). The change log is NOT filled for the
generated rows (the app logs every write it makes; a benchmark map is not an edit history). The full-text
search index (``db.search``, when the schema has it) IS rebuilt, so search in the GUI works on the map; pass
``search_index=False`` / ``--no-search-index`` to skip it.

This module loads the map; the rows come from generate_firms (firms, capabilities, supply links),
generate_centres and generate_plans (plans, targets, observations), made of generate_vocabulary (sources,
layers, components, name parts, districts) and generate_values (credit codes, picks, amounts, dates).
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path
from random import Random

ROOT = Path(__file__).resolve().parent.parent
for _path in (ROOT, ROOT / "bench"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

import generate_centres  # noqa: E402 - bench/ is put on sys.path first
import generate_firms  # noqa: E402
import generate_plans  # noqa: E402
from generate_firms import NameMaker  # noqa: E402
from generate_values import Picker  # noqa: E402
from generate_vocabulary import COMPONENTS, IN, LAYERS, ROLES, SOURCES, SYNTHETIC_NOTE  # noqa: E402

BULK_TABLES = ("firms", "capabilities", "supply_links")  # indexes rebuilt after the load, see generate()


def _insert(conn, table: str, columns: str, rows) -> int:
    cols = [c.strip() for c in columns.split(",")]
    names = ", ".join(f"[{c}]" for c in cols)
    cur = conn.executemany(f"INSERT INTO [{table}] ({names}) VALUES ({', '.join('?' for _ in cols)})", rows)
    return cur.rowcount


class Generator:
    """One map being made: the database connection, the one seeded random sequence every row draws from, the
    ids of the reference rows, and what firms leave for supply links and centres."""

    def __init__(self, conn, firms: int, seed: int):
        self.conn = conn
        self.n = firms
        self.rng = Random(seed)
        self.seed = seed
        self.counts: dict[str, int] = {}
        self.insert_seconds = 0.0
        self.layer_id = {key: i for i, (key, *_rest) in enumerate(LAYERS, start=1)}
        self.comp_id = {c[0]: i for i, c in enumerate(COMPONENTS, start=1)}
        self.names = NameMaker(self.rng)
        self.new_codes = 0
        self.old_codes = 0
        # Filled while firms are made, used for supply links and centres.
        self.integrators: list[int] = []
        self.supplier_caps: list[tuple[int, int]] = []  # (firm id, component id) of non-integrator firms
        self.host_names: list[str] = []

    def add(self, table: str, columns: str, rows) -> None:
        started = time.perf_counter()
        n = _insert(self.conn, table, columns, rows)
        self.insert_seconds += time.perf_counter() - started
        self.counts[table] = self.counts.get(table, 0) + n

    # -- small tables --

    def reference_tables(self) -> None:
        meta = {
            "dataset_name_zh": f"合成基准数据集（{self.n}家企业，种子{self.seed}）",
            "dataset_name_en": f"Synthetic benchmark map ({self.n} firms, seed {self.seed})",
            "dataset_generator": "bench/generate.py", "dataset_seed": str(self.seed),
            "dataset_notes": SYNTHETIC_NOTE,
        }
        self.conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", list(meta.items()))
        self.add("sources", "id, ref, title, publisher, date, url, file, kind, notes",
                 [(i, ref, title, pub, d, None, None, kind, SYNTHETIC_NOTE)
                  for i, (ref, title, pub, d, kind) in enumerate(SOURCES, start=1)])
        self.add("layers", "id, key, parent_id, name_zh, name_en, sort_order, description, source_id",
                 [(self.layer_id[key], key, self.layer_id.get(parent), zh, en, order, desc, 1)
                  for key, parent, zh, en, order, desc in LAYERS])
        rng = self.rng
        comp_rows, extra_layers = [], []
        for key, layer, parent, zh, en, _code, crit, bom, wanted, others, _roles, _w, _local in COMPONENTS:
            cid = self.comp_id[key]
            needs_check = 1 if rng.random() < 0.15 else 0
            comp_rows.append((cid, self.layer_id[layer], self.comp_id.get(parent), zh, en, wanted, crit, bom,
                              needs_check, rng.choice((1, 6, 7, 9)),
                              "国产化率待核实" if needs_check else None))
            extra_layers.extend((cid, self.layer_id[o]) for o in others)
        self.add("components", "id, layer_id, parent_id, name_zh, name_en, wanted_suppliers, criticality, "
                 "in_standard_bom, needs_check, source_id, notes", comp_rows)
        self.add("component_layers", "component_id, layer_id", extra_layers)

        # Which components each role makes, weighted by popularity.
        self.comp_pickers = {}
        for role in ROLES:
            if role == IN:
                pool = [(self.comp_id[c[0]], c[11]) for c in COMPONENTS if IN in c[10] and c[11] > 0]
            else:
                pool = [(self.comp_id[c[0]], c[11]) for c in COMPONENTS if role in c[10] and c[11] > 0]
            self.comp_pickers[role] = Picker([p[0] for p in pool], [p[1] for p in pool])
        self.comp_local = {self.comp_id[c[0]]: c[12] for c in COMPONENTS}
        self.comp_code = {self.comp_id[c[0]]: c[5] for c in COMPONENTS}
        self.comp_name = {self.comp_id[c[0]]: c[3] for c in COMPONENTS}

    def firms_and_capabilities(self) -> None:
        generate_firms.firms_and_capabilities(self)

    def supply_links(self) -> None:
        generate_firms.supply_links(self)

    def centres(self) -> None:
        generate_centres.centres(self)

    def plans(self) -> None:
        generate_plans.plans(self)


def _search_module():
    try:
        from db import search
    except ImportError:  # a schema without the full-text index
        return None
    return search


def generate(path, firms: int = 100_000, seed: int = 1, *, force: bool = False, search_index: bool = True,
             timings: dict | None = None) -> dict:
    """Create ``path`` and fill it with a synthetic map of ``firms`` firms; returns row counts per table.

    ``path`` must not exist unless ``force`` (then it and its -wal/-shm files are replaced). When a dict is
    passed as ``timings`` it receives the seconds spent in each phase (rows made in Python, inserts, index
    builds, search index, commit).
    """
    from db.connection import open_database

    if firms < 1:
        raise ValueError("firms must be at least 1")
    path = Path(path)
    if path.exists() and not force:
        raise FileExistsError(f"{path} already exists (use --force to replace it)")
    path.parent.mkdir(parents=True, exist_ok=True)
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        p.unlink(missing_ok=True)
    clock = time.perf_counter
    t_open = clock()
    db = open_database(path, create=True)
    conn = db.conn
    phases: dict[str, float] = {"open + schema": clock() - t_open}
    gc_was_enabled = gc.isenabled()
    try:
        # A one-off bulk load: a rollback journal (an empty file has nothing to save) and no fsync are much
        # cheaper than WAL; the file ends in rollback-journal mode like the ones core.workspace.create_database
        # makes, and open_database turns WAL back on whenever the app opens it.
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA cache_size = -262144")  # 256 MiB: the index b-trees of a million rows stay in memory
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA threads = 2")  # CREATE INDEX may sort with a helper thread
        gen = Generator(conn, firms, seed)
        # Millions of long-lived tuples make the cyclic garbage collector rescan them over and over; nothing
        # made here has cycles, so it is paused for the load.
        gc.disable()
        with db.atomic():
            t_rows = clock()
            gen.reference_tables()
            # Index b-trees are built much faster from the finished tables than row by row: drop the big
            # tables' indexes and create them again with their exact stored SQL (so the schema is unchanged,
            # and UNIQUE indexes still refuse duplicates), all inside this one transaction.
            indexes = conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                f" AND tbl_name IN ({', '.join('?' for _ in BULK_TABLES)}) ORDER BY rowid", BULK_TABLES,
            ).fetchall()
            for name, _sql in indexes:
                conn.execute(f"DROP INDEX [{name}]")
            gen.firms_and_capabilities()
            gen.supply_links()
            gen.centres()
            gen.plans()
            phases["rows made in Python"] = clock() - t_rows - gen.insert_seconds
            phases["executemany inserts"] = gen.insert_seconds
            t_index = clock()
            for _name, sql in indexes:
                conn.execute(sql)
            phases["index builds"] = clock() - t_index
            t_search = clock()
            search = _search_module() if search_index else None
            if search is not None:
                for table in search.SEARCHABLE:
                    gen.counts[search.index_table(table)] = search.rebuild(db, table)
            phases["search index"] = clock() - t_search
            t_commit = clock()
        phases["commit"] = clock() - t_commit
        conn.execute("PRAGMA synchronous = NORMAL")
    finally:
        if gc_was_enabled:
            gc.enable()
        conn.close()
    if timings is not None:
        timings.update(phases)
    return gen.counts


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Generate a large synthetic Chain Mapper database.")
    parser.add_argument("out", type=Path, help="the .sqlite file to create")
    parser.add_argument("--firms", type=int, default=100_000, help="number of firms (default 100000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--force", action="store_true", help="replace OUT if it exists")
    parser.add_argument("--no-search-index", action="store_true", help="leave the full-text index empty")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    timings: dict[str, float] = {}
    try:
        counts = generate(args.out, firms=args.firms, seed=args.seed, force=args.force,
                          search_index=not args.no_search_index, timings=timings)
    except FileExistsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    elapsed = time.perf_counter() - started
    for table, n in counts.items():
        print(f"{table:<20} {n:>12,}")
    print()
    for phase, seconds in timings.items():
        print(f"{phase:<20} {seconds:>9.2f} s")
    size = args.out.stat().st_size / 1e6
    print(f"wrote {args.out} ({size:,.1f} MB) in {elapsed:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
