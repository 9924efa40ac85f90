#pragma once

#include "secrets/secretstore.h"

#include <QHash>
#include <QList>

namespace apipay {

// Test double for SecretStore (docs/design-notes.md, "Keychain"): a map, with injectable results and delays.
// Every call finishes asynchronously (never inside the call), on the caller's thread, if the context is alive.
class InMemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    enum class Operation { Read, Write, Remove };
    Q_ENUM(Operation)

    using SecretStore::SecretStore;

    void read(const QString& key, QObject* context, Callback done) override;
    void write(const QString& key, const QString& value, QObject* context, Callback done) override;
    void remove(const QString& key, QObject* context, Callback done) override;

    // Direct access for tests (no callbacks, no counters).
    void setValue(const QString& key, const QString& value) { m_values.insert(key, value); }
    QString value(const QString& key) const { return m_values.value(key); }
    bool contains(const QString& key) const { return m_values.contains(key); }
    QStringList keys() const { return m_values.keys(); }

    // The next `times` calls of `operation` finish with `status` (and `errorText`) without touching the map.
    void failNext(Operation operation, Status status, int times = 1, const QString& errorText = {});
    // Every call finishes after `ms` milliseconds (0 = at the next event-loop turn; negative = never finishes).
    void setDelay(int ms) { m_delayMs = ms; }

    int readCount() const { return m_counts[0]; }
    int writeCount() const { return m_counts[1]; }
    int removeCount() const { return m_counts[2]; }

Q_SIGNALS:
    // After each call has finished (for QSignalSpy).
    void finished(
        apipay::InMemorySecretStore::Operation operation, const QString& key, apipay::SecretStore::Status status);

private:
    struct Injected
    {
        Operation operation;
        Status status;
        QString errorText;
    };
    // Takes the next injected failure for `operation`, if any.
    bool takeInjected(Operation operation, Result* result);
    void finish(
        Operation operation, const QString& key, QObject* context, Callback done, std::function<Result()> perform);

    QHash<QString, QString> m_values;
    QList<Injected> m_injected;
    int m_delayMs = 0;
    int m_counts[3] = { 0, 0, 0 };
};

} // namespace apipay
