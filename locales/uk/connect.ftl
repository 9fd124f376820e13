## Connect: programmes, participants, rounds, pairs, check-ins
audit-kind-personal-data-viewed = Переглянуто персональні дані
audit-kind-personal-data-changed = Змінено персональні дані
audit-kind-personal-data-exported = Експортовано персональні дані
audit-kind-personal-data-erased = Видалено персональні дані
audit-kind-outcomes-published = Публічну сторінку опубліковано або знято
programmes-title = Програми підбору пар
programmes-intro = Програми «бадді», мовний обмін, наставництво та спостереження за роботою: люди реєструються, система пропонує пари й пояснює кожну, а рішення ухвалюєте ви.
programmes-none = Програм ще немає.
programmes-new = Почати програму
programmes-create = Створити програму
field-kind = Вид програми
kind-buddy = Програма «бадді»
kind-language-exchange = Мовний обмін
kind-mentoring = Наставництво
kind-shadowing = Спостереження за роботою
kind-hint-buddy = місцевий мешканець допомагає новоприбулій людині розібратися з мовою, послугами та районом.
kind-hint-language-exchange = двоє людей по черзі навчають одне одного своїх мов.
kind-hint-mentoring = досвідчений фахівець підтримує людину, яка відбудовує тут свою кар'єру.
kind-hint-shadowing = новоприбула людина супроводжує депутата місцевої ради або посадовця в його роботі й спостерігає.
programme-newcomers = Новоприбулі
programme-volunteers = Волонтери
programme-waiting = Чекають на пару
programme-longest-wait = найдовше — { $days ->
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } дня
}
programme-proposed = Запропоновані пари, щодо яких треба ухвалити рішення
programme-held = Пари прийняті або зустрічаються
programme-quiet = Пари, що затихли
intake-title = Посилання для реєстрації
intake-open-intro = Будь-хто з цим посиланням може зареєструватися будь-якою мовою bridges. Поширюйте його лише там, звідки ви хочете отримувати реєстрації.
intake-closed = Реєстрацію за посиланням закрито. Відкрийте її в налаштуваннях.
intake-renew = Замінити посилання
intake-intro = Цю програму проводить { $organisation }. Розкажіть трохи про себе, щоб ми могли знайти вам добру пару.
intake-who = Я реєструюся як
intake-side-newcomer = людина, що нещодавно сюди приїхала й шукає пару
intake-side-volunteer = волонтер, що пропонує свій час
intake-consent-title = На що ви погоджуєтеся
intake-privacy = Те, що ви нам повідомите, бачать лише працівники програми. Дані зберігаються в зашифрованому вигляді й використовуються лише для того, щоб знайти вам пару й підтримувати з вами зв'язок щодо цього.
intake-submit = Зареєструватися
intake-thanks-title = Дякуємо за реєстрацію
intake-thanks = { $organisation } зв'яжеться з вами, коли знайде вам пару.
consent-pairing = Я погоджуюся, що працівники програми можуть зберігати те, що я тут написав(-ла), щоб знайти мені пару, і передати моє ім'я та контакти цій людині після нашого знайомства.
consent-check-ins = Я погоджуюся, що працівники можуть час від часу зв'язуватися зі мною й питати, як минають зустрічі.
consent-staff-confirm = Ця людина погодилася, що ми зберігаємо її дані, щоб знайти їй пару, і передамо її контакти цій парі.
consent-staff-recorded = Працівники зафіксували, що людина погодилася на зберігання її даних для підбору пари та на передачу їх її парі.
consent-import-confirm = Усі люди в цьому файлі погодилися, що ми зберігаємо їхні дані, щоб знайти їм пару, і передамо їхні контакти цій парі.
consent-import-recorded = Імпортовано з таблиці; працівники підтвердили, що людина погодилася на зберігання її даних для підбору пари та на передачу їх її парі.
consents-title = Згода
consents-none = Згоду не зафіксовано.
consent-withdrawn = відкликано
consent-purpose-pairing = Підбір пари
consent-purpose-check-ins = Відгуки про зустрічі
settings-title = Налаштування програми
settings-intake-open = Люди можуть реєструватися за посиланням
field-quiet_after_days = Позначати пару як таку, що затихла, якщо стільки днів немає відгуку
field-retention_days = Видаляти людей, неактивних стільки днів
hint-retention_days = Людей, які вийшли з програми або всі пари яких завершилися, видаляють назавжди, якщо про них нічого не змінювалося стільки часу (від 30 до 3 650 днів). Залиште поле порожнім, щоб видаляти людей лише вручну.
error-retention-out-of-range = Введіть кількість днів від 30 до 3 650 або залиште поле порожнім.
person-rights-title = Дані людини та її права
person-rights-intro = Людина може попросити показати все, що про неї зберігається, і видалити ці дані.
person-export-json = Завантажити всі дані (JSON)
person-export-csv = Завантажити всі дані (CSV)
person-erase = Видалити цю людину звідусіль
person-erase-confirm = Я розумію, що цю дію не можна скасувати: запис людини, її згоди, пари, причини та відгуки буде видалено назавжди.
error-erase-not-confirmed = Позначте поле, щоб підтвердити видалення.
settings-questions = Запитання, які ставить реєстраційна форма
question-speaks = Якими мовами людина розмовляє
question-learns = Які мови хоче вивчати
question-interests = Інтереси
question-area = Де живе і як далеко готова їздити
question-availability = Коли вільна щотижня
question-gender = Стать і побажання щодо статі пари
question-field = Професія або галузь
question-minor = Чи новоприбулій людині менше 18 років
settings-rules = Правила, які не може порушувати жодна пара
settings-rules-hint = Пару, яка порушує будь-яке з цих правил, ніколи не пропонують.
rule-shared_language = Обоє володіють спільною мовою принаймні на розмовному рівні.
rule-complementary_languages = Кожен володіє мовою, яку хоче вивчати інший.
rule-within_reach = Вони живуть у межах відстані, яку готові долати обоє (або в одному районі).
rule-respect_gender_preference = Побажання щодо статі пари враховується.
rule-minors_need_vetted = Новоприбулих, молодших за 18 років, поєднують у пари лише з волонтерами, які пройшли перевірку благонадійності.
rule-same_field = Вони працюють в одній галузі.
rule-min-slots = { $slots ->
    [one] Вони мають щонайменше { $slots } спільний вільний проміжок на тиждень.
    [few] Вони мають щонайменше { $slots } спільні вільні проміжки на тиждень.
    [many] Вони мають щонайменше { $slots } спільних вільних проміжків на тиждень.
   *[other] Вони мають щонайменше { $slots } спільного вільного проміжку на тиждень.
}
field-min_shared_slots = Скільки вільних проміжків на тиждень мають збігатися (0 — без правила)
settings-weights = Що важливіше
settings-weights-hint = Від 0 (не враховується) до 10 (найважливіше). Бал кожної пари складається з цих значень, і кожна пропозиція показує, що було враховано.
weight-language = Мови
weight-interests = Спільні інтереси
weight-distance = Близькість
weight-availability = Спільний вільний час
weight-field = Та сама галузь
weight-waiting = Скільки вже чекає
settings-fairness = Справедливість між групами
settings-fairness-hint = Кожен раунд показує, наскільки різняться частки людей із парою в різних групах. Встановіть межу, щоб надати перевагу групам, які отримують пару найрідше, не зменшуючи загальної кількості пар.
field-fairness_by = Порівнювати групи за
dimension-language = основною мовою
dimension-gender = статтю
dimension-area = районом
field-max_gap = Найбільша допустима різниця між частками людей із парою в групах, у відсоткових пунктах (порожньо — без межі)
settings-save = Зберегти налаштування
settings-reset = Повернути типові налаштування для цього виду програми
participants-title = Учасники
participants-private = Персональні дані: кожен перегляд цієї сторінки записується в журнал аудиту.
participants-add = Додати людину
participants-none = Поки що ніхто не зареєструвався.
participants-days = Днів від приєднання
participants-source = Як потрапили
source-staff = внесли працівники
source-intake = посилання для реєстрації
source-import = імпорт
participant-withdrawn = вибули
participant-edit = Виправити дані
participant-save = Зберегти дані
participant-withdraw = Вивести з програми
participant-restore = Повернути до програми
field-side = Бере участь як
side-newcomer = Новоприбула людина
side-volunteer = Волонтер
field-phone = Телефон
hint-contact-optional = Необов'язково. Передається парі лише після знайомства.
field-contact_language = Якою мовою їй писати
field-speaks = Мови, якими володіє
field-learns = Мови, які хоче вивчати
field-level = Рівень
level-beginner = Початковий
level-conversational = Розмовний
level-fluent = Вільний
level-native = Рідна мова
field-interests = Інтереси
hint-interests = Розділяйте їх комами, наприклад: кулінарія, футбол, музика.
field-field = Професія або галузь
hint-field = Наприклад: медсестринство, інженерія, місцеве самоврядування.
field-area = Поштовий індекс або район
hint-area = Використовується лише для пошуку когось поблизу.
field-travel_km = Як далеко готові їздити, у км
field-lat = Широта
field-lon = Довгота
hint-coordinates = Необов'язково, у десяткових градусах (наприклад, 50.85 і 4.35). Без них людей поєднують за районом.
field-availability = Вільний час щотижня
day-mon = Понеділок
day-tue = Вівторок
day-wed = Середа
day-thu = Четвер
day-fri = П'ятниця
day-sat = Субота
day-sun = Неділя
part-morning = Ранок
part-afternoon = День
part-evening = Вечір
field-gender = Стать
field-gender_preference = Стать пари
gender-unsaid = Не хочу вказувати
gender-any = Без різниці
gender-woman = Жінка
gender-man = Чоловік
gender-non-binary = Небінарна особа
field-minor = Новоприбулій людині менше 18 років
field-capacity = Зі скількома новоприбулими волонтер працює одночасно
hint-capacity = Для новоприбулих залиште 1.
field-vetted = Волонтер пройшов перевірку благонадійності
field-note = Нотатки для команди
hint-note = Бачать лише працівники.
import-title = Імпорт із таблиці
import-intro = Завантажте файл CSV або книгу Excel (.xlsx, перший аркуш). Перший рядок містить назви стовпців, як у шаблоні. Якщо хоч один рядок має проблему, нічого не імпортується, а кожну проблему буде показано з номером рядка.
import-template = Завантажити шаблон (CSV)
import-file = Файл
import-submit = Перевірити й імпортувати
import-done = { $count ->
    [one] Імпортовано { $count } людину.
    [few] Імпортовано { $count } людини.
    [many] Імпортовано { $count } людей.
   *[other] Імпортовано { $count } людини.
}
import-problems = { $count ->
    [one] У файлі { $count } проблема
    [few] У файлі { $count } проблеми
    [many] У файлі { $count } проблем
   *[other] У файлі { $count } проблеми
}
import-nothing-imported = Нічого не імпортовано. Виправте файл і завантажте його знову.
import-line = Рядок
import-column = Стовпець
import-problem = Проблема
round-title = Раунд підбору пар
round-intro = Раунд пропонує такий розподіл, за якого пару отримує якомога більше людей, а серед таких варіантів — з найкращим загальним балом. Прийняті й закріплені пари залишаються; решту пропонують заново.
round-run = Запустити раунд
round-running = Триває раунд
round-running-for = Триває { $seconds } с. Ця сторінка оновлюється сама; інші сторінки тим часом працюють.
round-step-starting = Читаємо дані програми
round-step-shortlisting = Шукаємо найкращих кандидатів для кожної новоприбулої людини
round-step-solving = Шукаємо найкращий розподіл на пари
round-step-pricing = Перевіряємо всі інші можливі пари
round-step-explaining = Пояснюємо, чому люди чекають
error-round-failed = Раунд не вдалося завершити. Нічого не збережено; запустіть його знову.
round-last = Останній раунд
round-ran-at = Запущено
round-counts = Пропозиції
round-counts-value = Запропоновано { $proposals ->
    [one] { $proposals } пару
    [few] { $proposals } пари
    [many] { $proposals } пар
   *[other] { $proposals } пари
}; { $newcomers ->
    [one] чекає { $newcomers } новоприбула людина
    [few] чекають { $newcomers } новоприбулі людини
    [many] чекають { $newcomers } новоприбулих людей
   *[other] чекають { $newcomers } новоприбулої людини
}; волонтерів із вільними місцями: { $volunteers }
round-optimal = Оптимально?
round-proved = Так, доведено: сертифікат системи підтверджує це.
round-not-proved = Не доведено. Будь ласка, повідомте про це.
round-proposals = Запропоновані пари
round-no-proposals = Немає пропозицій, щодо яких треба ухвалити рішення.
round-accept-all = { $count ->
    [one] Прийняти { $count } пропозицію
    [few] Прийняти всі { $count } пропозиції
    [many] Прийняти всі { $count } пропозицій
   *[other] Прийняти всі { $count } пропозиції
}
round-accept-all-check = { $count ->
    [one] { $count } пропозиція стане прийнятою парою, на всіх сторінках, а не лише показана тут; наступні раунди зберігають прийняті пари.
    [few] Усі { $count } пропозиції стануть прийнятими парами, на всіх сторінках, а не лише показані тут; наступні раунди зберігають прийняті пари.
    [many] Усі { $count } пропозицій стануть прийнятими парами, на всіх сторінках, а не лише показані тут; наступні раунди зберігають прийняті пари.
   *[other] Усі { $count } пропозиції стануть прийнятими парами, на всіх сторінках, а не лише показані тут; наступні раунди зберігають прийняті пари.
}
round-accept-all-yes = Так, прийняти всі ({ $count })
round-swap-with = Або дати цій новоприбулій людині іншого волонтера
round-swap-option = { $volunteer } (зараз із { $newcomer })
round-joined-since = Приєдналися після останнього раунду або знову вільні відтоді: наступний раунд їх урахує.
round-score = Бал
round-why = Чому ця пара
round-decide = Рішення
round-locked = закріплено
round-swap = Поміняти партнерів
round-done-accept = Пропозицію прийнято: тепер це пара, яка чекає на знайомство.
round-done-reject = Пропозицію відхилено: наступні раунди більше не пропонуватимуть цих двох людей разом.
round-done-lock = Закріплено: { $pair }. Наступні раунди залишать цю пропозицію без змін.
round-done-unlock = Відкріплено: { $pair }. Наступний раунд може запропонувати їм інших партнерів.
round-done-swap = Партнерів обміняно. Тепер { $first } і { $second }.
round-done-open = Відкрити пару
round-waiting = Досі чекають, і чому
round-reason = Причина
pair-action-accept = Прийняти
pair-action-reject = Відхилити
pair-action-lock = Закріпити
pair-action-unlock = Відкріпити
pair-action-introduce = Позначити, що познайомили
factor-languages = Обоє володіють: { $languages }
factor-exchange = Новоприбула людина може навчати: { $newcomer }; волонтер може навчати: { $volunteer }
factor-no-interests = Спільних інтересів немає
factor-interests = { $count ->
    [one] { $count } спільний інтерес: { $interests }
    [few] { $count } спільні інтереси: { $interests }
    [many] { $count } спільних інтересів: { $interests }
   *[other] { $count } спільного інтересу: { $interests }
}
factor-distance = Відстань — { $km } км
factor-field = Та сама галузь: { $field }
factor-same-area = Живуть в одному районі
factor-distance-unknown = Відстань невідома
factor-slots = { $count ->
    [one] { $count } спільний вільний проміжок на тиждень
    [few] { $count } спільні вільні проміжки на тиждень
    [many] { $count } спільних вільних проміжків на тиждень
   *[other] { $count } спільного вільного проміжку на тиждень
}
factor-other-field = Різні галузі
factor-waited = Чекає { $days ->
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } дня
}
reason-no-candidate = Немає волонтера, з яким у цієї людини дотримуються всі правила.
reason-excluded-by = { $rule }: виключає { $count ->
    [one] { $count } волонтера
    [few] { $count } волонтерів
    [many] { $count } волонтерів
   *[other] { $count } волонтерів
}
reason-outscored = { $count ->
    [one] Підійшов би { $count } волонтер, але його пара з кимось іншим дала змогу поєднати більше людей або створити кращі пари загалом.
    [few] Підійшли б { $count } волонтери, але їхні пари з іншими дали змогу поєднати більше людей або створити кращі пари загалом.
    [many] Підійшли б { $count } волонтерів, але їхні пари з іншими дали змогу поєднати більше людей або створити кращі пари загалом.
   *[other] Підійшли б { $count } волонтера, але їхні пари з іншими дали змогу поєднати більше людей або створити кращі пари загалом.
}
constraint-shared-language = Немає спільної мови
constraint-complementary-languages = Не можуть навчати одне одного
constraint-within-reach = Живуть надто далеко
constraint-availability = Вільні в різний час
constraint-gender-preference = Побажання щодо статі
constraint-safeguarding = Не пройдено перевірку благонадійності (до 18 років)
constraint-same-field = Інша галузь
fairness-title = Справедливість між групами
fairness-intro = Частки новоприбулих, які отримали пару, і час очікування в цьому раунді — за такою ознакою: { $dimension }.
fairness-people = Новоприбулі
fairness-paired = Мають пару
fairness-rate = Частка
fairness-wait = Середній час очікування, днів
fairness-too-few = (замало для порівняння)
fairness-gap = Найбільша різниця між групами: { $gap ->
    [one] { $gap } відсотковий пункт
    [few] { $gap } відсоткові пункти
    [many] { $gap } відсоткових пунктів
   *[other] { $gap } відсоткового пункту
}.
fairness-cap = Межа: { $cap }.
fairness-met = Її дотримано.
fairness-not-met = Її не вдалося дотримати: для деяких груп немає волонтера, з яким дотримуються всі правила.
fairness-before = без межі: { $gap }
pairs-title = Пари
pairs-quiet = Затихли
pairs-quiet-intro = Пари, які познайомилися або зустрічаються, але не мають відгуку понад { $days ->
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } дня
}. Зв'яжіться з ними, поки контакт не згас.
pairs-quiet-none = Жодна пара не затихла.
pairs-quiet-days = { $days ->
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } дня
} без відгуку
pairs-accepted = Прийняті, треба познайомити
pairs-meeting = Познайомлені й зустрічаються
pairs-none = Немає.
pairs-pair = Пара
pairs-status = Етап
pairs-last-met = Остання зустріч
pairs-check-ins = Відгуки
pairs-waiting = Список очікування
pairs-waiting-none = Ніхто не чекає.
pairs-closed = Завершені
pairs-introduction = Лист-знайомство для друку
pair-status-proposed = Запропоновано
pair-status-accepted = Прийнято
pair-status-introduced = Познайомлено
pair-status-active = Зустрічаються
pair-status-closed = Завершено
pair-status-rejected = Відхилено
pair-proposed-at = Запропоновано
pair-accepted-at = Прийнято
pair-introduced-at = Познайомлено
pair-closed-at = Завершено
pair-closed-withdrawn = Одна з двох людей відкликала згоду й вийшла з програми.
pair-close = Завершити пару
field-reason = Чому завершується
checkins-title = Відгуки
checkins-none = Відгуків ще немає.
checkins-add = Записати відгук
checkins-newcomer-rating = Як новоприбула людина оцінила контакт
checkins-volunteer-rating = Як волонтер оцінив контакт
checkins-rating-order = Оцінки від 1 до 7: приємно / на рівних / співпраця / близькість.
field-met_on = Дата зустрічі
field-minutes = Хвилин разом
field-activity = Що робили
hint-activity = Наприклад: кава і прогулянка до бібліотеки.
hint-rating = Від 1 (зовсім ні) до 7 (дуже). Залиште порожнім, якщо не питали.
quality-pleasant = Приємно
quality-equal = На рівних
quality-cooperative = У співпраці
quality-close = Близько
intro-print-hint = Надрукуйте цю сторінку або скопіюйте кожну частину в повідомлення. Частина для кожної людини написана її мовою.
intro-title = Добрий день, { $name }!
intro-body = Раді познайомити вас із вашою парою в програмі, яку проводить { $organisation }: це { $other }. Ви обоє володієте мовою: { $shared }, і ми думаємо, що ви добре порозумієтеся.
intro-contact = Ось як можна зв'язатися: { $other } — { $contact }.
intro-contact-through-us = Ми допоможемо вам зв'язатися: відповідайте нам, щоб домовитися про першу зустріч.
intro-closing = Розкажіть нам, як минула ваша перша зустріч. За кілька тижнів ми зв'яжемося з вами обома.
error-side-invalid = Виберіть: новоприбула людина чи волонтер.
error-side-fixed = Людина не може змінити роль; виведіть її з програми й додайте знову.
error-phone-invalid = Введіть номер телефону, використовуючи лише цифри, пробіли та + - ( ).
error-language-code-invalid = Використовуйте дво- або трилітерний код мови, наприклад ar або fr.
error-language-level-missing = Вкажіть рівень для кожної мови, наприклад ar:native.
error-language-level-invalid = Вкажіть рівень: beginner (початковий), conversational (розмовний), fluent (вільний) або native (рідна мова), чи від A1 до C2.
error-language-repeated = Кожна мова може бути вказана лише один раз.
error-too-many-languages = Вкажіть не більше 8 мов.
error-speaks-missing = Вкажіть принаймні одну мову, якою людина володіє.
error-interests-too-many = Вкажіть не більше 20 інтересів, кожен коротший за 40 символів.
error-number-invalid = Введіть число.
error-page-invalid = Номер сторінки — ціле число від 1 до 1 000 000.
error-per-page-invalid = Можна показати від 1 до 1 000 рядків на сторінці.
error-standing-invalid = Виберіть waiting, proposed, paired, active або withdrawn.
error-pair-group-invalid = Виберіть proposed, accepted, meeting, quiet або closed.
error-waited-invalid = Введіть кількість днів від 0 до 3650.
error-number-out-of-range = Введіть число в зазначеному діапазоні.
error-coordinates-out-of-range = Широта має бути від -90 до 90, а довгота — від -180 до 180.
error-coordinates-half = Вкажіть і широту, і довготу, або жодну з них.
error-travel-too-far = Введіть відстань до 500 км.
error-area-missing = Вкажіть поштовий індекс або район.
error-availability-missing = Виберіть принаймні один вільний проміжок часу.
error-availability-invalid = Записуйте вільні проміжки так: mon-evening sat-morning.
error-gender-invalid = Виберіть «жінка» (woman), «чоловік» (man) або «небінарна особа» (non-binary) чи залиште поле порожнім.
error-yes-no-invalid = Напишіть yes (так) або no (ні).
error-capacity-invalid = Волонтер може працювати з 1–10 новоприбулими.
error-consent-missing = Щоб зберегти дані людини, потрібна її згода.
error-too-many-sign-ups = З цього з'єднання за останню годину вже зареєструвалося багато людей. Спробуйте пізніше або попросіть організацію додати вас.
error-too-many-sign-ups-detail = Це обмеження захищає програму від потоку вигаданих реєстрацій.
error-programme-kind-invalid = Виберіть вид програми.
error-programme-needs-languages = Кожна програма питає, якими мовами володіють люди.
error-fairness-dimension-invalid = Виберіть, як порівнювати групи.
error-programme-full = У цій програмі вже максимальна кількість людей.
error-programme-full-detail = Програма вміщує щонайбільше 200 000 людей. Для решти почніть іншу програму.
error-import-too-large = Файл більший за 4 МБ.
error-import-not-utf8 = Збережіть файл CSV у кодуванні UTF-8 і завантажте знову.
error-import-row-unreadable = Цей рядок не вдається прочитати: перевірте лапки в ньому.
error-import-too-many-rows = У файлі понад 20 000 рядків.
error-import-xlsx-unreadable = Цю книгу не вдається прочитати. Збережіть її знову як .xlsx або CSV.
error-import-xlsx-empty = У книзі немає жодного аркуша.
error-import-too-many-columns = Рядок виходить за межі 64 стовпців. Видаліть клітинки поза таблицею й завантажте файл знову.
error-import-cell-too-long = Клітинка містить понад 32 767 символів.
error-import-xlsx-too-large = Після розпакування ця книга значно більша, ніж можна очікувати з її розміру. Збережіть її знову як .xlsx або CSV.
error-import-xls-unsupported = Старі книги Excel (.xls) не читаються. Збережіть файл як .xlsx або CSV і завантажте знову.
error-import-busy = Зараз виконуються інші імпорти. Спробуйте за хвилину.
error-import-empty = У файлі немає рядків для імпорту.
error-import-unknown-column = bridges не знає такого стовпця. Звірте його назву з шаблоном.
error-import-repeated-column = Цей стовпець трапляється двічі.
error-import-missing-column = Цей стовпець обов'язковий.
error-import-too-many-cells = У цьому рядку більше клітинок, ніж стовпців у заголовку.
error-import-upload-broken = Файл надійшов не повністю. Спробуйте ще раз.
error-import-no-file = Виберіть файл для завантаження.
error-pair-status = Цей крок не підходить до поточного етапу пари.
error-pair-status-detail = Пара проходить етапи в такому порядку: запропоновано, прийнято, познайомлено, зустрічаються, завершено. Оновіть сторінку, щоб побачити, на якому вона етапі.
error-pair-status-invalid = Використовуйте accepted, rejected, introduced або closed.
error-newcomer-paired = Ця новоприбула людина вже має прийняту пару.
error-newcomer-paired-detail = Спершу завершіть іншу пару, якщо ця має її замінити.
error-participant-withdrawn = Одна з двох людей вийшла з програми.
error-participant-withdrawn-detail = Її пари було завершено, коли вона вийшла; з цією парою більше нічого зробити не можна.
error-volunteer-full = Цей волонтер уже має стільки новоприбулих, скільки може взяти.
error-volunteer-full-detail = Спершу завершіть одну з його пар або збільште на його сторінці кількість людей, яких він може взяти.
error-round-stale = Під час раунду дані програми постійно змінювалися. Запустіть його знову.
error-round-stale-detail = Поки раунд обчислювався, люди або пари змінилися кілька разів поспіль. Нічого не збережено.
error-pair-not-meeting = Відгуки записують лише для пар, які вже познайомили.
error-pair-not-meeting-detail = Спершу позначте, що пару познайомили.
error-swap-breaks-rules = Така заміна порушила б одне з правил програми.
error-swap-breaks-rules-detail = Кожна нова пара має дотримуватися всіх правил програми. Виберіть для заміни іншу пропозицію.
error-swap-same-volunteer = Ці дві пропозиції мають того самого волонтера, тож їхня заміна нічого не змінила б.
error-swap-same-volunteer-detail = Виберіть для заміни пропозицію з іншим волонтером.
error-date-in-future = Дата не може бути в майбутньому.
error-minutes-invalid = Введіть, скільки хвилин вони провели разом, від 1 до 1440.
error-rating-invalid = Оцінка — ціле число від 1 до 7.

export-lists = Завантажити для таблиці (кожне завантаження записується в журнал аудиту)
export-participants = Учасники
export-waiting = Список очікування
export-pairs = Пари

list-search-name = Пошук за ім'ям
list-standing = Стан
list-language = Володіє мовою
list-waited = У програмі щонайменше (днів)
standing-waiting = Чекає на пару
standing-proposed = Запропоновано в раунді
standing-paired = Має пару
standing-active = Бере участь
standing-withdrawn = Вибув(-ла)
pairs-search = Пошук за ім'ям будь-кого з пари
pairs-show = Показати
pairs-every-group = Усі групи
pairs-group-quiet = Затихли
pairs-group-accepted = Прийняті, треба познайомити
pairs-group-meeting = Познайомлені й зустрічаються
pairs-group-closed = Завершені
pairs-see-all = Переглянути всі ({ $count })
fairness-chart = Частка людей із парою в кожній групі за ознакою: { $dimension }
waited-chart = Скільки вже чекають ті, хто ще чекає на пару
waited-unit = людей
waited-span = Час очікування
waited-as-table = Те саме у вигляді таблиці
waited-0 = менше тижня
waited-1 = 1–2 тижні
waited-2 = 2–4 тижні
waited-3 = 1–2 місяці
waited-4 = 2–3 місяці
waited-5 = 3–6 місяців
waited-6 = понад 6 місяців
pair-score-bar = З чого складається бал пари — { $score }
