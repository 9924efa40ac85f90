#pragma once

// Shared by the counter page's files: the hint labels under the fields and their colours.
#include <QLabel>
#include <QString>

namespace apipay::counterform {

inline constexpr int kExternalIdLimit = 255;
inline constexpr int kFormWidth = 820; // the counter form stays compact; the cart uses the full width
inline const QString kErrorStyle = QStringLiteral("color: #c62828;");
inline const QString kWarningStyle = QStringLiteral("color: #b26a00;");

inline QLabel* hintLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(kErrorStyle);
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    label->hide();
    return label;
}

inline void showHint(QLabel* label, const QString& text, const QString& style = kErrorStyle)
{
    label->setText(text);
    label->setStyleSheet(style);
    label->setVisible(!text.isEmpty());
}

} // namespace apipay::counterform
