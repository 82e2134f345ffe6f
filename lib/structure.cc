// The structure stage: verb groups of a sentence, found in one left-to-right pass from the
// tokens' structural classes and verb forms (attache/structure.hpp).
#include "internal/structure.h"

#include <cctype>
#include <optional>

#include "internal/limits.h"
#include "internal/token_shape.h"

namespace attache::internal {

SentenceTokens::SentenceTokens(const FrameTable& table, std::string_view text,
                               const TokenizedText& tokens, std::uint32_t sentence,
                               const std::vector<Mention>& mentions,
                               std::span<const std::uint32_t> class_nodes, FrameScratch* scratch)
    : table_(table),
      text_(text),
      tokens_(tokens),
      mentions_(mentions),
      info_(scratch->info),
      mention_at_(scratch->mention_at),
      implied_(scratch->implied),
      implied_sector_(scratch->implied_sector),
      document_(scratch->document) {
  const Sentence& s = tokens.sentences[sentence];
  paragraph_ = s.paragraph;
  first_ = s.first_token;
  end_ = s.end_token;
  const std::uint32_t n = end_ - first_;
  info_.resize(n);
  for (std::uint32_t i = 0; i < n; ++i) {
    info_[i] = &table.Info(i < class_nodes.size() ? class_nodes[i] : 0);
  }
  mention_at_.assign(n, -1);
  implied_.clear();
  implied_sector_.clear();
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    for (std::uint32_t t = mentions[m].first_token; t < mentions[m].end_token; ++t) {
      if (In(t)) mention_at_[t - first_] = static_cast<int>(m);
    }
  }
}

int SentenceTokens::SentenceSetting() const {
  if (setting_ != kSettingUnknown) return setting_;
  setting_ = kNoSetting;
  for (std::size_t m = 0; m < mentions_.size(); ++m) {
    const Mention& x = mentions_[m];
    const bool city = x.how == MatchKind::kCapital || x.how == MatchKind::kPlace;
    // A country after a location word ("in Kenya"), or its demonym before a place noun there
    // ("in the Kenyan town of Lamu").
    const bool located =
        x.type == EntityType::kCountry &&
        (x.how != MatchKind::kDemonym || Has(x.end_token, kPlaceNoun)) &&
        (AfterLocationMarker(x.first_token) ||
         (Has(x.first_token - 1, kDeterminer) && MentionAt(x.first_token - 1) < 0 &&
          AfterLocationMarker(x.first_token - 1)));
    const bool place = (city && document_.PlaceMaySet(x.entity)) || located;
    if (!place) continue;
    if (setting_ >= 0 && mentions_[static_cast<std::size_t>(setting_)].entity != x.entity) {
      return setting_ = kAmbiguousSetting;
    }
    setting_ = static_cast<int>(m);
  }
  return setting_;
}

bool SentenceTokens::AfterLocationMarker(std::uint32_t first) const {
  std::uint32_t t = first;
  for (std::size_t k = 0; k <= kMaxPlaceModifiers && t > first_; ++k) {
    --t;
    if (Has(t, kLocationMarker)) return true;
    const bool participle = IsLower(t) && MentionAt(t) < 0 && (Info(t).forms & kFormParticiple);
    if (!IsPlainWord(t) && !Has(t, kAdverb) && !IsJoiningHyphen(t) && !participle) return false;
  }
  return false;
}

int SentenceTokens::ImpliedAgent(std::uint32_t noun, int place) const {
  const Mention* where =
      place >= 0 ? &mention(place) : EarlierOwner(document_, Key(noun), noun, paragraph_);
  // A domestic agent acts where its sentence is set, whoever's the same noun was before:
  // "Ugandan police arrested X. ... In Nairobi, police detained Y" (Kenya's police).
  if (place < 0 && where != nullptr && Has(noun, kDomesticAgent)) {
    const int setting = SentenceSetting();
    if (setting >= 0) where = &mentions_[static_cast<std::size_t>(setting)];
  }
  if (where == nullptr) {
    if (Has(noun, kPremisesNoun)) return -1;  // "the embassy" where the story is set: anyone's
    const int setting = SentenceSetting();
    if (setting >= 0) {
      where = &mentions_[static_cast<std::size_t>(setting)];
    } else if (setting == kNoSetting && document_.setting && Has(noun, kDomesticAgent)) {
      where = &*document_.setting;
    } else {
      return -1;
    }
  }
  return AddImplied(*where, noun, Info(noun).sector);
}

bool SentenceTokens::HasEarlierOwner(std::uint32_t noun) const {
  return EarlierOwner(document_, Key(noun), noun, paragraph_) != nullptr;
}

bool SentenceTokens::SetInStoryOnly() const {
  return document_.setting && SentenceSetting() == kNoSetting;
}

int SentenceTokens::ImpliedPeople(std::uint32_t noun) const {
  return ImpliedAuthority(noun, {}, Sector::kCvl);
}

int SentenceTokens::ImpliedAuthority(std::uint32_t token, std::span<const int> patients,
                                     Sector sector) const {
  const int setting = SentenceSetting();
  if (setting >= 0) {
    const Mention& place = mentions_[static_cast<std::size_t>(setting)];
    return place.type == EntityType::kCountry ? AddImplied(place, token, sector) : -1;
  }
  // The story's country, for a sentence that names no other but the patients'.
  if (setting != kNoSetting || !document_.setting) return -1;
  const Mention& story = *document_.setting;
  if (NamesOtherCountry(story.entity, patients)) return -1;
  return AddImplied(story, token, sector);
}

bool SentenceTokens::NamesOtherCountry(EntityIndex country, std::span<const int> except) const {
  for (std::size_t m = 0; m < mentions_.size(); ++m) {
    const Mention& x = mentions_[m];
    if (x.type != EntityType::kCountry || x.entity == country) continue;
    if (std::find(except.begin(), except.end(), static_cast<int>(m)) != except.end()) continue;
    const bool city = x.how == MatchKind::kCapital || x.how == MatchKind::kPlace;
    if (!city || document_.PlaceMaySet(x.entity)) return true;
  }
  return false;
}

int SentenceTokens::ImpliedGovernment(std::uint32_t token, int actor) const {
  const Mention& of = mention(actor);
  if (of.type != EntityType::kCountry) return -1;
  const Mention copy = of;  // AddImplied may add to the vector `of` lives in
  return AddImplied(copy, token, Sector::kGov);
}

int SentenceTokens::AddImplied(const Mention& where, std::uint32_t token, Sector sector) const {
  // Two per token at most (a crowd noun's people and government): the vectors never grow
  // past what was reserved, so references to implied mentions stay valid.
  const std::size_t capacity = 2 * static_cast<std::size_t>(end_ - first_);
  if (implied_.empty()) {
    implied_.reserve(capacity);
    implied_sector_.reserve(capacity);
  }
  if (implied_.size() == capacity) return -1;
  Mention x = where;
  x.begin = tokens_.tokens[token].begin;
  x.end = tokens_.tokens[token].end;
  x.first_token = token;
  x.end_token = token + 1;
  x.how = MatchKind::kName;
  x.possessive = false;
  implied_.push_back(x);
  implied_sector_.push_back(sector);
  return static_cast<int>(mentions_.size() + implied_.size() - 1);
}

bool SentenceTokens::IsLower(std::uint32_t t) const {
  const Token& tok = tokens_.tokens[t];
  return tok.kind == TokenKind::kWord && (tok.flags & kCapitalized) == 0;
}

bool SentenceTokens::IsJoiningHyphen(std::uint32_t t) const {
  return internal::IsJoiningHyphen(tokens_.tokens, text_, t, first_, end_);
}

bool SentenceTokens::IsPluralDemonym(int m) const {
  const Mention& x = mention(m);
  return x.how == MatchKind::kDemonym && x.plural;
}

bool SentenceTokens::IsPunct(std::uint32_t t, char c) const {
  return In(t) && IsPunctMark(tokens_.tokens[t], text_, c);
}

namespace {

// The nearest token left of t that is not an adverb or negation, or first - 1.
std::int64_t LeftContext(const SentenceTokens& s, std::uint32_t t) {
  std::int64_t p = static_cast<std::int64_t>(t) - 1;
  while (s.In(p) && s.MentionAt(static_cast<std::uint32_t>(p)) < 0 &&
         s.Has(static_cast<std::uint32_t>(p), kAdverb | kNegationWord)) {
    --p;
  }
  return p;
}

// The first token of the word that ends at t: a lower-case prefix joined by a hyphen is
// part of it ("re-imposed", "co-sponsored", "so-called"), as the lexicon reads hyphenated
// verbs (docs/lexicon.md).
std::uint32_t WordStart(const SentenceTokens& s, std::uint32_t t) {
  while (t >= 2 && s.IsJoiningHyphen(t - 1) && s.IsLower(t - 2) && s.MentionAt(t - 2) < 0) t -= 2;
  return t;
}

// The token opening the aside that `close` (a ',' or ')') ends, if within kMaxAside tokens
// and no clause opens inside it.
std::optional<std::uint32_t> AsideOpening(const SentenceTokens& s, std::uint32_t close) {
  const bool paren = s.IsPunct(close, ')');
  for (std::int64_t q = static_cast<std::int64_t>(close) - 1, k = 0; s.In(q) && k < kMaxAside;
       --q, ++k) {
    const auto u = static_cast<std::uint32_t>(q);
    if (paren ? s.IsPunct(u, '(') : s.IsPunct(u, ',')) return u;
    if (s.Has(u, kRelativeWord | kSubordinator) || s.Info(u).verb != kNoLemma) break;
  }
  return std::nullopt;
}

// "Tamim (R), the ruler of Qatar, meets": an actor before one or two asides.
bool ActorBeforeAsides(const SentenceTokens& s, std::uint32_t close) {
  for (int asides = 0; asides < kMaxAsidesBeforeVerb; ++asides) {
    if (!s.IsPunct(close, ',') && !s.IsPunct(close, ')')) return false;
    const std::optional<std::uint32_t> open = AsideOpening(s, close);
    if (!open || !s.In(static_cast<std::int64_t>(*open) - 1)) return false;
    if (s.IsActor(s.MentionAt(*open - 1))) return true;
    close = *open - 1;
  }
  return false;
}

// Whether a left context lets a finite verb follow: a subject (an actor, a pronoun, an
// agent noun, possibly followed by asides) or a relative word.
bool SubjectBefore(const SentenceTokens& s, std::int64_t p) {
  if (!s.In(p)) return false;
  const auto t = static_cast<std::uint32_t>(p);
  if (s.IsActor(s.MentionAt(t))) return true;
  return s.Has(t, kAgentNoun | kRelativeWord) || ActorBeforeAsides(s, t);
}

// Whether "have" at t is an auxiliary: a participle or a form of "be" follows it, past
// adverbs and negation ("has visited", "had not been"); otherwise it is the verb itself
// ("had talks with", "had a phone call with").
bool HaveIsAuxiliary(const SentenceTokens& s, std::uint32_t t) {
  std::uint32_t n = t + 1;
  while (s.In(n) && s.Has(n, kAdverb | kNegationWord)) ++n;
  if (!s.In(n)) return true;
  return s.Has(n, kAuxBe | kAuxHave) || (s.Info(n).forms & kFormParticiple) != 0;
}

// Whether most of the sentence's words are capitalised: a title-case headline ("Kenya
// Expels Ugandan Envoy"), whose verbs are capitalised too.
bool TitleCase(const SentenceTokens& s) {
  std::uint32_t words = 0, capitalised = 0;
  for (std::uint32_t t = s.first(); t < s.end(); ++t) {
    if (!s.IsWord(t)) continue;
    ++words;
    if (!s.IsLower(t)) ++capitalised;
  }
  return 2 * capitalised > words;
}

// Whether the capitalised word at t is part of a name or title rather than a verb ("the
// Uganda Charge d'Affaires", "the Border Force"): it follows a word or a comma, not the
// sentence's start, a colon or a quote, in a sentence that is no title-case headline
// (`title_case`, computed on first need).
bool CapitalisedInsideSentence(const SentenceTokens& s, std::uint32_t t,
                               std::optional<bool>* title_case) {
  if (t == s.first() || s.IsLower(t) || !(s.IsWord(t - 1) || s.IsPunct(t - 1, ','))) {
    return false;
  }
  if (!title_case->has_value()) *title_case = TitleCase(s);
  return !**title_case;
}

// Whether the verb form at t is used as a verb here (not "the visit", "Iran's talks").
bool IsVerbUse(const SentenceTokens& s, std::uint32_t t, const std::vector<VerbGroup>& before,
               std::optional<bool>* title_case) {
  const WordInfo& info = s.Info(t);
  if (info.verb == kNoLemma || s.MentionAt(t) >= 0 || !s.IsWord(t)) return false;
  if (CapitalisedInsideSentence(s, t, title_case)) return false;
  if (info.flags & (kAuxBe | kAuxDo | kModal)) return false;  // part of a group
  if ((info.flags & kAuxHave) && HaveIsAuxiliary(s, t)) return false;
  const std::uint32_t start = WordStart(s, t);
  const std::int64_t raw = static_cast<std::int64_t>(start) - 1;
  if (s.In(raw)) {
    const auto r = static_cast<std::uint32_t>(raw);
    if (s.IsPossessive(r) || (s.Has(r, kDeterminer) && s.MentionAt(r) < 0)) return false;
    // "the Israeli strike", "Kenyan riot police", "its visit": after a demonym or a
    // possessive pronoun, a noun; a plural demonym is a people, whose verb may follow
    // ("Kenyans protested").
    const int m = s.MentionAt(r);
    if (m >= 0 && ((s.mention(m).how == MatchKind::kDemonym && !s.IsPluralDemonym(m)) ||
                   (s.mention(m).how == MatchKind::kPronoun && s.mention(m).possessive))) {
      return false;
    }
    if (s.Has(r, kPreposition) && !s.Has(r, kInfinitiveMarker)) {
      return (info.forms & kFormGerund) != 0;  // "after meeting", "of supplying"
    }
  }
  const VerbFormMask forms = info.forms;
  // The last part of a hyphenated word is a verb only after an auxiliary or a subject
  // ("were re-imposed", "the EU co-hosts"); otherwise the word modifies a noun
  // ("well-known judges", "a rebel-held town", "Russian-backed forces").
  const bool compound = t > s.first() && s.IsJoiningHyphen(t - 1);
  if (!compound && (forms & (kFormGerund | kFormPast | kFormParticiple))) return true;
  // "US sanctions on Iran": a present form that is also an event noun, before a
  // preposition, is the noun.
  if ((forms & kFormThird) && info.noun != kNoLemma && s.Has(t + 1, kPreposition) &&
      !s.Has(t + 1, kInfinitiveMarker)) {
    return false;
  }
  const std::int64_t p = LeftContext(s, start);
  if (!s.In(p)) return false;
  const auto q = static_cast<std::uint32_t>(p);
  // "sending Moscow shells": after an actor that is itself an object (of a verb or a
  // preposition), a present-tense form is a noun.
  if (const int m = s.MentionAt(q); m >= 0) {
    const std::uint32_t b = s.mention(m).first_token;
    if (s.In(static_cast<std::int64_t>(b) - 1) &&
        (s.Info(b - 1).verb != kNoLemma || s.Has(b - 1, kPreposition))) {
      return false;
    }
  }
  if (compound && s.Has(q, kAuxBe | kAuxHave | kAuxDo | kModal | kInfinitiveMarker)) return true;
  if (forms & kFormBase) {
    if (s.Has(q, kInfinitiveMarker | kModal | kAuxDo)) return true;
    if (s.Has(q, kCoordinatorWord) && !before.empty()) return true;
  }
  return SubjectBefore(s, p);
}

// The kind of clause a finite group starting at `first` heads, from the word that opens
// it, left of its subject: "which"/"who" (relative), "that" after a verb or noun
// (complement), "after"/"because" (subordinate), a report verb ("said Uganda expelled").
ClauseKind FiniteClauseKind(const SentenceTokens& s, std::uint32_t first) {
  std::int64_t p = static_cast<std::int64_t>(first) - 1;
  for (int k = 0; k < kClauseOpenerReach && s.In(p); ++k, --p) {
    const auto t = static_cast<std::uint32_t>(p);
    const int m = s.MentionAt(t);
    if (m >= 0) {
      p = s.mention(m).first_token;
      continue;
    }
    if (s.Has(t, kDeterminer | kAgentNoun | kPossessiveMarker | kNumberWord | kAdverb) ||
        (s.IsLower(t) && s.Flags(t) == 0 && s.Info(t).verb == kNoLemma)) {
      continue;
    }
    if (s.Has(t, kRelativeWord)) {
      // A relative word right before the verb is its subject ("which supplied"); "that"
      // before a subject opens a complement ("said that Iran supplied"), "which"/"who" an
      // object relative ("the drones which Iran supplied").
      const bool subject_relative = t + 1 == first;
      return subject_relative || !s.Has(t, kDeterminer) ? ClauseKind::kRelative
                                                        : ClauseKind::kComplement;
    }
    if (s.Has(t, kSubordinator)) return ClauseKind::kSubordinate;
    if (s.Has(t, kReportVerbWord)) return ClauseKind::kComplement;
    return ClauseKind::kMain;
  }
  return ClauseKind::kMain;
}

VerbGroup BuildGroup(const SentenceTokens& s, std::uint32_t head) {
  VerbGroup g;
  g.head = head;
  g.end_token = head + 1;
  g.lemma = s.Info(head).verb;
  g.form = s.Info(head).forms;
  bool be = false, have = false, aux_do = false, to = false;
  std::uint32_t q = WordStart(s, head);
  while (s.In(static_cast<std::int64_t>(q) - 1) && s.MentionAt(q - 1) < 0) {
    const StructureFlags f = s.Flags(q - 1);
    if (f & kNegationWord) {
      g.negated = true;
    } else if (f & kAuxBe) {
      be = true;
    } else if (f & kAuxHave) {
      have = true;
    } else if (f & kAuxDo) {
      aux_do = true;
    } else if (f & kModal) {
      g.modal = true;
    } else if (f & kInfinitiveMarker) {
      to = (g.form & kFormBase) != 0;
      if (to) --q;
      break;
    } else if (!(f & kAdverb)) {
      break;
    }
    --q;
  }
  g.first_token = q;
  const bool participle = (g.form & kFormParticiple) != 0;
  const bool reduced =
      !be && !have && participle && s.Has(head + 1, kAgentMarkerWord) && !(g.form & kFormThird);
  if ((be && participle && !(g.form == kFormGerund)) || reduced) g.voice = Voice::kPassive;
  const bool gerund_only = (g.form & ~kFormGerund) == 0;
  g.finite = !to && !reduced && !(gerund_only && !be) &&
             (be || have || aux_do || g.modal || (g.form & (kFormPast | kFormThird | kFormBase)));
  if (to) {
    g.clause = ClauseKind::kInfinitive;
  } else if (!g.finite) {
    g.clause = ClauseKind::kParticiple;
  } else {
    g.clause = FiniteClauseKind(s, q);
  }
  return g;
}

// Whether nothing between the end of group `e` and token p opens another clause.
bool NoClauseBetween(const SentenceTokens& s, const VerbGroup& e, std::int64_t p) {
  for (std::int64_t k = e.end_token; k < p; ++k) {
    const auto t = static_cast<std::uint32_t>(k);
    if (s.Has(t, kSubordinator | kRelativeWord | kReportVerbWord) || s.IsPunct(t, ';')) {
      return false;
    }
  }
  return true;
}

// "visited Russia and hosted Putin": the earlier group whose subject this one shares: the
// one before it; but a finite group after an infinitive or participle shares the subject
// of the latest main-clause group opening with the same auxiliary, when no clause opens in
// between ("has said his party is ready to help them, and has accused France").
int SharedSubject(const SentenceTokens& s, const VerbGroup& g,
                  const std::vector<VerbGroup>& before) {
  const std::int64_t p = static_cast<std::int64_t>(g.first_token) - 1;
  if (!s.Has(static_cast<std::uint32_t>(p), kCoordinatorWord) || before.empty()) return -1;
  if (g.finite && !before.back().finite &&
      s.Has(g.first_token, kAuxBe | kAuxHave | kAuxDo | kModal)) {
    for (std::size_t i = before.size() - 1; i-- > 0;) {
      const VerbGroup& e = before[i];
      if (e.finite && e.clause == ClauseKind::kMain &&
          s.Key(e.first_token) == s.Key(g.first_token)) {
        if (NoClauseBetween(s, e, p)) return static_cast<int>(i);
        break;
      }
    }
  }
  return NoClauseBetween(s, before.back(), p) ? static_cast<int>(before.size()) - 1 : -1;
}

}  // namespace

void AnalyzeStructure(const SentenceTokens& s, SentenceStructure* out) {
  out->verbs.clear();
  std::optional<bool> title_case;
  for (std::uint32_t t = s.first(); t < s.end(); ++t) {
    if (!IsVerbUse(s, t, out->verbs, &title_case)) continue;
    VerbGroup g = BuildGroup(s, t);
    g.shares_subject_with = SharedSubject(s, g, out->verbs);
    out->verbs.push_back(g);
  }
}

}  // namespace attache::internal
