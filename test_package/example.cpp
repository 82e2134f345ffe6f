// Links attache from an install tree and extracts one triple with the embedded data.
#include <iostream>

#include "attache/attache.hpp"

int main() {
  absl::StatusOr<attache::Extractor> extractor = attache::Extractor::Create();
  if (!extractor.ok()) return 1;
  attache::ExtractOptions options;
  options.date = attache::Date(2025, 1, 1);
  absl::StatusOr<attache::Document> doc =
      extractor->Extract("Iran supplied Russia with drones.", options);
  if (!doc.ok() || doc->triples.size() != 1) return 1;
  std::cout << "attache " << attache::Version() << ": "
            << attache::TriplesToJsonLines(*doc, *extractor, "test_package");
  return 0;
}
