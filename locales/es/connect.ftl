## Connect: programmes, participants, rounds, pairs, check-ins
audit-kind-personal-data-viewed = Datos personales consultados
audit-kind-personal-data-changed = Datos personales modificados
audit-kind-personal-data-exported = Datos personales exportados
audit-kind-personal-data-erased = Datos personales borrados
audit-kind-outcomes-published = Página pública publicada o retirada
programmes-title = Programas de parejas
programmes-intro = Acompañamiento, intercambio de idiomas, mentoría y observación (shadowing): las personas se inscriben, el motor propone parejas y explica cada una, y tú decides.
programmes-none = Todavía no hay programas.
programmes-new = Crear un programa
programmes-create = Crear el programa
field-kind = Tipo de programa
kind-buddy = Acompañamiento
kind-language-exchange = Intercambio de idiomas
kind-mentoring = Mentoría
kind-shadowing = Observación (shadowing)
kind-hint-buddy = una persona del barrio ayuda a una persona recién llegada a orientarse con el idioma, los servicios y el barrio.
kind-hint-language-exchange = dos personas se enseñan sus idiomas, por turnos.
kind-hint-mentoring = una persona con experiencia profesional apoya a alguien que está rehaciendo aquí su carrera.
kind-hint-shadowing = una persona recién llegada acompaña a un cargo electo o a una persona funcionaria en su trabajo.
programme-newcomers = Personas recién llegadas
programme-volunteers = Personas voluntarias
programme-waiting = Esperando pareja
programme-longest-wait = { $days ->
    [one] la espera más larga: { $days } día
   *[other] la espera más larga: { $days } días
}
programme-proposed = Parejas propuestas pendientes de decisión
programme-held = Parejas aceptadas o que ya se reúnen
programme-quiet = Parejas sin noticias
intake-title = Enlace de inscripción
intake-open-intro = Cualquier persona que tenga este enlace puede inscribirse, en cualquiera de los idiomas de bridges. Compártelo solo allí donde quieras recibir inscripciones.
intake-closed = La inscripción por enlace está cerrada. Puedes abrirla en la configuración.
intake-renew = Cambiar el enlace
intake-intro = { $organisation } organiza este programa. Cuéntanos un poco sobre ti para que podamos encontrarte a la persona adecuada.
intake-who = Me inscribo como
intake-side-newcomer = persona recién llegada, que busca con quién reunirse
intake-side-volunteer = persona voluntaria, que ofrece su tiempo
intake-consent-title = Lo que aceptas
intake-privacy = Solo el equipo del programa puede ver lo que nos cuentas. Se guarda cifrado y solo se usa para encontrarte un compañero o una compañera y para hablar contigo sobre ello.
intake-submit = Inscribirme
intake-thanks-title = Gracias por inscribirte
intake-thanks = { $organisation } se pondrá en contacto contigo cuando haya encontrado a alguien para ti.
consent-pairing = Acepto que el equipo del programa guarde lo que he escrito aquí para encontrarme un compañero o una compañera, y que comparta mi nombre y mis datos de contacto con esa persona cuando nos presenten.
consent-check-ins = Acepto que el equipo me contacte de vez en cuando para preguntar cómo van los encuentros.
consent-staff-confirm = Esta persona aceptó que guardemos sus datos para encontrarle un compañero o una compañera y que compartamos sus datos de contacto con esa persona.
consent-staff-recorded = El equipo registró que la persona aceptó que se guarden sus datos para formar una pareja y que se compartan con la otra persona de la pareja.
consent-import-confirm = Todas las personas de este archivo aceptaron que guardemos sus datos para encontrarles un compañero o una compañera y que compartamos sus datos de contacto con esa persona.
consent-import-recorded = Importado desde una hoja de cálculo; el equipo confirmó que la persona aceptó que se guarden sus datos para formar una pareja y que se compartan con la otra persona de la pareja.
consents-title = Consentimiento
consents-none = No hay ningún consentimiento registrado.
consent-withdrawn = retirado
consent-purpose-pairing = Formación de parejas
consent-purpose-check-ins = Seguimientos
settings-title = Configuración del programa
settings-intake-open = Las personas pueden inscribirse por el enlace
field-quiet_after_days = Marcar una pareja como «sin noticias» tras este número de días sin seguimiento
field-retention_days = Borrar a las personas inactivas durante este número de días
hint-retention_days = Las personas que se retiraron, o cuyas parejas han terminado todas, se borran para siempre cuando nada sobre ellas ha cambiado durante este tiempo (de 30 a 3650 días). Déjalo vacío para borrar a las personas solo a mano.
error-retention-out-of-range = Escribe un número de días entre 30 y 3650, o déjalo vacío.
person-rights-title = Sus datos y sus derechos
person-rights-intro = Las personas pueden pedir ver todo lo que se guarda sobre ellas, y pedir que se borre.
person-export-json = Descargar todo lo que se guarda (JSON)
person-export-csv = Descargar todo lo que se guarda (CSV)
person-erase = Borrar a esta persona de todas partes
person-erase-confirm = Entiendo que no se puede deshacer: su ficha, sus consentimientos, sus parejas, los motivos y los seguimientos desaparecen para siempre.
error-erase-not-confirmed = Marca la casilla para confirmar el borrado.
settings-questions = Preguntas del formulario de inscripción
question-speaks = Idiomas que habla
question-learns = Idiomas que quiere aprender
question-interests = Intereses
question-area = Dónde vive y qué distancia puede recorrer
question-availability = Cuándo tiene tiempo libre cada semana
question-gender = Género y preferencia sobre el género de la otra persona
question-field = Profesión o sector
question-minor = Si la persona recién llegada es menor de 18 años
settings-rules = Reglas que ninguna pareja puede romper
settings-rules-hint = Nunca se propone una pareja que rompa alguna de estas reglas.
rule-shared_language = Las dos personas comparten un idioma que hablan al menos a nivel de conversación.
rule-complementary_languages = Cada persona habla un idioma que la otra quiere aprender.
rule-within_reach = Viven a una distancia que las dos personas pueden recorrer (o en la misma zona).
rule-respect_gender_preference = Se respeta la preferencia indicada sobre el género de la otra persona.
rule-minors_need_vetted = Las personas recién llegadas menores de 18 años solo forman pareja con personas voluntarias que han pasado la verificación para trabajar con menores.
rule-same_field = Trabajan en el mismo sector.
rule-min-slots = { $slots ->
    [one] Comparten al menos una franja libre a la semana.
   *[other] Comparten al menos { $slots } franjas libres a la semana.
}
field-min_shared_slots = Franjas libres a la semana que deben compartir (0 para no aplicar la regla)
settings-weights = Qué importa más
settings-weights-hint = De 0 (no se tiene en cuenta) a 10 (lo que más importa). La puntuación de cada pareja suma estos valores, y cada propuesta muestra qué se tuvo en cuenta.
weight-language = Idiomas
weight-interests = Intereses en común
weight-distance = Cercanía
weight-availability = Franjas libres en común
weight-field = Mismo sector
weight-waiting = Tiempo que ya lleva esperando
settings-fairness = Equidad entre grupos
settings-fairness-hint = Cada ronda informa de cómo varían las tasas de emparejamiento entre grupos. Fija un límite para favorecer a los grupos con menos parejas, sin emparejar a menos personas en total.
field-fairness_by = Comparar grupos por
dimension-language = idioma principal
dimension-gender = género
dimension-area = zona
field-max_gap = Diferencia máxima permitida entre las tasas de emparejamiento de los grupos, en puntos porcentuales (vacío para no poner límite)
settings-save = Guardar la configuración
settings-reset = Volver a los valores predeterminados para este tipo
participants-title = Participantes
participants-private = Datos personales: cada vez que alguien abre esta página queda anotado en el registro de auditoría.
participants-add = Añadir una persona
participants-none = Todavía no se ha inscrito nadie.
participants-days = Días desde la inscripción
participants-source = Vía de entrada
source-staff = registro por el equipo
source-intake = enlace de inscripción
source-import = importación
participant-withdrawn = retirada
participant-edit = Corregir los datos
participant-save = Guardar los datos
participant-withdraw = Retirar del programa
participant-restore = Volver a incluir en el programa
field-side = Participa como
side-newcomer = Persona recién llegada
side-volunteer = Persona voluntaria
field-phone = Teléfono
hint-contact-optional = Opcional. Solo se comparte con la otra persona de la pareja después de la presentación.
field-contact_language = Idioma en que escribirle
field-speaks = Idiomas que habla
field-learns = Idiomas que quiere aprender
field-level = Nivel
level-beginner = Principiante
level-conversational = Conversación
level-fluent = Fluido
level-native = Nativo
field-interests = Intereses
hint-interests = Sepáralos con comas, por ejemplo: cocina, fútbol, música.
field-field = Profesión o sector
hint-field = Por ejemplo: enfermería, ingeniería, administración local.
field-area = Código postal o barrio
hint-area = Solo se usa para encontrar a alguien cerca.
field-travel_km = Distancia máxima que puede recorrer, en km
field-lat = Latitud
field-lon = Longitud
hint-coordinates = Opcional, en grados decimales (por ejemplo 50.85 y 4.35). Sin ellas, las personas se emparejan por zona.
field-availability = Franjas libres cada semana
day-mon = Lunes
day-tue = Martes
day-wed = Miércoles
day-thu = Jueves
day-fri = Viernes
day-sat = Sábado
day-sun = Domingo
part-morning = Mañana
part-afternoon = Tarde
part-evening = Noche
field-gender = Género
field-gender_preference = Género de la otra persona
gender-unsaid = Prefiero no decirlo
gender-any = Sin preferencia
gender-woman = Mujer
gender-man = Hombre
gender-non-binary = No binario
field-minor = La persona recién llegada es menor de 18 años
field-capacity = Cuántas personas recién llegadas acompaña a la vez una persona voluntaria
hint-capacity = Personas recién llegadas: dejar en 1.
field-vetted = La persona voluntaria ha pasado la verificación para trabajar con menores
field-note = Notas para el equipo
hint-note = Solo las ve el equipo.
import-title = Importar desde una hoja de cálculo
import-intro = Sube un archivo CSV o un libro de Excel (.xlsx, primera hoja). La primera fila da el nombre de las columnas, como en la plantilla. Si alguna fila tiene un problema, no se importa nada, y cada problema aparece con su número de línea.
import-template = Descargar la plantilla (CSV)
import-file = El archivo
import-submit = Comprobar e importar
import-done = { $count ->
    [one] Se importó una persona.
   *[other] Se importaron { $count } personas.
}
import-problems = { $count ->
    [one] El archivo tiene un problema
   *[other] El archivo tiene { $count } problemas
}
import-nothing-imported = No se importó nada. Corrige el archivo y vuelve a subirlo.
import-line = Línea
import-column = Columna
import-problem = Problema
round-title = Ronda de emparejamiento
round-intro = Una ronda propone el emparejamiento que forma pareja para el mayor número posible de personas y, entre esas opciones, logra la mejor puntuación total. Las parejas aceptadas y bloqueadas se mantienen; el resto se propone de nuevo.
round-run = Lanzar una ronda
round-running = Hay una ronda en curso
round-running-for = En curso desde hace { $seconds } s. Esta página se actualiza sola; mientras tanto, las demás páginas siguen funcionando.
round-step-starting = Leyendo el programa
round-step-shortlisting = Buscando las mejores opciones para cada persona recién llegada
round-step-solving = Buscando el mejor emparejamiento
round-step-pricing = Comprobando todas las demás parejas posibles
round-step-explaining = Explicando por qué hay personas que esperan
error-round-failed = No se pudo completar la ronda. No se guardó nada; lánzala otra vez.
round-last = La última ronda
round-ran-at = Lanzada el
round-counts = Propuestas
round-counts-value = { $proposals ->
    [one] Una pareja propuesta
   *[other] { $proposals } parejas propuestas
} entre { $newcomers ->
    [one] una persona recién llegada en espera
   *[other] { $newcomers } personas recién llegadas en espera
} y { $volunteers ->
    [one] una persona voluntaria
   *[other] { $volunteers } personas voluntarias
} con plazas libres
round-optimal = ¿Óptima?
round-proved = Sí, demostrado: el certificado del motor es correcto.
round-not-proved = No demostrado. Por favor, informa de este problema.
round-proposals = Parejas propuestas
round-no-proposals = No hay propuestas sobre las que decidir.
round-accept-all = { $count ->
    [one] Aceptar { $count } propuesta
   *[other] Aceptar las { $count } propuestas
}
round-accept-all-check = { $count ->
    [one] { $count } propuesta pasa a ser una pareja aceptada; las rondas siguientes mantienen las parejas aceptadas.
   *[other] Las { $count } propuestas pasan a ser parejas aceptadas, en todas las páginas y no solo las que se ven aquí; las rondas siguientes mantienen las parejas aceptadas.
}
round-accept-all-yes = Sí, aceptar las { $count }
round-swap-with = O dar a esta persona recién llegada otra persona voluntaria
round-swap-option = { $volunteer } (ahora con { $newcomer })
round-joined-since = Se unió después de la última ronda, o ha vuelto a quedar libre desde entonces: la próxima ronda la tendrá en cuenta.
round-score = Puntuación
round-why = Por qué esta pareja
round-decide = Decidir
round-locked = bloqueada
round-swap = Intercambiar personas voluntarias
round-done-accept = Propuesta aceptada: ahora es una pareja que espera su presentación.
round-done-reject = Propuesta rechazada: las próximas rondas no volverán a proponer juntas a estas dos personas.
round-done-lock = Bloqueada: { $pair }. Las próximas rondas mantienen esta propuesta tal como está.
round-done-unlock = Desbloqueada: { $pair }. La próxima ronda puede proponerles otras personas.
round-done-swap = Parejas intercambiadas. Ahora { $first } y { $second }.
round-done-open = Abrir la pareja
round-waiting = Siguen esperando, y por qué
round-reason = Motivo
pair-action-accept = Aceptar
pair-action-reject = Rechazar
pair-action-lock = Bloquear
pair-action-unlock = Desbloquear
pair-action-introduce = Marcar como presentada
factor-languages = Ambas personas hablan { $languages }
factor-exchange = La persona recién llegada puede enseñar { $newcomer }; la persona voluntaria puede enseñar { $volunteer }
factor-no-interests = Ningún interés en común
factor-interests = { $count ->
    [one] Un interés en común: { $interests }
   *[other] { $count } intereses en común: { $interests }
}
factor-distance = A { $km } km de distancia
factor-field = Mismo sector: { $field }
factor-same-area = Viven en la misma zona
factor-distance-unknown = Distancia desconocida
factor-slots = { $count ->
    [one] Una franja libre a la semana en común
   *[other] { $count } franjas libres a la semana en común
}
factor-other-field = Sectores distintos
factor-waited = { $days ->
    [one] Esperando desde hace { $days } día
   *[other] Esperando desde hace { $days } días
}
reason-no-candidate = Ninguna persona voluntaria cumple todas las reglas con esta persona.
reason-excluded-by = { $rule }: descarta { $count ->
    [one] a una persona voluntaria
   *[other] a { $count } personas voluntarias
}
reason-outscored = { $count ->
    [one] Una persona voluntaria encajaría, pero emparejarla con otra persona permitió formar más parejas o parejas mejores en conjunto.
   *[other] { $count } personas voluntarias encajarían, pero emparejarlas con otras personas permitió formar más parejas o parejas mejores en conjunto.
}
constraint-shared-language = Ningún idioma en común
constraint-complementary-languages = No pueden enseñarse mutuamente
constraint-within-reach = Viven demasiado lejos
constraint-availability = No tienen tiempo libre a la vez
constraint-gender-preference = Una preferencia de género
constraint-safeguarding = Falta la verificación para trabajar con menores (menor de 18 años)
constraint-same-field = Un sector distinto
fairness-title = Equidad entre grupos
fairness-intro = Tasas de emparejamiento y tiempos de espera de las personas recién llegadas en esta ronda, por { $dimension }.
fairness-people = Personas recién llegadas
fairness-paired = Emparejadas
fairness-rate = Tasa
fairness-wait = Media de días de espera
fairness-too-few = (demasiado pocas para comparar)
fairness-gap = Mayor diferencia entre grupos: { $gap } puntos porcentuales.
fairness-cap = El límite es { $cap }.
fairness-met = Se respeta.
fairness-not-met = No se pudo respetar: algunos grupos no tienen ninguna persona voluntaria que cumpla las reglas con ellos.
fairness-before = antes del límite: { $gap }
pairs-title = Parejas
pairs-quiet = Sin noticias
pairs-quiet-intro = Parejas presentadas o que se reúnen sin ningún seguimiento desde hace más de { $days ->
    [one] { $days } día
   *[other] { $days } días
}. Ponte en contacto antes de que se apaguen.
pairs-quiet-none = Ninguna pareja está sin noticias.
pairs-quiet-days = { $days ->
    [one] { $days } día sin seguimiento
   *[other] { $days } días sin seguimiento
}
pairs-accepted = Aceptadas, por presentar
pairs-meeting = Presentadas y reuniéndose
pairs-none = Ninguna.
pairs-pair = Pareja
pairs-status = Etapa
pairs-last-met = Último encuentro
pairs-check-ins = Seguimientos
pairs-waiting = Lista de espera
pairs-waiting-none = No hay nadie esperando.
pairs-closed = Cerradas
pairs-introduction = Presentación para imprimir
pair-status-proposed = Propuesta
pair-status-accepted = Aceptada
pair-status-introduced = Presentada
pair-status-active = Reuniéndose
pair-status-closed = Cerrada
pair-status-rejected = Rechazada
pair-proposed-at = Propuesta
pair-accepted-at = Aceptada
pair-introduced-at = Presentada
pair-closed-at = Cerrada
pair-closed-withdrawn = Una de las dos personas retiró su consentimiento y dejó el programa.
pair-close = Cerrar la pareja
field-reason = Por qué termina
checkins-title = Seguimientos
checkins-none = Todavía no hay ningún seguimiento.
checkins-add = Registrar un seguimiento
checkins-newcomer-rating = Cómo valoró el contacto la persona recién llegada
checkins-volunteer-rating = Cómo valoró el contacto la persona voluntaria
checkins-rating-order = Valoraciones, de 1 a 7: agradable / de igual a igual / cooperativo / cercano.
field-met_on = Fecha del encuentro
field-minutes = Duración del encuentro (minutos)
field-activity = Qué hicieron
hint-activity = Por ejemplo: un café y un paseo hasta la biblioteca.
hint-rating = De 1 (nada) a 7 (muchísimo). Déjalo vacío si no se preguntó.
quality-pleasant = Agradable
quality-equal = De igual a igual
quality-cooperative = Cooperativo
quality-close = Cercano
intro-print-hint = Imprime esta página o copia cada parte en un mensaje. La parte de cada persona está en su propio idioma.
intro-title = Hola, { $name }:
intro-body = Nos alegra presentarte a { $other }, tu compañero o compañera en el programa de { $organisation }. { $other } habla { $shared }, igual que tú, y creemos que la relación va a funcionar bien.
intro-contact = Puedes contactar con { $other } en { $contact }.
intro-contact-through-us = Te pondremos en contacto nosotros: respóndenos para organizar el primer encuentro.
intro-closing = Cuéntanos cómo va el primer encuentro. Dentro de unas semanas preguntaremos a las dos personas cómo les va.
error-side-invalid = Elige persona recién llegada o persona voluntaria.
error-side-fixed = Una persona no puede cambiar de lado; retírala y vuelve a añadirla.
error-phone-invalid = Escribe un número de teléfono usando solo cifras, espacios y + - ( ).
error-language-code-invalid = Usa un código de idioma de dos o tres letras, como ar o fr.
error-language-level-missing = Indica un nivel para cada idioma, como ar:native.
error-language-level-invalid = Usa un nivel: beginner, conversational, fluent o native (o de A1 a C2).
error-language-repeated = Cada idioma solo puede aparecer una vez.
error-too-many-languages = Indica 8 idiomas como máximo.
error-speaks-missing = Indica al menos un idioma que hable la persona.
error-interests-too-many = Indica 20 intereses como máximo, de menos de 40 caracteres cada uno.
error-number-invalid = Escribe un número.
error-page-invalid = Una página es un número entero de 1 a 1 000 000.
error-per-page-invalid = Pide entre 1 y 1000 filas por página.
error-standing-invalid = Elige waiting, proposed, paired, active o withdrawn.
error-pair-group-invalid = Elige proposed, accepted, meeting, quiet o closed.
error-waited-invalid = Escribe un número de días de 0 a 3650.
error-number-out-of-range = Escribe un número dentro del intervalo indicado.
error-coordinates-out-of-range = La latitud debe estar entre -90 y 90, y la longitud entre -180 y 180.
error-coordinates-half = Indica la latitud y la longitud, o ninguna de las dos.
error-travel-too-far = Escribe una distancia de 500 km o menos.
error-area-missing = Indica un código postal o un barrio.
error-availability-missing = Elige al menos una franja libre.
error-availability-invalid = Escribe las franjas libres así: mon-evening sat-morning.
error-gender-invalid = Elige mujer, hombre o no binario, o déjalo vacío.
error-yes-no-invalid = Escribe yes (sí) o no.
error-capacity-invalid = Una persona voluntaria acompaña a entre 1 y 10 personas recién llegadas.
error-consent-missing = Hace falta el acuerdo de la persona antes de poder guardar sus datos.
error-too-many-sign-ups = Ya se han inscrito muchas personas desde esta conexión en la última hora. Vuelve a intentarlo más tarde o pide a la organización que te añada.
error-too-many-sign-ups-detail = Este límite protege el programa frente a avalanchas de inscripciones falsas.
error-programme-kind-invalid = Elige un tipo de programa.
error-programme-needs-languages = Todos los programas preguntan qué idiomas hablan las personas.
error-fairness-dimension-invalid = Elige cómo comparar los grupos.
error-programme-full = Este programa ya tiene todas las personas que puede admitir.
error-programme-full-detail = Un programa admite como máximo 200 000 personas. Crea otro programa para las demás.
error-import-too-large = El archivo ocupa más de 4 MB.
error-import-not-utf8 = Guarda el archivo CSV como UTF-8 y vuelve a subirlo.
error-import-row-unreadable = No se puede leer esta fila: revisa sus comillas.
error-import-too-many-rows = El archivo tiene más de 20 000 filas.
error-import-xlsx-unreadable = No se puede leer este libro. Vuelve a guardarlo como .xlsx o como CSV.
error-import-xlsx-empty = El libro no tiene ninguna hoja.
error-import-too-many-columns = Una fila pasa de 64 columnas. Borra las celdas que quedan fuera de la tabla y vuelve a subirlo.
error-import-cell-too-long = Una celda contiene más de 32 767 caracteres.
error-import-xlsx-too-large = Este libro, al descomprimirse, ocupa mucho más de lo que indica su tamaño. Vuelve a guardarlo como .xlsx o como CSV.
error-import-xls-unsupported = No se leen los libros antiguos de Excel (.xls). Guárdalo como .xlsx o como CSV y vuelve a subirlo.
error-import-busy = Hay otras importaciones en curso. Vuelve a intentarlo dentro de un minuto.
error-import-empty = El archivo no tiene filas que importar.
error-import-unknown-column = bridges no reconoce esta columna. Compara su nombre con la plantilla.
error-import-repeated-column = Esta columna aparece dos veces.
error-import-missing-column = Esta columna es obligatoria.
error-import-too-many-cells = Esta fila tiene más celdas que columnas el encabezado.
error-import-upload-broken = El archivo no llegó completo. Vuelve a intentarlo.
error-import-no-file = Elige un archivo para subir.
error-pair-status = Ese paso no corresponde a la etapa en que está esta pareja.
error-pair-status-detail = Una pareja pasa de propuesta a aceptada, presentada, reuniéndose y cerrada, en ese orden. Recarga la página para ver en qué etapa está.
error-pair-status-invalid = Usa accepted, rejected, introduced o closed.
error-newcomer-paired = Esta persona recién llegada ya tiene una pareja aceptada.
error-newcomer-paired-detail = Cierra primero la otra pareja si esta debe sustituirla.
error-participant-withdrawn = Una de las dos personas se ha retirado del programa.
error-participant-withdrawn-detail = Sus parejas se cerraron cuando se retiró; ya no se puede hacer nada más con esta.
error-volunteer-full = Esta persona voluntaria ya acompaña a todas las personas recién llegadas que dijo que podía atender.
error-volunteer-full-detail = Antes, cierra una de sus parejas o aumenta en su página el número de personas que acompaña.
error-round-stale = El programa cambió mientras se calculaba la ronda. Lánzala otra vez.
error-round-stale-detail = Las personas o las parejas cambiaron mientras se calculaba la ronda, varias veces seguidas. No se guardó nada.
error-pair-not-meeting = Solo se registran seguimientos de parejas que ya se han presentado.
error-pair-not-meeting-detail = Marca primero la pareja como presentada.
error-swap-breaks-rules = Ese intercambio rompería una de las reglas del programa.
error-swap-breaks-rules-detail = Cada nueva pareja debe cumplir todas las reglas del programa. Elige otra propuesta con la que hacer el intercambio.
error-swap-same-volunteer = Esas dos propuestas tienen la misma persona voluntaria: intercambiarlas no cambiaría nada.
error-swap-same-volunteer-detail = Elige para el intercambio una propuesta con otra persona voluntaria.
error-date-in-future = La fecha no puede ser futura.
error-minutes-invalid = Escribe la duración del encuentro en minutos, de 1 a 1440.
error-rating-invalid = Una valoración es un número entero de 1 a 7.

export-lists = Descargar para una hoja de cálculo (cada descarga queda anotada en el registro de auditoría)
export-participants = Participantes
export-waiting = Lista de espera
export-pairs = Parejas

list-search-name = Buscar por nombre
list-standing = Situación
list-language = Habla
list-waited = En el programa desde hace al menos (días)
standing-waiting = Esperando pareja
standing-proposed = Propuesta en la ronda
standing-paired = Con pareja
standing-active = Participando
standing-withdrawn = Retirada
pairs-search = Buscar por el nombre de cualquiera de las dos personas
pairs-show = Mostrar
pairs-every-group = Todos los grupos
pairs-group-quiet = Sin noticias
pairs-group-accepted = Aceptadas, por presentar
pairs-group-meeting = Presentadas y reuniéndose
pairs-group-closed = Cerradas
pairs-see-all = Ver las { $count }
fairness-chart = Proporción de personas emparejadas en cada grupo por { $dimension }
waited-chart = Cuánto tiempo llevan esperando las personas en espera
waited-unit = personas
waited-span = Tiempo de espera
waited-as-table = Los mismos datos en una tabla
waited-0 = menos de una semana
waited-1 = 1–2 semanas
waited-2 = 2–4 semanas
waited-3 = 1–2 meses
waited-4 = 2–3 meses
waited-5 = 3–6 meses
waited-6 = más de 6 meses
pair-score-bar = De qué se compone su puntuación de { $score }
