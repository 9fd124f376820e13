# Surveys (Measure)
survey-title = Encuestas
survey-intro = Haz las mismas preguntas antes y después de tu trabajo a las personas con las que trabajas, tanto recién llegadas como residentes de hace tiempo, y lee las respuestas con sus márgenes de error. Los grupos pequeños nunca se muestran.
survey-none = Todavía no hay encuestas.
survey-responses = Respuestas
survey-status-open = Recibiendo respuestas
survey-status-closed = Cerrada
survey-new = Crear una encuesta con cuestionarios ya preparados
hint-survey-title = Déjalo vacío para usar el título de los propios cuestionarios.
survey-instruments = Cuestionarios que incluir
error-survey-instruments-missing = Elige al menos un cuestionario.
survey-waves = Comparar antes y después
hint-survey-waves = Quienes responden indican si lo hacen antes o después del trabajo y pueden dar un código personal, para poder emparejar las respuestas de una misma persona.
survey-invitation-only = Solo pueden responder las personas con un código de invitación (cada código, una vez)
survey-create = Crear la encuesta
survey-import = Importar un XLSForm
survey-import-intro = Sube un formulario hecho para KoboToolbox u ODK (.xlsx o .xls). No se crea nada si no se entienden todas las filas; cada problema aparece con su hoja, su fila y su columna.
survey-xlsform-file = Libro XLSForm
survey-import-button = Importar el formulario
survey-import-problems = No se importó el formulario
import-field = Columna
survey-holds = { $questions ->
    [one] { $questions } pregunta
   *[other] { $questions } preguntas
}
survey-responses-count = { $n ->
    [one] { $n } respuesta
   *[other] { $n } respuestas
}
survey-results = Resultados
survey-entry = Pasar un formulario en papel
survey-download-xlsform = Descargar como XLSForm
survey-download-responses = Descargar las respuestas (XLSX, con etiquetas)
survey-download-responses-csv = Descargar las respuestas (CSV, con códigos)
survey-links = Enlaces para compartir
survey-links-intro = Cualquiera que tenga un enlace puede responder sin cuenta. Con la respuesta no se guarda nada que identifique a la persona: ni dirección, ni dispositivo, ni hora del día.
survey-close = Dejar de recibir respuestas
survey-open = Volver a recibir respuestas
survey-invitations = Códigos de invitación
survey-invitations-held = { $n ->
    [one] { $n } código creado.
   *[other] { $n } códigos creados.
}
survey-invitations-used = { $n ->
    [one] { $n } usado.
   *[other] { $n } usados.
}
survey-invitations-count = Cuántos códigos nuevos
survey-invitations-make = Crear los códigos y descargarlos
error-survey-invitations-count = Escribe un número de 1 a 2000.
survey-figures = Cifras reales
survey-figures-intro = Las personas que responden estiman estas cifras; escribe la cifra local real y de dónde sale, para que los resultados puedan mostrar la diferencia.
survey-figure-employment = Personas recién llegadas con trabajo remunerado (%)
survey-figure-degree = Personas recién llegadas con título universitario (%)
survey-figure-benefits = Personas recién llegadas que reciben prestaciones sociales (%)
survey-figure-actual = Cifra real: { $value } %
field-actual = Cifra real (%)
field-source-of-figure = Fuente
field-as_of = Fecha de la cifra
survey-figure-save = Guardar la cifra
error-survey-figure-invalid = Escribe un porcentaje de 0 a 100.
survey-back = Volver a la encuesta
survey-by = Comparar
survey-by-all = Todas las personas
survey-by-community = Por comunidad
survey-by-wave = Antes y después
survey-total = { $n ->
    [one] { $n } respuesta.
   *[other] { $n } respuestas.
}
survey-group = Grupo
survey-group-all = Todas las personas
survey-group-arriving = Llegaron en los últimos años
survey-group-receiving = Viven aquí desde hace mucho
survey-group-before = Antes
survey-group-after = Después
survey-suppression = No se muestran los grupos de menos de { $k } personas, ni las cifras a partir de las cuales podrían deducirse.
survey-intervals = Los rangos son intervalos de confianza del 95 %.
survey-mean = Media
survey-interval = Intervalo del 95 %
survey-concern = En el nivel de alerta o por debajo
survey-gap = Estimación menos cifra real
survey-difference-community = Diferencia, quienes llegaron en los últimos años menos quienes viven aquí desde hace mucho:
survey-difference-wave = Diferencia, después menos antes:
survey-difference-all = Diferencia, quienes llegaron en los últimos años menos quienes viven aquí desde hace mucho:
survey-difference-suppressed = No se muestra la diferencia: un grupo tiene menos de { $k } respuestas.
survey-effect-size = tamaño del efecto
survey-paired = { $n ->
    [one] Cambio en { $n } persona que respondió antes y después:
   *[other] Cambio entre las { $n } personas que respondieron antes y después:
}
survey-paired-suppressed = No se muestra el cambio emparejado: menos de { $k } personas respondieron las dos veces.
survey-neutral = Neutral
survey-questions = Pregunta por pregunta
survey-choice = Respuesta
survey-public-intro = { $organisation } hace estas preguntas. Responde solo a lo que quieras; tu participación es anónima.
survey-step = Página { $step }
survey-wave-question = ¿Cuándo respondes?
survey-wave-before = Antes de las actividades
survey-wave-after = Después de las actividades
survey-respondent = Tu código personal (opcional)
hint-survey-respondent = Inventa uno que vayas a recordar, por ejemplo las dos primeras letras del nombre de tu madre y tu mes de nacimiento. Usa el mismo código la próxima vez para que se puedan comparar tus respuestas; con él no podemos saber quién eres.
survey-invitation = Código de invitación
survey-next = Siguiente
survey-send = Enviar mis respuestas
survey-privacy = Tus respuestas se guardan cifradas. No se guarda ninguna dirección, dispositivo ni hora del día.
survey-thanks-title = Gracias
survey-thanks = Tus respuestas han llegado a { $organisation }.
survey-answers-problems = Algunas respuestas necesitan otra mirada
error-survey-answers-invalid = No se pudieron aceptar algunas respuestas; revísalas y vuelve a enviarlas.
error-survey-wave-missing = Indica si respondes antes o después.
error-survey-closed = Esta encuesta ya no recibe respuestas.
error-survey-invitation-invalid = Este código de invitación no es válido o ya se ha usado.
error-answer-required = Esta pregunta necesita una respuesta.
error-answer-not-a-number = Escribe un número.
error-answer-not-an-integer = Escribe un número entero.
error-answer-out-of-range = Este número está fuera del intervalo permitido.
error-answer-off-step = Este número no es uno de los valores permitidos.
error-answer-not-a-choice = Elige una de las respuestas que se ofrecen.
error-answer-choice-not-offered = Esta respuesta no se ofrece aquí.
error-answer-duplicate-choice = Se eligió una respuesta dos veces.
error-answer-not-a-date = Escribe una fecha como año-mes-día.
error-answer-not-a-time = Escribe una hora como horas:minutos.
error-answer-not-a-date-time = Escribe una fecha y una hora.
error-answer-not-a-geopoint = Escribe una latitud y una longitud separadas por un espacio.
error-answer-not-acknowledged = Marca la casilla.
error-answer-constraint = Esta respuesta no se acepta.
error-answer-form-expression = El formulario tiene una regla que no se puede calcular.
error-answer-too-long = Esta respuesta es demasiado larga.
error-answer-too-many = Se enviaron demasiadas respuestas.
error-answer-unknown-question = Se envió una respuesta a una pregunta que el formulario no tiene.
error-xlsform-choice-name-with-space = El nombre (name) de una opción no puede contener espacios.
error-xlsform-choice-without-name = Una opción no tiene nombre (name).
error-xlsform-duplicate-choice = Dos opciones de una misma lista tienen el mismo nombre.
error-xlsform-duplicate-column = La misma columna aparece dos veces (encabezado de columna duplicado).
error-xlsform-duplicate-name = Dos preguntas tienen el mismo nombre.
error-xlsform-duplicate-sheet = Dos hojas tienen el mismo nombre.
error-xlsform-export-failed = No se pudo escribir el formulario como libro.
error-xlsform-invalid-name = Un nombre debe empezar por una letra o un guion bajo y contener solo letras, cifras, puntos, guiones y guiones bajos.
error-xlsform-invalid-parameters = No se pueden leer los parámetros (parameters) de esta pregunta.
error-xlsform-media-column = No se admiten imágenes, sonido ni vídeo en los formularios.
error-xlsform-missing-calculation = Una pregunta de tipo calculate necesita un cálculo (calculation).
error-xlsform-missing-list = No existe la lista de opciones que usa esta pregunta.
error-xlsform-missing-name = Esta pregunta no tiene nombre (name).
error-xlsform-missing-type = Esta fila no tiene tipo (type).
error-xlsform-no-survey = El libro no tiene hoja survey.
error-xlsform-no-type-column = La hoja survey no tiene columna type.
error-xlsform-reserved-name = Este nombre está reservado por XLSForm.
error-xlsform-too-many-problems = Hay más problemas de los que se pueden mostrar; corrige primero estos.
error-xlsform-unclosed-group = Se abre un grupo que nunca se cierra.
error-xlsform-unknown-type = Este tipo de pregunta no existe en XLSForm.
error-xlsform-unmatched-end = Se cierra un grupo que nunca se abrió.
error-xlsform-unsupported-calculation = Este cálculo no se admite.
error-xlsform-unsupported-column = bridges no admite esta columna.
error-xlsform-unsupported-expression = Esta expresión usa algo que bridges no admite.
error-xlsform-unsupported-parameters = Estos parámetros no se admiten.
error-xlsform-unsupported-setting = bridges no admite este ajuste (settings).
error-xlsform-unsupported-type = bridges no puede hacer este tipo de pregunta (fotos, sonido, archivos, repeticiones, opciones desde archivos, mapas).
error-xlsform-empty-survey = La hoja survey no tiene preguntas.
error-survey-by-invalid = Elige all (todas las personas), community (por comunidad) o wave (antes y después).
error-survey-closed-detail = Quienes gestionan esta encuesta han dejado de recibir respuestas. No se guardó nada.
error-survey-invitation-invalid-detail = Cada código de invitación se puede usar una vez, y solo para esta encuesta. No se guardó nada.
survey-import-responses = Importar respuestas recogidas en otro lugar
survey-import-responses-intro = Sube una exportación de envíos de KoboToolbox u ODK (CSV o XLSX, con códigos o etiquetas), o un archivo de respuestas exportado desde aquí. Cada fila se comprueba igual que una respuesta dada por el enlace; no se añade nada si no son correctas todas las filas, y un envío ya importado se omite.
survey-responses-file = Archivo de envíos
survey-import-responses-button = Importar las respuestas
survey-import-responses-problems = No se importaron las respuestas
survey-imported = { $rows ->
    [one] { $rows } fila leída
   *[other] { $rows } filas leídas
}, { $added ->
    [one] { $added } respuesta nueva añadida.
   *[other] { $added } respuestas nuevas añadidas.
}
indicator-source-survey-score = Media de una puntuación de encuesta
field-survey_score = Puntuación de la encuesta
hint-survey_score = Para un indicador que lee una encuesta: la puntuación cuya media sigue, periodo a periodo.
field-survey_group = Entre
error-survey-not-a-source = Solo un indicador que lee una encuesta admite una puntuación de encuesta.
error-survey-score-missing = Elige la puntuación de encuesta que sigue este indicador.
error-survey-group-invalid = Elige todas las personas, las que llegaron en los últimos años o las que viven aquí desde hace mucho.
survey-actual-line = Cifra real
