# Measure: the dashboard, activities, advice, indicators, reviews.
measure-title = Medir
measure-dashboard = Panel
measure-activities = Actividades
measure-advice = Asesoramiento y casos
measure-indicators = Indicadores
measure-whole-organisation = Toda la organización
measure-show = Mostrar
measure-year-so-far = { $year } hasta hoy
measure-activities-logged = Actividades registradas
measure-attendance = Asistencia
measure-people-advised = Personas asesoradas
measure-occasions = Consultas de asesoramiento
measure-volunteer-hours = Horas de voluntariado
measure-languages-used = Idiomas utilizados
measure-suppression-note = No se muestran las cifras de menos de { $k } personas, para que nadie pueda ser identificado.
measure-attention = Requiere atención
measure-objectives = Objetivos y sus indicadores
measure-no-indicators = Todavía no hay indicadores.
measure-define-first = Define el primero.
measure-objective-unmeasured = Todavía no hay nada que mida este objetivo.
measure-export-xlsx = Descargar los valores (XLSX)
measure-calendar = Calendario de sesiones (iCalendar)
measure-reviews = Revisiones
measure-next-review = Próxima revisión prevista el { $date }.
measure-no-reviews = Todavía no se ha registrado ninguna revisión.
measure-record-review = Registrar una revisión
measure-fewer-than = menos de { $k }
measure-hidden = oculto
measure-no-data = Todavía no hay datos
measure-baseline = Línea de base
measure-target = Meta
measure-actual = Último valor
measure-progress = Avance hacia la meta
measure-status = Estado
measure-status-achieved = Meta alcanzada
measure-status-on-track = En buen camino
measure-status-off-track = Con retraso
measure-status-no-target = Sin meta
measure-status-no-data = Sin datos
measure-status-stale = Sin actualizar
measure-values = Valores por periodo
measure-value = Valor
measure-enter-value = Introducir un valor
measure-define = Definir un indicador
measure-any-kind = Cualquier tipo
measure-all-programmes = Todos los programas
measure-no-objective = Ningún proyecto ni objetivo
measure-log-activity = Registrar una actividad
measure-more-breakdowns = Por género y edad
measure-latest-activities = Últimas actividades
measure-activity-count = { $count ->
    [one] Una actividad registrada.
   *[other] { $count } actividades registradas.
}
measure-no-activities = Todavía no hay actividades registradas.
measure-no-project = Ningún proyecto
measure-delete = Eliminar
measure-series = Sesiones periódicas
measure-series-intro = Una sesión que se repite cada semana o cada pocas semanas, definida una sola vez. Su calendario se puede añadir a cualquier aplicación de calendario.
measure-no-series = Todavía no hay sesiones periódicas.
measure-series-every = { $weeks ->
    [one] cada semana
   *[other] cada { $weeks } semanas
}
measure-add-series = Añadir una sesión periódica
measure-advice-private = Solo el equipo ve esta página. A cada persona atendida se la conoce por una referencia, nunca por su nombre; las referencias y las notas se guardan cifradas.
measure-overdue = Seguimientos atrasados
measure-no-overdue = No hay ningún seguimiento atrasado.
measure-follow-up-done = Hecho
measure-record-advice = Registrar una consulta de asesoramiento
measure-recent-advice = Últimas consultas
measure-no-advice = Todavía no se ha registrado ningún asesoramiento.

activity-kind-event = Evento
activity-kind-session = Sesión
activity-kind-training = Formación
activity-kind-meeting = Reunión con responsables políticos
activity-kind-publication = Publicación
activity-kind-campaign = Acción de campaña
activity-kind-referral = Derivación
activity-kind-booking = Reserva de una sala o un evento
activity-kind-other = Otro

advice-outcome-resolved = Resuelto
advice-outcome-ongoing = En curso
advice-outcome-referred = Derivado
advice-outcome-closed = Cerrado

indicator-source-manual = Introducido a mano, con evidencia
indicator-source-activities = Número de actividades
indicator-source-attendance = Personas que asisten a las actividades
indicator-source-volunteer-hours = Horas de voluntariado
indicator-source-languages = Idiomas utilizados en las actividades
indicator-source-people-advised = Personas asesoradas (cada una contada una vez)
indicator-source-advice-occasions = Consultas de asesoramiento
indicator-source-check-ins = Seguimientos de parejas (Conectar)
indicator-source-contact-hours = Horas que las parejas pasaron juntas (Conectar)
indicator-source-contact-quality = Calidad del contacto, de 1 a 7 (Conectar)
indicator-source-referrals-made = Derivaciones hechas a servicios (Directorio de servicios)
indicator-source-people-referred = Personas derivadas, cada una contada una vez (Directorio de servicios)
indicator-source-referrals-completed = Derivaciones que cubrieron la necesidad, del todo o en parte (Directorio de servicios)

period-month = Mes
period-quarter = Trimestre
period-year = Año

breakdown-none = Sin desglosar
breakdown-community = Comunidad que llega y comunidad de acogida
breakdown-gender = Género
breakdown-age = Grupo de edad

group-arriving = Comunidad que llega
group-receiving = Comunidad de acogida
group-women = Mujeres
group-men = Hombres
group-another = Otro género
group-under-18 = Menores de 18
group-18-25 = De 18 a 25
group-26-64 = De 26 a 64
group-65-plus = 65 o más

direction-up = Más es mejor
direction-down = Menos es mejor

field-date = Fecha
field-time = Hora de inicio
field-activity_kind = Tipo de actividad
field-duration_minutes = Duración en minutos
field-place = Lugar
field-project = Proyecto
field-programme = Programa
field-topics = Temas
field-languages = Idiomas utilizados
field-attendees = Personas asistentes
field-arriving = De la comunidad que llega
field-receiving = De la comunidad de acogida
field-women = Mujeres
field-men = Hombres
field-gender_another = Otro género
field-age_under_18 = Menores de 18
field-age_18_25 = De 18 a 25
field-age_26_64 = De 26 a 64
field-age_65_plus = 65 o más
field-volunteers = Personas voluntarias
field-volunteer_hours = Horas de voluntariado en total
field-notes = Notas
field-client = Referencia de la persona atendida
field-topic = Tema
field-outcome = Resultado
field-referral = Derivado a
field-follow_up = Hacer seguimiento antes del
field-unit = Unidad
field-direction = Qué sentido es bueno
field-source = De dónde salen las cifras
field-period = Periodo
field-baseline = Línea de base
field-baseline_on = Fecha de la línea de base
field-target_on = Fecha de la meta
field-disaggregation = Desglosado por
field-frameworks = Elementos de marcos
field-value = Valor
field-evidence = Evidencia
field-held_on = Fecha de la revisión
field-concluded = Qué concluyó el equipo
field-decided = Qué decidió el equipo
field-next_on = Próxima revisión
field-every_weeks = Cada cuántas semanas
field-until = Última fecha

hint-attendees = Todas las personas que vinieron. Los grupos de abajo son partes de este número; deja vacío un grupo si nadie lo contó.
hint-volunteer_hours = Las horas de todas las personas voluntarias juntas, por ejemplo 4.5.
hint-languages = Códigos de idioma separados por comas, por ejemplo ar, en, ps.
hint-topics = Elementos de marcos o temas propios, separados por comas, por ejemplo indicators-of-integration:bridges, eu-cbp:7.
hint-client = Un número de caso o unas iniciales con el año de nacimiento: nunca un nombre. La misma referencia es la misma persona.
hint-topic = Sobre qué preguntó la persona, por ejemplo vivienda o el derecho a trabajar.
hint-unit = Por ejemplo personas, horas, sesiones o %.
hint-frameworks = Por ejemplo indicators-of-integration:bridges, eu-cbp:7.
hint-period = Como 2026-03 para un mes, 2026-Q1 para un trimestre o 2026 para un año.
hint-evidence = De dónde sale la cifra: un registro, una encuesta, el informe de una organización socia.
hint-concluded = Cómo avanza el trabajo respecto a sus objetivos, con las palabras del propio equipo.

# Import and export
measure-import-export = Importar y exportar
measure-downloads = Descargas
measure-activities-xlsx = Descargar las actividades (XLSX)
measure-import-activities = Importar actividades
measure-import-indicators = Importar valores de indicadores
measure-import-intro-activities = Sube un archivo CSV o un libro de Excel (.xlsx, primera hoja) cuya primera fila dé el nombre de las columnas, como en la descarga de actividades. Las columnas date, activity_kind y title son obligatorias; project contiene el título de un proyecto. Si alguna fila tiene un problema, no se importa nada, y cada problema aparece con su línea y su columna.
measure-import-intro-indicators = Sube la descarga de valores después de rellenar los valores de los indicadores que se introducen a mano. Se leen las columnas indicator_id, period, value y evidence, y las demás se dejan de lado; una fila sin valor se omite. Si alguna fila tiene un problema, no se importa nada, y cada problema aparece con su línea y su columna.
measure-activities-imported = { $count ->
    [one] Se importó una actividad.
   *[other] Se importaron { $count } actividades.
}
measure-values-imported = { $count ->
    [one] Se importó un valor.
   *[other] Se importaron { $count } valores.
}

error-count-invalid = Escribe un número entero de 0 a 100 000.
error-codes-invalid = Usa códigos cortos separados por comas (letras, cifras y - : _ .), 50 como máximo.
error-time-invalid = Escribe una hora con horas y minutos, por ejemplo 18:30.
error-activity-kind-invalid = Elige un tipo de actividad de la lista.
error-duration-invalid = Escribe la duración en minutos, de 1 a 10 080.
error-hours-invalid = Escribe las horas como un número, por ejemplo 4.5.
error-breakdown-exceeds-attendees = Los grupos suman más que las personas asistentes.
error-advice-outcome-invalid = Elige un resultado de la lista.
error-follow-up-before-contact = El seguimiento no puede ser anterior a la consulta.
error-follow-up-missing = Indica una fecha para hacer el seguimiento de un caso en curso.
error-direction-invalid = Elige si es mejor más o menos.
error-indicator-source-invalid = Elige de dónde salen las cifras.
error-programme-not-a-source = Solo se puede elegir un programa para cifras que vienen de Conectar.
error-objective-needs-project = Elige el proyecto al que pertenece el objetivo.
error-target-before-baseline = La fecha de la meta debe ser posterior a la fecha de la línea de base.
error-period-invalid = Escribe un periodo como 2026-03, 2026-Q1 o 2026, según el periodo del indicador.
error-disaggregation-invalid = Solo se puede desglosar la asistencia.
error-indicator-counted = Este indicador se calcula a partir de lo registrado; sus valores no se pueden escribir a mano.
error-next-review-before-review = La próxima revisión debe ser posterior a esta.
error-every-weeks-invalid = Escribe un número de semanas de 1 a 52.

measure-pairs = Parejas en los programas de Conectar
measure-pairs-meeting = Parejas que se reúnen
measure-pairs-quiet = Sin noticias
measure-pairs-closed = Cerradas
measure-waiting = Personas recién llegadas en espera
measure-wait-days = Días de espera (mediana / máximo)

measure-templates = Empezar con un conjunto de indicadores
measure-templates-intro = Cada conjunto añade los indicadores que contiene y que todavía no tienes. Los que se calculan a partir de lo que registras se rellenan solos; después, dales una línea de base y una meta.
measure-template-set = Conjunto
measure-templates-add = Añadir el conjunto
template-set-forum = Contadores y referencias de un foro
template-set-zaragoza = Indicadores básicos de Zaragoza
template-set-indicators-of-integration = Los 14 ámbitos de los Indicadores de Integración
template-set-focus = Contacto entre comunidades (FOCUS)
template-forum-people-advised = Personas asesoradas
template-forum-advice-occasions = Consultas de asesoramiento
template-forum-people-referred = Personas derivadas a un servicio
template-forum-referrals-completed = Derivaciones que cubrieron la necesidad
template-forum-bookings = Reservas de salas, eventos y formaciones
template-forum-capacity-sessions = Sesiones de fortalecimiento de capacidades
template-forum-people-trained = Personas formadas
template-forum-policy-meetings = Reuniones con responsables políticos
template-forum-publications = Publicaciones
template-forum-campaign-actions = Acciones de campaña
template-forum-volunteer-hours = Horas de voluntariado
template-forum-languages = Idiomas que usan nuestras personas voluntarias
template-forum-health-access = Mejoras en el acceso a los servicios de salud
template-zaragoza-employment = Tasa de empleo de las personas recién llegadas
template-zaragoza-education = Personas recién llegadas con educación secundaria superior o más
template-zaragoza-poverty = Personas recién llegadas en riesgo de pobreza o exclusión social
template-zaragoza-citizenship = Personas recién llegadas con residencia de larga duración o ciudadanía
template-zaragoza-health = Personas recién llegadas que dicen tener buena salud
template-iio-work = Avances declarados: trabajo
template-iio-housing = Avances declarados: vivienda
template-iio-education = Avances declarados: educación
template-iio-health-and-social-care = Avances declarados: salud y atención social
template-iio-leisure = Avances declarados: ocio
template-iio-bonds = Avances declarados: vínculos dentro de la propia comunidad
template-iio-bridges = Avances declarados: puentes con otras comunidades
template-iio-links = Avances declarados: relación con las instituciones
template-iio-language-and-communication = Avances declarados: idioma y comunicación
template-iio-culture = Avances declarados: cultura
template-iio-digital-skills = Avances declarados: competencias digitales
template-iio-safety = Avances declarados: seguridad
template-iio-stability = Avances declarados: estabilidad
template-iio-rights-and-responsibilities = Avances declarados: derechos y responsabilidades
template-focus-contact-quality = Calidad del contacto en las parejas de acompañamiento
template-focus-contact-meetings = Encuentros de las parejas de acompañamiento
template-focus-contact-hours = Horas que las parejas de acompañamiento pasaron juntas
template-focus-mixed-sessions = Personas de ambas comunidades en las sesiones
unit-people = personas
unit-occasions = consultas
unit-referrals = derivaciones
unit-activities = actividades
unit-hours = horas
unit-languages = idiomas
unit-percent = %
unit-count = número
unit-rating = 1–7
measure-measuring = Indicadores que miden { $item }.
measure-all-indicators = Todos los indicadores
measure-objective-progress = { $good } de { $judged ->
    [one] { $judged } indicador
   *[other] { $judged } indicadores
} en buen camino.
measure-threshold = Cifras pequeñas
measure-threshold-save = Guardar
field-threshold = Ocultar las cifras de menos personas que
hint-threshold = Las personas con rol de voluntariado o de consulta ven «menos de» este número en lugar de una cifra más pequeña. Como mínimo 5; lo habitual es 10.
error-threshold-invalid = Escribe un número entero de 5 a 1000.
measure-publish-calendar = Publicar el calendario
measure-calendar-published = El calendario tiene un enlace público. Quien lo tenga puede añadir las sesiones a su propia aplicación de calendario; muestra títulos, horarios, lugares e idiomas, nada sobre las personas.
measure-calendar-not-published = El calendario no está publicado. Al publicarlo, tendrá un enlace al que cualquiera puede suscribirse: títulos, horarios, lugares e idiomas de las sesiones, nada sobre las personas.
measure-calendar-new-link = Crear un enlace nuevo (el anterior dejará de funcionar)
measure-calendar-link-made = Este es el enlace del calendario. Cópialo ahora: no se volverá a mostrar.
error-project-ambiguous = Hay varios proyectos con este título: usa el id del proyecto.
error-value-repeated = Este indicador ya tiene un valor para este periodo más arriba en el archivo.
measure-no-programme = Ningún programa
error-programme-ambiguous = Hay varios programas con este nombre: usa el id del programa.
field-indicator-need = Derivaciones para
hint-indicator-need = Solo para un recuento de derivaciones: las que corresponden a esta necesidad (una necesidad más amplia incluye las más específicas).
measure-any-need = Cualquier necesidad
