#pragma once

// What the main window is to a page, for tests of a page, dialog or panel shown alone: a Navigator and a
// Notifier that emit a signal for every request (QSignalSpy), the notifier with the same rule as the main window.
#include "session/navigator.h"
#include "session/notifier.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace apipay {

class Session;

class TestNavigator : public QObject, public Navigator
{
    Q_OBJECT
public:
    using QObject::QObject;

    void showInvoice(qint64 invoiceId) override { Q_EMIT showInvoiceRequested(invoiceId); }
    void showInvoices(const InvoiceListRequest& request) override
    {
        lastInvoiceList = request;
        Q_EMIT showInvoicesRequested();
    }
    void showRefunds(const RefundListRequest& request) override
    {
        lastRefundList = request;
        Q_EMIT showRefundsRequested();
    }
    void showQr(const QString& content, const QString& title, const std::optional<Money>& amount) override
    {
        Q_EMIT showQrRequested(content, title, amount);
    }
    void showInvoiceQr(
        qint64 invoiceId, const QString& content, const QString& title, const std::optional<Money>& amount) override
    {
        Q_EMIT showInvoiceQrRequested(invoiceId, content, title, amount);
    }
    void newInvoice() override { Q_EMIT newInvoiceRequested(); }

    // The last request of each kind (the signals carry none: the structs are not meta types).
    InvoiceListRequest lastInvoiceList;
    RefundListRequest lastRefundList;

Q_SIGNALS:
    void showInvoiceRequested(qint64 invoiceId);
    void showInvoicesRequested();
    void showRefundsRequested();
    void showQrRequested(const QString& content, const QString& title, const std::optional<apipay::Money>& amount);
    void showInvoiceQrRequested(
        qint64 invoiceId, const QString& content, const QString& title, const std::optional<apipay::Money>& amount);
    void newInvoiceRequested();
};

class TestNotifier : public QObject, public Notifier
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Errors are filtered by this session's Session::isWorthReporting() (all pass without a session).
    void setSession(const Session* session);

    void reportError(const ApiError& error, std::function<void()> retry = {}) override;
    void reportInfo(const QString& text) override { Q_EMIT infoReported(text); }

Q_SIGNALS:
    void errorReported(const apipay::ApiError& error, std::function<void()> retry);
    void infoReported(const QString& text);

private:
    QPointer<const Session> m_session;
};

} // namespace apipay
