#pragma once

#include "export/briefingdata.h"

#include <QDialog>
#include <QPageSize>

#include <cstdint>

QT_FORWARD_DECLARE_CLASS(QCheckBox)
QT_FORWARD_DECLARE_CLASS(QComboBox)
QT_FORWARD_DECLARE_CLASS(QRadioButton)
QT_FORWARD_DECLARE_CLASS(QSpinBox)

namespace hl {

// File ▸ Export Briefing…: the top N campaigns or the cluster selected in the window, A4 or
// Letter, redacted or not; then a file name. The case is read and the campaigns' graphs laid out
// in the background (progress, Cancel); the PDF and its sidecar are written as `hydralens brief`
// writes them.
class BriefingExportDialog : public QDialog
{
    Q_OBJECT
public:
    BriefingExportDialog(std::int64_t currentCluster, QWidget *parent = nullptr);

    BriefingOptions options() const;
    QPageSize::PageSizeId pageSize() const;

    // Runs the whole export for the case at `casePath` (nothing when it is empty: says so).
    static void exportBriefing(QWidget *parent, const QString &casePath, std::int64_t currentCluster);

private:
    std::int64_t m_cluster;
    QRadioButton *m_top;
    QSpinBox *m_count;
    QRadioButton *m_selected;
    QComboBox *m_page;
    QCheckBox *m_redact;
};

} // namespace hl
