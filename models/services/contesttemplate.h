#pragma once

#include "domain/criterion.h"
#include "domain/geography.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

namespace akim {

// A methodology template from resources/templates plus the country's regions: what a new contest
// file starts with (regions, one commission per region and the republican one, criteria and the
// methodology JSON). Every value stays editable in the contest.
class ContestTemplate
{
    Q_DECLARE_TR_FUNCTIONS(ContestTemplate)

public:
    static QString defaultName(); // "uzdik-auyl-akimi-2020"
    static QStringList available();

    bool load(const QString &name);
    QString errorString() const { return m_error; }

    QString name() const { return m_name; }
    QString displayName(const QString &language) const;
    const QVector<Criterion> &criteria() const { return m_criteria; }
    const QVector<Region> &regions() const { return m_regions; }
    QJsonObject methodology() const { return m_methodology; }

    // Inserts everything into an empty, migrated contest file (inside the caller's transaction).
    void applyTo(const QSqlDatabase &db) const;

private:
    QString m_name;
    QJsonObject m_root;
    QVector<Criterion> m_criteria;
    QVector<Region> m_regions;
    QJsonObject m_methodology;
    QString m_error;
};

} // namespace akim
