#pragma once

#include "graph/graphdata.h"
#include "storage/labelstore.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace hl {

class CaseFile;

// The label badge of every node of a graph (hl::Verdict as a number, 0 = none): clusters their
// own label, accounts their own else their cluster's, infrastructure none. read() reads every
// current label once, when a graph is drawn (tens of milliseconds with tens of thousands of
// labels); update() follows a labelling action, undo or redo by reading only the labels of the
// targets it touched, so a label reaches the badges at once however many labels the case holds.
class GraphVerdicts
{
public:
    // Every node's badge, from all current labels. Returns false with *error.
    bool read(const CaseFile &file, const GraphData &graph, QString *error);
    // The labels of `ids` (of `target`) changed: updates the nodes they decide (a cluster's node
    // and its accounts without a label of their own; an account's node). Reads everything again
    // when the badges are not `graph`'s, or for hundreds of targets. Returns false with *error.
    bool update(const CaseFile &file, const GraphData &graph, LabelTarget target, const std::vector<std::int64_t> &ids,
                QString *error);

    // One per node of the graph last read.
    const std::vector<std::uint8_t> &verdicts() const { return m_verdicts; }

private:
    std::vector<std::uint8_t> m_verdicts;
    std::vector<bool> m_ownLabel; // account nodes labelled themselves (not through their cluster)
};

} // namespace hl
