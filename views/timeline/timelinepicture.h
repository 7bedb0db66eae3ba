#pragma once

#include "storage/timelinedata.h"

#include <QCoreApplication>
#include <QRectF>
#include <QString>

#include <memory>

QT_FORWARD_DECLARE_CLASS(QPainter)

namespace hl {

class TimelineModel;

// The timeline drawn without a window, for chart exports and the briefing (issue 6): a
// TimelineModel fed with loaded data and a TimelineChart of its own, painted into any rectangle
// of any QPainter (image, SVG, PDF page). Stacked by model, with releases and flagged pivots
// marked, as in the window. QtCharts stays inside views/timeline (STYLE.md rule 7).
class TimelinePicture
{
    Q_DECLARE_TR_FUNCTIONS(hl::TimelinePicture)
public:
    // `subject` names what it shows ("Whole case", "Cluster 12 (40 accounts)").
    TimelinePicture(TimelineData data, QString subject);
    ~TimelinePicture();
    TimelinePicture(const TimelinePicture &) = delete;
    TimelinePicture &operator=(const TimelinePicture &) = delete;

    QString title() const;
    // `fontScale` 1 = 9 pt labels.
    void paint(QPainter &painter, const QRectF &rect, double fontScale = 1.0) const;

private:
    std::unique_ptr<TimelineModel> m_model;
    QString m_subject;
};

} // namespace hl
