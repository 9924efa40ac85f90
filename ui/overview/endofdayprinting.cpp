#include "endofdayprinting.h"

#include "overview/endofdayreport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPageSize>
#include <QPrinter>
#include <QTextDocument>

#include <memory>

namespace apipay::endofday {

void print(const overview::EndOfDayReport& report, QPrinter* printer)
{
    std::unique_ptr<QTextDocument> document(report.createDocument(nullptr));
    document->print(printer);
}

bool savePdf(const overview::EndOfDayReport& report, const QString& filePath, QString* errorText)
{
    const QFileInfo target(filePath);
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir() || !folder.isWritable()) {
        if (errorText) {
            *errorText = QCoreApplication::translate("apipay::EndOfDayDialog", "The folder %1 cannot be written to.")
                             .arg(folder.absoluteFilePath());
        }
        return false;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(report.defaultFileName());
    printer.setOutputFileName(filePath);
    print(report, &printer);
    const QFileInfo written(filePath);
    if (!written.exists() || written.size() == 0) {
        if (errorText) {
            *errorText = QCoreApplication::translate("apipay::EndOfDayDialog", "The PDF could not be written to %1.")
                             .arg(filePath);
        }
        return false;
    }
    return true;
}

} // namespace apipay::endofday
