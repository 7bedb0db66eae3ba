#include "casesummary.h"

#include "storage/caseinfo.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace hl {

namespace {

QString when(std::int64_t ts)
{
    return QDateTime::fromSecsSinceEpoch(ts, QTimeZone::utc()).toString(u"yyyy-MM-dd HH:mm"_s) + u" UTC"_s;
}

QString row(const QString &name, const QString &value)
{
    return u"<tr><td>"_s + name.toHtmlEscaped() + u"</td><td align=\"right\">"_s + value.toHtmlEscaped()
           + u"</td></tr>"_s;
}

} // namespace

QString CaseSummary::toHtml(const CaseInfo &info)
{
    const QLocale locale;
    auto n = [&](std::int64_t v) { return locale.toString(qlonglong(v)); };
    QString out = u"<h3>"_s + info.path.toHtmlEscaped() + u"</h3><table cellspacing=\"4\">"_s;
    out += row(tr("Accounts"), n(info.accounts));
    out += row(tr("Exchanges"), n(info.exchanges));
    if (info.firstTs && info.lastTs)
        out += row(tr("Time span"), tr("%1 to %2").arg(when(*info.firstTs), when(*info.lastTs)));
    out += row(tr("Account–infrastructure links"), n(info.links));
    out += row(tr("Prompt templates"), n(info.templates));
    out += row(tr("Upstream scores"), n(info.scores));
    out += row(tr("Partner indicators"), n(info.indicators));
    out += row(tr("Case format"), QString::number(info.schemaVersion));
    out += u"</table><h4>"_s + tr("Models") + u"</h4><table cellspacing=\"4\">"_s;
    for (const ModelSummary &m : info.models)
        out += row(m.name, m.releasedAt ? tr("%1 exchanges, released %2").arg(n(m.exchanges), when(*m.releasedAt))
                                        : tr("%1 exchanges").arg(n(m.exchanges)));
    out += u"</table><h4>"_s + tr("Infrastructure (distinct values linked to accounts)") + u"</h4><table cellspacing=\"4\">"_s;
    for (const auto &[kind, count] : info.infraByKind)
        out += row(kind, n(count));
    out += u"</table><h4>"_s + tr("Imports") + u"</h4>"_s;
    if (info.imports.isEmpty())
        out += u"<p>"_s + tr("Nothing imported yet: File ▸ Import Export… (Ctrl+I).") + u"</p>"_s;
    for (const ImportRecord &r : info.imports) {
        out += u"<p><b>#"_s + QString::number(r.id) + u"</b> "_s
               + tr("%1, from %2 (%3)").arg(when(r.finishedAt), r.source,
                                             r.producer.isEmpty() ? tr("unknown producer") : r.producer).toHtmlEscaped()
               + u"<br>"_s;
        for (const ImportFileRecord &f : r.files)
            out += tr("%1: %2 rows").arg(f.name, n(f.rows)).toHtmlEscaped() + u"<br>"_s;
        out += u"</p>"_s;
    }
    return out;
}

} // namespace hl
