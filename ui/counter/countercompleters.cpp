#include "counter/countercompleters.h"

#include "format/displayformat.h"
#include "session/session.h"
#include "store/historystore.h"
#include "widgets/moneylineedit.h"
#include "widgets/phonelineedit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QCoreApplication>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QStandardItemModel>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace apipay {

namespace {

constexpr int kCompletionRole = Qt::UserRole + 1;

// What the cashier types for an amount: "15000", "1500.50" (the field accepts both separators).
QString typedAmount(Money amount)
{
    const qint64 tiyn = amount.tiyn();
    const QString tenge = QString::number(tiyn / 100);
    return amount.isWholeTenge() ? tenge : tenge + u'.' + u"%1"_s.arg(tiyn % 100, 2, 10, QLatin1Char('0'));
}

// A popup completer that never takes Enter away from the counter: Enter on an offer the cashier chose with the
// arrow keys takes that offer; Enter without a chosen offer closes the popup and sends the form as typed.
class EnterSendsCompleter : public QCompleter
{
public:
    using QCompleter::QCompleter;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::KeyPress && popup() && watched == popup() && popup()->isVisible() && widget()) {
            auto* key = static_cast<QKeyEvent*>(event);
            const QModelIndex current = popup()->currentIndex();
            const bool chosen
                = current.isValid() && popup()->selectionModel() && popup()->selectionModel()->isSelected(current);
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                popup()->hide();
                if (!chosen) {
                    QCoreApplication::sendEvent(widget(), key);
                } else if (auto* edit = qobject_cast<QLineEdit*>(widget())) {
                    // Only the offer is taken: the field never sees this Enter, so nothing is sent with the old text.
                    edit->setText(current.data(completionRole()).toString());
                }
                return true;
            }
        }
        return QCompleter::eventFilter(watched, event);
    }

    // The path for the typed key — or one that matches nothing when the only offer is exactly what is typed: a
    // popup repeating the field's own value would only cover the field below it and take the next click.
    QStringList pathUnlessOnlyItself(const QString& key) const
    {
        const QAbstractItemModel* offers = model();
        if (!offers || key.isEmpty()) {
            return { key };
        }
        int matches = 0;
        bool exact = false;
        for (int row = 0; row < offers->rowCount() && matches < 2; ++row) {
            const QString offer = offers->index(row, 0).data(completionRole()).toString();
            if (offer.startsWith(key)) {
                ++matches;
                exact = exact || offer == key;
            }
        }
        return { matches == 1 && exact ? QString(QChar(0xFFFF)) : key };
    }
};

// Matches typed text against the stored forms: group spaces dropped, ',' read as '.'.
class AmountCompleter : public EnterSendsCompleter
{
public:
    using EnterSendsCompleter::EnterSendsCompleter;
    QStringList splitPath(const QString& path) const override
    {
        QString plain;
        for (const QChar ch : path) {
            if (ch.isDigit()) {
                plain.append(ch);
            } else if (ch == u'.' || ch == u',') {
                plain.append(u'.');
            }
        }
        return pathUnlessOnlyItself(plain);
    }
};

// Matches typed text against 8XXXXXXXXXX: "+7 777", "7777" and "8 (777)" all become "8777".
class PhoneCompleter : public EnterSendsCompleter
{
public:
    using EnterSendsCompleter::EnterSendsCompleter;
    QStringList splitPath(const QString& path) const override
    {
        QString digits;
        for (const QChar ch : path) {
            if (ch.isDigit()) {
                digits.append(ch);
            }
        }
        if (digits.startsWith(u'7')) {
            digits[0] = u'8';
        }
        return pathUnlessOnlyItself(digits);
    }
};

// Keeps the amount offers under the right end of the amount field (where the amount is typed), only as wide as they
// need: Qt lays a completer's popup over the whole width of the field, which hid the phone field below and put an
// offer where the cashier clicks to type the phone.
class RightAlignedPopup : public QObject
{
public:
    RightAlignedPopup(QAbstractItemView* popup, QObject* parent)
        : QObject(parent)
        , m_popup(popup)
    {
        popup->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        const QEvent::Type type = event->type();
        if (watched == m_popup && !m_placing
            && (type == QEvent::Show || type == QEvent::Move || type == QEvent::Resize)) {
            place();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void place()
    {
        const QRect shown = m_popup->geometry(); // as Qt placed it: under (or above) the field, its whole width
        const int frame = 2 * m_popup->frameWidth();
        const int needed = m_popup->sizeHintForColumn(0) + frame
            + (m_popup->verticalScrollBar()->isVisible() ? m_popup->verticalScrollBar()->sizeHint().width() : 0) + 8;
        const int width
            = std::min(shown.width(), std::max(needed, m_popup->fontMetrics().horizontalAdvance(u"0"_s) * 16));
        if (width == shown.width()) {
            return;
        }
        const QScopedValueRollback<bool> placing(m_placing, true);
        m_popup->setGeometry(shown.right() - width + 1, shown.top(), width, shown.height());
    }

    QAbstractItemView* m_popup;
    bool m_placing = false;
};

QCompleter* configure(QCompleter* completer, QStandardItemModel* model)
{
    completer->setModel(model);
    completer->setCompletionRole(kCompletionRole);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setModelSorting(QCompleter::UnsortedModel); // keep the store's order: most useful first
    completer->setMaxVisibleItems(8);
    return completer;
}

} // namespace

CounterCompleters::CounterCompleters(
    const PageContext& context, MoneyLineEdit* amount, PhoneLineEdit* phone, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_amount(amount)
    , m_phone(phone)
    , m_amounts(new QStandardItemModel(this))
    , m_phones(new QStandardItemModel(this))
    , m_amountCompleter(configure(new AmountCompleter(this), m_amounts))
    , m_phoneCompleter(configure(new PhoneCompleter(this), m_phones))
{
    m_amountCompleter->popup()->setObjectName(u"amountCompleterPopup"_s);
    new RightAlignedPopup(m_amountCompleter->popup(), this);
    m_phoneCompleter->popup()->setObjectName(u"phoneCompleterPopup"_s);
    amount->setCompleter(m_amountCompleter);
    phone->setCompleter(m_phoneCompleter);
    connect(m_context.session, &Session::historyChanged, this, &CounterCompleters::bindStore);
    connect(m_context.session, &Session::displayFormatChanged, this, &CounterCompleters::reload);
    bindStore();
}

void CounterCompleters::bindStore()
{
    disconnect(m_storeConnection);
    if (HistoryStore* store = m_context.session->history()) {
        m_storeConnection = connect(store, &HistoryStore::invoicesChanged, this, &CounterCompleters::reload);
    }
    reload();
}

void CounterCompleters::reload()
{
    m_amounts->clear();
    m_phones->clear();
    HistoryStore* store = m_context.session->history();
    if (!store || !store->isOpen()) {
        return;
    }
    const DisplayFormat format = m_context.session->displayFormat();
    const auto amounts = store->recentAmounts(kRecentInvoices, kAmounts);
    if (amounts.ok()) {
        for (const Money& amount : amounts.value()) {
            auto* item = new QStandardItem(format.money(amount));
            item->setData(typedAmount(amount), kCompletionRole);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter); // as in the field
            m_amounts->appendRow(item);
        }
    }
    const auto customers = store->recentCustomers(kRecentInvoices, kCustomers);
    if (customers.ok()) {
        for (const auto& customer : customers.value()) {
            const auto phone = PhoneNumber::parse(customer.phone).value;
            if (!phone) {
                continue;
            }
            const QString shown = customer.clientName.isEmpty()
                ? phone->display()
                : tr("%1 — %2", "phone — client name").arg(phone->display(), customer.clientName);
            auto* item = new QStandardItem(shown);
            item->setData(phone->normalized(), kCompletionRole);
            m_phones->appendRow(item);
        }
    }
}

} // namespace apipay
