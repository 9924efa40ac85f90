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
// items (POST /catalog, at most 50 per request) with the image ids. Reports progress step by step and can be
// cancelled between and during steps (pictures already uploaded are simply unused).
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
    void cancel();
    bool isRunning() const { return m_running; }
    int totalSteps() const;

Q_SIGNALS:
    void progress(int done, int total, const QString& what);
    // Every item was accepted (created may still be pending); rejected = v2.1 reasons.
    void finished(const apipay::CatalogCreateResult& result);
    // A step failed. entryIndex = the row the error belongs to (-1 = the whole batch). Field errors of POST /catalog
    // ("items.3.name") are mapped to their rows by the dialog.
    void failed(const apipay::ApiError& error, int entryIndex);
    void cancelled();

private:
    void nextStep();
    void uploadImage(int index);
    void createChunk(int offset);

    ApiClient* m_api;
    QList<Entry> m_entries;
    CatalogCreateResult m_result;
    RequestId m_request = 0;
    int m_nextImage = 0;
    int m_done = 0;
    bool m_running = false;
};

} // namespace apipay
