// CounterPage: checking the form, its live hints and the server's field errors (behaviour is in counterpage.cpp).
#include "counterpage.h"

#include "api/apiclient.h"
#include "counter/cartpanel.h"
#include "counter/counterformhints.h"
#include "counter/counterstatuspanel.h"
#include "counter/descriptionedit.h"
#include "counter/invoicesubmission.h"
#include "models/catalogtablemodel.h"
#include "shell/pagecontext.h"
#include "widgets/moneylineedit.h"
#include "widgets/phonelineedit.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace apipay {

using namespace counterform;

void CounterPage::updateDescriptionCounter()
{
    const int length = m_descriptionEdit->length();
    QString text = tr("%1 / %2 characters · the buyer sees only the first %3 in Kaspi")
                       .arg(length)
                       .arg(DescriptionEdit::kMaximumLength)
                       .arg(DescriptionEdit::kVisibleLength);
    QString style;
    if (m_descriptionEdit->isTooLong()) {
        style = kErrorStyle;
    } else if (length > DescriptionEdit::kVisibleLength) {
        style = kWarningStyle;
        text = tr("%1 — the marked text after %2 characters is not shown to the buyer")
                   .arg(text)
                   .arg(DescriptionEdit::kVisibleLength);
    }
    m_descriptionCounter->setText(text);
    m_descriptionCounter->setStyleSheet(style);
}

void CounterPage::updateHints()
{
    // Live phone feedback: the error once the number is complete or left, the non-mobile warning at once. A 422
    // message from the server stays until the field is edited.
    if (!m_phoneServerError.isEmpty()) {
        showHint(m_phoneHint, m_phoneServerError);
    } else if (!m_phoneEdit->text().isEmpty() && (m_phoneEdit->isValid() || !m_phoneEdit->hasFocus())) {
        showHint(m_phoneHint, m_phoneEdit->hintText(), m_phoneEdit->hasWarning() ? kWarningStyle : kErrorStyle);
    } else if (m_phoneEdit->text().isEmpty()) {
        showHint(m_phoneHint, QString());
    }
    if (!m_amountServerError.isEmpty()) {
        showHint(m_amountError, m_amountServerError);
    } else if (!isCartMode() && !m_amountEdit->text().isEmpty() && !m_amountEdit->hasFocus()) {
        showHint(m_amountError, m_amountEdit->errorText());
    } else if (m_amountEdit->isValid() || m_amountEdit->text().isEmpty()) {
        showHint(m_amountError, QString()); // an emptied field is not wrong yet: sending says what is missing
    }
}

void CounterPage::clearFieldErrors()
{
    m_amountServerError.clear();
    m_phoneServerError.clear();
    m_formErrorWaitsForServer = false;
    for (QLabel* label : { m_amountError, m_descriptionError, m_externalIdError, m_formError }) {
        showHint(label, QString());
    }
    updateHints();
    m_cart->showFieldErrors(ApiError {});
}

std::optional<InvoiceDraft> CounterPage::validatedDraft()
{
    clearFieldErrors();
    InvoiceDraft draft;
    QWidget* firstBad = nullptr;
    const auto bad = [&firstBad](QWidget* w) {
        if (!firstBad) {
            firstBad = w;
        }
    };
    if (isCartMode()) {
        QString problem;
        QWidget* fix = nullptr;
        if (!m_cart->readyToSend(draft.cartItems, draft.discountPercentage, &problem, &fix)) {
            showHint(m_formError, problem);
            bad(fix);
        }
    } else if (!m_amountEdit->isValid() || !m_amountEdit->value()) {
        showHint(m_amountError, m_amountEdit->text().isEmpty() ? tr("Enter the amount.") : m_amountEdit->errorText());
        bad(m_amountEdit);
    } else {
        draft.amount = m_amountEdit->value();
    }
    if (!m_phoneEdit->phone()) {
        showHint(m_phoneHint,
            m_phoneEdit->text().isEmpty() ? tr("Enter the customer's phone number.") : m_phoneEdit->hintText());
        bad(m_phoneEdit);
    } else {
        draft.phone = m_phoneEdit->phone()->normalized();
    }
    if (m_descriptionEdit->isTooLong()) {
        showHint(m_descriptionError,
            tr("The description is longer than %1 characters.").arg(DescriptionEdit::kMaximumLength));
        bad(m_descriptionEdit);
    }
    draft.description = m_descriptionEdit->text().trimmed();
    draft.internalComment = m_noteEdit->text().trimmed();
    draft.externalOrderId = m_externalIdEdit->text().trimmed();
    if (draft.externalOrderId.isEmpty()) {
        m_externalIdEdit->setText(ApiClient::generateExternalOrderId(ApiClient::installId()));
        draft.externalOrderId = m_externalIdEdit->text();
    }
    if (firstBad) {
        firstBad->setFocus(Qt::OtherFocusReason);
        return std::nullopt;
    }
    return draft;
}

void CounterPage::showFieldErrors(const ApiError& error)
{
    QWidget* focus = nullptr;
    const auto place = [&](const QString& key, QLabel* label, QWidget* field) {
        const QStringList messages = error.messagesFor(key);
        if (!messages.isEmpty()) {
            showHint(label, messages.join(u' '));
            if (!focus) {
                focus = field;
            }
        }
    };
    m_amountServerError = error.messagesFor(u"amount"_s).join(u' ');
    m_phoneServerError = error.messagesFor(u"phone_number"_s).join(u' ');
    place(u"amount"_s, m_amountError, m_amountEdit);
    place(u"phone_number"_s, m_phoneHint, m_phoneEdit);
    place(u"description"_s, m_descriptionError, m_descriptionEdit);
    place(u"external_order_id"_s, m_externalIdError, m_externalIdEdit);
    m_cart->showFieldErrors(error);
    QStringList other;
    for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it) {
        const QString& key = it.key();
        if (key != u"amount"_s && key != u"phone_number"_s && key != u"description"_s && key != u"external_order_id"_s
            && !key.startsWith(u"cart_items"_s) && key != u"discount_percentage"_s) {
            other.append(u"%1: %2"_s.arg(key, it.value().join(u' ')));
        }
    }
    if (error.fieldErrors.isEmpty() || !other.isEmpty()) {
        showHint(m_formError, other.isEmpty() ? error.userText() : other.join(u'\n'));
    }
    if (!error.fieldErrors.isEmpty() && error.fieldErrors.keys().constFirst().startsWith(u"cart_items"_s) && !focus) {
        focus = m_cart->cartView();
    }
    if (focus) {
        focus->setFocus(Qt::OtherFocusReason);
    } else if (error.fieldErrors.isEmpty() && error.kind != ApiError::Kind::Validation) {
        context().notifier->reportError(error);
    }
}

} // namespace apipay
