#pragma once

#include "export/redactor.h"
#include "stixexport.h"
#include "stixids.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <map>
#include <vector>

namespace hl::stix {

// Maps what the case says about its distillation campaigns to STIX objects, in a fixed order:
// the producer's identity, the TLP marking, the actors (threat-actor, intrusion-set), then per
// campaign (by cluster id) the campaign, its infrastructure and observables, its indicators and
// the relationships between them. Objects shared by campaigns (an IP, an AS, an actor) appear
// once, where first used. docs/stix.md lists the mapping.
class BundleBuilder
{
public:
    // `identifiers`: the case's identifiers in the campaigns' free text (readIdentifierKinds),
    // for redaction.
    BundleBuilder(const StixCaseData &data, const StixExportOptions &options, const Tlp &tlp, const Redactor &redactor,
                  QHash<QString, int> identifiers);

    std::vector<QJsonObject> build();

    // `text` with the case's identifiers (account ids, IPs, domains, fingerprints; any IPv4
    // address) replaced by their pseudonyms; unchanged when the redactor is off.
    static QString scrub(const QString &text, const Redactor &redactor, const QHash<QString, int> &identifiers);
    // The words of `text` that scrub() looks up.
    static QStringList tokens(const QString &text);

private:
    // An IP or e-mail domain the bundle gives an indicator for, over every campaign sharing it.
    struct IndicatorInfo
    {
        int kind = 0;
        QString shown; // the value, or its pseudonym
        bool v6 = false;
        std::int64_t created = 0, modified = 0, validFrom = 0;
        std::vector<std::int64_t> clusters;
    };

    void add(QJsonObject o);
    QJsonObject core(const QString &type, const QString &id, std::int64_t created, std::int64_t modified) const;
    QString sdoId(const QString &type, const QString &key) const;
    void relate(const QString &type, const QString &source, const QString &target, std::int64_t created,
                std::int64_t modified);
    QString observable(const QString &type, const QJsonObject &idProperties, const QJsonObject &more = {});
    void collectIndicators();
    void actors();
    void campaign(const StixCampaign &c);
    QString infrastructure(const StixCampaign &c);
    void indicators(const StixCampaign &c, const QString &campaign);

    const StixCaseData &m_data;
    const StixExportOptions &m_options;
    Tlp m_tlp;
    const Redactor &m_redactor;
    QHash<QString, int> m_identifiers;
    QString m_identityId;
    std::map<std::pair<int, QString>, IndicatorInfo> m_indicators;
    std::vector<QJsonObject> m_objects;
    QSet<QString> m_emitted;
};

} // namespace hl::stix
