#!/usr/bin/env python3
"""The HTML view as headless Chromium renders it (run by ctest).

Writes the example article's page with `attache extract --format html --out-dir`, loads it in
headless Chromium with a probe script appended that reports what the browser laid out, and
checks it against the CLI's own mentions and triples: every mention is a highlighted mark,
visible on screen in its entity type's colour; every triple is a table row; every triple with
an object is an arc from the centre of its subject's mark to the centre of its object's.
Exits 77 (ctest: Skipped) when Chromium is not installed; a Chromium that fails is a failure.

usage: html_view_test.py ATTACHE_CLI SOURCE_DIR
"""
import html.parser
import json
import os
import shutil
import subprocess
import sys
import tempfile

CLI, SOURCE = sys.argv[1], sys.argv[2]
ARTICLE = os.path.join(SOURCE, "examples", "articles", "caspian-summit.txt")
SKIPPED = 77
# The highlight colours in lib/output_html.cc, as getComputedStyle reports them.
COLOURS = {"PERSON": "rgb(253, 226, 184)", "COUNTRY": "rgb(207, 232, 255)",
           "ORGANIZATION": "rgb(217, 242, 208)", "ARMED_GROUP": "rgb(246, 201, 201)",
           "MEDIA": "rgb(230, 220, 245)"}
# Reads the laid-out page after its own load handler has drawn the arcs.
PROBE = """<script>
window.addEventListener('load', () => {
  const text = document.getElementById('text').getBoundingClientRect();
  const centre = r => [r.left + r.width / 2 - text.left, r.top - text.top];
  const marks = [...document.querySelectorAll('mark')].map(m => {
    const r = m.getBoundingClientRect(), first = m.getClientRects()[0] || r;
    const hit = document.elementFromPoint(first.left + 2, first.top + first.height / 2);
    return {id: m.id, type: m.className, text: m.firstChild.textContent,
            width: r.width, height: r.height, colour: getComputedStyle(m).backgroundColor,
            on_top: hit !== null && hit.closest('mark') === m, centre: centre(r)};
  });
  const arcs = [...document.querySelectorAll('#arcs path[marker-end]')].map(p => {
    const start = p.getPointAtLength(0), end = p.getPointAtLength(p.getTotalLength());
    return {start: [start.x, start.y], end: [end.x, end.y], label: p.nextSibling.textContent};
  });
  const rows = [...document.querySelectorAll('tr[data-from]')].map(
      r => ({from: r.dataset.from, to: r.dataset.to || null, predicate: r.dataset.predicate}));
  const out = document.createElement('pre');
  out.id = 'attache-probe';
  out.textContent = JSON.stringify({marks, arcs, rows});
  document.body.append(out);
});
</script>
"""

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)


class ProbeReader(html.parser.HTMLParser):
    """The text of <pre id="attache-probe"> in a dumped DOM."""

    def __init__(self):
        super().__init__()
        self.inside, self.text = False, ""

    def handle_starttag(self, tag, attrs):
        self.inside = tag == "pre" and ("id", "attache-probe") in attrs

    def handle_endtag(self, tag):
        self.inside = False

    def handle_data(self, data):
        if self.inside:
            self.text += data


def cli_lines(*args):
    r = subprocess.run([CLI, "extract", *args, ARTICLE], capture_output=True, check=True)
    return [json.loads(line) for line in r.stdout.decode().splitlines()]


def render(chromium, page, work):
    """The probe's report on `page` as Chromium lays it out."""
    probed = os.path.join(work, "probed.html")
    with open(page, encoding="utf-8") as f:
        content = f.read()
    with open(probed, "w", encoding="utf-8") as f:
        f.write(content.replace("</body>", PROBE + "</body>"))
    r = subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", f"--user-data-dir={work}/profile", "--window-size=1280,8000",
         "--virtual-time-budget=2000", "--dump-dom", f"file://{probed}"],
        capture_output=True, timeout=120)
    if r.returncode != 0:
        print(r.stderr.decode()[-2000:])
        sys.exit(f"chromium exited with {r.returncode}")
    reader = ProbeReader()
    reader.feed(r.stdout.decode())
    if not reader.text:
        sys.exit("chromium's DOM has no probe report: the page's scripts did not run")
    return json.loads(reader.text)


def near(a, b):
    return abs(a[0] - b[0]) <= 1.0 and abs(a[1] - b[1]) <= 1.0


def check_marks(seen, mentions):
    marks = {m["id"]: m for m in seen["marks"]}
    shown = 0
    end = -1
    for mention in mentions:
        if mention["start"] < end:
            continue  # overlaps the previous mark: the page shows the first
        end = mention["end"]
        mark = marks.get(f"m{mention['start']}")
        check(mark is not None, f"no mark for {mention['text']!r} at {mention['start']}")
        if mark is None:
            continue
        shown += 1
        where = f"mark {mention['text']!r} ({mention['id']})"
        check(mark["text"] == mention["text"], f"{where}: shows {mark['text']!r}")
        check(mark["type"] == mention["type"], f"{where}: class {mark['type']}")
        check(mark["colour"] == COLOURS[mention["type"]], f"{where}: colour {mark['colour']}")
        check(mark["width"] > 4 and mark["height"] > 8, f"{where}: size {mark['width']}x"
                                                         f"{mark['height']}")
        check(mark["on_top"], f"{where}: hidden under another element")
    check(shown == len(seen["marks"]) and shown >= 8, f"{shown} marks expected, page has "
                                                       f"{len(seen['marks'])}")
    return marks


def check_arcs(seen, triples, marks):
    rows = seen["rows"]
    check(len(rows) == len(triples), f"{len(triples)} triples, {len(rows)} table rows")
    for row, t in zip(rows, triples):
        check(row["predicate"] == t["predicate"], f"row {row} for {t['predicate']}")
    drawn = [r for r in rows if r["to"] and r["from"] in marks and r["to"] in marks]
    check(len(drawn) >= 5, f"only {len(drawn)} triples with an object on the page")
    check(len(seen["arcs"]) == len(drawn), f"{len(drawn)} arcs expected, {len(seen['arcs'])} drawn")
    for row, arc in zip(drawn, seen["arcs"]):
        check(arc["label"] == row["predicate"], f"arc labelled {arc['label']} for {row}")
        check(near(arc["start"], marks[row["from"]]["centre"]), f"arc {row} starts at "
                                                                f"{arc['start']}")
        check(near(arc["end"], marks[row["to"]]["centre"]), f"arc {row} ends at {arc['end']}")


def main():
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("chromium not installed; skipped")
        return SKIPPED
    with tempfile.TemporaryDirectory() as work:
        subprocess.run([CLI, "extract", "--format", "html", "--out-dir", work, ARTICLE],
                       check=True, capture_output=True)
        seen = render(chromium, os.path.join(work, "caspian-summit.txt.html"), work)
        marks = check_marks(seen, cli_lines("--mentions"))
        check_arcs(seen, cli_lines(), marks)
    print(f"{len(failures)} failure(s): {len(seen['marks'])} marks, {len(seen['arcs'])} arcs")
    return 1 if failures else 0


sys.exit(main())
