// Internal: the mention stage's entry points that read precomputed token lookups.
#ifndef ATTACHE_LIB_INTERNAL_MENTIONS_H_
#define ATTACHE_LIB_INTERNAL_MENTIONS_H_

#include <memory>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "attache/gazetteer.hpp"
#include "attache/mentions.hpp"
#include "attache/tokenize.hpp"
#include "internal/lexicon.h"
#include "internal/limits.h"

namespace attache::internal {

// FindMentions()'s working memory: the per-document tables of the mention stage, kept
// between documents so that their buffers keep their capacity. Not thread-safe; one per
// thread.
class MentionScratch {
 public:
  MentionScratch();
  MentionScratch(MentionScratch&&) noexcept;
  MentionScratch& operator=(MentionScratch&&) noexcept;
  ~MentionScratch();

  // Frees buffers grown past a typical document's size.
  void ReleaseIfLarge();

  struct Impl;

 private:
  friend void FindMentions(const Gazetteer&, std::string_view, const TokenizedText&,
                           std::span<const std::uint32_t>, const MentionOptions&, MentionScratch*,
                           std::vector<Mention>*, std::vector<LocalEntity>*);
  std::unique_ptr<Impl> impl_;
};

// attache::FindMentions() given each token's gazetteer word number
// (GazetteerTrie::WordOf, or TokenLookups::words).
void FindMentions(const Gazetteer& gazetteer, std::string_view text, const TokenizedText& tokens,
                  std::span<const std::uint32_t> words, const MentionOptions& options,
                  MentionScratch* scratch, std::vector<Mention>* out,
                  std::vector<LocalEntity>* locals = nullptr);

// What `person` holds an office of during `dates`, else at any time: the one entity whose
// `role` (any role when kNoRole) they hold, a country when `countries_only`; kNoEntity
// when that is not one entity.
EntityIndex OfficeOf(const Gazetteer& g, EntityIndex person, RoleId role, DateRange dates,
                     bool countries_only);

// Merges `added` (in token order) into `mentions`, sorted by first token and stable: at
// equal first tokens, the mentions already there come first.
void MergeSortedMentions(const std::vector<Mention>& added, std::vector<Mention>* mentions);

// attache::ResolvePronouns() with the vocabulary read off each token's cues.
void ResolvePronouns(const Gazetteer& gazetteer, const TokenizedText& tokens,
                     std::span<const CueMask> token_cues, DateRange dates,
                     std::vector<Mention>* mentions);

// The country each person serves in a document: the country of an office the first mention
// of them with one was named with ("Bolivian Defense Minister Edmundo Novillo"; not the
// nationality of "Kenyan activist ..."), else, for a gazetteer person, the one country of
// their offices during `dates`; kNoEntity when not known. Built in one pass over the
// mentions; each look-up is constant time.
class CountriesServed {
 public:
  CountriesServed(const Gazetteer& g, const std::vector<Mention>& mentions, DateRange dates);
  EntityIndex Of(EntityIndex person) const;

 private:
  const Gazetteer& g_;
  DateRange dates_;
  absl::flat_hash_map<EntityIndex, EntityIndex> titled_;  // person -> country of a title
};

// "Ortega's government", "the Ortega government" (a person's mention, possessive or not,
// then a Cue::kGovernmentNoun word): adds a mention (how: role) of the country the person
// serves (CountriesServed) over the government noun; the person's mention stays, and the
// frames read the phrase as the country's. Persons of no known country add nothing.
void ResolveLeaderGovernments(const Gazetteer& gazetteer, const TokenizedText& tokens,
                              std::span<const CueMask> token_cues, DateRange dates,
                              std::vector<Mention>* mentions);

// attache::ResolveOrganizationDescriptions() ("the regional bloc"), with the cues
// preposition and determiner (words that are no modifiers) read off each token.
void ResolveOrganizationDescriptions(const Gazetteer& gazetteer, std::string_view text,
                                     const TokenizedText& tokens,
                                     std::span<const CueMask> token_cues,
                                     std::vector<Mention>* mentions);

// "we", "our" (Cue::kSpeakerPronoun) inside a quotation: the side of its speaker, found
// as the attribution stage finds it ("“...,” X said", "X said: “...”") — a country or an
// organisation itself, a person's country (their title's, else the one country of their
// offices during `dates`). Outside quotations, or for a speaker of no known side, nothing.
// Run after ResolvePronouns(), so that "he said" after a quotation has its person.
void ResolveSpeakerPronouns(const Gazetteer& gazetteer, std::string_view text,
                            const TokenizedText& tokens, std::span<const CueMask> token_cues,
                            DateRange dates, std::vector<Mention>* mentions);

// attache::ResolvePluralDescriptions() with the vocabulary read off each token's cues
// (Cue::kPluralQuantifier, kPluralPlace, kPluralPerson); `token_cues` has one per token.
void ResolvePluralDescriptions(const Gazetteer& gazetteer, const TokenizedText& tokens,
                               std::span<const CueMask> token_cues, DateRange date,
                               std::vector<Mention>* mentions);

// attache::ApplyMentionContext() with the cues place_preposition, place_noun, place_link
// and place_modifier read off each token.
void ApplyMentionContext(std::string_view text, const TokenizedText& tokens,
                         std::span<const CueMask> token_cues, std::vector<Mention>* mentions);

// Where the document is set: the country most often named as a place (a capital or city,
// MatchKind::kPlace or kCapital), if it is named so at least kMinSettingPlaces times and
// at least twice as often as any other; the returned mention is its first such. nullopt
// otherwise.
std::optional<Mention> DocumentSetting(const std::vector<Mention>& mentions);

}  // namespace attache::internal

#endif  // ATTACHE_LIB_INTERNAL_MENTIONS_H_
