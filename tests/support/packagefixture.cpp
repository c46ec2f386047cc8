#include "packagefixture.h"

#include "demo/demogenerator.h"
#include "packages/packageexporter.h"
#include "services/ballotservice.h"
#include "storage/sql.h"

#include <QFile>
#include <QSqlQuery>

namespace akim::test {

QString PackageFixture::setUp()
{
    if (!m_dir.isValid())
        return QStringLiteral("no temporary folder");
    m_base = m_dir.filePath(QStringLiteral("base.akc"));
    ContestDocument doc;
    if (!doc.create(m_base))
        return doc.errorString();
    demo::DemoOptions options;
    options.regions = 2;
    options.nomineesPerRegion = 4;
    if (const QString error = demo::DemoGenerator::generate(doc, options); !error.isEmpty())
        return error;
    const QSqlDatabase db = doc.database().connection();
    QSqlQuery conflict = sql::exec(
        db, QStringLiteral("SELECT member_id FROM member_conflict ORDER BY 1 DESC LIMIT 1"));
    if (!conflict.next())
        return QStringLiteral("the small demo declares no conflict");
    m_member = conflict.value(0).toLongLong();
    BallotService ballots(doc);
    const Member member = doc.commissions().member(m_member);
    for (const Member &m : ballots.votingMembers(member.commissionId)) {
        if (m.id != m_member && m_colleague == 0)
            m_colleague = m.id;
    }
    for (const Commission &c : doc.commissions().commissions()) {
        if (c.stage == StageKind::National && m_republican == 0)
            m_republican = ballots.votingMembers(c.id).value(0).id;
    }
    if (!m_colleague || !m_republican)
        return QStringLiteral("the small demo lacks the members the tests need");
    return {};
}

QString PackageFixture::freshContest()
{
    const QString path = m_dir.filePath(QStringLiteral("contest-%1.akc").arg(++m_copies));
    QFile::copy(m_base, path);
    return path;
}

EditResult PackageFixture::exportPackage(const QString &contest, qint64 memberId,
                                         const QString &package)
{
    ContestDocument doc;
    if (!doc.open(contest))
        return {doc.errorString()};
    if (const EditResult signedIn =
            doc.signIn(QStringLiteral("secretary"), QLatin1String(kPassword));
        !signedIn.ok())
        return signedIn;
    return PackageExporter(doc).exportTo(memberId, package);
}

QString PackageFixture::scorePackage(const QString &package, qint64 memberId, double points,
                                     bool submit)
{
    ContestDocument doc;
    if (!doc.open(package))
        return doc.errorString();
    if (const EditResult signedIn = doc.signIn(login(memberId), QLatin1String(kPassword));
        !signedIn.ok())
        return signedIn.message;
    BallotService ballots(doc);
    const BallotLayout layout = ballots.layout(memberId);
    for (const NomineeRow &row : layout.nominees) {
        for (const Criterion &c : layout.criteria) {
            const bool conflict = layout.isConflict(row.nominee.id);
            const EditResult r = ballots.setCell(memberId, row.nominee.id, c.id,
                                                 conflict ? scoring::ScoreState::Recused
                                                          : scoring::ScoreState::Entered,
                                                 conflict ? 0.0 : std::min(points, c.maxPoints));
            if (!r.ok())
                return r.message;
        }
    }
    if (submit) {
        if (const EditResult r = ballots.submit(memberId); !r.ok())
            return r.message;
    }
    return {};
}

} // namespace akim::test
