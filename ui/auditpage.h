#pragma once

#include "contestpage.h"

#include <QStringList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSplitter;
class QTableView;
class QTimer;

namespace akim {

class AuditFilterProxyModel;
class AuditTableModel;
class EmptyState;

// The Audit tab: the contest's audit log, newest first, narrowed by words, user, kind of action
// and dates; the selected entry in full below (old and new value, hash); and whether the hash
// chain holds (AuditLog::verify()), with the entry where it breaks marked. Read only.
//
// It follows every change of the document, but reads the log only while it is shown: after a
// change made on another tab it reloads when it is shown again.
class AuditPage : public ContestPage
{
    Q_OBJECT

public:
    explicit AuditPage(ContestDocument *document, QWidget *parent = nullptr);

    bool canEdit() const override { return false; }
    bool canDelete() const override { return false; }

    AuditTableModel *model() const { return m_model; }
    AuditFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    // True when the document changed since the log was read (the page is hidden).
    bool isStale() const { return m_stale; }
    // What AuditLog::verify() said at the last reload; empty when the chain holds.
    QStringList chainProblems() const { return m_problems; }
    qint64 selectedId() const { return m_selectedId; }

public slots:
    void addItem() override {}
    void editSelected() override {}
    void deleteSelected() override {}
    void reload();
    // Selects the entry (clearing the filters when they hide it); false when it does not exist.
    bool selectEntry(qint64 id);

protected:
    void retranslateUi() override;
    void showEvent(QShowEvent *event) override;

private:
    // The rows of the details, in order.
    enum DetailField {
        EntryField,
        UserField,
        ActionField,
        ObjectField,
        ReasonField,
        HashField,
        PrevHashField,
        ChainField,
        FieldCount
    };

    void scheduleReload();
    void fitColumns();
    void onModelReset();
    void fillFilterCombos();
    void applyDateRange();
    void clearFilters();
    void updateCount();
    void updateChainStatus();
    void showDetails();

    AuditTableModel *m_model;
    AuditFilterProxyModel *m_proxy;
    QLabel *m_hintLabel;
    QLineEdit *m_filterEdit;
    QLabel *m_userLabel;
    QComboBox *m_userCombo;
    QLabel *m_categoryLabel;
    QComboBox *m_categoryCombo;
    QCheckBox *m_fromCheck;
    QDateEdit *m_fromEdit;
    QCheckBox *m_toCheck;
    QDateEdit *m_toEdit;
    QLabel *m_countLabel;
    QTableView *m_table;
    EmptyState *m_emptyState = nullptr;
    QLabel *m_detailHint;
    QWidget *m_detailForm;
    QLabel *m_fieldNames[FieldCount];
    QLabel *m_fieldValues[FieldCount];
    QLabel *m_oldTitle;
    QPlainTextEdit *m_oldView;
    QLabel *m_newTitle;
    QPlainTextEdit *m_newView;
    QSplitter *m_splitter;
    QLabel *m_chainLabel;
    QTimer *m_reloadTimer;

    QStringList m_problems;
    qint64 m_selectedId = 0;
    bool m_stale = false;
    bool m_fitted = false; // columns sized for this file once; the user's widths are kept after
};

} // namespace akim
