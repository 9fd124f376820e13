# Measure: the dashboard, activities, advice, indicators, reviews.
measure-title = Вимірювання
measure-dashboard = Огляд
measure-activities = Заходи
measure-advice = Консультації та супровід випадків
measure-indicators = Показники
measure-whole-organisation = Уся організація
measure-show = Показати
measure-year-so-far = { $year }: станом на сьогодні
measure-activities-logged = Записані заходи
measure-attendance = Відвідуваність
measure-people-advised = Люди, які отримали консультацію
measure-occasions = Консультації
measure-volunteer-hours = Години волонтерів
measure-languages-used = Використані мови
measure-suppression-note = Кількості, менші за { $k } осіб, не показуються, щоб нікого не можна було впізнати.
measure-attention = Потребує уваги
measure-objectives = Цілі та їхні показники
measure-no-indicators = Показників ще немає.
measure-define-first = Визначте перший.
measure-objective-unmeasured = Цю ціль поки ніщо не вимірює.
measure-export-xlsx = Завантажити значення (XLSX)
measure-calendar = Календар занять (iCalendar)
measure-reviews = Перегляди роботи
measure-next-review = Наступний перегляд — до { $date }.
measure-no-reviews = Переглядів ще не записано.
measure-record-review = Записати перегляд
measure-fewer-than = менше ніж { $k }
measure-hidden = приховано
measure-no-data = Даних ще немає
measure-baseline = Вихідне значення
measure-target = Цільове значення
measure-actual = Останнє значення
measure-progress = Поступ до цільового значення
measure-status = Стан
measure-status-achieved = Ціль досягнуто
measure-status-on-track = За планом
measure-status-off-track = Відставання
measure-status-no-target = Без цільового значення
measure-status-no-data = Немає даних
measure-status-stale = Не оновлено
measure-values = Значення за періодами
measure-value = Значення
measure-enter-value = Ввести значення
measure-define = Визначити показник
measure-any-kind = Будь-який вид
measure-all-programmes = Усі програми
measure-no-objective = Без проєкту чи цілі
measure-log-activity = Записати захід
measure-more-breakdowns = За статтю та віком
measure-latest-activities = Останні заходи
measure-activity-count = { $count ->
    [one] Записано { $count } захід.
    [few] Записано { $count } заходи.
    [many] Записано { $count } заходів.
   *[other] Записано { $count } заходу.
}
measure-no-activities = Заходів ще не записано.
measure-no-project = Без проєкту
measure-delete = Видалити
measure-series = Регулярні заняття
measure-series-intro = Заняття, яке відбувається щотижня або раз на кілька тижнів, визначене один раз. Його календар можна додати в будь-який календарний застосунок.
measure-no-series = Регулярних занять ще немає.
measure-series-every = { $weeks ->
    [1] щотижня
    [one] раз на { $weeks } тиждень
    [few] раз на { $weeks } тижні
    [many] раз на { $weeks } тижнів
   *[other] раз на { $weeks } тижня
}
measure-add-series = Додати регулярне заняття
measure-advice-private = Цю сторінку бачать лише працівники. Клієнтів позначають кодом, ніколи не іменем; коди та нотатки зашифровано.
measure-overdue = Прострочені подальші дії
measure-no-overdue = Прострочених подальших дій немає.
measure-follow-up-done = Виконано
measure-record-advice = Записати консультацію
measure-recent-advice = Останні консультації
measure-no-advice = Консультацій ще не записано.

activity-kind-event = Подія
activity-kind-session = Заняття
activity-kind-training = Тренінг
activity-kind-meeting = Зустріч з особами, які ухвалюють рішення
activity-kind-publication = Публікація
activity-kind-campaign = Кампанійна акція
activity-kind-referral = Направлення
activity-kind-booking = Бронювання приміщення або заходу
activity-kind-other = Інше

advice-outcome-resolved = Вирішено
advice-outcome-ongoing = Триває
advice-outcome-referred = Направлено далі
advice-outcome-closed = Закрито

indicator-source-manual = Вводиться вручну, з підтвердженням
indicator-source-activities = Кількість заходів
indicator-source-attendance = Люди, які відвідали заходи
indicator-source-volunteer-hours = Години волонтерів
indicator-source-languages = Мови, використані на заходах
indicator-source-people-advised = Люди, які отримали консультацію (кожну людину враховано один раз)
indicator-source-advice-occasions = Консультації
indicator-source-check-ins = Відгуки пар (Знайомства)
indicator-source-contact-hours = Години, які пари провели разом (Знайомства)
indicator-source-contact-quality = Якість контакту, від 1 до 7 (Знайомства)
indicator-source-referrals-made = Направлення до служб (Довідник послуг)
indicator-source-people-referred = Направлені люди, кожну враховано один раз (Довідник послуг)
indicator-source-referrals-completed = Направлення, які задовольнили потребу повністю або частково (Довідник послуг)

period-month = Місяць
period-quarter = Квартал
period-year = Рік

breakdown-none = Без розподілу
breakdown-community = Громада новоприбулих і приймаюча громада
breakdown-gender = Стать
breakdown-age = Вікова група

group-arriving = Громада новоприбулих
group-receiving = Приймаюча громада
group-women = Жінки
group-men = Чоловіки
group-another = Інша стать
group-under-18 = До 18 років
group-18-25 = Від 18 до 25
group-26-64 = Від 26 до 64
group-65-plus = 65 і більше

direction-up = Більше — краще
direction-down = Менше — краще

field-date = Дата
field-time = Час початку
field-activity_kind = Вид заходу
field-duration_minutes = Тривалість у хвилинах
field-place = Місце
field-project = Проєкт
field-programme = Програма
field-topics = Теми
field-languages = Використані мови
field-attendees = Присутні
field-arriving = З громади новоприбулих
field-receiving = З приймаючої громади
field-women = Жінки
field-men = Чоловіки
field-gender_another = Інша стать
field-age_under_18 = До 18 років
field-age_18_25 = Від 18 до 25
field-age_26_64 = Від 26 до 64
field-age_65_plus = 65 і більше
field-volunteers = Волонтери
field-volunteer_hours = Усього годин волонтерів
field-notes = Нотатки
field-client = Код клієнта
field-topic = Тема
field-outcome = Результат
field-referral = Куди направлено
field-follow_up = Подальші дії до
field-unit = Одиниця
field-direction = Який напрям добрий
field-source = Звідки беруться числа
field-period = Період
field-baseline = Вихідне значення
field-baseline_on = Дата вихідного значення
field-target_on = Дата досягнення цілі
field-disaggregation = З розподілом за
field-frameworks = Пункти рамок
field-value = Значення
field-evidence = Підтвердження
field-held_on = Дата перегляду
field-concluded = Висновки команди
field-decided = Рішення команди
field-next_on = Наступний перегляд
field-every_weeks = Раз на скільки тижнів
field-until = Остання дата

hint-attendees = Усі, хто прийшов. Групи нижче — частини цього числа; залиште групу порожньою, якщо її ніхто не рахував.
hint-volunteer_hours = Години всіх волонтерів разом, наприклад 4.5.
hint-languages = Коди мов через кому, наприклад ar, en, ps.
hint-topics = Пункти рамок або власні теми через кому, наприклад indicators-of-integration:bridges, eu-cbp:7.
hint-client = Номер справи або ініціали з роком народження — ніколи не ім'я. Однаковий код означає ту саму людину.
hint-topic = Про що людина питала, наприклад житло або право на працю.
hint-unit = Наприклад: люди, години, заняття або %.
hint-frameworks = Наприклад: indicators-of-integration:bridges, eu-cbp:7.
hint-period = 2026-03 для місяця, 2026-Q1 для кварталу або 2026 для року.
hint-evidence = Звідки це число: реєстр, опитування, звіт партнера.
hint-concluded = Як просувається робота порівняно з цілями — власними словами команди.

# Import and export
measure-import-export = Імпорт і експорт
measure-downloads = Завантаження
measure-activities-xlsx = Завантажити заходи (XLSX)
measure-import-activities = Імпортувати заходи
measure-import-indicators = Імпортувати значення показників
measure-import-intro-activities = Завантажте файл CSV або книгу Excel (.xlsx, перший аркуш), перший рядок якої містить назви стовпців, як у завантаженні заходів. Стовпці date, activity_kind і title обов'язкові; у стовпці project вказують назву проєкту. Якщо хоч один рядок має проблему, нічого не імпортується, а кожну проблему буде показано з номером рядка та стовпцем.
measure-import-intro-indicators = Завантажте файл значень, у якому заповнено значення показників, що вводяться вручну. Зчитуються стовпці indicator_id, period, value і evidence, решта ігнорується; рядок без значення пропускається. Якщо хоч один рядок має проблему, нічого не імпортується, а кожну проблему буде показано з номером рядка та стовпцем.
measure-activities-imported = { $count ->
    [one] Імпортовано { $count } захід.
    [few] Імпортовано { $count } заходи.
    [many] Імпортовано { $count } заходів.
   *[other] Імпортовано { $count } заходу.
}
measure-values-imported = { $count ->
    [one] Імпортовано { $count } значення.
    [few] Імпортовано { $count } значення.
    [many] Імпортовано { $count } значень.
   *[other] Імпортовано { $count } значення.
}

error-count-invalid = Введіть ціле число від 0 до 100 000.
error-codes-invalid = Використовуйте короткі коди через кому (літери, цифри та - : _ .), не більше 50.
error-time-invalid = Введіть час у годинах і хвилинах, наприклад 18:30.
error-activity-kind-invalid = Виберіть вид заходу зі списку.
error-duration-invalid = Введіть тривалість у хвилинах, від 1 до 10 080.
error-hours-invalid = Введіть кількість годин числом, наприклад 4.5.
error-breakdown-exceeds-attendees = Сума груп більша за кількість присутніх.
error-advice-outcome-invalid = Виберіть результат зі списку.
error-follow-up-before-contact = Подальші дії не можуть бути раніше за консультацію.
error-follow-up-missing = Для справи, що триває, вкажіть дату подальших дій.
error-direction-invalid = Виберіть, що краще — більше чи менше.
error-indicator-source-invalid = Виберіть, звідки беруться числа.
error-programme-not-a-source = Програму можна вибрати лише для чисел, що надходять із розділу «Знайомства».
error-objective-needs-project = Виберіть проєкт, до якого належить ціль.
error-target-before-baseline = Дата досягнення цілі має бути пізніше за дату вихідного значення.
error-period-invalid = Введіть період як 2026-03, 2026-Q1 або 2026 — відповідно до періоду показника.
error-disaggregation-invalid = Розподіляти можна лише відвідуваність.
error-indicator-counted = Цей показник рахується із записаних даних; його значення не можна вводити вручну.
error-next-review-before-review = Наступний перегляд має бути пізніше за цей.
error-every-weeks-invalid = Введіть кількість тижнів від 1 до 52.

measure-pairs = Пари в програмах розділу «Знайомства»
measure-pairs-meeting = Пари, що зустрічаються
measure-pairs-quiet = Затихли
measure-pairs-closed = Завершені
measure-waiting = Новоприбулі, які чекають
measure-wait-days = Днів очікування (медіана / найдовше)

measure-templates = Почати з набору показників
measure-templates-intro = Кожен набір додає ті свої показники, яких у вас ще немає. Ті, що рахуються з ваших записів, заповнюються самі; потім вкажіть для них вихідне та цільове значення.
measure-template-set = Набір
measure-templates-add = Додати набір
template-set-forum = Лічильники та орієнтири форуму
template-set-zaragoza = Основні Сарагоські показники
template-set-indicators-of-integration = 14 сфер Показників інтеграції
template-set-focus = Контакт між громадами (FOCUS)
template-forum-people-advised = Люди, які отримали консультацію
template-forum-advice-occasions = Консультації
template-forum-people-referred = Люди, направлені до служби
template-forum-referrals-completed = Направлення, які задовольнили потребу
template-forum-bookings = Бронювання приміщень, заходів і тренінгів
template-forum-capacity-sessions = Заняття з розвитку спроможності
template-forum-people-trained = Навчені люди
template-forum-policy-meetings = Зустрічі з особами, які формують політику
template-forum-publications = Публікації
template-forum-campaign-actions = Кампанійні акції
template-forum-volunteer-hours = Години волонтерів
template-forum-languages = Мови, якими користуються наші волонтери
template-forum-health-access = Покращення доступу до медичних послуг
template-zaragoza-employment = Рівень зайнятості новоприбулих
template-zaragoza-education = Новоприбулі з повною загальною середньою або вищою освітою
template-zaragoza-poverty = Новоприбулі під ризиком бідності або соціального виключення
template-zaragoza-citizenship = Новоприбулі, які є довгостроковими резидентами або громадянами
template-zaragoza-health = Новоприбулі, які оцінюють своє здоров'я як добре
template-iio-work = Самооцінка поступу: робота
template-iio-housing = Самооцінка поступу: житло
template-iio-education = Самооцінка поступу: освіта
template-iio-health-and-social-care = Самооцінка поступу: охорона здоров'я та соціальна допомога
template-iio-leisure = Самооцінка поступу: дозвілля
template-iio-bonds = Самооцінка поступу: зв'язки у власній громаді
template-iio-bridges = Самооцінка поступу: мости з іншими громадами
template-iio-links = Самооцінка поступу: зв'язки з установами
template-iio-language-and-communication = Самооцінка поступу: мова та спілкування
template-iio-culture = Самооцінка поступу: культура
template-iio-digital-skills = Самооцінка поступу: цифрові навички
template-iio-safety = Самооцінка поступу: безпека
template-iio-stability = Самооцінка поступу: стабільність
template-iio-rights-and-responsibilities = Самооцінка поступу: права та обов'язки
template-focus-contact-quality = Якість контакту в парах «бадді»
template-focus-contact-meetings = Зустрічі пар «бадді»
template-focus-contact-hours = Години, які пари «бадді» провели разом
template-focus-mixed-sessions = Люди з обох громад на заняттях
unit-people = осіб
unit-occasions = разів
unit-referrals = направлень
unit-activities = заходів
unit-hours = годин
unit-languages = мов
unit-percent = %
unit-count = кількість
unit-rating = 1–7
measure-measuring = Показники, що вимірюють: { $item }.
measure-all-indicators = Усі показники
measure-objective-progress = За планом: { $good } з { $judged ->
    [one] { $judged } показника
    [few] { $judged } показників
    [many] { $judged } показників
   *[other] { $judged } показника
}.
measure-threshold = Малі числа
measure-threshold-save = Зберегти
field-threshold = Приховувати кількості, менші за
hint-threshold = Волонтери та спостерігачі бачать «менше ніж» це число замість меншої кількості. Щонайменше 5; зазвичай беруть 10.
error-threshold-invalid = Введіть ціле число від 5 до 1 000.
measure-publish-calendar = Опублікувати календар
measure-calendar-published = Календар має публічне посилання. Люди, які його мають, можуть додати заняття у свій календарний застосунок; у ньому видно назви, час, місця та мови, але нічого про людей.
measure-calendar-not-published = Календар не опубліковано. Після публікації він отримає посилання, на яке будь-хто зможе підписатися: назви, час, місця та мови занять, нічого про людей.
measure-calendar-new-link = Створити нове посилання (старе перестане працювати)
measure-calendar-link-made = Ось посилання на календар. Скопіюйте його зараз: більше його не покажуть.
error-project-ambiguous = Кілька проєктів мають таку назву: натомість вкажіть id проєкту.
error-value-repeated = Цей показник уже має значення за цей період вище у файлі.
measure-no-programme = Без програми
error-programme-ambiguous = Кілька програм мають таку назву: натомість вкажіть id програми.
field-indicator-need = Направлення щодо
hint-indicator-need = Лише для кількості направлень: ті, що стосуються цієї потреби (ширша потреба охоплює вужчі).
measure-any-need = Будь-яка потреба
