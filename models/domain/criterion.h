#pragma once

#include <QString>

namespace akim {

enum class StageKind {
    Regional,
    National,
};

enum class CriterionSource {
    Commission,
    Survey,
    Ethics,
};

QString stageKindKey(StageKind kind);
StageKind stageKindFromKey(const QString &key, bool *ok = nullptr);
QString criterionSourceKey(CriterionSource source);
CriterionSource criterionSourceFromKey(const QString &key, bool *ok = nullptr);

struct Criterion
{
    qint64 id = 0;
    QString uuid;
    StageKind stage = StageKind::Regional;
    QString code;
    QString titleRu;
    QString titleKk;
    QString titleEn;
    CriterionSource source = CriterionSource::Commission;
    double maxPoints = 10.0;
    double weight = 1.0;
    int sortOrder = 0;

    bool operator==(const Criterion &other) const;
    bool operator!=(const Criterion &other) const { return !(*this == other); }
};

} // namespace akim
