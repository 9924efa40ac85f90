#include "widgets/personedits.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTextEdit>

namespace apipay {

bool connectPersonEdit(QWidget* w, const QObject* context, const std::function<void()>& edited)
{
    if (auto* line = qobject_cast<QLineEdit*>(w)) {
        if (qobject_cast<QAbstractSpinBox*>(w->parentWidget()) || qobject_cast<QComboBox*>(w->parentWidget())) {
            return false;
        }
        QObject::connect(line, &QLineEdit::textEdited, context, edited);
    } else if (auto* plain = qobject_cast<QPlainTextEdit*>(w)) {
        QObject::connect(plain, &QPlainTextEdit::textChanged, context, edited);
    } else if (auto* rich = qobject_cast<QTextEdit*>(w)) {
        QObject::connect(rich, &QTextEdit::textChanged, context, edited);
    } else if (auto* combo = qobject_cast<QComboBox*>(w)) {
        QObject::connect(combo, &QComboBox::activated, context, edited);
        if (combo->isEditable()) {
            QObject::connect(combo, &QComboBox::editTextChanged, context, edited);
        }
    } else if (auto* spin = qobject_cast<QSpinBox*>(w)) {
        QObject::connect(spin, &QSpinBox::valueChanged, context, edited);
    } else if (auto* real = qobject_cast<QDoubleSpinBox*>(w)) {
        QObject::connect(real, &QDoubleSpinBox::valueChanged, context, edited);
    } else if (auto* when = qobject_cast<QDateTimeEdit*>(w)) {
        QObject::connect(when, &QDateTimeEdit::dateTimeChanged, context, edited);
    } else if (auto* button = qobject_cast<QAbstractButton*>(w); button && button->isCheckable()) {
        QObject::connect(button, &QAbstractButton::clicked, context, edited);
    } else {
        return false;
    }
    return true;
}

} // namespace apipay
