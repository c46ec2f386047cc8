#pragma once

#include "survey/surveyimporter.h"

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableWidget;

namespace akim {

class ImportJobPanel;
class ImportWizard;

// The last page: the dry run on the whole mapping (with the resolved spellings) — rows read,
// to import, rejected and duplicate, per region, and the rejected rows with their reasons,
// which can be saved as CSV. The wizard's Finish button, named Import, then runs the real
// import on a worker thread with a progress bar and Cancel; a cancelled import writes nothing.
class ImportSummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportSummaryPage(ImportWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    bool isRunning() const;
    const survey::ImportSummary &dryRun() const { return m_dryRun; }
    // Starts the import (what Import does); the wizard closes when it has committed.
    void startImport();
    void cancelImport();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void runDryRun();
    void onFinished(const survey::ImportSummary &summary, const QString &error);
    void showDryRun();
    void saveRejected();
    void onRunningChanged(bool running);

    ImportWizard *m_wizard;
    ImportJobPanel *m_panel;
    QLabel *m_statusLabel;
    QLabel *m_countsLabel;
    QLabel *m_warningsLabel;
    QLabel *m_regionsLabel;
    QTableWidget *m_regionTable;
    QLabel *m_rejectedLabel;
    QTableWidget *m_rejectedTable;
    QPushButton *m_saveRejectedButton;

    QString m_runKey;
    QString m_error;
    survey::ImportSummary m_dryRun;
    bool m_importing = false;
};

} // namespace akim
