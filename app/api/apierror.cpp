#include "api/apierror.h"

#include <QCoreApplication>

#include <algorithm>

namespace apipay {

namespace {

// Sentences in order, each separated by one space; empty ones are left out.
QString joinSentences(std::initializer_list<QString> sentences)
{
    QString out;
    for (const QString& sentence : sentences) {
        if (sentence.isEmpty()) {
            continue;
        }
        if (!out.isEmpty()) {
            out.append(u' ');
        }
        out.append(sentence);
    }
    return out;
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

namespace {

// What any web server or framework says for a status by default ("Server Error", "Bad Gateway", "Too Many
// Attempts."): it repeats the app's own sentence for that status, in English, and adds nothing a person can use.
bool isGenericStatusPhrase(QString text)
{
    static const QStringList phrases = { QStringLiteral("server error"), QStringLiteral("internal server error"),
        QStringLiteral("bad gateway"), QStringLiteral("service unavailable"), QStringLiteral("gateway timeout"),
        QStringLiteral("gateway time-out"), QStringLiteral("too many requests"), QStringLiteral("too many attempts"),
        QStringLiteral("not found"), QStringLiteral("bad request"), QStringLiteral("method not allowed"),
        QStringLiteral("unauthorized"), QStringLiteral("unauthenticated"), QStringLiteral("forbidden"),
        QStringLiteral("conflict"), QStringLiteral("unprocessable entity"), QStringLiteral("unprocessable content") };
    while (!text.isEmpty() && (text.back() == u'.' || text.back() == u'!')) {
        text.chop(1);
    }
    return phrases.contains(text.trimmed().toLower());
}

} // namespace

QString ApiError::serverSentence(const QString& serverText)
{
    QString text = serverText.trimmed();
    if (text.isEmpty() || isGenericStatusPhrase(text)) {
        return QString();
    }
    // The server's words end their own sentence, so that what follows never reads as part of them ("Bad Gateway
    // Try again…").
    static const QString closing = QStringLiteral(".!?…");
    if (!closing.contains(text.back())) {
        text.append(u'.');
    }
    return QCoreApplication::translate("apipay::ApiError", "ApiPay says: %1").arg(text);
}

QString ApiError::problemText() const
{
    const QString known = kind == Kind::Cancelled || kind == Kind::InvalidRequest ? QString() : reasonSentence(reason);
    if (!known.isEmpty()) {
        // A documented reason: its sentence already says what to do.
        return joinSentences({ known, serverSentence(message) });
    }
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::Offline:
        return QCoreApplication::translate("apipay::ApiError", "ApiPay cannot be reached.");
    case Kind::Timeout:
        return QCoreApplication::translate("apipay::ApiError", "ApiPay did not answer in time.");
    case Kind::Tls:
        return QCoreApplication::translate(
            "apipay::ApiError", "The secure connection to ApiPay could not be verified, so nothing was sent.");
    case Kind::Unauthorized:
        return joinSentences({ QCoreApplication::translate("apipay::ApiError", "ApiPay did not accept the API key."),
            serverSentence(message) });
    case Kind::Forbidden:
        return joinSentences(
            { QCoreApplication::translate("apipay::ApiError", "ApiPay does not allow this for your organization."),
                serverSentence(message) });
    case Kind::NotFound:
        return joinSentences(
            { QCoreApplication::translate("apipay::ApiError", "ApiPay could not find it; it may have been deleted."),
                serverSentence(message) });
    case Kind::Conflict:
        if (relatedInvoiceId > 0) {
            return joinSentences(
                { QCoreApplication::translate("apipay::ApiError", "This invoice was already created (invoice #%1).")
                        .arg(relatedInvoiceId),
                    serverSentence(message) });
        }
        return joinSentences(
            { QCoreApplication::translate("apipay::ApiError", "ApiPay refused because of a conflicting state."),
                serverSentence(message) });
    case Kind::Validation: {
        QStringList lines;
        for (auto it = fieldErrors.cbegin(); it != fieldErrors.cend(); ++it) {
            lines.append(QStringLiteral("%1: %2").arg(it.key(), it.value().join(QStringLiteral(" "))));
        }
        const QString details = lines.isEmpty() ? message : lines.join(u'\n');
        return joinSentences(
            { QCoreApplication::translate("apipay::ApiError", "ApiPay did not accept some of the entered values."),
                serverSentence(details) });
    }
    case Kind::RateLimited:
        return joinSentences(
            { QCoreApplication::translate("apipay::ApiError", "ApiPay asks to slow down."), serverSentence(message) });
    case Kind::Server:
        if (httpStatus >= 500) {
            // A 5xx is the server's own fault: the connection works.
            return joinSentences(
                { QCoreApplication::translate("apipay::ApiError", "The ApiPay server has a problem right now."),
                    serverSentence(message) });
        }
        return joinSentences({ QCoreApplication::translate("apipay::ApiError", "ApiPay could not do this right now."),
            serverSentence(message) });
    case Kind::UnexpectedResponse:
        // The decoders' "<body>", "<root>" and "<http …>" describe the whole answer, not a field; shown in a label
        // they also read as markup ("<body>" vanished and left a line break), so the message leaves them out.
        if (field.isEmpty() || field.startsWith(u'<')) {
            return QCoreApplication::translate("apipay::ApiError", "ApiPay sent an answer this app cannot read.");
        }
        return QCoreApplication::translate(
            "apipay::ApiError", "ApiPay sent an answer this app cannot read (field “%1”).")
            .arg(field);
    case Kind::OutcomeUnknown:
        if (sizeLimit > 0) {
            return QCoreApplication::translate("apipay::ApiError",
                "The server's answer was too large (over %1 MB) and was not read, so the request may or may not "
                "have been done.")
                .arg(megabytesText(sizeLimit));
        }
        return QCoreApplication::translate("apipay::ApiError",
            "The connection broke before ApiPay confirmed the request, so it may or may not have been done.");
    case Kind::Cancelled:
        return QCoreApplication::translate("apipay::ApiError", "The request was cancelled.");
    case Kind::InvalidRequest:
        if (!message.isEmpty()) {
            return message;
        }
        return QCoreApplication::translate("apipay::ApiError", "The request could not be sent.");
    case Kind::ResponseTooLarge:
        return QCoreApplication::translate(
            "apipay::ApiError", "The server's answer was too large (over %1 MB) and was not read.")
            .arg(megabytesText(sizeLimit));
    }
    return message;
}

QString ApiError::adviceText() const
{
    const auto waitText = [this] {
        return retryAfterSeconds > 0
            ? QCoreApplication::translate(
                "apipay::ApiError", "Wait %n second(s) before trying again.", nullptr, retryAfterSeconds)
            : QCoreApplication::translate("apipay::ApiError", "Wait a little, then try again.");
    };
    const bool known = kind != Kind::Cancelled && kind != Kind::InvalidRequest && !reasonSentence(reason).isEmpty();
    if (known) {
        // The reason's own sentence says what to do; a 429 adds only how long to wait.
        return kind == Kind::RateLimited && retryAfterSeconds > 0 ? waitText() : QString();
    }
    switch (kind) {
    case Kind::None:
    case Kind::Cancelled:
        return QString();
    case Kind::Offline:
        return QCoreApplication::translate("apipay::ApiError", "Check the internet connection and try again.");
    case Kind::Timeout:
        return QCoreApplication::translate(
            "apipay::ApiError", "Check the internet connection and try again in a moment.");
    case Kind::Tls:
        return QCoreApplication::translate("apipay::ApiError",
            "Check the computer's date and time and the server address in Settings, and avoid untrusted "
            "networks.");
    case Kind::Unauthorized:
        return QCoreApplication::translate(
            "apipay::ApiError", "Open Settings and enter a valid key from the ApiPay dashboard.");
    case Kind::Forbidden:
        return QCoreApplication::translate("apipay::ApiError",
            "Check in the ApiPay dashboard that the organization is verified and the tariff is active.");
    case Kind::NotFound:
        return QCoreApplication::translate("apipay::ApiError", "Refresh the list.");
    case Kind::Conflict:
        return relatedInvoiceId > 0
            ? QCoreApplication::translate("apipay::ApiError", "Open that invoice instead of creating a new one.")
            : QCoreApplication::translate("apipay::ApiError", "Refresh and try again.");
    case Kind::Validation:
        return QCoreApplication::translate("apipay::ApiError", "Correct them and try again.");
    case Kind::RateLimited:
        return waitText();
    case Kind::Server:
    case Kind::ResponseTooLarge:
        return QCoreApplication::translate(
            "apipay::ApiError", "Try again later; if it keeps happening, contact ApiPay support.");
    case Kind::UnexpectedResponse:
        return QCoreApplication::translate(
            "apipay::ApiError", "Try again; if it keeps happening, update the app or contact support.");
    case Kind::OutcomeUnknown:
        return QCoreApplication::translate("apipay::ApiError", "Check the current state before trying again.");
    case Kind::InvalidRequest:
        return message.isEmpty()
            ? QCoreApplication::translate("apipay::ApiError", "Check the connection settings and the entered values.")
            : QString();
    }
    return QString();
}

QString ApiError::userText() const
{
    return joinSentences({ problemText(), adviceText() });
}

bool ApiError::mayHaveBeenCarriedOut() const
{
    return kind == Kind::OutcomeUnknown || kind == Kind::Timeout
        || (kind == Kind::Server && httpStatus >= 500 && reason.isEmpty());
}

bool ApiError::isConnectionTrouble() const
{
    switch (kind) {
    case Kind::Offline:
    case Kind::Timeout:
    case Kind::RateLimited:
        return true;
    case Kind::Server:
        return httpStatus >= 500 && reason.isEmpty();
    default:
        return false;
    }
}

bool ApiError::isRefreshFailure() const
{
    switch (kind) {
    case Kind::Offline:
    case Kind::Timeout:
    case Kind::Tls:
    case Kind::Unauthorized:
    case Kind::Forbidden:
    case Kind::RateLimited:
    case Kind::UnexpectedResponse:
    case Kind::OutcomeUnknown:
    case Kind::ResponseTooLarge:
        return true;
    case Kind::Server:
        return httpStatus >= 500 || httpStatus == 0;
    case Kind::None:
    case Kind::NotFound:
    case Kind::Conflict:
    case Kind::Validation:
    case Kind::Cancelled:
    case Kind::InvalidRequest:
        return false;
    }
    return false;
}

} // namespace apipay
