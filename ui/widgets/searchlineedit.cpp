#include "widgets/searchlineedit.h"

#include <QAbstractItemView>
#include <QKeyEvent>
#include <QSignalBlocker>
#include <QTimer>

namespace apipay {

SearchLineEdit::SearchLineEdit(QWidget* parent)
    : QLineEdit(parent)
    , m_timer(new QTimer(this))
{
    setClearButtonEnabled(true);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kDefaultDelayMs);
    connect(m_timer, &QTimer::timeout, this, &SearchLineEdit::searchChanged);
    connect(this, &QLineEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    connect(this, &QLineEdit::returnPressed, this, [this] {
        if (m_timer->isActive()) {
            m_timer->stop();
            Q_EMIT searchChanged();
            return;
        }
        Q_EMIT resultsRequested(); // the search shown is the one typed: Enter goes on to what it found
    });
}

void SearchLineEdit::setDelayMs(int ms)
{
    m_timer->setInterval(qMax(0, ms));
}

int SearchLineEdit::delayMs() const
{
    return m_timer->interval();
}

void SearchLineEdit::clearSilently()
{
    {
        const QSignalBlocker blocker(this);
        clear();
    }
    m_timer->stop();
}

void SearchLineEdit::focusAndSelect()
{
    setFocus(Qt::ShortcutFocusReason);
    selectAll();
}

void SearchLineEdit::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier && !text().isEmpty()) {
        clearSilently();
        Q_EMIT searchChanged();
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Down && event->modifiers() == Qt::NoModifier) {
        Q_EMIT resultsRequested();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void SearchLineEdit::leadToResults(SearchLineEdit* search, QAbstractItemView* results)
{
    if (!search || !results) {
        return;
    }
    connect(search, &SearchLineEdit::resultsRequested, results, [results] {
        const QAbstractItemModel* model = results->model();
        if (!model || model->rowCount() == 0) {
            return;
        }
        results->setFocus(Qt::TabFocusReason);
        if (!results->currentIndex().isValid()) {
            results->setCurrentIndex(model->index(0, 0));
        }
    });
}

} // namespace apipay
