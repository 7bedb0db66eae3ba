#pragma once

#include "traffic.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace hl {

class CaseFile;

// What the timeline draws besides traffic: model releases and detected post-release pivots.
// Values only; the timeline view reads them once per source (whole case or a selection).

// A model release (`releases` table). `label` is the release's label, or the model name when
// the export gave none.
struct ReleaseMark
{
    QString model;
    std::int64_t releasedAt = 0; // Unix seconds, UTC
    QString label;
};

// One cluster's pivot onto a released model (`pivots` table), with the model's name.
struct PivotMark
{
    std::int64_t cluster = 0;
    QString model;
    std::int64_t releasedAt = 0;
    std::optional<double> hoursToPivot; // nullopt: no sustained pivot within 14 days
    bool flagged = false;
    QString reason;

    // When the cluster moved: pivot hours count from the start of the UTC hour that holds the
    // release (hour 0, see analysis/pivots.h), so this is that hour plus hoursToPivot. Without
    // hoursToPivot (flagged on the first day's step alone), the release hour.
    std::int64_t pivotAt() const;
};

// All releases, oldest first. nullopt with *error on failure.
std::optional<QList<ReleaseMark>> readReleases(const CaseFile &file, QString *error);

// The stored pivots of the given clusters (nullopt: of every cluster), by release time then
// cluster; `flaggedOnly` keeps the flagged ones. No analysis yet: an empty list.
std::optional<QList<PivotMark>> readPivotMarks(const CaseFile &file, const std::optional<QList<std::int64_t>> &clusters,
                                               bool flaggedOnly, QString *error);

// The clusters of the stored analysis holding any of these accounts, ascending, each once.
std::optional<QList<std::int64_t>> clustersOfAccounts(const CaseFile &file, const QList<std::int64_t> &accounts,
                                                      QString *error);

// Everything one timeline shows, read at hourly resolution so that a view can re-bucket
// (day, week, zoom) without reading the case again.
struct TimelineData
{
    QList<TrafficCount> hourlyByModel;      // ordered by start, then key (traffic())
    QList<TrafficCount> hourlyByCapability;
    QList<ReleaseMark> releases;            // every release, oldest first
    QList<PivotMark> pivots;                // flagged pivots (see readTimelineData)
};

// Reads the hourly traffic of the whole case (rollup) or of `accounts` (their exchange blocks,
// decoded twice: once per split), every release, and the flagged pivots: for the whole case all
// of them, for a selection those of the clusters holding any selected account. Runs on the
// calling thread with `file`'s connection: a background reader opens its own CaseFile.
std::optional<TimelineData> readTimelineData(const CaseFile &file, const std::optional<QList<std::int64_t>> &accounts,
                                             QString *error);

} // namespace hl
