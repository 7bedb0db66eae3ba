#include "graph/graphdata.h"

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

std::uint64_t graphSignature(const GraphData &graph)
{
    Fnv f;
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
