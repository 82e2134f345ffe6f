#!/usr/bin/env python3
"""End-to-end tests of the attache CLI and the example programs (run by ctest).

usage: cli_test.py ATTACHE_CLI QUICKSTART SOURCE_DIR
"""
import json
import os
import subprocess
import sys
import tempfile
import time

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
    check(("ilham-aliyev", "hosted", "kassym-jomart-tokayev") in triples, "Aliyev hosted")
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
        check(r.returncode == 0, f"events exit {r.returncode}: {r.stderr!r}")
        rows = r.stdout.decode().splitlines()
        check(rows[0].startswith("doc_id\tdate\tsource_id"), "events header")
        check(sum(1 for l in rows if l.startswith("doc_id")) == 1, "one header for two files")
        check(any("\t042\tCONSULT\tvisited\t" in l for l in rows), "event row with CAMEO code")
        r = run("extract", "--format", "html", path)
        check(r.returncode == 0, f"html exit {r.returncode}: {r.stderr!r}")
        page = open(path + ".html", encoding="utf-8").read()
        check(page.startswith("<!doctype html>") and "<mark id=" in page, "html page")
        check("http" not in page.replace("http://www.w3.org/2000/svg", ""), "html self-contained")
        check(run("extract", "--format", "xml", path).returncode == 2, "unknown format")


def test_out_dir():
    with tempfile.TemporaryDirectory() as d:
        inputs = [os.path.join(d, "in", name) for name in ("a.txt", "b.txt")]
        os.mkdir(os.path.join(d, "in"))
        for path in inputs:
            open(path, "wb").write(open(ARTICLE, "rb").read())
        out = os.path.join(d, "out", "pages")  # created, parents too
        for fmt, ext in (("brat", ".ann"), ("html", ".html")):
            r = run("extract", "--format", fmt, "--out-dir", out, *inputs)
            check(r.returncode == 0, f"--out-dir {fmt} exit {r.returncode}: {r.stderr!r}")
            for name in ("a.txt", "b.txt"):
                check(os.path.getsize(os.path.join(out, name + ext)) > 500, f"{name}{ext} in DIR")
        check(sorted(os.listdir(os.path.join(d, "in"))) == ["a.txt", "b.txt"],
              "--out-dir writes nothing beside the inputs")
        r = run("extract", "--format", "html", "--out-dir", out, "-", stdin=b"Iran met Chile.")
        check(r.returncode == 0 and b"<mark" in open(os.path.join(out, "stdin.html"), "rb").read(),
              "standard input is written to DIR/stdin.html")
        blocker = os.path.join(d, "a-file")
        open(blocker, "w").write("x")
        for bad in (blocker, os.path.join(blocker, "sub")):
            r = run("extract", "--format", "brat", "--out-dir", bad, inputs[0])
            check(r.returncode == 1, f"unwritable --out-dir {bad}: exit {r.returncode}")
            check(f"--out-dir {bad}: cannot write there: Not a directory".encode() in r.stderr,
                  f"unwritable --out-dir message: {r.stderr!r}")
            check(r.stdout == b"", "nothing extracted when DIR cannot be written")
        other = os.path.join(d, "other")
        os.mkdir(other)
        open(os.path.join(other, "a.txt"), "w").write("Iran met Chile.")
        r = run("extract", "--format", "html", "--out-dir", out, inputs[0],
                os.path.join(other, "a.txt"))
        check(r.returncode == 2 and b"would both be written to" in r.stderr,
              f"two inputs, one page: {r.returncode} {r.stderr!r}")
        check(run("extract", "--out-dir", out, inputs[0]).returncode == 2,
              "--out-dir without --format brat or html")
        check(run("batch", "--out-dir", out, inputs[0]).returncode == 2, "--out-dir with batch")


def run_to_full_device(*args, timeout=120):
    """Runs the CLI with its output to /dev/full (every write fails with ENOSPC)."""
    start = time.monotonic()
    with open("/dev/full", "wb") as full:
        try:
            r = subprocess.run([CLI, *args], stdout=full, stderr=subprocess.PIPE, timeout=timeout)
        except subprocess.TimeoutExpired:
            return None, timeout
    return r, time.monotonic() - start


def test_output_failure():
    if not os.path.exists("/dev/full"):
        print("no /dev/full: output failure tests skipped")
        return
    with tempfile.TemporaryDirectory() as d:
        docs = os.path.join(d, "docs.jsonl")
        text = open(ARTICLE, encoding="utf-8").read()
        with open(docs, "w") as f:
            for i in range(400):
                f.write(json.dumps({"id": f"d{i}", "text": text}) + "\n")
        r, seconds = run_to_full_device("batch", "--threads", "2", docs)
        check(r is not None, f"batch > /dev/full still running after {seconds} s")
        if r is not None:
            check(r.returncode == 1, f"batch > /dev/full: exit {r.returncode}")
            message = r.stderr.decode()
            check("cannot write the output: No space left on device" in message,
                  f"batch > /dev/full message: {message!r}")
            written = int(message.split(" documents")[0].rsplit(" ", 1)[1])
            check(written < 400, f"batch went on after the output failed ({written} documents)")
        r, _ = run_to_full_device("extract", ARTICLE)
        check(r is not None and r.returncode == 1 and b"cannot write the output" in r.stderr,
              f"extract > /dev/full: {r and (r.returncode, r.stderr)}")


def test_batch_input_failure():
    with tempfile.TemporaryDirectory() as d:
        r = run("batch", d)  # a directory opens, but reading it fails
        check(r.returncode == 1, f"unreadable batch input: exit {r.returncode}")
        check(b"cannot read the input after line 0" in r.stderr,
              f"unreadable batch input message: {r.stderr!r}")
        r = run("batch", os.path.join(d, "missing.jsonl"))
        check(r.returncode == 1 and b"missing.jsonl: cannot read file" in r.stderr,
              f"missing batch input: {r.returncode} {r.stderr!r}")


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
    text = b"Japan shipped foods to Haiti. John Q Example met Mara Testwoman."
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
        try:
            fn()
        except Exception as e:  # one broken test must not hide the others' results
            check(False, f"{name} raised {type(e).__name__}: {e}")
print(f"{len(failures)} failure(s)")
sys.exit(1 if failures else 0)
