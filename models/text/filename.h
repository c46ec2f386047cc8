#pragma once

#include <QString>

namespace akim::text {

// A file name made from names a user typed ("Commission — Member"): the characters that Windows
// or Linux refuse in a file name become "_", runs of white space one space. No suffix is added.
QString safeFileName(const QString &stem);

} // namespace akim::text
