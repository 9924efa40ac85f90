#include "subscriptions/subscriptionspage.h"

#include "subscriptions/subscriptiondetailpanel.h"
#include "subscriptions/subscriptionformdialog.h"

#include "api/apiclient.h"
#include "models/subscriptiontablemodel.h"
#include "shell/pagecontext.h"
#include "widgets/emptystatelabel.h"
#include "widgets/listfreshness.h"
#include "widgets/stalenotice.h"
#include "widgets/phonelineedit.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace apipay {

SubscriptionsPage::SubscriptionsPage(const PageContext& context, QWidget* parent)
    : PageWidget(context, parent)
    , m_model(new SubscriptionTableModel(context.session->api(), this))
    , m_statusCombo(new QComboBox(this))
    , m_statusLabel(new QLabel(this))
    , m_phoneLabel(new QLabel(this))
    , m_phoneEdit(new PhoneLineEdit(this))
    , m_externalIdLabel(new QLabel(this))
    , m_externalIdEdit(new QLineEdit(this))
    , m_applyButton(new QPushButton(this))
    , m_newButton(new QPushButton(this))
    , m_filterError(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_tableView(new QTableView(this))
    , m_emptyLabel(new EmptyStateLabel(this))
    , m_staleNotice(new StaleNotice(this))
    , m_detail(new SubscriptionDetailPanel(context, this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(u"subscriptionsPage"_s);
    m_model->setLocale(context.session->displayFormat().locale());
    m_model->setDisplayZone(context.session->displayFormat().zone());

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

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_statusLabel);
    filters->addWidget(m_statusCombo);
    filters->addWidget(m_phoneLabel);
    filters->addWidget(m_phoneEdit);
    filters->addWidget(m_externalIdLabel);
    filters->addWidget(m_externalIdEdit);
    filters->addWidget(m_applyButton);
    filters->addStretch(1);
    filters->addWidget(m_newButton);

    m_tableView->setObjectName(u"subscriptionsTableView"_s);
    m_tableView->setModel(m_model);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setTabKeyNavigation(false);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setWordWrap(false);
    connect(m_model, &PagedTableModel::pageLoaded, m_tableView, [this](int page) {
        if (page == 1) {
            m_tableView->resizeColumnsToContents();
        }
    });
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    m_stack->addWidget(m_tableView);
    m_stack->addWidget(m_emptyLabel);

    m_staleNotice->setObjectName(u"subscriptionsStaleNotice"_s);
    m_staleNotice->setTimeFormatter([this](const QDateTime& utc) {
        return StaleNotice::formatAsOf(utc, this->context().session->displayFormat().locale(), this->context().session->displayFormat().zone());
    });
    auto* listColumn = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listColumn);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_staleNotice);
    listLayout->addWidget(m_stack, 1);
    m_freshness = new ListFreshness(m_model, m_staleNotice, m_tableView, SubscriptionTableModel::IdRole, this);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(listColumn);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    // The list starts with about two thirds of the width so its key columns are visible at 1280 px.
    splitter->setSizes({650, 350});

    m_progress->setRange(0, 0);
    m_progress->setMaximumHeight(6);
    m_progress->setTextVisible(false);
    m_progress->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_filterError);
    layout->addWidget(m_progress);
    layout->addWidget(splitter, 1);

    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        updateEmptyState();
        if (m_pendingSelection != 0 && selectSubscription(m_pendingSelection)) {
            m_pendingSelection = 0;
        }
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &SubscriptionsPage::updateEmptyState);
    connect(m_model, &PagedTableModel::loadingChanged, this, [this](bool loading) {
        m_progress->setVisible(loading || m_actionRequest != 0);
        updateEmptyState();
    });
    connect(m_model, &PagedTableModel::loadFailed, this, [this](const ApiError& error) {
        updateEmptyState();
        if (!m_freshness->needsWindowBanner(error)) {
            return; // the rows stay, marked stale above the list
        }
        this->context().notifier->reportError(error, [model = QPointer<SubscriptionTableModel>(m_model)] {
            if (model) {
                model->retry();
            }
        });
    });
    connect(m_tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SubscriptionsPage::showCurrentDetail);
    // Keyboard: Enter on a row moves to the detail's actions.
    connect(m_tableView, &QTableView::activated, this, [this] {
        for (QPushButton* button : {m_detail->pauseButton(), m_detail->resumeButton(), m_detail->editButton()}) {
            if (button->isEnabled()) {
                button->setFocus(Qt::TabFocusReason);
                return;
            }
        }
    });
    connect(m_detail, &SubscriptionDetailPanel::detailLoaded, this,
            [this](const Subscription& s) { m_model->upsert(s); });
    connect(m_detail, &SubscriptionDetailPanel::editRequested, this, [this] { openEditForm(); });
    connect(m_detail, &SubscriptionDetailPanel::pauseRequested, this, [this] { requestAction(Action::Pause); });
    connect(m_detail, &SubscriptionDetailPanel::resumeRequested, this, [this] { requestAction(Action::Resume); });
    connect(m_detail, &SubscriptionDetailPanel::cancelRequested, this, [this] { requestAction(Action::Cancel); });
    connect(context.session, &Session::sessionChanged, this, [this] {
        m_loadedOnce = false;
        m_detail->clear();
        if (isVisible()) {
            activated();
        }
    });
    connect(context.session, &Session::languageChanged, this, [this] {
        m_model->setLocale(this->context().session->displayFormat().locale());
        m_model->retranslate();
    });
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

void SubscriptionsPage::activated()
{
    if (!m_loadedOnce) {
        applyFilters();
    }
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
    m_loadedOnce = true;
    SubscriptionQuery query;
    query.status = m_statusCombo->currentData().toString();
    query.phone = m_phoneEdit->normalized();
    query.externalSubscriberId = m_externalIdEdit->text().trimmed();
    m_model->setDisplayZone(context().session->displayFormat().zone());
    m_model->setQuery(query);
    updateEmptyState();
}

bool SubscriptionsPage::selectSubscription(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0) {
        return false;
    }
    m_tableView->setCurrentIndex(m_model->index(row, 0));
    m_tableView->scrollTo(m_model->index(row, 0));
    return true;
}

void SubscriptionsPage::updateEmptyState()
{
    if (m_model->rowCount() > 0) {
        m_stack->setCurrentWidget(m_tableView);
        return;
    }
    const SubscriptionQuery q = m_model->query();
    const bool filtered = !q.status.isEmpty() || !q.phone.isEmpty() || !q.externalSubscriberId.isEmpty();
    if (m_model->isLoading()) {
        m_emptyLabel->setText(tr("Loading subscriptions…"));
    } else if (m_model->lastLoadFailed()) {
        m_emptyLabel->setText(tr("The subscriptions could not be loaded. Use Retry in the message above, or press F5."));
    } else if (filtered) {
        m_emptyLabel->setText(tr("No subscriptions match these filters. Choose \"All\" and clear the fields to see "
                                 "every subscription."));
    } else {
        m_emptyLabel->setText(tr("No subscriptions yet. Choose \"New subscription\" to bill a customer regularly "
                                 "(daily to yearly) through Kaspi."));
    }
    m_stack->setCurrentWidget(m_emptyLabel);
}

void SubscriptionsPage::showCurrentDetail()
{
    const QModelIndex current = m_tableView->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const Subscription s = m_model->subscriptionAt(current.row());
    if (s.id != m_detail->subscription().id) {
        m_detail->showSubscription(s);
    }
}

void SubscriptionsPage::retranslate()
{
    const QString current = m_statusCombo->currentData().toString();
    m_statusCombo->clear();
    m_statusCombo->addItem(tr("All"), QString());
    for (const QString& status : {u"active"_s, u"paused"_s, u"cancelled"_s, u"expired"_s}) {
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
    m_tableView->setAccessibleName(tr("Subscriptions"));
    m_progress->setAccessibleName(tr("Working"));
    updateEmptyState();
}

void SubscriptionsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    PageWidget::changeEvent(event);
}

} // namespace apipay
