#pragma once

#include "domain/commission.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace akim {

class ContestDocument;

// Adds or edits one commission member and the conflicts of interest they declare: the nominees of
// the commission's region (every nominee for the republican commission), each with a reason.
// The member and the conflicts are saved as two undo steps.
class MemberDialog : public QDialog
{
    Q_OBJECT

public:
    MemberDialog(ContestDocument *document, const Commission &commission,
                 QWidget *parent = nullptr);

    void setMember(const Member &member); // edit mode
    Member member() const;
    QVector<MemberConflict> conflicts() const;
    QString errorText() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillRoles();
    void fillNominees();
    void onCurrentNomineeChanged(QListWidgetItem *current);
    void onConflictItemChanged(QListWidgetItem *item);
    void onReasonEdited(const QString &reason);
    void filterNominees(const QString &text);
    void updateState();
    void showError(const QString &message);

    ContestDocument *m_document;
    Commission m_commission;
    Member m_member; // id 0: a new one
    QLabel *m_fullNameLabel;
    QLineEdit *m_fullNameEdit;
    QLabel *m_roleLabel;
    QComboBox *m_roleCombo;
    QLabel *m_positionLabel;
    QLineEdit *m_positionEdit;
    QLabel *m_conflictsLabel;
    QLineEdit *m_conflictFilterEdit;
    QListWidget *m_conflictList;
    QLabel *m_reasonLabel;
    QLineEdit *m_reasonEdit;
    QLabel *m_errorLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace akim
