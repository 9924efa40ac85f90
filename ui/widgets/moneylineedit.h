#pragma once

#include "money/money.h"

#include <QLineEdit>
#include <QLocale>

#include <optional>

namespace apipay {

// An amount field with exact input (docs/api-contract.md D6): '.' or ',' as decimal separator, spaces as group
// separators, at most two decimals; the value is an exact apipay::Money, never a double. Characters that can never form
// an amount are refused while typing; a finished entry is reformatted in the locale ("15 000,5"). value() is nullopt
// while the text is empty or invalid; errorText() says why in a translated sentence.
class MoneyLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit MoneyLineEdit(QWidget* parent = nullptr);

    std::optional<Money> value() const;
    void setValue(const std::optional<Money>& value);
    // Inclusive limits checked by isValid()/errorText() (default: the invoice limits 0.01 – 99 999 999.99).
    void setRange(Money minimum, Money maximum);
    Money minimum() const { return m_minimum; }
    Money maximum() const { return m_maximum; }
    // Whether an empty field is acceptable (value() is then nullopt and isValid() true). Default false.
    void setOptional(bool optional);
    // Locale used to reformat the amount when editing finishes (default: QLocale()).
    void setDisplayLocale(const QLocale& locale);

    bool isValid() const;
    // Translated reason the current text is not an acceptable amount, empty when valid.
    QString errorText() const;

Q_SIGNALS:
    void valueChanged(const std::optional<apipay::Money>& value);
    void validityChanged(bool valid);

protected:
    void changeEvent(QEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void onTextChanged();
    void reformat();
    void updateLook();

    Money m_minimum = Money::invoiceMinimum();
    Money m_maximum = Money::invoiceMaximum();
    bool m_optional = false;
    QLocale m_locale;
    std::optional<Money> m_lastValue;
    bool m_lastValid = false;
    bool m_updatingLook = false;
};

} // namespace apipay
