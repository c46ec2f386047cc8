#include "report/importreportrenderer.h"

#include "report/documentflow.h"
#include "report/pagecanvas.h"

namespace akim::report {
namespace {

// Column widths in millimetres on landscape A4 (257 mm inside the margins); 0 takes the rest.
// The counts' headings are single Kazakh words of up to 15 letters («қайталанатындар»).
constexpr qreal kNumberMm = 9;
constexpr qreal kKindMm = 24;
constexpr qreal kRegionMm = 30;
constexpr qreal kWhenMm = 28;
constexpr qreal kReadMm = 20;
constexpr qreal kCountMm = 25;
constexpr qreal kDuplicatesMm = 30;
constexpr qreal kUndoneMm = 24;
constexpr qreal kResponsesMm = 40;
constexpr qreal kSampleMm = 48;
constexpr qreal kRowMm = 6;

} // namespace

ImportReportRenderer::ImportReportRenderer(const ImportReport &report,
                                           const ReportLanguage &language)
    : m_report(report)
    , m_language(language)
{}

QString ImportReportRenderer::scope() const
{
    return m_report.regionId == 0
               ? m_language.translate("akim::report::ImportReportRenderer", "every region")
               : m_language.pick(m_report.regionRu, m_report.regionKk);
}

QString ImportReportRenderer::title() const
{
    //: The PDF's title; %1 is the region, or "every region"
    return m_language.translate("akim::report::ImportReportRenderer", "Survey imports – %1")
        .arg(scope());
}

QString ImportReportRenderer::localTime(const QString &iso)
{
    QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!time.isValid())
        return iso;
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC); // stored in UTC, with or without the marker
    return time.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm"));
}

QString ImportReportRenderer::groupedHash(const QString &sha256)
{
    QStringList groups;
    for (qsizetype i = 0; i < sha256.size(); i += 8)
        groups << sha256.mid(i, 8);
    return groups.join(QLatin1Char(' '));
}

QString ImportReportRenderer::kindLabel(const QString &kind) const
{
    // The Imports tab's words.
    if (kind == QLatin1String("ethics"))
        return m_language.translate("akim::ImportListModel", "Ethics questionnaire");
    if (kind == QLatin1String("population"))
        return m_language.translate("akim::ImportListModel", "Citizens' survey");
    return kind;
}

void ImportReportRenderer::compose(DocumentFlow &flow) const
{
    const PageStyle &style = flow.canvas().style();
    const QFont body = style.font(style.textPt);
    flow.addText(m_language.translate("akim::report::BlankBallotRenderer", "%1, %2")
                     .arg(m_language.pick(m_report.contestRu, m_report.contestKk))
                     .arg(m_report.year),
                 body, Qt::AlignHCenter, 1);
    flow.addText(m_report.regionId == 0
                     ? m_language.translate("akim::report::ImportReportRenderer", "All regions")
                     : scope(),
                 body, Qt::AlignHCenter, 5);
    flow.addText(m_language.translate("akim::report::ImportReportRenderer", "SURVEY IMPORT REPORT"),
                 style.font(style.titlePt, true), Qt::AlignHCenter, 5);
    flow.addText(m_language.translate("akim::report::ImportReportRenderer",
                                      "Every import of the citizens' survey and of the ethics "
                                      "questionnaire into this contest file: what each read, "
                                      "imported and turned away. Rejected rows themselves are "
                                      "not stored in the contest file: the importer writes "
                                      "them, each with its reason, to a separate CSV file "
                                      "(“--rejected”) when asked at import time."),
                 body, Qt::AlignLeft | Qt::AlignJustify, 2);
    imports(flow);
    responses(flow);
    //: Footer of every page of the import report; %1 when it was printed
    flow.setFooter(
        m_language.translate("akim::report::ImportReportRenderer", "%1 · printed %2")
            .arg(title(), m_report.printedAt.toString(QStringLiteral("dd.MM.yyyy HH:mm"))),
        m_language.translate("akim::report::BlankBallotRenderer", "Page %1 of %2"),
        m_language.locale());
}

void ImportReportRenderer::imports(DocumentFlow &flow) const
{
    const PageStyle &style = flow.canvas().style();
    const QFont body = style.font(style.textPt);
    const QLocale locale = m_language.locale();
    flow.addHeading(m_language.translate("akim::report::ImportReportRenderer", "Imports"),
                    style.font(style.textPt, true));
    if (m_report.imports.isEmpty()) {
        flow.addText(m_language.translate("akim::report::ImportReportRenderer",
                                          "Nothing has been imported yet."),
                     body);
        return;
    }
    const auto text = [](const QString &value, const QString &detail = {}) {
        return TableCell{TableCell::Kind::Text, value, detail};
    };
    // Read, imported, rejected (with how many of them found no nominee), duplicates.
    const auto countCells = [&](const qint64(&counts)[5]) {
        return QVector<TableCell>{
            text(locale.toString(counts[0])), text(locale.toString(counts[1])),
            text(locale.toString(counts[2]),
                 counts[3] > 0
                     ? m_language.translate("akim::report::ImportReportRenderer", "no nominee: %1")
                           .arg(locale.toString(counts[3]))
                     : QString()),
            text(locale.toString(counts[4]))};
    };
    // Totals per questionnaire of the imports that count: read, imported, rejected, unmatched,
    // duplicates.
    struct Totals
    {
        qint64 count[5] = {0, 0, 0, 0, 0};
        int imports = 0;
    };
    Totals totals[2]; // population, ethics
    bool several = false;
    int undone = 0;
    QVector<QVector<TableCell>> rows;
    for (const ImportReportImport &i : m_report.imports) {
        const SurveyImportRecord &r = i.record;
        const qint64 counts[5] = {r.rowsRead, r.rowsImported, r.rowsRejected, r.rowsUnmatched,
                                  r.rowsDuplicate};
        QString region = m_language.pick(i.regionRu, i.regionKk);
        if (r.regionId == 0) {
            region = m_language.translate("akim::report::ImportReportRenderer", "several regions");
            several = true;
        }
        QVector<TableCell> row{text(locale.toString(rows.size() + 1)),
                               text(r.fileName, groupedHash(r.sha256)), text(kindLabel(r.kind)),
                               text(region), text(localTime(r.importedAt), r.importedBy)};
        row << countCells(counts);
        if (r.isUndone()) {
            ++undone;
            row << text(localTime(r.undoneAt),
                        m_language.translate("akim::report::ImportReportRenderer",
                                             "undone: no longer counts"));
        } else {
            row << text({});
            Totals &t = totals[r.kind == QLatin1String("ethics") ? 1 : 0];
            ++t.imports;
            for (int k = 0; k < 5; ++k)
                t.count[k] += counts[k];
        }
        rows.push_back(row);
    }
    const char *const kinds[] = {"population", "ethics"};
    for (int k = 0; k < 2; ++k) {
        if (totals[k].imports == 0)
            continue;
        QVector<TableCell> row{
            text(QStringLiteral("Σ")),
            text(kindLabel(QLatin1String(kinds[k])),
                 //: Under a total row of the imports table; %1 is a number of imports
                 m_language.translate("akim::report::ImportReportRenderer", "imports in force: %1")
                     .arg(locale.toString(totals[k].imports))),
            {},
            {},
            {}};
        row << countCells(totals[k].count) << text({});
        rows.push_back(row);
    }
    flow.addTable(
        {{m_language.translate("akim::report::BlankBallotRenderer", "No."), kNumberMm, true},
         {m_language.translate("akim::report::ImportReportRenderer", "File, SHA-256"), 0},
         {m_language.translate("akim::ImportListModel", "Questionnaire"), kKindMm},
         {m_language.translate("akim::RankingTableModel", "Region"), kRegionMm},
         {m_language.translate("akim::report::ImportReportRenderer", "Imported on, by"), kWhenMm},
         {m_language.translate("akim::ImportListModel", "Rows read"), kReadMm, true},
         {m_language.translate("akim::ImportListModel", "Responses imported"), kCountMm, true},
         {m_language.translate("akim::ImportListModel", "Rows rejected"), kCountMm, true},
         {m_language.translate("akim::ImportListModel", "Duplicates skipped"), kDuplicatesMm, true},
         {m_language.translate("akim::ImportListModel", "Undone on"), kUndoneMm}},
        rows, kRowMm, 1.5);

    const QFont note = style.font(style.tablePt, false, true);
    flow.addText(m_language.translate("akim::report::ImportReportRenderer",
                                      "Rows read = responses imported + rows rejected + "
                                      "duplicates skipped; rows for which no nominee was found "
                                      "are among the rejected."),
                 note, Qt::AlignLeft, 1);
    if (undone > 0)
        flow.addText(m_language.translate("akim::report::ImportReportRenderer",
                                          "An undone import keeps its record, but its responses "
                                          "no longer count and it is left out of the totals."),
                     note, Qt::AlignLeft, 1);
    if (several && m_report.regionId != 0)
        flow.addText(m_language.translate("akim::report::ImportReportRenderer",
                                          "A file that held responses of several regions is "
                                          "listed for each of them; its counts cover them all."),
                     note, Qt::AlignLeft, 1);
}

void ImportReportRenderer::responses(DocumentFlow &flow) const
{
    const PageStyle &style = flow.canvas().style();
    const QLocale locale = m_language.locale();
    flow.addHeading(
        m_language.translate("akim::report::ImportReportRenderer", "Responses per nominee"),
        style.font(style.textPt, true), 6);
    //: %1 is the methodology's minimum sample of citizens' responses per nominee
    flow.addText(m_language
                     .translate("akim::report::ImportReportRenderer",
                                "The responses that count now. Fewer than %1 citizens' "
                                "responses is an insufficient sample (the methodology's "
                                "minimum).")
                     .arg(locale.toString(m_report.minSample)),
                 style.font(style.textPt), Qt::AlignLeft, 2);
    if (m_report.regions.isEmpty()) {
        flow.addText(m_language.translate("akim::report::ImportReportRenderer",
                                          "There are no nominees here yet."),
                     style.font(style.textPt));
        return;
    }
    const auto text = [](const QString &value, const QString &detail = {}) {
        return TableCell{TableCell::Kind::Text, value, detail};
    };
    const QVector<TableColumn> columns{
        {m_language.translate("akim::report::BlankBallotRenderer", "No."), kNumberMm, true},
        {m_language.translate("akim::RankingTableModel", "Nominee"), 0},
        {m_language.translate("akim::report::ImportReportRenderer", "Citizens' responses"),
         kResponsesMm, true},
        {m_language.translate("akim::report::ImportReportRenderer",
                              "Ethics questionnaire responses"),
         kResponsesMm, true},
        {m_language.translate("akim::SurveyStatsModel", "Sample"), kSampleMm, true}};
    for (const ImportReportRegion &region : m_report.regions) {
        if (m_report.regionId == 0)
            flow.addHeading(m_language.pick(region.nameRu, region.nameKk),
                            style.font(style.tablePt, true), 3);
        QVector<QVector<TableCell>> rows;
        qint64 population = 0;
        qint64 ethics = 0;
        for (const ImportReportNominee &n : region.nominees) {
            QStringList place{m_language.pick(n.okrugRu, n.okrugKk),
                              m_language.pick(n.districtRu, n.districtKk)};
            if (n.status == NomineeStatus::Withdrawn)
                place << m_language.translate("akim::report::ImportReportRenderer", "withdrawn");
            else if (n.status == NomineeStatus::Disqualified)
                place << m_language.translate("akim::report::ImportReportRenderer", "disqualified");
            QString sample;
            if (n.population == 0)
                sample = m_language.translate("akim::SurveyStatsModel", "no responses");
            else if (n.population < m_report.minSample)
                sample = m_language.translate("akim::SurveyStatsModel", "insufficient sample");
            else
                sample = m_language.translate("akim::report::ImportReportRenderer", "sufficient");
            rows.push_back({text(locale.toString(rows.size() + 1)),
                            text(n.name, place.join(QStringLiteral(", "))),
                            text(locale.toString(n.population)), text(locale.toString(n.ethics)),
                            text(sample)});
            population += n.population;
            ethics += n.ethics;
        }
        rows.push_back({text(QStringLiteral("Σ")),
                        {},
                        text(locale.toString(population)),
                        text(locale.toString(ethics)),
                        {}});
        flow.addTable(columns, rows, kRowMm, 2);
    }
}

} // namespace akim::report
