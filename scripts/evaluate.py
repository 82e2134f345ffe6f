#!/usr/bin/env python3
"""Scores attache against gold annotations of ../shared/corpus.

usage: scripts/evaluate.py --cli build/examples/attache [--split dev|test|old|blind]
                           [--corpus DIR] [--min-triple-p F] [--min-triple-r F]
                           [--min-triple-f1 F] [--min-mention-p F] [--min-mention-r F]
                           [--min-entity-f1 F] [--min-attribution F] [--verbose] [--json FILE]

--split dev|test|blind (default dev) scores the blind corpus against tests/gold/blind/ (the
split is fixed in tests/gold/blind/split.tsv; `blind` is both halves). Matching is by event
mention: an emitted triple contributes one event per evidence sentence; it matches a gold
event with the same subject id, object id and PLOVER category whose sentence overlaps
(either order when the gold event is symmetric), one to one. Every emitted event counts for
precision. Polarity, modality, attributed_to, denied_by and actor sectors are scored on the
matched pairs. Mentions match by entity id and overlapping byte span, one to one. Also
printed: per-category precision and recall, the same triples compared by document (unique
subject, object, category) and by country (each actor mapped to its country).

--split old scores the older 15-article corpus against tests/gold/*.jsonl: (subject, PLOVER
category, object, polarity) sets per document (its gold's predicates mapped to categories;
every emitted triple counts), and entity-id sets.

The first summary line is `triples P=… R=… F1=…`, followed by `documents N`. Exits 1 if a
--min threshold is not met, 2 on usage errors, 77 (skipped) if the corpus is absent.
"""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SKIPPED = 77
CATEGORIES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
              "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
              "ASSAULT"]
OLD_SYMMETRIC = {"met", "agreed-with", "signed-agreement-with", "held-call-with", "allied-with"}
# The older gold names predicates of the first rule inventory; they are compared by PLOVER
# category, so that renamed predicates ("held-talks-with" for "met") still match.
OLD_PLOVER = {
    "attacked": "ASSAULT", "invaded": "ASSAULT", "signed-agreement-with": "AGREE",
    "agreed-with": "AGREE", "sanctioned": "SANCTION", "cut-ties-with": "SANCTION",
    "denied": "REJECT", "met": "CONSULT", "held-call-with": "CONSULT", "visited": "CONSULT",
    "hosted": "CONSULT", "praised": "SUPPORT", "supports": "SUPPORT", "congratulated": "SUPPORT",
    "accused": "ACCUSE", "condemned": "ACCUSE", "urged": "REQUEST", "called-for": "REQUEST",
    "allied-with": "COOPERATE", "threatened": "THREATEN", "warned": "THREATEN",
    "expelled": "SANCTION", "filed-case-against": "ACCUSE",
}


def old_plover(predicate):
    if predicate.startswith("supplied-"):
        return "AID"
    if predicate.startswith("purchased-"):
        return "COOPERATE"
    return OLD_PLOVER.get(predicate, predicate)


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def run_cli(cli, path, date, mentions):
    args = [cli, "extract", "--date", date] + (["--mentions"] if mentions else []) + [path]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


# --- blind corpus -------------------------------------------------------------------------


def read_split(split):
    names = []
    with open(os.path.join(ROOT, "tests", "gold", "blind", "split.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            name, half = line.split("\t")[:2]
            if split == "blind" or half == split:
                names.append(name)
    return names


def overlaps(a_start, a_end, b_start, b_end):
    return a_start < b_end and b_start < a_end


def actor_id(actor):
    return actor["id"] if actor else None


def emitted_events(triples):
    """One event per evidence sentence of each emitted triple."""
    events = []
    for t in triples:
        for ev in t.get("evidence") or [{"sentence": t["sentence"]}]:
            events.append({
                "subject": t["subject"]["id"], "object": actor_id(t.get("object")),
                "plover": t.get("plover") or "NONE", "polarity": t.get("polarity"),
                "modality": t.get("modality"),
                "attributed_to": actor_id(t.get("attributed_to")),
                "denied_by": sorted(d["id"] for d in t.get("denied_by") or []),
                "subject_sector": (t["subject"] or {}).get("sector"),
                "object_sector": (t.get("object") or {}).get("sector"),
                "start": ev["sentence"]["start"], "end": ev["sentence"]["end"],
                "predicate": t.get("predicate"), "text": t["subject"].get("text"),
                "object_text": (t.get("object") or {}).get("text"),
            })
    return events


def keys_match(found, gold):
    if found["plover"] != gold["plover"]:
        return False
    g_subject, g_object = gold["subject"]["id"], actor_id(gold.get("object"))
    if (found["subject"], found["object"]) == (g_subject, g_object):
        return True
    return gold.get("symmetric") and (found["subject"], found["object"]) == (g_object, g_subject)


def own_voice(source, subject):
    """A source that is the event's own subject ("X said it would ...", "X urged Y") counts
    as no source: annotators and rules may or may not attribute an actor's own speech act
    to it, and the distinction carries no information the triple does not already hold."""
    return None if source == subject else source


def attribute_checks(found, gold):
    """Per attribute: whether the emitted event agrees with the gold one."""
    checks = {
        "polarity": found["polarity"] == gold["polarity"],
        "modality": found["modality"] == gold["modality"],
        "attributed_to": own_voice(found["attributed_to"], found["subject"]) ==
                         own_voice(gold.get("attributed_to"), gold["subject"]["id"]),
        "denied_by": found["denied_by"] == sorted(gold.get("denied_by") or []),
    }
    swapped = found["subject"] != gold["subject"]["id"]
    for role, found_role in (("subject", "object"), ("object", "subject")) if swapped else \
            (("subject", "subject"), ("object", "object")):
        actor = gold.get(role) or {}
        if actor.get("sector"):
            checks["sector"] = checks.get("sector", True) and \
                found[f"{found_role}_sector"] == actor["sector"]
    return checks


def match(found, gold, compatible, score):
    """Maximum one-to-one matching (augmenting paths), better-scored pairs tried first."""
    options = []
    for i, f in enumerate(found):
        cands = [j for j, g in enumerate(gold) if compatible(f, g)]
        cands.sort(key=lambda j: -score(f, gold[j]))
        options.append(cands)
    owner = {}

    def augment(i, seen):
        for j in options[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(found)):
        augment(i, set())
    return {i: j for j, i in owner.items()}


def to_country(entities, eid):
    if eid is None:
        return None
    e = entities.get(eid)
    if e and e.get("country"):
        return e["country"]
    return eid


class BlindTotals:
    def __init__(self):
        self.tp = self.fp = self.fn = 0
        self.by_category = {c: [0, 0, 0] for c in CATEGORIES + ["NONE"]}
        self.attributes = {}
        self.doc_level = [0, 0, 0]
        self.country_level = [0, 0, 0]
        self.mentions = [0, 0, 0]
        self.mentions_exact = 0
        self.mention_how = {}
        self.group_mentions = 0
        self.documents = 0


def score_mentions(totals, gold_doc, found_mentions, log):
    gold = [{"id": m["id"], "start": s, "end": e, "how": m["how"], "text": m["text"]}
            for m in gold_doc.get("mentions", []) for s, e in m.get("spans", [])]
    # A city or capital named as a place ("in Nairobi", a dateline) is output with how=place;
    # a phrase naming several actors at once ("both sides", "the two countries") gives one
    # mention per actor with how=group. docs/annotation.md lists neither (a gold mention has
    # one id), so neither is scored; group mentions are counted apart.
    unscored = ("place", "group")
    found = [m for m in found_mentions
             if m.get("start") is not None and m.get("how") not in unscored]
    totals.group_mentions += sum(m.get("how") == "group" for m in found_mentions)
    pairs = match(found, gold,
                  lambda f, g: f["id"] == g["id"] and overlaps(f["start"], f["end"], g["start"], g["end"]),
                  lambda f, g: (f["start"], f["end"]) == (g["start"], g["end"]))
    totals.mentions[0] += len(pairs)
    totals.mentions[1] += len(found) - len(pairs)
    totals.mentions[2] += len(gold) - len(pairs)
    totals.mentions_exact += sum((found[i]["start"], found[i]["end"]) ==
                                 (gold[j]["start"], gold[j]["end"]) for i, j in pairs.items())
    matched_gold = set(pairs.values())
    for j, g in enumerate(gold):
        row = totals.mention_how.setdefault(g["how"], [0, 0])
        row[0] += j in matched_gold
        row[1] += 1
    for i, f in enumerate(found):
        if i not in pairs:
            log.append(f"  spurious mention: {f['id']} {f.get('text')!r} @{f['start']} ({f.get('how')})")
    for j, g in enumerate(gold):
        if j not in matched_gold:
            log.append(f"  missed mention:   {g['id']} {g['text']!r} @{g['start']} ({g['how']})")


def score_set(counter, found_keys, gold_keys):
    counter[0] += len(found_keys & gold_keys)
    counter[1] += len(found_keys - gold_keys)
    counter[2] += len(gold_keys - found_keys)


def unordered_key(subject, obj, plover, symmetric):
    if symmetric and obj is not None and obj < subject:
        subject, obj = obj, subject
    return (subject, obj, plover)


def score_blind_document(totals, gold_doc, triples, mentions, log):
    found = emitted_events(triples)
    gold = gold_doc.get("events", [])
    pairs = match(found, gold,
                  lambda f, g: keys_match(f, g) and overlaps(f["start"], f["end"], g["start"], g["end"]),
                  lambda f, g: sum(attribute_checks(f, g).values()))
    totals.tp += len(pairs)
    totals.fp += len(found) - len(pairs)
    totals.fn += len(gold) - len(pairs)
    matched_gold = set(pairs.values())
    for i, f in enumerate(found):
        row = totals.by_category.setdefault(f["plover"], [0, 0, 0])
        row[0 if i in pairs else 1] += 1
    for j, g in enumerate(gold):
        if j not in matched_gold:
            totals.by_category[g["plover"]][2] += 1
    for i, j in pairs.items():
        for name, ok in attribute_checks(found[i], gold[j]).items():
            row = totals.attributes.setdefault(name, [0, 0])
            row[0] += ok
            row[1] += 1
    symmetric = {(g["subject"]["id"], actor_id(g.get("object")), g["plover"])
                 for g in gold if g.get("symmetric")}
    sym = lambda s, o, p: (s, o, p) in symmetric or (o, s, p) in symmetric
    gold_keys = {unordered_key(g["subject"]["id"], actor_id(g.get("object")), g["plover"],
                               g.get("symmetric")) for g in gold}
    found_keys = {unordered_key(f["subject"], f["object"], f["plover"],
                                sym(f["subject"], f["object"], f["plover"])) for f in found}
    score_set(totals.doc_level, found_keys, gold_keys)
    entities = gold_doc["entities"]
    country = lambda k: unordered_key(to_country(entities, k[0]), to_country(entities, k[1]),
                                      k[2], k in gold_keys and sym(*k))
    score_set(totals.country_level, {country(k) for k in found_keys}, {country(k) for k in gold_keys})
    for i, f in enumerate(found):
        if i not in pairs:
            log.append(f"  spurious: {f['subject']} {f['plover']}({f['predicate']}) {f['object']} "
                       f"@{f['start']}")
        else:
            g = gold[pairs[i]]
            wrong = [k for k, ok in attribute_checks(f, g).items() if not ok]
            if wrong:
                log.append(f"  matched, wrong {','.join(wrong)}: {f['subject']} {f['plover']} "
                           f"{f['object']} @{f['start']}")
    for j, g in enumerate(gold):
        if j not in matched_gold:
            log.append(f"  missed:   {g['subject']['id']} {g['plover']} {actor_id(g.get('object'))}"
                       f" @{g['start']}: {g['sentence'][:90]!r}")
    score_mentions(totals, gold_doc, mentions, log)


def evaluate_blind(args):
    totals = BlindTotals()
    gold_dir = os.path.join(ROOT, "tests", "gold", "blind")
    for name in read_split(args.split):
        gold_path = os.path.join(gold_dir, name + ".json")
        if not os.path.isfile(gold_path):
            print(f"error: no gold for {name} ({gold_path})", file=sys.stderr)
            sys.exit(2)
        with open(gold_path, encoding="utf-8") as f:
            gold_doc = json.load(f)
        path = os.path.join(args.corpus, gold_doc["file"])
        triples = run_cli(args.cli, path, gold_doc["date"], False)
        mentions = run_cli(args.cli, path, gold_doc["date"], True)
        log = []
        score_blind_document(totals, gold_doc, triples, mentions, log)
        totals.documents += 1
        if args.verbose:
            print(f"== {gold_doc['file']}")
            print(*log, sep="\n") if log else None
    return totals


def print_blind(t):
    p, r, f = prf(t.tp, t.fp, t.fn)
    print(f"triples P={p:.3f} R={r:.3f} F1={f:.3f}  (tp={t.tp} fp={t.fp} fn={t.fn}; "
          "event mentions matched on subject, object, PLOVER category and sentence)")
    print(f"documents {t.documents}")
    mp, mr, mf = prf(*t.mentions)
    print(f"mentions P={mp:.3f} R={mr:.3f} F1={mf:.3f}  (tp={t.mentions[0]} fp={t.mentions[1]} "
          f"fn={t.mentions[2]}; same id, overlapping span; exact span {t.mentions_exact}; "
          f"not scored: {t.group_mentions} group mentions)")
    for label, counter in (("by document", t.doc_level), ("by country", t.country_level)):
        a, b, c = prf(*counter)
        print(f"triples {label}: P={a:.3f} R={b:.3f} F1={c:.3f}  "
              f"(tp={counter[0]} fp={counter[1]} fn={counter[2]})")
    for name in ("polarity", "modality", "attributed_to", "denied_by", "sector"):
        ok, n = t.attributes.get(name, (0, 0))
        share = f"{ok / n:.3f}" if n else "n/a"
        print(f"on matched triples, {name}: {share} ({ok} of {n})")
    print("mention recall by kind: " + ", ".join(
        f"{how} {ok}/{n}" for how, (ok, n) in sorted(t.mention_how.items())))
    print(f"{'category':<10} {'P':>6} {'R':>6} {'tp':>4} {'fp':>4} {'fn':>4}")
    for category in CATEGORIES + ["NONE"]:
        tp, fp, fn = t.by_category.get(category, [0, 0, 0])
        if tp + fp + fn == 0:
            continue
        cp, cr, _ = prf(tp, fp, fn)
        shown_p = f"{cp:>6.3f}" if tp + fp else f"{'-':>6}"
        shown_r = f"{cr:>6.3f}" if tp + fn else f"{'-':>6}"
        print(f"{category:<10} {shown_p} {shown_r} {tp:>4} {fp:>4} {fn:>4}")
    return {"triple_p": p, "triple_r": r, "triple_f1": f, "mention_p": mp, "mention_r": mr}


# --- older corpus ---------------------------------------------------------------------------


def old_key(subject, plover, obj, polarity, symmetric):
    if symmetric and obj is not None and obj < subject:
        subject, obj = obj, subject
    return (subject, plover, obj, polarity)


def evaluate_old(args):
    t = {"etp": 0, "efp": 0, "efn": 0, "ttp": 0, "tfp": 0, "tfn": 0, "attr_ok": 0, "attr_n": 0,
         "docs": 0}
    gold_dir = os.path.join(ROOT, "tests", "gold")
    for name in sorted(os.listdir(gold_dir)):
        if not name.endswith(".jsonl"):
            continue
        with open(os.path.join(gold_dir, name), encoding="utf-8") as f:
            lines = [json.loads(line) for line in f if line.strip()]
        header, gold_triples = lines[0], lines[1:]
        path = os.path.join(args.corpus, header["file"])
        found_mentions = run_cli(args.cli, path, header["date"], True)
        found_triples = run_cli(args.cli, path, header["date"], False)
        gold_entities = set(header["entities"])
        found_entities = {m["id"] for m in found_mentions}
        found_entities |= {m["role_of"] for m in found_mentions if m.get("role_of")}
        t["etp"] += len(gold_entities & found_entities)
        t["efp"] += len(found_entities - gold_entities)
        t["efn"] += len(gold_entities - found_entities)
        gold = {old_key(g["subject"], old_plover(g["predicate"]), g["object"], g["polarity"],
                        g["predicate"] in OLD_SYMMETRIC): g for g in gold_triples}
        symmetric = {k for k, g in gold.items() if g["predicate"] in OLD_SYMMETRIC}
        found = {}
        for x in found_triples:
            obj = x["object"]["id"] if x["object"] else None
            key = old_key(x["subject"]["id"], x["plover"], obj, x["polarity"], False)
            flipped = old_key(x["subject"]["id"], x["plover"], obj, x["polarity"], True)
            found.setdefault(flipped if flipped in symmetric else key, []).append(x)
        # Every emitted triple counts: copies of one key beyond the first are false positives.
        matched = set(gold) & set(found)
        t["ttp"] += len(matched)
        t["tfp"] += sum(len(v) for v in found.values()) - len(matched)
        t["tfn"] += len(set(gold) - set(found))
        for key in matched:
            g = gold[key]
            t["attr_n"] += 1
            t["attr_ok"] += any(
                (x["attributed_to"]["id"] if x["attributed_to"] else None) == g["attributed_to"]
                and sorted(d["id"] for d in x["denied_by"]) == g["denied_by"] for x in found[key])
        t["docs"] += 1
        if args.verbose:
            print(f"== {header['file']}")
            for key in sorted(set(gold) - set(found), key=str):
                print("  missed:  ", *key)
            for key in sorted(set(found) - set(gold), key=str):
                print("  spurious:", *key)
    return t


def print_old(t):
    p, r, f = prf(t["ttp"], t["tfp"], t["tfn"])
    print(f"triples P={p:.3f} R={r:.3f} F1={f:.3f}  (tp={t['ttp']} fp={t['tfp']} fn={t['tfn']}; "
          "(subject, PLOVER category, object, polarity) per document)")
    print(f"documents {t['docs']}")
    ep, er, ef = prf(t["etp"], t["efp"], t["efn"])
    print(f"entities P={ep:.3f} R={er:.3f} F1={ef:.3f}  (tp={t['etp']} fp={t['efp']} fn={t['efn']}; "
          "entity-id sets per document)")
    attribution = t["attr_ok"] / t["attr_n"] if t["attr_n"] else 1.0
    print(f"on matched triples, attributed_to and denied_by: {attribution:.3f} ({t['attr_ok']} of "
          f"{t['attr_n']})")
    return {"triple_p": p, "triple_r": r, "triple_f1": f, "entity_f1": ef,
            "attribution": attribution}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cli", required=True)
    parser.add_argument("--split", default="dev", choices=["dev", "test", "blind", "old"])
    parser.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus"))
    for name in ("triple-p", "triple-r", "triple-f1", "mention-p", "mention-r", "entity-f1",
                 "attribution"):
        parser.add_argument(f"--min-{name}", type=float, default=0.0)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--json", help="also write the summary figures to this file")
    args = parser.parse_args()
    if not os.path.isdir(args.corpus):
        print(f"corpus not found at {args.corpus}; skipped")
        return SKIPPED
    if args.split == "old":
        figures = print_old(evaluate_old(args))
    else:
        figures = print_blind(evaluate_blind(args))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(figures, f, indent=1)
    failed = [name for name in ("triple_p", "triple_r", "triple_f1", "mention_p", "mention_r",
                                "entity_f1", "attribution")
              if name in figures and figures[name] < getattr(args, "min_" + name)]
    if failed:
        print("FAILED: below the minimum: " + ", ".join(failed), file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
