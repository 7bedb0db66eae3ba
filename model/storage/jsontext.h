#pragma once

// JSON kept in case columns (clusters.features, training_runs.metrics, …): written compact as
// UTF-8 for Statement::bind, read back as an object (empty when the text is not one).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <string>

namespace hl {

inline std::string compactJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

inline std::string compactJson(const QStringList &list)
{
    return QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact).toStdString();
}

inline QJsonObject jsonObjectOf(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace hl
