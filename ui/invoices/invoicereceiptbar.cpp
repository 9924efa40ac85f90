#include "invoices/invoicereceiptbar.h"

#include "counter/receiptfetcher.h"
#include "session/session.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace apipay {

InvoiceReceiptBar::InvoiceReceiptBar(const PageContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(u"invoiceReceiptBar"_s);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    m_openButton = new QPushButton(this);
    m_openButton->setObjectName(u"openReceiptButton"_s);
    m_copyButton = new QPushButton(this);
    m_copyButton->setObjectName(u"copyReceiptLinkButton"_s);
    row->addWidget(m_openButton);
    row->addWidget(m_copyButton);
    row->addStretch(1);
    outer->addLayout(row);
    m_state = new QLabel(this);
    m_state->setObjectName(u"receiptStateLabel"_s);
    m_state->setWordWrap(true);
    m_state->hide();
    outer->addWidget(m_state);
    connect(m_openButton, &QPushButton::clicked, this, [this] { request(Action::Open); });
    connect(m_copyButton, &QPushButton::clicked, this, [this] { request(Action::Copy); });
    connect(m_context.session, &Session::sessionChanged, this, &InvoiceReceiptBar::rebuildFetcher);
    rebuildFetcher();
    retranslate();
}

void InvoiceReceiptBar::rebuildFetcher()
{
    if (m_fetcher) {
        m_fetcher->disconnect(this);
        m_fetcher->deleteLater();
    }
    m_fetcher = new ReceiptFetcher(m_context.session->api(), this);
    m_pending = Action::None;
    connect(m_fetcher, &ReceiptFetcher::ready, this, [this](qint64 id) { onReady(id); });
    connect(m_fetcher, &ReceiptFetcher::waiting, this, [this](qint64 id, const QString& message) {
        if (id == m_invoiceId && m_pending != Action::None) {
            m_state->setText(message);
            m_state->show();
        }
    });
    connect(m_fetcher, &ReceiptFetcher::failed, this, [this](qint64 id, const QString& message) {
        if (id == m_invoiceId && m_pending != Action::None) {
            m_pending = Action::None;
            m_state->setText(message);
            m_state->show();
            updateVisibility();
        }
    });
    connect(m_fetcher, &ReceiptFetcher::serverSupportKnown, this, &InvoiceReceiptBar::updateVisibility);
    updateVisibility();
}

void InvoiceReceiptBar::setInvoice(const std::optional<Invoice>& invoice)
{
    const qint64 id = invoice ? invoice->id : 0;
    if (id != m_invoiceId) {
        m_pending = Action::None;
        m_state->clear();
        m_state->hide();
    }
    m_invoiceId = id;
    const auto status = invoice ? invoice->status.value() : InvoiceStatus::Unknown;
    m_eligible = invoice && (status == InvoiceStatus::Paid || status == InvoiceStatus::PartiallyRefunded);
    if (m_eligible && !ReceiptFetcher::serverHasReceipts(m_context.session->api())
        && !m_fetcher->isFetching(m_invoiceId)) {
        // Nobody has asked this server yet: this fetch tells whether it gives receipts (a v2.0 server answers 404),
        // and its receipt is then at hand when a button is pressed.
        m_fetcher->fetch(m_invoiceId);
    }
    updateVisibility();
}

void InvoiceReceiptBar::request(Action action)
{
    if (m_invoiceId == 0) {
        return;
    }
    m_pending = action;
    if (m_fetcher->cached(m_invoiceId)) {
        onReady(m_invoiceId);
        return;
    }
    m_state->setText(tr("Getting the Kaspi receipt…"));
    m_state->show();
    updateVisibility();
    m_fetcher->fetch(m_invoiceId);
}

void InvoiceReceiptBar::onReady(qint64 invoiceId)
{
    if (invoiceId != m_invoiceId) {
        return;
    }
    const auto receipt = m_fetcher->cached(invoiceId);
    const Action action = std::exchange(m_pending, Action::None);
    updateVisibility();
    if (!receipt || action == Action::None) {
        return;
    }
    const QUrl link = receipt->customerLink();
    if (action == Action::Open) {
        QDesktopServices::openUrl(link);
        m_state->setText(tr("The receipt was opened in the browser."));
    } else {
        QGuiApplication::clipboard()->setText(link.toString());
        m_state->setText(tr("The receipt link is on the clipboard."));
    }
    m_state->show();
}

void InvoiceReceiptBar::updateVisibility()
{
    const bool supported = ReceiptFetcher::serverHasReceipts(m_context.session->api()).value_or(false);
    setVisible(m_eligible && supported);
    const bool busy = m_pending != Action::None;
    m_openButton->setEnabled(!busy);
    m_copyButton->setEnabled(!busy);
}

void InvoiceReceiptBar::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
}

void InvoiceReceiptBar::retranslate()
{
    m_openButton->setText(tr("Open receipt"));
    m_openButton->setToolTip(tr("Open the Kaspi receipt of this payment in the browser"));
    m_copyButton->setText(tr("Copy receipt link"));
    m_copyButton->setToolTip(tr("Copy the link to the Kaspi receipt to send it to the customer"));
}

} // namespace apipay
