#include "reportactions.h"

#include "mainmenus.h"
#include "reportdialog.h"
#include "services/contestdocument.h"

#include <QAction>

namespace akim {

ReportActions::ReportActions(QWidget *window, ContestDocument *document, MainMenus *menus)
    : QObject(window)
    , m_window(window)
    , m_document(document)
    , m_reports(menus->reportsAction)
{
    connect(m_reports, &QAction::triggered, this, [this] { openReports(); });
    connect(document, &ContestDocument::opened, this, &ReportActions::update);
    connect(document, &ContestDocument::closed, this, &ReportActions::update);
    connect(document, &ContestDocument::signedInChanged, this, &ReportActions::update);
    connect(document, &ContestDocument::accountsChanged, this, &ReportActions::update);
    update();
}

void ReportActions::update()
{
    const bool open = m_document->isOpen();
    // Protocols are public documents once finalised, and printing writes nothing to the file,
    // so whoever AccessPolicy lets print (PrintReports: the secretary and the chair, or anyone
    // in a file without accounts) may; a member only scores. A ballot package holds one
    // member's ballot and nothing to report.
    m_reports->setEnabled(open && !m_document->isBallotPackage() &&
                          m_document->permit(Permission::PrintReports).isEmpty());
}

void ReportActions::openReports()
{
    if (!m_reports->isEnabled())
        return;
    ReportDialog dialog(*m_document, m_window);
    dialog.exec();
}

void ReportActions::openReports(const report::ReportRequest &request)
{
    if (!m_reports->isEnabled())
        return;
    ReportDialog dialog(*m_document, m_window);
    dialog.preselect(request);
    dialog.exec();
}

} // namespace akim
