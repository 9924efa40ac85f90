#pragma once

#include "shell/pagecontext.h"

#include <QDateTime>

#include "api/apiresult.h"
#include "domain/subscription.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace apipay {

class StaleNotice;

// The detail of one subscription (GET /subscriptions/{id}): fields, stats, last payment, and the billing history
// (GET /subscriptions/{id}/invoices, 20 per page, "Load more"). Edit / Pause / Resume / Cancel buttons are enabled
// only where the status allows; the page runs the actions.
class SubscriptionDetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SubscriptionDetailPanel(const PageContext& context, QWidget* parent = nullptr);
    ~SubscriptionDetailPanel() override;

    // Shows what is known at once and loads the full detail and the first history page.
    void showSubscription(const Subscription& summary);
    void reload();
    void clear();
    const Subscription& subscription() const { return m_subscription; }
    bool isLoading() const { return m_detailRequest != 0; }
    bool isDetailLoaded() const { return m_detailLoaded; }

    QPushButton* editButton() const { return m_editButton; }
    QPushButton* pauseButton() const { return m_pauseButton; }
    QPushButton* resumeButton() const { return m_resumeButton; }
    QPushButton* cancelButton() const { return m_cancelButton; }
    QPushButton* loadMoreButton() const { return m_loadMoreButton; }
    QTableWidget* historyTable() const { return m_historyTable; }
    QLabel* statusValue() const { return m_statusValue; }
    // Shown when loading the subscription or its billing history again failed: what was shown stays, marked with
    // its time and a Retry.
    StaleNotice* staleNotice() const { return m_staleNotice; }

    // A billing-history row's status in the UI language; the server's own label (Russian) only for an unknown status.
    static QString historyStatusLabel(const SubscriptionInvoice& inv);

Q_SIGNALS:
    // The full detail arrived (the page updates its list row).
    void detailLoaded(const apipay::Subscription& subscription);
    void editRequested();
    void pauseRequested();
    void resumeRequested();
    void cancelRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fill();
    void loadHistoryPage(int page);
    void appendHistory(const QList<SubscriptionInvoice>& rows);
    void cancelRequests();
    void updateStaleNotice();

    PageContext m_context;
    Subscription m_subscription;
    bool m_detailLoaded = false;
    RequestId m_detailRequest = 0;
    RequestId m_historyRequest = 0;
    int m_historyPage = 0;
    qint64 m_historyId = 0; // the subscription whose billing history the table holds
    QDateTime m_loadedAt; // when the detail shown last arrived (UTC)
    QString m_detailError; // of the last reload, empty when it succeeded
    QString m_historyError;
    StaleNotice* m_staleNotice = nullptr;
    QLabel* m_titleLabel;
    QLabel* m_placeholder;
    QWidget* m_content;
    QFormLayout* m_form;
    QLabel* m_statusValue;
    QLabel* m_amountValue;
    QLabel* m_phoneValue;
    QLabel* m_nameValue;
    QLabel* m_periodValue;
    QLabel* m_nextValue;
    QLabel* m_retryValue;
    QLabel* m_externalValue;
    QLabel* m_descriptionValue;
    QLabel* m_statsValue;
    QLabel* m_lastPaymentValue;
    QLabel* m_historyLabel;
    QTableWidget* m_historyTable;
    QPushButton* m_loadMoreButton;
    QPushButton* m_editButton;
    QPushButton* m_pauseButton;
    QPushButton* m_resumeButton;
    QPushButton* m_cancelButton;
};

} // namespace apipay
