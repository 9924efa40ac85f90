#include "subscriptions/subscriptiondetailpanel.h"

#include "api/apiclient.h"
#include "money/phonenumber.h"
#include "shell/pagecontext.h"
#include "widgets/offlinebanner.h"
#include "widgets/stalenotice.h"

#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace apipay {

namespace {

QLabel* valueLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    label->setFocusPolicy(Qt::StrongFocus);
    return label;
}

QString orDash(const QString& text)
{
    return text.isEmpty() ? u"—"_s : text;
}

QString displayPhone(const QString& raw)
{
    const auto parsed = PhoneNumber::parse(raw);
    return parsed.value ? parsed.value->display() : orDash(raw);
}
} // namespace

SubscriptionDetailPanel::SubscriptionDetailPanel(const PageContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_titleLabel(new QLabel(this))
    , m_placeholder(new QLabel(this))
    , m_content(new QWidget(this))
    , m_form(new QFormLayout)
    , m_statusValue(valueLabel(this))
    , m_amountValue(valueLabel(this))
    , m_phoneValue(valueLabel(this))
    , m_nameValue(valueLabel(this))
    , m_periodValue(valueLabel(this))
    , m_nextValue(valueLabel(this))
    , m_retryValue(valueLabel(this))
    , m_externalValue(valueLabel(this))
    , m_descriptionValue(valueLabel(this))
    , m_statsValue(valueLabel(this))
    , m_lastPaymentValue(valueLabel(this))
    , m_historyLabel(new QLabel(this))
    , m_historyTable(new QTableWidget(0, 3, this))
    , m_loadMoreButton(new QPushButton(this))
    , m_editButton(new QPushButton(this))
    , m_pauseButton(new QPushButton(this))
    , m_resumeButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
{
    setObjectName(u"subscriptionDetailPanel"_s);
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_titleLabel->setFont(titleFont);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignLeft | Qt::AlignTop); // as the invoice detail: text under the title

    for (QLabel* value : { m_statusValue, m_amountValue, m_phoneValue, m_nameValue, m_periodValue, m_nextValue,
             m_retryValue, m_externalValue, m_descriptionValue, m_statsValue, m_lastPaymentValue }) {
        m_form->addRow(new QLabel(this), value);
    }

    m_editButton->setObjectName(u"editSubscriptionPushButton"_s);
    m_pauseButton->setObjectName(u"pauseSubscriptionPushButton"_s);
    m_resumeButton->setObjectName(u"resumeSubscriptionPushButton"_s);
    m_cancelButton->setObjectName(u"cancelSubscriptionPushButton"_s);
    connect(m_editButton, &QPushButton::clicked, this, &SubscriptionDetailPanel::editRequested);
    connect(m_pauseButton, &QPushButton::clicked, this, &SubscriptionDetailPanel::pauseRequested);
    connect(m_resumeButton, &QPushButton::clicked, this, &SubscriptionDetailPanel::resumeRequested);
    connect(m_cancelButton, &QPushButton::clicked, this, &SubscriptionDetailPanel::cancelRequested);
    // Two rows, so the panel stays narrow and the list keeps its columns (Cancel is the rare, final action).
    auto* actions = new QGridLayout;
    actions->addWidget(m_editButton, 0, 0);
    actions->addWidget(m_pauseButton, 0, 1);
    actions->addWidget(m_resumeButton, 0, 2);
    actions->addWidget(m_cancelButton, 1, 0, 1, 2, Qt::AlignLeft);
    actions->setColumnStretch(3, 1);

    m_historyTable->setObjectName(u"billingHistoryTableWidget"_s);
    m_historyTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyTable->verticalHeader()->hide();
    m_historyTable->setWordWrap(false);
    m_historyTable->setTextElideMode(Qt::ElideRight);
    // Period and amount as wide as their text (the period on two lines), the status with its details takes the rest
    // and is cut with "…" (the tool tip has it whole): the table does not scroll sideways in the panel's width.
    m_historyTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_historyTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_historyTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_historyTable->setTabKeyNavigation(false);
    connect(m_historyTable, &QTableWidget::cellActivated, this, [this](int row, int) {
        const QVariant id = m_historyTable->item(row, 0)->data(Qt::UserRole);
        if (id.isValid() && id.toLongLong() > 0) {
            m_context.navigator->showInvoice(id.toLongLong());
        }
    });
    m_loadMoreButton->setObjectName(u"loadMoreHistoryPushButton"_s);
    connect(m_loadMoreButton, &QPushButton::clicked, this, [this] { loadHistoryPage(m_historyPage + 1); });

    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(actions);
    contentLayout->addLayout(m_form);
    m_historyLabel->setWordWrap(true); // a long note wraps instead of widening the pane over the list
    contentLayout->addWidget(m_historyLabel);
    contentLayout->addWidget(m_historyTable, 1);
    contentLayout->addWidget(m_loadMoreButton, 0, Qt::AlignLeft);

    m_staleNotice = new StaleNotice(this);
    m_staleNotice->setObjectName(u"subscriptionDetailStaleNotice"_s);
    m_staleNotice->setTimeFormatter([this](const QDateTime& utc) {
        return StaleNotice::formatAsOf(
            utc, m_context.session->displayFormat().locale(), m_context.session->displayFormat().zone());
    });
    connect(m_staleNotice, &StaleNotice::retryRequested, this, &SubscriptionDetailPanel::reload);
    if (context.session) {
        connect(context.session, &Session::connectivityChanged, this, [this] {
            if (m_subscription.id != 0) {
                fill();
            }
        });
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_staleNotice);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_content, 1);
    retranslate();
    clear();
}

SubscriptionDetailPanel::~SubscriptionDetailPanel()
{
    cancelRequests();
}

void SubscriptionDetailPanel::cancelRequests()
{
    if (ApiClient* api = m_context.session->api()) {
        if (m_detailRequest != 0) {
            api->cancel(m_detailRequest);
        }
        if (m_historyRequest != 0) {
            api->cancel(m_historyRequest);
        }
    }
    m_detailRequest = 0;
    m_historyRequest = 0;
}

void SubscriptionDetailPanel::clear()
{
    cancelRequests();
    m_subscription = Subscription {};
    m_detailLoaded = false;
    m_loadedAt = {};
    m_detailError.clear();
    m_historyError.clear();
    m_historyId = 0;
    m_historyTable->setRowCount(0);
    m_staleNotice->clearNotice();
    m_content->hide();
    m_placeholder->show();
    m_titleLabel->setText(tr("No subscription selected"));
}

void SubscriptionDetailPanel::showSubscription(const Subscription& summary)
{
    const bool same = summary.id == m_subscription.id;
    m_subscription = summary;
    if (!same) {
        m_detailLoaded = false;
        m_loadedAt = {};
        m_detailError.clear();
        m_historyError.clear();
    }
    fill();
    reload();
}

void SubscriptionDetailPanel::reload()
{
    if (m_subscription.id == 0) {
        return;
    }
    cancelRequests();
    const qint64 id = m_subscription.id;
    m_detailRequest
        = m_context.session->api()->subscription(id, this, [this, id](const ApiResult<Subscription>& result) {
              m_detailRequest = 0;
              if (id != m_subscription.id) {
                  return;
              }
              if (!result.ok()) {
                  if (result.error.kind == ApiError::Kind::Cancelled) {
                      return;
                  }
                  // What is shown (the last detail, or the list row) stays, marked stale; the window's banner only when
                  // the key is wrong (it offers the way to Settings).
                  m_detailError = result.error.userText();
                  updateStaleNotice();
                  if (result.error.kind == ApiError::Kind::Unauthorized) {
                      m_context.notifier->reportError(result.error, [self = QPointer<SubscriptionDetailPanel>(this)] {
                          if (self) {
                              self->reload();
                          }
                      });
                  }
                  return;
              }
              m_subscription = result.value;
              m_detailLoaded = true;
              m_loadedAt = QDateTime::currentDateTimeUtc();
              m_detailError.clear();
              updateStaleNotice();
              fill();
              Q_EMIT detailLoaded(m_subscription);
          });
    if (m_historyId != id) {
        m_historyTable->setRowCount(0); // another subscription's history is never shown as this one's
    }
    m_historyId = id;
    // The rows of this subscription's history stay until page 1 answers (then it replaces them).
    m_historyPage = 0;
    loadHistoryPage(1);
}

QString SubscriptionDetailPanel::historyStatusLabel(const SubscriptionInvoice& inv)
{
    // Our own translated label for the documented statuses (docs/api-contract.md §6); the server's own label (it is
    // Russian) only for a status we do not know, then the raw value.
    if (inv.status == u"pending") {
        return tr("Pending");
    }
    if (inv.status == u"paid") {
        return tr("Paid");
    }
    if (inv.status == u"failed") {
        return tr("Failed");
    }
    if (inv.status == u"cancelled") {
        return tr("Cancelled");
    }
    if (inv.status == u"skipped") {
        return tr("Skipped");
    }
    return inv.statusLabel.isEmpty() ? orDash(inv.status) : inv.statusLabel;
}

void SubscriptionDetailPanel::fill()
{
    const Subscription& s = m_subscription;
    if (s.id == 0) {
        clear();
        return;
    }
    m_placeholder->hide();
    m_content->show();
    m_titleLabel->setText(s.subscriberName.isEmpty() ? tr("Subscription %1").arg(s.id)
                                                     : tr("Subscription %1 — %2").arg(s.id).arg(s.subscriberName));
    QString status = Subscription::statusLabel(s.status);
    if (s.inGracePeriod.value_or(false)) {
        status += u" · "_s + tr("in grace period");
    }
    if (s.failedAttempts.value_or(0) > 0) {
        status += u" · "_s + tr("%n failed attempt(s)", nullptr, *s.failedAttempts);
    }
    m_statusValue->setText(status);
    m_amountValue->setText(m_context.session->displayFormat().money(s.amount));
    m_phoneValue->setText(displayPhone(s.phone));
    m_nameValue->setText(orDash(s.subscriberName));
    QString period = Subscription::billingPeriodLabel(s.billingPeriod);
    if (s.billingDay) {
        period += u", "_s + tr("day %1").arg(*s.billingDay);
    }
    m_periodValue->setText(orDash(period));
    m_nextValue->setText(m_context.session->displayFormat().dateTime(s.nextBillingAt));
    QStringList retry;
    if (s.maxRetryAttempts) {
        retry << tr("%n attempt(s)", nullptr, *s.maxRetryAttempts);
    }
    if (s.retryIntervalHours) {
        retry << tr("every %n hour(s)", nullptr, *s.retryIntervalHours);
    }
    if (s.gracePeriodDays) {
        retry << tr("grace %n day(s)", nullptr, *s.gracePeriodDays);
    }
    m_retryValue->setText(retry.isEmpty() ? tr("service defaults") : retry.join(u", "_s));
    m_externalValue->setText(orDash(s.externalSubscriberId));
    m_descriptionValue->setText(orDash(s.description));
    if (s.stats) {
        m_statsValue->setText(tr("%1 payments: %2 successful, %3 failed; collected %4")
                                  .arg(s.stats->totalPayments)
                                  .arg(s.stats->successfulPayments)
                                  .arg(s.stats->failedPayments)
                                  .arg(m_context.session->displayFormat().money(s.stats->totalCollected)));
    } else {
        m_statsValue->setText(m_detailLoaded ? u"—"_s : tr("loading…"));
    }
    if (s.lastPayment) {
        m_lastPaymentValue->setText(tr("%1, %2, %3")
                                        .arg(m_context.session->displayFormat().money(s.lastPayment->amount),
                                            orDash(s.lastPayment->statusLabel()),
                                            m_context.session->displayFormat().dateTime(s.lastPayment->paidAt)));
    } else {
        m_lastPaymentValue->setText(m_detailLoaded ? tr("none yet") : tr("loading…"));
    }
    m_editButton->setEnabled(s.status != u"cancelled" && s.status != u"expired");
    m_pauseButton->setEnabled(s.canPause());
    m_resumeButton->setEnabled(s.canResume());
    m_cancelButton->setEnabled(s.canCancel());
    for (QPushButton* write : { m_editButton, m_pauseButton, m_resumeButton, m_cancelButton }) {
        OfflineBanner::guard(m_context.session, write); // offline: disabled, and the tool tip says why
    }
}

void SubscriptionDetailPanel::retranslate()
{
    const QList<std::pair<QLabel*, QString>> rows = {
        { m_statusValue, tr("Status") },
        { m_amountValue, tr("Amount") },
        { m_phoneValue, tr("Phone") },
        { m_nameValue, tr("Subscriber") },
        { m_periodValue, tr("Billing period") },
        { m_nextValue, tr("Next billing") },
        { m_retryValue, tr("Retries") },
        { m_externalValue, tr("External ID") },
        { m_descriptionValue, tr("Description") },
        { m_statsValue, tr("Statistics") },
        { m_lastPaymentValue, tr("Last payment") },
    };
    for (const auto& [field, text] : rows) {
        if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(field))) {
            label->setText(text);
        }
        field->setAccessibleName(text);
    }
    m_historyTable->setHorizontalHeaderLabels({ tr("Period"), tr("Amount"), tr("Status") });
    m_historyTable->setAccessibleName(tr("Billing history; press Enter on a row to open its invoice"));
    m_loadMoreButton->setText(tr("Load &more"));
    m_loadMoreButton->setAccessibleName(tr("Load more billing history"));
    m_editButton->setText(tr("&Edit…"));
    m_editButton->setAccessibleName(tr("Edit this subscription"));
    m_pauseButton->setText(tr("&Pause"));
    m_pauseButton->setAccessibleName(tr("Pause this subscription"));
    m_resumeButton->setText(tr("Res&ume"));
    m_resumeButton->setAccessibleName(tr("Resume this subscription"));
    m_cancelButton->setText(tr("Ca&ncel subscription"));
    m_cancelButton->setAccessibleName(tr("Cancel this subscription for good"));
    m_placeholder->setText(tr("Select a subscription in the list to see its details, statistics and billing history."));
    if (m_subscription.id != 0) {
        fill();
    }
}

void SubscriptionDetailPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace apipay
