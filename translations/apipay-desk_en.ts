<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::AboutDialog</name>
    <message>
        <source>%1 (git %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ApiPay Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ApiPay Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 · Qt %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaspi payments at the counter through the ApiPay.kz API. This program is free software under the GNU General Public License, version 3 or later. It uses the components listed below under their own licences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The licence text is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::AccountEditor</name>
    <message>
        <source>Success: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API key of the shop (ApiPay dashboard → API keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Coffee on Abay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the key from the ApiPay dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the keychain — type a new key to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept until the app closes — type a new key to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the key while typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a &amp;test key (ApiPay sandbox, no real money)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ApiPay v2.0 (bpapi.bazarbay.site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ApiPay v2.1 (api.apipay.kz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requests per minute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app never sends more requests than this per minute (ApiPay allows 60 in v2.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::AntomAmount</name>
    <message>
        <source>paymentAmount.currency &quot;%1&quot; is not a three-letter currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paymentAmount.value &quot;%1&quot; is not a whole number of minor units (e.g. &quot;150000&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::AntomPayResponse</name>
    <message>
        <source>%1 is not a text value and was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an ISO 8601 date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paymentAmount is not an object {currency, value} and was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paymentAmount.value is not a text value and was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paymentAmount lacks its currency or value and was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orderCodeForm is not an object and was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orderCodeForm.codeDetails is not a list and was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The codeValue of the TEXT entry in orderCodeForm.codeDetails is not a text value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paymentData is not a JSON object in a string and was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paymentData is not a JSON string and was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result is not an object and was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antom did not create the payment: %1 (%2). The response has no QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response has no orderCodeForm.codeDetails entry with displayType TEXT, no codeValue in paymentData and no codeValue in normalUrl or applinkUrl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The codeValue is %1 characters long; Antom codes have at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: the text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Antom response is not valid JSON (%1 at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Antom response must be a JSON object, not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is neither an Antom pay response (JSON), nor a URL, nor a single codeValue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::ApiClient</name>
    <message>
        <source>The server address is not a valid web address. Use the form https://host/api/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must not contain a user name, a password, &quot;?&quot; or &quot;#&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with https:// (plain http is allowed only for this computer, e.g. the local sandbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key contains spaces or characters that are not allowed. Copy it again from the ApiPay dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order ID to look up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A status check takes between 1 and 100 invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between 1 and 50 catalog items can be created at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A note may have at most %n characters.</source>
        <translation>
            <numerusform>A note may have at most %n character.</numerusform>
            <numerusform>A note may have at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The ApiPay server address is not set. Open Settings and choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is set. Open Settings and enter the key from the ApiPay dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first and the last day of the period are needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::ApiError</name>
    <message>
        <source>ApiPay accepts only whole tenge here. Round the amount and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaspi is not connected to your ApiPay account yet. Connect it in the ApiPay dashboard or contact ApiPay support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection between ApiPay and Kaspi has expired. Reconnect Kaspi in the ApiPay dashboard, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection between ApiPay and Kaspi is not valid. Reconnect Kaspi in the ApiPay dashboard, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your ApiPay tariff is not active. Renew it in the ApiPay dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice limit of your ApiPay tariff is reached. Upgrade the tariff or wait until the limit resets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily limit of the trial is reached. Try again tomorrow or choose a tariff in the ApiPay dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily limit for unverified organizations is reached. Complete the verification in the ApiPay dashboard or try again tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer already has too many unpaid invoices. Wait until they pay or cancel the old ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many invoices are still unpaid. Cancel old unpaid invoices or wait until they are paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many invoices went to this phone number recently. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices are switched off for your ApiPay account. Check the account in the ApiPay dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has to confirm this refund in the Kaspi app; until they do, no money goes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many QR invoices this minute. Wait a little, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaspi did not accept the request. Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ApiPay could not make the QR code. Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your ApiPay account has several Kaspi cashiers and none is the main one. Choose the main cashier in the ApiPay dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund period for this payment has ended, so Kaspi no longer accepts a refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog is being updated right now. Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is too large. Choose a smaller picture (up to 6 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only JPEG and PNG pictures are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture was not accepted. Use a JPEG or PNG between 64 and 6000 pixels per side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insecure connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check the fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ApiPay reported a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Wait %n second before trying again.</numerusform>
            <numerusform>Wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ApiPay says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ApiPay cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ApiPay did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to ApiPay could not be verified, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ApiPay did not accept the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ApiPay does not allow this for your organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ApiPay could not find it; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invoice was already created (invoice #%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ApiPay refused because of a conflicting state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ApiPay did not accept some of the entered values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ApiPay asks to slow down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ApiPay server has a problem right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ApiPay could not do this right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ApiPay sent an answer this app cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ApiPay sent an answer this app cannot read (field “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large (over %1 MB) and was not read, so the request may or may not have been done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke before ApiPay confirmed the request, so it may or may not have been done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request could not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large (over %1 MB) and was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a little, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the internet connection and try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the computer&apos;s date and time and the server address in Settings, and avoid untrusted networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings and enter a valid key from the ApiPay dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in the ApiPay dashboard that the organization is verified and the tariff is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open that invoice instead of creating a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later; if it keeps happening, contact ApiPay support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, update the app or contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the current state before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the connection settings and the entered values.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::ApiRequestBuilder</name>
    <message>
        <source>Enter the customer&apos;s phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount or add items from the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A note may have at most %n characters.</source>
        <translation>
            <numerusform>A note may have at most %n character.</numerusform>
            <numerusform>A note may have at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the subscriber&apos;s phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how often the subscriber is billed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::AppliedFilterNotice</name>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every invoice again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::CartModel</name>
    <message>
        <source>Catalog price: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog price sent by ApiPay is unreadable (beyond %1); enter a price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item has no price in the catalog; enter a price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity must be a whole number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cart holds at most %1 lines.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::CartPanel</name>
    <message>
        <source>Choose an item in the catalog first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the catalog by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode + Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type a barcode and press Enter to add the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;ice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a price for this invoice instead of the catalog price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disco&amp;unt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no price in the catalog; enter a price for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode %1 could not be looked up: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No catalog item has barcode %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals as calculated by ApiPay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount %1%: −%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approximate: ApiPay calculates the final amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) have no price; the total is incomplete.</source>
        <translation>
            <numerusform>%n line has no price; the total is incomplete.</numerusform>
            <numerusform>%n lines have no price; the total is incomplete.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one item to the cart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some cart lines have no price; enter a price for them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::CatalogBatchDialog</name>
    <message>
        <source>Add catalog items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add up to %1 items. Pictures: JPEG, PNG, GIF or WEBP; other types and files over 6 MB are converted to JPEG or PNG before sending. New items are pending until the service activates them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another item row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending the items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in at least one item: a name, a price and a unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending stopped. Nothing was created; press Save to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sending stopped. %n item(s) were created and are in the catalog; the rows left here were not sent — press Save to send them.</source>
        <translation>
            <numerusform>Sending stopped. %n item was created and is in the catalog; the rows left here were not sent — press Save to send them.</numerusform>
            <numerusform>Sending stopped. %n items were created and are in the catalog; the rows left here were not sent — press Save to send them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the items on their way are answered…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke before ApiPay confirmed the items. Checking whether they were created…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check whether the items were created: %1 Press Save to check again; nothing is sent until it is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was created: the request did not reach ApiPay. Press Save to send the items again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were created and are in the catalog; the rows left here were not created — press Save to send them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>apipay::CatalogBatchUploader</name>
    <message>
        <source>Uploading the picture of item %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Creating %n item(s)…</source>
        <translation>
            <numerusform>Creating %n item…</numerusform>
            <numerusform>Creating %n items…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>apipay::CatalogCreateResult</name>
    <message>
        <source>Item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by ApiPay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::CatalogEditDialog</name>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;icture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a price of at least 0.01 ₸.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::CatalogImagePicker</name>
    <message>
        <source>Choose a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — converted to %2, %3×%4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2×%3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture will be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture. Choose a file or drop one here (JPEG, PNG, GIF, WEBP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a picture file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::CatalogImagePreparer</name>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large (more than 64 MB). Choose a smaller picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a JPEG, PNG, GIF or WEBP picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be converted to a JPEG or PNG of at most 6 MB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::CatalogItemRowEditor</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a price of at least 0.01 ₸.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a unit (the units could not be loaded yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price, ₸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price of item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit of item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode of item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture of item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove item %1 from the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::CatalogPage</name>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog could not be loaded. Use Retry in the message above, or press F5. The catalog must be enabled for your organization in ApiPay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items match this search. Clear the search fields to see the whole catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog is empty. Choose &quot;Add items&quot; to add products with prices and pictures; you can then put them in invoices and subscriptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add catalog items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog items; Enter edits, Delete removes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) added; they are pending until the service activates them.</source>
        <translation>
            <numerusform>%n item added; it is pending until the service activates it.</numerusform>
            <numerusform>%n items added; they are pending until the service activates them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” from the catalog? Invoices that already contain it keep their copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke before ApiPay confirmed deleting item %1. Checking whether it was deleted…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 was not deleted: the request did not reach ApiPay. Delete it again if you still want to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) pending: the service activates new and changed items shortly. The list is read again by itself until they are active.</source>
        <translation>
            <numerusform>%n item pending: the service activates new and changed items shortly. The list is read again by itself until it is active.</numerusform>
            <numerusform>%n items pending: the service activates new and changed items shortly. The list is read again by itself until they are active.</numerusform>
        </translation>
    </message>
    <message>
        <source>Item %1: change queued; the list is read again in a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: deletion queued; the list is read again in a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::CatalogTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::ConnectionTester</name>
    <message>
        <source>The server did not answer the health check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answers (status “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API key to check it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The shop has %n invoice(s).</source>
        <translation>
            <numerusform>The shop has %n invoice.</numerusform>
            <numerusform>The shop has %n invoices.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>apipay::CounterCompleters</name>
    <message>
        <source>%1 — %2</source>
        <comment>phone — client name</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::CounterDraftStore</name>
    <message>
        <source>The saved draft is damaged (%1) and was not restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved draft has an unknown format and was not restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved draft could not be read and was not restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be saved to %1: the folder %2 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::CounterModeSwitch</name>
    <message>
        <source>By p&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q&amp;R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer scans a QR code with the Kaspi app: amount, Enter, done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server (API v2.0) has no QR invoices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::CounterPage</name>
    <message>
        <source>The demo payment was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice was not sent: the order could not be saved on this computer first (%1). Free some disk space or check the folder&apos;s permissions, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By a&amp;mount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the ca&amp;talog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount, ₸:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 15 000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+7 700 123 45 67</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is paid for (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote (only for you):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept with the invoice; the customer does not see it (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your order number; the app makes a unique one, you may type your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create invoice (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 characters · the buyer sees only the first %3 in Kaspi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — the marked text after %2 characters is not shown to the buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the customer&apos;s phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answers again: press Enter to send the invoice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::CounterStatusPanel</name>
    <message>
        <source>Show &amp;QR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look it up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulate &amp;payment (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode: pretend the customer paid in the Kaspi app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the form for the next customer (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the invoice again with the same order id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait; the form stays as it is until ApiPay answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the invoice to Kaspi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the customer to pay in the Kaspi app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid. Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice expired before it was paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaspi did not accept the invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaspi did not accept the invoice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation in progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid, and refunded since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status reported by ApiPay: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost, but the invoice exists — nothing was sent twice. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app was closed while the invoice was being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether the invoice was created…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for order id %1. Nothing is sent again, so the customer does not get two invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice was not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoice with order id %1 exists. You can create it again with the same order id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was the invoice created?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lookup failed too: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Next customer” sets this sale aside: if the invoice was created, it shows in the invoice list once the server answers again. Do not invoice the same customer again before that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app was closed while an invoice with order id %1 was being sent to the shop “%2”. Open that shop to check whether it was created, or press “Next customer” to set it aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit and send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the form as it was: correct the number or the amount and send a new invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Still waiting for ApiPay: %n second(s). The form stays as it is until it answers; nothing is sent twice.</source>
        <extracomment>Counter, while ApiPay has not yet answered the new invoice; %n is the seconds since it was sent.</extracomment>
        <translation>
            <numerusform>Still waiting for ApiPay: %n second. The form stays as it is until it answers; nothing is sent twice.</numerusform>
            <numerusform>Still waiting for ApiPay: %n seconds. The form stays as it is until it answers; nothing is sent twice.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>apipay::CustomerDisplayWindow</name>
    <message>
        <source>Loading the QR code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan with the Kaspi app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan for your receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time is up — waiting for Kaspi&apos;s final answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan with the Kaspi.kz app · Esc closes this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QR code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::CustomerScreenButton</name>
    <message>
        <source>Customer screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show each QR full screen for the customer (F11) — on the second screen when one is connected. Esc on that screen closes it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::ElidedValueLabel</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::EndOfDayDialog</name>
    <message>
        <source>End-of-day report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history on this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the end-of-day report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::FirstRunDialog</name>
    <message>
        <source>Welcome to ApiPay Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Kaspi invoices to your customers, see when they pay, refund and manage subscriptions — from your counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter my API &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect your shop with the API key from the ApiPay dashboard. The key is kept in this computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look around with a made-up shop on an offline server on this computer. No real invoices are sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::HeaderColumnMenu</name>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::HistoryCsvExporter</name>
    <message>
        <source>The history on this computer is closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::HistoryStore</name>
    <message>
        <source>updating it to history version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was cut off (%1 of %2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s history is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the shop&apos;s history could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s history file could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a readable database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s history in %1 was written by a newer version of ApiPay Desk (history version %2; this version reads up to %3). It was left as it is; update ApiPay Desk to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its integrity check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s history could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s history is damaged (%1) and could not be moved aside: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s history on this computer was damaged (%1). It was moved aside to %2, and the history is being read again from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The takings of this period are too large to add up exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sales of this period are too large to add up exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refunds of this filter are too large to add up exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s history could not be read or written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::HistorySync</name>
    <message numerus="yes">
        <source>History: %L1 of %Ln invoice(s)</source>
        <translation>
            <numerusform>History: %L1 of %Ln invoice</numerusform>
            <numerusform>History: %L1 of %Ln invoices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>apipay::Invoice</name>
    <message>
        <source>This phone number has no Kaspi account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaspi answered with an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection between ApiPay and Kaspi is not valid; reconnect Kaspi in the ApiPay dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection between ApiPay and Kaspi has expired; reconnect Kaspi in the ApiPay dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ApiPay could not make the QR code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::InvoiceActions</name>
    <message>
        <source>Ca&amp;ncel invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask ApiPay for the current status of the selected invoices (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every invoice of the current filter as a CSV file for Excel (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;QR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the payment link as a QR code for the customer to scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulate &amp;payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode: pretend the customer paid this pending invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel invoice %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel invoice %1 for %2? The customer will no longer be able to pay it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation of invoice %1 requested; waiting for Kaspi to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checked %1 of %n invoice(s); %2 changed</source>
        <translation>
            <numerusform>Checked %1 of %n invoice; %2 changed</numerusform>
            <numerusform>Checked %1 of %n invoices; %2 changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n invoice id(s)</source>
        <translation>
            <numerusform>Copied %n invoice id</numerusform>
            <numerusform>Copied %n invoice ids</numerusform>
        </translation>
    </message>
    <message>
        <source>Export invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting invoices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting invoices… %1 written</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n invoice(s) to %1</source>
        <translation>
            <numerusform>Exported %n invoice to %1</numerusform>
            <numerusform>Exported %n invoices to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo payment was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: invoice %1 paid by the simulated customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the invoice (only while it is processing or pending) (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund all or part of a paid invoice (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::InvoiceDetailPane</name>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available for refund:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaspi invoice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a subscription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading refunds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoice selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an invoice in the list to see its details, items and refunds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the invoice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields could not be read and are shown as “—”: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Items&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deleted from the catalog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (catalog %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Refunds&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the refunds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refunds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (+%2 in progress)</source>
        <extracomment>Refunded total of an invoice and the part of a refund not yet completed, e.g. &quot;0.00 ₸ (+1,000.50 ₸ in progress)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Kaspi check)</source>
        <extracomment>Customer row of an invoice not yet paid: the name of the Kaspi account of the invoice&apos;s number, as the check at the counter returned it, e.g. &quot;Ivan I. (Kaspi check)&quot;. Kaspi names the payer at payment.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 × %3</source>
        <comment>item name, then count × price</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>refund date and time · status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::InvoiceFilterBar</name>
    <message>
        <source>Search by id, description or order id (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days in the shop&apos;s time zone, both ends included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n status(es)</source>
        <translation>
            <numerusform>%n status</numerusform>
            <numerusform>%n statuses</numerusform>
        </translation>
    </message>
    <message>
        <source>Paid on:</source>
        <extracomment>Before the period filter of the invoice list when it counts the day the money came in, not the day the invoice was made.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period counts the day each invoice was paid, as the overview&apos;s takings do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: number, phone, customer, item, note, order id (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::InvoiceNoteEditor</name>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note only for you (not sent to the customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server (API v2.0) cannot store notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke while the note was being saved. Checking what ApiPay has…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note was not saved. Press Save to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not known whether the note was saved (%1). Open the invoice again to see what ApiPay has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <extracomment>The characters typed in the note and the most allowed, e.g. &quot;12/255&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the note…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::InvoiceReceiptBar</name>
    <message>
        <source>Getting the Kaspi receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt was opened in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt link is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Kaspi receipt of this payment in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy receipt link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the link to the Kaspi receipt to send it to the customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::InvoiceStatus</name>
    <message>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::InvoiceTableModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::InvoicesPage</name>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the list again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading invoices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoices match these filters — change or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoices yet — press Ctrl+N to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln invoice</numerusform>
            <numerusform>%Ln invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) loaded</source>
        <translation>
            <numerusform>%n invoice loaded</numerusform>
            <numerusform>%n invoices loaded</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · scroll down for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list cannot be sorted by this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoices could not be loaded. %1 F5 loads them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a period of days</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid on %1</source>
        <comment>the invoices shown were paid on these days</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made on %1 (the history on this computer is still being read, so the day of payment cannot be used yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made on %1</source>
        <comment>the invoices shown were made on these days</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: %1</source>
        <comment>the statuses of the invoices shown</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::KaspiClientHint</name>
    <message>
        <source>This number has Kaspi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaspi: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number has no Kaspi account — the customer will not receive the invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check this number now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: too many numbers checked in the last minute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::MainWindow</name>
    <message>
        <source>The system keychain cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API key of “%1” in Settings to work now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API key of “%1” in Settings to load your invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ApiPay Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1 to Ctrl+8 open the sections directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ApiPay Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the API key. Check the key in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::MessageBanner</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::Money</name>
    <message>
        <source>Enter an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an amount. Use digits and one decimal separator, e.g. 15000 or 15000,50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most two digits after the decimal separator (tiyn).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is not a finite number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is neither a number nor text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::MoneyLineEdit</name>
    <message>
        <source>Enter an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must not exceed %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::OfflineBanner</name>
    <message>
        <source>Not available offline — the server cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — history as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything stored on this computer stays readable. Creating, cancelling and refunding wait until the server answers again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::OverviewCard</name>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>change in percent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <comment>yesterday until 5 Dec 10:30</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the refunds made this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the refunds made this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the refunds made today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the invoices paid this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the invoices paid this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the invoices paid today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · so far: the history is still loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the history on this computer does not reach back that far yet; the comparison appears once it does.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::OverviewChart</name>
    <message>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net takings per day over the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net takings per month over the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net takings chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net takings per month, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net takings per day, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net takings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey bars are not complete yet: the history is still loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not complete yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Server: %n paid · %1</source>
        <translation>
            <numerusform>Server: %n paid · %1</numerusform>
            <numerusform>Server: %n paid · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s figures differ from this computer&apos;s: the history is still syncing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s figures differ from this computer&apos;s: payments arrived after the last sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s figures differ from this computer&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End-of-day report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print or save as PDF the takings, invoices and refunds of a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best sellers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best sellers of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History is being read from the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history on this computer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for payment now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sold line(s) left out: their price or quantity could not be read.</source>
        <translation>
            <numerusform>%n sold line left out: its price or quantity could not be read.</numerusform>
            <numerusform>%n sold lines left out: their price or quantity could not be read.</numerusform>
        </translation>
    </message>
    <message>
        <source>No history on this computer yet, and the server did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server — the history will load when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history cannot be read from the server right now — it will load when the server answers again. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the invoices waiting for payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview: waiting for payment now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview: paid this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview: paid this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview: paid today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run keeps no history on this computer: its API key was given for this run only (APIPAY_API_KEY). Shops added in Settings keep their history here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(as of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s paid invoices as the server counts them. F5 reads them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::PagedCsvExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export stopped at page %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::PaymentNotifier</name>
    <message>
        <source>Invoice %1 was paid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 was paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 expired without payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 could not be delivered to Kaspi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 could not be delivered to Kaspi: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::PhoneNumber</name>
    <message>
        <source>Enter the customer&apos;s phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number may contain only digits, spaces, brackets and dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Kazakhstan number has 10 digits after +7, e.g. +7 700 123 45 67.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number must start with +7 or 8, e.g. +7 700 123 45 67.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Kazakhstan mobile number; Kaspi may not find the customer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::QrCode</name>
    <message>
        <source>There is nothing to encode: the QR content is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long for a QR code (%1 bytes; at most 2953 fit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low (7 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium (15 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quartile (25 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High (30 %)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::QrCountdown</name>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::QrCounterInput</name>
    <message>
        <source>Enter the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By a&amp;mount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the ca&amp;talog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount, ₸:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show QR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a Kaspi QR invoice for this amount or cart (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::QrCounterPanel</name>
    <message>
        <source>The server no longer knows this QR invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR picture could not be loaded from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New QR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulate payment (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the QR invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost. Checking whether the QR invoice was created…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR invoice was not created. Press Enter to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many QR invoices this minute. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many QR invoices this minute. Try again in %n second.</numerusform>
            <numerusform>Too many QR invoices this minute. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>A QR invoice cannot be cancelled; it stops at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo payment was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its expiry time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR invoice expired without payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer cancelled the payment in the Kaspi app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaspi could not take this payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaspi could not take this payment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the customer to scan and pay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time is up — waiting for Kaspi&apos;s final answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left to scan (until %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the amount and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the QR code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QR code to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check whether the QR invoice was created: %1 Press Enter to check again, or Esc to set this sale aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the amount and press Enter
The QR will also show on the customer screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the amount and press Enter
The QR will also fill this screen for the customer (Esc closes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter makes a new QR for %1. The QR shown, for %2, can still be paid until %3.</source>
        <extracomment>QR counter: the cashier typed another amount while a QR waits to be scanned, e.g. &quot;Enter makes a new QR for 7,000.00 ₸. The QR shown, for 5,000.00 ₸, can still be paid until 16:52.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::QrDetailsPanel</name>
    <message>
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment request ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::QrExporter</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no QR code to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not encode the PNG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no QR code to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::QrFileActions</name>
    <message>
        <source>Open Antom pay response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON or text (*.json *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save QR code as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save QR code as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::QrInvoiceRequest</name>
    <message>
        <source>Enter an amount or add items from the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be between 0.01 and 99 999 999.99 ₸.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A QR invoice takes at most 100 cart lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description may have at most 100 characters: it becomes the line on the Kaspi receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note may have at most 255 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order ID may have at most 191 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discount must be between 1 and 99 %.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::QrPage</name>
    <message>
        <source>QR code saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an Antom pay response, a codeValue or a URL (Ctrl+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed size of the code, quiet zone included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QR code yet.
Paste an Antom pay response with Ctrl+V, drop a file here, or open an invoice&apos;s payment link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaspi payment via Antom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for an Antom pay response (more than 1 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds neither text nor a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kaspi app link is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web payment link is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy app link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link that opens this payment in the Kaspi app on a phone (Antom’s applinkUrl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy web link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link to this payment’s page in a browser (Antom’s normalUrl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste (Ctrl+V), drop or open the answer Antom gave for a Kaspi payment (a JSON file or text): the QR code is drawn from it. The code on its own, or a payment link, works too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::QrWidget</name>
    <message>
        <source>Payment QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too small to show the QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid ✓</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::QtKeychainSecretStore</name>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::ReceiptFetcher</name>
    <message>
        <source>Not connected to ApiPay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaspi is preparing the receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many receipt requests: asking again in %n second(s).</source>
        <translation>
            <numerusform>Too many receipt requests: asking again in %n second.</numerusform>
            <numerusform>Too many receipt requests: asking again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kaspi did not return the receipt: asking again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The Kaspi receipt is still not ready after %n minute(s). Try again later.</source>
        <translation>
            <numerusform>The Kaspi receipt is still not ready after %n minute. Try again later.</numerusform>
            <numerusform>The Kaspi receipt is still not ready after %n minutes. Try again later.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Kaspi receipt is available only for paid invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kaspi cashier session has expired: reconnect the cashier in the ApiPay dashboard, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kaspi cashier is unavailable right now. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ApiPay server gives no Kaspi receipt for this invoice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::Refund</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A program (API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ApiPay dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ApiPay automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has to confirm this refund in the Kaspi app; until they do, no money goes back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::RefundDetailPanel</name>
    <message>
        <source>Refund %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount %1
refunded %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fully refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount refund (no items returned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaspi refund ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the invoice of this refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refund selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a refund in the list to see its invoice, amount, reason and who made it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::RefundDialog</name>
    <message>
        <source>Refund invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full refund of the remaining amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partial refund of an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return &amp;items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 5000 or 5000,50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount, ₸:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items to return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable price: ApiPay sent %1, more than any invoice can be. It is not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of %1 are returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item was deleted from the catalog; refund it by amount instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is left to refund on this invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be at least 0.01 ₸.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 can be refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how many of which items are returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 · paid %2 · refunded %3 · &lt;b&gt;available for refund %4&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items to return: about %1 (the service computes the exact amount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items to return: at least %1; some prices are unreadable (shown as “—”) and not counted. The service computes the exact amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund of %1 for invoice %2 queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to the refund was lost (%1). Checking this invoice&apos;s refunds before anything is sent again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The refund reached the service: the invoice now has %n refund(s). Nothing was sent twice.</source>
        <translation>
            <numerusform>The refund reached the service: the invoice now has %n refund. Nothing was sent twice.</numerusform>
            <numerusform>The refund reached the service: the invoice now has %n refunds. Nothing was sent twice.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund may or may not have been made, and the refunds could not be loaded (%1). Press &quot;Check again&quot;; nothing is sent until it is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The refund did not reach the service: the invoice has no new refund (%n in all). You can send it again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No new refund yet. Checking once more in a moment, in case the service is still working on it…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::RefundFilterBar</name>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice ID must be a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show refunds with status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter from a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter up to a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invoice ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by number, phone, name, reason or item (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search (available once the history has been read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search looks through the refund history on this computer, which is not complete yet. The server&apos;s refund list cannot be searched by text: use the filters, or wait until the history has been read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::RefundTableModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable amount: ApiPay sent %1, more than any refund can be. It is not counted in the totals.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::RefundsPage</name>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln refund(s) in this filter, total %1</source>
        <translation>
            <numerusform>%Ln refund in this filter, total %1</numerusform>
            <numerusform>%Ln refunds in this filter, total %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n unreadable amount(s) shown as “—” are not counted)</source>
        <translation>
            <numerusform>(%n unreadable amount shown as “—” is not counted)</numerusform>
            <numerusform>(%n unreadable amounts shown as “—” are not counted)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shown: %n refund(s), total %1</source>
        <translation>
            <numerusform>Shown: %n refund, total %1</numerusform>
            <numerusform>Shown: %n refunds, total %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(more on the server: scroll down to load them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading refunds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refunds could not be loaded. Use Retry in the message above, or press F5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refunds match these filters. Clear the filters to see every refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refunds yet. Refunds are made from a paid invoice: open it on the Invoices page and choose &quot;Refund&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export refunds to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s) exported to %1</source>
        <translation>
            <numerusform>%n refund exported to %1</numerusform>
            <numerusform>%n refunds exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the refunds of the current filter to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the CSV export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refunds match “%1”. Press Esc in the search field to clear it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::SecretStore</name>
    <message>
        <source>No API key is saved for this shop yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available. The API key is kept in memory for this session only. Install and unlock a keyring (GNOME Keyring or KWallet) to remember it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the system keychain was denied. Unlock the keychain and allow ApiPay Desk to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::Session</name>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server could not start on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history on this computer cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history on this computer is no longer brought up to date: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::SessionStatusBar</name>
    <message>
        <source>Requests left this minute: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests left this minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shop is connected yet. Open Settings to enter an API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real payments: invoices go to real customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test payments: invoices are not paid with real money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: an offline server on this computer with made-up data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rate limit: waiting %n s</source>
        <translation>
            <numerusform>Rate limit: waiting %n s</numerusform>
            <numerusform>Rate limit: waiting %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1 — the last request failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not updated — the last request failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shop yet. Add one with the API key from your ApiPay dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Almaty (Asia/Almaty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a waiting customer&apos;s invoice every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check interval while a customer waits, seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check other open invoices every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check interval for other invoices, seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the shop’s settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::StaleNotice</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1 — the refresh failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the list for the new filter… Shown meanwhile: the previous list, as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list for the new filter could not be loaded: %1 Shown instead: the previous list, as of %2 — it does not follow the new filter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::StaticQrDialog</name>
    <message>
        <source>New QR sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fixed amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Items from the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, up to 100 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Single use (one payment, then the sheet is done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::StaticQrPage</name>
    <message>
        <source>QR sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scans: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server (API v2.0) has no static QR sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading QR sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR sheets could not be loaded. Use Retry in the message above, or press F5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QR sheets yet. Choose &quot;New sheet…&quot; to print a QR code that customers scan to pay a fixed amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulate a &amp;scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: a customer scans the selected sheet, which creates a QR invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR sheet %1 created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke and the server has no new sheet: it was not created. Choose &quot;New sheet…&quot; again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke while the sheet was being created, and the list could not be read. Press F5 to see whether it exists before creating another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the QR sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the QR sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable sheet %1? Customers who scan it later see that it is inactive; invoices already created stay as they are. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR sheet %1 disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke and the sheet is still active. Choose Disable again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server refused the scan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer scanned sheet %1: invoice No. %2 waits for payment (Invoices, F5).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::StaticQrPrinting</name>
    <message>
        <source>Scan with your phone camera or enter the code at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::StaticQrRequest</name>
    <message>
        <source>Enter an amount or add items from the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discount must be 1–99 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description may have at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order number is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry must be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::StaticQrTableModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::Subscription</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::SubscriptionCartEditor</name>
    <message>
        <source>Loading the catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog is not available (%1). Use a fixed amount instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With cart items the service computes the amount from the catalog prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog is empty. Add items on the Catalog page to bill for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable price: ApiPay sent %1, more than any invoice can be. It is not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approximate amount: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approximate amount: at least %1 (some prices are unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog item to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the chosen catalog item to the cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected cart line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cart items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: bill for catalog items instead of a fixed amount.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::SubscriptionDetailPanel</name>
    <message>
        <source>Billing history — loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing history could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing history (%1 shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing history: no invoices yet. The first one is sent on the next billing date (or now with &quot;Bill immediately&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in grace period</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed attempt(s)</source>
        <translation>
            <numerusform>%n failed attempt</numerusform>
            <numerusform>%n failed attempts</numerusform>
        </translation>
    </message>
    <message>
        <source>day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n hour(s)</source>
        <translation>
            <numerusform>every %n hour</numerusform>
            <numerusform>every %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>grace %n day(s)</source>
        <translation>
            <numerusform>grace %n day</numerusform>
            <numerusform>grace %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>service defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 payments: %2 successful, %3 failed; collected %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing history; press Enter on a row to open its invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load more billing history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause this subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume this subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this subscription for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subscription selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a subscription in the list to see its details, statistics and billing history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::SubscriptionFormDialog</name>
    <message>
        <source>New subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit subscription %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 – 1 000 000 ₸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+7 700 123 45 67</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service default (3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service default (24 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service default (3 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the first invoice now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional JSON object, e.g. {&quot;plan&quot;: &quot;gold&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing &amp;period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing &amp;day (1–28):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriber &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xternal subscriber ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry attempts (1–10):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry interval (1–168 h):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grace period (1–30 days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bill immediately:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metadata (JSON):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cart items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 characters. Kaspi shows the buyer only the first %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text after “%1” will not be visible to the buyer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is computed from the cart items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON at character %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata must be a JSON object: {&quot;key&quot;: &quot;value&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount between 100 and 1 000 000 ₸, or add cart items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke before ApiPay confirmed the change. Checking whether it was saved…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved: the request did not reach ApiPay. Press Save to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke before ApiPay confirmed the change, and the cart cannot be read back. Check the amount; press Save again if it is not what you wanted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ApiPay has now: amount %1, billing day %2, description “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke before ApiPay confirmed the subscription. Checking whether it was created…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription was not created: the request did not reach ApiPay. Press Save to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check whether the subscription was created: %1 Press Save to check again; nothing is sent until it is known.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::SubscriptionTableModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriber ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::SubscriptionsPage</name>
    <message>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading subscriptions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscriptions could not be loaded. Use Retry in the message above, or press F5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subscriptions match these filters. Choose &quot;All&quot; and clear the fields to see every subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subscriptions yet. Choose &quot;New subscription&quot; to bill a customer regularly (daily to yearly) through Kaspi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xternal ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External subscriber ID filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New subscription…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription %1 created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription %1 updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause subscription %1? No invoices are sent while it is paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume subscription %1? The next billing date is computed from today; missed periods are not billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel subscription %1 for good? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription %1 paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription %1 resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::UnsavedInputGuard</name>
    <message>
        <source>Discard what you entered? It has not been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::WriteReadBack</name>
    <message>
        <source>The connection broke while the picture was being uploaded, so it may or may not have reached ApiPay. It was not sent again. Press Save to upload it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apipay::overview::EndOfDayReport</name>
    <message>
        <source>End-of-day report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n paid invoice(s) left out of the totals: their amount could not be read.</source>
        <translation>
            <numerusform>%n paid invoice left out of the totals: its amount could not be read.</numerusform>
            <numerusform>%n paid invoices left out of the totals: their amount could not be read.</numerusform>
        </translation>
    </message>
    <message>
        <source>Takings by hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No paid invoices on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds made on this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refunds on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds are the refunds made on this day, whenever their invoice was paid; failed refunds are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s) left out of the totals: their amount could not be read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ApiPay Desk — Kaspi payments at the counter through ApiPay.kz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with an offline demo server on this computer (made-up shop, no real invoices).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API version the demo server speaks: 2.1 (the current API, the default) or 2.0 (no QR invoices).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this API server instead of the shop&apos;s (https, or http on 127.0.0.1). The API key comes from the shop&apos;s settings or the APIPAY_API_KEY environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the main window in demo mode, wait until the invoices are loaded, then quit (0 = success).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language for this run: ru, kk or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language “%1”: use ru, kk or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo-api: expected 2.1 or 2.0, got “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
