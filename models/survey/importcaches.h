#pragma once

// Internal to SurveyImporter: what ImportRun remembers per distinct cell text, so that a row
// costs a few comparisons instead of hashing every cell.

#include "survey/answerscale.h"
#include "survey/nomineematcher.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace akim::survey {

// Answers by the text of the cell. A questionnaire has a handful of distinct answer phrases, so
// the first few are compared one by one (length first; an XLSX shared string is even the very
// same QString data), which beats hashing tens of characters per cell. Free-form junk goes to a
// hash of bounded size.
class AnswerCache
{
public:
    const Answer *find(const QString &text) const;
    void insert(const QString &text, const Answer &answer);

private:
    struct Entry
    {
        QString text;
        Answer answer;
    };
    static constexpr int kLinear = 16;
    static constexpr int kMaxHashed = 4096;
    QVector<Entry> m_linear;
    QHash<QString, Answer> m_hashed;
};

// Match results by place, in front of NomineeMatcher's own cache: keyed by a cheap hash of the
// four texts (lengths and a few characters at either end) and confirmed by comparing them, so
// a repeated place costs no full hash of about a hundred characters.
class PlaceCache
{
public:
    const MatchResult *find(const PlaceInput &place) const;
    void insert(const PlaceInput &place, const MatchResult &result);

private:
    struct Entry
    {
        PlaceInput place;
        MatchResult result;
        int next = -1; // the next entry with the same quick hash
    };
    static quint64 quickHash(const PlaceInput &place);
    static constexpr int kMaxEntries = 1 << 16;
    QVector<Entry> m_entries;
    QHash<quint64, int> m_heads;
};

} // namespace akim::survey
