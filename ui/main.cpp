// apipay-desk: the executable is little more than this file (docs/design-notes.md, "The executable").
#include "api/apiclient.h"
#include "secrets/qtkeychainsecretstore.h"
#include "session/appsettings.h"
#include "session/languagemanager.h"
#include "session/session.h"
#include "shell/mainwindow.h"
#include "shell/smoketest.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

struct Options
{
    QCommandLineOption demo { u"demo"_s };
    QCommandLineOption demoApi { u"demo-api"_s, QString(), u"2.1|2.0"_s };
    QCommandLineOption baseUrl { u"base-url"_s, QString(), u"URL"_s };
    QCommandLineOption smokeTest { u"smoke-test"_s };
    QCommandLineOption lang { u"lang"_s, QString(), u"ru|kk|en"_s };
    QCommandLineOption version { { u"v"_s, u"version"_s } };
};

// Described after the language is known, so --help is translated.
void describe(QCommandLineParser& parser, Options& o)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "ApiPay Desk — Kaspi payments at the counter through ApiPay.kz."));
    o.demo.setDescription(QCoreApplication::translate(
        "main", "Start with an offline demo server on this computer (made-up shop, no real invoices)."));
    o.demoApi.setDescription(QCoreApplication::translate(
        "main", "The API version the demo server speaks: 2.1 (the current API, the default) or 2.0 (no QR invoices)."));
    o.baseUrl.setDescription(QCoreApplication::translate("main",
        "Use this API server instead of the shop's (https, or http on 127.0.0.1). The API key comes "
        "from the shop's settings or the APIPAY_API_KEY environment variable."));
    o.smokeTest.setDescription(QCoreApplication::translate(
        "main", "Open the main window in demo mode, wait until the invoices are loaded, then quit (0 = success)."));
    o.lang.setDescription(QCoreApplication::translate("main", "Interface language for this run: ru, kk or en."));
    o.version.setDescription(QCoreApplication::translate("main", "Print the version and exit."));
    parser.addHelpOption();
    parser.addOptions({ o.demo, o.demoApi, o.baseUrl, o.smokeTest, o.lang, o.version });
}

void printLine(FILE* stream, const QString& text)
{
    std::fputs(qPrintable(text + u'\n'), stream);
    std::fflush(stream);
}

void setUpApplication(QCoreApplication& app)
{
    QCoreApplication::setOrganizationName(u"ApiPayDesk"_s);
    QCoreApplication::setOrganizationDomain(u"apipaydesk.org"_s);
    QCoreApplication::setApplicationName(u"ApiPayDesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(APIPAY_VERSION));
    app.setProperty("apipay.gitRevision", QStringLiteral(APIPAY_GIT_REVISION));
}

// The language for this run: --lang, else the saved choice ("" = system). Empty optional = invalid --lang.
std::optional<QString> chooseLanguage()
{
    QCommandLineParser pre;
    Options o;
    pre.addOptions({ o.demo, o.demoApi, o.baseUrl, o.smokeTest, o.lang, o.version });
    pre.addHelpOption();
    pre.parse(QCoreApplication::arguments());
    if (!pre.isSet(o.lang)) {
        return apipay::AppSettings::language();
    }
    const QString language = pre.value(o.lang).toLower();
    if (language != u"ru" && language != u"kk" && language != u"en") {
        printLine(
            stderr, QCoreApplication::translate("main", "Unknown language “%1”: use ru, kk or en.").arg(language));
        return std::nullopt;
    }
    return language;
}

// --help and --version need no display: they run before (and instead of) the GUI application.
bool wantsTextOnly(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "-?" || arg == "--help-all" || arg == "--version" || arg == "-v") {
            return true;
        }
    }
    return false;
}

int runTextOnly(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    setUpApplication(app);
    const std::optional<QString> language = chooseLanguage();
    if (!language) {
        return 2;
    }
    apipay::LanguageManager languages;
    languages.apply(*language);
    QCommandLineParser parser;
    Options o;
    describe(parser, o);
    parser.process(app); // prints --help and exits
    if (parser.isSet(o.version)) {
        printLine(stdout,
            u"apipay-desk "_s + QStringLiteral(APIPAY_VERSION) + u" ("_s + QStringLiteral(APIPAY_GIT_REVISION) + u')');
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    if (wantsTextOnly(argc, argv)) {
        return runTextOnly(argc, argv);
    }
    QApplication app(argc, argv);
    setUpApplication(app);
    QApplication::setApplicationDisplayName(u"ApiPay Desk"_s);
    QApplication::setDesktopFileName(QStringLiteral(APIPAY_APP_ID));
    QApplication::setWindowIcon(QIcon(u":/icons/apipay-desk.svg"_s));

    const std::optional<QString> language = chooseLanguage();
    if (!language) {
        return 2;
    }
    apipay::Session session(new apipay::QtKeychainSecretStore);
    session.setLanguage(*language);

    QCommandLineParser parser;
    Options o;
    describe(parser, o);
    parser.process(app); // unknown options exit here

    const bool smoke = parser.isSet(o.smokeTest);
    QUrl baseUrl;
    if (parser.isSet(o.baseUrl)) {
        baseUrl = QUrl(parser.value(o.baseUrl), QUrl::StrictMode);
        QString error;
        if (!apipay::ApiClient::isAcceptableBaseUrl(baseUrl, &error)) {
            printLine(stderr, QCoreApplication::translate("main", "--base-url: %1").arg(error));
            return 2;
        }
    }

    auto demoApi = apipay::Session::DemoApi::V21;
    if (parser.isSet(o.demoApi)) {
        const QString version = parser.value(o.demoApi).trimmed();
        if (version == u"2.0") {
            demoApi = apipay::Session::DemoApi::V20;
        } else if (version != u"2.1") {
            printLine(
                stderr, QCoreApplication::translate("main", "--demo-api: expected 2.1 or 2.0, got “%1”.").arg(version));
            return 2;
        }
    }

    apipay::MainWindow window(&session);
    window.show();

    if (parser.isSet(o.demo) || (smoke && baseUrl.isEmpty())) {
        QString error;
        session.setDemoApi(demoApi);
        if (!session.startDemo(&error)) {
            printLine(stderr, error);
            return 1;
        }
    } else if (!baseUrl.isEmpty() && !qEnvironmentVariableIsEmpty("APIPAY_API_KEY")) {
        const bool loopback = baseUrl.host() == u"127.0.0.1" || baseUrl.host() == u"localhost";
        QString error;
        if (!session.useServer(baseUrl, qEnvironmentVariable("APIPAY_API_KEY"),
                loopback ? apipay::Session::Mode::Sandbox : apipay::Session::Mode::Live, baseUrl.host(), &error)) {
            printLine(stderr, error);
            return 2;
        }
    } else {
        session.setBaseUrlOverride(baseUrl);
        // Deferred so the window is on screen before a first-run dialog or a keychain prompt appears.
        QTimer::singleShot(0, &session, [&session] { session.startSession(); });
    }

    if (smoke) {
        auto* test = new apipay::SmokeTest(&window, 20'000, &app);
        QObject::connect(test, &apipay::SmokeTest::finished, &app, [](int code, const QString& message) {
            printLine(code == 0 ? stdout : stderr, message);
            QCoreApplication::exit(code);
        });
        test->start();
    }
    return QApplication::exec();
}
