#include "api/apierror.h"

#include <QCoreApplication>

namespace apipay {

namespace {

// The server's own words, when it gave any, as a second sentence.
QString withServerText(const QString& sentence, const QString& serverText)
{
    if (serverText.trimmed().isEmpty()) {
        return sentence;
    }
    return QCoreApplication::translate("apipay::ApiError", "%1\nApiPay says: %2").arg(sentence, serverText.trimmed());
}

} // namespace

ApiError ApiError::unexpected(const QString& field)
{
    ApiError error;
    error.kind = Kind::UnexpectedResponse;
    error.field = field.isEmpty() ? QStringLiteral("<body>") : field;
    return error;
}

QString ApiError::kindTitle(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QCoreApplication::translate("apipay::ApiError", "No error");
    case Kind::Offline:
        return QCoreApplication::translate("apipay::ApiError", "No connection");
    case Kind::Timeout:
        return QCoreApplication::translate("apipay::ApiError", "No answer in time");
    case Kind::Tls:
        return QCoreApplication::translate("apipay::ApiError", "Insecure connection");
    case Kind::Unauthorized:
        return QCoreApplication::translate("apipay::ApiError", "Wrong API key");
    case Kind::Forbidden:
        return QCoreApplication::translate("apipay::ApiError", "Not allowed");
    case Kind::NotFound:
        return QCoreApplication::translate("apipay::ApiError", "Not found");
    case Kind::Conflict:
        return QCoreApplication::translate("apipay::ApiError", "Already exists");
    case Kind::Validation:
        return QCoreApplication::translate("apipay::ApiError", "Please check the fields");
    case Kind::RateLimited:
        return QCoreApplication::translate("apipay::ApiError", "Too many requests");
    case Kind::Server:
        return QCoreApplication::translate("apipay::ApiError", "ApiPay reported a problem");
    case Kind::UnexpectedResponse:
        return QCoreApplication::translate("apipay::ApiError", "Unreadable answer");
    case Kind::OutcomeUnknown:
        return QCoreApplication::translate("apipay::ApiError", "Result unknown");
    case Kind::Cancelled:
        return QCoreApplication::translate("apipay::ApiError", "Cancelled");
    case Kind::InvalidRequest:
        return QCoreApplication::translate("apipay::ApiError", "Cannot send the request");
    }
    return QCoreApplication::translate("apipay::ApiError", "Error");
}

QString ApiError::userText() const
{
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::Offline:
        return QCoreApplication::translate(
            "apipay::ApiError", "ApiPay cannot be reached. Check the internet connection and try again.");
    case Kind::Timeout:
        return QCoreApplication::translate("apipay::ApiError",
            "ApiPay did not answer in time. Check the internet connection and try again in a moment.");
    case Kind::Tls:
        return QCoreApplication::translate("apipay::ApiError",
            "The secure connection to ApiPay could not be verified, so nothing was sent. Check the computer's "
            "date and time and the server address in Settings, and avoid untrusted networks.");
    case Kind::Unauthorized:
        return withServerText(QCoreApplication::translate("apipay::ApiError",
                                  "ApiPay did not accept the API key. Open Settings and enter a valid key from the "
                                  "ApiPay dashboard."),
            message);
    case Kind::Forbidden:
        return withServerText(QCoreApplication::translate("apipay::ApiError",
                                  "ApiPay does not allow this for your organization. Check in the ApiPay dashboard "
                                  "that the organization is verified and the tariff is active."),
            message);
    case Kind::NotFound:
        return withServerText(QCoreApplication::translate("apipay::ApiError",
                                  "ApiPay could not find it; it may have been deleted. Refresh the list."),
            message);
    case Kind::Conflict:
        if (relatedInvoiceId > 0) {
            return withServerText(QCoreApplication::translate("apipay::ApiError",
                                      "This invoice was already created (invoice #%1). Open that invoice instead of "
                                      "creating a new one.")
                                      .arg(relatedInvoiceId),
                message);
        }
        return withServerText(QCoreApplication::translate("apipay::ApiError",
                                  "ApiPay refused because of a conflicting state. Refresh and try again."),
            message);
    case Kind::Validation: {
        QStringList lines;
        for (auto it = fieldErrors.cbegin(); it != fieldErrors.cend(); ++it) {
            lines.append(QStringLiteral("%1: %2").arg(it.key(), it.value().join(QStringLiteral(" "))));
        }
        const QString details = lines.isEmpty() ? message : lines.join(u'\n');
        return withServerText(QCoreApplication::translate("apipay::ApiError",
                                  "ApiPay did not accept some of the entered values. Correct them and try again."),
            details);
    }
    case Kind::RateLimited:
        return withServerText(
            QCoreApplication::translate("apipay::ApiError",
                "ApiPay asks to slow down. Wait %n second(s) before trying again.", nullptr, retryAfterSeconds),
            message);
    case Kind::Server:
        return withServerText(QCoreApplication::translate("apipay::ApiError",
                                  "ApiPay could not do this right now. Try again later; if it keeps happening, "
                                  "contact ApiPay support."),
            message);
    case Kind::UnexpectedResponse:
        return QCoreApplication::translate("apipay::ApiError",
            "ApiPay sent an answer this app cannot read (field “%1”). Try again; if it keeps happening, update "
            "the app or contact support.")
            .arg(field);
    case Kind::OutcomeUnknown:
        return QCoreApplication::translate("apipay::ApiError",
            "The connection broke before ApiPay confirmed the request, so it may or may not have been done. "
            "Check the current state before trying again.");
    case Kind::Cancelled:
        return QCoreApplication::translate("apipay::ApiError", "The request was cancelled.");
    case Kind::InvalidRequest:
        if (!message.isEmpty()) {
            return message;
        }
        return QCoreApplication::translate(
            "apipay::ApiError", "The request could not be sent. Check the connection settings and the entered values.");
    }
    return message;
}

} // namespace apipay
