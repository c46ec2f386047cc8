#pragma once

#include "survey/importmapping.h"

#include <QVector>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace akim {

class ImportWizard;

// The third page: what each column of the sheet is, one combo per column (ignore, a place
// column, the timestamp, a respondent id or free text — neither ever stored — or a question of
// one criterion). Pre-filled from a saved profile whose header signature matches the file, else
// from ImportMapping::guess(); columns the guess could not decide are marked. The mapping can
// be saved as a named profile when the import succeeds.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // The combo of a column (0-based), for tests.
    QComboBox *comboOf(int column) const;
    // The profile the mapping was taken from ("" when guessed).
    QString appliedProfile() const { return m_appliedProfile; }

    // The combo's data for a role ("ignore", …, "question:S1").
    static QString choiceKey(survey::ColumnRole role, const QString &criterionCode = {});

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();
    void fillCombo(QComboBox *combo);
    void prefill();
    void applyMapping(const survey::ImportMapping &given);
    void markColumn(int column, const QString &why);
    void updateProblem();
    QVector<survey::ColumnMapping> chosenColumns() const;
    QString examples(int column) const;

    ImportWizard *m_wizard;
    QLabel *m_sourceLabel;
    QTableWidget *m_table;
    QLabel *m_problemLabel;
    QLabel *m_profileLabel;
    QLineEdit *m_profileEdit;
    QVector<QComboBox *> m_combos;
    QString m_builtKey;
    QString m_appliedProfile;
    QString m_problem;
    int m_needsChoice = 0;
};

} // namespace akim
