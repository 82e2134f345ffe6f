// Rule matching: a sentence becomes a stream of items (words, entity mentions, coordinated
// groups of mentions). A rule is tried only if every word, class and alternative its pattern
// requires occurs in the sentence, with room for its entities on each side; then only from
// starts within reach of its rarest requirement. From each start, a depth-first search of
// the rule's program in priority order finds the preferred match and its captures
// (backtracking as in RE2's BitState): an (instruction, position) pair explored once and
// failed is never explored again, for any start of the rule in the sentence, and no rule
// spans more than RuleInfo::max_span items, so the cost is linear in the sentence length.
#include <algorithm>
#include <array>
#include <span>

#include "absl/container/flat_hash_set.h"
#include "attache/grammar.hpp"
#include "fmt/format.h"
#include "internal/rules.h"
#include "internal/structure.h"
#include "internal/text.h"

namespace attache {
namespace {

using internal::ClassEntry;
using internal::Inst;
using internal::Op;
using internal::Program;

constexpr std::uint32_t kNoMention = 0xffffffffu;

struct Item {
  std::uint64_t key = 0;  // words only
  std::uint32_t first_token = 0;
  std::uint32_t end_token = 0;
  std::uint32_t members_begin = 0;  // entity items: range in Stream::members
  std::uint32_t members_end = 0;
  std::uint32_t class_node = 0;  // words: the class trie's child of the root for `key`, or 0
  std::uint16_t type_mask = 0;   // union of member types (0 for words)
  bool soft = false;             // a possessive pronoun ("its"): an entity that gaps may also skip
  std::uint8_t word_flags = 0;   // words: MatcherClasses flags ("the", "and", "by", "said")
  bool is_entity() const { return members_end > members_begin; }
  bool Has(std::uint8_t flag) const { return (word_flags & flag) != 0; }
  bool determiner() const { return Has(internal::MatcherClasses::kArticle); }
};
static_assert(sizeof(Item) == 32, "items are read in bulk: keep them to half a cache line");
static_assert(kEntityTypeCount <= 16, "Item::type_mask has a bit per entity type");

// A class phrase starting at an item; an item's hits are Stream::hits[hit_begin[item] ..
// hit_begin[item + 1]). `position` repeats that item: RequirementIndex::Positions() scans
// the hits of one class for every candidate rule, and reading it off the offsets instead
// measured 4 % slower on the extract stage.
struct ClassHit {
  std::uint32_t word_class;
  std::uint32_t length;    // items
  std::uint32_t position;  // the item it starts at
  const std::string* value;
};

struct Stream {
  std::vector<Item> items;
  std::vector<std::uint32_t> members;    // indices into the sentence's mentions
  std::vector<std::uint32_t> hit_begin;  // per item, into hits (size items+1)
  std::vector<ClassHit> hits;
  std::vector<std::uint32_t> entities_before;  // per position (size items+1): entity items before
  std::vector<Item> ungrouped;                 // BuildStream's working copy
  absl::flat_hash_set<EntityIndex> group_entities;  // BuildStream: entities of one group

  void Clear() {
    items.clear();
    members.clear();
    hit_begin.clear();
    hits.clear();
  }
};

bool Compatible(EntityType a, EntityType b) {
  bool person_a = a == EntityType::kPerson, person_b = b == EntityType::kPerson;
  return person_a == person_b && a != EntityType::kMedia && b != EntityType::kMedia;
}

// Builds the item stream: mentions collapse into single items, and mentions joined by
// commas and a word of the "coordinator" class ("and", "&", "nor") into one coordinated
// group item.
// Report verbs ("said") matter here: a comma followed by "the Israeli military said" opens a
// reporting clause, not another list item. Articles ("the", "his") may precede a member.
// `class_nodes`: each token's child of the class trie's root, from the sentence's first token.
void BuildStream(const TokenizedText& tokens, const Sentence& s,
                 const std::vector<Mention>& mentions, std::span<const std::uint32_t> class_nodes,
                 const internal::MatcherClasses& known, Stream* out) {
  out->Clear();
  static const std::uint64_t kComma = NormalizedKey(",");
  // Coordination (below) needs two entities and a comma or coordinator right after one:
  // counted while the items are made.
  std::size_t entities = 0;
  bool joined = false;
  bool after_entity = false;
  std::size_t m = 0;
  for (std::uint32_t t = s.first_token; t < s.end_token;) {
    while (m < mentions.size() && mentions[m].first_token < t) ++m;
    if (m < mentions.size() && mentions[m].first_token == t) {
      const Mention& mention = mentions[m];
      Item& item = out->items.emplace_back();  // filled in place: no copy through the stack
      item.first_token = t;
      item.end_token = mention.end_token;
      item.members_begin = static_cast<std::uint32_t>(out->members.size());
      // "the two countries": its kGroup mentions share one span and form one group item.
      do {
        out->members.push_back(static_cast<std::uint32_t>(m));
        item.type_mask |= static_cast<std::uint16_t>(1u << static_cast<int>(mentions[m].type));
        ++m;
      } while (mention.how == MatchKind::kGroup && m < mentions.size() &&
               mentions[m].first_token == t && mentions[m].how == MatchKind::kGroup);
      item.members_end = static_cast<std::uint32_t>(out->members.size());
      item.soft = mention.how == MatchKind::kPronoun && mention.possessive;
      item.key = tokens.tokens[t].key;
      t = mention.end_token;
      ++entities;
      after_entity = true;
      continue;
    }
    Item& item = out->items.emplace_back();
    item.first_token = t;
    item.end_token = t + 1;
    item.key = tokens.tokens[t].key;
    // One trie probe per word serves the determiner test here and FindClassHits later.
    item.class_node = class_nodes[t - s.first_token];
    item.word_flags = known.FlagsOf(item.class_node);
    joined |=
        after_entity && (item.key == kComma || item.Has(internal::MatcherClasses::kCoordinator));
    after_entity = false;
    ++t;
  }
  // Coordination: E (, E)* (,)? C E  ->  one group item, where C is a word of the
  // "coordinator" class ("and", "&", "nor").
  if (entities < 2 || !joined) return;
  std::swap(out->items, out->ungrouped);
  std::vector<Item>& grouped = out->items;
  grouped.clear();
  const auto& items = out->ungrouped;
  for (std::size_t i = 0; i < items.size();) {
    if (!items[i].is_entity()) {
      grouped.push_back(items[i++]);
      continue;
    }
    const EntityType type = mentions[out->members[items[i].members_begin]].type;
    Item group = items[i];
    std::size_t j = i + 1;
    std::size_t last_member = i;
    bool closed = false;  // a conjunction was seen: only an apposition may follow
    while (j < items.size()) {
      std::size_t k = j;
      bool comma = !items[k].is_entity() && items[k].key == kComma;
      if (comma) ++k;
      bool conj = !closed && k < items.size() && !items[k].is_entity() &&
                  items[k].Has(internal::MatcherClasses::kCoordinator);
      if (conj) ++k;
      const bool determiner = (comma || conj) && k < items.size() && items[k].determiner();
      if (determiner) ++k;
      if ((!comma && !conj) || k >= items.size() || !items[k].is_entity()) break;
      const Mention& next = mentions[out->members[items[k].members_begin]];
      const Mention& last = mentions[out->members[items[last_member].members_end - 1]];
      // After "and", only "X and Y, <Y again>" (an apposition naming Y) continues.
      if (closed && (!comma || next.entity != last.entity)) break;
      // A bare comma before "the Israeli military said" or "South Korean intelligence said"
      // opens a reporting clause, not another list item.
      if (comma && !conj && !closed && (determiner || next.how == MatchKind::kDemonym)) {
        bool reporting = false;
        for (std::size_t r = k + 1; r < std::min(items.size(), k + 4); ++r) {
          reporting |= items[r].Has(internal::MatcherClasses::kReport);
        }
        if (reporting) break;
      }
      if (!Compatible(type, next.type)) break;
      last_member = k;
      j = k + 1;
      closed |= conj;
    }
    if (last_member == i) {
      grouped.push_back(items[i++]);
      continue;
    }
    // Re-list members contiguously; a group naming one entity twice ("Hungary's prime
    // minister, Viktor Orbán") keeps one member.
    // "The two leaders, Erdogan and Putin, ...": names in apposition replace the guess.
    const bool plural_first =
        mentions[out->members[items[i].members_begin]].how == MatchKind::kGroup;
    const auto begin = static_cast<std::uint32_t>(out->members.size());
    absl::flat_hash_set<EntityIndex>& seen = out->group_entities;
    seen.clear();
    group.type_mask = 0;
    for (std::size_t k = plural_first ? i + 1 : i; k <= last_member; ++k) {
      if (!items[k].is_entity()) continue;
      for (std::uint32_t m = items[k].members_begin; m < items[k].members_end; ++m) {
        const std::uint32_t mention = out->members[m];
        if (seen.insert(mentions[mention].entity).second) out->members.push_back(mention);
      }
      group.type_mask |= items[k].type_mask;
    }
    group.members_begin = begin;
    group.members_end = static_cast<std::uint32_t>(out->members.size());
    group.end_token = items[last_member].end_token;
    grouped.push_back(group);
    i = last_member + 1;
  }
}

// Each token's child of the class trie's root, for the tokens of `s`.
void LookUpClassNodes(const internal::ClassTable& classes, const TokenizedText& tokens,
                      const Sentence& s, std::vector<std::uint32_t>* out) {
  out->resize(s.end_token - s.first_token);
  for (std::uint32_t t = s.first_token; t < s.end_token; ++t) {
    (*out)[t - s.first_token] = classes.Child(internal::ClassTable::kRoot, tokens.tokens[t].key);
  }
}

// Lists the class phrases starting at each word item, and counts the entity items before
// each position.
void FindClassHits(const internal::ClassTable& classes, Stream* s) {
  s->hit_begin.resize(s->items.size() + 1);  // every entry is written below
  s->entities_before.resize(s->items.size() + 1);
  s->entities_before[0] = 0;
  for (std::size_t i = 0; i < s->items.size(); ++i) {
    s->hit_begin[i] = static_cast<std::uint32_t>(s->hits.size());
    s->entities_before[i + 1] = s->entities_before[i] + (s->items[i].is_entity() ? 1 : 0);
    std::uint32_t node = internal::ClassTable::kRoot;
    for (std::size_t j = i; j < s->items.size() && !s->items[j].is_entity(); ++j) {
      // The first word's node was found by BuildStream.
      node = j == i ? s->items[j].class_node : classes.Child(node, s->items[j].key);
      if (node == 0) break;
      for (const ClassEntry& e : classes.entries[node]) {
        s->hits.push_back({e.word_class, static_cast<std::uint32_t>(j - i + 1),
                           static_cast<std::uint32_t>(i), &e.value});
      }
    }
  }
  s->hit_begin[s->items.size()] = static_cast<std::uint32_t>(s->hits.size());
}

// Capture slots hold item positions; sentences the matcher accepts have fewer than
// kMaxItems items, so 16 bits suffice.
using Caps = std::array<std::int16_t, 16>;
constexpr std::size_t kMaxItems = 32000;

// Runs a program anchored at given starts with leftmost-first (Perl-like) priorities:
// optional parts are tried before skipping them, gaps as short as possible, longer class
// phrases before shorter ones. A depth-first search in priority order whose first match is
// the preferred one; each (instruction, position) pair is explored at most once, since one
// that failed fails again whatever the path or start that reaches it. So the cost of all
// starts of one rule in one sentence is bounded by program size x the items they can reach,
// and no input recursion or capture copying is involved: a Save pushes an undo record.
// One Vm serves every rule of a sentence: its buffers keep their capacity between runs.
class Vm {
 public:
  // Points the Vm at one sentence.
  void Bind(const std::vector<Mention>& mentions, const Stream& s) {
    mentions_ = &mentions;
    s_ = &s;
  }

  // The program that CanStart() and the next runs follow.
  void Reset(const Program& prog) { prog_ = &prog; }

  // Whether the marks for starts in [first_start, last_start] fit the budget.
  static bool MarksFit(const Program& prog, std::uint32_t first_start, std::uint32_t last_start,
                       std::uint32_t max_span) {
    return (std::uint64_t{last_start} - first_start + max_span + 1) * prog.insts.size() <=
           kMarkBudget;
  }

  // Prepares runs from starts in [first_start, last_start]; no match of the program covers
  // more than `max_span` items.
  void Limit(std::uint32_t first_start, std::uint32_t last_start, std::uint32_t max_span) {
    const auto n = static_cast<std::uint32_t>(s_->items.size());
    base_ = first_start;
    width_ = std::min(n, last_start + max_span) - first_start + 1;
    marks_.assign((static_cast<std::size_t>(width_) * prog_->insts.size() + 63) / 64, 0);
    marked_ = false;
  }

  // Whether any first instruction of the program accepts the item at `p` (cheap prefilter;
  // a match can only start where this holds).
  bool CanStart(std::uint32_t p) const {
    const Item& item = s_->items[p];
    for (std::uint32_t pc : prog_->first_insts) {
      const Inst& inst = prog_->insts[pc];
      switch (inst.op) {
        case Op::kEntity:
          if (EntityLength(prog_->entity_tests[inst.arg], p) != 0) return true;
          break;
        case Op::kWord:
          if (!item.is_entity() && item.key == inst.key) return true;
          break;
        case Op::kClass:
          for (std::uint32_t h = s_->hit_begin[p]; h < s_->hit_begin[p + 1]; ++h) {
            if (s_->hits[h].word_class == inst.arg) return true;
          }
          break;
        case Op::kMatch:
          break;
        default:
          return true;  // kAnyWord, kAnyItem, kNotWord, kNotClass: let the search decide
      }
    }
    return false;
  }

  // The preferred match anchored at `start` (within the range given to Limit()), with its
  // captures and end.
  bool Run(std::uint32_t start, Caps* caps, std::uint32_t* end) {
    caps->fill(-1);
    top_ = 0;
    Push(start, 0);
    while (top_ > 0) {
      const Job job = jobs_[--top_];
      if ((job.pc & kUndo) != 0) {
        (*caps)[job.pc & ~kUndo] = static_cast<std::int16_t>(job.position);
        continue;
      }
      std::uint32_t pc = job.pc;
      std::uint32_t p = job.position;
      while (Mark(pc, p)) {
        const Inst& inst = prog_->insts[pc];
        if (inst.op == Op::kJump) {
          pc = inst.x;
        } else if (inst.op == Op::kSplit) {
          Push(p, inst.y);
          pc = inst.x;
        } else if (inst.op == Op::kSave) {
          Push(static_cast<std::uint32_t>((*caps)[inst.arg]), inst.arg | kUndo);
          (*caps)[inst.arg] = static_cast<std::int16_t>(p);
          ++pc;
        } else if (inst.op == Op::kMatch) {
          *end = p;
          ForgetMarks();  // the marks on this path led to a match, not to failure
          return true;
        } else {
          // The preferred way to consume is followed now, the others are stacked so that
          // the next preferred is on top.
          std::uint32_t next = 0;  // 0: no way (a step always consumes)
          const std::size_t first = top_;
          ForEachAdvance(inst, p, [&](std::uint32_t length) {
            if (next == 0) {
              next = p + length;
            } else {
              Push(p + length, pc + 1);
            }
          });
          if (next == 0) break;
          std::reverse(jobs_.begin() + static_cast<std::ptrdiff_t>(first),
                       jobs_.begin() + static_cast<std::ptrdiff_t>(top_));
          p = next;
          ++pc;
        }
      }
    }
    return false;
  }

 private:
  // An entry of the search's stack: explore `pc` at `position`, or, with kUndo set in `pc`,
  // restore capture slot `pc & ~kUndo` to the value `position`.
  struct Job {
    std::uint32_t position;
    std::uint32_t pc;
  };
  static constexpr std::uint32_t kUndo = 0x80000000u;

  void Push(std::uint32_t position, std::uint32_t pc) {
    if (top_ == jobs_.size()) jobs_.resize(jobs_.size() * 2 + 64);
    jobs_[top_++] = {position, pc};
  }

  // Marks (pc, p) explored; false if it already was (or lies outside the range, which
  // max_span rules out).
  bool Mark(std::uint32_t pc, std::uint32_t p) {
    const std::uint32_t offset = p - base_;
    if (offset >= width_) return false;
    const std::size_t bit = static_cast<std::size_t>(pc) * width_ + offset;
    std::uint64_t& word = marks_[bit / 64];
    const std::uint64_t mask = std::uint64_t{1} << (bit % 64);
    if ((word & mask) != 0) return false;
    word |= mask;
    marked_ = true;
    return true;
  }

  void ForgetMarks() {
    if (marked_) std::fill(marks_.begin(), marks_.end(), 0);
    marked_ = false;
  }

  bool EntityOk(const internal::EntityTest& test, const Item& item) const {
    if (!item.is_entity()) return false;
    if (test.entity != kNoEntity) {
      return item.members_end - item.members_begin == 1 &&
             (*mentions_)[s_->members[item.members_begin]].entity == test.entity;
    }
    return (item.type_mask & ~test.type_mask) == 0;
  }

  // The items an entity instruction with `test` consumes at p: 1 for an accepted mention,
  // 2 for a determiner and an accepted mention ("the UAE", "his counterpart"), else 0.
  std::uint32_t EntityLength(const internal::EntityTest& test, std::uint32_t p) const {
    const Item& item = s_->items[p];
    if (EntityOk(test, item)) return 1;
    const bool determined =
        item.determiner() && p + 1 < s_->items.size() && EntityOk(test, s_->items[p + 1]);
    return determined ? 2 : 0;
  }

  // Calls advance(length) for each way the consuming instruction `inst` accepts the items
  // from position p on (a class phrase may be several items long), preferred first.
  template <typename Advance>
  void ForEachAdvance(const Inst& inst, std::uint32_t p, const Advance& advance) const {
    if (p >= s_->items.size()) return;
    const Item& item = s_->items[p];
    bool one = false;
    switch (inst.op) {
      case Op::kEntity:
        if (const std::uint32_t length = EntityLength(prog_->entity_tests[inst.arg], p)) {
          advance(length);
        }
        break;
      case Op::kWord:
        one = !item.is_entity() && item.key == inst.key;
        break;
      case Op::kNotWord:
        one = !item.is_entity() && item.key != inst.key;
        break;
      case Op::kAnyWord:
        one = !item.is_entity() || item.soft;
        break;
      case Op::kAnyItem:
        one = true;
        break;
      case Op::kNotClass: {
        one = !item.is_entity();
        for (std::uint32_t h = s_->hit_begin[p]; one && h < s_->hit_begin[p + 1]; ++h) {
          if (s_->hits[h].word_class == inst.arg && s_->hits[h].length == 1) one = false;
        }
        break;
      }
      case Op::kClass:
        // Hits are listed shortest first; the longest phrase is preferred.
        for (std::uint32_t h = s_->hit_begin[p + 1]; h-- > s_->hit_begin[p];) {
          if (s_->hits[h].word_class == inst.arg) advance(s_->hits[h].length);
        }
        break;
      default:
        break;
    }
    if (one) advance(1);
  }

  // Bits of marks shared by a run of starts (128 KiB); a run whose span would need more is
  // split, so a long sentence or a large program costs at most this much memory.
  static constexpr std::uint64_t kMarkBudget = std::uint64_t{1} << 20;

  const Program* prog_ = nullptr;
  const std::vector<Mention>* mentions_ = nullptr;
  const Stream* s_ = nullptr;
  std::uint32_t base_ = 0;            // the first start's position
  std::uint32_t width_ = 0;           // positions base_ .. base_ + width_ - 1 can be reached
  std::vector<std::uint64_t> marks_;  // explored (pc, position) pairs, pc-major
  bool marked_ = false;               // any mark since the last ForgetMarks()
  std::vector<Job> jobs_;             // the search's stack: jobs_[0 .. top_)
  std::size_t top_ = 0;
};

// Which classes occur in a sentence, how often, and where: the positions of class c are
// listed on first request. A class occurs if stamp[c] is the current epoch. Only classes
// that occur are touched per sentence.
struct RequirementIndex {
  std::vector<std::uint32_t> stamp, begin, count;
  std::vector<std::uint32_t> positions;
  std::vector<std::uint32_t> touched;  // classes that occur, in order of first occurrence
  std::uint32_t epoch = 0;
  static constexpr std::uint32_t kUnlisted = 0xffffffffu;

  void Build(const internal::RuleDispatch& d, const Stream& s) {
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

  std::uint32_t Count(std::uint32_t c) const { return stamp[c] == epoch ? count[c] : 0; }

  // The positions of class c (which occurs), in order; valid until the next call.
  const std::uint32_t* Positions(std::uint32_t c, const Stream& s) {
    if (begin[c] == kUnlisted) {
      begin[c] = static_cast<std::uint32_t>(positions.size());
      for (const ClassHit& h : s.hits) {
        if (h.word_class == c) positions.push_back(h.position);
      }
    }
    return positions.data() + begin[c];
  }
};

// Whether the rule's first requirement (its trigger word, class or alternative) occurs.
bool SentenceHasTrigger(const Program& prog, const Stream& s) {
  const std::uint32_t trigger = prog.required_classes.front().id;
  return std::any_of(s.hits.begin(), s.hits.end(),
                     [&](const ClassHit& h) { return h.word_class == trigger; });
}

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
      !s.items[before_object].Has(internal::MatcherClasses::kAgentMarker)) {
    return false;
  }
  const std::int32_t trigger = caps[2 * trigger_capture];
  for (std::int32_t k = std::max(0, trigger - 2); k < trigger; ++k) {
    if (s.items[k].Has(internal::MatcherClasses::kBe)) {
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
  std::string value = internal::AsciiLower(text.substr(span.begin, span.end - span.begin));
  for (char& c : value) {
    if (c == ' ') c = '-';
  }
  return value;
}

// Calls `visit(start)` for each start position, in order, from which a match could reach one
// of the sorted `required` positions: start <= q < start + reach.
template <typename Visit>
void ForEachStartWithinReach(const std::uint32_t* begin, const std::uint32_t* end,
                             std::uint32_t reach, Visit visit) {
  std::uint32_t next = 0;  // first start not yet visited
  for (const std::uint32_t* it = begin; it != end; ++it) {
    const std::uint32_t q = *it;
    std::uint32_t from = std::max(next, q + 1 >= reach ? q + 1 - reach : 0);
    for (std::uint32_t start = from; start <= q; ++start) visit(start);
    next = std::max(next, q + 1);
  }
}

using MatchKeySet =
    absl::flat_hash_set<std::tuple<EntityIndex, EntityIndex, std::string, std::uint32_t>>;

// Matches a rule makes in one sentence that are compared one by one for repeats; past
// this many, a hash set takes over (a long coordination can make very many).
constexpr std::size_t kScannedMatches = 8;

// What one sentence's matching reads.
struct SentenceInput {
  std::string_view text;
  const TokenizedText& tokens;
  std::uint32_t sentence;
  const std::vector<Mention>& mentions;
};

}  // namespace

struct RuleSet::Scratch::Impl {
  std::vector<std::uint32_t> class_nodes;  // when the caller gives none
  internal::FrameScratch frames;
  std::vector<std::uint64_t> present;  // RuleDispatch::MayMatch()
  Stream stream;
  RequirementIndex requirements;
  std::vector<std::uint32_t> every_position;
  std::vector<std::uint32_t> starts;
  std::vector<std::uint32_t> candidates;  // rules to try on the sentence
  std::vector<std::uint32_t> anchors;     // occurrences of a rule's rarest requirement
  Vm vm;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
  // The current rule's matches in this sentence are out[rule_first_match ..]; past
  // kScannedMatches of them, repeats are found through `seen` instead of a scan.
  std::size_t rule_first_match = 0;
  MatchKeySet seen;
  absl::flat_hash_set<std::int32_t> triggers;  // the leftmost match of a trigger wins
};

void internal::RuleSetInternals::UseReferenceFrames(RuleSet::Scratch* scratch, bool on) {
  scratch->impl_->frames.reference_candidates = on;
}

void internal::RuleSetInternals::SetAgentContext(RuleSet::Scratch* scratch, AgentContext context) {
  scratch->impl_->frames.document = std::move(context);
}

namespace {

// Whether `m` repeats one of out[first ..] (same subject, object, predicate and trigger).
// `seen` is empty until the first call with more than kScannedMatches of them.
bool Repeats(const RuleMatch& m, std::size_t first, const std::vector<RuleMatch>& out,
             MatchKeySet* seen);

// Runs rule `r` (program `prog`) anchored at `start` and appends its triples' matches.
void MatchFrom(const SentenceInput& in, std::uint32_t r, const Program& prog, std::uint32_t start,
               RuleSet::Scratch::Impl* work, std::vector<RuleMatch>* out);

}  // namespace

RuleSet::Scratch::Scratch() : impl_(std::make_unique<Impl>()) {}
RuleSet::Scratch::Scratch(Scratch&&) noexcept = default;
RuleSet::Scratch& RuleSet::Scratch::operator=(Scratch&&) noexcept = default;
RuleSet::Scratch::~Scratch() = default;

absl::Status RuleSet::Match(std::string_view text, const TokenizedText& tokens,
                            std::uint32_t sentence, const std::vector<Mention>& mentions,
                            std::vector<RuleMatch>* out) const {
  Scratch scratch;
  return Match(text, tokens, sentence, mentions, &scratch, out);
}

absl::Status RuleSet::Match(std::string_view text, const TokenizedText& tokens,
                            std::uint32_t sentence, const std::vector<Mention>& mentions,
                            Scratch* scratch, std::vector<RuleMatch>* out) const {
  return MatchSentence(text, tokens, sentence, mentions, {}, scratch, out);
}

absl::Status RuleSet::MatchSentence(std::string_view text, const TokenizedText& tokens,
                                    std::uint32_t sentence, const std::vector<Mention>& mentions,
                                    std::span<const std::uint32_t> class_nodes, Scratch* scratch,
                                    std::vector<RuleMatch>* out) const {
  // Every rule's and frame's subject is an entity: a sentence without mentions matches
  // nothing, unless the document's setting lends its agent nouns one.
  Scratch::Impl& work = *scratch->impl_;
  if (mentions.empty() && !work.frames.document.setting && work.frames.document.owned.empty()) {
    return absl::OkStatus();
  }
  const std::size_t first_rule_match = out->size();
  absl::Status status = absl::OkStatus();
  if (!mentions.empty()) {
    status = MatchRules(text, tokens, sentence, mentions, class_nodes, scratch, out);
  }
  if (!status.ok() || impl_->frames.empty()) return status;
  const std::size_t first_frame_match = out->size();
  const Sentence& s = tokens.sentences[sentence];
  std::span<const std::uint32_t> nodes;
  if (class_nodes.empty()) {
    LookUpClassNodes(impl_->classes, tokens, s, &work.class_nodes);
    nodes = work.class_nodes;
  } else {
    nodes = class_nodes.subspan(s.first_token, s.end_token - s.first_token);
  }
  internal::MatchFrames(impl_->frames, text, tokens, sentence, mentions, nodes, &work.frames, out);
  internal::DropRuleMatchesFramesCover(impl_->infos, first_rule_match, first_frame_match, out);
  return absl::OkStatus();
}

absl::Status RuleSet::MatchRules(std::string_view text, const TokenizedText& tokens,
                                 std::uint32_t sentence, const std::vector<Mention>& mentions,
                                 std::span<const std::uint32_t> class_nodes, Scratch* scratch,
                                 std::vector<RuleMatch>* out) const {
  Scratch::Impl& work = *scratch->impl_;
  const Sentence& s = tokens.sentences[sentence];
  const std::uint32_t length = s.end_token - s.first_token;
  std::span<const std::uint32_t> nodes;
  if (class_nodes.empty()) {
    LookUpClassNodes(impl_->classes, tokens, s, &work.class_nodes);
    nodes = work.class_nodes;
  } else {
    nodes = class_nodes.subspan(s.first_token, length);
  }
  const internal::RuleDispatch& dispatch = impl_->dispatch;
  // Skipped when no rule can have all it requires. (Oversized sentences go on, to be
  // reported below.)
  if (length <= kMaxItems && !dispatch.MayMatch(nodes, mentions.size(), &work.present)) {
    return absl::OkStatus();
  }
  Stream& stream = work.stream;
  BuildStream(tokens, s, mentions, nodes, impl_->known, &stream);
  if (stream.items.size() > kMaxItems) {
    return absl::ResourceExhaustedError(
        fmt::format("sentence {} has {} items; the matcher's budget is {}", sentence,
                    stream.items.size(), kMaxItems));
  }
  FindClassHits(impl_->classes, &stream);
  RequirementIndex& found = work.requirements;
  found.Build(dispatch, stream);
  Vm& vm = work.vm;
  vm.Bind(mentions, stream);
  const SentenceInput in{text, tokens, sentence, mentions};
  const std::vector<std::uint32_t>& entities_before = stream.entities_before;
  const std::uint32_t entity_items = entities_before.back();
  // Entity items in [from, to), clamped to the sentence.
  auto entities_in = [&](std::int64_t from, std::int64_t to) {
    const auto n = static_cast<std::int64_t>(stream.items.size());
    from = std::clamp<std::int64_t>(from, 0, n);
    to = std::clamp<std::int64_t>(to, 0, n);
    return to > from ? entities_before[to] - entities_before[from] : 0;
  };
  // The rules whose first requirement occurs (each rule is listed under one class), in
  // rule order.
  std::vector<std::uint32_t>& candidates = work.candidates;
  candidates = dispatch.unconstrained_rules;
  for (std::uint32_t c : found.touched) {
    if (c < dispatch.rules_by_class.size()) {
      const std::vector<std::uint32_t>& listed = dispatch.rules_by_class[c];
      candidates.insert(candidates.end(), listed.begin(), listed.end());
    }
  }
  std::sort(candidates.begin(), candidates.end());
  for (std::uint32_t r : candidates) {
    if (impl_->programs[r].min_entities > entity_items) continue;
    // Starts are tried within reach of the rarest requirement's occurrences; a rule without
    // requirements is tried everywhere.
    const std::vector<internal::Requirement>& needs = dispatch.rule_requirements[r];
    const std::uint32_t* begin = nullptr;
    const std::uint32_t* end = nullptr;
    std::uint32_t reach = 1;
    if (needs.empty()) {
      work.every_position.resize(stream.items.size());
      for (std::uint32_t p = 0; p < stream.items.size(); ++p) work.every_position[p] = p;
      begin = work.every_position.data();
      end = begin + stream.items.size();
    } else {
      const internal::Requirement* rarest = &needs[0];
      std::uint32_t rarest_count = found.Count(rarest->id);
      for (const internal::Requirement& q : needs) {
        if (rarest_count == 0) break;  // a requirement is missing: the rule cannot match
        const std::uint32_t count = found.Count(q.id);
        if (count < rarest_count) {
          rarest = &q;
          rarest_count = count;
        }
      }
      if (rarest_count == 0) continue;
      // Occurrences with room for the rule's entities on each side.
      const internal::RequirementPlace& place = rarest->place;
      work.anchors.clear();
      const std::uint32_t* occurrences = found.Positions(rarest->id, stream);
      for (std::uint32_t k = 0; k < rarest_count; ++k) {
        const std::int64_t q = occurrences[k];
        if (entities_in(q - place.before, q) >= place.entities_before &&
            entities_in(q + 1, q + place.after) >= place.entities_after) {
          work.anchors.push_back(static_cast<std::uint32_t>(q));
        }
      }
      if (work.anchors.empty()) continue;
      begin = work.anchors.data();
      end = begin + work.anchors.size();
      reach = place.before + 1;
    }
    const Program& prog = impl_->programs[r];
    vm.Reset(prog);
    work.rule_first_match = out->size();
    work.seen.clear();
    work.triggers.clear();
    work.starts.clear();
    ForEachStartWithinReach(begin, end, reach, [&](std::uint32_t start) {
      if (vm.CanStart(start)) work.starts.push_back(start);
    });
    // Starts share the search's marks in runs as long as the marks' memory budget allows.
    const auto max_span = static_cast<std::uint32_t>(impl_->infos[r].max_span);
    for (std::size_t k = 0; k < work.starts.size();) {
      std::size_t last = k;
      while (last + 1 < work.starts.size() &&
             Vm::MarksFit(prog, work.starts[k], work.starts[last + 1], max_span)) {
        ++last;
      }
      vm.Limit(work.starts[k], work.starts[last], max_span);
      for (; k <= last; ++k) MatchFrom(in, r, prog, work.starts[k], &work, out);
    }
  }
  return absl::OkStatus();
}

namespace {

void MatchFrom(const SentenceInput& in, std::uint32_t r, const Program& prog, std::uint32_t start,
               RuleSet::Scratch::Impl* work, std::vector<RuleMatch>* out) {
  // Named references, not a structured binding: lambdas below capture them (clang 14).
  const std::string_view text = in.text;
  const TokenizedText& tokens = in.tokens;
  const std::uint32_t sentence = in.sentence;
  const std::vector<Mention>& mentions = in.mentions;
  const Stream& stream = work->stream;
  Vm& vm = work->vm;
  auto& seen = work->seen;
  auto& triggers = work->triggers;
  Caps caps;
  std::uint32_t end = start;
  if (!vm.Run(start, &caps, &end) || end == start) return;
  const int sc = prog.subject_capture;
  const int oc = prog.object_capture >= 0 && caps[2 * prog.object_capture] >= 0 &&
                         caps[2 * prog.object_capture + 1] > caps[2 * prog.object_capture]
                     ? prog.object_capture
                     : -1;
  const int tc = prog.trigger_capture;
  if (tc >= 0 && caps[2 * tc] >= 0 && !triggers.insert(caps[2 * tc]).second) return;
  // The mention a capture holds; it may start at "the" before the mention. Null when the
  // capture did not take part in the match (another branch of an alternative matched).
  auto entity_item = [&](int capture) -> const Item* {
    std::int32_t at = caps[2 * capture];
    if (at < 0 || caps[2 * capture + 1] <= at) return nullptr;
    for (std::int32_t p = at; p < caps[2 * capture + 1]; ++p) {
      if (stream.items[p].is_entity()) return &stream.items[p];
    }
    return nullptr;
  };
  const Item* subject_ptr = entity_item(sc);
  if (subject_ptr == nullptr) return;
  const Item& subject_item = *subject_ptr;
  RuleMatch base;
  base.rule = r;
  base.sentence = sentence;
  base.span =
      ItemSpan(tokens, stream, static_cast<std::int32_t>(start), static_cast<std::int32_t>(end));
  if (tc >= 0 && caps[2 * tc] >= 0 && caps[2 * tc + 1] > caps[2 * tc]) {
    base.trigger = ItemSpan(tokens, stream, caps[2 * tc], caps[2 * tc + 1]);
  }
  // The predicate, with {X} replaced by the canonical value of what X captured; a
  // capture named I is also the triple's item.
  std::string predicate;
  for (const auto& [part, capture] : prog.predicate_parts) {
    if (capture < 0) {
      predicate += part;
    } else {
      predicate += CaptureValue(text, tokens, stream, caps, capture);
    }
  }
  base.predicate = std::move(predicate);
  if (prog.item_capture >= 0) {
    base.item = CaptureValue(text, tokens, stream, caps, prog.item_capture);
  }
  auto member_arg = [&](std::uint32_t member) {
    const Mention& mention = mentions[stream.members[member]];
    return Argument{mention.entity, {mention.begin, mention.end}};
  };
  std::vector<std::pair<std::uint32_t, std::uint32_t>>& pairs = work->pairs;
  pairs.clear();
  if (oc < 0) {
    for (std::uint32_t a = subject_item.members_begin; a < subject_item.members_end; ++a) {
      pairs.push_back({a, kNoMention});
    }
  } else if (oc == sc) {
    for (std::uint32_t a = subject_item.members_begin; a < subject_item.members_end; ++a) {
      for (std::uint32_t b = a + 1; b < subject_item.members_end; ++b) pairs.push_back({a, b});
    }
  } else {
    const Item* object_ptr = entity_item(oc);
    if (object_ptr == nullptr) return;
    const Item& object_item = *object_ptr;
    if (MisreadPassive(stream, caps, tc,
                       static_cast<std::int32_t>(object_ptr - stream.items.data()))) {
      return;
    }
    for (std::uint32_t a = subject_item.members_begin; a < subject_item.members_end; ++a) {
      for (std::uint32_t b = object_item.members_begin; b < object_item.members_end; ++b) {
        pairs.push_back({a, b});
      }
    }
  }
  for (std::size_t k = 0; k < pairs.size(); ++k) {
    const auto [a, b] = pairs[k];
    RuleMatch m = k + 1 == pairs.size() ? std::move(base) : base;
    m.subject = member_arg(a);
    if (b != kNoMention) {
      m.object = member_arg(b);
      if (m.object->entity == m.subject.entity) continue;
    }
    if (Repeats(m, work->rule_first_match, *out, &seen)) continue;
    out->push_back(std::move(m));
  }
}

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

}  // namespace

std::vector<std::uint32_t> RuleSet::NearMisses(const TokenizedText& tokens, std::uint32_t sentence,
                                               const std::vector<RuleMatch>& matched) const {
  Stream stream;
  const Sentence& s = tokens.sentences[sentence];
  std::vector<std::uint32_t> nodes;
  LookUpClassNodes(impl_->classes, tokens, s, &nodes);
  // Near misses ask only which trigger words occur: no mentions, no grouping cues.
  BuildStream(tokens, s, {}, nodes, internal::MatcherClasses{}, &stream);
  FindClassHits(impl_->classes, &stream);
  std::vector<std::uint32_t> out;
  for (std::uint32_t r = 0; r < impl_->programs.size(); ++r) {
    const Program& prog = impl_->programs[r];
    if (prog.required_classes.empty() || !SentenceHasTrigger(prog, stream)) continue;
    bool fired = std::any_of(matched.begin(), matched.end(), [&](const RuleMatch& m) {
      return m.rule == r && m.sentence == sentence;
    });
    if (!fired) out.push_back(r);
  }
  return out;
}

}  // namespace attache
