// Gazetteer compilation: records -> entities, roles and a token-key trie of every alias.
#include "attache/gazetteer.hpp"

#include <algorithm>
#include <charconv>
#include <chrono>

#include "absl/container/flat_hash_map.h"
#include "absl/hash/hash.h"
#include "attache/tokenize.hpp"
#include "fmt/format.h"
#include "internal/gazetteer_records.h"
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

Date Date::Today() {
  auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  std::chrono::year_month_day ymd{today};
  return Date(static_cast<int>(ymd.year()), static_cast<int>(unsigned(ymd.month())),
              static_cast<int>(unsigned(ymd.day())));
}

std::string Date::ToString() const {
  return fmt::format("{:04}-{:02}-{:02}", value / 10000, value / 100 % 100, value % 100);
}

// ---------------------------------------------------------------------------- the gazetteer

namespace {

using Edge = internal::TrieEdge;

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

}  // namespace

struct Gazetteer::Impl {
  std::vector<Entity> entities;
  internal::StringMap<EntityIndex> by_id;
  std::vector<std::string> role_names;
  std::vector<bool> role_resolvable;
  absl::flat_hash_map<RoleId, std::vector<RoleId>> role_means;
  absl::flat_hash_map<EntityIndex, RoleId> leader_office;  // per country, for "leader"
  internal::StringMap<RoleId> role_by_name;
  absl::flat_hash_map<std::pair<RoleId, EntityIndex>, std::vector<RoleSpan>> holders;
  absl::flat_hash_map<Edge, Node> edges;
  std::vector<std::vector<AliasEntry>> entries{2};  // node 0 unused, node 1 root
  std::size_t alias_count = 0;

  RoleId InternRole(const std::string& name) {
    auto [it, inserted] = role_by_name.try_emplace(name, static_cast<RoleId>(role_names.size()));
    if (inserted) {
      role_names.push_back(name);
      role_resolvable.push_back(true);
    }
    return it->second;
  }

  // Adds `surface` to the trie; returns false if it has no tokens.
  bool AddAlias(std::string_view surface, AliasEntry entry) {
    TokenizedText tokens;
    if (!Tokenizer::Default().Tokenize(surface, &tokens).ok()) return false;
    Node node = Root();
    int count = 0;
    for (const Token& t : tokens.tokens) {
      std::string_view text = surface.substr(t.begin, t.end - t.begin);
      if (text == "-") continue;  // hyphens are transparent: "Al-Thani" == "Al Thani"
      auto [it, inserted] = edges.try_emplace(Edge{node, t.key}, static_cast<Node>(entries.size()));
      if (inserted) entries.emplace_back();
      node = it->second;
      if (count < 16) entry.case_mask |= CaseRequirement(text, t.flags) << (2 * count);
      ++count;
    }
    if (count == 0) return false;
    entry.token_count = static_cast<std::uint8_t>(std::min(count, 255));
    std::vector<AliasEntry>& list = entries[node];
    for (const AliasEntry& e : list) {
      if (e.entity == entry.entity && e.kind == entry.kind && e.role == entry.role &&
          e.case_mask == entry.case_mask) {
        return true;
      }
    }
    list.push_back(entry);
    ++alias_count;
    return true;
  }
};

Gazetteer::Gazetteer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Gazetteer::Gazetteer(Gazetteer&&) noexcept = default;
Gazetteer& Gazetteer::operator=(Gazetteer&&) noexcept = default;
Gazetteer::~Gazetteer() = default;

namespace internal {

class GazetteerBuilder {
 public:
  GazetteerBuilder(Gazetteer::Impl* impl, std::vector<DataError>* errors)
      : g_(impl), errors_(errors) {}

  void Error(const internal::GazetteerRecord& r, int column, std::string message,
             std::string_view text) {
    errors_->push_back({r.file, r.line, column, std::move(message), std::string(text)});
  }

  void DefineEntities(const std::vector<internal::GazetteerRecord>& records) {
    for (const auto& r : records) {
      if (r.kind != internal::RecordKind::kEntity) continue;
      auto [it, inserted] =
          g_->by_id.try_emplace(r.id.text, static_cast<EntityIndex>(g_->entities.size()));
      if (!inserted) {
        Error(r, r.id.column,
              fmt::format("duplicate id (first defined at {}); use an ALIAS line to extend it",
                          g_->entities[it->second].defined_at),
              r.id.text);
        continue;
      }
      Entity e;
      e.id = r.id.text;
      e.name = r.name;
      e.type = r.type;
      e.status = r.status;
      e.defined_at = fmt::format("{}:{}", r.file, r.line);
      g_->entities.push_back(std::move(e));
      defining_record_.push_back(&r);
    }
  }

  void AddNames(const std::vector<internal::GazetteerRecord>& records) {
    for (EntityIndex i = 0; i < g_->entities.size(); ++i) {
      const auto& r = *defining_record_[i];
      AddAlias(r, {g_->entities[i].name, r.id.column}, i, AliasKind::kName);
      AddLists(r, i);
      if (r.country) {
        EntityIndex c = Resolve(r, *r.country);
        if (c != kNoEntity) g_->entities[i].country = c;
      }
    }
    for (const auto& r : records) {
      if (r.kind == internal::RecordKind::kAlias) {
        auto it = g_->by_id.find(r.id.text);
        if (it == g_->by_id.end()) {
          Error(r, r.id.column, "ALIAS for an id that no file defines", r.id.text);
          continue;
        }
        AddLists(r, it->second);
      } else if (r.kind == internal::RecordKind::kTitle ||
                 r.kind == internal::RecordKind::kHonorific ||
                 r.kind == internal::RecordKind::kBlock) {
        AddWords(r);
      }
    }
  }

 private:
  EntityIndex Resolve(const internal::GazetteerRecord& r, const internal::Located& ref) {
    auto it = g_->by_id.find(ref.text);
    if (it != g_->by_id.end()) return it->second;
    Error(r, ref.column, "unknown entity id", ref.text);
    return kNoEntity;
  }

  void AddAlias(const internal::GazetteerRecord& r, const internal::Located& alias,
                EntityIndex entity, AliasKind kind) {
    AliasEntry entry;
    entry.entity = entity;
    entry.kind = kind;
    if (!g_->AddAlias(alias.text, entry)) Error(r, alias.column, "alias has no words", alias.text);
  }

  void AddLists(const internal::GazetteerRecord& r, EntityIndex entity) {
    if (r.leader) g_->leader_office[entity] = g_->InternRole(r.leader->text);
    for (const auto& a : r.aliases) AddAlias(r, a, entity, AliasKind::kAlias);
    for (const auto& a : r.demonyms) AddAlias(r, a, entity, AliasKind::kDemonym);
    for (const auto& a : r.capitals) AddAlias(r, a, entity, AliasKind::kCapital);
    for (const auto& role : r.roles) {
      EntityIndex of = Resolve(r, role.of);
      if (of == kNoEntity) continue;
      Role added{g_->InternRole(role.role.text), of, role.from, role.to};
      g_->entities[entity].roles.push_back(added);
      g_->holders[{added.role, of}].push_back({added.from, added.to, entity});
    }
  }

  void AddWords(const internal::GazetteerRecord& r) {
    bool title = r.kind == internal::RecordKind::kTitle;
    RoleId role = title ? g_->InternRole(r.id.text) : kNoRole;
    if (title) {
      g_->role_resolvable[role] = r.resolve;
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
      if (!g_->AddAlias(w.text, entry)) Error(r, w.column, "title has no words", w.text);
    }
  }

  Gazetteer::Impl* g_;
  std::vector<DataError>* errors_;
  std::vector<const internal::GazetteerRecord*> defining_record_;
};

}  // namespace internal

Gazetteer Gazetteer::Build(const std::vector<DataSource>& sources, std::vector<DataError>* errors) {
  std::vector<DataError> local_errors;
  if (errors == nullptr) errors = &local_errors;
  std::vector<internal::GazetteerRecord> records;
  for (const DataSource& source : sources) {
    if (source.name.ends_with(".tsv")) internal::ParseGazetteerFile(source, &records, errors);
  }
  auto impl = std::make_unique<Impl>();
  internal::GazetteerBuilder builder(impl.get(), errors);
  builder.DefineEntities(records);
  builder.AddNames(records);
  for (auto& [key, spans] : impl->holders) {
    std::sort(spans.begin(), spans.end(),
              [](const RoleSpan& a, const RoleSpan& b) { return a.from < b.from; });
  }
  return Gazetteer(std::move(impl));
}

const Gazetteer& Gazetteer::Default() {
  static const Gazetteer* const kDefault = [] {
    std::vector<DataError> errors;
    return new Gazetteer(Build(DefaultDataSources(), &errors));
  }();
  return *kDefault;
}

std::size_t Gazetteer::size() const { return impl_->entities.size(); }
const Entity& Gazetteer::entity(EntityIndex index) const { return impl_->entities[index]; }
std::size_t Gazetteer::alias_count() const { return impl_->alias_count; }

EntityIndex Gazetteer::IndexOf(std::string_view id) const {
  auto it = impl_->by_id.find(id);
  return it == impl_->by_id.end() ? kNoEntity : it->second;
}

const Entity* Gazetteer::Find(std::string_view id) const {
  EntityIndex i = IndexOf(id);
  return i == kNoEntity ? nullptr : &impl_->entities[i];
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

EntityIndex Gazetteer::RoleHolder(RoleId role, EntityIndex of, Date date) const {
  auto means = impl_->role_means.find(role);
  if (means != impl_->role_means.end() && !means->second.empty()) {
    auto office = impl_->leader_office.find(of);
    if (office != impl_->leader_office.end()) {
      EntityIndex holder = RoleHolder(office->second, of, date);
      if (holder != kNoEntity) return holder;
    }
    for (RoleId specific : means->second) {
      EntityIndex holder = RoleHolder(specific, of, date);
      if (holder != kNoEntity) return holder;
    }
  }
  auto it = impl_->holders.find(std::make_pair(role, of));
  if (it == impl_->holders.end()) return kNoEntity;
  EntityIndex holder = kNoEntity;
  for (const RoleSpan& span : it->second) {
    if (span.from <= date && date <= span.to) holder = span.person;
  }
  return holder;
}

bool Gazetteer::HoldsOfficeOn(EntityIndex person, Date date) const {
  for (const Role& r : impl_->entities[person].roles) {
    if (r.from <= date && date <= r.to) return true;
  }
  return false;
}

Gazetteer::Node Gazetteer::Child(Node node, std::uint64_t key) const {
  auto it = impl_->edges.find(Edge{node, key});
  return it == impl_->edges.end() ? 0 : it->second;
}

const std::vector<AliasEntry>& Gazetteer::Entries(Node node) const { return impl_->entries[node]; }

}  // namespace attache
