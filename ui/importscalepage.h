#pragma once

#include <QString>
#include <QVector>
#include <QWizardPage>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QTableWidget;

namespace akim {

class ImportWizard;

// The fourth page: the distinct text answers found in the question columns, with how often
// each occurs and what it counts as — a value of the scale or "not counted" — pre-filled from
// AnswerScale (its built-in ru/kk/en phrases and the profile's overrides). Numbers need no
// decision and are only counted. The file is read on a worker thread.
class ImportScalePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportScalePage(ImportWizard *wizard);
    ~ImportScalePage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    bool isScanning() const { return m_scanning; }

    // What the census of the answer cells found.
    struct Census
    {
        struct Phrase
        {
            QString text; // the first spelling seen
            QString folded;
            qint64 count = 0;
        };
        QString key;
        QString error;
        QVector<Phrase> phrases; // most frequent first, at most kMaxPhrases
        qint64 morePhrases = 0;  // distinct phrases beyond those
        qint64 numbers = 0;      // numeric answers within the scale
        qint64 outside = 0;      // numbers that are not values of the scale
        qint64 blanks = 0;
    };
    static constexpr int kMaxPhrases = 300;

    // Value choices of a phrase's combo (data of its items).
    static QString notCountedKey() { return QStringLiteral("not_counted"); }
    static QString rejectKey() { return QStringLiteral("reject"); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void scan();
    void onScanned(const Census &census);
    void fillTable();
    void updateSummary();

    ImportWizard *m_wizard;
    QLabel *m_summaryLabel;
    QProgressBar *m_busyBar;
    QTableWidget *m_table;
    Census m_census;
    bool m_scanning = false;
    std::shared_ptr<std::atomic<bool>> m_stop;
};

} // namespace akim
