// CustomerDisplayWindow, part 2: a Kaspi QR invoice (v2.1), its final status, the receipt link, the idle screen.
#include "customerdisplaywindow.h"

#include "qrwidget.h"

#include <QLabel>
#include <QTimer>

namespace apipay {

void CustomerDisplayWindow::showQrInvoice(
    const QrCode& code, const QString& amountText, const QDateTime& qrExpiresUtc, qint64 invoiceId)
{
    m_qrInvoice = true;
    m_qr->setCode(code);
    m_qr->setImage({});
    m_qr->setPlaceholderText(code.isNull() ? tr("Loading the QR code…") : QString());
    m_qr->setExpired(false);
    m_qr->show();
    m_statusLabel->hide();
    m_amountLabel->setText(amountText);
    m_amountLabel->setVisible(!amountText.isEmpty());
    m_countdownLabel->show();
    m_expireUtc = qrExpiresUtc;
    m_invoiceId = invoiceId;
    m_paid = false;
    if (m_context.session) {
        m_shopLabel->setText(m_context.session->shopName());
    }
    m_hintLabel->setText(tr("Scan with the Kaspi app"));
    updateCountdown();
    if (m_expireUtc.isValid()) {
        m_timer->start();
    } else {
        m_timer->stop();
    }
}

void CustomerDisplayWindow::setQrImage(const QImage& image)
{
    if (m_qrInvoice && m_qr->code().isNull()) {
        m_qr->setImage(image);
    }
}

void CustomerDisplayWindow::showQrInvoiceStatus(const InvoiceStatus& status)
{
    if (!status.isFinal()) {
        return;
    }
    showFinal(status);
}

void CustomerDisplayWindow::showReceiptLink(const QUrl& url)
{
    const QrCode::EncodeResult encoded = QrCode::encode(url.toString(QUrl::FullyEncoded));
    if (!encoded.ok()) {
        return;
    }
    m_qrInvoice = false;
    m_timer->stop();
    m_expireUtc = {};
    m_qr->setCode(encoded.code);
    m_qr->setImage({});
    m_qr->setExpired(false);
    m_qr->show();
    m_statusLabel->setVisible(m_paid); // "Paid ✓" stays above the receipt's code
    m_countdownLabel->setText(tr("Scan for your receipt"));
    m_countdownLabel->show();
    m_hintLabel->clear();
}

void CustomerDisplayWindow::showIdle()
{
    if (m_context.session) {
        m_shopLabel->setText(m_context.session->shopName());
    }
    m_qrInvoice = false;
    m_timer->stop();
    m_expireUtc = {};
    m_invoiceId = 0;
    m_paid = false;
    m_qr->setCode(QrCode());
    m_qr->setImage({});
    m_qr->hide();
    m_statusLabel->hide();
    m_amountLabel->clear();
    m_countdownLabel->clear();
    m_hintLabel->clear();
}

} // namespace apipay
