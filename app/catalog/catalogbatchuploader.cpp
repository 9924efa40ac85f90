#include "catalog/catalogbatchuploader.h"

#include "api/apiclient.h"

namespace apipay {

CatalogBatchUploader::CatalogBatchUploader(ApiClient* api, QList<Entry> entries, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_entries(std::move(entries))
{
}

CatalogBatchUploader::~CatalogBatchUploader()
{
    if (m_running && m_request != 0 && m_api) {
        m_running = false; // the cancelled call's answer is then ignored
        m_api->cancel(m_request);
    }
}

int CatalogBatchUploader::totalSteps() const
{
    int images = 0;
    for (const Entry& entry : m_entries) {
        if (entry.image && entry.draft.imageId.isEmpty()) {
            ++images;
        }
    }
    const int chunks = int((m_entries.size() + kMaxItemsPerRequest - 1) / kMaxItemsPerRequest);
    return images + chunks;
}

void CatalogBatchUploader::start()
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_stopRequested = false;
    m_done = 0;
    m_entriesSent = 0;
    m_nextImage = 0;
    m_result = {};
    nextStep();
}

void CatalogBatchUploader::cancel()
{
    if (!m_running || m_stopRequested) {
        return;
    }
    m_stopRequested = true;
    if (m_request != 0 && m_creating) {
        return; // the items may already exist: wait for the answer, then stop
    }
    if (m_request != 0) {
        m_api->cancel(m_request);
        m_request = 0;
    }
    stop();
}

void CatalogBatchUploader::stop()
{
    m_running = false;
    Q_EMIT cancelled(m_result, m_entriesSent);
}

void CatalogBatchUploader::nextStep()
{
    while (m_nextImage < m_entries.size()
        && (!m_entries.at(m_nextImage).image || !m_entries.at(m_nextImage).draft.imageId.isEmpty())) {
        ++m_nextImage;
    }
    if (m_nextImage < m_entries.size()) {
        uploadImage(m_nextImage);
        return;
    }
    createChunk(0);
}

void CatalogBatchUploader::uploadImage(int index)
{
    const CatalogImagePreparer::Result& image = *m_entries.at(index).image;
    Q_EMIT progress(m_done, totalSteps(), tr("Uploading the picture of item %1…").arg(index + 1));
    m_request = m_api->uploadImage(
        image.bytes, image.fileName, image.mimeType, this, [this, index](const ApiResult<QString>& result) {
            m_request = 0;
            if (!m_running || m_stopRequested) {
                return;
            }
            if (!result.ok()) {
                m_running = false;
                Q_EMIT failed(result.error, index);
                return;
            }
            m_entries[index].draft.imageId = result.value;
            ++m_done;
            ++m_nextImage;
            nextStep();
        });
}

void CatalogBatchUploader::createChunk(int offset)
{
    if (offset >= m_entries.size()) {
        m_running = false;
        Q_EMIT progress(m_done, m_done, QString());
        Q_EMIT finished(m_result);
        return;
    }
    QList<CatalogItemDraft> drafts;
    for (int i = offset; i < m_entries.size() && i < offset + kMaxItemsPerRequest; ++i) {
        drafts.append(m_entries.at(i).draft);
    }
    if (m_stopRequested) {
        stop();
        return;
    }
    Q_EMIT progress(m_done, totalSteps(), tr("Creating %n item(s)…", nullptr, int(drafts.size())));
    m_creating = true;
    m_request = m_api->createCatalogItems(
        drafts, this, [this, offset, count = int(drafts.size())](const ApiResult<CatalogCreateResult>& result) {
            m_request = 0;
            m_creating = false;
            if (!m_running) {
                return;
            }
            if (!result.ok()) {
                m_running = false;
                ApiError error = result.error;
                // "items.3.name" inside this chunk → the row's absolute index.
                QMap<QString, QStringList> shifted;
                for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it) {
                    const QStringList parts = it.key().split(u'.');
                    bool ok = false;
                    const int local = parts.size() >= 2 && parts.first() == u"items" ? parts.at(1).toInt(&ok) : -1;
                    if (ok && local >= 0 && local < count) {
                        QStringList moved = parts;
                        moved[1] = QString::number(offset + local);
                        shifted.insert(moved.join(u'.'), it.value());
                    } else {
                        shifted.insert(it.key(), it.value());
                    }
                }
                error.fieldErrors = shifted;
                Q_EMIT failed(error, -1);
                return;
            }
            m_result.created += result.value.created;
            m_result.rejected += result.value.rejected;
            m_entriesSent = offset + count;
            ++m_done;
            createChunk(offset + count);
        });
}

} // namespace apipay
