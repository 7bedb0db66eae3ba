#include "timelinedata.h"

#include "casefile.h"
#include "statement.h"
#include "util/timeparse.h"

#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace hl {

std::int64_t PivotMark::pivotAt() const
{
    const std::int64_t hour = bucketStart(releasedAt, 3600);
    return hour + (hoursToPivot ? std::int64_t(std::llround(*hoursToPivot * 3600.0)) : 0);
}

std::optional<QList<ReleaseMark>> readReleases(const CaseFile &file, QString *error)
{
    return guardStorage(error, [&] {
        QList<ReleaseMark> out;
        Statement st(file.handle(), "SELECT m.name, r.released_at, r.label FROM releases r"
                                    " JOIN models m ON m.id = r.model_id ORDER BY r.released_at, m.name");
        while (st.step()) {
            ReleaseMark r{st.columnText(0), st.columnInt(1), st.columnIsNull(2) ? QString() : st.columnText(2)};
            if (r.label.trimmed().isEmpty())
                r.label = r.model;
            out.append(std::move(r));
        }
        return out;
    });
}

std::optional<QList<PivotMark>> readPivotMarks(const CaseFile &file, const std::optional<QList<std::int64_t>> &clusters,
                                               bool flaggedOnly, QString *error)
{
    return guardStorage(error, [&] {
        QSet<std::int64_t> wanted;
        if (clusters)
            wanted = QSet<std::int64_t>(clusters->cbegin(), clusters->cend());
        QList<PivotMark> out;
        Statement st(file.handle(), "SELECT p.cluster_id, m.name, p.released_at, p.hours_to_pivot, p.flagged, p.reason"
                                    " FROM pivots p JOIN models m ON m.id = p.model_id"
                                    " ORDER BY p.released_at, p.cluster_id");
        while (st.step()) {
            PivotMark p;
            p.cluster = st.columnInt(0);
            p.flagged = st.columnInt(4) != 0;
            if ((clusters && !wanted.contains(p.cluster)) || (flaggedOnly && !p.flagged))
                continue;
            p.model = st.columnText(1);
            p.releasedAt = st.columnInt(2);
            if (!st.columnIsNull(3))
                p.hoursToPivot = st.columnDouble(3);
            p.reason = st.columnText(5);
            out.append(std::move(p));
        }
        return out;
    });
}

std::optional<QList<std::int64_t>> clustersOfAccounts(const CaseFile &file, const QList<std::int64_t> &accounts,
                                                      QString *error)
{
    return guardStorage(error, [&] {
        QSet<std::int64_t> found;
        Statement st(file.handle(), "SELECT cluster_id FROM cluster_members WHERE account_id = ?1");
        for (const std::int64_t a : accounts) {
            st.bind(1, a);
            if (st.step())
                found.insert(st.columnInt(0));
            st.reset();
        }
        QList<std::int64_t> out(found.cbegin(), found.cend());
        std::sort(out.begin(), out.end());
        return out;
    });
}

std::optional<TimelineData> readTimelineData(const CaseFile &file, const std::optional<QList<std::int64_t>> &accounts,
                                             QString *error)
{
    TimelineData data;
    TrafficQuery query;
    query.bucketSeconds = 3600;
    query.accounts = accounts;
    query.split = TrafficSplit::ByModel;
    auto byModel = traffic(file, query, error);
    if (!byModel)
        return std::nullopt;
    query.split = TrafficSplit::ByCapability;
    auto byCapability = traffic(file, query, error);
    if (!byCapability)
        return std::nullopt;
    data.hourlyByModel = std::move(*byModel);
    data.hourlyByCapability = std::move(*byCapability);

    auto releases = readReleases(file, error);
    if (!releases)
        return std::nullopt;
    data.releases = std::move(*releases);

    std::optional<QList<std::int64_t>> clusters;
    if (accounts) {
        clusters = clustersOfAccounts(file, *accounts, error);
        if (!clusters)
            return std::nullopt;
    }
    auto pivots = readPivotMarks(file, clusters, true, error);
    if (!pivots)
        return std::nullopt;
    data.pivots = std::move(*pivots);
    return data;
}

} // namespace hl
