#pragma once

#include "money/phonenumber.h"

#include <QLineEdit>

#include <optional>

namespace apipay {

// A Kazakhstan phone field (docs/api-contract.md D5) with live normalisation: only the characters a phone number may
// contain are accepted; as soon as the text forms a valid number (typed or pasted, "+7 700 123 45 67",
// "8 (700) 123-45-67", "77001234567") phone() returns it and the field shows it as "+7 700 123 45 67" once the
// user leaves it. hintText() is a translated error or warning ("not a Kazakhstan mobile number") for a label.
class PhoneLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit PhoneLineEdit(QWidget* parent = nullptr);

    std::optional<PhoneNumber> phone() const { return m_phone; }
    // 87001234567, or empty while invalid.
    QString normalized() const;
    void setPhone(const std::optional<PhoneNumber>& phone);
    // Whether an empty field is acceptable. Default false.
    void setOptional(bool optional);

    bool isValid() const;
    // Translated error (invalid), or warning (valid but not a mobile number), or empty.
    QString hintText() const;
    bool hasWarning() const;

Q_SIGNALS:
    void phoneChanged(const std::optional<apipay::PhoneNumber>& phone);
    void validityChanged(bool valid);

protected:
    void changeEvent(QEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void onTextChanged();
    void reformat();
    void updateLook();

    std::optional<PhoneNumber> m_phone;
    PhoneNumber::ParseError m_error = PhoneNumber::ParseError::Empty;
    bool m_optional = false;
    bool m_lastValid = false;
    bool m_updatingLook = false;
};

} // namespace apipay
