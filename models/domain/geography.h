#pragma once

#include <QString>

namespace akim {

struct Region
{
    qint64 id = 0;
    QString uuid;
    QString kato;
    QString nameRu;
    QString nameKk;
    int sortOrder = 0;
};

struct District
{
    qint64 id = 0;
    QString uuid;
    qint64 regionId = 0;
    QString kato;
    QString nameRu;
    QString nameKk;
};

struct Okrug
{
    qint64 id = 0;
    QString uuid;
    qint64 districtId = 0;
    QString kato;
    QString nameRu;
    QString nameKk;
};

} // namespace akim
