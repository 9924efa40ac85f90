#include "descriptionedit.h"

#include <QEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QSyntaxHighlighter>
#include <QTextDocument>

namespace apipay {

namespace {

// Marks every character past the 60 the buyer sees, and past 500 in an error colour.
class BeyondVisibleHighlighter : public QSyntaxHighlighter
{
public:
    explicit BeyondVisibleHighlighter(QTextDocument* document, QWidget* owner)
        : QSyntaxHighlighter(document)
        , m_owner(owner)
    {
    }

protected:
    void highlightBlock(const QString& text) override
    {
        const int start = currentBlock().position();
        const int length = int(text.size());
        const QPalette palette = m_owner->palette();
        QTextCharFormat hidden;
        hidden.setForeground(palette.color(QPalette::PlaceholderText));
        hidden.setBackground(palette.color(QPalette::AlternateBase));
        hidden.setFontItalic(true);
        QTextCharFormat tooLong;
        tooLong.setForeground(QColor(0xc6, 0x28, 0x28));
        tooLong.setFontStrikeOut(true);
        const int hiddenFrom = qMax(0, DescriptionEdit::kVisibleLength - start);
        if (hiddenFrom < length) {
            setFormat(hiddenFrom, length - hiddenFrom, hidden);
        }
        const int tooLongFrom = qMax(0, DescriptionEdit::kMaximumLength - start);
        if (tooLongFrom < length) {
            setFormat(tooLongFrom, length - tooLongFrom, tooLong);
        }
    }

private:
    QWidget* m_owner;
};

} // namespace

DescriptionEdit::DescriptionEdit(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new BeyondVisibleHighlighter(document(), this))
{
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setFixedHeight(sizeHint().height());
}

QSize DescriptionEdit::sizeHint() const
{
    const int lines = 2;
    return { QPlainTextEdit::sizeHint().width(),
        fontMetrics().lineSpacing() * lines + int(document()->documentMargin() * 2) + frameWidth() * 2 + 4 };
}

void DescriptionEdit::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && !(event->modifiers() & (Qt::ShiftModifier | Qt::AltModifier))) {
        event->accept();
        Q_EMIT submitRequested();
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept(); // no line breaks in a description
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void DescriptionEdit::insertFromMimeData(const QMimeData* source)
{
    if (!source->hasText()) {
        return;
    }
    QString text = source->text();
    text.replace(QLatin1String("\r\n"), QLatin1String(" "));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    insertPlainText(text);
}

void DescriptionEdit::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->rehighlight();
    }
}

} // namespace apipay
