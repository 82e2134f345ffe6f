// A self-contained HTML view: mentions highlighted by type, triples drawn as arcs.
#include "attache/output.hpp"
#include "fmt/format.h"

namespace attache {
namespace {

std::string Escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

constexpr std::string_view kHead = R"(<!doctype html>
<html><head><meta charset="utf-8"><title>{title}</title>
<style>
body{{font:16px/2.9 Georgia,serif;max-width:58em;margin:2em auto;padding:0 1em;color:#222}}
#text{{position:relative}} p{{margin:0 0 1.2em}}
mark{{border-radius:4px;padding:1px 3px;background:#eee}}
mark.PERSON{{background:#fde2b8}} mark.COUNTRY{{background:#cfe8ff}}
mark.ORGANIZATION{{background:#d9f2d0}} mark.ARMED_GROUP{{background:#f6c9c9}}
mark.MEDIA{{background:#e6dcf5}} mark.hl{{outline:2px solid #c00}}
mark small{{font:10px sans-serif;color:#555;margin-left:3px}}
svg#arcs{{position:absolute;left:0;top:0;pointer-events:none;overflow:visible}}
svg#arcs path{{fill:none;stroke:#c05;stroke-width:1.5}} svg#arcs text{{font:11px sans-serif;fill:#c05}}
table{{border-collapse:collapse;font:13px/1.4 sans-serif;margin-top:2em}}
td,th{{border-bottom:1px solid #ddd;padding:3px 8px;text-align:left}}
tr.negated td{{text-decoration:line-through}}
</style></head><body>
<h1 style="font:20px sans-serif">{title}</h1>
<div id="text"><svg id="arcs"></svg>
)";

constexpr std::string_view kTail = R"(</table>
<script>
// Draws each triple as an arc from its subject mention to its object mention.
function draw() {
  const box = document.getElementById('text').getBoundingClientRect();
  const svg = document.getElementById('arcs');
  svg.setAttribute('width', box.width); svg.setAttribute('height', box.height);
  svg.innerHTML = '';
  document.querySelectorAll('tr[data-to]').forEach((row, i) => {
    const a = document.getElementById(row.dataset.from), b = document.getElementById(row.dataset.to);
    if (!a || !b) return;
    const ra = a.getBoundingClientRect(), rb = b.getBoundingClientRect();
    const x1 = ra.left + ra.width / 2 - box.left, y1 = ra.top - box.top;
    const x2 = rb.left + rb.width / 2 - box.left, y2 = rb.top - box.top;
    const lift = 14 + (i % 3) * 6, mx = (x1 + x2) / 2, my = Math.min(y1, y2) - lift;
    const ns = 'http://www.w3.org/2000/svg';
    const path = document.createElementNS(ns, 'path');
    path.setAttribute('d', `M${x1},${y1} Q${mx},${my - lift} ${x2},${y2}`);
    path.setAttribute('marker-end', 'url(#head)');
    const label = document.createElementNS(ns, 'text');
    label.setAttribute('x', mx); label.setAttribute('y', my - 2);
    label.setAttribute('text-anchor', 'middle'); label.textContent = row.dataset.predicate;
    svg.append(path, label);
  });
  svg.insertAdjacentHTML('afterbegin', '<defs><marker id="head" markerWidth="8" markerHeight="8" refX="6" refY="3" orient="auto"><path d="M0,0 L6,3 L0,6" style="stroke:#c05;fill:#c05"/></marker></defs>');
}
window.addEventListener('load', draw); window.addEventListener('resize', draw);
document.querySelectorAll('tr[data-from]').forEach(row => row.addEventListener('mouseenter', () => {
  document.querySelectorAll('mark.hl').forEach(m => m.classList.remove('hl'));
  [row.dataset.from, row.dataset.to].forEach(id => { const m = document.getElementById(id); if (m) m.classList.add('hl'); });
}));
</script></body></html>
)";

}  // namespace

std::string DocumentToHtml(const Document& doc, const Extractor& extractor,
                           std::string_view title) {
  const Gazetteer& g = extractor.gazetteer();
  std::string out = fmt::format(fmt::runtime(kHead), fmt::arg("title", Escape(title)));
  std::string_view text = doc.text;
  std::size_t m = 0;
  for (std::size_t s = 0; s < doc.tokens.sentences.size();) {
    const std::uint32_t paragraph = doc.tokens.sentences[s].paragraph;
    const std::uint32_t begin = doc.tokens.sentences[s].begin;
    std::uint32_t end = begin;
    for (; s < doc.tokens.sentences.size() && doc.tokens.sentences[s].paragraph == paragraph; ++s) {
      end = doc.tokens.sentences[s].end;
    }
    out += "<p>";
    std::uint32_t at = begin;
    while (m < doc.mentions.size() && doc.mentions[m].begin < begin) ++m;
    for (; m < doc.mentions.size() && doc.mentions[m].end <= end; ++m) {
      const Mention& mention = doc.mentions[m];
      if (mention.begin < at) continue;  // same span as the previous mark, or overlapping
      const Entity e = doc.entity(g, mention.entity);
      out += Escape(text.substr(at, mention.begin - at));
      out += fmt::format(
          R"html(<mark id="m{}" class="{}" title="{} ({}, {})">{}<small>{}</small></mark>)html",
          mention.begin, EntityTypeName(e.type), Escape(e.name), e.id, MatchKindName(mention.how),
          Escape(text.substr(mention.begin, mention.end - mention.begin)), Escape(e.id));
      at = mention.end;
    }
    out += Escape(text.substr(at, end - at));
    out += "</p>\n";
  }
  out +=
      "</div>\n<table><tr><th>subject</th><th>predicate</th><th>object</th><th>CAMEO</th>"
      "<th>attribution</th></tr>\n";
  for (const Triple& t : doc.triples) {
    std::string attribution = std::string(ModalityName(t.modality));
    if (t.attributed_to) {
      attribution += fmt::format(", claimed by {}", doc.entity(g, t.attributed_to->entity).name);
    }
    for (const Argument& d : t.denied_by) {
      attribution += fmt::format(", denied by {}", doc.entity(g, d.entity).name);
    }
    const Evidence& e = t.evidence.front();
    out += fmt::format(
        R"html(<tr class="{}" data-from="m{}"{} data-predicate="{}"><td>{}</td><td>{}{}</td><td>{}</td><td>{}</td><td>{}</td></tr>)html",
        PolarityName(t.polarity), e.subject.span.begin,
        e.object ? fmt::format(R"html( data-to="m{}")html", e.object->span.begin) : "",
        Escape(t.predicate), Escape(doc.entity(g, t.subject.entity).name), Escape(t.predicate),
        t.polarity == Polarity::kNegated ? " (negated)" : "",
        t.object ? Escape(doc.entity(g, t.object->entity).name) : "", t.cameo, Escape(attribution));
    out += "\n";
  }
  out += kTail;
  return out;
}

}  // namespace attache
