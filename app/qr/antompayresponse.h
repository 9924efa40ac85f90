#pragma once

#include "qr/antomamount.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace apipay {

// What ApiPay Desk takes from an Antom `pay` (One-time Payments) response for Kaspi (docs/design-notes.md, "Antom pay
// responses"), or from a pasted bare codeValue / URL.
//
// QR content, in this order: the codeValue of the orderCodeForm.codeDetails entry with displayType TEXT; else the
// codeValue inside the paymentData JSON string; else the codeValue query parameter of normalUrl, then applinkUrl.
// Image entries (BIGIMAGE, …) are URLs of pictures and are never encoded.
class AntomPayResponse
{
public:
    enum class Source {
        CodeDetailsText, // orderCodeForm.codeDetails[displayType = TEXT].codeValue
        PaymentData, // paymentData (a JSON string).codeValue
        NormalUrl, // ?codeValue= of normalUrl
        ApplinkUrl, // ?codeValue= of applinkUrl
        BareCodeValue, // the pasted text itself
        Url, // a pasted URL, encoded as it is
    };

    struct ParseResult;

    // Accepts a pay response (JSON object), a bare codeValue or a URL. Leading/trailing white space is ignored.
    static ParseResult parse(const QByteArray& input);

    QString codeValue() const { return m_codeValue; } // the QR content
    Source source() const { return m_source; }
    bool isFullResponse() const { return m_source != Source::BareCodeValue && m_source != Source::Url; }

    std::optional<AntomAmount> amount() const { return m_amount; }
    QString paymentRequestId() const { return m_paymentRequestId; }
    QString paymentId() const { return m_paymentId; }
    QString resultStatus() const { return m_resultStatus; } // S, F, U
    QString resultCode() const { return m_resultCode; } // PAYMENT_IN_PROCESS, …
    QString resultMessage() const { return m_resultMessage; }
    QDateTime expireTime() const { return m_expireTime; } // UTC; invalid when absent
    QDateTime createTime() const { return m_createTime; } // UTC; invalid when absent
    QString applinkUrl() const { return m_applinkUrl; }
    QString normalUrl() const { return m_normalUrl; }
    // Fields that were present but unreadable (wrong type, bad text); the import still succeeds. Translated.
    QStringList warnings() const { return m_warnings; }

    bool isExpired(const QDateTime& nowUtc) const { return m_expireTime.isValid() && nowUtc >= m_expireTime; }
    // Seconds left until expireTime (negative once passed); nullopt without an expireTime.
    std::optional<qint64> secondsLeft(const QDateTime& nowUtc) const;
    // Translated status line, e.g. "Waiting for payment (PAYMENT_IN_PROCESS)".
    QString resultText() const;

    // Longest accepted QR content (Antom documents codeValue up to 2048 characters).
    static constexpr int kMaxCodeValueLength = 2048;

private:
    friend class AntomPayResponseReader;
    QString m_codeValue;
    Source m_source = Source::BareCodeValue;
    std::optional<AntomAmount> m_amount;
    QString m_paymentRequestId;
    QString m_paymentId;
    QString m_resultStatus;
    QString m_resultCode;
    QString m_resultMessage;
    QDateTime m_expireTime;
    QDateTime m_createTime;
    QString m_applinkUrl;
    QString m_normalUrl;
    QStringList m_warnings;
};

struct AntomPayResponse::ParseResult
{
    std::optional<AntomPayResponse> response;
    QString errorText; // translated, names what is missing or wrong
    bool ok() const { return response.has_value(); }
};

} // namespace apipay
