#pragma once

#include <QString>

class QPrinter;

namespace apipay {

namespace overview {
class EndOfDayReport;
}

// Printing the end-of-day report: on a printer the person chose, or into a PDF file.
namespace endofday {

// Prints the report's document on `printer` (A4 portrait unless the printer says otherwise).
void print(const overview::EndOfDayReport& report, QPrinter* printer);
// Writes the report as a PDF file at `filePath`; false with a translated reason when the file could not be written.
bool savePdf(const overview::EndOfDayReport& report, const QString& filePath, QString* errorText);

} // namespace endofday
} // namespace apipay
