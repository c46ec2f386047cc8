#pragma once

#include "services/contestdocument.h"

#include <QString>
#include <QTemporaryDir>

namespace akim::test {

// A small demo contest (2 regions × 4 nominees, every voting member with the account
// member<ID>, password "demo") for the ballot package tests, with helpers that play the
// secretary exporting and importing and the member scoring on another PC.
class PackageFixture
{
public:
    static constexpr const char *kPassword = "demo";

    // Builds the demo once; empty on success, else why not.
    QString setUp();
    // A fresh copy of the demo contest file, for one test.
    QString freshContest();
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    // A voting member of region 2's commission with a declared conflict, one of the same
    // commission without one, and a republican commission member.
    qint64 member() const { return m_member; }
    qint64 colleague() const { return m_colleague; }
    qint64 republican() const { return m_republican; }
    static QString login(qint64 memberId) { return QStringLiteral("member%1").arg(memberId); }

    // As the secretary: exports the member's package from `contest` to `package`.
    static EditResult exportPackage(const QString &contest, qint64 memberId,
                                    const QString &package);
    // As the member, on the package alone: enters `points` in every cell (the declared
    // conflicts recused), then submits unless told not to. Empty on success.
    static QString scorePackage(const QString &package, qint64 memberId, double points,
                                bool submit = true);

private:
    QTemporaryDir m_dir;
    QString m_base;
    int m_copies = 0;
    qint64 m_member = 0;
    qint64 m_colleague = 0;
    qint64 m_republican = 0;
};

} // namespace akim::test
