#include "scoring/rankingjson.h"

#include <QJsonDocument>
#include <QLocale>

#include <cmath>

namespace akim::scoring {
namespace {

// Writes JSON text straight into a buffer, with two-space indentation and keys in the order
// given. A national ranking of every okrug holds a quarter of a million score objects: built as
// QJsonObjects and serialised it took two seconds, written directly a tenth of that.
class Writer
{
public:
    QByteArray out;

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    void key(const char *name)
    {
        separate();
        out += '"';
        out += name;
        out += "\": ";
        m_afterKey = true;
    }

    void value(const QString &text)
    {
        separate();
        string(text);
    }
    void value(const char *latin1) { value(QString::fromLatin1(latin1)); }
    void value(bool b)
    {
        separate();
        out += b ? "true" : "false";
    }
    void value(int n) { value(qint64(n)); }
    void value(qint64 n)
    {
        separate();
        out += QByteArray::number(n);
    }
    // Unrounded: the shortest text that reads back as the same double; null for NaN.
    void value(double d)
    {
        separate();
        if (std::isfinite(d))
            out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
        else
            out += "null";
    }
    void null()
    {
        separate();
        out += "null";
    }
    // Already serialised JSON (compact), as one value.
    void raw(const QByteArray &json)
    {
        separate();
        out += json;
    }

    template<typename T>
    void member(const char *name, const T &v)
    {
        key(name);
        value(v);
    }

private:
    void open(char bracket)
    {
        separate();
        out += bracket;
        ++m_depth;
        m_first = true;
    }

    void close(char bracket)
    {
        --m_depth;
        if (!m_first)
            newline();
        out += bracket;
        m_first = false;
    }

    // Before every value or key: a comma after a previous element, then a new line.
    void separate()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (m_depth == 0)
            return;
        if (!m_first)
            out += ',';
        newline();
        m_first = false;
    }

    void newline()
    {
        out += '\n';
        out.append(2 * m_depth, ' ');
    }

    void string(const QString &text)
    {
        out += '"';
        const QByteArray utf8 = text.toUtf8();
        for (const char c : utf8) {
            switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    static const char hex[] = "0123456789abcdef";
                    out += "\\u00";
                    out += hex[(c >> 4) & 0xf];
                    out += hex[c & 0xf];
                } else {
                    out += c;
                }
            }
        }
        out += '"';
    }

    int m_depth = 0;
    bool m_first = true;
    bool m_afterKey = false;
};

QString pick(const QString &ru, const QString &kk, const QString &language)
{
    return language == u"kk" && !kk.isEmpty() ? kk : ru;
}

void strings(Writer &w, const char *name, const QStringList &list)
{
    w.key(name);
    w.beginArray();
    for (const QString &s : list)
        w.value(s);
    w.endArray();
}

void ids(Writer &w, const char *name, const QVector<qint64> &list)
{
    w.key(name);
    w.beginArray();
    for (const qint64 id : list)
        w.value(id);
    w.endArray();
}

void components(Writer &w, const char *name, const Components &c)
{
    w.key(name);
    w.beginObject();
    w.member("survey", c.survey);
    w.member("ethics", c.ethics);
    w.member("commission", c.commission);
    w.member("stage1_total", c.stage1Total);
    w.endObject();
}

void criterion(Writer &w, const CriterionResult &c)
{
    w.beginObject();
    w.member("code", c.code);
    w.member("source", criterionSourceKey(c.source));
    w.member("value", c.value);
    w.member("max_points", c.maxPoints);
    w.member("weight", c.weight);
    if (c.source != CriterionSource::Commission) {
        w.member("n", c.n);
        w.member("mean", c.mean);
        w.endObject();
        return;
    }
    w.member("valid", c.valid);
    w.member("missing", c.missing);
    w.member("trimmed_applied", c.trimmedApplied);
    w.member("few_valid_scores", c.fewValidScores);
    w.key("scores");
    w.beginArray();
    for (const ScoreExplanation &s : c.scores) {
        w.beginObject();
        w.member("member", s.member);
        w.member("member_id", s.memberId);
        w.member("points", s.points);
        w.member("state", scoreStateKey(s.state));
        w.member("trimmed", s.trimmed);
        w.member("conflict", s.conflict);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

void nominee(Writer &w, const NomineeResult &n, const QString &language)
{
    w.beginObject();
    w.member("id", n.nomineeId);
    w.member("uuid", n.uuid);
    w.member("place", n.place);
    w.member("name", n.name);
    w.member("region", pick(n.regionRu, n.regionKk, language));
    w.member("district", pick(n.districtRu, n.districtKk, language));
    w.member("okrug", pick(n.okrugRu, n.okrugKk, language));
    w.member("total", n.total);
    w.member("advances", n.advances);
    w.member("tied_at_cut", n.tiedAtCut);
    w.member("tie_shared", n.tieShared);
    strings(w, "tie_broken_by", n.tieBrokenBy);
    strings(w, "flags", n.flags);
    components(w, "components", n.components);
    // total = Σ weights_used · components, with the weights actually applied
    components(w, "weights_used", n.weightsUsed);
    w.key("criteria");
    w.beginArray();
    for (const CriterionResult &c : n.criteria)
        criterion(w, c);
    w.endArray();
    w.key("survey");
    w.beginObject();
    w.member("n", n.surveyResponses);
    w.member("index", n.components.survey);
    w.member("insufficient_sample", n.insufficientSample);
    w.endObject();
    w.key("ethics");
    w.beginObject();
    w.member("n", n.ethicsResponses);
    w.member("index", n.components.ethics);
    w.member("conclusion", ethicsConclusionKey(n.ethicsConclusion));
    w.member("gate", n.ethicsGate);
    w.endObject();
    w.endObject();
}

} // namespace

QJsonValue RankingJson::number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonObject RankingJson::toJson(const Ranking &ranking, const Methodology &methodology,
                                const QString &regionName, const QString &language)
{
    // One writer for both forms, so that they cannot drift apart.
    return QJsonDocument::fromJson(toJsonBytes(ranking, methodology, regionName, language))
        .object();
}

QByteArray RankingJson::toJsonBytes(const Ranking &ranking, const Methodology &methodology,
                                    const QString &regionName, const QString &language)
{
    Writer w;
    w.out.reserve(1024 + ranking.nominees.size() * 4096);
    w.beginObject();
    w.member("stage", stageKindKey(ranking.stage));
    w.key("region");
    if (regionName.isNull())
        w.null();
    else
        w.value(regionName);
    w.key("methodology");
    w.raw(QJsonDocument(methodology.toJson()).toJson(QJsonDocument::Compact));
    w.key("nominees");
    w.beginArray();
    for (const NomineeResult &n : ranking.nominees)
        nominee(w, n, language);
    w.endArray();
    w.key("advancement");
    w.beginArray();
    for (const AdvancementCut &cut : ranking.cuts) {
        w.beginObject();
        w.member("region_id", cut.regionId);
        w.member("seats", cut.seats);
        ids(w, "advancing", cut.advancing);
        ids(w, "tied", cut.tied);
        w.member("open_seats", cut.openSeats);
        w.member("decided", cut.decided);
        w.endObject();
    }
    w.endArray();
    ids(w, "not_ranked", ranking.notRanked);
    // ranking.problems are sentences in the reader's language: left out, so that the document
    // (and the SHA-256 a finalisation records of it) is the same whatever the language.
    w.endObject();
    w.out += '\n';
    return w.out;
}

} // namespace akim::scoring
