// Rule matching: which classes occur in a sentence and where, the rules worth trying on it
// (every requirement occurs), and the starts worth trying for each (within reach of its
// rarest requirement).
#include <algorithm>

#include "internal/rules_match.h"

namespace attache::internal::rulematch {

namespace {

// Entity items in [from, to) of `stream`, clamped to the sentence.
std::uint32_t EntitiesIn(const Stream& stream, std::int64_t from, std::int64_t to) {
  const auto n = static_cast<std::int64_t>(stream.items.size());
  from = std::clamp<std::int64_t>(from, 0, n);
  to = std::clamp<std::int64_t>(to, 0, n);
  return to > from ? stream.entities_before[to] - stream.entities_before[from] : 0;
}

}  // namespace

void RequirementIndex::Build(const RuleDispatch& d, const Stream& s) {
  if (stamp.size() < d.class_count) {
    stamp.assign(d.class_count, 0);
    begin.resize(d.class_count);
    count.resize(d.class_count);
    epoch = 0;
  }
  if (++epoch == 0) {  // wrapped: forget every old stamp
    std::fill(stamp.begin(), stamp.end(), 0);
    epoch = 1;
  }
  touched.clear();
  positions.clear();
  for (const ClassHit& h : s.hits) {
    if (stamp[h.word_class] != epoch) {
      stamp[h.word_class] = epoch;
      count[h.word_class] = 0;
      begin[h.word_class] = kUnlisted;
      touched.push_back(h.word_class);
    }
    ++count[h.word_class];
  }
}

const std::uint32_t* RequirementIndex::Positions(std::uint32_t c, const Stream& s) {
  if (begin[c] == kUnlisted) {
    begin[c] = static_cast<std::uint32_t>(positions.size());
    for (const ClassHit& h : s.hits) {
      if (h.word_class == c) positions.push_back(h.position);
    }
  }
  return positions.data() + begin[c];
}

void CandidateRules(const RuleDispatch& dispatch, const RequirementIndex& found,
                    std::vector<std::uint32_t>* out) {
  std::vector<std::uint32_t>& candidates = *out;
  candidates = dispatch.unconstrained_rules;
  for (std::uint32_t c : found.touched) {
    if (c < dispatch.rules_by_class.size()) {
      const std::vector<std::uint32_t>& listed = dispatch.rules_by_class[c];
      candidates.insert(candidates.end(), listed.begin(), listed.end());
    }
  }
  std::sort(candidates.begin(), candidates.end());
}

bool FindStarts(const std::vector<Requirement>& needs, const Stream& stream, RuleScratchImpl* work,
                StartRange* range) {
  if (needs.empty()) {
    work->every_position.resize(stream.items.size());
    for (std::uint32_t p = 0; p < stream.items.size(); ++p) work->every_position[p] = p;
    range->begin = work->every_position.data();
    range->end = range->begin + stream.items.size();
    range->reach = 1;
    return true;
  }
  RequirementIndex& found = work->requirements;
  const Requirement* rarest = &needs[0];
  std::uint32_t rarest_count = found.Count(rarest->id);
  for (const Requirement& q : needs) {
    if (rarest_count == 0) break;  // a requirement is missing: the rule cannot match
    const std::uint32_t count = found.Count(q.id);
    if (count < rarest_count) {
      rarest = &q;
      rarest_count = count;
    }
  }
  if (rarest_count == 0) return false;
  // Occurrences with room for the rule's entities on each side.
  const RequirementPlace& place = rarest->place;
  work->anchors.clear();
  const std::uint32_t* occurrences = found.Positions(rarest->id, stream);
  for (std::uint32_t k = 0; k < rarest_count; ++k) {
    const std::int64_t q = occurrences[k];
    if (EntitiesIn(stream, q - place.before, q) >= place.entities_before &&
        EntitiesIn(stream, q + 1, q + place.after) >= place.entities_after) {
      work->anchors.push_back(static_cast<std::uint32_t>(q));
    }
  }
  if (work->anchors.empty()) return false;
  range->begin = work->anchors.data();
  range->end = range->begin + work->anchors.size();
  range->reach = place.before + 1;
  return true;
}

}  // namespace attache::internal::rulematch
