# Layout
skip-to-content = Saltar al contenido principal
nav-label = Secciones principales
nav-dashboard = Panel
nav-members = Miembros
nav-audit = Registro de auditoría
nav-learn = Aprender
nav-plan = Planificar
nav-connect = Conectar
nav-measure = Medir
nav-tell = Contar
not-built-tag = todavía no disponible
not-built-body = Esta parte de bridges todavía no está construida. Aquí no funciona nada por ahora; aparece en la lista para que sepas lo que viene.
login = Iniciar sesión
logout = Cerrar sesión
back-home = Volver a la página de inicio
language-switch = Idioma
footer-text = bridges ayuda a las organizaciones que acercan a las personas recién llegadas y a quienes viven aquí desde hace tiempo.

# Fields
field-email = Correo electrónico
field-password = Contraseña
field-password_confirm = Vuelve a escribir la contraseña
field-current = Contraseña actual
field-name = Nombre
field-your-name = Tu nombre
field-programme-name = Nombre del programa
field-stakeholder-name = Persona u organización
field-partner-name = Organización socia
field-token-name = Para qué sirve el token
field-org_name = Nombre de la organización
field-country = País
field-language = Idioma
field-time_zone = Zona horaria
field-role = Rol
hint-country = Código de dos letras, por ejemplo ES para España, MX para México, GB para el Reino Unido.
hint-time-zone = Por ejemplo Europe/Madrid, America/Mexico_City o UTC.
hint-password = Al menos 10 caracteres. Unas cuantas palabras sin relación entre sí forman una contraseña segura y fácil de recordar.
hint-token-name = Un nombre para reconocer el token, como «script del informe mensual».

# Roles
role-owner = Titular
role-coordinator = Coordinación
role-staff = Equipo
role-volunteer = Voluntariado
role-viewer = Consulta

# Errors in forms
error-summary-title = Hay un problema
error-prefix = Error:
error-email-missing = Escribe tu correo electrónico.
error-email-too-long = El correo electrónico debe tener 254 caracteres o menos.
error-email-invalid = Escribe un correo electrónico con el formato correcto, como nombre@example.org.
error-password-missing = Escribe una contraseña.
error-password-too-short = La contraseña debe tener al menos 10 caracteres.
error-password-too-long = La contraseña debe tener 256 caracteres o menos.
error-password-mismatch = Las dos contraseñas no coinciden.
error-password-wrong = Tu contraseña actual no es correcta.
error-login-failed = El correo electrónico o la contraseña no son correctos.
error-login-throttled = Demasiados intentos fallidos. Espera 15 minutos antes de volver a intentarlo.
error-org-name-missing = Escribe el nombre de la organización.
error-org-name-too-long = El nombre de la organización debe tener 120 caracteres o menos.
error-name-missing = Escribe tu nombre.
error-name-too-long = El nombre debe tener 100 caracteres o menos.
error-text-control-characters = Quita de este texto los caracteres de control invisibles.
error-text-invisible-characters = Este texto contenía caracteres invisibles que pueden invertir el orden del texto que los rodea, y bridges no los guarda. Revisa el texto sin ellos y vuelve a enviarlo.
error-country-missing = Escribe el país.
error-country-invalid = Escribe un código de país de dos letras, como ES o MX.
error-language-invalid = Elige uno de los idiomas que se ofrecen.
error-timezone-missing = Escribe la zona horaria.
error-timezone-invalid = Escribe una zona horaria como Europe/Madrid.
error-role-invalid = Elige uno de los roles que se ofrecen.
error-role-not-assignable = Solo puedes dar roles inferiores al tuyo.
error-role-not-assignable-detail = Pide a una persona titular que dé este rol.
error-token-name-missing = Escribe un nombre para el token.
error-token-name-invalid = El nombre debe tener 100 caracteres o menos, sin caracteres de control.

# Errors as pages and problem documents
error-not-found = Página no encontrada
error-not-found-detail = Aquí no hay nada, o no tienes acceso.
error-unauthenticated = Tienes que iniciar sesión
error-unauthenticated-detail = Inicia sesión para ver esta página.
error-forbidden = No puedes hacer eso
error-forbidden-detail = Tu rol en esta organización no lo permite. Si lo necesitas, pídeselo a una persona titular.
error-csrf-failed = El formulario ha caducado
error-csrf-failed-detail = Por tu seguridad, vuelve atrás, recarga la página e inténtalo de nuevo.
error-too-many-attempts = Demasiados intentos fallidos
error-too-many-attempts-detail = El inicio de sesión está en pausa para esta cuenta o esta dirección. Espera 15 minutos e inténtalo de nuevo.
error-invalid-input = Parte de la información no es válida
error-invalid-input-detail = Corrige los campos indicados e inténtalo de nuevo.
error-too-large = La solicitud es demasiado grande
error-too-large-detail = Envía menos datos a la vez.
error-bad-request = No se pudo entender la solicitud
error-bad-request-detail = Revisa lo que se envió e inténtalo de nuevo.
error-method-not-allowed = Esa acción no es posible aquí
error-method-not-allowed-detail = Esta dirección no acepta ese tipo de solicitud.
error-unsupported-media-type = Tipo de contenido no admitido
error-unsupported-media-type-detail = Envía los datos como indica la documentación (JSON para la API, un formulario para las páginas).
error-wrong-type = Los datos tienen un tipo incorrecto
error-wrong-type-detail = Un valor del cuerpo no es del tipo que indica la documentación (por ejemplo, texto donde se espera un número).
error-internal = Algo ha fallado por nuestra parte
error-internal-detail = El problema ha quedado registrado. Vuelve a intentarlo en un momento.
error-last-owner = Una organización necesita al menos una persona titular
error-last-owner-detail = Antes, haz titular a otra persona.
error-already-member = Ya es miembro
error-already-member-detail = Esta persona ya forma parte de la organización.
error-email-taken = Ya existe una cuenta con este correo electrónico
error-email-taken-detail = Inicia sesión con esa cuenta.
error-already-set-up = bridges ya está configurado
error-already-set-up-detail = Inicia sesión con una cuenta existente.
error-invitation-other-account = Esta invitación es para otra cuenta
error-invitation-other-account-detail = Inicia sesión con el correo electrónico invitado, o cierra la sesión y crea la cuenta.

list-any = Cualquiera
list-filter = Mostrar
list-clear = Quitar los filtros
list-none-match = Nadie coincide con estos filtros.
list-showing = { $total ->
    [0] No hay nada que mostrar.
   *[other] Mostrando { $first }–{ $last } de { $total }
}
pager-label = Páginas de la lista
pager-previous = ← Página anterior
pager-next = Página siguiente →
pager-position = Página { $page } de { $pages }
list-separator = {", "}
# A language someone speaks and how well: "Arabic (native)".
language-at-level = { $language } ({ $level })
