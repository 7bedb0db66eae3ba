#pragma once

#include "graph/graphdata.h"

#include <QRectF>

#include <cstdint>
#include <memory>
#include <vector>

QT_FORWARD_DECLARE_CLASS(QPainter)

namespace hl {

class GraphModel;
class GraphScene;

// A laid-out graph drawn without a window, for chart exports and the briefing (issue 6): a
// GraphModel and GraphScene of its own (label badges from `verdicts`, one hl::Verdict per node),
// painted into any rectangle of any QPainter as the window's export does (paintGraphPicture).
class GraphPicture
{
public:
    GraphPicture(std::shared_ptr<const GraphData> graph, std::vector<std::uint8_t> verdicts);
    ~GraphPicture();
    GraphPicture(const GraphPicture &) = delete;
    GraphPicture &operator=(const GraphPicture &) = delete;

    // `fontScale` 1 = 8 pt labels.
    void paint(QPainter &painter, const QRectF &rect, double fontScale = 1.0) const;

private:
    std::unique_ptr<GraphModel> m_model;
    std::unique_ptr<GraphScene> m_scene;
};

} // namespace hl
