// Gazetteer compilation: records -> entities, roles and a token-key trie of every alias.
#include "attache/gazetteer.hpp"

#include <algorithm>
#include <array>
#include <charconv>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/hash/hash.h"
#include "attache/tokenize.hpp"
#include "fmt/format.h"
#include "internal/gazetteer_records.h"
#include "internal/gazetteer_words.h"
#include "internal/text.h"

namespace attache {

// ---------------------------------------------------------------------------- names, dates

std::string_view EntityTypeName(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
      return "PERSON";
    case EntityType::kCountry:
      return "COUNTRY";
    case EntityType::kOrganization:
      return "ORGANIZATION";
    case EntityType::kArmedGroup:
      return "ARMED_GROUP";
    case EntityType::kMedia:
      return "MEDIA";
  }
  return "UNKNOWN";
}

std::optional<EntityType> ParseEntityType(std::string_view name) {
  for (int i = 0; i < kEntityTypeCount; ++i) {
    auto type = static_cast<EntityType>(i);
    if (EntityTypeName(type) == name) return type;
  }
  return std::nullopt;
}

std::string_view AliasKindName(AliasKind kind) {
  switch (kind) {
    case AliasKind::kName:
      return "name";
    case AliasKind::kAlias:
      return "alias";
    case AliasKind::kDemonym:
      return "demonym";
    case AliasKind::kCapital:
      return "capital";
    case AliasKind::kCity:
      return "city";
    case AliasKind::kTitle:
      return "title";
    case AliasKind::kHonorific:
      return "honorific";
    case AliasKind::kBlock:
      return "block";
  }
  return "unknown";
}

namespace {

bool ParseInt(std::string_view s, std::size_t digits, int* out) {
  if (s.size() != digits) return false;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

}  // namespace

std::optional<Date> Date::Parse(std::string_view text, bool round_up) {
  int year = 0, month = round_up ? 12 : 1, day = 0;
  if (!ParseInt(text.substr(0, 4), 4, &year) || year < 1) return std::nullopt;
  bool has_month = text.size() > 4;
  if (has_month && (text.size() < 7 || text[4] != '-' || !ParseInt(text.substr(5, 2), 2, &month) ||
                    month < 1 || month > 12)) {
    return std::nullopt;
  }
  bool has_day = text.size() > 7;
  if (has_day) {
    if (text.size() != 10 || text[7] != '-' || !ParseInt(text.substr(8, 2), 2, &day) || day < 1 ||
        day > DaysInMonth(year, month)) {
      return std::nullopt;
    }
  } else {
    day = round_up ? DaysInMonth(year, month) : 1;
  }
  return Date(year, month, day);
}

std::string Date::ToString() const {
  return fmt::format("{:04}-{:02}-{:02}", value / 10000, value / 100 % 100, value % 100);
}

// ---------------------------------------------------------------------------- the gazetteer

namespace {

struct RoleSpan {
  Date from, to;
  EntityIndex person;
};

std::uint32_t CaseRequirement(std::string_view surface, std::uint8_t flags) {
  (void)surface;
  if ((flags & kHasLetter) == 0) return 0;
  if ((flags & kAllUpper) && surface.size() >= 2) {
    int letters = 0;
    for (char c : surface) letters += (c >= 'A' && c <= 'Z') ? 1 : 0;
    if (letters >= 2) return 2;
  }
  return (flags & kCapitalized) ? 1 : 0;
}

// One entity, column data packed into 24 bytes; its id and name follow each other in
// Impl::strings.
struct EntityRow {
  std::uint32_t text = 0;  // offset of the id in Impl::strings; the name follows it
  std::uint16_t id_size = 0;
  std::uint16_t name_size = 0;
  EntityIndex country = kNoEntity;
  std::uint32_t roles_begin = 0;  // into Impl::roles; the next row's roles_begin ends them
  std::uint32_t line = 0;
  std::uint16_t file = 0;  // into Impl::files
  EntityType type = EntityType::kCountry;
  std::uint8_t status = 0;        // into Impl::statuses
  std::array<char, 3> code = {};  // ISO 3166-1 alpha-3 of a country, else empty
};
static_assert(sizeof(EntityRow) == 28);

bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }

// "U.S." -> "US", "UK" -> "U.K.": the other spelling of a word that is an initialism of two
// or three capitals, with or without periods; empty for any other word.
std::string OtherInitialismSpelling(std::string_view word) {
  const bool bare =
      word.size() >= 2 && word.size() <= 3 && std::all_of(word.begin(), word.end(), IsUpperAscii);
  if (bare) {
    std::string dotted;
    for (char c : word) dotted += {c, '.'};
    return dotted;
  }
  if (word.size() < 4 || word.size() > 6 || word.size() % 2 != 0) return {};
  std::string letters;
  for (std::size_t i = 0; i < word.size(); i += 2) {
    if (!IsUpperAscii(word[i]) || word[i + 1] != '.') return {};
    letters += word[i];
  }
  return letters;
}

// A name of two or more words with each initialism in it spelt the other way ("US Treasury
// Department" -> "U.S. Treasury Department"); empty if it has none or is one word.
std::string InitialismVariant(std::string_view name) {
  std::string out;
  bool changed = false, several = false;
  std::size_t i = 0;
  while (i < name.size()) {
    std::size_t end = name.find(' ', i);
    if (end == std::string_view::npos) end = name.size();
    std::string_view word = name.substr(i, end - i);
    std::string other = OtherInitialismSpelling(word);
    changed |= !other.empty();
    out += other.empty() ? std::string(word) : other;
    if (end < name.size()) {
      out += ' ';
      several = true;
    }
    i = end + 1;
  }
  return changed && several ? out : std::string();
}

template <typename T>
std::size_t VectorBytes(const std::vector<T>& v) {
  return v.capacity() * sizeof(T);
}

}  // namespace

struct Gazetteer::Impl : internal::GazetteerTrie {
  std::vector<EntityRow> rows;
  std::string strings;             // ids and names
  std::vector<EntityIndex> by_id;  // entity indices sorted by id
  std::vector<Role> roles;         // grouped by entity
  std::vector<std::string> files;  // where entities are defined
  std::vector<std::string> statuses{""};
  std::vector<std::string> role_names;
  std::vector<bool> role_resolvable;
  std::vector<bool> role_counterpart;  // per role: TITLE resolve=counterpart
  absl::flat_hash_map<RoleId, std::vector<RoleId>> role_means;
  absl::flat_hash_map<EntityIndex, RoleId> leader_office;  // per country, for "leader"
  internal::StringMap<RoleId> role_by_name;
  absl::flat_hash_map<std::pair<RoleId, EntityIndex>, std::vector<RoleSpan>> holders;
  Date horizon;  // the latest explicit role date
  // Actor codes given in the data (codes=), per entity, in the order given.
  absl::flat_hash_map<EntityIndex, std::vector<internal::CodeRecord>> codes;

  std::string_view Id(const EntityRow& r) const {
    return std::string_view(strings).substr(r.text, r.id_size);
  }

  static std::uint64_t IdHash(std::string_view id) { return absl::HashOf(id); }

  // An entity's roles: from its row's roles_begin to the next row's.
  std::span<const Role> RolesOf(EntityIndex index) const {
    if (index >= rows.size()) return {};  // a document's own entity
    const std::uint32_t end = index + 1 < rows.size() ? rows[index + 1].roles_begin
                                                      : static_cast<std::uint32_t>(roles.size());
    return {roles.data() + rows[index].roles_begin, end - rows[index].roles_begin};
  }

  RoleId InternRole(const std::string& name) {
    auto [it, inserted] = role_by_name.try_emplace(name, static_cast<RoleId>(role_names.size()));
    if (inserted) {
      role_names.push_back(name);
      role_resolvable.push_back(true);
      role_counterpart.push_back(false);
    }
    return it->second;
  }
};

Gazetteer::Gazetteer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Gazetteer::Gazetteer(Gazetteer&&) noexcept = default;
Gazetteer& Gazetteer::operator=(Gazetteer&&) noexcept = default;
Gazetteer::~Gazetteer() = default;

std::string Entity::DefinedAt() const { return fmt::format("{}:{}", file, line); }

namespace internal {

// Compiles records into a Gazetteer::Impl: entities first, then every alias into the trie,
// then Finish() packs the build-time maps into the compact, immutable layout.
class GazetteerBuilder {
 public:
  GazetteerBuilder(Gazetteer::Impl* impl, std::vector<DataError>* errors)
      : g_(impl), errors_(errors) {}

  void Error(const internal::GazetteerRecord& r, int column, std::string message,
             std::string_view text) {
    errors_->push_back(
        {std::string(r.file), r.line, column, std::move(message), std::string(text)});
  }

  void DefineEntities(const std::vector<internal::GazetteerRecord>& records) {
    by_id_.reserve(records.size());
    g_->rows.reserve(records.size());
    pending_.reserve(records.size());
    for (const auto& r : records) {
      if (r.kind != internal::RecordKind::kEntity) continue;
      if (r.id.text.size() > 0xffff || r.name.size() > 0xffff) {
        Error(r, r.id.column, "id or name longer than 65535 bytes", r.id.text.substr(0, 40));
        continue;
      }
      auto [it, inserted] =
          by_id_.try_emplace(r.id.text, static_cast<EntityIndex>(g_->rows.size()));
      if (!inserted) {
        const EntityRow& first = g_->rows[it->second];
        Error(r, r.id.column,
              fmt::format("duplicate id (first defined at {}:{}); use an ALIAS line to extend it",
                          g_->files[first.file], first.line),
              r.id.text);
        continue;
      }
      EntityRow row;
      row.text = static_cast<std::uint32_t>(g_->strings.size());
      row.id_size = static_cast<std::uint16_t>(r.id.text.size());
      row.name_size = static_cast<std::uint16_t>(r.name.size());
      g_->strings += r.id.text;
      g_->strings += r.name;
      row.type = r.type;
      row.status = static_cast<std::uint8_t>(
          Intern(r.status, 0x100, &g_->statuses, &statuses_, &last_status_));
      row.file =
          static_cast<std::uint16_t>(Intern(r.file, 0x10000, &g_->files, &files_, &last_file_));
      row.line = static_cast<std::uint32_t>(r.line);
      std::copy_n(r.iso3.begin(), std::min<std::size_t>(r.iso3.size(), 3), row.code.begin());
      g_->rows.push_back(row);
      defining_record_.push_back(&r);
    }
  }

  void AddNames(const std::vector<internal::GazetteerRecord>& records) {
    for (EntityIndex i = 0; i < g_->rows.size(); ++i) {
      const auto& r = *defining_record_[i];
      AddAlias(r, {r.name, r.id.column}, i, AliasKind::kName);
      AddLists(r, i);
      if (r.country) {
        EntityIndex c = Resolve(r, *r.country);
        if (c != kNoEntity) g_->rows[i].country = c;
      }
    }
    for (const auto& r : records) {
      if (r.kind == internal::RecordKind::kAlias) {
        auto it = by_id_.find(r.id.text);
        if (it == by_id_.end()) {
          Error(r, r.id.column, "ALIAS for an id that no file defines", r.id.text);
          continue;
        }
        AddLists(r, it->second);
      } else if (r.kind == internal::RecordKind::kTitle ||
                 r.kind == internal::RecordKind::kHonorific ||
                 r.kind == internal::RecordKind::kBlock) {
        AddWords(r);
      } else if (r.kind == internal::RecordKind::kWords) {
        AddMentionWords(r);
      }
    }
    AddDescriptions(records);
  }

  void AddDescriptions(const std::vector<internal::GazetteerRecord>& records) {
    internal::CompileDescriptions(
        records,
        [&](const internal::GazetteerRecord& r, const internal::Located& id) {
          return Resolve(r, id);
        },
        [&](std::string_view id) {
          auto it = by_id_.find(id);
          if (it == by_id_.end()) return kNoEntity;
          const EntityType type = g_->rows[it->second].type;
          return type == EntityType::kPerson || type == EntityType::kCountry ? kNoEntity
                                                                             : it->second;
        },
        [&](const internal::GazetteerRecord& r, int column, std::string message,
            std::string_view text) { Error(r, column, std::move(message), text); },
        &g_->descriptions);
  }

  // Packs roles, the id index, trie edges and entries into their final arrays.
  void Finish() {
    std::stable_sort(roles_.begin(), roles_.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::size_t next = 0;
    for (EntityIndex i = 0; i < g_->rows.size(); ++i) {
      g_->rows[i].roles_begin = static_cast<std::uint32_t>(g_->roles.size());
      for (; next < roles_.size() && roles_[next].first == i; ++next) {
        g_->roles.push_back(roles_[next].second);
      }
    }
    for (auto& [key, spans] : g_->holders) {
      std::sort(spans.begin(), spans.end(),
                [](const RoleSpan& a, const RoleSpan& b) { return a.from < b.from; });
    }
    SortIds();
    g_->edges.Build(edges_);
    GroupEntries();
    g_->strings.shrink_to_fit();
    g_->rows.shrink_to_fit();
    g_->root_children.shrink_to_fit();
    std::vector<std::uint32_t>& firsts = g_->title_first_words;
    std::sort(firsts.begin(), firsts.end());
    firsts.erase(std::unique(firsts.begin(), firsts.end()), firsts.end());
    firsts.shrink_to_fit();
    for (std::uint32_t word : firsts) g_->title_first_filter |= std::uint64_t{1} << (word & 63);
  }

 private:
  // by_id: entity indices ordered by (IdHash(id), index).
  void SortIds() {
    std::vector<std::pair<std::uint64_t, EntityIndex>> keyed(g_->rows.size());
    for (EntityIndex i = 0; i < g_->rows.size(); ++i) {
      keyed[i] = {Gazetteer::Impl::IdHash(g_->Id(g_->rows[i])), i};
    }
    std::sort(keyed.begin(), keyed.end());
    g_->by_id.resize(keyed.size());
    for (std::size_t i = 0; i < keyed.size(); ++i) g_->by_id[i] = keyed[i].second;
  }

  // Entries grouped by node (a counting sort), in the order they were added, without
  // repeats of the same (entity, kind, role, case) at a node.
  void GroupEntries() {
    std::vector<std::uint32_t>& begin = g_->entries_begin;
    begin.assign(node_count_ + 1, 0);
    for (const auto& [node, entry] : pending_) ++begin[node + 1];
    for (GazetteerNode n = 0; n < node_count_; ++n) begin[n + 1] += begin[n];
    std::vector<AliasEntry> grouped(pending_.size());
    std::vector<std::uint32_t> fill(begin.begin(), begin.end() - 1);
    for (const auto& [node, entry] : pending_) grouped[fill[node]++] = entry;
    pending_ = {};
    auto same = [](const AliasEntry& a, const AliasEntry& b) {
      return a.entity == b.entity && a.kind == b.kind && a.role == b.role &&
             a.case_mask == b.case_mask;
    };
    g_->entries.clear();
    g_->entries.reserve(grouped.size());
    for (GazetteerNode n = 0; n < node_count_; ++n) {
      const auto first = static_cast<std::uint32_t>(g_->entries.size());
      const bool small = begin[n + 1] - begin[n] <= 16;
      for (std::uint32_t k = begin[n]; k < begin[n + 1]; ++k) {
        const AliasEntry& e = grouped[k];
        bool repeat = false;
        if (small) {
          for (std::uint32_t j = first; j < g_->entries.size() && !repeat; ++j) {
            repeat = same(g_->entries[j], e);
          }
        } else {
          repeat = !seen_at_node_.insert({e.entity, e.kind, e.role, e.case_mask}).second;
        }
        if (!repeat) g_->entries.push_back(e);
      }
      seen_at_node_.clear();
      begin[n] = first;
    }
    begin[node_count_] = static_cast<std::uint32_t>(g_->entries.size());
    g_->entries.shrink_to_fit();
  }

  // The last value interned into a table, with its number: consecutive rows mostly share
  // their file and status.
  struct Interned {
    std::string_view text;
    std::uint32_t number = 0;
    bool valid = false;
  };

  // The number of `text` in `table`, added if new; 0 (the first value) once the table holds
  // `limit` values.
  static std::uint32_t Intern(std::string_view text, std::uint32_t limit,
                              std::vector<std::string>* table,
                              internal::StringMap<std::uint32_t>* index, Interned* last) {
    if (last->valid && last->text == text) return last->number;
    std::uint32_t number = 0;
    if (auto it = index->find(text); it != index->end()) {
      number = it->second;
    } else if (table->size() < limit) {
      number = static_cast<std::uint32_t>(table->size());
      table->emplace_back(text);
      index->emplace(std::string(text), number);
    }
    *last = {text, number, true};
    return number;
  }

  EntityIndex Resolve(const internal::GazetteerRecord& r, const internal::Located& ref) {
    auto it = by_id_.find(ref.text);
    if (it != by_id_.end()) return it->second;
    Error(r, ref.column, "unknown entity id", ref.text);
    return kNoEntity;
  }

  // The child of `node` for token `key`, created if absent.
  GazetteerNode ChildOrNew(GazetteerNode node, std::uint64_t key) {
    auto [token, new_token] =
        g_->tokens.try_emplace(key, static_cast<std::uint32_t>(g_->tokens.size()));
    if (new_token) g_->root_children.push_back(0);
    if (node == kGazetteerRoot) {
      GazetteerNode& child = g_->root_children[token->second];
      if (child == 0) child = node_count_++;
      return child;
    }
    auto [edge, inserted] = edges_.try_emplace(internal::EdgeTable::Pack(node, token->second), 0);
    if (inserted) edge->second = node_count_++;
    return edge->second;
  }

  // Adds `surface` to the trie; returns false if it has no tokens. A title of two or more
  // words has its first word listed in title_first_words. Requires Tokenizer::Default().ok().
  bool AddToTrie(std::string_view surface, AliasEntry entry) {
    if (!Tokenizer::Default()->TokenizeWords(surface, &scratch_).ok()) return false;
    GazetteerNode node = kGazetteerRoot;
    int count = 0;
    std::uint64_t first_key = 0;
    for (const Token& t : scratch_) {
      std::string_view text = surface.substr(t.begin, t.end - t.begin);
      if (text == "-") continue;  // hyphens are transparent: "Al-Thani" == "Al Thani"
      node = ChildOrNew(node, t.key);
      if (count == 0) first_key = t.key;
      if (count < 16) entry.case_mask |= CaseRequirement(text, t.flags) << (2 * count);
      ++count;
    }
    if (count == 0) return false;
    if (entry.kind == AliasKind::kTitle && count >= 2) {
      g_->title_first_words.push_back(g_->WordOf(first_key));
    }
    entry.token_count = static_cast<std::uint8_t>(std::min(count, 255));
    pending_.push_back({node, entry});
    return true;
  }

  void AddAlias(const internal::GazetteerRecord& r, const internal::Located& alias,
                EntityIndex entity, AliasKind kind) {
    AliasEntry entry;
    entry.entity = entity;
    entry.kind = kind;
    entry.plural = kind == AliasKind::kDemonym && alias.plural;
    if (!AddToTrie(alias.text, entry)) Error(r, alias.column, "alias has no words", alias.text);
    if (kind != AliasKind::kName && kind != AliasKind::kAlias) return;
    if (std::string variant = InitialismVariant(alias.text); !variant.empty()) {
      AddToTrie(variant, entry);
    }
  }

  void AddLists(const internal::GazetteerRecord& r, EntityIndex entity) {
    if (r.leader) g_->leader_office[entity] = g_->InternRole(r.leader->text);
    for (const auto& a : r.aliases) AddAlias(r, a, entity, AliasKind::kAlias);
    for (const auto& a : r.demonyms) AddAlias(r, a, entity, AliasKind::kDemonym);
    for (const auto& a : r.capitals) AddAlias(r, a, entity, AliasKind::kCapital);
    for (const auto& a : r.cities) AddAlias(r, a, entity, AliasKind::kCity);
    for (const auto& a : r.short_forms) {
      if (r.type != EntityType::kPerson) {
        Error(r, a.column, "only a PERSON has short forms", a.text);
        continue;
      }
      g_->short_forms[entity].push_back(NormalizedKey(a.text));
    }
    if (!r.codes.empty()) {
      std::vector<internal::CodeRecord>& codes = g_->codes[entity];
      codes.insert(codes.end(), r.codes.begin(), r.codes.end());
    }
    for (const auto& role : r.roles) {
      EntityIndex of = Resolve(r, role.of);
      if (of == kNoEntity) continue;
      Role added{g_->InternRole(role.role.text), of, role.from, role.to};
      roles_.push_back({entity, added});
      g_->holders[{added.role, of}].push_back({added.from, added.to, entity});
      g_->horizon = std::max(g_->horizon, added.from);
      if (added.to != Role{}.to) g_->horizon = std::max(g_->horizon, added.to);
    }
  }

  // A WORDS line (its id checked by the parser): adds its words to those of its id.
  void AddMentionWords(const internal::GazetteerRecord& r) {
    const auto* id =
        std::find(internal::kMentionWordIds.begin(), internal::kMentionWordIds.end(), r.id.text);
    if (id == internal::kMentionWordIds.end()) return;
    const std::uint32_t bit = 1u << static_cast<unsigned>(id - internal::kMentionWordIds.begin());
    std::vector<std::uint32_t>& bits = g_->mention_word_bits;
    for (const auto& w : r.words) {
      auto [token, new_token] = g_->tokens.try_emplace(
          NormalizedKey(w.text), static_cast<std::uint32_t>(g_->tokens.size()));
      if (new_token) g_->root_children.push_back(0);  // no alias begins with it (yet)
      if (token->second >= bits.size()) bits.resize(token->second + 1, 0);
      bits[token->second] |= bit;
    }
  }

  void AddWords(const internal::GazetteerRecord& r) {
    bool title = r.kind == internal::RecordKind::kTitle;
    RoleId role = title ? g_->InternRole(r.id.text) : kNoRole;
    if (title) {
      g_->role_resolvable[role] = r.resolve;
      g_->role_counterpart[role] = r.counterpart;
      std::vector<RoleId> means;
      for (const auto& m : r.means) means.push_back(g_->InternRole(m.text));
      g_->role_means[role] = std::move(means);
    }
    for (const auto& w : r.words) {
      AliasEntry entry;
      entry.kind = title                                    ? AliasKind::kTitle
                   : r.kind == internal::RecordKind::kBlock ? AliasKind::kBlock
                                                            : AliasKind::kHonorific;
      entry.role = role;
      bool has_singular = false;
      if (w.text.size() > 1 && w.text.back() == 's') {
        std::string singular = w.text.substr(0, w.text.size() - 1);
        for (const auto& other : r.words) has_singular |= other.text == singular;
      }
      entry.plural = has_singular;
      if (!AddToTrie(w.text, entry)) Error(r, w.column, "title has no words", w.text);
    }
  }

  Gazetteer::Impl* g_;
  std::vector<DataError>* errors_;
  std::vector<const internal::GazetteerRecord*> defining_record_;
  // Build-time only: dropped when the builder goes.
  absl::flat_hash_map<std::string_view, EntityIndex> by_id_;  // views into the records
  Interned last_status_, last_file_;
  internal::StringMap<std::uint32_t> statuses_ = {{"", 0}};  // Impl::statuses starts with ""
  internal::StringMap<std::uint32_t> files_;
  absl::flat_hash_map<std::uint64_t, GazetteerNode> edges_;
  GazetteerNode node_count_ = 2;  // 0: none, 1: the root
  std::vector<std::pair<GazetteerNode, AliasEntry>> pending_;
  std::vector<std::pair<EntityIndex, Role>> roles_;
  absl::flat_hash_set<std::tuple<EntityIndex, AliasKind, RoleId, std::uint32_t>> seen_at_node_;
  std::vector<Token> scratch_;
};

}  // namespace internal

Gazetteer Gazetteer::Build(const std::vector<DataSource>& sources, std::vector<DataError>* errors) {
  std::vector<DataError> local_errors;
  if (errors == nullptr) errors = &local_errors;
  std::vector<internal::GazetteerRecord> records;
  for (const DataSource& source : sources) {
    if (source.name.ends_with(".tsv")) internal::ParseGazetteerFile(source, &records, errors);
  }
  // Names are tokenized like text: without a tokenizer, entities load without names or roles.
  const absl::StatusOr<Tokenizer>& tokenizer = Tokenizer::Default();
  if (!tokenizer.ok()) {
    errors->push_back({"<tokenizer>", 0, 0,
                       "names cannot be tokenized: " + std::string(tokenizer.status().message()),
                       ""});
  }
  auto impl = std::make_unique<Impl>();
  {
    internal::GazetteerBuilder builder(impl.get(), errors);
    builder.DefineEntities(records);
    if (tokenizer.ok()) builder.AddNames(records);
    builder.Finish();
  }
  return Gazetteer(std::move(impl));
}

const absl::StatusOr<Gazetteer>& Gazetteer::Default() {
  static const absl::StatusOr<Gazetteer>* const kDefault = [] {
    std::vector<DataError> errors;
    Gazetteer gazetteer = Build(DefaultDataSources(), &errors);
    if (errors.empty()) return new absl::StatusOr<Gazetteer>(std::move(gazetteer));
    return new absl::StatusOr<Gazetteer>(absl::InvalidArgumentError(
        fmt::format("{} error(s) in the embedded gazetteers, the first: {}", errors.size(),
                    errors.front().ToString())));
  }();
  return *kDefault;
}

std::size_t Gazetteer::size() const { return impl_->rows.size(); }

Entity Gazetteer::entity(EntityIndex index) const {
  if (IsLocalEntity(index)) {
    Entity local;
    local.type = EntityType::kPerson;
    return local;
  }
  const EntityRow& r = impl_->rows[index];
  const std::string_view strings = impl_->strings;
  Entity e;
  e.id = strings.substr(r.text, r.id_size);
  e.name = strings.substr(r.text + r.id_size, r.name_size);
  e.type = r.type;
  e.country = r.country;
  e.status = impl_->statuses[r.status];
  e.code = std::string_view(r.code.data(), r.code[0] == '\0' ? 0 : r.code.size());
  e.roles = impl_->RolesOf(index);
  e.file = impl_->files[r.file];
  e.line = static_cast<int>(r.line);
  return e;
}

EntityType Gazetteer::type(EntityIndex index) const {
  return IsLocalEntity(index) ? EntityType::kPerson : impl_->rows[index].type;
}

std::size_t Gazetteer::alias_count() const { return impl_->entries.size(); }

std::size_t Gazetteer::memory_bytes() const {
  const Impl& g = *impl_;
  return VectorBytes(g.rows) + g.strings.capacity() + VectorBytes(g.by_id) + VectorBytes(g.roles) +
         g.tokens.capacity() * (sizeof(std::uint64_t) + 8) + VectorBytes(g.root_children) +
         g.edges.memory_bytes() + VectorBytes(g.entries_begin) + VectorBytes(g.entries) +
         VectorBytes(g.title_first_words) +
         g.codes.size() * (sizeof(EntityIndex) + sizeof(std::vector<internal::CodeRecord>) +
                           2 * sizeof(internal::CodeRecord));
}

EntityIndex Gazetteer::IndexOf(std::string_view id) const {
  const Impl& g = *impl_;
  const std::uint64_t hash = Impl::IdHash(id);
  auto hash_of = [&g](EntityIndex e) { return Impl::IdHash(g.Id(g.rows[e])); };
  auto it = std::lower_bound(g.by_id.begin(), g.by_id.end(), hash,
                             [&](EntityIndex e, std::uint64_t h) { return hash_of(e) < h; });
  for (; it != g.by_id.end() && hash_of(*it) == hash; ++it) {
    if (g.Id(g.rows[*it]) == id) return *it;
  }
  return kNoEntity;
}

std::optional<Entity> Gazetteer::Find(std::string_view id) const {
  EntityIndex i = IndexOf(id);
  if (i == kNoEntity) return std::nullopt;
  return entity(i);
}

std::string_view Gazetteer::role_name(RoleId role) const {
  return role < impl_->role_names.size() ? std::string_view(impl_->role_names[role]) : "";
}

bool Gazetteer::RoleResolvable(RoleId role) const {
  return role < impl_->role_resolvable.size() && impl_->role_resolvable[role];
}

RoleId Gazetteer::FindRole(std::string_view name) const {
  auto it = impl_->role_by_name.find(name);
  return it == impl_->role_by_name.end() ? kNoRole : it->second;
}

EntityIndex Gazetteer::RoleHolder(RoleId role, EntityIndex of, DateRange dates) const {
  auto means = impl_->role_means.find(role);
  if (means != impl_->role_means.end() && !means->second.empty()) {
    auto office = impl_->leader_office.find(of);
    if (office != impl_->leader_office.end()) {
      EntityIndex holder = RoleHolder(office->second, of, dates);
      if (holder != kNoEntity) return holder;
    }
    for (RoleId specific : means->second) {
      EntityIndex holder = RoleHolder(specific, of, dates);
      if (holder != kNoEntity) return holder;
    }
  }
  auto it = impl_->holders.find(std::make_pair(role, of));
  if (it == impl_->holders.end()) return kNoEntity;
  EntityIndex holder = kNoEntity;
  for (const RoleSpan& span : it->second) {
    if (dates.Within(span.from, span.to)) holder = span.person;
  }
  return holder;
}

bool Gazetteer::HoldsOfficeDuring(EntityIndex person, DateRange dates) const {
  for (const Role& r : impl_->RolesOf(person)) {
    if (dates.Overlaps(r.from, r.to)) return true;
  }
  return false;
}

Date Gazetteer::DataHorizon() const { return impl_->horizon; }
std::string_view Gazetteer::CodeOn(EntityIndex entity, DateRange dates) const {
  auto it = impl_->codes.find(entity);
  if (it == impl_->codes.end()) return {};
  std::string_view undated;
  for (const internal::CodeRecord& c : it->second) {
    if (!c.dated) {
      if (undated.empty()) undated = c.code;
    } else if (dates.Within(c.from, c.to)) {
      return c.code;
    }
  }
  return undated;
}

const internal::GazetteerTrie& internal::GazetteerInternals::Trie(const Gazetteer& g) {
  return *g.impl_;
}

bool internal::GazetteerInternals::CounterpartRole(const Gazetteer& g, RoleId role) {
  return role < g.impl_->role_counterpart.size() && g.impl_->role_counterpart[role];
}

bool internal::GazetteerInternals::GenericRole(const Gazetteer& g, RoleId role) {
  auto means = g.impl_->role_means.find(role);
  return means != g.impl_->role_means.end() && !means->second.empty();
}

std::uint32_t internal::GazetteerInternals::AddWord(Gazetteer* g, std::uint64_t key) {
  Gazetteer::Impl& impl = *g->impl_;
  const auto next = static_cast<std::uint32_t>(impl.root_children.size());
  auto [it, inserted] = impl.tokens.try_emplace(key, next);
  if (inserted) impl.root_children.push_back(0);  // no alias begins with it
  return it->second;
}

}  // namespace attache
