#include "domain/invoice.h"

#include <QCoreApplication>

namespace apipay {

namespace {

struct ErrorReason
{
    const char* code;
    const char* sentence;
};

// The reasons an invoice ends in `error` (docs/api-contract.md, "Invoice errors").
constexpr ErrorReason kErrorReasons[] = {
    { "client_not_found", QT_TRANSLATE_NOOP("apipay::Invoice", "This phone number has no Kaspi account.") },
    { "kaspi_error", QT_TRANSLATE_NOOP("apipay::Invoice", "Kaspi answered with an error.") },
    { "kaspi_session_invalid",
        QT_TRANSLATE_NOOP("apipay::Invoice",
            "The connection between ApiPay and Kaspi is not valid; reconnect Kaspi in the ApiPay dashboard.") },
    { "kaspi_session_expired",
        QT_TRANSLATE_NOOP("apipay::Invoice",
            "The connection between ApiPay and Kaspi has expired; reconnect Kaspi in the ApiPay dashboard.") },
    { "qr_render_failed", QT_TRANSLATE_NOOP("apipay::Invoice", "ApiPay could not make the QR code.") },
};

} // namespace

QString Invoice::errorSentence(const QString& errorCode)
{
    for (const ErrorReason& reason : kErrorReasons) {
        if (errorCode == QLatin1String(reason.code)) {
            return QCoreApplication::translate("apipay::Invoice", reason.sentence);
        }
    }
    return QString();
}

QString Invoice::shortErrorText(const QString& errorCode, const QString& errorMessage)
{
    const QString sentence = errorSentence(errorCode);
    return sentence.isEmpty() ? errorMessage.trimmed() : sentence;
}

QString Invoice::errorText(const QString& errorCode, const QString& errorMessage)
{
    const QString sentence = errorSentence(errorCode);
    const QString server = errorMessage.trimmed();
    if (sentence.isEmpty() || server.isEmpty()) {
        return sentence.isEmpty() ? server : sentence;
    }
    return sentence + u'\n' + server;
}

} // namespace apipay
