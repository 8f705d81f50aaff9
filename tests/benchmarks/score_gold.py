"""Score the extraction engine against gold files written by the guidelines.

Usage:
    python tests/benchmarks/score_gold.py GOLD_DIR TEXT_DIR [TEXT_DIR ...] [--errors]

GOLD_DIR holds `*.gold.json` files: `{"file": "NAME.txt", "published": "YYYY-MM-DD" | null,
"mentions": [{"start", "end", "text", "kind", "subtype", "value"}]}`. The text is looked up
as TEXT_DIR/NAME.txt (first folder that has it). A text that starts with `NEWID:` is a
Reuters record (the eval folder's format): its header lines are dropped (offsets index the body after the first
blank line) and its DATE header is the publication date unless the gold file gives one.

Printed per kind: strict (same span) and relaxed (overlapping span, same kind; one to one)
precision / recall / F1, canonical value accuracy on relaxed matches, country-code accuracy
(gold subtype country or metonym), and document-level value sets (micro P/R/F1).
No evaluation text lives in this file or is written by it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

from tradereader.extract import extract

KINDS = ("actor", "issue", "date")


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def read_text(path: Path) -> tuple[str, str | None]:
    """(text the offsets index, publication date from a Reuters DATE header or None)."""
    raw = path.read_text(encoding="utf-8").replace("\r\n", "\n")
    if not raw.startswith("NEWID:"):
        return raw, None
    head, _sep, body = raw.partition("\n\n")
    fields = dict(line.split(": ", 1) for line in head.splitlines() if ": " in line)
    try:
        day = datetime.strptime(fields.get("DATE", "").split()[0], "%d-%b-%Y").date()
    except (ValueError, IndexError):
        return body, None
    return body, day.isoformat()


def find_text(name: str, folders: list[Path]) -> Path:
    for folder in folders:
        if (folder / name).is_file():
            return folder / name
    raise SystemExit(f"no text {name} in {', '.join(map(str, folders))}")


def match_pairs(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """One-to-one relaxed matches: exact spans first, then largest overlap."""
    cands = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            overlap = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if overlap > 0:
                exact = g["start"] == p["start"] and g["end"] == p["end"]
                cands.append((not exact, -overlap, gi, pi))
    used_g, used_p, pairs = set(), set(), []
    for _e, _o, gi, pi in sorted(cands):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def score_doc(c: Counter, gold_doc: dict, text: str, published: str | None,
              errors: list[str] | None) -> None:
    mentions = extract(text, published)
    pred_all = [{"start": m.start, "end": m.end, "text": m.text, "kind": m.kind,
                 "subtype": m.subtype, "value": m.value, "why": m.why} for m in mentions]
    for kind in KINDS:
        gold = [g for g in gold_doc["mentions"] if g["kind"] == kind]
        pred = [p for p in pred_all if p["kind"] == kind]
        score_kind(c, kind, gold, pred)
        if errors is not None:
            list_errors(errors, gold_doc["file"], kind, gold, pred)


def score_kind(c: Counter, kind: str, gold: list[dict], pred: list[dict]) -> None:
    pairs = match_pairs(gold, pred)
    c[kind, "gold"] += len(gold)
    c[kind, "pred"] += len(pred)
    c[kind, "relaxed"] += len(pairs)
    for gi, pi in pairs:
        g, p = gold[gi], pred[pi]
        c[kind, "strict"] += g["start"] == p["start"] and g["end"] == p["end"]
        c[kind, "value_ok"] += str(g["value"]).lower() == str(p["value"]).lower()
        if g.get("subtype") in ("country", "metonym"):
            c[kind, "code_n"] += 1
            c[kind, "code_ok"] += g["value"] == p["value"]
    gset = {str(g["value"]).lower() for g in gold}
    pset = {str(p["value"]).lower() for p in pred}
    c[kind, "set_gold"] += len(gset)
    c[kind, "set_pred"] += len(pset)
    c[kind, "set_tp"] += len(gset & pset)


def list_errors(errors: list[str], name: str, kind: str, gold: list[dict],
                pred: list[dict]) -> None:
    pairs = match_pairs(gold, pred)
    matched_g = {gi for gi, _ in pairs}
    matched_p = {pi for _, pi in pairs}
    for gi, pi in pairs:
        g, p = gold[gi], pred[pi]
        if (g["start"], g["end"]) != (p["start"], p["end"]):
            errors.append(f"{name} {kind} SPAN  gold {g['text']!r} pred {p['text']!r}")
        if str(g["value"]).lower() != str(p["value"]).lower():
            errors.append(f"{name} {kind} VALUE {g['text']!r} gold {g['value']!r} "
                          f"pred {p['value']!r} ({p['why']})")
    for gi, g in enumerate(gold):
        if gi not in matched_g:
            errors.append(f"{name} {kind} MISS  @{g['start']} {g['text']!r} {g['subtype']} {g['value']!r}")
    for pi, p in enumerate(pred):
        if pi not in matched_p:
            errors.append(f"{name} {kind} FP    @{p['start']} {p['text']!r} {p['subtype']} {p['value']!r} "
                          f"({p['why']})")


def report(c: Counter) -> None:
    print(f"{'kind':6} {'gold':>5} {'pred':>5}  strict P/R/F1      relaxed P/R/F1     "
          f"value  codes  docset P/R/F1")
    for kind in KINDS:
        g, n = c[kind, "gold"], c[kind, "pred"]
        sp, sr, sf = prf(c[kind, "strict"], n, g)
        rp, rr, rf = prf(c[kind, "relaxed"], n, g)
        val = c[kind, "value_ok"] / c[kind, "relaxed"] if c[kind, "relaxed"] else 0.0
        codes = (f"{c[kind, 'code_ok'] / c[kind, 'code_n']:.2f}" if c[kind, "code_n"]
                 else "  - ")
        dp, dr, df = prf(c[kind, "set_tp"], c[kind, "set_pred"], c[kind, "set_gold"])
        print(f"{kind:6} {g:5} {n:5}  {sp:.2f}/{sr:.2f}/{sf:.2f}  {rp:.2f}/{rr:.2f}/{rf:.2f}"
              f"   {val:.2f}   {codes}  {dp:.2f}/{dr:.2f}/{df:.2f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("text_dirs", type=Path, nargs="+")
    ap.add_argument("--errors", action="store_true", help="list every miss, FP and mismatch")
    args = ap.parse_args(argv)
    c: Counter = Counter()
    errors: list[str] | None = [] if args.errors else None
    for gold_path in sorted(args.gold_dir.glob("*.gold.json")):
        gold_doc = json.loads(gold_path.read_text(encoding="utf-8"))
        text, header_date = read_text(find_text(gold_doc["file"], args.text_dirs))
        bad = [g for g in gold_doc["mentions"] if text[g["start"]:g["end"]] != g["text"]]
        if bad:
            print(f"{gold_path.name}: {len(bad)} gold spans do not quote the text", file=sys.stderr)
        score_doc(c, gold_doc, text, gold_doc.get("published") or header_date, errors)
    report(c)
    for line in errors or ():
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
