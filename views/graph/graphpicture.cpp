#include "graph/graphpicture.h"

#include "graph/graphexport.h"
#include "graph/graphmodel.h"
#include "graph/graphscene.h"

#include <QGuiApplication>
#include <QPainter>

namespace hl {

GraphPicture::GraphPicture(std::shared_ptr<const GraphData> graph, std::vector<std::uint8_t> verdicts)
    : m_model(std::make_unique<GraphModel>())
    , m_scene(std::make_unique<GraphScene>(m_model.get()))
{
    // The scene follows the model's reset: set the graph after the scene exists.
    m_model->setGraph(std::move(graph));
    m_model->setVerdicts(std::move(verdicts));
}

GraphPicture::~GraphPicture()
{
    m_scene.reset(); // before the model it follows
}

void GraphPicture::paint(QPainter &painter, const QRectF &rect, double fontScale) const
{
    QFont font = QGuiApplication::font();
    font.setPointSizeF(8.0 * fontScale);
    paintGraphPicture(&painter, m_scene.get(), QRectF(), rect, font);
}

} // namespace hl
