#!/usr/bin/env python3
"""Checks blind-corpus gold files and resolves their text references to byte offsets.

usage: scripts/gold.py resolve FILE...        check FILE(s), add spans, write them back
       scripts/gold.py check [FILE...]        check (default: every tests/gold/blind/*.json)
       scripts/gold.py occurrences FILE TEXT  list TEXT's occurrences in FILE's article, numbered

The format and the annotation rules are in docs/annotation.md. Every problem is reported
as `FILE: message`; resolve writes nothing when there is one. check also fails when a file's
spans are not what resolve would write. Exit status 1 on problems, 77 (skipped) when
../shared/corpus is absent.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
CORPUS = os.path.normpath(os.path.join(ROOT, "..", "shared", "corpus"))
GOLD_DIR = os.path.join(ROOT, "tests", "gold", "blind")

PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
TYPES = {"COUNTRY", "PERSON", "ORGANIZATION", "ARMED_GROUP", "PARTY", "MEDIA"}
SECTORS = {"GOV", "MIL", "COP", "SPY", "LEG", "JUD", "OPP", "REB", "CVL", "BUS", "MED", "REF",
           "HRI", "IGO", "NGO", "EDU", "HLH", "LAB", "ELI", "CRM"}
HOWS = {"name", "demonym", "capital", "agent", "role", "pronoun"}
POLARITIES = {"asserted", "negated"}
MODALITIES = {"fact", "alleged", "planned", "hypothetical"}
SECTIONS = {"headline", "caption", "body"}
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
CAMEO = re.compile(r"^[0-2][0-9]{1,3}$")


def country_ids():
    ids = set()
    for name in ("countries.tsv", "countries_curated.tsv"):
        path = os.path.join(ROOT, "gazetteers", name)
        with open(path, encoding="utf-8") as f:
            for line in f:
                cols = line.rstrip("\n").split("\t")
                if len(cols) > 1 and cols[0] == "COUNTRY":
                    ids.add(cols[1])
    return ids


def is_word_char(ch):
    return ch.isalnum() or ch == "_"


def whole_word_occurrences(text, needle):
    """Character offsets where needle occurs in text as a whole word."""
    found, start = [], 0
    while True:
        i = text.find(needle, start)
        if i < 0:
            return found
        before = text[i - 1] if i > 0 else " "
        after = text[i + len(needle)] if i + len(needle) < len(text) else " "
        edge_ok = (not is_word_char(needle[0]) or not is_word_char(before)) and \
                  (not is_word_char(needle[-1]) or not is_word_char(after))
        if edge_ok:
            found.append(i)
        start = i + 1


class ByteOffsets:
    """Converts character offsets of a str to byte offsets of its UTF-8 encoding."""

    def __init__(self, text):
        self.prefix = [0]
        for ch in text:
            self.prefix.append(self.prefix[-1] + len(ch.encode("utf-8")))

    def __call__(self, char_offset):
        return self.prefix[char_offset]


def mention_places(text, mentions):
    """Per listed text: its occurrences not inside an occurrence of a longer listed text."""
    texts = sorted({m.get("text", "") for m in mentions if m.get("text")}, key=len, reverse=True)
    covered, places = [], {}
    for t in texts:
        keep = [i for i in whole_word_occurrences(text, t)
                if not any(s <= i and i + len(t) <= e for s, e in covered)]
        places[t] = keep
        covered.extend((i, i + len(t)) for i in keep)
    return places


def find_sentence(text, quote, nth):
    """Character span of the nth occurrence of quote, whitespace runs matching any whitespace."""
    words = quote.split()
    if not words:
        return None, "empty sentence"
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    hits = list(pattern.finditer(text))
    if not hits:
        return None, f"sentence not found in the text: {quote[:70]!r}"
    if nth is None and len(hits) > 1:
        return None, f"sentence occurs {len(hits)} times; add \"nth\": {quote[:50]!r}"
    index = (nth or 1) - 1
    if not 0 <= index < len(hits):
        return None, f"sentence has {len(hits)} occurrence(s), nth={nth}: {quote[:50]!r}"
    return (hits[index].start(), hits[index].end()), None


def check_actor(actor, entities, where, problems, allow_null):
    if actor is None:
        if not allow_null:
            problems.append(f"{where}: actor is null")
        return
    if not isinstance(actor, dict) or "id" not in actor:
        problems.append(f"{where}: actor must be {{\"id\": ..., \"sector\": ...}}")
        return
    if actor["id"] not in entities:
        problems.append(f"{where}: id {actor['id']!r} is not in entities")
    sector = actor.get("sector")
    if sector is not None and sector not in SECTORS:
        problems.append(f"{where}: unknown sector {sector!r}")


def check_entities(doc, countries, problems):
    entities = doc.get("entities")
    if not isinstance(entities, dict) or not entities:
        problems.append("entities: missing or empty")
        return {}
    for eid, e in entities.items():
        if not SLUG.match(eid):
            problems.append(f"entity {eid!r}: id is not a lower-case slug")
        if e.get("type") not in TYPES:
            problems.append(f"entity {eid!r}: type {e.get('type')!r} is not one of {sorted(TYPES)}")
        if e.get("type") == "COUNTRY" and eid not in countries:
            problems.append(f"entity {eid!r}: COUNTRY id not in gazetteers/countries.tsv")
        country = e.get("country")
        if country is not None and country not in countries:
            problems.append(f"entity {eid!r}: country {country!r} not in gazetteers/countries.tsv")
        if not e.get("name"):
            problems.append(f"entity {eid!r}: no name")
    return entities


def resolve_mentions(doc, text, to_bytes, entities, problems):
    mentions = doc.get("mentions", [])
    places = mention_places(text, mentions)
    taken = {}
    for k, m in enumerate(mentions):
        where = f"mention {k + 1} ({m.get('text')!r})"
        if m.get("id") not in entities:
            problems.append(f"{where}: id {m.get('id')!r} is not in entities")
        if m.get("how") not in HOWS:
            problems.append(f"{where}: how {m.get('how')!r} is not one of {sorted(HOWS)}")
        occurrences = places.get(m.get("text", ""), [])
        nth = m.get("nth", "all")
        if nth == "all":
            chosen = list(range(1, len(occurrences) + 1))
            if m.get("how") in ("pronoun", "role"):
                problems.append(f"{where}: pronouns and role words need occurrence numbers")
        elif isinstance(nth, list) and all(isinstance(n, int) for n in nth):
            chosen = nth
        else:
            problems.append(f"{where}: nth must be \"all\" or a list of numbers")
            continue
        if not occurrences:
            problems.append(f"{where}: text does not occur as a whole word outside longer mentions")
        spans = []
        for n in chosen:
            if not 1 <= n <= len(occurrences):
                problems.append(f"{where}: occurrence {n} of {len(occurrences)}")
                continue
            i = occurrences[n - 1]
            key = (m.get("text"), n)
            if key in taken:
                problems.append(f"{where}: occurrence {n} already listed as mention {taken[key]}")
            taken[key] = k + 1
            spans.append([to_bytes(i), to_bytes(i + len(m["text"]))])
        m["spans"] = spans


def resolve_events(doc, text, to_bytes, entities, problems):
    events = doc.get("events", [])
    for k, ev in enumerate(events):
        where = f"event {k + 1}"
        span, error = find_sentence(text, ev.get("sentence", ""), ev.get("nth"))
        if error:
            problems.append(f"{where}: {error}")
        else:
            ev["start"], ev["end"] = to_bytes(span[0]), to_bytes(span[1])
        check_actor(ev.get("subject"), entities, f"{where} subject", problems, False)
        check_actor(ev.get("object"), entities, f"{where} object", problems, True)
        if ev.get("plover") not in PLOVER:
            problems.append(f"{where}: plover {ev.get('plover')!r} is not a PLOVER category")
        if ev.get("cameo") is not None and not CAMEO.match(str(ev.get("cameo"))):
            problems.append(f"{where}: cameo {ev.get('cameo')!r} is not a CAMEO code")
        if ev.get("polarity") not in POLARITIES:
            problems.append(f"{where}: polarity {ev.get('polarity')!r}")
        if ev.get("modality") not in MODALITIES:
            problems.append(f"{where}: modality {ev.get('modality')!r}")
        if ev.get("section") not in SECTIONS:
            problems.append(f"{where}: section {ev.get('section')!r}")
        if not isinstance(ev.get("symmetric"), bool):
            problems.append(f"{where}: symmetric must be true or false")
        source = ev.get("attributed_to")
        if source is not None and source not in entities:
            problems.append(f"{where}: attributed_to {source!r} is not in entities")
        denied = ev.get("denied_by")
        if not isinstance(denied, list) or any(d not in entities for d in denied):
            problems.append(f"{where}: denied_by must list entity ids")


def load_article(doc, problems):
    path = os.path.join(CORPUS, doc.get("file", ""))
    if not doc.get("file") or not os.path.isfile(path):
        problems.append(f"article {doc.get('file')!r} not found under {CORPUS}")
        return None
    with open(path, encoding="utf-8") as f:
        return f.read()


def resolve(path, write):
    with open(path, encoding="utf-8") as f:
        try:
            doc = json.load(f)
        except json.JSONDecodeError as e:
            return [f"{path}:{e.lineno}:{e.colno}: {e.msg}"]
    problems = []
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", str(doc.get("date", ""))):
        problems.append("date must be YYYY-MM-DD")
    text = load_article(doc, problems)
    entities = check_entities(doc, country_ids(), problems)
    if text is not None:
        to_bytes = ByteOffsets(text)
        resolve_mentions(doc, text, to_bytes, entities, problems)
        resolve_events(doc, text, to_bytes, entities, problems)
    problems = [f"{path}: {p}" for p in problems]
    if problems:
        return problems
    with open(path, encoding="utf-8") as f:
        current = f.read()
    if write:
        with open(path, "w", encoding="utf-8") as f:
            f.write(format_gold(doc))
    elif current != format_gold(doc):
        problems.append(f"{path}: spans or layout differ from the text; run gold.py resolve")
    return problems


def format_gold(doc):
    """One entity, mention or event per line, so diffs stay readable."""
    def dump(value):
        return json.dumps(value, ensure_ascii=False)
    lines = ["{", f'  "file": {dump(doc["file"])},', f'  "date": {dump(doc["date"])},']
    lines.append('  "entities": {')
    items = list(doc["entities"].items())
    lines += [f"    {dump(k)}: {dump(v)}{',' if i + 1 < len(items) else ''}"
              for i, (k, v) in enumerate(items)]
    lines.append("  },")
    for key in ("mentions", "events"):
        values = doc.get(key, [])
        lines.append(f'  "{key}": [')
        lines += [f"    {dump(v)}{',' if i + 1 < len(values) else ''}" for i, v in enumerate(values)]
        lines.append("  ]," if key == "mentions" else "  ]")
    lines.append("}")
    return "\n".join(lines) + "\n"


def occurrences(path, needle):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    problems = []
    text = load_article(doc, problems)
    if text is None:
        print(*problems, sep="\n", file=sys.stderr)
        return 1
    places = mention_places(text, doc.get("mentions", []) + [{"text": needle}])
    for n, i in enumerate(places.get(needle, []), 1):
        context = text[max(0, i - 50):i + len(needle) + 50].replace("\n", " ")
        print(f"{n}: ...{context}...")
    return 0


def main(argv):
    if len(argv) >= 2 and argv[1] == "occurrences" and len(argv) == 4:
        return occurrences(argv[2], argv[3])
    if len(argv) < 2 or argv[1] not in ("resolve", "check"):
        print(__doc__, file=sys.stderr)
        return 2
    if not os.path.isdir(CORPUS):
        print(f"{CORPUS} not found; skipped")
        return 77
    files = argv[2:]
    if not files:
        files = sorted(os.path.join(GOLD_DIR, n) for n in os.listdir(GOLD_DIR) if n.endswith(".json"))
    problems = []
    for path in files:
        problems += resolve(path, argv[1] == "resolve")
    print(*problems, sep="\n", file=sys.stderr) if problems else None
    print(f"{len(files)} file(s), {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
