# Surveys (Measure)
survey-title = Анкети
survey-intro = Задайте на хората, с които работите – и на новодошлите, и на дългогодишните жители, – едни и същи въпроси преди и след вашата работа и четете отговорите заедно с границите на грешката. Малките групи никога не се показват.
survey-none = Все още няма анкета.
survey-responses = Отговори
survey-status-open = Приема отговори
survey-status-closed = Затворена
survey-new = Започнете анкета от готови въпросници
hint-survey-title = Оставете празно, за да се използва заглавието на въпросниците.
survey-instruments = Въпросници, които да се включат
error-survey-instruments-missing = Изберете поне един въпросник.
survey-waves = Сравнение преди и след
hint-survey-waves = Анкетираните посочват дали отговарят преди или след работата и могат да дадат личен код, така че отговорите на един и същ човек да се свържат.
survey-invitation-only = Могат да отговарят само хора с код за покана (всеки код веднъж)
survey-create = Създаване на анкетата
survey-import = Внасяне на XLSForm
survey-import-intro = Качете формуляр, създаден за KoboToolbox или ODK (.xlsx или .xls). Нищо не се създава, ако не е разбран всеки ред; всеки проблем се показва с листа, реда и колоната си.
survey-xlsform-file = Работна книга XLSForm
survey-import-button = Внасяне на формуляра
survey-import-problems = Формулярът не е внесен
import-field = Колона
survey-holds = { $questions ->
    [one] 1 въпрос
   *[other] { $questions } въпроса
}
survey-responses-count = { $n ->
    [one] 1 отговор
   *[other] { $n } отговора
}
survey-results = Резултати
survey-entry = Въвеждане на хартиен формуляр
survey-download-xlsform = Изтегляне като XLSForm
survey-download-responses = Изтегляне на отговорите (XLSX, с етикети)
survey-download-responses-csv = Изтегляне на отговорите (CSV, с кодове)
survey-links = Връзки за споделяне
survey-links-intro = Всеки, който има връзка, може да отговори без профил. Нищо, по което може да бъде разпознат – нито адрес, нито устройство, нито час от деня, – не се пази заедно с отговора.
survey-close = Спиране на приемането на отговори
survey-open = Приемане на отговори отново
survey-invitations = Кодове за покана
survey-invitations-held = { $n ->
    [one] Създаден е 1 код.
   *[other] Създадени са { $n } кода.
}
survey-invitations-used = { $n ->
    [one] Използван е 1.
   *[other] Използвани са { $n }.
}
survey-invitations-count = Колко нови кода
survey-invitations-make = Създаване и изтегляне на кодовете
error-survey-invitations-count = Въведете число от 1 до 2000.
survey-figures = Действителни данни
survey-figures-intro = Анкетираните оценяват тези стойности; въведете действителната местна стойност и откъде идва, за да могат резултатите да покажат разликата.
survey-figure-employment = Новодошли с платена работа (%)
survey-figure-degree = Новодошли с висше образование (%)
survey-figure-benefits = Новодошли, които получават социални помощи (%)
survey-figure-actual = Действителна стойност: { $value }%
field-actual = Действителна стойност (%)
field-source-of-figure = Източник
field-as_of = Към дата
survey-figure-save = Запазване на стойността
error-survey-figure-invalid = Въведете процент от 0 до 100.
survey-back = Обратно към анкетата
survey-by = Сравнение
survey-by-all = Всички
survey-by-community = По общност
survey-by-wave = Преди и след
survey-total = { $n ->
    [one] 1 отговор.
   *[other] { $n } отговора.
}
survey-group = Група
survey-group-all = Всички
survey-group-arriving = Пристигнали през последните години
survey-group-receiving = Живеят тук от дълго време
survey-group-before = Преди
survey-group-after = След
survey-suppression = Групи под { $k } души не се показват, нито числа, от които те могат да бъдат изведени.
survey-intervals = Диапазоните са 95% доверителни интервали.
survey-mean = Средна стойност
survey-interval = 95% интервал
survey-concern = На нивото на безпокойство или под него
survey-gap = Оценка минус действителна стойност
survey-difference-community = Разлика: пристигнали през последните години минус живеещи тук от дълго време:
survey-difference-wave = Разлика: след минус преди:
survey-difference-all = Разлика: пристигнали през последните години минус живеещи тук от дълго време:
survey-difference-suppressed = Разликата не се показва: една от групите има под { $k } отговора.
survey-effect-size = размер на ефекта
survey-paired = { $n ->
    [one] Промяна при { $n } човек, отговорил и преди, и след:
   *[other] Промяна при { $n } души, отговорили и преди, и след:
}
survey-paired-suppressed = Промяната по двойки отговори не се показва: под { $k } души са отговорили и двата пъти.
survey-neutral = Неутрално
survey-questions = Въпрос по въпрос
survey-choice = Отговор
survey-public-intro = { $organisation } задава тези въпроси. Отговаряйте само на това, на което искате; оставате анонимни.
survey-step = Страница { $step }
survey-wave-question = Кога отговаряте?
survey-wave-before = Преди дейностите
survey-wave-after = След дейностите
survey-respondent = Вашият личен код (по желание)
hint-survey-respondent = Измислете код, който ще запомните, например първите две букви от името на майка ви и месеца ви на раждане. Дайте същия код следващия път, за да могат отговорите ви да се сравнят; по него не можем да разберем кои сте.
survey-invitation = Код за покана
survey-next = Напред
survey-send = Изпращане на отговорите
survey-privacy = Отговорите ви се съхраняват криптирани. Не се пазят адрес, устройство или час от деня.
survey-thanks-title = Благодарим ви
survey-thanks = Отговорите ви стигнаха до { $organisation }.
survey-answers-problems = Някои отговори трябва да се прегледат отново
error-survey-answers-invalid = Някои отговори не можаха да бъдат приети; проверете ги и изпратете отново.
error-survey-wave-missing = Посочете дали отговаряте преди или след.
error-survey-closed = Тази анкета вече не приема отговори.
error-survey-invitation-invalid = Този код за покана не е валиден или вече е използван.
error-answer-required = Този въпрос изисква отговор.
error-answer-not-a-number = Въведете число.
error-answer-not-an-integer = Въведете цяло число.
error-answer-out-of-range = Това число е извън допустимия диапазон.
error-answer-off-step = Това число не е сред допустимите стъпки.
error-answer-not-a-choice = Изберете един от предложените отговори.
error-answer-choice-not-offered = Този отговор не се предлага тук.
error-answer-duplicate-choice = Един отговор е избран два пъти.
error-answer-not-a-date = Въведете дата като година-месец-ден.
error-answer-not-a-time = Въведете час като часове:минути.
error-answer-not-a-date-time = Въведете дата и час.
error-answer-not-a-geopoint = Въведете географска ширина и дължина, разделени с интервал.
error-answer-not-acknowledged = Отметнете полето.
error-answer-constraint = Този отговор не се приема.
error-answer-form-expression = Формулярът има правило, което не може да бъде изчислено.
error-answer-too-long = Този отговор е твърде дълъг.
error-answer-too-many = Изпратени са твърде много отговори.
error-answer-unknown-question = Изпратен е отговор на въпрос, който формулярът няма.
error-xlsform-choice-name-with-space = Името на избор не може да съдържа интервали.
error-xlsform-choice-without-name = Избор няма име.
error-xlsform-duplicate-choice = Два избора от един списък имат едно и също име.
error-xlsform-duplicate-column = Една и съща колона се среща два пъти (повторено заглавие на колона).
error-xlsform-duplicate-name = Два въпроса имат едно и също име.
error-xlsform-duplicate-sheet = Два листа имат едно и също име.
error-xlsform-export-failed = Формулярът не можа да бъде записан като работна книга.
error-xlsform-invalid-name = Името трябва да започва с буква или долна черта и да съдържа само букви, цифри, точки, тирета и долни черти.
error-xlsform-invalid-parameters = Параметрите на този въпрос не могат да бъдат прочетени.
error-xlsform-media-column = Изображения, звук и видео във формулярите не се поддържат.
error-xlsform-missing-calculation = Въпрос от тип calculate изисква изчисление.
error-xlsform-missing-list = Списъкът с избори, който използва този въпрос, не съществува.
error-xlsform-missing-name = Този въпрос няма име.
error-xlsform-missing-type = Този ред няма тип.
error-xlsform-no-survey = Работната книга няма лист survey.
error-xlsform-no-type-column = Листът survey няма колона type.
error-xlsform-reserved-name = Това име е запазено от XLSForm.
error-xlsform-too-many-problems = Проблемите са повече, отколкото могат да се покажат; първо поправете тези.
error-xlsform-unclosed-group = Група е отворена и никога не е затворена.
error-xlsform-unknown-type = Такъв тип въпрос не съществува в XLSForm.
error-xlsform-unmatched-end = Затворена е група, която никога не е отворена.
error-xlsform-unsupported-calculation = Това изчисление не се поддържа.
error-xlsform-unsupported-column = bridges не поддържа тази колона.
error-xlsform-unsupported-expression = Този израз използва нещо, което bridges не поддържа.
error-xlsform-unsupported-parameters = Тези параметри не се поддържат.
error-xlsform-unsupported-setting = bridges не поддържа тази настройка.
error-xlsform-unsupported-type = bridges не може да задава такъв тип въпрос (снимки, звук, файлове, повторения, избори от файлове, карти).
error-xlsform-empty-survey = Листът survey няма въпроси.
error-survey-by-invalid = Изберете all, community или wave.
error-survey-closed-detail = Хората, които провеждат тази анкета, са спрели да приемат отговори. Нищо не е запазено.
error-survey-invitation-invalid-detail = Всеки код за покана може да се използва веднъж и само за тази анкета. Нищо не е запазено.
survey-import-responses = Внасяне на отговори, събрани другаде
survey-import-responses-intro = Качете файл с изнесени попълвания от KoboToolbox или ODK (CSV или XLSX, с кодове или етикети) или файл с отговори, изнесени оттук. Всеки ред се проверява като отговор, даден чрез връзката; нищо не се добавя, ако не е наред всеки ред, а вече внесено попълване се пропуска.
survey-responses-file = Файл с попълвания
survey-import-responses-button = Внасяне на отговорите
survey-import-responses-problems = Отговорите не са внесени
survey-imported = { $rows ->
    [one] Прочетен ред: { $rows }
   *[other] Прочетени редове: { $rows }
}; { $added ->
    [one] добавен нов отговор: { $added }
   *[other] добавени нови отговори: { $added }
}.
indicator-source-survey-score = Средна стойност на резултат от анкета
field-survey_score = Резултат от анкета
hint-survey_score = За показател, който чете анкета: резултатът, чиято средна стойност следи, период по период.
field-survey_group = Сред
error-survey-not-a-source = Само показател, който чете анкета, може да има резултат от анкета.
error-survey-score-missing = Изберете резултата от анкетата, който следи този показател.
error-survey-group-invalid = Изберете всички, пристигащи или приемащи.
survey-actual-line = Действителна стойност
