#include "subscriptions/subscriptionspage.h"

#include "subscriptions/subscriptiondetailpanel.h"
#include "subscriptions/subscriptionformdialog.h"

#include "api/apiclient.h"
#include "models/subscriptiontablemodel.h"
#include "session/session.h"
#include "store/historystore.h"
#include "widgets/offlinebanner.h"
#include "widgets/phonelineedit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace apipay {

SubscriptionsPage::SubscriptionsPage(const PageContext& context, QWidget* parent)
    : ListPage(context,
        new SubscriptionTableModel(context.session->api()),
        nullptr,
        SubscriptionTableModel::IdRole,
        u"subscriptions"_s,
        parent)
    , m_model(static_cast<SubscriptionTableModel*>(listModel()))
    , m_statusCombo(new QComboBox(this))
    , m_statusLabel(new QLabel(this))
    , m_phoneLabel(new QLabel(this))
    , m_phoneEdit(new PhoneLineEdit(this))
    , m_externalIdLabel(new QLabel(this))
    , m_externalIdEdit(new QLineEdit(this))
    , m_applyButton(new QPushButton(this))
    , m_newButton(new QPushButton(this))
    , m_filterError(new QLabel(this))
    , m_detail(new SubscriptionDetailPanel(context, this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(u"subscriptionsPage"_s);
    setElidableColumns({ SubscriptionTableModel::SubscriberName, SubscriptionTableModel::ExternalSubscriberId,
        SubscriptionTableModel::Description });
    // The detail pane shows these; a right-click on the column titles brings them back into the list.
    setDefaultHiddenColumns({ SubscriptionTableModel::ExternalSubscriberId, SubscriptionTableModel::Description,
        SubscriptionTableModel::CreatedAt });

    m_statusCombo->setObjectName(u"statusFilterComboBox"_s);
    m_phoneEdit->setObjectName(u"phoneFilterLineEdit"_s);
    m_phoneEdit->setOptional(true);
    m_externalIdEdit->setObjectName(u"externalIdFilterLineEdit"_s);
    m_externalIdEdit->setMaxLength(255);
    m_externalIdEdit->setClearButtonEnabled(true);
    m_statusLabel->setBuddy(m_statusCombo);
    m_phoneLabel->setBuddy(m_phoneEdit);
    m_externalIdLabel->setBuddy(m_externalIdEdit);
    m_applyButton->setObjectName(u"applyFiltersPushButton"_s);
    m_newButton->setObjectName(u"newSubscriptionPushButton"_s);
    m_filterError->setWordWrap(true);
    m_filterError->hide();
    connect(m_applyButton, &QPushButton::clicked, this, &SubscriptionsPage::applyFilters);
    connect(m_phoneEdit, &QLineEdit::returnPressed, this, &SubscriptionsPage::applyFilters);
    connect(m_externalIdEdit, &QLineEdit::returnPressed, this, &SubscriptionsPage::applyFilters);
    connect(m_statusCombo, &QComboBox::activated, this, &SubscriptionsPage::applyFilters);
    connect(m_newButton, &QPushButton::clicked, this, [this] { openCreateForm(); });
    // Offline: "New subscription" waits for the server (and says why); the list shows what is stored.
    const auto followConnectivity = [this] {
        m_newButton->setEnabled(true);
        OfflineBanner::guard(this->context().session, m_newButton);
        showStoredWhileOffline();
    };
    connect(context.session, &Session::connectivityChanged, this, followConnectivity);
    followConnectivity();

    auto* filterBar = new QWidget(this);
    auto* filters = new QHBoxLayout(filterBar);
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_statusLabel);
    filters->addWidget(m_statusCombo);
    filters->addWidget(m_phoneLabel);
    filters->addWidget(m_phoneEdit);
    filters->addWidget(m_externalIdLabel);
    filters->addWidget(m_externalIdEdit);
    filters->addWidget(m_applyButton);
    filters->addStretch(1);
    filters->addWidget(m_newButton);

    m_progress->setRange(0, 0);
    m_progress->setMaximumHeight(6);
    m_progress->setTextVisible(false);
    m_progress->hide();

    setFilterBar(filterBar);
    addAboveList(m_filterError);
    addAboveList(m_progress);
    setDetailPanel(m_detail);

    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_pendingSelection != 0 && selectSubscription(m_pendingSelection)) {
            m_pendingSelection = 0;
        }
    });
    connect(m_model, &PagedTableModel::loadingChanged, this,
        [this](bool loading) { m_progress->setVisible(loading || m_actionRequest != 0); });
    connect(tableView()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &SubscriptionsPage::showCurrentDetail);
    // Keyboard: Enter on a row moves to the detail's actions.
    connect(tableView(), &QTableView::activated, this, [this] {
        for (QPushButton* button : { m_detail->pauseButton(), m_detail->resumeButton(), m_detail->editButton() }) {
            if (button->isEnabled()) {
                button->setFocus(Qt::TabFocusReason);
                return;
            }
        }
    });
    connect(
        m_detail, &SubscriptionDetailPanel::detailLoaded, this, [this](const Subscription& s) { m_model->upsert(s); });
    connect(m_detail, &SubscriptionDetailPanel::editRequested, this, [this] { openEditForm(); });
    connect(m_detail, &SubscriptionDetailPanel::pauseRequested, this, [this] { requestAction(Action::Pause); });
    connect(m_detail, &SubscriptionDetailPanel::resumeRequested, this, [this] { requestAction(Action::Resume); });
    connect(m_detail, &SubscriptionDetailPanel::cancelRequested, this, [this] { requestAction(Action::Cancel); });
    retranslate();
    updateEmptyState();
}

SubscriptionsPage::~SubscriptionsPage()
{
    // The model cancels its request while it is destroyed; its answer must not reach this half-destroyed page.
    disconnect(m_model, nullptr, this, nullptr);
    if (m_actionRequest != 0 && context().session->api()) {
        context().session->api()->cancel(m_actionRequest);
    }
}

QString SubscriptionsPage::title() const
{
    return tr("Subscriptions");
}

void SubscriptionsPage::load()
{
    if (showStoredWhileOffline()) {
        return;
    }
    applyFilters();
}

bool SubscriptionsPage::showStoredWhileOffline()
{
    HistoryStore* store = context().session->history();
    if (!context().session->isOffline() || !store) {
        if (m_showingStored) {
            m_showingStored = false; // back online: the server's list again
            if (loadedOnce()) {
                applyFilters();
            }
        }
        return false;
    }
    const StoreResult<QList<Subscription>> stored = store->subscriptions();
    if (!stored.ok() || stored.value().isEmpty()) {
        return false;
    }
    m_model->replaceRows(stored.value());
    m_showingStored = true;
    setLoadedOnce(true);
    updateEmptyState();
    return true;
}

void SubscriptionsPage::sessionChanged()
{
    m_detail->clear();
}

void SubscriptionsPage::refresh()
{
    applyFilters();
    if (m_detail->subscription().id != 0) {
        m_detail->reload();
    }
}

void SubscriptionsPage::focusSearch()
{
    m_phoneEdit->setFocus(Qt::ShortcutFocusReason);
    m_phoneEdit->selectAll();
}

void SubscriptionsPage::applyFilters()
{
    if (!m_phoneEdit->isValid()) {
        m_filterError->setText(m_phoneEdit->hintText());
        m_filterError->show();
        m_phoneEdit->setFocus();
        return;
    }
    m_filterError->hide();
    setLoadedOnce(true);
    SubscriptionQuery query;
    query.status = m_statusCombo->currentData().toString();
    query.phone = m_phoneEdit->normalized();
    query.externalSubscriberId = m_externalIdEdit->text().trimmed();
    m_model->setDisplayFormat(context().session->displayFormat());
    m_model->setQuery(query);
    updateEmptyState();
}

bool SubscriptionsPage::selectSubscription(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0) {
        return false;
    }
    selectModelRow(row);
    return true;
}

QString SubscriptionsPage::emptyText(EmptyReason reason) const
{
    switch (reason) {
    case EmptyReason::Loading:
        return tr("Loading subscriptions…");
    case EmptyReason::LoadFailed:
        return tr("The subscriptions could not be loaded. Use Retry in the message above, or press F5.");
    case EmptyReason::NoRows:
        break;
    }
    const SubscriptionQuery q = m_model->query();
    const bool filtered = !q.status.isEmpty() || !q.phone.isEmpty() || !q.externalSubscriberId.isEmpty();
    return filtered ? tr("No subscriptions match these filters. Choose \"All\" and clear the fields to see "
                         "every subscription.")
                    : tr("No subscriptions yet. Choose \"New subscription\" to bill a customer regularly "
                         "(daily to yearly) through Kaspi.");
}

void SubscriptionsPage::showCurrentDetail()
{
    const int row = currentModelRow();
    if (row < 0) {
        return;
    }
    const Subscription s = m_model->subscriptionAt(row);
    if (s.id != m_detail->subscription().id) {
        m_detail->showSubscription(s);
    }
}

void SubscriptionsPage::retranslate()
{
    const QString current = m_statusCombo->currentData().toString();
    m_statusCombo->clear();
    m_statusCombo->addItem(tr("All"), QString());
    for (const QString& status : { u"active"_s, u"paused"_s, u"cancelled"_s, u"expired"_s }) {
        m_statusCombo->addItem(Subscription::statusLabel(status), status);
    }
    m_statusCombo->setCurrentIndex(std::max(0, m_statusCombo->findData(current)));
    m_statusLabel->setText(tr("&Status:"));
    m_statusCombo->setAccessibleName(tr("Status filter"));
    m_phoneLabel->setText(tr("P&hone:"));
    m_phoneEdit->setAccessibleName(tr("Phone filter"));
    m_phoneEdit->setPlaceholderText(tr("any"));
    m_externalIdLabel->setText(tr("E&xternal ID:"));
    m_externalIdEdit->setAccessibleName(tr("External subscriber ID filter"));
    m_externalIdEdit->setPlaceholderText(tr("any"));
    m_applyButton->setText(tr("&Apply"));
    m_applyButton->setAccessibleName(tr("Apply the filters"));
    m_newButton->setText(tr("&New subscription…"));
    m_newButton->setAccessibleName(tr("Create a new subscription"));
    tableView()->setAccessibleName(tr("Subscriptions"));
    m_progress->setAccessibleName(tr("Working"));
    updateEmptyState();
}

} // namespace apipay
