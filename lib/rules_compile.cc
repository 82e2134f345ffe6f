// Rule compilation: syntax trees -> checked, linear-time NFA programs and a word-class trie.
#include <algorithm>
#include <optional>

#include "absl/container/flat_hash_set.h"
#include "attache/grammar.hpp"
#include "attache/tokenize.hpp"
#include "fmt/format.h"
#include "internal/rules.h"

namespace attache {
namespace internal {

// Token keys of a phrase, tokenized exactly like document text ("'s" stays one token).
std::vector<std::uint64_t> PhraseKeys(std::string_view phrase) {
  std::vector<std::uint64_t> keys;
  std::vector<Token> tokens;
  const absl::StatusOr<Tokenizer>& tokenizer = Tokenizer::Default();
  if (!tokenizer.ok() || !tokenizer->TokenizeWords(phrase, &tokens).ok()) return keys;
  const std::uint64_t apostrophe = NormalizedKey("'");
  const std::uint64_t s_key = NormalizedKey("s");
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& tok = tokens[i];
    if (tok.key == apostrophe && i + 1 < tokens.size() && tokens[i + 1].key == s_key &&
        tokens[i + 1].begin == tok.end) {
      keys.push_back(NormalizedKey("'s"));
      ++i;
      continue;
    }
    keys.push_back(tok.key);
  }
  return keys;
}

namespace {

constexpr int kMaxGap = 32;
constexpr int kMaxRepeat = 16;
constexpr int kMaxCaptures = 8;
// The default rules compile to at most ~100 instructions; nested repetitions could otherwise
// multiply a pattern into millions (time and memory grow with program size).
constexpr std::uint64_t kMaxInstructions = 20000;

class Compiler {
 public:
  Compiler(const Gazetteer& g, ClassTable* classes, std::vector<DataError>* errors)
      : g_(g), classes_(classes), errors_(errors) {}

  void Error(const std::string& file, SourcePos p, std::string message, std::string text = "") {
    errors_->push_back({file, p.line, p.column, std::move(message), std::move(text)});
  }

  // Word classes: names, references (checked for cycles), then the trie.
  void BuildClasses(const std::vector<ClassAst>& asts) {
    absl::flat_hash_map<std::string, const ClassAst*> by_name;
    for (const ClassAst& c : asts) {
      if (!by_name.try_emplace(c.name, &c).second) {
        Error(c.file, c.pos,
              fmt::format("class '{}' defined twice (first at {}:{})", c.name,
                          by_name[c.name]->file, by_name[c.name]->pos.line),
              c.name);
        continue;
      }
      classes_->by_name[c.name] = static_cast<std::uint32_t>(classes_->names.size());
      classes_->names.push_back(c.name);
    }
    for (const auto& [name, ast] : by_name) {
      std::uint32_t id = classes_->by_name[name];
      for (const ClassEntryAst* e : Flatten(*ast, by_name)) AddPhrase(id, *e, ast->file);
    }
  }

  // All phrase entries of a class, following @references iteratively; cycles are errors.
  std::vector<const ClassEntryAst*> Flatten(
      const ClassAst& root, const absl::flat_hash_map<std::string, const ClassAst*>& by_name) {
    std::vector<const ClassEntryAst*> out;
    absl::flat_hash_set<std::string> visited = {root.name};
    std::vector<const ClassAst*> work = {&root};
    while (!work.empty()) {
      const ClassAst* c = work.back();
      work.pop_back();
      for (const ClassEntryAst& e : c->entries) {
        if (!e.is_class_ref) {
          out.push_back(&e);
          continue;
        }
        auto it = by_name.find(e.text);
        if (it == by_name.end()) {
          if (c == &root) Error(c->file, e.pos, "unknown word class", "@" + e.text);
          continue;
        }
        if (e.text == root.name) {
          Error(c->file, e.pos,
                c == &root
                    ? fmt::format("class '{}' refers to itself", root.name)
                    : fmt::format("word class cycle: '{}' leads back to '{}'", c->name, root.name),
                "@" + e.text);
          continue;
        }
        if (visited.insert(e.text).second) work.push_back(it->second);
      }
    }
    return out;
  }

  void AddPhrase(std::uint32_t id, const ClassEntryAst& e, const std::string& file) {
    std::vector<std::uint64_t> keys = PhraseKeys(e.text);
    if (keys.empty() || keys.size() > kMaxPhraseTokens) {
      Error(file, e.pos, fmt::format("class entry must have 1 to {} words", kMaxPhraseTokens),
            e.text);
      return;
    }
    std::uint32_t node = internal::ClassTable::kRoot;
    for (std::uint64_t key : keys) node = classes_->AddChild(node, key);
    for (const ClassEntry& existing : classes_->entries[node]) {
      if (existing.word_class == id) return;
    }
    classes_->entries[node].push_back({id, static_cast<std::uint32_t>(keys.size()), e.value});
  }

  // For an alternative whose branches all begin with a word, phrase or known class
  // (("fired" | "launched"), (@deny_verb ~2 O=<actor> | "rejected")): a class holding each
  // branch's first element, made once per distinct set, so that the alternative can serve as
  // a rule's requirement (it occurs where the alternative begins).
  std::optional<std::uint32_t> AlternativeClass(const PatternNode& n) {
    if (n.kind != NodeKind::kAlternative || n.children.empty()) return std::nullopt;
    std::vector<const PatternNode*> branches;
    for (const PatternNode& b : n.children) {
      // Each branch is a sequence; its first element, where the alternative begins, stands
      // for it.
      const bool sequence = b.kind == NodeKind::kSequence && !b.children.empty() && b.min == 1;
      branches.push_back(sequence ? &b.children[0] : &b);
    }
    return ClassOf(branches);
  }

  // A class holding each of `elements` (words, phrases or known classes), named after them
  // and made once; nullopt if one of them is something else.
  std::optional<std::uint32_t> ClassOf(const std::vector<const PatternNode*>& elements) {
    std::string name = "(";
    for (const PatternNode* element : elements) {
      const bool word = element->kind == NodeKind::kLiteral;
      const bool known =
          element->kind == NodeKind::kClass && classes_->by_name.contains(element->text);
      if ((!word && !known) || element->min != 1 || element->max != 1) return std::nullopt;
      if (name.size() > 1) name += '|';
      name += word ? "\"" + element->text + "\"" : "@" + element->text;
    }
    name += ')';
    if (auto it = classes_->by_name.find(name); it != classes_->by_name.end()) return it->second;
    const auto id = static_cast<std::uint32_t>(classes_->names.size());
    classes_->by_name[name] = id;
    classes_->names.push_back(name);
    for (const PatternNode* element : elements) {
      if (element->kind == NodeKind::kLiteral) {
        AddPhrase(id, ClassEntryAst{element->text, "", false, element->pos}, *file_);
      } else {
        CopyEntries(classes_->by_name.at(element->text), id);
      }
    }
    return id;
  }

  // Makes every entry of class `from` an entry of class `to` as well (without its value).
  void CopyEntries(std::uint32_t from, std::uint32_t to) {
    for (std::uint32_t node = 0; node < classes_->entries.size(); ++node) {
      std::vector<ClassEntry>& here = classes_->entries[node];
      auto of = [&here](std::uint32_t c) {
        return std::find_if(here.begin(), here.end(),
                            [c](const ClassEntry& e) { return e.word_class == c; });
      };
      auto entry = of(from);
      if (entry == here.end() || of(to) != here.end()) continue;
      here.push_back({to, entry->length, ""});
    }
  }

  // Compiles one rule; returns false (with errors) if it cannot be used.
  bool CompileRule(RuleAst& rule, Program* prog, RuleInfo* info) {
    file_ = &rule.file;
    ok_ = true;
    prog_ = prog;
    prog->capture_names.clear();
    Normalize(rule.pattern);
    if (!HasTrigger(rule.pattern)) MarkTrigger(rule.pattern);
    if (InstructionBound(rule.pattern) > kMaxInstructions) {
      Error(rule.file, rule.pos,
            fmt::format("pattern compiles to more than {} instructions; use fewer or shorter "
                        "repetitions",
                        kMaxInstructions),
            rule.name);
      return false;
    }
    Emit(rule.pattern);
    prog->insts.push_back({Op::kMatch});
    prog->first_insts = FirstInstructions(*prog);
    info->max_span = MaxSpan(rule.pattern);
    if (info->max_span == 0) Error(rule.file, rule.pos, "pattern can match nothing", rule.name);
    ok_ &= info->max_span > 0;
    prog->subject_capture = CaptureIndexOf(rule.subject);
    prog->object_capture = rule.object.empty() ? -1 : CaptureIndexOf(rule.object);
    prog->trigger_capture = CaptureIndexOf("T");
    prog->item_capture = CaptureIndexOf("I");
    if (prog->subject_capture < 0) {
      Error(rule.file, rule.template_pos,
            fmt::format("subject {} is not captured in the pattern", rule.subject), rule.subject);
      ok_ = false;
    }
    if (!rule.object.empty() && prog->object_capture < 0) {
      Error(rule.file, rule.template_pos,
            fmt::format("object {} is not captured in the pattern", rule.object), rule.object);
      ok_ = false;
    }
    CheckEntityCapture(rule, rule.subject);
    if (!rule.object.empty()) CheckEntityCapture(rule, rule.object);
    SplitPredicate(rule, prog);
    if (!rule.mode.empty() && rule.mode != "fact" && rule.mode != "alleged" &&
        rule.mode != "planned" && rule.mode != "hypothetical") {
      Error(rule.file, rule.pos, "mode must be fact, alleged, planned or hypothetical", rule.mode);
      ok_ = false;
    }
    if (static_cast<int>(prog->capture_names.size()) > kMaxCaptures) {
      Error(rule.file, rule.pos, fmt::format("more than {} captures", kMaxCaptures), rule.name);
      ok_ = false;
    }
    SetPrefilter(rule.pattern, prog);
    info->name = rule.name;
    info->location = fmt::format("{}:{}", rule.file, rule.pos.line);
    info->predicate = rule.predicate;
    info->cameo = rule.cameo;
    info->plover = rule.plover;
    info->modality = rule.mode == "planned"        ? Modality::kPlanned
                     : rule.mode == "hypothetical" ? Modality::kHypothetical
                     : rule.mode == "alleged"      ? Modality::kAlleged
                                                   : Modality::kFact;
    return ok_;
  }

 private:
  // Collapses single-branch alternatives and checks bounds.
  void Normalize(PatternNode& n) {
    for (PatternNode& c : n.children) Normalize(c);
    if (n.kind == NodeKind::kAlternative && n.children.size() == 1) {
      PatternNode only = std::move(n.children[0]);
      only.capture = n.capture.empty() ? only.capture : n.capture;
      only.min = n.min;
      only.max = n.max;
      only.kind = NodeKind::kSequence;
      n = std::move(only);
    }
    if (n.kind == NodeKind::kGap || n.kind == NodeKind::kGapAny) {
      if (n.max > kMaxGap || n.min > n.max) {
        Error(*file_, n.pos, fmt::format("gap must be ~N or ~M..N with M <= N <= {}", kMaxGap));
        ok_ = false;
      }
    } else if (n.min > n.max || n.max > kMaxRepeat || n.max == 0) {
      Error(*file_, n.pos,
            fmt::format("repetition must be {{m,n}} with m <= n, 1 <= n <= {}", kMaxRepeat));
      ok_ = false;
    }
  }

  // The consuming instructions reachable from the first one through splits, jumps and
  // saves, in priority order.
  static std::vector<std::uint32_t> FirstInstructions(const Program& prog) {
    std::vector<std::uint32_t> out;
    std::vector<bool> seen(prog.insts.size(), false);
    std::vector<std::uint32_t> stack = {0};
    while (!stack.empty()) {
      std::uint32_t at = stack.back();
      stack.pop_back();
      if (at >= prog.insts.size() || seen[at]) continue;
      seen[at] = true;
      const Inst& inst = prog.insts[at];
      switch (inst.op) {
        case Op::kSplit:
          stack.push_back(inst.y);
          stack.push_back(inst.x);
          break;
        case Op::kJump:
          stack.push_back(inst.x);
          break;
        case Op::kSave:
          stack.push_back(at + 1);
          break;
        case Op::kMatch:
          break;
        default:
          out.push_back(at);
      }
    }
    return out;
  }

  // The sequence whose elements every match passes through, in order.
  static PatternNode& TopLevel(PatternNode& root) {
    PatternNode* n = &root;
    while (n->kind == NodeKind::kSequence && n->children.size() == 1 &&
           n->children[0].kind == NodeKind::kSequence && n->children[0].capture.empty() &&
           n->children[0].min == 1 && n->children[0].max == 1) {
      n = &n->children[0];
    }
    return *n;
  }

  static bool HasTrigger(const PatternNode& n) {
    if (n.capture == "T") return true;
    return std::any_of(n.children.begin(), n.children.end(), HasTrigger);
  }

  // The trigger: the first required word class at the top level of the pattern, else the
  // first word class or literal anywhere (without a capture of its own).
  static void MarkTrigger(PatternNode& root) {
    for (PatternNode& c : TopLevel(root).children) {
      if (c.kind == NodeKind::kClass && c.min > 0 && c.capture.empty()) {
        c.capture = 'T';  // a char: GCC 12 -O3 warns (-Wrestrict) wrongly on "T"
        return;
      }
    }
    MarkFirst(root);
  }

  static bool MarkFirst(PatternNode& n) {
    if ((n.kind == NodeKind::kClass || n.kind == NodeKind::kLiteral) && n.capture.empty()) {
      n.capture = 'T';  // a char: GCC 12 -O3 warns (-Wrestrict) wrongly on "T"
      return true;
    }
    for (PatternNode& c : n.children) {
      if (MarkFirst(c)) return true;
    }
    return false;
  }

  int CaptureIndexOf(const std::string& name) const {
    auto& names = prog_->capture_names;
    auto it = std::find(names.begin(), names.end(), name);
    return it == names.end() ? -1 : static_cast<int>(it - names.begin());
  }

  int CaptureSlot(const std::string& name) {
    int index = CaptureIndexOf(name);
    if (index < 0) {
      index = static_cast<int>(prog_->capture_names.size());
      prog_->capture_names.push_back(name);
    }
    return index;
  }

  std::uint32_t Here() const { return static_cast<std::uint32_t>(prog_->insts.size()); }
  std::uint32_t Push(Inst inst) {
    prog_->insts.push_back(inst);
    return Here() - 1;
  }

  // An upper bound on the instructions Emit(n) produces, saturating just above the limit.
  static std::uint64_t InstructionBound(const PatternNode& n) {
    std::uint64_t once = n.capture.empty() ? 0 : 2;
    switch (n.kind) {
      case NodeKind::kSequence:
      case NodeKind::kAlternative:
        for (const PatternNode& c : n.children) once += InstructionBound(c) + 2;
        break;
      case NodeKind::kLiteral:
        once += PhraseKeys(n.text).size();
        break;
      default:
        once += 1;
    }
    const auto copies = static_cast<std::uint64_t>(std::max(n.max, 1));
    return std::min(copies * (once + 1), kMaxInstructions + 1);
  }

  void Emit(const PatternNode& n) {
    bool lazy = n.kind == NodeKind::kGap || n.kind == NodeKind::kGapAny;
    int min = n.min;
    int max = n.max;
    for (int i = 0; i < min; ++i) EmitOnce(n);
    std::vector<std::uint32_t> exits;
    for (int i = min; i < max; ++i) {
      std::uint32_t split = Push({Op::kSplit});
      std::uint32_t body = Here();
      EmitOnce(n);
      // Gaps prefer fewer words; other optional parts prefer to match.
      if (lazy) {
        prog_->insts[split].y = body;
      } else {
        prog_->insts[split].x = body;
      }
      exits.push_back(split);
    }
    for (std::uint32_t split : exits) {
      if (lazy) {
        prog_->insts[split].x = Here();
      } else {
        prog_->insts[split].y = Here();
      }
    }
  }

  void EmitOnce(const PatternNode& n) {
    int slot = n.capture.empty() ? -1 : CaptureSlot(n.capture);
    if (slot >= 0) Push({Op::kSave, static_cast<std::uint32_t>(2 * slot)});
    switch (n.kind) {
      case NodeKind::kSequence:
        for (const PatternNode& c : n.children) Emit(c);
        break;
      case NodeKind::kAlternative:
        EmitAlternatives(n);
        break;
      case NodeKind::kEntity:
        EmitEntity(n);
        break;
      case NodeKind::kClass:
      case NodeKind::kNotClass:
        Push({n.kind == NodeKind::kClass ? Op::kClass : Op::kNotClass, ClassId(n)});
        break;
      case NodeKind::kLiteral:
        EmitLiteral(n);
        break;
      case NodeKind::kNotLiteral: {
        std::vector<std::uint64_t> keys = PhraseKeys(n.text);
        if (keys.size() != 1) {
          Error(*file_, n.pos, "!\"...\" takes a single word", n.text);
          ok_ = false;
        }
        Push({Op::kNotWord, 0, 0, 0, keys.empty() ? 0 : keys[0]});
        break;
      }
      case NodeKind::kGap:
        Push({Op::kAnyWord});
        break;
      case NodeKind::kGapAny:
        Push({Op::kAnyItem});
        break;
    }
    if (slot >= 0) Push({Op::kSave, static_cast<std::uint32_t>(2 * slot + 1)});
  }

  void EmitAlternatives(const PatternNode& n) {
    std::vector<std::uint32_t> jumps;
    for (std::size_t i = 0; i < n.children.size(); ++i) {
      std::uint32_t split = 0;
      if (i + 1 < n.children.size()) {
        split = Push({Op::kSplit});
        prog_->insts[split].x = Here();
      }
      Emit(n.children[i]);
      if (i + 1 < n.children.size()) {
        jumps.push_back(Push({Op::kJump}));
        prog_->insts[split].y = Here();
      }
    }
    for (std::uint32_t j : jumps) prog_->insts[j].x = Here();
  }

  void EmitLiteral(const PatternNode& n) {
    std::vector<std::uint64_t> keys = PhraseKeys(n.text);
    if (keys.empty()) {
      Error(*file_, n.pos, "empty literal", n.text);
      ok_ = false;
    }
    for (std::uint64_t key : keys) Push({Op::kWord, 0, 0, 0, key});
  }

  void EmitEntity(const PatternNode& n) {
    EntityTest test;
    if (n.text == "*") {
      test.type_mask = (1u << kEntityTypeCount) - 1;
    } else if (n.text == "actor") {
      test.type_mask = (1u << static_cast<int>(EntityType::kPerson)) |
                       (1u << static_cast<int>(EntityType::kCountry)) |
                       (1u << static_cast<int>(EntityType::kOrganization)) |
                       (1u << static_cast<int>(EntityType::kArmedGroup));
    } else if (!n.text.empty() && n.text[0] == '=') {
      test.entity = g_.IndexOf(n.text.substr(1));
      if (test.entity == kNoEntity) {
        Error(*file_, n.pos, "unknown entity id", n.text.substr(1));
        ok_ = false;
      }
    } else {
      std::string_view types = n.text;
      while (!types.empty()) {
        std::size_t bar = types.find('|');
        std::string_view name = types.substr(0, bar);
        types = bar == std::string_view::npos ? std::string_view() : types.substr(bar + 1);
        std::optional<EntityType> type = ParseEntityType(name);
        if (!type) {
          Error(*file_, n.pos,
                "unknown entity type (PERSON, COUNTRY, ORGANIZATION, ARMED_GROUP, MEDIA, actor, "
                "*, or =id)",
                std::string(name));
          ok_ = false;
          continue;
        }
        test.type_mask |= 1u << static_cast<int>(*type);
      }
    }
    prog_->entity_tests.push_back(test);
    Push({Op::kEntity, static_cast<std::uint32_t>(prog_->entity_tests.size() - 1)});
  }

  std::uint32_t ClassId(const PatternNode& n) {
    auto it = classes_->by_name.find(n.text);
    if (it == classes_->by_name.end()) {
      Error(*file_, n.pos, "unknown word class", "@" + n.text);
      ok_ = false;
      return 0;
    }
    return it->second;
  }

  static int MaxSpan(const PatternNode& n, const ClassTable* classes = nullptr) {
    int one = 0;
    switch (n.kind) {
      case NodeKind::kSequence:
        for (const PatternNode& c : n.children) one += MaxSpan(c, classes);
        break;
      case NodeKind::kAlternative:
        for (const PatternNode& c : n.children) one = std::max(one, MaxSpan(c, classes));
        break;
      case NodeKind::kClass:
        one = static_cast<int>(kMaxPhraseTokens);
        break;
      case NodeKind::kLiteral:
        one = static_cast<int>(PhraseKeys(n.text).size());
        break;
      case NodeKind::kEntity:
        one = 2;  // "the" + mention
        break;
      default:
        one = 1;
    }
    return one * n.max;
  }

  void CheckEntityCapture(const RuleAst& rule, const std::string& name) {
    const PatternNode* node = FindCapture(rule.pattern, name);
    if (node != nullptr && node->kind != NodeKind::kEntity) {
      Error(rule.file, node->pos,
            fmt::format("{} is used as subject or object, so it must capture an <entity>", name),
            name);
      ok_ = false;
    }
  }

  static const PatternNode* FindCapture(const PatternNode& n, const std::string& name) {
    if (n.capture == name) return &n;
    for (const PatternNode& c : n.children) {
      if (const PatternNode* found = FindCapture(c, name)) return found;
    }
    return nullptr;
  }

  void SplitPredicate(const RuleAst& rule, Program* prog) {
    prog->predicate_parts.clear();
    std::string_view p = rule.predicate;
    while (!p.empty()) {
      std::size_t open = p.find('{');
      if (open == std::string_view::npos) {
        prog->predicate_parts.push_back({std::string(p), -1});
        break;
      }
      if (open > 0) prog->predicate_parts.push_back({std::string(p.substr(0, open)), -1});
      std::size_t close = p.find('}', open);
      std::string name(p.substr(open + 1, close - open - 1));
      int index = CaptureIndexOf(name);
      if (index < 0) {
        Error(rule.file, rule.template_pos,
              fmt::format("predicate uses {{{}}}, which the pattern does not capture", name),
              rule.predicate);
        ok_ = false;
      }
      prog->predicate_parts.push_back({name, index});
      p = p.substr(close + 1);
    }
  }

  // The classes and literals every match must contain: those at the top level that are not
  // optional. The first of them is the rule's trigger for --explain.
  void SetPrefilter(PatternNode& root, Program* prog) {
    const PatternNode* n = &TopLevel(root);
    auto required_entities = [](const PatternNode& c) {
      return c.kind == NodeKind::kEntity ? static_cast<std::uint32_t>(c.min) : 0u;
    };
    std::uint32_t total_span = 0, total_entities = 0;
    for (const PatternNode& c : n->children) {
      total_span += static_cast<std::uint32_t>(MaxSpan(c));
      total_entities += required_entities(c);
    }
    prog->min_entities = total_entities;
    RequirementPlace at;  // before: most items the elements before `c` can cover
    for (const PatternNode& c : n->children) {
      RequirementPlace place = at;
      place.after = total_span - at.before;
      place.entities_after = total_entities - at.entities_before - required_entities(c);
      at.before += static_cast<std::uint32_t>(MaxSpan(c));
      at.entities_before += required_entities(c);
      if (c.min == 0) continue;
      if (std::optional<std::uint32_t> either = AlternativeClass(c)) {
        prog->required_classes.push_back({*either, place});
      } else if (c.kind == NodeKind::kClass && classes_->by_name.contains(c.text)) {
        prog->required_classes.push_back({classes_->by_name.at(c.text), place});
      } else if (c.kind == NodeKind::kLiteral) {
        if (std::optional<std::uint32_t> phrase = ClassOf({&c})) {
          prog->required_classes.push_back({*phrase, place});
        }
      }
    }
  }

  const Gazetteer& g_;
  ClassTable* classes_;
  std::vector<DataError>* errors_;
  const std::string* file_ = nullptr;
  Program* prog_ = nullptr;
  bool ok_ = true;
};

}  // namespace
}  // namespace internal

RuleSet::RuleSet(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
RuleSet::RuleSet(RuleSet&&) noexcept = default;
RuleSet& RuleSet::operator=(RuleSet&&) noexcept = default;
RuleSet::~RuleSet() = default;

namespace {

void BuildDispatch(const std::vector<internal::Program>& programs,
                   const internal::ClassTable& classes, internal::RuleDispatch* out) {
  internal::RuleDispatch& d = *out;
  d.class_count = static_cast<std::uint32_t>(classes.names.size());
  for (const internal::Program& prog : programs) {
    std::vector<internal::Requirement> needs = prog.required_classes;
    // One entry per requirement, placed to hold for each of its occurrences in the pattern.
    std::stable_sort(needs.begin(), needs.end(),
                     [](const auto& a, const auto& b) { return a.id < b.id; });
    std::vector<internal::Requirement> merged;
    for (const internal::Requirement& q : needs) {
      if (!merged.empty() && merged.back().id == q.id) {
        merged.back().place = internal::RequirementPlace::Either(merged.back().place, q.place);
      } else {
        merged.push_back(q);
      }
    }
    needs = std::move(merged);
    const auto rule = static_cast<std::uint32_t>(d.rule_requirements.size());
    if (needs.empty()) {
      d.unconstrained_rules.push_back(rule);
    } else {
      if (d.rules_by_class.size() < d.class_count) d.rules_by_class.resize(d.class_count);
      d.rules_by_class[needs[0].id].push_back(rule);
    }
    d.rule_requirements.push_back(std::move(needs));
  }
  // MayMatch()'s tables. Requirement classes are numbered in order of first use.
  constexpr std::uint32_t kNone = 0xffffffffu;
  std::vector<std::uint32_t> bit_of(d.class_count, kNone);
  std::uint32_t bits = 0;
  for (const auto& needs : d.rule_requirements) {
    for (const internal::Requirement& q : needs) {
      if (bit_of[q.id] == kNone) bit_of[q.id] = bits++;
    }
  }
  d.words = std::max<std::uint32_t>(1, (bits + 63) / 64);
  auto set = [&](std::vector<std::uint64_t>& table, std::size_t row, std::uint32_t bit) {
    table[row * d.words + bit / 64] |= std::uint64_t{1} << (bit % 64);
  };
  d.rule_needs.assign(programs.size() * d.words, 0);
  d.min_entities.resize(programs.size());
  for (std::size_t r = 0; r < programs.size(); ++r) {
    d.min_entities[r] = programs[r].min_entities;
    for (const internal::Requirement& q : d.rule_requirements[r])
      set(d.rule_needs, r, bit_of[q.id]);
  }
  // Each node's entries count for the root child its phrase begins with.
  std::vector<std::uint32_t> parent(classes.entries.size(), internal::ClassTable::kRoot);
  for (const auto& [edge, child] : classes.edges) parent[child] = edge.node;
  d.word_starts.assign(classes.entries.size() * d.words, 0);
  for (std::uint32_t node = 2; node < classes.entries.size(); ++node) {
    std::uint32_t root_child = node;
    while (parent[root_child] != internal::ClassTable::kRoot) root_child = parent[root_child];
    for (const internal::ClassEntry& e : classes.entries[node]) {
      if (e.word_class < bit_of.size() && bit_of[e.word_class] != kNone) {
        set(d.word_starts, root_child, bit_of[e.word_class]);
      }
    }
  }
}

}  // namespace

RuleSet RuleSet::Build(const std::vector<DataSource>& sources, const Gazetteer& gazetteer,
                       std::vector<DataError>* errors) {
  std::vector<DataError> local_errors;
  if (errors == nullptr) errors = &local_errors;
  if (const absl::StatusOr<Tokenizer>& tokenizer = Tokenizer::Default(); !tokenizer.ok()) {
    errors->push_back({"<tokenizer>", 0, 0,
                       "phrases cannot be tokenized: " + std::string(tokenizer.status().message()),
                       ""});
  }
  internal::RuleFileAst ast;
  internal::LexiconAst lexicon;
  for (const DataSource& source : sources) {
    if (source.name.ends_with(".rules")) internal::ParseRuleFile(source, &ast, errors);
    if (source.name.ends_with(".lex")) internal::ParseLexiconFile(source, &lexicon, errors);
  }
  auto impl = std::make_unique<Impl>();
  internal::Compiler compiler(gazetteer, &impl->classes, errors);
  compiler.BuildClasses(ast.classes);
  internal::AddLexiconWords(lexicon, &impl->classes);
  const internal::ClassTable& classes = impl->classes;
  impl->known.report = classes.Find("report_verb");
  impl->known.be = classes.Find("be");
  impl->known.article = classes.Find("article");
  impl->known.coordinator = classes.Find("coordinator");
  impl->known.agent_marker = classes.Find("agent_marker");
  absl::flat_hash_map<std::string, std::string> names;
  for (internal::RuleAst& rule : ast.rules) {
    std::string where = fmt::format("{}:{}", rule.file, rule.pos.line);
    auto [it, inserted] = names.try_emplace(rule.name, where);
    if (!inserted) {
      compiler.Error(rule.file, rule.pos,
                     fmt::format("rule '{}' defined twice (first at {})", rule.name, it->second),
                     rule.name);
      continue;
    }
    internal::Program program;
    RuleInfo info;
    if (compiler.CompileRule(rule, &program, &info)) {
      impl->programs.push_back(std::move(program));
      impl->infos.push_back(std::move(info));
    }
  }
  internal::CompileLexicon(lexicon, impl->classes, &impl->infos, &impl->frames, errors);
  BuildDispatch(impl->programs, impl->classes, &impl->dispatch);
  // Rules add classes of their own, so the trie is complete only now.
  internal::MatcherClasses& known = impl->known;
  const std::uint32_t flag_classes[] = {known.report, known.be, known.article, known.coordinator,
                                        known.agent_marker};
  known.word_flags = classes.OneWordMasks(flag_classes);
  internal::IndexLexiconWords(lexicon, classes, &impl->frames);
  return RuleSet(std::move(impl));
}

std::size_t RuleSet::size() const { return impl_->infos.size(); }
const RuleInfo& RuleSet::rule(std::uint32_t index) const { return impl_->infos[index]; }

}  // namespace attache
