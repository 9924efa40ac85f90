#pragma once

#include "api/apierror.h"
#include "api/apiresult.h"
#include "domain/catalog.h"
#include "domain/requests.h"
#include "images/catalogimagepreparer.h"

#include <QObject>

#include <optional>

namespace apipay {

class ApiClient;

// Sends a batch of new catalog items: first each picture (POST /catalog/upload-image, one at a time), then the
// items (POST /catalog, at most 50 per request) with the image ids. Reports progress step by step. cancel() stops it:
// a picture upload is cut off at once (a picture uploaded but not used harms nothing), but a POST /catalog already on
// the wire is never cut off — its answer says which items exist — and the uploader stops after it.
class CatalogBatchUploader : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxItemsPerRequest = 50;

    struct Entry
    {
        CatalogItemDraft draft;
        std::optional<CatalogImagePreparer::Result> image;
    };

    CatalogBatchUploader(ApiClient* api, QList<Entry> entries, QObject* parent = nullptr);
    ~CatalogBatchUploader() override;

    void start();
    // Stops as soon as no item creation is on the wire: at once, or when the answer of the one in flight arrives.
    void cancel();
    bool isRunning() const { return m_running; }
    // cancel() was called and the answer of an item creation is still awaited.
    bool isStopping() const { return m_running && m_stopRequested; }
    int totalSteps() const;

Q_SIGNALS:
    void progress(int done, int total, const QString& what);
    // Every item was accepted (created may still be pending); rejected = v2.1 reasons.
    void finished(const apipay::CatalogCreateResult& result);
    // A step failed. entryIndex = the row the error belongs to (-1 = the whole batch). Field errors of POST /catalog
    // ("items.3.name") are mapped to their rows by the dialog.
    void failed(const apipay::ApiError& error, int entryIndex);
    // Stopped by cancel(). createdSoFar holds what earlier steps created; entriesSent = how many of the entries (from
    // the first) went out in item creations that were answered (0 when none did).
    void cancelled(const apipay::CatalogCreateResult& createdSoFar, int entriesSent);

private:
    void nextStep();
    void uploadImage(int index);
    void createChunk(int offset);
    void stop();

    ApiClient* m_api;
    QList<Entry> m_entries;
    CatalogCreateResult m_result;
    RequestId m_request = 0;
    int m_nextImage = 0;
    int m_done = 0;
    int m_entriesSent = 0;
    bool m_running = false;
    bool m_stopRequested = false;
    bool m_creating = false; // the request in flight is a POST /catalog
};

} // namespace apipay
