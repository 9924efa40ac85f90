// Session, second part: the API keys in the keychain (store, forget, what is known in this run, keychain status).
// The session start and the rest are in session.cpp.
#include "session/session.h"
#include "session/sessionprivate.h"

#include "session/appsettings.h"

#include <QTimer>

namespace apipay {

void Session::storeApiKey(
    const QString& accountId, const QString& apiKey, std::function<void(SecretStore::Status)> done)
{
    const QString name = SecretStore::apiKeyName(accountId);
    if (d->knownKeys.contains(accountId) && d->knownKeys.value(accountId) == apiKey
        && d->keychainStatus == SecretStore::Status::Ok && AppSettings::savedKeyNames().contains(name)) {
        // Unchanged: do not rewrite the keychain entry.
        QTimer::singleShot(0, this, [done] {
            if (done) {
                done(SecretStore::Status::Ok);
            }
        });
        return;
    }
    d->knownKeys.insert(accountId, apiKey);
    d->secrets->write(name, apiKey, this, [this, name, done](const SecretStore::Result& r) {
        d->keychainStatus = r.status;
        if (r.status == SecretStore::Status::Ok) {
            AppSettings::addSavedKeyName(name);
        } else {
            // Kept in memory (knownKeys) for this run only; never written anywhere else.
            Q_EMIT keychainProblem(r.status, SecretStore::statusText(r.status));
        }
        if (done) {
            done(r.status);
        }
    });
}

void Session::forgetApiKey(const QString& accountId, std::function<void(SecretStore::Status)> done)
{
    const QString name = SecretStore::apiKeyName(accountId);
    d->knownKeys.remove(accountId);
    d->secrets->remove(name, this, [name, done](const SecretStore::Result& r) {
        if (r.status == SecretStore::Status::Ok || r.status == SecretStore::Status::NotFound) {
            AppSettings::removeSavedKeyName(name);
        }
        if (done) {
            done(r.status);
        }
    });
}

QString Session::knownApiKey(const QString& accountId) const
{
    return d->knownKeys.value(accountId);
}

SecretStore::Status Session::keychainStatus() const
{
    return d->keychainStatus;
}

void Session::setKeychainRetryDelayMs(int ms)
{
    d->keychainRetryDelayMs = ms;
}

int Session::keychainRetryDelayMs() const
{
    return d->keychainRetryDelayMs;
}

} // namespace apipay
