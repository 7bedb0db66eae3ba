#pragma once

#include "charts/chartwriter.h"
#include "export/chartsource.h"

#include <QDialog>

#include <cstdint>

QT_FORWARD_DECLARE_CLASS(QCheckBox)
QT_FORWARD_DECLARE_CLASS(QComboBox)
QT_FORWARD_DECLARE_CLASS(QRadioButton)
QT_FORWARD_DECLARE_CLASS(QSpinBox)

namespace hl {

// File ▸ Export Chart…: which chart (timeline, pivots, risk distribution, graph), of the whole
// case or the cluster selected in the window, in which format (PNG with its DPI, SVG, PDF on a
// page of the picture's size, A4 or Letter), redacted or not. Then a file name; the case is read
// (and the graph laid out) in the background with progress and Cancel, and the chart written
// as `hydralens chart` writes it.
class ChartExportDialog : public QDialog
{
    Q_OBJECT
public:
    ChartExportDialog(std::int64_t currentCluster, QWidget *parent = nullptr);

    ChartRequest request() const;
    ChartOutput output() const;
    QString suffix() const; // "png", "svg" or "pdf"

    // Runs the whole export for the case at `casePath` (nothing when it is empty: says so).
    static void exportChart(QWidget *parent, const QString &casePath, std::int64_t currentCluster);

private:
    void updateEnabled();

    std::int64_t m_cluster;
    QComboBox *m_kind;
    QRadioButton *m_whole;
    QRadioButton *m_selected;
    QComboBox *m_format;
    QSpinBox *m_dpi;
    QComboBox *m_page;
    QCheckBox *m_redact;
};

} // namespace hl
