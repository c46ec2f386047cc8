#pragma once

#include "report/reportrequest.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;

namespace akim {

class ContestDocument;

// The fields of the report dialog: which document (protocol, score card, import report, blank
// ballots) and, for the chosen kind only, its stage, region, nominee or commission, and the
// document's language; below them a line on what the document is. Reads the contest's regions,
// nominees and commissions once, when made.
class ReportForm : public QWidget
{
    Q_OBJECT

public:
    explicit ReportForm(ContestDocument &document, QWidget *parent = nullptr);

    // Shows the fields of `request`; a region, nominee or commission the contest does not have
    // leaves that field as it was.
    void preselect(const report::ReportRequest &request);
    report::ReportRequest request() const;
    // Whether the fields name a whole document (a region, a nominee, a commission chosen).
    bool isComplete() const;
    int regionCount() const;
    // Replaces the line on the document, e.g. with why it may not be printed; empty: the line.
    void setNotice(const QString &notice);

    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *nomineeCombo() const { return m_nominee; }

signals:
    void changed();

private:
    void fillChoices();
    void fillRegions();
    void updateFields();
    void updateHint();
    qint64 currentNomineeId() const;

    ContestDocument &m_document;
    QFormLayout *m_form;
    QComboBox *m_kind;
    QComboBox *m_stage;
    QComboBox *m_region;
    QComboBox *m_nominee;
    QComboBox *m_commission;
    QComboBox *m_language;
    QLabel *m_hint;
    QString m_notice;
};

} // namespace akim
