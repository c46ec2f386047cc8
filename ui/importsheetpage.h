#pragma once

#include "survey/sheetreader.h"

#include <QVariant>
#include <QVector>
#include <QWizardPage>

#include <atomic>
#include <memory>

class QComboBox;
class QGroupBox;
class QLabel;
class QSpinBox;
class QTableView;

namespace akim {

class ImportWizard;
class SheetPreviewModel;

// The second page: which sheet, how a CSV file is read (encoding and delimiter, detected and
// preselected, with what the detection warns about), which rows are the header, and a preview
// of the first rows with the header highlighted. The preview is read on a worker thread.
class ImportSheetPage : public QWizardPage
{
    Q_OBJECT

public:
    // Rows read for the preview: enough for the header guess and a screenful of data.
    static constexpr int kPreviewRows = 50;

    explicit ImportSheetPage(ImportWizard *wizard);
    ~ImportSheetPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // What was read, for tests: "" while loading.
    QString loadedEncoding() const { return m_loaded.encoding; }
    QChar loadedDelimiter() const { return m_loaded.delimiter; }
    bool isLoading() const { return m_loading; }

    struct Loaded
    {
        QString key;
        QString error; // translated, with file, row and column
        survey::SheetFormat format = survey::SheetFormat::Csv;
        QStringList sheets;
        QString sheet;
        QString encoding; // CSV
        QChar delimiter;  // CSV
        QStringList warnings;
        QVector<QVector<QVariant>> rows;
    };

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QString loadKey() const;
    void load();
    void onLoaded(const Loaded &loaded);
    void onSheetChosen();
    void onCsvOptionChosen();
    void onHeaderRowsChanged();
    void updateColumns();
    QVector<int> headerRows() const;
    int firstDataRow() const;
    void fillCsvCombos();

    ImportWizard *m_wizard;
    SheetPreviewModel *m_model;
    QLabel *m_formatLabel;
    QLabel *m_sheetLabel;
    QComboBox *m_sheetCombo;
    QGroupBox *m_csvGroup;
    QLabel *m_encodingLabel;
    QComboBox *m_encodingCombo;
    QLabel *m_delimiterLabel;
    QComboBox *m_delimiterCombo;
    QLabel *m_warningsLabel;
    QLabel *m_headerLabel;
    QSpinBox *m_headerFirstSpin;
    QLabel *m_headerCountLabel;
    QSpinBox *m_headerCountSpin;
    QTableView *m_table;
    QLabel *m_statusLabel;

    survey::CsvOptions m_csv; // the user's overrides; empty: detected
    QString m_sheet;          // the user's choice; empty: the first
    Loaded m_loaded;
    bool m_loading = false;
    std::shared_ptr<std::atomic<bool>> m_stop;
};

} // namespace akim
