#pragma once

#include "domain/commission.h"
#include "domain/criterion.h"
#include "domain/geography.h"
#include "domain/nominee.h"

#include <QString>

namespace akim::auditjson {

// Compact JSON of a row as the audit log's old/new values record it.
QString of(const Nominee &nominee);
QString of(const Criterion &criterion);
QString of(const Member &member);
QString of(const Okrug &okrug);
QString of(const District &district);
QString of(const QVector<MemberConflict> &conflicts);

} // namespace akim::auditjson
