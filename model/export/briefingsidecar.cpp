#include "export/briefingsidecar.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace hl {

namespace {

constexpr auto Format = "hydralens-briefing-1";

struct SidecarText
{
    Q_DECLARE_TR_FUNCTIONS(hl::BriefingSidecar)
};

} // namespace

QJsonObject briefingSidecar(const BriefingData &data, const std::vector<BriefingPage> &pages, const QString &pageSize)
{
    QJsonArray clusters, out;
    for (std::int64_t id : data.options.clusters)
        clusters.append(qint64(id));
    for (std::size_t i = 0; i < pages.size(); ++i)
        out.append(QJsonObject{{u"page"_s, int(i + 1)},
                               {u"kind"_s, briefingPageKindName(pages[i].kind)},
                               {u"hash"_s, pages[i].hash},
                               {u"data"_s, pages[i].data}});
    return {{u"format"_s, QString::fromLatin1(Format)},
            {u"case"_s, data.caseName},
            {u"filters"_s, data.filters},
            {u"options"_s, QJsonObject{{u"clusters"_s, clusters}, {u"top"_s, data.options.top}, {u"redact"_s, data.options.redact}}},
            {u"page_size"_s, pageSize},
            {u"pages"_s, out}};
}

std::optional<BriefingOptions> briefingOptionsFrom(const QJsonObject &sidecar, QString *error)
{
    if (sidecar.value(u"format"_s).toString() != QLatin1StringView(Format)) {
        *error = SidecarText::tr("not a HydraLens briefing sidecar (its \"format\" is not %1): give the .json file written "
                                 "beside the briefing PDF").arg(QLatin1StringView(Format));
        return std::nullopt;
    }
    const QJsonObject o = sidecar.value(u"options"_s).toObject();
    BriefingOptions options;
    for (const QJsonValue &v : o.value(u"clusters"_s).toArray())
        options.clusters.push_back(v.toInteger());
    options.top = o.value(u"top"_s).toInt(10);
    options.redact = o.value(u"redact"_s).toBool();
    return options;
}

std::vector<BriefingPageCheck> verifyBriefing(const QJsonObject &sidecar, const std::vector<BriefingPage> &now)
{
    std::vector<BriefingPageCheck> checks;
    const QJsonArray pages = sidecar.value(u"pages"_s).toArray();
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QJsonObject p = pages.at(i).toObject();
        BriefingPageCheck c;
        c.page = int(i + 1);
        c.kind = p.value(u"kind"_s).toString();
        c.stamped = p.value(u"hash"_s).toString();
        c.ofSidecarData = dataHash(p.value(u"data"_s).toObject());
        if (std::size_t(i) < now.size())
            c.now = now[std::size_t(i)].hash;
        checks.push_back(c);
    }
    for (std::size_t i = std::size_t(pages.size()); i < now.size(); ++i) // the briefing has more pages now
        checks.push_back({int(i + 1), briefingPageKindName(now[i].kind), QString(), QString(), now[i].hash});
    return checks;
}

} // namespace hl
