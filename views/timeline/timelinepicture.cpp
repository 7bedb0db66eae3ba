#include "timeline/timelinepicture.h"

#include "timeline/timelinechart.h"
#include "timeline/timelinemodel.h"

#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace hl {

TimelinePicture::TimelinePicture(TimelineData data, QString subject)
    : m_model(std::make_unique<TimelineModel>())
    , m_subject(std::move(subject))
{
    m_model->setTimelineData(std::move(data));
}

TimelinePicture::~TimelinePicture() = default;

QString TimelinePicture::title() const
{
    const std::int64_t bucket = m_model->bucketSeconds();
    const QString per = bucket == timeline::Hour  ? tr("exchanges per hour")
                        : bucket == timeline::Day ? tr("exchanges per day")
                                                  : tr("exchanges per week");
    return tr("%1: %2, by model").arg(m_subject, per);
}

void TimelinePicture::paint(QPainter &painter, const QRectF &rect, double fontScale) const
{
    // A chart of its own at the picture's size, in a scene of its own; the chart's fonts follow
    // the application's, scaled to 9 pt so that every output looks the same.
    QGraphicsScene scene;
    auto *chart = new TimelineChart;
    scene.addItem(chart);
    const double appPoints = QGuiApplication::font().pointSizeF() > 0 ? QGuiApplication::font().pointSizeF() : 9.0;
    chart->setFontScale(9.0 * fontScale / appPoints);
    const QRectF local(QPointF(0, 0), rect.size());
    chart->setGeometry(local);
    chart->rebuild(*m_model, title());
    chart->setGeometry(local);
    if (chart->layout())
        chart->layout()->activate();
    scene.setSceneRect(local);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, rect, local);
    painter.restore();
}

} // namespace hl
