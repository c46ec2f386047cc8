#include "services/integritychecker.h"

#include "scoring/finalisationverifier.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include <QSqlError>
#include <QSqlQuery>

namespace akim {
namespace {

// Stored totals against totals recomputed from the raw answers (packed per response as a JSON
// object keyed by criterion id), both ways round: a stored row
// without answers, and answers without a stored row, are mismatches too. Sums of answer values
// are exact in double for the scales used (small integers), so a tiny tolerance only absorbs
// summation order.
const QString kAggregateMismatches = QStringLiteral(
    "WITH recomputed AS ("
    "  SELECT r.nominee_id AS nominee_id, CAST(a.key AS INTEGER) AS criterion_id,"
    "         COUNT(*) AS n, SUM(a.value) AS total"
    "  FROM survey_response r, json_each(r.answers) a"
    "  GROUP BY r.nominee_id, CAST(a.key AS INTEGER)),"
    " compared AS ("
    "  SELECT s.nominee_id AS nominee_id, s.criterion_id AS criterion_id,"
    "         s.n AS stored_n, s.total AS stored_total,"
    "         coalesce(c.n, 0) AS actual_n, coalesce(c.total, 0) AS actual_total"
    "  FROM survey_aggregate s LEFT JOIN recomputed c"
    "    ON c.nominee_id = s.nominee_id AND c.criterion_id = s.criterion_id"
    "  UNION ALL"
    "  SELECT c.nominee_id, c.criterion_id, 0, 0, c.n, c.total FROM recomputed c"
    "  WHERE NOT EXISTS (SELECT 1 FROM survey_aggregate s"
    "                    WHERE s.nominee_id = c.nominee_id AND s.criterion_id = c.criterion_id))"
    " SELECT x.nominee_id, coalesce(n.full_name, ''), x.criterion_id, coalesce(k.code, ''),"
    "        x.stored_n, x.stored_total, x.actual_n, x.actual_total"
    " FROM compared x LEFT JOIN nominee n ON n.id = x.nominee_id"
    " LEFT JOIN criterion k ON k.id = x.criterion_id"
    " WHERE x.stored_n <> x.actual_n OR abs(x.stored_total - x.actual_total) > 0.000001"
    " ORDER BY x.nominee_id, x.criterion_id");

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

} // namespace

IntegrityChecker::IntegrityChecker(const Database &database)
    : m_database(database)
{}

QStringList IntegrityChecker::problems() const
{
    if (!m_database.isOpen())
        return {tr("The contest file is not open.")};
    QStringList result = m_database.structuralProblems();
    result << auditProblems();
    result << surveyAggregateProblems();
    result << scoring::FinalisationVerifier::problems(m_database.connection());
    return result;
}

QStringList IntegrityChecker::auditProblems() const
{
    try {
        return AuditLog(m_database.connection()).verify();
    } catch (const StorageError &e) {
        // A dropped or damaged audit table is itself the finding.
        return {tr("Audit log cannot be read: %1").arg(e.message())};
    }
}

QStringList IntegrityChecker::surveyAggregateProblems() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(kAggregateMismatches))
        return {tr("Survey totals cannot be checked: %1").arg(query.lastError().text())};
    QStringList result;
    int mismatches = 0;
    while (query.next()) {
        ++mismatches;
        if (mismatches > kMaxListedAggregateProblems)
            continue;
        const QString nominee = query.value(1).toString().isEmpty()
                                    ? QString::number(query.value(0).toLongLong())
                                    : QString::number(query.value(0).toLongLong()) +
                                          QStringLiteral(" (") + query.value(1).toString() +
                                          QLatin1Char(')');
        const QString criterion = query.value(3).toString().isEmpty()
                                      ? QString::number(query.value(2).toLongLong())
                                      : query.value(3).toString();
        result << tr("Survey totals (table survey_aggregate) for nominee %1, criterion %2: stored "
                     "n = %3, sum = %4; the answers give n = %5, sum = %6.")
                      .arg(nominee, criterion, QString::number(query.value(4).toLongLong()),
                           number(query.value(5).toDouble()),
                           QString::number(query.value(6).toLongLong()),
                           number(query.value(7).toDouble()));
    }
    if (mismatches > kMaxListedAggregateProblems)
        result << tr("… and %n more survey total(s) that do not match the answers.", nullptr,
                     mismatches - kMaxListedAggregateProblems);
    return result;
}

} // namespace akim
