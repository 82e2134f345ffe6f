// Internal: the event lexicon (gazetteers/lexicon/*.lex) — verb and noun frames whose
// arguments are found by grammatical role (attache/structure.hpp) — its parser, the verb
// inflections it generates, and its compiled, indexed form.
#ifndef ATTACHE_LIB_INTERNAL_FRAMES_H_
#define ATTACHE_LIB_INTERNAL_FRAMES_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "attache/data.hpp"
#include "attache/grammar.hpp"
#include "attache/structure.hpp"
#include "attache/triple.hpp"

namespace attache::internal {

struct ClassTable;
struct FrameScratch;  // internal/structure.h

// ------------------------------------------------------------------ syntax (parse)

// Where a frame finds its object.
enum class SlotKind : std::uint8_t {
  kNone,    // no object: a one-place event
  kDirect,  // the direct object: "expelled the ambassador"
  kPrep,    // the object of one of `preps`: "sanctions on Iran", "talks with Iran"
};

// Who is the subject of an infinitive that follows the verb: "X urged Y to sign" (object:
// Y signs), "X agreed to sign" (subject: X signs).
enum class Control : std::uint8_t { kNone, kSubject, kObject };

// Parsed statements view their file's name: they live no longer than the DataSources.
// Words a frame has after its lemma, hyphenated words counted by their parts (a frame's
// joined bits are one 64-bit word).
inline constexpr std::size_t kMaxFrameWords = 64;

struct FrameAst {
  std::string_view file;
  int line = 0;
  bool noun = false;
  std::string head;                // the lemma: "expel", "visit"
  std::vector<std::string> also;   // more lemmas sharing the frame: "verb rush|hurry ..."
  std::string at;                  // at=: the location shown as the rule ("dict.txt:12")
  std::vector<std::string> words;  // words after the head: "on" in "call on"
  // Hyphenated words are split as the tokenizer splits text ("sit-in" is "sit", "-", "in"),
  // and their later parts must follow the earlier ones directly: words[i] is such a part
  // when joined[i] (empty: none is). A hyphenated noun lemma heads at its first part, the
  // others leading `words` and the last of them, words[plural_word], taking the plural; a
  // hyphenated verb lemma heads at its last part (which is inflected), the others `before`
  // it, directly.
  std::vector<std::uint8_t> joined;
  int plural_word = -1;
  std::vector<std::string> before;  // "re", "-" of "re-impose"
  std::string written;              // the lemma and words as written, when split: "sit-in at"
  SlotKind slot = SlotKind::kNone;
  std::vector<std::string> preps;  // for kPrep
  std::string predicate;
  std::string cameo;
  std::string plover;  // empty: from the CAMEO→PLOVER table
  std::string mode;    // empty, "planned", "hypothetical", "alleged", "fact"
  bool symmetric = false;
  bool pair = false;  // symmetric, and only between two parties: one alone gives nothing
  // The slot's object acts on the clause's subject: "Morocco accepted aid from Spain" is
  // Spain's aid to Morocco.
  bool reverse = false;
  // The direct object may be an event named by its parties before its noun: "brokered an
  // Israel-Hamas truce" mediates between Israel and Hamas, each an object.
  bool parties = false;
  // A city or capital named as a place may be the direct object, standing for its country:
  // "Russian forces shelled Kharkiv" attacks Ukraine.
  bool places = false;
  // A people's act against its own government (protests, riots): with no subject in the
  // text, the subject is the civilians (CVL) of the country where it happens (the sentence's
  // place, else the story's); with no object, the object is the government (GOV) of the
  // subject's country. "Protests in Havana": Cuba's civilians against Cuba's government.
  bool domestic = false;
  // agentless=SECTOR: a passive with no agent in the text ("two journalists were arrested in
  // Harare") is done by that sector (police: cop) of the country where it happens.
  Sector agentless = Sector::kNone;
  // complement=negative|positive|expulsion: the direct object must be followed by a word
  // of that class ("called Milei's remarks 'unacceptable'", "declared the envoy persona non
  // grata"); 0: no complement.
  StructureFlags complement = 0;
  // subject= and object=: the entity types each may have, a bit per EntityType (all: any).
  std::uint8_t subject_types = 0xff, object_types = 0xff;
  Control control = Control::kNone;
};

struct IrregularAst {
  std::string_view file;
  int line = 0;
  std::string lemma;
  std::vector<std::string> past;        // "met"; several spellings allowed
  std::vector<std::string> participle;  // "met"
  std::vector<std::string> third;       // "does" (empty: generated)
  std::vector<std::string> gerund;      // (empty: generated)
};

// An agent noun of a sector: "agent gov foreign minister" (the sector's class and
// agent_noun get the phrase).
struct AgentAst {
  std::string_view file;
  int line = 0;
  std::string sector;  // "gov": the class agent_gov
  std::string phrase;
};

// A phrase whose presence leaves its sentence (or, for a story discard, its whole document)
// without events: "discard sentence world cup".
struct DiscardAst {
  std::string_view file;
  int line = 0;
  bool story = false;
  std::string phrase;
};

struct LexiconAst {
  std::vector<FrameAst> frames;
  std::vector<AgentAst> agents;
  std::vector<DiscardAst> discards;
  std::vector<IrregularAst> irregulars;
  std::vector<std::pair<std::string, std::string>> verbs;         // lemma, "file:line" (no frame)
  std::vector<std::pair<std::string, std::string>> cameo_plover;  // CAMEO prefix, PLOVER
};

// Parses one .lex file; every bad line is reported as file:line:col and skipped.
void ParseLexiconFile(const DataSource& source, LexiconAst* out, std::vector<DataError>* errors);

// ------------------------------------------------------------------ inflection

// The forms of a verb: base, third person singular, past, past participle and gerund, from
// regular English spelling rules unless `irregular` gives them. Each form may have several
// spellings ("traveled", "travelled").
struct VerbForms {
  std::vector<std::string> base, third, past, participle, gerund;
};
VerbForms InflectVerb(std::string_view lemma, const IrregularAst* irregular);

// The plural of a noun by regular spelling rules ("visit" -> "visits", "sanction" ->
// "sanctions", "body" -> "bodies").
std::string PluralOf(std::string_view noun);

// ------------------------------------------------------------------ compiled form

// One of 256 bits standing for a token key: the keys of a stretch of text as a set, so that
// a frame whose words do not all occur there is passed over with a test or two.
inline std::uint8_t KeyByte(std::uint64_t key) {
  return static_cast<std::uint8_t>((key * 0x9E3779B97F4A7C15ull) >> 56);
}
struct KeyBits {
  std::uint64_t bits[4] = {0, 0, 0, 0};
  void Add(std::uint64_t key) {
    const std::uint8_t b = KeyByte(key);
    bits[b >> 6] |= std::uint64_t{1} << (b & 63);
  }
  bool Has(std::uint8_t b) const { return (bits[b >> 6] >> (b & 63) & 1u) != 0; }
};

struct Frame {
  std::uint32_t rule = 0;  // index into the RuleSet's RuleInfo table
  std::string predicate;
  std::vector<std::uint64_t> words;  // keys of the words after the head
  // Bit i: words[i] is a later part of a hyphenated word and follows the token before it
  // directly ("sit - in"). A frame has at most kMaxFrameWords words (the parser says so).
  std::uint64_t joined = 0;
  // Keys of a hyphenated verb lemma's parts before its head, which stand directly before it.
  std::vector<std::uint64_t> before;
  SlotKind slot = SlotKind::kNone;
  std::vector<std::uint64_t> preps;
  bool symmetric = false;
  bool pair = false;                                       // FrameAst::pair
  bool reverse = false;                                    // FrameAst::reverse
  bool parties = false;                                    // FrameAst::parties
  bool places = false;                                     // FrameAst::places
  bool domestic = false;                                   // FrameAst::domestic
  Sector agentless = Sector::kNone;                        // FrameAst::agentless
  StructureFlags complement = 0;                           // FrameAst::complement
  std::uint8_t subject_types = 0xff, object_types = 0xff;  // FrameAst's
  Control control = Control::kNone;
  // A request, threat or refusal: the infinitive after it ("urged Iran to stop", "threatened
  // to expel") states no event of its own.
  bool leaves_infinitive_unasserted = false;
};

// What the structure stage and the frame matcher know about one word (a child of the
// class trie's root): its structural classes and, if it is a verb form or an event noun,
// which lemma and frames.
struct WordInfo {
  StructureFlags flags = 0;
  VerbFormMask forms = 0;         // which forms of `verb` this word is
  std::uint32_t verb = kNoLemma;  // lemma number, or kNoLemma
  std::uint32_t noun = kNoLemma;  // event-noun lemma number, or kNoLemma
  Sector sector = Sector::kNone;  // for agent nouns: the sector they stand for
  bool first_word = false;        // the first word after the head of some frame
  bool discard_first = false;     // the first word of a discard phrase
  bool trigger = false;           // a verb form with frames, or an event noun
};

// Structural classes of plain nouns, which leave them plain: "remarks", "protests".
inline constexpr StructureFlags kPlainWordClasses =
    kActNoun | kCrowdEventNoun | kPatientNoun | kPlaceNoun;

// A lower-case word of no structural class (but kPlainWordClasses) that is no verb form: an
// adjective or a plain noun ("foreign", "new"), which may stand between a determiner or
// owner and its noun.
inline bool IsPlainLowerWord(const Token& token, const WordInfo& info) {
  return token.kind == TokenKind::kWord && (token.flags & kCapitalized) == 0 &&
         (info.flags & ~kPlainWordClasses) == 0 && info.verb == kNoLemma;
}

// The agent-noun classes, one per sector (gazetteers/rules/structure.rules).
inline constexpr std::pair<std::string_view, Sector> kSectorClasses[] = {
    {"agent_gov", Sector::kGov}, {"agent_leg", Sector::kLeg}, {"agent_mil", Sector::kMil},
    {"agent_cop", Sector::kCop}, {"agent_jud", Sector::kJud}, {"agent_spy", Sector::kSpy},
    {"agent_opp", Sector::kOpp}, {"agent_reb", Sector::kReb}, {"agent_cvl", Sector::kCvl},
    {"agent_bus", Sector::kBus}, {"agent_med", Sector::kMed}, {"agent_ref", Sector::kRef}};

struct FrameTable {
  std::vector<Frame> frames;
  // Per verb lemma: all its frame indexes, longer phrases first.
  std::vector<std::vector<std::uint32_t>> verb_frames;
  std::vector<std::vector<std::uint32_t>> noun_frames;  // per noun lemma
  // Per verb lemma: some frame gives its infinitive to its object (control=object).
  std::vector<bool> object_control;
  // Per noun lemma: the prepositions after which a frame without words takes its target
  // ("invasion of:O": "of"), sorted; read when an act's "of" phrase may be its actor.
  std::vector<std::vector<std::uint64_t>> noun_target_preps;
  // Frames without words after the head, per lemma; frames with words are found through
  // the index from (lemma, first word) — so a verb with a hundred phrases costs a lookup
  // per word after it, not a look at every phrase.
  std::vector<std::vector<std::uint32_t>> bare_verb_frames, bare_noun_frames;
  // Each listed frame with the KeyByte() of its second and last words beside it, so that
  // a long list is filtered without a look at the frames themselves.
  struct Listed {
    std::uint32_t frame;
    std::uint8_t second;
    std::uint8_t last;
  };
  absl::flat_hash_map<std::uint64_t, std::vector<Listed>> by_first_word;
  // Per lemma, the KeyBits of its frames' first words: most words after a verb are the
  // first word of some frame, but seldom of one of that verb's, and this test spares the
  // by_first_word probe (a cache miss in a table of tens of thousands of lists).
  std::vector<KeyBits> verb_first_words, noun_first_words;
  // A (lemma, first word) with more frames than kLongList has them indexed again by
  // (lemma, first word, last word) here, and its by_first_word list left empty: "appeal
  // for" with a synonym set's thousand heads costs a probe per word after it, not a scan.
  static constexpr std::size_t kLongList = 48;
  absl::flat_hash_map<std::uint64_t, std::vector<Listed>> by_first_and_last;
  // What a long list's probes need: the KeyBits of its frames' last words (a word that is
  // none is not probed) and its longest phrase (how far after the first word to probe).
  struct LongList {
    KeyBits last_words;
    std::uint32_t max_words = 0;
  };
  absl::flat_hash_map<std::uint64_t, LongList> long_lists;  // by FirstWordKey()
  // A blocked Bloom filter over by_first_word's keys: two bits in one 64-bit word per key.
  // It is small enough to stay in the cache, so a (lemma, word) that is no key is mostly
  // turned away without a probe of by_first_word.
  std::vector<std::uint64_t> first_word_filter;
  static std::uint64_t FilterBits(std::uint64_t key) {
    return std::uint64_t{1} << (key & 63) | std::uint64_t{1} << (key >> 6 & 63);
  }
  std::size_t FilterWord(std::uint64_t key) const {
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 32) &
           (first_word_filter.size() - 1);
  }
  bool MayBeFirstWordKey(std::uint64_t key) const {
    if (first_word_filter.empty()) return true;
    const std::uint64_t bits = FilterBits(key);
    return (first_word_filter[FilterWord(key)] & bits) == bits;
  }
  // Per frame, its number of words (with a verb's parts before its head): the candidates'
  // sort key, read without touching the frames themselves.
  std::vector<std::uint32_t> word_counts;
  static std::uint64_t LongKey(std::uint64_t first_word_key, std::uint64_t last_word) {
    return first_word_key ^ (last_word * 0xC2B2AE3D27D4EB4Full);
  }
  static std::uint64_t FirstWordKey(bool noun, std::uint32_t lemma, std::uint64_t word) {
    const std::uint64_t tag = (std::uint64_t{lemma} << 1 | (noun ? 1u : 0u)) + 1;
    return word ^ (tag * 0x9E3779B97F4A7C15ull);
  }
  std::vector<std::string> verb_lemmas;  // for --explain
  // The classes holding discard phrases (kNoClassId: none were given).
  std::uint32_t discard_sentence_class = 0xffffffffu;
  std::uint32_t discard_story_class = 0xffffffffu;
  // Per class-trie node (root children): structural flags and lemmas. Empty if no lexicon.
  std::vector<WordInfo> words;
  // The same two flags of `words` as bits, one per node, which every token of a document
  // asks for: a table small enough for the cache, where `words` (tens of bytes per node,
  // hundreds of thousands of nodes with an imported dictionary) would miss it.
  std::vector<std::uint64_t> trigger_bits, discard_first_bits;
  static bool Bit(const std::vector<std::uint64_t>& bits, std::uint32_t node) {
    return node / 64 < bits.size() && (bits[node / 64] >> (node % 64) & 1u) != 0;
  }
  bool IsTrigger(std::uint32_t node) const { return Bit(trigger_bits, node); }
  // Agent nouns ("police", "ministry"), whose sentences give agent mentions.
  std::vector<std::uint64_t> agent_bits;
  bool IsAgentNoun(std::uint32_t node) const { return Bit(agent_bits, node); }
  bool IsDiscardFirst(std::uint32_t node) const { return Bit(discard_first_bits, node); }
  bool empty() const { return frames.empty(); }
  const WordInfo& Info(std::uint32_t node) const {
    static const WordInfo kNothing;
    return node < words.size() ? words[node] : kNothing;
  }
};

// The word classes the structure stage reads (gazetteers/rules/structure.rules), in
// StructureFlag bit order.
inline constexpr std::string_view kStructureClassNames[] = {"aux_be",
                                                            "aux_have",
                                                            "aux_do",
                                                            "modal",
                                                            "negation",
                                                            "adverb",
                                                            "determiner",
                                                            "preposition",
                                                            "subordinator",
                                                            "relative",
                                                            "coordinator",
                                                            "infinitive_marker",
                                                            "agent_marker",
                                                            "raising_word",
                                                            "agent_noun",
                                                            "report_verb",
                                                            "number_word",
                                                            "agent_link",
                                                            "poss",
                                                            "claim_link",
                                                            "refusal_verb",
                                                            "time_word",
                                                            "location_marker",
                                                            "domestic_agent",
                                                            "light_verb",
                                                            "opening_event_preposition",
                                                            "quantity_part",
                                                            "negative_evaluation",
                                                            "positive_evaluation",
                                                            "pair_preposition",
                                                            "measure_noun",
                                                            "expulsion_status",
                                                            "premises_noun",
                                                            "object_control_verb",
                                                            "crowd_event_noun",
                                                            "crowd_event_verb",
                                                            "act_noun",
                                                            "patient_noun",
                                                            "reciprocal_first",
                                                            "reciprocal_second",
                                                            "place_noun",
                                                            "office_agent",
                                                            "proposal_verb",
                                                            "proposal_for_verb",
                                                            "intent_noun",
                                                            "blocking_verb"};

// A lexicon word as the tokenizer splits document text, since the matcher compares a
// frame's words with tokens: "sit-in" is "sit", "-", "in"; most words are themselves.
std::vector<std::string> LexiconWordTokens(std::string_view word);

// Adds every verb form and event noun of the lexicon to `classes` (so that the tokens' one
// lookup finds them). Call before rules add classes of their own.
void AddLexiconWords(const LexiconAst& ast, ClassTable* classes);

// The frames, each given a RuleInfo appended to `infos` (after the rules'). Missing
// structure classes and unknown PLOVER categories are errors.
void CompileLexicon(const LexiconAst& ast, const ClassTable& classes, std::vector<RuleInfo>* infos,
                    FrameTable* out, std::vector<DataError>* errors);

// Fills the word infos once the class trie is complete (rules add classes of their own).
void IndexLexiconWords(const LexiconAst& ast, const ClassTable& classes, FrameTable* out);

// The frames' matches in one sentence: arguments found by role. `mentions` are the
// sentence's; `class_nodes` each token's child of the class trie's root.
void MatchFrames(const FrameTable& table, std::string_view text, const TokenizedText& tokens,
                 std::uint32_t sentence, const std::vector<Mention>& mentions,
                 std::span<const std::uint32_t> class_nodes, FrameScratch* scratch,
                 std::vector<RuleMatch>* out);

// Marks in `discarded` (one flag per sentence, resized to the sentence count) the sentences
// holding a discard phrase; returns true if a story discard occurs (then every sentence is
// marked). `class_nodes` are each token's child of the class trie's root.
bool FindDiscards(const FrameTable& table, const ClassTable& classes, const TokenizedText& tokens,
                  std::span<const std::uint32_t> class_nodes, std::vector<std::uint8_t>* discarded);

// For --explain: one line per verb group of the sentence, with its subject (agent nouns
// read in `document`, as MatchFrames() reads them).
struct AgentContext;
std::string ExplainStructure(const FrameTable& table, const ClassTable& classes,
                             std::string_view text, const TokenizedText& tokens,
                             std::uint32_t sentence, const std::vector<Mention>& mentions,
                             const AgentContext& document, const Gazetteer& gazetteer,
                             const std::vector<LocalEntity>& locals);

// Where a rule match in out[first_rule, first_frame) and a frame match after it state the
// same event (same sentence, arguments and PLOVER category), keeps one: the rule's if it
// names an item ("supplied-drones-to"), else the frame's (arguments found by role).
void DropRuleMatchesFramesCover(const std::vector<RuleInfo>& infos, std::size_t first_rule,
                                std::size_t first_frame, std::vector<RuleMatch>* out);

}  // namespace attache::internal

#endif  // ATTACHE_LIB_INTERNAL_FRAMES_H_
