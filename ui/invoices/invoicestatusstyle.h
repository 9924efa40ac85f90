#pragma once

#include "domain/invoicestatus.h"

#include <QColor>
#include <QPalette>

namespace apipay {

// Colours for an invoice status chip, readable in light and dark palettes. Unknown statuses are neutral (T5).
class InvoiceStatusStyle
{
public:
    enum class Tone { Neutral, Waiting, Success, Warning, Failure, Refund };

    static Tone tone(const InvoiceStatus& status);
    // Chip background and text for `palette` (dark palettes get deep backgrounds with light text).
    static QColor background(Tone tone, const QPalette& palette);
    static QColor foreground(Tone tone, const QPalette& palette);
    static bool isDark(const QPalette& palette);
    // A Qt style sheet fragment for a QLabel chip ("background:…; color:…; border-radius…").
    static QString chipStyleSheet(const InvoiceStatus& status, const QPalette& palette);
};

} // namespace apipay
