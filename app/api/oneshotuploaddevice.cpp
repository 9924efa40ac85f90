#include "api/oneshotuploaddevice.h"

#include <algorithm>
#include <cstring>

namespace apipay {

OneShotUploadDevice::OneShotUploadDevice(const QByteArray& data, QObject* parent)
    : QIODevice(parent)
    , m_data(data)
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

qint64 OneShotUploadDevice::bytesAvailable() const
{
    return m_data.size() - m_offset + QIODevice::bytesAvailable();
}

qint64 OneShotUploadDevice::readData(char* data, qint64 maxSize)
{
    const qint64 count = std::min<qint64>(maxSize, m_data.size() - m_offset);
    if (count <= 0) {
        return m_offset >= m_data.size() ? -1 : 0;
    }
    std::memcpy(data, m_data.constData() + m_offset, static_cast<size_t>(count));
    m_offset += count;
    return count;
}

qint64 OneShotUploadDevice::writeData(const char*, qint64)
{
    return -1;
}

} // namespace apipay
