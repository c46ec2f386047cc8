#pragma once

#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace akim::enumkeys {

// An enum's keys: what the contest file and the JSON interfaces store. They never change with
// the UI language, so each enum has one table and these three lookups.
template<typename Enum, std::size_t N>
using Table = std::array<std::pair<Enum, const char *>, N>;

template<typename Enum, std::size_t N>
QString keyOf(const Table<Enum, N> &table, Enum value)
{
    for (const auto &[e, key] : table) {
        if (e == value)
            return QString::fromLatin1(key);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> find(const Table<Enum, N> &table, const QString &key)
{
    for (const auto &[e, k] : table) {
        if (key == QLatin1String(k))
            return e;
    }
    return std::nullopt;
}

// An unknown key gives the table's first value, and `ok` false.
template<typename Enum, std::size_t N>
Enum fromKey(const Table<Enum, N> &table, const QString &key, bool *ok)
{
    const std::optional<Enum> found = find(table, key);
    if (ok)
        *ok = found.has_value();
    return found.value_or(table.front().first);
}

} // namespace akim::enumkeys
