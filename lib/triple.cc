// The names of the triple's enums (attache/triple.hpp).
#include "attache/triple.hpp"

#include <cstddef>
#include <iterator>

namespace attache {

std::string_view PolarityName(Polarity p) {
  return p == Polarity::kNegated ? "negated" : "asserted";
}

std::string_view ModalityName(Modality m) {
  switch (m) {
    case Modality::kFact:
      return "fact";
    case Modality::kAlleged:
      return "alleged";
    case Modality::kPlanned:
      return "planned";
    case Modality::kHypothetical:
      return "hypothetical";
  }
  return "fact";
}

std::string_view SectorName(Sector s) {
  constexpr std::string_view kNames[] = {"",    "GOV", "MIL", "COP", "SPY", "LEG", "JUD",
                                         "OPP", "REB", "CVL", "BUS", "MED", "REF"};
  const auto i = static_cast<std::size_t>(s);
  return i < std::size(kNames) ? kNames[i] : "";
}

std::string_view SectionName(Section s) {
  switch (s) {
    case Section::kBody:
      return "body";
    case Section::kHeadline:
      return "headline";
    case Section::kCaption:
      return "caption";
  }
  return "body";
}

}  // namespace attache
