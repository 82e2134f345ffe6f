// CAMEO-style actor codes: a country's ISO 3166-1 alpha-3 code and a sector.
#include "attache/output.hpp"

namespace attache {
namespace {

// The country a person serves throughout `dates`: the first office held then whose holder
// is a country with a code.
EntityIndex CountryServed(const Gazetteer& g, const Entity& person, DateRange dates) {
  for (const Role& r : person.roles) {
    if (r.of == kNoEntity || !dates.Within(r.from, r.to)) continue;
    if (g.type(r.of) == EntityType::kCountry && !g.entity(r.of).code.empty()) return r.of;
  }
  return kNoEntity;
}

}  // namespace

std::string ActorCode(const Gazetteer& g, const Argument& a, DateRange date) {
  if (a.entity == kNoEntity) return "";
  // A code the data gives (an imported actor dictionary's) wins; a bare country code still
  // takes the sector the text named ("Afghan police": AFG + COP).
  if (const std::string_view given = g.CodeOn(a.entity, date); !given.empty()) {
    const bool country = g.type(a.entity) == EntityType::kCountry && given.size() == 3;
    return country ? std::string(given) + std::string(SectorName(a.sector)) : std::string(given);
  }
  const Entity e = g.entity(a.entity);
  Sector sector = a.sector;
  EntityIndex country = kNoEntity;
  switch (e.type) {
    case EntityType::kCountry:
      country = a.entity;
      break;
    case EntityType::kPerson:
      country = CountryServed(g, e, date);
      if (sector == Sector::kNone) sector = Sector::kGov;
      break;
    case EntityType::kOrganization:
    case EntityType::kArmedGroup:
      country = e.country;
      if (sector == Sector::kNone) {
        sector = e.type == EntityType::kArmedGroup ? Sector::kReb : Sector::kGov;
      }
      break;
    default:
      return "";
  }
  if (country == kNoEntity) return "";
  const std::string_view code = g.entity(country).code;
  if (code.empty()) return "";
  return std::string(code) + std::string(SectorName(sector));
}

std::string ActorCode(const Document& doc, const Gazetteer& g, const Argument& a) {
  if (!IsLocalEntity(a.entity)) return ActorCode(g, a, doc.date_range);
  const EntityIndex country = doc.entity(g, a.entity).country;
  if (country == kNoEntity || g.type(country) != EntityType::kCountry) return "";
  const std::string_view code = g.entity(country).code;
  if (code.empty()) return "";
  // Someone named with a title acts for its government; anyone else for their country.
  const std::size_t local = a.entity - kFirstLocalEntity;
  const bool titled =
      local < doc.local_entities.size() && doc.local_entities[local].role != kNoRole;
  const Sector sector = a.sector == Sector::kNone && titled ? Sector::kGov : a.sector;
  return std::string(code) + std::string(SectorName(sector));
}

}  // namespace attache
