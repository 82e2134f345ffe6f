// The attache API in one screen: build an extractor over the embedded data, extract the
// triples of a sentence, print them. Build: link attache::attache.
#include <iostream>

#include "attache/attache.hpp"

int main() {
  absl::StatusOr<attache::Extractor> extractor = attache::Extractor::Create();
  if (!extractor.ok()) {
    std::cerr << extractor.status() << "\n";
    return 1;
  }
  const char* text =
      "Belarusian President Alexander Lukashenko met Iranian Supreme Leader Ali Khamenei in "
      "Tehran. Washington accused Tehran of providing Moscow with drones, which Tehran denies.";
  attache::ExtractOptions options;
  options.date = attache::Date(2023, 3, 13);
  absl::StatusOr<attache::Document> doc = extractor->Extract(text, options);
  if (!doc.ok()) {
    std::cerr << doc.status() << "\n";
    return 1;
  }
  const attache::Gazetteer& g = extractor->gazetteer();
  for (const attache::Triple& t : doc->triples) {
    std::cout << "(" << doc->entity(g, t.subject.entity).id << ", " << t.predicate << ", "
              << (t.object ? doc->entity(g, t.object->entity).id : "-") << ")";
    if (t.attributed_to) std::cout << " alleged by " << doc->entity(g, t.attributed_to->entity).id;
    for (const attache::Argument& d : t.denied_by) {
      std::cout << " denied by " << doc->entity(g, d.entity).id;
    }
    std::cout << "\n";
  }
  return 0;
}
