#pragma once

#include "report/reportdocument.h"
#include "report/reportlanguage.h"
#include "report/reportrequest.h"
#include "report/scorecard.h"

#include <QCoreApplication>

#include <memory>

namespace akim {
class ContestDocument;
}

namespace akim::report {

// One nominee's score card (ScoreCard worded by ScoreCardRenderer): the full breakdown of the
// total at one stage, so that anyone can recompute it by hand from the paper. A4 portrait,
// "Page X of Y" and the time it was made on every page.
class ScoreCardDocument : public ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(akim::report::ScoreCardDocument)

public:
    ScoreCardDocument(ScoreCard card, const ReportLanguage &language);

    // request.nomineeId at request.stage, in request.language. nullptr with a translated error
    // when it cannot be made (no such nominee, not ranked at the stage). Throws StorageError.
    static std::unique_ptr<ReportDocument> load(ContestDocument &document,
                                                const ReportRequest &request, QString *error);

    QString title() const override;
    bool print(QPagedPaintDevice *device, const Progress &progress = {}) const override;

    const ScoreCard &card() const { return m_card; }
    // The text of the card, block by block (DocumentFlow::dump), for golden files.
    QString dump() const;

private:
    ScoreCard m_card;
    ReportLanguage m_language;
};

} // namespace akim::report
