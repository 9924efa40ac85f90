#pragma once

#include "shell/pagecontext.h"

#include <QObject>
#include <QPointer>

class QCompleter;
class QStandardItemModel;

namespace apipay {

class MoneyLineEdit;
class PhoneLineEdit;

// Completion on the counter form from the shop's history on this computer: the amount field offers the shop's most
// frequent recent amounts that start with what was typed, the phone field its recent customers' phones (with the
// name Kaspi gave, when known) — "8 777", "+7 777" and "7777" all match 8 777 …. Read again when the history
// changes; no history (a session without a store) → no completion.
class CounterCompleters : public QObject
{
    Q_OBJECT
public:
    static constexpr int kRecentInvoices = 500;
    // Enough distinct amounts that what was typed still finds the usual ones among them (the popup shows 8).
    static constexpr int kAmounts = 100;
    static constexpr int kCustomers = 20;

    CounterCompleters(const PageContext& context, MoneyLineEdit* amount, PhoneLineEdit* phone, QObject* parent);

    QCompleter* amountCompleter() const { return m_amountCompleter; }
    QCompleter* phoneCompleter() const { return m_phoneCompleter; }
    // Reads the store again (also on the store's invoicesChanged and the session's historyChanged).
    void reload();

private:
    void bindStore();

    PageContext m_context;
    QPointer<MoneyLineEdit> m_amount;
    QPointer<PhoneLineEdit> m_phone;
    QStandardItemModel* m_amounts;
    QStandardItemModel* m_phones;
    QCompleter* m_amountCompleter;
    QCompleter* m_phoneCompleter;
    QMetaObject::Connection m_storeConnection;
};

} // namespace apipay
