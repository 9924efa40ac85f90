#pragma once

#include <QList>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace apipay {

// One shop (account): its API key lives in the SecretStore under SecretStore::apiKeyName(id), never here.
struct Account
{
    QString id; // stable profile id used in the key name ("shop-1a2b3c4d")
    QString name; // shown to people ("Coffee on Abay")
    QUrl baseUrl; // a preset (v2.0, v2.1) or a custom server
    bool sandboxKey = false; // the key belongs to ApiPay's sandbox organisation (test payments)
    int requestsPerMinute = 60;

    bool operator==(const Account& other) const
    {
        return id == other.id && name == other.name && baseUrl == other.baseUrl && sandboxKey == other.sandboxKey
            && requestsPerMinute == other.requestsPerMinute;
    }
    bool operator!=(const Account& other) const { return !(*this == other); }
};

// Typed access to the QSettings of the app (accounts, language, zone, polling, first run, saved key names).
// Values are read on each call; nothing secret is stored here.
class AppSettings
{
public:
    static QList<Account> accounts();
    static void setAccounts(const QList<Account>& accounts);
    static QString currentAccountId();
    static void setCurrentAccountId(const QString& id);
    static std::optional<Account> account(const QString& id);
    static QString newAccountId();

    // Key NAMES saved in the keychain (so "remove account" can delete them all). Never values.
    static QStringList savedKeyNames();
    static void addSavedKeyName(const QString& name);
    static void removeSavedKeyName(const QString& name);

    // "" = follow the system, else "ru", "kk", "en".
    static QString language();
    static void setLanguage(const QString& language);
    // true = show times in the system zone; false = Asia/Almaty (default).
    static bool useSystemTimeZone();
    static void setUseSystemTimeZone(bool useSystem);

    static int waitingPollMs(); // default 3000
    static int onScreenPollMs(); // default 30000
    static void setPollIntervals(int waitingMs, int onScreenMs);

    // The user chose "Try the demo" on first run (and has not set up an account since).
    static bool demoChosen();
    static void setDemoChosen(bool demo);

    static QUrl defaultBaseUrl();

    // The folder a file dialog opens in, by what the file is: the folder the person last chose a file of that kind
    // in, while it still exists; else the standard folder for it (Documents for exports and reports, Pictures for
    // pictures, Downloads for files received) when that exists; else the home folder. Never a folder that is gone:
    // given one, Qt's dialog opens the program's own folder instead.
    enum class FileKind { Export, Report, Picture, Received };
    static QString fileFolder(FileKind kind);
    // Remembers the folder of a file the person chose (an empty path is ignored).
    static void rememberFileFolder(FileKind kind, const QString& chosenFile);
};

} // namespace apipay
