#include "demo/demosurvey.h"

#include "domain/criterion.h"
#include "domain/nominee.h"
#include "storage/criterionrepository.h"
#include "storage/nomineerepository.h"
#include "survey/importmapping.h"
#include "survey/surveyimporter.h"
#include "text/csvfield.h"

#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <array>
#include <cmath>
#include <random>

namespace akim::demo {
namespace {

using survey::ColumnMapping;
using survey::ColumnRole;

const char16_t *const kLikertPhrases[] = {u"Совершенно не удовлетворен", u"Скорее не удовлетворен",
                                          u"Частично удовлетворен", u"Скорее удовлетворен",
                                          u"Полностью удовлетворен"};
const char16_t *const kComments[] = {u"Спасибо за работу", u"Нужно отремонтировать дорогу",
                                     u"Освещение улиц, вода по графику", u"Аким всегда на связи",
                                     u"Детская площадка, спортзал, клуб"};

QByteArray csvField(const QString &text)
{
    return text::csvField(text, QLatin1Char(',')).toUtf8();
}

// One export: the sheet's text and the mapping that reads it.
struct Export
{
    QByteArray text;
    survey::ImportMapping mapping;
};

Export startExport(survey::SurveyKind kind, const QVector<Criterion> &questions)
{
    Export e;
    e.mapping.kind = kind;
    e.mapping.scale = kind == survey::SurveyKind::Ethics ? survey::AnswerScale::yesNo()
                                                         : survey::AnswerScale::likert();
    const QStringList places = {QStringLiteral("Отметка времени"), QStringLiteral("Область"),
                                QStringLiteral("Район"), QStringLiteral("Сельский округ")};
    const ColumnRole roles[] = {ColumnRole::Timestamp, ColumnRole::Region, ColumnRole::District,
                                ColumnRole::Okrug};
    QByteArrayList header;
    for (int i = 0; i < places.size(); ++i) {
        header << csvField(places.at(i));
        e.mapping.columns.append({i, places.at(i), roles[i], {}});
    }
    for (const Criterion &c : questions) {
        header << csvField(c.titleRu);
        e.mapping.columns.append({int(header.size()) - 1, c.titleRu, ColumnRole::Question, c.code});
    }
    if (kind == survey::SurveyKind::Population) {
        header << csvField(QStringLiteral("Ваши предложения"));
        e.mapping.columns.append(
            {int(header.size()) - 1, QStringLiteral("Ваши предложения"), ColumnRole::FreeText, {}});
    }
    e.text = header.join(',') + "\r\n";
    return e;
}

void appendPlace(QByteArray &line, const QDateTime &at, const NomineeRow &n)
{
    line += at.toString(QStringLiteral("dd.MM.yyyy HH:mm:ss")).toLatin1() + ',' +
            csvField(n.regionRu) + ',' + csvField(n.districtRu) + ',' + csvField(n.okrugRu);
}

QString importExport(const QSqlDatabase &db, const Export &e, const QString &path,
                     const QString &userName, qint64 *imported,
                     const survey::SurveyImporter::Progress &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(e.text) != e.text.size() || !file.flush())
        return DemoSurvey::tr("%1 cannot be written: %2").arg(path, file.errorString());
    file.close();
    survey::ImportOptions options;
    options.filePath = path;
    options.mapping = e.mapping;
    options.userName = userName;
    options.actor.operatorRights = true; // the demo imports what it has just generated
    QString error;
    const survey::ImportSummary summary = survey::SurveyImporter(db).run(options, progress, &error);
    *imported = summary.imported;
    return error;
}

} // namespace

QString DemoSurvey::addResponses(const QSqlDatabase &db, qint64 responses, quint32 seed,
                                 const QString &userName, DemoSurveyResult *result,
                                 const std::function<bool(int, const QString &)> &progress)
{
    // The importer's 0..100 of each file, onto 60..95 and 95..100 of the whole demo.
    const auto scaled = [&progress](int from, int to, const QString &stage) {
        return survey::SurveyImporter::Progress(
            [&progress, from, to, stage](int percent, const QString &) {
                return !progress || progress(from + (to - from) * percent / 100, stage);
            });
    };
    if (progress && !progress(55, tr("Writing the questionnaires")))
        return tr("Cancelled.");
    QVector<NomineeRow> nominees;
    for (const NomineeRow &row : NomineeRepository(db).rows()) {
        if (row.nominee.status == NomineeStatus::Active)
            nominees << row;
    }
    if (nominees.isEmpty() || responses <= 0)
        return {};
    QVector<Criterion> surveyQuestions;
    QVector<Criterion> ethicsQuestions;
    for (const Criterion &c : CriterionRepository(db).all()) {
        if (c.source == CriterionSource::Survey)
            surveyQuestions << c;
        else if (c.source == CriterionSource::Ethics)
            ethicsQuestions << c;
    }

    const std::array<quint32, 2> material{seed, 0x50A7E7u};
    QRandomGenerator rng(material.data(), qsizetype(material.size()));
    std::normal_distribution<double> normal(0.0, 1.0);

    // Uneven interest: a nominee's share of the responses varies about fivefold.
    QVector<double> cumulative;
    double weightSum = 0;
    QVector<double> satisfaction;
    for (int i = 0; i < nominees.size(); ++i) {
        weightSum += std::exp(0.8 * normal(rng));
        cumulative << weightSum;
        satisfaction << std::clamp(3.6 + 0.6 * normal(rng), 1.5, 4.8);
    }

    QTemporaryDir dir;
    if (!dir.isValid())
        return tr("No temporary folder for the demo's questionnaires: %1").arg(dir.errorString());

    Export population = startExport(survey::SurveyKind::Population, surveyQuestions);
    const QDateTime opened(QDate(2020, 6, 1), QTime(9, 0));
    const qint64 span = qint64(opened.secsTo(QDateTime(QDate(2020, 8, 31), QTime(21, 0))));
    for (qint64 r = 0; r < responses; ++r) {
        const double pick = rng.bounded(weightSum);
        const int i = int(std::lower_bound(cumulative.cbegin(), cumulative.cend(), pick) -
                          cumulative.cbegin());
        const NomineeRow &n = nominees.at(std::min(i, int(nominees.size()) - 1));
        appendPlace(population.text, opened.addSecs(r * span / responses), n);
        for (int q = 0; q < surveyQuestions.size(); ++q) {
            population.text += ',';
            const int roll = int(rng.bounded(100));
            if (roll < 2)
                continue; // left blank
            if (roll < 9) {
                population.text += "Затрудняюсь ответить";
                continue;
            }
            const double value = std::round(satisfaction.at(i) + 0.9 * normal(rng));
            population.text +=
                QString::fromUtf16(kLikertPhrases[int(std::clamp(value, 1.0, 5.0)) - 1]).toUtf8();
        }
        population.text += ',';
        if (rng.bounded(10) < 3)
            population.text += csvField(QString::fromUtf16(kComments[rng.bounded(5)]));
        population.text += "\r\n";
    }

    Export ethics = startExport(survey::SurveyKind::Ethics, ethicsQuestions);
    for (int i = 0; i < nominees.size() && !ethicsQuestions.isEmpty(); ++i) {
        // Most akims are well thought of; about one in thirty is not.
        const double positive = rng.bounded(30) == 0 ? 0.25 + 0.2 * rng.generateDouble()
                                                     : 0.8 + 0.19 * rng.generateDouble();
        const int respondents = kEthicsRespondentsMin +
                                int(rng.bounded(kEthicsRespondentsMax - kEthicsRespondentsMin + 1));
        for (int r = 0; r < respondents; ++r) {
            appendPlace(ethics.text, opened.addDays(r).addSecs(i * 11 + r), nominees.at(i));
            for (int q = 0; q < ethicsQuestions.size(); ++q)
                ethics.text += rng.generateDouble() < positive ? ",Да" : ",Нет";
            ethics.text += "\r\n";
        }
    }

    DemoSurveyResult counts;
    QString error =
        importExport(db, population, dir.filePath(QStringLiteral("survey.csv")), userName,
                     &counts.population, scaled(60, 95, tr("Importing the citizens' survey")));
    if (error.isEmpty() && !ethicsQuestions.isEmpty())
        error =
            importExport(db, ethics, dir.filePath(QStringLiteral("ethics.csv")), userName,
                         &counts.ethics, scaled(95, 100, tr("Importing the ethics questionnaire")));
    if (result)
        *result = counts;
    return error;
}

} // namespace akim::demo
