#include "graph/nodegrid.h"

#include <algorithm>
#include <cmath>

namespace hl {

namespace {

bool finite(QPointF p)
{
    return std::isfinite(p.x()) && std::isfinite(p.y());
}

} // namespace

NodeGrid::NodeGrid(const GraphModel *model)
    : m_model(model)
{
}

void NodeGrid::clear()
{
    m_radii = nullptr;
    m_columns = m_rows = 0;
    m_cellStart.assign(1, 0);
    m_entries.clear();
    m_moved.clear();
    m_movedRows.clear();
    m_count = 0;
    m_bounds = QRectF();
    m_maxRadius = 0;
}

void NodeGrid::rebuild(const std::vector<float> &radii)
{
    clear();
    const std::vector<QPointF> &pos = m_model->positions();
    const std::size_t n = pos.size();
    if (n == 0 || radii.size() != n)
        return;
    m_radii = &radii;

    qreal left = 0, top = 0, right = 0, bottom = 0;
    bool first = true;
    for (std::size_t i = 0; i < n; ++i) {
        const QPointF p = pos[i];
        if (!finite(p))
            continue;
        const qreal r = radii[i];
        m_maxRadius = std::max(m_maxRadius, r);
        if (first) {
            left = p.x() - r, right = p.x() + r, top = p.y() - r, bottom = p.y() + r;
            first = false;
            continue;
        }
        left = std::min(left, p.x() - r), right = std::max(right, p.x() + r);
        top = std::min(top, p.y() - r), bottom = std::max(bottom, p.y() + r);
    }
    if (first)
        return; // no finite position
    m_bounds = QRectF(QPointF(left, top), QPointF(right, bottom));

    // About two nodes per cell, square cells, at most ~2 M cells.
    const qreal w = std::max<qreal>(m_bounds.width(), 1), h = std::max<qreal>(m_bounds.height(), 1);
    const double target = std::clamp<double>(double(n) / 2.0, 1.0, 2.0e6);
    m_cell = std::max({std::sqrt(w * h / target), w / 2.0e3, h / 2.0e3, 1e-6});
    m_columns = std::max(1, int(std::ceil(w / m_cell)));
    m_rows = std::max(1, int(std::ceil(h / m_cell)));
    m_origin = m_bounds.topLeft();

    // Counting sort of the rows by cell.
    const std::size_t cells = std::size_t(m_columns) * std::size_t(m_rows);
    m_cellStart.assign(cells + 1, 0);
    std::vector<std::uint32_t> cellOf(n, std::uint32_t(-1));
    for (std::size_t i = 0; i < n; ++i) {
        const QPointF p = pos[i];
        if (!finite(p))
            continue;
        const int cx = std::clamp(int((p.x() - m_origin.x()) / m_cell), 0, m_columns - 1);
        const int cy = std::clamp(int((p.y() - m_origin.y()) / m_cell), 0, m_rows - 1);
        cellOf[i] = std::uint32_t(cy) * std::uint32_t(m_columns) + std::uint32_t(cx);
        ++m_cellStart[cellOf[i] + 1];
        ++m_count;
    }
    for (std::size_t c = 0; c < cells; ++c)
        m_cellStart[c + 1] += m_cellStart[c];
    m_entries.resize(m_count);
    std::vector<std::uint32_t> fill(m_cellStart.begin(), m_cellStart.end() - 1);
    for (std::size_t i = 0; i < n; ++i)
        if (cellOf[i] != std::uint32_t(-1))
            m_entries[fill[cellOf[i]]++] = std::uint32_t(i);
    m_moved.assign(n, 0);
}

void NodeGrid::moved(int row)
{
    if (!m_radii || row < 0 || std::size_t(row) >= m_moved.size())
        return;
    const QPointF p = m_model->position(row);
    if (!finite(p))
        return;
    if (!m_moved[std::size_t(row)]) {
        // Past a few hundred moved nodes the side list costs more than a rebuild.
        if (m_movedRows.size() >= 512) {
            rebuild(*m_radii);
            return;
        }
        m_moved[std::size_t(row)] = 1;
        m_movedRows.push_back(row);
    }
    const qreal r = (*m_radii)[std::size_t(row)];
    m_bounds |= QRectF(p.x() - r, p.y() - r, 2 * r, 2 * r);
}

NodeGrid::CellRange NodeGrid::cellsFor(const QRectF &rect) const
{
    CellRange c;
    const qreal right = m_origin.x() + m_columns * m_cell, bottom = m_origin.y() + m_rows * m_cell;
    if (m_columns == 0 || rect.right() < m_origin.x() || rect.left() > right || rect.bottom() < m_origin.y()
        || rect.top() > bottom)
        return c; // empty range
    auto clampCell = [](double v, int n) { return std::clamp(int(std::floor(v)), 0, n - 1); };
    c.x0 = clampCell((rect.left() - m_origin.x()) / m_cell, m_columns);
    c.x1 = clampCell((rect.right() - m_origin.x()) / m_cell, m_columns);
    c.y0 = clampCell((rect.top() - m_origin.y()) / m_cell, m_rows);
    c.y1 = clampCell((rect.bottom() - m_origin.y()) / m_cell, m_rows);
    return c;
}

int NodeGrid::approximateCountIn(const QRectF &rect) const
{
    const CellRange c = cellsFor(rect);
    std::size_t count = 0;
    for (int y = c.y0; y <= c.y1; ++y) {
        const std::size_t base = std::size_t(y) * std::size_t(m_columns);
        count += m_cellStart[base + std::size_t(c.x1) + 1] - m_cellStart[base + std::size_t(c.x0)];
    }
    return int(std::min(count + m_movedRows.size(), m_count));
}

int NodeGrid::nodeAt(QPointF pos, qreal tolerance) const
{
    tolerance = std::max<qreal>(tolerance, 0);
    const QPointF *p = positions();
    int best = -1;
    qreal bestScore = 0;
    forEachIn(QRectF(pos.x() - tolerance, pos.y() - tolerance, 2 * tolerance, 2 * tolerance), [&](int row) {
        const qreal r = (*m_radii)[std::size_t(row)];
        const qreal d = std::hypot(p[row].x() - pos.x(), p[row].y() - pos.y());
        if (d > r + tolerance)
            return;
        const qreal score = d / (r + tolerance); // 0 at the centre, 1 at the rim
        if (best < 0 || score < bestScore || (score == bestScore && row > best)) {
            best = row;
            bestScore = score;
        }
    });
    return best;
}

std::vector<int> NodeGrid::nodesIn(const QRectF &rect) const
{
    std::vector<int> out;
    const QRectF r = rect.normalized();
    const QPointF *p = positions();
    forEachIn(r, [&](int row) { // inclusive on every side (QRectF::contains is not, for a line or point)
        const QPointF q = p[row];
        if (q.x() >= r.left() && q.x() <= r.right() && q.y() >= r.top() && q.y() <= r.bottom())
            out.push_back(row);
    });
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace hl
