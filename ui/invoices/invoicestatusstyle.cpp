#include "invoicestatusstyle.h"

using namespace Qt::StringLiterals;

namespace apipay {

InvoiceStatusStyle::Tone InvoiceStatusStyle::tone(const InvoiceStatus& status)
{
    switch (status.value()) {
    case InvoiceStatus::Processing:
    case InvoiceStatus::Pending:
        return Tone::Waiting;
    case InvoiceStatus::Cancelling:
    case InvoiceStatus::Expired:
        return Tone::Warning;
    case InvoiceStatus::Paid:
        return Tone::Success;
    case InvoiceStatus::Error:
        return Tone::Failure;
    case InvoiceStatus::PartiallyRefunded:
    case InvoiceStatus::Refunded:
        return Tone::Refund;
    case InvoiceStatus::Cancelled:
    case InvoiceStatus::Unknown:
        return Tone::Neutral;
    }
    return Tone::Neutral;
}

bool InvoiceStatusStyle::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor InvoiceStatusStyle::background(Tone t, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (t) {
    case Tone::Waiting:
        return dark ? QColor(0x1e, 0x3a, 0x5f) : QColor(0xdb, 0xea, 0xfe);
    case Tone::Success:
        return dark ? QColor(0x14, 0x53, 0x2d) : QColor(0xdc, 0xfc, 0xe7);
    case Tone::Warning:
        return dark ? QColor(0x5c, 0x42, 0x0b) : QColor(0xfe, 0xf3, 0xc7);
    case Tone::Failure:
        return dark ? QColor(0x6b, 0x1d, 0x1d) : QColor(0xfe, 0xe2, 0xe2);
    case Tone::Refund:
        return dark ? QColor(0x3b, 0x2a, 0x5f) : QColor(0xed, 0xe9, 0xfe);
    case Tone::Neutral:
        break;
    }
    // Neutral: a mid tone derived from the palette so it fits any theme.
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    return QColor(
        (base.red() * 5 + text.red()) / 6, (base.green() * 5 + text.green()) / 6, (base.blue() * 5 + text.blue()) / 6);
}

QColor InvoiceStatusStyle::foreground(Tone t, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (t) {
    case Tone::Waiting:
        return dark ? QColor(0xbf, 0xdb, 0xfe) : QColor(0x1e, 0x40, 0xaf);
    case Tone::Success:
        return dark ? QColor(0xbb, 0xf7, 0xd0) : QColor(0x16, 0x65, 0x34);
    case Tone::Warning:
        return dark ? QColor(0xfd, 0xe6, 0x8a) : QColor(0x92, 0x40, 0x0e);
    case Tone::Failure:
        return dark ? QColor(0xfe, 0xca, 0xca) : QColor(0x99, 0x1b, 0x1b);
    case Tone::Refund:
        return dark ? QColor(0xdd, 0xd6, 0xfe) : QColor(0x5b, 0x21, 0xb6);
    case Tone::Neutral:
        break;
    }
    return palette.color(QPalette::Text);
}

QString InvoiceStatusStyle::chipStyleSheet(const InvoiceStatus& status, const QPalette& palette)
{
    const Tone t = tone(status);
    return u"QLabel { background: %1; color: %2; border-radius: 4px; padding: 2px 8px; font-weight: 600; }"_s.arg(
        background(t, palette).name(), foreground(t, palette).name());
}

} // namespace apipay
