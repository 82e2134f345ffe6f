// attache/attache.hpp — umbrella header: the whole public API.
//
// Pipeline, one header per stage: tokenize -> gazetteer -> mentions -> grammar (rules) ->
// attribution -> output; extractor.hpp ties them together.
#ifndef ATTACHE_ATTACHE_HPP_
#define ATTACHE_ATTACHE_HPP_

#include "attache/attribution.hpp"
#include "attache/batch.hpp"
#include "attache/data.hpp"
#include "attache/extractor.hpp"
#include "attache/gazetteer.hpp"
#include "attache/grammar.hpp"
#include "attache/importers.hpp"
#include "attache/mentions.hpp"
#include "attache/output.hpp"
#include "attache/tokenize.hpp"
#include "attache/triple.hpp"
#include "attache/version.hpp"

#endif  // ATTACHE_ATTACHE_HPP_
