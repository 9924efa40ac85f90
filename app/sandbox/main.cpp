// apipay-sandbox: the offline ApiPay sandbox as a stand-alone server for demos and manual testing.
#include "sandbox/sandboxprofile.h"
#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using apipay::sandbox::SandboxProfile;
using apipay::sandbox::SandboxServer;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("apipay-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral("1.0"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Offline ApiPay sandbox on 127.0.0.1 (demo shop in Almaty). Control routes: /sandbox/state, /sandbox/reset, "
        "/sandbox/profile, /sandbox/clock/advance, /sandbox/config, /sandbox/faults, "
        "/sandbox/invoices/<id>/simulate, /sandbox/seed, /sandbox/webhook; each needs the X-Sandbox-Token header "
        "printed at start."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("TCP port on 127.0.0.1 (0 = any free)."),
        QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption profileOption(QStringLiteral("profile"), QStringLiteral("API profile: v2.0 or v2.1."),
        QStringLiteral("profile"), QStringLiteral("v2.0"));
    const QCommandLineOption keyOption(QStringLiteral("key"),
        QStringLiteral("Accepted API key (repeatable; default demo-key)."), QStringLiteral("key"));
    const QCommandLineOption seedOption(QStringLiteral("seed-invoices"),
        QStringLiteral("Add N extra invoices over the last 60 days (≤ 200000)."), QStringLiteral("N"),
        QStringLiteral("0"));
    const QCommandLineOption delayOption(QStringLiteral("delay-ms"),
        QStringLiteral("Processing delay in milliseconds (default 1000)."), QStringLiteral("ms"),
        QStringLiteral("1000"));
    const QCommandLineOption rateOption(QStringLiteral("rate-limit"),
        QStringLiteral("Requests per key per minute (default 60)."), QStringLiteral("n"), QStringLiteral("60"));
    const QCommandLineOption emptyOption(QStringLiteral("empty"), QStringLiteral("Start without demo data."));
    parser.addOptions({ portOption, profileOption, keyOption, seedOption, delayOption, rateOption, emptyOption });
    parser.process(app);

    QTextStream err(stderr);
    QTextStream out(stdout);
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        err << "Invalid --port: " << parser.value(portOption) << Qt::endl;
        return 2;
    }
    const auto profile = SandboxProfile::parse(parser.value(profileOption));
    if (!profile) {
        err << "Invalid --profile (use v2.0 or v2.1): " << parser.value(profileOption) << Qt::endl;
        return 2;
    }
    const int seed = parser.value(seedOption).toInt(&ok);
    if (!ok || seed < 0 || seed > 200'000) {
        err << "Invalid --seed-invoices (0–200000): " << parser.value(seedOption) << Qt::endl;
        return 2;
    }
    const int delay = parser.value(delayOption).toInt(&ok);
    if (!ok || delay < 0) {
        err << "Invalid --delay-ms: " << parser.value(delayOption) << Qt::endl;
        return 2;
    }
    const int rate = parser.value(rateOption).toInt(&ok);
    if (!ok || rate < 1) {
        err << "Invalid --rate-limit: " << parser.value(rateOption) << Qt::endl;
        return 2;
    }

    SandboxServer::Options options;
    options.profile = *profile;
    if (parser.isSet(keyOption)) {
        options.apiKeys = parser.values(keyOption);
    }
    options.processingDelayMs = delay;
    options.rateLimit = rate;
    options.demoData = !parser.isSet(emptyOption);
    SandboxServer server(options);
    if (seed > 0) {
        QElapsedTimer timer;
        timer.start();
        server.seedInvoices(seed);
        err << "Seeded " << seed << " invoices in " << timer.elapsed() << " ms" << Qt::endl;
    }
    if (!server.start(quint16(port))) {
        err << "Cannot listen on 127.0.0.1:" << port << Qt::endl;
        return 1;
    }
    out << server.baseUrl().toString() << Qt::endl;
    // The control routes (/sandbox/…) obey only requests that carry this run's token.
    out << SandboxServer::kControlTokenHeader << ": " << server.controlToken() << Qt::endl;
    err << "Profile " << SandboxProfile::name(server.profile()) << ", keys: " << options.apiKeys.join(u", ")
        << ", invoices: " << server.invoiceCount() << ". Ctrl+C to stop." << Qt::endl;
    return QCoreApplication::exec();
}
