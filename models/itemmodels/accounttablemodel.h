#pragma once

#include "domain/account.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace akim {

class ContestDocument;

// The accounts of the open contest for the Accounts dialog: user name, full name, role, the
// commission member it scores as, and whether it is active. Read-only: changes go through
// AccountService.
class AccountTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        LoginColumn,
        FullNameColumn,
        RoleColumn,
        MemberColumn,
        ActiveColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1,
        ActiveRole, // bool
    };
    Q_ENUM(Role)

    explicit AccountTableModel(ContestDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    Account accountAt(int row) const { return m_accounts.value(row); }
    int rowOfLogin(const QString &login) const; // -1 when absent
    void reload();

private:
    ContestDocument *m_document;
    QVector<Account> m_accounts;
    QHash<qint64, QString> m_memberLabels; // member id → "commission: name"
};

} // namespace akim
