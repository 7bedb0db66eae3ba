#pragma once

#include "graph/graphmodel.h"

#include <QPointF>
#include <QRectF>

#include <cstdint>
#include <vector>

namespace hl {

// A uniform grid over the model's node positions: which nodes are near a point or inside a
// rectangle, for culling what a layer paints and for hit tests. It holds row numbers only (in
// compressed rows, one array); positions and hidden flags are read from the model at query time.
// Built in one pass (counting sort by cell); a dragged node is kept in a short side list until
// the next rebuild, so a drag costs O(1) per move.
class NodeGrid
{
public:
    explicit NodeGrid(const GraphModel *model);

    // Indexes the model's current positions; `radii` (one per row, scene units) is kept by
    // reference and must outlive the grid's use.
    void rebuild(const std::vector<float> &radii);
    void clear();
    // The model moved `row` (GraphModel::setPosition): find it at its new place from now on.
    void moved(int row);

    // The rectangle covering every indexed node, radius included (hidden ones too); empty if none.
    QRectF bounds() const { return m_bounds; }
    qreal maxRadius() const { return m_maxRadius; }
    int size() const { return int(m_count); }

    // Calls fn(row) for every visible node whose square of side 2·radius meets `rect`.
    template<typename Fn>
    void forEachIn(const QRectF &rect, Fn &&fn) const;
    // How many indexed nodes (hidden ones too) lie in the cells `rect` touches: an upper bound
    // for the nodes on screen, in O(rows of cells).
    int approximateCountIn(const QRectF &rect) const;

    // The visible node under `pos` (within its radius + tolerance), the one whose centre is
    // closest relative to its radius; -1 if none.
    int nodeAt(QPointF pos, qreal tolerance) const;
    // The visible nodes whose centres are inside `rect`, ascending.
    std::vector<int> nodesIn(const QRectF &rect) const;

private:
    struct CellRange
    {
        int x0 = 0, y0 = 0, x1 = -1, y1 = -1; // inclusive
    };
    CellRange cellsFor(const QRectF &rect) const;
    bool visible(int row) const { return !m_model->isHidden(row); }
    const QPointF *positions() const { return m_model->positions().data(); }

    const GraphModel *m_model;
    const std::vector<float> *m_radii = nullptr;
    QPointF m_origin;
    qreal m_cell = 1;
    int m_columns = 0, m_rows = 0;
    std::vector<std::uint32_t> m_cellStart; // m_columns·m_rows + 1 offsets into m_entries
    std::vector<std::uint32_t> m_entries;   // rows, by cell
    std::vector<std::uint8_t> m_moved;      // per row: 1 = found in m_movedRows, not in its cell
    std::vector<int> m_movedRows;
    std::size_t m_count = 0;
    QRectF m_bounds;
    qreal m_maxRadius = 0;
};

template<typename Fn>
void NodeGrid::forEachIn(const QRectF &area, Fn &&fn) const
{
    const QRectF rect = area.normalized();
    if (m_count == 0)
        return;
    const QPointF *pos = positions();
    const float *radius = m_radii->data();
    auto meets = [&](int row) {
        const QPointF p = pos[row];
        const qreal r = radius[row];
        return p.x() + r >= rect.left() && p.x() - r <= rect.right() && p.y() + r >= rect.top()
               && p.y() - r <= rect.bottom();
    };
    const CellRange c = cellsFor(rect.adjusted(-m_maxRadius, -m_maxRadius, m_maxRadius, m_maxRadius));
    const bool anyMoved = !m_movedRows.empty();
    for (int y = c.y0; y <= c.y1; ++y) {
        const std::size_t rowBase = std::size_t(y) * std::size_t(m_columns);
        const std::uint32_t begin = m_cellStart[rowBase + std::size_t(c.x0)];
        const std::uint32_t end = m_cellStart[rowBase + std::size_t(c.x1) + 1];
        for (std::uint32_t i = begin; i < end; ++i) {
            const int row = int(m_entries[i]);
            if ((anyMoved && m_moved[std::size_t(row)]) || !visible(row) || !meets(row))
                continue;
            fn(row);
        }
    }
    for (int row : m_movedRows)
        if (visible(row) && meets(row))
            fn(row);
}

} // namespace hl
