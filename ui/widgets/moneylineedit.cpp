#include "moneylineedit.h"

#include <QEvent>

using namespace Qt::StringLiterals;

namespace apipay {

MoneyLineEdit::MoneyLineEdit(QWidget* parent)
    : QLineEdit(parent)
{
    setObjectName(u"moneyLineEdit"_s);
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    // No key is dropped while typing, not even a letter: what was typed stays and Money::parse judges it
    // (errorText()). A dropped key changes the amount without a word — "12,345" would become 12,34 ₸, and "1500ю50"
    // (the '.' key on a Russian or Kazakh layout types 'ю') 150 050 ₸; kept, it is refused with its reason.
    setMaxLength(24);
    connect(this, &QLineEdit::textChanged, this, &MoneyLineEdit::onTextChanged);
    connect(this, &QLineEdit::editingFinished, this, &MoneyLineEdit::reformat);
    onTextChanged();
}

std::optional<Money> MoneyLineEdit::value() const
{
    const auto parsed = Money::parse(text());
    if (!parsed.ok() || *parsed.value < m_minimum || *parsed.value > m_maximum) {
        return std::nullopt;
    }
    return parsed.value;
}

void MoneyLineEdit::setValue(const std::optional<Money>& value)
{
    setText(value ? value->formatNumber(m_locale) : QString());
}

void MoneyLineEdit::setRange(Money minimum, Money maximum)
{
    m_minimum = minimum;
    m_maximum = maximum;
    onTextChanged();
}

void MoneyLineEdit::setOptional(bool optional)
{
    m_optional = optional;
    onTextChanged();
}

void MoneyLineEdit::setDisplayLocale(const QLocale& locale)
{
    m_locale = locale;
    reformat();
}

bool MoneyLineEdit::isValid() const
{
    return errorText().isEmpty();
}

QString MoneyLineEdit::errorText() const
{
    if (m_optional && text().trimmed().isEmpty()) {
        return {};
    }
    const auto parsed = Money::parse(text());
    if (!parsed.ok()) {
        if (parsed.error == Money::ParseError::Empty) {
            return tr("Enter an amount.");
        }
        return Money::errorText(parsed.error);
    }
    if (*parsed.value < m_minimum) {
        return tr("The amount must be at least %1.").arg(m_minimum.format(m_locale, Money::Decimals::WhenNeeded));
    }
    if (*parsed.value > m_maximum) {
        return tr("The amount must not exceed %1.").arg(m_maximum.format(m_locale, Money::Decimals::WhenNeeded));
    }
    return {};
}

void MoneyLineEdit::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange && !m_updatingLook) {
        updateLook();
    }
    QLineEdit::changeEvent(event);
}

void MoneyLineEdit::focusOutEvent(QFocusEvent* event)
{
    QLineEdit::focusOutEvent(event);
    updateLook();
}

void MoneyLineEdit::onTextChanged()
{
    const std::optional<Money> current = value();
    const bool valid = isValid();
    if (current != m_lastValue) {
        m_lastValue = current;
        Q_EMIT valueChanged(current);
    }
    if (valid != m_lastValid) {
        m_lastValid = valid;
        Q_EMIT validityChanged(valid);
    }
    setToolTip(errorText());
    updateLook();
}

void MoneyLineEdit::reformat()
{
    const auto parsed = Money::parse(text());
    if (parsed.ok()) {
        const QString formatted = parsed.value->formatNumber(m_locale);
        if (formatted != text()) {
            setText(formatted);
        }
    }
}

void MoneyLineEdit::updateLook()
{
    // Mark a finished, wrong entry (not while the user is still typing, nor an untouched empty field).
    const bool showError = !isValid() && !text().isEmpty() && !hasFocus();
    m_updatingLook = true;
    if (showError) {
        const QPalette inherited = parentWidget() ? parentWidget()->palette() : QPalette();
        const bool dark = inherited.color(QPalette::Base).lightnessF() < 0.5;
        QPalette pal = inherited;
        pal.setColor(QPalette::Base, dark ? QColor(0x5a, 0x1e, 0x22) : QColor(0xfd, 0xe3, 0xe4));
        setPalette(pal);
    } else {
        setPalette(QPalette()); // nothing set: inherit from the parent again
    }
    setProperty("invalid", showError);
    m_updatingLook = false;
}

} // namespace apipay
