#include "timelineview.h"

#include "timelinechart.h"
#include "timelinechartview.h"
#include "timelinemodel.h"
#include "timelineoverlay.h"

#include <QAction>
#include <QButtonGroup>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hl {

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
    , m_model(new TimelineModel(this))
    , m_chart(new TimelineChart)
    , m_chartView(new TimelineChartView(m_chart, this))
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_byModel(new QToolButton(this))
    , m_byCapability(new QToolButton(this))
    , m_resetZoom(new QAction(tr("Reset zoom"), this))
    , m_export(new QAction(tr("Export image…"), this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setText(tr("Timeline"));

    m_byModel->setText(tr("By model"));
    m_byModel->setToolTip(tr("Stack the exchanges by model"));
    m_byCapability->setText(tr("By capability"));
    m_byCapability->setToolTip(tr("Stack the exchanges by capability (reasoning, coding, …)"));
    auto *split = new QButtonGroup(this);
    for (QToolButton *b : {m_byModel, m_byCapability}) {
        b->setCheckable(true);
        b->setAutoRaise(true);
        split->addButton(b);
    }
    m_byModel->setChecked(true);
    connect(m_byModel, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            setSplit(TrafficSplit::ByModel);
    });
    connect(m_byCapability, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            setSplit(TrafficSplit::ByCapability);
    });

    m_resetZoom->setToolTip(tr("Show the whole time range again"));
    m_resetZoom->setEnabled(false);
    connect(m_resetZoom, &QAction::triggered, this, &TimelineView::resetZoom);
    m_export->setToolTip(tr("Save the chart at slide size (1920×1080) as PNG, SVG or PDF"));
    m_export->setEnabled(false);
    connect(m_export, &QAction::triggered, this, &TimelineView::chooseExportFile);
    auto *resetButton = new QToolButton(this);
    resetButton->setDefaultAction(m_resetZoom);
    resetButton->setAutoRaise(true);
    auto *exportButton = new QToolButton(this);
    exportButton->setDefaultAction(m_export);
    exportButton->setAutoRaise(true);
    addAction(m_resetZoom);
    m_resetZoom->setShortcut(Qt::Key_Escape);
    m_resetZoom->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    m_clearBrush = new QAction(tr("Clear brush"), this);
    m_clearBrush->setToolTip(tr("List the clusters of every time again (Shift+drag across the chart brushes a time range)"));
    m_clearBrush->setEnabled(false);
    connect(m_clearBrush, &QAction::triggered, this, &TimelineView::clearBrush);
    auto *clearBrushButton = new QToolButton(this);
    clearBrushButton->setDefaultAction(m_clearBrush);
    clearBrushButton->setAutoRaise(true);
    connect(m_chartView, &TimelineChartView::rangeBrushed, this, &TimelineView::brush);
    // The same commands on a right click in the chart.
    m_chartView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_chartView->addActions({m_export, m_resetZoom, m_clearBrush});

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    bar->addWidget(m_byModel);
    bar->addWidget(m_byCapability);
    bar->addSpacing(12);
    bar->addWidget(clearBrushButton);
    bar->addWidget(resetButton);
    bar->addWidget(exportButton);

    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_chartView, 1);

    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelineView::refresh);
    connect(m_model, &TimelineModel::loadingChanged, this, &TimelineView::updateStatus);
    connect(m_model, &TimelineModel::loadFailed, this, &TimelineView::updateStatus);
    connect(m_chartView, &TimelineChartView::rangeDragged, this, &TimelineView::zoomTo);
    refresh();
}

TimelineView::~TimelineView() = default;

void TimelineView::showAccounts(const CaseFile &file, QList<std::int64_t> accounts, QString title)
{
    if (title.isEmpty())
        title = accounts.size() == 1 ? tr("1 account") : tr("%1 accounts").arg(accounts.size());
    m_sourceTitle = std::move(title);
    m_model->setSource(file, std::move(accounts));
}

void TimelineView::showWholeCase(const CaseFile &file)
{
    m_sourceTitle = tr("Whole case");
    m_model->setSource(file, std::nullopt);
}

void TimelineView::setSplit(TrafficSplit split)
{
    (split == TrafficSplit::ByModel ? m_byModel : m_byCapability)->setChecked(true);
    m_model->setSplit(split);
}

void TimelineView::zoomTo(qint64 from, qint64 to)
{
    m_model->setVisibleRange(from, to);
    Q_EMIT rangeSelected(m_model->visibleFrom(), m_model->visibleTo());
}

void TimelineView::resetZoom()
{
    m_model->resetVisibleRange();
    Q_EMIT rangeSelected(m_model->visibleFrom(), m_model->visibleTo());
}

void TimelineView::brush(qint64 from, qint64 to)
{
    if (from >= to)
        return clearBrush();
    m_brushFrom = from;
    m_brushTo = to;
    m_chart->overlay()->setBrushRange(from, to);
    m_clearBrush->setEnabled(true);
    Q_EMIT rangeBrushed(from, to);
}

void TimelineView::clearBrush()
{
    const bool had = hasBrush();
    m_brushFrom = m_brushTo = 0;
    m_chart->overlay()->setBrushRange(0, 0);
    m_clearBrush->setEnabled(false);
    if (had)
        Q_EMIT brushCleared();
}

int TimelineView::releaseMarkerCount() const { return m_chart->releaseMarkerCount(); }
int TimelineView::pivotMarkerCount() const { return m_chart->pivotMarkerCount(); }

QString TimelineView::chartTitle() const
{
    if (m_model->rowCount() == 0)
        return m_sourceTitle;
    const std::int64_t bucket = m_model->bucketSeconds();
    const QString per = bucket == timeline::Hour  ? tr("exchanges per hour")
                        : bucket == timeline::Day ? tr("exchanges per day")
                                                  : tr("exchanges per week");
    const QString by = m_model->split() == TrafficSplit::ByModel ? tr("by model") : tr("by capability");
    return tr("%1: %2, %3").arg(m_sourceTitle, per, by);
}

void TimelineView::refresh()
{
    m_chart->rebuild(*m_model, chartTitle());
    m_resetZoom->setEnabled(m_model->isZoomed());
    m_export->setEnabled(m_model->rowCount() > 0);
    updateStatus();
}

void TimelineView::updateStatus()
{
    m_title->setText(m_sourceTitle.isEmpty() ? tr("Timeline") : tr("Timeline: %1").arg(m_sourceTitle));
    QString text;
    bool error = false;
    if (m_model->isLoading()) {
        text = tr("Loading…");
    } else if (!m_model->errorString().isEmpty()) {
        text = m_model->errorString();
        error = true;
    } else if (m_sourceTitle.isEmpty()) {
        text = tr("Open a case to see its exchanges over time.");
    } else if (m_model->rowCount() == 0) {
        text = tr("No exchanges to show for this selection.");
    } else {
        const QLocale locale;
        const qint64 span = m_model->rowsTo() - m_model->rowsFrom();
        const QString range = span >= 2 * timeline::Day ? tr("%1 days").arg(span / timeline::Day)
                              : span == timeline::Hour ? tr("1 hour")
                                                       : tr("%1 hours").arg(span / timeline::Hour);
        text = tr("%1 exchanges over %2. Drag across the chart to zoom in.")
                   .arg(locale.toString(qlonglong(m_model->totalExchanges())), range);
    }
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"color: #b00020;"_s : QString());
}

void TimelineView::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the timeline"), QString(),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!exportImage(path))
        QMessageBox::warning(this, tr("Export the timeline"), m_lastError);
}

bool TimelineView::exportImage(const QString &path, QSize size)
{
    m_lastError.clear();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"png"_s && suffix != u"svg"_s && suffix != u"pdf"_s) {
        m_lastError = tr("Cannot export the timeline to %1: the file name must end in .png, .svg or .pdf.").arg(path);
        return false;
    }
    if (size.width() < 100 || size.height() < 100) {
        m_lastError = tr("Cannot export the timeline at %1×%2 pixels: use at least 100×100 (a slide is 1920×1080).")
                          .arg(size.width())
                          .arg(size.height());
        return false;
    }
    if (m_model->rowCount() == 0) {
        m_lastError = tr("There is nothing to export yet: the timeline is empty.");
        return false;
    }

    // A chart of its own at the export size (the one on screen keeps its size), with fonts
    // scaled for a slide.
    QGraphicsScene scene;
    auto *chart = new TimelineChart;
    scene.addItem(chart);
    chart->setFontScale(std::clamp(size.height() / 720.0, 1.0, 2.5));
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    chart->rebuild(*m_model, chartTitle());
    // Off screen nothing lays the chart out for us: do it now, with its axes and legend.
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    if (chart->layout())
        chart->layout()->activate();
    const QRectF target(QPointF(0, 0), QSizeF(size));
    scene.setSceneRect(target);

    const QString cannotWrite = tr("Cannot write %1: check that the folder exists and that you may write there.");
    if (suffix == u"png"_s) {
        // Twice the pixels, tagged with pixel ratio 2 (as the graph's export): sharp text on a
        // projector; slide software places it at `size`.
        QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::TextAntialiasing);
            scene.render(&painter, target, target);
        }
        if (!image.save(path, "PNG")) {
            m_lastError = cannotWrite.arg(path);
            return false;
        }
        return true;
    }
    if (suffix == u"svg"_s) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(target);
        svg.setResolution(96); // as the PDF: the drawing is `size` pixels at 96 dpi
        svg.setTitle(chartTitle());
        svg.setDescription(tr("HydraLens timeline"));
        QPainter painter;
        if (!painter.begin(&svg)) {
            m_lastError = cannotWrite.arg(path);
            return false;
        }
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, target, target);
        painter.end();
        if (QFileInfo(path).size() <= 0) {
            m_lastError = cannotWrite.arg(path);
            return false;
        }
        return true;
    }
    QPdfWriter pdf(path);
    pdf.setTitle(chartTitle());
    pdf.setCreator(tr("HydraLens"));
    pdf.setResolution(96); // one device pixel per exported pixel: the page is `size` at 96 dpi
    pdf.setPageSize(QPageSize(QSizeF(size) * 72.0 / 96.0, QPageSize::Point));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter;
    if (!painter.begin(&pdf)) {
        m_lastError = cannotWrite.arg(path);
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(0, 0, pdf.width(), pdf.height()), target);
    painter.end();
    return true;
}

} // namespace hl
