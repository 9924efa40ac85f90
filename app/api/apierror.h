#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace apipay {

// What went wrong with one API request, classified for people (docs/api-contract.md, T9).
struct ApiError
{
    enum class Kind {
        None,
        Offline, // no network / connection refused / host not found
        Timeout, // no answer within the timeout
        Tls, // certificate or handshake failure (never ignored)
        Unauthorized, // 401
        Forbidden, // 403
        NotFound, // 404
        Conflict, // 409
        Validation, // 422, with per-field messages
        RateLimited, // 429, with the wait
        Server, // other 4xx/5xx business or server errors (error_code → error → message)
        UnexpectedResponse, // the body is not what the contract says (names the field)
        OutcomeUnknown, // a non-idempotent request may or may not have happened (timeout/connection lost after send)
        Cancelled, // cancelled by the user
        InvalidRequest, // refused before sending (bad base URL, no API key, bad input)
        ResponseTooLarge, // a read whose answer passed the size cap; the rest was not read (sizeLimit)
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString reason; // stable snake_case reason (error_code, or error when it is a slug); may be empty
    QString message; // server text (message, else a phrase in error, else first field error, else HTTP reason)
    QMap<QString, QStringList> fieldErrors; // dotted paths: "phone_number", "cart_items.0.count"
    int retryAfterSeconds = 0; // RateLimited: the largest of Retry-After / retry_after / retry_after_seconds
    QString field; // UnexpectedResponse: the JSON key that was missing or of the wrong type
    qint64 relatedInvoiceId = 0; // 409 duplicate_idempotency_key: the existing invoice
    qint64 sizeLimit = 0; // ResponseTooLarge (and a write cut off for size): the cap in bytes that was passed

    bool isError() const { return kind != Kind::None; }

    // The translated text for people, never containing the API key: what happened, the server's own words as a
    // sentence of their own ("ApiPay says: Bad Gateway."), then what to do — problemText() + adviceText(). Callers
    // show it whole and add no advice of their own, so the advice is never said twice.
    QString userText() const;
    // What happened, with the server's words; no advice.
    QString problemText() const;
    // What to do, decided here once per kind: the connection (offline, timeout), the key in Settings (401), the
    // dashboard (403), the wait (429), later or support (5xx, too large), an update (unreadable answer). May be empty.
    QString adviceText() const;
    // Whether the request failed to bring the server's current data (the server unreachable, too slow, broken,
    // refusing the key, or its answer unreadable) — as opposed to a business answer (404, 409, 422, a 4xx reason)
    // from a server that works, or a request cancelled or refused before sending.
    bool isRefreshFailure() const;
    // Only that the server could not be reached or did not work (no connection, no answer in time, the rate limit, a
    // 5xx without a reason of the service's own): the next answer read from the server means it is over.
    bool isConnectionTrouble() const;
    // No answer came at all: no connection or no answer in time.
    bool isUnreachable() const { return kind == Kind::Offline || kind == Kind::Timeout; }
    // Whether a write that ended with this error may still have been carried out by the server: its answer was lost
    // (OutcomeUnknown), the time ran out, or a 5xx came without the service's own reason code. Such a write is
    // never sent again as it was: its outcome is read back first (docs/api-contract.md, "Writes go out once").
    bool mayHaveBeenCarriedOut() const;
    // "ApiPay says: <text>." — the server's text as a sentence of its own (a full stop added when it has none);
    // empty when the text is empty or only a web server's default phrase for the status ("Server Error", "Bad
    // Gateway", "Unauthenticated.", "Too Many Attempts"), which repeats the app's own sentence in English.
    static QString serverSentence(const QString& serverText);
    // Translated short title of the kind ("No connection", "Wrong API key", …).
    static QString kindTitle(Kind kind);
    // Translated messages for one field (for showing next to an input), empty if none.
    QStringList messagesFor(const QString& fieldPath) const { return fieldErrors.value(fieldPath); }

    static ApiError unexpected(const QString& field);
};

} // namespace apipay
