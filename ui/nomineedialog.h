#pragma once

#include "services/contestdocument.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace akim {

// Adds or edits one nominee. The district and okrug are picked from the region's lists or typed:
// a name that is not in the list creates that district or okrug in the same undo step, and then
// the optional Kazakh name (and for an okrug the KATO code) can be given. A refusal of
// ContestDocument is shown in the dialog, which stays open.
class NomineeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NomineeDialog(ContestDocument *document, QWidget *parent = nullptr);

    // Add mode: preselects the place the user is looking at (0: none).
    void setInitialPlace(qint64 regionId, qint64 districtId);
    // Edit mode: loads the nominee.
    void setNominee(qint64 nomineeId);
    qint64 nomineeId() const { return m_nomineeId; }

    NomineeDraft draft() const;
    QString errorText() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillRegions();
    void fillStatuses();
    void onRegionChanged();
    void onDistrictTextChanged();
    void onOkrugTextChanged();
    void onUnknownDateToggled(bool unknown);
    void updateState();
    void showError(const QString &message);
    qint64 currentRegionId() const;

    ContestDocument *m_document;
    qint64 m_nomineeId = 0;
    qint64 m_shownDistrictId = -1; // the district whose okrugs the okrug list holds

    QFormLayout *m_form;
    QLabel *m_regionLabel;
    QComboBox *m_regionCombo;
    QLabel *m_districtLabel;
    QComboBox *m_districtCombo;
    QLabel *m_newDistrictKkLabel;
    QLineEdit *m_newDistrictKkEdit;
    QLabel *m_okrugLabel;
    QComboBox *m_okrugCombo;
    QLabel *m_newOkrugKkLabel;
    QLineEdit *m_newOkrugKkEdit;
    QLabel *m_katoLabel;
    QLineEdit *m_katoEdit;
    QLabel *m_newPlaceHint;
    QLabel *m_fullNameLabel;
    QLineEdit *m_fullNameEdit;
    QLabel *m_inOfficeLabel;
    QDateEdit *m_inOfficeEdit;
    QCheckBox *m_inOfficeUnknownCheck;
    QLabel *m_statusLabel;
    QComboBox *m_statusCombo;
    QLabel *m_notesLabel;
    QPlainTextEdit *m_notesEdit;
    QLabel *m_errorLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace akim
