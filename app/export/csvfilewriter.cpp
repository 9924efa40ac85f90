#include "export/csvfilewriter.h"

#include <QSaveFile>

namespace apipay {

CsvFileWriter::CsvFileWriter(QString fileName)
    : m_fileName(std::move(fileName))
{
}

CsvFileWriter::~CsvFileWriter()
{
    abandon();
}

bool CsvFileWriter::open(const QByteArray& headerLine)
{
    abandon();
    m_file = std::make_unique<QSaveFile>(m_fileName);
    if (!m_file->open(QIODevice::WriteOnly)) {
        m_error = m_file->errorString();
        m_file.reset();
        return false;
    }
    m_file->write("\xEF\xBB\xBF");
    m_file->write(headerLine);
    return true;
}

void CsvFileWriter::writeLines(const QByteArrayList& lines)
{
    if (!m_file) {
        return;
    }
    for (const QByteArray& line : lines) {
        m_file->write(line); // a failed write makes commit() fail
    }
}

bool CsvFileWriter::commit()
{
    if (!m_file) {
        return false;
    }
    const bool ok = m_file->commit();
    if (!ok) {
        m_error = m_file->errorString();
    }
    m_file.reset();
    return ok;
}

void CsvFileWriter::abandon()
{
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset();
    }
}

} // namespace apipay
