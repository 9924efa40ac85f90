#include "api/apierror.h"

#include <QCoreApplication>

#include <algorithm>

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

struct ReasonText
{
    const char* reason;
    const char* text;
};

// Documented stable reasons (error_code) with a sentence that says what to do; the server's text follows it.
constexpr ReasonText kReasonTexts[] = {
    { "amount_must_be_whole_tenge",
        QT_TRANSLATE_NOOP(
            "apipay::ApiError", "ApiPay accepts only whole tenge here. Round the amount and try again.") },
    { "kaspi_session_not_configured",
        QT_TRANSLATE_NOOP("apipay::ApiError",
            "Kaspi is not connected to your ApiPay account yet. Connect it in the "
            "ApiPay dashboard or contact ApiPay support.") },
    { "kaspi_session_expired",
        QT_TRANSLATE_NOOP("apipay::ApiError",
            "The connection between ApiPay and Kaspi has expired. Reconnect Kaspi in "
            "the ApiPay dashboard, then try again.") },
    { "kaspi_session_invalid",
        QT_TRANSLATE_NOOP("apipay::ApiError",
            "The connection between ApiPay and Kaspi is not valid. Reconnect Kaspi in "
            "the ApiPay dashboard, then try again.") },
    { "tariff_inactive",
        QT_TRANSLATE_NOOP("apipay::ApiError", "Your ApiPay tariff is not active. Renew it in the ApiPay dashboard.") },
    { "tariff_limit_reached",
        QT_TRANSLATE_NOOP("apipay::ApiError",
            "The invoice limit of your ApiPay tariff is reached. Upgrade the tariff "
            "or wait until the limit resets.") },
    { "trial_daily_limit",
        QT_TRANSLATE_NOOP("apipay::ApiError",
            "The daily limit of the trial is reached. Try again tomorrow or choose a "
            "tariff in the ApiPay dashboard.") },
    { "kyc_daily_limit_reached",
        QT_TRANSLATE_NOOP("apipay::ApiError",
            "The daily limit for unverified organizations is reached. Complete the "
            "verification in the ApiPay dashboard or try again tomorrow.") },
    { "outstanding_recipient_limit",
        QT_TRANSLATE_NOOP("apipay::ApiError",
            "This customer already has too many unpaid invoices. Wait until they pay "
            "or cancel the old ones.") },
    { "outstanding_org_limit",
        QT_TRANSLATE_NOOP("apipay::ApiError",
            "Too many invoices are still unpaid. Cancel old unpaid invoices or wait "
            "until they are paid.") },
    { "recipient_fanout_exceeded",
        QT_TRANSLATE_NOOP(
            "apipay::ApiError", "Too many invoices went to this phone number recently. Try again later.") },
    { "invoices_disabled",
        QT_TRANSLATE_NOOP("apipay::ApiError",
            "Invoices are switched off for your ApiPay account. Check the account in "
            "the ApiPay dashboard.") },
    { "refund_requires_buyer_confirmation",
        QT_TRANSLATE_NOOP("apipay::ApiError",
            "The customer has to confirm this refund in the Kaspi app; until they do, no money goes back.") },
    { "qr_rate_limit",
        QT_TRANSLATE_NOOP("apipay::ApiError", "Too many QR invoices this minute. Wait a little, then try again.") },
    { "kaspi_error",
        QT_TRANSLATE_NOOP("apipay::ApiError", "Kaspi did not accept the request. Try again in a minute.") },
    { "qr_render_failed",
        QT_TRANSLATE_NOOP("apipay::ApiError", "ApiPay could not make the QR code. Try again in a minute.") },
    { "connection_ambiguous",
        QT_TRANSLATE_NOOP("apipay::ApiError",
            "Your ApiPay account has several Kaspi cashiers and none is the main one. Choose the main cashier in "
            "the ApiPay dashboard.") },
    { "refund_window_expired",
        QT_TRANSLATE_NOOP("apipay::ApiError",
            "The refund period for this payment has ended, so Kaspi no longer accepts "
            "a refund.") },
    { "catalog_busy",
        QT_TRANSLATE_NOOP("apipay::ApiError", "The catalog is being updated right now. Try again in a minute.") },
    { "file_too_large",
        QT_TRANSLATE_NOOP("apipay::ApiError", "The picture is too large. Choose a smaller picture (up to 6 MB).") },
    { "invalid_file_type", QT_TRANSLATE_NOOP("apipay::ApiError", "Only JPEG and PNG pictures are accepted.") },
    { "image_rejected",
        QT_TRANSLATE_NOOP("apipay::ApiError",
            "The picture was not accepted. Use a JPEG or PNG between 64 and 6000 "
            "pixels per side.") },
};

// The cap in whole megabytes (rounded up), at least 1.
QString megabytesText(qint64 bytes)
{
    constexpr qint64 kMiB = 1024 * 1024;
    return QString::number(std::max<qint64>(1, (bytes + kMiB - 1) / kMiB));
}

QString reasonSentence(const QString& reason)
{
    for (const ReasonText& entry : kReasonTexts) {
        if (reason == QLatin1String(entry.reason)) {
            return QCoreApplication::translate("apipay::ApiError", entry.text);
        }
    }
    return QString();
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
    case Kind::ResponseTooLarge:
        return QCoreApplication::translate("apipay::ApiError", "Answer too large");
    }
    return QCoreApplication::translate("apipay::ApiError", "Error");
}

QString ApiError::userText() const
{
    const QString known = kind == Kind::Cancelled || kind == Kind::InvalidRequest ? QString() : reasonSentence(reason);
    if (!known.isEmpty()) {
        if (kind == Kind::RateLimited && retryAfterSeconds > 0) {
            return withServerText(known + u' '
                    + QCoreApplication::translate(
                        "apipay::ApiError", "Wait %n second(s) before trying again.", nullptr, retryAfterSeconds),
                message);
        }
        return withServerText(known, message);
    }
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
        // The decoders' "<body>", "<root>" and "<http …>" describe the whole answer, not a field; shown in a label
        // they also read as markup ("<body>" vanished and left a line break), so the message leaves them out.
        if (field.isEmpty() || field.startsWith(u'<')) {
            return QCoreApplication::translate("apipay::ApiError",
                "ApiPay sent an answer this app cannot read. Try again; if it keeps happening, update the app or "
                "contact support.");
        }
        return QCoreApplication::translate("apipay::ApiError",
            "ApiPay sent an answer this app cannot read (field “%1”). Try again; if it keeps happening, update "
            "the app or contact support.")
            .arg(field);
    case Kind::OutcomeUnknown:
        if (sizeLimit > 0) {
            return QCoreApplication::translate("apipay::ApiError",
                "The server's answer was too large (over %1 MB) and was not read, so the request may or may not "
                "have been done. Check the current state before trying again.")
                .arg(megabytesText(sizeLimit));
        }
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
    case Kind::ResponseTooLarge:
        return QCoreApplication::translate("apipay::ApiError",
            "The server's answer was too large (over %1 MB) and was not read. Try again later; if it keeps "
            "happening, contact ApiPay support.")
            .arg(megabytesText(sizeLimit));
    }
    return message;
}

} // namespace apipay
