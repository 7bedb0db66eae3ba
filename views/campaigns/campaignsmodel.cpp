#include "campaignsmodel.h"

#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace hl {

CampaignsModel::CampaignsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CampaignsModel::setRows(std::vector<CampaignRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_traffic.clear();
    m_rowOfCluster.clear();
    m_rowOfCluster.reserve(qsizetype(m_rows.size()));
    m_filterText.clear();
    m_filterText.reserve(m_rows.size());
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        m_rowOfCluster.insert(m_rows[i].clusterId, int(i));
        m_filterText.push_back(filterText(m_rows[i]));
    }
    endResetModel();
}

QString CampaignsModel::verdictText(Verdict v)
{
    switch (v) {
    case Verdict::Distillation: return tr("distillation");
    case Verdict::Benign: return tr("benign");
    case Verdict::Unsure: return tr("unsure");
    case Verdict::None: break;
    }
    return QString();
}

QString CampaignsModel::confidenceText(Confidence c)
{
    switch (c) {
    case Confidence::Low: return tr("low");
    case Confidence::Medium: return tr("medium");
    case Confidence::High: return tr("high");
    case Confidence::None: break;
    }
    return QString();
}

void CampaignsModel::setLabels(QHash<std::int64_t, LabelEvent> labels)
{
    m_labels = std::move(labels);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, LabelColumn), index(rowCount() - 1, LabelColumn));
}

void CampaignsModel::setLabel(std::int64_t clusterId, const std::optional<LabelEvent> &label)
{
    if (label)
        m_labels.insert(clusterId, *label);
    else
        m_labels.remove(clusterId);
    const int row = rowOfCluster(clusterId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CampaignsModel::setTraffic(const QHash<std::int64_t, ClusterTraffic> &traffic)
{
    m_traffic = traffic;
    int first = -1, last = -1;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const auto it = traffic.constFind(m_rows[i].clusterId);
        if (it == traffic.cend() || it->topCapability == m_rows[i].topCapability)
            continue;
        m_rows[i].topCapability = it->topCapability;
        m_filterText[i] = filterText(m_rows[i]);
        if (first < 0)
            first = int(i);
        last = int(i);
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, CapabilityColumn), index(last, CapabilityColumn));
}

int CampaignsModel::rowOfCluster(std::int64_t clusterId) const
{
    return m_rowOfCluster.value(clusterId, -1);
}

QColor CampaignsModel::riskColour(double risk)
{
    if (risk >= 0.75)
        return QColor(0xd6, 0x27, 0x28); // red
    if (risk >= 0.5)
        return QColor(0xf2, 0x8e, 0x1c); // orange
    if (risk >= 0.25)
        return QColor(0xe8, 0xc5, 0x1d); // yellow
    return QColor(0x4c, 0xa7, 0x5a);     // green
}

int CampaignsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CampaignsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CampaignRow &row = m_rows[std::size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole:
        return toolTip(row);
    case Qt::TextAlignmentRole:
        switch (column) {
        case ClusterColumn:
        case RiskColumn:
        case AccountsColumn:
        case ExchangesColumn:
        case PartnerColumn:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        case FlaggedColumn:
            return int(Qt::AlignHCenter | Qt::AlignVCenter);
        default:
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case Qt::DecorationRole:
        return column == RiskColumn ? QVariant(riskColour(row.risk)) : QVariant();
    case Qt::FontRole:
        if (column == FlaggedColumn && row.flagged) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case ClusterIdRole:
        return qint64(row.clusterId);
    case SortRole:
        return sortValue(row, column);
    case FilterTextRole:
        return m_filterText[std::size_t(index.row())];
    case RiskRole:
        return row.risk;
    case FlaggedRole:
        return row.flagged;
    case AccountsRole:
        return qint64(row.accounts);
    case CapabilityRole:
        return row.topCapability;
    case VerdictRole:
        return int(m_labels.value(row.clusterId).verdict);
    case ModelsRole:
        return m_traffic.value(row.clusterId).models;
    case PartnerHitsRole:
        return row.partnerHits;
    default:
        return {};
    }
}

QVariant CampaignsModel::display(const CampaignRow &row, int column) const
{
    const QLocale locale;
    switch (column) {
    case ClusterColumn:
        return QString::number(row.clusterId); // an id: no thousands separator
    case RiskColumn:
        return locale.toString(row.risk, 'f', 2);
    case FlaggedColumn:
        return row.flagged ? tr("flagged") : QString();
    case AccountsColumn:
        return locale.toString(qint64(row.accounts));
    case ExchangesColumn:
        return locale.toString(qint64(row.exchanges));
    case CapabilityColumn: {
        if (row.topCapabilityShare <= 0 && row.topCapability.isEmpty())
            return QString();
        const QString share = locale.toString(row.topCapabilityShare * 100, 'f', 0) + locale.percent();
        return row.topCapability.isEmpty() ? share : tr("%1 · %2").arg(row.topCapability, share);
    }
    case PivotColumn:
        return row.pivot;
    case PartnerColumn:
        return row.partnerHits > 0 ? locale.toString(row.partnerHits) : QString();
    case LabelColumn: {
        const auto it = m_labels.constFind(row.clusterId);
        if (it == m_labels.cend())
            return QString();
        QString text = verdictText(it->verdict);
        if (!it->actor.isEmpty())
            text += u" · "_s + it->actor;
        if (it->confidence != Confidence::None)
            text += u" ("_s + confidenceText(it->confidence) + u')';
        return text;
    }
    default:
        return {};
    }
}

QVariant CampaignsModel::sortValue(const CampaignRow &row, int column) const
{
    switch (column) {
    case ClusterColumn:
        return qint64(row.clusterId);
    case RiskColumn:
        return row.risk;
    case FlaggedColumn:
        return int(row.flagged);
    case AccountsColumn:
        return qint64(row.accounts);
    case ExchangesColumn:
        return qint64(row.exchanges);
    case CapabilityColumn:
        return row.topCapabilityShare;
    case PivotColumn:
        return row.pivot.isEmpty() ? -1.0 : row.pivotShare;
    case PartnerColumn:
        return row.partnerHits;
    case LabelColumn:
        return int(m_labels.value(row.clusterId).verdict);
    default:
        return {};
    }
}

QString CampaignsModel::toolTip(const CampaignRow &row) const
{
    QString html = u"<b>"_s + tr("Cluster %1").arg(row.clusterId) + u"</b>"_s;
    if (row.reasons.isEmpty()) {
        html += u"<p>"_s + tr("No notable traits.") + u"</p>"_s;
    } else {
        html += u"<ul style=\"margin-left: -20px\">"_s;
        for (const QString &reason : row.reasons)
            html += u"<li>"_s + reason.toHtmlEscaped() + u"</li>"_s;
        html += u"</ul>"_s;
    }
    const QString change = lineageText(row);
    if (!change.isEmpty())
        html += u"<p>"_s + change.toHtmlEscaped() + u"</p>"_s;
    return html;
}

QString CampaignsModel::lineageText(const CampaignRow &row) const
{
    QStringList from;
    for (const std::int64_t id : row.lineageFrom)
        from.append(QString::number(id));
    const QString ids = from.join(u", "_s);
    if (row.lineage == u"grew"_s)
        return tr("Grew since the previous analysis.");
    if (row.lineage == u"shrank"_s)
        return tr("Shrank since the previous analysis.");
    if (row.lineage == u"changed"_s)
        return tr("Members changed since the previous analysis.");
    if (row.lineage == u"split"_s)
        return tr("Split off cluster %1 since the previous analysis.").arg(ids);
    if (row.lineage == u"merged"_s)
        return tr("Merged from clusters %1 since the previous analysis.").arg(ids);
    return QString(); // "same", or "new" (every cluster of a first analysis is new)
}

QString CampaignsModel::filterText(const CampaignRow &row) const
{
    return (QString::number(row.clusterId) + u'\n' + row.topCapability + u'\n' + row.pivot + u'\n'
            + row.reasons.join(u'\n'))
        .toLower();
}

QVariant CampaignsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case ClusterColumn: return tr("Cluster");
        case RiskColumn: return tr("Risk");
        case FlaggedColumn: return tr("Flagged");
        case AccountsColumn: return tr("Accounts");
        case ExchangesColumn: return tr("Exchanges");
        case CapabilityColumn: return tr("Top capability");
        case PivotColumn: return tr("Pivot");
        case PartnerColumn: return tr("Partner");
        case LabelColumn: return tr("Label");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case ClusterColumn:
            return tr("The cluster's id: accounts the analysis judged to be one operation. Ids stay the same "
                      "across analyses while the members do.");
        case RiskColumn:
            return tr("How much the cluster looks like a distillation campaign, from 0 to 1 (0.5 at four points of "
                      "evidence). Colour: green below 0.25, yellow below 0.5, orange below 0.75, red above.");
        case FlaggedColumn:
            return tr("Flagged: risk of 0.5 or more and at least 3 accounts.");
        case AccountsColumn:
            return tr("Accounts in the cluster.");
        case ExchangesColumn:
            return tr("Exchanges (requests) of all its accounts.");
        case CapabilityColumn:
            return tr("The capability most of its exchanges use, and its share of the exchanges that name one. "
                      "Sorted by the share.");
        case PivotColumn:
            return tr("The first model release it jumped on: the new model's share of its traffic in the first "
                      "24 hours, or how soon it passed 25%. Sorted by the 24-hour share.");
        case PartnerColumn:
            return tr("Partner indicators (from STIX bundles, File ▸ Import STIX Bundle) that the cluster's "
                      "accounts hit: a matching IP or network, e-mail domain or AS. The inspector lists them.");
        case LabelColumn:
            return tr("The cluster's current ground-truth label: verdict, actor and confidence (D, B, U to label "
                      "the selection; Ctrl+Z undoes).");
        }
    }
    return {};
}

} // namespace hl
