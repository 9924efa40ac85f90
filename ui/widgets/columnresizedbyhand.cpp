#include "widgets/columnresizedbyhand.h"

#include <QGuiApplication>
#include <QHeaderView>

namespace apipay {

namespace {
int lastVisibleLogical(const QHeaderView* header)
{
    for (int visual = header->count() - 1; visual >= 0; --visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical)) {
            return logical;
        }
    }
    return -1;
}
} // namespace

bool isColumnResizedByHand(const QHeaderView* header, int logical, int oldSize, int newSize)
{
    if (header->sectionResizeMode(logical) != QHeaderView::Interactive) {
        return false;
    }
    if (oldSize == 0 || newSize == 0 || header->isSectionHidden(logical)) {
        return false; // shown or hidden (HeaderColumnMenu), not made wider or narrower
    }
    if (header->stretchLastSection() && logical == lastVisibleLogical(header)) {
        return false; // the header widens its stretched last column itself as the view grows
    }
    return QGuiApplication::mouseButtons() != Qt::NoButton;
}

} // namespace apipay
