#pragma once

#include "storage/paperentryrepository.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace akim {

class ContestDocument;
class PaperDisagreementModel;

// The Ballot tab's comparison of the two entries of a paper ballot: what stands between them
// and acceptance, the cells where they disagree (with each entry's value), "Use entry 1" and
// "Use entry 2" to settle the current cell with a reason, and "Accept and submit", enabled only
// once both entries are complete and agree. Operated from the keyboard: the arrows choose the
// cell, Alt+U and Alt+T take a value, Alt+A accepts.
class PaperComparePanel : public QWidget
{
    Q_OBJECT

public:
    explicit PaperComparePanel(ContestDocument *document, QWidget *parent = nullptr);

    PaperDisagreementModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    void setMemberId(qint64 memberId); // 0 while the panel is not shown

public slots:
    void refresh();
    void useValue(akim::PaperSide from);
    void acceptBallot();

signals:
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();

    ContestDocument *m_document;
    PaperDisagreementModel *m_model;
    QLabel *m_summaryLabel;
    QTableView *m_table;
    QPushButton *m_useFirstButton;
    QPushButton *m_useSecondButton;
    QPushButton *m_acceptButton;
};

} // namespace akim
