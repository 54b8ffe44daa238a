#!/usr/bin/env python3
"""Rebuild the bundled Chinese UI/report font in ``assets/fonts/``.

Output
    assets/fonts/ChainMapperSansSC-Regular.ttf
    assets/fonts/ChainMapperSansSC-Bold.ttf
    (family "Chain Mapper Sans SC", styles Regular / Bold, TrueType outlines)

Source
    Noto Sans CJK SC 2.004 Regular and Bold, taken from the Simplified-Chinese
    face (index 2) of NotoSansCJK-{Regular,Bold}.ttc in Debian bookworm's
    ``fonts-noto-cjk`` package (1:20220127+repack1-1).  Five dingbats that Noto
    Sans CJK lacks (✔ ✗ ✘ ✕ ✖) are copied from NotoSansSymbols2-Regular.ttf in
    Debian's ``fonts-noto-core`` (20201225-1).  Both are SIL OFL 1.1.

What the script does, and why
    1. Subset to: all of GB2312, the 5401 common Traditional hanzi of Big5
       level 1, the hanzi (incl. Traditional) used by the
       project's source texts (EXTRA_HANZI in font_charset.py, plus --text files),
       ASCII/Latin, general punctuation, CJK symbols & punctuation, full-width
       forms, and the symbol blocks a planning report needs (arrows, maths,
       ①…⑳, shapes, ㎡ …).  See build_codepoints().
    2. Keep only GPOS kern/mark/mkmk.  All GSUB features are dropped: ``locl``
       would let a shaper swap in Japanese/Traditional glyph forms, and
       ``liga``/``ccmp``/``dlig`` build glyphs that have no cmap entry (fi, ——),
       which a PDF's ToUnicode map cannot translate back to text.
    3. Never map the Kangxi radicals / CJK radicals supplement
       (U+2E80–U+2FDF).  In Noto/Source Han ⽴ U+2F74 and 立 U+7ACB share one
       glyph; Qt's PDF writer builds ToUnicode by taking the *lowest* code
       point that reaches a glyph, so 立 would be written out as ⽴ and a search
       for 成立 in the PDF would fail.
    4. Give every remaining code point its own glyph: where the source maps
       several code points to one glyph (· • ‧ ・, – ‒, 〜 ～, ① ➀ …), the
       extra code points get a copy of the glyph, so text copied out of a PDF
       is exactly the text that was written (– stays EN DASH, not FIGURE DASH).
    5. Convert the CFF outlines to TrueType (quadratic, cu2qu, max error
       1 unit/1000 em).  Qt 6.11's PDF engine embeds both flavours as CID
       TrueType (for CFF it re-draws the outlines itself), but only this
       TrueType build has been tested end to end, and older Qt versions and
       other consumers handle glyf fonts most reliably.
    6. Rename the font (family "Chain Mapper Sans SC") so it can never be
       confused with, or shadowed by, a full Noto Sans CJK SC installed on the
       user's machine, and set fsType 0 (installable embedding).

Usage
    python tools/make_font_subset.py                # fetch sources with apt-get download
    python tools/make_font_subset.py --source-dir DIR   # DIR holds the .ttc/.ttf files
    python tools/make_font_subset.py --text a.md --text b.txt   # add more hanzi
    python tools/make_font_subset.py --format otf   # CFF output (for comparison only)

Requires: fontTools (pip install fonttools).  Fetching needs apt-get + dpkg-deb
(Debian/Ubuntu); otherwise pass --source-dir with the files named as in
SOURCE_FILES.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from font_charset import build_codepoints, excluded, gb2312_chars  # the same folder
from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.recordingPen import DecomposingRecordingPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
from fontTools.ttLib.tables._g_a_s_p import (
    GASP_DOGRAY,
    GASP_GRIDFIT,
    GASP_SYMMETRIC_GRIDFIT,
    GASP_SYMMETRIC_SMOOTHING,
)

REPO = Path(__file__).resolve().parents[1]
OUT_DIR = REPO / "assets" / "fonts"

FAMILY = "Chain Mapper Sans SC"
PS_FAMILY = "ChainMapperSansSC"
VENDOR_NOTE = "Chain Mapper subset"

# file name -> (Debian package, path inside the package, SHA-256 of the file we
# built from: fonts-noto-cjk 1:20220127+repack1-1, fonts-noto-core 20201225-1).
# A different hash only prints a warning: a newer upstream release is fine, but
# README.md should then be updated.
SOURCE_FILES = {
    "NotoSansCJK-Regular.ttc": (
        "fonts-noto-cjk",
        "usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "b76b0433203017ca80401b2ee0dd69350349871c4b19d504c34dbdd80541690a",
    ),
    "NotoSansCJK-Bold.ttc": (
        "fonts-noto-cjk",
        "usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
        "faa5f3656a78b2e2d450d27fe8382c778bc2b6bb5ea29c986664a6a435056ceb",
    ),
    "NotoSansSymbols2-Regular.ttf": (
        "fonts-noto-core",
        "usr/share/fonts/truetype/noto/NotoSansSymbols2-Regular.ttf",
        "876598db5f1e3bef2bc77c4d94c5b0d5d2c1620be4878a06f18fb5434e331688",
    ),
}
SC_FACE_INDEX = 2  # NotoSansCJK-*.ttc: 0 JP, 1 KR, 2 SC, 3 TC, 4 HK, 5-9 Mono

WEIGHTS = ("Regular", "Bold")

# Borrowed from Noto Sans Symbols2 when the CJK font lacks them.
SYMBOLS2_CODEPOINTS = [0x2713, 0x2714, 0x2715, 0x2716, 0x2717, 0x2718]

# Only these OpenType features survive (all GPOS; no glyph substitution).
LAYOUT_FEATURES = ["kern", "mark", "mkmk"]

CU2QU_MAX_ERR = 1.0  # font units (UPM 1000)


# ---------------------------------------------------------------- sources


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def fetch_sources(workdir: Path) -> Path:
    """apt-get download the two Debian packages and unpack them (no install)."""
    src = workdir / "src"
    src.mkdir()
    for pkg in sorted({v[0] for v in SOURCE_FILES.values()}):
        subprocess.run(["apt-get", "download", pkg], cwd=workdir, check=True)
        deb = next(workdir.glob(f"{pkg}_*.deb"))
        unpacked = workdir / pkg
        subprocess.run(["dpkg-deb", "-x", str(deb), str(unpacked)], check=True)
        for name, (p, inner, _) in SOURCE_FILES.items():
            if p == pkg:
                shutil.copy(unpacked / inner, src / name)
    return src


def find_source_dir(arg: str | None, workdir: Path) -> Path:
    if arg:
        return Path(arg)
    # An installed fonts-noto-cjk / fonts-noto-core is fine too.
    installed = {n: Path("/") / v[1] for n, v in SOURCE_FILES.items()}
    if all(p.exists() for p in installed.values()):
        src = workdir / "src"
        src.mkdir()
        for n, p in installed.items():
            shutil.copy(p, src / n)
        return src
    return fetch_sources(workdir)


# ---------------------------------------------------------------- steps


def subset_font(font: TTFont, codepoints: set[int]) -> TTFont:
    opts = subset.Options()
    opts.layout_features = LAYOUT_FEATURES
    opts.name_IDs = ["*"]
    opts.name_languages = ["*"]
    opts.name_legacy = True
    opts.notdef_outline = True
    opts.glyph_names = False
    opts.hinting = False  # CFF hints are lost in the TrueType conversion anyway
    opts.desubroutinize = True
    # No vertical layout (VORG/vhea/vmtx); BASE (baselines) is unused by Qt.
    opts.drop_tables += ["VORG", "vhea", "vmtx", "BASE"]
    opts.prune_unicode_ranges = True
    s = subset.Subsetter(opts)
    s.populate(unicodes=sorted(codepoints))
    s.subset(font)
    return font


def cmap_subtables(font: TTFont):
    return [t for t in font["cmap"].tables if t.isUnicode()]


def clean_cmap(font: TTFont) -> None:
    """Drop the variation-selector subtable (format 14: of no use here, and it
    could point at shared glyphs) and, belt and braces, any excluded code
    point the subsetter kept."""
    font["cmap"].tables = [t for t in font["cmap"].tables if t.format != 14]
    for t in font["cmap"].tables:
        for u in [u for u in t.cmap if excluded(u)]:
            del t.cmap[u]


def drop_empty_gsub(font: TTFont) -> None:
    gsub = font.get("GSUB")
    if gsub is not None and not (gsub.table.LookupList and gsub.table.LookupList.LookupCount):
        del font["GSUB"]


def cff_to_glyf(font: TTFont) -> None:
    """Replace CFF outlines with quadratic TrueType ones (fontTools otf2ttf recipe)."""
    order = font.getGlyphOrder()
    gs = font.getGlyphSet()
    glyphs = {}
    for name in order:
        tt = TTGlyphPen(gs)
        # CFF contours run counter-clockwise, TrueType's clockwise.
        gs[name].draw(Cu2QuPen(tt, CU2QU_MAX_ERR, reverse_direction=True))
        glyphs[name] = tt.glyph()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    del font["CFF "]
    glyf.compile(font)  # computes bounding boxes
    hmtx = font["hmtx"]
    for name, g in glyf.glyphs.items():
        if hasattr(g, "xMin"):
            hmtx[name] = (hmtx[name][0], g.xMin)
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.numGlyphs = len(order)
    maxp.maxZones = 1
    # The rest is recomputed by maxp.recalc() when the font is saved.
    for attr in (
        "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
        "maxStackElements", "maxSizeOfInstructions", "maxComponentElements",
        "maxPoints", "maxContours", "maxCompositePoints", "maxCompositeContours",
        "maxComponentDepth",
    ):
        setattr(maxp, attr, 0)
    post = font["post"]
    post.formatType = 3.0  # no glyph names: smaller, Qt does not need them
    post.extraNames = []
    post.mapping = {}
    font["head"].glyphDataFormat = 0
    gasp = font["gasp"] = newTable("gasp")
    gasp.version = 1
    gasp.gaspRange = {
        0xFFFF: GASP_GRIDFIT | GASP_DOGRAY | GASP_SYMMETRIC_GRIDFIT | GASP_SYMMETRIC_SMOOTHING
    }
    font.sfntVersion = "\x00\x01\x00\x00"


def add_glyph(font: TTFont, name: str, ttglyph, advance: int, lsb: int) -> None:
    order = font.getGlyphOrder() + [name]
    font["glyf"].glyphs[name] = ttglyph
    font["glyf"].glyphOrder = order
    font.setGlyphOrder(order)
    font["hmtx"].metrics[name] = (advance, lsb)
    font["maxp"].numGlyphs = len(order)


def borrow_symbols(font: TTFont, donor_path: Path) -> list[int]:
    """Copy missing dingbats (✔ ✗ …) from Noto Sans Symbols2 (same UPM 1000)."""
    donor = TTFont(donor_path)
    assert donor["head"].unitsPerEm == font["head"].unitsPerEm
    dcmap = donor.getBestCmap()
    dgs = donor.getGlyphSet()
    have = font.getBestCmap()
    added = []
    for u in SYMBOLS2_CODEPOINTS:
        if u in have or u not in dcmap:
            continue
        gname = dcmap[u]
        rec = DecomposingRecordingPen(dgs)
        dgs[gname].draw(rec)
        pen = TTGlyphPen(None)
        rec.replay(pen)
        g = pen.glyph()
        g.recalcBounds(None)
        new = f"uni{u:04X}"
        add_glyph(font, new, g, donor["hmtx"][gname][0], getattr(g, "xMin", 0))
        for t in cmap_subtables(font):
            if t.format in (4, 12):
                t.cmap[u] = new
        added.append(u)
    return added


def split_shared_glyphs(font: TTFont) -> list[tuple[int, ...]]:
    """One glyph per code point, so PDF ToUnicode maps are exact.

    The lowest code point keeps the original glyph (that is what Qt would pick
    anyway); every other code point gets its own copy.
    """
    best = font.getBestCmap()
    by_glyph = defaultdict(list)
    for u, g in best.items():
        by_glyph[g].append(u)
    groups = []
    glyf, hmtx = font["glyf"], font["hmtx"]
    for g, us in sorted(by_glyph.items(), key=lambda kv: min(kv[1])):
        if len(us) < 2:
            continue
        us.sort()
        groups.append(tuple(us))
        for u in us[1:]:
            new = f"uni{u:04X}" if u <= 0xFFFF else f"u{u:05X}"
            assert new not in glyf.glyphs, new
            add_glyph(font, new, copy.deepcopy(glyf[g]), *hmtx[g])
            for t in cmap_subtables(font):
                if u in t.cmap:
                    t.cmap[u] = new
    return groups


def rename(font: TTFont, weight: str) -> None:
    name = font["name"]
    src_version = font["head"].fontRevision
    ps = f"{PS_FAMILY}-{weight}"
    full = FAMILY if weight == "Regular" else f"{FAMILY} {weight}"
    # Drop every record that names the font; keep copyright, trademark,
    # designer, licence etc. as the OFL asks.
    name.names = [n for n in name.names if n.nameID not in (1, 2, 3, 4, 5, 6, 10, 16, 17, 18, 21, 22)]
    version = f"Version {src_version:.3f}; {VENDOR_NOTE}"
    desc = (
        f"{FAMILY} {weight}: subset of Noto Sans CJK SC {weight} {src_version:.3f} "
        "(Adobe / Google, SIL OFL 1.1) for the Chain Mapper app: GB2312, Big5 level-1 "
        "and project hanzi, no radicals in cmap, no GSUB, TrueType outlines. "
        "Not the original font."
    )
    for nid, text in (
        (1, FAMILY), (2, weight), (3, f"{src_version:.3f};{PS_FAMILY};{ps}"),
        (4, full), (5, version), (6, ps), (10, desc),
    ):
        name.setName(text, nid, 3, 1, 0x409)  # Windows, Unicode BMP, en-US
        name.setName(text, nid, 1, 0, 0)  # Macintosh Roman, English
    os2 = font["OS/2"]
    os2.fsType = 0  # installable embedding (OFL permits it; Qt checks this bit)
    os2.achVendID = "NONE"
    is_bold = weight == "Bold"
    os2.usWeightClass = 700 if is_bold else 400
    # fsSelection: bit0 italic, bit5 bold, bit6 regular; keep USE_TYPO_METRICS etc.
    os2.fsSelection = (os2.fsSelection & ~0b1100001) | (0b100000 if is_bold else 0b1000000)
    font["head"].macStyle = 1 if is_bold else 0
    if "CFF " in font:  # only when --format otf
        cff = font["CFF "].cff
        cff.fontNames = [ps]
        top = cff.topDictIndex[0]
        top.FullName = full
        top.FamilyName = FAMILY
        if hasattr(top, "CIDFontName"):
            top.CIDFontName = ps


def check(path: Path, codepoints: set[int]) -> None:
    f = TTFont(path)
    best = f.getBestCmap()
    bad = [u for u in best if excluded(u)]
    assert not bad, f"radicals still mapped: {[hex(u) for u in bad]}"
    for t in f["cmap"].tables:
        assert not any(excluded(u) for u in t.cmap), "radicals in a cmap subtable"
    seen = defaultdict(list)
    for u, g in best.items():
        seen[g].append(u)
    shared = {g: us for g, us in seen.items() if len(us) > 1}
    assert not shared, f"glyphs still shared: {shared}"
    missing_gb = sorted(u for u in gb2312_chars() if u not in best)
    assert not missing_gb, f"GB2312 missing: {''.join(map(chr, missing_gb))}"
    missing_hanzi = [u for u in codepoints if u not in best and 0x3400 <= u <= 0x9FFF]
    assert not missing_hanzi, f"hanzi missing: {''.join(map(chr, missing_hanzi))}"
    for c in "≥≤≠→←↑↓×÷±%‰℃№①⑳●○■□▲△◆◇★✓✗㎡，。、；：？！“”‘’（）《》【】—…·–":
        assert ord(c) in best, f"missing {c} U+{ord(c):04X}"
    print(
        f"{path.name}: {path.stat().st_size:,} bytes, {len(f.getGlyphOrder())} glyphs, "
        f"{len(best)} code points, outlines={'glyf' if 'glyf' in f else 'CFF'}, "
        f"family={f['name'].getDebugName(1)!r} style={f['name'].getDebugName(2)!r}"
    )
    missing_req = sorted(u for u in codepoints if u not in best)
    print(f"  requested but not in the source font: {len(missing_req)} code points")


def check_sources(src: Path) -> None:
    for name, (_, _, expected) in SOURCE_FILES.items():
        got = sha256(src / name)
        if got != expected:
            print(f"WARNING: {name} sha256 {got} differs from the one README.md documents")


def build(src: Path, out_dir: Path, fmt: str, texts: list[Path], big5: bool) -> None:
    check_sources(src)
    codepoints = build_codepoints(texts, big5)
    out_dir.mkdir(parents=True, exist_ok=True)
    for weight in WEIGHTS:
        ttc = src / f"NotoSansCJK-{weight}.ttc"
        # recalcTimestamp=False keeps head.modified from the source, so the
        # same inputs give byte-identical output.
        font = TTFont(ttc, fontNumber=SC_FACE_INDEX, recalcTimestamp=False)
        assert font["name"].getDebugName(1) == "Noto Sans CJK SC", font["name"].getDebugName(1)
        subset_font(font, codepoints)
        clean_cmap(font)
        drop_empty_gsub(font)
        if fmt == "ttf":
            cff_to_glyf(font)
            added = borrow_symbols(font, src / "NotoSansSymbols2-Regular.ttf")
            print(f"  borrowed from Symbols2: {''.join(map(chr, added))}")
            groups = split_shared_glyphs(font)
            print(f"  split {len(groups)} shared glyphs: "
                  + " ".join("/".join(chr(u) for u in g) for g in groups))
        rename(font, weight)
        ext = "ttf" if fmt == "ttf" else "otf"
        out = out_dir / f"{PS_FAMILY}-{weight}.{ext}"
        font.save(out)
        if fmt == "ttf":
            check(out, codepoints)
        else:
            print(f"{out}: {out.stat().st_size:,} bytes (CFF, not checked)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--source-dir", help="directory with " + ", ".join(SOURCE_FILES))
    ap.add_argument("--out-dir", default=str(OUT_DIR))
    ap.add_argument("--format", choices=("ttf", "otf"), default="ttf")
    ap.add_argument("--text", action="append", default=[], type=Path,
                    help="UTF-8 file whose hanzi must be included (repeatable)")
    ap.add_argument("--no-big5", action="store_true",
                    help="leave out the Big5 level-1 Traditional hanzi (saves ~0.5 MB per weight)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        src = find_source_dir(args.source_dir, Path(tmp))
        build(src, Path(args.out_dir), args.format, args.text, not args.no_big5)
    return 0


if __name__ == "__main__":
    sys.exit(main())
