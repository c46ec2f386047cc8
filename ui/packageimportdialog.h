#pragma once

#include "packages/packageimporter.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableView;

namespace akim {

class CellChangeModel;
class PackageImportModel;

// What importing the chosen ballot packages would do, before anything is written: one row per
// package (ready, or refused and why), and for the selected one its differences against the
// contest file cell by cell. Import takes the ready ones, all or nothing.
class PackageImportDialog : public QDialog
{
    Q_OBJECT

public:
    PackageImportDialog(const QVector<PackageInspection> &packages, QWidget *parent = nullptr);

    QVector<PackageInspection> acceptable() const;
    QTableView *packageView() const { return m_packageView; }
    QTableView *changeView() const { return m_changeView; }

private:
    void showChanges();

    PackageImportModel *m_packages;
    CellChangeModel *m_changes;
    QTableView *m_packageView;
    QTableView *m_changeView;
    QLabel *m_changesLabel;
    QDialogButtonBox *m_buttons;
    QPushButton *m_importButton;
};

} // namespace akim
