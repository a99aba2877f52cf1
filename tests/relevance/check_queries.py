#!/usr/bin/env python3
"""Validate tests/relevance/queries.toml against the content files.

Checks: the file parses; every query has q and a known kind; every judged id
exists in its content file; answerable = false queries judge no section and
answerable queries judge at least one; no duplicate q; no duplicate id within
a section; per-kind minimum counts. Exit status 1 on any problem.
Usage: python3 tests/relevance/check_queries.py
"""
import sys
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "content"
QUERIES = Path(__file__).resolve().parent / "queries.toml"

SECTIONS = {  # section -> (content file, table name)
    "causes": ("causes.toml", "cause"),
    "faqs": ("faq.toml", "faq"),
    "stories": ("stories.toml", "story"),
    "steps": ("steps.toml", "step"),
    "tips": ("tips.toml", "tip"),
    "channels": ("channels.toml", "channel"),
}

MIN_PER_KIND = {
    "zh-colloquial": 50, "zh-traditional": 15, "fullwidth": 8, "pinyin": 12,
    "pinyin-spaced": 8, "pinyin-tones": 6, "initials": 8, "en-sentence": 40,
    "en-uk-us": 8, "en-typo": 15, "mixed": 12, "single-char": 6, "paste": 6,
    "emoji": 5, "cross-language": 6,
}
MIN_TOTAL = 220
ALLOWED_KEYS = {"q", "kind", "answerable", *SECTIONS}


def load_ids():
    ids = {}
    for section, (fname, table) in SECTIONS.items():
        with open(CONTENT / fname, "rb") as f:
            data = tomllib.load(f)
        ids[section] = {e["id"] for e in data.get(table, [])}
    return ids


def main():
    errors = []
    ids = load_ids()
    with open(QUERIES, "rb") as f:
        data = tomllib.load(f)
    queries = data.get("query", [])
    kinds = Counter()
    seen = set()
    unanswerable = 0
    for i, qd in enumerate(queries):
        where = f"query #{i + 1} ({qd.get('q')!r})"
        for key in qd:
            if key not in ALLOWED_KEYS:
                errors.append(f"{where}: unknown key {key!r}")
        q = qd.get("q")
        if not isinstance(q, str) or not q.strip():
            errors.append(f"{where}: missing or empty q")
        elif q in seen:
            errors.append(f"{where}: duplicate q")
        else:
            seen.add(q)
        kind = qd.get("kind")
        if kind not in MIN_PER_KIND:
            errors.append(f"{where}: unknown kind {kind!r}")
        else:
            kinds[kind] += 1
        judged = [s for s in SECTIONS if s in qd]
        answerable = qd.get("answerable", True)
        if not isinstance(answerable, bool):
            errors.append(f"{where}: answerable must be a boolean")
        if answerable is False:
            unanswerable += 1
            if judged:
                errors.append(f"{where}: answerable = false but judges {judged}")
        elif not judged:
            errors.append(f"{where}: no section judged (add one or answerable = false)")
        for s in judged:
            lst = qd[s]
            if not isinstance(lst, list) or not lst:
                errors.append(f"{where}: {s} must be a non-empty list")
                continue
            if len(set(lst)) != len(lst):
                errors.append(f"{where}: duplicate id in {s}")
            for x in lst:
                if x not in ids[s]:
                    errors.append(f"{where}: {s} id {x!r} not in content/{SECTIONS[s][0]}")
    for kind, need in MIN_PER_KIND.items():
        if kinds[kind] < need:
            errors.append(f"kind {kind}: {kinds[kind]} queries, need at least {need}")
    if len(queries) < MIN_TOTAL:
        errors.append(f"{len(queries)} queries, need at least {MIN_TOTAL}")

    print(f"{len(queries)} queries, {unanswerable} unanswerable")
    for kind in MIN_PER_KIND:
        print(f"  {kind:15} {kinds[kind]:4}  (min {MIN_PER_KIND[kind]})")
    used = Counter()
    for qd in queries:
        for s in SECTIONS:
            used[s] += s in qd
    print("  judged sections: " + ", ".join(f"{s}={used[s]}" for s in SECTIONS))
    for s in SECTIONS:
        unused = ids[s] - {x for qd in queries for x in qd.get(s, [])}
        if unused:
            print(f"  note: {s} ids never judged relevant: {sorted(unused)}")
    if errors:
        print(f"\n{len(errors)} problem(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
