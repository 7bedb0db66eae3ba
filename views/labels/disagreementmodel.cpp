#include "disagreementmodel.h"

#include "campaigns/campaignsmodel.h"

#include <QFont>

namespace hl {

DisagreementModel::DisagreementModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DisagreementModel::setAgreement(const Agreement &agreement)
{
    beginResetModel();
    m_analysts = agreement.analysts;
    m_all = agreement.disagreements;
    rebuildRows();
    endResetModel();
}

void DisagreementModel::setShowResolved(bool show)
{
    if (show == m_showResolved)
        return;
    beginResetModel();
    m_showResolved = show;
    rebuildRows();
    endResetModel();
}

void DisagreementModel::rebuildRows()
{
    m_rows.clear();
    for (const Disagreement &d : m_all) // open ones come first already
        if (m_showResolved || !d.resolved)
            m_rows.push_back(&d);
}

int DisagreementModel::rowOf(LabelTarget target, std::int64_t id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i]->target == target && m_rows[i]->targetId == id)
            return int(i);
    return -1;
}

int DisagreementModel::nextOpenRow(int row) const
{
    const int n = rowCount();
    for (int step = 1; step <= n; ++step) {
        const int r = ((row < 0 ? -1 : row) + step) % n;
        if (!m_rows[std::size_t(r)]->resolved)
            return r;
    }
    return -1;
}

int DisagreementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DisagreementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstAnalystColumn + int(m_analysts.size());
}

QVariant DisagreementModel::display(const Disagreement &d, int column) const
{
    if (column == TargetColumn)
        return d.target == LabelTarget::Cluster ? tr("cluster %1").arg(d.targetId) : tr("account %1").arg(d.targetId);
    if (column == StatusColumn)
        return d.resolved ? tr("resolved: %1 (%2)").arg(CampaignsModel::verdictText(d.resolution), d.resolvedBy)
                          : tr("open");
    return CampaignsModel::verdictText(d.verdicts[std::size_t(column - FirstAnalystColumn)]);
}

QVariant DisagreementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Disagreement &d = *m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole: return display(d, index.column());
    case Qt::FontRole:
        if (index.column() == StatusColumn && !d.resolved) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case TargetKindRole: return int(d.target);
    case TargetIdRole: return qint64(d.targetId);
    case ResolvedRole: return d.resolved;
    case VerdictRole:
        if (index.column() == StatusColumn)
            return int(d.resolution);
        if (index.column() >= FirstAnalystColumn)
            return int(d.verdicts[std::size_t(index.column() - FirstAnalystColumn)]);
        return {};
    default: return {};
    }
}

QVariant DisagreementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount() || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == TargetColumn)
        return tr("Target");
    if (section == StatusColumn)
        return tr("Status");
    return m_analysts.value(section - FirstAnalystColumn);
}

} // namespace hl
