#pragma once

#include "domain/criterion.h"

#include <QSqlDatabase>
#include <QVector>

namespace akim {

class CriterionRepository
{
public:
    explicit CriterionRepository(QSqlDatabase db);

    QVector<Criterion> all() const; // stage I first, then by order
    Criterion criterion(qint64 id) const;
    qint64 idOfCode(const QString &code) const; // 0 when free

    void insert(Criterion &criterion); // keeps a given id and uuid
    void update(const Criterion &criterion);
    void remove(qint64 id);
    void setSortOrder(qint64 id, int sortOrder);

    qint64 count() const;
    qint64 dependentRows(qint64 id) const; // scores and survey answers

private:
    QSqlDatabase m_db;
};

} // namespace akim
