// A PETRARCH2 verb pattern's part after the verb, mapped onto an event-lexicon frame: its
// words (synonym sets expanded) and its object slot.
//
//   * AID                      -> words "aid", no slot (a one-place event)
//   * (TO)                     -> slot "to:O"
//   * {PEACE PLAN} (WITH +)    -> words "peace plan", slot "with:O"
//   * CLAIM (AGAINST) +        -> words "claim", slot "against:O"
//   * +                        -> slot "O"
//   * CEASE-FIRE               -> words "cease - fire" (as the tokenizer splits the text)
#include "attache/tokenize.hpp"
#include "internal/frames.h"
#include "internal/petrarch.h"

namespace attache::internal {
namespace {

// One element after the verb: a word or synonym set (its alternatives), a target marker,
// or a preposition phrase's bounds.
struct Item {
  enum Kind { kWord, kTarget, kOpen, kClose } kind = kWord;
  std::string text;       // the PETRARCH spelling, for kWord
  bool modifier = false;  // a word of a {NOUN PHRASE} before its head: no plurals
};

// Splits on blanks; '(' and ')' become items of their own, '{' and '}' disappear (a noun
// phrase's words are matched in order anyway) once they have marked its modifiers.
std::vector<Item> Items(std::string_view post) {
  std::vector<Item> out;
  std::string word;
  std::size_t phrase_start = std::string_view::npos;  // first item of the open {...}
  auto flush = [&] {
    if (word.empty()) return;
    out.push_back({word == "+" ? Item::kTarget : Item::kWord, word});
    word.clear();
  };
  for (char c : post) {
    if (c == '{') {
      flush();
      phrase_start = out.size();
    } else if (c == '}') {
      flush();
      for (std::size_t i = phrase_start;
           i + 1 < out.size() && phrase_start != std::string_view::npos; ++i) {
        out[i].modifier = true;
      }
      phrase_start = std::string_view::npos;
    } else if (c == ' ' || c == '\t') {
      flush();
    } else if (c == '(' || c == ')') {
      flush();
      out.push_back({c == '(' ? Item::kOpen : Item::kClose, ""});
    } else {
      word += c;
    }
  }
  flush();
  return out;
}

// The alternatives of a word item: a synonym set's phrases (without plurals for a
// modifier), "BY/WITH" split, or the word.
std::vector<std::string> Alternatives(const std::string& text, const Synsets& synsets,
                                      bool* unknown_set, bool modifier = false) {
  if (text[0] == '&') {
    auto it = synsets.find(text);
    if (it == synsets.end()) {
      *unknown_set = true;
      return {};
    }
    std::vector<std::string> out;
    for (const SynonymPhrase& p : it->second) {
      if (!(modifier && p.plural)) out.push_back(p.text);
    }
    return out;
  }
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '/') {
      out.push_back(PetrarchPhrase(text.substr(start, i - start)));
      start = i + 1;
    }
  }
  return out;
}

// A lexicon phrase spelled as document text is tokenized: a hyphen is a word of its own
// ("cease-fire" is "cease - fire"), since the matcher compares a frame's words with tokens.
std::string AsTokens(std::string phrase) {
  if (phrase.find('-') == std::string::npos) return phrase;
  std::vector<Token> tokens;
  const absl::StatusOr<Tokenizer>& tokenizer = Tokenizer::Default();
  if (!tokenizer.ok() || !tokenizer->TokenizeWords(phrase, &tokens).ok()) return phrase;
  std::string out;
  for (const Token& t : tokens) {
    if (!out.empty()) out += ' ';
    out.append(phrase, t.begin, t.end - t.begin);
  }
  return out;
}

}  // namespace

std::size_t LexiconWordCount(std::string_view phrase) {
  std::size_t words = 0;
  for (std::size_t i = 0; i < phrase.size();) {
    const std::size_t end = std::min(phrase.find(' ', i), phrase.size());
    if (end > i) words += LexiconWordTokens(phrase.substr(i, end - i)).size();
    i = end + 1;
  }
  return words;
}

namespace {

// The slot a target marker or a final empty preposition phrase gives, removing its items;
// sets `skip` when the target sits where a frame cannot put its object.
std::string TakeSlot(std::vector<Item>* items, std::string* skip) {
  std::vector<Item>& v = *items;
  int targets = 0;
  for (const Item& i : v) targets += i.kind == Item::kTarget ? 1 : 0;
  const std::size_t n = v.size();
  auto prep = [&](std::size_t at) { return v[at].text; };
  if (targets > 1) {
    *skip = "more than one target (+)";
    return "";
  }
  if (targets == 0) {
    // "(TO)" at the end: its object is the target.
    if (n >= 3 && v[n - 1].kind == Item::kClose && v[n - 3].kind == Item::kOpen &&
        v[n - 2].kind == Item::kWord) {
      std::string p = prep(n - 2);
      v.resize(n - 3);
      return p;
    }
    return "";
  }
  if (n == 1) {  // "* +": the direct object
    v.clear();
    return "O";
  }
  // "(TO +)" or "(AGAINST) +" at the end.
  if (n >= 4 && v[n - 1].kind == Item::kClose && v[n - 2].kind == Item::kTarget &&
      v[n - 3].kind == Item::kWord && v[n - 4].kind == Item::kOpen) {
    std::string p = prep(n - 3);
    v.resize(n - 4);
    return p;
  }
  if (n >= 4 && v[n - 1].kind == Item::kTarget && v[n - 2].kind == Item::kClose &&
      v[n - 3].kind == Item::kWord && v[n - 4].kind == Item::kOpen) {
    std::string p = prep(n - 3);
    v.resize(n - 4);
    return p;
  }
  // "OVER MEETING OF +": the word before the target is its preposition.
  if (v[n - 1].kind == Item::kTarget && v[n - 2].kind == Item::kWord && v[n - 2].text[0] != '&') {
    std::string p = prep(n - 2);
    v.resize(n - 2);
    return p;
  }
  *skip = "target (+) where a frame cannot put its object";
  return "";
}

// "TO/TOWARD" -> "to|toward:O"; empty if a preposition is not one lexicon word.
std::string SlotText(const std::string& slot) {
  if (slot.empty() || slot == "O") return slot;
  std::string out;
  bool unknown = false;
  const std::vector<std::string> preps = Alternatives(slot, {}, &unknown);
  if (unknown || preps.empty()) return "";
  for (const std::string& p : preps) {
    if (!IsLexiconPhrase(p) || p.find(' ') != std::string::npos) return "";
    out += (out.empty() ? "" : "|") + p;
  }
  return out + ":O";
}

}  // namespace

PatternFrames MapPattern(std::string_view post, const Synsets& synsets, std::size_t max_frames) {
  PatternFrames out;
  for (char marker : {'$', '%'}) {
    if (post.find(marker) != std::string_view::npos) {
      out.skip = "source marker ($ or %) after the verb";
      return out;
    }
  }
  if (post.find('^') != std::string_view::npos) {
    out.skip = "skip marker (^)";
    return out;
  }
  std::vector<Item> items = Items(post);
  const std::string slot = TakeSlot(&items, &out.skip);
  if (!out.skip.empty()) return out;
  out.slot = SlotText(slot);
  if (!slot.empty() && out.slot.empty()) {
    out.skip = "a preposition the lexicon cannot hold";
    return out;
  }
  out.words = {""};
  for (const Item& item : items) {
    if (item.kind == Item::kTarget) {
      out.skip = "target (+) where a frame cannot put its object";
      return out;
    }
    if (item.kind != Item::kWord) continue;
    bool unknown_set = false;
    std::vector<std::string> alternatives;
    for (std::string& a : Alternatives(item.text, synsets, &unknown_set, item.modifier)) {
      if (IsLexiconPhrase(a)) {
        alternatives.push_back(AsTokens(std::move(a)));
      } else {
        ++out.dropped_members;
      }
    }
    if (unknown_set) {
      out.error = "synonym set not defined (before this line)";
      return out;
    }
    if (alternatives.empty()) {
      out.skip = "a word the lexicon cannot hold (digits, '/', '.')";
      return out;
    }
    if (out.words.size() * alternatives.size() > max_frames) {
      out.skip = "synonym expansion over the frame limit";
      return out;
    }
    std::vector<std::string> next;
    next.reserve(out.words.size() * alternatives.size());
    for (const std::string& w : out.words) {
      for (const std::string& a : alternatives) next.push_back(w.empty() ? a : w + " " + a);
    }
    out.words = std::move(next);
  }
  return out;
}

}  // namespace attache::internal
