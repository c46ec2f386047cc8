#include "survey/encodingdetector.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace akim::survey;

namespace {

// Encodes `text` in one of the table encodings without relying on ICU, so that the test means
// the same on a Qt built without it.
QByteArray encodeWithTable(const QString &text, const QString &encoding)
{
    const char16_t *table = TextDecoder::highHalf(encoding);
    QByteArray bytes;
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            bytes += char(c.unicode());
            continue;
        }
        const char16_t *hit = std::find(table, table + 128, c.unicode());
        bytes += hit == table + 128 ? '?' : char(0x80 + (hit - table));
    }
    return bytes;
}

QString decodeAll(QByteArrayView bytes, const QString &encoding)
{
    QString text;
    TextDecoder(encoding).decode(bytes, text);
    return text;
}

QByteArray utf16(const QString &text, bool littleEndian)
{
    QByteArray bytes;
    for (const QChar c : text) {
        const char high = char(c.unicode() >> 8);
        const char low = char(c.unicode() & 0xFF);
        bytes += littleEndian ? low : high;
        bytes += littleEndian ? high : low;
    }
    return bytes;
}

const QString russianCsv =
    QStringLiteral("Область;Район;Сельский округ;ФИО акима;Оценка\r\n"
                   "Акмолинская;Бурабайский;Катарколь;Иванов Пётр Сергеевич;5\r\n"
                   "Костанайская;Житикаринский;Степной;Смирнова Ольга Юрьевна;4\r\n");
const QString kazakhCsv = QStringLiteral(
    "Облыс;Аудан;Әкім;Пікір\r\n"
    "Қостанай облысы;Жітіқара ауданы;Жұмабаев Әлібек;Жолдарды жөндеу керек, рахмет\r\n"
    "Түркістан облысы;Сайрам ауданы;Өмірзақова Гүлнар;Бәрі жақсы, сізге рақмет\r\n");

} // namespace

class TestEncodingDetector : public QObject
{
    Q_OBJECT

private slots:
    void tablesMatchQt_data();
    void tablesMatchQt();
    void canonicalNames();
    void knownEncodingsDecode();
    void byteOrderMarks_data();
    void byteOrderMarks();
    void utf16WithoutBom();
    void binary_data();
    void binary();
    void utf8();
    void utf8CutAtSampleEnd();
    void singleByte_data();
    void singleByte();
    void doubleEncoding_data();
    void doubleEncoding();
    void genuineTextIsNotDoubleEncoded();
    void decoderKeepsStateAcrossChunks_data();
    void decoderKeepsStateAcrossChunks();
};

void TestEncodingDetector::tablesMatchQt_data()
{
    QTest::addColumn<QString>("encoding");
    for (const char *name : {"windows-1251", "IBM866", "x-mac-cyrillic", "windows-1252"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

// Our tables must decode exactly as Qt with ICU does, where Qt has the encoding at all.
void TestEncodingDetector::tablesMatchQt()
{
    QFETCH(QString, encoding);
    QVERIFY(TextDecoder::highHalf(encoding) != nullptr);
    QStringDecoder qt(encoding.toLatin1().constData());
    if (!qt.isValid())
        QSKIP("This Qt has no ICU codec for the encoding; the table stands alone");
    // ICU's IBM866 also swaps some ASCII control codes (0x1A, 0x1C, 0x7F), as IBM's code page
    // tables do; text files never hold them, so only text bytes are compared.
    for (int b = 0; b < 256; ++b) {
        if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F)
            continue;
        const char byte = char(b);
        QCOMPARE(decodeAll(QByteArrayView(&byte, 1), encoding),
                 qt.decode(QByteArrayView(&byte, 1)));
    }
}

void TestEncodingDetector::canonicalNames()
{
    QCOMPARE(TextDecoder::canonicalName(QStringLiteral("cp1251")), QStringLiteral("windows-1251"));
    QCOMPARE(TextDecoder::canonicalName(QStringLiteral("Windows-1251")),
             QStringLiteral("windows-1251"));
    QCOMPARE(TextDecoder::canonicalName(QStringLiteral("cp866")), QStringLiteral("IBM866"));
    QCOMPARE(TextDecoder::canonicalName(QStringLiteral("mac-cyrillic")),
             QStringLiteral("x-mac-cyrillic"));
    QCOMPARE(TextDecoder::canonicalName(QStringLiteral("utf8")), QStringLiteral("UTF-8"));
    QCOMPARE(TextDecoder::canonicalName(QStringLiteral("utf-16le")), QStringLiteral("UTF-16LE"));
    QCOMPARE(TextDecoder::canonicalName(QStringLiteral("utf-8 (double-encoded)")),
             EncodingDetector::doubleEncodedName());
    QCOMPARE(TextDecoder::canonicalName(QStringLiteral("klingon")), QString());
    QVERIFY(!TextDecoder(QStringLiteral("klingon")).isValid());
}

void TestEncodingDetector::knownEncodingsDecode()
{
    const QStringList known = EncodingDetector::knownEncodings();
    QCOMPARE(known.first(), QStringLiteral("UTF-8"));
    for (const QString &name : known) {
        TextDecoder decoder(name);
        QVERIFY2(decoder.isValid(), qPrintable(name));
        QCOMPARE(decoder.name(), name);
    }
}

void TestEncodingDetector::byteOrderMarks_data()
{
    QTest::addColumn<QByteArray>("sample");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("bomLength");
    QTest::newRow("UTF-8") << QByteArray("\xEF\xBB\xBF"
                                         "a;b\n")
                           << "UTF-8" << 3;
    QTest::newRow("UTF-16LE") << QByteArray("\xFF\xFE"
                                            "a\0;\0",
                                            6)
                              << "UTF-16LE" << 2;
    QTest::newRow("UTF-16BE") << QByteArray("\xFE\xFF\0a\0;", 6) << "UTF-16BE" << 2;
    QTest::newRow("UTF-32LE") << QByteArray("\xFF\xFE\0\0a\0\0\0", 8) << "UTF-32LE" << 4;
}

void TestEncodingDetector::byteOrderMarks()
{
    QFETCH(QByteArray, sample);
    QFETCH(QString, encoding);
    QFETCH(int, bomLength);
    const EncodingGuess guess = EncodingDetector::detect(sample, true);
    QCOMPARE(guess.encoding, encoding);
    QCOMPARE(guess.bomLength, bomLength);
    QVERIFY(!guess.binary);
    QCOMPARE(EncodingDetector::bomLength(sample, encoding), bomLength);
    QCOMPARE(EncodingDetector::bomLength(sample, QStringLiteral("windows-1251")), 0);
}

void TestEncodingDetector::utf16WithoutBom()
{
    for (const bool little : {true, false}) {
        const EncodingGuess guess = EncodingDetector::detect(utf16(kazakhCsv, little), true);
        QCOMPARE(guess.encoding, little ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE"));
        QCOMPARE(guess.bomLength, 0);
        QVERIFY(!guess.binary);
        QCOMPARE(decodeAll(utf16(kazakhCsv, little), guess.encoding), kazakhCsv);
    }
}

void TestEncodingDetector::binary_data()
{
    QTest::addColumn<QByteArray>("sample");
    QByteArray noise(4096, '\0');
    QRandomGenerator random(42);
    random.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
    QTest::newRow("random bytes") << noise;
    QTest::newRow("one NUL") << QByteArray("a;b\n1;2\0\n", 9);
    QTest::newRow("control codes") << QByteArray(100, '\x01') + "a;b\n";
    QTest::newRow("UTF-16 of control codes") << utf16(QString(100, QChar(0x01)), true);
}

void TestEncodingDetector::binary()
{
    QFETCH(QByteArray, sample);
    const EncodingGuess guess = EncodingDetector::detect(sample, true);
    QVERIFY(guess.binary);
    QVERIFY(guess.encoding.isEmpty());
}

void TestEncodingDetector::utf8()
{
    EncodingGuess guess = EncodingDetector::detect("id,score\n1,5\n", true);
    QCOMPARE(guess.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(guess.warnings, QStringList());
    guess = EncodingDetector::detect(kazakhCsv.toUtf8(), true);
    QCOMPARE(guess.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(guess.warnings, QStringList());
    QVERIFY(!guess.doubleEncoded);
    QVERIFY(!guess.invalidBytes);
}

void TestEncodingDetector::utf8CutAtSampleEnd()
{
    const QByteArray whole = kazakhCsv.toUtf8();
    const QByteArray cut = whole.left(whole.indexOf("Әлібек") + 1); // half of "Ә"
    EncodingGuess guess = EncodingDetector::detect(cut, false);
    QCOMPARE(guess.encoding, QStringLiteral("UTF-8"));
    QVERIFY(!guess.invalidBytes);
    guess = EncodingDetector::detect(cut, true); // now the file really ends in half a letter
    QCOMPARE(guess.encoding, QStringLiteral("UTF-8"));
    QVERIFY(guess.invalidBytes);
    QCOMPARE(guess.warnings.size(), 1);
}

void TestEncodingDetector::singleByte_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("nameMatters"); // else only the decoded text must come out right
    const QString names = QStringLiteral("Иванов;5\nЯковлева;4\n");
    const QString caps = QStringLiteral("ОБЛАСТЬ;РАЙОН;ФИО\n");
    const QString western = QStringLiteral("Name;Town\nMüller;Zürich\nJosé;Århus\nCafé;Crème\n");
    for (const char *name : {"windows-1251", "IBM866", "x-mac-cyrillic"}) {
        const QString encoding = QString::fromLatin1(name);
        QTest::addRow("%s Russian", name) << russianCsv << encoding << true;
        QTest::addRow("%s Kazakh", name) << kazakhCsv << encoding << true;
        QTest::addRow("%s two names", name) << names << encoding << true;
        // Upper case alone is the same in IBM866 and x-mac-cyrillic: either reads right.
        QTest::addRow("%s capitals", name) << caps << encoding << false;
    }
    QTest::newRow("windows-1252") << western << "windows-1252" << true;
    QTest::newRow("x-mac-cyrillic, CR only")
        << QStringLiteral("фамилия;оценка\rпетров;5\r") << "x-mac-cyrillic" << true;
}

void TestEncodingDetector::singleByte()
{
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    QFETCH(bool, nameMatters);
    const QByteArray bytes = encodeWithTable(text, encoding);
    const EncodingGuess guess = EncodingDetector::detect(bytes, true);
    QVERIFY(!guess.binary);
    if (nameMatters)
        QCOMPARE(guess.encoding, encoding);
    if (encoding != QLatin1String("windows-1252")) {
        QVERIFY(!guess.warnings.isEmpty());
        QVERIFY(guess.warnings.constFirst().contains(QStringLiteral("ә ғ қ ң ө ұ ү һ")));
    }
    // What the encoding can hold comes out unchanged (Kazakh letters were lost as '?').
    QCOMPARE(decodeAll(bytes, guess.encoding), decodeAll(bytes, encoding));
    if (text == russianCsv)
        QCOMPARE(decodeAll(bytes, guess.encoding), text);
}

void TestEncodingDetector::doubleEncoding_data()
{
    QTest::addColumn<QString>("via");
    QTest::newRow("via windows-1251 (Р°)") << "windows-1251";
    QTest::newRow("via windows-1252 (Ð°)") << "windows-1252";
}

void TestEncodingDetector::doubleEncoding()
{
    QFETCH(QString, via);
    const QString mojibake = decodeAll(kazakhCsv.toUtf8(), via);
    QVERIFY(mojibake != kazakhCsv);
    const EncodingGuess guess = EncodingDetector::detect(mojibake.toUtf8(), true);
    QVERIFY(guess.doubleEncoded);
    QCOMPARE(guess.encoding, EncodingDetector::doubleEncodedName());
    QCOMPARE(guess.warnings.size(), 1);
    QCOMPARE(EncodingDetector::repairDoubleEncoding(mojibake), kazakhCsv);
    QCOMPARE(decodeAll(mojibake.toUtf8(), guess.encoding), mojibake); // decoding alone is UTF-8
}

void TestEncodingDetector::genuineTextIsNotDoubleEncoded()
{
    // "Сі", "Рі", "Ті": a capital and "і" are also what a double-encoded letter looks like.
    const QString kazakh = QStringLiteral("Сіз;Рім;Тік;Сізге рақмет;Сіздің ауылыңыз\n");
    for (const QString &text : {kazakh, russianCsv, kazakhCsv}) {
        const EncodingGuess guess = EncodingDetector::detect(text.toUtf8(), true);
        QCOMPARE(guess.encoding, QStringLiteral("UTF-8"));
        QVERIFY(!guess.doubleEncoded);
        QCOMPARE(EncodingDetector::repairDoubleEncoding(text), text);
    }
    QCOMPARE(EncodingDetector::repairDoubleEncoding(QStringLiteral("plain ascii")),
             QStringLiteral("plain ascii"));
}

void TestEncodingDetector::decoderKeepsStateAcrossChunks_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("UTF-8") << "UTF-8" << kazakhCsv.toUtf8();
    QTest::newRow("UTF-16LE") << "UTF-16LE" << utf16(kazakhCsv, true);
    QTest::newRow("UTF-16BE") << "UTF-16BE" << utf16(kazakhCsv, false);
    QTest::newRow("windows-1251") << "windows-1251"
                                  << encodeWithTable(russianCsv, QStringLiteral("windows-1251"));
}

void TestEncodingDetector::decoderKeepsStateAcrossChunks()
{
    QFETCH(QString, encoding);
    QFETCH(QByteArray, bytes);
    const QString whole = decodeAll(bytes, encoding);
    for (int chunk = 1; chunk <= 5; ++chunk) {
        TextDecoder decoder(encoding);
        QString text;
        for (qsizetype at = 0; at < bytes.size(); at += chunk)
            decoder.decode(
                QByteArrayView(bytes).sliced(at, std::min<qsizetype>(chunk, bytes.size() - at)),
                text);
        QCOMPARE(text, whole);
        QVERIFY(!decoder.hasError());
    }
    TextDecoder broken(QStringLiteral("UTF-8"));
    QString text;
    broken.decode("a\xFF"
                  "b",
                  text);
    QVERIFY(broken.hasError());
    QCOMPARE(text, QStringLiteral("a\uFFFDb"));
}

QTEST_GUILESS_MAIN(TestEncodingDetector)
#include "tst_encodingdetector.moc"
