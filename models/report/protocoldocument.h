#pragma once

#include "report/protocoltext.h"
#include "report/reportdocument.h"
#include "report/reportrequest.h"

#include <QCoreApplication>

#include <memory>

namespace akim {
class ContestDocument;
}

namespace akim::report {

// The regional (stage I, one region) or national (stage II) protocol of a commission meeting,
// worded in the request's language: ProtocolData → ProtocolText → ProtocolRenderer.
class ProtocolDocument : public ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(akim::report::ProtocolDocument)

public:
    ProtocolDocument(ProtocolData data, const ReportLanguage &language);

    // nullptr with a translated error when it cannot be made. Throws StorageError. `input`:
    // as ProtocolData::load takes it.
    static std::unique_ptr<ReportDocument> load(ContestDocument &document,
                                                const ReportRequest &request, QString *error,
                                                const scoring::ScoringInput *input = nullptr);

    QString title() const override { return m_text.title; }
    bool print(QPagedPaintDevice *device, const Progress &progress = {}) const override;

    const ProtocolData &data() const { return m_data; }
    const ProtocolText &text() const { return m_text; }

private:
    ProtocolData m_data;
    ProtocolText m_text;
};

} // namespace akim::report
