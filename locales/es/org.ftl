# Home and first run
home-title = Tus organizaciones
home-no-orgs = Todavía no perteneces a ninguna organización. Pide a una persona titular o coordinadora que te invite.
not-set-up-title = bridges todavía no está configurado
not-set-up-body = Abre el enlace de configuración de un solo uso que bridges mostró en la consola donde se inició. Si lo has perdido, reinicia bridges para obtener uno nuevo, o crea la primera cuenta con el comando: bridges user create.
setup-title = Configurar bridges
setup-intro = Crea tu organización y la primera cuenta. Esa cuenta será la titular de la organización.
setup-org-legend = Tu organización
setup-owner-legend = Tu cuenta
setup-submit = Crear la organización y la cuenta

# Login
login-title = Iniciar sesión en bridges

# Dashboard
dashboard-your-role = Tu rol aquí: { $role }
dashboard-members = Miembros

# Members and invitations
members-title = Miembros
members-name = Nombre
members-since = Miembro desde
members-actions = Acciones
members-change-role = Cambiar el rol
members-remove = Quitar
members-open-invitations = Invitaciones aún no aceptadas
members-invitation-expires = caduca el { $date }
invite-title = Invitar a un nuevo miembro
invite-submit = Crear el enlace de invitación
invite-created = Invitación creada. Envía este enlace a la persona invitada; funciona una sola vez y caduca en 7 días. bridges no lo volverá a mostrar.
invite-link-label = Enlace de invitación
invite-accept-title = Invitación
invite-accept-heading = Te han invitado a unirte a { $org }
invite-accept-role = Tu rol será: { $role }
invite-join = Unirme a la organización
invite-other-account = Esta invitación es para { $email }. Cierra la sesión y vuelve a abrir el enlace.
invite-log-in-first = Ya tienes una cuenta. Inicia sesión primero y volverás aquí.
invite-new-account = Crea tu cuenta para { $email }.
invite-create-account = Crear la cuenta y unirme

# Account
account-title = Tu cuenta
account-email = Inicias sesión como { $email }.
password-title = Cambiar tu contraseña
password-submit = Cambiar la contraseña
password-changed = Tu contraseña se ha cambiado. Se ha cerrado tu sesión en todos los demás sitios.
tokens-title = Tokens de la API
tokens-intro = Un token permite que un script use la API de bridges en tu nombre. Mantenlo en secreto y revócalo cuando ya no lo necesites.
token-create = Crear un token
token-created = Token creado. Cópialo ahora: bridges no lo volverá a mostrar.
token-read-only = solo lectura
token-read-only-check = Solo lectura: el token puede consultar, pero no cambiar nada
field-token_password = Tu contraseña
hint-token-password = Un token actúa en tu nombre, así que para crearlo hace falta tu contraseña.
error-session-required = Para esto tienes que haber iniciado sesión con tu contraseña, no con un token.
error-session-required-detail = Los tokens son para scripts; esta acción requiere que inicies sesión en el sitio web con tu contraseña.
error-token-read-only = Este token solo puede leer.
error-token-read-only-detail = Crea en la página de tu cuenta un token que también pueda escribir, o usa el sitio web.
token-label = Tu nuevo token
token-revoke = Revocar

# Audit log
audit-title = Registro de auditoría
audit-intro = Eventos de seguridad de esta organización y actividad de las cuentas de sus miembros, de lo más reciente a lo más antiguo. Las entradas nunca se pueden cambiar ni borrar.
audit-when = Cuándo
audit-what = Evento
audit-actor = Quién
audit-subject = Afecta a
audit-detail = Detalles
audit-address = Dirección
audit-kind-setup-completed = bridges configurado
audit-kind-login-succeeded = Inicio de sesión
audit-kind-login-failed = Inicio de sesión fallido
audit-kind-login-throttled = Inicio de sesión rechazado tras demasiados fallos
audit-kind-logout = Cierre de sesión
audit-kind-password-changed = Contraseña cambiada
audit-kind-member-invited = Miembro invitado
audit-kind-member-added = Miembro añadido
audit-kind-member-removed = Miembro quitado
audit-kind-role-changed = Rol cambiado
audit-kind-api-token-created = Token de la API creado
audit-kind-api-token-revoked = Token de la API revocado
today-title = El trabajo de hoy
today-clear = Hoy no hay nada pendiente: ninguna pareja está sin noticias, nadie está esperando, no toca ningún seguimiento y todos los indicadores van por buen camino.
today-quiet = { $count ->
    [one] Una pareja está sin noticias en { $programme }
   *[other] { $count } parejas están sin noticias en { $programme }
}
today-waiting = { $count ->
    [one] Una persona recién llegada lleva { $days ->
        [one] { $days } día
       *[other] { $days } días
    } esperando en { $programme }
   *[other] { $count } personas recién llegadas esperan en { $programme }; la que más, desde hace { $days ->
        [one] { $days } día
       *[other] { $days } días
    }
}
today-referrals-due = { $count ->
    [one] A una derivación le toca seguimiento
   *[other] A { $count } derivaciones les toca seguimiento
}
today-indicator = { $indicator }: { $status }
today-review-due = La revisión del trabajo estaba prevista para el { $date }
today-practices = { $count ->
    [one] Una práctica espera tu revisión entre pares
   *[other] { $count } prácticas esperan tu revisión entre pares
}
dashboard-learn-title = Aprender
dashboard-learn-search = Buscar en las orientaciones y en la biblioteca de prácticas
dashboard-learn-practices = Las prácticas de tu organización
dashboard-learn-frameworks = Los marcos de tu organización
dashboard-about = Sobre la organización
audit-data = Datos registrados
audit-said-role = Rol: { $role }.
audit-said-role-change = Rol cambiado de { $from } a { $to }.
audit-said-invitation = Se unió mediante una invitación.
audit-said-via-demo = Creado por la demostración.
audit-said-via-command-line = Añadido desde la línea de comandos.
audit-said-token = Un token de la API.
audit-said-token-read-only = Un token de la API de solo lectura.
audit-said-token-writes = Un token de la API que puede cambiar datos.
audit-said-records = { $count ->
        [one] Los datos de una persona
       *[other] Los datos de { $count } personas
    }, para { $what }.
audit-said-imported = { $records ->
    [one] { $records } registro leído
   *[other] { $records } registros leídos
}: { $created ->
    [one] { $created } nuevo
   *[other] { $created } nuevos
}, { $updated ->
    [one] { $updated } actualizado
   *[other] { $updated } actualizados
}.
audit-said-published = Ahora es público.
audit-said-unpublished = Ya no es público.
audit-for-participants = la lista de participantes
audit-for-participant = la página de una persona participante
audit-for-pair = la página de una pareja
audit-for-pairs = la lista de parejas
audit-for-introduction = las cartas de presentación
audit-for-round = una ronda de emparejamiento
audit-for-swap = un intercambio en una ronda
audit-for-status = un cambio en una pareja
audit-for-person-export = todo lo que se guarda sobre una persona
audit-for-api-export = una exportación a través de la API
audit-for-api-pairs = parejas leídas a través de la API
audit-for-api-participants = datos de participantes leídos a través de la API
audit-for-advice = asesoramiento y casos
audit-for-check-ins = seguimientos
audit-for-consents = registros de consentimiento
audit-for-follow-ups = seguimientos pendientes
audit-for-referral = una derivación
audit-for-referral-form = el formulario de derivación
audit-for-survey-responses = respuestas a encuestas
audit-for-registered = una inscripción
audit-for-retention = el fin del plazo de conservación
audit-for-demo = la demostración
