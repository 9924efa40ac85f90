#pragma once

#include "secrets/secretstore.h"

namespace apipay {

// SecretStore over QtKeychain (service = app id). Placeholder until the settings work lands.
class QtKeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    void read(const QString& key, QObject* context, Callback done) override;
    void write(const QString& key, const QString& value, QObject* context, Callback done) override;
    void remove(const QString& key, QObject* context, Callback done) override;
};

} // namespace apipay
