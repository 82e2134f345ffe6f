// Verb and noun inflection by regular English spelling rules. Irregular verbs, and regular
// ones whose final consonant doubles under stress ("expel", "commit"), are listed in the
// lexicon's `irregular` statements instead.
#include <string>

#include "internal/frames.h"

namespace attache::internal {
namespace {

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

bool EndsWith(std::string_view s, std::string_view suffix) { return s.ends_with(suffix); }

// "plan", "stop", "ban": one vowel group, ending consonant-vowel-consonant (not w, x, y).
bool DoublesFinalConsonant(std::string_view w) {
  if (w.size() < 3) return false;
  const char last = w.back(), mid = w[w.size() - 2], before = w[w.size() - 3];
  if (IsVowel(last) || last == 'w' || last == 'x' || last == 'y' || !IsVowel(mid) ||
      IsVowel(before)) {
    return false;
  }
  int groups = 0;
  bool in_vowels = false;
  for (char c : w) {
    const bool v = IsVowel(c);
    if (v && !in_vowels) ++groups;
    in_vowels = v;
  }
  return groups == 1;
}

bool ConsonantY(std::string_view w) {
  return w.size() >= 2 && w.back() == 'y' && !IsVowel(w[w.size() - 2]);
}

std::string Third(std::string_view w) {
  std::string s(w);
  if (ConsonantY(w)) return s.substr(0, s.size() - 1) + "ies";
  if (EndsWith(w, "s") || EndsWith(w, "x") || EndsWith(w, "z") || EndsWith(w, "ch") ||
      EndsWith(w, "sh") || (EndsWith(w, "o") && w.size() >= 2 && !IsVowel(w[w.size() - 2]))) {
    return s + "es";
  }
  return s + "s";
}

std::string Past(std::string_view w) {
  std::string s(w);
  if (EndsWith(w, "e")) return s + "d";
  if (ConsonantY(w)) return s.substr(0, s.size() - 1) + "ied";
  if (DoublesFinalConsonant(w)) return s + s.back() + "ed";
  return s + "ed";
}

std::string Gerund(std::string_view w) {
  std::string s(w);
  if (EndsWith(w, "ie")) return s.substr(0, s.size() - 2) + "ying";
  if (EndsWith(w, "e") && !EndsWith(w, "ee") && !EndsWith(w, "oe") && !EndsWith(w, "ye") &&
      w.size() > 2) {
    return s.substr(0, s.size() - 1) + "ing";
  }
  if (DoublesFinalConsonant(w)) return s + s.back() + "ing";
  return s + "ing";
}

}  // namespace

VerbForms InflectVerb(std::string_view lemma, const IrregularAst* irregular) {
  VerbForms f;
  f.base = {std::string(lemma)};
  const bool has = irregular != nullptr;
  f.third = has && !irregular->third.empty() ? irregular->third : std::vector{Third(lemma)};
  f.past = has ? irregular->past : std::vector{Past(lemma)};
  f.participle = has ? irregular->participle : std::vector{Past(lemma)};
  f.gerund = has && !irregular->gerund.empty() ? irregular->gerund : std::vector{Gerund(lemma)};
  if (has && irregular->gerund.empty() && !irregular->past.empty()) {
    // A doubled consonant in the past ("expelled") doubles in the gerund too ("expelling").
    const std::string& past = irregular->past.front();
    const std::string doubled = std::string(lemma) + lemma.back() + "ed";
    if (past == doubled) f.gerund = {std::string(lemma) + lemma.back() + "ing"};
  }
  return f;
}

std::string PluralOf(std::string_view noun) { return Third(noun); }

}  // namespace attache::internal
