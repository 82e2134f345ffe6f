// The event lexicon's file format (docs/lexicon.md): one statement per line.
//
//   verb LEMMA [WORD ...] [SLOT] -> PREDICATE cameo=CODE [plover=CAT] [symmetric|pair]
//        [reverse] [domestic] [agentless=SECTOR]
//        [complement=negative|positive|expulsion] [mode=MODE]
//        [control=subject|object]
//   noun LEMMA [WORD ...] [SLOT] -> PREDICATE cameo=CODE ...
//   verbs LEMMA LEMMA ...                      verbs with no event (clause structure)
//   irregular LEMMA PAST[,PAST] PARTICIPLE[,PARTICIPLE] [third=FORM] [gerund=FORM]
//   plover CAMEO-PREFIX CATEGORY
//   agent SECTOR WORD [WORD ...]               an agent noun of a sector (gov, mil, ...)
//   discard sentence|story WORD [WORD ...]     a phrase that leaves its sentence or story
//                                              without events
//
// SLOT is `O` (the direct object) or `PREP|PREP:O` (the object of one of the prepositions).
// A frame's LEMMA may be several, `rush|hurry`, sharing it; `at=FILE:LINE` sets the location
// reported as the rule (an imported dictionary's own line).
//
// A hyphenated word counts as the tokenizer counts it in text: "sit-in" is the three words
// "sit", "-", "in", which must stand together (FrameAst::joined). A hyphenated noun lemma
// heads at its first part, a hyphenated verb lemma at its last (docs/lexicon.md).
#include <algorithm>
#include <cctype>
#include <string>

#include "attache/tokenize.hpp"
#include "fmt/format.h"
#include "internal/frames.h"

namespace attache::internal {
namespace {

struct Word {
  std::string_view text;  // into the source
  int column = 0;         // 1-based byte column
};

std::vector<Word> SplitLine(std::string_view line) {
  std::vector<Word> out;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    if (i >= line.size() || line[i] == '#') break;
    std::size_t j = i;
    while (j < line.size() && line[j] != ' ' && line[j] != '\t') ++j;
    out.push_back({line.substr(i, j - i), static_cast<int>(i) + 1});
    i = j;
  }
  return out;
}

bool IsLexWord(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w) {
    const auto u = static_cast<unsigned char>(c);
    if (!(std::islower(u) || c == '\'' || c == '-' || u >= 0x80)) return false;
  }
  return true;
}

// A word of an agent or discard phrase: a lexicon word, or one with digits and dots too
// ("2014", "u.s.").
bool IsPhraseWord(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w) {
    const auto u = static_cast<unsigned char>(c);
    if (!(std::islower(u) || std::isdigit(u) || c == '\'' || c == '-' || c == '.' || u >= 0x80)) {
      return false;
    }
  }
  return true;
}

std::vector<std::string> Split(std::string_view s, char sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      out.emplace_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

// "person|country": a bit per EntityType; nullopt if a name is no type.
std::optional<std::uint8_t> EntityTypes(std::string_view list) {
  std::uint8_t bits = 0;
  for (std::size_t i = 0; i <= list.size();) {
    const std::size_t bar = std::min(list.find('|', i), list.size());
    std::string name(list.substr(i, bar - i));
    for (char& c : name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    const std::optional<EntityType> type = ParseEntityType(name);
    if (!type) return std::nullopt;
    bits |= static_cast<std::uint8_t>(1u << static_cast<unsigned>(*type));
    i = bar + 1;
  }
  return bits;
}

// The lemma a statement without a frame names for clause structure: a hyphenated verb's
// last part, which carries its inflections ("re-elect": "elect").
std::string VerbHead(std::string_view lemma) { return LexiconWordTokens(lemma).back(); }

class LineParser {
 public:
  LineParser(const DataSource& source, int line, std::vector<Word> words,
             std::vector<DataError>* errors)
      : source_(source), line_(line), words_(std::move(words)), errors_(errors) {}

  void Parse(LexiconAst* out) {
    const std::string_view kind = words_[0].text;
    if (kind == "verb" || kind == "noun") return Frame(out, kind == "noun");
    if (kind == "verbs") return Verbs(out);
    if (kind == "irregular") return Irregular(out);
    if (kind == "plover") return Plover(out);
    if (kind == "agent") return Agent(out);
    if (kind == "discard") return Discard(out);
    Error(words_[0], "unknown statement (verb, noun, verbs, irregular, plover, agent or discard)");
  }

 private:
  // Reports the line's first error only: later ones usually follow from it.
  void Error(const Word& w, std::string message) {
    if (!failed_)
      errors_->push_back({source_.name, line_, w.column, std::move(message), std::string(w.text)});
    failed_ = true;
  }

  void Frame(LexiconAst* out, bool noun) {
    FrameAst f;
    f.file = source_.name;
    f.line = line_;
    f.noun = noun;
    std::size_t i = 1;
    for (; i < words_.size() && words_[i].text != "->"; ++i) PhrasePart(words_[i], &f);
    if (f.head.empty()) return Error(words_[0], "a frame needs a lemma");
    if (i == words_.size()) {
      if (noun) return Error(words_.back(), "a noun frame needs '-> PREDICATE cameo=CODE'");
      if (!f.words.empty() || f.slot != SlotKind::kNone) {
        return Error(words_.back(), "a frame with words or a slot needs '-> PREDICATE'");
      }
      if (!failed_) out->verbs.emplace_back(VerbHead(f.head), fmt::format("{}:{}", f.file, f.line));
      return;
    }
    if (++i == words_.size()) return Error(words_.back(), "missing predicate after '->'");
    f.predicate = words_[i].text;
    for (++i; i < words_.size(); ++i) Attribute(words_[i], &f);
    if (f.cameo.empty()) Error(words_[0], "a frame needs cameo=CODE");
    if (f.reverse && (f.slot == SlotKind::kNone || f.symmetric)) {
      Error(words_[0], "a reverse frame needs a slot and is not symmetric");
    }
    if (f.agentless != Sector::kNone && (f.slot != SlotKind::kDirect || f.noun)) {
      Error(words_[0], "agentless= needs a verb frame with the slot O");
    }
    if (f.domestic && (f.symmetric || f.reverse)) {
      Error(words_[0], "a domestic frame is neither symmetric nor reverse");
    }
    if (f.complement != 0 && (f.slot != SlotKind::kDirect || f.noun)) {
      Error(words_[0], "complement= needs a verb frame with the slot O");
    }
    if (!failed_) AddSplit(std::move(f), out);
  }

  // Adds the frame with its hyphenated words split into their tokens; each hyphenated lemma
  // gets a frame of its own (sharing the rest), headed at its first part if a noun (the
  // others lead its words, the last taking the plural) or at its last part if a verb (the
  // others stand directly before it).
  void AddSplit(FrameAst f, LexiconAst* out) {
    std::vector<std::string> words;
    std::vector<std::uint8_t> joined;
    for (const std::string& w : f.words) {
      std::vector<std::string> parts = LexiconWordTokens(w);
      for (std::size_t i = 0; i < parts.size(); ++i) {
        words.push_back(std::move(parts[i]));
        joined.push_back(i > 0 ? 1 : 0);
      }
    }
    std::string written_words;
    for (const std::string& w : f.words) written_words += " " + w;
    std::vector<std::string> lemmas = {f.head};
    lemmas.insert(lemmas.end(), f.also.begin(), f.also.end());
    std::vector<std::string> whole;  // the lemmas of one token
    for (const std::string& lemma : lemmas) {
      std::vector<std::string> parts = LexiconWordTokens(lemma);
      if (parts.size() == 1) {
        whole.push_back(lemma);
        continue;
      }
      FrameAst g = f;
      g.also.clear();
      g.written = lemma + written_words;
      if (f.noun) {
        g.head = parts.front();
        g.words.assign(parts.begin() + 1, parts.end());
        g.joined.assign(parts.size() - 1, 1);
        g.plural_word = static_cast<int>(parts.size()) - 2;
        g.words.insert(g.words.end(), words.begin(), words.end());
        g.joined.insert(g.joined.end(), joined.begin(), joined.end());
      } else {
        g.head = parts.back();
        g.before.assign(parts.begin(), parts.end() - 1);
        g.words = words;
        g.joined = joined;
      }
      if (!FitsFrame(g)) return;
      out->frames.push_back(std::move(g));
    }
    if (whole.empty()) return;
    if (words.size() != f.words.size()) {
      f.written = whole.front() + written_words;
      f.words = std::move(words);
      f.joined = std::move(joined);
    }
    f.head = whole.front();
    f.also.assign(whole.begin() + 1, whole.end());
    if (FitsFrame(f)) out->frames.push_back(std::move(f));
  }

  // Frame::joined has a bit for each word after the lemma.
  bool FitsFrame(const FrameAst& f) {
    if (f.words.size() <= kMaxFrameWords) return true;
    Error(words_[0], fmt::format("a frame has at most {} words after its lemma (a hyphenated "
                                 "word counts its parts)",
                                 kMaxFrameWords));
    return false;
  }

  void PhrasePart(const Word& w, FrameAst* f) {
    if (f->slot != SlotKind::kNone) return Error(w, "the slot must be the last part of a phrase");
    if (w.text == "O") {
      if (f->head.empty()) return Error(w, "a frame starts with its lemma");
      f->slot = SlotKind::kDirect;
      return;
    }
    if (w.text.ends_with(":O")) {
      if (f->head.empty()) return Error(w, "a frame starts with its lemma");
      f->slot = SlotKind::kPrep;
      for (const std::string& p :
           Split(std::string_view(w.text).substr(0, w.text.size() - 2), '|')) {
        if (!IsLexWord(p))
          return Error(w, "a slot is O or PREP|PREP:O with lower-case prepositions");
        f->preps.push_back(p);
      }
      return;
    }
    if (f->head.empty() && w.text.find('|') != std::string::npos) {
      for (const std::string& lemma : Split(w.text, '|')) {
        if (!IsLexWord(lemma)) return Error(w, "lemmas and words are lower case");
        (f->head.empty() ? f->head : f->also.emplace_back()) = lemma;
      }
      return;
    }
    if (!IsLexWord(w.text)) return Error(w, "lemmas and words are lower case");
    if (f->head.empty()) {
      f->head = w.text;
    } else {
      f->words.emplace_back(w.text);
    }
  }

  void Attribute(const Word& w, FrameAst* f) {
    const std::string_view a = w.text;
    if (a == "symmetric" || a == "pair") {
      f->symmetric = true;
      f->pair = a == "pair";
    } else if (a == "parties") {
      f->parties = true;
    } else if (a == "places") {
      f->places = true;
    } else if (a == "reverse") {
      f->reverse = true;
    } else if (a == "domestic") {
      f->domestic = true;
    } else if (a.starts_with("agentless=")) {
      const std::string_view name = a.substr(10);
      for (const auto& [cls, sector] : kSectorClasses) {
        if (cls.substr(6) == name) f->agentless = sector;  // "agent_cop" -> "cop"
      }
      if (f->agentless == Sector::kNone) {
        Error(w,
              "agentless= takes a sector: gov, leg, mil, cop, jud, spy, opp, reb, cvl, bus, "
              "med, ref");
      }
    } else if (a == "complement=negative") {
      f->complement = kNegativeEvaluation;
    } else if (a == "complement=positive") {
      f->complement = kPositiveEvaluation;
    } else if (a == "complement=expulsion") {
      f->complement = kExpulsionStatus;
    } else if (a.starts_with("cameo=")) {
      f->cameo = a.substr(6);
      if (f->cameo.size() < 2 || f->cameo.size() > 4 ||
          f->cameo.find_first_not_of("0123456789") != std::string::npos) {
        Error(w, "cameo= takes a CAMEO code of 2 to 4 digits");
      }
    } else if (a.starts_with("plover=")) {
      f->plover = a.substr(7);
    } else if (a.starts_with("mode=")) {
      f->mode = a.substr(5);
      if (f->mode != "planned" && f->mode != "hypothetical" && f->mode != "alleged" &&
          f->mode != "fact") {
        Error(w, "mode= is planned, hypothetical, alleged or fact");
      }
    } else if (a.starts_with("at=") && a.size() > 3) {
      f->at = a.substr(3);
    } else if (a.starts_with("subject=") || a.starts_with("object=")) {
      const bool subject = a.starts_with("subject=");
      const std::optional<std::uint8_t> types = EntityTypes(a.substr(subject ? 8 : 7));
      if (!types) {
        return Error(w,
                     "subject= and object= take entity types joined by | (person, country, "
                     "organization, armed_group, media)");
      }
      (subject ? f->subject_types : f->object_types) = *types;
    } else if (a == "control=object" || a == "control=subject") {
      f->control = a == "control=object" ? Control::kObject : Control::kSubject;
    } else {
      Error(w,
            "unknown attribute (cameo=, plover=, mode=, control=, subject=, object=, at=, "
            "agentless=, symmetric, pair, reverse, parties, places, domestic, complement=)");
    }
  }

  void Verbs(LexiconAst* out) {
    if (words_.size() < 2) return Error(words_[0], "'verbs' needs at least one lemma");
    for (std::size_t i = 1; i < words_.size(); ++i) {
      if (!IsLexWord(words_[i].text)) {
        Error(words_[i], "lemmas are lower case");
        continue;
      }
      out->verbs.emplace_back(VerbHead(words_[i].text), fmt::format("{}:{}", source_.name, line_));
    }
  }

  void Irregular(LexiconAst* out) {
    if (words_.size() < 4)
      return Error(words_[0], "irregular LEMMA PAST PARTICIPLE [third=] [gerund=]");
    IrregularAst v;
    v.file = source_.name;
    v.line = line_;
    v.lemma = words_[1].text;
    v.past = Split(words_[2].text, ',');
    v.participle = Split(words_[3].text, ',');
    for (std::size_t i = 4; i < words_.size(); ++i) {
      const std::string_view a = words_[i].text;
      if (a.starts_with("third=")) {
        v.third = Split(std::string_view(a).substr(6), ',');
      } else if (a.starts_with("gerund=")) {
        v.gerund = Split(std::string_view(a).substr(7), ',');
      } else {
        Error(words_[i], "unknown attribute (third=, gerund=)");
      }
    }
    for (const Word& w : {words_[1], words_[2], words_[3]}) {
      for (const std::string& form : Split(w.text, ',')) {
        if (!IsLexWord(form)) Error(w, "verb forms are lower case");
      }
    }
    if (!failed_) out->irregulars.push_back(std::move(v));
  }

  void Plover(LexiconAst* out) {
    if (words_.size() != 3) return Error(words_[0], "plover CAMEO-PREFIX CATEGORY");
    const std::string_view prefix = words_[1].text;
    if (prefix.empty() || prefix.size() > 4 ||
        prefix.find_first_not_of("0123456789") != std::string::npos) {
      return Error(words_[1], "a CAMEO prefix is 1 to 4 digits");
    }
    out->cameo_plover.emplace_back(prefix, words_[2].text);
  }

  // The words from index `from` on, joined by spaces; false (reported) unless all are words.
  bool Phrase(std::size_t from, std::string* out) {
    if (words_.size() <= from) {
      Error(words_.back(), "missing phrase");
      return false;
    }
    for (std::size_t i = from; i < words_.size(); ++i) {
      if (!IsPhraseWord(words_[i].text)) {
        Error(words_[i], "phrase words are lower case");
        return false;
      }
      if (!out->empty()) *out += ' ';
      *out += words_[i].text;
    }
    return true;
  }

  void Agent(LexiconAst* out) {
    if (words_.size() < 3) return Error(words_[0], "agent SECTOR WORD [WORD ...]");
    AgentAst a{source_.name, line_, std::string(words_[1].text), ""};
    if (!IsLexWord(a.sector)) return Error(words_[1], "a sector is lower case: gov, mil, ...");
    if (Phrase(2, &a.phrase)) out->agents.push_back(std::move(a));
  }

  void Discard(LexiconAst* out) {
    if (words_.size() < 3 || (words_[1].text != "sentence" && words_[1].text != "story")) {
      return Error(words_[0], "discard sentence|story WORD [WORD ...]");
    }
    DiscardAst d{source_.name, line_, words_[1].text == "story", ""};
    if (Phrase(2, &d.phrase)) out->discards.push_back(std::move(d));
  }

  const DataSource& source_;
  int line_;
  std::vector<Word> words_;
  std::vector<DataError>* errors_;
  bool failed_ = false;
};

}  // namespace

void ParseLexiconFile(const DataSource& source, LexiconAst* out, std::vector<DataError>* errors) {
  std::string_view rest = source.content;
  // Most lines are frames: one allocation, not a dozen moves of every frame parsed so far.
  out->frames.reserve(out->frames.size() +
                      static_cast<std::size_t>(std::count(rest.begin(), rest.end(), '\n')));
  int line = 0;
  while (!rest.empty()) {
    const std::size_t nl = rest.find('\n');
    std::string_view text = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    ++line;
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    std::vector<Word> words = SplitLine(text);
    if (words.empty()) continue;
    LineParser(source, line, std::move(words), errors).Parse(out);
  }
}

std::vector<std::string> LexiconWordTokens(std::string_view word) {
  std::vector<std::string> out;
  if (word.find_first_of("-'") != std::string_view::npos) {
    std::vector<Token> tokens;
    const absl::StatusOr<Tokenizer>& tokenizer = Tokenizer::Default();
    if (tokenizer.ok() && tokenizer->TokenizeWords(word, &tokens).ok()) {
      for (const Token& t : tokens) out.emplace_back(word.substr(t.begin, t.end - t.begin));
    }
  }
  if (out.empty()) out.emplace_back(word);
  return out;
}

}  // namespace attache::internal
