#include "graph/graphexport.h"

#include "graph/graphlegend.h"
#include "graph/graphmodel.h"
#include "graph/graphscene.h"
#include "graph/levelofdetail.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hl {

namespace {

struct GraphExport
{
    Q_DECLARE_TR_FUNCTIONS(hl::GraphExport)
};

// Sets the scene up for an export and puts it back afterwards (nothing is repainted meanwhile).
class ExportSettings
{
public:
    ExportSettings(GraphScene *scene, bool fullDetail, qreal fontScale)
        : m_scene(scene)
        , m_detail(scene->fullDetail())
        , m_fontScale(scene->fontScale())
    {
        scene->setFullDetail(fullDetail);
        scene->setFontScale(fontScale);
    }
    ~ExportSettings()
    {
        m_scene->setFullDetail(m_detail);
        m_scene->setFontScale(m_fontScale);
    }
    ExportSettings(const ExportSettings &) = delete;
    ExportSettings &operator=(const ExportSettings &) = delete;

private:
    GraphScene *m_scene;
    bool m_detail;
    qreal m_fontScale;
};

// `rect` grown to the aspect ratio of `size`, plus a margin of 3 % of its larger side.
QRectF fitted(QRectF rect, QSizeF size)
{
    const qreal margin = std::max(rect.width(), rect.height()) * 0.03;
    rect.adjust(-margin, -margin, margin, margin);
    const qreal aspect = size.width() / size.height();
    if (rect.width() / rect.height() < aspect) {
        const qreal w = rect.height() * aspect;
        rect.adjust(-(w - rect.width()) / 2, 0, (w - rect.width()) / 2, 0);
    } else {
        const qreal h = rect.width() / aspect;
        rect.adjust(0, -(h - rect.height()) / 2, 0, (h - rect.height()) / 2);
    }
    return rect;
}

// The legend in a column of its own on the left, the graph beside it: in a picture for slides
// nothing may hide under the legend.
struct Page
{
    QRectF graph;  // where the graph goes, in output coordinates
    QRectF source; // what it shows, in scene coordinates
};

Page pageFor(const GraphScene &scene, const QRectF &sceneRect, const QRectF &target, const QFont &font)
{
    Page p;
    p.graph = target;
    const QRectF legend = GraphLegend::rect(GraphLegend::contentOf(scene), target, font);
    if (!legend.isEmpty())
        p.graph.setLeft(legend.right() + (legend.left() - target.left()));
    p.source = fitted(sceneRect, p.graph.size());
    return p;
}

void paintGraph(QPainter *painter, GraphScene *scene, const Page &page, const QRectF &target, const QFont &font)
{
    painter->fillRect(target, Qt::white);
    painter->setRenderHint(QPainter::TextAntialiasing);
    const QTransform base = painter->worldTransform();
    scene->render(painter, page.graph, page.source, Qt::KeepAspectRatio);
    painter->setWorldTransform(base);
    GraphLegend::paint(painter, GraphLegend::contentOf(*scene), target, font);
}

} // namespace

void paintGraphPicture(QPainter *painter, GraphScene *scene, QRectF sceneRect, const QRectF &target, const QFont &font)
{
    if (sceneRect.isEmpty())
        sceneRect = scene->visibleNodesRect();
    if (sceneRect.isEmpty() || target.isEmpty())
        return;
    const Page page = pageFor(*scene, sceneRect.normalized(), target, font);
    const int nodes = int(scene->nodesIn(page.source).size());
    const qreal fontScale = font.pointSizeF() > 0 && QGuiApplication::font().pointSizeF() > 0
                                ? font.pointSizeF() / QGuiApplication::font().pointSizeF()
                                : 1.0;
    ExportSettings settings(scene, nodes <= LevelOfDetail::ExportFullDetailMaxNodes, fontScale);
    painter->save();
    painter->setClipRect(target, Qt::IntersectClip);
    paintGraph(painter, scene, page, target, font);
    painter->restore();
}

bool exportGraphImage(GraphScene *scene, QRectF sceneRect, const QString &path, QSize size, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"png"_s && suffix != u"svg"_s && suffix != u"pdf"_s)
        return fail(GraphExport::tr("Cannot export the graph to %1: the file name must end in .png, .svg or .pdf.").arg(path));
    if (size.width() < 100 || size.height() < 100)
        return fail(GraphExport::tr("Cannot export the graph at %1×%2 pixels: use at least 100×100 (a slide is 1920×1080).")
                        .arg(size.width())
                        .arg(size.height()));
    if (!scene || scene->grid().size() == 0)
        return fail(GraphExport::tr("There is nothing to export yet: the graph is empty or not laid out."));
    if (sceneRect.isEmpty())
        sceneRect = scene->visibleNodesRect();
    if (sceneRect.isEmpty())
        return fail(GraphExport::tr("There is nothing to export: every node is hidden."));

    // Fonts scaled for a slide as the timeline's export does: 1× at 720 pixels high.
    const qreal fontScale = std::clamp(size.height() / 720.0, 1.0, 2.5);
    QFont font = QGuiApplication::font();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * fontScale);
    const QRectF target(QPointF(0, 0), QSizeF(size));
    const Page page = pageFor(*scene, sceneRect.normalized(), target, font);
    const int nodes = int(scene->nodesIn(page.source).size());
    ExportSettings settings(scene, nodes <= LevelOfDetail::ExportFullDetailMaxNodes, fontScale);
    const QString cannotWrite = GraphExport::tr("Cannot write %1: check that the folder exists and that you may write there.");

    if (suffix == u"png"_s) {
        constexpr qreal ratio = 2.0;
        QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
        if (image.isNull())
            return fail(GraphExport::tr("Cannot export the graph at %1×%2 pixels: not enough memory.").arg(size.width()).arg(size.height()));
        image.setDevicePixelRatio(ratio);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            paintGraph(&painter, scene, page, target, font);
        }
        if (!image.save(path, "PNG"))
            return fail(cannotWrite.arg(path));
        return true;
    }
    if (suffix == u"svg"_s) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRectF(QPointF(0, 0), QSizeF(size)));
        svg.setResolution(96);
        svg.setTitle(GraphExport::tr("HydraLens graph"));
        svg.setDescription(scene->model()->graph() ? scene->model()->graph()->scope : QString());
        QPainter painter;
        if (!painter.begin(&svg))
            return fail(cannotWrite.arg(path));
        paintGraph(&painter, scene, page, target, font);
        painter.end();
        if (QFileInfo(path).size() <= 0)
            return fail(cannotWrite.arg(path));
        return true;
    }
    QPdfWriter pdf(path);
    pdf.setTitle(GraphExport::tr("HydraLens graph"));
    pdf.setCreator(GraphExport::tr("HydraLens"));
    pdf.setResolution(96); // one device pixel per exported pixel: the page is `size` at 96 dpi
    const QSizeF points = QSizeF(size) * 72.0 / 96.0;
    const QPageLayout::Orientation orientation =
        size.width() >= size.height() ? QPageLayout::Landscape : QPageLayout::Portrait;
    // QPageSize is given portrait; the layout's orientation turns it.
    const QPageSize pageSize(QSizeF(std::min(points.width(), points.height()), std::max(points.width(), points.height())),
                         QPageSize::Point, QString(), QPageSize::ExactMatch);
    pdf.setPageLayout(QPageLayout(pageSize, orientation, QMarginsF(0, 0, 0, 0)));
    QPainter painter;
    if (!painter.begin(&pdf))
        return fail(cannotWrite.arg(path));
    // The page in device units can differ from `size` by rounding: draw `size` scaled onto it.
    painter.scale(pdf.width() / qreal(size.width()), pdf.height() / qreal(size.height()));
    paintGraph(&painter, scene, page, target, font);
    painter.end();
    if (QFileInfo(path).size() <= 0)
        return fail(cannotWrite.arg(path));
    return true;
}

} // namespace hl
