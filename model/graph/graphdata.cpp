#include "graph/graphdata.h"

#include <algorithm>
#include <cmath>

namespace hl {

namespace {

// FNV-1a, 64 bit: stable across runs and platforms (unlike std::hash), so a signature can be
// stored in the case.
struct Fnv
{
    std::uint64_t h = 1469598103934665603ull;
    void add(std::uint64_t v)
    {
        for (int i = 0; i < 8; ++i) {
            h ^= (v >> (8 * i)) & 0xff;
            h *= 1099511628211ull;
        }
    }
};

} // namespace

double nodeRadius(GraphNodeKind kind, double size)
{
    const double unit = kind == GraphNodeKind::Account ? 100.0 : 1.0;
    const double s = std::isfinite(size) ? std::max(size / unit, 1.0) : 1.0;
    return std::clamp(NodeMinRadius + 1.2 * (std::sqrt(s) - 1.0), NodeMinRadius, NodeMaxRadius);
}

std::uint64_t graphSignature(const GraphData &graph)
{
    // Bumped whenever node sizes or the layout rules change: layouts cached by an older
    // HydraLens then no longer match and are redone.
    constexpr std::uint64_t LayoutRevision = 2;
    Fnv f;
    f.add(LayoutRevision);
    f.add(graph.nodes.size());
    for (const GraphNode &n : graph.nodes) {
        f.add(static_cast<std::uint64_t>(n.kind));
        f.add(static_cast<std::uint64_t>(n.id));
    }
    f.add(graph.edges.size());
    for (const GraphEdge &e : graph.edges)
        f.add((static_cast<std::uint64_t>(e.a) << 32) | e.b);
    return f.h;
}

} // namespace hl
