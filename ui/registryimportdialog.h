#pragma once

#include "survey/registryimporter.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace akim {

class ContestDocument;
class EmptyState;

// File ▸ Import registry…: the list of applicants from a spreadsheet (region, district, okrug,
// the akim's full name). Choosing the file plans the import without writing — one line per row
// with what will happen: added, already present, or the problem that blocks it — and Import,
// enabled only for a plan without problems, writes it in one transaction. The same file
// imported again adds nothing and says so.
class RegistryImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column {
        RowColumn,
        RegionColumn,
        DistrictColumn,
        OkrugColumn,
        NameColumn,
        ActionColumn,
        ColumnCount
    };

    explicit RegistryImportDialog(ContestDocument *document, QWidget *parent = nullptr);

    // Plans `path` (also what the Browse button and a drop do).
    void setFilePath(const QString &path);
    const survey::RegistryPlan &plan() const { return m_plan; }
    // What the last Import wrote (error empty and added ≥ 0 after success).
    const survey::RegistryResult &result() const { return m_result; }
    bool importEnabled() const;

public slots:
    void importPlan();

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void retranslateUi();
    void browse();
    void replan();
    void fillTable();
    QVector<QStringList> rawRows() const;
    QString actionText(const survey::RegistryRow &row) const;
    void updateState();

    ContestDocument *m_document;
    QLabel *m_fileLabel;
    QLineEdit *m_pathEdit;
    QPushButton *m_browseButton;
    QLabel *m_summaryLabel;
    QTableWidget *m_table;
    EmptyState *m_emptyState = nullptr;
    QLabel *m_resultLabel;
    QDialogButtonBox *m_buttons;
    QPushButton *m_importButton;
    QString m_path;
    survey::RegistryPlan m_plan;
    survey::RegistryResult m_result;
    bool m_planned = false;
};

} // namespace akim
