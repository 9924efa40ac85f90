#pragma once

#include "domain/staticqr.h"
#include "models/listtablemodel.h"

namespace apipay {

// The static QR sheets of the shop (GET /static-qr, v2.1), newest first. A server without them (v2.0 answers 404)
// is not an error here: the model then holds no rows and isSupported() is false, so that the page can say why.
class StaticQrTableModel : public ListTableModel<StaticQrSheet>
{
    Q_OBJECT
public:
    enum Column { ShortCode, Amount, Description, SingleUse, Status, Scans, PaidAt, CreatedAt, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole,
        IdRole, // qint64
        StatusRole, // StaticQrSheet::Status as int
    };
    Q_ENUM(Role)

    explicit StaticQrTableModel(ApiClient* api, QObject* parent = nullptr);
    ~StaticQrTableModel() override;

    // Loads page 1 again (the rows stay until it answers).
    void load();
    // False once the server answered that it has no static QR sheets (404); true again after a successful load.
    bool isSupported() const { return m_supported; }

    // The sheet's status as a person reads it ("Active", "Paid", "Disabled").
    static QString statusLabel(const StaticQrSheet& sheet);

Q_SIGNALS:
    void supportChanged(bool supported);

protected:
    RequestId requestPage(int page, quint64 generation) override;
    QVariant roleData(int row, int column, int role) const override;

private:
    void setSupported(bool supported);

    bool m_supported = true;
    bool m_started = false;
};

} // namespace apipay
