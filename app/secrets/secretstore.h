#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace apipay {

// Where API keys live: the OS keychain in the app, a map in tests (docs/design-notes.md, "Keychain").
// Asynchronous; every call finishes exactly once, on the caller's thread, if `context` is still alive.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Status { Ok, NotFound, Unavailable, Denied, Failed };
    Q_ENUM(Status)

    struct Result
    {
        Status status = Status::Ok;
        QString value; // read only
        QString errorText; // backend's explanation (never contains the secret)
    };
    using Callback = std::function<void(const Result&)>;

    using QObject::QObject;
    ~SecretStore() override = default;

    virtual void read(const QString& key, QObject* context, Callback done) = 0;
    virtual void write(const QString& key, const QString& value, QObject* context, Callback done) = 0;
    virtual void remove(const QString& key, QObject* context, Callback done) = 0;

    // <app-id>:<profile>:apipay_api_key — unique on its own (Windows ignores the service name).
    static QString apiKeyName(const QString& profile);
    // Translated explanation for a status, for banners.
    static QString statusText(Status status);
};

} // namespace apipay
