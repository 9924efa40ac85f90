#pragma once

#include <QLocale>
#include <QObject>
#include <QString>

class QTranslator;

namespace apipay {

// Installs the app's and Qt's translations for one UI language and swaps them live (installing a translator sends
// QEvent::LanguageChange to every widget, which retranslates itself in changeEvent()).
// App translations: apipay-desk_<lang>.qm under :/i18n; Qt's: qtbase_<lang>.qm from QLibraryInfo TranslationsPath.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject* parent = nullptr);
    ~LanguageManager() override;

    // "" = follow the system (QLocale::uiLanguages(), English fallback), "ru", "kk" or "en".
    void apply(const QString& language);
    QString language() const { return m_language; }
    // The locale for numbers and dates of the applied language (Kazakhstan conventions for ru/kk).
    QLocale locale() const { return m_locale; }

    static QLocale localeFor(const QString& language);
    // The supported language ("ru", "kk", "en") the system prefers, "en" when none matches.
    static QString systemLanguage();

private:
    QString m_language;
    QLocale m_locale;
    QTranslator* m_appTranslator = nullptr;
    QTranslator* m_qtTranslator = nullptr;
};

} // namespace apipay
