#pragma once

#include "survey/importmapping.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QMimeData;
class QPushButton;
class QRadioButton;

namespace akim {

class ImportWizard;

// The first page of the import wizard: what the file holds (the citizens' survey or the ethics
// questionnaire) and which file it is, chosen with a file dialog or dropped onto the page.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard *wizard);

    bool isComplete() const override;
    bool validatePage() override;

    // Shows what the wizard was given (a drop on the main window, the menu entry's kind).
    void showPath(const QString &path);
    void showKind(survey::SurveyKind kind);

    // The spreadsheet suffixes the wizard reads, lower case.
    static QStringList spreadsheetSuffixes();
    static bool isSpreadsheet(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void retranslateUi();
    void browse();
    void onPathEdited();
    void onKindToggled();
    static QString droppedFile(const QMimeData *data);

    ImportWizard *m_wizard;
    QRadioButton *m_populationRadio;
    QRadioButton *m_ethicsRadio;
    QLabel *m_kindLabel;
    QLabel *m_fileLabel;
    QLineEdit *m_pathEdit;
    QPushButton *m_browseButton;
    QLabel *m_dropLabel;
    QLabel *m_problemLabel;
};

} // namespace akim
