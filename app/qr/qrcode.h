#pragma once

#include <QBitArray>
#include <QString>

namespace apipay {

// An encoded QR Code symbol: a square matrix of dark/light modules made by Nayuki's qrcodegen.
// The error-correction level is chosen by the content length: short content gets more redundancy (HIGH, QUARTILE),
// longer content MEDIUM; when the content does not fit at the chosen level, lower levels are tried before giving up.
class QrCode
{
public:
    enum class Ecc { Low, Medium, Quartile, High };
    enum class Error { None, Empty, TooLong };

    struct EncodeResult;

    QrCode() = default;

    // Encodes text as UTF-8 (byte/alphanumeric/numeric segments chosen by qrcodegen).
    static EncodeResult encode(const QString& text);
    // Same, with an explicit minimum error-correction level.
    static EncodeResult encode(const QString& text, Ecc minimumEcc);
    // The level chosen for content of this many UTF-8 bytes.
    static Ecc eccForLength(int utf8Bytes);
    // Translated reason ("The text is too long for a QR code: …").
    static QString errorText(Error error, int utf8Bytes = 0);
    static QString eccName(Ecc ecc);

    bool isNull() const { return m_size == 0; }
    // Modules per side (21 … 177), without the quiet zone.
    int size() const { return m_size; }
    int version() const { return m_version; }
    Ecc ecc() const { return m_ecc; }
    QString text() const { return m_text; }
    // true = dark. Out-of-range coordinates are light.
    bool module(int x, int y) const
    {
        return x >= 0 && y >= 0 && x < m_size && y < m_size && m_modules.testBit(y * m_size + x);
    }

    bool operator==(const QrCode& other) const { return m_size == other.m_size && m_modules == other.m_modules; }
    bool operator!=(const QrCode& other) const { return !(*this == other); }

private:
    QString m_text;
    QBitArray m_modules; // row-major, size × size
    int m_size = 0;
    int m_version = 0;
    Ecc m_ecc = Ecc::Medium;
};

struct QrCode::EncodeResult
{
    QrCode code;
    Error error = Error::None;
    QString errorText; // translated, empty when ok
    bool ok() const { return error == Error::None; }
};

} // namespace apipay
