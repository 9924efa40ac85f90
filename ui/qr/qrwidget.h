#pragma once

#include "qr/qrcode.h"

#include <QWidget>

namespace apipay {

// Shows a QR code as large as the widget allows, crisp: whole device pixels per module (QrRenderer), a four-module
// quiet zone, no smoothing. When expired, the code is drawn in light grey and crossed by an "Expired" label so that
// nobody scans it; a placeholder text is shown when there is no code.
class QrWidget : public QWidget
{
    Q_OBJECT
public:
    explicit QrWidget(QWidget* parent = nullptr);

    void setCode(const QrCode& code);
    QrCode code() const { return m_code; }
    void setExpired(bool expired);
    bool isExpired() const { return m_expired; }
    // Text shown while there is no code.
    void setPlaceholderText(const QString& text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QrCode m_code;
    bool m_expired = false;
    QString m_placeholder;
};

} // namespace apipay
