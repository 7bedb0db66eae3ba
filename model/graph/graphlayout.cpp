#include "graph/graphlayout.h"

#include "graph/graphvizrun.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>

#include <QRectF>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

using namespace Qt::StringLiterals;

namespace hl {

namespace {

constexpr double ComponentMargin = 36; // points between packed components
constexpr double TrivialGap = 12;      // points between isolated nodes and pairs
constexpr double GridStep = 12;        // their boxes are whole multiples of this
constexpr double PairGap = 24;         // points between the rims of a pair's two nodes
constexpr double AspectRatio = 16.0 / 9.0;

// Something to pack: node positions relative to the box's top-left corner.
struct Box
{
    std::vector<std::uint32_t> nodes;
    std::vector<QPointF> positions;
    double width = 0, height = 0;
    double gap = ComponentMargin;
};

double radius(const GraphData &graph, std::uint32_t node)
{
    return layoutNodeDiameter(graph.nodes[node]) / 2;
}

// The nodes' bounding rectangle, rims included.
QRectF extent(const GraphData &graph, const std::vector<std::uint32_t> &nodes, const std::vector<QPointF> &positions)
{
    double left = INFINITY, top = INFINITY, right = -INFINITY, bottom = -INFINITY;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const double r = radius(graph, nodes[i]);
        left = std::min(left, positions[i].x() - r);
        right = std::max(right, positions[i].x() + r);
        top = std::min(top, positions[i].y() - r);
        bottom = std::max(bottom, positions[i].y() + r);
    }
    return nodes.empty() ? QRectF() : QRectF(QPointF(left, top), QPointF(right, bottom));
}

// A laid-out component as a box whose top-left corner is (0, 0).
Box toBox(const GraphData &graph, std::vector<std::uint32_t> nodes, std::vector<QPointF> positions)
{
    const QRectF r = extent(graph, nodes, positions);
    for (QPointF &p : positions)
        p -= r.topLeft();
    return Box{std::move(nodes), std::move(positions), r.width(), r.height(), ComponentMargin};
}

// An isolated node, or a pair side by side.
Box trivialBox(const GraphData &graph, const std::vector<std::uint32_t> &nodes)
{
    std::vector<QPointF> positions;
    positions.emplace_back(0, 0);
    if (nodes.size() == 2)
        positions.emplace_back(radius(graph, nodes[0]) + PairGap + radius(graph, nodes[1]), 0);
    Box b = toBox(graph, nodes, std::move(positions));
    // Sizes rounded up to whole grid steps, so that nodes of nearly the same size line up.
    b.width = std::ceil(b.width / GridStep) * GridStep;
    b.height = std::ceil(b.height / GridStep) * GridStep;
    b.gap = TrivialGap;
    return b;
}

// Moves a component so that its pinned nodes' centre lands on their fixed positions' centre,
// then puts each pinned node exactly where it was pinned. Returns false if nothing is pinned.
bool applyPins(const std::vector<std::uint32_t> &nodes, std::vector<QPointF> &positions, const LayoutOptions &o)
{
    QPointF shift;
    int count = 0;
    for (std::size_t i = 0; i < nodes.size(); ++i)
        if (o.pinned[nodes[i]]) {
            shift += o.fixed[nodes[i]] - positions[i];
            ++count;
        }
    if (count == 0)
        return false;
    shift /= count;
    for (std::size_t i = 0; i < nodes.size(); ++i)
        positions[i] = o.pinned[nodes[i]] ? o.fixed[nodes[i]] : positions[i] + shift;
    return true;
}

// Shelf packing with the holes filled (a "skyline"): boxes go, in order, into an area of about
// the width that makes the whole roughly 16:9; each one where its top is highest (y grows
// downwards), leftmost on ties. So the small boxes after a tall one fill the space beside it
// instead of starting a new shelf below it. Starts at `origin`; writes node positions into `out`.
void pack(const std::vector<Box> &boxes, QPointF origin, std::vector<QPointF> &out)
{
    double area = 0, widest = 0;
    for (const Box &b : boxes) {
        area += (b.width + b.gap) * (b.height + b.gap);
        widest = std::max(widest, b.width + b.gap);
    }
    const double rowWidth = std::max(widest, std::sqrt(area * AspectRatio));
    constexpr double Eps = 1e-6;
    struct Segment { double x, width, y; }; // the skyline: contiguous, by x, covering [0, rowWidth)
    std::vector<Segment> sky{{0, rowWidth, 0}}, next;
    for (const Box &b : boxes) {
        const double w = b.width + b.gap, h = b.height + b.gap;
        double bestX = 0, bestY = INFINITY;
        for (std::size_t i = 0; i < sky.size() && sky[i].x + w <= rowWidth + Eps; ++i) {
            double y = 0;
            for (std::size_t j = i; j < sky.size() && sky[j].x < sky[i].x + w - Eps && y < bestY; ++j)
                y = std::max(y, sky[j].y);
            if (y < bestY) {
                bestY = y;
                bestX = sky[i].x;
            }
        }
        const QPointF corner = origin + QPointF(bestX, bestY);
        for (std::size_t i = 0; i < b.nodes.size(); ++i)
            out[b.nodes[i]] = corner + b.positions[i];

        const double end = bestX + w;
        next.clear();
        for (const Segment &s : sky)
            if (s.x < bestX)
                next.push_back({s.x, std::min(s.x + s.width, bestX) - s.x, s.y});
        next.push_back({bestX, w, bestY + h});
        for (const Segment &s : sky)
            if (s.x + s.width > end + Eps)
                next.push_back({std::max(s.x, end), s.x + s.width - std::max(s.x, end), s.y});
        sky.clear();
        for (const Segment &s : next) {
            if (!sky.empty() && std::abs(sky.back().y - s.y) < Eps)
                sky.back().width += s.width;
            else
                sky.push_back(s);
        }
    }
}

std::vector<std::uint32_t> allIndexes(std::size_t n)
{
    std::vector<std::uint32_t> v(n);
    std::iota(v.begin(), v.end(), 0u);
    return v;
}

// The whole graph in one Graphviz call (the baseline), moved so its top-left is (0, 0).
std::optional<std::vector<QPointF>> layoutWhole(const GraphData &graph, const LayoutOptions &o, QString *error)
{
    const std::vector<std::uint32_t> nodes = allIndexes(graph.nodes.size());
    auto positions = detail::runGraphviz(graph, nodes, allIndexes(graph.edges.size()), o.engine, o.fixed, o.pinned, error);
    if (!positions)
        return std::nullopt;
    if (!applyPins(nodes, *positions, o)) {
        const QPointF corner = extent(graph, nodes, *positions).topLeft();
        for (QPointF &p : *positions)
            p -= corner;
    }
    return positions;
}

// neato keeps a distance for every pair of nodes: a piece of 10,000 nodes needs 200 MB and
// minutes; 250,000 would need 125 GB, and Graphviz exits the process when malloc fails.
bool fitsEngine(std::size_t nodes, LayoutEngine engine, QString *error)
{
    if (engine != LayoutEngine::Neato || nodes <= NeatoMaxNodes)
        return true;
    *error = u"neato lays out at most %1 connected nodes (its memory grows with the square of the nodes), and this "
             "graph has %2 in one piece; use sfdp or fdp"_s.arg(NeatoMaxNodes).arg(nodes);
    return false;
}

} // namespace

QString layoutEngineName(LayoutEngine engine)
{
    switch (engine) {
    case LayoutEngine::Sfdp: return u"sfdp"_s;
    case LayoutEngine::Neato: return u"neato"_s;
    case LayoutEngine::Fdp: return u"fdp"_s;
    }
    return QString();
}

std::optional<LayoutEngine> layoutEngineFromName(QStringView name)
{
    for (const LayoutEngine e : {LayoutEngine::Sfdp, LayoutEngine::Neato, LayoutEngine::Fdp})
        if (name == layoutEngineName(e))
            return e;
    return std::nullopt;
}

double layoutNodeDiameter(const GraphNode &node)
{
    return 2 * nodeRadius(node.kind, node.size) + LayoutNodeMargin;
}

std::vector<std::vector<std::uint32_t>> graphComponents(const GraphData &graph)
{
    const std::size_t n = graph.nodes.size();
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS> g(n);
    for (const GraphEdge &e : graph.edges)
        if (e.a != e.b && e.a < n && e.b < n)
            boost::add_edge(e.a, e.b, g);
    std::vector<std::uint32_t> component(n);
    const std::size_t count = n == 0 ? 0 : std::size_t(boost::connected_components(g, component.data()));
    // Boost numbers components in the order of their first vertex; nodes are visited in order.
    std::vector<std::vector<std::uint32_t>> out(count);
    for (std::uint32_t v = 0; v < n; ++v)
        out[component[v]].push_back(v);
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.size() > b.size(); });
    return out;
}

std::optional<std::vector<QPointF>> layoutGraph(const GraphData &graph, const LayoutOptions &options, QString *error,
                                                const std::function<bool(double)> &progress)
{
    QString ignored;
    if (!error)
        error = &ignored;
    const std::size_t n = graph.nodes.size();
    if (n > std::numeric_limits<std::uint32_t>::max()) {
        *error = u"the graph has too many nodes to lay out (%1)"_s.arg(n);
        return std::nullopt;
    }
    LayoutOptions o = options;
    if (o.pinned.empty() && o.fixed.empty()) {
        o.pinned.assign(n, false);
        o.fixed.assign(n, QPointF());
    }
    if (o.pinned.size() != n || o.fixed.size() != n) {
        *error = u"pinned positions are given for %1 and %2 nodes, but the graph has %3"_s.arg(o.fixed.size())
                     .arg(o.pinned.size()).arg(n);
        return std::nullopt;
    }
    auto cancelled = [&](double done) {
        if (!progress || progress(done))
            return false;
        *error = u"cancelled"_s;
        return true;
    };
    if (cancelled(0))
        return std::nullopt;
    if (n == 0)
        return std::vector<QPointF>();
    if (!o.splitComponents) {
        if (!fitsEngine(n, o.engine, error))
            return std::nullopt;
        auto positions = layoutWhole(graph, o, error);
        if (positions && cancelled(1))
            return std::nullopt;
        return positions;
    }

    const auto components = graphComponents(graph);
    if (!fitsEngine(components.front().size(), o.engine, error))
        return std::nullopt;
    // Edges by component, so each Graphviz call gets only its own.
    std::vector<std::uint32_t> componentOf(n);
    for (std::size_t c = 0; c < components.size(); ++c)
        for (const std::uint32_t v : components[c])
            componentOf[v] = std::uint32_t(c);
    std::vector<std::vector<std::uint32_t>> edgesOf(components.size());
    for (std::uint32_t k = 0; k < graph.edges.size(); ++k) {
        const GraphEdge &e = graph.edges[k];
        if (e.a != e.b && e.a < n && e.b < n && components[componentOf[e.a]].size() >= 3)
            edgesOf[componentOf[e.a]].push_back(k);
    }

    std::vector<QPointF> out(n);
    std::vector<Box> boxes, trivial;
    QRectF anchored; // where components with pinned nodes ended up
    std::size_t placed = 0;
    for (std::size_t c = 0; c < components.size(); ++c) {
        const std::vector<std::uint32_t> &nodes = components[c];
        Box box;
        if (nodes.size() >= 3) {
            if (cancelled(double(placed) / double(n)))
                return std::nullopt;
            auto positions = detail::runGraphviz(graph, nodes, edgesOf[c], o.engine, o.fixed, o.pinned, error);
            if (!positions)
                return std::nullopt;
            box = toBox(graph, nodes, std::move(*positions));
        } else {
            box = trivialBox(graph, nodes);
        }
        placed += nodes.size();
        std::vector<QPointF> absolute = box.positions;
        if (applyPins(box.nodes, absolute, o)) {
            for (std::size_t i = 0; i < nodes.size(); ++i)
                out[nodes[i]] = absolute[i];
            anchored |= extent(graph, box.nodes, absolute);
        } else {
            (nodes.size() >= 3 ? boxes : trivial).push_back(std::move(box));
        }
    }
    // Isolated nodes and pairs follow the components, in node order (priority).
    std::sort(trivial.begin(), trivial.end(), [](const Box &a, const Box &b) { return a.nodes[0] < b.nodes[0]; });
    boxes.insert(boxes.end(), std::make_move_iterator(trivial.begin()), std::make_move_iterator(trivial.end()));
    pack(boxes, anchored.isNull() ? QPointF() : QPointF(anchored.right() + ComponentMargin, anchored.top()), out);
    if (cancelled(1))
        return std::nullopt;
    return out;
}

} // namespace hl
