// The pipeline: tokenize -> mentions -> pronouns -> rules -> attribution -> merge.
#include "attache/extractor.hpp"

#include <algorithm>
#include <array>
#include <memory>
#include <mutex>

#include "absl/container/flat_hash_map.h"
#include "absl/container/inlined_vector.h"
#include "absl/hash/hash.h"
#include "attache/attribution.hpp"
#include "fmt/format.h"
#include "internal/agent_context.h"
#include "internal/attribution.h"
#include "internal/document_date.h"
#include "internal/lexicon.h"
#include "internal/limits.h"
#include "internal/mentions.h"
#include "internal/rules.h"
#include "internal/text.h"

namespace attache {

Entity Document::entity(const Gazetteer& gazetteer, EntityIndex index) const {
  if (index == kNoEntity) return Entity{};
  if (!IsLocalEntity(index)) return gazetteer.entity(index);
  const std::size_t i = index - kFirstLocalEntity;
  Entity e;
  e.type = EntityType::kPerson;
  if (i >= local_entities.size()) return e;
  const LocalEntity& local = local_entities[i];
  e.id = local.id;
  e.name = local.name;
  e.type = local.type;
  e.country = local.country;
  e.file = "(document)";
  return e;
}

std::string_view DateSourceName(DateSource s) {
  switch (s) {
    case DateSource::kCaller:
      return "caller";
    case DateSource::kDateline:
      return "dateline";
    case DateSource::kText:
      return "text";
    case DateSource::kInferred:
      return "inferred";
    case DateSource::kNone:
      return "none";
  }
  return "unknown";
}

namespace {

bool EndsSentence(std::string_view s) {
  while (!s.empty() && internal::IsAsciiSpace(s.back())) s.remove_suffix(1);
  for (std::string_view end : {".", "!", "?", "\"", "\u201d", "'", "\u2019", ":", ")"}) {
    if (s.ends_with(end)) return true;
  }
  return false;
}

// Sets the document's date from the caller, its dateline or a date written in it; false if
// none gives one.
bool DateDocument(const ExtractOptions& options, const internal::MonthNames& months,
                  Document* doc) {
  std::string_view text = doc->text;
  if (options.date) {
    doc->date = *options.date;
    doc->date_source = DateSource::kCaller;
  } else if (auto d = internal::FindWrittenDate(
                 text.substr(0, std::min(text.size(), internal::kDatelineBytes)), months)) {
    doc->date = *d;
    doc->date_source = DateSource::kDateline;
  } else if (auto t = internal::FindWrittenDate(text, months)) {
    doc->date = *t;
    doc->date_source = DateSource::kText;
  } else {
    return false;
  }
  doc->date_range = doc->date;
  return true;
}

// Classifies each line (paragraph) with a sentence of `matches` (in sentence order) as
// headline, caption or body; the others are left as body.
std::vector<Section> Sections(std::string_view text, const TokenizedText& tokens,
                              const std::vector<Mention>& mentions,
                              const std::vector<RuleMatch>& matches) {
  std::vector<Section> out(tokens.sentences.size(), Section::kBody);
  std::size_t mi = 0;
  std::size_t next_match = 0;
  for (std::size_t i = 0; i < tokens.sentences.size();) {
    std::size_t j = i;
    while (j < tokens.sentences.size() &&
           tokens.sentences[j].paragraph == tokens.sentences[i].paragraph) {
      ++j;
    }
    while (next_match < matches.size() && matches[next_match].sentence < i) ++next_match;
    if (next_match == matches.size() || matches[next_match].sentence >= j) {
      i = j;
      continue;
    }
    std::uint32_t begin = tokens.sentences[i].begin, end = tokens.sentences[j - 1].end;
    std::string_view line = text.substr(begin, end - begin);
    std::uint32_t first = tokens.sentences[i].first_token, last = tokens.sentences[j - 1].end_token;
    // Only a one-sentence line can be a headline; its words are counted.
    int words = 0, capitalized = 0;
    for (std::uint32_t t = first; j - i == 1 && t < last; ++t) {
      if (tokens.tokens[t].kind != TokenKind::kWord) continue;
      ++words;
      if (tokens.tokens[t].flags & kCapitalized) ++capitalized;
    }
    // A caption ends in a parenthesised credit such as "(AP)", or carries a © line.
    bool credit = false;
    if (line.ends_with(")") && last >= 3) {
      while (mi < mentions.size() && mentions[mi].end_token < last - 1) ++mi;
      credit = mi < mentions.size() && mentions[mi].end_token == last - 1 &&
               mentions[mi].type == EntityType::kMedia;
    }
    Section section = Section::kBody;
    if (credit || line.find("\u00a9") != std::string_view::npos) {
      section = Section::kCaption;
    } else if (j - i == 1 && words >= internal::kHeadlineMinWords &&
               words <= internal::kHeadlineMaxWords && !EndsSentence(line) &&
               capitalized * 2 >= words) {
      section = Section::kHeadline;
    }
    for (std::size_t k = i; k < j; ++k) out[k] = section;
    i = j;
  }
  return out;
}

std::string ExplainSentence(const Document& doc, const Gazetteer& g, const RuleSet& rules,
                            const internal::AgentContext& agents, std::uint32_t si,
                            const std::vector<RuleMatch>& matches) {
  const Sentence& s = doc.tokens.sentences[si];
  std::string out = fmt::format("sentence {} [{}, {}): {}\n  tokens:", si, s.begin, s.end,
                                std::string_view(doc.text).substr(s.begin, s.end - s.begin));
  for (std::uint32_t t = s.first_token; t < s.end_token; ++t) {
    const Token& tok = doc.tokens.tokens[t];
    out += fmt::format(" {}", std::string_view(doc.text).substr(tok.begin, tok.end - tok.begin));
  }
  out += '\n';
  for (const Mention& m : doc.mentions) {
    if (m.sentence != si) continue;
    out += fmt::format("  mention [{}, {}) '{}' -> {} ({}, by {}", m.begin, m.end,
                       std::string_view(doc.text).substr(m.begin, m.end - m.begin),
                       doc.entity(g, m.entity).id, EntityTypeName(m.type), MatchKindName(m.how));
    if (m.role != kNoRole) out += fmt::format(", role {}", g.role_name(m.role));
    if (m.role_of != kNoEntity) out += fmt::format(" of {}", g.entity(m.role_of).id);
    out += ")\n";
  }
  std::vector<Mention> sentence_mentions;
  for (const Mention& m : doc.mentions) {
    if (m.sentence == si) sentence_mentions.push_back(m);
  }
  out += internal::ExplainStructure(
      internal::RuleSetInternals::Frames(rules), internal::RuleSetInternals::Classes(rules),
      doc.text, doc.tokens, si, sentence_mentions, agents, g, doc.local_entities);
  for (const RuleMatch& m : matches) {
    if (m.sentence != si) continue;
    out += fmt::format("  fired {} ({}): {} {} {}\n", rules.rule(m.rule).name,
                       rules.rule(m.rule).location, doc.entity(g, m.subject.entity).id, m.predicate,
                       m.object ? doc.entity(g, m.object->entity).id : "-");
  }
  for (std::uint32_t r : internal::RuleSetInternals::NearMisses(rules, doc.tokens, si, matches)) {
    out += fmt::format("  near miss {} ({}): trigger present, pattern did not match\n",
                       rules.rule(r).name, rules.rule(r).location);
  }
  return out;
}

// A person holding an office on the document's date acts for a government: sector GOV
// (the offices of leaders/*.tsv and the titles of titles.tsv are all governmental), unless
// the text said otherwise. A document's own person holds the office of its title.
void SetOfficeHolderSectors(const Gazetteer& g, const Document& doc, std::vector<Triple>* triples) {
  auto set = [&](Argument& a) {
    if (a.sector != Sector::kNone) return;
    if (IsLocalEntity(a.entity)) {
      const std::size_t local = a.entity - kFirstLocalEntity;
      if (local < doc.local_entities.size() &&
          doc.local_entities[local].type == EntityType::kPerson &&
          doc.local_entities[local].role != kNoRole) {
        a.sector = Sector::kGov;
      }
    } else if (g.type(a.entity) == EntityType::kPerson &&
               g.HoldsOfficeDuring(a.entity, doc.date_range)) {
      a.sector = Sector::kGov;
    }
  };
  for (Triple& t : *triples) {
    set(t.subject);
    if (t.object) set(*t.object);
  }
}

// The fields that make two triples the same statement.
auto StatementKey(const Triple& t) {
  auto entity_or_none = [](const std::optional<Argument>& a) { return a ? a->entity : kNoEntity; };
  return std::make_tuple(t.subject.entity, std::string_view(t.predicate), entity_or_none(t.object),
                         t.polarity, t.modality, entity_or_none(t.attributed_to),
                         std::string_view(t.item));
}

// Merges identical triples, keeping every piece of evidence but those whose trigger overlaps
// an earlier one's in the same sentence (one event read by two frames of the same words).
// Statements are found through an index of their keys (past a few), and a piece of
// evidence is compared only with the kept pieces of its own statement in its own sentence:
// linear in the number of triples but for one statement repeated within one sentence.
std::vector<Triple> Merge(std::vector<Triple> triples) {
  std::vector<Triple> out;
  out.reserve(triples.size());  // kept triples never move, so keys may view their strings
  constexpr std::size_t kScanned = 16;
  using Key = decltype(StatementKey(std::declval<const Triple&>()));
  absl::flat_hash_map<Key, std::size_t> index;
  // (kept statement, sentence start) -> the triggers of the evidence kept there.
  absl::flat_hash_map<std::pair<std::size_t, std::size_t>, absl::InlinedVector<ByteSpan, 2>>
      triggers;
  auto keep_evidence = [&](std::size_t kept_at, const Evidence& e) {
    auto& seen = triggers[{kept_at, e.sentence.begin}];
    const bool same_words = std::any_of(seen.begin(), seen.end(), [&](const ByteSpan& k) {
      return k.begin < e.trigger.end && e.trigger.begin < k.end;
    });
    if (!same_words) seen.push_back(e.trigger);
    return !same_words;
  };
  for (Triple& t : triples) {
    const Key key = StatementKey(t);
    std::size_t kept_at = out.size();
    if (out.size() <= kScanned) {
      for (std::size_t k = 0; k < out.size() && kept_at == out.size(); ++k) {
        if (StatementKey(out[k]) == key) kept_at = k;
      }
    } else {
      if (index.empty()) {
        for (std::size_t k = 0; k < out.size(); ++k) index.try_emplace(StatementKey(out[k]), k);
      }
      if (auto it = index.find(key); it != index.end()) kept_at = it->second;
    }
    if (kept_at == out.size()) {
      for (const Evidence& e : t.evidence) keep_evidence(kept_at, e);
      out.push_back(std::move(t));
      if (!index.empty()) index.try_emplace(StatementKey(out.back()), kept_at);
      continue;
    }
    Triple& kept = out[kept_at];
    for (const Evidence& e : t.evidence) {
      if (keep_evidence(kept_at, e)) kept.evidence.push_back(e);
    }
    for (const Argument& d : t.denied_by) {
      bool known = std::any_of(kept.denied_by.begin(), kept.denied_by.end(),
                               [&](const Argument& k) { return k.entity == d.entity; });
      if (!known) kept.denied_by.push_back(d);
    }
  }
  return out;
}

}  // namespace

// Working memory of one Extract() call, kept between calls so that its buffers keep their
// capacity.
struct ExtractWork {
  internal::TokenLookups lookups;
  internal::RuleScratch scratch;
  std::vector<RuleMatch> matches;
  std::vector<Mention> sentence_mentions;
  internal::MentionScratch mention_scratch;
  std::vector<std::uint8_t> discarded;  // per sentence: holds a discard phrase

  // Frees the per-document buffers an unusually large document grew, so that idle working
  // memory stays the size of a typical document's (the matcher's scratch is bounded by the
  // sentence budget).
  void ReleaseIfLarge() {
    constexpr std::size_t kKeepTokens = std::size_t{1} << 18;  // about 1.5 MB of text
    constexpr std::size_t kKeepMatches = 4096;
    // (`x = {}` would keep a vector's capacity; assigning a new object frees it.)
    if (lookups.words.capacity() > kKeepTokens) lookups = internal::TokenLookups();
    if (matches.capacity() > kKeepMatches) matches = std::vector<RuleMatch>();
    if (sentence_mentions.capacity() > kKeepMatches) sentence_mentions = std::vector<Mention>();
    if (discarded.capacity() > kKeepTokens) discarded = std::vector<std::uint8_t>();
    if (std::vector<Mention>* agents = internal::RuleSetInternals::AgentMentions(&scratch);
        agents->capacity() > kKeepMatches) {
      *agents = std::vector<Mention>();
    }
    mention_scratch.ReleaseIfLarge();
  }
};

// Idle ExtractWork objects. A call takes one (or makes one) and gives it back, so concurrent
// calls never share one; the pool keeps at most kMaxIdle, which bounds its memory.
class WorkPool {
 public:
  // An ExtractWork taken from the pool, given back when the lease ends.
  class Lease {
   public:
    Lease(WorkPool* pool, std::unique_ptr<ExtractWork> work)
        : pool_(pool), work_(std::move(work)) {}
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    ~Lease() { pool_->Give(std::move(work_)); }
    ExtractWork* operator->() const { return work_.get(); }
    ExtractWork* get() const { return work_.get(); }

   private:
    WorkPool* pool_;
    std::unique_ptr<ExtractWork> work_;
  };

  Lease Borrow() { return Lease(this, Take()); }

 private:
  std::unique_ptr<ExtractWork> Take() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (!idle_.empty()) {
        std::unique_ptr<ExtractWork> work = std::move(idle_.back());
        idle_.pop_back();
        return work;
      }
    }
    return std::make_unique<ExtractWork>();
  }

  void Give(std::unique_ptr<ExtractWork> work) {
    work->ReleaseIfLarge();
    std::lock_guard<std::mutex> lock(mutex_);
    if (idle_.size() < kMaxIdle) idle_.push_back(std::move(work));
  }

  static constexpr std::size_t kMaxIdle = 64;
  std::mutex mutex_;
  std::vector<std::unique_ptr<ExtractWork>> idle_;
};

struct Extractor::Impl {
  Tokenizer tokenizer;
  Gazetteer gazetteer;
  RuleSet rules;
  internal::AttributionLexicon attribution;  // resolved once from `rules`
  internal::Lexicon lexicon;                 // over `gazetteer` and `rules`' class table
  internal::MonthNames months;
  // Reusable working memory: not part of the Extractor's state (results never depend on it).
  std::unique_ptr<WorkPool> pool = std::make_unique<WorkPool>();
};

Extractor::Extractor(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;
Extractor::~Extractor() = default;

absl::StatusOr<Extractor> Extractor::Create() { return Create(ExtractorConfig{}); }

absl::StatusOr<Extractor> Extractor::Create(const ExtractorConfig& config,
                                            std::vector<DataError>* errors) {
  std::vector<DataSource> sources;
  if (config.include_defaults) sources = DefaultDataSources();
  sources.insert(sources.end(), config.sources.begin(), config.sources.end());
  std::string abbreviations, openers;
  for (const DataSource& s : sources) {
    if (s.name.ends_with("abbreviations.txt")) abbreviations += s.content + "\n";
    if (s.name.ends_with("sentence_openers.txt")) openers += s.content + "\n";
  }
  absl::StatusOr<Tokenizer> tokenizer = Tokenizer::Create(abbreviations, openers);
  if (!tokenizer.ok()) return tokenizer.status();
  // The gazetteer and the rules tokenize their names and phrases with the default tokenizer.
  if (!Tokenizer::Default().ok()) return Tokenizer::Default().status();
  std::vector<DataError> found;
  Gazetteer gazetteer = Gazetteer::Build(sources, &found);
  RuleSet rules = RuleSet::Build(sources, gazetteer, &found);
  internal::MonthNames months = internal::MonthNames::Build(sources, &found);
  if (errors != nullptr) errors->insert(errors->end(), found.begin(), found.end());
  if (!found.empty() && !config.allow_data_errors) {
    return absl::InvalidArgumentError(
        fmt::format("{} error(s) in data files:\n{}", found.size(), FormatErrors(found)));
  }
  internal::AttributionLexicon attribution(rules);  // class ids survive the move below
  // Numbers the class words in the gazetteer before it moves into the Extractor.
  internal::Lexicon lexicon(&gazetteer, rules);
  auto impl =
      std::make_shared<Impl>(Impl{*std::move(tokenizer), std::move(gazetteer), std::move(rules),
                                  attribution, std::move(lexicon), std::move(months)});
  return Extractor(std::move(impl));
}

const Gazetteer& Extractor::gazetteer() const { return impl_->gazetteer; }
const RuleSet& Extractor::rules() const { return impl_->rules; }
const Tokenizer& Extractor::tokenizer() const { return impl_->tokenizer; }

namespace {

// Sets the document's date (DateDocument(), else the days the office-holders it names held
// office) and finds its mentions for it: names, titles and roles, places, then (unless
// overlaps are kept) pronouns and plural descriptions. Needs work->lookups for doc->tokens.
void FindDocumentMentions(const Gazetteer& gazetteer, const internal::MonthNames& months,
                          const ExtractOptions& options, ExtractWork* work, Document* doc) {
  const internal::TokenLookups& lookups = work->lookups;
  doc->mentions.reserve(doc->tokens.tokens.size() / 16 + 8);  // news has fewer: one allocation
  MentionOptions mention_options;
  mention_options.keep_overlaps = options.keep_overlapping_mentions;
  auto find_mentions = [&](DateRange dates) {
    doc->mentions.clear();
    doc->local_entities.clear();
    mention_options.date = dates;
    internal::FindMentions(gazetteer, doc->text, doc->tokens, lookups.words, mention_options,
                           &work->mention_scratch, &doc->mentions,
                           options.keep_overlapping_mentions ? nullptr : &doc->local_entities);
  };
  if (DateDocument(options, months, doc)) {
    find_mentions(doc->date_range);
  } else {
    // Undated: the office-holders named narrow the days, then descriptions are read again.
    find_mentions(internal::UndatedRange(gazetteer));
    if (std::optional<DateRange> r = internal::InferDateRange(gazetteer, doc->mentions)) {
      doc->date_range = *r;
      doc->date_source = DateSource::kInferred;
      find_mentions(doc->date_range);
    } else {
      doc->date_range = internal::UndatedRange(gazetteer);
      doc->date_source = DateSource::kNone;
    }
  }
  internal::ApplyMentionContext(doc->text, doc->tokens, lookups.cues, &doc->mentions);
  if (!options.keep_overlapping_mentions) {
    internal::ResolveLeaderGovernments(gazetteer, doc->tokens, lookups.cues, doc->date_range,
                                       &doc->mentions);
    internal::ResolveOrganizationDescriptions(gazetteer, doc->text, doc->tokens, lookups.cues,
                                              &doc->mentions);
    internal::ResolvePronouns(gazetteer, doc->tokens, lookups.cues, doc->date_range,
                              &doc->mentions);
    internal::ResolveSpeakerPronouns(gazetteer, doc->text, doc->tokens, lookups.cues,
                                     doc->date_range, &doc->mentions);
    internal::ResolvePluralDescriptions(gazetteer, doc->tokens, lookups.cues, doc->date_range,
                                        &doc->mentions);
  }
}

// Matches `rules` (rules and frames, agent nouns read in `agents`) sentence by sentence
// into work->matches, skipping sentences with a discard phrase; a sentence over the token
// budget or the matcher's goes to doc->skipped_sentences with the reason. Nothing is
// matched when overlaps are kept.
void MatchSentences(const RuleSet& rules, const ExtractOptions& options,
                    const internal::AgentContext& agents, ExtractWork* work, Document* doc) {
  const internal::TokenLookups& lookups = work->lookups;
  std::vector<RuleMatch>& matches = work->matches;
  std::vector<Mention>& sentence_mentions = work->sentence_mentions;
  internal::RuleScratch& scratch = work->scratch;
  internal::RuleSetInternals::UseReferenceFrames(&scratch, options.reference_frames);
  internal::RuleSetInternals::SetAgentContext(&scratch, agents);
  internal::RuleSetInternals::AgentMentions(&scratch)->clear();
  matches.clear();
  internal::FindDiscards(internal::RuleSetInternals::Frames(rules),
                         internal::RuleSetInternals::Classes(rules), doc->tokens,
                         lookups.class_nodes, &work->discarded);
  std::size_t next = 0;
  for (std::uint32_t s = 0; s < doc->tokens.sentences.size(); ++s) {
    sentence_mentions.clear();
    while (next < doc->mentions.size() && doc->mentions[next].sentence == s) {
      sentence_mentions.push_back(doc->mentions[next++]);
    }
    if (options.keep_overlapping_mentions || work->discarded[s] != 0) continue;
    const Sentence& sentence = doc->tokens.sentences[s];
    if (sentence.end_token - sentence.first_token > options.max_tokens_per_sentence) {
      doc->skipped_sentences.push_back(
          {s, absl::ResourceExhaustedError(fmt::format(
                  "sentence {} at byte {} has {} tokens, over max_tokens_per_sentence ({})", s,
                  sentence.begin, sentence.end_token - sentence.first_token,
                  options.max_tokens_per_sentence))});
      continue;
    }
    if (absl::Status status =
            internal::RuleSetInternals::Match(rules, doc->text, doc->tokens, s, sentence_mentions,
                                              lookups.class_nodes, &scratch, &matches);
        !status.ok()) {
      doc->skipped_sentences.push_back({s, std::move(status)});
    }
  }
}

// Adds the agent phrases the structure stage found (how: agent) to `mentions`, which stay
// in text order. They come last so that no stage before the output reads them.
void AddAgentMentions(const std::vector<Mention>& agents, std::vector<Mention>* mentions) {
  if (agents.empty()) return;
  const std::size_t before = mentions->size();
  mentions->insert(mentions->end(), agents.begin(), agents.end());
  std::inplace_merge(
      mentions->begin(), mentions->begin() + static_cast<std::ptrdiff_t>(before), mentions->end(),
      [](const Mention& a, const Mention& b) { return a.first_token < b.first_token; });
}

}  // namespace

absl::StatusOr<Document> Extractor::Extract(std::string_view text,
                                            const ExtractOptions& options) const {
  if (text.size() > options.max_document_bytes) {
    return absl::InvalidArgumentError(
        fmt::format("document of {} bytes exceeds max_document_bytes ({})", text.size(),
                    options.max_document_bytes));
  }
  if (options.reject_invalid_utf8) {
    if (absl::Status s = ValidateUtf8(text); !s.ok()) return s;
  }
  Document doc;
  doc.text = std::string(text);
  if (absl::Status s = impl_->tokenizer.Tokenize(doc.text, &doc.tokens); !s.ok()) return s;
  const WorkPool::Lease work = impl_->pool->Borrow();
  internal::TokenLookups& lookups = work->lookups;
  impl_->lexicon.LookUp(impl_->gazetteer, doc.tokens, &lookups);
  FindDocumentMentions(impl_->gazetteer, impl_->months, options, work.get(), &doc);
  std::vector<RuleMatch>& matches = work->matches;
  const internal::AgentContext agents =
      internal::FindAgentContext(internal::RuleSetInternals::Frames(impl_->rules), doc.tokens,
                                 lookups.class_nodes, doc.mentions);
  MatchSentences(impl_->rules, options, agents, work.get(), &doc);
  std::vector<Triple> triples;
  internal::AttributeMatches(impl_->attribution, impl_->rules, lookups.cues, doc.text, doc.tokens,
                             doc.mentions, matches, &triples);
  if (!triples.empty()) {
    std::vector<Section> sections = Sections(doc.text, doc.tokens, doc.mentions, matches);
    for (std::size_t i = 0; i < triples.size(); ++i) {
      triples[i].evidence[0].section = sections[matches[i].sentence];
    }
  }
  doc.triples = Merge(std::move(triples));
  SetOfficeHolderSectors(impl_->gazetteer, doc, &doc.triples);
  if (options.explain) {
    doc.explanation = fmt::format("date {}..{} ({})\n", doc.date_range.from.ToString(),
                                  doc.date_range.to.ToString(), DateSourceName(doc.date_source));
    for (std::uint32_t s = 0; s < doc.tokens.sentences.size(); ++s) {
      doc.explanation += ExplainSentence(doc, impl_->gazetteer, impl_->rules, agents, s, matches);
    }
  }
  // Last: the explanation re-reads the sentences as the matcher saw them, without these.
  AddAgentMentions(*internal::RuleSetInternals::AgentMentions(&work->scratch), &doc.mentions);
  return doc;
}

}  // namespace attache
