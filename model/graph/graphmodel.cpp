#include "graph/graphmodel.h"

#include "storage/labelstore.h"

#include <QLocale>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace hl {

GraphModel::GraphModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

GraphModel::~GraphModel() = default;

void GraphModel::setGraph(std::shared_ptr<const GraphData> graph)
{
    beginResetModel();
    m_graph = std::move(graph);
    const std::size_t n = m_graph ? m_graph->nodes.size() : 0;
    m_positions.clear();
    if (m_graph && m_graph->positions.size() == n)
        m_positions = m_graph->positions;
    m_flags.assign(n, 0);
    m_verdicts.clear();
    m_selection.clear();
    m_hiddenCount = 0;

    m_rowOf.clear();
    m_rowOf.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const GraphNode &node = m_graph->nodes[i];
        m_rowOf.emplace(std::pair(std::uint8_t(node.kind), node.id), int(i));
    }

    // Adjacency as compressed rows: count, prefix sum, fill. Edges naming a node that does not
    // exist are left out.
    m_adjacencyStart.assign(n + 1, 0);
    m_adjacency.clear();
    if (m_graph) {
        const auto &edges = m_graph->edges;
        for (const GraphEdge &e : edges) {
            if (e.a >= n || e.b >= n)
                continue;
            ++m_adjacencyStart[e.a + 1];
            if (e.b != e.a)
                ++m_adjacencyStart[e.b + 1];
        }
        for (std::size_t i = 0; i < n; ++i)
            m_adjacencyStart[i + 1] += m_adjacencyStart[i];
        m_adjacency.resize(m_adjacencyStart[n]);
        std::vector<std::uint32_t> fill(m_adjacencyStart.begin(), m_adjacencyStart.end() - 1);
        for (std::size_t i = 0; i < edges.size(); ++i) {
            const GraphEdge &e = edges[i];
            if (e.a >= n || e.b >= n)
                continue;
            m_adjacency[fill[e.a]++] = std::uint32_t(i);
            if (e.b != e.a)
                m_adjacency[fill[e.b]++] = std::uint32_t(i);
        }
    }
    endResetModel();
}

void GraphModel::setPositions(std::vector<QPointF> positions)
{
    if (positions.size() != m_flags.size() || m_flags.empty())
        return;
    m_positions = std::move(positions);
    Q_EMIT dataChanged(index(0, XColumn), index(rowCount() - 1, YColumn), {Qt::DisplayRole, PositionRole});
    Q_EMIT positionsChanged();
}

QPointF GraphModel::position(int row) const
{
    return validRow(row) && std::size_t(row) < m_positions.size() ? m_positions[std::size_t(row)] : QPointF();
}

void GraphModel::setPosition(int row, QPointF position)
{
    moveNodes({row}, {position});
}

void GraphModel::moveNodes(const std::vector<int> &rows, const std::vector<QPointF> &positions)
{
    std::vector<int> moved;
    moved.reserve(rows.size());
    int first = INT_MAX, last = -1;
    for (std::size_t i = 0; i < rows.size() && i < positions.size(); ++i) {
        const int row = rows[i];
        if (!validRow(row))
            continue;
        if (m_positions.size() != m_flags.size())
            m_positions.assign(m_flags.size(), QPointF()); // moved before any layout: the rest at 0,0
        m_positions[std::size_t(row)] = positions[i];
        m_flags[std::size_t(row)] |= Pinned;
        moved.push_back(row);
        first = std::min(first, row);
        last = std::max(last, row);
    }
    if (moved.empty())
        return;
    Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1), {Qt::DisplayRole, PositionRole, PinnedRole});
    for (int row : moved)
        Q_EMIT positionChanged(row);
    Q_EMIT nodesMoved(moved);
}

void GraphModel::setHidden(const std::vector<int> &rows, bool hidden)
{
    int first = INT_MAX, last = -1;
    bool selectionChange = false;
    for (int row : rows) {
        if (!validRow(row) || isHidden(row) == hidden)
            continue;
        std::uint8_t &f = m_flags[std::size_t(row)];
        f = hidden ? std::uint8_t(f | Hidden) : std::uint8_t(f & ~Hidden);
        m_hiddenCount += hidden ? 1 : -1;
        // A hidden node cannot stay selected: it could not be seen or clicked away.
        if (hidden && (f & Selected)) {
            f &= ~Selected;
            selectionChange = true;
        }
        first = std::min(first, row);
        last = std::max(last, row);
    }
    if (last < 0)
        return;
    if (selectionChange)
        std::erase_if(m_selection, [this](int r) { return !isSelected(r); });
    Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1), {HiddenRole, SelectedRole});
    Q_EMIT visibilityChanged();
    if (selectionChange)
        Q_EMIT selectionChanged();
}

void GraphModel::setPinned(int row, bool pinned)
{
    if (!validRow(row) || isPinned(row) == pinned)
        return;
    std::uint8_t &f = m_flags[std::size_t(row)];
    f = pinned ? std::uint8_t(f | Pinned) : std::uint8_t(f & ~Pinned);
    emitRowChanged(row);
}

void GraphModel::setSelection(std::vector<int> rows)
{
    std::erase_if(rows, [this](int r) { return !validRow(r) || isHidden(r); });
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    if (rows == m_selection)
        return;
    int first = INT_MAX, last = -1;
    auto touch = [&](int r) {
        first = std::min(first, r);
        last = std::max(last, r);
    };
    for (int r : m_selection) {
        m_flags[std::size_t(r)] &= ~Selected;
        touch(r);
    }
    for (int r : rows) {
        m_flags[std::size_t(r)] |= Selected;
        touch(r);
    }
    m_selection = std::move(rows);
    Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1), {SelectedRole});
    Q_EMIT selectionChanged();
}

void GraphModel::toggleSelected(int row)
{
    if (!validRow(row))
        return;
    const auto it = std::lower_bound(m_selection.begin(), m_selection.end(), row);
    if (isSelected(row)) {
        m_selection.erase(it);
        m_flags[std::size_t(row)] &= ~Selected;
    } else {
        if (isHidden(row))
            return;
        m_selection.insert(it, row);
        m_flags[std::size_t(row)] |= Selected;
    }
    emitRowChanged(row);
    Q_EMIT selectionChanged();
}

int GraphModel::rowOf(GraphNodeKind kind, std::int64_t id) const
{
    const auto it = m_rowOf.find(std::pair(std::uint8_t(kind), id));
    return it == m_rowOf.end() ? -1 : it->second;
}

std::span<const std::uint32_t> GraphModel::edgesOf(int row) const
{
    if (!validRow(row))
        return {};
    const std::uint32_t begin = m_adjacencyStart[std::size_t(row)];
    const std::uint32_t end = m_adjacencyStart[std::size_t(row) + 1];
    return std::span<const std::uint32_t>(m_adjacency.data() + begin, end - begin);
}

std::vector<int> GraphModel::neighbours(const std::vector<int> &rows) const
{
    std::vector<std::uint8_t> mark(m_flags.size(), 0); // 1 = given, 2 = found
    for (int r : rows)
        if (validRow(r))
            mark[std::size_t(r)] = 1;
    std::vector<int> out;
    for (int r : rows) {
        if (!validRow(r))
            continue;
        for (std::uint32_t e : edgesOf(r)) {
            const GraphEdge &edge = m_graph->edges[e];
            const std::uint32_t other = edge.a == std::uint32_t(r) ? edge.b : edge.a;
            if (mark[other] == 0) {
                mark[other] = 2;
                out.push_back(int(other));
            }
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

QString GraphModel::kindName(GraphNodeKind kind)
{
    switch (kind) {
    case GraphNodeKind::Cluster: return tr("Cluster");
    case GraphNodeKind::Ip: return tr("IP address");
    case GraphNodeKind::Asn: return tr("Network (ASN)");
    case GraphNodeKind::Payment: return tr("Payment card");
    case GraphNodeKind::EmailDomain: return tr("E-mail domain");
    case GraphNodeKind::Device: return tr("Device");
    case GraphNodeKind::Phone: return tr("Phone");
    case GraphNodeKind::Org: return tr("Organisation");
    case GraphNodeKind::ApiKey: return tr("API key");
    case GraphNodeKind::Account: return tr("Account");
    }
    return tr("Unknown");
}

int GraphModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_flags.size());
}

int GraphModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GraphModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const GraphNode &n = node(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn: return kindName(n.kind);
        case LabelColumn: return n.label;
        case SizeColumn: return n.size;
        case RiskColumn: return n.risk < 0 ? QVariant() : QVariant(n.risk);
        case XColumn: return hasPositions() ? QVariant(position(row).x()) : QVariant();
        case YColumn: return hasPositions() ? QVariant(position(row).y()) : QVariant();
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip = kindName(n.kind) + u": "_s + n.label;
        if (n.risk >= 0)
            tip += u'\n' + tr("Risk %1").arg(QLocale().toString(n.risk, 'f', 2));
        if (n.flagged)
            tip += u'\n' + tr("Flagged");
        if (verdict(row))
            tip += u'\n' + tr("Labelled %1").arg(verdictName(Verdict(verdict(row))));
        return tip;
    }
    case KindRole: return int(n.kind);
    case IdRole: return qint64(n.id);
    case ClusterRole: return qint64(n.cluster);
    case RiskRole: return n.risk;
    case FlaggedRole: return n.flagged;
    case PositionRole: return position(row);
    case HiddenRole: return isHidden(row);
    case PinnedRole: return isPinned(row);
    case SelectedRole: return isSelected(row);
    case VerdictRole: return int(verdict(row));
    }
    return {};
}

void GraphModel::setVerdicts(std::vector<std::uint8_t> verdicts)
{
    if (verdicts.size() != m_flags.size())
        verdicts.clear();
    if (verdicts == m_verdicts)
        return;
    m_verdicts = std::move(verdicts);
    if (!m_flags.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {VerdictRole});
    Q_EMIT verdictsChanged();
}

bool GraphModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int row = index.row();
    switch (role) {
    case PositionRole:
        if (!value.canConvert<QPointF>())
            return false;
        setPosition(row, value.toPointF());
        return true;
    case HiddenRole: setHidden({row}, value.toBool()); return true;
    case PinnedRole: setPinned(row, value.toBool()); return true;
    case SelectedRole:
        if (value.toBool() != isSelected(row))
            toggleSelected(row);
        return isSelected(row) == value.toBool(); // a hidden node cannot be selected
    }
    return false;
}

QVariant GraphModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn: return tr("Kind");
    case LabelColumn: return tr("Label");
    case SizeColumn: return tr("Size");
    case RiskColumn: return tr("Risk");
    case XColumn: return tr("X");
    case YColumn: return tr("Y");
    }
    return {};
}

void GraphModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace hl
