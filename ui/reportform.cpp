#include "reportform.h"

#include "languagemanager.h"
#include "report/reportlanguage.h"
#include "services/contestdocument.h"
#include "text/language.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace akim {
namespace {

using report::ReportKind;

void selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace

ReportForm::ReportForm(ContestDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_form(new QFormLayout)
    , m_kind(new QComboBox)
    , m_stage(new QComboBox)
    , m_region(new QComboBox)
    , m_nominee(new QComboBox)
    , m_commission(new QComboBox)
    , m_language(new QComboBox)
    , m_hint(new QLabel)
{
    setObjectName(QStringLiteral("reportForm"));
    m_kind->setObjectName(QStringLiteral("reportKindCombo"));
    m_kind->setAccessibleName(tr("Document"));
    m_stage->setObjectName(QStringLiteral("reportStageCombo"));
    m_stage->setAccessibleName(tr("Stage"));
    m_region->setObjectName(QStringLiteral("reportRegionCombo"));
    m_region->setAccessibleName(tr("Region"));
    m_nominee->setObjectName(QStringLiteral("reportNomineeCombo"));
    m_nominee->setAccessibleName(tr("Nominee"));
    m_nominee->setEditable(true);
    m_nominee->setInsertPolicy(QComboBox::NoInsert);
    m_nominee->setMinimumContentsLength(48);
    m_nominee->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_nominee->lineEdit()->setPlaceholderText(tr("Type a part of the name, okrug or district"));
    // Thousands of nominees: typing any part of a name, okrug, district or region offers the
    // nominees whose entry contains it, wherever it stands.
    auto *completer = new QCompleter(m_nominee->model(), m_nominee);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(15);
    m_nominee->setCompleter(completer);
    m_commission->setObjectName(QStringLiteral("reportCommissionCombo"));
    m_commission->setAccessibleName(tr("Commission"));
    m_language->setObjectName(QStringLiteral("reportLanguageCombo"));
    m_language->setAccessibleName(tr("Language of the document"));
    m_language->setToolTip(tr("Kazakh and Russian are the official languages of a protocol, and "
                              "each is a separate document. An English copy is for reading only."));
    m_hint->setObjectName(QStringLiteral("reportHintLabel"));
    m_hint->setWordWrap(true);
    m_hint->setAccessibleName(tr("About the document"));

    m_form->addRow(tr("Doc&ument:"), m_kind);
    m_form->addRow(tr("S&tage:"), m_stage);
    m_form->addRow(tr("R&egion:"), m_region);
    m_form->addRow(tr("&Nominee:"), m_nominee);
    m_form->addRow(tr("&Commission:"), m_commission);
    m_form->addRow(tr("&Language:"), m_language);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addWidget(m_hint);

    fillChoices();
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportForm::updateFields);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &ReportForm::updateFields);
    for (QComboBox *c : {m_region, m_nominee, m_commission, m_language})
        connect(c, &QComboBox::currentIndexChanged, this, &ReportForm::updateHint);
    connect(m_nominee->lineEdit(), &QLineEdit::textChanged, this, &ReportForm::updateHint);
    // A chosen entry is longer than the box: show its start, the nominee's name.
    connect(m_nominee, &QComboBox::currentIndexChanged, this,
            [this] { m_nominee->lineEdit()->setCursorPosition(0); });
    updateFields();
}

void ReportForm::fillChoices()
{
    m_kind->addItem(tr("Protocol of the commission"), int(ReportKind::Protocol));
    m_kind->addItem(tr("Score card of a nominee"), int(ReportKind::ScoreCard));
    m_kind->addItem(tr("Import report"), int(ReportKind::ImportReport));
    m_kind->addItem(tr("Blank ballots"), int(ReportKind::BlankBallots));
    m_stage->addItem(tr("Stage I (regional)"), int(StageKind::Regional));
    m_stage->addItem(tr("Stage II (republican)"), int(StageKind::National));
    for (const QString &code : report::ReportLanguage::codes()) {
        const QString name = LanguageManager::nativeName(code);
        m_language->addItem(code == QLatin1String("en") ? tr("%1 (unofficial)").arg(name) : name,
                            code);
    }
    if (!m_document.isOpen())
        return;
    // Every nominee as "name — okrug, district, region": the completer finds any part of it.
    for (const NomineeRow &row : m_document.nominees().rows())
        m_nominee->addItem(tr("%1 — %2, %3, %4")
                               .arg(row.nominee.fullName, text::pick(row.okrugRu, row.okrugKk),
                                    text::pick(row.districtRu, row.districtKk),
                                    text::pick(row.regionRu, row.regionKk)),
                           row.nominee.id);
    m_nominee->setCurrentIndex(-1);
    for (const Commission &c : m_document.commissions().commissions())
        m_commission->addItem(text::pick(c.nameRu, c.nameKk), c.id);
}

void ReportForm::fillRegions()
{
    // The import report covers one region or all of them; a protocol is one region's.
    const bool withAll = m_kind->currentData().toInt() == int(ReportKind::ImportReport);
    const bool hasAll = m_region->count() > 0 && m_region->itemData(0).toLongLong() == 0;
    if (m_region->count() > 0 && withAll == hasAll)
        return;
    const QSignalBlocker blocker(m_region);
    const QVariant current = m_region->currentData();
    m_region->clear();
    if (withAll)
        m_region->addItem(tr("All regions"), qint64(0));
    if (m_document.isOpen()) {
        for (const Region &region : m_document.geography().regions())
            m_region->addItem(text::pick(region.nameRu, region.nameKk), region.id);
    }
    selectData(m_region, current);
}

void ReportForm::preselect(const report::ReportRequest &request)
{
    {
        const QSignalBlocker kindBlocker(m_kind);
        const QSignalBlocker stageBlocker(m_stage);
        selectData(m_kind, int(request.kind));
        selectData(m_stage, int(request.stage));
        fillRegions();
    }
    if (request.regionId != 0 || request.kind == ReportKind::ImportReport)
        selectData(m_region, request.regionId);
    if (request.nomineeId != 0)
        selectData(m_nominee, request.nomineeId);
    selectData(m_commission, request.commissionId);
    selectData(m_language, request.language);
    updateFields();
}

report::ReportRequest ReportForm::request() const
{
    report::ReportRequest r;
    r.kind = ReportKind(m_kind->currentData().toInt());
    r.stage = StageKind(m_stage->currentData().toInt());
    const bool regional = r.kind == ReportKind::ImportReport ||
                          (r.kind == ReportKind::Protocol && r.stage == StageKind::Regional);
    r.regionId = regional ? m_region->currentData().toLongLong() : 0;
    r.nomineeId = r.kind == ReportKind::ScoreCard ? currentNomineeId() : 0;
    r.commissionId =
        r.kind == ReportKind::BlankBallots ? m_commission->currentData().toLongLong() : 0;
    r.language = m_language->currentData().toString();
    return r;
}

bool ReportForm::isComplete() const
{
    const report::ReportRequest r = request();
    switch (r.kind) {
    case ReportKind::Protocol:
        return r.stage == StageKind::National || r.regionId != 0;
    case ReportKind::ScoreCard:
        return r.nomineeId != 0;
    case ReportKind::ImportReport:
        return true;
    case ReportKind::BlankBallots:
        return r.commissionId != 0;
    }
    return false;
}

int ReportForm::regionCount() const
{
    int count = 0;
    for (int i = 0; i < m_region->count(); ++i)
        count += m_region->itemData(i).toLongLong() != 0 ? 1 : 0;
    return count;
}

qint64 ReportForm::currentNomineeId() const
{
    // Only a nominee picked from the list, or whose entry was typed whole, counts: a part of
    // a name could be anyone.
    const int index = m_nominee->findText(m_nominee->currentText(), Qt::MatchExactly);
    return index >= 0 ? m_nominee->itemData(index).toLongLong() : 0;
}

void ReportForm::setNotice(const QString &notice)
{
    if (notice == m_notice)
        return;
    m_notice = notice;
    updateHint();
}

void ReportForm::updateFields()
{
    const auto kind = ReportKind(m_kind->currentData().toInt());
    const bool protocol = kind == ReportKind::Protocol;
    fillRegions();
    m_form->setRowVisible(m_stage, protocol || kind == ReportKind::ScoreCard);
    m_form->setRowVisible(m_region, kind == ReportKind::ImportReport ||
                                        (protocol && request().stage == StageKind::Regional));
    m_form->setRowVisible(m_nominee, kind == ReportKind::ScoreCard);
    m_form->setRowVisible(m_commission, kind == ReportKind::BlankBallots);
    updateHint();
}

void ReportForm::updateHint()
{
    const report::ReportRequest r = request();
    QStringList hint;
    switch (r.kind) {
    case ReportKind::Protocol:
        hint << tr("The protocol of the commission's meeting: the ranking, the decision and the "
                   "lines for the signatures.");
        break;
    case ReportKind::ScoreCard:
        hint << tr("Every part of one nominee's total: each member's score, the survey and the "
                   "ethics index, to check the total by hand.");
        if (!isComplete())
            hint << tr("Choose a nominee from the list: type a part of the name or okrug.");
        break;
    case ReportKind::ImportReport:
        hint << tr("What each survey and ethics import brought in, rejected and could not "
                   "match.");
        break;
    case ReportKind::BlankBallots:
        hint << tr("One paper ballot for each voting member, with the nominees and criteria "
                   "filled in.");
        break;
    }
    if (r.language == QLatin1String("en"))
        hint << tr("An English document is for reading only; print the Kazakh and the Russian "
                   "ones to sign.");
    m_hint->setText(m_notice.isEmpty() ? hint.join(QLatin1Char(' ')) : m_notice);
    emit changed();
}

} // namespace akim
