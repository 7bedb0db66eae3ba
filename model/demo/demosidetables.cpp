#include "demosidetables.h"

#include "demomath.h"
#include "demopopulation.h"
#include "demoschedule.h"
#include "demoscenario.h"
#include "demotablewriter.h"
#include "demotimeformat.h"

#include <cmath>

namespace hl {

DemoSideTables::DemoSideTables(const DemoPopulation &population, const DemoSchedule &schedule, std::uint64_t seed)
    : m_population(population)
    , m_schedule(schedule)
    , m_seed(seed)
{
}

std::vector<const char *> DemoSideTables::accountColumns()
{
    return {"account_id", "created_at", "org_id", "email_domain", "signup_path", "country", "status"};
}

std::vector<const char *> DemoSideTables::releaseColumns()
{
    return {"model", "released_at", "label"};
}

std::vector<const char *> DemoSideTables::scoreColumns()
{
    return {"account_id", "scored_at", "classifier", "version", "score"};
}

bool DemoSideTables::writeAccounts(DemoTableWriter &w) const
{
    for (const auto &a : m_population.accounts()) {
        w.addString(a.id);
        w.addTime(a.createdAt);
        w.addString(a.orgId);
        w.addString(a.emailDomain);
        w.addString(DemoScenario::signupName(a.signup));
        w.addString(a.country);
        w.addString(DemoScenario::statusName(a.status));
        if (!w.endRow())
            return false;
    }
    return true;
}

bool DemoSideTables::writeReleases(DemoTableWriter &w) const
{
    for (int m = 0; m < ModelCount; ++m) {
        w.addString(DemoScenario::modelName(m));
        w.addTime(DemoScenario::releaseTime(m));
        w.addString(DemoScenario::release(m).label);
        if (!w.endRow())
            return false;
    }
    return true;
}

double DemoSideTables::scoreLogit(std::size_t index) const
{
    const DemoAccount &a = m_population.accounts()[index];
    const DemoGroup &g = m_population.groups()[a.group];
    switch (g.kind) {
    case DemoKind::Actor:
        return DemoScenario::actor(g.spec).scoreLogit;
    case DemoKind::Ordinary:
        // Scripts and heavy users look more "automated" to the classifier.
        return DemoScenario::ordinaryScoreLogit() + (a.persona == DemoScenario::Bot ? 1.6 : 0.0)
             + (a.intensity > 4.0f ? 0.8 : 0.0);
    default:
        return DemoScenario::lookalike(g.spec).scoreLogit;
    }
}

bool DemoSideTables::writeScores(DemoTableWriter &w) const
{
    // Each run scores the accounts that were active in the three weeks before it, in batches
    // that take a few hours. The classifier is noisy: campaigns score higher on average, but
    // resellers, CGNAT crowds and scripts overlap them.
    const auto &accounts = m_population.accounts();
    std::vector<std::size_t> batch;
    for (int r = 0; r < DemoScenario::scoringRunCount(); ++r) {
        const std::int64_t runAt = DemoScenario::scoringTime(r);
        const auto &run = DemoScenario::scoringRun(r);
        const bool newVersion = run.version[2] == '4';
        const int day = static_cast<int>(DemoTimeFormat::floorDiv(runAt - DemoScenario::windowStart(), DemoTimeFormat::Day));
        batch.clear();
        for (std::size_t i = 0; i < accounts.size(); ++i) {
            const DemoAccount &a = accounts[i];
            if (a.createdAt > runAt - DemoTimeFormat::Day || a.activeUntil < runAt - 21 * DemoTimeFormat::Day)
                continue;
            if (m_schedule.exchangesBetween(i, day - 21, day + 1) == 0)
                continue;
            if (DemoRandom::unit(DemoRandom::hash(a.salt, m_seed, 0x5c0, static_cast<std::uint64_t>(r))) < 0.03)
                continue; // the batch job skipped it
            batch.push_back(i);
        }
        const auto span = static_cast<std::int64_t>(3 * DemoTimeFormat::Hour);
        for (std::size_t k = 0; k < batch.size(); ++k) {
            const std::size_t i = batch[k];
            const DemoAccount &a = accounts[i];
            const bool actor = m_population.groups()[a.group].kind == DemoKind::Actor;
            DemoRandom accountNoise(DemoRandom::hash(a.salt, m_seed, 0x5c1));
            DemoRandom runNoise(DemoRandom::hash(a.salt, m_seed, 0x5c2, static_cast<std::uint64_t>(r)));
            double x = scoreLogit(i) + 0.8 * accountNoise.normal() + 0.45 * runNoise.normal();
            if (newVersion)
                x += actor ? 0.3 : -0.1;
            const double score = 1.0 / (1.0 + demomath::exp(-x));
            w.addString(a.id);
            w.addTime(runAt + span * static_cast<std::int64_t>(k) / static_cast<std::int64_t>(batch.size()));
            w.addString(classifier());
            w.addString(run.version);
            w.addFixed(static_cast<std::int64_t>(std::floor(score * 1000.0 + 0.5)), 3);
            if (!w.endRow())
                return false;
        }
    }
    return true;
}

} // namespace hl
