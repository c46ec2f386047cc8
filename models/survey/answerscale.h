#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QVariant>

namespace akim::survey {

// What one answer cell counts as.
struct Answer
{
    enum class Status {
        Value,      // counted with `value`
        NotCounted, // blank or "hard to say": not asked, never zero
        Invalid,    // neither a value of the scale nor a known phrase: the row is rejected
    };
    Status status = Status::NotCounted;
    double value = 0.0;

    bool isValue() const { return status == Status::Value; }
    bool isInvalid() const { return status == Status::Invalid; }
};

// Turns answer cells into values: numbers within [min, max] (whole numbers only, "4,0" is 4),
// the built-in ru/kk/en phrases of a five-point Likert scale ("Полностью удовлетворен" /
// "Толық қанағаттанамын" / "Completely satisfied" → 5 … "Совершенно не удовлетворен" → 1)
// and, for yes/no questions, "Да"/"Иә"/"Yes" → 1 and "Нет"/"Жоқ"/"No" → 0. "Затрудняюсь
// ответить" / "Жауап беруге қиналамын" / "Hard to say" and a blank cell are not counted. The
// user's overrides (phrase → value, or phrase → not counted) come first. Phrases compare after
// folding case, ё/е, Kazakh letters, quotes and punctuation, so "полностью  удовлетворён." and
// cp1251-damaged Kazakh ("То?ы? ?ана?аттанамын") are recognised too.
class AnswerScale
{
    Q_DECLARE_TR_FUNCTIONS(akim::survey::AnswerScale)

public:
    enum class Kind {
        Likert, // min..max, default 1..5, with the Likert phrases
        YesNo,  // 0..1, with yes/no phrases (ethics questionnaires)
    };

    AnswerScale() = default; // Likert 1..5
    static AnswerScale likert(int min = 1, int max = 5);
    static AnswerScale yesNo();

    Kind kind() const { return m_kind; }
    double minimum() const { return m_min; }
    double maximum() const { return m_max; }

    // A phrase the user mapped: value, or not counted when `value` is invalid (a null QVariant).
    void setOverride(const QString &phrase, const QVariant &value);
    void clearOverrides() { m_overrides.clear(); }
    // folded phrase → value (a double) or an invalid QVariant for "not counted"
    const QHash<QString, QVariant> &overrides() const { return m_overrides; }

    Answer interpret(const QVariant &cell) const;
    Answer interpretText(const QString &text) const;

    // What the importer says about a cell it could not read, e.g. "\"Maybe\" is not an answer
    // of the scale 1–5" — translated.
    QString invalidMessage(const QVariant &cell) const;

    // {"kind": "likert"|"yes_no", "min": 1, "max": 5,
    //  "overrides": {"phrase": 4, "другое": null, …}} (null: not counted)
    QJsonObject toJson() const;
    // Unknown keys are ignored; a broken value returns false with `error` saying which.
    static bool fromJson(const QJsonObject &json, AnswerScale *scale, QString *error);

    // Phrases are compared in this form (exposed for tests and the wizard's preview).
    static QString foldPhrase(const QString &text);

    bool operator==(const AnswerScale &other) const;
    bool operator!=(const AnswerScale &other) const { return !(*this == other); }

private:
    Kind m_kind = Kind::Likert;
    double m_min = 1.0;
    double m_max = 5.0;
    QHash<QString, QVariant> m_overrides;
};

} // namespace akim::survey
