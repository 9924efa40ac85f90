// SubscriptionFormDialog, second part: checking the fields and building the request body (create: the full draft;
// edit: only the fields that changed). The widgets and the request flow are in subscriptionformdialog.cpp.
#include "subscriptions/subscriptionformdialog.h"

#include "subscriptions/subscriptioncarteditor.h"

#include "widgets/moneylineedit.h"
#include "widgets/phonelineedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace apipay {

namespace {
std::optional<int> spinValue(const QSpinBox* spin)
{
    return spin->value() == 0 ? std::nullopt : std::optional<int>(spin->value());
}
} // namespace

std::optional<std::optional<QJsonObject>> SubscriptionFormDialog::parseMetadata()
{
    QLabel* error = m_errorLabels.value(u"metadata"_s);
    const QString text = m_metadataEdit->toPlainText().trimmed();
    if (text.isEmpty()) {
        error->hide();
        return std::optional<QJsonObject>();
    }
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error->setText(tr("Not valid JSON at character %1: %2").arg(parseError.offset).arg(parseError.errorString()));
        error->show();
        return std::nullopt;
    }
    if (!doc.isObject()) {
        error->setText(tr("Metadata must be a JSON object: {\"key\": \"value\"}."));
        error->show();
        return std::nullopt;
    }
    error->hide();
    return std::optional<QJsonObject>(doc.object());
}

void SubscriptionFormDialog::clearErrors()
{
    for (QLabel* label : std::as_const(m_errorLabels)) {
        label->hide();
    }
    m_generalError->hide();
}

void SubscriptionFormDialog::showFieldError(const QString& key, const QString& text)
{
    QString base = key.section(u'.', 0, 0);
    QLabel* label = m_errorLabels.value(base);
    if (!label) {
        m_generalError->setText(m_generalError->isVisible() ? m_generalError->text() + u'\n' + text : text);
        m_generalError->show();
        return;
    }
    label->setText(label->isVisible() ? label->text() + u'\n' + text : text);
    label->show();
}

bool SubscriptionFormDialog::validateCommon()
{
    clearErrors();
    QWidget* firstBad = nullptr;
    auto bad = [&](const QString& key, const QString& text) {
        showFieldError(key, text);
        if (!firstBad) {
            firstBad = m_fields.value(key);
        }
    };
    const bool cart = !m_cartEditor->isEmpty();
    if (!cart && !m_amountEdit->isValid()) {
        bad(u"amount"_s, m_amountEdit->errorText());
    } else if (!cart && !isEditMode() && !m_amountEdit->value()) {
        bad(u"amount"_s, tr("Enter an amount between 100 and 1 000 000 ₸, or add cart items."));
    }
    if (!isEditMode() && !m_phoneEdit->isValid()) {
        bad(u"phone_number"_s, m_phoneEdit->hintText());
    }
    if (!parseMetadata()) {
        if (!firstBad) {
            firstBad = m_metadataEdit;
        }
    }
    if (firstBad) {
        firstBad->setFocus(Qt::OtherFocusReason);
        return false;
    }
    return true;
}

std::optional<SubscriptionDraft> SubscriptionFormDialog::draft()
{
    if (!validateCommon()) {
        return std::nullopt;
    }
    SubscriptionDraft d;
    d.cartItems = m_cartEditor->lines();
    if (d.cartItems.isEmpty()) {
        d.amount = m_amountEdit->value();
    }
    d.phone = m_phoneEdit->normalized();
    d.billingPeriod = m_periodCombo->currentData().toString();
    d.billingDay = spinValue(m_billingDaySpin);
    d.description = m_descriptionEdit->text().trimmed();
    d.subscriberName = m_nameEdit->text().trimmed();
    d.externalSubscriberId = m_externalIdEdit->text().trimmed();
    d.startedAt = m_startedAtEdit->date();
    d.maxRetryAttempts = spinValue(m_maxRetrySpin);
    d.retryIntervalHours = spinValue(m_retryIntervalSpin);
    d.gracePeriodDays = spinValue(m_graceSpin);
    d.metadata = parseMetadata().value_or(std::nullopt);
    d.billImmediately = m_billNowCheck->isChecked();
    return d;
}

std::optional<SubscriptionPatch> SubscriptionFormDialog::patch()
{
    if (!validateCommon()) {
        return std::nullopt;
    }
    const Subscription& o = m_original;
    SubscriptionPatch p;
    const QList<SubscriptionCartLine> cart = m_cartEditor->lines();
    if (!cart.isEmpty()) {
        p.cartItems = cart;
    } else if (m_amountEdit->value() && m_amountEdit->value() != o.amount) {
        p.amount = m_amountEdit->value();
    }
    auto changedInt = [](const QSpinBox* spin, const std::optional<int>& original) -> std::optional<int> {
        const std::optional<int> now = spinValue(spin);
        return (now && now != original) ? now : std::nullopt;
    };
    p.billingDay = changedInt(m_billingDaySpin, o.billingDay);
    p.maxRetryAttempts = changedInt(m_maxRetrySpin, o.maxRetryAttempts);
    p.retryIntervalHours = changedInt(m_retryIntervalSpin, o.retryIntervalHours);
    p.gracePeriodDays = changedInt(m_graceSpin, o.gracePeriodDays);
    auto changedText = [](const QLineEdit* edit, const QString& original) -> std::optional<QString> {
        const QString now = edit->text().trimmed();
        return now != original ? std::optional<QString>(now) : std::nullopt;
    };
    p.description = changedText(m_descriptionEdit, o.description);
    p.subscriberName = changedText(m_nameEdit, o.subscriberName);
    p.externalSubscriberId = changedText(m_externalIdEdit, o.externalSubscriberId);
    const QJsonObject metadata = parseMetadata().value_or(std::nullopt).value_or(QJsonObject {});
    if (metadata != o.metadata) {
        p.metadata = metadata;
    }
    return p;
}

} // namespace apipay
