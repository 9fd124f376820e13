# Layout
skip-to-content = Перейти до основного вмісту
nav-label = Основні розділи
nav-dashboard = Огляд
nav-members = Учасники організації
nav-audit = Журнал аудиту
nav-learn = Навчання
nav-plan = Планування
nav-connect = Знайомства
nav-measure = Вимірювання
nav-tell = Оприлюднення
not-built-tag = ще недоступно
not-built-body = Ця частина bridges ще не створена. Тут поки нічого не працює; її показано, щоб ви знали, що з'явиться згодом.
login = Увійти
logout = Вийти
back-home = Повернутися на початкову сторінку
language-switch = Мова
footer-text = bridges допомагає організаціям, які зближують новоприбулих і давніх мешканців.

# Fields
field-email = Адреса електронної пошти
field-password = Пароль
field-password_confirm = Введіть пароль ще раз
field-current = Поточний пароль
field-name = Ім'я
field-your-name = Ваше ім'я
field-programme-name = Назва програми
field-stakeholder-name = Людина або організація
field-partner-name = Організація-партнер
field-token-name = Для чого цей токен
field-org_name = Назва організації
field-country = Країна
field-language = Мова
field-time_zone = Часовий пояс
field-role = Роль
hint-country = Дволітерний код, наприклад SE для Швеції, GB для Великої Британії, BG для Болгарії.
hint-time-zone = Наприклад, Europe/Brussels, Europe/London або UTC.
hint-password = Щонайменше 10 символів. Кілька не пов'язаних між собою слів — це надійний пароль, який легко запам'ятати.
hint-token-name = Назва, за якою ви впізнаєте токен, наприклад «скрипт місячного звіту».

# Roles
role-owner = Власник
role-coordinator = Координатор
role-staff = Працівник
role-volunteer = Волонтер
role-viewer = Спостерігач

# Errors in forms
error-summary-title = Виникла проблема
error-prefix = Помилка:
error-email-missing = Введіть адресу електронної пошти.
error-email-too-long = Адреса електронної пошти має містити не більше 254 символів.
error-email-invalid = Введіть адресу електронної пошти у правильному форматі, наприклад name@example.org.
error-password-missing = Введіть пароль.
error-password-too-short = Пароль має містити щонайменше 10 символів.
error-password-too-long = Пароль має містити не більше 256 символів.
error-password-mismatch = Паролі не збігаються.
error-password-wrong = Поточний пароль неправильний.
error-login-failed = Неправильна адреса електронної пошти або пароль.
error-login-throttled = Забагато невдалих спроб. Зачекайте 15 хвилин і спробуйте знову.
error-org-name-missing = Введіть назву організації.
error-org-name-too-long = Назва організації має містити не більше 120 символів.
error-name-missing = Введіть своє ім'я.
error-name-too-long = Ім'я має містити не більше 100 символів.
error-text-control-characters = Видаліть із цього тексту невидимі керівні символи.
error-text-invisible-characters = У цьому тексті були невидимі символи, які можуть перевернути сусідній текст задом наперед, і bridges їх не зберігає. Перевірте текст без них і надішліть знову.
error-country-missing = Введіть країну.
error-country-invalid = Введіть дволітерний код країни, наприклад SE або GB.
error-language-invalid = Виберіть одну із запропонованих мов.
error-timezone-missing = Введіть часовий пояс.
error-timezone-invalid = Введіть часовий пояс, наприклад Europe/Brussels.
error-role-invalid = Виберіть одну із запропонованих ролей.
error-role-not-assignable = Ви можете надавати лише ролі, нижчі за вашу.
error-role-not-assignable-detail = Попросіть власника надати цю роль.
error-token-name-missing = Введіть назву токена.
error-token-name-invalid = Назва має містити не більше 100 символів, без керівних символів.

# Errors as pages and problem documents
error-not-found = Сторінку не знайдено
error-not-found-detail = Тут нічого немає, або у вас немає доступу.
error-unauthenticated = Потрібно увійти
error-unauthenticated-detail = Увійдіть, щоб побачити цю сторінку.
error-forbidden = Ви не можете цього зробити
error-forbidden-detail = Ваша роль в організації цього не дозволяє. Якщо вам це потрібно, зверніться до власника.
error-csrf-failed = Термін дії форми минув
error-csrf-failed-detail = З міркувань безпеки поверніться назад, оновіть сторінку й спробуйте знову.
error-too-many-attempts = Забагато невдалих спроб
error-too-many-attempts-detail = Вхід для цього облікового запису або адреси призупинено. Зачекайте 15 хвилин і спробуйте знову.
error-invalid-input = Частина даних недійсна
error-invalid-input-detail = Виправте зазначені поля й спробуйте знову.
error-too-large = Запит завеликий
error-too-large-detail = Надсилайте менше даних за раз.
error-bad-request = Запит не вдалося зрозуміти
error-bad-request-detail = Перевірте, що було надіслано, і спробуйте знову.
error-method-not-allowed = Ця дія тут неможлива
error-method-not-allowed-detail = Ця адреса не приймає такого виду запитів.
error-unsupported-media-type = Непідтримуваний тип вмісту
error-unsupported-media-type-detail = Надсилайте дані так, як описано в документації (JSON для API, форма для сторінок).
error-wrong-type = Дані мають неправильний тип
error-wrong-type-detail = Значення в тілі запиту не відповідає типу, зазначеному в документації (наприклад, текст там, де очікується число).
error-internal = На нашому боці щось пішло не так
error-internal-detail = Проблему записано. Спробуйте ще раз за хвилину.
error-last-owner = Організація повинна мати принаймні одного власника
error-last-owner-detail = Спершу зробіть власником когось іншого.
error-already-member = Уже є учасником
error-already-member-detail = Ця людина вже належить до організації.
error-email-taken = Обліковий запис із цією адресою електронної пошти вже існує
error-email-taken-detail = Натомість увійдіть у цей обліковий запис.
error-already-set-up = bridges уже налаштовано
error-already-set-up-detail = Увійдіть в наявний обліковий запис.
error-invitation-other-account = Це запрошення для іншого облікового запису
error-invitation-other-account-detail = Увійдіть з адресою електронної пошти, на яку надіслано запрошення, або вийдіть і створіть обліковий запис.

list-any = Будь-який
list-filter = Показати
list-clear = Скинути фільтри
list-none-match = Ніхто не відповідає цим фільтрам.
list-showing = { $total ->
    [0] Немає що показати.
   *[other] Показано { $first }–{ $last } із { $total }
}
pager-label = Сторінки списку
pager-previous = ← Попередня сторінка
pager-next = Наступна сторінка →
pager-position = Сторінка { $page } із { $pages }
list-separator = {", "}
# A language someone speaks and how well: "Arabic (native)".
language-at-level = { $language } ({ $level })
