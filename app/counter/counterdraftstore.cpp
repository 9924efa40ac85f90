#include "counter/counterdraftstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace apipay {

namespace {
constexpr int kVersion = 1;
constexpr qint64 kMaxFileBytes = 1024 * 1024;

QJsonValue moneyJson(const std::optional<Money>& money)
{
    return money ? QJsonValue(money->toPlainString()) : QJsonValue();
}

std::optional<Money> moneyFrom(const QJsonValue& value)
{
    if (!value.isString()) {
        return std::nullopt;
    }
    return Money::parse(value.toString()).value;
}
} // namespace

CounterDraftStore::CounterDraftStore(QObject* parent)
    : QObject(parent)
    , m_path(defaultFilePath())
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(400);
    connect(m_timer, &QTimer::timeout, this, [this] {
        QString error;
        if (!saveNow(m_pending, &error)) {
            Q_EMIT saveFailed(error);
        }
    });
}

CounterDraftStore::~CounterDraftStore()
{
    if (m_timer->isActive()) {
        m_timer->stop();
        saveNow(m_pending);
    }
}

QString CounterDraftStore::defaultFilePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"counter-draft.json"_s);
}

void CounterDraftStore::setDelayMs(int ms)
{
    m_timer->setInterval(ms);
}

bool CounterDraftStore::hasPendingSave() const
{
    return m_timer->isActive();
}

QByteArray CounterDraftStore::toJson(const CounterDraft& draft)
{
    QJsonArray lines;
    for (const CounterDraft::Line& line : draft.lines) {
        QJsonObject o { { u"catalog_item_id"_s, line.catalogItemId }, { u"name"_s, line.name },
            { u"unit_name"_s, line.unitName }, { u"image_url"_s, line.imageUrl }, { u"barcode"_s, line.barcode },
            { u"catalog_price"_s, moneyJson(line.catalogPrice) }, { u"custom_price"_s, moneyJson(line.customPrice) },
            { u"count"_s, line.count } };
        if (line.unitId) {
            o.insert(u"unit_id"_s, *line.unitId);
        }
        lines.append(o);
    }
    const QJsonObject root { { u"version"_s, kVersion }, { u"cart_mode"_s, draft.cartMode },
        { u"amount_text"_s, draft.amountText }, { u"phone_text"_s, draft.phoneText },
        { u"description"_s, draft.description }, { u"external_order_id"_s, draft.externalOrderId },
        { u"note"_s, draft.note }, { u"discount_percent"_s, draft.discountPercent },
        { u"submission_started"_s, draft.submissionStarted }, { u"shop_key"_s, draft.shopKey },
        { u"shop_name"_s, draft.shopName }, { u"lines"_s, lines } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<CounterDraft> CounterDraftStore::fromJson(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error) {
            *error = tr("The saved draft is damaged (%1) and was not restored.").arg(parseError.errorString());
        }
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (root.value(u"version"_s).toInt() != kVersion) {
        if (error) {
            *error = tr("The saved draft has an unknown format and was not restored.");
        }
        return std::nullopt;
    }
    CounterDraft draft;
    draft.cartMode = root.value(u"cart_mode"_s).toBool();
    draft.amountText = root.value(u"amount_text"_s).toString();
    draft.phoneText = root.value(u"phone_text"_s).toString();
    draft.description = root.value(u"description"_s).toString();
    draft.note = root.value(u"note"_s).toString(); // absent in drafts saved before notes existed
    draft.externalOrderId = root.value(u"external_order_id"_s).toString();
    draft.discountPercent = qBound(0, root.value(u"discount_percent"_s).toInt(), 99);
    draft.submissionStarted = root.value(u"submission_started"_s).toBool();
    draft.shopKey = root.value(u"shop_key"_s).toString(); // absent in older drafts: settled in whatever shop is open
    draft.shopName = root.value(u"shop_name"_s).toString();
    const QJsonArray lines = root.value(u"lines"_s).toArray();
    for (const QJsonValue& value : lines) {
        const QJsonObject o = value.toObject();
        CounterDraft::Line line;
        line.catalogItemId = o.value(u"catalog_item_id"_s).toInteger();
        line.count = o.value(u"count"_s).toInteger();
        if (line.catalogItemId <= 0 || line.count <= 0) {
            continue; // a line that cannot be sent is dropped, not guessed
        }
        line.name = o.value(u"name"_s).toString();
        line.unitName = o.value(u"unit_name"_s).toString();
        line.imageUrl = o.value(u"image_url"_s).toString();
        line.barcode = o.value(u"barcode"_s).toString();
        line.catalogPrice = moneyFrom(o.value(u"catalog_price"_s));
        line.customPrice = moneyFrom(o.value(u"custom_price"_s));
        if (o.contains(u"unit_id"_s)) {
            line.unitId = o.value(u"unit_id"_s).toInteger();
        }
        draft.lines.append(line);
    }
    return draft;
}

std::optional<CounterDraft> CounterDraftStore::load(QString* error) const
{
    QFile file(m_path);
    if (!file.exists()) {
        return std::nullopt;
    }
    if (file.size() > kMaxFileBytes || !file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = tr("The saved draft could not be read and was not restored.");
        }
        return std::nullopt;
    }
    return fromJson(file.readAll(), error);
}

void CounterDraftStore::scheduleSave(const CounterDraft& draft)
{
    m_pending = draft;
    m_timer->start();
}

bool CounterDraftStore::saveNow(const CounterDraft& draft, QString* error)
{
    m_timer->stop();
    if (draft.isEmpty()) {
        clear();
        return true;
    }
    // The draft holds customer phone numbers: only this user may read it (0600, folder 0700 when created here). The
    // file is written under a temporary name with these permissions and then renamed, so a looser old file is
    // replaced by a private one.
    constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder)) {
            if (error) {
                *error = tr("The draft could not be saved to %1: the folder %2 cannot be created.").arg(m_path, folder);
            }
            return false;
        }
        QFile::setPermissions(folder, ownerOnly | QFileDevice::ExeOwner);
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(ownerOnly) || file.write(toJson(draft)) < 0
        || !file.commit()) {
        if (error) {
            *error = tr("The draft could not be saved to %1: %2").arg(m_path, file.errorString());
        }
        return false;
    }
    return true;
}

void CounterDraftStore::clear()
{
    m_timer->stop();
    QFile::remove(m_path);
}

} // namespace apipay
