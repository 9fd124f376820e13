# Layout
skip-to-content = Към основното съдържание
nav-label = Основни раздели
nav-dashboard = Табло
nav-members = Членове
nav-audit = Одитен дневник
nav-learn = Учене
nav-plan = Планиране
nav-connect = Свързване
nav-measure = Измерване
nav-tell = Споделяне
not-built-tag = все още не е налично
not-built-body = Тази част от bridges все още не е изградена. Засега тук нищо не работи. Показваме я, за да знаете какво предстои.
login = Вход
logout = Изход
back-home = Към началната страница
language-switch = Език
footer-text = bridges помага на организациите, които събират заедно новодошли и дългогодишни жители.

# Fields
field-email = Имейл адрес
field-password = Парола
field-password_confirm = Въведете паролата отново
field-current = Сегашна парола
field-name = Име
field-your-name = Вашето име
field-programme-name = Име на програмата
field-stakeholder-name = Лице или организация
field-partner-name = Партньорска организация
field-token-name = За какво е токенът
field-org_name = Име на организацията
field-country = Държава
field-language = Език
field-time_zone = Часова зона
field-role = Роля
hint-country = Код от две букви, например SE за Швеция, GB за Обединеното кралство, BG за България.
hint-time-zone = Например Europe/Sofia, Europe/Brussels или UTC.
hint-password = Поне 10 знака. Няколко несвързани думи правят силна парола, която се помни лесно.
hint-token-name = Име, по което да разпознавате токена, например „скрипт за месечния отчет“.

# Roles
role-owner = Собственик
role-coordinator = Координатор
role-staff = Служител
role-volunteer = Доброволец
role-viewer = Наблюдател

# Errors in forms
error-summary-title = Има проблем
error-prefix = Грешка:
error-email-missing = Въведете имейл адреса си.
error-email-too-long = Имейл адресът трябва да е до 254 знака.
error-email-invalid = Въведете имейл адрес в правилен вид, например name@example.org.
error-password-missing = Въведете парола.
error-password-too-short = Паролата трябва да е поне 10 знака.
error-password-too-long = Паролата трябва да е до 256 знака.
error-password-mismatch = Двете пароли не съвпадат.
error-password-wrong = Сегашната ви парола не е вярна.
error-login-failed = Имейл адресът или паролата не са верни.
error-login-throttled = Твърде много неуспешни опити. Изчакайте 15 минути, преди да опитате отново.
error-org-name-missing = Въведете името на организацията.
error-org-name-too-long = Името на организацията трябва да е до 120 знака.
error-name-missing = Въведете името си.
error-name-too-long = Името трябва да е до 100 знака.
error-text-control-characters = Премахнете невидимите управляващи знаци от този текст.
error-text-invisible-characters = Този текст съдържаше невидими знаци, които могат да обърнат посоката на текста около тях, и bridges не ги запазва. Проверете текста без тях и го изпратете отново.
error-country-missing = Въведете държавата.
error-country-invalid = Въведете код на държава от две букви, например SE или GB.
error-language-invalid = Изберете един от предложените езици.
error-timezone-missing = Въведете часовата зона.
error-timezone-invalid = Въведете часова зона, например Europe/Sofia.
error-role-invalid = Изберете една от предложените роли.
error-role-not-assignable = Можете да давате само роли, по-ниски от вашата.
error-role-not-assignable-detail = Помолете собственик да даде тази роля.
error-token-name-missing = Въведете име на токена.
error-token-name-invalid = Името трябва да е до 100 знака и без управляващи знаци.

# Errors as pages and problem documents
error-not-found = Страницата не е намерена
error-not-found-detail = Тук няма нищо или нямате достъп до него.
error-unauthenticated = Трябва да влезете
error-unauthenticated-detail = Влезте, за да видите тази страница.
error-forbidden = Не можете да направите това
error-forbidden-detail = Ролята ви в тази организация не го позволява. Ако ви е нужно, помолете собственик.
error-csrf-failed = Формулярът е изтекъл
error-csrf-failed-detail = За ваша сигурност се върнете назад, презаредете страницата и опитайте отново.
error-too-many-attempts = Твърде много неуспешни опити
error-too-many-attempts-detail = Входът за този профил или адрес е спрян временно. Изчакайте 15 минути и опитайте отново.
error-invalid-input = Част от данните не са валидни
error-invalid-input-detail = Поправете посочените полета и опитайте отново.
error-too-large = Заявката е твърде голяма
error-too-large-detail = Изпращайте по-малко данни наведнъж.
error-bad-request = Заявката не може да бъде разбрана
error-bad-request-detail = Проверете какво е изпратено и опитайте отново.
error-method-not-allowed = Това действие не е възможно тук
error-method-not-allowed-detail = Този адрес не приема такъв вид заявка.
error-unsupported-media-type = Неподдържан вид съдържание
error-unsupported-media-type-detail = Изпратете данните така, както е описано в документацията (JSON за API, формуляр за страниците).
error-wrong-type = Данните са от грешен тип
error-wrong-type-detail = Стойност в тялото на заявката не е от типа, посочен в документацията (например текст там, където се очаква число).
error-internal = Нещо се обърка при нас
error-internal-detail = Проблемът е записан. Опитайте отново след малко.
error-last-owner = Организацията трябва да има поне един собственик
error-last-owner-detail = Първо направете някой друг собственик.
error-already-member = Вече е член
error-already-member-detail = Този човек вече е член на организацията.
error-email-taken = Вече има профил с този имейл адрес
error-email-taken-detail = Влезте с този профил.
error-already-set-up = bridges вече е настроен
error-already-set-up-detail = Влезте със съществуващ профил.
error-invitation-other-account = Тази покана е за друг профил
error-invitation-other-account-detail = Влезте с имейл адреса, до който е изпратена поканата, или излезте и създайте профила.

list-any = Всички
list-filter = Покажи
list-clear = Изчистване на филтрите
list-none-match = Никой не отговаря на тези филтри.
list-showing = { $total ->
    [0] Няма нищо за показване.
   *[other] Показани са { $first }–{ $last } от { $total }
}
pager-label = Страници на списъка
pager-previous = ← Предишна страница
pager-next = Следваща страница →
pager-position = Страница { $page } от { $pages }
list-separator = {", "}
# A language someone speaks and how well: "Arabic (native)".
language-at-level = { $language } ({ $level })
