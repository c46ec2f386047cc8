#pragma once

// A small contest whose nominees the golden survey exports of tests/data/import name (see
// make_import.py there), shared by the survey-import tests.

#include "testsupport.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QCryptographicHash>
#include <QFile>
#include <QString>
#include <QtTest>

namespace akim::test {

struct SurveyFixture
{
    qint64 zhosaly = 0;
    qint64 toretam = 0;
    qint64 akzharmaKarmakshy = 0;
    qint64 bestam = 0;
    qint64 akzharmaShieli = 0;
    qint64 kyzylzharma = 0;
    qint64 kosshy = 0;

    // Adds the seven nominees; false (with a warning) when one could not be added.
    bool populate(TemporaryContest &contest)
    {
        const QString kyzylorda = QStringLiteral("Кызылорд");
        zhosaly = contest.addNominee(kyzylorda, QStringLiteral("Кармакшинский район"),
                                     QStringLiteral("Жосалы"), QStringLiteral("Ахметов Болат"));
        toretam = contest.addNominee(kyzylorda, QStringLiteral("Кармакшинский район"),
                                     QStringLiteral("Торетам"), QStringLiteral("Сейтов Ерлан"));
        akzharmaKarmakshy =
            contest.addNominee(kyzylorda, QStringLiteral("Кармакшинский район"),
                               QStringLiteral("Акжарма"), QStringLiteral("Нурланов Асхат"));
        bestam = contest.addNominee(kyzylorda, QStringLiteral("Шиелийский район"),
                                    QStringLiteral("Бестам"), QStringLiteral("Жумабаева Айгуль"));
        akzharmaShieli =
            contest.addNominee(kyzylorda, QStringLiteral("Шиелийский район"),
                               QStringLiteral("Акжарма"), QStringLiteral("Омаров Данияр"));
        kyzylzharma =
            contest.addNominee(kyzylorda, QStringLiteral("Сырдарьинский район"),
                               QStringLiteral("Кызылжарма"), QStringLiteral("Бекова Сауле"));
        kosshy = contest.addNominee(QStringLiteral("Акмол"), QStringLiteral("Целиноградский район"),
                                    QStringLiteral("Косшы"), QStringLiteral("Иванов Пётр"));
        return zhosaly && toretam && akzharmaKarmakshy && bestam && akzharmaShieli && kyzylzharma &&
               kosshy;
    }

    static QString data(const QString &name)
    {
        return QStringLiteral(AKIM_TEST_DATA_DIR "/import/") + name;
    }
    static QString otherData(const QString &name)
    {
        return QStringLiteral(AKIM_TEST_DATA_DIR "/") + name;
    }

    static QByteArray sha256(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }

    static qint64 count(const QSqlDatabase &db, const QString &table)
    {
        return sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM ") + table).toLongLong();
    }
};

} // namespace akim::test
