# Measure: the dashboard, activities, advice, indicators, reviews.
measure-title = Измерване
measure-dashboard = Табло
measure-activities = Дейности
measure-advice = Консултации и работа по случаи
measure-indicators = Показатели
measure-whole-organisation = Цялата организация
measure-show = Покажи
measure-year-so-far = { $year } досега
measure-activities-logged = Записани дейности
measure-attendance = Присъствие
measure-people-advised = Консултирани хора
measure-occasions = Консултации (брой пъти)
measure-volunteer-hours = Часове доброволен труд
measure-languages-used = Използвани езици
measure-suppression-note = Бройки под { $k } души не се показват, за да не може никой да бъде разпознат.
measure-attention = Изисква внимание
measure-objectives = Цели и техните показатели
measure-no-indicators = Все още няма показатели.
measure-define-first = Определете първия.
measure-objective-unmeasured = Все още нищо не измерва тази цел.
measure-export-xlsx = Изтегляне на стойностите (XLSX)
measure-calendar = Календар на сесиите (iCalendar)
measure-reviews = Прегледи
measure-next-review = Следващият преглед е на { $date }.
measure-no-reviews = Все още няма записан преглед.
measure-record-review = Запишете преглед
measure-fewer-than = под { $k }
measure-hidden = скрито
measure-no-data = Все още няма данни
measure-baseline = Изходна стойност
measure-target = Целева стойност
measure-actual = Последна стойност
measure-progress = Напредък към целевата стойност
measure-status = Състояние
measure-status-achieved = Целевата стойност е достигната
measure-status-on-track = По план
measure-status-off-track = Изостава
measure-status-no-target = Няма целева стойност
measure-status-no-data = Няма данни
measure-status-stale = Не е обновяван
measure-values = Стойности по периоди
measure-value = Стойност
measure-enter-value = Въведете стойност
measure-define = Определете показател
measure-any-kind = Всякакъв вид
measure-all-programmes = Всички програми
measure-no-objective = Без проект или цел
measure-log-activity = Запишете дейност
measure-more-breakdowns = По пол и възраст
measure-latest-activities = Последни дейности
measure-activity-count = { $count ->
    [one] Записана е една дейност.
   *[other] Записани са { $count } дейности.
}
measure-no-activities = Все още няма записани дейности.
measure-no-project = Без проект
measure-delete = Изтриване
measure-series = Повтарящи се сесии
measure-series-intro = Сесия, която се провежда всяка седмица или на няколко седмици и се определя веднъж. Календарът ѝ може да се добави във всяко приложение за календар.
measure-no-series = Все още няма повтарящи се сесии.
measure-series-every = { $weeks ->
    [one] всяка седмица
   *[other] на всеки { $weeks } седмици
}
measure-add-series = Добавяне на повтаряща се сесия
measure-advice-private = Тази страница виждат само служителите. Клиентите са известни с референтен код, никога с име; кодовете и бележките са криптирани.
measure-overdue = Просрочени проследявания
measure-no-overdue = Няма просрочено проследяване.
measure-follow-up-done = Готово
measure-record-advice = Запишете консултация
measure-recent-advice = Последни консултации
measure-no-advice = Все още няма записани консултации.

activity-kind-event = Събитие
activity-kind-session = Сесия
activity-kind-training = Обучение
activity-kind-meeting = Среща с хора, вземащи решения
activity-kind-publication = Публикация
activity-kind-campaign = Кампанийно действие
activity-kind-referral = Насочване
activity-kind-booking = Резервация на зала или събитие
activity-kind-other = Друго

advice-outcome-resolved = Решен
advice-outcome-ongoing = В процес
advice-outcome-referred = Насочен другаде
advice-outcome-closed = Приключен

indicator-source-manual = Въведени ръчно, с доказателства
indicator-source-activities = Брой дейности
indicator-source-attendance = Хора, присъствали на дейности
indicator-source-volunteer-hours = Часове доброволен труд
indicator-source-languages = Езици, използвани в дейностите
indicator-source-people-advised = Консултирани хора (всеки броен веднъж)
indicator-source-advice-occasions = Консултации (брой пъти)
indicator-source-check-ins = Разговори за обратна връзка с двойките (Свързване)
indicator-source-contact-hours = Часове, прекарани заедно от двойките (Свързване)
indicator-source-contact-quality = Качество на контакта, от 1 до 7 (Свързване)
indicator-source-referrals-made = Направени насочвания към услуги (Указател на услуги)
indicator-source-people-referred = Насочени хора, всеки броен веднъж (Указател на услуги)
indicator-source-referrals-completed = Насочвания, които са покрили нуждата изцяло или отчасти (Указател на услуги)

period-month = Месец
period-quarter = Тримесечие
period-year = Година

breakdown-none = Без разбивка
breakdown-community = Пристигаща и приемаща общност
breakdown-gender = Пол
breakdown-age = Възрастова група

group-arriving = Пристигаща общност
group-receiving = Приемаща общност
group-women = Жени
group-men = Мъже
group-another = Друг пол
group-under-18 = Под 18 г.
group-18-25 = От 18 до 25 г.
group-26-64 = От 26 до 64 г.
group-65-plus = 65 и повече г.

direction-up = Повече е по-добре
direction-down = По-малко е по-добре

field-date = Дата
field-time = Начален час
field-activity_kind = Вид дейност
field-duration_minutes = Продължителност в минути
field-place = Място
field-project = Проект
field-programme = Програма
field-topics = Теми
field-languages = Използвани езици
field-attendees = Присъствали
field-arriving = От пристигащата общност
field-receiving = От приемащата общност
field-women = Жени
field-men = Мъже
field-gender_another = Друг пол
field-age_under_18 = Под 18 г.
field-age_18_25 = От 18 до 25 г.
field-age_26_64 = От 26 до 64 г.
field-age_65_plus = 65 и повече г.
field-volunteers = Доброволци
field-volunteer_hours = Общо часове доброволен труд
field-notes = Бележки
field-client = Референтен код на клиента
field-topic = Тема
field-outcome = Резултат
field-referral = Насочен към
field-follow_up = Проследяване до
field-unit = Мерна единица
field-direction = Коя посока е добра
field-source = Откъде идват числата
field-period = Период
field-baseline = Изходна стойност
field-baseline_on = Дата на изходната стойност
field-target_on = Дата на целевата стойност
field-disaggregation = Разбивка по
field-frameworks = Елементи от рамки
field-value = Стойност
field-evidence = Доказателства
field-held_on = Дата на прегледа
field-concluded = Какво заключи екипът
field-decided = Какво реши екипът
field-next_on = Следващ преглед
field-every_weeks = През колко седмици
field-until = Последна дата

hint-attendees = Всички, които са дошли. Групите по-долу са части от това число; оставете група празна, ако никой не я е преброил.
hint-volunteer_hours = Часовете на всички доброволци заедно, например 4,5.
hint-languages = Кодове на езици, разделени със запетаи, например ar, en, ps.
hint-topics = Елементи от рамки или ваши собствени теми, разделени със запетаи, например indicators-of-integration:bridges, eu-cbp:7.
hint-client = Номер на случай или инициали с година на раждане: никога име. Един и същ код означава един и същ човек.
hint-topic = За какво е питал човекът, например жилище или право на работа.
hint-unit = Например хора, часове, сесии или %.
hint-frameworks = Например indicators-of-integration:bridges, eu-cbp:7.
hint-period = Като 2026-03 за месец, 2026-Q1 за тримесечие или 2026 за година.
hint-evidence = Откъде идва числото: регистър, анкета, отчет на партньор.
hint-concluded = Как върви работата спрямо целите, с думите на самия екип.

# Import and export
measure-import-export = Внос и износ на данни
measure-downloads = Изтегляния
measure-activities-xlsx = Изтегляне на дейностите (XLSX)
measure-import-activities = Внасяне на дейности
measure-import-indicators = Внасяне на стойности на показатели
measure-import-intro-activities = Качете CSV файл или работна книга на Excel (.xlsx, първият лист), чийто първи ред съдържа имената на колоните, както във файла с изтеглените дейности. Колоните date, activity_kind и title са задължителни; project съдържа заглавието на проект. Ако някой ред има проблем, нищо не се внася и всеки проблем се показва с реда и колоната си.
measure-import-intro-indicators = Качете изтегления файл със стойности, като попълните в него стойностите на показателите, въвеждани ръчно. Четат се колоните indicator_id, period, value и evidence, а останалите се пренебрегват; ред без стойност се пропуска. Ако някой ред има проблем, нищо не се внася и всеки проблем се показва с реда и колоната си.
measure-activities-imported = { $count ->
    [one] Внесена е една дейност.
   *[other] Внесени са { $count } дейности.
}
measure-values-imported = { $count ->
    [one] Внесена е една стойност.
   *[other] Внесени са { $count } стойности.
}

error-count-invalid = Въведете цяло число от 0 до 100 000.
error-codes-invalid = Използвайте кратки кодове, разделени със запетаи (букви, цифри и - : _ .), най-много 50.
error-time-invalid = Въведете час като часове и минути, например 18:30.
error-activity-kind-invalid = Изберете вид дейност от списъка.
error-duration-invalid = Въведете продължителността в минути, от 1 до 10 080.
error-hours-invalid = Въведете часовете като число, например 4,5.
error-breakdown-exceeds-attendees = Групите събрани са повече от присъствалите.
error-advice-outcome-invalid = Изберете резултат от списъка.
error-follow-up-before-contact = Проследяването не може да е преди консултацията.
error-follow-up-missing = Посочете дата за проследяване на случай, който е в процес.
error-direction-invalid = Изберете дали е по-добре повече или по-малко.
error-indicator-source-invalid = Изберете откъде идват числата.
error-programme-not-a-source = Програма може да се избере само за числа, които идват от „Свързване“.
error-objective-needs-project = Изберете проекта, към който принадлежи целта.
error-target-before-baseline = Датата на целевата стойност трябва да е след датата на изходната стойност.
error-period-invalid = Въведете период като 2026-03, 2026-Q1 или 2026, според периода на показателя.
error-disaggregation-invalid = Само присъствието може да има разбивка.
error-indicator-counted = Този показател се изчислява от записаните данни; стойностите му не могат да се въвеждат.
error-next-review-before-review = Следващият преглед трябва да е след този.
error-every-weeks-invalid = Въведете брой седмици от 1 до 52.

measure-pairs = Двойки в програмите на „Свързване“
measure-pairs-meeting = Двойки, които се срещат
measure-pairs-quiet = Заглъхнали
measure-pairs-closed = Приключени
measure-waiting = Чакащи новодошли
measure-wait-days = Дни чакане (медиана / най-дълго)

measure-templates = Започнете от набор показатели
measure-templates-intro = Всеки набор добавя онези свои показатели, които още нямате. Показателите, които се изчисляват от записаните данни, се попълват сами; после им задайте изходна и целева стойност.
measure-template-set = Набор
measure-templates-add = Добавяне на набора
template-set-forum = Броячи и критерии на мигрантски форум
template-set-zaragoza = Основни показатели от Сарагоса
template-set-indicators-of-integration = 14-те области на Показателите за интеграция
template-set-focus = Контакт между общностите (FOCUS)
template-forum-people-advised = Консултирани хора
template-forum-advice-occasions = Консултации (брой пъти)
template-forum-people-referred = Хора, насочени към услуга
template-forum-referrals-completed = Насочвания, които са покрили нуждата
template-forum-bookings = Резервации на зали, събития и обучения
template-forum-capacity-sessions = Сесии за изграждане на капацитет
template-forum-people-trained = Обучени хора
template-forum-policy-meetings = Срещи с хора, които създават политики
template-forum-publications = Публикации
template-forum-campaign-actions = Кампанийни действия
template-forum-volunteer-hours = Часове доброволен труд
template-forum-languages = Езици, които използват нашите доброволци
template-forum-health-access = Подобрения в достъпа до здравни услуги
template-zaragoza-employment = Заетост сред новодошлите
template-zaragoza-education = Новодошли със средно или по-високо образование
template-zaragoza-poverty = Новодошли в риск от бедност или социално изключване
template-zaragoza-citizenship = Новодошли с дългосрочно пребиваване или гражданство
template-zaragoza-health = Новодошли, които оценяват здравето си като добро
template-iio-work = Отчетен напредък: работа
template-iio-housing = Отчетен напредък: жилище
template-iio-education = Отчетен напредък: образование
template-iio-health-and-social-care = Отчетен напредък: здравни и социални грижи
template-iio-leisure = Отчетен напредък: свободно време
template-iio-bonds = Отчетен напредък: връзки в собствената общност
template-iio-bridges = Отчетен напредък: мостове към други общности
template-iio-links = Отчетен напредък: връзки с институциите
template-iio-language-and-communication = Отчетен напредък: език и общуване
template-iio-culture = Отчетен напредък: култура
template-iio-digital-skills = Отчетен напредък: дигитални умения
template-iio-safety = Отчетен напредък: безопасност
template-iio-stability = Отчетен напредък: стабилност
template-iio-rights-and-responsibilities = Отчетен напредък: права и отговорности
template-focus-contact-quality = Качество на контакта в двойките
template-focus-contact-meetings = Срещи на двойките
template-focus-contact-hours = Часове, прекарани заедно от двойките
template-focus-mixed-sessions = Хора от двете общности на сесиите
unit-people = души
unit-occasions = пъти
unit-referrals = насочвания
unit-activities = дейности
unit-hours = часа
unit-languages = езика
unit-percent = %
unit-count = брой
unit-rating = 1–7
measure-measuring = Показатели, които измерват { $item }.
measure-all-indicators = Всички показатели
measure-objective-progress = { $judged ->
    [one] { $good } от 1 показател е по план.
   *[other] { $good } от { $judged } показателя са по план.
}
measure-threshold = Малки числа
measure-threshold-save = Запазване
field-threshold = Скривай бройки на хора под
hint-threshold = Доброволците и наблюдателите виждат „под“ това число вместо по-малка бройка. Най-малко 5; обичайната практика е 10.
error-threshold-invalid = Въведете цяло число от 5 до 1000.
measure-publish-calendar = Публикуване на календара
measure-calendar-published = Календарът има публична връзка. Който я има, може да добави сесиите в своето приложение за календар; в него се виждат заглавия, часове, места и езици, нищо за хората.
measure-calendar-not-published = Календарът не е публикуван. Ако го публикувате, той ще има връзка, за която всеки може да се абонира: заглавия, часове, места и езици на сесиите, нищо за хората.
measure-calendar-new-link = Създаване на нова връзка (старата спира да работи)
measure-calendar-link-made = Ето връзката към календара. Копирайте я сега: тя няма да бъде показана отново.
error-project-ambiguous = Няколко проекта имат това заглавие: използвайте id на проекта.
error-value-repeated = Този показател вече има стойност за този период по-горе във файла.
measure-no-programme = Без програма
error-programme-ambiguous = Няколко програми имат това име: използвайте id на програмата.
field-indicator-need = Насочвания за
hint-indicator-need = Само за брой насочвания: тези за тази нужда (по-широката нужда включва и по-тесните).
measure-any-need = Всякаква нужда
