#pragma once

#include "qr/qrcode.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class QPrinter;
class QWidget;

namespace apipay {

// The file side of the QR page: "Open file…", "Save PNG…", "Save SVG…" and "Print…". Every dialog is opened
// window-modal with open() (never exec()), deletes itself, and reports through signals.
class QrFileActions : public QObject
{
    Q_OBJECT
public:
    explicit QrFileActions(QWidget* dialogParent);
    ~QrFileActions() override;

    void openResponse();
    // baseName without suffix ("PAYMENT_2026…", "invoice-42"); the dialog starts in the Pictures folder.
    void savePng(const QrCode& code, const QString& baseName);
    void saveSvg(const QrCode& code, const QString& baseName, double sizeMm);
    // QPrintDialog, then one page with the code at sizeCm and the caption lines under it.
    void print(const QrCode& code, double sizeCm, const QStringList& caption);

Q_SIGNALS:
    void fileChosen(const QString& path);
    void saved(const QString& path);
    void failed(const QString& errorText);

private:
    QString suggestedName(const QString& baseName, const QString& suffix) const;

    QPointer<QWidget> m_parent;
    std::unique_ptr<QPrinter> m_printer;
};

} // namespace apipay
