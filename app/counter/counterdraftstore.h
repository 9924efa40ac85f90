#pragma once

#include "money/money.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class QTimer;

namespace apipay {

// What the counter form holds, saved while typing so that a crash or power cut loses nothing.
struct CounterDraft
{
    struct Line
    {
        qint64 catalogItemId = 0;
        QString name;
        QString unitName;
        QString imageUrl;
        QString barcode;
        std::optional<Money> catalogPrice;
        std::optional<Money> customPrice;
        qint64 count = 1;
        std::optional<qint64> unitId;
    };

    bool cartMode = false;
    QString amountText;
    QString phoneText;
    QString description;
    QString note; // the shop's own note on the invoice (v2.1 internal_comment)
    QString externalOrderId;
    QList<Line> lines;
    int discountPercent = 0;
    // Set just before POST /invoices is sent and cleared once the answer arrives: a draft restored with this flag
    // may already be an invoice, so the form offers the lookup instead of sending again (D4).
    bool submissionStarted = false;
    // The shop the invoice was being sent to (Session::shopKey() and its name): the lookup runs only there.
    QString shopKey;
    QString shopName;

    bool isEmpty() const
    {
        return amountText.isEmpty() && phoneText.isEmpty() && description.isEmpty() && note.isEmpty() && lines.isEmpty()
            && !submissionStarted;
    }
};

// Keeps the counter draft in <AppDataLocation>/counter-draft.json, written through QSaveFile after a short pause in
// typing (or at once with saveNow()). A file that cannot be read is reported and ignored, never trusted half-way.
// The draft holds customer phone numbers: the file is private to the user (0600; a folder created here 0700).
class CounterDraftStore : public QObject
{
    Q_OBJECT
public:
    explicit CounterDraftStore(QObject* parent = nullptr);
    ~CounterDraftStore() override;

    static QString defaultFilePath();
    void setFilePath(const QString& path) { m_path = path; }
    QString filePath() const { return m_path; }
    void setDelayMs(int ms);

    // The saved draft; nullopt when there is none. A broken file gives nullopt and `error` says why.
    std::optional<CounterDraft> load(QString* error = nullptr) const;
    // Debounced save.
    void scheduleSave(const CounterDraft& draft);
    // Immediate save (before sending an invoice). False with `error` when the file cannot be written.
    bool saveNow(const CounterDraft& draft, QString* error = nullptr);
    // Removes the saved draft (the invoice is confirmed or the form was cleared).
    void clear();
    bool hasPendingSave() const;

    static QByteArray toJson(const CounterDraft& draft);
    static std::optional<CounterDraft> fromJson(const QByteArray& json, QString* error);

Q_SIGNALS:
    void saveFailed(const QString& message);

private:
    QString m_path;
    QTimer* m_timer;
    CounterDraft m_pending;
};

} // namespace apipay
