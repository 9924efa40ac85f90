#include "antompayresponse.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QUrl>
#include <QUrlQuery>

namespace apipay {

namespace {

bool isHttpUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http") && !url.host().isEmpty();
}

QString codeValueOfUrl(const QString& text)
{
    const QUrl url(text);
    if (!url.isValid()) {
        return {};
    }
    return QUrlQuery(url).queryItemValue(QStringLiteral("codeValue"), QUrl::FullyDecoded).trimmed();
}

} // namespace

// Reads one pay response object into an AntomPayResponse, collecting warnings for unreadable optional fields.
class AntomPayResponseReader
{
public:
    explicit AntomPayResponseReader(const QJsonObject& root)
        : m_root(root)
    {
    }

    AntomPayResponse::ParseResult read();

private:
    QString optionalString(const QJsonObject& object, const QString& key, const QString& path);
    QDateTime optionalTime(const QJsonObject& object, const QString& key, const QString& path);
    void readAmount();
    QString codeValueFromCodeDetails();
    QString codeValueFromPaymentData();

    QJsonObject m_root;
    AntomPayResponse m_response;
};

QString AntomPayResponseReader::optionalString(const QJsonObject& object, const QString& key, const QString& path)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        return {};
    }
    if (!value.isString()) {
        m_response.m_warnings.append(
            QCoreApplication::translate("apipay::AntomPayResponse", "%1 is not a text value and was ignored.")
                .arg(path));
        return {};
    }
    return value.toString().trimmed();
}

QDateTime AntomPayResponseReader::optionalTime(const QJsonObject& object, const QString& key, const QString& path)
{
    const QString text = optionalString(object, key, path);
    if (text.isEmpty()) {
        return {};
    }
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        m_response.m_warnings.append(
            QCoreApplication::translate("apipay::AntomPayResponse", "%1 \"%2\" is not an ISO 8601 date and time.")
                .arg(path, text));
        return {};
    }
    return time.toUTC();
}

void AntomPayResponseReader::readAmount()
{
    const QJsonValue amountValue = m_root.value(QStringLiteral("paymentAmount"));
    if (amountValue.isUndefined() || amountValue.isNull()) {
        return;
    }
    if (!amountValue.isObject()) {
        m_response.m_warnings.append(QCoreApplication::translate(
            "apipay::AntomPayResponse", "paymentAmount is not an object {currency, value} and was ignored."));
        return;
    }
    const QJsonObject amount = amountValue.toObject();
    const QString currency
        = optionalString(amount, QStringLiteral("currency"), QStringLiteral("paymentAmount.currency"));
    const QJsonValue value = amount.value(QStringLiteral("value"));
    QString minorUnits;
    if (value.isString()) {
        minorUnits = value.toString();
    } else if (value.isDouble()) {
        // Antom writes strings; a whole JSON number is still unambiguous. Anything else is refused below.
        const double number = value.toDouble();
        const qint64 whole = value.toInteger(-1);
        if (whole >= 0 && double(whole) == number) {
            minorUnits = QString::number(whole);
        } else {
            minorUnits = QString::number(number);
        }
    } else if (!value.isUndefined()) {
        m_response.m_warnings.append(QCoreApplication::translate(
            "apipay::AntomPayResponse", "paymentAmount.value is not a text value and was ignored."));
        return;
    }
    if (currency.isEmpty() || minorUnits.isEmpty()) {
        m_response.m_warnings.append(QCoreApplication::translate(
            "apipay::AntomPayResponse", "paymentAmount lacks its currency or value and was ignored."));
        return;
    }
    QString error;
    m_response.m_amount = AntomAmount::fromParts(currency, minorUnits, &error);
    if (!m_response.m_amount) {
        m_response.m_warnings.append(error);
    }
}

QString AntomPayResponseReader::codeValueFromCodeDetails()
{
    const QJsonValue formValue = m_root.value(QStringLiteral("orderCodeForm"));
    if (formValue.isUndefined() || formValue.isNull()) {
        return {};
    }
    if (!formValue.isObject()) {
        m_response.m_warnings.append(
            QCoreApplication::translate("apipay::AntomPayResponse", "orderCodeForm is not an object and was ignored."));
        return {};
    }
    const QJsonObject form = formValue.toObject();
    m_response.m_expireTime
        = optionalTime(form, QStringLiteral("expireTime"), QStringLiteral("orderCodeForm.expireTime"));
    const QJsonValue detailsValue = form.value(QStringLiteral("codeDetails"));
    if (detailsValue.isUndefined() || detailsValue.isNull()) {
        return {};
    }
    if (!detailsValue.isArray()) {
        m_response.m_warnings.append(QCoreApplication::translate(
            "apipay::AntomPayResponse", "orderCodeForm.codeDetails is not a list and was ignored."));
        return {};
    }
    const QJsonArray details = detailsValue.toArray();
    for (const QJsonValue& entryValue : details) {
        const QJsonObject entry = entryValue.toObject();
        if (entry.value(QStringLiteral("displayType")).toString().compare(u"TEXT", Qt::CaseInsensitive) != 0) {
            continue;
        }
        const QJsonValue code = entry.value(QStringLiteral("codeValue"));
        if (!code.isString()) {
            m_response.m_warnings.append(QCoreApplication::translate("apipay::AntomPayResponse",
                "The codeValue of the TEXT entry in orderCodeForm.codeDetails is not a text value."));
            continue;
        }
        if (!code.toString().trimmed().isEmpty()) {
            return code.toString().trimmed();
        }
    }
    return {};
}

QString AntomPayResponseReader::codeValueFromPaymentData()
{
    const QJsonValue dataValue = m_root.value(QStringLiteral("paymentData"));
    QJsonObject data;
    if (dataValue.isString()) {
        QJsonParseError error {};
        const QJsonDocument document = QJsonDocument::fromJson(dataValue.toString().toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            m_response.m_warnings.append(QCoreApplication::translate(
                "apipay::AntomPayResponse", "paymentData is not a JSON object in a string and was ignored."));
            return {};
        }
        data = document.object();
    } else if (dataValue.isObject()) {
        data = dataValue.toObject();
    } else if (!dataValue.isUndefined() && !dataValue.isNull()) {
        m_response.m_warnings.append(QCoreApplication::translate(
            "apipay::AntomPayResponse", "paymentData is not a JSON string and was ignored."));
        return {};
    }
    return optionalString(data, QStringLiteral("codeValue"), QStringLiteral("paymentData.codeValue"));
}

AntomPayResponse::ParseResult AntomPayResponseReader::read()
{
    AntomPayResponse& r = m_response;
    r.m_paymentRequestId
        = optionalString(m_root, QStringLiteral("paymentRequestId"), QStringLiteral("paymentRequestId"));
    r.m_paymentId = optionalString(m_root, QStringLiteral("paymentId"), QStringLiteral("paymentId"));
    r.m_applinkUrl = optionalString(m_root, QStringLiteral("applinkUrl"), QStringLiteral("applinkUrl"));
    r.m_normalUrl = optionalString(m_root, QStringLiteral("normalUrl"), QStringLiteral("normalUrl"));
    r.m_createTime = optionalTime(m_root, QStringLiteral("paymentCreateTime"), QStringLiteral("paymentCreateTime"));
    const QJsonValue resultValue = m_root.value(QStringLiteral("result"));
    if (resultValue.isObject()) {
        const QJsonObject result = resultValue.toObject();
        r.m_resultStatus
            = optionalString(result, QStringLiteral("resultStatus"), QStringLiteral("result.resultStatus"));
        r.m_resultCode = optionalString(result, QStringLiteral("resultCode"), QStringLiteral("result.resultCode"));
        r.m_resultMessage
            = optionalString(result, QStringLiteral("resultMessage"), QStringLiteral("result.resultMessage"));
    } else if (!resultValue.isUndefined() && !resultValue.isNull()) {
        r.m_warnings.append(
            QCoreApplication::translate("apipay::AntomPayResponse", "result is not an object and was ignored."));
    }
    readAmount();

    QString code = codeValueFromCodeDetails();
    r.m_source = AntomPayResponse::Source::CodeDetailsText;
    if (code.isEmpty()) {
        code = codeValueFromPaymentData();
        r.m_source = AntomPayResponse::Source::PaymentData;
    }
    if (code.isEmpty()) {
        code = codeValueOfUrl(r.m_normalUrl);
        r.m_source = AntomPayResponse::Source::NormalUrl;
    }
    if (code.isEmpty()) {
        code = codeValueOfUrl(r.m_applinkUrl);
        r.m_source = AntomPayResponse::Source::ApplinkUrl;
    }
    if (!r.m_expireTime.isValid()) {
        r.m_expireTime = optionalTime(m_root, QStringLiteral("paymentExpiryTime"), QStringLiteral("paymentExpiryTime"));
    }

    AntomPayResponse::ParseResult parsed;
    if (code.isEmpty()) {
        if (r.m_resultStatus == u"F") {
            parsed.errorText = QCoreApplication::translate(
                "apipay::AntomPayResponse", "Antom did not create the payment: %1 (%2). The response has no QR code.")
                                   .arg(r.m_resultCode, r.m_resultMessage);
        } else {
            parsed.errorText = QCoreApplication::translate("apipay::AntomPayResponse",
                "The response has no orderCodeForm.codeDetails entry with displayType TEXT, "
                "no codeValue in paymentData and no codeValue in normalUrl or applinkUrl.");
        }
        return parsed;
    }
    if (code.size() > AntomPayResponse::kMaxCodeValueLength) {
        parsed.errorText = QCoreApplication::translate(
            "apipay::AntomPayResponse", "The codeValue is %1 characters long; Antom codes have at most %2.")
                               .arg(code.size())
                               .arg(AntomPayResponse::kMaxCodeValueLength);
        return parsed;
    }
    r.m_codeValue = code;
    parsed.response = r;
    return parsed;
}

AntomPayResponse::ParseResult AntomPayResponse::parse(const QByteArray& input)
{
    ParseResult parsed;
    const QByteArray text = input.trimmed();
    if (text.isEmpty()) {
        parsed.errorText
            = QCoreApplication::translate("apipay::AntomPayResponse", "Nothing to import: the text is empty.");
        return parsed;
    }
    if (text.startsWith('{') || text.startsWith('[')) {
        QJsonParseError error {};
        const QJsonDocument document = QJsonDocument::fromJson(text, &error);
        if (error.error != QJsonParseError::NoError) {
            parsed.errorText = QCoreApplication::translate(
                "apipay::AntomPayResponse", "The Antom response is not valid JSON (%1 at character %2).")
                                   .arg(error.errorString())
                                   .arg(error.offset);
            return parsed;
        }
        if (!document.isObject()) {
            parsed.errorText = QCoreApplication::translate(
                "apipay::AntomPayResponse", "The Antom response must be a JSON object, not a list.");
            return parsed;
        }
        return AntomPayResponseReader(document.object()).read();
    }
    const QString value = QString::fromUtf8(text);
    for (const QChar c : value) {
        if (c.isSpace() || c.category() == QChar::Other_Control) {
            parsed.errorText = QCoreApplication::translate("apipay::AntomPayResponse",
                "This is neither an Antom pay response (JSON), nor a URL, nor a single codeValue.");
            return parsed;
        }
    }
    if (value.size() > kMaxCodeValueLength) {
        parsed.errorText = QCoreApplication::translate(
            "apipay::AntomPayResponse", "The codeValue is %1 characters long; Antom codes have at most %2.")
                               .arg(value.size())
                               .arg(kMaxCodeValueLength);
        return parsed;
    }
    AntomPayResponse response;
    response.m_codeValue = value;
    response.m_source = isHttpUrl(value) ? Source::Url : Source::BareCodeValue;
    parsed.response = response;
    return parsed;
}

std::optional<qint64> AntomPayResponse::secondsLeft(const QDateTime& nowUtc) const
{
    if (!m_expireTime.isValid()) {
        return std::nullopt;
    }
    return nowUtc.secsTo(m_expireTime);
}

QString AntomPayResponse::resultText() const
{
    QString status;
    if (m_resultStatus == u"U") {
        status = QCoreApplication::translate("apipay::AntomPayResponse", "Waiting for payment");
    } else if (m_resultStatus == u"S") {
        status = QCoreApplication::translate("apipay::AntomPayResponse", "Succeeded");
    } else if (m_resultStatus == u"F") {
        status = QCoreApplication::translate("apipay::AntomPayResponse", "Failed");
    } else if (!m_resultStatus.isEmpty()) {
        status = m_resultStatus;
    }
    if (m_resultCode.isEmpty()) {
        return status;
    }
    if (status.isEmpty()) {
        return m_resultCode;
    }
    return status + QStringLiteral(" (") + m_resultCode + u')';
}

} // namespace apipay
