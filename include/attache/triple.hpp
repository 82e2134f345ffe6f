// attache/triple.hpp — the extractor's output unit: a typed, sourced relation.
//
// (subject, predicate, object) with an optional item ("drones" in supplied-drones-to), the
// CAMEO code and PLOVER category of the predicate, every piece of evidence (sentence and
// trigger spans, the rule that fired), and the attribution fields: polarity, modality, whose
// claim it is and who denies it. All spans are byte offsets into the caller's text.
#ifndef ATTACHE_TRIPLE_HPP_
#define ATTACHE_TRIPLE_HPP_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "attache/gazetteer.hpp"

namespace attache {

struct ByteSpan {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  friend bool operator==(ByteSpan a, ByteSpan b) = default;
};

// One side of a triple: the entity, where the text names it, and which of its parts acts.
struct Argument {
  EntityIndex entity = kNoEntity;
  ByteSpan span;
  Sector sector = Sector::kNone;
};

enum class Polarity : std::uint8_t { kAsserted, kNegated };
enum class Modality : std::uint8_t { kFact, kAlleged, kPlanned, kHypothetical };
// Where in the page the evidence sits.
enum class Section : std::uint8_t { kBody, kHeadline, kCaption };

std::string_view PolarityName(Polarity p);  // "asserted", "negated"
std::string_view ModalityName(Modality m);  // "fact", "alleged", "planned", "hypothetical"
std::string_view SectionName(Section s);    // "body", "headline", "caption"

struct Evidence {
  ByteSpan sentence;
  ByteSpan trigger;
  std::uint32_t rule = 0;  // index into RuleSet
  Section section = Section::kBody;
  Argument subject;  // this evidence's own mentions
  std::optional<Argument> object;
};

struct Triple {
  Argument subject;
  std::optional<Argument> object;
  std::string predicate;  // "met", "supplied-drones-to"
  std::string item;       // "drones"; empty when the rule has no item
  std::string cameo;      // "040"; empty when none fits
  std::string plover;     // "CONSULT"
  Polarity polarity = Polarity::kAsserted;
  Modality modality = Modality::kFact;
  std::optional<Argument> attributed_to;  // whose claim this is; empty when stated directly
  std::vector<Argument> denied_by;        // who denies it
  std::vector<Evidence> evidence;         // first is the earliest; never empty
};

}  // namespace attache

#endif  // ATTACHE_TRIPLE_HPP_
