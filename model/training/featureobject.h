#pragma once

#include "analysis/features.h"

#include <string_view>

namespace hl {

// Reads a stored feature object (account_features.features, clusters.features: a flat JSON
// object {"name": number | null, …} keyed by featureCatalogue() names) into catalogue order.
// Missing names, null and non-numeric values give NaN; unknown names are ignored. Plain objects
// as the analysis writes them take a fast path (no allocation); anything else (escapes in
// names, strings, nested values) is read with QJsonDocument. Returns false, with every value
// NaN, when the text is not a JSON object.
bool parseFeatureObject(std::string_view json, FeatureValues &out);

} // namespace hl
