#pragma once

#include "storage/labelstore.h"

#include <QLatin1StringView>
#include <QStringList>

#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

namespace hl {

class CaseFile;

// Agreement between analysts who label the same targets (issue 5).
//
// The statistics are pure functions over nominal ratings: categories are any whole numbers
// >= 0, NoRating marks a missing value. Where a coefficient is undefined they return NaN
// (std::isnan); callers show it as "n/a".

inline constexpr int NoRating = -1;
inline constexpr double Undefined = std::numeric_limits<double>::quiet_NaN();

struct PairStatistics
{
    std::int64_t items = 0;    // items both raters rated
    double observed = Undefined; // share of those items rated alike (0..1)
    double kappa = Undefined;  // Cohen's kappa
};

// Cohen's kappa for two raters: a[i] and b[i] rate item i (the vectors have the same length);
// items either rater left out (NoRating) are skipped. kappa = (po - pe) / (1 - pe), po the
// observed agreement, pe the agreement expected by chance from each rater's own category
// shares. NaN when no item is rated by both, or when pe = 1 (both raters put every item in one
// and the same category, so chance and skill cannot be told apart).
PairStatistics cohensKappa(const std::vector<int> &a, const std::vector<int> &b);

// Krippendorff's alpha with the nominal metric. units[u][c] is coder c's value for unit u
// (NoRating where c did not code u; rows may differ in length). A unit coded by fewer than two
// coders is not pairable and is ignored. alpha = 1 - (n - 1) * sum(o_ck, c != k) /
// sum(n_c * n_k, c != k) over the coincidence matrix o of the pairable values (Krippendorff
// 2011, "Computing Krippendorff's Alpha-Reliability"). NaN when no unit is pairable or the
// expected disagreement is 0 (every pairable value is the same category).
double krippendorffAlpha(const std::vector<std::vector<int>> &units);

// Krippendorff's reading of alpha: >= 0.800 reliable, >= 0.667 tentative conclusions only,
// below that (or NaN) unreliable.
enum class Reliability : std::uint8_t { Undefined, Unreliable, Tentative, Reliable };
Reliability reliabilityOf(double alpha);

// --- Agreement in a case ------------------------------------------------------------------
//
// Each analyst's current verdict on a target is that analyst's latest event for it (origins
// window, bulk, cli, undo and redo alike); a None verdict removes it. Clusters and accounts
// are rated items alike, keyed by (kind, id): an account label is a separate item from its
// cluster's (one kappa and one alpha over both, not one per kind). Categories: distillation,
// benign, unsure.
//
// Resolution: an adjudicator settles a disagreement by labelling the target with origin
// ResolveOrigin. A disagreement is resolved while the target's latest event of all, by anyone,
// has that origin: a later label by anyone (or undoing the resolution, which appends an event
// with origin UnresolveOrigin) reopens it. Resolve and unresolve events set the target's
// current label (the case's ground truth) but are nobody's rating: they never count in the
// analysts' verdicts, kappa or alpha.

inline constexpr QLatin1StringView ResolveOrigin{"resolve"};
inline constexpr QLatin1StringView UnresolveOrigin{"unresolve"};

struct AnalystPair
{
    int a = 0, b = 0; // indexes into Agreement::analysts, a < b
    PairStatistics stats;
};

struct Disagreement
{
    LabelTarget target = LabelTarget::Cluster;
    std::int64_t targetId = 0;
    std::vector<Verdict> verdicts; // per analyst (Agreement::analysts); None: not labelled
    bool resolved = false;
    Verdict resolution = Verdict::None; // the resolving verdict, when resolved
    QString resolvedBy;
    std::int64_t resolvedAt = 0; // Unix seconds
};

struct Agreement
{
    QStringList analysts;            // everyone with a current label, sorted
    std::int64_t items = 0;          // targets with at least one analyst's label
    std::int64_t pairableItems = 0;  // targets labelled by two or more analysts
    std::vector<AnalystPair> pairs;  // every pair of analysts, in order (0,1), (0,2), … (1,2), …
    double alpha = Undefined;        // Krippendorff's alpha over all analysts (two or more)
    std::vector<Disagreement> disagreements; // open first, then by kind and id

    int openCount() const;
};

// The agreement in an audit trail (oldest first, as readLabelEvents returns it).
Agreement agreementFromEvents(const std::vector<LabelEvent> &events);
// The agreement in a case; nullopt with *error when the labels cannot be read.
std::optional<Agreement> computeAgreement(const CaseFile &file, QString *error);

} // namespace hl
