#pragma once

// Ground truth from the demo generator's answer key, turned into labels as an analyst would set
// them: every cluster whose accounts are mostly an actor's is labelled distillation, and a
// `benignShare` of the other clusters (chosen by a seeded generator) benign. Header-only.
#include "labelevent.h"
#include "storage/analysisstore.h"
#include "storage/casefile.h"
#include "storage/labelstore.h"
#include "storage/statement.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QString>

#include <map>

namespace hltest {

struct TruthLabels
{
    int distillation = 0, benign = 0;
    QString error;
};

inline TruthLabels labelFromTruth(const hl::CaseFile &file, const QString &truthPath, double benignShare, quint32 seed)
{
    TruthLabels out;
    QFile f(truthPath);
    if (!f.open(QIODevice::ReadOnly)) {
        out.error = u"cannot read "_qs + truthPath;
        return out;
    }
    const QJsonObject truth = QJsonDocument::fromJson(f.readAll()).object().value(u"accounts"_qs).toObject();
    std::map<std::int64_t, QString> keys;
    {
        hl::Statement st(file.handle(), "SELECT id, account_key FROM accounts");
        while (st.step())
            keys.emplace(st.columnInt(0), st.columnText(1));
    }
    const auto clusters = hl::readClusters(file, 1, &out.error);
    if (!clusters)
        return out;
    QRandomGenerator rng(seed);
    std::vector<hl::LabelEvent> events;
    for (const hl::StoredCluster &c : *clusters) {
        std::size_t actors = 0;
        for (std::uint32_t a : c.accounts)
            actors += truth.value(keys[a]).toString().startsWith(u"actor:"_qs);
        const bool actor = 2 * actors > c.accounts.size();
        if (!actor && rng.generateDouble() >= benignShare)
            continue;
        events.push_back(labelEvent(hl::LabelTarget::Cluster, c.id,
                                    actor ? hl::Verdict::Distillation : hl::Verdict::Benign, u"truth"_qs));
        ++(actor ? out.distillation : out.benign);
    }
    if (!hl::appendLabels(file, std::move(events), &out.error))
        return out;
    out.error.clear();
    return out;
}

} // namespace hltest
