#pragma once

#include "analysis/agreement.h"

#include <QAbstractTableModel>

namespace hl {

// Agreement between every pair of analysts, one row per pair: who, how many targets both
// labelled, the share they labelled alike, and Cohen's kappa. Takes the Agreement whole.
class AgreementModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FirstAnalystColumn, SecondAnalystColumn, ItemsColumn, ObservedColumn, KappaColumn, ColumnCount };
    enum Role {
        ItemsRole = Qt::UserRole, // qint64: targets both labelled
        ObservedRole,             // double 0..1, NaN when they share none
        KappaRole,                // double, NaN when undefined
    };

    explicit AgreementModel(QObject *parent = nullptr);

    void setAgreement(const Agreement &agreement);

    // A kappa or share for people: "0.400", "85.0 %"; "n/a" when undefined.
    static QString kappaText(double kappa);
    static QString shareText(double share);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const AnalystPair &pair, int column) const;

    QStringList m_analysts;
    std::vector<AnalystPair> m_pairs;
};

} // namespace hl
