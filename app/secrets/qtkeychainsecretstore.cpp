#include "qtkeychainsecretstore.h"

namespace apipay {

void QtKeychainSecretStore::read(const QString&, QObject*, Callback done)
{
    done({Status::Unavailable, {}, {}});
}

void QtKeychainSecretStore::write(const QString&, const QString&, QObject*, Callback done)
{
    done({Status::Unavailable, {}, {}});
}

void QtKeychainSecretStore::remove(const QString&, QObject*, Callback done)
{
    done({Status::Unavailable, {}, {}});
}

} // namespace apipay
