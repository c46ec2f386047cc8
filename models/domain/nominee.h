#pragma once

#include <QDate>
#include <QString>

namespace akim {

enum class NomineeStatus {
    Active,
    Withdrawn,
    Disqualified,
};

QString nomineeStatusKey(NomineeStatus status);
NomineeStatus nomineeStatusFromKey(const QString &key, bool *ok = nullptr);

struct Nominee
{
    qint64 id = 0;
    QString uuid;
    qint64 okrugId = 0;
    QString fullName;
    QDate inOfficeSince; // null when unknown
    NomineeStatus status = NomineeStatus::Active;
    QString notes;

    bool operator==(const Nominee &other) const;
    bool operator!=(const Nominee &other) const { return !(*this == other); }
};

// A nominee joined with the names of its place, as the nominee table shows it.
struct NomineeRow
{
    Nominee nominee;
    qint64 regionId = 0;
    qint64 districtId = 0;
    QString regionRu;
    QString regionKk;
    QString districtRu;
    QString districtKk;
    QString okrugRu;
    QString okrugKk;
    QString okrugKato;
};

} // namespace akim
