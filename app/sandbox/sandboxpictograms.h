#pragma once

#include <QByteArray>
#include <QColor>

namespace apipay::sandbox {

// Simple, recognisable product pictures for the demo catalog, painted with QPainter (no fonts, so it also works
// under QCoreApplication) and encoded as PNG.
class SandboxPictograms
{
public:
    enum class Shape {
        Loaf,
        Carton,
        Bottle,
        Cup,
        Balls,
        Triangle,
        Apple,
        Banana,
        Bar,
        Sausage,
        Wedge,
        Eggs,
        Cake,
        Bag
    };

    // A size×size PNG: a rounded pastel tile with the shape in colour.
    static QByteArray png(Shape shape, const QColor& colour, int size = 256);
};

} // namespace apipay::sandbox
