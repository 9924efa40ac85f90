#pragma once

#include "domain/catalog.h"

#include <QComboBox>
#include <QLocale>

namespace apipay {

// Unit picker filled from GET /catalog/units: the Kazakh name (name_kaz) when the UI language is Kazakh and the
// service gives one, else the name. currentUnitId() is 0 when nothing is chosen.
class CatalogUnitComboBox : public QComboBox
{
    Q_OBJECT
public:
    explicit CatalogUnitComboBox(QWidget* parent = nullptr);

    void setUnits(const QList<CatalogUnit>& units, const QLocale& locale);
    qint64 currentUnitId() const;
    bool setCurrentUnitId(qint64 id);

    static QString unitLabel(const CatalogUnit& unit, const QLocale& locale);
};

} // namespace apipay
