#pragma once

#include "graph/graphdata.h"

#include <QAbstractTableModel>
#include <QPointF>

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <unordered_map>
#include <vector>

namespace hl {

// The nodes of one GraphData as a table (one row per node), plus what the investigator does to
// them: where each node is (a layout's positions, then the user's drags), which are hidden,
// pinned and selected. The graph itself is shared and never changed; everything that changes
// lives here in flat vectors, so 100,000 rows cost a few megabytes and no QObject per row.
// The graph view's scene items keep row numbers only and ask this model for the rest.
class GraphModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KindColumn, LabelColumn, SizeColumn, RiskColumn, XColumn, YColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole, // int (GraphNodeKind)
        IdRole,                  // qint64: cluster, account or infrastructure id
        ClusterRole,             // qint64: the node's cluster (0 for infrastructure)
        RiskRole,                // double 0..1, or -1 for none
        FlaggedRole,             // bool
        PositionRole,            // QPointF (scene coordinates: Graphviz points, y down); settable
        HiddenRole,              // bool; settable
        PinnedRole,              // bool; settable (the user placed the node: a new layout keeps it)
        SelectedRole,            // bool; settable
        VerdictRole,             // int (Verdict): the node's label (accounts: own, else their cluster's)
    };

    explicit GraphModel(QObject *parent = nullptr);
    ~GraphModel() override;

    // Shows another graph (a model reset): positions are copied from graph->positions (or left
    // empty until setPositions); nothing hidden, pinned or selected. nullptr clears the model.
    void setGraph(std::shared_ptr<const GraphData> graph);
    const std::shared_ptr<const GraphData> &graph() const { return m_graph; }
    const GraphNode &node(int row) const { return m_graph->nodes[std::size_t(row)]; }

    // A layout's result: one position per node (a vector of another size is ignored). Pins are
    // kept as flags; the caller of the layout passes pinned nodes' positions as fixed.
    void setPositions(std::vector<QPointF> positions);
    const std::vector<QPointF> &positions() const { return m_positions; }
    bool hasPositions() const { return !m_positions.empty(); }
    QPointF position(int row) const;
    // The user dragged a node there: it is pinned. Emits positionChanged(row) and nodesMoved({row}),
    // not positionsChanged().
    void setPosition(int row, QPointF position);
    // The user dragged several nodes (rows and positions pairwise): all pinned; positionChanged()
    // per row, then one nodesMoved() for all.
    void moveNodes(const std::vector<int> &rows, const std::vector<QPointF> &positions);

    bool isHidden(int row) const { return flag(row, Hidden); }
    void setHidden(const std::vector<int> &rows, bool hidden);
    int hiddenCount() const { return m_hiddenCount; }
    bool isPinned(int row) const { return flag(row, Pinned); }
    void setPinned(int row, bool pinned);

    bool isSelected(int row) const { return flag(row, Selected); }
    // The selected rows, ascending.
    const std::vector<int> &selection() const { return m_selection; }
    void setSelection(std::vector<int> rows);
    void toggleSelected(int row);
    void clearSelection() { setSelection({}); }

    // Labels drawn as badges: one verdict (hl::Verdict as a number, 0 = none) per row; a
    // vector of another size clears them. Emits verdictsChanged().
    void setVerdicts(std::vector<std::uint8_t> verdicts);
    std::uint8_t verdict(int row) const { return m_verdicts.empty() ? 0 : m_verdicts[std::size_t(row)]; }

    // The row of a node, or -1. A hash lookup.
    int rowOf(GraphNodeKind kind, std::int64_t id) const;
    // Indexes into graph()->edges of the edges touching `row` (built once per graph).
    std::span<const std::uint32_t> edgesOf(int row) const;
    // The rows linked to any of `rows` by an edge, ascending, without `rows` themselves.
    std::vector<int> neighbours(const std::vector<int> &rows) const;

    // A kind's name for people ("IP address", "Cluster", …).
    static QString kindName(GraphNodeKind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void positionsChanged();                      // all positions replaced (setGraph does not emit it)
    void positionChanged(int row);                 // the user moved one node (setPosition, moveNodes)
    void nodesMoved(const std::vector<int> &rows); // ... and, once per move, all the nodes it moved
    void visibilityChanged();
    void selectionChanged();
    void verdictsChanged();

private:
    enum Flag : std::uint8_t { Hidden = 1, Pinned = 2, Selected = 4 };
    bool flag(int row, Flag f) const { return (m_flags[std::size_t(row)] & f) != 0; }
    bool validRow(int row) const { return row >= 0 && row < int(m_flags.size()); }
    void emitRowChanged(int row);

    struct KeyHash
    {
        std::size_t operator()(const std::pair<std::uint8_t, std::int64_t> &k) const noexcept
        {
            return std::hash<std::int64_t>()(k.second) ^ (std::size_t(k.first) * 0x9e3779b97f4a7c15ull);
        }
    };

    std::shared_ptr<const GraphData> m_graph;
    std::vector<QPointF> m_positions;
    std::vector<std::uint8_t> m_flags; // Flag bits per row
    std::vector<std::uint8_t> m_verdicts; // per row, or empty: no labels
    std::vector<int> m_selection;      // ascending
    int m_hiddenCount = 0;
    std::unordered_map<std::pair<std::uint8_t, std::int64_t>, int, KeyHash> m_rowOf;
    std::vector<std::uint32_t> m_adjacencyStart; // rows + 1 offsets into m_adjacency (CSR)
    std::vector<std::uint32_t> m_adjacency;      // edge indexes
};

} // namespace hl
