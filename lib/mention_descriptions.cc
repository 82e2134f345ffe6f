// Mentions: descriptions of an organisation the document has named ("ECOWAS ... the
// regional bloc", "the Border Inspection Service ... the agency").
#include <array>
#include <bit>

#include "internal/gazetteer_records.h"
#include "internal/gazetteer_words.h"
#include "internal/lexicon.h"
#include "internal/limits.h"
#include "internal/mentions.h"
#include "internal/token_shape.h"

namespace attache {
namespace {

using internal::MentionWord;

// The one organisation each description has named so far.
struct Described {
  EntityIndex entity = kNoEntity;
  EntityType type = EntityType::kOrganization;
  std::uint32_t paragraph = 0;  // of its latest mention
  bool several = false;         // two organisations of the description were named
  bool unnamed = false;         // one was introduced unnamed since ("a court")
};

class DescriptionResolver {
 public:
  DescriptionResolver(const Gazetteer& g, std::string_view text, const TokenizedText& tokens,
                      std::span<const internal::CueMask> cues, const std::vector<Mention>& mentions)
      : trie_(internal::GazetteerInternals::Trie(g)),
        d_(trie_.descriptions),
        text_(text),
        tokens_(tokens),
        cues_(cues),
        mentions_(mentions) {}

  std::vector<Mention> Run() {
    std::vector<Mention> added;
    if (d_.nouns.empty()) return added;
    for (std::uint32_t si = 0; si < tokens_.sentences.size(); ++si) {
      const Sentence& s = tokens_.sentences[si];
      sentence_ = &s;
      for (std::uint32_t t = s.first_token; t < s.end_token; ++t) {
        while (next_ < mentions_.size() && mentions_[next_].first_token < t) {
          Note(mentions_[next_++]);
        }
        if (next_ > 0 && mentions_[next_ - 1].end_token > t) continue;  // inside a mention
        if (next_ < mentions_.size() && mentions_[next_].first_token == t) continue;
        // Articles are determiners: one bit test before any word lookup.
        if (!(cues_[t] & internal::CueBit(internal::Cue::kDeterminer))) continue;
        if (Word(t, MentionWord::kIndefiniteArticle)) {
          NoteUnnamed(s, t);  // "a court jailed him": "the court" may be that one
          continue;
        }
        Mention m;
        if (Word(t, MentionWord::kDefiniteArticle) && Describe(si, s, t, &m)) {
          added.push_back(m);
          t = m.end_token - 1;
        }
      }
    }
    return added;
  }

 private:
  // The descriptions mention m's organisation answers to: by its gazetteer entry, its type
  // and the head word of the name as written.
  std::uint32_t MaskOf(const Mention& m) const {
    std::uint32_t mask = d_.types[static_cast<std::size_t>(m.type)];
    if (auto it = d_.entities.find(m.entity); it != d_.entities.end()) mask |= it->second;
    if (auto it = d_.heads.find(tokens_.tokens[HeadToken(m)].key); it != d_.heads.end()) {
      mask |= it->second;
    }
    return mask;
  }

  // The word before the first lower-case word of the mention, else its last word: the rule
  // lib/gazetteer_descriptions.cc applies to the gazetteer's names at load time, here on a
  // name as written (the document's own organisations have no load time).
  std::uint32_t HeadToken(const Mention& m) const {
    for (std::uint32_t t = m.first_token + 1; t < m.end_token; ++t) {
      if (LowerWord(t)) return t - 1;
    }
    return m.end_token - 1;
  }

  void Note(const Mention& m) {
    if (!internal::Describable(m.type) || m.how == MatchKind::kPronoun ||
        m.how == MatchKind::kGroup) {
      return;
    }
    const std::uint32_t paragraph = tokens_.sentences[m.sentence].paragraph;
    for (std::uint32_t mask = MaskOf(m); mask != 0; mask &= mask - 1) {
      Described& d = seen_[static_cast<std::size_t>(std::countr_zero(mask))];
      if (d.entity != kNoEntity && d.entity != m.entity) d.several = true;
      d.entity = m.entity;
      d.type = m.type;
      d.paragraph = paragraph;
      d.unnamed = false;
    }
  }

  // An indefinite description at t ("a court", "a rights group") introduces one of its kind
  // the document does not name.
  void NoteUnnamed(const Sentence& s, std::uint32_t t) {
    std::uint32_t noun = t + 1;
    for (std::uint32_t k = 0; noun < s.end_token && !d_.nouns.contains(tokens_.tokens[noun].key);
         ++k, ++noun) {
      if (k == internal::kMaxDescriptionModifiers || !ModifierShape(noun)) return;
    }
    if (noun < s.end_token) seen_[d_.nouns.at(tokens_.tokens[noun].key)].unnamed = true;
  }

  bool Word(std::uint32_t t, MentionWord w) const {
    return trie_.IsMentionWord(w, tokens_.tokens[t].key);
  }

  bool LowerWord(std::uint32_t t) const {
    const Token& k = tokens_.tokens[t];
    return k.kind == TokenKind::kWord && (k.flags & kHasLetter) && !(k.flags & kCapitalized);
  }

  // A hyphen joining the words on either side of it inside the sentence ("15-nation").
  bool JoiningHyphen(std::uint32_t t) const {
    return internal::IsJoiningHyphen(tokens_.tokens, text_, t, sentence_->first_token,
                                     sentence_->end_token);
  }

  // A token shaped like a modifier: a number, a joining hyphen, or a lower-case word other
  // than a function word ("the credibility of the bloc" is no bloc).
  bool ModifierShape(std::uint32_t t) const {
    if (tokens_.tokens[t].kind == TokenKind::kNumber || JoiningHyphen(t)) return true;
    constexpr internal::CueMask kFunction = internal::CueBit(internal::Cue::kPreposition) |
                                            internal::CueBit(internal::Cue::kDeterminer);
    return LowerWord(t) && !(cues_[t] & kFunction) && !Word(t, MentionWord::kOrganizationLink);
  }

  // Whether token t may modify a noun of description `d`: a number, a hyphen, a word of a
  // hyphenated compound ("15-nation", "six-member"), or one of the description's own
  // modifiers ("regional", "militant"); "the rights group" is another kind of group.
  bool Modifies(std::uint32_t t, std::size_t d) const {
    if (!ModifierShape(t)) return false;
    if (tokens_.tokens[t].kind != TokenKind::kWord) return true;
    if (JoiningHyphen(t + 1) || (t > 0 && JoiningHyphen(t - 1))) return true;
    auto it = d_.modifiers.find(tokens_.tokens[t].key);
    return it != d_.modifiers.end() && (it->second >> d & 1u) != 0;
  }

  // Whether the word after the noun makes the noun a modifier or part of another phrase:
  // "the party leader", "the bloc Commission", "the agency of ...", "the Agency for ...".
  bool ClosesBadly(const Sentence& s, std::uint32_t noun) const {
    const std::uint32_t after = noun + 1;
    if (after >= s.end_token || tokens_.tokens[after].kind != TokenKind::kWord) return false;
    if ((tokens_.tokens[after].flags & kCapitalized) || Word(after, MentionWord::kOfficeLink) ||
        Word(after, MentionWord::kPersonNoun) || Word(after, MentionWord::kOrganizationHead) ||
        d_.nouns.contains(tokens_.tokens[after].key)) {
      return true;
    }
    return !LowerWord(noun) && Word(after, MentionWord::kOrganizationLink);
  }

  // The description noun after "the" at t and the modifiers it allows, or 0.
  std::uint32_t DescriptionNoun(const Sentence& s, std::uint32_t t) const {
    std::uint32_t noun = t + 1;
    while (noun < s.end_token && noun <= t + internal::kMaxDescriptionModifiers &&
           !d_.nouns.contains(tokens_.tokens[noun].key)) {
      ++noun;
    }
    if (noun >= s.end_token || !d_.nouns.contains(tokens_.tokens[noun].key)) return 0;
    if (next_ < mentions_.size() && mentions_[next_].first_token <= noun) return 0;
    const std::size_t d = d_.nouns.at(tokens_.tokens[noun].key);
    for (std::uint32_t u = t + 1; u < noun; ++u) {
      if (!Modifies(u, d)) return 0;
    }
    return ClosesBadly(s, noun) ? 0 : noun;
  }

  bool Describe(std::uint32_t si, const Sentence& s, std::uint32_t t, Mention* m) const {
    const std::uint32_t noun = DescriptionNoun(s, t);
    if (noun == 0) return false;
    const Described& d = seen_[d_.nouns.at(tokens_.tokens[noun].key)];
    if (d.entity == kNoEntity || d.several || d.unnamed ||
        s.paragraph > d.paragraph + internal::kMaxDescriptionParagraphs) {
      return false;
    }
    m->begin = tokens_.tokens[t].begin;
    m->end = tokens_.tokens[noun].end;
    m->first_token = t;
    m->end_token = noun + 1;
    m->sentence = si;
    m->entity = d.entity;
    m->type = d.type;
    m->how = MatchKind::kRole;
    m->possessive = noun + 1 < s.end_token && Word(noun + 1, MentionWord::kPossessive);
    return true;
  }

  const internal::GazetteerTrie& trie_;
  const internal::OrganizationDescriptions& d_;
  std::string_view text_;
  const TokenizedText& tokens_;
  const Sentence* sentence_ = nullptr;  // the one being read
  std::span<const internal::CueMask> cues_;
  const std::vector<Mention>& mentions_;
  std::array<Described, internal::kMaxDescriptions> seen_{};
  std::size_t next_ = 0;  // first mention at or after the current token
};

}  // namespace

void ResolveOrganizationDescriptions(const Gazetteer& gazetteer, const RuleSet& rules,
                                     std::string_view text, const TokenizedText& tokens,
                                     std::vector<Mention>* mentions) {
  internal::ResolveOrganizationDescriptions(gazetteer, text, tokens,
                                            internal::TokenCues(rules, tokens), mentions);
}

void internal::ResolveOrganizationDescriptions(const Gazetteer& gazetteer, std::string_view text,
                                               const TokenizedText& tokens,
                                               std::span<const CueMask> token_cues,
                                               std::vector<Mention>* mentions) {
  std::vector<Mention> added =
      DescriptionResolver(gazetteer, text, tokens, token_cues, *mentions).Run();
  internal::MergeSortedMentions(added, mentions);
}

}  // namespace attache
