#include "storage/settingrepository.h"

#include "storage/sql.h"

#include <QSqlQuery>

namespace akim {

SettingRepository::SettingRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

std::optional<QString> SettingRepository::value(const QString &name) const
{
    QSqlQuery q =
        sql::exec(m_db, QStringLiteral("SELECT value FROM setting WHERE name = ?"), {name});
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

void SettingRepository::setValue(const QString &name, const QString &value)
{
    sql::exec(m_db,
              QStringLiteral("INSERT INTO setting (name, value) VALUES (?, ?) "
                             "ON CONFLICT (name) DO UPDATE SET value = excluded.value"),
              {name, value});
}

void SettingRepository::setFlag(const QString &name, bool on)
{
    setValue(name, on ? QStringLiteral("1") : QStringLiteral("0"));
}

} // namespace akim
