#pragma once

#include "domain/nominee.h"

#include <QSqlDatabase>
#include <QVector>

namespace akim {

class NomineeRepository
{
public:
    explicit NomineeRepository(QSqlDatabase db);

    QVector<NomineeRow> rows() const; // joined with okrug, district and region names
    NomineeRow row(qint64 id) const;  // id 0 when not found
    Nominee nominee(qint64 id) const;
    qint64 nomineeOfOkrug(qint64 okrugId) const; // 0 when the okrug has none

    void insert(Nominee &nominee); // keeps a given id and uuid
    void update(const Nominee &nominee);
    void remove(qint64 id);

    qint64 count() const;
    // Rows in other tables that would lose their nominee (scores, answers, conflicts).
    qint64 dependentRows(qint64 id) const;

private:
    QSqlDatabase m_db;
};

} // namespace akim
