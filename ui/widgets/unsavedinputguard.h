#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QDialog;
class QMessageBox;
class QWidget;

namespace apipay {

// Keeps a form dialog from losing what the person typed. The dialog's reject() asks mayClose() first:
//  - while the dialog waits for the server's answer to what it sent, it stays open (closing would leave the outcome
//    of a write unknown; the dialog closes or shows the answer by itself);
//  - when the person changed something, a question "Discard what you entered?" opens (window-modal, without a nested
//    event loop); "Discard" closes the dialog, "Keep editing" (the default, also Esc) goes back to the form;
//  - otherwise the dialog closes at once.
// Only the person's edits count: typing, choosing in a list, ticking, stepping a number, an image picked — not the
// values the dialog fills in itself before watch() is called.
class UnsavedInputGuard : public QObject
{
    Q_OBJECT
public:
    explicit UnsavedInputGuard(QDialog* dialog, std::function<bool()> isSending);

    // Starts noticing the person's edits in every input under `root` (the whole dialog when null). Call it after the
    // form is built and filled; call it again for rows added later.
    void watch(QWidget* root = nullptr);
    // For edits the inputs cannot report (a cart line added, an image chosen, a row removed).
    void markEdited() { m_edited = true; }
    bool hasEdits() const { return m_edited; }
    // After a save: what is in the form is no longer unsaved.
    void markSaved() { m_edited = false; }

    // true: the dialog may close now. false: it stays open (sending, or the question is shown).
    bool mayClose();
    // The open question, for tests and for the accessibility tree.
    QMessageBox* question() const;

private:
    void ask();

    QDialog* m_dialog;
    std::function<bool()> m_isSending;
    QPointer<QMessageBox> m_question;
    bool m_edited = false;
    bool m_discardConfirmed = false;
};

} // namespace apipay
