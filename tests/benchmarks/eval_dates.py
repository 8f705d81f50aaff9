"""Score the date tagger on TimeML (TempEval-3) folders, and time it on plain text.

Usage:
    python tests/benchmarks/eval_dates.py FOLDER [FOLDER ...] [--speed PATH] [--errors]

For each TimeML folder: relaxed and strict precision/recall/F1 of the TIMEX3
mentions (types DATE, TIME, DURATION, SET; the document creation time excluded)
and value accuracy over the relaxed-matched pairs. The DCT is passed to the
tagger as the publication date. `--speed PATH` (a folder of Reuters `.txt`
files or one file) reports MB/s (UTF-8 bytes, best of 10 runs, CPU time) of
tag_dates over their bodies concatenated into one text. The data stays where it
is: nothing is copied into the project.

`score_timeml(folder) -> dict` is the entry point for the overall eval script.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from tradereader.extract.dates import tag_dates

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_TYPES = {"DATE", "TIME", "DURATION", "SET"}


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


def _section(xml: str, name: str) -> str:
    match = re.search(rf"<{name}>(.*?)</{name}>", xml, re.S)
    return match.group(1) if match else ""


def parse_timeml(xml: str) -> tuple[str, list[GoldTimex], str | None]:
    """The plain text of <TEXT>, its gold TIMEX3s (offsets into it) and the DCT."""
    dct = re.search(r'<DCT>.*?value="([^"]+)"', xml, re.S)
    body = _section(xml, "TEXT")
    parts: list[str] = []
    length = 0
    open_timex: list[tuple[int, dict[str, str]]] = []
    gold: list[GoldTimex] = []
    pos = 0
    for match in _TAG.finditer(body):
        chunk = html.unescape(body[pos:match.start()])
        parts.append(chunk)
        length += len(chunk)
        pos = match.end()
        closing, name = match.group(1), match.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex.append((length, dict(_ATTR.findall(match.group(3)))))
        elif open_timex:
            start, attrs = open_timex.pop()
            gold.append(GoldTimex(start, length, "", attrs.get("type", ""), attrs.get("value", "")))
    parts.append(html.unescape(body[pos:]))
    text = "".join(parts)
    gold = [GoldTimex(g.start, g.end, text[g.start:g.end], g.type, g.value)
            for g in gold if g.type in _TYPES]
    return text, gold, dct.group(1)[:10] if dct else None


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _match_relaxed(gold, predicted) -> list[tuple[int, int]]:
    """Greedy one-to-one pairing of overlapping spans (exact ones first)."""
    pairs: list[tuple[int, int]] = []
    used_g: set[int] = set()
    used_p: set[int] = set()
    for exact in (True, False):
        for gi, g in enumerate(gold):
            if gi in used_g:
                continue
            for pi, p in enumerate(predicted):
                if pi in used_p:
                    continue
                same = (g.start, g.end) == (p.start, p.end)
                if same if exact else _overlaps(g.start, g.end, p.start, p.end):
                    pairs.append((gi, pi))
                    used_g.add(gi)
                    used_p.add(pi)
                    break
    return pairs


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_documents(docs, errors: list[str] | None = None) -> dict:
    counts = {"gold": 0, "pred": 0, "relaxed": 0, "strict": 0, "value_ok": 0}
    for name, text, gold, dct in docs:
        predicted = tag_dates(text, dct)
        pairs = _match_relaxed(gold, predicted)
        counts["gold"] += len(gold)
        counts["pred"] += len(predicted)
        counts["relaxed"] += len(pairs)
        for gi, pi in pairs:
            g, p = gold[gi], predicted[pi]
            counts["strict"] += (g.start, g.end) == (p.start, p.end)
            counts["value_ok"] += g.value == p.value
            if errors is not None and ((g.start, g.end) != (p.start, p.end) or g.value != p.value):
                errors.append(f"{name}\tMATCH\tgold={g.text!r} {g.value}\tpred={p.text!r} "
                              f"{p.value} [{p.why}]\t{_context(text, g.start, g.end)}")
        if errors is not None:
            _collect_misses(name, text, gold, predicted, pairs, errors)
    return _summary(counts)


def _context(text: str, start: int, end: int) -> str:
    return (text[max(0, start - 50):start] + "[" + text[start:end] + "]"
            + text[end:end + 40]).replace("\n", " ")


def _collect_misses(name, text, gold, predicted, pairs, errors) -> None:
    matched_g = {gi for gi, _ in pairs}
    matched_p = {pi for _, pi in pairs}
    for gi, g in enumerate(gold):
        if gi not in matched_g:
            errors.append(f"{name}\tMISS\t{g.text!r} {g.type} {g.value}\t"
                          f"{_context(text, g.start, g.end)}")
    for pi, p in enumerate(predicted):
        if pi not in matched_p:
            errors.append(f"{name}\tFALSE\t{p.text!r} {p.value} [{p.why}]\t"
                          f"{_context(text, p.start, p.end)}")


def _summary(c: dict) -> dict:
    rp, rr, rf = _prf(c["relaxed"], c["pred"], c["gold"])
    sp, sr, sf = _prf(c["strict"], c["pred"], c["gold"])
    value = c["value_ok"] / c["relaxed"] if c["relaxed"] else 0.0
    return {**c, "relaxed_p": rp, "relaxed_r": rr, "relaxed_f1": rf,
            "strict_p": sp, "strict_r": sr, "strict_f1": sf, "value_accuracy": value}


def load_folder(folder: str | Path):
    docs = []
    for path in sorted(Path(folder).rglob("*.tml")):
        text, gold, dct = parse_timeml(path.read_text(encoding="utf-8"))
        docs.append((path.name, text, gold, dct))
    return docs


def score_timeml(folder: str | Path, errors: list[str] | None = None) -> dict:
    """Relaxed/strict P/R/F1 and value accuracy of tag_dates on a TimeML folder."""
    return score_documents(load_folder(folder), errors)


def reuters_bodies(path: str | Path) -> str:
    """The bodies of Reuters `.txt` files (header lines, a blank line, the body)."""
    path = Path(path)
    files = sorted(path.glob("*.txt")) if path.is_dir() else [path]
    bodies = []
    for file in files:
        text = file.read_text(encoding="utf-8")
        head, sep, body = text.partition("\n\n")
        bodies.append(body if sep else text)
    return "\n\n".join(bodies)


def speed_mb_per_s(path: str | Path, repeat: int = 10) -> float:
    """MB/s of tag_dates over the bodies: the best of `repeat` runs, in CPU time (other
    processes on a loaded machine do not count against it)."""
    text = reuters_bodies(path)
    tag_dates(text[:1000])  # warm-up: compile the patterns
    best = float("inf")
    for _ in range(repeat):
        began = time.process_time()
        tag_dates(text, "1987-03-15")
        best = min(best, time.process_time() - began)
    return len(text.encode("utf-8")) / 1e6 / max(best, 1e-9)


def _print_scores(folder: str, s: dict) -> None:
    print(f"{folder}: gold {s['gold']} predicted {s['pred']}")
    print(f"  relaxed P {s['relaxed_p']:.3f} R {s['relaxed_r']:.3f} F1 {s['relaxed_f1']:.3f}")
    print(f"  strict  P {s['strict_p']:.3f} R {s['strict_r']:.3f} F1 {s['strict_f1']:.3f}")
    print(f"  value accuracy (relaxed matches) {s['value_accuracy']:.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", help="TimeML folders")
    parser.add_argument("--speed", help="Reuters .txt folder (or file) to time the tagger on")
    parser.add_argument("--errors", action="store_true", help="list misses and mismatches")
    args = parser.parse_args(argv)
    for folder in args.folders:
        errors: list[str] | None = [] if args.errors else None
        _print_scores(folder, score_timeml(folder, errors))
        for line in errors or ():
            print(line)
    if args.speed:
        print(f"speed: {speed_mb_per_s(args.speed):.1f} MB/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
