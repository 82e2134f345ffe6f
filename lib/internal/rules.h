// Internal: the rule language's syntax tree, compiled programs and word classes.
// Use attache/grammar.hpp instead.
#ifndef ATTACHE_LIB_INTERNAL_RULES_H_
#define ATTACHE_LIB_INTERNAL_RULES_H_

#include <algorithm>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "attache/data.hpp"
#include "attache/grammar.hpp"
#include "internal/frames.h"
#include "internal/text.h"

namespace attache::internal {

// ------------------------------------------------------------------ syntax tree (parse)

struct SourcePos {
  int line = 0;
  int column = 0;
};

enum class NodeKind : std::uint8_t {
  kSequence,     // children in order
  kAlternative,  // one of the children (first has priority)
  kEntity,       // <TYPE|TYPE>, <actor>, <*>, <=id>
  kClass,        // @name
  kLiteral,      // "word" or "several words"
  kNotClass,     // !@name: one word not in the class
  kNotLiteral,   // !"word": one word other than this one
  kGap,          // ~N or ~M..N: that many words (never an entity)
  kGapAny,       // ~~N or ~~M..N: that many items, entities included
};

struct PatternNode {
  NodeKind kind = NodeKind::kSequence;
  std::string text;     // type list, id, class name or literal
  std::string capture;  // "S", "O", "I", "T", ... or empty
  int min = 1;          // repetition bounds ("?" is 0..1; gaps use them for their length)
  int max = 1;
  SourcePos pos;
  std::vector<PatternNode> children;
};

struct RuleAst {
  std::string name;
  SourcePos pos;
  std::string file;
  PatternNode pattern;
  std::string subject;    // capture name
  std::string predicate;  // may contain {X} placeholders
  std::string object;     // capture name or empty
  std::string cameo;
  std::string plover;
  std::string mode;
  SourcePos template_pos;
};

struct ClassEntryAst {
  std::string text;   // a phrase, or a class name when is_class_ref
  std::string value;  // canonical value ("drones"), may be empty
  bool is_class_ref = false;
  SourcePos pos;
};

struct ClassAst {
  std::string name;
  std::string file;
  SourcePos pos;
  std::vector<ClassEntryAst> entries;
};

struct RuleFileAst {
  std::vector<ClassAst> classes;
  std::vector<RuleAst> rules;
};

// Parses one .rules file. Statements with syntax errors are reported and skipped.
void ParseRuleFile(const DataSource& source, RuleFileAst* out, std::vector<DataError>* errors);

// ------------------------------------------------------------------ compiled form (compile)

enum class Op : std::uint8_t {
  kEntity,    // arg: index into Program::entity_tests
  kWord,      // key: token key
  kNotWord,   // key
  kClass,     // arg: class id
  kNotClass,  // arg: class id
  kAnyWord,   // a single non-entity item
  kAnyItem,   // any single item
  kSplit,     // try x, then y
  kJump,      // x
  kSave,      // arg: slot
  kMatch,
};

struct Inst {
  Op op = Op::kMatch;
  std::uint32_t arg = 0;
  std::uint32_t x = 0;
  std::uint32_t y = 0;
  std::uint64_t key = 0;
};

struct EntityTest {
  std::uint32_t type_mask = 0;  // bit per EntityType; 0 with entity set = by id
  EntityIndex entity = kNoEntity;
};

// Where a match lies around an occurrence of a required element at item q: it starts at
// most `before` items earlier and ends at most `after` items later (counting the element),
// and contains at least `entities_before` entity items before q and `entities_after` after.
struct RequirementPlace {
  std::uint32_t before = 0;
  std::uint32_t after = 0;
  std::uint32_t entities_before = 0;
  std::uint32_t entities_after = 0;

  // A place that holds wherever either of two occurrences of one element matched.
  static RequirementPlace Either(const RequirementPlace& a, const RequirementPlace& b) {
    return {std::max(a.before, b.before), std::max(a.after, b.after),
            std::min(a.entities_before, b.entities_before),
            std::min(a.entities_after, b.entities_after)};
  }
};

// A word class every match contains, and where a match lies around it.
struct Requirement {
  std::uint32_t id;
  RequirementPlace place;
};

struct Program {
  std::vector<Inst> insts;
  std::vector<EntityTest> entity_tests;
  int subject_capture = -1;
  int object_capture = -1;
  int trigger_capture = -1;
  int item_capture = -1;
  std::vector<std::string> capture_names;
  std::vector<std::pair<std::string, int>> predicate_parts;  // literal text or capture index
  // Every class, literal and alternative at the top level of the pattern that is not
  // optional, as a word class (literals and alternatives get classes of their own): each
  // match contains all of them. The first is the rule's trigger for --explain.
  std::vector<Requirement> required_classes;
  // Entity items every match consumes (top-level, not optional): sentences with fewer are
  // skipped.
  std::uint32_t min_entities = 0;
  // The instructions a match can begin with (reachable from pc 0 without consuming): a start
  // position is tried only if one of them accepts the item there.
  std::vector<std::uint32_t> first_insts;
};

struct ClassEntry {
  std::uint32_t word_class = 0;
  std::uint32_t length = 0;  // tokens
  std::string value;         // canonical value ("drones")
};

// All word classes in one trie over token keys.
struct ClassTable {
  std::vector<std::string> names;
  StringMap<std::uint32_t> by_name;
  // The trie: node 1 is the root; node 0 stands for "no node". The root's children are
  // kept apart (one key to hash, and they are probed once per word of every sentence).
  absl::flat_hash_map<std::uint64_t, std::uint32_t> root_children;
  absl::flat_hash_map<TrieEdge, std::uint32_t> edges;  // below the root
  std::vector<std::vector<ClassEntry>> entries{2};     // per node
  std::vector<std::uint8_t> has_children{0, 0};        // per node: 1 if any edge leaves it

  static constexpr std::uint32_t kRoot = 1;

  // The child of `node` along `key`, or 0.
  std::uint32_t Child(std::uint32_t node, std::uint64_t key) const {
    if (node == kRoot) {
      auto it = root_children.find(key);
      return it == root_children.end() ? 0 : it->second;
    }
    if (has_children[node] == 0) return 0;
    auto it = edges.find(TrieEdge{node, key});
    return it == edges.end() ? 0 : it->second;
  }

  // Adds the edge from `node` along `key` unless present; returns its child.
  std::uint32_t AddChild(std::uint32_t node, std::uint64_t key) {
    const auto next = static_cast<std::uint32_t>(entries.size());
    const std::uint32_t child = node == kRoot
                                    ? root_children.try_emplace(key, next).first->second
                                    : edges.try_emplace(TrieEdge{node, key}, next).first->second;
    if (child == next) {  // inserted
      entries.emplace_back();
      has_children.push_back(0);
      has_children[node] = 1;
    }
    return child;
  }

  // The class named `name`, or kNoClassId.
  std::uint32_t Find(std::string_view name) const {
    auto it = by_name.find(name);
    return it == by_name.end() ? kNoClassId : it->second;
  }

  // Bit i is set if `node`, a child of the root, holds a (one-word) entry of classes[i];
  // up to 64 classes, kNoClassId never matches. 0 for node 0.
  std::uint64_t OneWordMask(std::uint32_t node, std::span<const std::uint32_t> classes) const {
    std::uint64_t mask = 0;
    for (const ClassEntry& e : entries[node]) {
      for (std::size_t i = 0; i < classes.size() && i < 64; ++i) {
        if (classes[i] == e.word_class) mask |= std::uint64_t{1} << i;
      }
    }
    return mask;
  }

  // OneWordMask() of every node, computed once (deeper nodes get 0).
  std::vector<std::uint64_t> OneWordMasks(std::span<const std::uint32_t> classes) const {
    std::vector<std::uint64_t> out(entries.size(), 0);
    for (const auto& [key, node] : root_children) out[node] = OneWordMask(node, classes);
    return out;
  }

  // True if `key` is a one-word entry of `word_class` (false for a missing class).
  bool Contains(std::uint32_t word_class, std::uint64_t key) const {
    return OneWordMask(Child(kRoot, key), {&word_class, 1}) != 0;
  }
  static constexpr std::uint32_t kNoClassId = 0xffffffffu;
};

// Token keys of a phrase, tokenized exactly like document text ("'s" stays one token).
std::vector<std::uint64_t> PhraseKeys(std::string_view phrase);

// Word classes the matcher itself consults, looked up by name once when rules are built.
struct MatcherClasses {
  std::uint32_t report = ClassTable::kNoClassId;        // "report_verb": "said", "told"
  std::uint32_t be = ClassTable::kNoClassId;            // "be": "was", "were" (passive guard)
  std::uint32_t article = ClassTable::kNoClassId;       // "article": "the UAE", "his counterpart"
  std::uint32_t coordinator = ClassTable::kNoClassId;   // "coordinator": "and", "&", "nor"
  std::uint32_t agent_marker = ClassTable::kNoClassId;  // "agent_marker": "by"

  // Per class-trie node (the root's children): bit i set for a one-word entry of the i-th
  // class above, in this order (ClassTable::OneWordMasks).
  static constexpr std::uint8_t kReport = 1, kBe = 2, kArticle = 4, kCoordinator = 8,
                                kAgentMarker = 16;
  std::vector<std::uint64_t> word_flags;
  std::uint8_t FlagsOf(std::uint32_t node) const {
    return node < word_flags.size() ? static_cast<std::uint8_t>(word_flags[node]) : 0;
  }
};

// Which rules can match a sentence. A requirement is a word class (literals and
// alternatives have classes of their own). A rule runs only if every one of its
// requirements occurs in the sentence, and only from starts within reach of the occurrences
// of its rarest one there.
struct RuleDispatch {
  std::uint32_t class_count = 0;
  std::vector<std::vector<Requirement>> rule_requirements;  // per rule; empty: every sentence
  // Each rule with requirements is listed under its first one: the rules a sentence can
  // match are found from the classes that occur in it.
  std::vector<std::vector<std::uint32_t>> rules_by_class;
  std::vector<std::uint32_t> unconstrained_rules;
  // A cheap test before a sentence's items are built. Requirement classes are numbered
  // (bits); `rule_needs` holds each rule's requirements as a bit set of `words` words, and
  // `word_starts` the requirements with an entry beginning with each root child of the
  // class trie (indexed by node). A rule can match only if every requirement can start at
  // some word of the sentence and the sentence has its entities.
  std::uint32_t words = 0;
  std::vector<std::uint64_t> rule_needs;    // rule * words
  std::vector<std::uint64_t> word_starts;   // node * words
  std::vector<std::uint32_t> min_entities;  // per rule

  // False if no rule can match a sentence whose tokens have these class-trie root children
  // (`nodes`) and `mentions` mentions. `present` is working memory.
  bool MayMatch(std::span<const std::uint32_t> nodes, std::size_t mentions,
                std::vector<std::uint64_t>* present) const {
    if (!unconstrained_rules.empty()) return true;
    present->assign(words, 0);
    for (std::uint32_t node : nodes) {
      const std::uint64_t* starts = &word_starts[std::size_t{node} * words];
      for (std::uint32_t k = 0; k < words; ++k) (*present)[k] |= starts[k];
    }
    for (std::size_t r = 0; r < min_entities.size(); ++r) {
      if (min_entities[r] > mentions) continue;
      const std::uint64_t* needs = &rule_needs[r * words];
      bool all = true;
      for (std::uint32_t k = 0; k < words && all; ++k) all = (needs[k] & ~(*present)[k]) == 0;
      if (all) return true;
    }
    return false;
  }
};

// Longest word-class phrase, in tokens; the matcher looks this far ahead.
inline constexpr std::size_t kMaxPhraseTokens = 8;

}  // namespace attache::internal

namespace attache {

struct RuleSet::Impl {
  std::vector<RuleInfo> infos;              // the rules', then the event lexicon's frames'
  std::vector<internal::Program> programs;  // per rule (frames have none)
  internal::FrameTable frames;
  internal::ClassTable classes;
  internal::MatcherClasses known;
  internal::RuleDispatch dispatch;
};

namespace internal {

struct RuleScratchImpl;  // internal/rules_match.h

// Working memory for matching: buffers that keep their capacity from one sentence to the
// next. Not thread-safe; keep one per thread (or per document) and pass it to every call.
struct RuleScratch {
  RuleScratch();
  RuleScratch(RuleScratch&&) noexcept;
  RuleScratch& operator=(RuleScratch&&) noexcept;
  ~RuleScratch();
  std::unique_ptr<RuleScratchImpl> impl;
};

// The library's access to a RuleSet's compiled form, for stages that share its word-class
// lookups (one probe of the class trie per token serves the matcher and attribution).
struct RuleSetInternals {
  static const ClassTable& Classes(const RuleSet& rules) { return rules.impl_->classes; }
  static const FrameTable& Frames(const RuleSet& rules) { return rules.impl_->frames; }

  // Bit i of the result is set if the single token `key` is an entry of classes[i] (up to
  // 64 classes; ClassTable::kNoClassId never matches): one lookup answers for all of them.
  static std::uint64_t ClassMask(const RuleSet& rules, std::span<const std::uint32_t> classes,
                                 std::uint64_t key) {
    const ClassTable& table = rules.impl_->classes;
    return table.OneWordMask(table.Child(ClassTable::kRoot, key), classes);
  }

  // For --explain: the rules whose trigger word occurs in `sentence` but that are not among
  // `matched`.
  static std::vector<std::uint32_t> NearMisses(const RuleSet& rules, const TokenizedText& tokens,
                                               std::uint32_t sentence,
                                               const std::vector<RuleMatch>& matched);

  // Testing only: frames found by scanning every frame of a lemma, not the index.
  static void UseReferenceFrames(RuleScratch* scratch, bool on);

  // The document's agent context (FindAgentContext()) for the sentences matched next with
  // `scratch`.
  static void SetAgentContext(RuleScratch* scratch, AgentContext context);

  // The agent phrases found as mentions (how: agent) by the matches since it was last
  // cleared, in text order.
  static std::vector<Mention>* AgentMentions(RuleScratch* scratch);

  // RuleSet::Match() reusing `scratch`, with each token's child of the class trie's root
  // (0: none) given in `class_nodes` (indexed by token; empty: looked up here).
  static absl::Status Match(const RuleSet& rules, std::string_view text,
                            const TokenizedText& tokens, std::uint32_t sentence,
                            const std::vector<Mention>& mentions,
                            std::span<const std::uint32_t> class_nodes, RuleScratch* scratch,
                            std::vector<RuleMatch>* out);

 private:
  // The rules' matches alone (Match() adds the event lexicon's frames).
  static absl::Status MatchRules(const RuleSet& rules, std::string_view text,
                                 const TokenizedText& tokens, std::uint32_t sentence,
                                 const std::vector<Mention>& mentions,
                                 std::span<const std::uint32_t> class_nodes, RuleScratch* scratch,
                                 std::vector<RuleMatch>* out);
};

}  // namespace internal
}  // namespace attache

#endif  // ATTACHE_LIB_INTERNAL_RULES_H_
