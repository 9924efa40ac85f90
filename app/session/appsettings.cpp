#include "session/appsettings.h"

#include "api/apiclient.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace apipay {

QList<Account> AppSettings::accounts()
{
    QSettings settings;
    QList<Account> result;
    const int count = settings.beginReadArray(u"accounts"_s);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        Account account;
        account.id = settings.value(u"id"_s).toString();
        account.name = settings.value(u"name"_s).toString();
        account.baseUrl = QUrl(settings.value(u"baseUrl"_s).toString());
        account.sandboxKey = settings.value(u"sandboxKey"_s, false).toBool();
        account.requestsPerMinute = qBound(1, settings.value(u"requestsPerMinute"_s, 60).toInt(), 10'000);
        if (account.id.isEmpty()) {
            continue; // a damaged entry: ignored rather than guessed
        }
        if (!account.baseUrl.isValid() || account.baseUrl.isEmpty()) {
            account.baseUrl = defaultBaseUrl();
        }
        result.append(account);
    }
    settings.endArray();
    return result;
}

void AppSettings::setAccounts(const QList<Account>& accounts)
{
    QSettings settings;
    settings.remove(u"accounts"_s);
    settings.beginWriteArray(u"accounts"_s, int(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        settings.setArrayIndex(i);
        const Account& account = accounts.at(i);
        settings.setValue(u"id"_s, account.id);
        settings.setValue(u"name"_s, account.name);
        settings.setValue(u"baseUrl"_s, account.baseUrl.toString());
        settings.setValue(u"sandboxKey"_s, account.sandboxKey);
        settings.setValue(u"requestsPerMinute"_s, account.requestsPerMinute);
    }
    settings.endArray();
}

QString AppSettings::currentAccountId()
{
    return QSettings().value(u"accounts/current"_s).toString();
}

void AppSettings::setCurrentAccountId(const QString& id)
{
    QSettings().setValue(u"accounts/current"_s, id);
}

std::optional<Account> AppSettings::account(const QString& id)
{
    const QList<Account> all = accounts();
    for (const Account& account : all) {
        if (account.id == id) {
            return account;
        }
    }
    return std::nullopt;
}

QString AppSettings::newAccountId()
{
    const QList<Account> all = accounts();
    for (;;) {
        const QString id
            = u"shop-"_s + QString::number(QRandomGenerator::global()->generate(), 16).rightJustified(8, u'0');
        bool taken = false;
        for (const Account& account : all) {
            taken = taken || account.id == id;
        }
        if (!taken) {
            return id;
        }
    }
}

QStringList AppSettings::savedKeyNames()
{
    return QSettings().value(u"secrets/savedKeyNames"_s).toStringList();
}

void AppSettings::addSavedKeyName(const QString& name)
{
    QStringList names = savedKeyNames();
    if (!names.contains(name)) {
        names.append(name);
        QSettings().setValue(u"secrets/savedKeyNames"_s, names);
    }
}

void AppSettings::removeSavedKeyName(const QString& name)
{
    QStringList names = savedKeyNames();
    if (names.removeAll(name) > 0) {
        QSettings().setValue(u"secrets/savedKeyNames"_s, names);
    }
}

QString AppSettings::language()
{
    const QString language = QSettings().value(u"ui/language"_s).toString();
    static const QStringList known { u"ru"_s, u"kk"_s, u"en"_s };
    return known.contains(language) ? language : QString();
}

void AppSettings::setLanguage(const QString& language)
{
    QSettings().setValue(u"ui/language"_s, language);
}

bool AppSettings::useSystemTimeZone()
{
    return QSettings().value(u"ui/systemTimeZone"_s, false).toBool();
}

void AppSettings::setUseSystemTimeZone(bool useSystem)
{
    QSettings().setValue(u"ui/systemTimeZone"_s, useSystem);
}

int AppSettings::waitingPollMs()
{
    return qBound(1000, QSettings().value(u"polling/waitingMs"_s, 3000).toInt(), 60'000);
}

int AppSettings::onScreenPollMs()
{
    return qBound(5000, QSettings().value(u"polling/onScreenMs"_s, 30'000).toInt(), 600'000);
}

void AppSettings::setPollIntervals(int waitingMs, int onScreenMs)
{
    QSettings settings;
    settings.setValue(u"polling/waitingMs"_s, waitingMs);
    settings.setValue(u"polling/onScreenMs"_s, onScreenMs);
}

bool AppSettings::demoChosen()
{
    return QSettings().value(u"session/demo"_s, false).toBool();
}

void AppSettings::setDemoChosen(bool demo)
{
    QSettings().setValue(u"session/demo"_s, demo);
}

QUrl AppSettings::defaultBaseUrl()
{
    return QUrl(QString::fromLatin1(ApiClient::kV20BaseUrl));
}

namespace {

QString fileFolderKey(AppSettings::FileKind kind)
{
    switch (kind) {
    case AppSettings::FileKind::Export:
        return QStringLiteral("fileFolders/export");
    case AppSettings::FileKind::Report:
        return QStringLiteral("fileFolders/report");
    case AppSettings::FileKind::Picture:
        return QStringLiteral("fileFolders/picture");
    case AppSettings::FileKind::Received:
        return QStringLiteral("fileFolders/received");
    }
    return QStringLiteral("fileFolders/other");
}

QStandardPaths::StandardLocation standardFolder(AppSettings::FileKind kind)
{
    switch (kind) {
    case AppSettings::FileKind::Picture:
        return QStandardPaths::PicturesLocation;
    case AppSettings::FileKind::Received:
        return QStandardPaths::DownloadLocation;
    case AppSettings::FileKind::Export:
    case AppSettings::FileKind::Report:
        break;
    }
    return QStandardPaths::DocumentsLocation;
}

bool isFolder(const QString& path)
{
    return !path.isEmpty() && QFileInfo(path).isDir();
}

} // namespace

QString AppSettings::fileFolder(FileKind kind)
{
    const QString remembered = QSettings().value(fileFolderKey(kind)).toString();
    if (isFolder(remembered)) {
        return remembered;
    }
    const QString standard = QStandardPaths::writableLocation(standardFolder(kind));
    if (isFolder(standard)) {
        return standard;
    }
    return QDir::homePath();
}

void AppSettings::rememberFileFolder(FileKind kind, const QString& chosenFile)
{
    if (chosenFile.isEmpty()) {
        return;
    }
    QSettings().setValue(fileFolderKey(kind), QFileInfo(chosenFile).absolutePath());
}

} // namespace apipay
