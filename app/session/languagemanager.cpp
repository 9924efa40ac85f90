#include "session/languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcLanguage, "apipay.language")

using namespace Qt::StringLiterals;

namespace apipay {

LanguageManager::LanguageManager(QObject* parent)
    : QObject(parent)
    , m_locale(localeFor(systemLanguage()))
{
}

LanguageManager::~LanguageManager()
{
    if (m_appTranslator) {
        QCoreApplication::removeTranslator(m_appTranslator);
    }
    if (m_qtTranslator) {
        QCoreApplication::removeTranslator(m_qtTranslator);
    }
}

QString LanguageManager::systemLanguage()
{
    const QStringList preferred = QLocale::system().uiLanguages();
    for (const QString& tag : preferred) {
        const QString code = tag.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (code == u"ru" || code == u"kk" || code == u"en") {
            return code;
        }
    }
    return u"en"_s;
}

QLocale LanguageManager::localeFor(const QString& language)
{
    if (language == u"ru") {
        return QLocale(QLocale::Russian, QLocale::Kazakhstan);
    }
    if (language == u"kk") {
        return QLocale(QLocale::Kazakh, QLocale::Kazakhstan);
    }
    if (language == u"en") {
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    }
    return localeFor(systemLanguage());
}

void LanguageManager::apply(const QString& language)
{
    m_language = language;
    const QString effective = language.isEmpty() ? systemLanguage() : language;
    m_locale = localeFor(effective);
    QLocale::setDefault(m_locale);

    if (m_appTranslator) {
        QCoreApplication::removeTranslator(m_appTranslator);
        delete m_appTranslator;
        m_appTranslator = nullptr;
    }
    if (m_qtTranslator) {
        QCoreApplication::removeTranslator(m_qtTranslator);
        delete m_qtTranslator;
        m_qtTranslator = nullptr;
    }
    // English too: its translation holds only the plural forms ("1 invoice", "2 invoices").
    auto* app = new QTranslator(this);
    if (app->load(m_locale, u"apipay-desk"_s, u"_"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(app);
        m_appTranslator = app;
    } else {
        qCInfo(lcLanguage) << "no app translation for" << effective;
        delete app;
    }
    if (effective != u"en") {
        auto* qt = new QTranslator(this);
        if (qt->load(m_locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            m_qtTranslator = qt;
        } else {
            delete qt;
        }
    }
    // Removing translators (switch to English) also sends LanguageChange, so widgets retranslate either way.
    if (!m_appTranslator && !m_qtTranslator && QCoreApplication::instance()) {
        QEvent event(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &event);
    }
}

} // namespace apipay
