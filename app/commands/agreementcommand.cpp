// hydralens agreement: how far the analysts who labelled a case agree (Cohen's kappa per pair,
// Krippendorff's alpha over all) and where they disagree (model/analysis/agreement.h).
#include "cli.h"
#include "commandparser.h"
#include "analysis/agreement.h"
#include "storage/casefile.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace hl::cli {

namespace {

QString targetName(LabelTarget t)
{
    return t == LabelTarget::Cluster ? u"cluster"_s : u"account"_s;
}

QJsonValue number(double v)
{
    return std::isnan(v) ? QJsonValue() : QJsonValue(v);
}

QString number(double v, int decimals)
{
    return std::isnan(v) ? u"n/a"_s : QString::number(v, 'f', decimals);
}

QString reliabilityName(double alpha)
{
    switch (reliabilityOf(alpha)) {
    case Reliability::Reliable: return u"reliable"_s;
    case Reliability::Tentative: return u"tentative"_s;
    case Reliability::Unreliable: return u"unreliable"_s;
    case Reliability::Undefined: break;
    }
    return u"undefined"_s;
}

QJsonObject toJson(const Agreement &a)
{
    QJsonArray pairs;
    for (const AnalystPair &p : a.pairs)
        pairs.append(QJsonObject{{u"a"_s, a.analysts[p.a]},
                                 {u"b"_s, a.analysts[p.b]},
                                 {u"items"_s, qint64(p.stats.items)},
                                 {u"observed"_s, number(p.stats.observed)},
                                 {u"kappa"_s, number(p.stats.kappa)}});
    QJsonArray disagreements;
    for (const Disagreement &d : a.disagreements) {
        QJsonObject verdicts;
        for (std::size_t i = 0; i < d.verdicts.size(); ++i)
            if (d.verdicts[i] != Verdict::None)
                verdicts.insert(a.analysts[qsizetype(i)], verdictName(d.verdicts[i]));
        QJsonObject o{{u"target"_s, targetName(d.target)},
                      {u"target_id"_s, qint64(d.targetId)},
                      {u"verdicts"_s, verdicts},
                      {u"resolved"_s, d.resolved}};
        if (d.resolved) {
            o.insert(u"resolution"_s, verdictName(d.resolution));
            o.insert(u"resolved_by"_s, d.resolvedBy);
            o.insert(u"resolved_at"_s, QDateTime::fromSecsSinceEpoch(d.resolvedAt, QTimeZone::utc()).toString(Qt::ISODate));
        }
        disagreements.append(o);
    }
    return QJsonObject{{u"analysts"_s, QJsonArray::fromStringList(a.analysts)},
                       {u"items"_s, qint64(a.items)},
                       {u"pairable_items"_s, qint64(a.pairableItems)},
                       {u"pairs"_s, pairs},
                       {u"alpha"_s, number(a.alpha)},
                       {u"reliability"_s, reliabilityName(a.alpha)},
                       {u"open"_s, a.openCount()},
                       {u"disagreements"_s, disagreements}};
}

QString toText(const Agreement &a)
{
    if (a.analysts.isEmpty())
        return u"No labels yet. 'hydralens label --case FILE --cluster ID --verdict V --analyst NAME' adds one.\n"_s;
    if (a.analysts.size() == 1)
        return u"Only one analyst (%1) has labelled: agreement needs two.\n"_s.arg(a.analysts.front());
    QString text = u"Analysts: %1\nTargets labelled: %2, %3 of them by two or more analysts\n\n"_s
                       .arg(a.analysts.join(u", "_s))
                       .arg(a.items)
                       .arg(a.pairableItems);
    text += u"%1 %2 %3 %4 %5\n"_s.arg(u"analyst"_s, -16).arg(u"analyst"_s, -16).arg(u"both"_s, 6).arg(u"agree"_s, 7).arg(u"kappa"_s, 7);
    for (const AnalystPair &p : a.pairs)
        text += u"%1 %2 %3 %4 %5\n"_s.arg(a.analysts[p.a], -16)
                    .arg(a.analysts[p.b], -16)
                    .arg(p.stats.items, 6)
                    .arg(std::isnan(p.stats.observed) ? u"n/a"_s : number(100 * p.stats.observed, 1) + u'%', 7)
                    .arg(number(p.stats.kappa, 3), 7);
    text += u"\nKrippendorff's alpha (nominal, %1 analysts): %2 (%3; >= 0.800 reliable, 0.667-0.800 tentative)\n"_s
                .arg(a.analysts.size())
                .arg(number(a.alpha, 3), reliabilityName(a.alpha));
    const int open = a.openCount();
    text += u"\nDisagreements: %1 open, %2 resolved\n"_s.arg(open).arg(qsizetype(a.disagreements.size()) - open);
    // Target, status (as wide as the widest), then the analysts' verdicts.
    std::vector<QString> status;
    qsizetype width = 0;
    for (const Disagreement &d : a.disagreements) {
        status.push_back(d.resolved ? u"resolved as %1 by %2"_s.arg(verdictName(d.resolution), d.resolvedBy) : u"open"_s);
        width = std::max(width, status.back().size());
    }
    for (std::size_t k = 0; k < a.disagreements.size(); ++k) {
        const Disagreement &d = a.disagreements[k];
        QStringList verdicts;
        for (std::size_t i = 0; i < d.verdicts.size(); ++i)
            if (d.verdicts[i] != Verdict::None)
                verdicts.append(a.analysts[qsizetype(i)] + u' ' + verdictName(d.verdicts[i]));
        text += u"%1 %2  %3  %4\n"_s.arg(targetName(d.target), -7)
                    .arg(d.targetId, -8)
                    .arg(status[k], -int(width))
                    .arg(verdicts.join(u", "_s));
    }
    return text;
}

} // namespace

int agreementCommand(const QStringList &args)
{
    CommandParser parser(u"agreement"_s,
                         u"How far the analysts who labelled the case agree: Cohen's kappa for every pair, Krippendorff's "
                         "alpha over all of them, and the targets they disagree on (open, or resolved by a label with "
                         "origin 'resolve', as the window's Agreement panel records)."_s);
    parser.addCaseOption();
    parser.addOption({u"json"_s, u"print JSON"_s});
    int code = Success;
    CaseFile file;
    if (!parser.parseAndOpenCase(args, file, &code))
        return code;
    QString error;
    const auto agreement = computeAgreement(file, &error);
    if (!agreement) {
        printError(u"agreement: %1"_s.arg(error));
        return InternalError;
    }
    if (parser.isSet(u"json"_s))
        printOut(QString::fromUtf8(QJsonDocument(toJson(*agreement)).toJson(QJsonDocument::Compact)) + u'\n');
    else
        printOut(toText(*agreement));
    return Success;
}

} // namespace hl::cli
