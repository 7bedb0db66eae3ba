#pragma once

#include "storage/labelstore.h"

#include <QWidget>

#include <optional>

class QAction;
class QPlainTextEdit;
class QLabel;

namespace hl {

class CaseFile;

// The inspector: whatever is selected, explained (model/analysis/explanation.h). For a cluster:
// why its accounts are one cluster, why it is (or is not) risky, its features and its
// post-release behaviour, with each shared IP's AS, country and proxy flag. For an account: its
// cluster, activity, score and the infrastructure it used. For an infrastructure value: where
// it is, who used it, hub rank and partner-indicator hits. Above the explanation, clusters and
// accounts show their label (own or inherited from the cluster, who set it, when, the trail's
// size) with buttons that label them; clusters also the partner indicators (imported STIX
// bundles) their accounts hit.
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
    // The label section's buttons (the window's Label actions).
    void setLabelActions(const QList<QAction *> &actions);
    // Re-reads the label of what is shown (after labelling, undo or redo).
    void refreshLabel(const CaseFile &file);
    QString labelText() const;
    // The partner indicators the shown cluster hits (rich text; empty when hidden).
    QString partnersText() const;
    QSize sizeHint() const override { return {420, 480}; } // room for the explanation's table

private:
    void show(const std::optional<QString> &text, const QString &error, const QString &title, const QString &missing);

    void showLabel(const CaseFile &file, LabelTarget target, qint64 id);

    QLabel *m_title;
    QWidget *m_labelBox;
    QLabel *m_label;
    QWidget *m_labelButtons;
    QLabel *m_partners; // partner indicators the cluster hits (imported STIX bundles)
    QPlainTextEdit *m_text;
    std::optional<std::pair<LabelTarget, qint64>> m_target; // what the label section is about
};

} // namespace hl
