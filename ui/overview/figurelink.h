#pragma once

#include <QLabel>

namespace apipay {

// A figure of the overview that opens what is behind it ("Waiting for payment now: 3" opens those three invoices).
// Reads as the figure it is — no web-blue text —, marked as something to open by a thin dotted underline, a pointing
// hand and a tooltip saying what opens. Under the mouse or with the keyboard focus the underline turns solid, and the
// focus draws a ring. Reached with Tab; Enter, Return or Space opens it, as does a click.
class FigureLink : public QLabel
{
    Q_OBJECT
public:
    explicit FigureLink(QWidget* parent = nullptr);

Q_SIGNALS:
    void activated();

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void enterEvent(QEnterEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    // Where the text is drawn inside the label.
    QRect textRect() const;

    bool m_hovered = false;
    bool m_pressed = false;
};

} // namespace apipay
