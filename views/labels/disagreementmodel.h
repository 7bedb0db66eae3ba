#pragma once

#include "analysis/agreement.h"

#include <QAbstractTableModel>

namespace hl {

// The targets analysts disagree on, open ones first: the target, whether and how it was
// resolved, then one column per analyst with that analyst's verdict (empty: not labelled).
// Resolved disagreements are listed only with setShowResolved(true).
class DisagreementModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TargetColumn, StatusColumn, FirstAnalystColumn }; // then one per analyst
    enum Role {
        TargetKindRole = Qt::UserRole, // int (LabelTarget), every column
        TargetIdRole,                  // qint64, every column
        ResolvedRole,                  // bool, every column
        VerdictRole,                   // int (Verdict) in an analyst's column; the resolution in Status
    };

    explicit DisagreementModel(QObject *parent = nullptr);

    void setAgreement(const Agreement &agreement);
    void setShowResolved(bool show);
    bool showResolved() const { return m_showResolved; }

    const Disagreement &disagreement(int row) const { return *m_rows[std::size_t(row)]; }
    // The row of a target, or -1 (not a disagreement, or resolved and hidden).
    int rowOf(LabelTarget target, std::int64_t id) const;
    // The first open row after `row` (wrapping round), or -1 when none is open.
    int nextOpenRow(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuildRows();
    QVariant display(const Disagreement &d, int column) const;

    QStringList m_analysts;
    std::vector<Disagreement> m_all;
    std::vector<const Disagreement *> m_rows; // those shown
    bool m_showResolved = false;
};

} // namespace hl
