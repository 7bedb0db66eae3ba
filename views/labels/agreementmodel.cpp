#include "agreementmodel.h"

#include <QLocale>

#include <cmath>

namespace hl {

AgreementModel::AgreementModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AgreementModel::setAgreement(const Agreement &agreement)
{
    beginResetModel();
    m_analysts = agreement.analysts;
    m_pairs = agreement.pairs;
    endResetModel();
}

QString AgreementModel::kappaText(double kappa)
{
    return std::isnan(kappa) ? tr("n/a") : QLocale().toString(kappa, 'f', 3);
}

QString AgreementModel::shareText(double share)
{
    return std::isnan(share) ? tr("n/a") : tr("%1 %").arg(QLocale().toString(100 * share, 'f', 1));
}

int AgreementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pairs.size());
}

int AgreementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgreementModel::display(const AnalystPair &pair, int column) const
{
    switch (Column(column)) {
    case FirstAnalystColumn: return m_analysts.value(pair.a);
    case SecondAnalystColumn: return m_analysts.value(pair.b);
    case ItemsColumn: return QLocale().toString(pair.stats.items);
    case ObservedColumn: return shareText(pair.stats.observed);
    case KappaColumn: return kappaText(pair.stats.kappa);
    case ColumnCount: break;
    }
    return {};
}

QVariant AgreementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AnalystPair &pair = m_pairs[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole: return display(pair, index.column());
    case Qt::TextAlignmentRole:
        return index.column() >= ItemsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == KappaColumn && std::isnan(pair.stats.kappa))
            return pair.stats.items == 0 ? tr("They have labelled no target in common.")
                                         : tr("Both gave every shared target one and the same verdict: kappa is "
                                              "undefined when agreement by chance is certain.");
        return {};
    case ItemsRole: return qint64(pair.stats.items);
    case ObservedRole: return pair.stats.observed;
    case KappaRole: return pair.stats.kappa;
    default: return {};
    }
}

QVariant AgreementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case ItemsColumn: return tr("Targets (clusters and accounts) both analysts have labelled");
        case ObservedColumn: return tr("Share of those targets both gave the same verdict");
        case KappaColumn: return tr("Cohen's kappa: agreement beyond chance (1 perfect, 0 chance, below 0 worse than chance)");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case FirstAnalystColumn: return tr("Analyst");
    case SecondAnalystColumn: return tr("Analyst");
    case ItemsColumn: return tr("Both labelled");
    case ObservedColumn: return tr("Agree");
    case KappaColumn: return tr("Cohen's κ");
    case ColumnCount: break;
    }
    return {};
}

} // namespace hl
