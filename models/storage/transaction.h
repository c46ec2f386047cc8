#pragma once

#include <QSqlDatabase>

namespace akim {

// Scope guard: begins on construction, rolls back unless commit() was reached. Every write in the
// application goes through one of these, so an exception or a crash leaves the file as it was.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    QSqlDatabase m_db;
    bool m_done = false;
};

} // namespace akim
