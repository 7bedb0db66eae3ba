#pragma once

#include <QWidget>

class QPlainTextEdit;
class QLabel;

namespace hl {

class CaseFile;

// The inspector: whatever is selected, explained. For a cluster: why its accounts are one
// cluster, why it is (or is not) risky, its features and its post-release behaviour
// (model/analysis/explanation.h), with each shared IP's AS, country and proxy flag.
class InspectorView : public QWidget
{
    Q_OBJECT
public:
    explicit InspectorView(QWidget *parent = nullptr);

    void showCluster(const CaseFile &file, qint64 id);
    void clear();
    QString text() const;
    QSize sizeHint() const override { return {540, 480}; } // room for the explanation's table

private:
    QLabel *m_title;
    QPlainTextEdit *m_text;
};

} // namespace hl
