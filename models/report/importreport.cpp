#include "report/importreport.h"

#include "scoring/scoringinputloader.h"
#include "services/contestdocument.h"
#include "storage/sql.h"

#include <QHash>

#include <algorithm>

namespace akim::report {

std::optional<ImportReport> ImportReport::load(ContestDocument &document, qint64 regionId,
                                               QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<ImportReport> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QSqlDatabase db = document.database().connection();
    ImportReport report;
    report.regionId = regionId;
    QHash<qint64, Region> regions;
    const QVector<Region> ordered = document.geography().regions();
    for (const Region &r : ordered)
        regions.insert(r.id, r);
    if (regionId != 0) {
        if (!regions.contains(regionId))
            return fail(tr("The contest has no such region."));
        report.regionRu = regions.value(regionId).nameRu;
        report.regionKk = regions.value(regionId).nameKk;
    }
    QString methodologyError;
    const std::optional<scoring::Methodology> methodology =
        scoring::ScoringInputLoader(db).methodology(&methodologyError);
    if (!methodology)
        return fail(tr("The contest's methodology cannot be used: %1").arg(methodologyError));
    report.minSample = methodology->survey.minSample;
    const ContestInfo contest = document.contest().contest();
    report.contestRu = contest.titleRu;
    report.contestKk = contest.titleKk;
    report.year = contest.year;

    for (const SurveyImportRecord &record : SurveyRepository(db).imports()) {
        // An import of several regions records none (region 0): it belongs to every scope.
        if (regionId != 0 && record.regionId != 0 && record.regionId != regionId)
            continue;
        const Region region = regions.value(record.regionId);
        report.imports.push_back({record, region.nameRu, region.nameKk});
    }

    // Responses per nominee and kind: the (nominee_id, kind) index answers without reading them.
    QHash<qint64, QPair<qint64, qint64>> responses;
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT nominee_id, kind, COUNT(*) FROM "
                                               "survey_response GROUP BY nominee_id, kind"));
    while (q.next()) {
        QPair<qint64, qint64> &counts = responses[q.value(0).toLongLong()];
        (q.value(1).toString() == QLatin1String("ethics") ? counts.second : counts.first) +=
            q.value(2).toLongLong();
    }
    QHash<qint64, int> positions; // region id → index in report.regions
    for (const Region &r : ordered) {
        if (regionId == 0 || r.id == regionId) {
            positions.insert(r.id, int(report.regions.size()));
            report.regions.push_back({r.nameRu, r.nameKk, {}});
        }
    }
    for (const NomineeRow &row : document.nominees().rows()) {
        const auto position = positions.constFind(row.regionId);
        if (position == positions.cend())
            continue;
        const QPair<qint64, qint64> counts = responses.value(row.nominee.id);
        report.regions[*position].nominees.push_back(
            {row.nominee.fullName, row.districtRu, row.districtKk, row.okrugRu, row.okrugKk,
             row.nominee.status, counts.first, counts.second});
    }
    report.regions.erase(
        std::remove_if(report.regions.begin(), report.regions.end(),
                       [](const ImportReportRegion &r) { return r.nominees.isEmpty(); }),
        report.regions.end());
    report.printedAt = QDateTime::currentDateTime();
    return report;
}

} // namespace akim::report
