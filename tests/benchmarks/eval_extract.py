"""Score the extraction engine on data it is given a path to (never copied here).

Usage:
    python tests/benchmarks/eval_extract.py PATH [PATH ...] [--errors]

PATH may be:
- a folder of Reuters `.txt` files (header lines, a blank line, the body):
  the headers' PLACES / ORGS / PEOPLE are weak document-level gold. Printed:
  country codes (PLACES vs the country/metonym values found), organisations (ORGS
  vs institutions, `ec` vs EU), people (recall of PEOPLE surnames). The DATE header
  is passed as the publication date.
- a folder of articles with gold files written by the guidelines: `NAME.txt` next
  to `NAME.gold.json` = `{"mentions": [{"start", "end", "kind", "value", ...}]}`
  (the `--json` output shape of `tradereader entities`): per kind strict and relaxed
  P/R/F1, canonical (value) accuracy on relaxed matches, and document-level
  canonical-value sets.
- a TimeML folder (`*.tml`): dates only, through eval_dates.score_timeml.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

from tradereader.extract import extract
from tradereader.extract.lexicon import load_lexicon
from tradereader.extract.normalize import fold_pattern

KINDS = ("actor", "issue", "date")
_ORG_GOLD = {"ec": "EU", "gatt": "GATT", "oecd": "OECD", "imf": "IMF", "worldbank": "World Bank",
             "ico-coffee": "International Coffee Organization", "escap": "ESCAP", "asean": "ASEAN"}
_PLACE_ALIASES = {"usa": "USA", "uk": "GBR", "ussr": "SUN", "uae": "ARE"}


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# ---- Reuters headers as weak document-level gold -------------------------------------

def read_reuters(path: Path) -> tuple[dict[str, str], str]:
    """(header fields, body) of one Reuters `.txt` file."""
    head, _sep, body = path.read_text(encoding="utf-8").partition("\n\n")
    fields = dict(line.split(": ", 1) if ": " in line else (line.rstrip(":"), "")
                  for line in head.splitlines())
    return fields, body


def place_code(place: str) -> str | None:
    """A Reuters PLACES term (`south-korea`) as a country code, through the lexicon."""
    if place in _PLACE_ALIASES:
        return _PLACE_ALIASES[place]
    entry = load_lexicon().by_pattern.get(fold_pattern(place.replace("-", " ")))
    return entry.value if entry and entry.kind == "actor" else None


def reuters_published(date_field: str) -> str | None:
    try:
        return datetime.strptime(date_field.split()[0], "%d-%b-%Y").date().isoformat()
    except (ValueError, IndexError):
        return None


def score_reuters(folder: Path, errors: list[str] | None) -> dict:
    c: Counter = Counter()
    for path in sorted(folder.glob("*.txt")):
        fields, body = read_reuters(path)
        if "NEWID" not in fields:  # not a Reuters record (index.json's folder has others)
            continue
        mentions = extract(body, reuters_published(fields.get("DATE", "")))
        c["docs"] += 1
        c["bad_offsets"] += sum(body[m.start:m.end] != m.text for m in mentions)
        _count_places(c, fields, mentions, path.name, errors)
        _count_orgs(c, fields, mentions, path.name, errors)
        _count_people(c, fields, mentions, path.name, errors)
        for m in mentions:
            c[f"n_{m.kind}"] += 1
    return dict(c)


def _count_places(c, fields, mentions, name, errors) -> None:
    gold = {place_code(p) for p in fields.get("PLACES", "").split()} - {None}
    pred = {m.value for m in mentions if m.subtype in ("country", "metonym")}
    c["place_gold"] += len(gold)
    c["place_pred"] += len(pred)
    c["place_tp"] += len(gold & pred)
    if errors is not None:
        for code in sorted(gold - pred):
            errors.append(f"{name}\tPLACE MISS\t{code}")


def _count_orgs(c, fields, mentions, name, errors) -> None:
    gold = {_ORG_GOLD[o] for o in fields.get("ORGS", "").split() if o in _ORG_GOLD}
    found = {m.value for m in mentions if m.kind == "actor"}
    pred = found & set(_ORG_GOLD.values())
    c["org_gold"] += len(gold)
    c["org_pred"] += len(pred)
    c["org_tp"] += len(gold & pred)
    if errors is not None:
        for org in sorted(gold - pred):
            errors.append(f"{name}\tORG MISS\t{org}")


def _count_people(c, fields, mentions, name, errors) -> None:
    people = [m.value.lower() for m in mentions if m.subtype == "person"]
    for person in fields.get("PEOPLE", "").split():
        surname = person.split("-")[-1]
        c["people_gold"] += 1
        hit = any(re.search(rf"\b{re.escape(surname)}\b", p) for p in people)
        c["people_found"] += hit
        if errors is not None and not hit:
            errors.append(f"{name}\tPERSON MISS\t{person}")


def print_reuters(folder: Path, c: dict) -> None:
    print(f"{folder}: {c['docs']} documents; mentions " + ", ".join(
        f"{k} {c.get('n_' + k, 0)}" for k in KINDS) + f"; offsets wrong {c['bad_offsets']}")
    for key, label in (("place", "country codes vs PLACES"), ("org", "organisations vs ORGS")):
        p, r, f = prf(c[f"{key}_tp"], c[f"{key}_pred"], c[f"{key}_gold"])
        print(f"  {label:26} P {p:.3f} R {r:.3f} F1 {f:.3f}  (doc level, weak gold)")
    found, gold = c.get("people_found", 0), c.get("people_gold", 0)  # none: no headers
    print(f"  {'people vs PEOPLE':26} recall {found / gold if gold else 0:.3f} ({found}/{gold})")


# ---- gold files written by the guidelines ---------------------------------------------

def _pairs(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """Greedy one-to-one pairing of overlapping spans, exact ones first."""
    pairs, used_g, used_p = [], set(), set()
    for exact in (True, False):
        for gi, g in enumerate(gold):
            for pi, p in enumerate(pred):
                if gi in used_g or pi in used_p:
                    continue
                same = (g["start"], g["end"]) == (p["start"], p["end"])
                if same if exact else (g["start"] < p["end"] and p["start"] < g["end"]):
                    pairs.append((gi, pi))
                    used_g.add(gi)
                    used_p.add(pi)
    return pairs


def score_gold_folder(folder: Path, errors: list[str] | None) -> dict:
    c: Counter = Counter()
    for gold_path in sorted(folder.glob("*.gold.json")):
        text = gold_path.with_name(gold_path.name[:-len(".gold.json")] + ".txt").read_text("utf-8")
        data = json.loads(gold_path.read_text("utf-8"))
        published = data.get("article", {}).get("published")
        pred = [m.to_dict() for m in extract(text, published)]
        for kind in KINDS:
            _score_kind(c, kind, [g for g in data["mentions"] if g["kind"] == kind],
                        [p for p in pred if p["kind"] == kind], gold_path.name, text, errors)
    return dict(c)


def _score_kind(c, kind, gold, pred, name, text, errors) -> None:
    pairs = _pairs(gold, pred)
    c[f"{kind}_gold"] += len(gold)
    c[f"{kind}_pred"] += len(pred)
    c[f"{kind}_relaxed"] += len(pairs)
    c[f"{kind}_strict"] += sum((gold[g]["start"], gold[g]["end"]) ==
                               (pred[p]["start"], pred[p]["end"]) for g, p in pairs)
    c[f"{kind}_value_ok"] += sum(gold[g].get("value") == pred[p]["value"] for g, p in pairs)
    doc_gold = {g.get("value") for g in gold}
    doc_pred = {p["value"] for p in pred}
    c[f"{kind}_doc_gold"] += len(doc_gold)
    c[f"{kind}_doc_pred"] += len(doc_pred)
    c[f"{kind}_doc_tp"] += len(doc_gold & doc_pred)
    if errors is not None:
        _list_errors(errors, name, text, gold, pred, pairs)


def _list_errors(errors, name, text, gold, pred, pairs) -> None:
    hit_g = {g for g, _ in pairs}
    hit_p = {p for _, p in pairs}
    for label, items, hit in (("MISS", gold, hit_g), ("FALSE", pred, hit_p)):
        for i, m in enumerate(items):
            if i not in hit:
                ctx = text[max(0, m["start"] - 40):m["end"] + 30].replace("\n", " ")
                errors.append(f"{name}\t{label}\t{m['kind']}\t{text[m['start']:m['end']]!r} "
                              f"{m.get('value')}\t{ctx}")
    for g, p in pairs:
        if gold[g].get("value") != pred[p]["value"]:
            errors.append(f"{name}\tVALUE\t{gold[g]['kind']}\t{gold[g].get('value')} != "
                          f"{pred[p]['value']} ({pred[p].get('why')})")


def print_gold(folder: Path, c: dict) -> None:
    print(f"{folder}: gold-annotated articles")
    for kind in KINDS:
        if not c.get(f"{kind}_gold"):
            print(f"  {kind:6} no gold mentions ({c.get(f'{kind}_pred', 0)} predicted)")
            continue
        g, n = c[f"{kind}_gold"], c[f"{kind}_pred"]
        rp, rr, rf = prf(c[f"{kind}_relaxed"], n, g)
        sp, sr, sf = prf(c[f"{kind}_strict"], n, g)
        dp, dr, df = prf(c[f"{kind}_doc_tp"], c[f"{kind}_doc_pred"], c[f"{kind}_doc_gold"])
        value = c[f"{kind}_value_ok"] / c[f"{kind}_relaxed"] if c[f"{kind}_relaxed"] else 0.0
        print(f"  {kind:6} gold {g} pred {n}: relaxed P {rp:.3f} R {rr:.3f} F1 {rf:.3f} | "
              f"strict F1 {sf:.3f} | canonical {value:.3f} | doc-level F1 {df:.3f}")


# ---- main ---------------------------------------------------------------------------

def score_path(path: Path, errors: list[str] | None) -> bool:
    """Score one folder by what it holds; False (and a message) if it holds nothing
    this script knows how to score."""
    if not path.is_dir():
        print(f"{path}: not a folder", file=sys.stderr)
        return False
    if any(path.glob("*.gold.json")):
        print_gold(path, score_gold_folder(path, errors))
    elif any(path.rglob("*.tml")):
        sys.path.insert(0, str(Path(__file__).parent))
        from eval_dates import score_timeml  # the dates helper's scorer

        s = score_timeml(path, errors)
        print(f"{path}: TimeML dates gold {s['gold']} pred {s['pred']}: relaxed F1 "
              f"{s['relaxed_f1']:.3f} strict F1 {s['strict_f1']:.3f} "
              f"value {s['value_accuracy']:.3f}")
    elif any(path.glob("*.txt")) and (counts := score_reuters(path, errors)).get("docs"):
        print_reuters(path, counts)
    else:
        print(f"{path}: no *.gold.json, TimeML (*.tml) or Reuters record (*.txt) files",
              file=sys.stderr)
        return False
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--errors", action="store_true", help="list misses and false hits")
    args = parser.parse_args(argv)
    errors: list[str] | None = [] if args.errors else None
    scored = [score_path(path, errors) for path in args.paths]
    for line in errors or ():
        print(line)
    return 0 if all(scored) else 2


if __name__ == "__main__":
    raise SystemExit(main())
