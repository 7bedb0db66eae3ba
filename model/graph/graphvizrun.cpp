#include "graph/graphvizrun.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace hl::detail {

namespace {

// Graphviz 2.43's API takes char * where it means const char *.
char *cs(const char *s)
{
    return const_cast<char *>(s);
}

// Numbers for attribute values, always with a '.' (snprintf would follow LC_NUMERIC, which a
// Qt application sets from the environment; Graphviz parses in the C locale).
class Number
{
public:
    explicit Number(double v)
    {
        const auto r = std::to_chars(m_text, m_text + sizeof m_text - 1, v, std::chars_format::fixed, 3);
        *r.ptr = '\0';
    }
    char *c() { return m_text; }

private:
    char m_text[32];
};

// Everything below is guarded by the mutex: Graphviz keeps global state (the error handler,
// the random generator, the layout engines' statics), so only one layout runs at a time.
std::mutex &graphvizMutex()
{
    static std::mutex m;
    return m;
}

enum class Level { Warning, Error };
Level g_level = Level::Warning;
std::string g_errors;

// agseterrf() handler: cgraph calls it with "Error" or "Warning", then ": ", then the message
// (continuations of a message come without the prefix).
int collectMessage(char *text)
{
    const std::string_view t(text ? text : "");
    if (t == "Error")
        g_level = Level::Error;
    else if (t == "Warning")
        g_level = Level::Warning;
    else if (t != ": " && g_level == Level::Error)
        g_errors += t;
    return 0;
}

// The Graphviz context, created once (it loads the layout plugins) and kept for the life of
// the process.
GVC_t *context()
{
    static GVC_t *gvc = gvContext();
    return gvc;
}

// Holds the mutex and routes Graphviz's messages into g_errors for one call.
class Session
{
public:
    Session()
        : m_lock(graphvizMutex())
    {
        g_level = Level::Warning;
        g_errors.clear();
        agseterr(AGWARN);
        m_previous = agseterrf(collectMessage);
        agreseterrors();
    }
    ~Session() { agseterrf(m_previous); }
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    // Graphviz's error messages so far, or an empty string.
    QString errors() const
    {
        QString text = QString::fromUtf8(g_errors).simplified();
        if (text.isEmpty() && agreseterrors() >= AGERR)
            text = u"Graphviz reported an error without a message"_s;
        return text;
    }

private:
    std::unique_lock<std::mutex> m_lock;
    agusererrf m_previous = nullptr;
};

// Owns an in-memory cgraph graph, closing it (and freeing its layout) on every path.
struct GraphHandle
{
    GVC_t *gvc = nullptr;
    Agraph_t *g = nullptr;
    bool laidOut = false;
    ~GraphHandle()
    {
        if (laidOut)
            gvFreeLayout(gvc, g);
        if (g)
            agclose(g);
    }
};

// Overlap removal. sfdp ignores node sizes, so without it ("true") a component of thousands of
// nodes comes out as one blot; "prism" (the same as "false") spreads it until no nodes overlap.
// It costs about half of the overview's layout time; "scale" and "prism0" are faster but leave
// the big component piled up or blow a small one up (bench/README.md, "Graph layout").
constexpr const char *Overlap = "prism";

} // namespace

std::optional<std::vector<QPointF>> runGraphviz(const GraphData &graph, const std::vector<std::uint32_t> &nodes,
                                                const std::vector<std::uint32_t> &edges, LayoutEngine engine,
                                                const std::vector<QPointF> &fixed, const std::vector<bool> &pinned,
                                                QString *error)
{
    Session session;
    GraphHandle h;
    h.gvc = context();
    if (!h.gvc) {
        *error = u"Graphviz could not start (no layout plugins?): %1"_s.arg(session.errors());
        return std::nullopt;
    }
    h.g = agopen(cs("layout"), Agundirected, nullptr);
    Agraph_t *g = h.g;
    agattr(g, AGRAPH, cs("start"), cs("1"));       // random start with seed 1: deterministic
    agattr(g, AGRAPH, cs("splines"), cs(""));      // "" = no edge routing at all (we draw lines)
    agattr(g, AGRAPH, cs("overlap"), cs(Overlap));
    agattr(g, AGRAPH, cs("inputscale"), cs("72")); // pos in points
    agattr(g, AGNODE, cs("shape"), cs("circle"));
    agattr(g, AGNODE, cs("fixedsize"), cs("true"));
    agattr(g, AGNODE, cs("label"), cs(""));        // no text layout
    Agsym_t *width = agattr(g, AGNODE, cs("width"), cs("0.3"));
    Agsym_t *height = agattr(g, AGNODE, cs("height"), cs("0.3"));
    Agsym_t *weight = agattr(g, AGEDGE, cs("weight"), cs("1"));
    Agsym_t *len = agattr(g, AGEDGE, cs("len"), cs("1"));
    const bool canPin = engine != LayoutEngine::Sfdp;
    Agsym_t *pos = nullptr, *pin = nullptr;

    std::unordered_map<std::uint32_t, Agnode_t *> byIndex;
    byIndex.reserve(nodes.size());
    std::vector<Agnode_t *> agnodes;
    agnodes.reserve(nodes.size());
    for (const std::uint32_t i : nodes) {
        Agnode_t *n = agnode(g, nullptr, 1);
        Number inches(layoutNodeDiameter(graph.nodes[i]) / 72.0);
        agxset(n, width, inches.c());
        agxset(n, height, inches.c());
        if (canPin && i < pinned.size() && pinned[i] && i < fixed.size()) {
            if (!pos) {
                pos = agattr(g, AGNODE, cs("pos"), cs(""));
                pin = agattr(g, AGNODE, cs("pin"), cs("false"));
            }
            // Graphviz's y grows upwards.
            const std::string value = std::string(Number(fixed[i].x()).c()) + ',' + Number(-fixed[i].y()).c() + '!';
            agxset(n, pos, cs(value.c_str()));
            agxset(n, pin, cs("true"));
        }
        byIndex.emplace(i, n);
        agnodes.push_back(n);
    }
    for (const std::uint32_t k : edges) {
        const GraphEdge &e = graph.edges[k];
        const auto a = byIndex.find(e.a), b = byIndex.find(e.b);
        if (a == byIndex.end() || b == byIndex.end() || e.a == e.b)
            continue;
        Agedge_t *edge = agedge(g, a->second, b->second, nullptr, 1);
        // Stronger links pull harder and want to be shorter; the length starts at the nodes' rims.
        const double w = std::clamp(double(e.weight), 0.01, 100.0);
        const double rims = (layoutNodeDiameter(graph.nodes[e.a]) + layoutNodeDiameter(graph.nodes[e.b])) / 2;
        agxset(edge, weight, Number(w).c());
        agxset(edge, len, Number((rims + 72.0 / (1.0 + std::log1p(w))) / 72.0).c());
    }

    const char *engineName = engine == LayoutEngine::Sfdp ? "sfdp" : engine == LayoutEngine::Neato ? "neato" : "fdp";
    // Graphviz 2.42's sfdp draws from the C library's rand() without seeding it, so a layout
    // depended on the layouts made before it in the process (the second layout of a graph
    // differed from the first). Seeded here as at a process's start, the same graph gets the
    // same layout every time: same case, same exported bytes. rand() is global state; the
    // Graphviz mutex held by `session` guards it.
    std::srand(1);
    const int rc = gvLayout(h.gvc, g, engineName);
    h.laidOut = rc == 0;
    const QString messages = session.errors();
    if (rc != 0 || !messages.isEmpty()) {
        *error = u"Graphviz %1 could not lay out %2 nodes: %3"_s.arg(QLatin1StringView(engineName)).arg(nodes.size())
                     .arg(messages.isEmpty() ? u"gvLayout failed"_s : messages);
        return std::nullopt;
    }
    std::vector<QPointF> out;
    out.reserve(agnodes.size());
    for (Agnode_t *n : agnodes)
        out.emplace_back(ND_coord(n).x, -ND_coord(n).y);
    return out;
}

} // namespace hl::detail
