// graph_render: the graph view's rendering cost against the cheapest thing that puts the same
// pixels on screen. Generates N nodes (mixed kinds, random risk and size) at uniformly random
// positions and M edges, fits a GraphView of the image's size on them and times
// GraphView::render() into a QImage (ARGB32_Premultiplied), median of R runs after one warm-up,
// against loops drawing N plain rectangles of the same on-screen sizes at the same places into
// the same image. Prints "key value" lines (bench/graph_render.sh turns them into Markdown).
//
//   graph_render [--nodes N] [--edges M] [--runs R] [--size WxH] [--seed S] [--save DIR]
#include "graph/edgelayeritem.h"
#include "graph/graphdata.h"
#include "graph/graphmodel.h"
#include "graph/graphscene.h"
#include "graph/graphstyle.h"
#include "graph/graphview.h"
#include "graph/nodelayeritem.h"
#include "graph/levelofdetail.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <set>
#include <string>

using namespace Qt::StringLiterals;
using namespace hl;

namespace {

struct Options
{
    int nodes = 100000;
    int edges = 150000;
    int runs = 7;
    QSize size{1920, 1080};
    quint32 seed = 7;
    QString save;
};

bool parse(const QStringList &args, Options &o)
{
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (a == u"--nodes"_s && hasValue)
            o.nodes = args.at(++i).toInt();
        else if (a == u"--edges"_s && hasValue)
            o.edges = args.at(++i).toInt();
        else if (a == u"--runs"_s && hasValue)
            o.runs = args.at(++i).toInt();
        else if (a == u"--seed"_s && hasValue)
            o.seed = args.at(++i).toUInt();
        else if (a == u"--save"_s && hasValue)
            o.save = args.at(++i);
        else if (a == u"--size"_s && hasValue) {
            const QStringList wh = args.at(++i).split(u'x');
            if (wh.size() != 2)
                return false;
            o.size = QSize(wh.at(0).toInt(), wh.at(1).toInt());
        } else
            return false;
    }
    return o.nodes > 0 && o.edges >= 0 && o.runs > 0 && o.size.width() >= 100 && o.size.height() >= 100;
}

// Uniform positions over a 16:9 area with about 40 points between nodes (a laid-out overview of
// this size is about as dense); edges either local (to a node within a few spacings, as after a
// layout) or between random nodes (long lines across everything: the worst case).
std::shared_ptr<GraphData> makeGraph(const Options &o, bool localEdges, QRandomGenerator &rng)
{
    auto g = std::make_shared<GraphData>();
    g->scope = u"bench"_s;
    const double spacing = 40;
    const double area = spacing * spacing * o.nodes;
    const double width = std::sqrt(area * 16 / 9), height = area / width;
    g->nodes.reserve(std::size_t(o.nodes));
    g->positions.reserve(std::size_t(o.nodes));
    for (int i = 0; i < o.nodes; ++i) {
        GraphNode n;
        const double u = rng.generateDouble();
        if (u < 0.05) {
            n.kind = GraphNodeKind::Cluster;
            n.size = 2 + rng.bounded(500);
        } else if (u < 0.75) {
            n.kind = GraphNodeKind::Account;
            n.size = std::exp(rng.generateDouble() * 10); // 1 .. 22,000 exchanges
        } else {
            n.kind = GraphNodeKind(1 + rng.bounded(8));
            n.size = 1 + rng.bounded(50);
        }
        if (GraphStyle::coloursByRisk(n.kind)) {
            n.risk = rng.generateDouble();
            n.flagged = n.risk >= 0.5;
        }
        n.id = i;
        n.label = u"node %1"_s.arg(i);
        g->nodes.push_back(std::move(n));
        g->positions.emplace_back(rng.generateDouble() * width, rng.generateDouble() * height);
    }
    if (o.edges == 0)
        return g;
    // Local edges: neighbours through a coarse bucket grid of the positions.
    const double cell = spacing * 3;
    const int cols = int(width / cell) + 1, rows = int(height / cell) + 1;
    std::vector<std::vector<std::uint32_t>> buckets(std::size_t(cols) * std::size_t(rows));
    auto bucketOf = [&](QPointF p) { return std::size_t(int(p.y() / cell)) * std::size_t(cols) + std::size_t(int(p.x() / cell)); };
    if (localEdges)
        for (int i = 0; i < o.nodes; ++i)
            buckets[bucketOf(g->positions[std::size_t(i)])].push_back(std::uint32_t(i));
    g->edges.reserve(std::size_t(o.edges));
    while (int(g->edges.size()) < o.edges) {
        const auto a = std::uint32_t(rng.bounded(o.nodes));
        std::uint32_t b;
        if (localEdges) {
            const auto &near = buckets[bucketOf(g->positions[a])];
            b = near[rng.bounded(int(near.size()))];
        } else {
            b = std::uint32_t(rng.bounded(o.nodes));
        }
        if (a == b)
            continue;
        g->edges.push_back({a, b, float(1 + rng.bounded(20)), std::uint8_t(rng.bounded(9))});
    }
    return g;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// Median milliseconds of `draw` over `runs` runs, after one warm-up.
double timeIt(int runs, const std::function<void()> &draw)
{
    draw();
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        draw();
        ms.push_back(t.nsecsElapsed() / 1e6);
    }
    return median(ms);
}

// Median milliseconds of each of `draws`, run in turn `runs` times after one warm-up each.
std::vector<double> timeInterleaved(int runs, const std::vector<std::function<void()>> &draws)
{
    std::vector<std::vector<double>> ms(draws.size());
    for (const auto &d : draws)
        d();
    for (int i = 0; i < runs; ++i)
        for (std::size_t k = 0; k < draws.size(); ++k) {
            QElapsedTimer t;
            t.start();
            draws[k]();
            ms[k].push_back(t.nsecsElapsed() / 1e6);
        }
    std::vector<double> out;
    for (auto &m : ms)
        out.push_back(median(m));
    return out;
}

int distinctColours(const QImage &image)
{
    std::set<QRgb> c;
    for (int y = 0; y < image.height() && c.size() < 1000; y += 3)
        for (int x = 0; x < image.width(); x += 3)
            c.insert(image.pixel(x, y));
    return int(c.size());
}

void report(const char *key, double value)
{
    std::printf("%s %.3f\n", key, value);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Options o;
    if (!parse(app.arguments(), o)) {
        std::fprintf(stderr, "usage: graph_render [--nodes N] [--edges M] [--runs R] [--size WxH] [--seed S] [--save DIR]\n");
        return 1;
    }
    QRandomGenerator rng(o.seed);
    QImage image(o.size, QImage::Format_ARGB32_Premultiplied);

    GraphModel model;
    GraphScene scene(&model);
    GraphView view;
    view.setScene(&scene);
    view.setLegendVisible(false); // the baseline has none
    view.resize(o.size);
    view.show();
    if (view.viewport()->size() != o.size) {
        std::fprintf(stderr, "graph_render: the viewport is %dx%d, not %dx%d\n", view.viewport()->width(),
                     view.viewport()->height(), o.size.width(), o.size.height());
        return 2;
    }
    auto save = [&](const QString &name) {
        if (!o.save.isEmpty())
            image.save(o.save + u'/' + name);
    };
    auto renderView = [&] {
        image.fill(Qt::white);
        QPainter p(&image);
        view.render(&p, QRectF(image.rect()), view.viewport()->rect());
    };

    std::printf("nodes %d\nedges %d\nruns %d\nwidth %d\nheight %d\n", o.nodes, o.edges, o.runs, o.size.width(),
                o.size.height());

    // 1. Local edges (a laid-out graph), fitted: every node on screen.
    model.setGraph(makeGraph(o, true, rng));
    view.fitAll();
    const qreal scale = view.zoom();
    const qreal minPixels = 2 * GraphStyle::MinRadius * scale;
    report("scale", scale);
    report("min_node_pixels", minPixels);
    std::printf("node_detail %s\n", LevelOfDetail::nodes(minPixels, o.nodes) == LevelOfDetail::Nodes::Dots ? "dots" : "shapes");
    report("nodes_in_view", double(scene.nodesIn(view.visibleSceneRect()).size()));

    // The baselines: the same rectangles (position, on-screen size, colour) drawn plainly, one
    // fillRect per node with its colour, or one drawRect per node with a single brush.
    const QTransform t = view.viewportTransform();
    const auto &nodes = model.graph()->nodes;
    std::vector<QRectF> rects;
    std::vector<QColor> colours;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const QPointF c = t.map(model.positions()[i]);
        const qreal side = std::max(2 * scene.radii()[i] * scale, NodeLayerItem::MinDotPixels);
        rects.emplace_back(c.x() - side / 2, c.y() - side / 2, side, side);
        colours.push_back(GraphStyle::nodeColour(nodes[i]));
    }
    auto plainFill = [&] {
        image.fill(Qt::white);
        QPainter p(&image);
        for (std::size_t i = 0; i < rects.size(); ++i)
            p.fillRect(rects[i], colours[i]);
    };
    auto plainDraw = [&] {
        image.fill(Qt::white);
        QPainter p(&image);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xe5, 0x80, 0x2a));
        for (const QRectF &r : rects)
            p.drawRect(r);
    };

    // Nodes only against the baselines, interleaved run by run so both see the same machine.
    scene.setEdgesVisible(false);
    const std::vector<std::function<void()>> contenders = {renderView, plainFill, plainDraw};
    const std::vector<double> ms = timeInterleaved(o.runs, contenders);
    report("view_nodes_ms", ms[0]);
    report("plain_fillrect_ms", ms[1]);
    report("plain_drawrect_ms", ms[2]);
    renderView();
    report("view_nodes_colours", distinctColours(image));
    save(u"view-nodes.png"_s);
    plainFill();
    save(u"plain-fillrect.png"_s);

    // With the edges, as the level of detail decides (150,000 on screen: none drawn), then forced
    // to hairlines.
    scene.setEdgesVisible(true);
    report("view_default_ms", timeIt(o.runs, renderView));
    report("edges_on_screen", scene.edgeLayer()->lastEdgesOnScreen());
    std::printf("edge_detail %s\n",
                LevelOfDetail::edges(minPixels, scene.edgeLayer()->lastEdgesOnScreen()) == LevelOfDetail::Edges::None
                    ? "none"
                    : "drawn");
    scene.edgeLayer()->setForcedDetail(LevelOfDetail::Edges::Thin);
    report("view_local_edges_ms", timeIt(o.runs, renderView));
    save(u"view-local-edges.png"_s);
    scene.edgeLayer()->setForcedDetail(std::nullopt);

    // Zoomed in around the centre: fewer nodes, more detail (what panning there costs).
    const QPointF centre = QRectF(view.viewport()->rect()).center();
    for (int zoom : {3, 8, 32}) {
        view.fitAll();
        view.zoomBy(zoom, centre);
        const std::string key = "zoom" + std::to_string(zoom);
        report((key + "_nodes_in_view").c_str(), double(scene.nodesIn(view.visibleSceneRect()).size()));
        report(("view_" + key + "_ms").c_str(), timeIt(o.runs, renderView));
        report((key + "_edges_on_screen").c_str(), scene.edgeLayer()->lastEdgesOnScreen());
        const qreal px = 2 * GraphStyle::MinRadius * view.zoom();
        const int onScreen = int(scene.nodesIn(view.visibleSceneRect()).size());
        const char *detail[] = {"dots", "shapes", "outlined"};
        std::printf("%s_detail %s\n", key.c_str(), detail[int(LevelOfDetail::nodes(px, onScreen))]);
        save(QString::fromStdString("view-" + key + ".png"));
    }

    // 2. Random edges: long lines across the whole picture, forced on (the worst case).
    model.setGraph(makeGraph(o, false, rng));
    view.fitAll();
    scene.edgeLayer()->setForcedDetail(LevelOfDetail::Edges::Thin);
    report("view_random_edges_ms", timeIt(o.runs, renderView));
    save(u"view-random-edges.png"_s);
    return 0;
}
