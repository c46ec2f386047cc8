#pragma once

#include "domain/criterion.h"
#include "survey/answerscale.h"
#include "survey/sheetreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

namespace akim::survey {

// Which questionnaire a file holds: the citizens' survey (criteria of source "survey") or the
// Ethics Commissioner's anonymous questionnaire (criteria of source "ethics").
enum class SurveyKind {
    Population,
    Ethics,
};

QString surveyKindKey(SurveyKind kind); // "population", "ethics"
SurveyKind surveyKindFromKey(const QString &key, bool *ok = nullptr);
CriterionSource criterionSourceOf(SurveyKind kind);

// What a column of the sheet is used for.
enum class ColumnRole {
    Ignore,
    Region,
    District,
    Okrug,
    Kato,
    Timestamp,
    Question,     // an answer to the criterion `criterionCode`
    RespondentId, // e-mail, phone, login: read to find repeated submissions, NEVER stored
    FreeText,     // comments: never stored
};

QString columnRoleKey(ColumnRole role); // "ignore", "region", …, "respondent_id", "free_text"
ColumnRole columnRoleFromKey(const QString &key, bool *ok = nullptr);
QString columnRoleLabel(ColumnRole role); // translated, for the wizard

struct MappingGuess;

struct ColumnMapping
{
    int index = -1; // 0-based column; -1: find it by `header` when the file is read
    QString header; // the column's header as the file names it
    ColumnRole role = ColumnRole::Ignore;
    QString criterionCode; // Question only

    bool operator==(const ColumnMapping &other) const;
    bool operator!=(const ColumnMapping &other) const { return !(*this == other); }
};

// How to read one survey export: which sheet, which rows are the header, what each column
// means, and how answers turn into numbers. Saved with each import (survey_import.mapping_json),
// as named profiles (import_profile), and given to `akimcontest import-survey --mapping M.json`.
//
// The JSON format (every key optional except "columns"; unknown keys ignored):
//   {
//     "kind": "population" | "ethics",             default: population
//     "sheet": "Form Responses 1",                  default: the first sheet
//     "csv": {"encoding": "windows-1251", "delimiter": ";"},   default: detected
//     "header_rows": [0],                           0-based rows of the header; default [0]
//     "first_data_row": 1,                          0-based; default: after the last header row
//     "columns": [
//       {"index": 1, "role": "region"},             0-based column number, or
//       {"letter": "C", "role": "district"},        the column's letter, or
//       {"header": "Сельский округ", "role": "okrug"},  its header text (folded comparison)
//       {"header": "КАТО", "role": "kato"},
//       {"index": 0, "role": "timestamp"},
//       {"index": 4, "role": "question", "criterion": "S1"},
//       {"header": "Email", "role": "respondent_id"},
//       {"header": "Комментарий", "role": "free_text"}
//     ],                                            columns not listed are ignored
//     "scale": {"kind": "likert", "min": 1, "max": 5, "overrides": {"Скорее да": 4, "Не знаю":
//     null}}, "resolutions": [                              place spellings resolved by hand
//       {"region": "…", "district": "…", "okrug": "Жосалы", "kato": "", "nominee_id": 12}
//       (or "nominee_uuid": "…" instead of "nominee_id")
//     ]
//   }
// Roles: ignore, region, district, okrug, kato, timestamp, question, respondent_id, free_text.
// Resolutions are kept by NomineeMatcher::aliasKey() of the place; an import saves them as
// okrug aliases, so the next file with the same spelling matches by itself.
struct ImportMapping
{
    Q_DECLARE_TR_FUNCTIONS(akim::survey::ImportMapping)

public:
    SurveyKind kind = SurveyKind::Population;
    QString sheet;                 // empty: the first sheet
    CsvOptions csv;                // empty: detected
    QVector<int> headerRows = {0}; // 0-based rows of the sheet
    int firstDataRow = 1;          // 0-based
    QVector<ColumnMapping> columns;
    AnswerScale scale;
    // NomineeMatcher::aliasKey(place) → nominee id, decided by the user for this import
    QHash<QString, qint64> resolutions;
    // nominee uuids named in a JSON file's resolutions, resolved to ids by the importer
    QHash<QString, QString> resolutionUuids;

    // The column of a role (the first one), or -1.
    int columnOf(ColumnRole role) const;
    QVector<int> columnsOf(ColumnRole role) const;
    bool hasPlaceColumns() const;       // okrug or KATO
    QStringList criterionCodes() const; // of the question columns, in column order, unique

    // Fills `index` of columns given only by header from the file's column names; false with
    // `error` naming the header that is missing or found twice.
    bool resolveColumns(const QStringList &headers, QString *error);

    // Checks the mapping against the criteria and the columns of the file (translated message,
    // empty when usable): a place column, at least one question, known criterion codes of the
    // right source, no column used twice, indexes within the sheet.
    QString validate(const QVector<Criterion> &criteria, int columnCount) const;

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &json, ImportMapping *mapping, QString *error);

    // Identifies a file's layout regardless of its rows: the folded header texts joined. Two
    // exports of the same form give the same signature, so a saved profile is offered again.
    static QString headerSignature(const QStringList &headers);

    // Recognises columns by their headers in Russian, Kazakh or English ("Область" / "Облыс" /
    // "Region", "Район" / "Аудан" / "District", "Сельский округ" / "Ауылдық округ" / "Rural
    // okrug", "КАТО", "Отметка времени" / "Уақыт белгісі" / "Timestamp", e-mail and phone as
    // respondent ids, comments as free text) and question columns by a criterion code ("S1",
    // "S1. Защита…", "Q1 [S2]") or by the words of a criterion's ru/kk/en title. Only criteria
    // of the kind's source are considered. `sample` (data rows, optional) lets unrecognised
    // columns whose values are all answers be reported as probable questions. The mapping's
    // scale is the kind's default (Likert 1..5, or yes/no for ethics).
    static MappingGuess guess(const QStringList &headers, const QVector<Criterion> &criteria,
                              SurveyKind kind, const QVector<QVector<QVariant>> &sample = {});
};

// What guess() found.
struct MappingGuess
{
    ImportMapping mapping;
    QVector<int> ambiguous; // columns that fit several criteria or roles: the user must choose
    // ambiguous column → what it might be: criterion codes, or role keys ("region", …)
    QHash<int, QStringList> candidates;
    QVector<int> unmapped; // columns recognised as nothing (left as Ignore)
    // Unmapped columns whose sample values are all answers of the scale: probably questions,
    // so an automatic import must not silently drop them.
    QVector<int> unmappedAnswers;
    QStringList problems; // translated: what stops an automatic import (no place column, …)

    // Usable without a person: a place column, at least one question, nothing ambiguous, no
    // answer-like column left unmapped.
    bool isComplete() const;
    // Columns that need the user's decision, ascending.
    QVector<int> needsMapping() const;
};

} // namespace akim::survey
