#pragma once

#include <QObject>

class QWidget;

namespace apipay {

// Keeps a shown dialog big enough for what it holds. Qt keeps a top-level window at its size when its content grows
// (an error message appears under the fields, a hint wraps onto more lines) and squeezes word-wrapped labels into
// fewer lines than they need, cutting them off. The fitter watches the dialog's layout and, once it has settled,
// makes the dialog taller when it needs more height at its current width (never taller than the screen it is on,
// never narrower or shorter: a dialog that shrinks as a message goes would move its buttons under the mouse).
class DialogFitter : public QObject
{
    Q_OBJECT
public:
    // Watches `dialog` (and is its child).
    explicit DialogFitter(QWidget* dialog);

    // Grows the dialog now if it needs more height (also called by itself after each change of the layout).
    void fit();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_dialog;
    bool m_fitQueued = false;
};

} // namespace apipay
