#pragma once

#include <QDialog>
#include <QVector>

class QDialogButtonBox;
class QLabel;
class QListWidget;

namespace akim {

// Nominees tied at the advancement cut: the chair ticks who takes the open seats. The decision
// is recorded with the finalisation and printed in the protocol.
class ChairDecisionDialog : public QDialog
{
    Q_OBJECT

public:
    struct Candidate
    {
        qint64 id = 0;
        QString label; // name, okrug, total
    };

    ChairDecisionDialog(const QVector<Candidate> &tied, int seats, QWidget *parent = nullptr);

    QVector<qint64> chosen() const;

private:
    void updateOk();

    int m_seats;
    QLabel *m_label;
    QListWidget *m_list;
    QDialogButtonBox *m_buttons;
};

} // namespace akim
