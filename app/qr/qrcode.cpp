#include "qrcode.h"

#include <QCoreApplication>

#include <qrcodegen.hpp>

namespace apipay {

namespace {

qrcodegen::QrCode::Ecc toNayuki(QrCode::Ecc ecc)
{
    switch (ecc) {
    case QrCode::Ecc::Low:
        return qrcodegen::QrCode::Ecc::LOW;
    case QrCode::Ecc::Medium:
        return qrcodegen::QrCode::Ecc::MEDIUM;
    case QrCode::Ecc::Quartile:
        return qrcodegen::QrCode::Ecc::QUARTILE;
    case QrCode::Ecc::High:
        return qrcodegen::QrCode::Ecc::HIGH;
    }
    return qrcodegen::QrCode::Ecc::MEDIUM;
}

QrCode::Ecc fromNayuki(qrcodegen::QrCode::Ecc ecc)
{
    switch (ecc) {
    case qrcodegen::QrCode::Ecc::LOW:
        return QrCode::Ecc::Low;
    case qrcodegen::QrCode::Ecc::MEDIUM:
        return QrCode::Ecc::Medium;
    case qrcodegen::QrCode::Ecc::QUARTILE:
        return QrCode::Ecc::Quartile;
    case qrcodegen::QrCode::Ecc::HIGH:
        return QrCode::Ecc::High;
    }
    return QrCode::Ecc::Medium;
}

QrCode::Ecc lower(QrCode::Ecc ecc)
{
    switch (ecc) {
    case QrCode::Ecc::High:
        return QrCode::Ecc::Quartile;
    case QrCode::Ecc::Quartile:
        return QrCode::Ecc::Medium;
    case QrCode::Ecc::Medium:
    case QrCode::Ecc::Low:
        break;
    }
    return QrCode::Ecc::Low;
}

// Content up to kHighLimit bytes gets HIGH (30 % recovery), up to kQuartileLimit QUARTILE (25 %), longer MEDIUM
// (15 %). Short codes (ids, short links) stay small even with the extra redundancy; a typical 60-character Antom URL
// gets MEDIUM and version 4–5 (33–37 modules) instead of version 6 at QUARTILE: on a fixed screen area, bigger
// modules scan more reliably from a phone than extra redundancy (qrcodegen still raises the level when it is free).
constexpr int kHighLimit = 24;
constexpr int kQuartileLimit = 48;

} // namespace

QrCode::Ecc QrCode::eccForLength(int utf8Bytes)
{
    if (utf8Bytes <= kHighLimit) {
        return Ecc::High;
    }
    if (utf8Bytes <= kQuartileLimit) {
        return Ecc::Quartile;
    }
    return Ecc::Medium;
}

QrCode::EncodeResult QrCode::encode(const QString& text)
{
    return encode(text, eccForLength(int(text.toUtf8().size())));
}

QrCode::EncodeResult QrCode::encode(const QString& text, Ecc minimumEcc)
{
    EncodeResult result;
    if (text.isEmpty()) {
        result.error = Error::Empty;
        result.errorText = errorText(Error::Empty);
        return result;
    }
    const QByteArray utf8 = text.toUtf8();
    const std::vector<qrcodegen::QrSegment> segments = qrcodegen::QrSegment::makeSegments(utf8.constData());
    Ecc ecc = minimumEcc;
    for (;;) {
        try {
            // boostEcl: qrcodegen raises the level further when that costs no extra version.
            const qrcodegen::QrCode symbol = qrcodegen::QrCode::encodeSegments(
                segments, toNayuki(ecc), qrcodegen::QrCode::MIN_VERSION, qrcodegen::QrCode::MAX_VERSION, -1, true);
            QrCode& code = result.code;
            code.m_text = text;
            code.m_size = symbol.getSize();
            code.m_version = symbol.getVersion();
            code.m_ecc = fromNayuki(symbol.getErrorCorrectionLevel());
            code.m_modules = QBitArray(code.m_size * code.m_size);
            for (int y = 0; y < code.m_size; ++y) {
                for (int x = 0; x < code.m_size; ++x) {
                    if (symbol.getModule(x, y)) {
                        code.m_modules.setBit(y * code.m_size + x);
                    }
                }
            }
            return result;
        } catch (const qrcodegen::data_too_long&) {
            if (ecc == Ecc::Low) {
                break;
            }
            ecc = lower(ecc);
        }
    }
    result.error = Error::TooLong;
    result.errorText = errorText(Error::TooLong, int(utf8.size()));
    return result;
}

QString QrCode::errorText(Error error, int utf8Bytes)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::Empty:
        return QCoreApplication::translate("apipay::QrCode", "There is nothing to encode: the QR content is empty.");
    case Error::TooLong:
        return QCoreApplication::translate(
            "apipay::QrCode", "The text is too long for a QR code (%1 bytes; at most 2953 fit).")
            .arg(utf8Bytes);
    }
    return {};
}

QString QrCode::eccName(Ecc ecc)
{
    switch (ecc) {
    case Ecc::Low:
        return QCoreApplication::translate("apipay::QrCode", "Low (7 %)");
    case Ecc::Medium:
        return QCoreApplication::translate("apipay::QrCode", "Medium (15 %)");
    case Ecc::Quartile:
        return QCoreApplication::translate("apipay::QrCode", "Quartile (25 %)");
    case Ecc::High:
        return QCoreApplication::translate("apipay::QrCode", "High (30 %)");
    }
    return {};
}

} // namespace apipay
