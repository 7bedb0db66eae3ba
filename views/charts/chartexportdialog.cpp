#include "charts/chartexportdialog.h"

#include "charts/chartrenderer.h"
#include "tasks/backgroundtask.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace hl {

ChartExportDialog::ChartExportDialog(std::int64_t currentCluster, QWidget *parent)
    : QDialog(parent)
    , m_cluster(currentCluster)
    , m_kind(new QComboBox(this))
    , m_whole(new QRadioButton(tr("Whole case (graph: the overview of clusters)"), this))
    , m_selected(new QRadioButton(this))
    , m_format(new QComboBox(this))
    , m_dpi(new QSpinBox(this))
    , m_page(new QComboBox(this))
    , m_redact(new QCheckBox(tr("Redact account ids, IPs, e-mail domains, payment and device values"), this))
{
    setWindowTitle(tr("Export Chart"));
    m_kind->addItem(tr("Timeline (exchanges over time by model)"), int(ChartKind::Timeline));
    m_kind->addItem(tr("Post-release pivots"), int(ChartKind::Pivots));
    m_kind->addItem(tr("Risk distribution of the clusters"), int(ChartKind::Risk));
    m_kind->addItem(tr("Graph"), int(ChartKind::Graph));
    m_selected->setText(currentCluster > 0 ? tr("Selected cluster %1").arg(currentCluster) : tr("Selected cluster (none)"));
    m_selected->setEnabled(currentCluster > 0);
    (currentCluster > 0 ? m_selected : m_whole)->setChecked(true);
    m_format->addItem(tr("PNG image"), u"png"_s);
    m_format->addItem(tr("SVG drawing"), u"svg"_s);
    m_format->addItem(tr("PDF document"), u"pdf"_s);
    m_dpi->setRange(30, 1200);
    m_dpi->setValue(150);
    m_dpi->setSuffix(tr(" dpi"));
    m_dpi->setToolTip(tr("The picture is 254 × 143 mm (a 16:9 slide); 150 dpi gives 1500 × 844 pixels"));
    m_page->addItem(tr("The picture's size (254 × 143 mm)"), QString());
    m_page->addItem(tr("A4, landscape"), u"a4"_s);
    m_page->addItem(tr("Letter, landscape"), u"letter"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("Chart:"), m_kind);
    form->addRow(tr("Of:"), m_whole);
    form->addRow(QString(), m_selected);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Resolution:"), m_dpi);
    form->addRow(tr("PDF page:"), m_page);
    form->addRow(QString(), m_redact);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ChartExportDialog::updateEnabled);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ChartExportDialog::updateEnabled);
    updateEnabled();
}

void ChartExportDialog::updateEnabled()
{
    const bool risk = ChartKind(m_kind->currentData().toInt()) == ChartKind::Risk;
    m_selected->setEnabled(!risk && m_cluster > 0);
    if (risk)
        m_whole->setChecked(true);
    m_dpi->setEnabled(suffix() == u"png"_s);
    m_page->setEnabled(suffix() == u"pdf"_s);
}

QString ChartExportDialog::suffix() const { return m_format->currentData().toString(); }

ChartRequest ChartExportDialog::request() const
{
    ChartRequest r;
    r.kind = ChartKind(m_kind->currentData().toInt());
    r.cluster = m_selected->isChecked() ? m_cluster : 0;
    r.redact = m_redact->isChecked();
    return r;
}

ChartOutput ChartExportDialog::output() const
{
    ChartOutput o;
    o.dpi = m_dpi->value();
    const QString page = m_page->currentData().toString();
    if (page == u"a4"_s)
        o.page = QPageSize::A4;
    else if (page == u"letter"_s)
        o.page = QPageSize::Letter;
    return o;
}

void ChartExportDialog::exportChart(QWidget *parent, const QString &casePath, std::int64_t currentCluster)
{
    if (casePath.isEmpty()) {
        QMessageBox::information(parent, tr("Export Chart"), tr("Open a case first: File ▸ Open Case…"));
        return;
    }
    ChartExportDialog dialog(currentCluster, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ChartRequest request = dialog.request();
    ChartOutput output = dialog.output();
    const QString suffix = dialog.suffix();
    const QString proposed = QFileInfo(casePath).dir().filePath(
        u"%1-%2%3.%4"_s.arg(QFileInfo(casePath).completeBaseName(), chartKindName(request.kind),
                            request.cluster ? u"-%1"_s.arg(request.cluster) : QString(), suffix));
    const QString path = QFileDialog::getSaveFileName(parent, tr("Export Chart"), proposed,
                                                      tr("%1 file (*.%2)").arg(suffix.toUpper(), suffix));
    if (path.isEmpty())
        return;
    auto source = std::make_shared<std::optional<ChartSource>>();
    BackgroundTask::run(
        parent, tr("Exporting the chart…"),
        [casePath, request, source](const BackgroundTask::Report &report, const std::atomic<bool> &cancel) {
            QString error;
            *source = readChartSource(casePath, request, [&](double f) {
                report(f, tr("Reading the case and laying out…"));
                return !cancel.load();
            }, &error);
            return *source ? QString() : error;
        },
        [parent, path, output, source](const QString &message) mutable {
            if (!*source) {
                if (message != u"cancelled"_s)
                    QMessageBox::warning(parent, tr("Export Chart"), tr("The chart was not exported: %1.").arg(message));
                return;
            }
            output.pdfDate = QDateTime::fromSecsSinceEpoch((*source)->caseTimestamp, QTimeZone::utc());
            const ChartRenderer renderer(std::move(**source));
            QString error;
            if (!ChartWriter::write(path, output, renderer.title(),
                                    [&](QPainter &painter, const QRectF &rect) { renderer.paint(painter, rect); }, &error))
                QMessageBox::warning(parent, tr("Export Chart"), tr("The chart was not exported: %1.").arg(error));
        });
}

} // namespace hl
