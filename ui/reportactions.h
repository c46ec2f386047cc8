#pragma once

#include "report/reportrequest.h"

#include <QObject>

class QAction;
class QWidget;

namespace akim {

class ContestDocument;
class MainMenus;

// Reports > Protocols and Reports… in the main window: opens the report dialog on the open
// contest. Enabled while a contest (not a member's ballot package) is open and whoever is signed
// in may print.
class ReportActions : public QObject
{
    Q_OBJECT

public:
    ReportActions(QWidget *window, ContestDocument *document, MainMenus *menus);

    QAction *reportsAction() const { return m_reports; }

    // The report dialog, modal; with `request`, on that document (e.g. a nominee's score card).
    void openReports();
    void openReports(const report::ReportRequest &request);

private:
    void update();

    QWidget *m_window;
    ContestDocument *m_document;
    QAction *m_reports;
};

} // namespace akim
