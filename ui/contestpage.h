#pragma once

#include "services/accesspolicy.h"

#include <QWidget>

namespace akim {

class ContestDocument;

// A tab of the main window over the open contest. The Edit menu's "Edit…" and "Delete" act on
// the current page through this interface.
class ContestPage : public QWidget
{
    Q_OBJECT

public:
    explicit ContestPage(ContestDocument *document, QWidget *parent = nullptr);

    virtual bool canEdit() const = 0;
    virtual bool canDelete() const = 0;

public slots:
    virtual void addItem() = 0;
    virtual void editSelected() = 0;
    virtual void deleteSelected() = 0;

signals:
    // The selection changed, so canEdit()/canDelete() may have changed.
    void selectionStateChanged();

protected:
    ContestDocument *document() const { return m_document; }
    // Whether the signed-in user may do it to the open, writable file. Buttons follow it; the
    // services refuse on their own anyway.
    bool permits(Permission permission) const;
    void changeEvent(QEvent *event) override;
    virtual void retranslateUi() = 0;
    // Someone signed in or out: buttons may change. By default only the Edit menu's.
    virtual void permissionsChanged() { emit selectionStateChanged(); }

private:
    ContestDocument *m_document;
};

} // namespace akim
