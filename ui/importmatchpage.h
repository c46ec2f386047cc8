#pragma once

#include "survey/surveyimporter.h"

#include <QHash>
#include <QVector>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace akim {

class ImportJobPanel;
class ImportWizard;

// The fifth page: a dry run finds the place spellings that match no nominee, or several
// ("Жосалы" ×41), grouped with their row counts. Each is resolved once — a nominee picked from
// a filterable list (the matcher's candidates first) or its rows rejected; the importer keeps
// the resolutions as okrug aliases, so the next file with the same spelling matches by itself.
// Spellings left undecided have their rows rejected.
class ImportMatchPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMatchPage(ImportWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    static constexpr qint64 kRejected = -1;

    // For tests: the groups found and the decisions made (alias key → nominee id or kRejected).
    const QVector<survey::UnmatchedGroup> &groups() const { return m_groups; }
    const QHash<QString, qint64> &decisions() const { return m_decisions; }
    bool isRunning() const;
    // Resolves the group in table row `row` as `nomineeId` (kRejected: reject its rows).
    void decide(int row, qint64 nomineeId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void runDryRun();
    void onDryRun(const survey::ImportSummary &summary, const QString &error);
    void fillTable();
    void updateRow(int row);
    void onCurrentGroupChanged();
    void fillNomineeCombo(const survey::UnmatchedGroup &group);
    void resolveWithChosen();
    void updateState();
    QString nomineeLabel(qint64 id) const;
    static QString placeText(const survey::PlaceInput &place);

    ImportWizard *m_wizard;
    ImportJobPanel *m_panel;
    QLabel *m_statusLabel;
    QTableWidget *m_table;
    QLabel *m_nomineeLabel;
    QComboBox *m_nomineeCombo;
    QPushButton *m_resolveButton;
    QPushButton *m_rejectButton;
    QPushButton *m_clearButton;
    QPushButton *m_retryButton;

    QString m_runKey;
    QString m_error;
    survey::ImportSummary m_summary;
    QVector<survey::UnmatchedGroup> m_groups;
    QHash<QString, qint64> m_decisions;
    QHash<qint64, QString> m_labels;    // nominee id → "Okrug — District, Region (Name)"
    QHash<qint64, QString> m_districts; // nominee id → folded district and region names
    QVector<qint64> m_order;            // nominee ids in label order
};

} // namespace akim
