#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

#include <memory>

class QSaveFile;

namespace apipay {

// One CSV file that appears only when it is complete: written through QSaveFile, starting with the UTF-8 byte order
// mark (Excel then reads the file as UTF-8) and the header line. abandon(), or destruction before commit(), leaves a
// file of the same name as it was.
class CsvFileWriter
{
public:
    explicit CsvFileWriter(QString fileName);
    ~CsvFileWriter();
    CsvFileWriter(const CsvFileWriter&) = delete;
    CsvFileWriter& operator=(const CsvFileWriter&) = delete;

    QString fileName() const { return m_fileName; }
    bool isOpen() const { return m_file != nullptr; }
    // The system's words for the last failure of open() or commit().
    QString errorString() const { return m_error; }

    // Starts the file with the byte order mark and `headerLine`. False when it cannot be written.
    bool open(const QByteArray& headerLine);
    void writeLines(const QByteArrayList& lines);
    // Puts the complete file in place. False (errorString()) when that fails; the old file is then left as it was.
    bool commit();
    // Drops what was written.
    void abandon();

private:
    QString m_fileName;
    std::unique_ptr<QSaveFile> m_file;
    QString m_error;
};

} // namespace apipay
