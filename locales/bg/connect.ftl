## Connect: programmes, participants, rounds, pairs, check-ins
audit-kind-personal-data-viewed = Преглед на лични данни
audit-kind-personal-data-changed = Промяна на лични данни
audit-kind-personal-data-exported = Изнасяне на лични данни
audit-kind-personal-data-erased = Изтриване на лични данни
audit-kind-outcomes-published = Публикуване или сваляне на публична страница
programmes-title = Програми за двойки
programmes-intro = Приятелска подкрепа, езиков обмен, наставничество и работа в сянка: хората се записват, системата предлага двойки и обяснява всяка от тях, а решението е ваше.
programmes-none = Все още няма програми.
programmes-new = Започнете програма
programmes-create = Създаване на програмата
field-kind = Вид програма
kind-buddy = Приятелска подкрепа
kind-language-exchange = Езиков обмен
kind-mentoring = Наставничество
kind-shadowing = Работа в сянка
kind-hint-buddy = местен жител помага на новодошъл да се ориентира в езика, услугите и квартала.
kind-hint-language-exchange = двама души се учат взаимно на езиците си, като се редуват.
kind-hint-mentoring = опитен професионалист подкрепя човек, който изгражда наново кариерата си тук.
kind-hint-shadowing = новодошъл придружава общински съветник или служител на институция в работата му.
programme-newcomers = Новодошли
programme-volunteers = Доброволци
programme-waiting = Чакат партньор
programme-longest-wait = { $days ->
    [one] най-дълго чакане: { $days } ден
   *[other] най-дълго чакане: { $days } дни
}
programme-proposed = Предложени двойки, които чакат решение
programme-held = Приети двойки или двойки, които се срещат
programme-quiet = Заглъхнали двойки
intake-title = Връзка за записване
intake-open-intro = Всеки, който има тази връзка, може да се запише на всеки от езиците на bridges. Споделяйте я само там, откъдето искате да идват записвания.
intake-closed = Записването чрез връзка е затворено. Можете да го отворите от настройките.
intake-renew = Подмяна на връзката
intake-intro = Тази програма се провежда от { $organisation }. Разкажете ни малко за себе си, за да ви намерим подходящ партньор.
intake-who = Записвам се като
intake-side-newcomer = човек, който е нов тук и търси партньор
intake-side-volunteer = доброволец, който предлага времето си
intake-consent-title = С какво се съгласявате
intake-privacy = Само екипът на програмата вижда това, което ни казвате. То се съхранява криптирано и се използва само за да ви намерим партньор и да поддържаме връзка с вас по този въпрос.
intake-submit = Записване
intake-thanks-title = Благодарим ви, че се записахте
intake-thanks = { $organisation } ще се свърже с вас, когато ви намери партньор.
consent-pairing = Съгласен/съгласна съм екипът на програмата да пази написаното тук, за да ми намери партньор, и да даде името и данните ми за контакт на този партньор, след като ни запознае.
consent-check-ins = Съгласен/съгласна съм екипът да се свързва с мен от време на време, за да пита как вървят срещите.
consent-staff-confirm = Този човек се е съгласил да пазим данните му, за да му намерим партньор, и да дадем данните му за контакт на този партньор.
consent-staff-recorded = Екипът е записал, че човекът е дал съгласие данните му да се пазят за съставяне на двойка и да се дадат на партньора му.
consent-import-confirm = Всички хора в този файл са се съгласили да пазим данните им, за да им намерим партньор, и да дадем данните им за контакт на този партньор.
consent-import-recorded = Внесено от електронна таблица; екипът е потвърдил, че човекът е дал съгласие данните му да се пазят за съставяне на двойка и да се дадат на партньора му.
consents-title = Съгласие
consents-none = Няма записано съгласие.
consent-withdrawn = оттеглено
consent-purpose-pairing = Съставяне на двойка
consent-purpose-check-ins = Обратна връзка
settings-title = Настройки на програмата
settings-intake-open = Хората могат да се записват чрез връзката
field-quiet_after_days = Двойката се отбелязва като заглъхнала след толкова дни без обратна връзка
field-retention_days = Изтриване на хора, неактивни от толкова дни
hint-retention_days = Хората, които са се оттеглили или чиито двойки са приключили, се изтриват окончателно, когато нищо свързано с тях не се е променяло толкова време (от 30 до 3650 дни). Оставете празно, за да изтривате хора само ръчно.
error-retention-out-of-range = Въведете брой дни от 30 до 3650 или оставете празно.
person-rights-title = Данните и правата на човека
person-rights-intro = Хората могат да поискат да видят всичко, което се пази за тях, и то да бъде изтрито.
person-export-json = Изтегляне на всички пазени данни (JSON)
person-export-csv = Изтегляне на всички пазени данни (CSV)
person-erase = Изтриване на този човек навсякъде
person-erase-confirm = Разбирам, че това не може да бъде отменено: записът, съгласията, двойките, причините и обратната връзка се изтриват завинаги.
error-erase-not-confirmed = Отметнете полето, за да потвърдите изтриването.
settings-questions = Въпроси във формуляра за записване
question-speaks = Езици, които говори
question-learns = Езици, които иска да научи
question-interests = Интереси
question-area = Къде живее и колко далеч е готов/готова да пътува
question-availability = Кога е свободен/свободна всяка седмица
question-gender = Пол и предпочитание за пола на партньора, ако има такова
question-field = Професия или област
question-minor = Дали новодошлият е под 18 години
settings-rules = Правила, които никоя двойка не може да нарушава
settings-rules-hint = Двойка, която нарушава някое от тях, никога не се предлага.
rule-shared_language = Двамата имат общ език, който говорят поне на разговорно ниво.
rule-complementary_languages = Всеки говори език, който другият иска да научи.
rule-within_reach = Живеят на разстояние, което и двамата са готови да пътуват (или в един и същ район).
rule-respect_gender_preference = Зачита се заявено предпочитание за пола на партньора.
rule-minors_need_vetted = Новодошли под 18 години се свързват само с доброволци, минали проверка за благонадеждност.
rule-same_field = Работят в една и съща област.
rule-min-slots = { $slots ->
    [one] Имат поне един общ свободен интервал в седмицата.
   *[other] Имат поне { $slots } общи свободни интервала в седмицата.
}
field-min_shared_slots = Брой общи свободни интервали в седмицата (0, ако няма такова правило)
settings-weights = Кое е по-важно
settings-weights-hint = От 0 (не се взема предвид) до 10 (най-важно). Оценката на всяка двойка е сбор от тези тегла и всяко предложение показва какво е повлияло.
weight-language = Езици
weight-interests = Общи интереси
weight-distance = Близост
weight-availability = Общо свободно време
weight-field = Една и съща област
weight-waiting = Вече изчакано време
settings-fairness = Справедливост между групите
settings-fairness-hint = Всеки кръг показва колко се различава делът на съставените двойки между групите. Задайте таван, за да дадете предимство на групите с най-малко двойки, без да намалява общият брой на хората в двойки.
field-fairness_by = Сравняване на групите по
dimension-language = основен език
dimension-gender = пол
dimension-area = район
field-max_gap = Най-голяма допустима разлика между групите в дела на хората в двойки, в процентни пунктове (празно, ако няма таван)
settings-save = Запазване на настройките
settings-reset = Връщане към стандартните настройки за този вид
participants-title = Участници
participants-private = Лични данни: всеки преглед на тази страница се записва в одитния дневник.
participants-add = Добавяне на човек
participants-none = Все още никой не се е записал.
participants-days = Дни от записването
participants-source = Как е добавен
source-staff = въведен от екипа
source-intake = връзка за записване
source-import = внасяне от файл
participant-withdrawn = оттеглил се
participant-edit = Поправяне на данните
participant-save = Запазване на данните
participant-withdraw = Оттегляне от програмата
participant-restore = Връщане в програмата
field-side = Участва като
side-newcomer = Новодошъл
side-volunteer = Доброволец
field-phone = Телефон
hint-contact-optional = По желание. Дава се на партньора само след запознаването.
field-contact_language = Език, на който да им пишем
field-speaks = Говорими езици
field-learns = Езици за учене
field-level = Ниво
level-beginner = Начално ниво
level-conversational = Разговорно ниво
level-fluent = Свободно владеене
level-native = Роден език
field-interests = Интереси
hint-interests = Разделете ги със запетаи, например: готвене, футбол, музика.
field-field = Професия или област
hint-field = Например: медицински сестри, инженерство, местна администрация.
field-area = Пощенски код или район
hint-area = Използва се само за да се намери някой наблизо.
field-travel_km = Колко далеч е готов/готова да пътува, в км
field-lat = Географска ширина
field-lon = Географска дължина
hint-coordinates = По желание, в десетични градуси (например 50.85 и 4.35). Без тях хората се свързват по район.
field-availability = Свободно време всяка седмица
day-mon = Понеделник
day-tue = Вторник
day-wed = Сряда
day-thu = Четвъртък
day-fri = Петък
day-sat = Събота
day-sun = Неделя
part-morning = Сутрин
part-afternoon = Следобед
part-evening = Вечер
field-gender = Пол
field-gender_preference = Пол на партньора
gender-unsaid = Предпочитам да не казвам
gender-any = Без предпочитание
gender-woman = Жена
gender-man = Мъж
gender-non-binary = Небинарна личност
field-minor = Новодошлият е под 18 години
field-capacity = С колко новодошли работи доброволецът едновременно
hint-capacity = За новодошлите: оставете 1.
field-vetted = Проверката за благонадеждност на доброволеца е направена
field-note = Бележки за екипа
hint-note = Вижда се само от екипа.
import-title = Внасяне от електронна таблица
import-intro = Качете CSV файл или работна книга на Excel (.xlsx, първият лист). Първият ред съдържа имената на колоните, както в шаблона. Ако някой ред има проблем, нищо не се внася и всеки проблем се показва с номера на реда си.
import-template = Изтегляне на шаблона (CSV)
import-file = Файлът
import-submit = Проверка и внасяне
import-done = { $count ->
    [one] Внесен е един човек.
   *[other] Внесени са { $count } души.
}
import-problems = { $count ->
    [one] Файлът има един проблем
   *[other] Файлът има { $count } проблема
}
import-nothing-imported = Нищо не е внесено. Поправете файла и го качете отново.
import-line = Ред
import-column = Колона
import-problem = Проблем
round-title = Кръг за съставяне на двойки
round-intro = Кръгът предлага такова разпределение, при което в двойки влизат възможно най-много хора, а сред тези варианти – този с най-висока обща оценка. Приетите и заключените двойки остават; останалите се предлагат наново.
round-run = Пускане на кръг
round-running = Тече кръг
round-running-for = Тече от { $seconds } сек. Страницата се опреснява сама; другите страници работят нормално междувременно.
round-step-starting = Четене на програмата
round-step-shortlisting = Търсене на най-подходящите кандидати за всеки новодошъл
round-step-solving = Търсене на най-доброто разпределение в двойки
round-step-pricing = Проверка на всяка друга възможна двойка
round-step-explaining = Обяснение защо някои хора чакат
error-round-failed = Кръгът не можа да завърши. Нищо не е запазено; пуснете го отново.
round-last = Последният кръг
round-ran-at = Пуснат на
round-counts = Предложения
round-counts-value = { $proposals ->
    [one] Предложена е една двойка
   *[other] Предложени са { $proposals } двойки
} от { $newcomers ->
    [one] един чакащ новодошъл
   *[other] { $newcomers } чакащи новодошли
} и { $volunteers ->
    [one] един доброволец
   *[other] { $volunteers } доброволци
} със свободно място
round-optimal = Оптимално ли е?
round-proved = Да, доказано: сертификатът на системата е проверен.
round-not-proved = Не е доказано. Моля, съобщете ни за това.
round-proposals = Предложени двойки
round-no-proposals = Няма предложения, по които да решавате.
round-accept-all = { $count ->
    [one] Приемане на { $count } предложение
   *[other] Приемане на всички { $count } предложения
}
round-accept-all-check = { $count ->
    [one] { $count } предложение става приета двойка; следващите кръгове запазват приетите двойки.
   *[other] Всички { $count } предложения стават приети двойки, на всички страници, а не само показаните тук; следващите кръгове запазват приетите двойки.
}
round-accept-all-yes = Да, приеми всички { $count }
round-swap-with = Или дайте на този новодошъл друг доброволец
round-swap-option = { $volunteer } (сега с { $newcomer })
round-joined-since = Записал се е след последния кръг или отново е свободен оттогава: следващият кръг ще го включи.
round-score = Оценка
round-why = Защо тази двойка
round-decide = Решение
round-locked = заключена
round-swap = Размяна на партньорите
round-done-accept = Предложението е прието: вече е двойка, която чака да бъде запозната.
round-done-reject = Предложението е отхвърлено: следващите кръгове няма да предлагат отново тези двама заедно.
round-done-lock = Заключено: { $pair }. Следващите кръгове запазват това предложение както е.
round-done-unlock = Отключено: { $pair }. Следващият кръг може да им предложи други партньори.
round-done-swap = Партньорите са разменени. Сега { $first } и { $second }.
round-done-open = Отвори двойката
round-waiting = Все още чакат, и защо
round-reason = Причина
pair-action-accept = Приемане
pair-action-reject = Отхвърляне
pair-action-lock = Заключване
pair-action-unlock = Отключване
pair-action-introduce = Отбелязване като запознати
factor-languages = И двамата говорят { $languages }
factor-exchange = Новодошлият може да преподава { $newcomer }; доброволецът може да преподава { $volunteer }
factor-no-interests = Нямат общи интереси
factor-interests = { $count ->
    [one] Един общ интерес: { $interests }
   *[other] { $count } общи интереса: { $interests }
}
factor-distance = На { $km } км един от друг
factor-field = Една и съща област: { $field }
factor-same-area = Живеят в един и същ район
factor-distance-unknown = Разстоянието не е известно
factor-slots = { $count ->
    [one] Един общ свободен интервал в седмицата
   *[other] { $count } общи свободни интервала в седмицата
}
factor-other-field = Различни области
factor-waited = { $days ->
    [one] Чака от { $days } ден
   *[other] Чака от { $days } дни
}
reason-no-candidate = Няма доброволец, който да отговаря на всички правила с този човек.
reason-excluded-by = { $rule }: изключва { $count ->
    [one] един доброволец
   *[other] { $count } доброволци
}
reason-outscored = { $count ->
    [one] Един доброволец би бил подходящ, но като е свързан с друг човек, повече хора са влезли в двойки или двойките като цяло са по-добри.
   *[other] { $count } доброволци биха били подходящи, но като са свързани с други хора, повече хора са влезли в двойки или двойките като цяло са по-добри.
}
constraint-shared-language = Нямат общ език
constraint-complementary-languages = Не могат да се учат взаимно
constraint-within-reach = Живеят твърде далеч
constraint-availability = Не са свободни по едно и също време
constraint-gender-preference = Предпочитание за пола
constraint-safeguarding = Няма проверка за благонадеждност (под 18 години)
constraint-same-field = Различна област
fairness-title = Справедливост между групите
fairness-intro = Дял на новодошлите в двойки и време на чакане в този кръг, по { $dimension }.
fairness-people = Новодошли
fairness-paired = В двойка
fairness-rate = Дял
fairness-wait = Средно дни чакане
fairness-too-few = (твърде малко за сравнение)
fairness-gap = Най-голяма разлика между групите: { $gap } процентни пункта.
fairness-cap = Таванът е { $cap }.
fairness-met = Спазен е.
fairness-not-met = Не можа да бъде спазен: за някои групи няма доброволец, който да отговаря на правилата.
fairness-before = преди тавана: { $gap }
pairs-title = Двойки
pairs-quiet = Заглъхнали
pairs-quiet-intro = Запознати двойки или двойки, които се срещат, без обратна връзка повече от { $days ->
    [one] { $days } ден
   *[other] { $days } дни
}. Свържете се с тях, преди контактът да угасне.
pairs-quiet-none = Няма заглъхнали двойки.
pairs-quiet-days = { $days ->
    [one] { $days } ден без обратна връзка
   *[other] { $days } дни без обратна връзка
}
pairs-accepted = Приети, предстои запознаване
pairs-meeting = Запознати и се срещат
pairs-none = Няма.
pairs-pair = Двойка
pairs-status = Етап
pairs-last-met = Последна среща
pairs-check-ins = Обратна връзка
pairs-waiting = Списък на чакащите
pairs-waiting-none = Никой не чака.
pairs-closed = Приключени
pairs-introduction = Запознанство за печат
pair-status-proposed = Предложена
pair-status-accepted = Приета
pair-status-introduced = Запознати
pair-status-active = Срещат се
pair-status-closed = Приключена
pair-status-rejected = Отхвърлена
pair-proposed-at = Предложена
pair-accepted-at = Приета
pair-introduced-at = Запознати
pair-closed-at = Приключена
pair-closed-withdrawn = Един от двамата е оттеглил съгласието си и е напуснал програмата.
pair-close = Приключване на двойката
field-reason = Защо приключва
checkins-title = Обратна връзка
checkins-none = Все още няма обратна връзка.
checkins-add = Запишете обратна връзка
checkins-newcomer-rating = Как новодошлият оценява контакта
checkins-volunteer-rating = Как доброволецът оценява контакта
checkins-rating-order = Оценки от 1 до 7: приятен / равноправен / основан на сътрудничество / близък.
field-met_on = Дата на срещата
field-minutes = Минути заедно
field-activity = Какво са правили
hint-activity = Например: кафе и разходка до библиотеката.
hint-rating = От 1 (изобщо не) до 7 (много). Оставете празно, ако не е питано.
quality-pleasant = Приятен
quality-equal = Равноправен
quality-cooperative = Основан на сътрудничество
quality-close = Близък
intro-print-hint = Отпечатайте тази страница или копирайте всяка част в съобщение. Частта за всеки човек е на неговия език.
intro-title = Здравейте, { $name },
intro-body = Радваме се да ви запознаем с { $other }, вашия партньор в програмата на { $organisation }. Имате общ език – { $shared }, и смятаме, че ще се разбирате добре.
intro-contact = Можете да се свържете с { $other } на { $contact }.
intro-contact-through-us = Ние ще ви свържем: отговорете ни, за да уговорим първата ви среща.
intro-closing = Разкажете ни как е минала първата ви среща. След няколко седмици ще се свържем с всеки от вас.
error-side-invalid = Изберете новодошъл или доброволец.
error-side-fixed = Човек не може да смени страната си (новодошъл или доброволец); оттеглете го и го добавете отново.
error-phone-invalid = Въведете телефонен номер само с цифри, интервали и + - ( ).
error-language-code-invalid = Използвайте код на език от две или три букви, например ar или fr.
error-language-level-missing = Посочете ниво за всеки език, например ar:native.
error-language-level-invalid = Използвайте ниво: beginner, conversational, fluent или native (или от A1 до C2).
error-language-repeated = Всеки език може да се посочи само веднъж.
error-too-many-languages = Посочете най-много 8 езика.
error-speaks-missing = Посочете поне един език, който човекът говори.
error-interests-too-many = Посочете най-много 20 интереса, всеки до 40 знака.
error-number-invalid = Въведете число.
error-page-invalid = Страницата е цяло число от 1 до 1 000 000.
error-per-page-invalid = Поискайте между 1 и 1000 реда на страница.
error-standing-invalid = Изберете waiting, proposed, paired, active или withdrawn.
error-pair-group-invalid = Изберете proposed, accepted, meeting, quiet или closed.
error-waited-invalid = Въведете брой дни от 0 до 3650.
error-number-out-of-range = Въведете число в показания диапазон.
error-coordinates-out-of-range = Географската ширина трябва да е между -90 и 90, а дължината – между -180 и 180.
error-coordinates-half = Посочете и географска ширина, и дължина, или нито едната.
error-travel-too-far = Въведете разстояние до 500 км.
error-area-missing = Посочете пощенски код или район.
error-availability-missing = Изберете поне един свободен интервал.
error-availability-invalid = Напишете свободните интервали така: mon-evening sat-morning.
error-gender-invalid = Изберете жена, мъж или небинарна личност, или оставете празно.
error-yes-no-invalid = Напишете yes или no.
error-capacity-invalid = Доброволецът може да поеме от 1 до 10 новодошли.
error-consent-missing = Нужно е съгласието на човека, преди данните му да бъдат запазени.
error-too-many-sign-ups = От тази връзка вече са се записали много хора през последния час. Опитайте по-късно или помолете организацията да ви добави.
error-too-many-sign-ups-detail = Ограничението пази програмата от масови измислени записвания.
error-programme-kind-invalid = Изберете вид програма.
error-programme-needs-languages = Всяка програма пита какви езици говорят хората.
error-fairness-dimension-invalid = Изберете как да се сравняват групите.
error-programme-full = Тази програма е събрала толкова хора, колкото може да побере.
error-programme-full-detail = Една програма побира най-много 200 000 души. Започнете друга програма за останалите.
error-import-too-large = Файлът е по-голям от 4 MB.
error-import-not-utf8 = Запазете CSV файла в UTF-8 и го качете отново.
error-import-row-unreadable = Този ред не може да бъде прочетен: проверете кавичките в него.
error-import-too-many-rows = Файлът има повече от 20 000 реда.
error-import-xlsx-unreadable = Тази работна книга не може да бъде прочетена. Запазете я отново като .xlsx или като CSV.
error-import-xlsx-empty = Работната книга няма лист.
error-import-too-many-columns = Ред стига отвъд 64 колони. Премахнете клетките извън таблицата и качете файла отново.
error-import-cell-too-long = Клетка съдържа повече от 32 767 знака.
error-import-xlsx-too-large = След разархивиране тази работна книга става много по-голяма, отколкото подсказва размерът ѝ. Запазете я отново като .xlsx или като CSV.
error-import-xls-unsupported = Старите работни книги на Excel (.xls) не се четат. Запазете я като .xlsx или като CSV и я качете отново.
error-import-busy = Тече друго внасяне. Опитайте отново след минута.
error-import-empty = Файлът няма редове за внасяне.
error-import-unknown-column = Тази колона не е позната на bridges. Сверете името ѝ с шаблона.
error-import-repeated-column = Тази колона се среща два пъти.
error-import-missing-column = Тази колона е задължителна.
error-import-too-many-cells = Този ред има повече клетки, отколкото заглавният ред има колони.
error-import-upload-broken = Каченият файл не е пристигнал цял. Опитайте отново.
error-import-no-file = Изберете файл за качване.
error-pair-status = Тази стъпка не отговаря на етапа, в който е двойката сега.
error-pair-status-detail = Двойката минава през етапите предложена, приета, запознати, срещат се и приключена, в този ред. Презаредете страницата, за да видите къде е.
error-pair-status-invalid = Използвайте accepted, rejected, introduced или closed.
error-newcomer-paired = Този новодошъл вече има приета двойка.
error-newcomer-paired-detail = Първо приключете другата двойка, ако тази трябва да я замести.
error-participant-withdrawn = Един от двамата се е оттеглил от програмата.
error-participant-withdrawn-detail = Двойките му бяха приключени при оттеглянето; с тази двойка не може да се направи нищо повече.
error-volunteer-full = Този доброволец вече има толкова новодошли, колкото е казал, че може да поеме.
error-volunteer-full-detail = Първо приключете някоя от двойките му или увеличете на страницата му броя, който може да поеме.
error-round-stale = Програмата се променяше, докато течеше кръгът. Пуснете го отново.
error-round-stale-detail = Хора или двойки се промениха, докато кръгът се изчисляваше, няколко пъти подред. Нищо не е запазено.
error-pair-not-meeting = Обратна връзка се записва само за двойки, които са запознати.
error-pair-not-meeting-detail = Първо отбележете двойката като запозната.
error-swap-breaks-rules = Тази размяна би нарушила едно от правилата на програмата.
error-swap-breaks-rules-detail = Всяка нова двойка трябва да спазва всички правила на програмата. Изберете друго предложение за размяна.
error-swap-same-volunteer = Тези две предложения са с един и същ доброволец, така че размяната им не би променила нищо.
error-swap-same-volunteer-detail = Изберете за размяна предложение с друг доброволец.
error-date-in-future = Датата не може да е в бъдещето.
error-minutes-invalid = Въведете минутите заедно, от 1 до 1440.
error-rating-invalid = Оценката е цяло число от 1 до 7.

export-lists = Изтегляне за електронна таблица (всяко изтегляне се записва в одитния дневник)
export-participants = Участници
export-waiting = Списък на чакащите
export-pairs = Двойки

list-search-name = Търсене по име
list-standing = Къде е
list-language = Говори
list-waited = В програмата поне (дни)
standing-waiting = Чака партньор
standing-proposed = Предложен в кръга
standing-paired = В двойка
standing-active = Участва
standing-withdrawn = Оттеглил се
pairs-search = Търсене по името на единия от двамата
pairs-show = Покажи
pairs-every-group = Всички групи
pairs-group-quiet = Заглъхнали
pairs-group-accepted = Приети, предстои запознаване
pairs-group-meeting = Запознати и се срещат
pairs-group-closed = Приключени
pairs-see-all = Вижте всички { $count }
fairness-chart = Дял на хората в двойки във всяка група по { $dimension }
waited-chart = Колко време вече чакат хората, които още чакат
waited-unit = души
waited-span = Време на чакане
waited-as-table = Същите данни в таблица
waited-0 = по-малко от седмица
waited-1 = 1–2 седмици
waited-2 = 2–4 седмици
waited-3 = 1–2 месеца
waited-4 = 2–3 месеца
waited-5 = 3–6 месеца
waited-6 = над 6 месеца
pair-score-bar = От какво се състои оценката на двойката ({ $score })
