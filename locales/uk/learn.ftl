# Learn
learn-title = Вчіться з посібника та одне в одного
learn-intro = Шукайте в настановах з інтеграційної роботи та в бібліотеці практик організацій з усієї Європи. Якщо є переклад, результати показуються вашою мовою.
learn-search-label = Пошук у настановах і практиках
learn-search-submit = Шукати
learn-results-title = Результати пошуку за запитом «{ $query }»
learn-result-count = { $count ->
    [one] { $count } результат
    [few] { $count } результати
    [many] { $count } результатів
   *[other] { $count } результату
}
learn-no-results = Нічого не знайдено. Спробуйте менше слів або інші слова чи приберіть фільтр.
learn-facets-label = Уточнити результати
learn-facet-type = Тип
learn-facet-country = Країна
learn-facet-framework = Пункт рамки
learn-facet-policy-area = Сфера політики
learn-facet-target = Для кого
learn-facet-theme = Тема
learn-facet-year = Рік початку
learn-type-guidance = Настанови
learn-type-practice = Практика
learn-in-language = мова: { $language }
learn-section-principles = Принципи
learn-section-planning = Планування проєкту
learn-section-good-project = Яким має бути добрий проєкт
learn-section-relations = Побудова добрих стосунків
learn-section-migrant-led = Підходи, які очолюють мігранти
learn-section-focus = Результати досліджень
learn-section-review = Перегляд роботи та комунікація
learn-frameworks-title = Рамки
learn-frameworks-intro = Рамки — це спільні переліки принципів, сфер політики й показників. Настанови та практики позначено пунктами рамок, тож можна побачити, що саме втілює кожен пункт на практиці.
learn-framework-version = Версія: { $version }
learn-framework-items = { $count ->
    [one] { $count } пункт
    [few] { $count } пункти
    [many] { $count } пунктів
   *[other] { $count } пункту
}
learn-group-markers-and-means = Маркери та засоби
learn-group-social-connections = Соціальні зв'язки
learn-group-facilitators = Сприятливі чинники
learn-group-foundation = Основа
learn-applied-by = Настанови та практики, що його застосовують
learn-nothing-tagged = Цим пунктом ще нічого не позначено.
learn-frameworks-applied = Пункти рамок, які тут застосовано
learn-related = Пов'язані настанови
learn-available-in = Доступно мовами:
learn-fallback-notice = Цю сторінку ще не перекладено вашою мовою, тому вона показана англійською.
learn-practice-language-notice = Цей запис написаний мовою автора; його не перекладено.
learn-not-reported = Не вказано
learn-ongoing = триває
learn-field-area = Місто або територія
learn-field-dates = Дати
learn-field-promoter = Хто проводить
learn-field-challenge = Проблема та цілі
learn-field-how = Як це працює
learn-field-results = Результати
learn-field-evaluation = Оцінювання
learn-field-beneficiaries = Хто отримує користь
learn-field-funding = Фінансування та ресурси
learn-field-links = Посилання
learn-incomplete = Цей запис ще не завершено. У ньому бракує:
learn-required-title = назви
learn-required-country = країни
learn-required-start = дати початку
learn-required-promoter = того, хто проводить
learn-required-summary = короткого опису
learn-required-challenge = проблеми та цілей
learn-required-how_it_works = опису того, як це працює
learn-required-results = результатів
learn-required-beneficiaries = того, хто отримує користь
learn-required-frameworks = принаймні одного пункту рамки
error-query-too-long = Запит задовгий. Використайте менше слів.
error-filter-invalid = Один із фільтрів недійсний. Почніть новий пошук.

# Practices and peer review
nav-reviews = Взаємне рецензування
practices-title = Практики вашої організації
practices-intro = Опишіть, що робить ваша організація, щоб інші могли в неї вчитися. Запис залишається приватним, доки ви не надішлете його на взаємне рецензування або не опублікуєте; змінювати його може лише ваша організація.
practices-new = Описати нову практику
practices-none = Ваша організація ще не описала жодної практики.
practices-status = Статус
practices-completeness = Повнота
practices-updated = Остання зміна
practices-complete = Заповнено
practices-missing-count = { $count ->
    [one] Бракує { $count } поля
    [few] Бракує { $count } полів
    [many] Бракує { $count } полів
   *[other] Бракує { $count } поля
}
practices-status-private = Приватний
practices-status-review = Надіслано на взаємне рецензування
practices-status-published = Опубліковано
practices-status-explain-private = Його бачать лише члени вашої організації.
practices-status-explain-review = Рецензенти з інших організацій можуть його читати й коментувати. Він не публічний.
practices-status-explain-published = Будь-хто може прочитати його в розділі «Навчання» без входу в систему.
practices-public-page = Переглянути публічну сторінку
practices-complete-long = У цьому записі є все потрібне для публікації.
practices-edit = Редагувати
practices-share = Надіслати на взаємне рецензування
practices-publish = Опублікувати
practices-make-private = Знову зробити приватним
practices-reviews-title = Рецензії
practices-no-reviews = Рецензій ще немає. Надішліть запис на взаємне рецензування, щоб попросити інші організації його прокоментувати.
practices-summary-title = Короткий опис
practices-form-title = Запис практики
practices-form-intro = Заповніть те, що знаєте. Можна зберегти незавершений запис і повернутися до нього пізніше; для публікації потрібні основні поля.
practices-save = Зберегти
practices-field-title = Назва
practices-field-summary = Короткий опис
practices-field-country = Країна
practices-field-area = Місто або територія
practices-field-start = Початок
practices-field-end = Завершення
practices-field-promoter = Хто проводить
practices-field-challenge = Проблема та цілі
practices-field-how_it_works = Як це працює
practices-field-results = Результати порівняно з цілями
practices-field-evaluation = Оцінювання: як оцінювали, що спрацювало, а що ні
practices-field-beneficiaries = Хто отримує користь
practices-field-beneficiaries_count = Скільки людей отримує користь
practices-field-funding = Фінансування та ресурси
practices-field-links = Посилання
practices-field-language = Мова запису
practices-field-target_groups = Для кого
practices-field-themes = Теми
practices-field-frameworks = Принципи та сфери політики, які застосовано
practices-field-lessons = Здобуті уроки
practices-hint-date = Рік (2021) або рік і місяць (2021-09).
practices-hint-end = Рік, рік і місяць або «ongoing» (триває). Залиште порожнім, якщо практика ще не завершилася.
practices-hint-count = Ціле число, якщо ви його знаєте.
practices-hint-links = Одна вебадреса в рядку, що починається з https://
practices-hint-list = Розділяйте слова комами, наприклад: новоприбулі, молодь
reviews-title = Взаємне рецензування
reviews-intro = Інші організації поділилися цими практиками й просять коментарів. Рецензуйте їх з огляду на принципи та сфери політики, як радить методика посібника.
reviews-none = Наразі жодна практика не чекає на рецензію.
reviews-by = Автор: { $org }
reviews-your-review = Ваша рецензія
reviews-method = Напишіть, що працює, що можна пояснити зрозуміліше і як практика застосовує (або могла б застосовувати краще) принципи та сфери політики, які ви позначите нижче.
reviews-comment = Ваші коментарі
reviews-against = Принципи та сфери політики, яких стосуються ваші коментарі
reviews-submit = Надіслати рецензію
error-practice-field-missing = Заповніть це поле.
error-practice-field-too-long = Цей текст задовгий.
error-practice-date-invalid = Введіть рік, наприклад 2021, або рік і місяць, наприклад 2021-09.
error-practice-count-invalid = Введіть ціле число, наприклад 120.
error-practice-links-invalid = Введіть вебадреси, що починаються з https://, по одній у рядку.
error-practice-list-invalid = Введіть не більше 30 коротких слів або фраз, розділених комами.
error-practice-framework-invalid = Виберіть із запропонованих пунктів.
error-practice-incomplete = Цей запис ще не можна опублікувати: спершу заповніть поля, перелічені нижче.
error-practice-incomplete-detail = В опублікованому записі мають бути заповнені всі обов'язкові поля.
error-review-comment-missing = Напишіть свої коментарі.
error-status-invalid = Такого статусу не існує.
error-status-move-not-allowed = Запис не можна перевести в цей статус із поточного.
error-status-move-not-allowed-detail = Оновіть сторінку, щоб побачити поточний статус запису.

# Frameworks of an organisation's own
frameworks-title = Рамки
frameworks-intro = Позначайте свої практики пунктами спільних рамок або додайте власну рамку: принципи вашої організації, очікувані результати донора, стратегію міста.
frameworks-own = Рамки вашої організації
frameworks-none = Поки немає.
frameworks-add = Додати рамку
frameworks-submit = Додати рамку
frameworks-shipped = Рамки, що постачаються з bridges
field-title = Назва
field-version = Версія
field-description = Опис
field-items = Пункти
hint-items = Один пункт у рядку, у тому порядку, в якому вони мають іти.
error-framework-title-missing = Введіть назву рамки.
error-framework-items-missing = Введіть принаймні один пункт.
error-framework-items-invalid = Введіть не більше 100 пунктів, кожен до 200 символів.
learn-measured-by = Що вимірює це у вашій організації
