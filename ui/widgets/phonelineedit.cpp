#include "phonelineedit.h"

#include <QEvent>
#include <QRegularExpression>
#include <QRegularExpressionValidator>

using namespace Qt::StringLiterals;

namespace apipay {

PhoneLineEdit::PhoneLineEdit(QWidget* parent)
    : QLineEdit(parent)
{
    setObjectName(u"phoneLineEdit"_s);
    setInputMethodHints(Qt::ImhDialableCharactersOnly);
    // A leading '+', then digits, spaces, brackets, dashes and dots (D5); the length is checked by PhoneNumber.
    static const QRegularExpression pattern(u"\\+?[0-9 ().\\-]{0,24}"_s);
    setValidator(new QRegularExpressionValidator(pattern, this));
    setMaxLength(25);
    setPlaceholderText(u"+7 700 123 45 67"_s);
    connect(this, &QLineEdit::textChanged, this, &PhoneLineEdit::onTextChanged);
    connect(this, &QLineEdit::editingFinished, this, &PhoneLineEdit::reformat);
    onTextChanged();
}

QString PhoneLineEdit::normalized() const
{
    return m_phone ? m_phone->normalized() : QString();
}

void PhoneLineEdit::setPhone(const std::optional<PhoneNumber>& phone)
{
    setText(phone ? phone->display() : QString());
}

void PhoneLineEdit::setOptional(bool optional)
{
    m_optional = optional;
    onTextChanged();
}

bool PhoneLineEdit::isValid() const
{
    return m_phone.has_value() || (m_optional && m_error == PhoneNumber::ParseError::Empty);
}

QString PhoneLineEdit::hintText() const
{
    if (m_phone) {
        return m_phone->isKazakhstanMobile() ? QString() : PhoneNumber::notMobileWarning();
    }
    if (m_optional && m_error == PhoneNumber::ParseError::Empty) {
        return {};
    }
    return PhoneNumber::errorText(m_error);
}

bool PhoneLineEdit::hasWarning() const
{
    return m_phone && !m_phone->isKazakhstanMobile();
}

void PhoneLineEdit::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange && !m_updatingLook) {
        updateLook();
    } else if (event->type() == QEvent::LanguageChange) {
        setToolTip(hintText());
    }
    QLineEdit::changeEvent(event);
}

void PhoneLineEdit::focusOutEvent(QFocusEvent* event)
{
    QLineEdit::focusOutEvent(event);
    updateLook();
}

void PhoneLineEdit::onTextChanged()
{
    const auto parsed = PhoneNumber::parse(text());
    const std::optional<PhoneNumber> previous = m_phone;
    m_phone = parsed.value;
    m_error = parsed.error;
    if (m_phone != previous) {
        Q_EMIT phoneChanged(m_phone);
    }
    const bool valid = isValid();
    if (valid != m_lastValid) {
        m_lastValid = valid;
        Q_EMIT validityChanged(valid);
    }
    setToolTip(hintText());
    updateLook();
}

void PhoneLineEdit::reformat()
{
    if (m_phone && text() != m_phone->display()) {
        setText(m_phone->display());
    }
}

void PhoneLineEdit::updateLook()
{
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
