#pragma once

#include <QChar>
#include <QString>

namespace akim::text {

// One CSV field as RFC 4180 writes it: quoted, with inner quotes doubled, when it holds the
// delimiter, a quote or a line break; as it is otherwise.
QString csvField(const QString &field, QChar delimiter);

} // namespace akim::text
