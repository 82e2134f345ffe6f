// Rule matching: a rule's match in the item stream becomes triples: the subject and object
// captures' members paired, the predicate and item filled in from the captures, repeats
// dropped.
#include <algorithm>

#include "internal/limits.h"
#include "internal/rules_match.h"
#include "internal/text.h"

namespace attache::internal::rulematch {

namespace {

// The byte span of items [a, b).
ByteSpan ItemSpan(const TokenizedText& tokens, const Stream& s, std::int32_t a, std::int32_t b) {
  return {tokens.tokens[s.items[a].first_token].begin,
          tokens.tokens[s.items[b - 1].end_token - 1].end};
}

// "Ukraine was attacked by Russia" read by an active rule as (ukraine, attacked, russia): the
// trigger follows a form of "be" and the object follows "by". Such matches are dropped;
// passive rules capture the agent after "by" as the subject instead.
bool MisreadPassive(const Stream& s, const Caps& caps, int trigger_capture, std::int32_t object) {
  if (trigger_capture < 0 || caps[2 * trigger_capture] < 0) return false;
  std::int32_t before_object = object - 1;
  while (before_object >= 0 && s.items[before_object].determiner()) --before_object;
  if (before_object < 0 || s.items[before_object].is_entity() ||
      !s.items[before_object].Has(MatcherClasses::kAgentMarker)) {
    return false;
  }
  const std::int32_t trigger = caps[2 * trigger_capture];
  for (std::int32_t k = std::max(0, trigger - kBeBeforeTriggerItems); k < trigger; ++k) {
    if (s.items[k].Has(MatcherClasses::kBe)) {
      return true;
    }
  }
  return false;
}

// The canonical value of a capture: the class entry's value ("drones" for "Shahed
// drones"), else the captured words in lowercase.
std::string CaptureValue(std::string_view text, const TokenizedText& tokens, const Stream& s,
                         const Caps& caps, int capture) {
  std::int32_t a = caps[2 * capture], b = caps[2 * capture + 1];
  if (a < 0 || b <= a) return "";
  for (std::uint32_t h = s.hit_begin[a]; h < s.hit_begin[a + 1]; ++h) {
    if (static_cast<std::int32_t>(s.hits[h].length) == b - a && !s.hits[h].value->empty()) {
      return *s.hits[h].value;
    }
  }
  ByteSpan span = ItemSpan(tokens, s, a, b);
  std::string value = AsciiLower(text.substr(span.begin, span.end - span.begin));
  for (char& c : value) {
    if (c == ' ') c = '-';
  }
  return value;
}

// Whether `m` repeats one of out[first ..] (same subject, object, predicate and trigger).
// `seen` is empty until the first call with more than kScannedMatches of them.
bool Repeats(const RuleMatch& m, std::size_t first, const std::vector<RuleMatch>& out,
             MatchKeySet* seen) {
  // The fields compared, viewing the predicate; the set keeps its own copy of it.
  auto fields = [](const RuleMatch& x) {
    return std::make_tuple(x.subject.entity, x.object ? x.object->entity : kNoEntity,
                           std::string_view(x.predicate), x.trigger.begin);
  };
  auto owned = [&](const RuleMatch& x) {
    const auto [subject, object, predicate, trigger] = fields(x);
    return std::make_tuple(subject, object, std::string(predicate), trigger);
  };
  if (out.size() - first <= kScannedMatches) {
    return std::any_of(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
                       [&](const RuleMatch& o) { return fields(o) == fields(m); });
  }
  if (seen->empty()) {
    for (std::size_t k = first; k < out.size(); ++k) seen->insert(owned(out[k]));
  }
  return !seen->insert(owned(m)).second;
}

// The entity item a capture holds; it may start at "the" before the mention. Null when the
// capture did not take part in the match (another branch of an alternative matched).
const Item* EntityItem(const Stream& stream, const Caps& caps, int capture) {
  std::int32_t at = caps[2 * capture];
  if (at < 0 || caps[2 * capture + 1] <= at) return nullptr;
  for (std::int32_t p = at; p < caps[2 * capture + 1]; ++p) {
    if (stream.items[p].is_entity()) return &stream.items[p];
  }
  return nullptr;
}

// The match of rule `r` over items [start, end) without its arguments: its span, trigger,
// predicate (with {X} replaced by the canonical value of what X captured) and item (the
// capture named I).
RuleMatch BaseMatch(const SentenceInput& in, std::uint32_t r, const Program& prog,
                    const Stream& stream, const Caps& caps, std::uint32_t start,
                    std::uint32_t end) {
  const int tc = prog.trigger_capture;
  RuleMatch base;
  base.rule = r;
  base.sentence = in.sentence;
  base.span =
      ItemSpan(in.tokens, stream, static_cast<std::int32_t>(start), static_cast<std::int32_t>(end));
  if (tc >= 0 && caps[2 * tc] >= 0 && caps[2 * tc + 1] > caps[2 * tc]) {
    base.trigger = ItemSpan(in.tokens, stream, caps[2 * tc], caps[2 * tc + 1]);
  }
  std::string predicate;
  for (const auto& [part, capture] : prog.predicate_parts) {
    if (capture < 0) {
      predicate += part;
    } else {
      predicate += CaptureValue(in.text, in.tokens, stream, caps, capture);
    }
  }
  base.predicate = std::move(predicate);
  if (prog.item_capture >= 0) {
    base.item = CaptureValue(in.text, in.tokens, stream, caps, prog.item_capture);
  }
  return base;
}

// The (subject member, object member) pairs of a match into `pairs` (object kNoMention when
// the rule has none or its object capture is empty; the members of one group paired among
// themselves when subject and object are one capture). False when the object capture holds
// no entity or the match misreads a passive.
bool ArgumentPairs(const Program& prog, const Stream& stream, const Caps& caps,
                   const Item& subject_item,
                   std::vector<std::pair<std::uint32_t, std::uint32_t>>* pairs) {
  const int sc = prog.subject_capture;
  const int oc = prog.object_capture >= 0 && caps[2 * prog.object_capture] >= 0 &&
                         caps[2 * prog.object_capture + 1] > caps[2 * prog.object_capture]
                     ? prog.object_capture
                     : -1;
  pairs->clear();
  if (oc < 0) {
    for (std::uint32_t a = subject_item.members_begin; a < subject_item.members_end; ++a) {
      pairs->push_back({a, kNoMention});
    }
  } else if (oc == sc) {
    for (std::uint32_t a = subject_item.members_begin; a < subject_item.members_end; ++a) {
      for (std::uint32_t b = a + 1; b < subject_item.members_end; ++b) pairs->push_back({a, b});
    }
  } else {
    const Item* object_ptr = EntityItem(stream, caps, oc);
    if (object_ptr == nullptr) return false;
    const Item& object_item = *object_ptr;
    if (MisreadPassive(stream, caps, prog.trigger_capture,
                       static_cast<std::int32_t>(object_ptr - stream.items.data()))) {
      return false;
    }
    for (std::uint32_t a = subject_item.members_begin; a < subject_item.members_end; ++a) {
      for (std::uint32_t b = object_item.members_begin; b < object_item.members_end; ++b) {
        pairs->push_back({a, b});
      }
    }
  }
  return true;
}

}  // namespace

void MatchFrom(const SentenceInput& in, std::uint32_t r, const Program& prog, std::uint32_t start,
               RuleScratchImpl* work, std::vector<RuleMatch>* out) {
  const Stream& stream = work->stream;
  Caps caps;
  std::uint32_t end = start;
  if (!work->vm.Run(start, &caps, &end) || end == start) return;
  const int tc = prog.trigger_capture;
  if (tc >= 0 && caps[2 * tc] >= 0 && !work->triggers.insert(caps[2 * tc]).second) return;
  const Item* subject_ptr = EntityItem(stream, caps, prog.subject_capture);
  if (subject_ptr == nullptr) return;
  RuleMatch base = BaseMatch(in, r, prog, stream, caps, start, end);
  std::vector<std::pair<std::uint32_t, std::uint32_t>>& pairs = work->pairs;
  if (!ArgumentPairs(prog, stream, caps, *subject_ptr, &pairs)) return;
  auto member_arg = [&](std::uint32_t member) {
    const Mention& mention = in.mentions[stream.members[member]];
    return Argument{mention.entity, {mention.begin, mention.end}};
  };
  for (std::size_t k = 0; k < pairs.size(); ++k) {
    const auto [a, b] = pairs[k];
    RuleMatch m = k + 1 == pairs.size() ? std::move(base) : base;
    m.subject = member_arg(a);
    if (b != kNoMention) {
      m.object = member_arg(b);
      if (m.object->entity == m.subject.entity) continue;
    }
    if (Repeats(m, work->rule_first_match, *out, &work->seen)) continue;
    out->push_back(std::move(m));
  }
}

}  // namespace attache::internal::rulematch
