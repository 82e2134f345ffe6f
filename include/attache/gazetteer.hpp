// attache/gazetteer.hpp — stage 2 data: entities, their aliases and dated roles.
//
// A Gazetteer is compiled once from text files (format: docs/gazetteers.md) into an
// immutable lookup structure: a trie over normalized token keys, so the cost of looking up a
// token does not grow with the number of aliases. Safe to share across threads.
//
//   std::vector<attache::DataError> errors;
//   attache::Gazetteer g = attache::Gazetteer::Build(attache::DefaultDataSources(), &errors);
//   const attache::Entity* iran = g.Find("iran");
//   auto holder = g.RoleHolder("president", g.IndexOf("iran"), attache::Date{2023, 6, 1});
#ifndef ATTACHE_GAZETTEER_HPP_
#define ATTACHE_GAZETTEER_HPP_

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "attache/data.hpp"

namespace attache {

// The part of a country an actor is, as the CAMEO actor codebook names it: "Turkish
// police" is Turkey's COP, "Rwanda's government" Rwanda's GOV.
enum class Sector : std::uint8_t {
  kNone,
  kGov,  // government, ministries, diplomats, officials
  kMil,  // armed forces
  kCop,  // police and internal security
  kSpy,  // intelligence services
  kLeg,  // legislature
  kJud,  // judiciary, prosecutors
  kOpp,  // opposition
  kReb,  // rebels, insurgents, separatists
  kCvl,  // civilians, protesters, activists
  kBus,  // business
  kMed,  // media, journalists
  kRef,  // refugees, migrants
};
std::string_view SectorName(Sector s);  // "GOV", ...; "" for kNone

namespace internal {
class GazetteerBuilder;
struct GazetteerInternals;  // the library's own access to the trie of aliases
}  // namespace internal

enum class EntityType : std::uint8_t {
  kPerson,
  kCountry,
  kOrganization,
  kArmedGroup,
  kMedia,
};
inline constexpr int kEntityTypeCount = 5;

// "PERSON", "COUNTRY", "ORGANIZATION", "ARMED_GROUP", "MEDIA".
std::string_view EntityTypeName(EntityType type);
std::optional<EntityType> ParseEntityType(std::string_view name);

// A calendar date packed as YYYYMMDD, so that dates compare as integers.
struct Date {
  int value = 0;
  Date() = default;
  constexpr Date(int year, int month, int day) : value(year * 10000 + month * 100 + day) {}
  static constexpr Date FromPacked(int packed) {
    Date d;
    d.value = packed;
    return d;
  }
  // Parses "YYYY-MM-DD". Partial dates are accepted as the first or last day of the period
  // depending on `round_up` ("2021" is 2021-01-01, or 2021-12-31 when rounding up).
  static std::optional<Date> Parse(std::string_view text, bool round_up = false);
  std::string ToString() const;  // "YYYY-MM-DD"
  friend constexpr bool operator==(Date a, Date b) { return a.value == b.value; }
  friend constexpr auto operator<=>(Date a, Date b) { return a.value <=> b.value; }
};

// An inclusive span of days: one day when the document's date is known, else the days it
// may have been written on. A Date converts to the one-day range.
struct DateRange {
  Date from;
  Date to = Date(9999, 12, 31);
  constexpr DateRange() = default;
  constexpr DateRange(Date day) : from(day), to(day) {}  // NOLINT: implicit on purpose
  constexpr DateRange(Date first, Date last) : from(first), to(last) {}
  constexpr bool empty() const { return to < from; }
  constexpr bool single_day() const { return from == to; }
  constexpr bool Overlaps(Date a, Date b) const { return a <= to && from <= b; }
  constexpr bool Within(Date a, Date b) const { return a <= from && to <= b; }
  friend constexpr bool operator==(DateRange a, DateRange b) = default;
};

using EntityIndex = std::uint32_t;
inline constexpr EntityIndex kNoEntity = 0xffffffffu;
// Entities a document names that the gazetteer does not list (Document::local_entities)
// are numbered from kFirstLocalEntity on; Document::entity() tells them apart.
inline constexpr EntityIndex kFirstLocalEntity = 0x80000000u;
constexpr bool IsLocalEntity(EntityIndex e) { return e >= kFirstLocalEntity && e != kNoEntity; }
using RoleId = std::uint16_t;
inline constexpr RoleId kNoRole = 0xffff;

struct Role {
  RoleId role = kNoRole;         // index into Gazetteer::role_name()
  EntityIndex of = kNoEntity;    // the country or organisation
  Date from;                     // inclusive
  Date to = Date(9999, 12, 31);  // inclusive; open-ended roles end in 9999
};

// A view of one entity. Its strings and roles point into the Gazetteer, which stores
// entities column-wise (a few dozen bytes each); they stay valid as long as it lives.
struct Entity {
  std::string_view id;    // lowercase ASCII slug: "alexander-lukashenko"
  std::string_view name;  // display name: "Alexander Lukashenko"
  EntityType type = EntityType::kCountry;
  EntityIndex country = kNoEntity;  // for national bodies: whose
  std::string_view status;          // countries: member, observer, territory, ...
  std::string_view code;            // countries: ISO 3166-1 alpha-3 ("COD"), else empty
  std::span<const Role> roles;
  std::string_view file;  // where it is defined: file and 1-based line
  int line = 0;
  std::string DefinedAt() const;  // "file:line"
};

// How an alias relates to its entity.
enum class AliasKind : std::uint8_t {
  kName,       // the canonical name
  kAlias,      // another name or abbreviation
  kDemonym,    // "Iranian" -> iran
  kCapital,    // "Tehran" -> iran (capital as metonym)
  kCity,       // "Karachi" -> pakistan: a place in the country, never its government
  kTitle,      // a role word: "President" (no entity)
  kHonorific,  // "Mr.", "Ayatollah", "Sheikh" (no entity)
  kBlock,      // a phrase that names no entity and hides the ones inside it ("South China Sea")
};
std::string_view AliasKindName(AliasKind kind);

// Immutable after Build(); all methods are const and thread-safe.
class Gazetteer {
 public:
  // Compiles every gazetteer source among `sources` (files ending in .tsv; others are
  // ignored). Bad lines are appended to `errors` and skipped; every valid line still loads.
  static Gazetteer Build(const std::vector<DataSource>& sources, std::vector<DataError>* errors);
  // The gazetteer built from the embedded default data (built once, on first use), or
  // InvalidArgument naming the errors that data had (ICU failing included).
  static const absl::StatusOr<Gazetteer>& Default();

  Gazetteer(Gazetteer&&) noexcept;
  Gazetteer& operator=(Gazetteer&&) noexcept;
  ~Gazetteer();

  std::size_t size() const;
  // A local index (IsLocalEntity()) gives a PERSON with no id, name or roles: the document
  // holds it (Document::entity()).
  Entity entity(EntityIndex index) const;
  EntityType type(EntityIndex index) const;               // entity(index).type, cheaper
  EntityIndex IndexOf(std::string_view id) const;         // kNoEntity if absent
  std::optional<Entity> Find(std::string_view id) const;  // nullopt if absent
  std::size_t alias_count() const;
  // Bytes held by the compiled gazetteer (entities, strings, trie, entries, roles).
  std::size_t memory_bytes() const;

  std::string_view role_name(RoleId role) const;
  RoleId FindRole(std::string_view name) const;  // kNoRole if absent
  // False for titles several people hold at once ("envoy", "spokesman"): a description
  // such as "the U.S. envoy" then names nobody in particular.
  bool RoleResolvable(RoleId role) const;

  // The person holding `role` of `of` on every day of `dates` (a Date is a one-day range);
  // when several do (data overlap), the one who took office last. A generic title
  // ("leader", TITLE with means=) resolves to the country's own leader= office if it has
  // one, else to the first of its meanings that someone holds. kNoEntity if nobody holds
  // the office throughout `dates`: a range over which the office changed hands names no one.
  EntityIndex RoleHolder(RoleId role, EntityIndex of, DateRange dates) const;
  // True if `person` holds some role on some day of `dates`.
  bool HoldsOfficeDuring(EntityIndex person, DateRange dates) const;
  // The latest date written in the role data (open ends excluded): how far the data reaches.
  // Date() when no role has a date.
  Date DataHorizon() const;
  // The actor code the data gives `entity` (codes=, docs/gazetteers.md) throughout `dates`:
  // the first dated code whose span holds every day of it, else the first undated one; ""
  // if none.
  std::string_view CodeOn(EntityIndex entity, DateRange dates) const;

 private:
  friend class internal::GazetteerBuilder;
  friend struct internal::GazetteerInternals;
  struct Impl;
  explicit Gazetteer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace attache

#endif  // ATTACHE_GAZETTEER_HPP_
