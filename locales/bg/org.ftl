# Home and first run
home-title = Вашите организации
home-no-orgs = Все още не сте член на никоя организация. Помолете собственик или координатор да ви покани.
not-set-up-title = bridges все още не е настроен
not-set-up-body = Отворете еднократната връзка за настройка, която bridges е показал в конзолата, от която е стартиран. Ако сте я загубили, рестартирайте bridges, за да получите нова, или създайте първия профил с командата: bridges user create.
setup-title = Настройване на bridges
setup-intro = Създайте своята организация и първия профил. Този профил ще бъде собственик на организацията.
setup-org-legend = Вашата организация
setup-owner-legend = Вашият профил
setup-submit = Създаване на организацията и профила

# Login
login-title = Вход в bridges

# Dashboard
dashboard-your-role = Вашата роля тук: { $role }
dashboard-members = Членове

# Members and invitations
members-title = Членове
members-name = Име
members-since = Член от
members-actions = Действия
members-change-role = Промяна на ролята
members-remove = Премахване
members-open-invitations = Покани, които още не са приети
members-invitation-expires = изтича на { $date }
invite-title = Покана за нов член
invite-submit = Създаване на връзка за покана
invite-created = Поканата е създадена. Изпратете тази връзка на човека, когото каните; тя работи само веднъж и изтича след 7 дни. bridges няма да я покаже отново.
invite-link-label = Връзка за покана
invite-accept-title = Покана
invite-accept-heading = Поканени сте да се присъедините към { $org }
invite-accept-role = Вашата роля ще бъде: { $role }
invite-join = Присъединяване към организацията
invite-other-account = Тази покана е за { $email }. Излезте и отворете връзката отново.
invite-log-in-first = Вече имате профил. Първо влезте и ще бъдете върнати тук.
invite-new-account = Създайте своя профил за { $email }.
invite-create-account = Създаване на профил и присъединяване

# Account
account-title = Вашият профил
account-email = Влизате като { $email }.
password-title = Смяна на паролата
password-submit = Смяна на паролата
password-changed = Паролата ви е сменена. Излязохте от всички други устройства.
tokens-title = API токени
tokens-intro = Токенът позволява на скрипт да използва API на bridges от ваше име. Пазете го в тайна и го отменете, когато вече не е нужен.
token-create = Създаване на токен
token-created = Токенът е създаден. Копирайте го сега: bridges няма да го покаже отново.
token-read-only = само за четене
token-read-only-check = Само за четене: токенът може да разглежда, но не и да променя
field-token_password = Вашата парола
hint-token-password = Токенът действа от ваше име, затова за създаването му е нужна паролата ви.
error-session-required = За това трябва да сте влезли с паролата си, а не с токен.
error-session-required-detail = Токените са за скриптове; това действие изисква да сте влезли в сайта с паролата си.
error-token-read-only = Този токен е само за четене.
error-token-read-only-detail = Създайте токен, който може и да записва, от страницата на профила си, или използвайте сайта.
token-label = Вашият нов токен
token-revoke = Отменяне

# Audit log
audit-title = Одитен дневник
audit-intro = Събития, свързани със сигурността в тази организация, и действията на членовете ѝ с профилите им, като най-новите са първи. Записите не могат да бъдат променяни или изтривани.
audit-when = Кога
audit-what = Събитие
audit-actor = От
audit-subject = Отнася се до
audit-detail = Подробности
audit-address = Адрес
audit-kind-setup-completed = bridges е настроен
audit-kind-login-succeeded = Вход
audit-kind-login-failed = Неуспешен вход
audit-kind-login-throttled = Отказан вход след твърде много неуспешни опити
audit-kind-logout = Изход
audit-kind-password-changed = Сменена парола
audit-kind-member-invited = Поканен член
audit-kind-member-added = Добавен член
audit-kind-member-removed = Премахнат член
audit-kind-role-changed = Променена роля
audit-kind-api-token-created = Създаден API токен
audit-kind-api-token-revoked = Отменен API токен
today-title = Работа за днес
today-clear = Днес няма нищо за вършене: няма заглъхнали двойки, никой не чака, няма предстоящи проследявания и всеки показател е по план.
today-quiet = { $count ->
    [one] Една двойка е заглъхнала в { $programme }
   *[other] { $count } двойки са заглъхнали в { $programme }
}
today-waiting = { $count ->
    [one] Един новодошъл чака в { $programme } от { $days ->
        [one] { $days } ден
       *[other] { $days } дни
    }
   *[other] { $count } новодошли чакат в { $programme }, най-дълго от { $days ->
        [one] { $days } ден
       *[other] { $days } дни
    }
}
today-referrals-due = { $count ->
    [one] Едно насочване чака проследяване
   *[other] { $count } насочвания чакат проследяване
}
today-indicator = { $indicator }: { $status }
today-review-due = Прегледът на работата трябваше да се проведе на { $date }
today-practices = { $count ->
    [one] Една практика чака вашата взаимна оценка
   *[other] { $count } практики чакат вашата взаимна оценка
}
dashboard-learn-title = Учене
dashboard-learn-search = Търсене в насоките и в библиотеката с практики
dashboard-learn-practices = Практиките на вашата организация
dashboard-learn-frameworks = Рамките на вашата организация
dashboard-about = За организацията
audit-data = Записани данни
audit-said-role = Роля: { $role }.
audit-said-role-change = Ролята е променена от { $from } на { $to }.
audit-said-invitation = Присъединяване чрез покана.
audit-said-via-demo = Създадено от демонстрацията.
audit-said-via-command-line = Добавено от командния ред.
audit-said-token = API токен.
audit-said-token-read-only = API токен само за четене.
audit-said-token-writes = API токен, който може да променя данни.
audit-said-records = { $count ->
        [one] Данните на един човек
       *[other] Данните на { $count } души
    }, за { $what }.
audit-said-imported = { $records ->
    [one] Прочетен запис: { $records }
   *[other] Прочетени записи: { $records }
}; нови: { $created }, обновени: { $updated }.
audit-said-published = Вече е публично.
audit-said-unpublished = Вече не е публично.
audit-for-participants = списъка с участници
audit-for-participant = страницата на участник
audit-for-pair = страницата на двойка
audit-for-pairs = списъка с двойки
audit-for-introduction = писма за запознанство
audit-for-round = кръг за съставяне на двойки
audit-for-swap = размяна в кръг
audit-for-status = промяна по двойка
audit-for-person-export = всичко, което се пази за даден човек
audit-for-api-export = изнасяне на данни чрез API
audit-for-api-pairs = двойки, прочетени чрез API
audit-for-api-participants = участници, прочетени чрез API
audit-for-advice = консултации и работа по случаи
audit-for-check-ins = обратна връзка от двойките
audit-for-consents = записи за съгласие
audit-for-follow-ups = предстоящи проследявания
audit-for-referral = насочване
audit-for-referral-form = формуляра за насочване
audit-for-survey-responses = отговори на анкети
audit-for-registered = записване в програма
audit-for-retention = изтичането на срока за съхранение
audit-for-demo = демонстрацията
