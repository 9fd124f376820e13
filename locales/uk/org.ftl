# Home and first run
home-title = Ваші організації
home-no-orgs = Ви ще не належите до жодної організації. Попросіть власника або координатора запросити вас.
not-set-up-title = bridges ще не налаштовано
not-set-up-body = Відкрийте одноразове посилання для налаштування, яке bridges вивів у консолі під час запуску. Якщо ви його загубили, перезапустіть bridges, щоб отримати нове, або створіть перший обліковий запис командою: bridges user create.
setup-title = Налаштування bridges
setup-intro = Створіть свою організацію та перший обліковий запис. Цей обліковий запис стане власником організації.
setup-org-legend = Ваша організація
setup-owner-legend = Ваш обліковий запис
setup-submit = Створити організацію та обліковий запис

# Login
login-title = Вхід до bridges

# Dashboard
dashboard-your-role = Ваша роль тут: { $role }
dashboard-members = Учасники організації

# Members and invitations
members-title = Учасники організації
members-name = Ім'я
members-since = В організації з
members-actions = Дії
members-change-role = Змінити роль
members-remove = Вилучити
members-open-invitations = Ще не прийняті запрошення
members-invitation-expires = дійсне до { $date }
invite-title = Запросити нового учасника
invite-submit = Створити посилання-запрошення
invite-created = Запрошення створено. Надішліть це посилання людині, яку ви запросили; воно спрацює один раз і діє 7 днів. bridges більше його не покаже.
invite-link-label = Посилання-запрошення
invite-accept-title = Запрошення
invite-accept-heading = Вас запрошують приєднатися до організації { $org }
invite-accept-role = Ваша роль: { $role }
invite-join = Приєднатися до організації
invite-other-account = Це запрошення для { $email }. Вийдіть, а потім знову відкрийте посилання.
invite-log-in-first = У вас уже є обліковий запис. Спершу увійдіть, і ви повернетеся сюди.
invite-new-account = Створіть обліковий запис для { $email }.
invite-create-account = Створити обліковий запис і приєднатися

# Account
account-title = Ваш обліковий запис
account-email = Ви входите як { $email }.
password-title = Змінити пароль
password-submit = Змінити пароль
password-changed = Ваш пароль змінено. На всіх інших пристроях вас виведено із системи.
tokens-title = Токени API
tokens-intro = Токен дає змогу скрипту користуватися API bridges від вашого імені. Тримайте його в таємниці й відкликайте, коли він більше не потрібен.
token-create = Створити токен
token-created = Токен створено. Скопіюйте його зараз: bridges більше його не покаже.
token-read-only = лише читання
token-read-only-check = Лише читання: токен може переглядати, але нічого не змінює
field-token_password = Ваш пароль
hint-token-password = Токен діє від вашого імені, тому для його створення потрібен ваш пароль.
error-session-required = Для цього потрібно увійти з паролем, а не з токеном.
error-session-required-detail = Токени призначені для скриптів; ця дія вимагає входу на вебсайт із паролем.
error-token-read-only = Цей токен може лише читати.
error-token-read-only-detail = Створіть на сторінці облікового запису токен, який може також вносити зміни, або скористайтеся вебсайтом.
token-label = Ваш новий токен
token-revoke = Відкликати

# Audit log
audit-title = Журнал аудиту
audit-intro = Події безпеки в цій організації та дії її учасників з обліковими записами, від найновіших. Записи не можна ні змінити, ні видалити.
audit-when = Коли
audit-what = Подія
audit-actor = Хто
audit-subject = Кого стосується
audit-detail = Подробиці
audit-address = Адреса
audit-kind-setup-completed = bridges налаштовано
audit-kind-login-succeeded = Вхід
audit-kind-login-failed = Невдала спроба входу
audit-kind-login-throttled = Вхід відхилено після надто багатьох невдалих спроб
audit-kind-logout = Вихід
audit-kind-password-changed = Пароль змінено
audit-kind-member-invited = Учасника запрошено
audit-kind-member-added = Учасника додано
audit-kind-member-removed = Учасника вилучено
audit-kind-role-changed = Роль змінено
audit-kind-api-token-created = Токен API створено
audit-kind-api-token-revoked = Токен API відкликано
today-title = Справи на сьогодні
today-clear = Сьогодні нічого робити не треба: жодна пара не затихла, ніхто не чекає, жодних подальших дій не заплановано, а всі показники за планом.
today-quiet = { $count ->
    [one] { $count } пара затихла в програмі { $programme }
    [few] { $count } пари затихли в програмі { $programme }
    [many] { $count } пар затихло в програмі { $programme }
   *[other] { $count } пари затихло в програмі { $programme }
}
today-waiting = { $count ->
    [one] { $count } новоприбула людина чекає в програмі { $programme }, найдовше — { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    }
    [few] { $count } новоприбулі людини чекають у програмі { $programme }, найдовше — { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    }
    [many] { $count } новоприбулих людей чекає у програмі { $programme }, найдовше — { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    }
   *[other] { $count } новоприбулої людини чекають у програмі { $programme }, найдовше — { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    }
}
today-referrals-due = { $count ->
    [one] { $count } направлення потребує перевірки результату
    [few] { $count } направлення потребують перевірки результату
    [many] { $count } направлень потребує перевірки результату
   *[other] { $count } направлення потребує перевірки результату
}
today-indicator = { $indicator }: { $status }
today-review-due = Перегляд роботи мав відбутися { $date }
today-practices = { $count ->
    [one] { $count } практика чекає на вашу рецензію
    [few] { $count } практики чекають на вашу рецензію
    [many] { $count } практик чекає на вашу рецензію
   *[other] { $count } практики чекає на вашу рецензію
}
dashboard-learn-title = Навчання
dashboard-learn-search = Пошук у настановах і бібліотеці практик
dashboard-learn-practices = Практики вашої організації
dashboard-learn-frameworks = Рамки вашої організації
dashboard-about = Про організацію
audit-data = Записані дані
audit-said-role = Роль: { $role }.
audit-said-role-change = Роль змінено з «{ $from }» на «{ $to }».
audit-said-invitation = Приєднання за запрошенням.
audit-said-via-demo = Створено демоверсією.
audit-said-via-command-line = Додано з командного рядка.
audit-said-token = Токен API.
audit-said-token-read-only = Токен API лише для читання.
audit-said-token-writes = Токен API, що може змінювати дані.
audit-said-records = { $count ->
    [one] Записи про { $count } особу
    [few] Записи про { $count } особи
    [many] Записи про { $count } осіб
   *[other] Записи про { $count } особи
} — { $what }.
audit-said-imported = { $records ->
    [one] Прочитано { $records } запис
    [few] Прочитано { $records } записи
    [many] Прочитано { $records } записів
   *[other] Прочитано { $records } запису
}; нових: { $created }, оновлено: { $updated }.
audit-said-published = Тепер публічне.
audit-said-unpublished = Більше не публічне.
audit-for-participants = список учасників
audit-for-participant = сторінка учасника
audit-for-pair = сторінка пари
audit-for-pairs = список пар
audit-for-introduction = листи-знайомства
audit-for-round = раунд підбору пар
audit-for-swap = заміна в раунді
audit-for-status = зміна пари
audit-for-person-export = усі дані, що зберігаються про людину
audit-for-api-export = експорт через API
audit-for-api-pairs = пари, прочитані через API
audit-for-api-participants = учасники, прочитані через API
audit-for-advice = консультації та супровід випадків
audit-for-check-ins = відгуки
audit-for-consents = записи про згоду
audit-for-follow-ups = заплановані подальші дії
audit-for-referral = направлення
audit-for-referral-form = форма направлення
audit-for-survey-responses = відповіді на опитування
audit-for-registered = реєстрація
audit-for-retention = завершення строку зберігання
audit-for-demo = демоверсія
