#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace hl {

class CaseFile;

// Retrained classifiers (schema 9): each `hydralens train` is one training run, stored with
// its own classifier version (name "hydralens", version "v1", "v2", …) whose scores go to the
// scores table like any upstream classifier's, the fitted model and its metrics, and the risk
// every cluster had before and after the re-ranking.

struct TrainingRun
{
    std::int64_t id = 0;
    std::int64_t classifierId = 0;
    QString version;               // "v3"
    std::int64_t createdAt = 0;    // Unix seconds
    std::int64_t analysisRunId = 0;
    std::int64_t labelEventId = 0; // the label snapshot: every event up to this id
    QJsonObject metrics;
    QJsonObject model;
};

struct ClusterRerank
{
    std::int64_t clusterId = 0;
    double risk = 0;
    bool flagged = false;
    QStringList reasons; // strongest first
};

struct RiskChange
{
    std::int64_t clusterId = 0;
    double before = 0, after = 0;
};

inline const char *const RetrainedClassifierName = "hydralens";

// The version the next training run gets: "v" + (runs so far + 1).
std::optional<QString> nextTrainingVersion(const CaseFile &file, QString *error);

// Stores a training run in one transaction: a new classifier version (run.version, or the next
// one when empty), `scores` (case account
// id, score 0..1) under it, the run, and the clusters' new risk, flag and reasons with their
// risk before (all or nothing: on failure the case is unchanged). Returns the stored run.
std::optional<TrainingRun> saveTrainingRun(const CaseFile &file, TrainingRun run,
                                           const std::vector<std::pair<std::int64_t, double>> &scores,
                                           const std::vector<ClusterRerank> &clusters, QString *error);

// Every training run, oldest first (the score history).
std::optional<std::vector<TrainingRun>> readTrainingRuns(const CaseFile &file, QString *error);

// How a run moved the clusters' risk, largest move first (at most `limit`; 0: all).
std::optional<std::vector<RiskChange>> readRiskChanges(const CaseFile &file, std::int64_t runId, std::size_t limit,
                                                       QString *error);

} // namespace hl
