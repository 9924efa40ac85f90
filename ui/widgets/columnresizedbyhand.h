#pragma once

class QHeaderView;

namespace apipay {

// Whether a QHeaderView::sectionResized(logical, oldSize, newSize) is a person dragging the column's edge, rather than
// the header's own doing: a column shown or hidden (a size from or to 0), the stretched last column following the
// view's width, a column that stops being the stretched last one when another is shown. People resize with the mouse
// button held; the header resizes by itself without it. The tables' column fitting (TableColumnFit, the invoice
// table's InvoiceColumnLayout) keep their own layout until this says the person took over.
bool isColumnResizedByHand(const QHeaderView* header, int logical, int oldSize, int newSize);

} // namespace apipay
