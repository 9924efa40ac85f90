#pragma once

#include <QLabel>

namespace apipay {

// A selectable value (an order id, a description) that never makes its form wider than the space it is given: a word
// too long for the label's width is shortened in the middle with "…" (the whole text wraps at spaces when word wrap is
// on). When something is shortened the whole value is in the tooltip, and Ctrl+C or the context menu's "Copy" copy the
// whole value, never the shortened one.
class ElidedValueLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedValueLabel(QWidget* parent = nullptr);

    // The whole value; what is drawn depends on the width.
    void setFullText(const QString& text);
    QString fullText() const { return m_fullText; }
    // Whether a part of the value is hidden behind "…" at the current width.
    bool isElided() const { return m_elided; }

    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void updateShownText();
    void copyFullText() const;

    QString m_fullText;
    bool m_elided = false;
};

} // namespace apipay
