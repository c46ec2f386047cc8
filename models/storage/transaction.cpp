#include "storage/transaction.h"

#include "storage/storageerror.h"

#include <QSqlError>

namespace akim {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    if (!m_db.transaction())
        throw StorageError(m_db.lastError().text());
}

Transaction::~Transaction()
{
    if (!m_done)
        m_db.rollback();
}

void Transaction::commit()
{
    if (!m_db.commit()) {
        const QString message = m_db.lastError().text();
        m_db.rollback();
        m_done = true;
        throw StorageError(message);
    }
    m_done = true;
}

} // namespace akim
