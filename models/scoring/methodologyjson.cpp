// Methodology::fromJson: reading a methodology from JSON with a message that names the key.
#include "scoring/methodology.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>
#include <initializer_list>
#include <limits>

namespace akim::scoring {
namespace {

QString keyPath(const QString &path, const char *key)
{
    const QString k = QLatin1String(key);
    return path.isEmpty() ? k : path + QLatin1Char('.') + k;
}

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

// Reads values out of JSON objects, remembering the first problem (later ones usually follow
// from it). Absent keys give the fallback: a methodology file may state only what it changes.
class Reader
{
public:
    QString error;

    bool failed() const { return !error.isEmpty(); }

    void fail(const QString &message)
    {
        if (error.isEmpty())
            error = message;
    }

    // Refuses keys this version does not know: a misspelt key would otherwise silently leave
    // the default in force.
    void onlyKeys(const QJsonObject &o, const QString &path,
                  std::initializer_list<const char *> known)
    {
        QStringList names;
        for (const char *k : known)
            names << QLatin1String(k);
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!names.contains(it.key())) {
                const QString full = path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key();
                fail(Methodology::tr("Methodology: \"%1\" is not a known key (known here: %2).")
                         .arg(full, names.join(QStringLiteral(", "))));
                return;
            }
        }
    }

    QJsonObject object(const QJsonObject &o, const QString &path, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return {};
        if (!v.isObject())
            fail(Methodology::tr("Methodology: \"%1\" must be an object.").arg(keyPath(path, key)));
        return v.toObject();
    }

    QJsonArray array(const QJsonObject &o, const QString &path, const char *key, bool *present)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        *present = !v.isUndefined();
        if (*present && !v.isArray())
            fail(Methodology::tr("Methodology: \"%1\" must be a list.").arg(keyPath(path, key)));
        return v.toArray();
    }

    double real(const QJsonObject &o, const QString &path, const char *key, double fallback,
                double min, double max)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        if (!v.isDouble() || !std::isfinite(v.toDouble())) {
            fail(Methodology::tr("Methodology: \"%1\" must be a number.").arg(keyPath(path, key)));
            return fallback;
        }
        const double value = v.toDouble();
        if (value < min || value > max)
            fail(Methodology::tr("Methodology: \"%1\" must be between %2 and %3, not %4.")
                     .arg(keyPath(path, key), number(min), number(max), number(value)));
        return value;
    }

    int integer(const QJsonObject &o, const QString &path, const char *key, int fallback, int min,
                int max)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        const double value = v.toDouble(std::numeric_limits<double>::quiet_NaN());
        if (!v.isDouble() || value != std::floor(value)) {
            fail(Methodology::tr("Methodology: \"%1\" must be a whole number.")
                     .arg(keyPath(path, key)));
            return fallback;
        }
        if (value < min || value > max) {
            fail(Methodology::tr("Methodology: \"%1\" must be between %2 and %3, not %4.")
                     .arg(keyPath(path, key), number(min), number(max), number(value)));
            return fallback;
        }
        return int(value);
    }

    bool boolean(const QJsonObject &o, const QString &path, const char *key, bool fallback)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        if (!v.isBool())
            fail(Methodology::tr("Methodology: \"%1\" must be true or false.")
                     .arg(keyPath(path, key)));
        return v.toBool(fallback);
    }

    QString text(const QJsonObject &o, const QString &path, const char *key,
                 const QString &fallback)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        if (!v.isString())
            fail(Methodology::tr("Methodology: \"%1\" must be text.").arg(keyPath(path, key)));
        return v.toString();
    }

    // One of `allowed`; returns its index, or `fallback` when the key is absent or wrong.
    int choice(const QJsonObject &o, const QString &path, const char *key,
               const QStringList &allowed, int fallback)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        const int index = int(allowed.indexOf(v.toString()));
        if (!v.isString() || index < 0) {
            fail(Methodology::tr("Methodology: \"%1\" must be one of %2, not %3.")
                     .arg(keyPath(path, key), allowed.join(QStringLiteral(", ")),
                          QString::fromUtf8(
                              QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
                              .mid(1)
                              .chopped(1)));
            return fallback;
        }
        return index;
    }
};

void readCriteria(Reader &r, const QJsonArray &array, QVector<Criterion> *criteria)
{
    criteria->clear();
    QSet<QString> codes;
    int order = 0;
    for (qsizetype i = 0; i < array.size() && !r.failed(); ++i) {
        const QString path = QStringLiteral("criteria[%1]").arg(i);
        if (!array.at(i).isObject()) {
            r.fail(Methodology::tr("Methodology: \"%1\" must be an object.").arg(path));
            break;
        }
        const QJsonObject o = array.at(i).toObject();
        r.onlyKeys(o, path, {"code", "stage", "source", "max_points", "weight", "title"});
        Criterion c;
        c.code = r.text(o, path, "code", {}).trimmed();
        if (c.code.isEmpty() && !r.failed())
            r.fail(Methodology::tr("Methodology: \"%1\" needs a code.").arg(keyPath(path, "code")));
        if (codes.contains(c.code) && !r.failed())
            r.fail(Methodology::tr("Methodology: \"%1\" repeats the criterion code %2.")
                       .arg(keyPath(path, "code"), c.code));
        codes.insert(c.code);
        const QStringList stages{QStringLiteral("regional"), QStringLiteral("national")};
        c.stage =
            r.choice(o, path, "stage", stages, 0) == 0 ? StageKind::Regional : StageKind::National;
        const QStringList sources{QStringLiteral("commission"), QStringLiteral("survey"),
                                  QStringLiteral("ethics")};
        c.source = criterionSourceFromKey(sources.at(r.choice(o, path, "source", sources, 0)));
        if (c.stage == StageKind::National && c.source != CriterionSource::Commission)
            r.fail(Methodology::tr(
                       "Methodology: \"%1\": survey and ethics criteria belong to the regional "
                       "stage.")
                       .arg(keyPath(path, "source")));
        c.maxPoints = r.real(o, path, "max_points", 10.0, 0.0, 1e9);
        if (c.maxPoints <= 0.0 && !r.failed())
            r.fail(Methodology::tr("Methodology: \"%1\" must be greater than 0.")
                       .arg(keyPath(path, "max_points")));
        c.weight = r.real(o, path, "weight", 1.0, 0.0, 1e9);
        const QJsonObject title = r.object(o, path, "title");
        const QString titlePath = keyPath(path, "title");
        r.onlyKeys(title, titlePath, {"ru", "kk", "en"});
        c.titleRu = r.text(title, titlePath, "ru", {});
        c.titleKk = r.text(title, titlePath, "kk", {});
        c.titleEn = r.text(title, titlePath, "en", {});
        c.sortOrder = ++order;
        criteria->append(c);
    }
}

void readTieBreaks(Reader &r, const QJsonObject &o, const char *key, StageKind stage,
                   QVector<TieComponent> *components)
{
    bool present = false;
    const QJsonArray array = r.array(o, QStringLiteral("tie_breaks"), key, &present);
    if (!present || r.failed())
        return;
    const QString path = keyPath(QStringLiteral("tie_breaks"), key);
    components->clear();
    for (const QJsonValue &v : array) {
        const std::optional<TieComponent> c = tieComponentFromKey(v.toString());
        // Stage II totals are made of the republican commission's index and the stage I total
        // only; anything else would break ties on a value the total does not contain.
        const bool allowed =
            c && (stage == StageKind::Regional
                      ? *c != TieComponent::Stage1Total
                      : (*c == TieComponent::Commission || *c == TieComponent::Stage1Total));
        if (!allowed) {
            r.fail(
                Methodology::tr(
                    "Methodology: \"%1\" lists \"%2\", which is not a component of this stage "
                    "(use %3).")
                    .arg(path, v.toString(),
                         stage == StageKind::National
                             ? QStringLiteral("commission, stage1_total")
                             : QStringLiteral("commission, survey, ethics, survey_n, ethics_n")));
            return;
        }
        if (components->contains(*c)) {
            r.fail(
                Methodology::tr("Methodology: \"%1\" lists \"%2\" twice.").arg(path, v.toString()));
            return;
        }
        components->append(*c);
    }
}

void checkWeightSum(Reader &r, const QString &path, double sum)
{
    // The total stays on the 0–100 scale of its components only if the weights add up to 1.
    if (!r.failed() && std::abs(sum - 1.0) > 1e-9)
        r.fail(Methodology::tr(
                   "Methodology: the weights in \"%1\" add up to %2; they must add up to 1.")
                   .arg(path, number(sum)));
}

} // namespace

std::optional<Methodology> Methodology::fromJson(const QJsonObject &json, QString *error)
{
    Reader r;
    Methodology m = defaults();
    r.onlyKeys(json, {},
               {"template", "criteria", "aggregation", "survey", "ethics", "stage_weights",
                "tie_breaks", "ranking_style", "advancement", "rounding", "nominations"});
    m.templateName = r.text(json, {}, "template", m.templateName);

    bool present = false;
    const QJsonArray criteria = r.array(json, {}, "criteria", &present);
    if (present && !r.failed())
        readCriteria(r, criteria, &m.criteria);

    const QString agg = QStringLiteral("aggregation");
    const QJsonObject a = r.object(json, {}, "aggregation");
    r.onlyKeys(a, agg, {"method", "trim_each_side", "trim_min_scores", "min_valid_scores"});
    const QStringList methods{aggregationMethodKey(AggregationMethod::Mean),
                              aggregationMethodKey(AggregationMethod::TrimmedMean),
                              aggregationMethodKey(AggregationMethod::Median)};
    m.aggregation.method =
        AggregationMethod(r.choice(a, agg, "method", methods, int(m.aggregation.method)));
    m.aggregation.trimEachSide = r.integer(a, agg, "trim_each_side", 1, 0, 100);
    m.aggregation.trimMinScores = r.integer(a, agg, "trim_min_scores", 5, 1, 1000);
    m.aggregation.minValidScores = r.integer(a, agg, "min_valid_scores", 3, 0, 1000);
    if (!r.failed() && m.aggregation.method == AggregationMethod::TrimmedMean &&
        m.aggregation.trimMinScores < 2 * m.aggregation.trimEachSide + 1)
        r.fail(tr("Methodology: \"%1\" must be at least %2, so that a score remains after "
                  "dropping %3 at each end.")
                   .arg(keyPath(agg, "trim_min_scores"))
                   .arg(2 * m.aggregation.trimEachSide + 1)
                   .arg(m.aggregation.trimEachSide));

    const QString sv = QStringLiteral("survey");
    const QJsonObject s = r.object(json, {}, "survey");
    r.onlyKeys(s, sv, {"scale_min", "scale_max", "min_sample", "below_min_sample"});
    m.survey.scaleMin = r.real(s, sv, "scale_min", 1.0, -1e9, 1e9);
    m.survey.scaleMax = r.real(s, sv, "scale_max", 5.0, -1e9, 1e9);
    if (!r.failed() && m.survey.scaleMax <= m.survey.scaleMin)
        r.fail(tr("Methodology: \"%1\" must be greater than \"%2\".")
                   .arg(keyPath(sv, "scale_max"), keyPath(sv, "scale_min")));
    m.survey.minSample = r.integer(s, sv, "min_sample", 30, 0, 1000000000);
    m.survey.belowMinSample = BelowMinSample(r.choice(
        s, sv, "below_min_sample", {QStringLiteral("flag"), QStringLiteral("exclude")}, 0));

    const QString et = QStringLiteral("ethics");
    const QJsonObject e = r.object(json, {}, "ethics");
    r.onlyKeys(e, et, {"scale_min", "scale_max", "gate_index", "not_compliant_blocks_advancement"});
    m.ethics.scaleMin = r.real(e, et, "scale_min", 0.0, -1e9, 1e9);
    m.ethics.scaleMax = r.real(e, et, "scale_max", 1.0, -1e9, 1e9);
    if (!r.failed() && m.ethics.scaleMax <= m.ethics.scaleMin)
        r.fail(tr("Methodology: \"%1\" must be greater than \"%2\".")
                   .arg(keyPath(et, "scale_max"), keyPath(et, "scale_min")));
    m.ethics.gateIndex = r.real(e, et, "gate_index", 50.0, 0.0, 100.0);
    m.ethics.notCompliantBlocksAdvancement =
        r.boolean(e, et, "not_compliant_blocks_advancement", true);

    const QJsonObject w = r.object(json, {}, "stage_weights");
    r.onlyKeys(w, QStringLiteral("stage_weights"), {"regional", "national"});
    const QString wr = QStringLiteral("stage_weights.regional");
    const QJsonObject regional = r.object(w, QStringLiteral("stage_weights"), "regional");
    r.onlyKeys(regional, wr, {"survey", "ethics", "commission"});
    m.weights.survey = r.real(regional, wr, "survey", 0.3, 0.0, 1.0);
    m.weights.ethics = r.real(regional, wr, "ethics", 0.2, 0.0, 1.0);
    m.weights.commission = r.real(regional, wr, "commission", 0.5, 0.0, 1.0);
    checkWeightSum(r, wr, m.weights.survey + m.weights.ethics + m.weights.commission);
    const QString wn = QStringLiteral("stage_weights.national");
    const QJsonObject national = r.object(w, QStringLiteral("stage_weights"), "national");
    r.onlyKeys(national, wn, {"commission", "stage1_total"});
    m.weights.nationalCommission = r.real(national, wn, "commission", 1.0, 0.0, 1.0);
    m.weights.stage1Total = r.real(national, wn, "stage1_total", 0.0, 0.0, 1.0);
    checkWeightSum(r, wn, m.weights.nationalCommission + m.weights.stage1Total);

    const QJsonObject t = r.object(json, {}, "tie_breaks");
    r.onlyKeys(t, QStringLiteral("tie_breaks"), {"regional", "national"});
    readTieBreaks(r, t, "regional", StageKind::Regional, &m.regionalTieBreaks);
    readTieBreaks(r, t, "national", StageKind::National, &m.nationalTieBreaks);

    m.rankingStyle = RankingStyle(r.choice(
        json, {}, "ranking_style",
        {rankingStyleKey(RankingStyle::Standard), rankingStyleKey(RankingStyle::Dense)}, 0));

    const QJsonObject adv = r.object(json, {}, "advancement");
    r.onlyKeys(adv, QStringLiteral("advancement"), {"per_region"});
    m.advancePerRegion = r.integer(adv, QStringLiteral("advancement"), "per_region", 1, 1, 10000);

    const QString rd = QStringLiteral("rounding");
    const QJsonObject rounding = r.object(json, {}, "rounding");
    r.onlyKeys(rounding, rd, {"display_decimals", "tie_tolerance"});
    m.displayDecimals = r.integer(rounding, rd, "display_decimals", 2, 0, 6);
    m.tieTolerance = r.real(rounding, rd, "tie_tolerance", 1e-9, 0.0, 1e-3);

    const QJsonArray nominations = r.array(json, {}, "nominations", &present);
    if (present && !r.failed()) {
        m.nominations.clear();
        for (qsizetype i = 0; i < nominations.size() && !r.failed(); ++i) {
            const QString path = QStringLiteral("nominations[%1]").arg(i);
            if (!nominations.at(i).isObject()) {
                r.fail(tr("Methodology: \"%1\" must be an object.").arg(path));
                break;
            }
            const QJsonObject n = nominations.at(i).toObject();
            r.onlyKeys(n, path, {"ru", "kk", "en"});
            m.nominations.append(
                {r.text(n, path, "ru", {}), r.text(n, path, "kk", {}), r.text(n, path, "en", {})});
        }
    }

    if (r.failed()) {
        if (error)
            *error = r.error;
        return std::nullopt;
    }
    if (error)
        error->clear();
    return m;
}

std::optional<Methodology> Methodology::fromJsonBytes(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = tr("The methodology is not valid JSON: %1 (at character %2).")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (error)
            *error = tr("The methodology must be a JSON object.");
        return std::nullopt;
    }
    QJsonObject root = doc.object();
    // A template file (resources/templates) keeps the criteria beside the methodology.
    if (root.value(QStringLiteral("methodology")).isObject()) {
        QJsonObject methodology = root.value(QStringLiteral("methodology")).toObject();
        for (const char *key : {"template", "criteria"}) {
            const QString k = QLatin1String(key);
            if (root.contains(k) && !methodology.contains(k))
                methodology.insert(k, root.value(k));
        }
        root = methodology;
    }
    return fromJson(root, error);
}

} // namespace akim::scoring
