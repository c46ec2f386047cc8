#include "emptystate.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace akim {

EmptyState::EmptyState(QAbstractItemView *view)
    : QWidget(view->viewport())
    , m_view(view)
    , m_label(new QLabel)
    , m_button(new QPushButton)
{
    setObjectName(view->objectName() + QStringLiteral("EmptyState"));
    m_label->setObjectName(view->objectName() + QStringLiteral("EmptyText"));
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setTextFormat(Qt::PlainText);
    // Lines of a readable length even across a wide table; in em, so it grows with the font.
    m_label->setMaximumWidth(m_label->fontMetrics().averageCharWidth() * 70);
    m_button->setObjectName(view->objectName() + QStringLiteral("EmptyButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    // Stretches either side centre the text once it has reached its maximum width.
    auto *textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(m_label, 100);
    textRow->addStretch(1);
    layout->addLayout(textRow);
    layout->addWidget(m_button, 0, Qt::AlignHCenter);
    layout->addStretch(2);

    // Right after the view when tabbing, not after every other widget of the page.
    QWidget::setTabOrder(view, m_button);

    view->viewport()->installEventFilter(this);
    view->installEventFilter(this);
    connect(m_button, &QPushButton::clicked, this, &EmptyState::onButtonClicked);
    watchModel(view->model());
    setGeometry(view->viewport()->rect());
    hide();
}

EmptyState *EmptyState::of(const QAbstractItemView *view)
{
    return view->viewport()->findChild<EmptyState *>(QString(), Qt::FindDirectChildrenOnly);
}

void EmptyState::watchModel(QAbstractItemModel *model)
{
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyState::refresh);
    connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyState::refresh);
    connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyState::refresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyState::refresh);
}

void EmptyState::setEmptyText(const QString &text, const QString &buttonText)
{
    m_emptyText = text;
    m_emptyButtonText = buttonText;
    refresh();
}

void EmptyState::setFilteredText(const QString &text, const QString &buttonText)
{
    m_filteredText = text;
    m_filteredButtonText = buttonText;
    refresh();
}

void EmptyState::setSourceModel(QAbstractItemModel *model)
{
    if (m_sourceModel == model)
        return;
    if (m_sourceModel)
        disconnect(m_sourceModel, nullptr, this, nullptr);
    m_sourceModel = model;
    watchModel(model);
    refresh();
}

void EmptyState::setFilterTest(std::function<bool()> isFiltered)
{
    m_filterTest = std::move(isFiltered);
    refresh();
}

void EmptyState::setButtonAction(const QString &actionObjectName)
{
    m_actionName = actionObjectName;
    refresh();
}

void EmptyState::setButtonEnabled(bool enabled)
{
    m_buttonEnabled = enabled;
    refresh();
}

QString EmptyState::text() const
{
    return m_state == State::Hidden ? QString() : m_label->text();
}

QAction *EmptyState::windowAction() const
{
    if (m_actionName.isEmpty())
        return nullptr;
    // The main window owns the menus' actions; a page outside one (in a test) has none.
    return window()->findChild<QAction *>(m_actionName);
}

void EmptyState::refresh()
{
    const QAbstractItemModel *model = m_view->model();
    const bool empty = !model || model->rowCount(m_view->rootIndex()) == 0;
    bool filtered = false;
    if (empty && m_filterTest)
        filtered = m_filterTest();
    else if (empty && m_sourceModel && m_sourceModel != model)
        filtered = m_sourceModel->rowCount() > 0;

    State state = State::Hidden;
    if (empty)
        state = filtered && !m_filteredText.isEmpty() ? State::Filtered : State::Empty;
    const QString &text = state == State::Filtered ? m_filteredText : m_emptyText;
    if (text.isEmpty())
        state = State::Hidden;
    m_state = state;

    if (state == State::Hidden) {
        if (!isHidden())
            m_view->setAccessibleDescription(m_viewDescription);
        hide();
        return;
    }
    // The view's own description, to give back once it has rows.
    if (isHidden())
        m_viewDescription = m_view->accessibleDescription();
    m_label->setText(text);
    const QString &buttonText = state == State::Filtered ? m_filteredButtonText : m_emptyButtonText;
    QAction *action = state == State::Empty ? windowAction() : nullptr;
    if (action && action != m_connectedAction) {
        if (m_connectedAction)
            disconnect(m_connectedAction, nullptr, this, nullptr);
        m_connectedAction = action;
        connect(action, &QAction::changed, this, &EmptyState::refresh);
    }
    const bool needsAction = state == State::Empty && !m_actionName.isEmpty();
    m_button->setText(buttonText);
    m_button->setVisible(!buttonText.isEmpty() && (!needsAction || action));
    m_button->setEnabled(state == State::Filtered ||
                         (m_buttonEnabled && (!needsAction || (action && action->isEnabled()))));
    // A screen reader reads the view's description: the same sentence a sighted user sees.
    m_view->setAccessibleDescription(text);
    setGeometry(m_view->viewport()->rect());
    show();
}

void EmptyState::onButtonClicked()
{
    if (m_state == State::Filtered) {
        emit clearFilterRequested();
        return;
    }
    if (!m_actionName.isEmpty()) {
        if (QAction *action = windowAction())
            action->trigger();
        return;
    }
    emit actionRequested();
}

bool EmptyState::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        setGeometry(m_view->viewport()->rect());
    // The window's actions can be found once the view is in the window.
    else if (watched == m_view && event->type() == QEvent::Show)
        refresh();
    return QWidget::eventFilter(watched, event);
}

} // namespace akim
