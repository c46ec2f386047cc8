#include "demo/demogenerator.h"

#include "demo/demoaccounts.h"
#include "demo/demonationalscores.h"
#include "demo/demoscores.h"
#include "demo/demosurvey.h"
#include "demo/namebank.h"
#include "services/contestdocument.h"
#include "storage/sql.h"
#include "storage/storageerror.h"
#include "text/language.h"

#include <QDate>
#include <QHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <array>

namespace akim::demo {
namespace {

struct RealCount
{
    const char *kato;
    int okrugs;
};

// Rural okrugs and village/settlement administrations per oblast, KATO 2025 (2,287 in all).
constexpr RealCount kRealCounts[] = {
    {"100000000", 136}, // Абай
    {"110000000", 233}, // Ақмола
    {"150000000", 135}, // Ақтөбе
    {"190000000", 131}, // Алматы
    {"230000000", 67},  // Атырау
    {"270000000", 150}, // Батыс Қазақстан
    {"310000000", 149}, // Жамбыл
    {"330000000", 112}, // Жетісу
    {"350000000", 163}, // Қарағанды
    {"390000000", 195}, // Қостанай
    {"430000000", 144}, // Қызылорда
    {"470000000", 46},  // Маңғыстау
    {"550000000", 126}, // Павлодар
    {"590000000", 183}, // Солтүстік Қазақстан
    {"610000000", 177}, // Түркістан
    {"620000000", 35},  // Ұлытау
    {"630000000", 105}, // Шығыс Қазақстан
};

// A region added to a template by hand has no real count; it still gets a plausible size.
constexpr int kFallbackOkrugCount = 100;

// Regions 2, 6, 10, 14 declare conflicts: "a few regions", and always one in a small demo.
constexpr int kConflictRegionEvery = 4;
constexpr int kConflictRegionOffset = 1;

constexpr int kWithdrawnPercent = 3;
constexpr int kFemaleNomineePercent = 25;
constexpr int kFemaleMemberPercent = 40;

const char16_t *const kConflictReasons[] = {
    u"родственник кандидата",
    u"бывший заместитель кандидата",
    u"супруга работает в аппарате акима сельского округа",
    u"совместная работа в одной организации в 2019–2021 годах",
};

// Seeds every region from (seed, position) so a demo of 3 regions has the same first 3 regions
// as the full one.
QRandomGenerator generatorFor(quint32 seed, quint32 stream)
{
    const std::array<quint32, 2> material{seed, stream};
    return QRandomGenerator(material.data(), qsizetype(material.size()));
}

Gender randomGender(QRandomGenerator &rng, int femalePercent)
{
    return int(rng.bounded(100)) < femalePercent ? Gender::Female : Gender::Male;
}

QDate randomInOfficeSince(QRandomGenerator &rng)
{
    const QDate first(2015, 1, 1);
    const QDate last = std::min(QDate(2024, 12, 31), QDate::currentDate());
    return first.addDays(rng.bounded(qint64(first.daysTo(last)) + 1));
}

QVector<qint64> addMembers(CommissionRepository &repo, qint64 commissionId, int count,
                           QRandomGenerator &rng)
{
    QVector<qint64> plainMembers;
    for (int i = 0; i < count; ++i) {
        Member m;
        m.commissionId = commissionId;
        m.fullName = NameBank::personName(randomGender(rng, kFemaleMemberPercent), rng);
        m.role = i == 0   ? MemberRole::Chair
                 : i == 1 ? MemberRole::Deputy
                 : i == 2 ? MemberRole::Secretary
                          : MemberRole::Member;
        m.position = NameBank::memberPosition(rng);
        m.sortOrder = i + 1;
        repo.insert(m);
        if (m.role == MemberRole::Member)
            plainMembers << m.id;
    }
    return plainMembers;
}

void declareConflicts(CommissionRepository &repo, const QVector<qint64> &members,
                      const QVector<qint64> &nominees, QRandomGenerator &rng)
{
    if (members.isEmpty() || nominees.isEmpty())
        return;
    const int count = 1 + int(rng.bounded(2));
    QHash<qint64, QVector<MemberConflict>> byMember;
    QSet<QPair<qint64, qint64>> used;
    for (int i = 0; i < count; ++i) {
        const qint64 member = members.at(int(rng.bounded(int(members.size()))));
        const qint64 nominee = nominees.at(int(rng.bounded(int(nominees.size()))));
        if (used.contains({member, nominee}))
            continue;
        used.insert({member, nominee});
        const auto reason = kConflictReasons[rng.bounded(int(std::size(kConflictReasons)))];
        byMember[member].push_back({member, nominee, QString::fromUtf16(reason)});
    }
    for (auto it = byMember.cbegin(); it != byMember.cend(); ++it)
        repo.setConflicts(it.key(), it.value());
}

} // namespace

int DemoGenerator::realOkrugCount(const QString &regionKato)
{
    for (const RealCount &row : kRealCounts) {
        if (regionKato == QLatin1String(row.kato))
            return row.okrugs;
    }
    return 0;
}

QJsonObject DemoGenerator::optionsJson(const DemoOptions &options)
{
    return {{QStringLiteral("regions"), options.regions},
            {QStringLiteral("nominees_per_region"), options.nomineesPerRegion},
            {QStringLiteral("scores"), options.scores},
            {QStringLiteral("survey"), options.surveyResponses},
            {QStringLiteral("seed"), qint64(options.seed)}};
}

QString DemoGenerator::generate(ContestDocument &document, const DemoOptions &options,
                                const Progress &progress)
{
    if (!document.isOpen())
        return tr("No contest file is open.");
    if (options.nomineesPerRegion < 0 || options.nomineesPerRegion > kMaxNomineesPerRegion)
        return tr("The number of nominees per region must be between 1 and %1 (or 0 for the real "
                  "number of rural okrugs).")
            .arg(kMaxNomineesPerRegion);
    if (options.surveyResponses < 0)
        return tr("The number of survey responses cannot be negative.");
    const QVector<Region> regions = document.geography().regions();
    if (options.regions < 1 || options.regions > regions.size())
        return tr("The number of regions must be between 1 and %1.").arg(regions.size());
    if (document.geography().districtCount() > 0 || document.nominees().count() > 0)
        return tr("A demo can only fill a new, empty contest; this one already has districts or "
                  "nominees.");

    QHash<QString, GeoRegion> bank;
    for (const GeoRegion &region : NameBank::regions())
        bank.insert(region.kato, region);

    const QString error = document.runInTransaction([&] {
        const QSqlDatabase db = document.database().connection();
        GeographyRepository geography = document.geography();
        NomineeRepository nominees = document.nominees();
        CommissionRepository commissions = document.commissions();

        QHash<qint64, qint64> commissionOfRegion;
        qint64 republicanId = 0;
        for (const Commission &c : commissions.commissions()) {
            if (c.stage == StageKind::National)
                republicanId = c.id;
            else
                commissionOfRegion.insert(c.regionId, c.id);
        }

        for (int index = 0; index < regions.size(); ++index) {
            const Region &region = regions.at(index);
            if (index >= options.regions) {
                // A demo of N regions is a contest of N regions: the rest would be empty shells
                // with empty commissions in every list and protocol.
                sql::exec(db, QStringLiteral("DELETE FROM commission WHERE region_id = ?"),
                          {region.id});
                sql::exec(db, QStringLiteral("DELETE FROM region WHERE id = ?"), {region.id});
                continue;
            }
            if (progress && !progress(int(50 * index / std::max(1, options.regions)),
                                      tr("Nominees and commissions of %1")
                                          .arg(text::pick(region.nameRu, region.nameKk))))
                throw StorageError(tr("Cancelled."));
            QRandomGenerator rng = generatorFor(options.seed, quint32(index + 1));
            GeoRegion geo =
                bank.value(region.kato, GeoRegion{region.kato, region.nameRu, region.nameKk, {}});
            int okrugCount = options.nomineesPerRegion;
            if (okrugCount == 0) {
                okrugCount = realOkrugCount(region.kato);
                if (okrugCount == 0)
                    okrugCount = kFallbackOkrugCount;
            }
            NameBank::fillRegion(geo, okrugCount, rng);

            QVector<qint64> regionNominees;
            regionNominees.reserve(okrugCount);
            for (const GeoDistrict &gd : std::as_const(geo.districts)) {
                District district{0, {}, region.id, gd.kato, gd.nameRu, gd.nameKk};
                geography.insert(district);
                for (const GeoOkrug &go : gd.okrugs) {
                    Okrug okrug{0, {}, district.id, go.kato, go.nameRu, go.nameKk};
                    geography.insert(okrug);
                    Nominee nominee;
                    // Not null: NomineeRepository binds a null QString as SQL NULL, and the
                    // column is NOT NULL.
                    nominee.notes = QStringLiteral("");
                    nominee.okrugId = okrug.id;
                    nominee.fullName =
                        NameBank::personName(randomGender(rng, kFemaleNomineePercent), rng);
                    nominee.inOfficeSince = randomInOfficeSince(rng);
                    if (int(rng.bounded(100)) < kWithdrawnPercent) {
                        nominee.status = NomineeStatus::Withdrawn;
                        nominee.notes = QStringLiteral("Заявка отозвана кандидатом.");
                    }
                    nominees.insert(nominee);
                    regionNominees << nominee.id;
                }
            }

            const qint64 commissionId = commissionOfRegion.value(region.id);
            if (commissionId == 0)
                throw StorageError(tr("The region %1 has no commission.").arg(region.nameRu));
            const int memberCount = 7 + int(rng.bounded(5));
            const QVector<qint64> plain = addMembers(commissions, commissionId, memberCount, rng);
            if (index % kConflictRegionEvery == kConflictRegionOffset)
                declareConflicts(commissions, plain, regionNominees, rng);
        }

        if (republicanId == 0)
            throw StorageError(tr("The contest has no republican commission."));
        QRandomGenerator rng = generatorFor(options.seed, 0);
        addMembers(commissions, republicanId, kRepublicanMembers, rng);

        QJsonObject recorded = optionsJson(options);
        recorded.insert(QStringLiteral("nominees"), nominees.count());
        recorded.insert(QStringLiteral("accounts"), DemoAccounts::create(db));
        if (options.scores && progress && !progress(50, tr("Ballots")))
            throw StorageError(tr("Cancelled."));
        if (options.scores)
            recorded.insert(QStringLiteral("score_rows"), DemoScores::fill(db, options.seed));
        document.recordAudit(
            QStringLiteral("contest.demo"), QStringLiteral("contest"),
            document.contest().contest().uuid, {},
            QString::fromUtf8(QJsonDocument(recorded).toJson(QJsonDocument::Compact)));
    });
    if (!error.isEmpty() || options.surveyResponses == 0)
        return error;
    // Through the importer, as a secretary's imports would be: each its own transaction and
    // audit entry, undoable from the Imports tab.
    QString surveyError =
        DemoSurvey::addResponses(document.database().connection(), options.surveyResponses,
                                 options.seed, document.userName(), nullptr, progress);
    // The survey and the ethics questionnaire move the stage I totals, and with them who
    // advances: the republican commission's ballots follow (replaced, same seed).
    if (surveyError.isEmpty() && options.scores)
        surveyError = document.runInTransaction(
            [&] { DemoNationalScores::fill(document.database().connection(), options.seed); });
    document.notifyExternalWrite();
    return surveyError;
}

} // namespace akim::demo
