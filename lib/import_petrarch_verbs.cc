// The PETRARCH2 CAMEO verb dictionary as event-lexicon lines (docs/importers.md): synonym
// sets, verb blocks with their inflections and patterns, each pattern a frame located at the
// dictionary's own file:line.
#include <algorithm>
#include <cctype>
#include <map>
#include <tuple>
#include <utility>

#include "absl/container/flat_hash_set.h"
#include "absl/hash/hash.h"
#include "attache/importers.hpp"
#include "fmt/format.h"
#include "internal/frames.h"
#include "internal/petrarch.h"
#include "internal/text.h"

namespace attache {
namespace {

using internal::ImportLog;

// Expansions of one pattern beyond this are skipped (a pattern with three large synonym
// sets would otherwise give tens of thousands of frames).
constexpr std::size_t kMaxFramesPerPattern = 4096;

// Predicate names and PLOVER categories from the default event lexicon: a CAMEO code's
// predicate is the one the lexicon uses most for that code (or the longest prefix of it).
struct CameoTables {
  std::map<std::string, std::string> predicate;
  std::vector<std::pair<std::string, std::string>> plover;

  CameoTables() {
    internal::LexiconAst ast;
    std::vector<DataError> ignored;
    for (const DataSource& s : DefaultDataSources()) {
      if (s.name.ends_with(".lex")) internal::ParseLexiconFile(s, &ast, &ignored);
    }
    std::map<std::string, std::map<std::string, int>> counts;
    for (const internal::FrameAst& f : ast.frames) ++counts[f.cameo][f.predicate];
    for (const auto& [code, names] : counts) {
      predicate[code] = std::max_element(names.begin(), names.end(), [](auto& a, auto& b) {
                          return a.second < b.second;
                        })->first;
    }
    plover = ast.cameo_plover;
  }

  std::string PredicateOf(const std::string& code) const {
    for (std::string c = code; !c.empty(); c.pop_back()) {
      if (auto it = predicate.find(c); it != predicate.end()) return it->second;
    }
    return "cameo-" + code;
  }

  bool HasPlover(const std::string& code) const {
    return std::any_of(plover.begin(), plover.end(),
                       [&](const auto& p) { return code.starts_with(p.first); });
  }
};

const CameoTables& Tables() {
  static const CameoTables* tables = new CameoTables();
  return *tables;
}

// A verb of the current block: its lemma and, for multi-word verbs, the words after it.
struct BlockVerb {
  std::string lemma;
  std::string after;  // "off" in +CALL_OFF
};

// "042", "042:043" or ":173" as a frame's code: `symmetric` for "X:X"; a skip reason when
// it cannot be one.
struct Code {
  std::string cameo;
  bool symmetric = false;
  std::string skip;
  bool bad = false;
};

Code ParseCode(std::string_view text) {
  Code c;
  text = internal::StripWhitespace(text);
  const std::size_t colon = text.find(':');
  std::string_view first = text.substr(0, colon);
  if (first == "---" || text.empty()) {
    c.skip = "null code [---] (blocks coding in PETRARCH; attache has no blocking frame)";
    return c;
  }
  if (first.empty()) {
    c.skip = "reverse-direction code only ([:CODE])";
    return c;
  }
  const bool digits =
      first.size() >= 2 && first.size() <= 4 &&
      std::all_of(first.begin(), first.end(), [](char d) { return d >= '0' && d <= '9'; });
  if (!digits) {
    c.bad = true;
    return c;
  }
  c.cameo = std::string(first);
  if (colon != std::string_view::npos) c.symmetric = text.substr(colon + 1) == first;
  if (!Tables().HasPlover(c.cameo)) c.skip = "CAMEO code with no PLOVER category (01x statements)";
  return c;
}

class VerbImporter {
 public:
  VerbImporter(const DataSource& source, std::vector<DataError>* errors, ImportSummary* summary)
      : source_(source), log_(source.name, errors, summary, "verb patterns") {}

  DataSource Run() {
    internal::ForEachPetrarchLine(source_.content,
                                  [&](int line, std::string_view text) { Line(line, text); });
    FlushVerbCodes();
    return {source_.name + ".lex", std::move(out_)};
  }

 private:
  void Line(int line, std::string_view text) {
    const std::string_view t = internal::StripWhitespace(text);
    const int column = static_cast<int>(t.data() - text.data()) + 1;
    if (t.starts_with("####### VERB PATTERNS")) return;
    if (t[0] == '&') {
      synset_ = std::string(t.substr(0, t.find_first_of(" \t")));
      plural_ = !synset_.ends_with("_");
      if (!plural_) synset_.pop_back();
      synsets_[synset_];
      return;
    }
    if (t[0] == '+' && !synset_.empty()) return Member(t);
    synset_.clear();
    if (t.starts_with("---")) return Block(line, column, t);
    if (t[0] == '-') return Pattern(line, column, t);
    if (t[0] == '~') return log_.Skip("transformation (~): needs event nesting");
    Verb(line, column, t);
  }

  void Member(std::string_view t) {
    std::string phrase(internal::StripWhitespace(t.substr(1)));
    const bool plural = plural_ && !phrase.ends_with("_");
    std::vector<internal::SynonymPhrase>& members = synsets_[synset_];
    const std::string spelled = internal::PetrarchPhrase(phrase);
    if (spelled.empty()) return;
    members.push_back({spelled, false});
    if (plural) members.push_back({internal::PluralOf(spelled), true});
  }

  // The block's verbs' own codes, written after its patterns so that a pattern that
  // matches is preferred (frames of equal length are tried in lexicon order).
  void FlushVerbCodes() {
    for (auto& [verb, code, line] : verb_codes_) {
      const std::vector<BlockVerb> all = std::exchange(verbs_, {verb});
      Emit({""}, "O", code, line);
      verbs_ = all;
    }
    verb_codes_.clear();
  }

  void Block(int line, int column, std::string_view t) {
    FlushVerbCodes();
    verbs_.clear();
    const std::size_t open = t.find('[');
    block_code_ = open == std::string_view::npos
                      ? "---"
                      : std::string(t.substr(open + 1, t.find(']', open) - open - 1));
    if (ParseCode(block_code_).bad) {
      log_.Error(line, column + static_cast<int>(open), "a CAMEO code is 2 to 4 digits",
                 block_code_);
      block_code_ = "---";
    }
  }

  void Verb(int line, int column, std::string_view t);
  void Irregular(const std::string& lemma, std::string_view forms);
  void Pattern(int line, int column, std::string_view t);
  void Emit(const std::vector<std::string>& words, const std::string& slot, const Code& code,
            int line);

  const DataSource& source_;
  ImportLog log_;
  std::string out_ = "# Imported from a PETRARCH2 verb dictionary (docs/importers.md)\n";
  internal::Synsets synsets_;
  std::string synset_;  // the set the following +MEMBER lines join; empty outside one
  bool plural_ = true;
  std::string block_code_ = "---";
  std::vector<BlockVerb> verbs_;
  std::vector<std::tuple<BlockVerb, Code, int>> verb_codes_;  // (verb, its code, line)
  absl::flat_hash_set<std::uint64_t> seen_;  // hashes of frames written, without location
  absl::flat_hash_set<std::string> irregular_;
};

void VerbImporter::Verb(int line, int column, std::string_view t) {
  const std::size_t brace = t.find('{');
  const std::size_t bracket = t.find('[');
  std::string_view spelling = t.substr(0, std::min({t.find_first_of(" \t"), brace, bracket}));
  std::string code_text = block_code_;
  if (bracket != std::string_view::npos) {
    code_text = std::string(t.substr(bracket + 1, t.find(']', bracket) - bracket - 1));
  }
  BlockVerb v;
  std::string lemma_spelling(spelling);
  if (spelling.find('_') != std::string_view::npos) {
    if (spelling[0] != '+') {
      log_.Skip(spelling.find('+') == std::string_view::npos
                    ? "multi-word verb without + on its verb"
                    : "multi-word verb with words before the verb (RE_+ARREST)");
      return;
    }
    const std::size_t us = spelling.find('_');
    lemma_spelling = std::string(spelling.substr(1, us - 1));
    v.after = internal::PetrarchPhrase(spelling.substr(us + 1));
  }
  v.lemma = internal::PetrarchPhrase(lemma_spelling);
  if (!internal::IsLexiconPhrase(v.lemma) || v.lemma.find(' ') != std::string::npos ||
      (!v.after.empty() && !internal::IsLexiconPhrase(v.after))) {
    log_.Error(line, column, "a verb the lexicon cannot hold (letters, ' and - only)", spelling);
    return;
  }
  if (brace != std::string_view::npos && v.after.empty()) {
    Irregular(v.lemma, t.substr(brace + 1, t.find('}', brace) - brace - 1));
  }
  for (const BlockVerb& known : verbs_) {
    if (known.lemma == v.lemma && known.after == v.after) return;
  }
  verbs_.push_back(v);
  const Code code = ParseCode(code_text);
  if (code.bad && bracket != std::string_view::npos) {
    log_.Error(line, column + static_cast<int>(bracket), "a CAMEO code is 2 to 4 digits",
               code_text);
  } else if (!code.bad && code.skip.empty()) {
    verb_codes_.emplace_back(v, code, line);
  }
}

// {GAVE GIVEN GIVING}: -ING forms are gerunds, -S forms third person, the others past and
// participle; written only where the spelling rules would miss a past form.
void VerbImporter::Irregular(const std::string& lemma, std::string_view forms) {
  std::vector<std::string> past, third, gerund;
  std::string word;
  auto take = [&] {
    std::string w = internal::PetrarchPhrase(word);
    word.clear();
    if (w.empty()) return;
    if (w.ends_with("ing")) {
      gerund.push_back(w);
    } else if (w.ends_with("s") && !w.ends_with("ss")) {
      third.push_back(w);
    } else {
      past.push_back(w);
    }
  };
  for (char c : forms) {
    if (c == ' ' || c == '\t') {
      take();
    } else {
      word += c;
    }
  }
  take();
  if (past.empty() || irregular_.contains(lemma)) return;
  const internal::VerbForms regular = internal::InflectVerb(lemma, nullptr);
  const bool missed = std::any_of(past.begin(), past.end(), [&](const std::string& p) {
    return std::find(regular.past.begin(), regular.past.end(), p) == regular.past.end() &&
           std::find(regular.participle.begin(), regular.participle.end(), p) ==
               regular.participle.end();
  });
  auto all_words = [](const std::vector<std::string>& v) {
    return std::all_of(v.begin(), v.end(), [](const std::string& w) {
      return internal::IsLexiconPhrase(w) && w.find(' ') == std::string::npos;
    });
  };
  if (!missed || !all_words(past) || !all_words(third) || !all_words(gerund)) return;
  irregular_.insert(lemma);
  auto join = [](const std::vector<std::string>& v) {
    std::string s;
    for (const std::string& w : v) s += (s.empty() ? "" : ",") + w;
    return s;
  };
  out_ += fmt::format("irregular {} {} {}", lemma, join(past), join(past));
  if (!third.empty()) out_ += " third=" + join(third);
  if (!gerund.empty()) out_ += " gerund=" + join(gerund);
  out_ += '\n';
}

// "- PRE * POST [CODE] # comment": PRE must be empty (a frame cannot check its subject's
// words); POST is mapped by MapPattern.
void VerbImporter::Pattern(int line, int column, std::string_view t) {
  log_.Read();
  const std::size_t open = t.rfind('[');
  const std::size_t star = t.find('*');
  if (open == std::string_view::npos || t.find(']', open) == std::string_view::npos) {
    log_.Error(line, column, "a pattern needs a [CODE]", t);
    return;
  }
  if (star == std::string_view::npos || star > open) {
    log_.Error(line, column, "a pattern needs a * for its verb", t);
    return;
  }
  const Code code = ParseCode(t.substr(open + 1, t.find(']', open) - open - 1));
  if (code.bad) {
    log_.Error(line, column + static_cast<int>(open), "a CAMEO code is 2 to 4 digits",
               t.substr(open));
    return;
  }
  if (!code.skip.empty()) return log_.Skip(code.skip);
  if (!internal::StripWhitespace(t.substr(1, star - 1)).empty()) {
    return log_.Skip("words before the verb (the subject's head: a parse-tree constraint)");
  }
  const internal::PatternFrames frames =
      internal::MapPattern(t.substr(star + 1, open - star - 1), synsets_, kMaxFramesPerPattern);
  if (!frames.error.empty()) {
    log_.Error(line, column + static_cast<int>(star) + 1, frames.error, t.substr(star + 1));
    return;
  }
  if (!frames.skip.empty()) return log_.Skip(frames.skip);
  if (verbs_.empty()) return log_.Skip("pattern in a block without usable verbs");
  if (frames.dropped_members > 0) {
    log_.Note("synonym members left out (digits, '/', '.')", frames.dropped_members);
  }
  if (t.substr(open).find(':') != std::string_view::npos && !code.symmetric) {
    log_.Note("reciprocal code after ':' dropped (the first code is kept)");
  }
  log_.Mapped();
  Emit(frames.words, frames.slot, code, line);
}

// One frame per word sequence: the block's one-word verbs share it; each multi-word verb
// gets its own, its particle first.
void VerbImporter::Emit(const std::vector<std::string>& words, const std::string& slot,
                        const Code& code, int line) {
  std::string heads;
  for (const BlockVerb& v : verbs_) {
    if (v.after.empty()) heads += (heads.empty() ? "" : "|") + v.lemma;
  }
  const std::string tail = fmt::format("-> {} cameo={}{}", Tables().PredicateOf(code.cameo),
                                       code.cameo, code.symmetric ? " symmetric" : "");
  const std::string at = internal::PetrarchLocation(source_.name, line);
  auto frame = [&](const std::string& head, const std::string& w) {
    if (internal::LexiconWordCount(w) > internal::kMaxFrameWords) {
      return log_.Skip(fmt::format("more than {} words after the verb", internal::kMaxFrameWords));
    }
    std::string key = fmt::format("verb {}{}{}{}{} {}", head, w.empty() ? "" : " ", w,
                                  slot.empty() ? "" : " ", slot, tail);
    if (!seen_.insert(absl::HashOf(key)).second) return log_.Note("duplicate frames not repeated");
    out_ += fmt::format("{} at={}\n", key, at);
    log_.Wrote();
  };
  for (const std::string& w : words) {
    if (!heads.empty()) frame(heads, w);
    for (const BlockVerb& v : verbs_) {
      if (!v.after.empty()) frame(v.lemma, w.empty() ? v.after : v.after + " " + w);
    }
  }
}

}  // namespace

DataSource ImportPetrarchVerbs(const DataSource& dictionary, std::vector<DataError>* errors,
                               ImportSummary* summary) {
  return VerbImporter(dictionary, errors, summary).Run();
}

}  // namespace attache
