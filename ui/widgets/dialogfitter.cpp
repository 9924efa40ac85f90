#include "widgets/dialogfitter.h"

#include <QEvent>
#include <QLayout>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace apipay {

DialogFitter::DialogFitter(QWidget* dialog)
    : QObject(dialog)
    , m_dialog(dialog)
{
    dialog->installEventFilter(this);
}

bool DialogFitter::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_dialog && event->type() == QEvent::LayoutRequest && m_dialog->isVisible() && !m_fitQueued) {
        // The dialog lays itself out on this event: measure once that is done.
        m_fitQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_fitQueued = false;
                fit();
            },
            Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

void DialogFitter::fit()
{
    if (!m_dialog->isVisible() || !m_dialog->layout()) {
        return;
    }
    m_dialog->layout()->activate();
    const int width = m_dialog->width();
    int needed = m_dialog->hasHeightForWidth() ? m_dialog->heightForWidth(width) : -1;
    needed = std::max(needed, m_dialog->minimumSizeHint().height());
    if (const QScreen* screen = m_dialog->screen()) {
        needed = std::min(needed, screen->availableGeometry().height());
    }
    if (needed > m_dialog->height()) {
        m_dialog->resize(width, needed);
    }
}

} // namespace apipay
