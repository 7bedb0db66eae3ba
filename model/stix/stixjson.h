#pragma once

#include <QByteArray>
#include <QJsonObject>

#include <vector>

namespace hl::stix {

// Writes a bundle as UTF-8 JSON, the same bytes for the same objects: two-space indentation,
// each object's "type", "spec_version" and "id" first (as the spec's examples do), every other
// key in code-point order, numbers in their shortest exact form, a final newline.
QByteArray writeBundle(const QString &bundleId, const std::vector<QJsonObject> &objects);

// One object as it appears in the bundle, without indentation (to derive the bundle's id from
// the content).
QByteArray compactObject(const QJsonObject &object);

} // namespace hl::stix
