#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

namespace akim {

// Thrown by repositories when a statement fails; caught at the service boundary, which rolls the
// transaction back and turns it into a message. Never crosses the event loop.
class StorageError : public std::exception
{
public:
    explicit StorageError(QString message)
        : m_message(std::move(message))
        , m_utf8(m_message.toUtf8())
    {}

    const QString &message() const { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    QByteArray m_utf8;
};

} // namespace akim
