#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace hl {

class CaseFile;

struct ImportFileRecord
{
    QString name;
    QString table;
    QString sha256;
    std::int64_t bytes = 0;
    std::int64_t rows = 0;
};

struct ImportRecord
{
    std::int64_t id = 0;
    QString source;
    QString producer;
    std::optional<std::int64_t> generatedAt;
    std::int64_t startedAt = 0;
    std::int64_t finishedAt = 0;
    QString appVersion;
    QStringList warnings;
    QList<ImportFileRecord> files;
};

struct ModelSummary
{
    QString name;
    std::int64_t exchanges = 0;
    std::optional<std::int64_t> releasedAt;
    QString label;
};

// What is in a case, answered from the rollups (instant, whatever the size).
struct CaseInfo
{
    QString path;
    int schemaVersion = 0;
    std::int64_t accounts = 0;
    std::int64_t exchanges = 0;
    std::optional<std::int64_t> firstTs;
    std::optional<std::int64_t> lastTs;
    QList<ModelSummary> models; // by name
    QList<ImportRecord> imports; // oldest first
    QList<QPair<QString, std::int64_t>> infraByKind; // distinct linked values per kind
    std::int64_t links = 0;
    std::int64_t templates = 0;
    std::int64_t scores = 0;
    std::int64_t releases = 0;
    std::int64_t indicators = 0;
};

std::optional<CaseInfo> readCaseInfo(const CaseFile &file, QString *error);
QJsonObject caseInfoToJson(const CaseInfo &info);
QString caseInfoToText(const CaseInfo &info);

} // namespace hl
