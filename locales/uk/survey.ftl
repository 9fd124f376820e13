# Surveys (Measure)
survey-title = Опитування
survey-intro = Ставте людям, з якими працюєте, — і новоприбулим, і давнім мешканцям — ті самі запитання до і після вашої роботи та читайте відповіді разом із похибками. Малі групи ніколи не показуються.
survey-none = Опитувань ще немає.
survey-responses = Відповіді
survey-status-open = Приймає відповіді
survey-status-closed = Закрито
survey-new = Почати опитування з готових опитувальників
hint-survey-title = Залиште порожнім, щоб використати назву самих опитувальників.
survey-instruments = Які опитувальники включити
error-survey-instruments-missing = Виберіть принаймні один опитувальник.
survey-waves = Порівнювати «до» і «після»
hint-survey-waves = Респонденти вказують, чи відповідають до чи після роботи, і можуть ввести особистий код, щоб відповіді тієї самої людини можна було зіставити.
survey-invitation-only = Відповідати можуть лише люди з кодом-запрошенням (кожен код — один раз)
survey-create = Створити опитування
survey-import = Імпортувати XLSForm
survey-import-intro = Завантажте форму, створену для KoboToolbox або ODK (.xlsx або .xls). Нічого не буде створено, якщо хоч один рядок незрозумілий; кожну проблему буде показано з аркушем, рядком і стовпцем.
survey-xlsform-file = Книга XLSForm
survey-import-button = Імпортувати форму
survey-import-problems = Форму не імпортовано
import-field = Стовпець
survey-holds = { $questions ->
    [one] { $questions } запитання
    [few] { $questions } запитання
    [many] { $questions } запитань
   *[other] { $questions } запитання
}
survey-responses-count = { $n ->
    [one] { $n } відповідь
    [few] { $n } відповіді
    [many] { $n } відповідей
   *[other] { $n } відповіді
}
survey-results = Результати
survey-entry = Ввести паперову анкету
survey-download-xlsform = Завантажити як XLSForm
survey-download-responses = Завантажити відповіді (XLSX, з підписами)
survey-download-responses-csv = Завантажити відповіді (CSV, з кодами)
survey-links = Посилання, якими можна поділитися
survey-links-intro = Будь-хто з посиланням може відповісти без облікового запису. Разом із відповіддю не зберігається нічого, що ідентифікує людину, — ні адреси, ні пристрою, ні часу доби.
survey-close = Припинити приймати відповіді
survey-open = Знову приймати відповіді
survey-invitations = Коди-запрошення
survey-invitations-held = { $n ->
    [one] Створено { $n } код.
    [few] Створено { $n } коди.
    [many] Створено { $n } кодів.
   *[other] Створено { $n } коду.
}
survey-invitations-used = Використано: { $n }.
survey-invitations-count = Скільки нових кодів
survey-invitations-make = Створити коди й завантажити їх
error-survey-invitations-count = Введіть число від 1 до 2 000.
survey-figures = Фактичні цифри
survey-figures-intro = Респонденти оцінюють ці цифри; введіть справжню місцеву цифру і її джерело, щоб результати показали розбіжність.
survey-figure-employment = Новоприбулі, які мають оплачувану роботу (%)
survey-figure-degree = Новоприбулі з вищою освітою (%)
survey-figure-benefits = Новоприбулі, які отримують соціальні виплати (%)
survey-figure-actual = Фактична цифра: { $value }%
field-actual = Фактична цифра (%)
field-source-of-figure = Джерело
field-as_of = Станом на
survey-figure-save = Зберегти цифру
error-survey-figure-invalid = Введіть відсоток від 0 до 100.
survey-back = Назад до опитування
survey-by = Порівняти
survey-by-all = Усі
survey-by-community = За громадою
survey-by-wave = До і після
survey-total = { $n ->
    [one] { $n } відповідь.
    [few] { $n } відповіді.
    [many] { $n } відповідей.
   *[other] { $n } відповіді.
}
survey-group = Група
survey-group-all = Усі
survey-group-arriving = Приїхали в останні роки
survey-group-receiving = Живуть тут давно
survey-group-before = До
survey-group-after = Після
survey-suppression = Групи, менші за { $k } осіб, не показуються, як і цифри, з яких їх можна було б вирахувати.
survey-intervals = Діапазони — це 95-відсоткові довірчі інтервали.
survey-mean = Середнє
survey-interval = 95-відсотковий інтервал
survey-concern = На рівні тривожного порогу або нижче
survey-gap = Оцінка мінус факт
survey-difference-community = Різниця: ті, хто приїхав в останні роки, мінус ті, хто живе тут давно:
survey-difference-wave = Різниця: після мінус до:
survey-difference-all = Різниця: ті, хто приїхав в останні роки, мінус ті, хто живе тут давно:
survey-difference-suppressed = Різницю не показано: в одній із груп менше ніж { $k } відповідей.
survey-effect-size = розмір ефекту
survey-paired = { $n ->
    [one] Зміна серед { $n } людини, яка відповіла до і після:
    [few] Зміна серед { $n } людей, які відповіли до і після:
    [many] Зміна серед { $n } людей, які відповіли до і після:
   *[other] Зміна серед { $n } людини, які відповіли до і після:
}
survey-paired-suppressed = Парну зміну не показано: обидва рази відповіли менше ніж { $k } осіб.
survey-neutral = Нейтрально
survey-questions = Запитання за запитанням
survey-choice = Відповідь
survey-public-intro = Ці запитання ставить { $organisation }. Відповідайте лише на ті, на які хочете; ви залишаєтеся анонімними.
survey-step = Сторінка { $step }
survey-wave-question = Коли ви відповідаєте?
survey-wave-before = До заходів
survey-wave-after = Після заходів
survey-respondent = Ваш особистий код (необов'язково)
hint-survey-respondent = Придумайте код, який запам'ятаєте, наприклад перші дві літери імені вашої матері та місяць вашого народження. Наступного разу введіть той самий код, щоб ваші відповіді можна було порівняти; за ним ми не можемо дізнатися, хто ви.
survey-invitation = Код-запрошення
survey-next = Далі
survey-send = Надіслати мої відповіді
survey-privacy = Ваші відповіді зберігаються в зашифрованому вигляді. Ні адреса, ні пристрій, ні час доби не зберігаються.
survey-thanks-title = Дякуємо
survey-thanks = Ваші відповіді отримала організація { $organisation }.
survey-answers-problems = Деякі відповіді треба перевірити ще раз
error-survey-answers-invalid = Деякі відповіді не вдалося прийняти; перевірте їх і надішліть знову.
error-survey-wave-missing = Вкажіть, чи ви відповідаєте до чи після.
error-survey-closed = Це опитування більше не приймає відповідей.
error-survey-invitation-invalid = Цей код-запрошення недійсний або вже використаний.
error-answer-required = На це запитання потрібно відповісти.
error-answer-not-a-number = Введіть число.
error-answer-not-an-integer = Введіть ціле число.
error-answer-out-of-range = Це число поза допустимим діапазоном.
error-answer-off-step = Це число не відповідає допустимому кроку.
error-answer-not-a-choice = Виберіть одну із запропонованих відповідей.
error-answer-choice-not-offered = Тут такої відповіді не пропонується.
error-answer-duplicate-choice = Одну відповідь вибрано двічі.
error-answer-not-a-date = Введіть дату у форматі рік-місяць-день.
error-answer-not-a-time = Введіть час у форматі години:хвилини.
error-answer-not-a-date-time = Введіть дату і час.
error-answer-not-a-geopoint = Введіть широту й довготу через пробіл.
error-answer-not-acknowledged = Позначте поле.
error-answer-constraint = Така відповідь не приймається.
error-answer-form-expression = У формі є правило, яке не вдається обчислити.
error-answer-too-long = Ця відповідь задовга.
error-answer-too-many = Надіслано забагато відповідей.
error-answer-unknown-question = Надіслано відповідь на запитання, якого у формі немає.
error-xlsform-choice-name-with-space = Назва (name) варіанта відповіді не може містити пробілів.
error-xlsform-choice-without-name = Варіант відповіді не має назви (name).
error-xlsform-duplicate-choice = Два варіанти в одному списку мають однакову назву.
error-xlsform-duplicate-column = Той самий стовпець трапляється двічі (duplicate column header).
error-xlsform-duplicate-name = Два запитання мають однакову назву (name).
error-xlsform-duplicate-sheet = Два аркуші мають однакову назву.
error-xlsform-export-failed = Не вдалося записати форму як книгу.
error-xlsform-invalid-name = Назва має починатися з літери або підкреслення й містити лише літери, цифри, крапки, дефіси та підкреслення.
error-xlsform-invalid-parameters = Параметри цього запитання не вдається прочитати.
error-xlsform-media-column = Зображення, звук і відео у формах не підтримуються.
error-xlsform-missing-calculation = Запитанню типу calculate потрібне обчислення (calculation).
error-xlsform-missing-list = Список варіантів, який використовує це запитання, не існує.
error-xlsform-missing-name = Це запитання не має назви (name).
error-xlsform-missing-type = Цей рядок не має типу (type).
error-xlsform-no-survey = У книзі немає аркуша survey.
error-xlsform-no-type-column = На аркуші survey немає стовпця type.
error-xlsform-reserved-name = Цю назву зарезервовано в XLSForm.
error-xlsform-too-many-problems = Проблем більше, ніж можна показати; спершу виправте ці.
error-xlsform-unclosed-group = Групу відкрито, але ніде не закрито.
error-xlsform-unknown-type = У XLSForm немає такого типу запитання.
error-xlsform-unmatched-end = Закрито групу, яку не було відкрито.
error-xlsform-unsupported-calculation = Це обчислення не підтримується.
error-xlsform-unsupported-column = bridges не підтримує цей стовпець.
error-xlsform-unsupported-expression = Цей вираз використовує те, чого bridges не підтримує.
error-xlsform-unsupported-parameters = Ці параметри не підтримуються.
error-xlsform-unsupported-setting = bridges не підтримує це налаштування.
error-xlsform-unsupported-type = bridges не може ставити запитання такого типу (фото, звук, файли, повтори, варіанти з файлів, карти).
error-xlsform-empty-survey = На аркуші survey немає запитань.
error-survey-by-invalid = Виберіть all (усі), community (за громадою) або wave (до і після).
error-survey-closed-detail = Ті, хто проводить це опитування, припинили приймати відповіді. Нічого не збережено.
error-survey-invitation-invalid-detail = Кожен код-запрошення можна використати один раз і лише для цього опитування. Нічого не збережено.
survey-import-responses = Імпортувати відповіді, зібрані деінде
survey-import-responses-intro = Завантажте експорт відповідей із KoboToolbox або ODK (CSV або XLSX, з кодами чи підписами) або файл відповідей, експортований звідси. Кожен рядок перевіряється так само, як відповідь за посиланням; нічого не додається, поки всі рядки не будуть правильні, а вже імпортовані відповіді пропускаються.
survey-responses-file = Файл із відповідями
survey-import-responses-button = Імпортувати відповіді
survey-import-responses-problems = Відповіді не імпортовано
survey-imported = Прочитано { $rows ->
    [one] { $rows } рядок
    [few] { $rows } рядки
    [many] { $rows } рядків
   *[other] { $rows } рядка
}; додано { $added ->
    [one] { $added } нову відповідь
    [few] { $added } нові відповіді
    [many] { $added } нових відповідей
   *[other] { $added } нової відповіді
}.
indicator-source-survey-score = Середнє значення бала опитування
field-survey_score = Бал опитування
hint-survey_score = Для показника, що спирається на опитування: бал, за середнім значенням якого він стежить у кожному періоді.
field-survey_group = Серед
error-survey-not-a-source = Бал опитування можна вибрати лише для показника, що спирається на опитування.
error-survey-score-missing = Виберіть бал опитування, за яким стежить цей показник.
error-survey-group-invalid = Виберіть усіх, новоприбулих або приймаючу громаду.
survey-actual-line = Факт
