#include "refunds/refundfilterbar.h"

#include "domain/refund.h"
#include "format/displayformat.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>

using namespace Qt::StringLiterals;

namespace apipay {

namespace {
constexpr int kSearchLength = 100;

const QStringList& refundStatuses()
{
    static const QStringList statuses = { u"pending"_s, u"processing"_s, u"completed"_s, u"failed"_s };
    return statuses;
}
} // namespace

RefundFilterBar::RefundFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_searchEdit(new SearchLineEdit(this))
    , m_statusLabel(new QLabel(this))
    , m_fromCheck(new QCheckBox(this))
    , m_fromEdit(new QDateEdit(this))
    , m_toCheck(new QCheckBox(this))
    , m_toEdit(new QDateEdit(this))
    , m_invoiceLabel(new QLabel(this))
    , m_invoiceIdEdit(new QLineEdit(this))
    , m_applyButton(new QPushButton(this))
    , m_clearButton(new QPushButton(this))
    , m_errorLabel(new QLabel(this))
{
    m_searchEdit->setObjectName(u"refundSearchLineEdit"_s);
    m_searchEdit->setMaxLength(kSearchLength);
    m_searchEdit->setDelayMs(SearchLineEdit::kLocalDelayMs); // answered by the store only, like the invoices page's
    m_searchEdit->setMinimumWidth(280);
    connect(m_searchEdit, &SearchLineEdit::searchChanged, this, &RefundFilterBar::apply);

    auto* statuses = new QHBoxLayout;
    statuses->addWidget(m_searchEdit, 3); // most of the row: the placeholder says what can be searched
    statuses->addSpacing(12);
    statuses->addWidget(m_statusLabel);
    for (const QString& status : refundStatuses()) {
        auto* check = new QCheckBox(this);
        check->setObjectName(status + u"CheckBox"_s);
        check->setProperty("rawStatus", status);
        m_statusChecks.append(check);
        statuses->addWidget(check);
    }
    statuses->addStretch(1);

    const QDate today = QDate::currentDate();
    for (QDateEdit* edit : { m_fromEdit, m_toEdit }) {
        edit->setCalendarPopup(true);
        edit->setDate(today);
        edit->setEnabled(false);
    }
    m_fromEdit->setDate(today.addDays(-30));
    m_fromEdit->setObjectName(u"fromDateEdit"_s);
    m_toEdit->setObjectName(u"toDateEdit"_s);
    connect(m_fromCheck, &QCheckBox::toggled, m_fromEdit, &QWidget::setEnabled);
    connect(m_toCheck, &QCheckBox::toggled, m_toEdit, &QWidget::setEnabled);

    m_invoiceIdEdit->setObjectName(u"invoiceIdLineEdit"_s);
    m_invoiceIdEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"^[0-9]{0,18}$"_s), m_invoiceIdEdit));
    m_invoiceIdEdit->setClearButtonEnabled(true);
    m_invoiceIdEdit->setMaximumWidth(160);
    m_invoiceLabel->setBuddy(m_invoiceIdEdit);
    connect(m_invoiceIdEdit, &QLineEdit::returnPressed, this, &RefundFilterBar::apply);

    m_applyButton->setObjectName(u"applyFiltersPushButton"_s);
    m_applyButton->setDefault(false);
    m_clearButton->setObjectName(u"clearFiltersPushButton"_s);
    connect(m_applyButton, &QPushButton::clicked, this, &RefundFilterBar::apply);
    connect(m_clearButton, &QPushButton::clicked, this, [this] {
        clearFilters();
        apply();
    });

    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    m_errorLabel->setForegroundRole(QPalette::BrightText);

    auto* second = new QHBoxLayout;
    second->addWidget(m_fromCheck);
    second->addWidget(m_fromEdit);
    second->addWidget(m_toCheck);
    second->addWidget(m_toEdit);
    second->addSpacing(12);
    second->addWidget(m_invoiceLabel);
    second->addWidget(m_invoiceIdEdit);
    second->addStretch(1);
    second->addWidget(m_applyButton);
    second->addWidget(m_clearButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(statuses);
    layout->addLayout(second);
    layout->addWidget(m_errorLabel);
    retranslate();
}

QCheckBox* RefundFilterBar::statusCheckBox(const QString& rawStatus) const
{
    for (QCheckBox* check : m_statusChecks) {
        if (check->property("rawStatus").toString() == rawStatus) {
            return check;
        }
    }
    return nullptr;
}

std::optional<RefundQuery> RefundFilterBar::query(QString* errorText) const
{
    RefundQuery query;
    for (QCheckBox* check : m_statusChecks) {
        if (check->isChecked()) {
            query.statuses.append(check->property("rawStatus").toString());
        }
    }
    if (m_fromCheck->isChecked()) {
        query.dateFrom = m_fromEdit->date();
    }
    if (m_toCheck->isChecked()) {
        query.dateTo = m_toEdit->date();
    }
    if (query.dateFrom.isValid() && query.dateTo.isValid() && query.dateTo < query.dateFrom) {
        if (errorText) {
            *errorText = tr("The end date is before the start date.");
        }
        return std::nullopt;
    }
    const QString id = m_invoiceIdEdit->text().trimmed();
    if (!id.isEmpty()) {
        bool ok = false;
        const qint64 value = id.toLongLong(&ok);
        if (!ok || value <= 0) {
            if (errorText) {
                *errorText = tr("The invoice ID must be a positive whole number.");
            }
            return std::nullopt;
        }
        query.invoiceId = value;
    }
    return query;
}

void RefundFilterBar::clearFilters()
{
    for (QCheckBox* check : m_statusChecks) {
        check->setChecked(false);
    }
    m_fromCheck->setChecked(false);
    m_toCheck->setChecked(false);
    m_invoiceIdEdit->clear();
    m_searchEdit->clearSilently();
    m_errorLabel->hide();
}

void RefundFilterBar::showPeriod(QDate firstDay, QDate lastDay)
{
    clearFilters();
    m_fromEdit->setDate(firstDay);
    m_toEdit->setDate(lastDay);
    m_fromCheck->setChecked(true);
    m_toCheck->setChecked(true);
    apply();
}

void RefundFilterBar::focusSearch()
{
    if (m_searchEdit->isEnabled()) {
        m_searchEdit->focusAndSelect();
    } else {
        focusInvoiceId();
    }
}

QString RefundFilterBar::searchText() const
{
    return m_searchEdit->isEnabled() ? m_searchEdit->searchText() : QString();
}

bool RefundFilterBar::isSearchAvailable() const
{
    return m_searchEdit->isEnabled();
}

void RefundFilterBar::setSearchAvailable(bool available)
{
    if (available == m_searchEdit->isEnabled()) {
        return;
    }
    // A search that cannot be applied is not left in the field: the list would not match what it says.
    if (!available) {
        m_searchEdit->clearSilently();
    }
    m_searchEdit->setEnabled(available);
    retranslate();
}

void RefundFilterBar::focusInvoiceId()
{
    m_invoiceIdEdit->setFocus(Qt::ShortcutFocusReason);
    m_invoiceIdEdit->selectAll();
}

void RefundFilterBar::apply()
{
    QString error;
    const std::optional<RefundQuery> q = query(&error);
    if (!q) {
        m_errorLabel->setText(error);
        m_errorLabel->show();
        return;
    }
    m_errorLabel->hide();
    Q_EMIT filtersChanged(*q);
}

void RefundFilterBar::retranslate()
{
    // Dates as everywhere else: the UI language's short format (QLocale::setDefault follows the language).
    for (QDateEdit* edit : { m_fromEdit, m_toEdit }) {
        edit->setDisplayFormat(DisplayFormat(QLocale(), DisplayFormat::almaty()).dateFormat());
    }
    m_searchEdit->setPlaceholderText(m_searchEdit->isEnabled()
            ? tr("Search by number, phone, name, reason or item (Ctrl+F)")
            : tr("Search (available once the history has been read)"));
    m_searchEdit->setAccessibleName(tr("Search refunds"));
    // Shown while the page lists the server's refunds (the history on this computer is still being read, or is off).
    const QString unavailable = tr("The search looks through the refund history on this computer, which is not "
                                   "complete yet. The server's refund list cannot be searched by text: use the "
                                   "filters, or wait until the history has been read.");
    m_searchEdit->setToolTip(m_searchEdit->isEnabled() ? QString() : unavailable);
    m_searchEdit->setStatusTip(m_searchEdit->isEnabled() ? QString() : unavailable);
    m_statusLabel->setText(tr("Status:"));
    for (QCheckBox* check : m_statusChecks) {
        const QString label = Refund::statusLabel(check->property("rawStatus").toString());
        check->setText(label);
        check->setAccessibleName(tr("Show refunds with status %1").arg(label));
    }
    m_fromCheck->setText(tr("&From"));
    m_fromCheck->setAccessibleName(tr("Filter from a date"));
    m_fromEdit->setAccessibleName(tr("From date"));
    m_toCheck->setText(tr("&To"));
    m_toCheck->setAccessibleName(tr("Filter up to a date"));
    m_toEdit->setAccessibleName(tr("To date"));
    m_invoiceLabel->setText(tr("&Invoice ID:"));
    m_invoiceIdEdit->setAccessibleName(tr("Invoice ID"));
    m_invoiceIdEdit->setPlaceholderText(tr("any"));
    m_applyButton->setText(tr("&Apply"));
    m_applyButton->setAccessibleName(tr("Apply the filters"));
    m_clearButton->setText(tr("Clea&r"));
    m_clearButton->setAccessibleName(tr("Clear the filters"));
}

void RefundFilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace apipay
