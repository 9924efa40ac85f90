#pragma once

#include "qr/qrcode.h"

#include <QImage>
#include <QWidget>

namespace apipay {

// Shows a QR code as large as the widget allows, crisp: whole device pixels per module (QrRenderer), a four-module
// quiet zone, no smoothing. When expired (or paid), the code is drawn in light grey and crossed by an "Expired"
// ("Paid ✓") label so that nobody scans it; a placeholder text is shown when there is no code. When there is no code to
// draw, a picture of one (the server's PNG) can be shown instead: scaled by whole pixels where it fits, so that it
// stays sharp.
class QrWidget : public QWidget
{
    Q_OBJECT
public:
    explicit QrWidget(QWidget* parent = nullptr);

    void setCode(const QrCode& code);
    QrCode code() const { return m_code; }
    // The server's picture of the code, used only while there is no code to draw (setCode() with a null code).
    void setImage(const QImage& image);
    QImage image() const { return m_image; }
    void setExpired(bool expired);
    bool isExpired() const { return m_expired; }
    // The code was paid: greyed like an expired one, crossed by "Paid ✓" on green (no second payment by mistake).
    void setPaid(bool paid);
    bool isPaid() const { return m_paid; }
    // Text shown while there is no code.
    void setPlaceholderText(const QString& text);
    QString placeholderText() const { return m_placeholder; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QRectF paintImage(QPainter* painter) const;

    QrCode m_code;
    QImage m_image;
    bool m_expired = false;
    bool m_paid = false;
    QString m_placeholder;
};

} // namespace apipay
