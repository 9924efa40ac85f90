#include "elidedvaluelabel.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace apipay {

namespace {

constexpr int kTooltipLineLength = 80; // characters per tooltip line (a tooltip never wraps plain text by itself)

// The whole text in lines of at most kTooltipLineLength characters: broken at spaces, a longer word cut into pieces.
QString tooltipText(const QString& text)
{
    QStringList lines;
    QString line;
    const QStringList words = text.split(u' ');
    for (QString word : words) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > kTooltipLineLength) {
            lines.append(line);
            line.clear();
        }
        while (word.size() > kTooltipLineLength) {
            if (!line.isEmpty()) {
                lines.append(line);
                line.clear();
            }
            lines.append(word.left(kTooltipLineLength));
            word.remove(0, kTooltipLineLength);
        }
        line = line.isEmpty() ? word : line + u' ' + word;
    }
    if (!line.isEmpty()) {
        lines.append(line);
    }
    return lines.join(u'\n');
}

} // namespace

ElidedValueLabel::ElidedValueLabel(QWidget* parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

void ElidedValueLabel::setFullText(const QString& text)
{
    if (text == m_fullText && !QLabel::text().isEmpty()) {
        return;
    }
    m_fullText = text;
    updateShownText();
}

QSize ElidedValueLabel::minimumSizeHint() const
{
    // A few characters and the "…": the value gives way to the form, not the form to the value.
    const QSize base = QLabel::minimumSizeHint();
    const int width = fontMetrics().averageCharWidth() * 8 + contentsMargins().left() + contentsMargins().right();
    return { qMin(base.width(), width), base.height() };
}

void ElidedValueLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    updateShownText();
}

void ElidedValueLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateShownText();
    }
}

void ElidedValueLabel::updateShownText()
{
    const int width = contentsRect().width() - 2 * margin() - indent();
    const QFontMetrics metrics = fontMetrics();
    QString shown;
    bool elided = false;
    if (width <= 0) {
        shown = m_fullText;
    } else if (!wordWrap()) {
        shown = metrics.elidedText(m_fullText, Qt::ElideMiddle, width);
        elided = shown != m_fullText;
    } else {
        // Only the words wider than a whole line are shortened; the rest wraps at spaces as usual.
        QStringList words = m_fullText.split(u' ');
        for (QString& word : words) {
            if (metrics.horizontalAdvance(word) > width) {
                word = metrics.elidedText(word, Qt::ElideMiddle, width);
                elided = true;
            }
        }
        shown = words.join(u' ');
    }
    m_elided = elided;
    setToolTip(elided ? tooltipText(m_fullText) : QString());
    if (shown != QLabel::text()) {
        setText(shown);
    }
}

void ElidedValueLabel::copyFullText() const
{
    QGuiApplication::clipboard()->setText(m_fullText);
}

bool ElidedValueLabel::event(QEvent* event)
{
    // Ctrl+C in the label copies its text, even where the page has its own Ctrl+C (e.g. "Copy id").
    if (event->type() == QEvent::ShortcutOverride && (m_elided || hasSelectedText())
        && static_cast<QKeyEvent*>(event)->matches(QKeySequence::Copy)) {
        event->accept();
        return true;
    }
    return QLabel::event(event);
}

void ElidedValueLabel::keyPressEvent(QKeyEvent* event)
{
    if (m_elided && event->matches(QKeySequence::Copy)) {
        copyFullText();
        event->accept();
        return;
    }
    QLabel::keyPressEvent(event);
}

void ElidedValueLabel::contextMenuEvent(QContextMenuEvent* event)
{
    if (!m_elided) {
        QLabel::contextMenuEvent(event);
        return;
    }
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("Copy"), this, &ElidedValueLabel::copyFullText);
    menu->popup(event->globalPos());
}

} // namespace apipay
