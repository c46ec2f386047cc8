#pragma once

#include <QString>

#include <optional>

namespace akim::cli {

// Asks on the terminal without echoing what is typed (a password). Nothing when standard input
// is not a terminal, so a script is never left waiting for an answer it cannot give.
std::optional<QString> readSecret(const QString &prompt);

} // namespace akim::cli
