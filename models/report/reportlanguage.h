#pragma once

#include "domain/criterion.h"

#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace akim::report {

// The language of one printed document, chosen per document and independent of the interface's:
// a secretary working in Russian prints the Kazakh ballots too. It carries its own translator
// (loaded from the embedded catalogue, never installed in the application, so a worker thread
// can print in Kazakh while the window stays Russian) and the names to pick from ru/kk pairs.
//
// Strings are written as with QCoreApplication::translate, which lupdate finds the same way:
//   language.translate("akim::report::BlankBallotRenderer", "Total")
class ReportLanguage
{
public:
    // "ru", "kk" or "en"; anything else is Russian, the commissions' working language.
    // `catalogueDir` holds akimcontest_<code>.qm (TranslationCatalog::resourceDir(), which the
    // models library cannot see).
    explicit ReportLanguage(const QString &code = QStringLiteral("ru"),
                            const QString &catalogueDir = QStringLiteral(":/i18n"));

    static QStringList codes(); // "kk", "ru", "en": Kazakh first, as protocols are issued
    // The document language that goes with an interface language: Kazakh or English as they
    // are, Russian (the commissions' working language) for any other.
    static QString codeFor(const QLocale &locale);

    QString code() const { return m_code; }
    bool isKazakh() const { return m_code == QLatin1String("kk"); }
    QLocale locale() const { return m_locale; }
    // False when the catalogue could not be loaded: the document then reads English.
    bool hasCatalogue() const { return m_translator != nullptr; }

    // The translation of `source` in `context`, or `source` itself when there is none. With
    // n >= 0 the plural form for n is chosen and %n replaced, as QCoreApplication does.
    QString translate(const char *context, const char *source, const char *disambiguation = nullptr,
                      int n = -1) const;

    // Names kept in both languages: Kazakh in a Kazakh document (when there is one), else
    // Russian; English documents use the official Russian names, as the interface does.
    QString pick(const QString &ru, const QString &kk) const;
    // Texts that also carry an English version (criterion titles, nominations): that one in an
    // English document when there is one, else as pick(ru, kk).
    QString pick(const QString &ru, const QString &kk, const QString &en) const;
    QString criterionTitle(const Criterion &criterion) const;
    // "0–10": the range a criterion's box accepts, in this language's number format.
    QString pointsRange(double maxPoints) const;

private:
    QString m_code;
    QLocale m_locale;
    std::shared_ptr<const QTranslator> m_translator; // shared: a language is copied freely
};

} // namespace akim::report
