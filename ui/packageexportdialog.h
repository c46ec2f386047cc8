#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace akim {

class ContestDocument;

// Exports the ballot packages of a commission's members into a folder, one file each, named
// after the commission and the member. Members who cannot get one (no account, ballot already
// submitted) are listed greyed with the reason.
class PackageExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PackageExportDialog(ContestDocument *document, QWidget *parent = nullptr);

    QComboBox *commissionBox() const { return m_commission; }
    QListWidget *memberList() const { return m_members; }
    QLineEdit *folderEdit() const { return m_folder; }
    // The files written by the last export.
    QStringList written() const { return m_written; }

private:
    void fillMembers();
    void chooseFolder();
    void exportChecked();
    void updateButtons();

    ContestDocument *m_document;
    QComboBox *m_commission;
    QListWidget *m_members;
    QLineEdit *m_folder;
    QDialogButtonBox *m_buttons;
    QPushButton *m_exportButton;
    QStringList m_written;
};

} // namespace akim
