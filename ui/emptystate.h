#pragma once

#include <QPointer>
#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QAbstractItemView;
class QAction;
class QLabel;
class QPushButton;

namespace akim {

// What an item view shows while it has no rows: a sentence that says what to do next and, where
// one step is the obvious next one, a button that takes it. It covers the view's viewport (the
// header stays visible), so a page needs no second widget to say it. When rows exist but a
// search or a filter hides them all, it says that instead, with its own sentence and button.
//
//   auto *empty = new EmptyState(m_table);
//   empty->setSourceModel(m_model); // the rows before the proxy's filter
//   empty->setEmptyText(tr("No nominees yet. …"), tr("&Import Registry…"));
//   empty->setFilteredText(tr("No nominee matches …"), tr("&Clear the Search"));
//   connect(empty, &EmptyState::actionRequested, …);
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    enum class State { Hidden, Empty, Filtered };

    // Parented to the view's viewport; the view must have its model already.
    explicit EmptyState(QAbstractItemView *view);

    // The EmptyState of `view`, if it has one.
    static EmptyState *of(const QAbstractItemView *view);

    // The sentence (and the button's text; empty for none) while the view has no rows at all.
    void setEmptyText(const QString &text, const QString &buttonText = QString());
    // The same while rows exist but a filter hides all of them.
    void setFilteredText(const QString &text, const QString &buttonText = QString());
    // The model that holds the rows before any filter (a proxy's source). Without it, or a
    // filter test, the view's model is taken as unfiltered.
    void setSourceModel(QAbstractItemModel *model);
    // For views filtered inside their own model: whether rows exist but are hidden.
    void setFilterTest(std::function<bool()> isFiltered);
    // The empty state's button triggers the main window's action of that object name (and is
    // enabled as that action is) instead of emitting actionRequested().
    void setButtonAction(const QString &actionObjectName);
    // Whether the user may take the empty state's step at all (e.g. a member may not add
    // nominees). Clearing a filter is always allowed.
    void setButtonEnabled(bool enabled);

    State state() const { return m_state; }
    QString text() const;
    QPushButton *button() const { return m_button; }

public slots:
    // Shows, hides or rewords it after a change the models do not signal.
    void refresh();

signals:
    // The button was clicked while the view was empty (no button action set) ...
    void actionRequested();
    // ... or while a filter hid every row.
    void clearFilterRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void watchModel(QAbstractItemModel *model);
    void onButtonClicked();
    QAction *windowAction() const;

    QAbstractItemView *m_view;
    QPointer<QAbstractItemModel> m_sourceModel;
    std::function<bool()> m_filterTest;
    QLabel *m_label;
    QPushButton *m_button;
    QString m_emptyText;
    QString m_emptyButtonText;
    QString m_filteredText;
    QString m_filteredButtonText;
    QString m_actionName;
    QPointer<QAction> m_connectedAction;
    QString m_viewDescription;
    bool m_buttonEnabled = true;
    State m_state = State::Hidden;
};

} // namespace akim
