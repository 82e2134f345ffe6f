// The event lexicon compiled: lemmas numbered, verb forms generated, every word added to the
// class trie (so that the one lookup per token finds it) and indexed by trie node.
#include <algorithm>
#include <array>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "attache/tokenize.hpp"
#include "fmt/format.h"
#include "internal/frames.h"
#include "internal/rules.h"

namespace attache::internal {
namespace {

constexpr std::array<std::string_view, 16> kPloverCategories = {
    "AGREE",  "CONSULT", "SUPPORT",  "CONCEDE", "COOPERATE", "AID",      "RETREAT", "REQUEST",
    "ACCUSE", "REJECT",  "THREATEN", "PROTEST", "SANCTION",  "MOBILIZE", "COERCE",  "ASSAULT"};

bool IsPloverCategory(std::string_view c) {
  return std::find(kPloverCategories.begin(), kPloverCategories.end(), c) !=
         kPloverCategories.end();
}

// The lexicon's words go into the class trie as entries of one internal class; the name
// cannot be written in a rule file ('@' never starts a class name there).
constexpr std::string_view kLexiconClass = "@lexicon";

void AddWord(ClassTable* classes, std::uint32_t id, std::string_view word) {
  const std::uint32_t node = classes->AddChild(ClassTable::kRoot, NormalizedKey(word));
  for (const ClassEntry& e : classes->entries[node]) {
    if (e.word_class == id) return;
  }
  classes->entries[node].push_back({id, 1, ""});
}

// The frame's lemma and the others sharing it.
template <typename F>
void ForEachHead(const FrameAst& f, F&& each) {
  each(f.head);
  for (const std::string& h : f.also) each(h);
}

// Adds `phrase` as an entry of class `id` (once).
void AddPhrase(ClassTable* classes, std::uint32_t id, std::string_view phrase) {
  const std::vector<std::uint64_t> keys = PhraseKeys(phrase);
  if (keys.empty() || keys.size() > kMaxPhraseTokens) return;
  std::uint32_t node = ClassTable::kRoot;
  for (std::uint64_t key : keys) node = classes->AddChild(node, key);
  for (const ClassEntry& e : classes->entries[node]) {
    if (e.word_class == id) return;
  }
  classes->entries[node].push_back({id, static_cast<std::uint32_t>(keys.size()), ""});
}

// An internal class (its name starts with '@', which no rule file can write); made once.
std::uint32_t InternalClass(ClassTable* classes, std::string_view name) {
  auto it = classes->by_name.find(name);
  if (it != classes->by_name.end()) return it->second;
  const auto id = static_cast<std::uint32_t>(classes->names.size());
  classes->names.emplace_back(name);
  classes->by_name[std::string(name)] = id;
  return id;
}

constexpr std::string_view kDiscardSentenceClass = "@discard_sentence";
constexpr std::string_view kDiscardStoryClass = "@discard_story";

// Agent nouns go to their sector's class and to agent_noun; discard phrases to one internal
// class per scope.
void AddAgentsAndDiscards(const LexiconAst& ast, ClassTable* classes) {
  const std::uint32_t agent_noun = classes->Find("agent_noun");
  for (const AgentAst& a : ast.agents) {
    const std::uint32_t sector = classes->Find("agent_" + a.sector);
    if (sector == ClassTable::kNoClassId || agent_noun == ClassTable::kNoClassId) continue;
    AddPhrase(classes, sector, a.phrase);
    AddPhrase(classes, agent_noun, a.phrase);
  }
  for (const DiscardAst& d : ast.discards) {
    AddPhrase(classes, InternalClass(classes, d.story ? kDiscardStoryClass : kDiscardSentenceClass),
              d.phrase);
  }
}

// Agent sectors that name no class, and discard phrases too long for the class trie.
void CheckAgentsAndDiscards(const LexiconAst& ast, const ClassTable& classes,
                            std::vector<DataError>* errors) {
  for (const AgentAst& a : ast.agents) {
    if (classes.Find("agent_" + a.sector) == ClassTable::kNoClassId) {
      errors->push_back(
          {std::string(a.file), a.line, 7,
           fmt::format("no agent class 'agent_{}' (gazetteers/rules/structure.rules)", a.sector),
           a.sector});
    }
  }
  auto check_length = [&](std::string_view file, int line, const std::string& phrase) {
    const std::size_t n = PhraseKeys(phrase).size();
    if (n == 0 || n > kMaxPhraseTokens) {
      errors->push_back({std::string(file), line, 1,
                         fmt::format("a phrase has 1 to {} words", kMaxPhraseTokens), phrase});
    }
  };
  for (const AgentAst& a : ast.agents) check_length(a.file, a.line, a.phrase);
  for (const DiscardAst& d : ast.discards) check_length(d.file, d.line, d.phrase);
}

struct Lemmas {
  std::vector<std::string> verbs;  // numbered: frame verbs first, then plain verbs
  std::vector<std::string> nouns;
  absl::flat_hash_map<std::string, std::uint32_t> verb_number, noun_number;
  absl::flat_hash_map<std::string, const IrregularAst*> irregular;
  // Nouns that some frame names whole, so that their plural is a noun too: not the first
  // parts of hyphenated nouns ("sit" of "sit-in", whose plural is "sit-ins").
  absl::flat_hash_set<std::string> whole_nouns;

  explicit Lemmas(const LexiconAst& ast) {
    for (const IrregularAst& v : ast.irregulars) irregular.try_emplace(v.lemma, &v);
    for (const FrameAst& f : ast.frames) {
      auto& number = f.noun ? noun_number : verb_number;
      auto& list = f.noun ? nouns : verbs;
      ForEachHead(f, [&](const std::string& head) {
        if (number.try_emplace(head, static_cast<std::uint32_t>(list.size())).second) {
          list.push_back(head);
        }
        if (f.noun && f.plural_word < 0) whole_nouns.insert(head);
      });
    }
    for (const auto& [lemma, where] : ast.verbs) {
      if (verb_number.try_emplace(lemma, static_cast<std::uint32_t>(verbs.size())).second) {
        verbs.push_back(lemma);
      }
    }
  }

  // The noun's word forms: itself, and its plural if some frame names it whole.
  std::vector<std::string> NounForms(const std::string& noun) const {
    if (!whole_nouns.contains(noun)) return {noun};
    return {noun, PluralOf(noun)};
  }

  VerbForms Forms(const std::string& lemma) const {
    auto it = irregular.find(lemma);
    return InflectVerb(lemma, it == irregular.end() ? nullptr : it->second);
  }
};

// Every (form, bit) pair of a verb.
template <typename F>
void ForEachForm(const VerbForms& forms, F&& f) {
  for (const std::string& w : forms.base) f(w, kFormBase);
  for (const std::string& w : forms.third) f(w, kFormThird);
  for (const std::string& w : forms.past) f(w, kFormPast);
  for (const std::string& w : forms.participle) f(w, kFormParticiple);
  for (const std::string& w : forms.gerund) f(w, kFormGerund);
}

std::string PloverOf(const FrameAst& f, const LexiconAst& ast) {
  if (!f.plover.empty()) return f.plover;
  std::size_t best = 0;
  std::string found;
  for (const auto& [prefix, category] : ast.cameo_plover) {
    if (f.cameo.starts_with(prefix) && prefix.size() > best) {
      best = prefix.size();
      found = category;
    }
  }
  return found;
}

Modality ModalityOf(const std::string& mode) {
  if (mode == "planned") return Modality::kPlanned;
  if (mode == "hypothetical") return Modality::kHypothetical;
  if (mode == "alleged") return Modality::kAlleged;
  return Modality::kFact;
}

RuleInfo InfoOf(const FrameAst& f, std::string plover) {
  RuleInfo info;
  info.name =
      fmt::format("{} {}", f.noun ? "noun" : "verb", f.written.empty() ? f.head : f.written);
  if (f.written.empty()) {
    for (const std::string& w : f.words) info.name += " " + w;
  }
  info.location = f.at.empty() ? fmt::format("{}:{}", f.file, f.line) : f.at;
  info.predicate = f.predicate;
  info.cameo = f.cameo;
  info.plover = std::move(plover);
  info.modality = ModalityOf(f.mode);
  return info;
}

// Moves each list of by_first_word longer than kLongList to by_first_and_last, keyed by its
// frames' last words too.
void IndexLongLists(FrameTable* out) {
  for (auto& [key, list] : out->by_first_word) {
    if (list.size() <= FrameTable::kLongList) continue;
    FrameTable::LongList& long_list = out->long_lists[key];
    for (const FrameTable::Listed& l : list) {
      const std::vector<std::uint64_t>& words = out->frames[l.frame].words;
      long_list.max_words = std::max(long_list.max_words, static_cast<std::uint32_t>(words.size()));
      long_list.last_words.Add(words.back());
      out->by_first_and_last[FrameTable::LongKey(key, words.back())].push_back(l);
    }
    list = {};
  }
}

// The Bloom filter over by_first_word's keys, about 16 bits per key (a power of two words).
void FillFirstWordFilter(FrameTable* out) {
  std::size_t words = 64;
  while (words * 4 < out->by_first_word.size()) words *= 2;
  out->first_word_filter.assign(words, 0);
  for (const auto& [key, list] : out->by_first_word) {
    out->first_word_filter[out->FilterWord(key)] |= FrameTable::FilterBits(key);
  }
}

}  // namespace

void AddLexiconWords(const LexiconAst& ast, ClassTable* classes) {
  AddAgentsAndDiscards(ast, classes);
  if (ast.frames.empty() && ast.verbs.empty()) return;
  const Lemmas lemmas(ast);
  const std::uint32_t id = InternalClass(classes, kLexiconClass);
  for (const std::string& verb : lemmas.verbs) {
    ForEachForm(lemmas.Forms(verb),
                [&](const std::string& w, VerbFormMask) { AddWord(classes, id, w); });
  }
  for (const std::string& noun : lemmas.nouns) {
    for (const std::string& w : lemmas.NounForms(noun)) AddWord(classes, id, w);
  }
  // A frame's first word gets a trie node too, so that the matcher can tell from the
  // token's word info whether the (lemma, first word) index is worth a probe.
  for (const FrameAst& f : ast.frames) {
    if (!f.words.empty()) AddWord(classes, id, f.words.front());
  }
}

namespace {

// Reports each word class the structure stage reads that `classes` lacks.
void CheckStructureClasses(const LexiconAst& ast, const ClassTable& classes,
                           std::vector<DataError>* errors) {
  const std::string where = ast.frames.empty() ? "lexicon" : std::string(ast.frames.front().file);
  std::vector<std::string_view> needed(std::begin(kStructureClassNames),
                                       std::end(kStructureClassNames));
  for (const auto& [name, sector] : kSectorClasses) needed.push_back(name);
  for (std::string_view name : needed) {
    if (classes.Find(name) == ClassTable::kNoClassId) {
      errors->push_back({where, 1, 1,
                         fmt::format("word class '{}', which the structure stage reads, is not "
                                     "defined (gazetteers/rules/structure.rules)",
                                     name),
                         std::string(name)});
    }
  }
}

// The compiled frame of `f` (its rule is `rule`, its PLOVER category `plover`).
Frame FrameOf(const FrameAst& f, std::uint32_t rule, const std::string& plover) {
  Frame frame;
  frame.rule = rule;
  frame.predicate = f.predicate;
  for (const std::string& w : f.words) frame.words.push_back(NormalizedKey(w));
  for (std::size_t i = 0; i < f.joined.size() && i < 64; ++i) {
    if (f.joined[i] != 0) frame.joined |= std::uint64_t{1} << i;
  }
  for (const std::string& w : f.before) frame.before.push_back(NormalizedKey(w));
  frame.slot = f.slot;
  for (const std::string& p : f.preps) frame.preps.push_back(NormalizedKey(p));
  frame.symmetric = f.symmetric;
  frame.pair = f.pair;
  frame.reverse = f.reverse;
  frame.parties = f.parties;
  frame.places = f.places;
  frame.domestic = f.domestic;
  frame.agentless = f.agentless;
  frame.complement = f.complement;
  frame.subject_types = f.subject_types;
  frame.object_types = f.object_types;
  frame.leaves_infinitive_unasserted =
      plover == "REQUEST" || plover == "THREATEN" || plover == "REJECT";
  frame.control = f.control;
  return frame;
}

// Adds `f`'s frames (a hyphenated noun's plural is a frame of its own, the same rule with
// the plural of its last part: "sit - ins") under each of its head lemmas.
void AddFrames(const FrameAst& f, Frame frame, const Lemmas& lemmas, FrameTable* out) {
  std::vector<Frame> variants;
  if (f.noun && f.plural_word >= 0) {
    Frame plural = frame;
    const auto w = static_cast<std::size_t>(f.plural_word);
    plural.words[w] = NormalizedKey(PluralOf(f.words[w]));
    variants.push_back(std::move(plural));
  }
  variants.insert(variants.begin(), std::move(frame));
  for (Frame& variant : variants) {
    const auto index = static_cast<std::uint32_t>(out->frames.size());
    ForEachHead(f, [&](const std::string& head) {
      if (f.noun) {
        out->noun_frames[lemmas.noun_number.at(head)].push_back(index);
      } else {
        out->verb_frames[lemmas.verb_number.at(head)].push_back(index);
      }
    });
    out->frames.push_back(std::move(variant));
  }
}

// Per lemma of `lists`: the frames without words into `bare`, the others into the
// (lemma, first word) index, their first words into `firsts`.
void IndexByFirstWord(bool noun, const std::vector<std::vector<std::uint32_t>>& lists,
                      std::vector<std::vector<std::uint32_t>>* bare, std::vector<KeyBits>* firsts,
                      FrameTable* out) {
  bare->assign(lists.size(), {});
  firsts->assign(lists.size(), KeyBits{});
  for (std::uint32_t lemma = 0; lemma < lists.size(); ++lemma) {
    for (std::uint32_t f : lists[lemma]) {
      const Frame& frame = out->frames[f];
      if (frame.words.empty()) {
        (*bare)[lemma].push_back(f);
      } else {
        const std::uint64_t second = frame.words[std::min<std::size_t>(1, frame.words.size() - 1)];
        out->by_first_word[FrameTable::FirstWordKey(noun, lemma, frame.words[0])].push_back(
            {f, KeyByte(second), KeyByte(frame.words.back())});
        (*firsts)[lemma].Add(frame.words[0]);
      }
    }
  }
}

// Word counts, longer phrases first in each lemma's list ("call on O" before "call O"),
// and the indexes.
void IndexFrames(FrameTable* out) {
  out->word_counts.reserve(out->frames.size());
  for (const Frame& f : out->frames) {
    out->word_counts.push_back(static_cast<std::uint32_t>(f.words.size() + f.before.size()));
  }
  auto longer_first = [&](std::vector<std::uint32_t>& list) {
    std::stable_sort(list.begin(), list.end(), [&](std::uint32_t a, std::uint32_t b) {
      return out->word_counts[a] > out->word_counts[b];
    });
  };
  for (auto& list : out->verb_frames) longer_first(list);
  for (auto& list : out->noun_frames) longer_first(list);
  out->object_control.assign(out->verb_frames.size(), false);
  for (std::size_t lemma = 0; lemma < out->verb_frames.size(); ++lemma) {
    for (std::uint32_t f : out->verb_frames[lemma]) {
      if (out->frames[f].control == Control::kObject) out->object_control[lemma] = true;
    }
  }
  out->noun_target_preps.assign(out->noun_frames.size(), {});
  for (std::size_t lemma = 0; lemma < out->noun_frames.size(); ++lemma) {
    std::vector<std::uint64_t>& preps = out->noun_target_preps[lemma];
    for (std::uint32_t f : out->noun_frames[lemma]) {
      const Frame& frame = out->frames[f];
      if (frame.slot != SlotKind::kPrep || !frame.words.empty()) continue;
      preps.insert(preps.end(), frame.preps.begin(), frame.preps.end());
    }
    std::sort(preps.begin(), preps.end());
    preps.erase(std::unique(preps.begin(), preps.end()), preps.end());
  }
  IndexByFirstWord(false, out->verb_frames, &out->bare_verb_frames, &out->verb_first_words, out);
  IndexByFirstWord(true, out->noun_frames, &out->bare_noun_frames, &out->noun_first_words, out);
  IndexLongLists(out);
  FillFirstWordFilter(out);
}

}  // namespace

void CompileLexicon(const LexiconAst& ast, const ClassTable& classes, std::vector<RuleInfo>* infos,
                    FrameTable* out, std::vector<DataError>* errors) {
  CheckAgentsAndDiscards(ast, classes, errors);
  out->discard_sentence_class = classes.Find(kDiscardSentenceClass);
  out->discard_story_class = classes.Find(kDiscardStoryClass);
  if (ast.frames.empty() && ast.verbs.empty()) return;
  CheckStructureClasses(ast, classes, errors);
  const Lemmas lemmas(ast);
  infos->reserve(infos->size() + ast.frames.size());
  out->frames.reserve(ast.frames.size());
  out->verb_lemmas = lemmas.verbs;
  out->verb_frames.assign(lemmas.verbs.size(), {});
  out->noun_frames.assign(lemmas.nouns.size(), {});
  for (const FrameAst& f : ast.frames) {
    std::string plover = PloverOf(f, ast);
    if (!IsPloverCategory(plover)) {
      errors->push_back({std::string(f.file), f.line, 1,
                         plover.empty() ? fmt::format("no PLOVER category for CAMEO {}", f.cameo)
                                        : fmt::format("unknown PLOVER category '{}'", plover),
                         f.head});
      continue;
    }
    AddFrames(f, FrameOf(f, static_cast<std::uint32_t>(infos->size()), plover), lemmas, out);
    infos->push_back(InfoOf(f, std::move(plover)));
  }
  IndexFrames(out);
}

void IndexLexiconWords(const LexiconAst& ast, const ClassTable& classes, FrameTable* out) {
  if (ast.frames.empty() && ast.verbs.empty() && ast.discards.empty()) return;
  std::vector<std::uint32_t> ids;
  for (std::string_view name : kStructureClassNames) ids.push_back(classes.Find(name));
  const std::vector<std::uint64_t> masks = classes.OneWordMasks(ids);
  out->words.assign(classes.entries.size(), WordInfo{});
  for (std::size_t node = 0; node < masks.size(); ++node) {
    out->words[node].flags = static_cast<StructureFlags>(masks[node]);
  }
  std::vector<std::uint32_t> sector_ids;
  for (const auto& [name, sector] : kSectorClasses) sector_ids.push_back(classes.Find(name));
  const std::vector<std::uint64_t> sectors = classes.OneWordMasks(sector_ids);
  for (std::size_t node = 0; node < sectors.size(); ++node) {
    for (std::size_t i = 0; i < sector_ids.size(); ++i) {
      if (sectors[node] >> i & 1u) {
        out->words[node].sector = kSectorClasses[i].second;
        break;
      }
    }
  }
  const Lemmas lemmas(ast);
  for (std::uint32_t v = 0; v < lemmas.verbs.size(); ++v) {
    ForEachForm(lemmas.Forms(lemmas.verbs[v]), [&](const std::string& w, VerbFormMask bit) {
      const std::uint32_t node = classes.Child(ClassTable::kRoot, NormalizedKey(w));
      WordInfo& info = out->words[node];
      if (info.verb == kNoLemma) info.verb = v;
      if (info.verb == v) info.forms |= bit;  // the first lemma numbered owns a shared form
    });
  }
  for (const FrameAst& f : ast.frames) {
    if (f.words.empty()) continue;
    const std::uint32_t node = classes.Child(ClassTable::kRoot, NormalizedKey(f.words.front()));
    if (node < out->words.size()) out->words[node].first_word = true;
  }
  for (const DiscardAst& d : ast.discards) {
    const std::vector<std::uint64_t> keys = PhraseKeys(d.phrase);
    if (keys.empty()) continue;
    const std::uint32_t node = classes.Child(ClassTable::kRoot, keys.front());
    if (node != 0 && node < out->words.size()) out->words[node].discard_first = true;
  }
  for (std::uint32_t n = 0; n < lemmas.nouns.size(); ++n) {
    for (const std::string& w : lemmas.NounForms(lemmas.nouns[n])) {
      WordInfo& info = out->words[classes.Child(ClassTable::kRoot, NormalizedKey(w))];
      if (info.noun == kNoLemma) info.noun = n;
    }
  }
  for (WordInfo& w : out->words) {
    w.trigger = w.noun != kNoLemma || (w.verb != kNoLemma && w.verb < out->verb_frames.size() &&
                                       !out->verb_frames[w.verb].empty());
  }
  out->trigger_bits.assign((out->words.size() + 63) / 64, 0);
  out->agent_bits.assign((out->words.size() + 63) / 64, 0);
  out->discard_first_bits.assign((out->words.size() + 63) / 64, 0);
  for (std::size_t node = 0; node < out->words.size(); ++node) {
    const std::uint64_t bit = std::uint64_t{1} << (node % 64);
    if (out->words[node].trigger) out->trigger_bits[node / 64] |= bit;
    if ((out->words[node].flags & kAgentNoun) != 0) out->agent_bits[node / 64] |= bit;
    if (out->words[node].discard_first) out->discard_first_bits[node / 64] |= bit;
  }
}

}  // namespace attache::internal
