#pragma once

#include <QPlainTextEdit>

class QSyntaxHighlighter;

namespace apipay {

// The invoice description (D7): one paragraph of at most `maximumLength()` characters (500). Kaspi shows the buyer
// only the first `visibleLength()` (60), so the text past 60 is drawn in a muted, struck style. Enter does not insert
// a line break but asks the form to submit; pasted line breaks become spaces; Tab moves the focus on.
class DescriptionEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    static constexpr int kMaximumLength = 500;
    static constexpr int kVisibleLength = 60;

    explicit DescriptionEdit(QWidget* parent = nullptr);

    QString text() const { return toPlainText(); }
    void setText(const QString& text) { setPlainText(text); }
    int length() const { return int(toPlainText().size()); }
    bool isTooLong() const { return length() > kMaximumLength; }

Q_SIGNALS:
    void submitRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void insertFromMimeData(const QMimeData* source) override;
    void changeEvent(QEvent* event) override;
    QSize sizeHint() const override;

private:
    QSyntaxHighlighter* m_highlighter;
};

} // namespace apipay
