#pragma once

#include "scoring/methodology.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace akim {

// The settings of the contest's methodology that a secretary may need to change, as a form:
// aggregation of the members' scores, the survey's minimum sample, the ethics gate, the stage
// weights, advancement and ranking style. A methodology can also be imported from and exported
// to a JSON file (the same format as the templates). Criteria themselves are edited in the
// Criteria tab. The dialog only builds the JSON; ContestDocument::setMethodology() validates and
// stores it.
class MethodologyDialog : public QDialog
{
    Q_OBJECT

public:
    MethodologyDialog(const scoring::Methodology &methodology, bool frozen,
                      QWidget *parent = nullptr);

    // The form's values applied to the methodology it was opened with.
    scoring::Methodology methodology() const;
    void setMethodology(const scoring::Methodology &methodology);

private:
    void importFile();
    void exportFile();
    void updateWeightSum();

    scoring::Methodology m_base;
    QLabel *m_status;
    QComboBox *m_method;
    QSpinBox *m_trimEachSide;
    QSpinBox *m_trimMinScores;
    QSpinBox *m_minValidScores;
    QSpinBox *m_minSample;
    QComboBox *m_belowMinSample;
    QDoubleSpinBox *m_ethicsGate;
    QCheckBox *m_notCompliantBlocks;
    QDoubleSpinBox *m_surveyWeight;
    QDoubleSpinBox *m_ethicsWeight;
    QDoubleSpinBox *m_commissionWeight;
    QLabel *m_weightSum;
    QDoubleSpinBox *m_nationalWeight;
    QDoubleSpinBox *m_carryOverWeight;
    QSpinBox *m_advancePerRegion;
    QComboBox *m_rankingStyle;
    QPushButton *m_importButton;
    QPushButton *m_exportButton;
    QDialogButtonBox *m_buttons;
};

} // namespace akim
