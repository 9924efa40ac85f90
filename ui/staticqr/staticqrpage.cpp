#include "staticqr/staticqrpage.h"

#include "qr/qrwidget.h"
#include "widgets/offlinebanner.h"

#include "models/staticqrtablemodel.h"
#include "qr/qrcode.h"
#include "session/democontrol.h"
#include "session/session.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace apipay {

StaticQrPage::StaticQrPage(const PageContext& context, QWidget* parent)
    : ListPage(context,
        new StaticQrTableModel(context.session->api()),
        nullptr,
        StaticQrTableModel::IdRole,
        u"staticQr"_s,
        parent)
    , m_model(static_cast<StaticQrTableModel*>(listModel()))
    , m_newButton(new QPushButton(this))
    , m_printButton(new QPushButton(this))
    , m_pdfButton(new QPushButton(this))
    , m_disableButton(new QPushButton(this))
    , m_scanButton(new QPushButton(this))
    , m_detail(new QWidget(this))
    , m_qr(new QrWidget(m_detail))
    , m_codeLabel(new QLabel(m_detail))
    , m_detailLabel(new QLabel(m_detail))
{
    setObjectName(u"staticQrPage"_s);
    setElidableColumns({ StaticQrTableModel::Description });
    m_newButton->setObjectName(u"newSheetPushButton"_s);
    m_printButton->setObjectName(u"printSheetPushButton"_s);
    m_pdfButton->setObjectName(u"saveSheetPdfPushButton"_s);
    m_disableButton->setObjectName(u"disableSheetPushButton"_s);
    m_scanButton->setObjectName(u"simulateScanPushButton"_s);
    m_qr->setObjectName(u"sheetQrWidget"_s);
    m_codeLabel->setObjectName(u"sheetCodeLabel"_s);
    m_detailLabel->setObjectName(u"sheetDetailLabel"_s);

    auto* bar = new QWidget(this);
    auto* buttons = new QHBoxLayout(bar);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_pdfButton);
    buttons->addWidget(m_disableButton);
    buttons->addWidget(m_scanButton);
    buttons->addStretch(1);
    setFilterBar(bar);

    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(codeFont.pointSizeF() * 2);
    codeFont.setBold(true);
    m_codeLabel->setFont(codeFont);
    m_codeLabel->setAlignment(Qt::AlignCenter);
    m_codeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailLabel->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_detailLabel->setWordWrap(true);
    m_qr->setMinimumSize(180, 180);
    m_qr->setMaximumSize(300, 300);
    auto* detailLayout = new QVBoxLayout(m_detail);
    detailLayout->addWidget(m_qr, 0, Qt::AlignHCenter);
    detailLayout->addWidget(m_codeLabel);
    detailLayout->addWidget(m_detailLabel);
    detailLayout->addStretch(1);
    // The preview needs no more than the code's width: the rest goes to the list, whose columns then fit.
    m_detail->setMaximumWidth(m_qr->maximumWidth() + 2 * detailLayout->contentsMargins().left());
    setDetailPanel(m_detail);

    connect(m_newButton, &QPushButton::clicked, this, &StaticQrPage::openNewSheetDialog);
    connect(m_printButton, &QPushButton::clicked, this, &StaticQrPage::openPrintPreview);
    connect(m_pdfButton, &QPushButton::clicked, this, &StaticQrPage::chooseFile);
    connect(m_disableButton, &QPushButton::clicked, this, [this] { disableCurrent(false); });
    connect(m_scanButton, &QPushButton::clicked, this, &StaticQrPage::simulateScan);
    connect(
        tableView()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &StaticQrPage::showCurrentDetail);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &StaticQrPage::showCurrentDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &StaticQrPage::showCurrentDetail);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (currentModelRow() < 0 && m_model->rowCount() > 0) {
            selectModelRow(0);
        }
    });
    connect(m_model, &StaticQrTableModel::supportChanged, this, [this] {
        updateActions();
        updateEmptyState();
    });
    connect(context.session, &Session::connectivityChanged, this, &StaticQrPage::updateActions);
    connect(context.session, &Session::sessionChanged, this, &StaticQrPage::updateActions);
    retranslate();
    updateActions();
    showCurrentDetail();
    updateEmptyState();
}

StaticQrPage::~StaticQrPage()
{
    disconnect(m_model, nullptr, this, nullptr);
}

QString StaticQrPage::title() const
{
    return tr("QR sheets");
}

void StaticQrPage::load()
{
    setLoadedOnce(true);
    m_model->setDisplayFormat(context().session->displayFormat());
    m_model->load();
    updateEmptyState();
}

void StaticQrPage::refresh()
{
    load();
}

StaticQrSheet StaticQrPage::currentSheet() const
{
    const int row = currentModelRow();
    return row >= 0 ? m_model->rowAt(row) : StaticQrSheet {};
}

bool StaticQrPage::selectSheet(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0) {
        return false;
    }
    selectModelRow(row);
    return true;
}

void StaticQrPage::updateActions()
{
    const bool supported = m_model->isSupported();
    const StaticQrSheet sheet = currentSheet();
    const bool hasSheet = sheet.id != 0;
    const bool usable = hasSheet && sheet.status != StaticQrSheet::Status::Disabled;
    for (QPushButton* button : { m_newButton, m_printButton, m_pdfButton, m_disableButton }) {
        button->setVisible(supported);
    }
    m_newButton->setEnabled(!m_busy);
    m_printButton->setEnabled(hasSheet && !sheet.printUrl.isEmpty());
    m_pdfButton->setEnabled(hasSheet && !sheet.printUrl.isEmpty());
    m_disableButton->setEnabled(usable && !m_busy);
    DemoControl* demo = context().session->demoControl();
    m_scanButton->setVisible(supported && demo != nullptr);
    m_scanButton->setEnabled(usable && sheet.status == StaticQrSheet::Status::Active);
    OfflineBanner::guard(context().session, m_newButton);
    OfflineBanner::guard(context().session, m_disableButton);
    // Without a sheet there is nothing to preview: the list (or the "no sheets yet" text) takes the whole page.
    m_detail->setVisible(supported && hasSheet);
}

void StaticQrPage::showCurrentDetail()
{
    const StaticQrSheet sheet = currentSheet();
    if (sheet.id == 0) {
        m_qr->setCode(QrCode());
        m_codeLabel->clear();
        m_detailLabel->clear();
        updateActions();
        return;
    }
    const auto encoded = QrCode::encode(sheet.printUrl);
    m_qr->setCode(encoded.ok() ? encoded.code : QrCode());
    m_qr->setExpired(sheet.status == StaticQrSheet::Status::Disabled);
    m_codeLabel->setText(sheet.shortCode);
    const DisplayFormat format = context().session->displayFormat();
    QStringList lines;
    lines << format.money(sheet.amount);
    if (!sheet.description.isEmpty()) {
        lines << sheet.description;
    }
    lines << StaticQrTableModel::statusLabel(sheet) + u" · "_s + tr("scans: %1").arg(sheet.scanCount);
    if (sheet.paidAt.isValid()) {
        lines << tr("Paid at %1").arg(format.dateTime(sheet.paidAt));
    }
    m_detailLabel->setText(lines.join(u'\n'));
    updateActions();
}

QString StaticQrPage::emptyText(EmptyReason reason) const
{
    if (!m_model->isSupported()) {
        return tr("This server (API v2.0) has no static QR sheets");
    }
    switch (reason) {
    case EmptyReason::Loading:
        return tr("Loading QR sheets…");
    case EmptyReason::LoadFailed:
        return tr("The QR sheets could not be loaded. Use Retry in the message above, or press F5.");
    case EmptyReason::NoRows:
        break;
    }
    return tr("No QR sheets yet. Choose \"New sheet…\" to print a QR code that customers scan to pay a fixed "
              "amount.");
}

void StaticQrPage::retranslate()
{
    m_newButton->setText(tr("&New sheet…"));
    m_printButton->setText(tr("&Print…"));
    m_pdfButton->setText(tr("Save P&DF…"));
    m_disableButton->setText(tr("&Disable"));
    m_scanButton->setText(tr("Simulate a &scan"));
    m_scanButton->setToolTip(tr("Demo: a customer scans the selected sheet, which creates a QR invoice."));
    tableView()->setAccessibleName(tr("QR sheets"));
    m_qr->setAccessibleName(tr("QR code of the sheet"));
    showCurrentDetail();
    updateEmptyState();
}

} // namespace apipay
