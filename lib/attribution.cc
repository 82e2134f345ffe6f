// Attribution: polarity, modality, the claim's owner and its deniers, read off the words
// around each rule match. Vocabulary comes from word classes in the rule files.
#include "attache/attribution.hpp"

#include <algorithm>
#include <array>

#include "internal/attribution.h"
#include "internal/limits.h"
#include "internal/quotes.h"
#include "internal/rules.h"

namespace attache {

internal::AttributionLexicon::AttributionLexicon(const RuleSet& rules) {
  for (std::size_t c = 0; c < kClassCount; ++c) {
    classes[c] = internal::RuleSetInternals::Classes(rules).Find(internal::kCueClassNames[c]);
  }
}

namespace {

using Lexicon = internal::AttributionLexicon;
using internal::Cue;
using internal::CueMask;
using internal::ParagraphQuotes;
using internal::QuoteMark;
using internal::QuoteMarkOf;

class SentenceView {
 public:
  SentenceView(const RuleSet& rules, const Lexicon& lex, std::span<const CueMask> token_cues,
               std::string_view text, const TokenizedText& tokens,
               const std::vector<Mention>& mentions)
      : rules_(rules),
        lex_(lex),
        text_(text),
        tokens_(tokens),
        mentions_(mentions),
        token_cues_(token_cues),
        mention_at_(tokens.tokens.size(), kNone) {
    if (token_cues_.empty()) masks_.assign(tokens.tokens.size(), kUnknown);
    for (std::uint32_t i = 0; i < mentions.size(); ++i) {
      for (std::uint32_t t = mentions[i].first_token; t < mentions[i].end_token; ++t) {
        mention_at_[t] = i;  // the last one starting at or before t, as a search would
      }
    }
  }

  // Whether `token` is a one-word entry of the cue's class. Without the tokens' cues given,
  // the attribution classes are looked up once per token, all together.
  bool Is(Cue cue, std::uint32_t token) const {
    const auto bit = static_cast<unsigned>(cue);
    if (!token_cues_.empty()) return (token_cues_[token] >> bit) & 1u;
    std::uint64_t& mask = masks_[token];
    if (mask == kUnknown)
      mask = internal::RuleSetInternals::ClassMask(rules_, lex_.classes, tokens_.tokens[token].key);
    return (mask >> bit) & 1u;
  }

  // The tokens of sentence `s` that can introduce a speaker (a quote or report verb, or
  // source marker: "according"), and its denying verbs, ascending. Computed once per sentence.
  const std::vector<std::uint32_t>& SpeakerCues(const Sentence& s) const {
    ListCues(s);
    return speaker_cues_;
  }
  const std::vector<std::uint32_t>& DenyCues(const Sentence& s) const {
    ListCues(s);
    return deny_cues_;
  }

  // The first token of sentence `s` that begins at or after `byte` (a byte within `s`), or
  // the token after the sentence.
  std::uint32_t TokenAt(std::uint32_t byte, const Sentence& s) const {
    const Token* first = tokens_.tokens.data() + s.first_token;
    const Token* it = std::lower_bound(first, tokens_.tokens.data() + s.end_token, byte,
                                       [](const Token& t, std::uint32_t b) { return t.begin < b; });
    return static_cast<std::uint32_t>(it - tokens_.tokens.data());
  }

  // The mention covering `token` (the last of those sharing a span), or nullptr.
  const Mention* MentionAt(std::uint32_t token) const {
    if (token >= mention_at_.size() || mention_at_[token] == kNone) return nullptr;
    return &mentions_[mention_at_[token]];
  }

  bool IsActor(const Mention* m) const { return m != nullptr && m->type != EntityType::kMedia; }

  // Nearest actor mention ending within `window` tokens before `token` (same sentence).
  const Mention* ActorBefore(std::uint32_t token, std::uint32_t first, int window,
                             bool allow_media = false) const {
    for (int k = 1; k <= window && token >= first + static_cast<std::uint32_t>(k); ++k) {
      const Mention* m = MentionAt(token - static_cast<std::uint32_t>(k));
      if (m != nullptr && (allow_media || IsActor(m))) return m;
    }
    return nullptr;
  }

  const Mention* ActorAfter(std::uint32_t token, std::uint32_t end, int window,
                            bool allow_media = false) const {
    for (int k = 1; k <= window && token + static_cast<std::uint32_t>(k) < end; ++k) {
      const Mention* m = MentionAt(token + static_cast<std::uint32_t>(k));
      if (m != nullptr && (allow_media || IsActor(m))) return m;
    }
    return nullptr;
  }

  const Mention* FirstActor(std::uint32_t first, std::uint32_t end) const {
    for (std::uint32_t t = first; t < end; ++t) {
      const Mention* m = MentionAt(t);
      if (IsActor(m)) return m;
    }
    return nullptr;
  }

  bool IsComma(std::uint32_t token) const {
    const Token& t = tokens_.tokens[token];
    return t.end - t.begin == 1 && text_[t.begin] == ',';
  }

  bool IsQuote(std::uint32_t token) const {
    const Token& t = tokens_.tokens[token];
    const QuoteMark q = QuoteMarkOf(text_.substr(t.begin, t.end - t.begin));
    return q != QuoteMark::kNone && q != QuoteMark::kLeftSingle;
  }

  const TokenizedText& tokens() const { return tokens_; }

 private:
  const RuleSet& rules_;
  const Lexicon& lex_;
  std::string_view text_;
  const TokenizedText& tokens_;
  const std::vector<Mention>& mentions_;
  static constexpr std::uint64_t kUnknown = ~std::uint64_t{0};  // never a real mask: 10 bits
  static constexpr std::uint32_t kNone = 0xffffffffu;
  void ListCues(const Sentence& s) const {
    if (cues_listed_for_ == s.first_token) return;
    cues_listed_for_ = s.first_token;
    speaker_cues_.clear();
    deny_cues_.clear();
    for (std::uint32_t t = s.first_token; t < s.end_token; ++t) {
      if (Is(Cue::kQuote, t) || Is(Cue::kReport, t) || Is(Cue::kSourceMarker, t)) {
        speaker_cues_.push_back(t);
      }
      if (Is(Cue::kDeny, t)) deny_cues_.push_back(t);
    }
  }

  std::span<const CueMask> token_cues_;            // given, or empty
  mutable std::vector<std::uint64_t> masks_;       // without token_cues_: per token, on first use
  std::vector<std::uint32_t> mention_at_;          // per token: index of its mention, or kNone
  mutable std::uint32_t cues_listed_for_ = kNone;  // first token of the listed sentence
  mutable std::vector<std::uint32_t> speaker_cues_, deny_cues_;
};

Argument ArgOf(const Mention& m) { return {m.entity, {m.begin, m.end}}; }

// "X said", "said X", "according to X", "X quoted Y as saying": the speaker, if any,
// outside [span_first, span_end).
std::uint32_t WindowBegin(const Sentence& s, std::uint32_t first) {
  return first > s.first_token + internal::kAttributionCueWindow
             ? first - internal::kAttributionCueWindow
             : s.first_token;
}
std::uint32_t WindowEnd(const Sentence& s, std::uint32_t end) {
  return std::min(s.end_token, end + internal::kAttributionCueWindow);
}

const Mention* Speaker(const SentenceView& v, const Sentence& s, std::uint32_t span_first,
                       std::uint32_t span_end) {
  const std::vector<std::uint32_t>& cues = v.SpeakerCues(s);
  const std::uint32_t end = WindowEnd(s, span_end);
  for (auto it = std::lower_bound(cues.begin(), cues.end(), WindowBegin(s, span_first));
       it != cues.end() && *it < end; ++it) {
    const std::uint32_t t = *it;
    if ((t >= span_first && t < span_end) || v.MentionAt(t) != nullptr) continue;  // "States"
    if (v.Is(Cue::kSourceMarker, t) && t + 1 < s.end_token && v.Is(Cue::kSourceLink, t + 1)) {
      if (const Mention* m =
              v.ActorAfter(t + 1, s.end_token, internal::kSourceAfterAccordingTo, true))
        return m;
    }
    if (v.Is(Cue::kQuote, t)) {
      if (const Mention* m = v.ActorAfter(t, s.end_token, internal::kSpeakerAfterQuoteVerb))
        return m;
    }
    if (v.Is(Cue::kReport, t)) {
      // "X said, while Y did Z": a comma between a preceding report verb and the match
      // closes the reported clause.
      if (t < span_first) {
        bool comma_between = false;
        for (std::uint32_t k = t + 1; k < span_first; ++k) comma_between |= v.IsComma(k);
        if (comma_between) continue;
      }
      auto outside = [&](const Mention* m) {
        return m != nullptr && (m->end_token <= span_first || m->first_token >= span_end);
      };
      // "Raisi said ...", "..., Raisi said": the actor just before the verb.
      const Mention* before = v.ActorBefore(t, s.first_token, internal::kSpeakerBeforeReportVerb);
      if (outside(before)) return before;
      // "..., said Kallas" / "... ” said Kallas": the actor just after, when the verb
      // follows a comma or quote.
      if (t > s.first_token && (v.IsComma(t - 1) || v.IsQuote(t - 1))) {
        const Mention* after = v.ActorAfter(t, s.end_token, internal::kSpeakerAfterReportVerb);
        bool clause_end =
            after != nullptr && (after->end_token >= s.end_token ||
                                 v.tokens().tokens[after->end_token].kind == TokenKind::kPunct);
        if (clause_end && outside(after)) return after;
      }
    }
  }
  return nullptr;
}

// "X accused Y of ...", "..., accusing Y of ...", "X allegations that ...", "allegations by X":
// the accusation word must stand just before the match.
const Mention* Accuser(const SentenceView& v, const Sentence& s, std::uint32_t span_first) {
  const std::uint32_t stop = span_first >= s.first_token + internal::kAccusationBeforeMatch
                                 ? span_first - internal::kAccusationBeforeMatch
                                 : s.first_token;
  for (std::uint32_t t = span_first; t-- > stop;) {
    if (v.Is(Cue::kAccuse, t)) {
      bool participle = t > s.first_token && v.IsComma(t - 1);
      if (participle) return v.FirstActor(s.first_token, t);
      if (const Mention* m = v.ActorBefore(t, s.first_token, internal::kAccuserBeforeAccusingVerb))
        return m;
      if (t > s.first_token && v.Is(Cue::kAgentMarker, t - 1)) continue;
      return v.FirstActor(s.first_token, t);
    }
    if (v.Is(Cue::kAllegation, t)) {
      if (const Mention* m =
              v.ActorBefore(t, s.first_token, internal::kAccuserBeforeAllegationNoun))
        return m;
      if (t + 1 < span_first && v.Is(Cue::kAgentMarker, t + 1)) {
        if (const Mention* m = v.ActorAfter(t + 1, s.end_token, internal::kAccuserAfterAgentMarker))
          return m;
      }
    }
  }
  return nullptr;
}

// Deniers: "X denied/rejected [allegations] that <match>" before it, "which X denies" after.
// A denial after the claim denies that claim only when it points back to it: "which Tehran
// denies", "something Minsk has denied", "a claim Iran rejected", "..., Iran denied it",
// "Iran denies the allegations" — not "while Brazil rejected the proposal".
bool RefersBack(const SentenceView& v, const Sentence& s, std::uint32_t deny) {
  const auto& tk = v.tokens().tokens;
  const std::uint32_t from = deny > s.first_token + internal::kDenialBackrefBefore
                                 ? deny - internal::kDenialBackrefBefore
                                 : s.first_token;
  for (std::uint32_t k = from; k < deny; ++k) {
    if (v.Is(Cue::kDenialBackref, k)) return true;
  }
  std::uint32_t next = deny + 1;
  if (next >= s.end_token || tk[next].kind == TokenKind::kPunct) return true;
  if (v.Is(Cue::kDenialObject, next)) return true;
  for (std::uint32_t k = next; k < std::min(s.end_token, next + internal::kDenialAllegationAfter);
       ++k) {
    if (v.Is(Cue::kAllegation, k)) return true;
  }
  return false;
}

void Deniers(const SentenceView& v, const Sentence& s, std::uint32_t span_first,
             std::uint32_t trigger, std::uint32_t span_end, std::vector<Argument>* out) {
  auto add = [&](const Mention* m) {
    if (m == nullptr) return;
    for (const Argument& a : *out) {
      if (a.entity == m->entity) return;
    }
    out->push_back(ArgOf(*m));
  };
  const std::vector<std::uint32_t>& cues = v.DenyCues(s);
  const std::uint32_t end = WindowEnd(s, span_end);
  for (auto it = std::lower_bound(cues.begin(), cues.end(), WindowBegin(s, span_first));
       it != cues.end() && *it < end; ++it) {
    const std::uint32_t t = *it;
    if (t >= trigger && t < span_end) continue;
    if (t >= span_end && !RefersBack(v, s, t)) continue;  // "while Brazil rejected the plan"
    add(v.ActorBefore(t, s.first_token, internal::kDenierBeforeDenial));
  }
}

// The speaker of a quotation (internal::QuoteSpeaker()): any mention but a place or a
// news medium.
const Mention* QuoteSpeaker(const SentenceView& v, const TokenizedText& tokens,
                            std::pair<std::uint32_t, std::uint32_t> quote) {
  return internal::QuoteSpeaker(
      quote, static_cast<std::uint32_t>(tokens.tokens.size()),
      [&](std::uint32_t t) { return v.Is(Cue::kReport, t); },
      [&](std::uint32_t t) { return v.Is(Cue::kDeterminer, t); },
      [&](std::uint32_t t) -> const Mention* {
        const Mention* m = v.MentionAt(t);
        return v.IsActor(m) && m->how != MatchKind::kPlace ? m : nullptr;
      });
}

// "The US accused Iran of sending drones. Tehran denied it.": a sentence that opens with an
// actor who denies marks that actor's alleged triples in the sentence before as denied.
void DeniedInNextSentence(const SentenceView& v, const TokenizedText& tokens,
                          const std::vector<RuleMatch>& matches, std::vector<Triple>* out,
                          std::size_t first_triple) {
  for (std::size_t i = 0; i < matches.size(); ++i) {
    Triple& t = (*out)[first_triple + i];
    const std::uint32_t next = matches[i].sentence + 1;
    if (!t.attributed_to || next >= tokens.sentences.size()) continue;
    const Sentence& s = tokens.sentences[next];
    if (s.paragraph != tokens.sentences[next - 1].paragraph &&
        s.paragraph != tokens.sentences[next - 1].paragraph + 1) {
      continue;
    }
    for (std::uint32_t k = s.first_token;
         k < std::min(s.end_token, s.first_token + internal::kDenialAtNextSentenceStart); ++k) {
      if (!v.Is(Cue::kDeny, k)) continue;
      const Mention* denier = v.ActorBefore(k, s.first_token, internal::kDenierBeforeDenial);
      if (denier == nullptr || denier->entity != t.subject.entity) break;
      bool known = false;
      for (const Argument& d : t.denied_by) known |= d.entity == denier->entity;
      if (!known) t.denied_by.push_back(ArgOf(*denier));
      t.modality = Modality::kAlleged;
      break;
    }
  }
}

bool AnyInRange(const SentenceView& v, Cue cue, std::uint32_t from, std::uint32_t to) {
  for (std::uint32_t t = from; t < to; ++t) {
    if (v.Is(cue, t)) return true;
  }
  return false;
}

}  // namespace

void AttributeMatches(const RuleSet& rules, std::string_view text, const TokenizedText& tokens,
                      const std::vector<Mention>& mentions, const std::vector<RuleMatch>& matches,
                      std::vector<Triple>* out) {
  internal::AttributeMatches(internal::AttributionLexicon(rules), rules, {}, text, tokens, mentions,
                             matches, out);
}

void internal::AttributeMatches(const AttributionLexicon& lex, const RuleSet& rules,
                                std::span<const CueMask> token_cues, std::string_view text,
                                const TokenizedText& tokens, const std::vector<Mention>& mentions,
                                const std::vector<RuleMatch>& matches, std::vector<Triple>* out) {
  if (matches.empty()) return;
  SentenceView v(rules, lex, token_cues, text, tokens, mentions);
  ParagraphQuotes quotes(text, tokens);
  const std::size_t first_triple = out->size();
  out->reserve(first_triple + matches.size());
  for (const RuleMatch& m : matches) {
    const Sentence& s = tokens.sentences[m.sentence];
    const RuleInfo& info = rules.rule(m.rule);
    std::uint32_t span_first = v.TokenAt(m.span.begin, s);
    std::uint32_t span_end = v.TokenAt(m.span.end, s);
    std::uint32_t trigger =
        m.trigger.end > m.trigger.begin ? v.TokenAt(m.trigger.begin, s) : span_first;
    std::uint32_t subject_end = v.TokenAt(m.subject.span.end, s);
    Triple t;
    t.subject = m.subject;
    t.object = m.object;
    t.predicate = m.predicate;
    t.item = m.item;
    t.cameo = info.cameo;
    t.plover = info.plover;
    t.modality = info.modality;
    // Negation between the subject and the trigger, or just before the trigger.
    std::uint32_t neg_from = std::min(subject_end, trigger);
    std::uint32_t near_from = trigger >= s.first_token + internal::kNegationBeforeTrigger
                                  ? trigger - internal::kNegationBeforeTrigger
                                  : s.first_token;
    if (m.negated) {
      t.polarity = *m.negated ? Polarity::kNegated : Polarity::kAsserted;
    } else if (AnyInRange(v, Cue::kNegation, std::min(neg_from, near_from), trigger) ||
               (span_first >= s.first_token + 1 && v.Is(Cue::kNegation, span_first - 1))) {
      t.polarity = Polarity::kNegated;
    }
    if (t.modality == Modality::kFact) {
      const std::uint32_t from = near_from > s.first_token ? near_from - 1 : s.first_token;
      bool infinitive = trigger > s.first_token && v.Is(Cue::kInfinitiveMarker, trigger - 1);
      if (AnyInRange(v, Cue::kHypothetical, from, trigger)) {
        t.modality = Modality::kHypothetical;
      } else if (infinitive || AnyInRange(v, Cue::kPlanned, from, trigger)) {
        t.modality = Modality::kPlanned;
      }
    }
    if (const Mention* accuser = Accuser(v, s, span_first)) {
      t.attributed_to = ArgOf(*accuser);
      t.modality = Modality::kAlleged;
    } else if (const Mention* speaker = Speaker(v, s, span_first, span_end)) {
      t.attributed_to = ArgOf(*speaker);
    }
    for (const auto& quote : quotes.Of(m.sentence)) {  // quoted speech belongs to its speaker
      if (span_first >= quote.first && span_end <= quote.second) {
        if (const Mention* speaker = QuoteSpeaker(v, tokens, quote)) {
          t.attributed_to = ArgOf(*speaker);
        }
      }
    }
    Deniers(v, s, span_first, trigger, span_end, &t.denied_by);
    if (!t.denied_by.empty() && t.modality == Modality::kFact) t.modality = Modality::kAlleged;
    Evidence e;
    e.sentence = {s.begin, s.end};
    e.trigger = m.trigger;
    e.rule = m.rule;
    e.subject = m.subject;
    e.object = m.object;
    t.evidence.push_back(e);
    out->push_back(std::move(t));
  }
  DeniedInNextSentence(v, tokens, matches, out, first_triple);
}

}  // namespace attache
