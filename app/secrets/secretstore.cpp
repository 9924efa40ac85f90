#include "secretstore.h"

#include <QCoreApplication>

namespace apipay {

QString SecretStore::apiKeyName(const QString& profile)
{
    return QStringLiteral(APIPAY_APP_ID) + u':' + profile + QStringLiteral(":apipay_api_key");
}

QString SecretStore::statusText(Status status)
{
    switch (status) {
    case Status::Ok:
        return {};
    case Status::NotFound:
        return QCoreApplication::translate("apipay::SecretStore", "No API key is saved for this shop yet.");
    case Status::Unavailable:
        return QCoreApplication::translate("apipay::SecretStore",
            "The system keychain is not available. The API key is kept in memory for this session only. "
            "Install and unlock a keyring (GNOME Keyring or KWallet) to remember it.");
    case Status::Denied:
        return QCoreApplication::translate("apipay::SecretStore",
            "Access to the system keychain was denied. Unlock the keychain and allow ApiPay Desk to use it.");
    case Status::Failed:
        return QCoreApplication::translate("apipay::SecretStore", "The system keychain reported an error.");
    }
    return {};
}

} // namespace apipay
