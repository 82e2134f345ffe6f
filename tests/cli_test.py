#!/usr/bin/env python3
"""End-to-end tests of the attache CLI and the example programs (run by ctest).

usage: cli_test.py ATTACHE_CLI QUICKSTART SOURCE_DIR
"""
import json
import os
import subprocess
import sys
import tempfile

CLI, QUICKSTART, SOURCE = sys.argv[1], sys.argv[2], sys.argv[3]
ARTICLE = os.path.join(SOURCE, "examples", "articles", "caspian-summit.txt")
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)


def run(*args, stdin=None):
    return subprocess.run([CLI, *args], input=stdin, capture_output=True)


def test_version():
    r = run("--version")
    check(r.returncode == 0 and r.stdout.decode().startswith("attache "), "--version")


def test_example_article_jsonl():
    r = run("extract", ARTICLE)
    check(r.returncode == 0, f"extract exit {r.returncode}: {r.stderr.decode()}")
    raw = open(ARTICLE, "rb").read()
    lines = r.stdout.decode().splitlines()
    check(len(lines) >= 5, f"expected several triples, got {len(lines)}")
    required = ["doc", "subject", "predicate", "object", "item", "cameo", "plover", "polarity",
                "modality", "attributed_to", "denied_by", "sentence", "trigger", "rule",
                "rule_name", "section", "date", "date_source", "evidence"]
    for line in lines:
        t = json.loads(line)
        check(list(t.keys()) == required, f"field order: {list(t.keys())}")
        for arg in [t["subject"], t["object"], t["attributed_to"], *t["denied_by"]]:
            if arg is None:
                continue
            span = raw[arg["start"]:arg["end"]].decode()
            check(span == arg["text"], f"offsets of {arg}: {span!r}")
        s = t["sentence"]
        check(0 <= s["start"] < s["end"] <= len(raw), f"sentence span {s}")
    triples = {(json.loads(l)["subject"]["id"], json.loads(l)["predicate"],
                (json.loads(l)["object"] or {}).get("id")) for l in lines}
    check(("kassym-jomart-tokayev", "visited", "azerbaijan") in triples, "Tokayev visited")
    check(("ilham-aliyev", "welcomed", "kassym-jomart-tokayev") in triples, "Aliyev welcomed")
    # "invited his Azerbaijani counterpart to visit Astana": the invitee visits.
    check(("ilham-aliyev", "visited", "kazakhstan") in triples, "Aliyev to visit, by control")
    dated = json.loads(lines[0])
    check(dated["date"] == "2024-06-12" and dated["date_source"] == "dateline", "dateline date")


def test_unreadable_file_does_not_stop_others():
    r = run("extract", "/nonexistent/file.txt", ARTICLE)
    check(r.returncode == 1, "unreadable file gives exit 1")
    check(b"/nonexistent/file.txt: cannot read file" in r.stderr, "message names the file")
    check(len(r.stdout.splitlines()) >= 5, "the readable file is still processed")


def test_usage_errors():
    check(run("extract").returncode == 2, "no input is a usage error")
    check(run("extract", "--bogus", ARTICLE).returncode == 2, "unknown option")
    check(run("extract", "--date", "June 4", ARTICLE).returncode == 2, "bad --date")
    check(run("frobnicate").returncode == 2, "unknown command")


def test_stdin_and_date():
    r = run("extract", "--date", "2023-03-13", "-",
            stdin=b"The Iranian president hosted the Belarusian president in Tehran.")
    check(r.returncode == 0, "stdin")
    t = json.loads(r.stdout.decode().splitlines()[0])
    check(t["subject"]["id"] == "ebrahim-raisi", f"role resolved for 2023: {t['subject']}")
    check(t["doc"] == "stdin" and t["date_source"] == "caller", "doc id and date source")


def test_mentions_and_explain():
    r = run("extract", "--mentions", "--explain", ARTICLE)
    check(r.returncode == 0, "mentions")
    ids = {json.loads(l)["id"] for l in r.stdout.decode().splitlines()}
    check({"kassym-jomart-tokayev", "ilham-aliyev", "azerbaijan", "kazakhstan"} <= ids,
          "mentions found")
    check(b"fired verb welcome (gazetteers/lexicon/" in r.stderr,
          "--explain trace names the frame that fired")
    check(b"verb group 'was welcomed' (welcome, passive" in r.stderr,
          "--explain trace shows the verb groups")


def test_data_directory_errors():
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, "extra.rules"), "w") as f:
            f.write('class cheer: cheered;\nrule broken: S=<actor> @cheer O=<actor> S x O;\n'
                    'rule cheered: S=<actor> @cheer O=<actor> -> S cheered O;\n')
        with open(os.path.join(d, "extra.tsv"), "w") as f:
            f.write("PERSON\tjane-envoy\tname=Jane Envoy\n")
        r = run("extract", "--data", d, "-", stdin=b"Jane Envoy cheered Chile.")
        check(r.returncode == 1, "data errors fail without --keep-going")
        check(b"extra.rules:2:" in r.stderr, f"error names file:line: {r.stderr!r}")
        r = run("extract", "--keep-going", "--data", d, "-", stdin=b"Jane Envoy cheered Chile.")
        check(r.returncode == 0, "--keep-going runs anyway")
        check(b'"predicate":"cheered"' in r.stdout and b'"id":"jane-envoy"' in r.stdout,
              "user rule and entity used")


def test_output_formats():
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "article.txt")
        raw = open(ARTICLE, "rb").read()
        open(path, "wb").write(raw)
        r = run("extract", "--format", "brat", path)
        check(r.returncode == 0, "brat")
        ann = open(path + ".ann", encoding="utf-8").read().splitlines()
        text = raw.decode()
        for line in ann:
            if line.startswith("T"):
                tid, kind_span, surface = line.split("\t")
                _, start, end = kind_span.split()
                check(text[int(start):int(end)] == surface, f"brat char offsets: {line}")
        check(any(l.startswith("R") and "visited Arg1:" in l for l in ann), "brat relation")
        r = run("extract", "--format", "events", path, path)
        rows = r.stdout.decode().splitlines()
        check(rows[0].startswith("doc_id\tdate\tsource_id"), "events header")
        check(sum(1 for l in rows if l.startswith("doc_id")) == 1, "one header for two files")
        check(any("\t042\tCONSULT\tvisited\t" in l for l in rows), "event row with CAMEO code")
        r = run("extract", "--format", "html", path)
        page = open(path + ".html", encoding="utf-8").read()
        check(page.startswith("<!doctype html>") and "<mark id=" in page, "html page")
        check("http" not in page.replace("http://www.w3.org/2000/svg", ""), "html self-contained")
        check(run("extract", "--format", "xml", path).returncode == 2, "unknown format")


def test_importers_from_cli():
    with tempfile.TemporaryDirectory() as d:
        spacy = os.path.join(d, "p.jsonl")
        open(spacy, "w").write('{"label": "ORG", "pattern": "Caspian Pipeline Consortium"}\n')
        ner = os.path.join(d, "m.tsv")
        open(ner, "w").write("Jane Envoy\tPERSON\n")
        r = run("extract", "--spacy", spacy, "--regexner", ner, "--mentions", "-",
                stdin=b"Jane Envoy visited the Caspian Pipeline Consortium in Kazakhstan.")
        check(r.returncode == 0, f"importers: {r.stderr!r}")
        ids = [json.loads(l)["id"] for l in r.stdout.decode().splitlines()]
        check(ids == ["jane-envoy", "caspian-pipeline-consortium", "kazakhstan"], f"ids {ids}")


def test_petrarch_importers_from_cli():
    data = os.path.join(SOURCE, "tests", "data", "petrarch")
    flags = ["--petrarch-verbs", os.path.join(data, "verbs.txt"),
             "--petrarch-actors", os.path.join(data, "actors.txt"),
             "--petrarch-agents", os.path.join(data, "agents.txt"),
             "--petrarch-discards", os.path.join(data, "discards.txt")]
    text = b"Japan shipped medicines to Haiti. John Q Example met Mara Testwoman."
    # The test dictionaries have bad lines on purpose: reported as file:line:col, exit 1.
    r = run("extract", "--date", "2020-06-01", *flags, "-", stdin=text)
    check(r.returncode == 1, f"petrarch without --keep-going: exit {r.returncode}")
    check("verbs.txt:31:4: synonym set not defined" in r.stderr.decode(),
          f"petrarch errors: {r.stderr.decode()}")
    for command in (["extract", "--date", "2020-06-01"], ["batch"]):
        stdin = text if command[0] == "extract" else json.dumps(
            {"id": "d1", "text": text.decode(), "date": "2020-06-01"}).encode() + b"\n"
        r = run(*command, "--keep-going", "--import-summary", *flags, "-", stdin=stdin)
        check(r.returncode == 0, f"petrarch {command[0]}: {r.stderr!r}")
        triples = [json.loads(l) for l in r.stdout.decode().splitlines()]
        got = [(t["subject"]["id"], t["cameo"], t["plover"], t["rule"],
                t["subject"]["code"]) for t in triples]
        check(("japan", "073", "AID", "verbs.txt:22", "JPN") in got, f"{command[0]}: {got}")
        check(("john-q-example", "040", "CONSULT", "gazetteers/lexicon/core.lex:4", "PLWGOV")
              in got, f"{command[0]} actor code: {got}")
        check("verb patterns: read 14, mapped 6" in r.stderr.decode(),
              f"{command[0]} summary: {r.stderr.decode()}")


def test_quickstart():
    r = subprocess.run([QUICKSTART], capture_output=True)
    out = r.stdout.decode()
    check(r.returncode == 0, "quickstart runs")
    check("(iran, supplied-drones-to, russia) alleged by united-states denied by iran" in out,
          f"quickstart output: {out}")


for name, fn in list(globals().items()):
    if name.startswith("test_"):
        fn()
print(f"{len(failures)} failure(s)")
sys.exit(1 if failures else 0)
