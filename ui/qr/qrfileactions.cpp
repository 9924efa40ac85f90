#include "qrfileactions.h"

#include "qrexporter.h"
#include "widgets/filedialogs.h"

#include <QFileDialog>
#include <QPrintDialog>
#include <QPrinter>

namespace apipay {

QrFileActions::QrFileActions(QWidget* dialogParent)
    : QObject(dialogParent)
    , m_parent(dialogParent)
{
}

QrFileActions::~QrFileActions() = default;

QString QrFileActions::suggestedName(const QString& baseName, const QString& suffix) const
{
    QString safe = baseName;
    for (QChar& c : safe) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_') {
            c = u'_';
        }
    }
    return (safe.isEmpty() ? QStringLiteral("kaspi-qr") : safe) + u'.' + suffix;
}

void QrFileActions::openResponse()
{
    auto* dialog = newFileDialog(m_parent, tr("Open Antom pay response"), AppSettings::FileKind::Received);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({ tr("JSON or text (*.json *.txt)"), tr("All files (*)") });
    connect(dialog, &QFileDialog::fileSelected, this, &QrFileActions::fileChosen);
    dialog->open();
}

void QrFileActions::savePng(const QrCode& code, const QString& baseName)
{
    auto* dialog = newFileDialog(m_parent, tr("Save QR code as PNG"), AppSettings::FileKind::Picture,
        suggestedName(baseName, QStringLiteral("png")));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("png"));
    dialog->setNameFilter(tr("PNG image (*.png)"));
    connect(dialog, &QFileDialog::fileSelected, this, [this, code](const QString& path) {
        QString error;
        if (QrExporter::savePng(code, path, &error)) {
            Q_EMIT saved(path);
        } else {
            Q_EMIT failed(error);
        }
    });
    dialog->open();
}

void QrFileActions::saveSvg(const QrCode& code, const QString& baseName, double sizeMm)
{
    auto* dialog = newFileDialog(m_parent, tr("Save QR code as SVG"), AppSettings::FileKind::Picture,
        suggestedName(baseName, QStringLiteral("svg")));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("svg"));
    dialog->setNameFilter(tr("SVG image (*.svg)"));
    connect(dialog, &QFileDialog::fileSelected, this, [this, code, sizeMm](const QString& path) {
        QString error;
        if (QrExporter::saveSvg(code, path, sizeMm, &error)) {
            Q_EMIT saved(path);
        } else {
            Q_EMIT failed(error);
        }
    });
    dialog->open();
}

void QrFileActions::print(const QrCode& code, double sizeCm, const QStringList& caption)
{
    if (code.isNull()) {
        return;
    }
    if (!m_printer) {
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    }
    auto* dialog = new QPrintDialog(m_printer.get(), m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, code, sizeCm, caption] {
        QString error;
        if (!QrExporter::print(m_printer.get(), code, sizeCm, caption, &error)) {
            Q_EMIT failed(error);
        }
    });
    dialog->open();
}

} // namespace apipay
