#include "exportlayout.h"

#include "util/timeparse.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hl {

namespace {

const char *const Suffixes[] = {".csv", ".csv.gz", ".jsonl", ".jsonl.gz"};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool readManifest(ExportLayout &layout, QString *error)
{
    const QString path = QDir(layout.dir).filePath(u"manifest.json"_s);
    QFile file(path);
    if (!file.exists())
        return fail(error, u"%1 has no manifest.json, so it is not a detection export (format v1 needs "
                           "manifest.json in the export folder)."_s.arg(layout.dir));
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, u"Cannot read %1: %2"_s.arg(path, file.errorString()));
    layout.manifestJson = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(layout.manifestJson, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(error, u"manifest.json: not valid JSON (%1 at character %2). Fix or regenerate the manifest."_s.arg(
                               parseError.errorString()).arg(parseError.offset + 1));
    if (!doc.isObject())
        return fail(error, u"manifest.json: expected a JSON object at the top level."_s);
    const QJsonObject m = doc.object();

    const QJsonValue format = m.value(u"format"_s);
    if (!format.isUndefined() && format.toString() != u"distillation-detection-export"_s)
        return fail(error, u"manifest.json: format is %1, expected \"distillation-detection-export\"; "
                           "this is not a detection export."_s.arg(QString::fromUtf8(QJsonDocument(QJsonArray{format})
                                                                                       .toJson(QJsonDocument::Compact)
                                                                                       .mid(1).chopped(1))));
    const QJsonValue version = m.value(u"version"_s);
    if (version.isUndefined())
        return fail(error, u"manifest.json: no \"version\"; this HydraLens reads detection exports of version 1."_s);
    if (!version.isDouble() || version.toDouble() != 1.0) {
        const QString shown = version.isDouble() ? QString::number(version.toDouble())
                                                 : QString::fromUtf8(QJsonDocument(QJsonArray{version})
                                                                         .toJson(QJsonDocument::Compact).mid(1).chopped(1));
        return fail(error, u"manifest.json: version %1 is not supported; this HydraLens reads detection exports of "
                           "version 1. Ask the producer for a version 1 export, or update HydraLens."_s.arg(shown));
    }
    layout.producer = m.value(u"producer"_s).toString();
    const QString generated = m.value(u"generated_at"_s).toString();
    if (!generated.isEmpty()) {
        const QByteArray g = generated.toUtf8();
        layout.generatedAt = parseTimestamp(std::string_view(g.constData(), size_t(g.size())));
        if (!layout.generatedAt)
            layout.warnings.append(u"manifest.json: generated_at %1 is not a timestamp; ignored."_s.arg(generated));
    }
    const QJsonValue files = m.value(u"files"_s);
    if (files.isUndefined())
        return true;
    if (!files.isArray())
        return fail(error, u"manifest.json: \"files\" must be a list of {\"name\", \"rows\", \"sha256\"} objects."_s);
    layout.manifestListsFiles = true;
    static const QRegularExpression hex(u"^[0-9a-fA-F]{64}$"_s);
    int index = 0;
    for (const QJsonValue &v : files.toArray()) {
        ++index;
        const QJsonObject f = v.toObject();
        ManifestFile mf;
        mf.name = f.value(u"name"_s).toString();
        if (!v.isObject() || mf.name.isEmpty())
            return fail(error, u"manifest.json: entry %1 of \"files\" has no \"name\"."_s.arg(index));
        const QJsonValue rows = f.value(u"rows"_s);
        if (!rows.isUndefined() && !rows.isNull()) {
            const double r = rows.toDouble(-1);
            if (!rows.isDouble() || r < 0 || r != double(qint64(r)))
                return fail(error, u"manifest.json: \"rows\" of %1 must be a whole number of 0 or more."_s.arg(mf.name));
            mf.rows = qint64(r);
        }
        const QJsonValue sha = f.value(u"sha256"_s);
        if (!sha.isUndefined() && !sha.isNull()) {
            if (!hex.match(sha.toString()).hasMatch())
                return fail(error, u"manifest.json: \"sha256\" of %1 must be 64 hexadecimal digits."_s.arg(mf.name));
            mf.sha256 = sha.toString().toLower();
        }
        layout.manifestFiles.insert(mf.name, mf);
    }
    return true;
}

} // namespace

QString ExportLayout::path(ExportTable table) const
{
    return QDir(dir).filePath(tableFiles.value(table));
}

std::optional<ExportLayout> ExportLayout::read(const QString &dirPath, QString *error)
{
    ExportLayout layout;
    layout.dir = dirPath;
    const QFileInfo dirInfo(dirPath);
    if (!dirInfo.exists()) {
        fail(error, u"There is no export folder at %1."_s.arg(dirPath));
        return std::nullopt;
    }
    if (!dirInfo.isDir()) {
        fail(error, u"%1 is a file; give the folder that holds manifest.json and the table files."_s.arg(dirPath));
        return std::nullopt;
    }
    if (!readManifest(layout, error))
        return std::nullopt;

    const QDir dir(dirPath);
    QStringList claimed{u"manifest.json"_s};
    for (const TableSpec &spec : exportTables()) {
        QStringList found;
        for (const char *suffix : Suffixes) {
            const QString name = QLatin1StringView(spec.name) + QLatin1StringView(suffix);
            if (QFileInfo(dir.filePath(name)).isFile())
                found.append(name);
        }
        claimed += found;
        if (found.size() > 1) {
            fail(error, u"The export has more than one %1 table (%2); keep exactly one."_s.arg(
                            QLatin1StringView(spec.name), found.join(u" and "_s)));
            return std::nullopt;
        }
        if (found.isEmpty()) {
            if (spec.required) {
                fail(error, u"The export has no %1 table: expected %1.csv, %1.csv.gz, %1.jsonl or %1.jsonl.gz in %2."_s.arg(
                                QLatin1StringView(spec.name), dirPath));
                return std::nullopt;
            }
            continue;
        }
        layout.tableFiles.insert(spec.table, found.front());
        if (layout.manifestListsFiles && !layout.manifestFiles.contains(found.front()))
            layout.warnings.append(u"%1 is not listed in manifest.json; imported without row-count and checksum "
                                   "checks."_s.arg(found.front()));
    }
    for (const ManifestFile &mf : std::as_const(layout.manifestFiles)) {
        if (!claimed.contains(mf.name)) {
            if (!QFileInfo(dir.filePath(mf.name)).exists()) {
                fail(error, u"manifest.json lists %1, but the export folder has no such file. The export is "
                            "incomplete: copy the missing file or regenerate the export."_s.arg(mf.name));
                return std::nullopt;
            }
            layout.warnings.append(u"%1 is listed in manifest.json but is not a table of format v1; ignored."_s.arg(mf.name));
        }
    }
    for (const QFileInfo &fi : dir.entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name)) {
        if (!claimed.contains(fi.fileName()) && !layout.manifestFiles.contains(fi.fileName()))
            layout.warnings.append(u"%1 is not a table of format v1; ignored."_s.arg(fi.fileName()));
    }
    return layout;
}

} // namespace hl
