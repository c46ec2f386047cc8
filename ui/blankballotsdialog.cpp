#include "blankballotsdialog.h"

#include "dialogbuttons.h"
#include "languagemanager.h"
#include "report/reportlanguage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace akim {

BlankBallotsDialog::BlankBallotsDialog(const QString &commission, int ballots, QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("blankBallotsDialog"));
    setWindowTitle(tr("Blank Ballots"));
    auto *intro = new QLabel(tr("%1: one paper ballot for each voting member (%n ballot(s)), "
                                "with the nominees and criteria filled in, as one PDF.",
                                nullptr, ballots)
                                 .arg(commission));
    intro->setObjectName(QStringLiteral("blankBallotsIntro"));
    intro->setWordWrap(true);

    m_language->setObjectName(QStringLiteral("blankBallotsLanguage"));
    for (const QString &code : report::ReportLanguage::codes())
        m_language->addItem(LanguageManager::nativeName(code), code);
    setLanguage(report::ReportLanguage::codeFor(QLocale()));

    m_buttons->setObjectName(QStringLiteral("blankBallotsButtons"));
    DialogButtons::relabel(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language of the ballots:"), m_language);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
}

QString BlankBallotsDialog::language() const
{
    return m_language->currentData().toString();
}

void BlankBallotsDialog::setLanguage(const QString &language)
{
    const int index = m_language->findData(language);
    if (index >= 0)
        m_language->setCurrentIndex(index);
}

} // namespace akim
