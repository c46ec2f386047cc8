#include "chairdecisiondialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace akim {

ChairDecisionDialog::ChairDecisionDialog(const QVector<Candidate> &tied, int seats, QWidget *parent)
    : QDialog(parent)
    , m_seats(seats)
    , m_label(new QLabel)
    , m_list(new QListWidget)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("chairDecisionDialog"));
    setWindowTitle(tr("Chair's decision"));
    m_label->setWordWrap(true);
    m_label->setText(tr("These nominees are tied at the advancement cut. Tick the %n who "
                        "advance, as the chair decided; the decision is recorded with the "
                        "result and printed in the protocol.",
                        nullptr, seats));
    m_list->setObjectName(QStringLiteral("tiedList"));
    m_list->setAccessibleName(tr("Tied nominees"));
    for (const Candidate &candidate : tied) {
        auto *item = new QListWidgetItem(candidate.label, m_list);
        item->setData(Qt::UserRole, candidate.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_list);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemChanged, this, &ChairDecisionDialog::updateOk);
    updateOk();
}

QVector<qint64> ChairDecisionDialog::chosen() const
{
    QVector<qint64> ids;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            ids << m_list->item(row)->data(Qt::UserRole).toLongLong();
    }
    return ids;
}

void ChairDecisionDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(chosen().size() == m_seats);
}

} // namespace akim
