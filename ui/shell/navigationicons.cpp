#include "navigationicons.h"

#include <QPainter>
#include <QPixmap>
#include <QStyle>

namespace apipay {

namespace {

// A small QR-like symbol (three finder squares and a few modules) for themes without a QR icon.
QIcon qrIcon(const QColor& colour)
{
    QPixmap pixmap(64, 64);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    const auto finder = [&painter, &colour](int x, int y) {
        painter.setBrush(colour);
        painter.drawRect(x, y, 24, 24);
        painter.setCompositionMode(QPainter::CompositionMode_Clear);
        painter.drawRect(x + 4, y + 4, 16, 16);
        painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
        painter.drawRect(x + 8, y + 8, 8, 8);
    };
    finder(4, 4);
    finder(36, 4);
    finder(4, 36);
    const int modules[][2] = { { 36, 36 }, { 48, 36 }, { 42, 44 }, { 36, 52 }, { 52, 52 }, { 28, 16 }, { 16, 28 } };
    for (const auto& m : modules) {
        painter.drawRect(m[0], m[1], 8, 8);
    }
    return QIcon(pixmap);
}

} // namespace

QIcon navigationIcon(int pageIndex, const QStyle* style)
{
    struct Choice
    {
        const char* theme;
        QStyle::StandardPixmap fallback;
    };
    static const Choice choices[] = {
        { "office-chart-bar", QStyle::SP_FileDialogInfoView },
        { "view-list-details", QStyle::SP_FileDialogDetailedView },
        { "document-new", QStyle::SP_FileIcon },
        { "view-calendar", QStyle::SP_BrowserReload },
        { "edit-undo", QStyle::SP_ArrowBack },
        { "folder", QStyle::SP_DirIcon },
        { "view-barcode-qr", QStyle::SP_DesktopIcon },
        { "document-print", QStyle::SP_FileDialogContentsView },
    };
    const Choice& choice = choices[pageIndex];
    if (pageIndex == 6 && !QIcon::hasThemeIcon(QString::fromLatin1(choice.theme))) {
        return qrIcon(style->standardPalette().color(QPalette::WindowText));
    }
    return QIcon::fromTheme(QString::fromLatin1(choice.theme), style->standardIcon(choice.fallback));
}

} // namespace apipay
