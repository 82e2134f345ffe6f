#!/usr/bin/env python3
"""Scores attache against the gold annotations in tests/gold/ on ../shared/corpus.

usage: scripts/evaluate.py --cli build/examples/attache [--corpus ../shared/corpus]
                           [--gold tests/gold] [--min-entity-f1 F] [--min-triple-f1 F]
                           [--min-attribution F] [--verbose]

Prints precision, recall and F1 for entities (the set of entity ids a document mentions)
and for triples ((subject, predicate, object, polarity); symmetric predicates are
unordered), then attribution accuracy: of the triples found, how many also have the gold
attributed_to and denied_by. Exits 1 if a --min threshold is not met, 2 on usage errors.
"""
import argparse
import json
import os
import subprocess
import sys

SYMMETRIC = {"met", "agreed-with", "signed-agreement-with", "held-call-with", "allied-with"}


def triple_key(subject, predicate, obj, polarity):
    if predicate in SYMMETRIC and obj is not None and obj < subject:
        subject, obj = obj, subject
    return (subject, predicate, obj, polarity)


def run(cli, path, date, mentions):
    args = [cli, "extract", "--date", date]
    if mentions:
        args.append("--mentions")
    out = subprocess.run(args + [path], capture_output=True, text=True, check=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def evaluate(args):
    totals = {"etp": 0, "efp": 0, "efn": 0, "ttp": 0, "tfp": 0, "tfn": 0, "attr_ok": 0,
              "attr_n": 0, "flag_ok": 0, "flag_n": 0}
    for name in sorted(os.listdir(args.gold)):
        if not name.endswith(".jsonl"):
            continue
        with open(os.path.join(args.gold, name), encoding="utf-8") as f:
            lines = [json.loads(line) for line in f if line.strip()]
        header, gold_triples = lines[0], lines[1:]
        path = os.path.join(args.corpus, header["file"])
        found_mentions = run(args.cli, path, header["date"], True)
        found_triples = run(args.cli, path, header["date"], False)
        gold_entities = set(header["entities"])
        found_entities = {m["id"] for m in found_mentions}
        found_entities |= {m["role_of"] for m in found_mentions if m.get("role_of")}
        tp = len(gold_entities & found_entities)
        totals["etp"] += tp
        totals["efp"] += len(found_entities - gold_entities)
        totals["efn"] += len(gold_entities - found_entities)
        gold = {}
        for t in gold_triples:
            gold[triple_key(t["subject"], t["predicate"], t["object"], t["polarity"])] = t
        found = {}
        for t in found_triples:
            key = triple_key(t["subject"]["id"], t["predicate"],
                             t["object"]["id"] if t["object"] else None, t["polarity"])
            found.setdefault(key, []).append(t)
        matched = set(gold) & set(found)
        totals["ttp"] += len(matched)
        totals["tfp"] += len(set(found) - set(gold))
        totals["tfn"] += len(set(gold) - set(found))
        for key in matched:
            g = gold[key]
            ok = any((t["attributed_to"]["id"] if t["attributed_to"] else None) == g["attributed_to"]
                     and sorted(d["id"] for d in t["denied_by"]) == g["denied_by"]
                     for t in found[key])
            totals["attr_n"] += 1
            totals["attr_ok"] += ok
        for key, g in gold.items():
            if g["polarity"] == "negated" or g["denied_by"]:
                totals["flag_n"] += 1
                totals["flag_ok"] += key in found and any(
                    sorted(d["id"] for d in t["denied_by"]) == g["denied_by"] for t in found[key])
        if args.verbose:
            print(f"== {header['file']}")
            for key in sorted(set(gold) - set(found), key=str):
                print("  missed:  ", *key)
            for key in sorted(set(found) - set(gold), key=str):
                print("  spurious:", *key)
            for e in sorted(gold_entities - found_entities):
                print("  missed entity:  ", e)
            for e in sorted(found_entities - gold_entities):
                print("  spurious entity:", e)
    return totals


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--corpus", default=os.path.join(here, "..", "..", "shared", "corpus"))
    parser.add_argument("--gold", default=os.path.join(here, "..", "tests", "gold"))
    parser.add_argument("--min-entity-f1", type=float, default=0.0)
    parser.add_argument("--min-triple-f1", type=float, default=0.0)
    parser.add_argument("--min-attribution", type=float, default=0.0)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    if not os.path.isdir(args.corpus):
        print(f"corpus not found at {args.corpus}; skipping")
        return 0
    t = evaluate(args)
    ep, er, ef = prf(t["etp"], t["efp"], t["efn"])
    tp_, tr, tf = prf(t["ttp"], t["tfp"], t["tfn"])
    attribution = t["attr_ok"] / t["attr_n"] if t["attr_n"] else 1.0
    flags = t["flag_ok"] / t["flag_n"] if t["flag_n"] else 1.0
    print(f"entities:    P={ep:.3f} R={er:.3f} F1={ef:.3f}  (tp={t['etp']} fp={t['efp']} fn={t['efn']})")
    print(f"triples:     P={tp_:.3f} R={tr:.3f} F1={tf:.3f}  (tp={t['ttp']} fp={t['tfp']} fn={t['tfn']})")
    print(f"attribution: {attribution:.3f} of {t['attr_n']} found triples have the gold "
          f"attributed_to and denied_by")
    print(f"denials and negations: {t['flag_ok']} of {t['flag_n']} gold ones flagged correctly")
    failed = ef < args.min_entity_f1 or tf < args.min_triple_f1 or attribution < args.min_attribution
    if failed:
        print("FAILED: below the minimum", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
