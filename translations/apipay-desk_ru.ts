<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Имя файла:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Тип файлов:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Выбрать</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Родительская папка</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Создать папку</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Подробно</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Переименовать</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Показать &amp;скрытые файлы</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Новая папка</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Новая папка</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Недавние места</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 уже существует.
Заменить его?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Дата изменения</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Мой компьютер</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Выделить всё</translation>
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
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Сохранить все</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Да для &amp;всех</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Н&amp;ет для всех</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Прервать</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>По умолчанию</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Скопировать &amp;адрес ссылки</translation>
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
        <translation>О программе ApiPay Desk</translation>
    </message>
    <message>
        <source>ApiPay Desk</source>
        <translation>ApiPay Desk</translation>
    </message>
    <message>
        <source>Version %1 · Qt %2</source>
        <translation>Версия %1 · Qt %2</translation>
    </message>
    <message>
        <source>Kaspi payments at the counter through the ApiPay.kz API. This program is free software under the GNU General Public License, version 3 or later. It uses the components listed below under their own licences.</source>
        <translation>Приём платежей Kaspi на кассе через API ApiPay.kz. Это свободная программа под лицензией GNU General Public License версии 3 или более поздней. Она использует перечисленные ниже компоненты на условиях их собственных лицензий.</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Компоненты</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Текст лицензии</translation>
    </message>
    <message>
        <source>The licence text is missing from this build.</source>
        <translation>В этой сборке нет текста лицензии.</translation>
    </message>
</context>
<context>
    <name>apipay::AccountEditor</name>
    <message>
        <source>Success: </source>
        <translation>Успешно: </translation>
    </message>
    <message>
        <source>Problem: </source>
        <translation>Проблема: </translation>
    </message>
    <message>
        <source>Enter a name for the shop.</source>
        <translation>Введите название магазина.</translation>
    </message>
    <message>
        <source>Enter the server address.</source>
        <translation>Введите адрес сервера.</translation>
    </message>
    <message>
        <source>Enter the API key of the shop (ApiPay dashboard → API keys).</source>
        <translation>Введите API-ключ магазина (кабинет ApiPay → API-ключи).</translation>
    </message>
    <message>
        <source>Shop &amp;name:</source>
        <translation>&amp;Название магазина:</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Название магазина</translation>
    </message>
    <message>
        <source>e.g. Coffee on Abay</source>
        <translation>например, Кофейня на Абая</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;ключ:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-ключ</translation>
    </message>
    <message>
        <source>Paste the key from the ApiPay dashboard</source>
        <translation>Вставьте ключ из кабинета ApiPay</translation>
    </message>
    <message>
        <source>Saved in the keychain — type a new key to replace it</source>
        <translation>Сохранён в связке ключей — введите новый ключ, чтобы заменить его</translation>
    </message>
    <message>
        <source>Kept until the app closes — type a new key to replace it</source>
        <translation>Хранится до закрытия приложения — введите новый ключ, чтобы заменить его</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>Показать ключ</translation>
    </message>
    <message>
        <source>Show or hide the key while typing</source>
        <translation>Показать или скрыть ключ при вводе</translation>
    </message>
    <message>
        <source>This is a &amp;test key (ApiPay sandbox, no real money)</source>
        <translation>Это &amp;тестовый ключ (песочница ApiPay, без реальных денег)</translation>
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
        <translation>Другой сервер…</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Адрес сервера:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>&amp;Requests per minute:</source>
        <translation>&amp;Запросов в минуту:</translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation>Запросов в минуту</translation>
    </message>
    <message>
        <source>The app never sends more requests than this per minute (ApiPay allows 60 in v2.0).</source>
        <translation>Приложение никогда не отправляет больше запросов в минуту (ApiPay допускает 60 в v2.0).</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Проверить подключение</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Проверка…</translation>
    </message>
</context>
<context>
    <name>apipay::AntomAmount</name>
    <message>
        <source>paymentAmount.currency &quot;%1&quot; is not a three-letter currency code.</source>
        <translation>paymentAmount.currency «%1» — не трёхбуквенный код валюты.</translation>
    </message>
    <message>
        <source>paymentAmount.value &quot;%1&quot; is not a whole number of minor units (e.g. &quot;150000&quot;).</source>
        <translation>paymentAmount.value «%1» — не целое число минимальных единиц (например, «150000»).</translation>
    </message>
</context>
<context>
    <name>apipay::AntomPayResponse</name>
    <message>
        <source>%1 is not a text value and was ignored.</source>
        <translation>%1 — не текстовое значение и пропущено.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an ISO 8601 date and time.</source>
        <translation>%1 «%2» — не дата и время в формате ISO 8601.</translation>
    </message>
    <message>
        <source>paymentAmount is not an object {currency, value} and was ignored.</source>
        <translation>paymentAmount — не объект {currency, value} и пропущено.</translation>
    </message>
    <message>
        <source>paymentAmount.value is not a text value and was ignored.</source>
        <translation>paymentAmount.value — не текстовое значение и пропущено.</translation>
    </message>
    <message>
        <source>paymentAmount lacks its currency or value and was ignored.</source>
        <translation>В paymentAmount нет валюты или значения, поле пропущено.</translation>
    </message>
    <message>
        <source>orderCodeForm is not an object and was ignored.</source>
        <translation>orderCodeForm — не объект и пропущено.</translation>
    </message>
    <message>
        <source>orderCodeForm.codeDetails is not a list and was ignored.</source>
        <translation>orderCodeForm.codeDetails — не список и пропущено.</translation>
    </message>
    <message>
        <source>The codeValue of the TEXT entry in orderCodeForm.codeDetails is not a text value.</source>
        <translation>codeValue записи TEXT в orderCodeForm.codeDetails — не текстовое значение.</translation>
    </message>
    <message>
        <source>paymentData is not a JSON object in a string and was ignored.</source>
        <translation>paymentData — не JSON-объект в строке и пропущено.</translation>
    </message>
    <message>
        <source>paymentData is not a JSON string and was ignored.</source>
        <translation>paymentData — не строка JSON и пропущено.</translation>
    </message>
    <message>
        <source>result is not an object and was ignored.</source>
        <translation>result — не объект и пропущено.</translation>
    </message>
    <message>
        <source>Antom did not create the payment: %1 (%2). The response has no QR code.</source>
        <translation>Antom не создал платёж: %1 (%2). В ответе нет QR-кода.</translation>
    </message>
    <message>
        <source>The response has no orderCodeForm.codeDetails entry with displayType TEXT, no codeValue in paymentData and no codeValue in normalUrl or applinkUrl.</source>
        <translation>В ответе нет записи orderCodeForm.codeDetails с displayType TEXT, нет codeValue в paymentData и нет codeValue в normalUrl или applinkUrl.</translation>
    </message>
    <message>
        <source>The codeValue is %1 characters long; Antom codes have at most %2.</source>
        <translation>Длина codeValue — %1 символов; коды Antom не длиннее %2.</translation>
    </message>
    <message>
        <source>Nothing to import: the text is empty.</source>
        <translation>Нечего импортировать: текст пуст.</translation>
    </message>
    <message>
        <source>The Antom response is not valid JSON (%1 at character %2).</source>
        <translation>Ответ Antom — некорректный JSON (%1 в символе %2).</translation>
    </message>
    <message>
        <source>The Antom response must be a JSON object, not a list.</source>
        <translation>Ответ Antom должен быть JSON-объектом, а не списком.</translation>
    </message>
    <message>
        <source>This is neither an Antom pay response (JSON), nor a URL, nor a single codeValue.</source>
        <translation>Это не ответ Antom на оплату (JSON), не URL и не отдельный codeValue.</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>Ожидает оплаты</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Успешно</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
</context>
<context>
    <name>apipay::ApiClient</name>
    <message>
        <source>The server address is not a valid web address. Use the form https://host/api/v1.</source>
        <translation>Адрес сервера — некорректный веб-адрес. Используйте вид https://host/api/v1.</translation>
    </message>
    <message>
        <source>The server address must not contain a user name, a password, &quot;?&quot; or &quot;#&quot;.</source>
        <translation>Адрес сервера не должен содержать имя пользователя, пароль, «?» или «#».</translation>
    </message>
    <message>
        <source>The server address must start with https:// (plain http is allowed only for this computer, e.g. the local sandbox).</source>
        <translation>Адрес сервера должен начинаться с https:// (обычный http разрешён только для этого компьютера, например для локальной песочницы).</translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation>Адрес сервера должен начинаться с https://.</translation>
    </message>
    <message>
        <source>The API key contains spaces or characters that are not allowed. Copy it again from the ApiPay dashboard.</source>
        <translation>API-ключ содержит пробелы или недопустимые символы. Скопируйте его заново из кабинета ApiPay.</translation>
    </message>
    <message>
        <source>No order ID to look up.</source>
        <translation>Нет номера заказа для поиска.</translation>
    </message>
    <message>
        <source>A status check takes between 1 and 100 invoices.</source>
        <translation>Проверка статуса принимает от 1 до 100 счетов.</translation>
    </message>
    <message>
        <source>The picture is empty.</source>
        <translation>Изображение пустое.</translation>
    </message>
    <message>
        <source>Between 1 and 50 catalog items can be created at once.</source>
        <translation>За один раз можно создать от 1 до 50 товаров каталога.</translation>
    </message>
    <message>
        <source>The ApiPay server address is not set. Open Settings and choose it.</source>
        <translation>Адрес сервера ApiPay не задан. Откройте настройки и выберите его.</translation>
    </message>
    <message>
        <source>No API key is set. Open Settings and enter the key from the ApiPay dashboard.</source>
        <translation>API-ключ не задан. Откройте настройки и введите ключ из кабинета ApiPay.</translation>
    </message>
    <message numerus="yes">
        <source>A note may have at most %n characters.</source>
        <translation>
            <numerusform>Заметка может содержать не более %n символа.</numerusform>
            <numerusform>Заметка может содержать не более %n символов.</numerusform>
            <numerusform>Заметка может содержать не более %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first and the last day of the period are needed.</source>
        <translation>Нужны первый и последний день периода.</translation>
    </message>
</context>
<context>
    <name>apipay::ApiError</name>
    <message>
        <source>ApiPay accepts only whole tenge here. Round the amount and try again.</source>
        <translation>Здесь ApiPay принимает только целые тенге. Округлите сумму и повторите.</translation>
    </message>
    <message>
        <source>Kaspi is not connected to your ApiPay account yet. Connect it in the ApiPay dashboard or contact ApiPay support.</source>
        <translation>Kaspi ещё не подключён к вашему аккаунту ApiPay. Подключите его в кабинете ApiPay или обратитесь в поддержку ApiPay.</translation>
    </message>
    <message>
        <source>The connection between ApiPay and Kaspi has expired. Reconnect Kaspi in the ApiPay dashboard, then try again.</source>
        <translation>Срок подключения ApiPay к Kaspi истёк. Переподключите Kaspi в кабинете ApiPay и повторите.</translation>
    </message>
    <message>
        <source>The connection between ApiPay and Kaspi is not valid. Reconnect Kaspi in the ApiPay dashboard, then try again.</source>
        <translation>Подключение ApiPay к Kaspi недействительно. Переподключите Kaspi в кабинете ApiPay и повторите.</translation>
    </message>
    <message>
        <source>Your ApiPay tariff is not active. Renew it in the ApiPay dashboard.</source>
        <translation>Ваш тариф ApiPay не активен. Продлите его в кабинете ApiPay.</translation>
    </message>
    <message>
        <source>The invoice limit of your ApiPay tariff is reached. Upgrade the tariff or wait until the limit resets.</source>
        <translation>Достигнут лимит счетов по вашему тарифу ApiPay. Смените тариф или дождитесь сброса лимита.</translation>
    </message>
    <message>
        <source>The daily limit of the trial is reached. Try again tomorrow or choose a tariff in the ApiPay dashboard.</source>
        <translation>Достигнут дневной лимит пробного периода. Повторите завтра или выберите тариф в кабинете ApiPay.</translation>
    </message>
    <message>
        <source>The daily limit for unverified organizations is reached. Complete the verification in the ApiPay dashboard or try again tomorrow.</source>
        <translation>Достигнут дневной лимит для неверифицированных организаций. Пройдите верификацию в кабинете ApiPay или повторите завтра.</translation>
    </message>
    <message>
        <source>This customer already has too many unpaid invoices. Wait until they pay or cancel the old ones.</source>
        <translation>У этого клиента уже слишком много неоплаченных счетов. Дождитесь оплаты или отмените старые.</translation>
    </message>
    <message>
        <source>Too many invoices are still unpaid. Cancel old unpaid invoices or wait until they are paid.</source>
        <translation>Слишком много неоплаченных счетов. Отмените старые неоплаченные счета или дождитесь их оплаты.</translation>
    </message>
    <message>
        <source>Too many invoices went to this phone number recently. Try again later.</source>
        <translation>На этот номер телефона недавно отправлено слишком много счетов. Повторите позже.</translation>
    </message>
    <message>
        <source>Invoices are switched off for your ApiPay account. Check the account in the ApiPay dashboard.</source>
        <translation>Счета отключены для вашего аккаунта ApiPay. Проверьте аккаунт в кабинете ApiPay.</translation>
    </message>
    <message>
        <source>The refund period for this payment has ended, so Kaspi no longer accepts a refund.</source>
        <translation>Срок возврата по этому платежу истёк, Kaspi больше не принимает возврат.</translation>
    </message>
    <message>
        <source>The catalog is being updated right now. Try again in a minute.</source>
        <translation>Каталог сейчас обновляется. Повторите через минуту.</translation>
    </message>
    <message>
        <source>The picture is too large. Choose a smaller picture (up to 6 MB).</source>
        <translation>Изображение слишком большое. Выберите изображение поменьше (до 6 МБ).</translation>
    </message>
    <message>
        <source>Only JPEG and PNG pictures are accepted.</source>
        <translation>Принимаются только изображения JPEG и PNG.</translation>
    </message>
    <message>
        <source>The picture was not accepted. Use a JPEG or PNG between 64 and 6000 pixels per side.</source>
        <translation>Изображение не принято. Используйте JPEG или PNG от 64 до 6000 пикселей по каждой стороне.</translation>
    </message>
    <message>
        <source>No error</source>
        <translation>Нет ошибки</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Нет подключения</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Нет ответа вовремя</translation>
    </message>
    <message>
        <source>Insecure connection</source>
        <translation>Небезопасное подключение</translation>
    </message>
    <message>
        <source>Wrong API key</source>
        <translation>Неверный API-ключ</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Не разрешено</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <source>Already exists</source>
        <translation>Уже существует</translation>
    </message>
    <message>
        <source>Please check the fields</source>
        <translation>Проверьте поля</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Слишком много запросов</translation>
    </message>
    <message>
        <source>ApiPay reported a problem</source>
        <translation>ApiPay сообщил о проблеме</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>Нечитаемый ответ</translation>
    </message>
    <message>
        <source>Result unknown</source>
        <translation>Результат неизвестен</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Cannot send the request</source>
        <translation>Не удаётся отправить запрос</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Подождите %n секунду перед повтором.</numerusform>
            <numerusform>Подождите %n секунды перед повтором.</numerusform>
            <numerusform>Подождите %n секунд перед повтором.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Запрос отменён.</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>Слишком большой ответ</translation>
    </message>
    <message>
        <source>The customer has to confirm this refund in the Kaspi app; until they do, no money goes back.</source>
        <translation>Покупатель должен подтвердить этот возврат в приложении Kaspi; пока он этого не сделает, деньги не вернутся.</translation>
    </message>
    <message>
        <source>Too many QR invoices this minute. Wait a little, then try again.</source>
        <translation>Слишком много QR-счетов за эту минуту. Подождите немного и попробуйте снова.</translation>
    </message>
    <message>
        <source>Kaspi did not accept the request. Try again in a minute.</source>
        <translation>Kaspi не принял запрос. Попробуйте через минуту.</translation>
    </message>
    <message>
        <source>ApiPay could not make the QR code. Try again in a minute.</source>
        <translation>ApiPay не смог создать QR-код. Попробуйте через минуту.</translation>
    </message>
    <message>
        <source>Your ApiPay account has several Kaspi cashiers and none is the main one. Choose the main cashier in the ApiPay dashboard.</source>
        <translation>В вашем аккаунте ApiPay несколько кассиров Kaspi, и ни один не выбран основным. Выберите основного кассира в кабинете ApiPay.</translation>
    </message>
    <message>
        <source>ApiPay says: %1</source>
        <translation>Ответ ApiPay: %1</translation>
    </message>
    <message>
        <source>ApiPay cannot be reached.</source>
        <translation>Нет связи с ApiPay.</translation>
    </message>
    <message>
        <source>ApiPay did not answer in time.</source>
        <translation>ApiPay не ответил вовремя.</translation>
    </message>
    <message>
        <source>The secure connection to ApiPay could not be verified, so nothing was sent.</source>
        <translation>Не удалось проверить защищённое соединение с ApiPay, поэтому ничего не отправлено.</translation>
    </message>
    <message>
        <source>ApiPay did not accept the API key.</source>
        <translation>ApiPay не принял API-ключ.</translation>
    </message>
    <message>
        <source>ApiPay does not allow this for your organization.</source>
        <translation>ApiPay не разрешает это вашей организации.</translation>
    </message>
    <message>
        <source>ApiPay could not find it; it may have been deleted.</source>
        <translation>ApiPay не нашёл это; возможно, оно удалено.</translation>
    </message>
    <message>
        <source>This invoice was already created (invoice #%1).</source>
        <translation>Этот счёт уже создан (счёт №%1).</translation>
    </message>
    <message>
        <source>ApiPay refused because of a conflicting state.</source>
        <translation>ApiPay отказал: состояние не позволяет это сделать.</translation>
    </message>
    <message>
        <source>ApiPay did not accept some of the entered values.</source>
        <translation>ApiPay не принял некоторые введённые значения.</translation>
    </message>
    <message>
        <source>ApiPay asks to slow down.</source>
        <translation>ApiPay просит делать запросы реже.</translation>
    </message>
    <message>
        <source>The ApiPay server has a problem right now.</source>
        <translation>На сервере ApiPay сейчас неполадки.</translation>
    </message>
    <message>
        <source>ApiPay could not do this right now.</source>
        <translation>ApiPay не смог выполнить это сейчас.</translation>
    </message>
    <message>
        <source>ApiPay sent an answer this app cannot read.</source>
        <translation>ApiPay прислал ответ, который приложение не может прочитать.</translation>
    </message>
    <message>
        <source>ApiPay sent an answer this app cannot read (field “%1”).</source>
        <translation>ApiPay прислал ответ, который приложение не может прочитать (поле «%1»).</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large (over %1 MB) and was not read, so the request may or may not have been done.</source>
        <translation>Ответ сервера слишком большой (более %1 МБ) и не был прочитан, поэтому неизвестно, выполнен ли запрос.</translation>
    </message>
    <message>
        <source>The connection broke before ApiPay confirmed the request, so it may or may not have been done.</source>
        <translation>Связь прервалась до того, как ApiPay подтвердил запрос, поэтому неизвестно, выполнен ли он.</translation>
    </message>
    <message>
        <source>The request could not be sent.</source>
        <translation>Запрос не удалось отправить.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large (over %1 MB) and was not read.</source>
        <translation>Ответ сервера слишком большой (более %1 МБ) и не был прочитан.</translation>
    </message>
    <message>
        <source>Wait a little, then try again.</source>
        <translation>Подождите немного и попробуйте снова.</translation>
    </message>
    <message>
        <source>Check the internet connection and try again.</source>
        <translation>Проверьте подключение к интернету и попробуйте снова.</translation>
    </message>
    <message>
        <source>Check the internet connection and try again in a moment.</source>
        <translation>Проверьте подключение к интернету и чуть позже попробуйте снова.</translation>
    </message>
    <message>
        <source>Check the computer&apos;s date and time and the server address in Settings, and avoid untrusted networks.</source>
        <translation>Проверьте дату и время компьютера и адрес сервера в настройках; не пользуйтесь ненадёжными сетями.</translation>
    </message>
    <message>
        <source>Open Settings and enter a valid key from the ApiPay dashboard.</source>
        <translation>Откройте настройки и введите действующий ключ из кабинета ApiPay.</translation>
    </message>
    <message>
        <source>Check in the ApiPay dashboard that the organization is verified and the tariff is active.</source>
        <translation>Проверьте в кабинете ApiPay, что организация подтверждена и тариф активен.</translation>
    </message>
    <message>
        <source>Refresh the list.</source>
        <translation>Обновите список.</translation>
    </message>
    <message>
        <source>Open that invoice instead of creating a new one.</source>
        <translation>Откройте этот счёт вместо создания нового.</translation>
    </message>
    <message>
        <source>Refresh and try again.</source>
        <translation>Обновите и попробуйте снова.</translation>
    </message>
    <message>
        <source>Correct them and try again.</source>
        <translation>Исправьте их и попробуйте снова.</translation>
    </message>
    <message>
        <source>Try again later; if it keeps happening, contact ApiPay support.</source>
        <translation>Попробуйте позже; если повторяется — обратитесь в поддержку ApiPay.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, update the app or contact support.</source>
        <translation>Попробуйте снова; если повторяется — обновите приложение или обратитесь в поддержку.</translation>
    </message>
    <message>
        <source>Check the current state before trying again.</source>
        <translation>Проверьте текущее состояние, прежде чем пробовать снова.</translation>
    </message>
    <message>
        <source>Check the connection settings and the entered values.</source>
        <translation>Проверьте настройки подключения и введённые значения.</translation>
    </message>
</context>
<context>
    <name>apipay::ApiRequestBuilder</name>
    <message>
        <source>Enter the customer&apos;s phone number.</source>
        <translation>Введите номер телефона клиента.</translation>
    </message>
    <message>
        <source>Enter an amount or add items from the catalog.</source>
        <translation>Введите сумму или добавьте товары из каталога.</translation>
    </message>
    <message>
        <source>Enter the subscriber&apos;s phone number.</source>
        <translation>Введите номер телефона подписчика.</translation>
    </message>
    <message>
        <source>Choose how often the subscriber is billed.</source>
        <translation>Выберите, как часто выставлять счёт подписчику.</translation>
    </message>
    <message numerus="yes">
        <source>A note may have at most %n characters.</source>
        <translation>
            <numerusform>Заметка может содержать не более %n символа.</numerusform>
            <numerusform>Заметка может содержать не более %n символов.</numerusform>
            <numerusform>Заметка может содержать не более %n символов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>apipay::AppliedFilterNotice</name>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Show every invoice again</source>
        <translation>Снова показать все счета</translation>
    </message>
</context>
<context>
    <name>apipay::CartModel</name>
    <message>
        <source>Catalog price: %1</source>
        <translation>Цена в каталоге: %1</translation>
    </message>
    <message>
        <source>This item has no price in the catalog; enter a price.</source>
        <translation>У этого товара нет цены в каталоге; введите цену.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Enter a price.</source>
        <translation>Введите цену.</translation>
    </message>
    <message>
        <source>The price must be between %1 and %2.</source>
        <translation>Цена должна быть от %1 до %2.</translation>
    </message>
    <message>
        <source>The quantity must be a whole number from 1 to %1.</source>
        <translation>Количество должно быть целым числом от 1 до %1.</translation>
    </message>
    <message>
        <source>A cart holds at most %1 lines.</source>
        <translation>В корзине не больше %1 строк.</translation>
    </message>
    <message>
        <source>The catalog price sent by ApiPay is unreadable (beyond %1); enter a price.</source>
        <translation>Цена из каталога, присланная ApiPay, нечитаема (больше %1); введите цену.</translation>
    </message>
</context>
<context>
    <name>apipay::CartPanel</name>
    <message>
        <source>Choose an item in the catalog first.</source>
        <translation>Сначала выберите товар в каталоге.</translation>
    </message>
    <message>
        <source>The catalog could not be loaded: %1</source>
        <translation>Не удалось загрузить каталог: %1</translation>
    </message>
    <message>
        <source>Search the catalog by name</source>
        <translation>Поиск в каталоге по названию</translation>
    </message>
    <message>
        <source>Barcode + Enter</source>
        <translation>Штрихкод + Enter</translation>
    </message>
    <message>
        <source>Scan or type a barcode and press Enter to add the item</source>
        <translation>Отсканируйте или введите штрихкод и нажмите Enter, чтобы добавить товар</translation>
    </message>
    <message>
        <source>C&amp;ount:</source>
        <translation>&amp;Кол-во:</translation>
    </message>
    <message>
        <source>Pr&amp;ice:</source>
        <translation>&amp;Цена:</translation>
    </message>
    <message>
        <source>catalog price</source>
        <translation>цена из каталога</translation>
    </message>
    <message>
        <source>Optional: a price for this invoice instead of the catalog price</source>
        <translation>Необязательно: цена для этого счёта вместо цены из каталога</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <source>Disco&amp;unt:</source>
        <translation>Ск&amp;идка:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>“%1” has no price in the catalog; enter a price for it.</source>
        <translation>У «%1» нет цены в каталоге; введите цену.</translation>
    </message>
    <message>
        <source>Added %1 × %2</source>
        <translation>Добавлено: %1 × %2</translation>
    </message>
    <message>
        <source>Barcode %1 could not be looked up: %2</source>
        <translation>Не удалось найти штрихкод %1: %2</translation>
    </message>
    <message>
        <source>No catalog item has barcode %1.</source>
        <translation>В каталоге нет товара со штрихкодом %1.</translation>
    </message>
    <message>
        <source>Subtotal: %1</source>
        <translation>Подытог: %1</translation>
    </message>
    <message>
        <source>Discount: %1</source>
        <translation>Скидка: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Итого: %1</translation>
    </message>
    <message>
        <source>Totals as calculated by ApiPay.</source>
        <translation>Итоги рассчитаны ApiPay.</translation>
    </message>
    <message>
        <source>Discount %1%: −%2</source>
        <translation>Скидка %1%: −%2</translation>
    </message>
    <message>
        <source>Discount: none</source>
        <translation>Скидка: нет</translation>
    </message>
    <message>
        <source>Approximate: ApiPay calculates the final amount.</source>
        <translation>Приблизительно: итоговую сумму рассчитывает ApiPay.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) have no price; the total is incomplete.</source>
        <translation>
            <numerusform>В %n строке нет цены; итог неполный.</numerusform>
            <numerusform>В %n строках нет цены; итог неполный.</numerusform>
            <numerusform>В %n строках нет цены; итог неполный.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation>Строка %1 (%2): %3</translation>
    </message>
    <message>
        <source>Cart: %1</source>
        <translation>Корзина: %1</translation>
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
        <translation>Корзина</translation>
    </message>
    <message>
        <source>Add at least one item to the cart.</source>
        <translation>Добавьте в корзину хотя бы один товар.</translation>
    </message>
    <message>
        <source>Some cart lines have no price; enter a price for them.</source>
        <translation>В некоторых строках корзины нет цены; введите цену.</translation>
    </message>
</context>
<context>
    <name>apipay::CatalogBatchDialog</name>
    <message>
        <source>Add catalog items</source>
        <translation>Добавить товары в каталог</translation>
    </message>
    <message>
        <source>Add up to %1 items. Pictures: JPEG, PNG, GIF or WEBP; other types and files over 6 MB are converted to JPEG or PNG before sending. New items are pending until the service activates them.</source>
        <translation>Можно добавить до %1 товаров. Изображения: JPEG, PNG, GIF или WEBP; другие форматы и файлы больше 6 МБ перед отправкой преобразуются в JPEG или PNG. Новые товары ожидают, пока сервис их не активирует.</translation>
    </message>
    <message>
        <source>Add &amp;row</source>
        <translation>&amp;Добавить строку</translation>
    </message>
    <message>
        <source>Add another item row</source>
        <translation>Добавить ещё одну строку товара</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>Ход отправки</translation>
    </message>
    <message>
        <source>S&amp;top sending</source>
        <translation>&amp;Остановить отправку</translation>
    </message>
    <message>
        <source>Stop sending the items</source>
        <translation>Остановить отправку товаров</translation>
    </message>
    <message>
        <source>&amp;Save items</source>
        <translation>&amp;Сохранить товары</translation>
    </message>
    <message>
        <source>Fill in at least one item: a name, a price and a unit.</source>
        <translation>Заполните хотя бы один товар: название, цену и единицу.</translation>
    </message>
    <message>
        <source>Sending stopped. Nothing was created; press Save to try again.</source>
        <translation>Отправка остановлена. Ничего не создано; нажмите «Сохранить», чтобы повторить.</translation>
    </message>
    <message numerus="yes">
        <source>Sending stopped. %n item(s) were created and are in the catalog; the rows left here were not sent — press Save to send them.</source>
        <translation>
            <numerusform>Отправка остановлена. Создан %n товар, он уже в каталоге; оставшиеся здесь строки не отправлены — нажмите «Сохранить», чтобы отправить их.</numerusform>
            <numerusform>Отправка остановлена. Создано %n товара, они уже в каталоге; оставшиеся здесь строки не отправлены — нажмите «Сохранить», чтобы отправить их.</numerusform>
            <numerusform>Отправка остановлена. Создано %n товаров, они уже в каталоге; оставшиеся здесь строки не отправлены — нажмите «Сохранить», чтобы отправить их.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the items on their way are answered…</source>
        <translation>Остановка после ответа на уже отправленные товары…</translation>
    </message>
    <message>
        <source>The connection broke before ApiPay confirmed the items. Checking whether they were created…</source>
        <translation>Связь прервалась до того, как ApiPay подтвердил товары. Проверяем, созданы ли они…</translation>
    </message>
    <message>
        <source>Could not check whether the items were created: %1 Press Save to check again; nothing is sent until it is known.</source>
        <translation>Не удалось проверить, созданы ли товары: %1 Нажмите «Сохранить», чтобы проверить ещё раз; ничего не будет отправлено, пока это не станет известно.</translation>
    </message>
    <message>
        <source>Nothing was created: the request did not reach ApiPay. Press Save to send the items again.</source>
        <translation>Ничего не создано: запрос не дошёл до ApiPay. Нажмите «Сохранить», чтобы отправить товары ещё раз.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were created and are in the catalog; the rows left here were not created — press Save to send them.</source>
        <translation>
            <numerusform>Создан %n товар, он уже в каталоге; оставшиеся здесь строки не созданы — нажмите «Сохранить», чтобы отправить их.</numerusform>
            <numerusform>Создано %n товара, они уже в каталоге; оставшиеся здесь строки не созданы — нажмите «Сохранить», чтобы отправить их.</numerusform>
            <numerusform>Создано %n товаров, они уже в каталоге; оставшиеся здесь строки не созданы — нажмите «Сохранить», чтобы отправить их.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>apipay::CatalogBatchUploader</name>
    <message>
        <source>Uploading the picture of item %1…</source>
        <translation>Загрузка изображения товара %1…</translation>
    </message>
    <message numerus="yes">
        <source>Creating %n item(s)…</source>
        <translation>
            <numerusform>Создание %n товара…</numerusform>
            <numerusform>Создание %n товаров…</numerusform>
            <numerusform>Создание %n товаров…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>apipay::CatalogCreateResult</name>
    <message>
        <source>Item %1</source>
        <translation>Товар %1</translation>
    </message>
    <message>
        <source>refused by ApiPay</source>
        <translation>отклонён ApiPay</translation>
    </message>
</context>
<context>
    <name>apipay::CatalogEditDialog</name>
    <message>
        <source>Edit “%1”</source>
        <translation>Изменить «%1»</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation>Единица %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Цена:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Единица:</translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation>&amp;Штрихкод:</translation>
    </message>
    <message>
        <source>P&amp;icture:</source>
        <translation>&amp;Изображение:</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Сохранение</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Введите название.</translation>
    </message>
    <message>
        <source>Enter a price of at least 0.01 ₸.</source>
        <translation>Введите цену не меньше 0,01 ₸.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>apipay::CatalogImagePicker</name>
    <message>
        <source>Choose a picture</source>
        <translation>Выберите изображение</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp)</source>
        <translation>Изображения (*.jpg *.jpeg *.png *.gif *.webp)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 — converted to %2, %3×%4, %5</source>
        <translation>%1 — преобразовано в %2, %3×%4, %5</translation>
    </message>
    <message>
        <source>%1 — %2×%3, %4</source>
        <translation>%1 — %2×%3, %4</translation>
    </message>
    <message>
        <source>Current picture</source>
        <translation>Текущее изображение</translation>
    </message>
    <message>
        <source>The picture will be removed</source>
        <translation>Изображение будет удалено</translation>
    </message>
    <message>
        <source>No picture. Choose a file or drop one here (JPEG, PNG, GIF, WEBP).</source>
        <translation>Нет изображения. Выберите файл или перетащите его сюда (JPEG, PNG, GIF, WEBP).</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Choose a picture file</source>
        <translation>Выбрать файл изображения</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the picture</source>
        <translation>Удалить изображение</translation>
    </message>
    <message>
        <source>Picture preview</source>
        <translation>Предпросмотр изображения</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Изображение</translation>
    </message>
</context>
<context>
    <name>apipay::CatalogImagePreparer</name>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>Не удаётся открыть файл: %1</translation>
    </message>
    <message>
        <source>The file is too large (more than 64 MB). Choose a smaller picture.</source>
        <translation>Файл слишком большой (больше 64 МБ). Выберите изображение поменьше.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пустой.</translation>
    </message>
    <message>
        <source>This file is not a JPEG, PNG, GIF or WEBP picture.</source>
        <translation>Этот файл — не изображение JPEG, PNG, GIF или WEBP.</translation>
    </message>
    <message>
        <source>The picture cannot be read (%1).</source>
        <translation>Не удаётся прочитать изображение (%1).</translation>
    </message>
    <message>
        <source>The picture could not be converted to a JPEG or PNG of at most 6 MB.</source>
        <translation>Не удалось преобразовать изображение в JPEG или PNG размером не более 6 МБ.</translation>
    </message>
</context>
<context>
    <name>apipay::CatalogItemRowEditor</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Введите название.</translation>
    </message>
    <message>
        <source>Enter a price of at least 0.01 ₸.</source>
        <translation>Введите цену не меньше 0,01 ₸.</translation>
    </message>
    <message>
        <source>Choose a unit (the units could not be loaded yet).</source>
        <translation>Выберите единицу (список единиц ещё не загружен).</translation>
    </message>
    <message>
        <source>Name of item %1</source>
        <translation>Название товара %1</translation>
    </message>
    <message>
        <source>Price, ₸</source>
        <translation>Цена, ₸</translation>
    </message>
    <message>
        <source>Price of item %1</source>
        <translation>Цена товара %1</translation>
    </message>
    <message>
        <source>Unit of item %1</source>
        <translation>Единица товара %1</translation>
    </message>
    <message>
        <source>Barcode (optional)</source>
        <translation>Штрихкод (необязательно)</translation>
    </message>
    <message>
        <source>Barcode of item %1</source>
        <translation>Штрихкод товара %1</translation>
    </message>
    <message>
        <source>Picture of item %1</source>
        <translation>Изображение товара %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove item %1 from the list</source>
        <translation>Убрать товар %1 из списка</translation>
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
        <translation>Загрузка каталога…</translation>
    </message>
    <message>
        <source>The catalog could not be loaded. Use Retry in the message above, or press F5. The catalog must be enabled for your organization in ApiPay.</source>
        <translation>Не удалось загрузить каталог. Нажмите «Повторить» в сообщении выше или F5. Каталог должен быть включён для вашей организации в ApiPay.</translation>
    </message>
    <message>
        <source>No items match this search. Clear the search fields to see the whole catalog.</source>
        <translation>Нет товаров, подходящих под поиск. Очистите поля поиска, чтобы увидеть весь каталог.</translation>
    </message>
    <message>
        <source>The catalog is empty. Choose &quot;Add items&quot; to add products with prices and pictures; you can then put them in invoices and subscriptions.</source>
        <translation>Каталог пуст. Нажмите «Добавить товары», чтобы добавить товары с ценами и изображениями; затем их можно включать в счета и подписки.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) added; they are pending until the service activates them.</source>
        <translation>
            <numerusform>Добавлен %n товар; он ожидает, пока сервис его не активирует.</numerusform>
            <numerusform>Добавлено %n товара; они ожидают, пока сервис их не активирует.</numerusform>
            <numerusform>Добавлено %n товаров; они ожидают, пока сервис их не активирует.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Отклонено: %1</translation>
    </message>
    <message>
        <source>Item %1 updated</source>
        <translation>Товар %1 обновлён</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Удалить товар</translation>
    </message>
    <message>
        <source>Delete “%1” from the catalog? Invoices that already contain it keep their copy.</source>
        <translation>Удалить «%1» из каталога? Счета, в которых он уже есть, сохранят свою копию.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Оставить</translation>
    </message>
    <message>
        <source>Item %1 deleted</source>
        <translation>Товар %1 удалён</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Поиск по названию</translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation>&amp;Штрихкод:</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>точно</translation>
    </message>
    <message>
        <source>Search by barcode</source>
        <translation>Поиск по штрихкоду</translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>Search the catalog</source>
        <translation>Поиск в каталоге</translation>
    </message>
    <message>
        <source>&amp;Add items…</source>
        <translation>&amp;Добавить товары…</translation>
    </message>
    <message>
        <source>Add catalog items</source>
        <translation>Добавить товары в каталог</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Edit the selected item</source>
        <translation>Изменить выбранный товар</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Delete the selected item</source>
        <translation>Удалить выбранный товар</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Reload the catalog</source>
        <translation>Загрузить каталог заново</translation>
    </message>
    <message>
        <source>Catalog items; Enter edits, Delete removes</source>
        <translation>Товары каталога; Enter — изменить, Delete — удалить</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>The connection broke before ApiPay confirmed deleting item %1. Checking whether it was deleted…</source>
        <translation>Связь прервалась до того, как ApiPay подтвердил удаление товара %1. Проверяем, удалён ли он…</translation>
    </message>
    <message>
        <source>Item %1 was deleted.</source>
        <translation>Товар %1 удалён.</translation>
    </message>
    <message>
        <source>Item %1 was not deleted: the request did not reach ApiPay. Delete it again if you still want to.</source>
        <translation>Товар %1 не удалён: запрос не дошёл до ApiPay. Удалите его ещё раз, если это всё ещё нужно.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) pending: the service activates new and changed items shortly. The list is read again by itself until they are active.</source>
        <translation>
            <numerusform>%n товар ожидает: сервис скоро активирует новые и изменённые товары. Список обновляется сам, пока они не станут активными.</numerusform>
            <numerusform>%n товара ожидают: сервис скоро активирует новые и изменённые товары. Список обновляется сам, пока они не станут активными.</numerusform>
            <numerusform>%n товаров ожидают: сервис скоро активирует новые и изменённые товары. Список обновляется сам, пока они не станут активными.</numerusform>
        </translation>
    </message>
    <message>
        <source>Item %1: change queued; the list is read again in a few seconds.</source>
        <translation>Товар %1: изменение в очереди; список обновится через несколько секунд.</translation>
    </message>
    <message>
        <source>Item %1: deletion queued; the list is read again in a few seconds.</source>
        <translation>Товар %1: удаление в очереди; список обновится через несколько секунд.</translation>
    </message>
</context>
<context>
    <name>apipay::CatalogTableModel</name>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Удаляется</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалён</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
</context>
<context>
    <name>apipay::ConnectionTester</name>
    <message>
        <source>The server did not answer the health check: %1</source>
        <translation>Сервер не ответил на проверку доступности: %1</translation>
    </message>
    <message>
        <source>The server answers (status “%1”).</source>
        <translation>Сервер отвечает (статус «%1»).</translation>
    </message>
    <message>
        <source>Enter the API key to check it too.</source>
        <translation>Введите API-ключ, чтобы проверить и его.</translation>
    </message>
    <message>
        <source>The API key is accepted.</source>
        <translation>API-ключ принят.</translation>
    </message>
    <message numerus="yes">
        <source>The shop has %n invoice(s).</source>
        <translation>
            <numerusform>В магазине %n счёт.</numerusform>
            <numerusform>В магазине %n счёта.</numerusform>
            <numerusform>В магазине %n счетов.</numerusform>
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
        <translation>Сохранённый черновик повреждён (%1) и не восстановлен.</translation>
    </message>
    <message>
        <source>The saved draft has an unknown format and was not restored.</source>
        <translation>Сохранённый черновик имеет неизвестный формат и не восстановлен.</translation>
    </message>
    <message>
        <source>The saved draft could not be read and was not restored.</source>
        <translation>Не удалось прочитать сохранённый черновик; он не восстановлен.</translation>
    </message>
    <message>
        <source>The draft could not be saved to %1: %2</source>
        <translation>Не удалось сохранить черновик в %1: %2</translation>
    </message>
    <message>
        <source>The draft could not be saved to %1: the folder %2 cannot be created.</source>
        <translation>Не удалось сохранить черновик в %1: невозможно создать папку %2.</translation>
    </message>
</context>
<context>
    <name>apipay::CounterModeSwitch</name>
    <message>
        <source>By p&amp;hone</source>
        <translation>По &amp;телефону</translation>
    </message>
    <message>
        <source>Q&amp;R</source>
        <translation>Q&amp;R</translation>
    </message>
    <message>
        <source>The customer scans a QR code with the Kaspi app: amount, Enter, done.</source>
        <translation>Покупатель сканирует QR-код приложением Kaspi: сумма, Enter — готово.</translation>
    </message>
    <message>
        <source>This server (API v2.0) has no QR invoices</source>
        <translation>На этом сервере (API v2.0) нет QR-счетов</translation>
    </message>
</context>
<context>
    <name>apipay::CounterPage</name>
    <message>
        <source>Invoice %1</source>
        <translation>Счёт %1</translation>
    </message>
    <message>
        <source>By a&amp;mount</source>
        <translation>&amp;По сумме</translation>
    </message>
    <message>
        <source>From the ca&amp;talog</source>
        <translation>Из &amp;каталога</translation>
    </message>
    <message>
        <source>&amp;Amount, ₸:</source>
        <translation>&amp;Сумма, ₸:</translation>
    </message>
    <message>
        <source>e.g. 15 000</source>
        <translation>например, 15 000</translation>
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
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>What is paid for (optional)</source>
        <translation>За что оплата (необязательно)</translation>
    </message>
    <message>
        <source>Order &amp;id:</source>
        <translation>Номер &amp;заказа:</translation>
    </message>
    <message>
        <source>Your order number; the app makes a unique one, you may type your own</source>
        <translation>Ваш номер заказа; приложение создаёт уникальный, можно ввести свой</translation>
    </message>
    <message>
        <source>New id</source>
        <translation>Новый номер</translation>
    </message>
    <message>
        <source>Create invoice (Enter)</source>
        <translation>Выставить счёт (Enter)</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Новый счёт</translation>
    </message>
    <message>
        <source>%1 / %2 characters · the buyer sees only the first %3 in Kaspi</source>
        <translation>%1 / %2 символов · покупатель в Kaspi видит только первые %3</translation>
    </message>
    <message>
        <source>%1 — the marked text after %2 characters is not shown to the buyer</source>
        <translation>%1 — выделенный текст после %2 символов покупателю не показывается</translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation>Введите сумму.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s phone number.</source>
        <translation>Введите номер телефона клиента.</translation>
    </message>
    <message>
        <source>The description is longer than %1 characters.</source>
        <translation>Описание длиннее %1 символов.</translation>
    </message>
    <message>
        <source>Invoice %1 created</source>
        <translation>Счёт %1 выставлен</translation>
    </message>
    <message>
        <source>The demo payment was refused: %1</source>
        <translation>Демо-оплата отклонена: %1</translation>
    </message>
    <message>
        <source>The invoice was not sent: the order could not be saved on this computer first (%1). Free some disk space or check the folder&apos;s permissions, then try again.</source>
        <translation>Счёт не отправлен: заказ не удалось сначала сохранить на этом компьютере (%1). Освободите место на диске или проверьте права на папку и попробуйте снова.</translation>
    </message>
    <message>
        <source>N&amp;ote (only for you):</source>
        <translation>За&amp;метка (только для вас):</translation>
    </message>
    <message>
        <source>Kept with the invoice; the customer does not see it (optional)</source>
        <translation>Хранится со счётом; покупатель её не видит (необязательно)</translation>
    </message>
    <message>
        <source>The server answers again: press Enter to send the invoice.</source>
        <translation>Сервер снова отвечает: нажмите Enter, чтобы отправить счёт.</translation>
    </message>
</context>
<context>
    <name>apipay::CounterStatusPanel</name>
    <message>
        <source>Show &amp;QR</source>
        <translation>Показать &amp;QR</translation>
    </message>
    <message>
        <source>&amp;Open invoice</source>
        <translation>&amp;Открыть счёт</translation>
    </message>
    <message>
        <source>&amp;Look it up</source>
        <translation>&amp;Найти его</translation>
    </message>
    <message>
        <source>Create &amp;again</source>
        <translation>&amp;Выставить снова</translation>
    </message>
    <message>
        <source>&amp;Next customer</source>
        <translation>&amp;Следующий клиент</translation>
    </message>
    <message>
        <source>Clear the form for the next customer (Esc)</source>
        <translation>Очистить форму для следующего клиента (Esc)</translation>
    </message>
    <message>
        <source>Send the invoice again with the same order id</source>
        <translation>Отправить счёт снова с тем же номером заказа</translation>
    </message>
    <message>
        <source>Sending the invoice…</source>
        <translation>Отправка счёта…</translation>
    </message>
    <message>
        <source>Please wait; the form stays as it is until ApiPay answers.</source>
        <translation>Подождите; форма не изменится, пока ApiPay не ответит.</translation>
    </message>
    <message>
        <source>Invoice %1 · %2</source>
        <translation>Счёт %1 · %2</translation>
    </message>
    <message>
        <source>Sending the invoice to Kaspi…</source>
        <translation>Отправка счёта в Kaspi…</translation>
    </message>
    <message>
        <source>Waiting for the customer to pay in the Kaspi app.</source>
        <translation>Ожидаем оплату клиентом в приложении Kaspi.</translation>
    </message>
    <message>
        <source>Paid. Thank you!</source>
        <translation>Оплачен. Спасибо!</translation>
    </message>
    <message>
        <source>The invoice expired before it was paid.</source>
        <translation>Срок счёта истёк до оплаты.</translation>
    </message>
    <message>
        <source>Kaspi did not accept the invoice.</source>
        <translation>Kaspi не принял счёт.</translation>
    </message>
    <message>
        <source>Kaspi did not accept the invoice: %1</source>
        <translation>Kaspi не принял счёт: %1</translation>
    </message>
    <message>
        <source>Cancellation in progress…</source>
        <translation>Идёт отмена…</translation>
    </message>
    <message>
        <source>The invoice was cancelled.</source>
        <translation>Счёт отменён.</translation>
    </message>
    <message>
        <source>Paid, and refunded since.</source>
        <translation>Оплачен, затем возвращён.</translation>
    </message>
    <message>
        <source>Status reported by ApiPay: %1</source>
        <translation>Статус от ApiPay: %1</translation>
    </message>
    <message>
        <source>The answer was lost, but the invoice exists — nothing was sent twice. %1</source>
        <translation>Ответ потерялся, но счёт существует — ничего не отправлено дважды. %1</translation>
    </message>
    <message>
        <source>Was the invoice created?</source>
        <translation>Счёт создан?</translation>
    </message>
    <message>
        <source>The app was closed while the invoice was being sent.</source>
        <translation>Приложение было закрыто во время отправки счёта.</translation>
    </message>
    <message>
        <source>The answer was lost (%1).</source>
        <translation>Ответ потерялся (%1).</translation>
    </message>
    <message>
        <source>The invoice was not created</source>
        <translation>Счёт не был создан</translation>
    </message>
    <message>
        <source>No invoice with order id %1 exists. You can create it again with the same order id.</source>
        <translation>Счёта с номером заказа %1 нет. Можно выставить его снова с тем же номером заказа.</translation>
    </message>
    <message>
        <source>Simulate &amp;payment (demo)</source>
        <translation>Имитировать о&amp;плату (демо)</translation>
    </message>
    <message>
        <source>Demo mode: pretend the customer paid in the Kaspi app</source>
        <translation>Демо-режим: считать, что клиент оплатил в приложении Kaspi</translation>
    </message>
    <message>
        <source>Checking whether the invoice was created…</source>
        <translation>Проверяем, создан ли счёт…</translation>
    </message>
    <message>
        <source>Looking for order id %1. Nothing is sent again, so the customer does not get two invoices.</source>
        <translation>Ищем номер заказа %1. Повторно ничего не отправляется, поэтому клиент не получит два счёта.</translation>
    </message>
    <message>
        <source>The lookup failed too: %1</source>
        <translation>Поиск тоже не удался: %1</translation>
    </message>
    <message>
        <source>“Next customer” sets this sale aside: if the invoice was created, it shows in the invoice list once the server answers again. Do not invoice the same customer again before that.</source>
        <translation>«Следующий клиент» откладывает эту продажу: если счёт был создан, он появится в списке счетов, когда сервер снова ответит. До этого не выставляйте этому же покупателю новый счёт.</translation>
    </message>
    <message>
        <source>The app was closed while an invoice with order id %1 was being sent to the shop “%2”. Open that shop to check whether it was created, or press “Next customer” to set it aside.</source>
        <translation>Приложение закрылось, когда счёт с номером заказа %1 отправлялся в магазин «%2». Откройте этот магазин, чтобы проверить, создан ли счёт, или нажмите «Следующий клиент», чтобы отложить его.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(неизвестно)</translation>
    </message>
    <message>
        <source>&amp;Edit and send again</source>
        <translation>&amp;Исправить и отправить снова</translation>
    </message>
    <message>
        <source>Back to the form as it was: correct the number or the amount and send a new invoice</source>
        <translation>Вернуться к заполненной форме: исправьте номер или сумму и отправьте новый счёт</translation>
    </message>
    <message numerus="yes">
        <source>Still waiting for ApiPay: %n second(s). The form stays as it is until it answers; nothing is sent twice.</source>
        <extracomment>Counter, while ApiPay has not yet answered the new invoice; %n is the seconds since it was sent.</extracomment>
        <translation>
            <numerusform>Ждём ответа ApiPay: %n секунду. Форма остаётся как есть, пока он не ответит; ничего не отправляется дважды.</numerusform>
            <numerusform>Ждём ответа ApiPay: %n секунды. Форма остаётся как есть, пока он не ответит; ничего не отправляется дважды.</numerusform>
            <numerusform>Ждём ответа ApiPay: %n секунд. Форма остаётся как есть, пока он не ответит; ничего не отправляется дважды.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>apipay::CustomerDisplayWindow</name>
    <message>
        <source>Paid ✓</source>
        <translation>Оплачен ✓</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Экран покупателя</translation>
    </message>
    <message>
        <source>Scan with the Kaspi.kz app · Esc closes this window</source>
        <translation>Отсканируйте приложением Kaspi.kz · Esc закрывает окно</translation>
    </message>
    <message>
        <source>No QR code</source>
        <translation>Нет QR-кода</translation>
    </message>
    <message>
        <source>Scan with the Kaspi app</source>
        <translation>Отсканируйте приложением Kaspi</translation>
    </message>
    <message>
        <source>Scan for your receipt</source>
        <translation>Отсканируйте, чтобы получить чек</translation>
    </message>
    <message>
        <source>Time is up — waiting for Kaspi&apos;s final answer</source>
        <translation>Время вышло — ждём окончательного ответа Kaspi</translation>
    </message>
    <message>
        <source>Loading the QR code…</source>
        <translation>Загружаем QR-код…</translation>
    </message>
</context>
<context>
    <name>apipay::CustomerScreenButton</name>
    <message>
        <source>Customer screen</source>
        <translation>Экран покупателя</translation>
    </message>
    <message>
        <source>Show each QR full screen for the customer (F11) — on the second screen when one is connected. Esc on that screen closes it.</source>
        <translation>Показывать каждый QR покупателю во весь экран (F11) — на втором мониторе, если он подключён. Esc на этом экране закрывает его.</translation>
    </message>
</context>
<context>
    <name>apipay::ElidedValueLabel</name>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
</context>
<context>
    <name>apipay::EndOfDayDialog</name>
    <message>
        <source>End-of-day report</source>
        <translation>Отчёт за день</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;День:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Пред&amp;просмотр…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>No history on this computer yet.</source>
        <translation>На этом компьютере ещё нет истории.</translation>
    </message>
    <message>
        <source>The report was sent to the printer.</source>
        <translation>Отчёт отправлен на принтер.</translation>
    </message>
    <message>
        <source>Save the end-of-day report</source>
        <translation>Сохранить отчёт за день</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to.</source>
        <translation>В папку %1 нельзя записать.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>Не удалось записать PDF в %1.</translation>
    </message>
</context>
<context>
    <name>apipay::FirstRunDialog</name>
    <message>
        <source>Welcome to ApiPay Desk</source>
        <translation>Добро пожаловать в ApiPay Desk</translation>
    </message>
    <message>
        <source>Send Kaspi invoices to your customers, see when they pay, refund and manage subscriptions — from your counter.</source>
        <translation>Выставляйте клиентам счета Kaspi, следите за оплатой, делайте возвраты и управляйте подписками — прямо с кассы.</translation>
    </message>
    <message>
        <source>Enter my API &amp;key</source>
        <translation>Ввести мой API-&amp;ключ</translation>
    </message>
    <message>
        <source>Connect your shop with the API key from the ApiPay dashboard. The key is kept in this computer&apos;s keychain.</source>
        <translation>Подключите магазин с помощью API-ключа из кабинета ApiPay. Ключ хранится в связке ключей этого компьютера.</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Попробовать &amp;демо</translation>
    </message>
    <message>
        <source>Look around with a made-up shop on an offline server on this computer. No real invoices are sent.</source>
        <translation>Осмотритесь на примере вымышленного магазина с офлайн-сервером на этом компьютере. Настоящие счета не отправляются.</translation>
    </message>
</context>
<context>
    <name>apipay::HeaderColumnMenu</name>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
</context>
<context>
    <name>apipay::HistoryCsvExporter</name>
    <message>
        <source>The history on this computer is closed.</source>
        <translation>История на этом компьютере закрыта.</translation>
    </message>
</context>
<context>
    <name>apipay::HistoryStore</name>
    <message>
        <source>updating it to history version %1 failed: %2</source>
        <translation>не удалось обновить её до версии истории %1: %2</translation>
    </message>
    <message>
        <source>The shop&apos;s history is not open.</source>
        <translation>История магазина не открыта.</translation>
    </message>
    <message>
        <source>The folder for the shop&apos;s history could not be created: %1</source>
        <translation>Не удалось создать папку для истории магазина: %1</translation>
    </message>
    <message>
        <source>The shop&apos;s history file could not be created: %1</source>
        <translation>Не удалось создать файл истории магазина: %1</translation>
    </message>
    <message>
        <source>it could not be opened: %1</source>
        <translation>его не удалось открыть: %1</translation>
    </message>
    <message>
        <source>it is not a readable database: %1</source>
        <translation>это не читаемая база данных: %1</translation>
    </message>
    <message>
        <source>The shop&apos;s history in %1 was written by a newer version of ApiPay Desk (history version %2; this version reads up to %3). It was left as it is; update ApiPay Desk to read it.</source>
        <translation>История магазина в %1 записана более новой версией ApiPay Desk (версия истории %2; эта версия читает до %3). Файл оставлен как есть; обновите ApiPay Desk, чтобы прочитать его.</translation>
    </message>
    <message>
        <source>its integrity check failed: %1</source>
        <translation>проверка целостности не пройдена: %1</translation>
    </message>
    <message>
        <source>The shop&apos;s history could not be opened: %1</source>
        <translation>Не удалось открыть историю магазина: %1</translation>
    </message>
    <message>
        <source>The shop&apos;s history is damaged (%1) and could not be moved aside: %2</source>
        <translation>История магазина повреждена (%1), и её не удалось отложить в сторону: %2</translation>
    </message>
    <message>
        <source>The shop&apos;s history on this computer was damaged (%1). It was moved aside to %2, and the history is being read again from the server.</source>
        <translation>История магазина на этом компьютере была повреждена (%1). Файл перенесён в %2, история заново загружается с сервера.</translation>
    </message>
    <message>
        <source>The takings of this period are too large to add up exactly.</source>
        <translation>Выручка за этот период слишком велика, чтобы сложить её точно.</translation>
    </message>
    <message>
        <source>The shop&apos;s history could not be read or written: %1</source>
        <translation>Не удалось прочитать или записать историю магазина: %1</translation>
    </message>
    <message>
        <source>the file was cut off (%1 of %2 bytes)</source>
        <translation>файл обрезан (%1 из %2 байт)</translation>
    </message>
    <message>
        <source>The sales of this period are too large to add up exactly.</source>
        <translation>Продажи за этот период слишком велики, чтобы точно их сложить.</translation>
    </message>
    <message>
        <source>The refunds of this filter are too large to add up exactly.</source>
        <translation>Возвраты по этому фильтру слишком велики, чтобы точно их сложить.</translation>
    </message>
</context>
<context>
    <name>apipay::HistorySync</name>
    <message numerus="yes">
        <source>History: %L1 of %Ln invoice(s)</source>
        <translation>
            <numerusform>История: %L1 из %Ln счёта</numerusform>
            <numerusform>История: %L1 из %Ln счетов</numerusform>
            <numerusform>История: %L1 из %Ln счетов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>apipay::Invoice</name>
    <message>
        <source>This phone number has no Kaspi account.</source>
        <translation>У этого номера нет аккаунта Kaspi.</translation>
    </message>
    <message>
        <source>Kaspi answered with an error.</source>
        <translation>Kaspi ответил ошибкой.</translation>
    </message>
    <message>
        <source>The connection between ApiPay and Kaspi is not valid; reconnect Kaspi in the ApiPay dashboard.</source>
        <translation>Подключение ApiPay к Kaspi недействительно; подключите Kaspi заново в кабинете ApiPay.</translation>
    </message>
    <message>
        <source>The connection between ApiPay and Kaspi has expired; reconnect Kaspi in the ApiPay dashboard.</source>
        <translation>Срок подключения ApiPay к Kaspi истёк; подключите Kaspi заново в кабинете ApiPay.</translation>
    </message>
    <message>
        <source>ApiPay could not make the QR code.</source>
        <translation>ApiPay не смог создать QR-код.</translation>
    </message>
</context>
<context>
    <name>apipay::InvoiceActions</name>
    <message>
        <source>Ca&amp;ncel invoice…</source>
        <translation>&amp;Отменить счёт…</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>&amp;Возврат…</translation>
    </message>
    <message>
        <source>Check &amp;status</source>
        <translation>Проверить &amp;статус</translation>
    </message>
    <message>
        <source>Ask ApiPay for the current status of the selected invoices (Ctrl+R)</source>
        <translation>Запросить у ApiPay текущий статус выбранных счетов (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Copy id</source>
        <translation>&amp;Копировать номер</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Save every invoice of the current filter as a CSV file for Excel (Ctrl+E)</source>
        <translation>Сохранить все счета текущего фильтра в CSV-файл для Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>Show &amp;QR</source>
        <translation>Показать &amp;QR</translation>
    </message>
    <message>
        <source>Show the payment link as a QR code for the customer to scan</source>
        <translation>Показать ссылку на оплату QR-кодом, чтобы клиент отсканировал его</translation>
    </message>
    <message>
        <source>Simulate &amp;payment</source>
        <translation>Имитировать о&amp;плату</translation>
    </message>
    <message>
        <source>Demo mode: pretend the customer paid this pending invoice</source>
        <translation>Демо-режим: считать, что клиент оплатил этот ожидающий счёт</translation>
    </message>
    <message>
        <source>Cancel invoice %1?</source>
        <translation>Отменить счёт %1?</translation>
    </message>
    <message>
        <source>Cancel invoice %1 for %2? The customer will no longer be able to pay it.</source>
        <translation>Отменить счёт %1 на %2? Клиент больше не сможет его оплатить.</translation>
    </message>
    <message>
        <source>Cancel invoice</source>
        <translation>Отменить счёт</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Cancellation of invoice %1 requested; waiting for Kaspi to confirm</source>
        <translation>Запрошена отмена счёта %1; ждём подтверждения Kaspi</translation>
    </message>
    <message>
        <source>Invoice %1 cancelled</source>
        <translation>Счёт %1 отменён</translation>
    </message>
    <message numerus="yes">
        <source>Checked %1 of %n invoice(s); %2 changed</source>
        <translation>
            <numerusform>Проверено %1 из %n счёта; изменилось: %2</numerusform>
            <numerusform>Проверено %1 из %n счетов; изменилось: %2</numerusform>
            <numerusform>Проверено %1 из %n счетов; изменилось: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n invoice id(s)</source>
        <translation>
            <numerusform>Скопирован %n номер счёта</numerusform>
            <numerusform>Скопировано %n номера счетов</numerusform>
            <numerusform>Скопировано %n номеров счетов</numerusform>
        </translation>
    </message>
    <message>
        <source>Export invoices</source>
        <translation>Экспорт счетов</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting invoices…</source>
        <translation>Экспорт счетов…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Exporting invoices… %1 written</source>
        <translation>Экспорт счетов… записано %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n invoice(s) to %1</source>
        <translation>
            <numerusform>%n счёт экспортирован в %1</numerusform>
            <numerusform>%n счёта экспортировано в %1</numerusform>
            <numerusform>%n счетов экспортировано в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written</source>
        <translation>Экспорт отменён; файл не записан</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Счёт %1</translation>
    </message>
    <message>
        <source>The demo payment was refused: %1</source>
        <translation>Демо-оплата отклонена: %1</translation>
    </message>
    <message>
        <source>Demo: invoice %1 paid by the simulated customer</source>
        <translation>Демо: счёт %1 оплачен условным клиентом</translation>
    </message>
    <message>
        <source>Cancel the invoice (only while it is processing or pending) (Del)</source>
        <translation>Отменить счёт (только пока он обрабатывается или ожидает оплаты) (Del)</translation>
    </message>
    <message>
        <source>Refund all or part of a paid invoice (Ctrl+Shift+R)</source>
        <translation>Вернуть всю сумму или часть оплаченного счёта (Ctrl+Shift+R)</translation>
    </message>
</context>
<context>
    <name>apipay::InvoiceDetailPane</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Сумма:</translation>
    </message>
    <message>
        <source>Subtotal:</source>
        <translation>Подытог:</translation>
    </message>
    <message>
        <source>Discount:</source>
        <translation>Скидка:</translation>
    </message>
    <message>
        <source>Refunded:</source>
        <translation>Возвращено:</translation>
    </message>
    <message>
        <source>Available for refund:</source>
        <translation>Доступно к возврату:</translation>
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
        <translation>Комментарий клиента:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <source>Order id:</source>
        <translation>Номер заказа:</translation>
    </message>
    <message>
        <source>Kaspi invoice:</source>
        <translation>Счёт Kaspi:</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Ошибка:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Создан:</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>Оплачен:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Истекает:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Обновлён:</translation>
    </message>
    <message>
        <source>Sandbox:</source>
        <translation>Тестовый:</translation>
    </message>
    <message>
        <source>From a subscription:</source>
        <translation>Из подписки:</translation>
    </message>
    <message>
        <source>Loading refunds…</source>
        <translation>Загрузка возвратов…</translation>
    </message>
    <message>
        <source>No invoice selected</source>
        <translation>Счёт не выбран</translation>
    </message>
    <message>
        <source>Select an invoice in the list to see its details, items and refunds.</source>
        <translation>Выберите счёт в списке, чтобы увидеть его данные, товары и возвраты.</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Счёт %1</translation>
    </message>
    <message>
        <source>Could not load the invoice: %1</source>
        <translation>Не удалось загрузить счёт: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>Some fields could not be read and are shown as “—”: %1</source>
        <translation>Некоторые поля не удалось прочитать, они показаны как «—»: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Items&lt;/b&gt;</source>
        <translation>&lt;b&gt;Товары&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>%1 (deleted from the catalog)</source>
        <translation>%1 (удалён из каталога)</translation>
    </message>
    <message>
        <source>%1 (catalog %2)</source>
        <translation>%1 (каталог: %2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Refunds&lt;/b&gt;</source>
        <translation>&lt;b&gt;Возвраты&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Could not load the refunds: %1</source>
        <translation>Не удалось загрузить возвраты: %1</translation>
    </message>
    <message>
        <source>No refunds.</source>
        <translation>Возвратов нет.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
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
        <translation>Внутренняя заметка:</translation>
    </message>
    <message>
        <source>%1 (+%2 in progress)</source>
        <extracomment>Refunded total of an invoice and the part of a refund not yet completed, e.g. &quot;0.00 ₸ (+1,000.50 ₸ in progress)&quot;.</extracomment>
        <translation>%1 (+%2 в обработке)</translation>
    </message>
    <message>
        <source>%1 (Kaspi check)</source>
        <extracomment>Customer row of an invoice not yet paid: the name of the Kaspi account of the invoice&apos;s number, as the check at the counter returned it, e.g. &quot;Ivan I. (Kaspi check)&quot;. Kaspi names the payer at payment.</extracomment>
        <translation>%1 (проверка Kaspi)</translation>
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
        <translation>Возврат</translation>
    </message>
</context>
<context>
    <name>apipay::InvoiceFilterBar</name>
    <message>
        <source>Search by id, description or order id (Ctrl+F)</source>
        <translation>Поиск по номеру, описанию или номеру заказа (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Вчера</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Выбрать даты</translation>
    </message>
    <message>
        <source>Days in the shop&apos;s time zone, both ends included</source>
        <translation>Дни по часовому поясу магазина, включая обе границы</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message numerus="yes">
        <source>%n status(es)</source>
        <translation>
            <numerusform>%n статус</numerusform>
            <numerusform>%n статуса</numerusform>
            <numerusform>%n статусов</numerusform>
        </translation>
    </message>
    <message>
        <source>Paid on:</source>
        <extracomment>Before the period filter of the invoice list when it counts the day the money came in, not the day the invoice was made.</extracomment>
        <translation>Оплачены:</translation>
    </message>
    <message>
        <source>The period counts the day each invoice was paid, as the overview&apos;s takings do</source>
        <translation>Период считается по дню оплаты счёта, как выручка в обзоре</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <source>Search: number, phone, customer, item, note, order id (Ctrl+F)</source>
        <translation>Поиск: номер, телефон, клиент, товар, заметка, заказ (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>apipay::InvoiceNoteEditor</name>
    <message>
        <source>Edit note</source>
        <translation>Изменить заметку</translation>
    </message>
    <message>
        <source>A note only for you (not sent to the customer)</source>
        <translation>Заметка только для вас (покупателю не отправляется)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>This server (API v2.0) cannot store notes.</source>
        <translation>Этот сервер (API v2.0) не умеет хранить заметки.</translation>
    </message>
    <message>
        <source>The connection broke while the note was being saved. Checking what ApiPay has…</source>
        <translation>Соединение прервалось во время сохранения заметки. Проверяем, что сохранилось в ApiPay…</translation>
    </message>
    <message>
        <source>The note was not saved. Press Save to try again.</source>
        <translation>Заметка не сохранена. Нажмите «Сохранить», чтобы попробовать снова.</translation>
    </message>
    <message>
        <source>It is not known whether the note was saved (%1). Open the invoice again to see what ApiPay has.</source>
        <translation>Неизвестно, сохранилась ли заметка (%1). Откройте счёт снова, чтобы увидеть, что сохранено в ApiPay.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Заметка сохранена.</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <extracomment>The characters typed in the note and the most allowed, e.g. &quot;12/255&quot;.</extracomment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Saving the note…</source>
        <translation>Сохраняем заметку…</translation>
    </message>
</context>
<context>
    <name>apipay::InvoiceReceiptBar</name>
    <message>
        <source>Getting the Kaspi receipt…</source>
        <translation>Получаем чек Kaspi…</translation>
    </message>
    <message>
        <source>The receipt was opened in the browser.</source>
        <translation>Чек открыт в браузере.</translation>
    </message>
    <message>
        <source>The receipt link is on the clipboard.</source>
        <translation>Ссылка на чек скопирована в буфер обмена.</translation>
    </message>
    <message>
        <source>Open receipt</source>
        <translation>Открыть чек</translation>
    </message>
    <message>
        <source>Open the Kaspi receipt of this payment in the browser</source>
        <translation>Открыть чек Kaspi по этой оплате в браузере</translation>
    </message>
    <message>
        <source>Copy receipt link</source>
        <translation>Копировать ссылку на чек</translation>
    </message>
    <message>
        <source>Copy the link to the Kaspi receipt to send it to the customer</source>
        <translation>Скопировать ссылку на чек Kaspi, чтобы отправить её покупателю</translation>
    </message>
</context>
<context>
    <name>apipay::InvoiceStatus</name>
    <message>
        <source>Processing</source>
        <translation>Обрабатывается</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>Ожидает оплаты</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>Отменяется</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачен</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Истёк</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <translation>Частично возвращён</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Возвращён</translation>
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
        <translation>Создан</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>Номер заказа</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачен</translation>
    </message>
</context>
<context>
    <name>apipay::InvoicesPage</name>
    <message>
        <source>Invoices</source>
        <translation>Счета</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Load the list again (F5)</source>
        <translation>Загрузить список заново (F5)</translation>
    </message>
    <message>
        <source>Loading invoices…</source>
        <translation>Загрузка счетов…</translation>
    </message>
    <message>
        <source>No invoices match these filters — change or clear the filters.</source>
        <translation>Нет счетов по этим фильтрам — измените или сбросьте фильтры.</translation>
    </message>
    <message>
        <source>No invoices yet — press Ctrl+N to create one.</source>
        <translation>Счетов пока нет — нажмите Ctrl+N, чтобы выставить первый.</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) loaded</source>
        <translation>
            <numerusform>Загружен %n счёт</numerusform>
            <numerusform>Загружено %n счёта</numerusform>
            <numerusform>Загружено %n счетов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · loading…</source>
        <translation>%1 · загрузка…</translation>
    </message>
    <message>
        <source>%1 · scroll down for more</source>
        <translation>%1 · прокрутите вниз, чтобы загрузить ещё</translation>
    </message>
    <message>
        <source>The list cannot be sorted by this column</source>
        <translation>Список нельзя отсортировать по этому столбцу</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln счёт</numerusform>
            <numerusform>%Ln счёта</numerusform>
            <numerusform>%Ln счетов</numerusform>
        </translation>
    </message>
    <message>
        <source>The invoices could not be loaded. %1 F5 loads them again.</source>
        <translation>Счета не удалось загрузить. %1 F5 — загрузить снова.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a period of days</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>paid on %1</source>
        <comment>the invoices shown were paid on these days</comment>
        <translation>оплачены %1</translation>
    </message>
    <message>
        <source>made on %1 (the history on this computer is still being read, so the day of payment cannot be used yet)</source>
        <translation>созданы %1 (история на этом компьютере ещё загружается, поэтому день оплаты пока нельзя учитывать)</translation>
    </message>
    <message>
        <source>made on %1</source>
        <comment>the invoices shown were made on these days</comment>
        <translation>созданы %1</translation>
    </message>
    <message>
        <source>status: %1</source>
        <comment>the statuses of the invoices shown</comment>
        <translation>статус: %1</translation>
    </message>
</context>
<context>
    <name>apipay::KaspiClientHint</name>
    <message>
        <source>This number has Kaspi</source>
        <translation>У этого номера есть Kaspi</translation>
    </message>
    <message>
        <source>Kaspi: %1</source>
        <translation>Kaspi: %1</translation>
    </message>
    <message>
        <source>This number has no Kaspi account — the customer will not receive the invoice</source>
        <translation>У этого номера нет аккаунта Kaspi — покупатель не получит счёт</translation>
    </message>
    <message>
        <source>Could not check this number now</source>
        <translation>Сейчас не удалось проверить этот номер</translation>
    </message>
    <message>
        <source>Not checked: too many numbers checked in the last minute</source>
        <translation>Не проверено: за последнюю минуту проверено слишком много номеров</translation>
    </message>
</context>
<context>
    <name>apipay::MainWindow</name>
    <message>
        <source>No API key</source>
        <translation>Нет API-ключа</translation>
    </message>
    <message>
        <source>Enter the API key of “%1” in Settings to load your invoices.</source>
        <translation>Введите API-ключ магазина «%1» в настройках, чтобы загрузить счета.</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Открыть настройки</translation>
    </message>
    <message>
        <source>ApiPay Desk</source>
        <translation>ApiPay Desk</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
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
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <source>&amp;New invoice</source>
        <translation>Новый &amp;счёт</translation>
    </message>
    <message>
        <source>&amp;About ApiPay Desk</source>
        <translation>&amp;О программе ApiPay Desk</translation>
    </message>
    <message>
        <source>Wrong API key</source>
        <translation>Неверный API-ключ</translation>
    </message>
    <message>
        <source>The server refused the API key. Check the key in Settings.</source>
        <translation>Сервер отклонил API-ключ. Проверьте ключ в настройках.</translation>
    </message>
    <message>
        <source>The system keychain cannot be used</source>
        <translation>Системную связку ключей нельзя использовать</translation>
    </message>
    <message>
        <source>The API key cannot be read</source>
        <translation>Не удаётся прочитать API-ключ</translation>
    </message>
    <message>
        <source>Enter the API key of “%1” in Settings to work now.</source>
        <translation>Введите API-ключ магазина «%1» в настройках, чтобы продолжить работу.</translation>
    </message>
    <message>
        <source>Ctrl+1 to Ctrl+8 open the sections directly.</source>
        <translation>Ctrl+1 … Ctrl+8 открывают разделы напрямую.</translation>
    </message>
</context>
<context>
    <name>apipay::MessageBanner</name>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Закрыть сообщение</translation>
    </message>
</context>
<context>
    <name>apipay::Money</name>
    <message>
        <source>Enter an amount.</source>
        <translation>Введите сумму.</translation>
    </message>
    <message>
        <source>This is not an amount. Use digits and one decimal separator, e.g. 15000 or 15000,50.</source>
        <translation>Это не сумма. Используйте цифры и один десятичный разделитель, например 15000 или 15000,50.</translation>
    </message>
    <message>
        <source>At most two digits after the decimal separator (tiyn).</source>
        <translation>Не больше двух цифр после десятичного разделителя (тиыны).</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Сумма не может быть отрицательной.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Сумма слишком большая.</translation>
    </message>
    <message>
        <source>The amount is not a finite number.</source>
        <translation>Сумма — не конечное число.</translation>
    </message>
    <message>
        <source>The amount is neither a number nor text.</source>
        <translation>Сумма — не число и не текст.</translation>
    </message>
</context>
<context>
    <name>apipay::MoneyLineEdit</name>
    <message>
        <source>Enter an amount.</source>
        <translation>Введите сумму.</translation>
    </message>
    <message>
        <source>The amount must be at least %1.</source>
        <translation>Сумма должна быть не меньше %1.</translation>
    </message>
    <message>
        <source>The amount must not exceed %1.</source>
        <translation>Сумма не должна превышать %1.</translation>
    </message>
</context>
<context>
    <name>apipay::OfflineBanner</name>
    <message>
        <source>Not available offline — the server cannot be reached</source>
        <translation>Недоступно без связи — сервер не отвечает</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <source>Offline — history as of %1</source>
        <translation>Нет связи — история на %1</translation>
    </message>
    <message>
        <source>Everything stored on this computer stays readable. Creating, cancelling and refunding wait until the server answers again.</source>
        <translation>Всё, что хранится на этом компьютере, можно смотреть. Создание, отмена и возвраты ждут, пока сервер снова ответит.</translation>
    </message>
</context>
<context>
    <name>apipay::OverviewCard</name>
    <message>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>last week</source>
        <translation>прошлая неделя</translation>
    </message>
    <message>
        <source>last month</source>
        <translation>прошлый месяц</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>вчера</translation>
    </message>
    <message>
        <source>Takings</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Возвраты</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Paid invoices</source>
        <translation>Оплаченные счета</translation>
    </message>
    <message>
        <source>Average ticket</source>
        <translation>Средний чек</translation>
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
        <translation>%1 до %2</translation>
    </message>
    <message>
        <source>Open the refunds made this week</source>
        <translation>Открыть возвраты за эту неделю</translation>
    </message>
    <message>
        <source>Open the refunds made this month</source>
        <translation>Открыть возвраты за этот месяц</translation>
    </message>
    <message>
        <source>Open the refunds made today</source>
        <translation>Открыть сегодняшние возвраты</translation>
    </message>
    <message>
        <source>Open the invoices paid this week</source>
        <translation>Открыть счета, оплаченные на этой неделе</translation>
    </message>
    <message>
        <source>Open the invoices paid this month</source>
        <translation>Открыть счета, оплаченные в этом месяце</translation>
    </message>
    <message>
        <source>Open the invoices paid today</source>
        <translation>Открыть счета, оплаченные сегодня</translation>
    </message>
    <message>
        <source>%1 · so far: the history is still loading</source>
        <translation>%1 · пока неполно: история ещё загружается</translation>
    </message>
    <message>
        <source>%1: the history on this computer does not reach back that far yet; the comparison appears once it does.</source>
        <translation>%1: история на этом компьютере ещё не загружена так далеко; сравнение появится, когда загрузится.</translation>
    </message>
</context>
<context>
    <name>apipay::OverviewChart</name>
    <message>
        <source>30 days</source>
        <translation>30 дней</translation>
    </message>
    <message>
        <source>Net takings per day over the last 30 days</source>
        <translation>Чистая выручка по дням за последние 30 дней</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>12 месяцев</translation>
    </message>
    <message>
        <source>Net takings per month over the last 12 months</source>
        <translation>Чистая выручка по месяцам за последние 12 месяцев</translation>
    </message>
    <message>
        <source>Net takings chart</source>
        <translation>График чистой выручки</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Net takings per month, %1</source>
        <translation>Чистая выручка по месяцам, %1</translation>
    </message>
    <message>
        <source>Net takings per day, %1</source>
        <translation>Чистая выручка по дням, %1</translation>
    </message>
    <message>
        <source>Net takings</source>
        <translation>Чистая выручка</translation>
    </message>
    <message>
        <source>Grey bars are not complete yet: the history is still loading</source>
        <translation>Серые столбцы ещё не полные: история ещё загружается</translation>
    </message>
    <message>
        <source>Not complete yet</source>
        <translation>Ещё не полные</translation>
    </message>
</context>
<context>
    <name>apipay::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>End-of-day report…</source>
        <translation>Отчёт за день…</translation>
    </message>
    <message>
        <source>Print or save as PDF the takings, invoices and refunds of a day</source>
        <translation>Напечатать или сохранить в PDF выручку, счета и возвраты за день</translation>
    </message>
    <message>
        <source>Best sellers</source>
        <translation>Лидеры продаж</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Best sellers of</source>
        <translation>Лидеры продаж за</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>History is being read from the server…</source>
        <translation>История загружается с сервера…</translation>
    </message>
    <message>
        <source>No history on this computer yet</source>
        <translation>На этом компьютере ещё нет истории</translation>
    </message>
    <message>
        <source>Waiting for payment now: %1</source>
        <translation>Сейчас ждут оплаты: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n sold line(s) left out: their price or quantity could not be read.</source>
        <translation>
            <numerusform>%n проданная позиция не учтена: не удалось прочитать цену или количество.</numerusform>
            <numerusform>%n проданные позиции не учтены: не удалось прочитать цену или количество.</numerusform>
            <numerusform>%n проданных позиций не учтено: не удалось прочитать цену или количество.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Server: %n paid · %1</source>
        <translation>
            <numerusform>Сервер: %n оплачен · %1</numerusform>
            <numerusform>Сервер: %n оплачено · %1</numerusform>
            <numerusform>Сервер: %n оплачено · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s figures differ from this computer&apos;s: the history is still syncing.</source>
        <translation>Цифры сервера отличаются от цифр на этом компьютере: история ещё загружается.</translation>
    </message>
    <message>
        <source>The server&apos;s figures differ from this computer&apos;s: payments arrived after the last sync.</source>
        <translation>Цифры сервера отличаются от цифр на этом компьютере: после последней синхронизации пришли оплаты.</translation>
    </message>
    <message>
        <source>The server&apos;s figures differ from this computer&apos;s.</source>
        <translation>Цифры сервера отличаются от цифр на этом компьютере.</translation>
    </message>
    <message>
        <source>No history on this computer yet, and the server did not answer: %1</source>
        <translation>На этом компьютере ещё нет истории, а сервер не ответил: %1</translation>
    </message>
    <message>
        <source>Cannot reach the server — the history will load when the connection is back.</source>
        <translation>Нет связи с сервером — история загрузится, когда связь восстановится.</translation>
    </message>
    <message>
        <source>The history cannot be read from the server right now — it will load when the server answers again. %1</source>
        <translation>Историю сейчас не удаётся получить с сервера — она загрузится, когда сервер снова ответит. %1</translation>
    </message>
    <message>
        <source>Open the invoices waiting for payment</source>
        <translation>Открыть счета, ожидающие оплаты</translation>
    </message>
    <message>
        <source>Overview: waiting for payment now</source>
        <translation>Обзор: сейчас ожидают оплаты</translation>
    </message>
    <message>
        <source>Overview: paid this week</source>
        <translation>Обзор: оплачено на этой неделе</translation>
    </message>
    <message>
        <source>Overview: paid this month</source>
        <translation>Обзор: оплачено в этом месяце</translation>
    </message>
    <message>
        <source>Overview: paid today</source>
        <translation>Обзор: оплачено сегодня</translation>
    </message>
    <message>
        <source>This run keeps no history on this computer: its API key was given for this run only (APIPAY_API_KEY). Shops added in Settings keep their history here.</source>
        <translation>В этом запуске история на компьютере не хранится: API-ключ задан только на этот запуск (APIPAY_API_KEY). Магазины, добавленные в «Настройках», хранят свою историю здесь.</translation>
    </message>
    <message>
        <source>The server did not answer: %1</source>
        <translation>Сервер не ответил: %1</translation>
    </message>
    <message>
        <source>(as of %1)</source>
        <translation>(на %1)</translation>
    </message>
    <message>
        <source>Today&apos;s paid invoices as the server counts them. F5 reads them again.</source>
        <translation>Оплаченные сегодня счета по данным сервера. F5 — прочитать заново.</translation>
    </message>
</context>
<context>
    <name>apipay::PagedCsvExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Export stopped at page %1: %2</source>
        <translation>Экспорт остановлен на странице %1: %2</translation>
    </message>
</context>
<context>
    <name>apipay::PaymentNotifier</name>
    <message>
        <source>Invoice %1 was paid: %2</source>
        <translation>Счёт %1 оплачен: %2</translation>
    </message>
    <message>
        <source>Invoice %1 was paid.</source>
        <translation>Счёт %1 оплачен.</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Оплата получена</translation>
    </message>
    <message>
        <source>Invoice %1 expired without payment.</source>
        <translation>Счёт %1 истёк без оплаты.</translation>
    </message>
    <message>
        <source>Invoice %1 was cancelled.</source>
        <translation>Счёт %1 отменён.</translation>
    </message>
    <message>
        <source>Invoice %1 could not be delivered to Kaspi.</source>
        <translation>Не удалось доставить счёт %1 в Kaspi.</translation>
    </message>
    <message>
        <source>Invoice %1 could not be delivered to Kaspi: %2</source>
        <translation>Не удалось доставить счёт %1 в Kaspi: %2</translation>
    </message>
    <message>
        <source>Invoice %1 is now %2.</source>
        <translation>Счёт %1 теперь: %2.</translation>
    </message>
    <message>
        <source>Invoice ended</source>
        <translation>Счёт завершён</translation>
    </message>
</context>
<context>
    <name>apipay::PhoneNumber</name>
    <message>
        <source>Enter the customer&apos;s phone number.</source>
        <translation>Введите номер телефона клиента.</translation>
    </message>
    <message>
        <source>A phone number may contain only digits, spaces, brackets and dashes.</source>
        <translation>Номер телефона может содержать только цифры, пробелы, скобки и дефисы.</translation>
    </message>
    <message>
        <source>A Kazakhstan number has 10 digits after +7, e.g. +7 700 123 45 67.</source>
        <translation>Казахстанский номер содержит 10 цифр после +7, например +7 700 123 45 67.</translation>
    </message>
    <message>
        <source>The number must start with +7 or 8, e.g. +7 700 123 45 67.</source>
        <translation>Номер должен начинаться с +7 или 8, например +7 700 123 45 67.</translation>
    </message>
    <message>
        <source>This is not a Kazakhstan mobile number; Kaspi may not find the customer.</source>
        <translation>Это не казахстанский мобильный номер; Kaspi может не найти клиента.</translation>
    </message>
</context>
<context>
    <name>apipay::QrCode</name>
    <message>
        <source>There is nothing to encode: the QR content is empty.</source>
        <translation>Нечего кодировать: содержимое QR пустое.</translation>
    </message>
    <message>
        <source>The text is too long for a QR code (%1 bytes; at most 2953 fit).</source>
        <translation>Текст слишком длинный для QR-кода (%1 байт; помещается не больше 2953).</translation>
    </message>
    <message>
        <source>Low (7 %)</source>
        <translation>Низкий (7 %)</translation>
    </message>
    <message>
        <source>Medium (15 %)</source>
        <translation>Средний (15 %)</translation>
    </message>
    <message>
        <source>Quartile (25 %)</source>
        <translation>Квартиль (25 %)</translation>
    </message>
    <message>
        <source>High (30 %)</source>
        <translation>Высокий (30 %)</translation>
    </message>
</context>
<context>
    <name>apipay::QrCountdown</name>
    <message>
        <source>Expired</source>
        <translation>Истёк</translation>
    </message>
    <message>
        <source>Expires in %1</source>
        <translation>Истекает через %1</translation>
    </message>
</context>
<context>
    <name>apipay::QrCounterInput</name>
    <message>
        <source>Enter the amount.</source>
        <translation>Введите сумму.</translation>
    </message>
    <message>
        <source>By a&amp;mount</source>
        <translation>&amp;По сумме</translation>
    </message>
    <message>
        <source>From the ca&amp;talog</source>
        <translation>Из &amp;каталога</translation>
    </message>
    <message>
        <source>&amp;Amount, ₸:</source>
        <translation>&amp;Сумма, ₸:</translation>
    </message>
    <message>
        <source>Show QR</source>
        <translation>Показать QR</translation>
    </message>
    <message>
        <source>Create a Kaspi QR invoice for this amount or cart (Enter)</source>
        <translation>Создать QR-счёт Kaspi на эту сумму или корзину (Enter)</translation>
    </message>
</context>
<context>
    <name>apipay::QrCounterPanel</name>
    <message>
        <source>The server no longer knows this QR invoice.</source>
        <translation>Сервер больше не знает этот QR-счёт.</translation>
    </message>
    <message>
        <source>The QR picture could not be loaded from the server.</source>
        <translation>Не удалось загрузить картинку QR с сервера.</translation>
    </message>
    <message>
        <source>Cancel invoice</source>
        <translation>Отменить счёт</translation>
    </message>
    <message>
        <source>New QR</source>
        <translation>Новый QR</translation>
    </message>
    <message>
        <source>Next customer</source>
        <translation>Следующий клиент</translation>
    </message>
    <message>
        <source>Simulate payment (demo)</source>
        <translation>Имитировать оплату (демо)</translation>
    </message>
    <message>
        <source>Type the amount and press Enter</source>
        <translation>Введите сумму и нажмите Enter</translation>
    </message>
    <message>
        <source>Creating the QR invoice…</source>
        <translation>Создаём QR-счёт…</translation>
    </message>
    <message>
        <source>The answer was lost. Checking whether the QR invoice was created…</source>
        <translation>Ответ потерян. Проверяем, создан ли QR-счёт…</translation>
    </message>
    <message>
        <source>The QR invoice was not created. Press Enter to try again.</source>
        <translation>QR-счёт не создан. Нажмите Enter, чтобы попробовать снова.</translation>
    </message>
    <message numerus="yes">
        <source>Too many QR invoices this minute. Try again in %n second(s).</source>
        <translation>
            <numerusform>Слишком много QR-счетов за минуту. Попробуйте через %n секунду.</numerusform>
            <numerusform>Слишком много QR-счетов за минуту. Попробуйте через %n секунды.</numerusform>
            <numerusform>Слишком много QR-счетов за минуту. Попробуйте через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>A QR invoice cannot be cancelled; it stops at %1.</source>
        <translation>QR-счёт нельзя отменить; он перестанет действовать в %1.</translation>
    </message>
    <message>
        <source>The demo payment was refused: %1</source>
        <translation>Демо-оплата отклонена: %1</translation>
    </message>
    <message>
        <source>its expiry time</source>
        <translation>момент истечения срока</translation>
    </message>
    <message>
        <source>Paid ✓</source>
        <translation>Оплачен ✓</translation>
    </message>
    <message>
        <source>The QR invoice expired without payment.</source>
        <translation>Срок QR-счёта истёк без оплаты.</translation>
    </message>
    <message>
        <source>The customer cancelled the payment in the Kaspi app.</source>
        <translation>Покупатель отменил оплату в приложении Kaspi.</translation>
    </message>
    <message>
        <source>Kaspi could not take this payment.</source>
        <translation>Kaspi не смог принять эту оплату.</translation>
    </message>
    <message>
        <source>Kaspi could not take this payment: %1</source>
        <translation>Kaspi не смог принять эту оплату: %1</translation>
    </message>
    <message>
        <source>Waiting for the customer to scan and pay…</source>
        <translation>Ждём, пока покупатель отсканирует и оплатит…</translation>
    </message>
    <message>
        <source>Time is up — waiting for Kaspi&apos;s final answer</source>
        <translation>Время вышло — ждём окончательного ответа Kaspi</translation>
    </message>
    <message>
        <source>%1 left to scan (until %2)</source>
        <translation>На сканирование осталось %1 (до %2)</translation>
    </message>
    <message>
        <source>Loading the QR code…</source>
        <translation>Загружаем QR-код…</translation>
    </message>
    <message>
        <source>No QR code to show</source>
        <translation>Нет QR-кода для показа</translation>
    </message>
    <message>
        <source>Could not check whether the QR invoice was created: %1 Press Enter to check again, or Esc to set this sale aside.</source>
        <translation>Не удалось проверить, создан ли QR-счёт: %1 Нажмите Enter, чтобы проверить ещё раз, или Esc, чтобы отложить эту продажу.</translation>
    </message>
    <message>
        <source>Type the amount and press Enter
The QR will also show on the customer screen</source>
        <translation>Введите сумму и нажмите Enter
QR появится и на экране покупателя</translation>
    </message>
    <message>
        <source>Type the amount and press Enter
The QR will also fill this screen for the customer (Esc closes it)</source>
        <translation>Введите сумму и нажмите Enter
QR откроется для покупателя на весь этот экран (Esc закрывает)</translation>
    </message>
    <message>
        <source>Enter makes a new QR for %1. The QR shown, for %2, can still be paid until %3.</source>
        <extracomment>QR counter: the cashier typed another amount while a QR waits to be scanned, e.g. &quot;Enter makes a new QR for 7,000.00 ₸. The QR shown, for 5,000.00 ₸, can still be paid until 16:52.&quot;</extracomment>
        <translation>Enter создаст новый QR на %1. Показанный QR на %2 можно оплатить до %3.</translation>
    </message>
</context>
<context>
    <name>apipay::QrDetailsPanel</name>
    <message>
        <source>Amount:</source>
        <translation>Сумма:</translation>
    </message>
    <message>
        <source>Payment request ID:</source>
        <translation>ID запроса на оплату:</translation>
    </message>
    <message>
        <source>Payment ID:</source>
        <translation>ID платежа:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Истекает:</translation>
    </message>
</context>
<context>
    <name>apipay::QrExporter</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Не удалось сохранить %1: %2</translation>
    </message>
    <message>
        <source>There is no QR code to save.</source>
        <translation>Нет QR-кода для сохранения.</translation>
    </message>
    <message>
        <source>Could not encode the PNG image.</source>
        <translation>Не удалось закодировать изображение PNG.</translation>
    </message>
    <message>
        <source>There is no QR code to print.</source>
        <translation>Нет QR-кода для печати.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Не удалось запустить принтер.</translation>
    </message>
</context>
<context>
    <name>apipay::QrFileActions</name>
    <message>
        <source>Open Antom pay response</source>
        <translation>Открыть ответ Antom на оплату</translation>
    </message>
    <message>
        <source>JSON or text (*.json *.txt)</source>
        <translation>JSON или текст (*.json *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Save QR code as PNG</source>
        <translation>Сохранить QR-код в PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>Save QR code as SVG</source>
        <translation>Сохранить QR-код в SVG</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Изображение SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>apipay::QrInvoiceRequest</name>
    <message>
        <source>Enter an amount or add items from the catalog.</source>
        <translation>Введите сумму или добавьте товары из каталога.</translation>
    </message>
    <message>
        <source>The amount must be between 0.01 and 99 999 999.99 ₸.</source>
        <translation>Сумма должна быть от 0,01 до 99 999 999,99 ₸.</translation>
    </message>
    <message>
        <source>A QR invoice takes at most 100 cart lines.</source>
        <translation>В QR-счёте может быть не более 100 строк корзины.</translation>
    </message>
    <message>
        <source>The description may have at most 100 characters: it becomes the line on the Kaspi receipt.</source>
        <translation>Описание может содержать не более 100 символов: оно становится строкой в чеке Kaspi.</translation>
    </message>
    <message>
        <source>The note may have at most 255 characters.</source>
        <translation>Заметка может содержать не более 255 символов.</translation>
    </message>
    <message>
        <source>The order ID may have at most 191 characters.</source>
        <translation>Номер заказа может содержать не более 191 символа.</translation>
    </message>
    <message>
        <source>The discount must be between 1 and 99 %.</source>
        <translation>Скидка должна быть от 1 до 99 %.</translation>
    </message>
</context>
<context>
    <name>apipay::QrPage</name>
    <message>
        <source>QR code saved to %1</source>
        <translation>QR-код сохранён в %1</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR-код</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Вставить</translation>
    </message>
    <message>
        <source>Paste an Antom pay response, a codeValue or a URL (Ctrl+V)</source>
        <translation>Вставить ответ Antom на оплату, codeValue или URL (Ctrl+V)</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Открыть файл…</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>Сохранить PNG…</translation>
    </message>
    <message>
        <source>Save SVG…</source>
        <translation>Сохранить SVG…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source> cm</source>
        <translation> см</translation>
    </message>
    <message>
        <source>Printed size of the code, quiet zone included</source>
        <translation>Размер кода при печати, включая свободное поле</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Экран покупателя</translation>
    </message>
    <message>
        <source>No QR code yet.
Paste an Antom pay response with Ctrl+V, drop a file here, or open an invoice&apos;s payment link.</source>
        <translation>QR-кода пока нет.
Вставьте ответ Antom на оплату через Ctrl+V, перетащите сюда файл или откройте ссылку на оплату счёта.</translation>
    </message>
    <message>
        <source>Kaspi payment via Antom</source>
        <translation>Оплата Kaspi через Antom</translation>
    </message>
    <message>
        <source>Imported code</source>
        <translation>Импортированный код</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Не удалось открыть %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for an Antom pay response (more than 1 MiB).</source>
        <translation>%1 слишком большой для ответа Antom на оплату (больше 1 МиБ).</translation>
    </message>
    <message>
        <source>No QR code</source>
        <translation>Нет QR-кода</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Счёт %1</translation>
    </message>
    <message>
        <source>Paid ✓</source>
        <translation>Оплачен ✓</translation>
    </message>
    <message>
        <source>The clipboard holds neither text nor a file.</source>
        <translation>В буфере обмена нет ни текста, ни файла.</translation>
    </message>
    <message>
        <source>The Kaspi app link is on the clipboard.</source>
        <translation>Ссылка для приложения Kaspi скопирована в буфер обмена.</translation>
    </message>
    <message>
        <source>The web payment link is on the clipboard.</source>
        <translation>Ссылка на страницу оплаты скопирована в буфер обмена.</translation>
    </message>
    <message>
        <source>Copy app link</source>
        <translation>Копировать ссылку для приложения</translation>
    </message>
    <message>
        <source>The link that opens this payment in the Kaspi app on a phone (Antom’s applinkUrl)</source>
        <translation>Ссылка, которая открывает эту оплату в приложении Kaspi на телефоне (applinkUrl в ответе Antom)</translation>
    </message>
    <message>
        <source>Copy web link</source>
        <translation>Копировать веб-ссылку</translation>
    </message>
    <message>
        <source>The link to this payment’s page in a browser (Antom’s normalUrl)</source>
        <translation>Ссылка на страницу этой оплаты в браузере (normalUrl в ответе Antom)</translation>
    </message>
    <message>
        <source>Paste (Ctrl+V), drop or open the answer Antom gave for a Kaspi payment (a JSON file or text): the QR code is drawn from it. The code on its own, or a payment link, works too.</source>
        <translation>Вставьте (Ctrl+V), перетащите или откройте ответ Antom на оплату через Kaspi (файл JSON или текст): по нему будет нарисован QR-код. Подойдёт и сам код или ссылка на оплату.</translation>
    </message>
</context>
<context>
    <name>apipay::QrWidget</name>
    <message>
        <source>Payment QR code</source>
        <translation>QR-код для оплаты</translation>
    </message>
    <message>
        <source>Too small to show the QR code</source>
        <translation>Слишком мало места для QR-кода</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Истёк</translation>
    </message>
    <message>
        <source>Paid ✓</source>
        <translation>Оплачен ✓</translation>
    </message>
</context>
<context>
    <name>apipay::QtKeychainSecretStore</name>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>Системная связка ключей не ответила вовремя.</translation>
    </message>
</context>
<context>
    <name>apipay::ReceiptFetcher</name>
    <message>
        <source>Not connected to ApiPay.</source>
        <translation>Нет подключения к ApiPay.</translation>
    </message>
    <message>
        <source>Kaspi is preparing the receipt…</source>
        <translation>Kaspi готовит чек…</translation>
    </message>
    <message numerus="yes">
        <source>Too many receipt requests: asking again in %n second(s).</source>
        <translation>
            <numerusform>Слишком много запросов чека: спросим снова через %n секунду.</numerusform>
            <numerusform>Слишком много запросов чека: спросим снова через %n секунды.</numerusform>
            <numerusform>Слишком много запросов чека: спросим снова через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kaspi did not return the receipt: asking again in a minute.</source>
        <translation>Kaspi не вернул чек: спросим снова через минуту.</translation>
    </message>
    <message numerus="yes">
        <source>The Kaspi receipt is still not ready after %n minute(s). Try again later.</source>
        <translation>
            <numerusform>Чек Kaspi не готов и через %n минуту. Попробуйте позже.</numerusform>
            <numerusform>Чек Kaspi не готов и через %n минуты. Попробуйте позже.</numerusform>
            <numerusform>Чек Kaspi не готов и через %n минут. Попробуйте позже.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Kaspi receipt is available only for paid invoices.</source>
        <translation>Чек Kaspi есть только у оплаченных счетов.</translation>
    </message>
    <message>
        <source>The Kaspi cashier session has expired: reconnect the cashier in the ApiPay dashboard, then try again.</source>
        <translation>Сессия кассира Kaspi истекла: переподключите кассира в кабинете ApiPay и попробуйте снова.</translation>
    </message>
    <message>
        <source>The Kaspi cashier is unavailable right now. Try again in a few minutes.</source>
        <translation>Кассир Kaspi сейчас недоступен. Попробуйте через несколько минут.</translation>
    </message>
    <message>
        <source>This ApiPay server gives no Kaspi receipt for this invoice.</source>
        <translation>Этот сервер ApiPay не выдаёт чек Kaspi для этого счёта.</translation>
    </message>
</context>
<context>
    <name>apipay::Refund</name>
    <message>
        <source>Queued</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Обрабатывается</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Выполнен</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>A program (API)</source>
        <translation>Программа (API)</translation>
    </message>
    <message>
        <source>ApiPay dashboard</source>
        <translation>Кабинет ApiPay</translation>
    </message>
    <message>
        <source>ApiPay automatically</source>
        <translation>ApiPay автоматически</translation>
    </message>
    <message>
        <source>The customer has to confirm this refund in the Kaspi app; until they do, no money goes back.</source>
        <translation>Покупатель должен подтвердить этот возврат в приложении Kaspi; пока он этого не сделает, деньги не вернутся.</translation>
    </message>
</context>
<context>
    <name>apipay::RefundDetailPanel</name>
    <message>
        <source>Refund %1</source>
        <translation>Возврат %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Счёт %1</translation>
    </message>
    <message>
        <source>fully refunded</source>
        <translation>возвращён полностью</translation>
    </message>
    <message>
        <source>Returned items</source>
        <translation>Возвращённые товары</translation>
    </message>
    <message>
        <source>Amount refund (no items returned)</source>
        <translation>Возврат суммы (без возврата товаров)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Initiated by</source>
        <translation>Инициатор</translation>
    </message>
    <message>
        <source>Kaspi refund ID</source>
        <translation>ID возврата Kaspi</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <source>Invoice totals</source>
        <translation>Итоги счёта</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>&amp;Open invoice</source>
        <translation>&amp;Открыть счёт</translation>
    </message>
    <message>
        <source>Open the invoice of this refund</source>
        <translation>Открыть счёт этого возврата</translation>
    </message>
    <message>
        <source>Amount %1
refunded %2</source>
        <translation>Сумма %1
возвращено %2</translation>
    </message>
    <message>
        <source>No refund selected</source>
        <translation>Возврат не выбран</translation>
    </message>
    <message>
        <source>Select a refund in the list to see its invoice, amount, reason and who made it.</source>
        <translation>Выберите возврат в списке, чтобы увидеть его счёт, сумму, причину и инициатора.</translation>
    </message>
</context>
<context>
    <name>apipay::RefundDialog</name>
    <message>
        <source>Refund invoice %1</source>
        <translation>Возврат по счёту %1</translation>
    </message>
    <message>
        <source>&amp;Full refund of the remaining amount</source>
        <translation>&amp;Полный возврат оставшейся суммы</translation>
    </message>
    <message>
        <source>&amp;Partial refund of an amount</source>
        <translation>&amp;Частичный возврат суммы</translation>
    </message>
    <message>
        <source>Return &amp;items</source>
        <translation>Вернуть &amp;товары</translation>
    </message>
    <message>
        <source>e.g. 5000 or 5000,50</source>
        <translation>например, 5000 или 5000,50</translation>
    </message>
    <message>
        <source>&amp;Amount, ₸:</source>
        <translation>&amp;Сумма, ₸:</translation>
    </message>
    <message>
        <source>&amp;Reason (optional):</source>
        <translation>П&amp;ричина (необязательно):</translation>
    </message>
    <message>
        <source>Send refund</source>
        <translation>Оформить возврат</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Куплено</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>This item was deleted from the catalog; refund it by amount instead.</source>
        <translation>Этот товар удалён из каталога; верните его по сумме.</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation>Причина длиннее %1 символов.</translation>
    </message>
    <message>
        <source>Nothing is left to refund on this invoice.</source>
        <translation>По этому счёту больше нечего возвращать.</translation>
    </message>
    <message>
        <source>Enter the amount to refund.</source>
        <translation>Введите сумму возврата.</translation>
    </message>
    <message>
        <source>The amount must be at least 0.01 ₸.</source>
        <translation>Сумма должна быть не меньше 0,01 ₸.</translation>
    </message>
    <message>
        <source>At most %1 can be refunded.</source>
        <translation>Можно вернуть не больше %1.</translation>
    </message>
    <message>
        <source>Choose how many of which items are returned.</source>
        <translation>Выберите, какие товары и сколько возвращаются.</translation>
    </message>
    <message>
        <source>Invoice %1 · paid %2 · refunded %3 · &lt;b&gt;available for refund %4&lt;/b&gt;</source>
        <translation>Счёт %1 · оплачено %2 · возвращено %3 · &lt;b&gt;доступно к возврату %4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>At most %1</source>
        <translation>Не больше %1</translation>
    </message>
    <message>
        <source>Items to return: about %1 (the service computes the exact amount)</source>
        <translation>Товары к возврату: около %1 (точную сумму рассчитывает сервис)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Sending the refund…</source>
        <translation>Отправка возврата…</translation>
    </message>
    <message>
        <source>Refund of %1 for invoice %2 queued</source>
        <translation>Возврат %1 по счёту %2 поставлен в очередь</translation>
    </message>
    <message>
        <source>The answer to the refund was lost (%1). Checking this invoice&apos;s refunds before anything is sent again…</source>
        <translation>Ответ на возврат потерялся (%1). Проверяем возвраты этого счёта, прежде чем отправлять что-либо снова…</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Отправить снова</translation>
    </message>
    <message numerus="yes">
        <source>The refund reached the service: the invoice now has %n refund(s). Nothing was sent twice.</source>
        <translation>
            <numerusform>Возврат дошёл до сервиса: теперь у счёта %n возврат. Ничего не отправлено дважды.</numerusform>
            <numerusform>Возврат дошёл до сервиса: теперь у счёта %n возврата. Ничего не отправлено дважды.</numerusform>
            <numerusform>Возврат дошёл до сервиса: теперь у счёта %n возвратов. Ничего не отправлено дважды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Unreadable price: ApiPay sent %1, more than any invoice can be. It is not counted.</source>
        <translation>Нечитаемая цена: ApiPay прислал %1 — больше, чем может быть у любого счёта. Она не учитывается.</translation>
    </message>
    <message>
        <source>Items to return: at least %1; some prices are unreadable (shown as “—”) and not counted. The service computes the exact amount.</source>
        <translation>Товары к возврату: не меньше %1; некоторые цены нечитаемы (показаны как «—») и не учтены. Точную сумму рассчитает сервис.</translation>
    </message>
    <message>
        <source>Items to return</source>
        <translation>Товары к возврату</translation>
    </message>
    <message>
        <source>How many of %1 are returned</source>
        <translation>Сколько единиц «%1» возвращается</translation>
    </message>
    <message>
        <source>The refund may or may not have been made, and the refunds could not be loaded (%1). Press &quot;Check again&quot;; nothing is sent until it is known.</source>
        <translation>Возврат мог пройти, а мог и нет, и возвраты загрузить не удалось (%1). Нажмите «Проверить ещё раз»; ничего не будет отправлено, пока это не станет известно.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Проверить ещё раз</translation>
    </message>
    <message numerus="yes">
        <source>The refund did not reach the service: the invoice has no new refund (%n in all). You can send it again.</source>
        <translation>
            <numerusform>Возврат не дошёл до сервиса: у счёта нет нового возврата (всего %n). Его можно отправить ещё раз.</numerusform>
            <numerusform>Возврат не дошёл до сервиса: у счёта нет нового возврата (всего %n). Его можно отправить ещё раз.</numerusform>
            <numerusform>Возврат не дошёл до сервиса: у счёта нет нового возврата (всего %n). Его можно отправить ещё раз.</numerusform>
        </translation>
    </message>
    <message>
        <source>No new refund yet. Checking once more in a moment, in case the service is still working on it…</source>
        <translation>Нового возврата пока нет. Через несколько секунд проверим ещё раз — сервис может ещё обрабатывать его…</translation>
    </message>
</context>
<context>
    <name>apipay::RefundFilterBar</name>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Дата окончания раньше даты начала.</translation>
    </message>
    <message>
        <source>The invoice ID must be a positive whole number.</source>
        <translation>Номер счёта должен быть целым положительным числом.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Show refunds with status %1</source>
        <translation>Показать возвраты со статусом «%1»</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <source>Filter from a date</source>
        <translation>Фильтр с даты</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;По</translation>
    </message>
    <message>
        <source>Filter up to a date</source>
        <translation>Фильтр до даты</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>&amp;Invoice ID:</source>
        <translation>&amp;Номер счёта:</translation>
    </message>
    <message>
        <source>Invoice ID</source>
        <translation>Номер счёта</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любой</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Пр&amp;именить</translation>
    </message>
    <message>
        <source>Apply the filters</source>
        <translation>Применить фильтры</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>С&amp;бросить</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Search by number, phone, name, reason or item (Ctrl+F)</source>
        <translation>Поиск по номеру, телефону, имени, причине или товару (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search (available once the history has been read)</source>
        <translation>Поиск (доступен, когда история загрузится)</translation>
    </message>
    <message>
        <source>Search refunds</source>
        <translation>Поиск возвратов</translation>
    </message>
    <message>
        <source>The search looks through the refund history on this computer, which is not complete yet. The server&apos;s refund list cannot be searched by text: use the filters, or wait until the history has been read.</source>
        <translation>Поиск идёт по истории возвратов на этом компьютере, а она ещё не загружена полностью. Список возвратов на сервере не поддерживает поиск по тексту: используйте фильтры или дождитесь загрузки истории.</translation>
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
        <translation>Система</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>Номер заказа</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Initiated by</source>
        <translation>Инициатор</translation>
    </message>
    <message>
        <source>Unreadable amount: ApiPay sent %1, more than any refund can be. It is not counted in the totals.</source>
        <translation>Нечитаемая сумма: ApiPay прислал %1 — больше, чем может быть у любого возврата. Она не учтена в итогах.</translation>
    </message>
</context>
<context>
    <name>apipay::RefundsPage</name>
    <message>
        <source>Refunds</source>
        <translation>Возвраты</translation>
    </message>
    <message numerus="yes">
        <source>Shown: %n refund(s), total %1</source>
        <translation>
            <numerusform>Показан %n возврат, всего %1</numerusform>
            <numerusform>Показано %n возврата, всего %1</numerusform>
            <numerusform>Показано %n возвратов, всего %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>(more on the server: scroll down to load them)</source>
        <translation>(на сервере есть ещё: прокрутите вниз, чтобы загрузить)</translation>
    </message>
    <message>
        <source>Loading refunds…</source>
        <translation>Загрузка возвратов…</translation>
    </message>
    <message>
        <source>The refunds could not be loaded. Use Retry in the message above, or press F5.</source>
        <translation>Не удалось загрузить возвраты. Нажмите «Повторить» в сообщении выше или F5.</translation>
    </message>
    <message>
        <source>No refunds match these filters. Clear the filters to see every refund.</source>
        <translation>Нет возвратов по этим фильтрам. Сбросьте фильтры, чтобы увидеть все возвраты.</translation>
    </message>
    <message>
        <source>No refunds yet. Refunds are made from a paid invoice: open it on the Invoices page and choose &quot;Refund&quot;.</source>
        <translation>Возвратов пока нет. Возврат оформляется из оплаченного счёта: откройте его на странице «Счета» и выберите «Возврат».</translation>
    </message>
    <message>
        <source>Export refunds to CSV</source>
        <translation>Экспорт возвратов в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 exported</source>
        <translation>Экспортировано: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s) exported to %1</source>
        <translation>
            <numerusform>%n возврат экспортирован в %1</numerusform>
            <numerusform>%n возврата экспортировано в %1</numerusform>
            <numerusform>%n возвратов экспортировано в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Export the refunds of the current filter to a CSV file</source>
        <translation>Экспортировать возвраты текущего фильтра в CSV-файл</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Reload the refunds</source>
        <translation>Загрузить возвраты заново</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>О&amp;тменить экспорт</translation>
    </message>
    <message>
        <source>Cancel the CSV export</source>
        <translation>Отменить экспорт в CSV</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Ход экспорта</translation>
    </message>
    <message numerus="yes">
        <source>(%n unreadable amount(s) shown as “—” are not counted)</source>
        <translation>
            <numerusform>(%n нечитаемая сумма, показанная как «—», не учтена)</numerusform>
            <numerusform>(%n нечитаемые суммы, показанные как «—», не учтены)</numerusform>
            <numerusform>(%n нечитаемых сумм, показанных как «—», не учтено)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refund(s) in this filter, total %1</source>
        <translation>
            <numerusform>%Ln возврат по фильтру, всего %1</numerusform>
            <numerusform>%Ln возврата по фильтру, всего %1</numerusform>
            <numerusform>%Ln возвратов по фильтру, всего %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No refunds match “%1”. Press Esc in the search field to clear it.</source>
        <translation>Нет возвратов по запросу «%1». Нажмите Esc в поле поиска, чтобы очистить его.</translation>
    </message>
</context>
<context>
    <name>apipay::SecretStore</name>
    <message>
        <source>No API key is saved for this shop yet.</source>
        <translation>Для этого магазина ещё не сохранён API-ключ.</translation>
    </message>
    <message>
        <source>The system keychain is not available. The API key is kept in memory for this session only. Install and unlock a keyring (GNOME Keyring or KWallet) to remember it.</source>
        <translation>Системная связка ключей недоступна. API-ключ хранится в памяти только до конца сеанса. Установите и разблокируйте хранилище ключей (GNOME Keyring или KWallet), чтобы запомнить его.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied. Unlock the keychain and allow ApiPay Desk to use it.</source>
        <translation>Доступ к системной связке ключей запрещён. Разблокируйте её и разрешите ApiPay Desk её использовать.</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>Системная связка ключей сообщила об ошибке.</translation>
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
        <translation>Рабочий</translation>
    </message>
    <message>
        <source>Demo shop</source>
        <translation>Демо-магазин</translation>
    </message>
    <message>
        <source>The demo server could not start on this computer.</source>
        <translation>Не удалось запустить демо-сервер на этом компьютере.</translation>
    </message>
    <message>
        <source>The history on this computer cannot be used: %1</source>
        <translation>Историю на этом компьютере нельзя использовать: %1</translation>
    </message>
    <message>
        <source>The history on this computer is no longer brought up to date: %1</source>
        <translation>История на этом компьютере больше не обновляется: %1</translation>
    </message>
</context>
<context>
    <name>apipay::SessionStatusBar</name>
    <message>
        <source>Requests left this minute: %1</source>
        <translation>Осталось запросов в эту минуту: %1</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <source>Requests left this minute</source>
        <translation>Осталось запросов в эту минуту</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Последнее обновление</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Не подключено</translation>
    </message>
    <message>
        <source>No shop is connected yet. Open Settings to enter an API key.</source>
        <translation>Магазин ещё не подключён. Откройте настройки и введите API-ключ.</translation>
    </message>
    <message>
        <source>Real payments: invoices go to real customers.</source>
        <translation>Реальные платежи: счета уходят настоящим клиентам.</translation>
    </message>
    <message>
        <source>Test payments: invoices are not paid with real money.</source>
        <translation>Тестовые платежи: счета оплачиваются не настоящими деньгами.</translation>
    </message>
    <message>
        <source>Demo: an offline server on this computer with made-up data.</source>
        <translation>Демо: офлайн-сервер на этом компьютере с вымышленными данными.</translation>
    </message>
    <message numerus="yes">
        <source>Rate limit: waiting %n s</source>
        <translation>
            <numerusform>Лимит запросов: ожидание %n с</numerusform>
            <numerusform>Лимит запросов: ожидание %n с</numerusform>
            <numerusform>Лимит запросов: ожидание %n с</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Обновлено %1</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>Ещё не обновлялось</translation>
    </message>
    <message>
        <source>History on this computer</source>
        <translation>История на этом компьютере</translation>
    </message>
    <message>
        <source>Updated %1 — the last request failed</source>
        <translation>Обновлено %1 — последний запрос не прошёл</translation>
    </message>
    <message>
        <source>Not updated — the last request failed</source>
        <translation>Не обновлено — последний запрос не прошёл</translation>
    </message>
</context>
<context>
    <name>apipay::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&amp;Shops</source>
        <translation>&amp;Магазины</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Общие</translation>
    </message>
    <message>
        <source>Shops</source>
        <translation>Магазины</translation>
    </message>
    <message>
        <source>&amp;Add shop</source>
        <translation>&amp;Добавить магазин</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Remove shop</source>
        <translation>Удалить магазин</translation>
    </message>
    <message>
        <source>&amp;Use this shop</source>
        <translation>&amp;Использовать этот магазин</translation>
    </message>
    <message>
        <source>No shop yet. Add one with the API key from your ApiPay dashboard.</source>
        <translation>Магазинов пока нет. Добавьте магазин с API-ключом из кабинета ApiPay.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Часовой пояс:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Almaty (Asia/Almaty)</source>
        <translation>Алматы (Asia/Almaty)</translation>
    </message>
    <message>
        <source>This computer&apos;s time zone</source>
        <translation>Часовой пояс этого компьютера</translation>
    </message>
    <message>
        <source>Check a waiting customer&apos;s invoice every:</source>
        <translation>Проверять счёт ожидающего клиента каждые:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Check interval while a customer waits, seconds</source>
        <translation>Интервал проверки, пока клиент ждёт, в секундах</translation>
    </message>
    <message>
        <source>Check other open invoices every:</source>
        <translation>Проверять другие открытые счета каждые:</translation>
    </message>
    <message>
        <source>Check interval for other invoices, seconds</source>
        <translation>Интервал проверки других счетов, в секундах</translation>
    </message>
    <message>
        <source>New shop</source>
        <translation>Новый магазин</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1 (используется)</translation>
    </message>
    <message>
        <source>The system keychain cannot be used</source>
        <translation>Системную связку ключей нельзя использовать</translation>
    </message>
    <message>
        <source>Check the shop’s settings</source>
        <translation>Проверьте настройки магазина</translation>
    </message>
</context>
<context>
    <name>apipay::StaleNotice</name>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Load again (F5)</source>
        <translation>Загрузить снова (F5)</translation>
    </message>
    <message>
        <source>Retry loading</source>
        <translation>Повторить загрузку</translation>
    </message>
    <message>
        <source>As of %1 — the refresh failed: %2</source>
        <translation>По состоянию на %1 — обновить не удалось: %2</translation>
    </message>
    <message>
        <source>The refresh failed: %1</source>
        <translation>Обновить не удалось: %1</translation>
    </message>
    <message>
        <source>Loading the list for the new filter… Shown meanwhile: the previous list, as of %1.</source>
        <translation>Загружается список по новому фильтру… Пока показан прежний список по состоянию на %1.</translation>
    </message>
    <message>
        <source>The list for the new filter could not be loaded: %1 Shown instead: the previous list, as of %2 — it does not follow the new filter.</source>
        <translation>Список по новому фильтру загрузить не удалось: %1 Вместо него показан прежний список по состоянию на %2 — он не соответствует новому фильтру.</translation>
    </message>
</context>
<context>
    <name>apipay::StaticQrDialog</name>
    <message>
        <source>New QR sheet</source>
        <translation>Новый QR-лист</translation>
    </message>
    <message>
        <source>&amp;Fixed amount:</source>
        <translation>&amp;Фиксированная сумма:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>&amp;Items from the catalog</source>
        <translation>&amp;Товары из каталога</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>optional, up to 100 characters</source>
        <translation>необязательно, до 100 символов</translation>
    </message>
    <message>
        <source>&amp;Single use (one payment, then the sheet is done)</source>
        <translation>&amp;Одноразовый (одна оплата, после неё лист закрыт)</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>&amp;Действует до:</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Срок действия</translation>
    </message>
    <message>
        <source>&amp;Create sheet</source>
        <translation>&amp;Создать лист</translation>
    </message>
</context>
<context>
    <name>apipay::StaticQrPage</name>
    <message>
        <source>QR sheets</source>
        <translation>QR-листы</translation>
    </message>
    <message>
        <source>scans: %1</source>
        <translation>сканирований: %1</translation>
    </message>
    <message>
        <source>Paid at %1</source>
        <translation>Оплачен %1</translation>
    </message>
    <message>
        <source>This server (API v2.0) has no static QR sheets</source>
        <translation>На этом сервере (API v2.0) нет статических QR-листов</translation>
    </message>
    <message>
        <source>Loading QR sheets…</source>
        <translation>Загружаем QR-листы…</translation>
    </message>
    <message>
        <source>The QR sheets could not be loaded. Use Retry in the message above, or press F5.</source>
        <translation>Не удалось загрузить QR-листы. Нажмите «Повторить» в сообщении выше или F5.</translation>
    </message>
    <message>
        <source>No QR sheets yet. Choose &quot;New sheet…&quot; to print a QR code that customers scan to pay a fixed amount.</source>
        <translation>QR-листов пока нет. Выберите «Новый лист…», чтобы напечатать QR-код, по которому покупатели оплачивают фиксированную сумму.</translation>
    </message>
    <message>
        <source>&amp;New sheet…</source>
        <translation>&amp;Новый лист…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Сохранить P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>О&amp;тключить</translation>
    </message>
    <message>
        <source>Simulate a &amp;scan</source>
        <translation>Имитировать с&amp;канирование</translation>
    </message>
    <message>
        <source>Demo: a customer scans the selected sheet, which creates a QR invoice.</source>
        <translation>Демо: покупатель сканирует выбранный лист, и создаётся QR-счёт.</translation>
    </message>
    <message>
        <source>QR code of the sheet</source>
        <translation>QR-код листа</translation>
    </message>
    <message>
        <source>QR sheet %1 created</source>
        <translation>QR-лист %1 создан</translation>
    </message>
    <message>
        <source>The connection broke and the server has no new sheet: it was not created. Choose &quot;New sheet…&quot; again.</source>
        <translation>Соединение прервалось, и нового листа на сервере нет: он не создан. Выберите «Новый лист…» ещё раз.</translation>
    </message>
    <message>
        <source>The connection broke while the sheet was being created, and the list could not be read. Press F5 to see whether it exists before creating another.</source>
        <translation>Соединение прервалось во время создания листа, и список не удалось прочитать. Нажмите F5, чтобы проверить, создан ли он, прежде чем создавать ещё один.</translation>
    </message>
    <message>
        <source>QR sheet %1</source>
        <translation>QR-лист %1</translation>
    </message>
    <message>
        <source>Save the QR sheet</source>
        <translation>Сохранить QR-лист</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Disable the QR sheet</source>
        <translation>Отключить QR-лист</translation>
    </message>
    <message>
        <source>Disable sheet %1? Customers who scan it later see that it is inactive; invoices already created stay as they are. This cannot be undone.</source>
        <translation>Отключить лист %1? Покупатели, которые отсканируют его позже, увидят, что он неактивен; уже созданные счета не изменятся. Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>QR sheet %1 disabled</source>
        <translation>QR-лист %1 отключён</translation>
    </message>
    <message>
        <source>The connection broke and the sheet is still active. Choose Disable again.</source>
        <translation>Соединение прервалось, и лист всё ещё активен. Выберите «Отключить» ещё раз.</translation>
    </message>
    <message>
        <source>The demo server refused the scan: %1</source>
        <translation>Демо-сервер отклонил сканирование: %1</translation>
    </message>
    <message>
        <source>A customer scanned sheet %1: invoice No. %2 waits for payment (Invoices, F5).</source>
        <translation>Покупатель отсканировал лист %1: счёт № %2 ждёт оплаты (Счета, F5).</translation>
    </message>
</context>
<context>
    <name>apipay::StaticQrPrinting</name>
    <message>
        <source>Scan with your phone camera or enter the code at %1</source>
        <translation>Отсканируйте камерой телефона или введите код на %1</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to.</source>
        <translation>В папку %1 нельзя записать.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>Не удалось записать PDF в %1.</translation>
    </message>
</context>
<context>
    <name>apipay::StaticQrRequest</name>
    <message>
        <source>Enter an amount or add items from the catalog.</source>
        <translation>Введите сумму или добавьте товары из каталога.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Сумма слишком большая.</translation>
    </message>
    <message>
        <source>The discount must be 1–99 %.</source>
        <translation>Скидка должна быть 1–99 %.</translation>
    </message>
    <message>
        <source>The description may have at most 100 characters.</source>
        <translation>Описание может содержать не более 100 символов.</translation>
    </message>
    <message>
        <source>The order number is too long.</source>
        <translation>Номер заказа слишком длинный.</translation>
    </message>
    <message>
        <source>The expiry must be in the future.</source>
        <translation>Срок действия должен быть в будущем.</translation>
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
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Single use</source>
        <translation>Одноразовый</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Сканирования</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>Оплачен</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачен</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Отключён</translation>
    </message>
</context>
<context>
    <name>apipay::Subscription</name>
    <message>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Приостановлена</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Истекла</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Ежедневно</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Еженедельно</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Раз в две недели</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Ежемесячно</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Ежеквартально</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Ежегодно</translation>
    </message>
</context>
<context>
    <name>apipay::SubscriptionCartEditor</name>
    <message>
        <source>Loading the catalog…</source>
        <translation>Загрузка каталога…</translation>
    </message>
    <message>
        <source>The catalog is not available (%1). Use a fixed amount instead.</source>
        <translation>Каталог недоступен (%1). Укажите фиксированную сумму.</translation>
    </message>
    <message>
        <source>With cart items the service computes the amount from the catalog prices.</source>
        <translation>Если в корзине есть товары, сервис рассчитывает сумму по ценам каталога.</translation>
    </message>
    <message>
        <source>The catalog is empty. Add items on the Catalog page to bill for them.</source>
        <translation>Каталог пуст. Добавьте товары на странице «Каталог», чтобы выставлять за них счета.</translation>
    </message>
    <message>
        <source>Approximate amount: %1</source>
        <translation>Примерная сумма: %1</translation>
    </message>
    <message>
        <source>Approximate amount: at least %1 (some prices are unknown)</source>
        <translation>Примерная сумма: не меньше %1 (некоторые цены неизвестны)</translation>
    </message>
    <message>
        <source>Catalog item to add</source>
        <translation>Товар каталога для добавления</translation>
    </message>
    <message>
        <source>Count to add</source>
        <translation>Количество для добавления</translation>
    </message>
    <message>
        <source>Add to cart</source>
        <translation>В корзину</translation>
    </message>
    <message>
        <source>Add the chosen catalog item to the cart</source>
        <translation>Добавить выбранный товар каталога в корзину</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the selected cart line</source>
        <translation>Удалить выбранную строку корзины</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Сумма строки</translation>
    </message>
    <message>
        <source>Cart items</source>
        <translation>Товары в корзине</translation>
    </message>
    <message>
        <source>Optional: bill for catalog items instead of a fixed amount.</source>
        <translation>Необязательно: выставлять счёт за товары каталога вместо фиксированной суммы.</translation>
    </message>
    <message>
        <source>Unreadable price: ApiPay sent %1, more than any invoice can be. It is not counted.</source>
        <translation>Нечитаемая цена: ApiPay прислал %1 — больше, чем может быть у любого счёта. Она не учитывается.</translation>
    </message>
</context>
<context>
    <name>apipay::SubscriptionDetailPanel</name>
    <message>
        <source>Billing history — loading…</source>
        <translation>История списаний — загрузка…</translation>
    </message>
    <message>
        <source>Billing history could not be loaded: %1</source>
        <translation>Не удалось загрузить историю списаний: %1</translation>
    </message>
    <message>
        <source>Billing history: no invoices yet. The first one is sent on the next billing date (or now with &quot;Bill immediately&quot;).</source>
        <translation>История списаний: счетов пока нет. Первый будет отправлен в следующую дату списания (или сразу при «Выставить сразу»).</translation>
    </message>
    <message>
        <source>Billing history (%1 shown)</source>
        <translation>История списаний (показано: %1)</translation>
    </message>
    <message>
        <source>Subscription %1</source>
        <translation>Подписка %1</translation>
    </message>
    <message>
        <source>Subscription %1 — %2</source>
        <translation>Подписка %1 — %2</translation>
    </message>
    <message>
        <source>in grace period</source>
        <translation>льготный период</translation>
    </message>
    <message numerus="yes">
        <source>%n failed attempt(s)</source>
        <translation>
            <numerusform>%n неудачная попытка</numerusform>
            <numerusform>%n неудачные попытки</numerusform>
            <numerusform>%n неудачных попыток</numerusform>
        </translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>%1-е число</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n попытка</numerusform>
            <numerusform>%n попытки</numerusform>
            <numerusform>%n попыток</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n hour(s)</source>
        <translation>
            <numerusform>каждый %n час</numerusform>
            <numerusform>каждые %n часа</numerusform>
            <numerusform>каждые %n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>grace %n day(s)</source>
        <translation>
            <numerusform>льготный период %n день</numerusform>
            <numerusform>льготный период %n дня</numerusform>
            <numerusform>льготный период %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>service defaults</source>
        <translation>по умолчанию сервиса</translation>
    </message>
    <message>
        <source>%1 payments: %2 successful, %3 failed; collected %4</source>
        <translation>Платежей: %1; успешных: %2, неудачных: %3; получено %4</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>загрузка…</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Подписчик</translation>
    </message>
    <message>
        <source>Billing period</source>
        <translation>Период списания</translation>
    </message>
    <message>
        <source>Next billing</source>
        <translation>Следующее списание</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Повторы</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Внешний ID</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>Last payment</source>
        <translation>Последний платёж</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачен</translation>
    </message>
    <message>
        <source>Billing history; press Enter on a row to open its invoice</source>
        <translation>История списаний; нажмите Enter на строке, чтобы открыть её счёт</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Загрузить &amp;ещё</translation>
    </message>
    <message>
        <source>Load more billing history</source>
        <translation>Загрузить ещё историю списаний</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Edit this subscription</source>
        <translation>Изменить эту подписку</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Приостановить</translation>
    </message>
    <message>
        <source>Pause this subscription</source>
        <translation>Приостановить эту подписку</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Возобновить</translation>
    </message>
    <message>
        <source>Resume this subscription</source>
        <translation>Возобновить эту подписку</translation>
    </message>
    <message>
        <source>Ca&amp;ncel subscription</source>
        <translation>&amp;Отменить подписку</translation>
    </message>
    <message>
        <source>Cancel this subscription for good</source>
        <translation>Отменить эту подписку навсегда</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ожидает оплаты</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущен</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>Попытка %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Счёт %1</translation>
    </message>
    <message>
        <source>No subscription selected</source>
        <translation>Подписка не выбрана</translation>
    </message>
    <message>
        <source>Select a subscription in the list to see its details, statistics and billing history.</source>
        <translation>Выберите подписку в списке, чтобы увидеть её данные, статистику и историю списаний.</translation>
    </message>
</context>
<context>
    <name>apipay::SubscriptionFormDialog</name>
    <message>
        <source>New subscription</source>
        <translation>Новая подписка</translation>
    </message>
    <message>
        <source>Edit subscription %1</source>
        <translation>Изменить подписку %1</translation>
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
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>Service default (3)</source>
        <translation>По умолчанию (3)</translation>
    </message>
    <message>
        <source>Service default (24 h)</source>
        <translation>По умолчанию (24 ч)</translation>
    </message>
    <message>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <source>Service default (3 days)</source>
        <translation>По умолчанию (3 дня)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Send the first invoice now</source>
        <translation>Отправить первый счёт сейчас</translation>
    </message>
    <message>
        <source>Optional JSON object, e.g. {&quot;plan&quot;: &quot;gold&quot;}</source>
        <translation>Необязательный JSON-объект, например {&quot;plan&quot;: &quot;gold&quot;}</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Сумма:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>Billing &amp;period:</source>
        <translation>&amp;Период списания:</translation>
    </message>
    <message>
        <source>Billing &amp;day (1–28):</source>
        <translation>&amp;День списания (1–28):</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>Subscriber &amp;name:</source>
        <translation>&amp;Имя подписчика:</translation>
    </message>
    <message>
        <source>E&amp;xternal subscriber ID:</source>
        <translation>&amp;Внешний ID подписчика:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Начало:</translation>
    </message>
    <message>
        <source>Retry attempts (1–10):</source>
        <translation>Попыток повтора (1–10):</translation>
    </message>
    <message>
        <source>Retry interval (1–168 h):</source>
        <translation>Интервал повтора (1–168 ч):</translation>
    </message>
    <message>
        <source>Grace period (1–30 days):</source>
        <translation>Льготный период (1–30 дней):</translation>
    </message>
    <message>
        <source>&amp;Bill immediately:</source>
        <translation>Выставить с&amp;разу:</translation>
    </message>
    <message>
        <source>&amp;Metadata (JSON):</source>
        <translation>&amp;Метаданные (JSON):</translation>
    </message>
    <message>
        <source>&amp;Cart items:</source>
        <translation>Товары в &amp;корзине:</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <source>%1 / %2 characters. Kaspi shows the buyer only the first %3.</source>
        <translation>%1 / %2 символов. Kaspi показывает покупателю только первые %3.</translation>
    </message>
    <message>
        <source>The text after “%1” will not be visible to the buyer.</source>
        <translation>Текст после «%1» покупатель не увидит.</translation>
    </message>
    <message>
        <source>The amount is computed from the cart items.</source>
        <translation>Сумма рассчитывается по товарам в корзине.</translation>
    </message>
    <message>
        <source>Not valid JSON at character %1: %2</source>
        <translation>Некорректный JSON в символе %1: %2</translation>
    </message>
    <message>
        <source>Metadata must be a JSON object: {&quot;key&quot;: &quot;value&quot;}.</source>
        <translation>Метаданные должны быть JSON-объектом: {&quot;key&quot;: &quot;value&quot;}.</translation>
    </message>
    <message>
        <source>Enter an amount between 100 and 1 000 000 ₸, or add cart items.</source>
        <translation>Введите сумму от 100 до 1 000 000 ₸ или добавьте товары в корзину.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <source>The connection broke before ApiPay confirmed the change. Checking whether it was saved…</source>
        <translation>Связь прервалась до того, как ApiPay подтвердил изменение. Проверяем, сохранено ли оно…</translation>
    </message>
    <message>
        <source>The change was not saved: the request did not reach ApiPay. Press Save to send it again.</source>
        <translation>Изменение не сохранено: запрос не дошёл до ApiPay. Нажмите «Сохранить», чтобы отправить его снова.</translation>
    </message>
    <message>
        <source>The connection broke before ApiPay confirmed the change, and the cart cannot be read back. Check the amount; press Save again if it is not what you wanted.</source>
        <translation>Связь прервалась до того, как ApiPay подтвердил изменение, а корзину нельзя прочитать обратно. Проверьте сумму и нажмите «Сохранить» ещё раз, если она не та, что нужно.</translation>
    </message>
    <message>
        <source>ApiPay has now: amount %1, billing day %2, description “%3”.</source>
        <translation>Сейчас в ApiPay: сумма %1, день списания %2, описание «%3».</translation>
    </message>
    <message>
        <source>The connection broke before ApiPay confirmed the subscription. Checking whether it was created…</source>
        <translation>Связь прервалась до того, как ApiPay подтвердил подписку. Проверяем, создана ли она…</translation>
    </message>
    <message>
        <source>The subscription was not created: the request did not reach ApiPay. Press Save to send it again.</source>
        <translation>Подписка не создана: запрос не дошёл до ApiPay. Нажмите «Сохранить», чтобы отправить его ещё раз.</translation>
    </message>
    <message>
        <source>Could not check whether the subscription was created: %1 Press Save to check again; nothing is sent until it is known.</source>
        <translation>Не удалось проверить, создана ли подписка: %1 Нажмите «Сохранить», чтобы проверить ещё раз; ничего не будет отправлено, пока это не станет известно.</translation>
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
        <translation>Подписчик</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Next payment</source>
        <translation>Следующий платёж</translation>
    </message>
    <message>
        <source>Subscriber ID</source>
        <translation>ID подписчика</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
</context>
<context>
    <name>apipay::SubscriptionsPage</name>
    <message>
        <source>Subscriptions</source>
        <translation>Подписки</translation>
    </message>
    <message>
        <source>Loading subscriptions…</source>
        <translation>Загрузка подписок…</translation>
    </message>
    <message>
        <source>The subscriptions could not be loaded. Use Retry in the message above, or press F5.</source>
        <translation>Не удалось загрузить подписки. Нажмите «Повторить» в сообщении выше или F5.</translation>
    </message>
    <message>
        <source>No subscriptions match these filters. Choose &quot;All&quot; and clear the fields to see every subscription.</source>
        <translation>Нет подписок по этим фильтрам. Выберите «Все» и очистите поля, чтобы увидеть все подписки.</translation>
    </message>
    <message>
        <source>No subscriptions yet. Choose &quot;New subscription&quot; to bill a customer regularly (daily to yearly) through Kaspi.</source>
        <translation>Подписок пока нет. Нажмите «Новая подписка», чтобы регулярно выставлять клиенту счета (от ежедневных до ежегодных) через Kaspi.</translation>
    </message>
    <message>
        <source>Subscription %1 created</source>
        <translation>Подписка %1 создана</translation>
    </message>
    <message>
        <source>Subscription %1 updated</source>
        <translation>Подписка %1 обновлена</translation>
    </message>
    <message>
        <source>Pause subscription %1? No invoices are sent while it is paused.</source>
        <translation>Приостановить подписку %1? Пока она приостановлена, счета не отправляются.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Приостановить</translation>
    </message>
    <message>
        <source>Resume subscription %1? The next billing date is computed from today; missed periods are not billed.</source>
        <translation>Возобновить подписку %1? Следующая дата списания считается от сегодняшнего дня; пропущенные периоды не оплачиваются.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Возобновить</translation>
    </message>
    <message>
        <source>Cancel subscription %1 for good? This cannot be undone.</source>
        <translation>Отменить подписку %1 навсегда? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Ca&amp;ncel subscription</source>
        <translation>&amp;Отменить подписку</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <source>&amp;Keep as it is</source>
        <translation>Ост&amp;авить как есть</translation>
    </message>
    <message>
        <source>Subscription %1 paused</source>
        <translation>Подписка %1 приостановлена</translation>
    </message>
    <message>
        <source>Subscription %1 resumed</source>
        <translation>Подписка %1 возобновлена</translation>
    </message>
    <message>
        <source>Subscription %1 cancelled</source>
        <translation>Подписка %1 отменена</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>Phone filter</source>
        <translation>Фильтр по телефону</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любой</translation>
    </message>
    <message>
        <source>E&amp;xternal ID:</source>
        <translation>Вне&amp;шний ID:</translation>
    </message>
    <message>
        <source>External subscriber ID filter</source>
        <translation>Фильтр по внешнему ID подписчика</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Приме&amp;нить</translation>
    </message>
    <message>
        <source>Apply the filters</source>
        <translation>Применить фильтры</translation>
    </message>
    <message>
        <source>&amp;New subscription…</source>
        <translation>Нова&amp;я подписка…</translation>
    </message>
    <message>
        <source>Create a new subscription</source>
        <translation>Создать новую подписку</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
</context>
<context>
    <name>apipay::UnsavedInputGuard</name>
    <message>
        <source>Discard what you entered? It has not been saved.</source>
        <translation>Отменить введённое? Оно не сохранено.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Отменить ввод</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Продолжить</translation>
    </message>
</context>
<context>
    <name>apipay::WriteReadBack</name>
    <message>
        <source>The connection broke while the picture was being uploaded, so it may or may not have reached ApiPay. It was not sent again. Press Save to upload it again.</source>
        <translation>Связь прервалась во время загрузки картинки, поэтому неизвестно, дошла ли она до ApiPay. Повторно она не отправлялась. Нажмите «Сохранить», чтобы загрузить её снова.</translation>
    </message>
</context>
<context>
    <name>apipay::overview::EndOfDayReport</name>
    <message>
        <source>End-of-day report</source>
        <translation>Отчёт за день</translation>
    </message>
    <message>
        <source>Day: %1</source>
        <translation>День: %1</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>Напечатано: %1</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>Takings</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Возвраты</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Paid invoices</source>
        <translation>Оплаченные счета</translation>
    </message>
    <message>
        <source>Average ticket</source>
        <translation>Средний чек</translation>
    </message>
    <message numerus="yes">
        <source>%n paid invoice(s) left out of the totals: their amount could not be read.</source>
        <translation>
            <numerusform>%n оплаченный счёт не учтён в итогах: не удалось прочитать сумму.</numerusform>
            <numerusform>%n оплаченных счёта не учтены в итогах: не удалось прочитать сумму.</numerusform>
            <numerusform>%n оплаченных счетов не учтено в итогах: не удалось прочитать сумму.</numerusform>
        </translation>
    </message>
    <message>
        <source>Takings by hour</source>
        <translation>Выручка по часам</translation>
    </message>
    <message>
        <source>No paid invoices on this day.</source>
        <translation>В этот день нет оплаченных счетов.</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Счета</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <source>Refunds made on this day</source>
        <translation>Возвраты, сделанные в этот день</translation>
    </message>
    <message>
        <source>No refunds on this day.</source>
        <translation>В этот день не было возвратов.</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Refunds are the refunds made on this day, whenever their invoice was paid; failed refunds are not counted.</source>
        <translation>Возвраты — это возвраты, сделанные в этот день, когда бы ни был оплачен их счёт; неудавшиеся возвраты не учитываются.</translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s) left out of the totals: their amount could not be read.</source>
        <translation>
            <numerusform>%n возврат не вошёл в итоги: его сумму не удалось прочитать.</numerusform>
            <numerusform>%n возврата не вошли в итоги: их сумму не удалось прочитать.</numerusform>
            <numerusform>%n возвратов не вошли в итоги: их сумму не удалось прочитать.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ApiPay Desk — Kaspi payments at the counter through ApiPay.kz.</source>
        <translation>ApiPay Desk — приём платежей Kaspi на кассе через ApiPay.kz.</translation>
    </message>
    <message>
        <source>Start with an offline demo server on this computer (made-up shop, no real invoices).</source>
        <translation>Запустить с офлайн-демо-сервером на этом компьютере (вымышленный магазин, без настоящих счетов).</translation>
    </message>
    <message>
        <source>Use this API server instead of the shop&apos;s (https, or http on 127.0.0.1). The API key comes from the shop&apos;s settings or the APIPAY_API_KEY environment variable.</source>
        <translation>Использовать этот API-сервер вместо сервера магазина (https или http на 127.0.0.1). API-ключ берётся из настроек магазина или переменной окружения APIPAY_API_KEY.</translation>
    </message>
    <message>
        <source>Open the main window in demo mode, wait until the invoices are loaded, then quit (0 = success).</source>
        <translation>Открыть главное окно в демо-режиме, дождаться загрузки счетов и выйти (0 = успех).</translation>
    </message>
    <message>
        <source>Interface language for this run: ru, kk or en.</source>
        <translation>Язык интерфейса для этого запуска: ru, kk или en.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Показать версию и выйти.</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use ru, kk or en.</source>
        <translation>Неизвестный язык «%1»: используйте ru, kk или en.</translation>
    </message>
    <message>
        <source>--base-url: %1</source>
        <translation>--base-url: %1</translation>
    </message>
    <message>
        <source>The API version the demo server speaks: 2.1 (the current API, the default) or 2.0 (no QR invoices).</source>
        <translation>Версия API демо-сервера: 2.1 (текущий API, по умолчанию) или 2.0 (без QR-счетов).</translation>
    </message>
    <message>
        <source>--demo-api: expected 2.1 or 2.0, got “%1”.</source>
        <translation>--demo-api: ожидается 2.1 или 2.0, получено «%1».</translation>
    </message>
</context>
</TS>
