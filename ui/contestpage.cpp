#include "contestpage.h"

#include "services/contestdocument.h"

#include <QEvent>

namespace akim {

ContestPage::ContestPage(ContestDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    connect(m_document, &ContestDocument::signedInChanged, this, [this] { permissionsChanged(); });
    connect(m_document, &ContestDocument::opened, this, [this] { permissionsChanged(); });
}

bool ContestPage::permits(Permission permission) const
{
    return m_document->isOpen() && !m_document->isReadOnly() &&
           m_document->permit(permission).isEmpty();
}

void ContestPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace akim
