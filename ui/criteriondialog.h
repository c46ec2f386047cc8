#pragma once

#include "domain/criterion.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace akim {

class ContestDocument;

// Adds or edits one criterion of the methodology; ContestDocument's refusal stays in the dialog.
class CriterionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CriterionDialog(ContestDocument *document, QWidget *parent = nullptr);

    void setCriterion(const Criterion &criterion); // edit mode
    Criterion criterion() const;
    QString errorText() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();

    ContestDocument *m_document;
    Criterion m_criterion; // id 0: a new one
    QLabel *m_codeLabel;
    QLineEdit *m_codeEdit;
    QLabel *m_titleRuLabel;
    QLineEdit *m_titleRuEdit;
    QLabel *m_titleKkLabel;
    QLineEdit *m_titleKkEdit;
    QLabel *m_titleEnLabel;
    QLineEdit *m_titleEnEdit;
    QLabel *m_stageLabel;
    QComboBox *m_stageCombo;
    QLabel *m_sourceLabel;
    QComboBox *m_sourceCombo;
    QLabel *m_maxPointsLabel;
    QDoubleSpinBox *m_maxPointsSpin;
    QLabel *m_weightLabel;
    QDoubleSpinBox *m_weightSpin;
    QLabel *m_errorLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace akim
