<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Бума:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Файл &amp;атауы:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Файл түрі:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Бума:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Таңдау</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Басқаша сақтау</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Алға</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Жоғарғы бума</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Жаңа бума жасау</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Тізім</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Толық</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Атын өзгерту</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Жасырын файлдарды &amp;көрсету</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Жаңа &amp;бума</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Жаңа бума</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Соңғы орындар</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 бұрыннан бар.
Оны ауыстырасыз ба?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Өзгертілген күні</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Менің компьютерім</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Қа&amp;йталау</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Қиып алу</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Қ&amp;ою</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Барлығын таңдау</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Барлығын сақтау</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Иә</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Барлығына и&amp;ә</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Жоқ</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Барлығына ж&amp;оқ</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Тоқтату</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Елемеу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Сақтамау</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Анықтама</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Қолдану</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Қайта орнату</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Әдепкі мәндер</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Қа&amp;йталау</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Қиып алу</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Қ&amp;ою</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Барлығын таңдау</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;Сілтеме мекенжайын көшіру</translation>
    </message>
</context>
<context>
    <name>apipay::AboutDialog</name>
    <message>
        <source>%1 (git %2)</source>
        <translation>%1 (git %2)</translation>
    </message>
    <message>
        <source>About ApiPay Desk</source>
        <translation>ApiPay Desk туралы</translation>
    </message>
    <message>
        <source>ApiPay Desk</source>
        <translation>ApiPay Desk</translation>
    </message>
    <message>
        <source>Version %1 · Qt %2</source>
        <translation>Нұсқа %1 · Qt %2</translation>
    </message>
    <message>
        <source>Kaspi payments at the counter through the ApiPay.kz API. This program is free software under the GNU General Public License, version 3 or later. It uses the components listed below under their own licences.</source>
        <translation>Kaspi төлемдерін кассада ApiPay.kz API арқылы қабылдау. Бұл GNU General Public License 3-нұсқасы немесе одан кейінгі нұсқасы бойынша таратылатын еркін бағдарлама. Ол төменде көрсетілген құрамдастарды олардың өз лицензиялары бойынша пайдаланады.</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Құрамдастар</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Лицензия мәтіні</translation>
    </message>
    <message>
        <source>The licence text is missing from this build.</source>
        <translation>Бұл жинақта лицензия мәтіні жоқ.</translation>
    </message>
</context>
<context>
    <name>apipay::AccountEditor</name>
    <message>
        <source>Success: </source>
        <translation>Сәтті: </translation>
    </message>
    <message>
        <source>Problem: </source>
        <translation>Мәселе: </translation>
    </message>
    <message>
        <source>Enter a name for the shop.</source>
        <translation>Дүкен атауын енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter the server address.</source>
        <translation>Сервер мекенжайын енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter the API key of the shop (ApiPay dashboard → API keys).</source>
        <translation>Дүкеннің API кілтін енгізіңіз (ApiPay кабинеті → API кілттері).</translation>
    </message>
    <message>
        <source>Shop &amp;name:</source>
        <translation>Дүкен &amp;атауы:</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Дүкен атауы</translation>
    </message>
    <message>
        <source>e.g. Coffee on Abay</source>
        <translation>мысалы, Абай даңғылындағы кофехана</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API &amp;кілті:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API кілті</translation>
    </message>
    <message>
        <source>Paste the key from the ApiPay dashboard</source>
        <translation>Кілтті ApiPay кабинетінен қойыңыз</translation>
    </message>
    <message>
        <source>Saved in the keychain — type a new key to replace it</source>
        <translation>Кілттер қоймасында сақталған — ауыстыру үшін жаңа кілт енгізіңіз</translation>
    </message>
    <message>
        <source>Kept until the app closes — type a new key to replace it</source>
        <translation>Қолданба жабылғанша сақталады — ауыстыру үшін жаңа кілт енгізіңіз</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>Кілтті көрсету</translation>
    </message>
    <message>
        <source>Show or hide the key while typing</source>
        <translation>Енгізу кезінде кілтті көрсету не жасыру</translation>
    </message>
    <message>
        <source>This is a &amp;test key (ApiPay sandbox, no real money)</source>
        <translation>Бұл &amp;тест кілті (ApiPay құмсалғышы, нақты ақшасыз)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>ApiPay v2.0 (bpapi.bazarbay.site)</source>
        <translation>ApiPay v2.0 (bpapi.bazarbay.site)</translation>
    </message>
    <message>
        <source>ApiPay v2.1 (api.apipay.kz)</source>
        <translation>ApiPay v2.1 (api.apipay.kz)</translation>
    </message>
    <message>
        <source>Other server…</source>
        <translation>Басқа сервер…</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Сервер &amp;мекенжайы:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Сервер мекенжайы</translation>
    </message>
    <message>
        <source>&amp;Requests per minute:</source>
        <translation>Минутына сұ&amp;раныс:</translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation>Минутына сұраныс</translation>
    </message>
    <message>
        <source>The app never sends more requests than this per minute (ApiPay allows 60 in v2.0).</source>
        <translation>Қолданба минутына бұдан көп сұраныс жібермейді (ApiPay v2.0 нұсқасында 60-қа рұқсат береді).</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Қосылымды т&amp;ексеру</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Қосылымды тексеру</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Тексерілуде…</translation>
    </message>
</context>
<context>
    <name>apipay::AntomAmount</name>
    <message>
        <source>paymentAmount.currency &quot;%1&quot; is not a three-letter currency code.</source>
        <translation>paymentAmount.currency «%1» — үш әріпті валюта коды емес.</translation>
    </message>
    <message>
        <source>paymentAmount.value &quot;%1&quot; is not a whole number of minor units (e.g. &quot;150000&quot;).</source>
        <translation>paymentAmount.value «%1» — ең кіші бірліктердің бүтін саны емес (мысалы, «150000»).</translation>
    </message>
</context>
<context>
    <name>apipay::AntomPayResponse</name>
    <message>
        <source>%1 is not a text value and was ignored.</source>
        <translation>%1 — мәтіндік мән емес, еленбеді.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an ISO 8601 date and time.</source>
        <translation>%1 «%2» — ISO 8601 пішіміндегі күн мен уақыт емес.</translation>
    </message>
    <message>
        <source>paymentAmount is not an object {currency, value} and was ignored.</source>
        <translation>paymentAmount — {currency, value} нысаны емес, еленбеді.</translation>
    </message>
    <message>
        <source>paymentAmount.value is not a text value and was ignored.</source>
        <translation>paymentAmount.value — мәтіндік мән емес, еленбеді.</translation>
    </message>
    <message>
        <source>paymentAmount lacks its currency or value and was ignored.</source>
        <translation>paymentAmount ішінде валюта не мән жоқ, еленбеді.</translation>
    </message>
    <message>
        <source>orderCodeForm is not an object and was ignored.</source>
        <translation>orderCodeForm — нысан емес, еленбеді.</translation>
    </message>
    <message>
        <source>orderCodeForm.codeDetails is not a list and was ignored.</source>
        <translation>orderCodeForm.codeDetails — тізім емес, еленбеді.</translation>
    </message>
    <message>
        <source>The codeValue of the TEXT entry in orderCodeForm.codeDetails is not a text value.</source>
        <translation>orderCodeForm.codeDetails ішіндегі TEXT жазбасының codeValue мәні мәтіндік емес.</translation>
    </message>
    <message>
        <source>paymentData is not a JSON object in a string and was ignored.</source>
        <translation>paymentData — жолдағы JSON нысаны емес, еленбеді.</translation>
    </message>
    <message>
        <source>paymentData is not a JSON string and was ignored.</source>
        <translation>paymentData — JSON жолы емес, еленбеді.</translation>
    </message>
    <message>
        <source>result is not an object and was ignored.</source>
        <translation>result — нысан емес, еленбеді.</translation>
    </message>
    <message>
        <source>Antom did not create the payment: %1 (%2). The response has no QR code.</source>
        <translation>Antom төлемді жасамады: %1 (%2). Жауапта QR коды жоқ.</translation>
    </message>
    <message>
        <source>The response has no orderCodeForm.codeDetails entry with displayType TEXT, no codeValue in paymentData and no codeValue in normalUrl or applinkUrl.</source>
        <translation>Жауапта displayType TEXT болатын orderCodeForm.codeDetails жазбасы, paymentData ішінде codeValue және normalUrl не applinkUrl ішінде codeValue жоқ.</translation>
    </message>
    <message>
        <source>The codeValue is %1 characters long; Antom codes have at most %2.</source>
        <translation>codeValue ұзындығы — %1 таңба; Antom кодтары %2 таңбадан аспайды.</translation>
    </message>
    <message>
        <source>Nothing to import: the text is empty.</source>
        <translation>Импорттайтын ештеңе жоқ: мәтін бос.</translation>
    </message>
    <message>
        <source>The Antom response is not valid JSON (%1 at character %2).</source>
        <translation>Antom жауабы жарамды JSON емес (%2-таңбада %1).</translation>
    </message>
    <message>
        <source>The Antom response must be a JSON object, not a list.</source>
        <translation>Antom жауабы тізім емес, JSON нысаны болуы керек.</translation>
    </message>
    <message>
        <source>This is neither an Antom pay response (JSON), nor a URL, nor a single codeValue.</source>
        <translation>Бұл Antom төлем жауабы (JSON) да, URL да, жеке codeValue да емес.</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>Төлемді күтуде</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Сәтті</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Сәтсіз</translation>
    </message>
</context>
<context>
    <name>apipay::ApiClient</name>
    <message>
        <source>The server address is not a valid web address. Use the form https://host/api/v1.</source>
        <translation>Сервер мекенжайы жарамды веб-мекенжай емес. https://host/api/v1 түрін пайдаланыңыз.</translation>
    </message>
    <message>
        <source>The server address must not contain a user name, a password, &quot;?&quot; or &quot;#&quot;.</source>
        <translation>Сервер мекенжайында пайдаланушы аты, құпиясөз, «?» не «#» болмауы керек.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (plain http is allowed only for this computer, e.g. the local sandbox).</source>
        <translation>Сервер мекенжайы https:// деп басталуы керек (қарапайым http тек осы компьютер үшін рұқсат етіледі, мысалы жергілікті құмсалғыш).</translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation>Сервер мекенжайы https:// деп басталуы керек.</translation>
    </message>
    <message>
        <source>The API key contains spaces or characters that are not allowed. Copy it again from the ApiPay dashboard.</source>
        <translation>API кілтінде бос орын не рұқсат етілмеген таңбалар бар. Оны ApiPay кабинетінен қайта көшіріңіз.</translation>
    </message>
    <message>
        <source>No order ID to look up.</source>
        <translation>Іздейтін тапсырыс нөмірі жоқ.</translation>
    </message>
    <message>
        <source>A status check takes between 1 and 100 invoices.</source>
        <translation>Күйді тексеру 1-ден 100-ге дейін шот қабылдайды.</translation>
    </message>
    <message>
        <source>The picture is empty.</source>
        <translation>Сурет бос.</translation>
    </message>
    <message>
        <source>Between 1 and 50 catalog items can be created at once.</source>
        <translation>Бір рет 1-ден 50-ге дейін каталог тауарын жасауға болады.</translation>
    </message>
    <message>
        <source>The ApiPay server address is not set. Open Settings and choose it.</source>
        <translation>ApiPay сервер мекенжайы берілмеген. Баптауларды ашып, оны таңдаңыз.</translation>
    </message>
    <message>
        <source>No API key is set. Open Settings and enter the key from the ApiPay dashboard.</source>
        <translation>API кілті берілмеген. Баптауларды ашып, ApiPay кабинетіндегі кілтті енгізіңіз.</translation>
    </message>
    <message numerus="yes">
        <source>A note may have at most %n characters.</source>
        <translation>
            <numerusform>Ескертпеде ең көбі %n таңба болуы мүмкін.</numerusform>
            <numerusform>Ескертпеде ең көбі %n таңба болуы мүмкін.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first and the last day of the period are needed.</source>
        <translation>Кезеңнің бірінші және соңғы күні керек.</translation>
    </message>
</context>
<context>
    <name>apipay::ApiError</name>
    <message>
        <source>ApiPay accepts only whole tenge here. Round the amount and try again.</source>
        <translation>Мұнда ApiPay тек бүтін теңге қабылдайды. Соманы дөңгелектеп, қайталаңыз.</translation>
    </message>
    <message>
        <source>Kaspi is not connected to your ApiPay account yet. Connect it in the ApiPay dashboard or contact ApiPay support.</source>
        <translation>Kaspi әлі ApiPay аккаунтыңызға қосылмаған. Оны ApiPay кабинетінде қосыңыз немесе ApiPay қолдау қызметіне хабарласыңыз.</translation>
    </message>
    <message>
        <source>The connection between ApiPay and Kaspi has expired. Reconnect Kaspi in the ApiPay dashboard, then try again.</source>
        <translation>ApiPay мен Kaspi арасындағы қосылым мерзімі өтті. Kaspi-ді ApiPay кабинетінде қайта қосып, қайталаңыз.</translation>
    </message>
    <message>
        <source>The connection between ApiPay and Kaspi is not valid. Reconnect Kaspi in the ApiPay dashboard, then try again.</source>
        <translation>ApiPay мен Kaspi арасындағы қосылым жарамсыз. Kaspi-ді ApiPay кабинетінде қайта қосып, қайталаңыз.</translation>
    </message>
    <message>
        <source>Your ApiPay tariff is not active. Renew it in the ApiPay dashboard.</source>
        <translation>ApiPay тарифіңіз белсенді емес. Оны ApiPay кабинетінде ұзартыңыз.</translation>
    </message>
    <message>
        <source>The invoice limit of your ApiPay tariff is reached. Upgrade the tariff or wait until the limit resets.</source>
        <translation>ApiPay тарифіңіз бойынша шот лимиті таусылды. Тарифті жақсартыңыз немесе лимит жаңарғанша күтіңіз.</translation>
    </message>
    <message>
        <source>The daily limit of the trial is reached. Try again tomorrow or choose a tariff in the ApiPay dashboard.</source>
        <translation>Сынақ кезеңінің күндік лимиті таусылды. Ертең қайталаңыз немесе ApiPay кабинетінде тариф таңдаңыз.</translation>
    </message>
    <message>
        <source>The daily limit for unverified organizations is reached. Complete the verification in the ApiPay dashboard or try again tomorrow.</source>
        <translation>Расталмаған ұйымдарға арналған күндік лимит таусылды. ApiPay кабинетінде растаудан өтіңіз немесе ертең қайталаңыз.</translation>
    </message>
    <message>
        <source>This customer already has too many unpaid invoices. Wait until they pay or cancel the old ones.</source>
        <translation>Бұл клиентте төленбеген шоттар тым көп. Төлегенін күтіңіз немесе ескілерін болдырмаңыз.</translation>
    </message>
    <message>
        <source>Too many invoices are still unpaid. Cancel old unpaid invoices or wait until they are paid.</source>
        <translation>Төленбеген шоттар тым көп. Ескі төленбеген шоттарды болдырмаңыз немесе олардың төленуін күтіңіз.</translation>
    </message>
    <message>
        <source>Too many invoices went to this phone number recently. Try again later.</source>
        <translation>Бұл телефон нөміріне жақында тым көп шот жіберілді. Кейінірек қайталаңыз.</translation>
    </message>
    <message>
        <source>Invoices are switched off for your ApiPay account. Check the account in the ApiPay dashboard.</source>
        <translation>ApiPay аккаунтыңыз үшін шоттар өшірілген. Аккаунтты ApiPay кабинетінде тексеріңіз.</translation>
    </message>
    <message>
        <source>The refund period for this payment has ended, so Kaspi no longer accepts a refund.</source>
        <translation>Бұл төлем бойынша қайтару мерзімі өтті, Kaspi енді қайтаруды қабылдамайды.</translation>
    </message>
    <message>
        <source>The catalog is being updated right now. Try again in a minute.</source>
        <translation>Каталог қазір жаңартылуда. Бір минуттан кейін қайталаңыз.</translation>
    </message>
    <message>
        <source>The picture is too large. Choose a smaller picture (up to 6 MB).</source>
        <translation>Сурет тым үлкен. Кішірек сурет таңдаңыз (6 МБ-қа дейін).</translation>
    </message>
    <message>
        <source>Only JPEG and PNG pictures are accepted.</source>
        <translation>Тек JPEG және PNG суреттері қабылданады.</translation>
    </message>
    <message>
        <source>The picture was not accepted. Use a JPEG or PNG between 64 and 6000 pixels per side.</source>
        <translation>Сурет қабылданбады. Әр жағы 64-тен 6000 пиксельге дейінгі JPEG не PNG пайдаланыңыз.</translation>
    </message>
    <message>
        <source>No error</source>
        <translation>Қате жоқ</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Қосылым жоқ</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Уақытында жауап жоқ</translation>
    </message>
    <message>
        <source>Insecure connection</source>
        <translation>Қауіпті қосылым</translation>
    </message>
    <message>
        <source>Wrong API key</source>
        <translation>API кілті қате</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Рұқсат жоқ</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Табылмады</translation>
    </message>
    <message>
        <source>Already exists</source>
        <translation>Бұрыннан бар</translation>
    </message>
    <message>
        <source>Please check the fields</source>
        <translation>Өрістерді тексеріңіз</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Сұраныс тым көп</translation>
    </message>
    <message>
        <source>ApiPay reported a problem</source>
        <translation>ApiPay мәселе туралы хабарлады</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>Оқылмайтын жауап</translation>
    </message>
    <message>
        <source>Result unknown</source>
        <translation>Нәтиже белгісіз</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Болдырылмады</translation>
    </message>
    <message>
        <source>Cannot send the request</source>
        <translation>Сұранысты жіберу мүмкін емес</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Қате</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Қайталар алдында %n секунд күтіңіз.</numerusform>
            <numerusform>Қайталар алдында %n секунд күтіңіз.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Сұраныс болдырылмады.</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>Жауап тым үлкен</translation>
    </message>
    <message>
        <source>The customer has to confirm this refund in the Kaspi app; until they do, no money goes back.</source>
        <translation>Сатып алушы бұл қайтаруды Kaspi қолданбасында растауы керек; растамайынша ақша қайтпайды.</translation>
    </message>
    <message>
        <source>Too many QR invoices this minute. Wait a little, then try again.</source>
        <translation>Осы минутта QR шоттар тым көп. Біраз күтіп, қайталаңыз.</translation>
    </message>
    <message>
        <source>Kaspi did not accept the request. Try again in a minute.</source>
        <translation>Kaspi сұрауды қабылдамады. Бір минуттан кейін қайталаңыз.</translation>
    </message>
    <message>
        <source>ApiPay could not make the QR code. Try again in a minute.</source>
        <translation>ApiPay QR кодты жасай алмады. Бір минуттан кейін қайталаңыз.</translation>
    </message>
    <message>
        <source>Your ApiPay account has several Kaspi cashiers and none is the main one. Choose the main cashier in the ApiPay dashboard.</source>
        <translation>ApiPay аккаунтыңызда бірнеше Kaspi кассирі бар және ешқайсысы негізгі емес. ApiPay кабинетінде негізгі кассирді таңдаңыз.</translation>
    </message>
    <message>
        <source>ApiPay says: %1</source>
        <translation>ApiPay жауабы: %1</translation>
    </message>
    <message>
        <source>ApiPay cannot be reached.</source>
        <translation>ApiPay-мен байланыс жоқ.</translation>
    </message>
    <message>
        <source>ApiPay did not answer in time.</source>
        <translation>ApiPay уақытында жауап бермеді.</translation>
    </message>
    <message>
        <source>The secure connection to ApiPay could not be verified, so nothing was sent.</source>
        <translation>ApiPay-мен қорғалған байланысты тексеру мүмкін болмады, сондықтан ештеңе жіберілмеді.</translation>
    </message>
    <message>
        <source>ApiPay did not accept the API key.</source>
        <translation>ApiPay API кілтін қабылдамады.</translation>
    </message>
    <message>
        <source>ApiPay does not allow this for your organization.</source>
        <translation>ApiPay мұны сіздің ұйымыңызға рұқсат етпейді.</translation>
    </message>
    <message>
        <source>ApiPay could not find it; it may have been deleted.</source>
        <translation>ApiPay мұны таппады; ол жойылған болуы мүмкін.</translation>
    </message>
    <message>
        <source>This invoice was already created (invoice #%1).</source>
        <translation>Бұл шот бұрын жасалған (№%1 шот).</translation>
    </message>
    <message>
        <source>ApiPay refused because of a conflicting state.</source>
        <translation>ApiPay бас тартты: күйі мұны істеуге мүмкіндік бермейді.</translation>
    </message>
    <message>
        <source>ApiPay did not accept some of the entered values.</source>
        <translation>ApiPay енгізілген кейбір мәндерді қабылдамады.</translation>
    </message>
    <message>
        <source>ApiPay asks to slow down.</source>
        <translation>ApiPay сұрауларды сиретуді сұрайды.</translation>
    </message>
    <message>
        <source>The ApiPay server has a problem right now.</source>
        <translation>ApiPay серверінде қазір ақау бар.</translation>
    </message>
    <message>
        <source>ApiPay could not do this right now.</source>
        <translation>ApiPay мұны қазір орындай алмады.</translation>
    </message>
    <message>
        <source>ApiPay sent an answer this app cannot read.</source>
        <translation>ApiPay бағдарлама оқи алмайтын жауап жіберді.</translation>
    </message>
    <message>
        <source>ApiPay sent an answer this app cannot read (field “%1”).</source>
        <translation>ApiPay бағдарлама оқи алмайтын жауап жіберді («%1» өрісі).</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large (over %1 MB) and was not read, so the request may or may not have been done.</source>
        <translation>Сервер жауабы тым үлкен (%1 МБ-тан астам) және оқылмады, сондықтан сұрау орындалды ма, белгісіз.</translation>
    </message>
    <message>
        <source>The connection broke before ApiPay confirmed the request, so it may or may not have been done.</source>
        <translation>ApiPay сұрауды растағанға дейін байланыс үзілді, сондықтан ол орындалды ма, белгісіз.</translation>
    </message>
    <message>
        <source>The request could not be sent.</source>
        <translation>Сұрауды жіберу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large (over %1 MB) and was not read.</source>
        <translation>Сервер жауабы тым үлкен (%1 МБ-тан астам) және оқылмады.</translation>
    </message>
    <message>
        <source>Wait a little, then try again.</source>
        <translation>Біраз күтіп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Check the internet connection and try again.</source>
        <translation>Интернет байланысын тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Check the internet connection and try again in a moment.</source>
        <translation>Интернет байланысын тексеріп, сәлден соң қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Check the computer&apos;s date and time and the server address in Settings, and avoid untrusted networks.</source>
        <translation>Компьютердің күні мен уақытын және баптаулардағы сервер мекенжайын тексеріңіз; сенімсіз желілерді пайдаланбаңыз.</translation>
    </message>
    <message>
        <source>Open Settings and enter a valid key from the ApiPay dashboard.</source>
        <translation>Баптауларды ашып, ApiPay кабинетінен жарамды кілтті енгізіңіз.</translation>
    </message>
    <message>
        <source>Check in the ApiPay dashboard that the organization is verified and the tariff is active.</source>
        <translation>ApiPay кабинетінде ұйым расталғанын және тариф белсенді екенін тексеріңіз.</translation>
    </message>
    <message>
        <source>Refresh the list.</source>
        <translation>Тізімді жаңартыңыз.</translation>
    </message>
    <message>
        <source>Open that invoice instead of creating a new one.</source>
        <translation>Жаңасын жасаудың орнына сол шотты ашыңыз.</translation>
    </message>
    <message>
        <source>Refresh and try again.</source>
        <translation>Жаңартып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Correct them and try again.</source>
        <translation>Оларды түзетіп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Try again later; if it keeps happening, contact ApiPay support.</source>
        <translation>Кейінірек қайталап көріңіз; қайталана берсе, ApiPay қолдау қызметіне жазыңыз.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, update the app or contact support.</source>
        <translation>Қайталап көріңіз; қайталана берсе, бағдарламаны жаңартыңыз немесе қолдау қызметіне жазыңыз.</translation>
    </message>
    <message>
        <source>Check the current state before trying again.</source>
        <translation>Қайталамас бұрын қазіргі күйін тексеріңіз.</translation>
    </message>
    <message>
        <source>Check the connection settings and the entered values.</source>
        <translation>Қосылу баптауларын және енгізілген мәндерді тексеріңіз.</translation>
    </message>
</context>
<context>
    <name>apipay::ApiRequestBuilder</name>
    <message>
        <source>Enter the customer&apos;s phone number.</source>
        <translation>Клиенттің телефон нөмірін енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter an amount or add items from the catalog.</source>
        <translation>Соманы енгізіңіз немесе каталогтан тауар қосыңыз.</translation>
    </message>
    <message>
        <source>Enter the subscriber&apos;s phone number.</source>
        <translation>Жазылушының телефон нөмірін енгізіңіз.</translation>
    </message>
    <message>
        <source>Choose how often the subscriber is billed.</source>
        <translation>Жазылушыға шот қаншалықты жиі жіберілетінін таңдаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>A note may have at most %n characters.</source>
        <translation>
            <numerusform>Ескертпеде ең көбі %n таңба болуы мүмкін.</numerusform>
            <numerusform>Ескертпеде ең көбі %n таңба болуы мүмкін.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>apipay::AppliedFilterNotice</name>
    <message>
        <source>Clear filters</source>
        <translation>Сүзгілерді тазарту</translation>
    </message>
    <message>
        <source>Show every invoice again</source>
        <translation>Барлық шоттарды қайта көрсету</translation>
    </message>
</context>
<context>
    <name>apipay::CartModel</name>
    <message>
        <source>Catalog price: %1</source>
        <translation>Каталогтағы баға: %1</translation>
    </message>
    <message>
        <source>This item has no price in the catalog; enter a price.</source>
        <translation>Бұл тауардың каталогта бағасы жоқ; бағаны енгізіңіз.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Тауар</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бірлік</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Баға</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Сомасы</translation>
    </message>
    <message>
        <source>Enter a price.</source>
        <translation>Бағаны енгізіңіз.</translation>
    </message>
    <message>
        <source>The price must be between %1 and %2.</source>
        <translation>Баға %1 мен %2 аралығында болуы керек.</translation>
    </message>
    <message>
        <source>The quantity must be a whole number from 1 to %1.</source>
        <translation>Саны 1-ден %1-ге дейінгі бүтін сан болуы керек.</translation>
    </message>
    <message>
        <source>A cart holds at most %1 lines.</source>
        <translation>Себетте %1 жолдан артық болмайды.</translation>
    </message>
    <message>
        <source>The catalog price sent by ApiPay is unreadable (beyond %1); enter a price.</source>
        <translation>ApiPay жіберген каталог бағасы оқылмайды (%1-ден асады); бағаны енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>apipay::CartPanel</name>
    <message>
        <source>Choose an item in the catalog first.</source>
        <translation>Алдымен каталогтан тауар таңдаңыз.</translation>
    </message>
    <message>
        <source>The catalog could not be loaded: %1</source>
        <translation>Каталогты жүктеу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Search the catalog by name</source>
        <translation>Каталогтан атауы бойынша іздеу</translation>
    </message>
    <message>
        <source>Barcode + Enter</source>
        <translation>Штрихкод + Enter</translation>
    </message>
    <message>
        <source>Scan or type a barcode and press Enter to add the item</source>
        <translation>Тауарды қосу үшін штрихкодты сканерлеп не теріп, Enter басыңыз</translation>
    </message>
    <message>
        <source>C&amp;ount:</source>
        <translation>&amp;Саны:</translation>
    </message>
    <message>
        <source>Pr&amp;ice:</source>
        <translation>&amp;Баға:</translation>
    </message>
    <message>
        <source>catalog price</source>
        <translation>каталог бағасы</translation>
    </message>
    <message>
        <source>Optional: a price for this invoice instead of the catalog price</source>
        <translation>Міндетті емес: каталог бағасының орнына осы шотқа арналған баға</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Қосу</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Жолды жою</translation>
    </message>
    <message>
        <source>Disco&amp;unt:</source>
        <translation>&amp;Жеңілдік:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>“%1” has no price in the catalog; enter a price for it.</source>
        <translation>«%1» тауарының каталогта бағасы жоқ; бағасын енгізіңіз.</translation>
    </message>
    <message>
        <source>Added %1 × %2</source>
        <translation>Қосылды: %1 × %2</translation>
    </message>
    <message>
        <source>Barcode %1 could not be looked up: %2</source>
        <translation>%1 штрихкодын іздеу мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>No catalog item has barcode %1.</source>
        <translation>Каталогта %1 штрихкоды бар тауар жоқ.</translation>
    </message>
    <message>
        <source>Subtotal: %1</source>
        <translation>Аралық сома: %1</translation>
    </message>
    <message>
        <source>Discount: %1</source>
        <translation>Жеңілдік: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Барлығы: %1</translation>
    </message>
    <message>
        <source>Totals as calculated by ApiPay.</source>
        <translation>Қорытынды ApiPay есептеген.</translation>
    </message>
    <message>
        <source>Discount %1%: −%2</source>
        <translation>Жеңілдік %1%: −%2</translation>
    </message>
    <message>
        <source>Discount: none</source>
        <translation>Жеңілдік: жоқ</translation>
    </message>
    <message>
        <source>Approximate: ApiPay calculates the final amount.</source>
        <translation>Шамамен: түпкілікті соманы ApiPay есептейді.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) have no price; the total is incomplete.</source>
        <translation>
            <numerusform>%n жолда баға жоқ; жиынтық толық емес.</numerusform>
            <numerusform>%n жолда баға жоқ; жиынтық толық емес.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation>%1-жол (%2): %3</translation>
    </message>
    <message>
        <source>Cart: %1</source>
        <translation>Себет: %1</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Себет</translation>
    </message>
    <message>
        <source>Add at least one item to the cart.</source>
        <translation>Себетке кемінде бір тауар қосыңыз.</translation>
    </message>
    <message>
        <source>Some cart lines have no price; enter a price for them.</source>
        <translation>Себеттің кейбір жолдарында баға жоқ; бағасын енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>apipay::CatalogBatchDialog</name>
    <message>
        <source>Add catalog items</source>
        <translation>Каталогқа тауар қосу</translation>
    </message>
    <message>
        <source>Add up to %1 items. Pictures: JPEG, PNG, GIF or WEBP; other types and files over 6 MB are converted to JPEG or PNG before sending. New items are pending until the service activates them.</source>
        <translation>%1 тауарға дейін қосуға болады. Суреттер: JPEG, PNG, GIF не WEBP; басқа түрлер мен 6 МБ-тан асатын файлдар жіберу алдында JPEG не PNG пішініне түрлендіріледі. Жаңа тауарлар сервис белсендіргенше күту күйінде болады.</translation>
    </message>
    <message>
        <source>Add &amp;row</source>
        <translation>&amp;Жол қосу</translation>
    </message>
    <message>
        <source>Add another item row</source>
        <translation>Тағы бір тауар жолын қосу</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>Жіберу барысы</translation>
    </message>
    <message>
        <source>S&amp;top sending</source>
        <translation>Жіберуді &amp;тоқтату</translation>
    </message>
    <message>
        <source>Stop sending the items</source>
        <translation>Тауарларды жіберуді тоқтату</translation>
    </message>
    <message>
        <source>&amp;Save items</source>
        <translation>Тауарларды &amp;сақтау</translation>
    </message>
    <message>
        <source>Fill in at least one item: a name, a price and a unit.</source>
        <translation>Кемінде бір тауарды толтырыңыз: атауы, бағасы және өлшем бірлігі.</translation>
    </message>
    <message>
        <source>Sending stopped. Nothing was created; press Save to try again.</source>
        <translation>Жіберу тоқтатылды. Ештеңе жасалмады; қайталау үшін «Сақтау» басыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>Sending stopped. %n item(s) were created and are in the catalog; the rows left here were not sent — press Save to send them.</source>
        <translation>
            <numerusform>Жіберу тоқтатылды. %n тауар жасалды, ол каталогта; мұнда қалған жолдар жіберілмеді — оларды жіберу үшін «Сақтау» түймесін басыңыз.</numerusform>
            <numerusform>Жіберу тоқтатылды. %n тауар жасалды, олар каталогта; мұнда қалған жолдар жіберілмеді — оларды жіберу үшін «Сақтау» түймесін басыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the items on their way are answered…</source>
        <translation>Жіберілген тауарларға жауап келгеннен кейін тоқтайды…</translation>
    </message>
    <message>
        <source>The connection broke before ApiPay confirmed the items. Checking whether they were created…</source>
        <translation>ApiPay тауарларды растағанша байланыс үзілді. Жасалғанын тексеріп жатырмыз…</translation>
    </message>
    <message>
        <source>Could not check whether the items were created: %1 Press Save to check again; nothing is sent until it is known.</source>
        <translation>Тауарлар жасалғанын тексеру мүмкін болмады: %1 Қайта тексеру үшін «Сақтау» түймесін басыңыз; бұл белгілі болмайынша ештеңе жіберілмейді.</translation>
    </message>
    <message>
        <source>Nothing was created: the request did not reach ApiPay. Press Save to send the items again.</source>
        <translation>Ештеңе жасалмады: сұрау ApiPay-ге жетпеді. Тауарларды қайта жіберу үшін «Сақтау» түймесін басыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were created and are in the catalog; the rows left here were not created — press Save to send them.</source>
        <translation>
            <numerusform>%n тауар жасалды, ол каталогта; мұнда қалған жолдар жасалмады — оларды жіберу үшін «Сақтау» түймесін басыңыз.</numerusform>
            <numerusform>%n тауар жасалды, олар каталогта; мұнда қалған жолдар жасалмады — оларды жіберу үшін «Сақтау» түймесін басыңыз.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>apipay::CatalogBatchUploader</name>
    <message>
        <source>Uploading the picture of item %1…</source>
        <translation>%1-тауардың суреті жүктелуде…</translation>
    </message>
    <message numerus="yes">
        <source>Creating %n item(s)…</source>
        <translation>
            <numerusform>%n тауар жасалуда…</numerusform>
            <numerusform>%n тауар жасалуда…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>apipay::CatalogCreateResult</name>
    <message>
        <source>Item %1</source>
        <translation>Тауар %1</translation>
    </message>
    <message>
        <source>refused by ApiPay</source>
        <translation>ApiPay қабылдамады</translation>
    </message>
</context>
<context>
    <name>apipay::CatalogEditDialog</name>
    <message>
        <source>Edit “%1”</source>
        <translation>«%1» тауарын өзгерту</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation>%1 бірлігі</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Бағасы:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Өлшем бірлігі:</translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation>&amp;Штрихкод:</translation>
    </message>
    <message>
        <source>P&amp;icture:</source>
        <translation>&amp;Суреті:</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Сақталуда</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Атауын енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter a price of at least 0.01 ₸.</source>
        <translation>Кемінде 0,01 ₸ баға енгізіңіз.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ештеңе өзгертілмеді.</translation>
    </message>
</context>
<context>
    <name>apipay::CatalogImagePicker</name>
    <message>
        <source>Choose a picture</source>
        <translation>Сурет таңдаңыз</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp)</source>
        <translation>Суреттер (*.jpg *.jpeg *.png *.gif *.webp)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>%1 — converted to %2, %3×%4, %5</source>
        <translation>%1 — %2 пішініне түрлендірілді, %3×%4, %5</translation>
    </message>
    <message>
        <source>%1 — %2×%3, %4</source>
        <translation>%1 — %2×%3, %4</translation>
    </message>
    <message>
        <source>Current picture</source>
        <translation>Ағымдағы сурет</translation>
    </message>
    <message>
        <source>The picture will be removed</source>
        <translation>Сурет жойылады</translation>
    </message>
    <message>
        <source>No picture. Choose a file or drop one here (JPEG, PNG, GIF, WEBP).</source>
        <translation>Сурет жоқ. Файлды таңдаңыз немесе осында сүйреп әкеліңіз (JPEG, PNG, GIF, WEBP).</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Choose a picture file</source>
        <translation>Сурет файлын таңдау</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Remove the picture</source>
        <translation>Суретті жою</translation>
    </message>
    <message>
        <source>Picture preview</source>
        <translation>Суретті алдын ала қарау</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Сурет</translation>
    </message>
</context>
<context>
    <name>apipay::CatalogImagePreparer</name>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>Файлды ашу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>The file is too large (more than 64 MB). Choose a smaller picture.</source>
        <translation>Файл тым үлкен (64 МБ-тан асады). Кішірек сурет таңдаңыз.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл бос.</translation>
    </message>
    <message>
        <source>This file is not a JPEG, PNG, GIF or WEBP picture.</source>
        <translation>Бұл файл JPEG, PNG, GIF не WEBP суреті емес.</translation>
    </message>
    <message>
        <source>The picture cannot be read (%1).</source>
        <translation>Суретті оқу мүмкін емес (%1).</translation>
    </message>
    <message>
        <source>The picture could not be converted to a JPEG or PNG of at most 6 MB.</source>
        <translation>Суретті көлемі 6 МБ-тан аспайтын JPEG не PNG пішініне түрлендіру мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>apipay::CatalogItemRowEditor</name>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Баға</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бірлік</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Сурет</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Атауын енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter a price of at least 0.01 ₸.</source>
        <translation>Кемінде 0,01 ₸ баға енгізіңіз.</translation>
    </message>
    <message>
        <source>Choose a unit (the units could not be loaded yet).</source>
        <translation>Өлшем бірлігін таңдаңыз (бірліктер тізімі әлі жүктелмеген).</translation>
    </message>
    <message>
        <source>Name of item %1</source>
        <translation>%1-тауардың атауы</translation>
    </message>
    <message>
        <source>Price, ₸</source>
        <translation>Баға, ₸</translation>
    </message>
    <message>
        <source>Price of item %1</source>
        <translation>%1-тауардың бағасы</translation>
    </message>
    <message>
        <source>Unit of item %1</source>
        <translation>%1-тауардың өлшем бірлігі</translation>
    </message>
    <message>
        <source>Barcode (optional)</source>
        <translation>Штрихкод (міндетті емес)</translation>
    </message>
    <message>
        <source>Barcode of item %1</source>
        <translation>%1-тауардың штрихкоды</translation>
    </message>
    <message>
        <source>Picture of item %1</source>
        <translation>%1-тауардың суреті</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Remove item %1 from the list</source>
        <translation>%1-тауарды тізімнен алып тастау</translation>
    </message>
</context>
<context>
    <name>apipay::CatalogPage</name>
    <message>
        <source>Catalog</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <source>Loading the catalog…</source>
        <translation>Каталог жүктелуде…</translation>
    </message>
    <message>
        <source>The catalog could not be loaded. Use Retry in the message above, or press F5. The catalog must be enabled for your organization in ApiPay.</source>
        <translation>Каталогты жүктеу мүмкін болмады. Жоғарыдағы хабардағы «Қайталау» батырмасын немесе F5 басыңыз. Каталог ApiPay-де ұйымыңыз үшін қосылған болуы керек.</translation>
    </message>
    <message>
        <source>No items match this search. Clear the search fields to see the whole catalog.</source>
        <translation>Іздеуге сәйкес тауар жоқ. Бүкіл каталогты көру үшін іздеу өрістерін тазалаңыз.</translation>
    </message>
    <message>
        <source>The catalog is empty. Choose &quot;Add items&quot; to add products with prices and pictures; you can then put them in invoices and subscriptions.</source>
        <translation>Каталог бос. Бағасы мен суреті бар тауарларды қосу үшін «Тауар қосу» таңдаңыз; содан кейін оларды шоттар мен жазылымдарға қосуға болады.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) added; they are pending until the service activates them.</source>
        <translation>
            <numerusform>%n тауар қосылды; сервис белсендіргенше олар күту күйінде болады.</numerusform>
            <numerusform>%n тауар қосылды; сервис белсендіргенше олар күту күйінде болады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Қабылданбады: %1</translation>
    </message>
    <message>
        <source>Item %1 updated</source>
        <translation>%1-тауар жаңартылды</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Тауарды жою</translation>
    </message>
    <message>
        <source>Delete “%1” from the catalog? Invoices that already contain it keep their copy.</source>
        <translation>«%1» каталогтан жойылсын ба? Оны қамтыған шоттар өз көшірмесін сақтайды.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Қалдыру</translation>
    </message>
    <message>
        <source>Item %1 deleted</source>
        <translation>%1-тауар жойылды</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Іздеу:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Атауы бойынша іздеу</translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation>&amp;Штрихкод:</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>дәл</translation>
    </message>
    <message>
        <source>Search by barcode</source>
        <translation>Штрихкод бойынша іздеу</translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation>&amp;Табу</translation>
    </message>
    <message>
        <source>Search the catalog</source>
        <translation>Каталогтан іздеу</translation>
    </message>
    <message>
        <source>&amp;Add items…</source>
        <translation>Тауар &amp;қосу…</translation>
    </message>
    <message>
        <source>Add catalog items</source>
        <translation>Каталогқа тауар қосу</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <source>Edit the selected item</source>
        <translation>Таңдалған тауарды өзгерту</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>Delete the selected item</source>
        <translation>Таңдалған тауарды жою</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Жа&amp;ңарту</translation>
    </message>
    <message>
        <source>Reload the catalog</source>
        <translation>Каталогты қайта жүктеу</translation>
    </message>
    <message>
        <source>Catalog items; Enter edits, Delete removes</source>
        <translation>Каталог тауарлары; Enter — өзгерту, Delete — жою</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Орындалуда</translation>
    </message>
    <message>
        <source>The connection broke before ApiPay confirmed deleting item %1. Checking whether it was deleted…</source>
        <translation>ApiPay %1 тауарының жойылуын растағанша байланыс үзілді. Жойылғанын тексеріп жатырмыз…</translation>
    </message>
    <message>
        <source>Item %1 was deleted.</source>
        <translation>%1 тауары жойылды.</translation>
    </message>
    <message>
        <source>Item %1 was not deleted: the request did not reach ApiPay. Delete it again if you still want to.</source>
        <translation>%1 тауары жойылмады: сұрау ApiPay-ге жетпеді. Әлі де қажет болса, қайта жойыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) pending: the service activates new and changed items shortly. The list is read again by itself until they are active.</source>
        <translation>
            <numerusform>%n тауар күтуде: сервис жаңа және өзгертілген тауарларды жақында белсендіреді. Олар белсенді болғанша тізім өзі жаңартылады.</numerusform>
            <numerusform>%n тауар күтуде: сервис жаңа және өзгертілген тауарларды жақында белсендіреді. Олар белсенді болғанша тізім өзі жаңартылады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Item %1: change queued; the list is read again in a few seconds.</source>
        <translation>%1 тауары: өзгеріс кезекте; тізім бірнеше секундтан кейін жаңартылады.</translation>
    </message>
    <message>
        <source>Item %1: deletion queued; the list is read again in a few seconds.</source>
        <translation>%1 тауары: жою кезекте; тізім бірнеше секундтан кейін жаңартылады.</translation>
    </message>
</context>
<context>
    <name>apipay::CatalogTableModel</name>
    <message>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Күтуде</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Жойылуда</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Жойылды</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Қате</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Баға</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бірлік</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Жасалды</translation>
    </message>
</context>
<context>
    <name>apipay::ConnectionTester</name>
    <message>
        <source>The server did not answer the health check: %1</source>
        <translation>Сервер қолжетімділікті тексеруге жауап бермеді: %1</translation>
    </message>
    <message>
        <source>The server answers (status “%1”).</source>
        <translation>Сервер жауап береді («%1» күйі).</translation>
    </message>
    <message>
        <source>Enter the API key to check it too.</source>
        <translation>Оны да тексеру үшін API кілтін енгізіңіз.</translation>
    </message>
    <message>
        <source>The API key is accepted.</source>
        <translation>API кілті қабылданды.</translation>
    </message>
    <message numerus="yes">
        <source>The shop has %n invoice(s).</source>
        <translation>
            <numerusform>Дүкенде %n шот бар.</numerusform>
            <numerusform>Дүкенде %n шот бар.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>apipay::CounterCompleters</name>
    <message>
        <source>%1 — %2</source>
        <comment>phone — client name</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>apipay::CounterDraftStore</name>
    <message>
        <source>The saved draft is damaged (%1) and was not restored.</source>
        <translation>Сақталған жоба бүлінген (%1), қалпына келтірілмеді.</translation>
    </message>
    <message>
        <source>The saved draft has an unknown format and was not restored.</source>
        <translation>Сақталған жобаның пішімі белгісіз, қалпына келтірілмеді.</translation>
    </message>
    <message>
        <source>The saved draft could not be read and was not restored.</source>
        <translation>Сақталған жобаны оқу мүмкін болмады, қалпына келтірілмеді.</translation>
    </message>
    <message>
        <source>The draft could not be saved to %1: %2</source>
        <translation>Жобаны %1 ішіне сақтау мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>The draft could not be saved to %1: the folder %2 cannot be created.</source>
        <translation>Жобаны %1 ішіне сақтау мүмкін болмады: %2 қалтасын жасау мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>apipay::CounterModeSwitch</name>
    <message>
        <source>By p&amp;hone</source>
        <translation>&amp;Телефон бойынша</translation>
    </message>
    <message>
        <source>Q&amp;R</source>
        <translation>Q&amp;R</translation>
    </message>
    <message>
        <source>The customer scans a QR code with the Kaspi app: amount, Enter, done.</source>
        <translation>Сатып алушы QR кодты Kaspi қолданбасымен сканерлейді: сома, Enter — дайын.</translation>
    </message>
    <message>
        <source>This server (API v2.0) has no QR invoices</source>
        <translation>Бұл серверде (API v2.0) QR шоттар жоқ</translation>
    </message>
</context>
<context>
    <name>apipay::CounterPage</name>
    <message>
        <source>Invoice %1</source>
        <translation>Шот %1</translation>
    </message>
    <message>
        <source>By a&amp;mount</source>
        <translation>&amp;Сома бойынша</translation>
    </message>
    <message>
        <source>From the ca&amp;talog</source>
        <translation>&amp;Каталогтан</translation>
    </message>
    <message>
        <source>&amp;Amount, ₸:</source>
        <translation>С&amp;ома, ₸:</translation>
    </message>
    <message>
        <source>e.g. 15 000</source>
        <translation>мысалы, 15 000</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>+7 700 123 45 67</source>
        <translation>+7 700 123 45 67</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Си&amp;паттама:</translation>
    </message>
    <message>
        <source>What is paid for (optional)</source>
        <translation>Не үшін төлем (міндетті емес)</translation>
    </message>
    <message>
        <source>Order &amp;id:</source>
        <translation>Тапсырыс &amp;нөмірі:</translation>
    </message>
    <message>
        <source>Your order number; the app makes a unique one, you may type your own</source>
        <translation>Тапсырыс нөміріңіз; қолданба бірегей нөмір жасайды, өзіңіз де енгізе аласыз</translation>
    </message>
    <message>
        <source>New id</source>
        <translation>Жаңа нөмір</translation>
    </message>
    <message>
        <source>Create invoice (Enter)</source>
        <translation>Шот жасау (Enter)</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Жаңа шот</translation>
    </message>
    <message>
        <source>%1 / %2 characters · the buyer sees only the first %3 in Kaspi</source>
        <translation>%1 / %2 таңба · сатып алушы Kaspi-де тек алғашқы %3 таңбаны көреді</translation>
    </message>
    <message>
        <source>%1 — the marked text after %2 characters is not shown to the buyer</source>
        <translation>%1 — %2 таңбадан кейінгі белгіленген мәтін сатып алушыға көрсетілмейді</translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation>Соманы енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s phone number.</source>
        <translation>Клиенттің телефон нөмірін енгізіңіз.</translation>
    </message>
    <message>
        <source>The description is longer than %1 characters.</source>
        <translation>Сипаттама %1 таңбадан ұзын.</translation>
    </message>
    <message>
        <source>Invoice %1 created</source>
        <translation>Шот %1 жасалды</translation>
    </message>
    <message>
        <source>The demo payment was refused: %1</source>
        <translation>Демо төлем қабылданбады: %1</translation>
    </message>
    <message>
        <source>The invoice was not sent: the order could not be saved on this computer first (%1). Free some disk space or check the folder&apos;s permissions, then try again.</source>
        <translation>Шот жіберілмеді: тапсырысты алдымен осы компьютерде сақтау мүмкін болмады (%1). Дискіде орын босатыңыз немесе қалтаның рұқсаттарын тексеріп, қайталаңыз.</translation>
    </message>
    <message>
        <source>N&amp;ote (only for you):</source>
        <translation>Ес&amp;кертпе (тек сізге):</translation>
    </message>
    <message>
        <source>Kept with the invoice; the customer does not see it (optional)</source>
        <translation>Шотпен бірге сақталады; сатып алушы оны көрмейді (міндетті емес)</translation>
    </message>
    <message>
        <source>The server answers again: press Enter to send the invoice.</source>
        <translation>Сервер қайта жауап береді: шотты жіберу үшін Enter пернесін басыңыз.</translation>
    </message>
</context>
<context>
    <name>apipay::CounterStatusPanel</name>
    <message>
        <source>Show &amp;QR</source>
        <translation>&amp;QR көрсету</translation>
    </message>
    <message>
        <source>&amp;Open invoice</source>
        <translation>Шотты &amp;ашу</translation>
    </message>
    <message>
        <source>&amp;Look it up</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <source>Create &amp;again</source>
        <translation>Қайта &amp;жасау</translation>
    </message>
    <message>
        <source>&amp;Next customer</source>
        <translation>&amp;Келесі клиент</translation>
    </message>
    <message>
        <source>Clear the form for the next customer (Esc)</source>
        <translation>Келесі клиент үшін пішінді тазалау (Esc)</translation>
    </message>
    <message>
        <source>Send the invoice again with the same order id</source>
        <translation>Шотты сол тапсырыс нөмірімен қайта жіберу</translation>
    </message>
    <message>
        <source>Sending the invoice…</source>
        <translation>Шот жіберілуде…</translation>
    </message>
    <message>
        <source>Please wait; the form stays as it is until ApiPay answers.</source>
        <translation>Күте тұрыңыз; ApiPay жауап бергенше пішін өзгермейді.</translation>
    </message>
    <message>
        <source>Invoice %1 · %2</source>
        <translation>Шот %1 · %2</translation>
    </message>
    <message>
        <source>Sending the invoice to Kaspi…</source>
        <translation>Шот Kaspi-ге жіберілуде…</translation>
    </message>
    <message>
        <source>Waiting for the customer to pay in the Kaspi app.</source>
        <translation>Клиенттің Kaspi қолданбасында төлеуін күтудеміз.</translation>
    </message>
    <message>
        <source>Paid. Thank you!</source>
        <translation>Төленді. Рақмет!</translation>
    </message>
    <message>
        <source>The invoice expired before it was paid.</source>
        <translation>Шот төленгенше мерзімі өтті.</translation>
    </message>
    <message>
        <source>Kaspi did not accept the invoice.</source>
        <translation>Kaspi шотты қабылдамады.</translation>
    </message>
    <message>
        <source>Kaspi did not accept the invoice: %1</source>
        <translation>Kaspi шотты қабылдамады: %1</translation>
    </message>
    <message>
        <source>Cancellation in progress…</source>
        <translation>Болдырмау жүріп жатыр…</translation>
    </message>
    <message>
        <source>The invoice was cancelled.</source>
        <translation>Шот болдырылмады.</translation>
    </message>
    <message>
        <source>Paid, and refunded since.</source>
        <translation>Төленді, кейін қайтарылды.</translation>
    </message>
    <message>
        <source>Status reported by ApiPay: %1</source>
        <translation>ApiPay хабарлаған күй: %1</translation>
    </message>
    <message>
        <source>The answer was lost, but the invoice exists — nothing was sent twice. %1</source>
        <translation>Жауап жоғалды, бірақ шот бар — ештеңе екі рет жіберілмеді. %1</translation>
    </message>
    <message>
        <source>Was the invoice created?</source>
        <translation>Шот жасалды ма?</translation>
    </message>
    <message>
        <source>The app was closed while the invoice was being sent.</source>
        <translation>Шот жіберіліп жатқанда қолданба жабылды.</translation>
    </message>
    <message>
        <source>The answer was lost (%1).</source>
        <translation>Жауап жоғалды (%1).</translation>
    </message>
    <message>
        <source>The invoice was not created</source>
        <translation>Шот жасалмады</translation>
    </message>
    <message>
        <source>No invoice with order id %1 exists. You can create it again with the same order id.</source>
        <translation>%1 тапсырыс нөмірі бар шот жоқ. Оны сол тапсырыс нөмірімен қайта жасауға болады.</translation>
    </message>
    <message>
        <source>Simulate &amp;payment (demo)</source>
        <translation>&amp;Төлемді имитациялау (демо)</translation>
    </message>
    <message>
        <source>Demo mode: pretend the customer paid in the Kaspi app</source>
        <translation>Демо режимі: клиент Kaspi қолданбасында төледі деп есептеу</translation>
    </message>
    <message>
        <source>Checking whether the invoice was created…</source>
        <translation>Шоттың жасалғанын тексеріп жатырмыз…</translation>
    </message>
    <message>
        <source>Looking for order id %1. Nothing is sent again, so the customer does not get two invoices.</source>
        <translation>%1 тапсырыс нөмірін іздеп жатырмыз. Ештеңе қайта жіберілмейді, сондықтан клиент екі шот алмайды.</translation>
    </message>
    <message>
        <source>The lookup failed too: %1</source>
        <translation>Іздеу де сәтсіз болды: %1</translation>
    </message>
    <message>
        <source>“Next customer” sets this sale aside: if the invoice was created, it shows in the invoice list once the server answers again. Do not invoice the same customer again before that.</source>
        <translation>«Келесі клиент» бұл сатуды кейінге қалдырады: шот жасалған болса, сервер қайта жауап бергенде ол шоттар тізімінде шығады. Оған дейін сол сатып алушыға жаңа шот жібермеңіз.</translation>
    </message>
    <message>
        <source>The app was closed while an invoice with order id %1 was being sent to the shop “%2”. Open that shop to check whether it was created, or press “Next customer” to set it aside.</source>
        <translation>Тапсырыс нөмірі %1 шот «%2» дүкеніне жіберіліп жатқанда бағдарлама жабылды. Шот жасалғанын тексеру үшін сол дүкенді ашыңыз немесе оны кейінге қалдыру үшін «Келесі клиент» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(белгісіз)</translation>
    </message>
    <message>
        <source>&amp;Edit and send again</source>
        <translation>&amp;Түзетіп, қайта жіберу</translation>
    </message>
    <message>
        <source>Back to the form as it was: correct the number or the amount and send a new invoice</source>
        <translation>Толтырылған пішінге оралу: нөмірді немесе соманы түзетіп, жаңа шот жіберіңіз</translation>
    </message>
    <message numerus="yes">
        <source>Still waiting for ApiPay: %n second(s). The form stays as it is until it answers; nothing is sent twice.</source>
        <extracomment>Counter, while ApiPay has not yet answered the new invoice; %n is the seconds since it was sent.</extracomment>
        <translation>
            <numerusform>ApiPay жауабын күтудеміз: %n секунд. Жауап келгенше пішін өзгермейді; ештеңе екі рет жіберілмейді.</numerusform>
            <numerusform>ApiPay жауабын күтудеміз: %n секунд. Жауап келгенше пішін өзгермейді; ештеңе екі рет жіберілмейді.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>apipay::CustomerDisplayWindow</name>
    <message>
        <source>Paid ✓</source>
        <translation>Төленді ✓</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Сатып алушы экраны</translation>
    </message>
    <message>
        <source>Scan with the Kaspi.kz app · Esc closes this window</source>
        <translation>Kaspi.kz қолданбасымен сканерлеңіз · Esc терезені жабады</translation>
    </message>
    <message>
        <source>No QR code</source>
        <translation>QR коды жоқ</translation>
    </message>
    <message>
        <source>Scan with the Kaspi app</source>
        <translation>Kaspi қолданбасымен сканерлеңіз</translation>
    </message>
    <message>
        <source>Scan for your receipt</source>
        <translation>Чекті алу үшін сканерлеңіз</translation>
    </message>
    <message>
        <source>Time is up — waiting for Kaspi&apos;s final answer</source>
        <translation>Уақыт бітті — Kaspi-дің соңғы жауабын күтудеміз</translation>
    </message>
    <message>
        <source>Loading the QR code…</source>
        <translation>QR коды жүктелуде…</translation>
    </message>
</context>
<context>
    <name>apipay::CustomerScreenButton</name>
    <message>
        <source>Customer screen</source>
        <translation>Сатып алушы экраны</translation>
    </message>
    <message>
        <source>Show each QR full screen for the customer (F11) — on the second screen when one is connected. Esc on that screen closes it.</source>
        <translation>Әр QR-ды сатып алушыға толық экранда көрсету (F11) — екінші монитор қосулы болса, соның үстінде. Сол экрандағы Esc оны жабады.</translation>
    </message>
</context>
<context>
    <name>apipay::ElidedValueLabel</name>
    <message>
        <source>Copy</source>
        <translation>Көшіру</translation>
    </message>
</context>
<context>
    <name>apipay::EndOfDayDialog</name>
    <message>
        <source>End-of-day report</source>
        <translation>Күн соңындағы есеп</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Күн:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Алдын ала &amp;қарау…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDF ретінде &amp;сақтау…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>No history on this computer yet.</source>
        <translation>Бұл компьютерде әлі тарих жоқ.</translation>
    </message>
    <message>
        <source>The report was sent to the printer.</source>
        <translation>Есеп принтерге жіберілді.</translation>
    </message>
    <message>
        <source>Save the end-of-day report</source>
        <translation>Күн соңындағы есепті сақтау</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to.</source>
        <translation>%1 қалтасына жазу мүмкін емес.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>PDF файлын %1 ішіне жазу мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>apipay::FirstRunDialog</name>
    <message>
        <source>Welcome to ApiPay Desk</source>
        <translation>ApiPay Desk-ке қош келдіңіз</translation>
    </message>
    <message>
        <source>Send Kaspi invoices to your customers, see when they pay, refund and manage subscriptions — from your counter.</source>
        <translation>Клиенттерге Kaspi шоттарын жіберіңіз, төлемді бақылаңыз, қайтару жасаңыз және жазылымдарды басқарыңыз — тікелей кассадан.</translation>
    </message>
    <message>
        <source>Enter my API &amp;key</source>
        <translation>API &amp;кілтімді енгізу</translation>
    </message>
    <message>
        <source>Connect your shop with the API key from the ApiPay dashboard. The key is kept in this computer&apos;s keychain.</source>
        <translation>Дүкенді ApiPay кабинетіндегі API кілтімен қосыңыз. Кілт осы компьютердің кілттер қоймасында сақталады.</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>&amp;Демоны көру</translation>
    </message>
    <message>
        <source>Look around with a made-up shop on an offline server on this computer. No real invoices are sent.</source>
        <translation>Осы компьютердегі офлайн сервері бар ойдан шығарылған дүкенмен танысыңыз. Нақты шоттар жіберілмейді.</translation>
    </message>
</context>
<context>
    <name>apipay::HeaderColumnMenu</name>
    <message>
        <source>Columns</source>
        <translation>Бағандар</translation>
    </message>
</context>
<context>
    <name>apipay::HistoryCsvExporter</name>
    <message>
        <source>The history on this computer is closed.</source>
        <translation>Осы компьютердегі тарих жабық.</translation>
    </message>
</context>
<context>
    <name>apipay::HistoryStore</name>
    <message>
        <source>updating it to history version %1 failed: %2</source>
        <translation>оны тарихтың %1 нұсқасына жаңарту сәтсіз аяқталды: %2</translation>
    </message>
    <message>
        <source>The shop&apos;s history is not open.</source>
        <translation>Дүкен тарихы ашылмаған.</translation>
    </message>
    <message>
        <source>The folder for the shop&apos;s history could not be created: %1</source>
        <translation>Дүкен тарихына арналған қалтаны жасау мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>The shop&apos;s history file could not be created: %1</source>
        <translation>Дүкен тарихының файлын жасау мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>it could not be opened: %1</source>
        <translation>оны ашу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>it is not a readable database: %1</source>
        <translation>бұл оқылатын дерекқор емес: %1</translation>
    </message>
    <message>
        <source>The shop&apos;s history in %1 was written by a newer version of ApiPay Desk (history version %2; this version reads up to %3). It was left as it is; update ApiPay Desk to read it.</source>
        <translation>%1 ішіндегі дүкен тарихын ApiPay Desk-тің жаңарақ нұсқасы жазған (тарих нұсқасы %2; бұл нұсқа %3 дейін оқиды). Файл өзгеріссіз қалдырылды; оны оқу үшін ApiPay Desk-ті жаңартыңыз.</translation>
    </message>
    <message>
        <source>its integrity check failed: %1</source>
        <translation>тұтастығын тексеру сәтсіз: %1</translation>
    </message>
    <message>
        <source>The shop&apos;s history could not be opened: %1</source>
        <translation>Дүкен тарихын ашу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>The shop&apos;s history is damaged (%1) and could not be moved aside: %2</source>
        <translation>Дүкен тарихы зақымдалған (%1) және оны бөлек орынға жылжыту мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>The shop&apos;s history on this computer was damaged (%1). It was moved aside to %2, and the history is being read again from the server.</source>
        <translation>Осы компьютердегі дүкен тарихы зақымдалған (%1). Ол %2 орнына жылжытылды, тарих серверден қайта оқылуда.</translation>
    </message>
    <message>
        <source>The takings of this period are too large to add up exactly.</source>
        <translation>Бұл кезеңнің түсімі дәл қосу үшін тым үлкен.</translation>
    </message>
    <message>
        <source>The shop&apos;s history could not be read or written: %1</source>
        <translation>Дүкен тарихын оқу немесе жазу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>the file was cut off (%1 of %2 bytes)</source>
        <translation>файл қиылған (%2 байттың %1)</translation>
    </message>
    <message>
        <source>The sales of this period are too large to add up exactly.</source>
        <translation>Бұл кезеңдегі сатылымдар дәл қосу үшін тым үлкен.</translation>
    </message>
    <message>
        <source>The refunds of this filter are too large to add up exactly.</source>
        <translation>Бұл сүзгідегі қайтарулар дәл қосу үшін тым үлкен.</translation>
    </message>
</context>
<context>
    <name>apipay::HistorySync</name>
    <message numerus="yes">
        <source>History: %L1 of %Ln invoice(s)</source>
        <translation>
            <numerusform>Тарих: %Ln шоттың %L1</numerusform>
            <numerusform>Тарих: %Ln шоттың %L1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>apipay::Invoice</name>
    <message>
        <source>This phone number has no Kaspi account.</source>
        <translation>Бұл нөмірде Kaspi аккаунты жоқ.</translation>
    </message>
    <message>
        <source>Kaspi answered with an error.</source>
        <translation>Kaspi қатемен жауап берді.</translation>
    </message>
    <message>
        <source>The connection between ApiPay and Kaspi is not valid; reconnect Kaspi in the ApiPay dashboard.</source>
        <translation>ApiPay мен Kaspi арасындағы қосылым жарамсыз; ApiPay кабинетінде Kaspi-ді қайта қосыңыз.</translation>
    </message>
    <message>
        <source>The connection between ApiPay and Kaspi has expired; reconnect Kaspi in the ApiPay dashboard.</source>
        <translation>ApiPay мен Kaspi арасындағы қосылымның мерзімі өтті; ApiPay кабинетінде Kaspi-ді қайта қосыңыз.</translation>
    </message>
    <message>
        <source>ApiPay could not make the QR code.</source>
        <translation>ApiPay QR кодты жасай алмады.</translation>
    </message>
</context>
<context>
    <name>apipay::InvoiceActions</name>
    <message>
        <source>Ca&amp;ncel invoice…</source>
        <translation>Шотты &amp;болдырмау…</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>&amp;Қайтару…</translation>
    </message>
    <message>
        <source>Check &amp;status</source>
        <translation>&amp;Күйін тексеру</translation>
    </message>
    <message>
        <source>Ask ApiPay for the current status of the selected invoices (Ctrl+R)</source>
        <translation>Таңдалған шоттардың ағымдағы күйін ApiPay-ден сұрау (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Copy id</source>
        <translation>Нөмірді кө&amp;шіру</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV-ге &amp;экспорттау…</translation>
    </message>
    <message>
        <source>Save every invoice of the current filter as a CSV file for Excel (Ctrl+E)</source>
        <translation>Ағымдағы сүзгідегі барлық шотты Excel үшін CSV файлына сақтау (Ctrl+E)</translation>
    </message>
    <message>
        <source>Show &amp;QR</source>
        <translation>&amp;QR көрсету</translation>
    </message>
    <message>
        <source>Show the payment link as a QR code for the customer to scan</source>
        <translation>Клиент сканерлеуі үшін төлем сілтемесін QR код ретінде көрсету</translation>
    </message>
    <message>
        <source>Simulate &amp;payment</source>
        <translation>&amp;Төлемді имитациялау</translation>
    </message>
    <message>
        <source>Demo mode: pretend the customer paid this pending invoice</source>
        <translation>Демо режимі: клиент осы күтудегі шотты төледі деп есептеу</translation>
    </message>
    <message>
        <source>Cancel invoice %1?</source>
        <translation>Шот %1 болдырылмасын ба?</translation>
    </message>
    <message>
        <source>Cancel invoice %1 for %2? The customer will no longer be able to pay it.</source>
        <translation>%2 сомасына шот %1 болдырылмасын ба? Клиент оны енді төлей алмайды.</translation>
    </message>
    <message>
        <source>Cancel invoice</source>
        <translation>Шотты болдырмау</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Қалдыру</translation>
    </message>
    <message>
        <source>Cancellation of invoice %1 requested; waiting for Kaspi to confirm</source>
        <translation>Шот %1 болдырмау сұралды; Kaspi растауын күтудеміз</translation>
    </message>
    <message>
        <source>Invoice %1 cancelled</source>
        <translation>Шот %1 болдырылмады</translation>
    </message>
    <message numerus="yes">
        <source>Checked %1 of %n invoice(s); %2 changed</source>
        <translation>
            <numerusform>%n шоттың %1 тексерілді; өзгергені: %2</numerusform>
            <numerusform>%n шоттың %1 тексерілді; өзгергені: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n invoice id(s)</source>
        <translation>
            <numerusform>%n шот нөмірі көшірілді</numerusform>
            <numerusform>%n шот нөмірі көшірілді</numerusform>
        </translation>
    </message>
    <message>
        <source>Export invoices</source>
        <translation>Шоттарды экспорттау</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <source>Exporting invoices…</source>
        <translation>Шоттар экспортталуда…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Exporting invoices… %1 written</source>
        <translation>Шоттар экспортталуда… жазылды: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n invoice(s) to %1</source>
        <translation>
            <numerusform>%n шот %1 файлына экспортталды</numerusform>
            <numerusform>%n шот %1 файлына экспортталды</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written</source>
        <translation>Экспорт болдырылмады; файл жазылмады</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Болдырылмады</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Шот %1</translation>
    </message>
    <message>
        <source>The demo payment was refused: %1</source>
        <translation>Демо төлем қабылданбады: %1</translation>
    </message>
    <message>
        <source>Demo: invoice %1 paid by the simulated customer</source>
        <translation>Демо: шот %1 шартты клиентпен төленді</translation>
    </message>
    <message>
        <source>Cancel the invoice (only while it is processing or pending) (Del)</source>
        <translation>Шотты болдырмау (тек өңделіп не төлемді күтіп тұрғанда) (Del)</translation>
    </message>
    <message>
        <source>Refund all or part of a paid invoice (Ctrl+Shift+R)</source>
        <translation>Төленген шоттың барлығын не бір бөлігін қайтару (Ctrl+Shift+R)</translation>
    </message>
</context>
<context>
    <name>apipay::InvoiceDetailPane</name>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Күйі:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Сомасы:</translation>
    </message>
    <message>
        <source>Subtotal:</source>
        <translation>Аралық сома:</translation>
    </message>
    <message>
        <source>Discount:</source>
        <translation>Жеңілдік:</translation>
    </message>
    <message>
        <source>Refunded:</source>
        <translation>Қайтарылды:</translation>
    </message>
    <message>
        <source>Available for refund:</source>
        <translation>Қайтаруға болады:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Клиент:</translation>
    </message>
    <message>
        <source>Customer comment:</source>
        <translation>Клиент пікірі:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Сипаттама:</translation>
    </message>
    <message>
        <source>Order id:</source>
        <translation>Тапсырыс нөмірі:</translation>
    </message>
    <message>
        <source>Kaspi invoice:</source>
        <translation>Kaspi шоты:</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Қате:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Жасалды:</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>Төленді:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Мерзімі бітеді:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Жаңартылды:</translation>
    </message>
    <message>
        <source>Sandbox:</source>
        <translation>Тест:</translation>
    </message>
    <message>
        <source>From a subscription:</source>
        <translation>Жазылымнан:</translation>
    </message>
    <message>
        <source>Loading refunds…</source>
        <translation>Қайтарулар жүктелуде…</translation>
    </message>
    <message>
        <source>No invoice selected</source>
        <translation>Шот таңдалмаған</translation>
    </message>
    <message>
        <source>Select an invoice in the list to see its details, items and refunds.</source>
        <translation>Шоттың деректерін, тауарларын және қайтаруларын көру үшін оны тізімнен таңдаңыз.</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Шот %1</translation>
    </message>
    <message>
        <source>Could not load the invoice: %1</source>
        <translation>Шотты жүктеу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>Some fields could not be read and are shown as “—”: %1</source>
        <translation>Кейбір өрістерді оқу мүмкін болмады, олар «—» түрінде көрсетілген: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Items&lt;/b&gt;</source>
        <translation>&lt;b&gt;Тауарлар&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Тауар</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Сомасы</translation>
    </message>
    <message>
        <source>%1 (deleted from the catalog)</source>
        <translation>%1 (каталогтан жойылған)</translation>
    </message>
    <message>
        <source>%1 (catalog %2)</source>
        <translation>%1 (каталог: %2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Refunds&lt;/b&gt;</source>
        <translation>&lt;b&gt;Қайтарулар&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Could not load the refunds: %1</source>
        <translation>Қайтаруларды жүктеу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>No refunds.</source>
        <translation>Қайтарулар жоқ.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сомасы</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Internal note:</source>
        <translation>Ішкі жазба:</translation>
    </message>
    <message>
        <source>%1 (+%2 in progress)</source>
        <extracomment>Refunded total of an invoice and the part of a refund not yet completed, e.g. &quot;0.00 ₸ (+1,000.50 ₸ in progress)&quot;.</extracomment>
        <translation>%1 (+%2 өңделуде)</translation>
    </message>
    <message>
        <source>%1 (Kaspi check)</source>
        <extracomment>Customer row of an invoice not yet paid: the name of the Kaspi account of the invoice&apos;s number, as the check at the counter returned it, e.g. &quot;Ivan I. (Kaspi check)&quot;. Kaspi names the payer at payment.</extracomment>
        <translation>%1 (Kaspi тексеруі)</translation>
    </message>
    <message>
        <source>%1
%2 × %3</source>
        <comment>item name, then count × price</comment>
        <translation>%1
%2 × %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>refund date and time · status</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Қайтару</translation>
    </message>
</context>
<context>
    <name>apipay::InvoiceFilterBar</name>
    <message>
        <source>Search by id, description or order id (Ctrl+F)</source>
        <translation>Нөмір, сипаттама не тапсырыс нөмірі бойынша іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Барлық уақыт</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Кеше</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Соңғы 7 күн</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Соңғы 30 күн</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Күндерді таңдау</translation>
    </message>
    <message>
        <source>Days in the shop&apos;s time zone, both ends included</source>
        <translation>Дүкеннің уақыт белдеуі бойынша күндер, екі шеті де қоса</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Барлық күй</translation>
    </message>
    <message numerus="yes">
        <source>%n status(es)</source>
        <translation>
            <numerusform>%n күй</numerusform>
            <numerusform>%n күй</numerusform>
        </translation>
    </message>
    <message>
        <source>Paid on:</source>
        <extracomment>Before the period filter of the invoice list when it counts the day the money came in, not the day the invoice was made.</extracomment>
        <translation>Төленген күні:</translation>
    </message>
    <message>
        <source>The period counts the day each invoice was paid, as the overview&apos;s takings do</source>
        <translation>Кезең шолудағы түсім сияқты әр шоттың төленген күні бойынша есептеледі</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Күйі бойынша сүзу</translation>
    </message>
    <message>
        <source>Search: number, phone, customer, item, note, order id (Ctrl+F)</source>
        <translation>Іздеу: нөмір, телефон, клиент, тауар, ескертпе, тапсырыс (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>apipay::InvoiceNoteEditor</name>
    <message>
        <source>Edit note</source>
        <translation>Ескертпені өзгерту</translation>
    </message>
    <message>
        <source>A note only for you (not sent to the customer)</source>
        <translation>Тек сізге арналған ескертпе (сатып алушыға жіберілмейді)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>This server (API v2.0) cannot store notes.</source>
        <translation>Бұл сервер (API v2.0) ескертпелерді сақтай алмайды.</translation>
    </message>
    <message>
        <source>The connection broke while the note was being saved. Checking what ApiPay has…</source>
        <translation>Ескертпе сақталып жатқанда байланыс үзілді. ApiPay-де не сақталғанын тексерудеміз…</translation>
    </message>
    <message>
        <source>The note was not saved. Press Save to try again.</source>
        <translation>Ескертпе сақталмады. Қайталау үшін «Сақтау» түймесін басыңыз.</translation>
    </message>
    <message>
        <source>It is not known whether the note was saved (%1). Open the invoice again to see what ApiPay has.</source>
        <translation>Ескертпе сақталғаны белгісіз (%1). ApiPay-де не бар екенін көру үшін шотты қайта ашыңыз.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Ескертпе сақталды.</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <extracomment>The characters typed in the note and the most allowed, e.g. &quot;12/255&quot;.</extracomment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Saving the note…</source>
        <translation>Ескертпені сақтаудамыз…</translation>
    </message>
</context>
<context>
    <name>apipay::InvoiceReceiptBar</name>
    <message>
        <source>Getting the Kaspi receipt…</source>
        <translation>Kaspi чегін алудамыз…</translation>
    </message>
    <message>
        <source>The receipt was opened in the browser.</source>
        <translation>Чек браузерде ашылды.</translation>
    </message>
    <message>
        <source>The receipt link is on the clipboard.</source>
        <translation>Чек сілтемесі алмасу буферіне көшірілді.</translation>
    </message>
    <message>
        <source>Open receipt</source>
        <translation>Чекті ашу</translation>
    </message>
    <message>
        <source>Open the Kaspi receipt of this payment in the browser</source>
        <translation>Осы төлемнің Kaspi чегін браузерде ашу</translation>
    </message>
    <message>
        <source>Copy receipt link</source>
        <translation>Чек сілтемесін көшіру</translation>
    </message>
    <message>
        <source>Copy the link to the Kaspi receipt to send it to the customer</source>
        <translation>Сатып алушыға жіберу үшін Kaspi чегінің сілтемесін көшіру</translation>
    </message>
</context>
<context>
    <name>apipay::InvoiceStatus</name>
    <message>
        <source>Processing</source>
        <translation>Өңделуде</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>Төлемді күтуде</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>Болдырылмауда</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Төленді</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Болдырылмады</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Мерзімі өтті</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Қате</translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <translation>Ішінара қайтарылды</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Қайтарылды</translation>
    </message>
</context>
<context>
    <name>apipay::InvoiceTableModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Жасалды</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сомасы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>Тапсырыс нөмірі</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Төленді</translation>
    </message>
</context>
<context>
    <name>apipay::InvoicesPage</name>
    <message>
        <source>Invoices</source>
        <translation>Шоттар</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <source>Load the list again (F5)</source>
        <translation>Тізімді қайта жүктеу (F5)</translation>
    </message>
    <message>
        <source>Loading invoices…</source>
        <translation>Шоттар жүктелуде…</translation>
    </message>
    <message>
        <source>No invoices match these filters — change or clear the filters.</source>
        <translation>Осы сүзгілерге сәйкес шот жоқ — сүзгілерді өзгертіңіз не тазалаңыз.</translation>
    </message>
    <message>
        <source>No invoices yet — press Ctrl+N to create one.</source>
        <translation>Әзірге шот жоқ — жасау үшін Ctrl+N басыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) loaded</source>
        <translation>
            <numerusform>%n шот жүктелді</numerusform>
            <numerusform>%n шот жүктелді</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · loading…</source>
        <translation>%1 · жүктелуде…</translation>
    </message>
    <message>
        <source>%1 · scroll down for more</source>
        <translation>%1 · қалғанын көру үшін төмен айналдырыңыз</translation>
    </message>
    <message>
        <source>The list cannot be sorted by this column</source>
        <translation>Тізімді бұл баған бойынша сұрыптау мүмкін емес</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln шот</numerusform>
            <numerusform>%Ln шот</numerusform>
        </translation>
    </message>
    <message>
        <source>The invoices could not be loaded. %1 F5 loads them again.</source>
        <translation>Шоттарды жүктеу мүмкін болмады. %1 F5 — қайта жүктеу.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a period of days</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>paid on %1</source>
        <comment>the invoices shown were paid on these days</comment>
        <translation>төленген күні %1</translation>
    </message>
    <message>
        <source>made on %1 (the history on this computer is still being read, so the day of payment cannot be used yet)</source>
        <translation>жасалған күні %1 (осы компьютердегі тарих әлі жүктелуде, сондықтан төлем күнін әзірге пайдалану мүмкін емес)</translation>
    </message>
    <message>
        <source>made on %1</source>
        <comment>the invoices shown were made on these days</comment>
        <translation>жасалған күні %1</translation>
    </message>
    <message>
        <source>status: %1</source>
        <comment>the statuses of the invoices shown</comment>
        <translation>күйі: %1</translation>
    </message>
</context>
<context>
    <name>apipay::KaspiClientHint</name>
    <message>
        <source>This number has Kaspi</source>
        <translation>Бұл нөмірде Kaspi бар</translation>
    </message>
    <message>
        <source>Kaspi: %1</source>
        <translation>Kaspi: %1</translation>
    </message>
    <message>
        <source>This number has no Kaspi account — the customer will not receive the invoice</source>
        <translation>Бұл нөмірде Kaspi аккаунты жоқ — сатып алушы шотты алмайды</translation>
    </message>
    <message>
        <source>Could not check this number now</source>
        <translation>Бұл нөмірді қазір тексеру мүмкін болмады</translation>
    </message>
    <message>
        <source>Not checked: too many numbers checked in the last minute</source>
        <translation>Тексерілмеді: соңғы минутта тым көп нөмір тексерілді</translation>
    </message>
</context>
<context>
    <name>apipay::MainWindow</name>
    <message>
        <source>No API key</source>
        <translation>API кілті жоқ</translation>
    </message>
    <message>
        <source>Enter the API key of “%1” in Settings to load your invoices.</source>
        <translation>Шоттарды жүктеу үшін баптауларда «%1» дүкенінің API кілтін енгізіңіз.</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Баптауларды ашу</translation>
    </message>
    <message>
        <source>ApiPay Desk</source>
        <translation>ApiPay Desk</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Бөлімдер</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <source>&amp;New invoice</source>
        <translation>&amp;Жаңа шот</translation>
    </message>
    <message>
        <source>&amp;About ApiPay Desk</source>
        <translation>ApiPay Desk &amp;туралы</translation>
    </message>
    <message>
        <source>Wrong API key</source>
        <translation>API кілті қате</translation>
    </message>
    <message>
        <source>The server refused the API key. Check the key in Settings.</source>
        <translation>Сервер API кілтін қабылдамады. Кілтті баптауларда тексеріңіз.</translation>
    </message>
    <message>
        <source>The system keychain cannot be used</source>
        <translation>Жүйелік кілттер қоймасын пайдалану мүмкін емес</translation>
    </message>
    <message>
        <source>The API key cannot be read</source>
        <translation>API кілтін оқу мүмкін емес</translation>
    </message>
    <message>
        <source>Enter the API key of “%1” in Settings to work now.</source>
        <translation>Жұмысты жалғастыру үшін баптауларда «%1» дүкенінің API кілтін енгізіңіз.</translation>
    </message>
    <message>
        <source>Ctrl+1 to Ctrl+8 open the sections directly.</source>
        <translation>Ctrl+1 … Ctrl+8 бөлімдерді тікелей ашады.</translation>
    </message>
</context>
<context>
    <name>apipay::MessageBanner</name>
    <message>
        <source>Retry</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Хабарды жабу</translation>
    </message>
</context>
<context>
    <name>apipay::Money</name>
    <message>
        <source>Enter an amount.</source>
        <translation>Соманы енгізіңіз.</translation>
    </message>
    <message>
        <source>This is not an amount. Use digits and one decimal separator, e.g. 15000 or 15000,50.</source>
        <translation>Бұл сома емес. Сандар мен бір ондық бөлгішті пайдаланыңыз, мысалы 15000 не 15000,50.</translation>
    </message>
    <message>
        <source>At most two digits after the decimal separator (tiyn).</source>
        <translation>Ондық бөлгіштен кейін екі цифрдан аспауы керек (тиын).</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Сома теріс болмауы керек.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Сома тым үлкен.</translation>
    </message>
    <message>
        <source>The amount is not a finite number.</source>
        <translation>Сома шектеулі сан емес.</translation>
    </message>
    <message>
        <source>The amount is neither a number nor text.</source>
        <translation>Сома сан да, мәтін де емес.</translation>
    </message>
</context>
<context>
    <name>apipay::MoneyLineEdit</name>
    <message>
        <source>Enter an amount.</source>
        <translation>Соманы енгізіңіз.</translation>
    </message>
    <message>
        <source>The amount must be at least %1.</source>
        <translation>Сома кемінде %1 болуы керек.</translation>
    </message>
    <message>
        <source>The amount must not exceed %1.</source>
        <translation>Сома %1-ден аспауы керек.</translation>
    </message>
</context>
<context>
    <name>apipay::OfflineBanner</name>
    <message>
        <source>Not available offline — the server cannot be reached</source>
        <translation>Байланыссыз қолжетімсіз — сервер жауап бермейді</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Байланыс жоқ</translation>
    </message>
    <message>
        <source>Offline — history as of %1</source>
        <translation>Байланыс жоқ — тарих %1 күйінде</translation>
    </message>
    <message>
        <source>Everything stored on this computer stays readable. Creating, cancelling and refunding wait until the server answers again.</source>
        <translation>Осы компьютерде сақталғанның бәрін қарауға болады. Жасау, болдырмау және қайтару сервер қайта жауап бергенше күтеді.</translation>
    </message>
</context>
<context>
    <name>apipay::OverviewCard</name>
    <message>
        <source>This week</source>
        <translation>Осы апта</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Осы ай</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <source>last week</source>
        <translation>өткен апта</translation>
    </message>
    <message>
        <source>last month</source>
        <translation>өткен ай</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>кеше</translation>
    </message>
    <message>
        <source>Takings</source>
        <translation>Түсім</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Қайтарулар</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Таза</translation>
    </message>
    <message>
        <source>Paid invoices</source>
        <translation>Төленген шоттар</translation>
    </message>
    <message>
        <source>Average ticket</source>
        <translation>Орташа чек</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>change in percent</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <comment>yesterday until 5 Dec 10:30</comment>
        <translation>%1, %2 дейін</translation>
    </message>
    <message>
        <source>Open the refunds made this week</source>
        <translation>Осы аптадағы қайтаруларды ашу</translation>
    </message>
    <message>
        <source>Open the refunds made this month</source>
        <translation>Осы айдағы қайтаруларды ашу</translation>
    </message>
    <message>
        <source>Open the refunds made today</source>
        <translation>Бүгінгі қайтаруларды ашу</translation>
    </message>
    <message>
        <source>Open the invoices paid this week</source>
        <translation>Осы аптада төленген шоттарды ашу</translation>
    </message>
    <message>
        <source>Open the invoices paid this month</source>
        <translation>Осы айда төленген шоттарды ашу</translation>
    </message>
    <message>
        <source>Open the invoices paid today</source>
        <translation>Бүгін төленген шоттарды ашу</translation>
    </message>
    <message>
        <source>%1 · so far: the history is still loading</source>
        <translation>%1 · әзірге толық емес: тарих әлі жүктелуде</translation>
    </message>
    <message>
        <source>%1: the history on this computer does not reach back that far yet; the comparison appears once it does.</source>
        <translation>%1: осы компьютердегі тарих әлі соншалықты алысқа жүктелген жоқ; салыстыру жүктелгенде шығады.</translation>
    </message>
</context>
<context>
    <name>apipay::OverviewChart</name>
    <message>
        <source>30 days</source>
        <translation>30 күн</translation>
    </message>
    <message>
        <source>Net takings per day over the last 30 days</source>
        <translation>Соңғы 30 күндегі күн сайынғы таза түсім</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>12 ай</translation>
    </message>
    <message>
        <source>Net takings per month over the last 12 months</source>
        <translation>Соңғы 12 айдағы ай сайынғы таза түсім</translation>
    </message>
    <message>
        <source>Net takings chart</source>
        <translation>Таза түсім графигі</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Net takings per month, %1</source>
        <translation>Ай сайынғы таза түсім, %1</translation>
    </message>
    <message>
        <source>Net takings per day, %1</source>
        <translation>Күн сайынғы таза түсім, %1</translation>
    </message>
    <message>
        <source>Net takings</source>
        <translation>Таза түсім</translation>
    </message>
    <message>
        <source>Grey bars are not complete yet: the history is still loading</source>
        <translation>Сұр бағандар әлі толық емес: тарих әлі жүктеліп жатыр</translation>
    </message>
    <message>
        <source>Not complete yet</source>
        <translation>Әлі толық емес</translation>
    </message>
</context>
<context>
    <name>apipay::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Шолу</translation>
    </message>
    <message>
        <source>End-of-day report…</source>
        <translation>Күн соңындағы есеп…</translation>
    </message>
    <message>
        <source>Print or save as PDF the takings, invoices and refunds of a day</source>
        <translation>Күннің түсімін, шоттары мен қайтаруларын басып шығару немесе PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>Best sellers</source>
        <translation>Ең көп сатылатындар</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Осы апта</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Осы ай</translation>
    </message>
    <message>
        <source>Best sellers of</source>
        <translation>Ең көп сатылатындар:</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Тауар</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сома</translation>
    </message>
    <message>
        <source>History is being read from the server…</source>
        <translation>Тарих серверден оқылуда…</translation>
    </message>
    <message>
        <source>No history on this computer yet</source>
        <translation>Бұл компьютерде әлі тарих жоқ</translation>
    </message>
    <message>
        <source>Waiting for payment now: %1</source>
        <translation>Қазір төлем күтуде: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n sold line(s) left out: their price or quantity could not be read.</source>
        <translation>
            <numerusform>%n сатылған жол есепке алынбады: бағасы не саны оқылмады.</numerusform>
            <numerusform>%n сатылған жол есепке алынбады: бағасы не саны оқылмады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Server: %n paid · %1</source>
        <translation>
            <numerusform>Сервер: %n төленді · %1</numerusform>
            <numerusform>Сервер: %n төленді · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s figures differ from this computer&apos;s: the history is still syncing.</source>
        <translation>Сервердің сандары осы компьютердегіден өзгеше: тарих әлі жүктелуде.</translation>
    </message>
    <message>
        <source>The server&apos;s figures differ from this computer&apos;s: payments arrived after the last sync.</source>
        <translation>Сервердің сандары осы компьютердегіден өзгеше: соңғы синхрондаудан кейін төлемдер келді.</translation>
    </message>
    <message>
        <source>The server&apos;s figures differ from this computer&apos;s.</source>
        <translation>Сервердің сандары осы компьютердегіден өзгеше.</translation>
    </message>
    <message>
        <source>No history on this computer yet, and the server did not answer: %1</source>
        <translation>Осы компьютерде әлі тарих жоқ, ал сервер жауап бермеді: %1</translation>
    </message>
    <message>
        <source>Cannot reach the server — the history will load when the connection is back.</source>
        <translation>Сервермен байланыс жоқ — байланыс қалпына келгенде тарих жүктеледі.</translation>
    </message>
    <message>
        <source>The history cannot be read from the server right now — it will load when the server answers again. %1</source>
        <translation>Тарихты қазір серверден алу мүмкін емес — сервер қайта жауап бергенде жүктеледі. %1</translation>
    </message>
    <message>
        <source>Open the invoices waiting for payment</source>
        <translation>Төлем күтіп тұрған шоттарды ашу</translation>
    </message>
    <message>
        <source>Overview: waiting for payment now</source>
        <translation>Шолу: қазір төлем күтуде</translation>
    </message>
    <message>
        <source>Overview: paid this week</source>
        <translation>Шолу: осы аптада төленді</translation>
    </message>
    <message>
        <source>Overview: paid this month</source>
        <translation>Шолу: осы айда төленді</translation>
    </message>
    <message>
        <source>Overview: paid today</source>
        <translation>Шолу: бүгін төленді</translation>
    </message>
    <message>
        <source>This run keeps no history on this computer: its API key was given for this run only (APIPAY_API_KEY). Shops added in Settings keep their history here.</source>
        <translation>Бұл іске қосуда тарих компьютерде сақталмайды: API кілті тек осы іске қосуға берілген (APIPAY_API_KEY). «Баптауларда» қосылған дүкендер өз тарихын осында сақтайды.</translation>
    </message>
    <message>
        <source>The server did not answer: %1</source>
        <translation>Сервер жауап бермеді: %1</translation>
    </message>
    <message>
        <source>(as of %1)</source>
        <translation>(%1 бойынша)</translation>
    </message>
    <message>
        <source>Today&apos;s paid invoices as the server counts them. F5 reads them again.</source>
        <translation>Бүгін төленген шоттар сервер деректері бойынша. F5 — қайта оқу.</translation>
    </message>
</context>
<context>
    <name>apipay::PagedCsvExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>Export stopped at page %1: %2</source>
        <translation>Экспорт %1-бетте тоқтады: %2</translation>
    </message>
</context>
<context>
    <name>apipay::PaymentNotifier</name>
    <message>
        <source>Invoice %1 was paid: %2</source>
        <translation>Шот %1 төленді: %2</translation>
    </message>
    <message>
        <source>Invoice %1 was paid.</source>
        <translation>Шот %1 төленді.</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Төлем түсті</translation>
    </message>
    <message>
        <source>Invoice %1 expired without payment.</source>
        <translation>Шот %1 төленбей мерзімі өтті.</translation>
    </message>
    <message>
        <source>Invoice %1 was cancelled.</source>
        <translation>Шот %1 болдырылмады.</translation>
    </message>
    <message>
        <source>Invoice %1 could not be delivered to Kaspi.</source>
        <translation>Шот %1 Kaspi-ге жеткізілмеді.</translation>
    </message>
    <message>
        <source>Invoice %1 could not be delivered to Kaspi: %2</source>
        <translation>Шот %1 Kaspi-ге жеткізілмеді: %2</translation>
    </message>
    <message>
        <source>Invoice %1 is now %2.</source>
        <translation>Шот %1 енді: %2.</translation>
    </message>
    <message>
        <source>Invoice ended</source>
        <translation>Шот аяқталды</translation>
    </message>
</context>
<context>
    <name>apipay::PhoneNumber</name>
    <message>
        <source>Enter the customer&apos;s phone number.</source>
        <translation>Клиенттің телефон нөмірін енгізіңіз.</translation>
    </message>
    <message>
        <source>A phone number may contain only digits, spaces, brackets and dashes.</source>
        <translation>Телефон нөмірінде тек сандар, бос орындар, жақшалар және сызықшалар болуы мүмкін.</translation>
    </message>
    <message>
        <source>A Kazakhstan number has 10 digits after +7, e.g. +7 700 123 45 67.</source>
        <translation>Қазақстан нөмірінде +7-ден кейін 10 цифр болады, мысалы +7 700 123 45 67.</translation>
    </message>
    <message>
        <source>The number must start with +7 or 8, e.g. +7 700 123 45 67.</source>
        <translation>Нөмір +7 не 8-ден басталуы керек, мысалы +7 700 123 45 67.</translation>
    </message>
    <message>
        <source>This is not a Kazakhstan mobile number; Kaspi may not find the customer.</source>
        <translation>Бұл Қазақстанның ұялы нөмірі емес; Kaspi клиентті таппауы мүмкін.</translation>
    </message>
</context>
<context>
    <name>apipay::QrCode</name>
    <message>
        <source>There is nothing to encode: the QR content is empty.</source>
        <translation>Кодтайтын ештеңе жоқ: QR мазмұны бос.</translation>
    </message>
    <message>
        <source>The text is too long for a QR code (%1 bytes; at most 2953 fit).</source>
        <translation>Мәтін QR код үшін тым ұзын (%1 байт; ең көбі 2953 сыяды).</translation>
    </message>
    <message>
        <source>Low (7 %)</source>
        <translation>Төмен (7 %)</translation>
    </message>
    <message>
        <source>Medium (15 %)</source>
        <translation>Орташа (15 %)</translation>
    </message>
    <message>
        <source>Quartile (25 %)</source>
        <translation>Квартиль (25 %)</translation>
    </message>
    <message>
        <source>High (30 %)</source>
        <translation>Жоғары (30 %)</translation>
    </message>
</context>
<context>
    <name>apipay::QrCountdown</name>
    <message>
        <source>Expired</source>
        <translation>Мерзімі өтті</translation>
    </message>
    <message>
        <source>Expires in %1</source>
        <translation>%1 кейін мерзімі бітеді</translation>
    </message>
</context>
<context>
    <name>apipay::QrCounterInput</name>
    <message>
        <source>Enter the amount.</source>
        <translation>Соманы енгізіңіз.</translation>
    </message>
    <message>
        <source>By a&amp;mount</source>
        <translation>&amp;Сома бойынша</translation>
    </message>
    <message>
        <source>From the ca&amp;talog</source>
        <translation>&amp;Каталогтан</translation>
    </message>
    <message>
        <source>&amp;Amount, ₸:</source>
        <translation>С&amp;ома, ₸:</translation>
    </message>
    <message>
        <source>Show QR</source>
        <translation>QR көрсету</translation>
    </message>
    <message>
        <source>Create a Kaspi QR invoice for this amount or cart (Enter)</source>
        <translation>Осы сомаға немесе себетке Kaspi QR шотын жасау (Enter)</translation>
    </message>
</context>
<context>
    <name>apipay::QrCounterPanel</name>
    <message>
        <source>The server no longer knows this QR invoice.</source>
        <translation>Сервер бұл QR шотты енді білмейді.</translation>
    </message>
    <message>
        <source>The QR picture could not be loaded from the server.</source>
        <translation>QR суретін серверден жүктеу мүмкін болмады.</translation>
    </message>
    <message>
        <source>Cancel invoice</source>
        <translation>Шотты болдырмау</translation>
    </message>
    <message>
        <source>New QR</source>
        <translation>Жаңа QR</translation>
    </message>
    <message>
        <source>Next customer</source>
        <translation>Келесі клиент</translation>
    </message>
    <message>
        <source>Simulate payment (demo)</source>
        <translation>Төлемді имитациялау (демо)</translation>
    </message>
    <message>
        <source>Type the amount and press Enter</source>
        <translation>Соманы теріп, Enter басыңыз</translation>
    </message>
    <message>
        <source>Creating the QR invoice…</source>
        <translation>QR шот жасалуда…</translation>
    </message>
    <message>
        <source>The answer was lost. Checking whether the QR invoice was created…</source>
        <translation>Жауап жоғалды. QR шот жасалғанын тексерудеміз…</translation>
    </message>
    <message>
        <source>The QR invoice was not created. Press Enter to try again.</source>
        <translation>QR шот жасалмады. Қайталау үшін Enter басыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>Too many QR invoices this minute. Try again in %n second(s).</source>
        <translation>
            <numerusform>Осы минутта QR шоттар тым көп. %n секундтан кейін қайталаңыз.</numerusform>
            <numerusform>Осы минутта QR шоттар тым көп. %n секундтан кейін қайталаңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>A QR invoice cannot be cancelled; it stops at %1.</source>
        <translation>QR шотты болдырмау мүмкін емес; ол %1 уақытта тоқтайды.</translation>
    </message>
    <message>
        <source>The demo payment was refused: %1</source>
        <translation>Демо төлем қабылданбады: %1</translation>
    </message>
    <message>
        <source>its expiry time</source>
        <translation>мерзімі біткен уақытта</translation>
    </message>
    <message>
        <source>Paid ✓</source>
        <translation>Төленді ✓</translation>
    </message>
    <message>
        <source>The QR invoice expired without payment.</source>
        <translation>QR шоттың мерзімі төлемсіз бітті.</translation>
    </message>
    <message>
        <source>The customer cancelled the payment in the Kaspi app.</source>
        <translation>Сатып алушы төлемді Kaspi қолданбасында болдырмады.</translation>
    </message>
    <message>
        <source>Kaspi could not take this payment.</source>
        <translation>Kaspi бұл төлемді қабылдай алмады.</translation>
    </message>
    <message>
        <source>Kaspi could not take this payment: %1</source>
        <translation>Kaspi бұл төлемді қабылдай алмады: %1</translation>
    </message>
    <message>
        <source>Waiting for the customer to scan and pay…</source>
        <translation>Сатып алушының сканерлеп, төлеуін күтудеміз…</translation>
    </message>
    <message>
        <source>Time is up — waiting for Kaspi&apos;s final answer</source>
        <translation>Уақыт бітті — Kaspi-дің соңғы жауабын күтудеміз</translation>
    </message>
    <message>
        <source>%1 left to scan (until %2)</source>
        <translation>Сканерлеуге %1 қалды (%2 дейін)</translation>
    </message>
    <message>
        <source>Loading the QR code…</source>
        <translation>QR коды жүктелуде…</translation>
    </message>
    <message>
        <source>No QR code to show</source>
        <translation>Көрсететін QR коды жоқ</translation>
    </message>
    <message>
        <source>Could not check whether the QR invoice was created: %1 Press Enter to check again, or Esc to set this sale aside.</source>
        <translation>QR шот жасалғанын тексеру мүмкін болмады: %1 Қайта тексеру үшін Enter, бұл сатуды кейінге қалдыру үшін Esc басыңыз.</translation>
    </message>
    <message>
        <source>Type the amount and press Enter
The QR will also show on the customer screen</source>
        <translation>Соманы теріп, Enter басыңыз
QR сатып алушы экранында да көрсетіледі</translation>
    </message>
    <message>
        <source>Type the amount and press Enter
The QR will also fill this screen for the customer (Esc closes it)</source>
        <translation>Соманы теріп, Enter басыңыз
QR сатып алушы үшін осы экранды толық алады (Esc жабады)</translation>
    </message>
    <message>
        <source>Enter makes a new QR for %1. The QR shown, for %2, can still be paid until %3.</source>
        <extracomment>QR counter: the cashier typed another amount while a QR waits to be scanned, e.g. &quot;Enter makes a new QR for 7,000.00 ₸. The QR shown, for 5,000.00 ₸, can still be paid until 16:52.&quot;</extracomment>
        <translation>Enter %1 сомасына жаңа QR жасайды. Көрсетілген %2 QR-ын %3 дейін төлеуге болады.</translation>
    </message>
</context>
<context>
    <name>apipay::QrDetailsPanel</name>
    <message>
        <source>Amount:</source>
        <translation>Сомасы:</translation>
    </message>
    <message>
        <source>Payment request ID:</source>
        <translation>Төлем сұрауының ID:</translation>
    </message>
    <message>
        <source>Payment ID:</source>
        <translation>Төлем ID:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Күйі:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Мерзімі бітеді:</translation>
    </message>
</context>
<context>
    <name>apipay::QrExporter</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 сақтау мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>There is no QR code to save.</source>
        <translation>Сақтайтын QR код жоқ.</translation>
    </message>
    <message>
        <source>Could not encode the PNG image.</source>
        <translation>PNG суретін кодтау мүмкін болмады.</translation>
    </message>
    <message>
        <source>There is no QR code to print.</source>
        <translation>Басып шығаратын QR код жоқ.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Принтерді іске қосу мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>apipay::QrFileActions</name>
    <message>
        <source>Open Antom pay response</source>
        <translation>Antom төлем жауабын ашу</translation>
    </message>
    <message>
        <source>JSON or text (*.json *.txt)</source>
        <translation>JSON не мәтін (*.json *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Save QR code as PNG</source>
        <translation>QR кодты PNG ретінде сақтау</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG суреті (*.png)</translation>
    </message>
    <message>
        <source>Save QR code as SVG</source>
        <translation>QR кодты SVG ретінде сақтау</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG суреті (*.svg)</translation>
    </message>
</context>
<context>
    <name>apipay::QrInvoiceRequest</name>
    <message>
        <source>Enter an amount or add items from the catalog.</source>
        <translation>Соманы енгізіңіз немесе каталогтан тауар қосыңыз.</translation>
    </message>
    <message>
        <source>The amount must be between 0.01 and 99 999 999.99 ₸.</source>
        <translation>Сома 0,01 мен 99 999 999,99 ₸ аралығында болуы керек.</translation>
    </message>
    <message>
        <source>A QR invoice takes at most 100 cart lines.</source>
        <translation>QR шотта себеттің ең көбі 100 жолы болады.</translation>
    </message>
    <message>
        <source>The description may have at most 100 characters: it becomes the line on the Kaspi receipt.</source>
        <translation>Сипаттамада ең көбі 100 таңба болуы мүмкін: ол Kaspi чегіндегі жолға айналады.</translation>
    </message>
    <message>
        <source>The note may have at most 255 characters.</source>
        <translation>Ескертпеде ең көбі 255 таңба болуы мүмкін.</translation>
    </message>
    <message>
        <source>The order ID may have at most 191 characters.</source>
        <translation>Тапсырыс нөмірінде ең көбі 191 таңба болуы мүмкін.</translation>
    </message>
    <message>
        <source>The discount must be between 1 and 99 %.</source>
        <translation>Жеңілдік 1 мен 99 % аралығында болуы керек.</translation>
    </message>
</context>
<context>
    <name>apipay::QrPage</name>
    <message>
        <source>QR code saved to %1</source>
        <translation>QR код %1 ішіне сақталды</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR код</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Қою</translation>
    </message>
    <message>
        <source>Paste an Antom pay response, a codeValue or a URL (Ctrl+V)</source>
        <translation>Antom төлем жауабын, codeValue не URL қою (Ctrl+V)</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Файлды ашу…</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>PNG сақтау…</translation>
    </message>
    <message>
        <source>Save SVG…</source>
        <translation>SVG сақтау…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <source> cm</source>
        <translation> см</translation>
    </message>
    <message>
        <source>Printed size of the code, quiet zone included</source>
        <translation>Басылған кодтың өлшемі, бос аймақты қоса</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Сатып алушы экраны</translation>
    </message>
    <message>
        <source>No QR code yet.
Paste an Antom pay response with Ctrl+V, drop a file here, or open an invoice&apos;s payment link.</source>
        <translation>Әзірге QR код жоқ.
Antom төлем жауабын Ctrl+V арқылы қойыңыз, файлды осында сүйреп әкеліңіз немесе шоттың төлем сілтемесін ашыңыз.</translation>
    </message>
    <message>
        <source>Kaspi payment via Antom</source>
        <translation>Antom арқылы Kaspi төлемі</translation>
    </message>
    <message>
        <source>Imported code</source>
        <translation>Импортталған код</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 ашу мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>%1 is too large for an Antom pay response (more than 1 MiB).</source>
        <translation>%1 Antom төлем жауабы үшін тым үлкен (1 МиБ-тан асады).</translation>
    </message>
    <message>
        <source>No QR code</source>
        <translation>QR коды жоқ</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Шот %1</translation>
    </message>
    <message>
        <source>Paid ✓</source>
        <translation>Төленді ✓</translation>
    </message>
    <message>
        <source>The clipboard holds neither text nor a file.</source>
        <translation>Алмасу буферінде мәтін де, файл да жоқ.</translation>
    </message>
    <message>
        <source>The Kaspi app link is on the clipboard.</source>
        <translation>Kaspi қосымшасына арналған сілтеме алмасу буферіне көшірілді.</translation>
    </message>
    <message>
        <source>The web payment link is on the clipboard.</source>
        <translation>Төлем бетінің сілтемесі алмасу буферіне көшірілді.</translation>
    </message>
    <message>
        <source>Copy app link</source>
        <translation>Қосымша сілтемесін көшіру</translation>
    </message>
    <message>
        <source>The link that opens this payment in the Kaspi app on a phone (Antom’s applinkUrl)</source>
        <translation>Бұл төлемді телефондағы Kaspi қосымшасында ашатын сілтеме (Antom жауабындағы applinkUrl)</translation>
    </message>
    <message>
        <source>Copy web link</source>
        <translation>Веб-сілтемені көшіру</translation>
    </message>
    <message>
        <source>The link to this payment’s page in a browser (Antom’s normalUrl)</source>
        <translation>Бұл төлемнің браузердегі бетінің сілтемесі (Antom жауабындағы normalUrl)</translation>
    </message>
    <message>
        <source>Paste (Ctrl+V), drop or open the answer Antom gave for a Kaspi payment (a JSON file or text): the QR code is drawn from it. The code on its own, or a payment link, works too.</source>
        <translation>Kaspi арқылы төлемге Antom берген жауапты (JSON файлы немесе мәтін) қойыңыз (Ctrl+V), сүйреп әкеліңіз немесе ашыңыз: QR-код соның бойынша салынады. Кодтың өзі немесе төлем сілтемесі де жарайды.</translation>
    </message>
</context>
<context>
    <name>apipay::QrWidget</name>
    <message>
        <source>Payment QR code</source>
        <translation>Төлемге арналған QR код</translation>
    </message>
    <message>
        <source>Too small to show the QR code</source>
        <translation>QR кодты көрсетуге орын тым аз</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Мерзімі өтті</translation>
    </message>
    <message>
        <source>Paid ✓</source>
        <translation>Төленді ✓</translation>
    </message>
</context>
<context>
    <name>apipay::QtKeychainSecretStore</name>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>Жүйелік кілттер қоймасы уақытында жауап бермеді.</translation>
    </message>
</context>
<context>
    <name>apipay::ReceiptFetcher</name>
    <message>
        <source>Not connected to ApiPay.</source>
        <translation>ApiPay-ге қосылмаған.</translation>
    </message>
    <message>
        <source>Kaspi is preparing the receipt…</source>
        <translation>Kaspi чекті дайындауда…</translation>
    </message>
    <message numerus="yes">
        <source>Too many receipt requests: asking again in %n second(s).</source>
        <translation>
            <numerusform>Чек сұраулары тым көп: %n секундтан кейін қайта сұраймыз.</numerusform>
            <numerusform>Чек сұраулары тым көп: %n секундтан кейін қайта сұраймыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kaspi did not return the receipt: asking again in a minute.</source>
        <translation>Kaspi чекті қайтармады: бір минуттан кейін қайта сұраймыз.</translation>
    </message>
    <message numerus="yes">
        <source>The Kaspi receipt is still not ready after %n minute(s). Try again later.</source>
        <translation>
            <numerusform>Kaspi чегі %n минуттан кейін де дайын емес. Кейінірек қайталаңыз.</numerusform>
            <numerusform>Kaspi чегі %n минуттан кейін де дайын емес. Кейінірек қайталаңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Kaspi receipt is available only for paid invoices.</source>
        <translation>Kaspi чегі тек төленген шоттарға бар.</translation>
    </message>
    <message>
        <source>The Kaspi cashier session has expired: reconnect the cashier in the ApiPay dashboard, then try again.</source>
        <translation>Kaspi кассирінің сессиясы бітті: ApiPay кабинетінде кассирді қайта қосып, қайталаңыз.</translation>
    </message>
    <message>
        <source>The Kaspi cashier is unavailable right now. Try again in a few minutes.</source>
        <translation>Kaspi кассирі қазір қолжетімсіз. Бірнеше минуттан кейін қайталаңыз.</translation>
    </message>
    <message>
        <source>This ApiPay server gives no Kaspi receipt for this invoice.</source>
        <translation>Бұл ApiPay сервері осы шотқа Kaspi чегін бермейді.</translation>
    </message>
</context>
<context>
    <name>apipay::Refund</name>
    <message>
        <source>Queued</source>
        <translation>Кезекте</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Өңделуде</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Сәтсіз</translation>
    </message>
    <message>
        <source>A program (API)</source>
        <translation>Бағдарлама (API)</translation>
    </message>
    <message>
        <source>ApiPay dashboard</source>
        <translation>ApiPay кабинеті</translation>
    </message>
    <message>
        <source>ApiPay automatically</source>
        <translation>ApiPay автоматты түрде</translation>
    </message>
    <message>
        <source>The customer has to confirm this refund in the Kaspi app; until they do, no money goes back.</source>
        <translation>Сатып алушы бұл қайтаруды Kaspi қолданбасында растауы керек; растамайынша ақша қайтпайды.</translation>
    </message>
</context>
<context>
    <name>apipay::RefundDetailPanel</name>
    <message>
        <source>Refund %1</source>
        <translation>Қайтару %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Шот %1</translation>
    </message>
    <message>
        <source>fully refunded</source>
        <translation>толық қайтарылды</translation>
    </message>
    <message>
        <source>Returned items</source>
        <translation>Қайтарылған тауарлар</translation>
    </message>
    <message>
        <source>Amount refund (no items returned)</source>
        <translation>Сома бойынша қайтару (тауарлар қайтарылмады)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сомасы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Жасалды</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Initiated by</source>
        <translation>Бастамашы</translation>
    </message>
    <message>
        <source>Kaspi refund ID</source>
        <translation>Kaspi қайтару ID</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Қате</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Шот</translation>
    </message>
    <message>
        <source>Invoice totals</source>
        <translation>Шот қорытындысы</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Тауар</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Баға</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>&amp;Open invoice</source>
        <translation>Шотты &amp;ашу</translation>
    </message>
    <message>
        <source>Open the invoice of this refund</source>
        <translation>Осы қайтарудың шотын ашу</translation>
    </message>
    <message>
        <source>Amount %1
refunded %2</source>
        <translation>Сомасы %1
қайтарылды %2</translation>
    </message>
    <message>
        <source>No refund selected</source>
        <translation>Қайтару таңдалмаған</translation>
    </message>
    <message>
        <source>Select a refund in the list to see its invoice, amount, reason and who made it.</source>
        <translation>Шотын, сомасын, себебін және кім жасағанын көру үшін қайтаруды тізімнен таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>apipay::RefundDialog</name>
    <message>
        <source>Refund invoice %1</source>
        <translation>Шот %1 бойынша қайтару</translation>
    </message>
    <message>
        <source>&amp;Full refund of the remaining amount</source>
        <translation>Қалған соманы &amp;толық қайтару</translation>
    </message>
    <message>
        <source>&amp;Partial refund of an amount</source>
        <translation>Соманы &amp;ішінара қайтару</translation>
    </message>
    <message>
        <source>Return &amp;items</source>
        <translation>Т&amp;ауарларды қайтару</translation>
    </message>
    <message>
        <source>e.g. 5000 or 5000,50</source>
        <translation>мысалы, 5000 не 5000,50</translation>
    </message>
    <message>
        <source>&amp;Amount, ₸:</source>
        <translation>С&amp;ома, ₸:</translation>
    </message>
    <message>
        <source>&amp;Reason (optional):</source>
        <translation>С&amp;ебебі (міндетті емес):</translation>
    </message>
    <message>
        <source>Send refund</source>
        <translation>Қайтаруды жіберу</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Тауар</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Баға</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Сатып алынды</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Қайтарылды</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Қайтару</translation>
    </message>
    <message>
        <source>This item was deleted from the catalog; refund it by amount instead.</source>
        <translation>Бұл тауар каталогтан жойылған; оны сома бойынша қайтарыңыз.</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation>Себеп %1 таңбадан ұзын.</translation>
    </message>
    <message>
        <source>Nothing is left to refund on this invoice.</source>
        <translation>Бұл шот бойынша қайтаратын ештеңе қалмады.</translation>
    </message>
    <message>
        <source>Enter the amount to refund.</source>
        <translation>Қайтару сомасын енгізіңіз.</translation>
    </message>
    <message>
        <source>The amount must be at least 0.01 ₸.</source>
        <translation>Сома кемінде 0,01 ₸ болуы керек.</translation>
    </message>
    <message>
        <source>At most %1 can be refunded.</source>
        <translation>%1-ден артық қайтаруға болмайды.</translation>
    </message>
    <message>
        <source>Choose how many of which items are returned.</source>
        <translation>Қай тауардың қаншасы қайтарылатынын таңдаңыз.</translation>
    </message>
    <message>
        <source>Invoice %1 · paid %2 · refunded %3 · &lt;b&gt;available for refund %4&lt;/b&gt;</source>
        <translation>Шот %1 · төленді %2 · қайтарылды %3 · &lt;b&gt;қайтаруға болады %4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>At most %1</source>
        <translation>Ең көбі %1</translation>
    </message>
    <message>
        <source>Items to return: about %1 (the service computes the exact amount)</source>
        <translation>Қайтарылатын тауарлар: шамамен %1 (нақты соманы сервис есептейді)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Sending the refund…</source>
        <translation>Қайтару жіберілуде…</translation>
    </message>
    <message>
        <source>Refund of %1 for invoice %2 queued</source>
        <translation>Шот %2 бойынша %1 қайтару кезекке қойылды</translation>
    </message>
    <message>
        <source>The answer to the refund was lost (%1). Checking this invoice&apos;s refunds before anything is sent again…</source>
        <translation>Қайтаруға жауап жоғалды (%1). Қайта жібермес бұрын осы шоттың қайтарулары тексерілуде…</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Қайта жіберу</translation>
    </message>
    <message numerus="yes">
        <source>The refund reached the service: the invoice now has %n refund(s). Nothing was sent twice.</source>
        <translation>
            <numerusform>Қайтару сервиске жетті: енді шотта %n қайтару бар. Ештеңе екі рет жіберілмеді.</numerusform>
            <numerusform>Қайтару сервиске жетті: енді шотта %n қайтару бар. Ештеңе екі рет жіберілмеді.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Unreadable price: ApiPay sent %1, more than any invoice can be. It is not counted.</source>
        <translation>Оқылмайтын баға: ApiPay %1 жіберді — бұл кез келген шоттан көп. Ол есептелмейді.</translation>
    </message>
    <message>
        <source>Items to return: at least %1; some prices are unreadable (shown as “—”) and not counted. The service computes the exact amount.</source>
        <translation>Қайтарылатын тауарлар: кемінде %1; кейбір бағалар оқылмайды («—» болып көрсетілген) және есептелмеген. Нақты соманы сервис есептейді.</translation>
    </message>
    <message>
        <source>Items to return</source>
        <translation>Қайтарылатын тауарлар</translation>
    </message>
    <message>
        <source>How many of %1 are returned</source>
        <translation>«%1» тауарының қанша данасы қайтарылады</translation>
    </message>
    <message>
        <source>The refund may or may not have been made, and the refunds could not be loaded (%1). Press &quot;Check again&quot;; nothing is sent until it is known.</source>
        <translation>Қайтару жасалған болуы да, жасалмаған болуы да мүмкін, ал қайтаруларды жүктеу мүмкін болмады (%1). «Қайта тексеру» түймесін басыңыз; бұл белгілі болмайынша ештеңе жіберілмейді.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Қайта тексеру</translation>
    </message>
    <message numerus="yes">
        <source>The refund did not reach the service: the invoice has no new refund (%n in all). You can send it again.</source>
        <translation>
            <numerusform>Қайтару сервиске жетпеді: шотта жаңа қайтару жоқ (барлығы %n). Оны қайта жіберуге болады.</numerusform>
            <numerusform>Қайтару сервиске жетпеді: шотта жаңа қайтару жоқ (барлығы %n). Оны қайта жіберуге болады.</numerusform>
        </translation>
    </message>
    <message>
        <source>No new refund yet. Checking once more in a moment, in case the service is still working on it…</source>
        <translation>Жаңа қайтару әзірге жоқ. Сервис оны әлі өңдеп жатқан болуы мүмкін, бірнеше секундтан кейін қайта тексереміз…</translation>
    </message>
</context>
<context>
    <name>apipay::RefundFilterBar</name>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Аяқталу күні басталу күнінен бұрын.</translation>
    </message>
    <message>
        <source>The invoice ID must be a positive whole number.</source>
        <translation>Шот ID оң бүтін сан болуы керек.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Күйі:</translation>
    </message>
    <message>
        <source>Show refunds with status %1</source>
        <translation>«%1» күйіндегі қайтаруларды көрсету</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Бастап</translation>
    </message>
    <message>
        <source>Filter from a date</source>
        <translation>Күннен бастап сүзу</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Басталу күні</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Дейін</translation>
    </message>
    <message>
        <source>Filter up to a date</source>
        <translation>Күнге дейін сүзу</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Аяқталу күні</translation>
    </message>
    <message>
        <source>&amp;Invoice ID:</source>
        <translation>Шот &amp;ID:</translation>
    </message>
    <message>
        <source>Invoice ID</source>
        <translation>Шот ID</translation>
    </message>
    <message>
        <source>any</source>
        <translation>кез келген</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Қолдану</translation>
    </message>
    <message>
        <source>Apply the filters</source>
        <translation>Сүзгілерді қолдану</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>&amp;Тазалау</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Сүзгілерді тазалау</translation>
    </message>
    <message>
        <source>Search by number, phone, name, reason or item (Ctrl+F)</source>
        <translation>Нөмір, телефон, аты, себеп немесе тауар бойынша іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search (available once the history has been read)</source>
        <translation>Іздеу (тарих жүктелгенде қолжетімді)</translation>
    </message>
    <message>
        <source>Search refunds</source>
        <translation>Қайтаруларды іздеу</translation>
    </message>
    <message>
        <source>The search looks through the refund history on this computer, which is not complete yet. The server&apos;s refund list cannot be searched by text: use the filters, or wait until the history has been read.</source>
        <translation>Іздеу осы компьютердегі қайтарулар тарихы бойынша жүреді, ол әлі толық жүктелген жоқ. Сервердегі қайтарулар тізімін мәтін бойынша іздеу мүмкін емес: сүзгілерді пайдаланыңыз немесе тарих жүктелгенше күтіңіз.</translation>
    </message>
</context>
<context>
    <name>apipay::RefundTableModel</name>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Кабинет</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Жүйе</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Жасалды</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Шот</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>Тапсырыс нөмірі</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сомасы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Initiated by</source>
        <translation>Бастамашы</translation>
    </message>
    <message>
        <source>Unreadable amount: ApiPay sent %1, more than any refund can be. It is not counted in the totals.</source>
        <translation>Оқылмайтын сома: ApiPay %1 жіберді — бұл кез келген қайтарудан көп. Ол қорытындыда есептелмейді.</translation>
    </message>
</context>
<context>
    <name>apipay::RefundsPage</name>
    <message>
        <source>Refunds</source>
        <translation>Қайтарулар</translation>
    </message>
    <message numerus="yes">
        <source>Shown: %n refund(s), total %1</source>
        <translation>
            <numerusform>Көрсетілген: %n қайтару, барлығы %1</numerusform>
            <numerusform>Көрсетілген: %n қайтару, барлығы %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>(more on the server: scroll down to load them)</source>
        <translation>(серверде тағы бар: жүктеу үшін төмен айналдырыңыз)</translation>
    </message>
    <message>
        <source>Loading refunds…</source>
        <translation>Қайтарулар жүктелуде…</translation>
    </message>
    <message>
        <source>The refunds could not be loaded. Use Retry in the message above, or press F5.</source>
        <translation>Қайтаруларды жүктеу мүмкін болмады. Жоғарыдағы хабардағы «Қайталау» батырмасын немесе F5 басыңыз.</translation>
    </message>
    <message>
        <source>No refunds match these filters. Clear the filters to see every refund.</source>
        <translation>Осы сүзгілерге сәйкес қайтару жоқ. Барлық қайтаруды көру үшін сүзгілерді тазалаңыз.</translation>
    </message>
    <message>
        <source>No refunds yet. Refunds are made from a paid invoice: open it on the Invoices page and choose &quot;Refund&quot;.</source>
        <translation>Әзірге қайтару жоқ. Қайтару төленген шоттан жасалады: оны «Шоттар» бетінде ашып, «Қайтару» таңдаңыз.</translation>
    </message>
    <message>
        <source>Export refunds to CSV</source>
        <translation>Қайтаруларды CSV-ге экспорттау</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <source>%1 exported</source>
        <translation>Экспортталды: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s) exported to %1</source>
        <translation>
            <numerusform>%n қайтару %1 файлына экспортталды</numerusform>
            <numerusform>%n қайтару %1 файлына экспортталды</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Экспорт болдырылмады; файл жазылмады.</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV-ге &amp;экспорттау…</translation>
    </message>
    <message>
        <source>Export the refunds of the current filter to a CSV file</source>
        <translation>Ағымдағы сүзгідегі қайтаруларды CSV файлына экспорттау</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Жа&amp;ңарту</translation>
    </message>
    <message>
        <source>Reload the refunds</source>
        <translation>Қайтаруларды қайта жүктеу</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>Экспортты &amp;болдырмау</translation>
    </message>
    <message>
        <source>Cancel the CSV export</source>
        <translation>CSV экспортын болдырмау</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Экспорт барысы</translation>
    </message>
    <message numerus="yes">
        <source>(%n unreadable amount(s) shown as “—” are not counted)</source>
        <translation>
            <numerusform>(«—» болып көрсетілген %n оқылмайтын сома есептелмеген)</numerusform>
            <numerusform>(«—» болып көрсетілген %n оқылмайтын сома есептелмеген)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refund(s) in this filter, total %1</source>
        <translation>
            <numerusform>Сүзгіде %Ln қайтару, барлығы %1</numerusform>
            <numerusform>Сүзгіде %Ln қайтару, барлығы %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No refunds match “%1”. Press Esc in the search field to clear it.</source>
        <translation>«%1» бойынша қайтарулар жоқ. Тазарту үшін іздеу өрісінде Esc басыңыз.</translation>
    </message>
</context>
<context>
    <name>apipay::SecretStore</name>
    <message>
        <source>No API key is saved for this shop yet.</source>
        <translation>Бұл дүкен үшін әлі API кілті сақталмаған.</translation>
    </message>
    <message>
        <source>The system keychain is not available. The API key is kept in memory for this session only. Install and unlock a keyring (GNOME Keyring or KWallet) to remember it.</source>
        <translation>Жүйелік кілттер қоймасы қолжетімсіз. API кілті тек осы сеанс бойы жадта сақталады. Оны есте сақтау үшін кілттер қоймасын (GNOME Keyring не KWallet) орнатып, құлпын ашыңыз.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied. Unlock the keychain and allow ApiPay Desk to use it.</source>
        <translation>Жүйелік кілттер қоймасына кіруге рұқсат берілмеді. Қойманың құлпын ашып, ApiPay Desk-ке оны пайдалануға рұқсат етіңіз.</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>Жүйелік кілттер қоймасы қате туралы хабарлады.</translation>
    </message>
</context>
<context>
    <name>apipay::Session</name>
    <message>
        <source>Demo</source>
        <translation>Демо</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Тест</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Нақты</translation>
    </message>
    <message>
        <source>Demo shop</source>
        <translation>Демо дүкен</translation>
    </message>
    <message>
        <source>The demo server could not start on this computer.</source>
        <translation>Осы компьютерде демо серверді іске қосу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The history on this computer cannot be used: %1</source>
        <translation>Осы компьютердегі тарихты пайдалану мүмкін емес: %1</translation>
    </message>
    <message>
        <source>The history on this computer is no longer brought up to date: %1</source>
        <translation>Осы компьютердегі тарих енді жаңартылмайды: %1</translation>
    </message>
</context>
<context>
    <name>apipay::SessionStatusBar</name>
    <message>
        <source>Requests left this minute: %1</source>
        <translation>Осы минутта қалған сұраныс: %1</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Дүкен</translation>
    </message>
    <message>
        <source>Requests left this minute</source>
        <translation>Осы минутта қалған сұраныс</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Соңғы жаңарту</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Қосылмаған</translation>
    </message>
    <message>
        <source>No shop is connected yet. Open Settings to enter an API key.</source>
        <translation>Дүкен әлі қосылмаған. Баптауларды ашып, API кілтін енгізіңіз.</translation>
    </message>
    <message>
        <source>Real payments: invoices go to real customers.</source>
        <translation>Нақты төлемдер: шоттар нақты клиенттерге жіберіледі.</translation>
    </message>
    <message>
        <source>Test payments: invoices are not paid with real money.</source>
        <translation>Тест төлемдер: шоттар нақты ақшамен төленбейді.</translation>
    </message>
    <message>
        <source>Demo: an offline server on this computer with made-up data.</source>
        <translation>Демо: осы компьютердегі ойдан шығарылған деректері бар офлайн сервер.</translation>
    </message>
    <message numerus="yes">
        <source>Rate limit: waiting %n s</source>
        <translation>
            <numerusform>Сұраныс лимиті: %n с күту</numerusform>
            <numerusform>Сұраныс лимиті: %n с күту</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Жаңартылды: %1</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>Әлі жаңартылмаған</translation>
    </message>
    <message>
        <source>History on this computer</source>
        <translation>Осы компьютердегі тарих</translation>
    </message>
    <message>
        <source>Updated %1 — the last request failed</source>
        <translation>Жаңартылды %1 — соңғы сұрау сәтсіз</translation>
    </message>
    <message>
        <source>Not updated — the last request failed</source>
        <translation>Жаңартылмады — соңғы сұрау сәтсіз</translation>
    </message>
</context>
<context>
    <name>apipay::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>&amp;Shops</source>
        <translation>&amp;Дүкендер</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Жалпы</translation>
    </message>
    <message>
        <source>Shops</source>
        <translation>Дүкендер</translation>
    </message>
    <message>
        <source>&amp;Add shop</source>
        <translation>Дүкен &amp;қосу</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ж&amp;ою</translation>
    </message>
    <message>
        <source>Remove shop</source>
        <translation>Дүкенді жою</translation>
    </message>
    <message>
        <source>&amp;Use this shop</source>
        <translation>Осы дүкенді &amp;пайдалану</translation>
    </message>
    <message>
        <source>No shop yet. Add one with the API key from your ApiPay dashboard.</source>
        <translation>Әзірге дүкен жоқ. ApiPay кабинетіндегі API кілтімен дүкен қосыңыз.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Жүйе тілі</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Уақыт белдеуі:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Уақыт белдеуі</translation>
    </message>
    <message>
        <source>Almaty (Asia/Almaty)</source>
        <translation>Алматы (Asia/Almaty)</translation>
    </message>
    <message>
        <source>This computer&apos;s time zone</source>
        <translation>Осы компьютердің уақыт белдеуі</translation>
    </message>
    <message>
        <source>Check a waiting customer&apos;s invoice every:</source>
        <translation>Күтіп тұрған клиенттің шотын тексеру аралығы:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Check interval while a customer waits, seconds</source>
        <translation>Клиент күтіп тұрғандағы тексеру аралығы, секунд</translation>
    </message>
    <message>
        <source>Check other open invoices every:</source>
        <translation>Басқа ашық шоттарды тексеру аралығы:</translation>
    </message>
    <message>
        <source>Check interval for other invoices, seconds</source>
        <translation>Басқа шоттарды тексеру аралығы, секунд</translation>
    </message>
    <message>
        <source>New shop</source>
        <translation>Жаңа дүкен</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1 (пайдаланылуда)</translation>
    </message>
    <message>
        <source>The system keychain cannot be used</source>
        <translation>Жүйелік кілттер қоймасын пайдалану мүмкін емес</translation>
    </message>
    <message>
        <source>Check the shop’s settings</source>
        <translation>Дүкен баптауларын тексеріңіз</translation>
    </message>
</context>
<context>
    <name>apipay::StaleNotice</name>
    <message>
        <source>Retry</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <source>Load again (F5)</source>
        <translation>Қайта жүктеу (F5)</translation>
    </message>
    <message>
        <source>Retry loading</source>
        <translation>Жүктеуді қайталау</translation>
    </message>
    <message>
        <source>As of %1 — the refresh failed: %2</source>
        <translation>%1 кезіндегі күйі — жаңарту сәтсіз аяқталды: %2</translation>
    </message>
    <message>
        <source>The refresh failed: %1</source>
        <translation>Жаңарту сәтсіз аяқталды: %1</translation>
    </message>
    <message>
        <source>Loading the list for the new filter… Shown meanwhile: the previous list, as of %1.</source>
        <translation>Жаңа сүзгі бойынша тізім жүктелуде… Әзірге %1 кезіндегі алдыңғы тізім көрсетілген.</translation>
    </message>
    <message>
        <source>The list for the new filter could not be loaded: %1 Shown instead: the previous list, as of %2 — it does not follow the new filter.</source>
        <translation>Жаңа сүзгі бойынша тізімді жүктеу мүмкін болмады: %1 Оның орнына %2 кезіндегі алдыңғы тізім көрсетілген — ол жаңа сүзгіге сәйкес келмейді.</translation>
    </message>
</context>
<context>
    <name>apipay::StaticQrDialog</name>
    <message>
        <source>New QR sheet</source>
        <translation>Жаңа QR парағы</translation>
    </message>
    <message>
        <source>&amp;Fixed amount:</source>
        <translation>&amp;Тұрақты сома:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сома</translation>
    </message>
    <message>
        <source>&amp;Items from the catalog</source>
        <translation>&amp;Каталогтағы тауарлар</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Сипаттама:</translation>
    </message>
    <message>
        <source>optional, up to 100 characters</source>
        <translation>міндетті емес, 100 таңбаға дейін</translation>
    </message>
    <message>
        <source>&amp;Single use (one payment, then the sheet is done)</source>
        <translation>&amp;Бір реттік (бір төлем, содан кейін парақ жабылады)</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>&amp;Мерзімі:</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>&amp;Create sheet</source>
        <translation>Парақты &amp;жасау</translation>
    </message>
</context>
<context>
    <name>apipay::StaticQrPage</name>
    <message>
        <source>QR sheets</source>
        <translation>QR парақтар</translation>
    </message>
    <message>
        <source>scans: %1</source>
        <translation>сканерлеу: %1</translation>
    </message>
    <message>
        <source>Paid at %1</source>
        <translation>Төленді: %1</translation>
    </message>
    <message>
        <source>This server (API v2.0) has no static QR sheets</source>
        <translation>Бұл серверде (API v2.0) статикалық QR парақтар жоқ</translation>
    </message>
    <message>
        <source>Loading QR sheets…</source>
        <translation>QR парақтар жүктелуде…</translation>
    </message>
    <message>
        <source>The QR sheets could not be loaded. Use Retry in the message above, or press F5.</source>
        <translation>QR парақтарды жүктеу мүмкін болмады. Жоғарыдағы хабарламадағы «Қайталау» түймесін немесе F5 басыңыз.</translation>
    </message>
    <message>
        <source>No QR sheets yet. Choose &quot;New sheet…&quot; to print a QR code that customers scan to pay a fixed amount.</source>
        <translation>Әзірге QR парақтар жоқ. Сатып алушылар тұрақты соманы төлеу үшін сканерлейтін QR кодты басып шығару үшін «Жаңа парақ…» таңдаңыз.</translation>
    </message>
    <message>
        <source>&amp;New sheet…</source>
        <translation>&amp;Жаңа парақ…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>P&amp;DF сақтау…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>Ө&amp;шіру</translation>
    </message>
    <message>
        <source>Simulate a &amp;scan</source>
        <translation>&amp;Сканерлеуді имитациялау</translation>
    </message>
    <message>
        <source>Demo: a customer scans the selected sheet, which creates a QR invoice.</source>
        <translation>Демо: сатып алушы таңдалған парақты сканерлейді, сонда QR шот жасалады.</translation>
    </message>
    <message>
        <source>QR code of the sheet</source>
        <translation>Парақтың QR коды</translation>
    </message>
    <message>
        <source>QR sheet %1 created</source>
        <translation>QR парақ %1 жасалды</translation>
    </message>
    <message>
        <source>The connection broke and the server has no new sheet: it was not created. Choose &quot;New sheet…&quot; again.</source>
        <translation>Байланыс үзілді және серверде жаңа парақ жоқ: ол жасалмады. «Жаңа парақ…» қайта таңдаңыз.</translation>
    </message>
    <message>
        <source>The connection broke while the sheet was being created, and the list could not be read. Press F5 to see whether it exists before creating another.</source>
        <translation>Парақ жасалып жатқанда байланыс үзілді және тізімді оқу мүмкін болмады. Тағы біреуін жасамас бұрын оның бар-жоғын көру үшін F5 басыңыз.</translation>
    </message>
    <message>
        <source>QR sheet %1</source>
        <translation>QR парақ %1</translation>
    </message>
    <message>
        <source>Save the QR sheet</source>
        <translation>QR парақты сақтау</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <source>Disable the QR sheet</source>
        <translation>QR парақты өшіру</translation>
    </message>
    <message>
        <source>Disable sheet %1? Customers who scan it later see that it is inactive; invoices already created stay as they are. This cannot be undone.</source>
        <translation>%1 парағы өшірілсін бе? Оны кейін сканерлеген сатып алушылар оның белсенді емес екенін көреді; бұрын жасалған шоттар өзгермейді. Бұл әрекетті қайтару мүмкін емес.</translation>
    </message>
    <message>
        <source>QR sheet %1 disabled</source>
        <translation>QR парақ %1 өшірілді</translation>
    </message>
    <message>
        <source>The connection broke and the sheet is still active. Choose Disable again.</source>
        <translation>Байланыс үзілді және парақ әлі белсенді. «Өшіру» қайта таңдаңыз.</translation>
    </message>
    <message>
        <source>The demo server refused the scan: %1</source>
        <translation>Демо сервер сканерлеуді қабылдамады: %1</translation>
    </message>
    <message>
        <source>A customer scanned sheet %1: invoice No. %2 waits for payment (Invoices, F5).</source>
        <translation>Сатып алушы %1 парағын сканерледі: № %2 шот төлемді күтуде (Шоттар, F5).</translation>
    </message>
</context>
<context>
    <name>apipay::StaticQrPrinting</name>
    <message>
        <source>Scan with your phone camera or enter the code at %1</source>
        <translation>Телефон камерасымен сканерлеңіз немесе кодты %1 сайтында енгізіңіз</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to.</source>
        <translation>%1 қалтасына жазу мүмкін емес.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>PDF файлын %1 жазу мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>apipay::StaticQrRequest</name>
    <message>
        <source>Enter an amount or add items from the catalog.</source>
        <translation>Соманы енгізіңіз немесе каталогтан тауар қосыңыз.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Сома тым үлкен.</translation>
    </message>
    <message>
        <source>The discount must be 1–99 %.</source>
        <translation>Жеңілдік 1–99 % болуы керек.</translation>
    </message>
    <message>
        <source>The description may have at most 100 characters.</source>
        <translation>Сипаттамада ең көбі 100 таңба болуы мүмкін.</translation>
    </message>
    <message>
        <source>The order number is too long.</source>
        <translation>Тапсырыс нөмірі тым ұзын.</translation>
    </message>
    <message>
        <source>The expiry must be in the future.</source>
        <translation>Мерзімі болашақта болуы керек.</translation>
    </message>
</context>
<context>
    <name>apipay::StaticQrTableModel</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сома</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <source>Single use</source>
        <translation>Бір реттік</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Сканерлеу</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>Төленді</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Жасалды</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Төленді</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Өшірілген</translation>
    </message>
</context>
<context>
    <name>apipay::Subscription</name>
    <message>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Тоқтатылған</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Болдырылмады</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Мерзімі өтті</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Күн сайын</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Апта сайын</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Екі апта сайын</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Ай сайын</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Тоқсан сайын</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Жыл сайын</translation>
    </message>
</context>
<context>
    <name>apipay::SubscriptionCartEditor</name>
    <message>
        <source>Loading the catalog…</source>
        <translation>Каталог жүктелуде…</translation>
    </message>
    <message>
        <source>The catalog is not available (%1). Use a fixed amount instead.</source>
        <translation>Каталог қолжетімсіз (%1). Оның орнына тіркелген соманы көрсетіңіз.</translation>
    </message>
    <message>
        <source>With cart items the service computes the amount from the catalog prices.</source>
        <translation>Себетте тауарлар болса, сервис соманы каталог бағалары бойынша есептейді.</translation>
    </message>
    <message>
        <source>The catalog is empty. Add items on the Catalog page to bill for them.</source>
        <translation>Каталог бос. Олар үшін шот жіберу үшін «Каталог» бетінде тауар қосыңыз.</translation>
    </message>
    <message>
        <source>Approximate amount: %1</source>
        <translation>Шамамен сома: %1</translation>
    </message>
    <message>
        <source>Approximate amount: at least %1 (some prices are unknown)</source>
        <translation>Шамамен сома: кемінде %1 (кейбір бағалар белгісіз)</translation>
    </message>
    <message>
        <source>Catalog item to add</source>
        <translation>Қосылатын каталог тауары</translation>
    </message>
    <message>
        <source>Count to add</source>
        <translation>Қосылатын саны</translation>
    </message>
    <message>
        <source>Add to cart</source>
        <translation>Себетке қосу</translation>
    </message>
    <message>
        <source>Add the chosen catalog item to the cart</source>
        <translation>Таңдалған каталог тауарын себетке қосу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Remove the selected cart line</source>
        <translation>Себеттің таңдалған жолын жою</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Тауар</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Жол сомасы</translation>
    </message>
    <message>
        <source>Cart items</source>
        <translation>Себеттегі тауарлар</translation>
    </message>
    <message>
        <source>Optional: bill for catalog items instead of a fixed amount.</source>
        <translation>Міндетті емес: тіркелген сома орнына каталог тауарлары үшін шот жіберу.</translation>
    </message>
    <message>
        <source>Unreadable price: ApiPay sent %1, more than any invoice can be. It is not counted.</source>
        <translation>Оқылмайтын баға: ApiPay %1 жіберді — бұл кез келген шоттан көп. Ол есептелмейді.</translation>
    </message>
</context>
<context>
    <name>apipay::SubscriptionDetailPanel</name>
    <message>
        <source>Billing history — loading…</source>
        <translation>Төлем тарихы — жүктелуде…</translation>
    </message>
    <message>
        <source>Billing history could not be loaded: %1</source>
        <translation>Төлем тарихын жүктеу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Billing history: no invoices yet. The first one is sent on the next billing date (or now with &quot;Bill immediately&quot;).</source>
        <translation>Төлем тарихы: әзірге шот жоқ. Біріншісі келесі төлем күні жіберіледі (немесе «Бірден шот жіберу» арқылы дәл қазір).</translation>
    </message>
    <message>
        <source>Billing history (%1 shown)</source>
        <translation>Төлем тарихы (көрсетілген: %1)</translation>
    </message>
    <message>
        <source>Subscription %1</source>
        <translation>Жазылым %1</translation>
    </message>
    <message>
        <source>Subscription %1 — %2</source>
        <translation>Жазылым %1 — %2</translation>
    </message>
    <message>
        <source>in grace period</source>
        <translation>жеңілдік кезеңінде</translation>
    </message>
    <message numerus="yes">
        <source>%n failed attempt(s)</source>
        <translation>
            <numerusform>%n сәтсіз әрекет</numerusform>
            <numerusform>%n сәтсіз әрекет</numerusform>
        </translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>%1-күні</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n әрекет</numerusform>
            <numerusform>%n әрекет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n hour(s)</source>
        <translation>
            <numerusform>әр %n сағат сайын</numerusform>
            <numerusform>әр %n сағат сайын</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>grace %n day(s)</source>
        <translation>
            <numerusform>жеңілдік кезеңі %n күн</numerusform>
            <numerusform>жеңілдік кезеңі %n күн</numerusform>
        </translation>
    </message>
    <message>
        <source>service defaults</source>
        <translation>сервистің әдепкі мәні</translation>
    </message>
    <message>
        <source>%1 payments: %2 successful, %3 failed; collected %4</source>
        <translation>Төлемдер: %1; сәтті: %2, сәтсіз: %3; жиналды %4</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>жүктелуде…</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>әзірге жоқ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сомасы</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Жазылушы</translation>
    </message>
    <message>
        <source>Billing period</source>
        <translation>Төлем кезеңі</translation>
    </message>
    <message>
        <source>Next billing</source>
        <translation>Келесі төлем</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Қайталаулар</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Сыртқы ID</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>Last payment</source>
        <translation>Соңғы төлем</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Төленді</translation>
    </message>
    <message>
        <source>Billing history; press Enter on a row to open its invoice</source>
        <translation>Төлем тарихы; шотын ашу үшін жолда Enter басыңыз</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Тағ&amp;ы жүктеу</translation>
    </message>
    <message>
        <source>Load more billing history</source>
        <translation>Төлем тарихын тағы жүктеу</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <source>Edit this subscription</source>
        <translation>Осы жазылымды өзгерту</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Тоқтата тұру</translation>
    </message>
    <message>
        <source>Pause this subscription</source>
        <translation>Осы жазылымды тоқтата тұру</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Жалғастыру</translation>
    </message>
    <message>
        <source>Resume this subscription</source>
        <translation>Осы жазылымды жалғастыру</translation>
    </message>
    <message>
        <source>Ca&amp;ncel subscription</source>
        <translation>Жазылымды &amp;болдырмау</translation>
    </message>
    <message>
        <source>Cancel this subscription for good</source>
        <translation>Осы жазылымды біржола болдырмау</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Төлемді күтуде</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Сәтсіз</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Болдырылмады</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Өткізіп жіберілді</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>%1-әрекет</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Шот %1</translation>
    </message>
    <message>
        <source>No subscription selected</source>
        <translation>Жазылым таңдалмаған</translation>
    </message>
    <message>
        <source>Select a subscription in the list to see its details, statistics and billing history.</source>
        <translation>Деректерін, статистикасын және төлем тарихын көру үшін жазылымды тізімнен таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>apipay::SubscriptionFormDialog</name>
    <message>
        <source>New subscription</source>
        <translation>Жаңа жазылым</translation>
    </message>
    <message>
        <source>Edit subscription %1</source>
        <translation>%1 жазылымын өзгерту</translation>
    </message>
    <message>
        <source>100 – 1 000 000 ₸</source>
        <translation>100 – 1 000 000 ₸</translation>
    </message>
    <message>
        <source>+7 700 123 45 67</source>
        <translation>+7 700 123 45 67</translation>
    </message>
    <message>
        <source>Service default</source>
        <translation>Сервис әдепкісі</translation>
    </message>
    <message>
        <source>Service default (3)</source>
        <translation>Сервис әдепкісі (3)</translation>
    </message>
    <message>
        <source>Service default (24 h)</source>
        <translation>Сервис әдепкісі (24 сағ)</translation>
    </message>
    <message>
        <source> h</source>
        <translation> сағ</translation>
    </message>
    <message>
        <source>Service default (3 days)</source>
        <translation>Сервис әдепкісі (3 күн)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <source>Send the first invoice now</source>
        <translation>Алғашқы шотты қазір жіберу</translation>
    </message>
    <message>
        <source>Optional JSON object, e.g. {&quot;plan&quot;: &quot;gold&quot;}</source>
        <translation>Міндетті емес JSON нысаны, мысалы {&quot;plan&quot;: &quot;gold&quot;}</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>С&amp;ома:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>Billing &amp;period:</source>
        <translation>Төлем &amp;кезеңі:</translation>
    </message>
    <message>
        <source>Billing &amp;day (1–28):</source>
        <translation>Төлем кү&amp;ні (1–28):</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>Си&amp;паттама:</translation>
    </message>
    <message>
        <source>Subscriber &amp;name:</source>
        <translation>Жазылушы &amp;аты:</translation>
    </message>
    <message>
        <source>E&amp;xternal subscriber ID:</source>
        <translation>Жазылушының &amp;сыртқы ID:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Басталуы:</translation>
    </message>
    <message>
        <source>Retry attempts (1–10):</source>
        <translation>Қайталау әрекеті (1–10):</translation>
    </message>
    <message>
        <source>Retry interval (1–168 h):</source>
        <translation>Қайталау аралығы (1–168 сағ):</translation>
    </message>
    <message>
        <source>Grace period (1–30 days):</source>
        <translation>Жеңілдік кезеңі (1–30 күн):</translation>
    </message>
    <message>
        <source>&amp;Bill immediately:</source>
        <translation>Бірден &amp;шот жіберу:</translation>
    </message>
    <message>
        <source>&amp;Metadata (JSON):</source>
        <translation>&amp;Метадеректер (JSON):</translation>
    </message>
    <message>
        <source>&amp;Cart items:</source>
        <translation>Себеттегі тауа&amp;рлар:</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Жіберілуде</translation>
    </message>
    <message>
        <source>%1 / %2 characters. Kaspi shows the buyer only the first %3.</source>
        <translation>%1 / %2 таңба. Kaspi сатып алушыға тек алғашқы %3 таңбаны көрсетеді.</translation>
    </message>
    <message>
        <source>The text after “%1” will not be visible to the buyer.</source>
        <translation>«%1» кейінгі мәтінді сатып алушы көрмейді.</translation>
    </message>
    <message>
        <source>The amount is computed from the cart items.</source>
        <translation>Сома себеттегі тауарлар бойынша есептеледі.</translation>
    </message>
    <message>
        <source>Not valid JSON at character %1: %2</source>
        <translation>%1-таңбада жарамсыз JSON: %2</translation>
    </message>
    <message>
        <source>Metadata must be a JSON object: {&quot;key&quot;: &quot;value&quot;}.</source>
        <translation>Метадеректер JSON нысаны болуы керек: {&quot;key&quot;: &quot;value&quot;}.</translation>
    </message>
    <message>
        <source>Enter an amount between 100 and 1 000 000 ₸, or add cart items.</source>
        <translation>100-ден 1 000 000 ₸-ге дейінгі соманы енгізіңіз немесе себетке тауар қосыңыз.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The connection broke before ApiPay confirmed the change. Checking whether it was saved…</source>
        <translation>ApiPay өзгерісті растағанша байланыс үзілді. Сақталғанын тексеріп жатырмыз…</translation>
    </message>
    <message>
        <source>The change was not saved: the request did not reach ApiPay. Press Save to send it again.</source>
        <translation>Өзгеріс сақталмады: сұрау ApiPay-ге жетпеді. Қайта жіберу үшін «Сақтау» түймесін басыңыз.</translation>
    </message>
    <message>
        <source>The connection broke before ApiPay confirmed the change, and the cart cannot be read back. Check the amount; press Save again if it is not what you wanted.</source>
        <translation>ApiPay өзгерісті растағанша байланыс үзілді, ал себетті қайта оқу мүмкін емес. Соманы тексеріңіз; қажетті сома болмаса, «Сақтау» түймесін қайта басыңыз.</translation>
    </message>
    <message>
        <source>ApiPay has now: amount %1, billing day %2, description “%3”.</source>
        <translation>Қазір ApiPay-де: сома %1, есептен шығару күні %2, сипаттама «%3».</translation>
    </message>
    <message>
        <source>The connection broke before ApiPay confirmed the subscription. Checking whether it was created…</source>
        <translation>ApiPay жазылымды растағанша байланыс үзілді. Жасалғанын тексеріп жатырмыз…</translation>
    </message>
    <message>
        <source>The subscription was not created: the request did not reach ApiPay. Press Save to send it again.</source>
        <translation>Жазылым жасалмады: сұрау ApiPay-ге жетпеді. Қайта жіберу үшін «Сақтау» түймесін басыңыз.</translation>
    </message>
    <message>
        <source>Could not check whether the subscription was created: %1 Press Save to check again; nothing is sent until it is known.</source>
        <translation>Жазылым жасалғанын тексеру мүмкін болмады: %1 Қайта тексеру үшін «Сақтау» түймесін басыңыз; бұл белгілі болмайынша ештеңе жіберілмейді.</translation>
    </message>
</context>
<context>
    <name>apipay::SubscriptionTableModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Жазылушы</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сомасы</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Next payment</source>
        <translation>Келесі төлем</translation>
    </message>
    <message>
        <source>Subscriber ID</source>
        <translation>Жазылушы ID</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Жасалды</translation>
    </message>
</context>
<context>
    <name>apipay::SubscriptionsPage</name>
    <message>
        <source>Subscriptions</source>
        <translation>Жазылымдар</translation>
    </message>
    <message>
        <source>Loading subscriptions…</source>
        <translation>Жазылымдар жүктелуде…</translation>
    </message>
    <message>
        <source>The subscriptions could not be loaded. Use Retry in the message above, or press F5.</source>
        <translation>Жазылымдарды жүктеу мүмкін болмады. Жоғарыдағы хабардағы «Қайталау» батырмасын немесе F5 басыңыз.</translation>
    </message>
    <message>
        <source>No subscriptions match these filters. Choose &quot;All&quot; and clear the fields to see every subscription.</source>
        <translation>Осы сүзгілерге сәйкес жазылым жоқ. Барлық жазылымды көру үшін «Барлығы» таңдап, өрістерді тазалаңыз.</translation>
    </message>
    <message>
        <source>No subscriptions yet. Choose &quot;New subscription&quot; to bill a customer regularly (daily to yearly) through Kaspi.</source>
        <translation>Әзірге жазылым жоқ. Клиентке Kaspi арқылы тұрақты шот жіберу үшін (күн сайыннан жыл сайынға дейін) «Жаңа жазылым» таңдаңыз.</translation>
    </message>
    <message>
        <source>Subscription %1 created</source>
        <translation>Жазылым %1 жасалды</translation>
    </message>
    <message>
        <source>Subscription %1 updated</source>
        <translation>Жазылым %1 жаңартылды</translation>
    </message>
    <message>
        <source>Pause subscription %1? No invoices are sent while it is paused.</source>
        <translation>Жазылым %1 тоқтатыла тұрсын ба? Тоқтатылған кезде шоттар жіберілмейді.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Тоқтата тұру</translation>
    </message>
    <message>
        <source>Resume subscription %1? The next billing date is computed from today; missed periods are not billed.</source>
        <translation>Жазылым %1 жалғастырылсын ба? Келесі төлем күні бүгіннен бастап есептеледі; өткізіп алған кезеңдерге шот жіберілмейді.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Жалғастыру</translation>
    </message>
    <message>
        <source>Cancel subscription %1 for good? This cannot be undone.</source>
        <translation>Жазылым %1 біржола болдырылмасын ба? Бұл әрекетті қайтару мүмкін емес.</translation>
    </message>
    <message>
        <source>Ca&amp;ncel subscription</source>
        <translation>Жазылымды &amp;болдырмау</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Растау</translation>
    </message>
    <message>
        <source>&amp;Keep as it is</source>
        <translation>&amp;Өзгертпеу</translation>
    </message>
    <message>
        <source>Subscription %1 paused</source>
        <translation>Жазылым %1 тоқтатыла тұрды</translation>
    </message>
    <message>
        <source>Subscription %1 resumed</source>
        <translation>Жазылым %1 жалғастырылды</translation>
    </message>
    <message>
        <source>Subscription %1 cancelled</source>
        <translation>Жазылым %1 болдырылмады</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Күйі:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Күй бойынша сүзгі</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Теле&amp;фон:</translation>
    </message>
    <message>
        <source>Phone filter</source>
        <translation>Телефон бойынша сүзгі</translation>
    </message>
    <message>
        <source>any</source>
        <translation>кез келген</translation>
    </message>
    <message>
        <source>E&amp;xternal ID:</source>
        <translation>&amp;Сыртқы ID:</translation>
    </message>
    <message>
        <source>External subscriber ID filter</source>
        <translation>Жазылушының сыртқы ID бойынша сүзгі</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Қолдану</translation>
    </message>
    <message>
        <source>Apply the filters</source>
        <translation>Сүзгілерді қолдану</translation>
    </message>
    <message>
        <source>&amp;New subscription…</source>
        <translation>Жаңа жа&amp;зылым…</translation>
    </message>
    <message>
        <source>Create a new subscription</source>
        <translation>Жаңа жазылым жасау</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Орындалуда</translation>
    </message>
</context>
<context>
    <name>apipay::UnsavedInputGuard</name>
    <message>
        <source>Discard what you entered? It has not been saved.</source>
        <translation>Енгізілгенді өшіру керек пе? Ол сақталмаған.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Өшіру</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Жалғастыру</translation>
    </message>
</context>
<context>
    <name>apipay::WriteReadBack</name>
    <message>
        <source>The connection broke while the picture was being uploaded, so it may or may not have reached ApiPay. It was not sent again. Press Save to upload it again.</source>
        <translation>Сурет жүктеліп жатқанда байланыс үзілді, сондықтан оның ApiPay-ге жеткені белгісіз. Ол қайта жіберілмеді. Қайта жүктеу үшін «Сақтау» түймесін басыңыз.</translation>
    </message>
</context>
<context>
    <name>apipay::overview::EndOfDayReport</name>
    <message>
        <source>End-of-day report</source>
        <translation>Күн соңындағы есеп</translation>
    </message>
    <message>
        <source>Day: %1</source>
        <translation>Күн: %1</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>Басып шығарылды: %1</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <source>Takings</source>
        <translation>Түсім</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Қайтарулар</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Таза</translation>
    </message>
    <message>
        <source>Paid invoices</source>
        <translation>Төленген шоттар</translation>
    </message>
    <message>
        <source>Average ticket</source>
        <translation>Орташа чек</translation>
    </message>
    <message numerus="yes">
        <source>%n paid invoice(s) left out of the totals: their amount could not be read.</source>
        <translation>
            <numerusform>%n төленген шот қорытындыға кірмеді: сомасы оқылмады.</numerusform>
            <numerusform>%n төленген шот қорытындыға кірмеді: сомасы оқылмады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Takings by hour</source>
        <translation>Сағат бойынша түсім</translation>
    </message>
    <message>
        <source>No paid invoices on this day.</source>
        <translation>Бұл күні төленген шоттар жоқ.</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Сағат</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Шоттар</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыт</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Шот</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сома</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Қайтарылды</translation>
    </message>
    <message>
        <source>Refunds made on this day</source>
        <translation>Осы күні жасалған қайтарулар</translation>
    </message>
    <message>
        <source>No refunds on this day.</source>
        <translation>Бұл күні қайтарулар болмады.</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Қайтару</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Refunds are the refunds made on this day, whenever their invoice was paid; failed refunds are not counted.</source>
        <translation>Қайтарулар — осы күні жасалған қайтарулар, шоты қашан төленгеніне қарамастан; сәтсіз қайтарулар есепке алынбайды.</translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s) left out of the totals: their amount could not be read.</source>
        <translation>
            <numerusform>%n қайтару қорытындыға кірмеді: сомасы оқылмады.</numerusform>
            <numerusform>%n қайтару қорытындыға кірмеді: сомасы оқылмады.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ApiPay Desk — Kaspi payments at the counter through ApiPay.kz.</source>
        <translation>ApiPay Desk — Kaspi төлемдерін кассада ApiPay.kz арқылы қабылдау.</translation>
    </message>
    <message>
        <source>Start with an offline demo server on this computer (made-up shop, no real invoices).</source>
        <translation>Осы компьютердегі офлайн демо сервермен іске қосу (ойдан шығарылған дүкен, нақты шоттарсыз).</translation>
    </message>
    <message>
        <source>Use this API server instead of the shop&apos;s (https, or http on 127.0.0.1). The API key comes from the shop&apos;s settings or the APIPAY_API_KEY environment variable.</source>
        <translation>Дүкен серверінің орнына осы API серверін пайдалану (https немесе 127.0.0.1 мекенжайындағы http). API кілті дүкен баптауларынан немесе APIPAY_API_KEY орта айнымалысынан алынады.</translation>
    </message>
    <message>
        <source>Open the main window in demo mode, wait until the invoices are loaded, then quit (0 = success).</source>
        <translation>Негізгі терезені демо режимінде ашып, шоттар жүктелгенше күту және шығу (0 = сәтті).</translation>
    </message>
    <message>
        <source>Interface language for this run: ru, kk or en.</source>
        <translation>Осы іске қосуға арналған интерфейс тілі: ru, kk не en.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Нұсқаны көрсету және шығу.</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use ru, kk or en.</source>
        <translation>Белгісіз тіл «%1»: ru, kk не en пайдаланыңыз.</translation>
    </message>
    <message>
        <source>--base-url: %1</source>
        <translation>--base-url: %1</translation>
    </message>
    <message>
        <source>The API version the demo server speaks: 2.1 (the current API, the default) or 2.0 (no QR invoices).</source>
        <translation>Демо сервердің API нұсқасы: 2.1 (ағымдағы API, әдепкі) немесе 2.0 (QR шотсыз).</translation>
    </message>
    <message>
        <source>--demo-api: expected 2.1 or 2.0, got “%1”.</source>
        <translation>--demo-api: 2.1 немесе 2.0 күтілді, «%1» алынды.</translation>
    </message>
</context>
</TS>
