#include "trainingstore.h"

#include "casefile.h"
#include "jsontext.h"
#include "statement.h"

#include <sqlite3.h>

#include <QDateTime>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace hl {

namespace {

QString nextVersion(sqlite3 *db)
{
    Statement count(db, "SELECT count(*) FROM training_runs");
    count.step();
    return u"v%1"_s.arg(count.columnInt(0) + 1);
}

} // namespace

std::optional<QString> nextTrainingVersion(const CaseFile &file, QString *error)
{
    return guardStorage(error, [&] { return nextVersion(file.handle()); });
}

std::optional<TrainingRun> saveTrainingRun(const CaseFile &file, TrainingRun run,
                                           const std::vector<std::pair<std::int64_t, double>> &scores,
                                           const std::vector<ClusterRerank> &clusters, QString *error)
{
    sqlite3 *db = file.handle();
    return guardStorage(error, [&] {
        execSql(db, "SAVEPOINT training");
        try {
            if (run.createdAt == 0)
                run.createdAt = QDateTime::currentSecsSinceEpoch();
            if (run.version.isEmpty())
                run.version = nextVersion(db);
            Statement classifier(db, "INSERT INTO classifiers(name, version) VALUES(?1, ?2)");
            classifier.bind(1, std::string_view(RetrainedClassifierName)).bind(2, run.version.toStdString());
            classifier.step();
            run.classifierId = std::int64_t(sqlite3_last_insert_rowid(db));

            Statement insertRun(db, "INSERT INTO training_runs(classifier_id, created_at, analysis_run_id, label_event_id,"
                                    " metrics, model) VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
            insertRun.bind(1, run.classifierId).bind(2, run.createdAt).bind(3, run.analysisRunId).bind(4, run.labelEventId);
            insertRun.bind(5, compactJson(run.metrics)).bind(6, compactJson(run.model));
            insertRun.step();
            run.id = std::int64_t(sqlite3_last_insert_rowid(db));

            Statement score(db, "INSERT INTO scores(account_id, classifier_id, scored_at, score) VALUES(?1, ?2, ?3, ?4)");
            for (const auto &[account, value] : scores) {
                score.bind(1, account).bind(2, run.classifierId).bind(3, run.createdAt);
                score.bind(4, std::clamp(value, 0.0, 1.0));
                score.step();
                score.reset();
            }

            Statement before(db, "SELECT risk FROM clusters WHERE id = ?1");
            Statement history(db, "INSERT INTO cluster_risk_history(training_run_id, cluster_id, risk_before, risk_after)"
                                  " VALUES(?1, ?2, ?3, ?4)");
            Statement update(db, "UPDATE clusters SET risk = ?2, flagged = ?3, reasons = ?4 WHERE id = ?1");
            for (const ClusterRerank &c : clusters) {
                before.bind(1, c.clusterId);
                if (!before.step())
                    throw StorageError{u"cluster %1 is not in the stored analysis"_s.arg(c.clusterId)};
                const double was = before.columnDouble(0);
                before.reset();
                history.bind(1, run.id).bind(2, c.clusterId).bind(3, was).bind(4, c.risk);
                history.step();
                history.reset();
                update.bind(1, c.clusterId).bind(2, c.risk).bind(3, std::int64_t(c.flagged)).bind(4, compactJson(c.reasons));
                update.step();
                update.reset();
            }
            classifier = Statement();
            insertRun = Statement();
            score = Statement();
            before = Statement();
            history = Statement();
            update = Statement();
            execSql(db, "RELEASE training");
        } catch (const StorageError &) {
            execSql(db, "ROLLBACK TO training; RELEASE training");
            throw;
        }
        return run;
    });
}

std::optional<std::vector<TrainingRun>> readTrainingRuns(const CaseFile &file, QString *error)
{
    return guardStorage(error, [&] {
        std::vector<TrainingRun> out;
        Statement st(file.handle(), "SELECT t.id, t.classifier_id, c.version, t.created_at, t.analysis_run_id,"
                                    " t.label_event_id, t.metrics, t.model FROM training_runs t"
                                    " JOIN classifiers c ON c.id = t.classifier_id ORDER BY t.id");
        while (st.step()) {
            TrainingRun r;
            r.id = st.columnInt(0);
            r.classifierId = st.columnInt(1);
            r.version = st.columnText(2);
            r.createdAt = st.columnInt(3);
            r.analysisRunId = st.columnInt(4);
            r.labelEventId = st.columnInt(5);
            r.metrics = jsonObjectOf(st.columnText(6));
            r.model = jsonObjectOf(st.columnText(7));
            out.push_back(std::move(r));
        }
        return out;
    });
}

std::optional<std::vector<RiskChange>> readRiskChanges(const CaseFile &file, std::int64_t runId, std::size_t limit,
                                                       QString *error)
{
    return guardStorage(error, [&] {
        std::vector<RiskChange> out;
        Statement st(file.handle(), "SELECT cluster_id, risk_before, risk_after FROM cluster_risk_history"
                                    " WHERE training_run_id = ?1 ORDER BY abs(risk_after - risk_before) DESC, cluster_id"
                                    " LIMIT ?2");
        st.bind(1, runId).bind(2, limit ? std::int64_t(limit) : std::int64_t(-1));
        while (st.step())
            out.push_back({st.columnInt(0), st.columnDouble(1), st.columnDouble(2)});
        return out;
    });
}

} // namespace hl
