#include "refund.h"

#include <QCoreApplication>

namespace apipay {

QString Refund::statusLabel(const QString& raw)
{
    if (raw == u"pending") {
        return QCoreApplication::translate("apipay::Refund", "Queued");
    }
    if (raw == u"processing") {
        return QCoreApplication::translate("apipay::Refund", "Processing");
    }
    if (raw == u"completed") {
        return QCoreApplication::translate("apipay::Refund", "Completed");
    }
    if (raw == u"failed") {
        return QCoreApplication::translate("apipay::Refund", "Failed");
    }
    return raw; // T5: unknown statuses are shown as the server wrote them
}

QString Refund::initiatedByLabel(const QString& raw)
{
    if (raw == u"api") {
        return QCoreApplication::translate("apipay::Refund", "A program (API)");
    }
    if (raw == u"dashboard") {
        return QCoreApplication::translate("apipay::Refund", "ApiPay dashboard");
    }
    if (raw == u"system") {
        return QCoreApplication::translate("apipay::Refund", "ApiPay automatically");
    }
    return raw;
}

QString Refund::errorText(const QString& errorCode, const QString& errorMessage)
{
    QString sentence;
    if (errorCode == u"refund_requires_buyer_confirmation") {
        sentence = QCoreApplication::translate("apipay::Refund",
            "The customer has to confirm this refund in the Kaspi app; until they do, no money goes back.");
    }
    if (sentence.isEmpty()) {
        return errorMessage;
    }
    return errorMessage.trimmed().isEmpty() ? sentence : sentence + u'\n' + errorMessage.trimmed();
}

} // namespace apipay
