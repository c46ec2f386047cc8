#pragma once

#include "scoring/methodology.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace akim {

// The settings of the contest's methodology that a secretary may need to change, as a form:
// aggregation of the members' scores, the survey's minimum sample, the ethics gate, the stage
// weights, advancement, ranking style and the order of the tie-breaks of each stage. A methodology
// can also be imported from and exported to a JSON file (the same format as the templates).
// Criteria themselves are edited in the Criteria tab. The dialog only builds the JSON;
// ContestDocument::setMethodology() validates and stores it.
class MethodologyDialog : public QDialog
{
    Q_OBJECT

public:
    MethodologyDialog(const scoring::Methodology &methodology, bool frozen,
                      QWidget *parent = nullptr);

    // The form's values applied to the methodology it was opened with.
    scoring::Methodology methodology() const;
    void setMethodology(const scoring::Methodology &methodology);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // One stage's tie-break cascade: the ordered list of the components in use, the ones still
    // unused to pick from, and the buttons that edit the order.
    struct TieBreakEditor
    {
        StageKind stage = StageKind::Regional;
        QGroupBox *box = nullptr;
        QListWidget *list = nullptr;
        QComboBox *unused = nullptr;
        QPushButton *add = nullptr;
        QPushButton *remove = nullptr;
        QPushButton *up = nullptr;
        QPushButton *down = nullptr;
    };

    void importFile();
    void exportFile();
    void updateWeightSum();
    void buildTieBreakEditor(TieBreakEditor &editor, StageKind stage, const QString &title);
    void setTieBreaks(TieBreakEditor &editor, const QVector<scoring::TieComponent> &components,
                      int currentRow);
    static QVector<scoring::TieComponent> tieBreaks(const TieBreakEditor &editor);
    void addTieBreak(TieBreakEditor &editor);
    void removeTieBreak(TieBreakEditor &editor);
    void moveTieBreak(TieBreakEditor &editor, int delta);
    void updateTieBreakButtons(TieBreakEditor &editor);

    scoring::Methodology m_base;
    bool m_frozen;
    QLabel *m_status;
    QTabWidget *m_tabs;
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
    QLabel *m_tieBreakHint;
    TieBreakEditor m_regionalTies;
    TieBreakEditor m_nationalTies;
    QPushButton *m_importButton;
    QPushButton *m_exportButton;
    QDialogButtonBox *m_buttons;
};

} // namespace akim
