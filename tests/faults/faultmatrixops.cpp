#include "faultmatrixops.h"

#include "catalog/catalogeditdialog.h"
#include "catalog/catalogimagepicker.h"
#include "catalog/catalogpage.h"
#include "counter/counterdraftstore.h"
#include "counter/counterpage.h"
#include "counter/counterstatuspanel.h"
#include "counter/invoicesubmission.h"
#include "invoices/invoiceactions.h"
#include "invoices/invoicedetailpane.h"
#include "invoices/invoicespage.h"
#include "invoices/refunddialog.h"

#include "api/apiclient.h"
#include "models/catalogtablemodel.h"
#include "models/invoicetablemodel.h"
#include "sandbox/sandboxserver.h"
#include "shell/pagecontext.h"
#include "widgets/moneylineedit.h"
#include "widgets/phonelineedit.h"

#include <QAction>
#include <QBuffer>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace apipay::faults {

namespace {

using Kind = sandbox::SandboxFault::Kind;

MatrixFault fault(const QString& name,
    Kind kind,
    int status = 500,
    const QByteArray& body = {},
    QList<QPair<QByteArray, QByteArray>> headers = {})
{
    MatrixFault f;
    f.name = name;
    f.fault.kind = kind;
    f.fault.status = status;
    f.fault.body = body;
    f.fault.headers = std::move(headers);
    f.fault.count = 20; // the fault lasts while the operation runs (automatic retries meet it again)
    return f;
}

// Visible labels below root whose object name says they carry a message (error, message, stale, a pane state).
QStringList messageLabels(const QWidget* root)
{
    QStringList texts;
    if (!root) {
        return texts;
    }
    const auto labels = root->findChildren<QLabel*>();
    for (const QLabel* label : labels) {
        const QString name = label->objectName().toLower();
        if (label->isVisible() && !label->text().isEmpty()
            && (name.contains(u"error"_s) || name.contains(u"message"_s) || name.contains(u"stale"_s)
                || name.contains(u"statelabel"_s))) {
            texts << label->text();
        }
    }
    return texts;
}

template <typename Page> void showPage(Page& page)
{
    page.resize(1280, 760);
    page.show();
    page.activated();
}

// ---- Invoices page: list, detail, refund, cancel ----

class InvoicesOperation : public MatrixOperation
{
public:
    InvoicesOperation(const PageContext& context, sandbox::SandboxServer* server)
        : m_context(context)
        , m_server(server)
    {
    }
    bool prepareList()
    {
        m_page = std::make_unique<InvoicesPage>(m_context);
        showPage(*m_page);
        if (!QTest::qWaitFor(
                [this] { return m_page->model()->rowCount() > 0 && !m_page->model()->isLoading(); }, 10'000)) {
            return false;
        }
        for (int row = 0; row < qMin(5, m_page->model()->rowCount()); ++row) {
            m_ids << m_page->model()->invoiceAt(row).id;
        }
        return true;
    }
    bool showDetail(qint64 id)
    {
        m_page->showInvoice(id);
        m_detailId = id;
        return QTest::qWaitFor(
            [this, id] {
                return m_page->detailPane()->detailLoaded() && m_page->detailPane()->invoice()
                    && m_page->detailPane()->invoice()->id == id;
            },
            10'000);
    }
    bool rowsShown() const
    {
        for (qint64 id : m_ids) {
            if (m_page->model()->rowOfId(id) < 0) {
                return false;
            }
        }
        return !m_ids.isEmpty();
    }
    bool detailShown() const
    {
        return m_page->detailPane()->invoice() && m_page->detailPane()->invoice()->id == m_detailId;
    }
    QStringList messages() const override { return messageLabels(m_page.get()); }

protected:
    PageContext m_context;
    sandbox::SandboxServer* m_server;
    std::unique_ptr<InvoicesPage> m_page;
    QList<qint64> m_ids;
    qint64 m_detailId = 0;
};

class ListOperation : public InvoicesOperation
{
public:
    using InvoicesOperation::InvoicesOperation;
    bool prepare() override
    {
        faultMethod = "GET";
        faultPath = u"/invoices"_s;
        return prepareList();
    }
    void run() override { m_page->refresh(); }
    bool previousDataShown() const override { return rowsShown(); }
};

class DetailOperation : public InvoicesOperation
{
public:
    using InvoicesOperation::InvoicesOperation;
    bool prepare() override
    {
        faultMethod = "GET";
        faultPath = u"/invoices/*"_s;
        return prepareList() && showDetail(m_ids.first());
    }
    void run() override { m_page->refresh(); }
    bool previousDataShown() const override { return rowsShown() && detailShown(); }
};

class RefundOperation : public InvoicesOperation
{
public:
    using InvoicesOperation::InvoicesOperation;
    bool prepare() override
    {
        writeMethod = faultMethod = "POST";
        writePath = faultPath = u"/invoices/*/refund"_s;
        const qint64 id = paidInvoice();
        if (id <= 0 || !prepareList() || !showDetail(id)) {
            return false;
        }
        m_ids.prepend(id);
        if (!QTest::qWaitFor([this] { return m_page->actions()->refundAction()->isEnabled(); }, 10'000)) {
            return false;
        }
        m_page->actions()->refundAction()->trigger();
        m_dialog = m_page->actions()->refundDialog();
        return m_dialog && QTest::qWaitFor([this] { return m_dialog->isVisible(); }, 5000);
    }
    void run() override
    {
        auto* send = m_dialog->findChild<QPushButton*>(u"refundSendButton"_s);
        if (send && send->isEnabled()) {
            QTest::mouseClick(send, Qt::LeftButton);
        }
    }
    bool previousDataShown() const override { return rowsShown() && detailShown(); }
    QStringList messages() const override { return InvoicesOperation::messages() + messageLabels(m_dialog.data()); }

private:
    qint64 paidInvoice()
    {
        InvoiceDraft draft;
        draft.amount = Money::fromTenge(5000);
        draft.phone = u"87001234567"_s;
        qint64 id = 0;
        bool done = false;
        QObject guard;
        m_context.session->api()->createInvoice(draft, &guard, [&](const ApiResult<Invoice>& result) {
            done = true;
            id = result.ok() ? result.value.id : -1;
        });
        if (!QTest::qWaitFor([&] { return done; }, 5000) || id <= 0
            || !QTest::qWaitFor(
                [&] { return m_server->invoiceStatus(id) == std::optional<QString>(u"pending"_s); }, 5000)) {
            return -1;
        }
        return m_server->simulateInvoiceStatus(id, u"paid"_s) ? id : -1;
    }
    QPointer<RefundDialog> m_dialog;
};

class CancelOperation : public InvoicesOperation
{
public:
    using InvoicesOperation::InvoicesOperation;
    bool prepare() override
    {
        writeMethod = faultMethod = "POST";
        writePath = faultPath = u"/invoices/*/cancel"_s;
        if (!prepareList()) {
            return false;
        }
        for (int row = 0; row < m_page->model()->rowCount(); ++row) {
            if (m_page->model()->rawStatus(row) == u"pending"_s) {
                const qint64 id = m_page->model()->invoiceAt(row).id;
                return showDetail(id)
                    && QTest::qWaitFor([this] { return m_page->actions()->cancelAction()->isEnabled(); }, 10'000);
            }
        }
        return false;
    }
    void run() override
    {
        m_page->actions()->cancelAction()->trigger();
        if (QMessageBox* box = m_page->actions()->cancelConfirmation()) {
            QTest::mouseClick(box->findChild<QPushButton*>(u"confirmCancelButton"_s), Qt::LeftButton);
        }
    }
    bool previousDataShown() const override { return rowsShown() && detailShown(); }
};

// ---- Counter: create an invoice ----

class CreateOperation : public MatrixOperation
{
public:
    explicit CreateOperation(const PageContext& context)
        : m_context(context)
    {
    }
    bool prepare() override
    {
        writeMethod = faultMethod = "POST";
        writePath = faultPath = u"/invoices"_s;
        m_page = std::make_unique<CounterPage>(m_context);
        m_page->draftStore()->setFilePath(m_dir.filePath(u"draft.json"_s));
        m_page->draftStore()->setDelayMs(20);
        showPage(*m_page);
        m_page->amountEdit()->setFocus();
        QTest::keyClicks(m_page->amountEdit(), u"1234"_s);
        QTest::keyClick(m_page->amountEdit(), Qt::Key_Tab);
        QTest::keyClicks(m_page->phoneEdit(), u"87001234567"_s);
        return m_dir.isValid();
    }
    void run() override { QTest::keyClick(m_page->phoneEdit(), Qt::Key_Return); }
    bool previousDataShown() const override
    {
        // The cashier's order is still there: the form as typed, or the invoice it became.
        return m_page->amountEdit()->text().contains(u"1234"_s) || m_page->amountEdit()->text().contains(u"1 234"_s)
            || (m_page->submission()->invoice().has_value()
                && m_page->submission()->invoice()->amount == Money::fromTenge(1234));
    }
    QStringList messages() const override
    {
        const auto state = m_page->submission()->state();
        if (state == InvoiceSubmission::State::Sending || state == InvoiceSubmission::State::LookingUp) {
            return {}; // not settled yet
        }
        return messageLabels(m_page.get());
    }

private:
    PageContext m_context;
    QTemporaryDir m_dir;
    std::unique_ptr<CounterPage> m_page;
};

// ---- Catalog: upload a picture (edit dialog), delete an item ----

class CatalogOperation : public MatrixOperation
{
public:
    CatalogOperation(const PageContext& context, bool upload)
        : m_context(context)
        , m_upload(upload)
    {
    }
    bool prepare() override
    {
        writeMethod = faultMethod = m_upload ? "POST" : "DELETE";
        writePath = faultPath = m_upload ? u"/catalog/upload-image"_s : u"/catalog/*"_s;
        m_page = std::make_unique<CatalogPage>(m_context);
        showPage(*m_page);
        if (!QTest::qWaitFor(
                [this] { return m_page->model()->rowCount() > 0 && !m_page->model()->isLoading(); }, 10'000)) {
            return false;
        }
        for (int row = 0; row < m_page->model()->rowCount(); ++row) {
            m_ids << m_page->model()->itemAt(row).id;
        }
        if (!m_page->selectItem(m_ids.first())) {
            return false;
        }
        if (!m_upload) {
            return true;
        }
        m_dialog = m_page->openEditDialog();
        if (!m_dialog) {
            return false;
        }
        QImage image(64, 64, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return m_dialog->imagePicker()->setBytes(png, u"green.png"_s);
    }
    void run() override
    {
        if (m_upload) {
            m_dialog->submit();
            return;
        }
        if (QMessageBox* box = m_page->requestDelete()) {
            QTest::mouseClick(box->findChild<QPushButton*>(u"confirmPushButton"_s), Qt::LeftButton);
        }
    }
    bool previousDataShown() const override
    {
        // Every row but the one being deleted (a delete that happened may remove it).
        for (qint64 id : m_ids.mid(m_upload ? 0 : 1)) {
            bool found = false;
            for (int row = 0; row < m_page->model()->rowCount(); ++row) {
                found = found || m_page->model()->itemAt(row).id == id;
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
    QStringList messages() const override
    {
        if ((m_dialog && m_dialog->isBusy()) || m_page->isDeleting()) {
            return {};
        }
        return messageLabels(m_page.get()) + messageLabels(m_dialog.data());
    }

private:
    PageContext m_context;
    bool m_upload;
    std::unique_ptr<CatalogPage> m_page;
    QPointer<CatalogEditDialog> m_dialog;
    QList<qint64> m_ids;
};

} // namespace

QList<MatrixFault> matrixFaults()
{
    QList<MatrixFault> list;
    MatrixFault refused;
    refused.name = u"connection refused"_s;
    refused.refused = true;
    list << refused;
    list << fault(u"dropped before any answer"_s, Kind::DropBeforeHandling);
    list << fault(u"dropped after the server acted"_s, Kind::Drop);
    list << fault(u"reset in mid-body"_s, Kind::ResetMidBody);
    list << fault(u"500"_s, Kind::Status, 500);
    list << fault(u"502"_s, Kind::Status, 502, "<html><body>502 Bad Gateway</body></html>");
    list << fault(u"503"_s, Kind::Status, 503, R"({"message":"Service Unavailable"})");
    list << fault(u"429 v2.0 body retry_after"_s, Kind::Status, 429,
        R"({"message":"Too many requests. Please retry after 1 seconds.","retry_after":1})");
    list << fault(u"429 Retry-After header"_s, Kind::Status, 429, R"({"message":"Too Many Requests"})",
        { { "Retry-After", "1" } });
    list << fault(u"429 v2.1 retry_after_seconds"_s, Kind::Status, 429,
        R"({"error":"rate_limited","message":"Too Many Requests","retry_after_seconds":1})");
    list << fault(u"malformed JSON"_s, Kind::MalformedJson);
    list << fault(u"wrong types"_s, Kind::WrongTypes);
    MatrixFault huge = fault(u"50 MB body"_s, Kind::HugeBody);
    huge.fault.sizeMb = 50;
    list << huge;
    MatrixFault endless = fault(u"endless body"_s, Kind::EndlessBody);
    endless.fault.sizeMb = 64; // the sandbox's safety net: the app must give up long before
    list << endless;
    list << fault(u"stall past the timeout"_s, Kind::Stall);
    return list;
}

QStringList operationNames()
{
    return { u"list invoices"_s, u"invoice detail"_s, u"create invoice"_s, u"refund"_s, u"cancel"_s,
        u"catalog upload"_s, u"catalog delete"_s };
}

std::unique_ptr<MatrixOperation> makeOperation(
    const QString& name, const PageContext& context, sandbox::SandboxServer* server)
{
    if (name == u"list invoices"_s) {
        return std::make_unique<ListOperation>(context, server);
    }
    if (name == u"invoice detail"_s) {
        return std::make_unique<DetailOperation>(context, server);
    }
    if (name == u"create invoice"_s) {
        return std::make_unique<CreateOperation>(context);
    }
    if (name == u"refund"_s) {
        return std::make_unique<RefundOperation>(context, server);
    }
    if (name == u"cancel"_s) {
        return std::make_unique<CancelOperation>(context, server);
    }
    if (name == u"catalog upload"_s) {
        return std::make_unique<CatalogOperation>(context, true);
    }
    if (name == u"catalog delete"_s) {
        return std::make_unique<CatalogOperation>(context, false);
    }
    return nullptr;
}

} // namespace apipay::faults
