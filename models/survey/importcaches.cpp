#include "survey/importcaches.h"

#include <cstring>

namespace akim::survey {
namespace {

bool sameText(const QString &a, const QString &b)
{
    return a.size() == b.size() &&
           (a.constData() == b.constData() ||
            std::memcmp(a.constData(), b.constData(), size_t(a.size()) * sizeof(QChar)) == 0);
}

bool samePlace(const PlaceInput &a, const PlaceInput &b)
{
    return sameText(a.okrug, b.okrug) && sameText(a.district, b.district) &&
           sameText(a.region, b.region) && sameText(a.kato, b.kato);
}

quint64 mix(quint64 h, quint64 value)
{
    h ^= value + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
    return h;
}

quint64 quickTextHash(quint64 h, const QString &text)
{
    const qsizetype n = text.size();
    const char16_t *p = reinterpret_cast<const char16_t *>(text.constData());
    h = mix(h, quint64(n));
    if (n <= 8) {
        for (qsizetype i = 0; i < n; ++i)
            h = mix(h, p[i]);
        return h;
    }
    // Names that share their length and both ends are rare; they only share a chain.
    for (qsizetype i = 0; i < 4; ++i)
        h = mix(h, p[i] | (quint64(p[n - 1 - i]) << 16) | (quint64(p[n / 2 + i - 2]) << 32));
    return h;
}

} // namespace

const Answer *AnswerCache::find(const QString &text) const
{
    for (const Entry &entry : m_linear) {
        if (sameText(entry.text, text))
            return &entry.answer;
    }
    const auto found = m_hashed.constFind(text);
    return found != m_hashed.cend() ? &*found : nullptr;
}

void AnswerCache::insert(const QString &text, const Answer &answer)
{
    if (m_linear.size() < kLinear)
        m_linear.append({text, answer});
    else if (m_hashed.size() < kMaxHashed) // free-form junk must not grow it without bound
        m_hashed.insert(text, answer);
}

quint64 PlaceCache::quickHash(const PlaceInput &place)
{
    quint64 h = 0;
    h = quickTextHash(h, place.okrug);
    h = quickTextHash(h, place.district);
    h = quickTextHash(h, place.region);
    return quickTextHash(h, place.kato);
}

const MatchResult *PlaceCache::find(const PlaceInput &place) const
{
    const auto head = m_heads.constFind(quickHash(place));
    if (head == m_heads.cend())
        return nullptr;
    for (int i = *head; i >= 0; i = m_entries.at(i).next) {
        if (samePlace(m_entries.at(i).place, place))
            return &m_entries.at(i).result;
    }
    return nullptr;
}

void PlaceCache::insert(const PlaceInput &place, const MatchResult &result)
{
    if (m_entries.size() >= kMaxEntries)
        return;
    const quint64 key = quickHash(place);
    const auto head = m_heads.constFind(key);
    m_entries.append({place, result, head == m_heads.cend() ? -1 : *head});
    m_heads.insert(key, int(m_entries.size()) - 1);
}

} // namespace akim::survey
