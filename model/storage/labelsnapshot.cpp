#include "labelsnapshot.h"

#include "analysisstore.h"
#include "casefile.h"
#include "statement.h"

#include <string_view>
#include <unordered_map>

namespace hl {

namespace {

Verdict verdictOf(std::string_view name)
{
    if (name == "distillation")
        return Verdict::Distillation;
    if (name == "benign")
        return Verdict::Benign;
    if (name == "unsure")
        return Verdict::Unsure;
    return Verdict::None; // NULL: removed (the schema's CHECK allows nothing else)
}

Confidence confidenceOf(std::string_view name)
{
    if (name == "low")
        return Confidence::Low;
    if (name == "medium")
        return Confidence::Medium;
    if (name == "high")
        return Confidence::High;
    return Confidence::None;
}

} // namespace

std::optional<EffectiveVerdicts> readEffectiveVerdicts(const CaseFile &file, QString *error)
{
    auto membership = readClusterMembership(file, error);
    if (!membership)
        return std::nullopt;
    return guardStorage(error, [&] {
        EffectiveVerdicts out;
        out.clusterOf = std::move(*membership);
        out.accounts.resize(out.clusterOf.size());
        // In id order a later event overwrites an earlier one: what is left is each target's latest.
        std::unordered_map<std::int64_t, AccountVerdict> clusters;
        std::vector<AccountVerdict> own(out.clusterOf.size());
        Statement st(file.handle(), "SELECT target_kind, target_id, verdict, confidence FROM label_events ORDER BY id");
        while (st.step()) {
            const AccountVerdict v{verdictOf(st.columnBlob(2)), confidenceOf(st.columnBlob(3)), LabelTarget(st.columnInt(0))};
            const std::int64_t id = st.columnInt(1);
            if (v.from == LabelTarget::Cluster)
                clusters[id] = v;
            else if (id > 0 && std::size_t(id) < own.size())
                own[std::size_t(id)] = v;
        }
        for (std::size_t a = 1; a < out.accounts.size(); ++a) {
            if (own[a].verdict != Verdict::None) {
                out.accounts[a] = own[a];
            } else if (out.clusterOf[a] != 0) {
                const auto c = clusters.find(out.clusterOf[a]);
                if (c != clusters.end())
                    out.accounts[a] = c->second;
            }
        }
        Statement raters(file.handle(), "SELECT count(DISTINCT analyst) FROM label_events"
                                        " WHERE origin NOT IN ('resolve', 'unresolve')");
        raters.step();
        out.raters = raters.columnInt(0);
        return out;
    });
}

} // namespace hl
