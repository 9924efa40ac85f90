#include "refunddialog.h"

#include "api/apiclient.h"
#include "money/moneysum.h"
#include "shell/pagecontext.h"
#include "widgets/dialogfitter.h"
#include "widgets/unsavedinputguard.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace apipay {

namespace {
constexpr int kReasonLimit = 500;
enum ItemColumn { NameColumn, PriceColumn, BoughtColumn, ReturnedColumn, ReturnColumn, ItemColumnCount };

} // namespace

RefundDialog::RefundDialog(
    const PageContext& context, const Invoice& invoice, const std::optional<InvoiceRefunds>& refunds, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_invoice(invoice)
    , m_refunds(refunds)
{
    new DialogFitter(this); // a message or a hint that appears makes the dialog taller instead of being cut
    setWindowTitle(tr("Refund invoice %1").arg(invoice.id));
    setObjectName(u"refundDialog"_s);

    if (m_refunds) {
        setAvailableFrom(*m_refunds);
    } else {
        m_available = availableFrom(invoice.availableForRefund, invoice.amount, invoice.totalRefunded);
    }

    auto* layout = new QVBoxLayout(this);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setWordWrap(true);
    layout->addWidget(m_summaryLabel);

    m_fullRadio = new QRadioButton(tr("&Full refund of the remaining amount"), this);
    m_fullRadio->setObjectName(u"refundFullRadioButton"_s);
    m_partialRadio = new QRadioButton(tr("&Partial refund of an amount"), this);
    m_partialRadio->setObjectName(u"refundPartialRadioButton"_s);
    m_itemsRadio = new QRadioButton(tr("Return &items"), this);
    m_itemsRadio->setObjectName(u"refundItemsRadioButton"_s);
    m_modeGroup = new QButtonGroup(this);
    m_modeGroup->addButton(m_fullRadio, int(Mode::Full));
    m_modeGroup->addButton(m_partialRadio, int(Mode::Partial));
    m_modeGroup->addButton(m_itemsRadio, int(Mode::ByItems));
    m_fullRadio->setChecked(true);
    layout->addWidget(m_fullRadio);
    layout->addWidget(m_partialRadio);

    auto* amountRow = new QFormLayout;
    m_amountEdit = new QLineEdit(this);
    m_amountEdit->setObjectName(u"refundAmountLineEdit"_s);
    m_amountEdit->setPlaceholderText(tr("e.g. 5000 or 5000,50"));
    amountRow->addRow(tr("&Amount, ₸:"), m_amountEdit);
    m_amountHint = new QLabel(this);
    m_amountHint->setObjectName(u"refundAmountHintLabel"_s);
    amountRow->addRow(QString(), m_amountHint);
    layout->addLayout(amountRow);

    layout->addWidget(m_itemsRadio);
    m_itemsTable = new QTableWidget(this);
    m_itemsTable->setObjectName(u"refundItemsTableWidget"_s);
    m_itemsTable->setAccessibleName(tr("Items to return"));
    buildItemsTable();
    layout->addWidget(m_itemsTable);
    m_itemsTotalLabel = new QLabel(this);
    layout->addWidget(m_itemsTotalLabel);
    m_itemsRadio->setEnabled(m_itemsTable->rowCount() > 0);
    m_itemsRadio->setVisible(!invoice.items.isEmpty());
    m_itemsTable->setVisible(!invoice.items.isEmpty());
    m_itemsTotalLabel->setVisible(!invoice.items.isEmpty());

    auto* reasonLabel = new QLabel(tr("&Reason (optional):"), this);
    m_reasonEdit = new QPlainTextEdit(this);
    m_reasonEdit->setObjectName(u"refundReasonEdit"_s);
    m_reasonEdit->setTabChangesFocus(true);
    m_reasonEdit->setFixedHeight(m_reasonEdit->fontMetrics().lineSpacing() * 3 + 12);
    reasonLabel->setBuddy(m_reasonEdit);
    m_reasonCounter = new QLabel(this);
    m_reasonCounter->setAlignment(Qt::AlignRight);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reasonEdit);
    layout->addWidget(m_reasonCounter);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(u"refundMessageLabel"_s);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->hide();
    layout->addWidget(m_messageLabel);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_sendButton = m_buttons->addButton(tr("Send refund"), QDialogButtonBox::AcceptRole);
    m_sendButton->setObjectName(u"refundSendButton"_s);
    m_sendButton->setDefault(true);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &RefundDialog::send);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RefundDialog::reject);
    // The checked state, not the click: the keyboard, the mouse and a screen reader's "Toggle" all switch the mode.
    connect(m_modeGroup, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (!checked) {
            return;
        }
        updateState();
        if (Mode(id) == Mode::Partial) {
            m_amountEdit->setFocus();
        }
    });
    connect(m_amountEdit, &QLineEdit::textChanged, this, &RefundDialog::updateState);
    connect(m_reasonEdit, &QPlainTextEdit::textChanged, this, &RefundDialog::updateState);
    updateState();
    resize(560, sizeHint().height());
    m_guard = new UnsavedInputGuard(this, [this] { return m_busy; });
    m_guard->watch();
}

void RefundDialog::reject()
{
    // Never while the refund is on its way (its answer says whether it was made); asks first when something was
    // entered and not sent.
    if (!m_guard->mayClose()) {
        return;
    }
    QDialog::reject();
}

RefundDialog::Mode RefundDialog::mode() const
{
    return Mode(m_modeGroup->checkedId());
}

std::optional<Money> RefundDialog::availableFrom(const std::optional<Money>& availableForRefund,
    const std::optional<Money>& amount,
    const std::optional<Money>& totalRefunded)
{
    // Only readable amounts (0 … the largest invoice) take part; an unreadable one leaves "available" unknown ("—")
    // and the service checks the amount itself. The difference is checked too.
    const auto readable = [](const std::optional<Money>& value) {
        return value && MoneySum::isReadable(*value) ? value : std::nullopt;
    };
    if (availableForRefund) {
        return readable(availableForRefund);
    }
    const std::optional<Money> paid = readable(amount);
    const std::optional<Money> refunded = totalRefunded ? readable(totalRefunded) : std::optional<Money>(Money());
    if (!paid || !refunded) {
        return std::nullopt;
    }
    return Money::checkedSub(*paid, *refunded);
}

void RefundDialog::setAvailableFrom(const InvoiceRefunds& refunds)
{
    if (const std::optional<Money> available
        = availableFrom(refunds.invoice.availableForRefund, refunds.invoice.amount, refunds.invoice.totalRefunded)) {
        m_available = available;
    }
}

qint64 RefundDialog::alreadyReturnedCount(const InvoiceItem& item) const
{
    if (!m_refunds) {
        return 0;
    }
    qint64 returned = 0;
    for (const Refund& refund : m_refunds->refunds) {
        if (refund.status == u"failed"_s) {
            continue;
        }
        for (const RefundItem& ri : refund.items) {
            const bool sameLine = ri.invoiceItemId ? *ri.invoiceItemId == item.id
                                                   : (ri.catalogItemId && ri.catalogItemId == item.catalogItemId);
            if (sameLine) {
                returned += ri.count;
            }
        }
    }
    return returned;
}

void RefundDialog::buildItemsTable()
{
    m_itemsTable->clear();
    m_itemsTable->setColumnCount(ItemColumnCount);
    m_itemsTable->setHorizontalHeaderLabels({ tr("Item"), tr("Price"), tr("Bought"), tr("Returned"), tr("Return") });
    m_itemsTable->setRowCount(int(m_invoice.items.size()));
    m_itemsTable->verticalHeader()->hide();
    m_itemsTable->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_itemsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_itemsTable->setSelectionMode(QAbstractItemView::NoSelection);
    for (int row = 0; row < m_invoice.items.size(); ++row) {
        const InvoiceItem& item = m_invoice.items.at(row);
        const qint64 returned = alreadyReturnedCount(item);
        m_itemsTable->setItem(row, NameColumn, new QTableWidgetItem(item.name));
        auto* price = new QTableWidgetItem(m_context.session->displayFormat().money(item.price));
        if (item.price && !MoneySum::isReadable(*item.price)) {
            price->setText(u"—"_s);
            price->setToolTip(tr("Unreadable price: ApiPay sent %1, more than any invoice can be. It is not counted.")
                                  .arg(item.price->toPlainString()));
        }
        m_itemsTable->setItem(row, PriceColumn, price);
        m_itemsTable->setItem(row, BoughtColumn, new QTableWidgetItem(QString::number(item.count)));
        m_itemsTable->setItem(row, ReturnedColumn, new QTableWidgetItem(QString::number(returned)));
        auto* spin = new QSpinBox(m_itemsTable);
        spin->setObjectName(u"refundCountSpinBox%1"_s.arg(row));
        spin->setAccessibleName(tr("How many of %1 are returned").arg(item.name));
        const qint64 left = qMax<qint64>(0, item.count - returned);
        spin->setRange(0, int(qMin<qint64>(left, 1'000'000)));
        spin->setEnabled(item.catalogItemId.has_value() && left > 0);
        if (!item.catalogItemId) {
            spin->setToolTip(tr("This item was deleted from the catalog; refund it by amount instead."));
        }
        connect(spin, &QSpinBox::valueChanged, this, [this] {
            m_itemsRadio->setChecked(true);
            updateState();
        });
        m_itemsTable->setCellWidget(row, ReturnColumn, spin);
    }
    m_itemsTable->setMinimumHeight(
        qMin(6, int(m_invoice.items.size()) + 1) * m_itemsTable->verticalHeader()->defaultSectionSize() + 8);
}

std::optional<RefundDraft> RefundDialog::draftFromInputs(QString* problem) const
{
    RefundDraft draft;
    draft.reason = m_reasonEdit->toPlainText().trimmed();
    if (draft.reason.size() > kReasonLimit) {
        *problem = tr("The reason is longer than %1 characters.").arg(kReasonLimit);
        return std::nullopt;
    }
    if (m_available && m_available->tiyn() <= 0) {
        *problem = tr("Nothing is left to refund on this invoice.");
        return std::nullopt;
    }
    switch (mode()) {
    case Mode::Full:
        return draft;
    case Mode::Partial: {
        const Money::ParseResult parsed = Money::parse(m_amountEdit->text());
        if (!parsed.ok()) {
            *problem = parsed.error == Money::ParseError::Empty ? tr("Enter the amount to refund.")
                                                                : Money::errorText(parsed.error);
            return std::nullopt;
        }
        if (parsed.value->tiyn() < 1) {
            *problem = tr("The amount must be at least 0.01 ₸.");
            return std::nullopt;
        }
        if (m_available && *parsed.value > *m_available) {
            *problem = tr("At most %1 can be refunded.").arg(m_context.session->displayFormat().money(m_available));
            return std::nullopt;
        }
        draft.amount = parsed.value;
        return draft;
    }
    case Mode::ByItems:
        for (int row = 0; row < m_itemsTable->rowCount(); ++row) {
            const auto* spin = qobject_cast<QSpinBox*>(m_itemsTable->cellWidget(row, ReturnColumn));
            const InvoiceItem& item = m_invoice.items.at(row);
            if (spin && spin->value() > 0 && item.catalogItemId) {
                draft.returnItems.append(ReturnLine { *item.catalogItemId, spin->value() });
            }
        }
        if (draft.returnItems.isEmpty()) {
            *problem = tr("Choose how many of which items are returned.");
            return std::nullopt;
        }
        return draft;
    }
    return std::nullopt;
}

void RefundDialog::updateState()
{
    const auto shown = [this](const std::optional<Money>& amount) {
        return amount && !MoneySum::isReadable(*amount) ? u"—"_s : m_context.session->displayFormat().money(amount);
    };
    m_summaryLabel->setText(
        tr("Invoice %1 · paid %2 · refunded %3 · <b>available for refund %4</b>")
            .arg(m_invoice.id)
            .arg(shown(m_invoice.amount), shown(m_refunds ? m_refunds->invoice.totalRefunded : m_invoice.totalRefunded),
                m_context.session->displayFormat().money(m_available)));
    m_amountEdit->setEnabled(mode() == Mode::Partial && !m_busy);
    m_amountHint->setText(tr("At most %1").arg(m_context.session->displayFormat().money(m_available)));

    // Checked: a price beyond the largest invoice is unreadable and never summed.
    MoneySum itemsTotal;
    for (int row = 0; row < m_itemsTable->rowCount(); ++row) {
        const auto* spin = qobject_cast<QSpinBox*>(m_itemsTable->cellWidget(row, ReturnColumn));
        const InvoiceItem& item = m_invoice.items.at(row);
        if (spin && item.price && spin->value() > 0) {
            itemsTotal.addProduct(*item.price, spin->value());
        }
    }
    if (itemsTotal.isComplete()) {
        m_itemsTotalLabel->setText(tr("Items to return: about %1 (the service computes the exact amount)")
                                       .arg(m_context.session->displayFormat().money(itemsTotal.total())));
    } else {
        m_itemsTotalLabel->setText(tr("Items to return: at least %1; some prices are unreadable (shown as “—”) and "
                                      "not counted. The service computes the exact amount.")
                                       .arg(m_context.session->displayFormat().money(itemsTotal.total())));
    }

    const int reasonLength = int(m_reasonEdit->toPlainText().trimmed().size());
    m_reasonCounter->setText(tr("%1 / %2").arg(reasonLength).arg(kReasonLimit));
    m_reasonCounter->setStyleSheet(reasonLength > kReasonLimit ? u"color: #c62828;"_s : QString());

    QString problem;
    const bool valid = draftFromInputs(&problem).has_value();
    // While the last refund's outcome is unknown the button checks it; it never sends.
    m_sendButton->setEnabled(m_unsettled ? !m_busy : valid && !m_busy);
    m_sendButton->setToolTip(m_unsettled ? QString() : problem);
    if (!m_busy && !valid && mode() == Mode::Partial && !m_amountEdit->text().isEmpty()) {
        m_amountHint->setText(problem);
    }
}

void RefundDialog::send()
{
    if (m_unsettled) {
        if (!m_busy) {
            checkOutcome();
        }
        return;
    }
    QString problem;
    const std::optional<RefundDraft> draft = draftFromInputs(&problem);
    if (!draft || m_busy) {
        return;
    }
    m_refundIdsAtSend.reset();
    if (m_refunds) {
        QList<qint64> ids;
        for (const Refund& refund : m_refunds->refunds) {
            ids << refund.id;
        }
        m_refundIdsAtSend = ids;
    }
    m_sentAt = QDateTime::currentDateTimeUtc();
    m_busy = true;
    m_messageLabel->setText(tr("Sending the refund…"));
    m_messageLabel->setStyleSheet(QString());
    m_messageLabel->show();
    updateState();
    m_context.session->api()->refundInvoice(
        m_invoice.id, *draft, this, [this](const ApiResult<RefundResult>& result) { onAnswer(result); });
}

void RefundDialog::onAnswer(const ApiResult<RefundResult>& result)
{
    if (result.ok()) {
        m_busy = false;
        Q_EMIT refundCreated(result.value);
        m_context.notifier->reportInfo(tr("Refund of %1 for invoice %2 queued")
                                           .arg(m_context.session->displayFormat().money(result.value.refund.amount))
                                           .arg(m_invoice.id));
        accept();
        return;
    }
    if (result.error.mayHaveBeenCarriedOut()) {
        m_unsettled = true;
        m_unsettledError = result.error;
        m_lostAnswer.markLost();
        checkOutcome();
        return;
    }
    m_busy = false;
    QString text = result.error.userText();
    const QStringList amountErrors = result.error.messagesFor(u"amount"_s);
    if (!amountErrors.isEmpty()) {
        m_amountHint->setText(amountErrors.join(u' '));
    }
    m_messageLabel->setText(text);
    m_messageLabel->setStyleSheet(u"color: #c62828;"_s);
    updateState();
    m_sendButton->setText(tr("Send refund"));
}

void RefundDialog::checkOutcome()
{
    m_busy = true;
    m_messageLabel->setText(tr("The answer to the refund was lost (%1). Checking this invoice's refunds before "
                               "anything is sent again…")
                                .arg(ApiError::kindTitle(m_unsettledError.kind)));
    m_messageLabel->setStyleSheet(u"color: #b26a00;"_s);
    m_messageLabel->show();
    updateState();
    m_context.session->api()->invoiceRefunds(m_invoice.id, this, [this](const ApiResult<InvoiceRefunds>& result) {
        m_busy = false;
        if (!result.ok()) {
            m_messageLabel->setText(tr("The refund may or may not have been made, and the refunds could not be "
                                       "loaded (%1). Press \"Check again\"; nothing is sent until it is known.")
                                        .arg(result.error.userText()));
            m_sendButton->setText(tr("Check again"));
            updateState();
            return;
        }
        m_refunds = result.value;
        setAvailableFrom(result.value);
        Q_EMIT refundsReloaded(result.value);
        buildItemsTable();
        // A refund the invoice did not have when this one was sent is this one. When its refunds had not been read
        // before, a refund created since shortly before the send counts (the two clocks may differ by minutes).
        const QDateTime since = m_sentAt.addSecs(-5 * 60);
        int made = 0;
        for (const Refund& refund : result.value.refunds) {
            const bool isNew = m_refundIdsAtSend ? !m_refundIdsAtSend->contains(refund.id)
                                                 : !refund.createdAt.isValid() || refund.createdAt >= since;
            made += isNew ? 1 : 0;
        }
        if (made == 0) {
            if (const std::optional<int> wait = m_lostAnswer.recheckAfterMs()) {
                // Right after the loss "no new refund" may only mean "not written yet": read once more first.
                m_busy = true;
                m_messageLabel->setText(tr("No new refund yet. Checking once more in a moment, in case the service "
                                           "is still working on it…"));
                updateState();
                QTimer::singleShot(*wait, this, &RefundDialog::checkOutcome);
                return;
            }
        }
        m_unsettled = false;
        const int after = int(result.value.refunds.size());
        if (made > 0) {
            m_messageLabel->setText(tr("The refund reached the service: the invoice now has %n refund(s). "
                                       "Nothing was sent twice.",
                nullptr, after));
            m_messageLabel->setStyleSheet(QString());
            m_sendButton->hide();
            m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
            m_guard->markSaved(); // the refund was made: nothing typed is lost by closing
            updateState();
            return;
        }
        m_messageLabel->setText(tr("The refund did not reach the service: the invoice has no new refund (%n in "
                                   "all). You can send it again.",
            nullptr, after));
        m_sendButton->setText(tr("Send again"));
        updateState();
    });
}

} // namespace apipay
