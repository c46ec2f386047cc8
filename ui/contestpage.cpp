#include "contestpage.h"

#include <QEvent>

namespace akim {

ContestPage::ContestPage(ContestDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{}

void ContestPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace akim
