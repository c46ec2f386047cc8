#pragma once

#include "report/blankballot.h"
#include "report/reportdocument.h"
#include "report/reportlanguage.h"
#include "report/reportrequest.h"

#include <QCoreApplication>
#include <QVector>

#include <memory>

namespace akim {
class ContestDocument;
}

namespace akim::report {

// A commission's blank paper ballots (BlankBallotRenderer) as one document: a ballot per voting
// member, each from a new page and numbering its own pages. The print preview, the printer and
// the PDF file (BlankBallotExport::write through PdfOutput) all print through print().
class BlankBallotDocument : public ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(akim::report::BlankBallotDocument)

public:
    BlankBallotDocument(QVector<BlankBallot> ballots, const ReportLanguage &language,
                        const QString &title);

    // The ballots of request.commissionId in request.language (BlankBallotExport::document).
    // nullptr with a translated error when the commission does not exist, has no voting member
    // or no nominee to score. Throws StorageError.
    static std::unique_ptr<ReportDocument> load(ContestDocument &document,
                                                const ReportRequest &request, QString *error);

    QString title() const override;
    // Paints every ballot in an orientation that fits the widest. `progress` is asked after
    // each ballot, with the pages painted so far: a ballot is painted whole.
    bool print(QPagedPaintDevice *device, const Progress &progress = {}) const override;

    const QVector<BlankBallot> &ballots() const { return m_ballots; }

private:
    QVector<BlankBallot> m_ballots;
    ReportLanguage m_language;
    QString m_title;
};

} // namespace akim::report
