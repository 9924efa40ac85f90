#pragma once

#include "secrets/secretstore.h"

#include <QByteArray>
#include <QHash>

namespace QKeychain {
class Job;
}

namespace apipay {

// SecretStore over QtKeychain (docs/design-notes.md, "Keychain"): service = app id; one heap-allocated job per call,
// `finished` connected before start(), autoDelete on. A watchdog finishes a call that gets no answer within
// watchdogMs() with Unavailable. Values are never logged, only key names. A write of the value this store already holds
// for the key (read or written in this run) finishes at once without rewriting the keychain.
class QtKeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit QtKeychainSecretStore(QObject* parent = nullptr);

    void read(const QString& key, QObject* context, Callback done) override;
    void write(const QString& key, const QString& value, QObject* context, Callback done) override;
    void remove(const QString& key, QObject* context, Callback done) override;

    void setWatchdogMs(int ms) { m_watchdogMs = ms; }
    int watchdogMs() const { return m_watchdogMs; }

    // QtKeychain error code → our status (OtherError means a D-Bus failure on Linux, hence Unavailable there).
    static Status statusFor(int keychainError);

private:
    void run(QKeychain::Job* job,
        const QString& operation,
        const QString& key,
        QObject* context,
        Callback done,
        std::function<void(const Result&)> onOk);
    static QByteArray fingerprint(const QString& value);

    QString m_service;
    int m_watchdogMs = 10'000;
    QHash<QString, QByteArray> m_known; // key → SHA-256 of the value known to be stored
};

} // namespace apipay
