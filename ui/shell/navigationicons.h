#pragma once

#include <QIcon>

class QStyle;

namespace apipay {

// Icon of a navigation entry (MainWindow::PageId order): the theme's icon, else a style icon; QR gets a drawn
// QR-like symbol when the theme has none.
QIcon navigationIcon(int pageIndex, const QStyle* style);

} // namespace apipay
