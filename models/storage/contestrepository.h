#pragma once

#include "domain/criterion.h"

#include <QSqlDatabase>
#include <QString>

namespace akim {

struct ContestInfo
{
    qint64 id = 0;
    QString uuid;
    QString titleRu;
    QString titleKk;
    int year = 0;
    QString templateName;
    QString createdAt;
};

// Counts that `akimcontest info --json` reports.
struct ContestCounts
{
    qint64 regions = 0;
    qint64 districts = 0;
    qint64 okrugs = 0;
    qint64 nominees = 0;
    qint64 criteria = 0;
    qint64 commissions = 0;
    qint64 members = 0;
    qint64 scores = 0;
    qint64 surveyResponses = 0;
    qint64 ethicsResponses = 0;
    qint64 imports = 0;
    qint64 auditEntries = 0;
};

class ContestRepository
{
public:
    explicit ContestRepository(QSqlDatabase db);

    ContestInfo contest() const;
    void insert(ContestInfo &contest); // also creates both stages
    QString methodologyJson() const;
    void setMethodologyJson(const QString &json);
    // Grows with every change of the methodology; a ballot package records the one it was made
    // under.
    int methodologyVersion() const;
    // True once any part of the stage is finalised (a region of stage I, or stage II): its
    // inputs are locked from then on.
    bool isStageFinalised(StageKind stage) const;
    ContestCounts counts() const;

private:
    QSqlDatabase m_db;
};

} // namespace akim
