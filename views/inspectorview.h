#pragma once

#include <QWidget>

#include <optional>

class QPlainTextEdit;
class QLabel;

namespace hl {

class CaseFile;

// The inspector: whatever is selected, explained (model/analysis/explanation.h). For a cluster:
// why its accounts are one cluster, why it is (or is not) risky, its features and its
// post-release behaviour, with each shared IP's AS, country and proxy flag. For an account: its
// cluster, activity, score and the infrastructure it used. For an infrastructure value: where
// it is, who used it, hub rank and partner-indicator hits.
class InspectorView : public QWidget
{
    Q_OBJECT
public:
    explicit InspectorView(QWidget *parent = nullptr);

    void showCluster(const CaseFile &file, qint64 id);
    void showAccount(const CaseFile &file, qint64 id);
    void showInfra(const CaseFile &file, qint64 id);
    void clear();
    QString text() const;
    QSize sizeHint() const override { return {420, 480}; } // room for the explanation's table

private:
    void show(const std::optional<QString> &text, const QString &error, const QString &title, const QString &missing);

    QLabel *m_title;
    QPlainTextEdit *m_text;
};

} // namespace hl
