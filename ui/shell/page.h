#pragma once

#include "shell/pagecontext.h"

#include <QWidget>

namespace apipay {

// A page of the main window (Overview, Invoices, New invoice, Subscriptions, Refunds, Catalog, QR).
//
// NOTE: named PageWidget, not Page: `apipay::Page<T>` (app/domain/page.h, one page of a paginated API list) is a
// class template in the same namespace, and C++ does not allow a class and a class template of the same name, so
// any page that includes api/apiclient.h could not derive from a class called Page.
//
// Constructor form for every page: explicit XPage(const PageContext& context, QWidget* parent = nullptr).
class PageWidget : public QWidget
{
    Q_OBJECT
public:
    explicit PageWidget(const PageContext& context, QWidget* parent = nullptr)
        : QWidget(parent)
        , m_context(context)
    {
    }

    // Translated title for the navigation list (re-read on languageChanged / QEvent::LanguageChange).
    virtual QString title() const = 0;
    // F5: reload what the page shows.
    virtual void refresh() = 0;
    // Ctrl+F: put the focus in the page's search field, if any.
    virtual void focusSearch() { }
    // The page became visible / hidden (pages poll only while visible).
    virtual void activated() { }
    virtual void deactivated() { }

protected:
    const PageContext& context() const { return m_context; }

private:
    PageContext m_context;
};

} // namespace apipay
