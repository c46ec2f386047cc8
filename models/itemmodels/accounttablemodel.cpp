#include "itemmodels/accounttablemodel.h"

#include "services/accesspolicy.h"
#include "services/contestdocument.h"
#include "text/language.h"

#include <QFont>

namespace akim {

AccountTableModel::AccountTableModel(ContestDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(m_document, &ContestDocument::accountsChanged, this, &AccountTableModel::reload);
    connect(m_document, &ContestDocument::opened, this, &AccountTableModel::reload);
    connect(m_document, &ContestDocument::closed, this, &AccountTableModel::reload);
    reload();
}

void AccountTableModel::reload()
{
    beginResetModel();
    m_accounts.clear();
    m_memberLabels.clear();
    if (m_document->isOpen()) {
        m_accounts = m_document->accounts().accounts();
        QHash<qint64, QString> commissionNames;
        for (const Commission &c : m_document->commissions().commissions())
            commissionNames.insert(c.id, text::pick(c.nameRu, c.nameKk));
        for (const Member &m : m_document->commissions().members())
            m_memberLabels.insert(
                m.id, tr("%1: %2").arg(commissionNames.value(m.commissionId), m.fullName));
    }
    endResetModel();
}

int AccountTableModel::rowOfLogin(const QString &login) const
{
    for (int row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts.at(row).login == login)
            return row;
    }
    return -1;
}

int AccountTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int AccountTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Account &account = m_accounts.at(index.row());
    switch (role) {
    case IdRole:
        return account.id;
    case ActiveRole:
        return account.active;
    case Qt::ForegroundRole:
        if (!account.active)
            return QVariant::fromValue(Qt::gray);
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case LoginColumn:
            return account.login;
        case FullNameColumn:
            return account.fullName;
        case RoleColumn:
            return AccessPolicy::roleName(account.role);
        case MemberColumn:
            return account.memberId ? m_memberLabels.value(account.memberId) : QString();
        case ActiveColumn:
            return account.active ? tr("Active") : tr("Deactivated");
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant AccountTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case LoginColumn:
        return tr("User name");
    case FullNameColumn:
        return tr("Full name");
    case RoleColumn:
        return tr("Role");
    case MemberColumn:
        return tr("Scores as");
    case ActiveColumn:
        return tr("State");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace akim
