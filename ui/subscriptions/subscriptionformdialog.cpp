#include "subscriptions/subscriptionformdialog.h"

#include "subscriptions/subscriptioncarteditor.h"

#include "api/apiclient.h"
#include "shell/pagecontext.h"
#include "widgets/dialogfitter.h"
#include "widgets/moneylineedit.h"
#include "widgets/personedits.h"
#include "widgets/phonelineedit.h"
#include "widgets/unsavedinputguard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace apipay {

namespace {
constexpr int kMaxText = 255;
constexpr int kKaspiVisible = 60;

QString errorStyle(const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return dark ? u"color: #ff8a80;"_s : u"color: #c62828;"_s;
}

QSpinBox* optionalSpin(QWidget* parent, int maximum, const QString& name)
{
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(0, maximum); // 0 = not sent: the service default applies
    return spin;
}
} // namespace

SubscriptionFormDialog::SubscriptionFormDialog(const PageContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
{
    new DialogFitter(this); // a message or a hint that appears makes the dialog taller instead of being cut
    build();
    setWindowTitle(tr("New subscription"));
    m_guard->watch();
}

SubscriptionFormDialog::SubscriptionFormDialog(
    const PageContext& context, const Subscription& original, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_original(original)
{
    build();
    setWindowTitle(tr("Edit subscription %1").arg(original.id));
    fillFrom(original);
    m_guard->watch();
}

SubscriptionFormDialog::~SubscriptionFormDialog()
{
    if (m_request != 0 && m_context.session->api()) {
        m_context.session->api()->cancel(m_request);
    }
}

void SubscriptionFormDialog::build()
{
    setObjectName(u"subscriptionFormDialog"_s);
    m_guard = new UnsavedInputGuard(this, [this] { return isBusy(); });
    auto* body = new QWidget(this);
    auto* bodyLayout = new QVBoxLayout(body);
    m_form = new QFormLayout;
    bodyLayout->addLayout(m_form);
    bodyLayout->addStretch(1);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_generalError = new QLabel(this);
    m_generalError->setObjectName(u"generalErrorLabel"_s);
    m_generalError->setWordWrap(true);
    m_generalError->setStyleSheet(errorStyle(palette()));
    m_generalError->hide();

    m_amountEdit = new MoneyLineEdit(this);
    m_amountEdit->setObjectName(u"amountLineEdit"_s);
    m_amountEdit->setRange(Money::subscriptionMinimum(), Money::subscriptionMaximum());
    m_amountEdit->setDisplayLocale(m_context.session->displayFormat().locale());
    m_amountEdit->setPlaceholderText(tr("100 – 1 000 000 ₸"));
    addField(u"amount"_s, m_amountEdit);

    m_phoneEdit = new PhoneLineEdit(this);
    m_phoneEdit->setObjectName(u"phoneLineEdit"_s);
    m_phoneEdit->setPlaceholderText(tr("+7 700 123 45 67"));
    addField(u"phone_number"_s, m_phoneEdit);

    m_periodCombo = new QComboBox(this);
    m_periodCombo->setObjectName(u"billingPeriodComboBox"_s);
    for (const QString& period : Subscription::billingPeriods()) {
        m_periodCombo->addItem(Subscription::billingPeriodLabel(period), period);
    }
    m_periodCombo->setCurrentIndex(std::max(0, m_periodCombo->findData(u"monthly"_s)));
    addField(u"billing_period"_s, m_periodCombo);

    m_billingDaySpin = optionalSpin(this, 28, u"billingDaySpinBox"_s);
    m_billingDaySpin->setSpecialValueText(tr("Service default"));
    addField(u"billing_day"_s, m_billingDaySpin);

    m_descriptionEdit = new QLineEdit(this);
    m_descriptionEdit->setObjectName(u"descriptionLineEdit"_s);
    m_descriptionEdit->setMaxLength(kMaxText);
    m_descriptionCounter = new QLabel(this);
    m_descriptionCounter->setWordWrap(true);
    connect(m_descriptionEdit, &QLineEdit::textChanged, this, &SubscriptionFormDialog::updateDescriptionCounter);
    addField(u"description"_s, m_descriptionEdit);

    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(u"subscriberNameLineEdit"_s);
    m_nameEdit->setMaxLength(kMaxText);
    addField(u"subscriber_name"_s, m_nameEdit);

    m_externalIdEdit = new QLineEdit(this);
    m_externalIdEdit->setObjectName(u"externalSubscriberIdLineEdit"_s);
    m_externalIdEdit->setMaxLength(kMaxText);
    addField(u"external_subscriber_id"_s, m_externalIdEdit);

    m_startedAtEdit = new QDateEdit(QDate::currentDate(), this);
    m_startedAtEdit->setObjectName(u"startedAtDateEdit"_s);
    m_startedAtEdit->setCalendarPopup(true);
    m_startedAtEdit->setDisplayFormat(m_context.session->displayFormat().dateFormat());
    addField(u"started_at"_s, m_startedAtEdit);

    m_maxRetrySpin = optionalSpin(this, 10, u"maxRetryAttemptsSpinBox"_s);
    m_maxRetrySpin->setSpecialValueText(tr("Service default (3)"));
    addField(u"max_retry_attempts"_s, m_maxRetrySpin);
    m_retryIntervalSpin = optionalSpin(this, 168, u"retryIntervalHoursSpinBox"_s);
    m_retryIntervalSpin->setSpecialValueText(tr("Service default (24 h)"));
    m_retryIntervalSpin->setSuffix(tr(" h"));
    addField(u"retry_interval_hours"_s, m_retryIntervalSpin);
    m_graceSpin = optionalSpin(this, 30, u"gracePeriodDaysSpinBox"_s);
    m_graceSpin->setSpecialValueText(tr("Service default (3 days)"));
    m_graceSpin->setSuffix(tr(" days"));
    addField(u"grace_period_days"_s, m_graceSpin);

    m_billNowCheck = new QCheckBox(tr("Send the first invoice now"), this);
    m_billNowCheck->setObjectName(u"billImmediatelyCheckBox"_s);
    addField(u"bill_immediately"_s, m_billNowCheck);

    m_metadataEdit = new QPlainTextEdit(this);
    m_metadataEdit->setObjectName(u"metadataPlainTextEdit"_s);
    m_metadataEdit->setTabChangesFocus(true);
    m_metadataEdit->setPlaceholderText(tr("Optional JSON object, e.g. {\"plan\": \"gold\"}"));
    m_metadataEdit->setFixedHeight(72);
    connect(m_metadataEdit, &QPlainTextEdit::textChanged, this, [this] { parseMetadata(); });
    addField(u"metadata"_s, m_metadataEdit);

    m_cartEditor = new SubscriptionCartEditor(m_context, this);
    m_cartEditor->setObjectName(u"cartEditor"_s);
    connect(m_cartEditor, &SubscriptionCartEditor::linesChanged, this, &SubscriptionFormDialog::updateAmountState);
    connect(m_cartEditor, &SubscriptionCartEditor::linesChanged, m_guard, &UnsavedInputGuard::markEdited);
    addField(u"cart_items"_s, m_cartEditor);

    const QHash<QString, QString> labels = {
        { u"amount"_s, tr("&Amount:") },
        { u"phone_number"_s, tr("&Phone:") },
        { u"billing_period"_s, tr("Billing &period:") },
        { u"billing_day"_s, tr("Billing &day (1–28):") },
        { u"description"_s, tr("D&escription:") },
        { u"subscriber_name"_s, tr("Subscriber &name:") },
        { u"external_subscriber_id"_s, tr("E&xternal subscriber ID:") },
        { u"started_at"_s, tr("&Starts on:") },
        { u"max_retry_attempts"_s, tr("Retry attempts (1–10):") },
        { u"retry_interval_hours"_s, tr("Retry interval (1–168 h):") },
        { u"grace_period_days"_s, tr("Grace period (1–30 days):") },
        { u"bill_immediately"_s, tr("&Bill immediately:") },
        { u"metadata"_s, tr("&Metadata (JSON):") },
        { u"cart_items"_s, tr("&Cart items:") },
    };
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        QWidget* field = it.value();
        if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(field->parentWidget()))) {
            label->setText(labels.value(it.key()));
            label->setBuddy(field);
        }
        QString accessible = labels.value(it.key());
        accessible.remove(u'&');
        accessible.chop(accessible.endsWith(u':') ? 1 : 0);
        field->setAccessibleName(accessible);
    }
    // The counter goes under the description's own row.
    if (auto* box = qobject_cast<QVBoxLayout*>(m_descriptionEdit->parentWidget()->layout())) {
        box->insertWidget(1, m_descriptionCounter);
    }

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setAccessibleName(tr("Sending"));
    m_progress->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(u"savePushButton"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SubscriptionFormDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SubscriptionFormDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_generalError);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    resize(680, 660);

    // Fields PUT cannot change are shown but locked in edit mode.
    const bool edit = isEditMode();
    m_phoneEdit->setEnabled(!edit);
    m_periodCombo->setEnabled(!edit);
    m_startedAtEdit->setEnabled(!edit);
    m_billNowCheck->setEnabled(!edit);
    m_amountEdit->setOptional(edit);
    updateDescriptionCounter();
    m_cartEditor->loadCatalog();
}

void SubscriptionFormDialog::addField(const QString& key, QWidget* field)
{
    auto* holder = new QWidget(this);
    auto* box = new QVBoxLayout(holder);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    field->setParent(holder);
    box->addWidget(field);
    auto* error = new QLabel(holder);
    error->setObjectName(key + u"ErrorLabel"_s);
    error->setWordWrap(true);
    error->setStyleSheet(errorStyle(palette()));
    error->hide();
    box->addWidget(error);
    m_form->addRow(new QLabel(this), holder);
    m_fields.insert(key, field);
    m_errorLabels.insert(key, error);
    // A field's message goes away as soon as the person changes the field; Save checks it again.
    const auto hideError = [error] { error->hide(); };
    if (!connectPersonEdit(field, error, hideError)) {
        for (QWidget* inner : field->findChildren<QWidget*>()) {
            connectPersonEdit(inner, error, hideError);
        }
    }
}

void SubscriptionFormDialog::fillFrom(const Subscription& s)
{
    m_amountEdit->setValue(s.amount);
    const auto phone = PhoneNumber::parse(s.phone);
    m_phoneEdit->setPhone(phone.value);
    const int period = m_periodCombo->findData(s.billingPeriod);
    if (period >= 0) {
        m_periodCombo->setCurrentIndex(period);
    } else if (!s.billingPeriod.isEmpty()) {
        m_periodCombo->addItem(s.billingPeriod, s.billingPeriod);
        m_periodCombo->setCurrentIndex(m_periodCombo->count() - 1);
    }
    m_billingDaySpin->setValue(s.billingDay.value_or(0));
    m_descriptionEdit->setText(s.description);
    m_nameEdit->setText(s.subscriberName);
    m_externalIdEdit->setText(s.externalSubscriberId);
    if (s.startedAt.isValid()) {
        m_startedAtEdit->setDate(s.startedAt);
    }
    m_maxRetrySpin->setValue(s.maxRetryAttempts.value_or(0));
    m_retryIntervalSpin->setValue(s.retryIntervalHours.value_or(0));
    m_graceSpin->setValue(s.gracePeriodDays.value_or(0));
    m_metadataEdit->setPlainText(s.metadata.isEmpty()
            ? QString()
            : QString::fromUtf8(QJsonDocument(s.metadata).toJson(QJsonDocument::Indented)));
}

void SubscriptionFormDialog::updateDescriptionCounter()
{
    const int length = int(m_descriptionEdit->text().size());
    QString text = tr("%1 / %2 characters. Kaspi shows the buyer only the first %3.")
                       .arg(length)
                       .arg(kMaxText)
                       .arg(kKaspiVisible);
    if (length > kKaspiVisible) {
        text += u" "_s
            + tr("The text after “%1” will not be visible to the buyer.")
                  .arg(m_descriptionEdit->text().left(kKaspiVisible).right(12));
        m_descriptionCounter->setStyleSheet(errorStyle(palette()));
    } else {
        m_descriptionCounter->setStyleSheet(QString());
    }
    m_descriptionCounter->setText(text);
}

void SubscriptionFormDialog::updateAmountState()
{
    const bool cart = !m_cartEditor->isEmpty();
    m_amountEdit->setEnabled(!cart);
    m_amountEdit->setOptional(cart || isEditMode());
    m_amountEdit->setToolTip(cart ? tr("The amount is computed from the cart items.") : QString());
}

void SubscriptionFormDialog::submit()
{
    if (m_request != 0 || m_settling) {
        return;
    }
    auto done = [this](const ApiResult<Subscription>& result) { finish(result); };
    if (isEditMode()) {
        const std::optional<SubscriptionPatch> p = patch();
        if (!p) {
            return;
        }
        const bool nothing = !p->amount && !p->billingDay && !p->description && !p->subscriberName
            && !p->externalSubscriberId && !p->maxRetryAttempts && !p->retryIntervalHours && !p->gracePeriodDays
            && !p->metadata && !p->cartItems;
        if (nothing) {
            m_generalError->setText(tr("Nothing was changed."));
            m_generalError->show();
            return;
        }
        m_sentPatch = *p;
        m_request = m_context.session->api()->updateSubscription(m_original.id, *p, this, done);
    } else {
        if (m_createUnchecked) {
            settleUnknownCreate(); // the last one may exist: look again, never create a second
            return;
        }
        const std::optional<SubscriptionDraft> d = draft();
        if (!d) {
            return;
        }
        m_sentDraft = *d;
        m_sentAt = QDateTime::currentDateTimeUtc();
        m_request = m_context.session->api()->createSubscription(*d, this, done);
    }
    setBusy(true);
}

void SubscriptionFormDialog::finish(const ApiResult<Subscription>& result)
{
    m_request = 0;
    if (isEditMode() && m_sentPatch && result.error.kind == ApiError::Kind::OutcomeUnknown) {
        settleUnknownUpdate(*m_sentPatch); // the PUT is never sent again by itself
        return;
    }
    if (!isEditMode() && m_sentDraft && result.error.mayHaveBeenCarriedOut()) {
        settleUnknownCreate(); // nor the POST
        return;
    }
    setBusy(false);
    if (!result.ok()) {
        showApiError(result.error);
        return;
    }
    Q_EMIT saved(result.value);
    accept();
}

void SubscriptionFormDialog::showApiError(const ApiError& error)
{
    clearErrors();
    if (error.kind == ApiError::Kind::Cancelled) {
        return;
    }
    if (error.kind == ApiError::Kind::Validation && !error.fieldErrors.isEmpty()) {
        QWidget* first = nullptr;
        for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it) {
            showFieldError(it.key(), it.value().join(u'\n'));
            if (!first) {
                first = m_fields.value(it.key().section(u'.', 0, 0));
            }
        }
        if (first) {
            first->setFocus(Qt::OtherFocusReason);
        }
        return;
    }
    m_generalError->setText(error.userText());
    m_generalError->show();
}

void SubscriptionFormDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
    // What was sent is never cut off: the dialog closes or shows the answer by itself.
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
}

void SubscriptionFormDialog::reject()
{
    if (!m_guard->mayClose()) {
        return;
    }
    QDialog::reject();
}

} // namespace apipay
