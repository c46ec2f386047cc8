#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace akim {

// The contest's switches (table setting), text by name. Writes run inside the caller's
// transaction.
class SettingRepository
{
public:
    // Paper ballots need double entry (DoubleEntryService); off unless set.
    static constexpr const char *kPaperDoubleEntry = "paper_double_entry";

    explicit SettingRepository(QSqlDatabase db);

    std::optional<QString> value(const QString &name) const;
    void setValue(const QString &name, const QString &value);

    bool flag(const QString &name) const { return value(name) == QLatin1String("1"); }
    void setFlag(const QString &name, bool on);

private:
    QSqlDatabase m_db;
};

} // namespace akim
