# Plan: projects and the power analysis
projects-title = Proyectos
projects-intro = Planifica un proyecto con los seis pasos de la guía. El paso 4, el análisis de quién tiene poder sobre el resultado, ya está listo; los demás pasos están en construcción.
projects-none = Todavía no hay proyectos.
projects-new = Crear un proyecto
projects-create = Crear el proyecto
field-aims = Finalidad
projects-steps = Los seis pasos
projects-step-policy-areas = Paso 1: los ámbitos de actuación que toca
projects-step-principles = Paso 2: los principios que lo estructuran
projects-step-evidence = Paso 3: argumentar con evidencias
projects-step-power = Paso 4: análisis de poder de los actores
projects-step-partnerships = Paso 5: alianzas
projects-step-setbacks = Paso 6: contratiempos y derechos en juego
projects-step-guidance = Leer las orientaciones de este paso
power-title = Análisis de poder
power-intro = Anota las instituciones y las personas que rodean el proyecto: cuánto poder tiene cada una sobre el resultado, cuánto le importa, qué postura tiene y a quién sigue. Marca como objetivos de incidencia a quienes toman decisiones y necesitas convencer, e indica quién influye en quién. Después, bridges te sugiere a quién acercarte primero, y por qué.
power-approach-first = A quién acercarse primero
power-no-leverage = Añade actores, marca al menos un objetivo de incidencia e indica quién influye en quién: las sugerencias aparecerán aquí.
power-moves-targets = Influye directamente en { $names }.
power-moves-indirectly = Influye en un objetivo de incidencia a través de otros.
power-is-ally = Ya está de tu lado.
power-reached-through = Se puede llegar a través de: { $chain }.
power-no-channel = Todavía no se conoce ninguna vía para llegar.
power-opponents = Dónde está la oposición
power-no-opponents = Ningún actor está marcado como en contra o con dudas.
power-quadrant-key-players = mucho poder, mucho interés: implicar de cerca
power-quadrant-keep-satisfied = mucho poder, poco interés: mantener satisfecho
power-quadrant-keep-informed = poco poder, mucho interés: mantener informado
power-quadrant-monitor = poco poder, poco interés: observar
power-reach = A quién pueden llegar tus aliados, y cómo
power-cycles = Círculos de influencia mutua
power-cycles-intro = Estos actores influyen unos en otros; trata cada círculo como un solo bloque.
power-grid = Influencia y postura
power-grid-desc = Cada actor aparece situado según su postura (izquierda: en contra; derecha: lo impulsa) y su poder sobre el resultado (arriba: decisivo). Los objetivos de incidencia llevan un círculo alrededor. La tabla de abajo contiene la misma información.
power-stakeholders = Actores
power-influence = Poder sobre el resultado (1–5)
power-interest = Interés en el proyecto (1–5)
power-stance = Postura
power-cue = Sigue la pauta de
power-target = Objetivo de incidencia
power-target-check = Alguien que decide y a quien el proyecto necesita convencer (objetivo de incidencia)
power-kind = Tipo
power-kind-institution = Institución
power-kind-person = Persona
power-add-stakeholder = Añadir un actor
power-add-relation = Indicar quién influye en quién
power-from = Quién
power-relation-kind = Cómo
power-to = En quién
power-relations = Relaciones
stance-opposed = En contra
stance-sceptical = Con dudas
stance-neutral = Neutral
stance-supportive = A favor
stance-champion = Lo impulsa
relation-influences = influye en
relation-funds = financia a
relation-answers-to = rinde cuentas a
relation-allied-with = es aliado de
error-level-invalid = Elige un número del 1 al 5.
error-stance-invalid = Elige una de las posturas que se ofrecen.
error-stakeholder-unknown = Elige un actor de este mapa.
error-relation-same = Elige dos actores distintos.
error-relation-kind-invalid = Elige una de las relaciones que se ofrecen.
error-map-full = Este mapa está lleno
error-map-full-detail = Un mapa admite como máximo 500 actores y 2000 relaciones.

# Plan: steps 1 and 2
step-intro-policy-areas = Elige los ámbitos de actuación clave para la integración que toca tu proyecto, y explica para cada uno de qué forma lo toca.
step-intro-principles = Elige los principios que van a estructurar el proyecto, y explica para cada uno cómo lo aplica el proyecto. Aparecen marcados los principios que las orientaciones y las prácticas de la guía aplican a menudo junto con los ámbitos de actuación que elegiste.
step-suggested = { $count ->
    [one] Se aplica junto con tus ámbitos de actuación en { $count } elemento de la biblioteca.
   *[other] Se aplica junto con tus ámbitos de actuación en { $count } elementos de la biblioteca.
}
step-note-label = Relación del proyecto con: { $item }
step-note-placeholder-policy-areas = ¿De qué forma toca el proyecto este ámbito?
step-note-placeholder-principles = ¿Cómo aplicará el proyecto este principio?
step-area-relations = Cómo se relacionan los ámbitos elegidos
step-area-relations-hint = Por ejemplo: en el caso de Bruselas que recoge la guía, había que trabajar a la vez la vivienda y la educación.

# Plan: step 5
partners-intro = Para cada organización socia: qué aporta, qué quiere obtener del proyecto, cuál es tu límite innegociable con ella y cuándo te retirarías. Indica qué parte de la financiación del proyecto aporta cada una, para que bridges te avise cuando la base de financiación sea estrecha.
partners-none = Todavía no hay organizaciones socias.
partners-add = Añadir una organización socia
partners-narrow-base = La base de financiación es estrecha
partners-warning-single-funder = Solo una organización socia financia el proyecto. Si se retira o pone condiciones, el proyecto no tiene en qué apoyarse.
partners-warning-dominant-funder = Una organización socia aporta más de la mitad de la financiación. Depender de una sola fuente de financiación puede costarle al proyecto su independencia.
partners-warning-shares-over-hundred = Las partes de la financiación suman más del 100 %. Revisa las cifras.
partners-largest = Mayor aportación: { $name }
field-brings = Qué aporta
field-wants = Qué quiere
field-bottom_line = Tu límite innegociable con ella
field-walk_away_if = Te retirarías si
field-funding_share = Parte de la financiación (%)
hint-funding-share = Un número de 0 a 100. Déjalo vacío si no aporta dinero.
error-share-invalid = Escribe un número de 0 a 100.

# Plan: step 6
setbacks-intro = Anota lo que podría salir mal: una decisión, un recorte, una campaña hostil. Para cada caso, indica los derechos en juego, si hará falta apoyo jurídico y a qué aliados acudirías.
setbacks-none = Todavía no hay contratiempos anotados.
setbacks-add = Añadir un contratiempo
setbacks-description = Qué podría pasar
setbacks-rights = Derechos en juego
setbacks-legal-check = Hará falta apoyo jurídico
setbacks-legal-yes = Hará falta apoyo jurídico.
setbacks-legal-no = No se ha previsto apoyo jurídico.
setbacks-allies = Aliados a los que acudir
setbacks-response = Qué hará el proyecto
setbacks-unprepared = Hay derechos de personas en juego y no hay nadie preparado para ayudar: prevé apoyo jurídico o aliados.
right-echr-2 = Derecho a la vida (artículo 2)
right-echr-3 = Prohibición de la tortura y de los tratos degradantes (artículo 3)
right-echr-4 = Prohibición de la esclavitud y del trabajo forzoso (artículo 4)
right-echr-5 = Derecho a la libertad y a la seguridad (artículo 5)
right-echr-6 = Derecho a un juicio justo (artículo 6)
right-echr-7 = No hay pena sin ley (artículo 7)
right-echr-8 = Respeto a la vida privada y familiar (artículo 8)
right-echr-9 = Libertad de pensamiento, de conciencia y de religión (artículo 9)
right-echr-10 = Libertad de expresión (artículo 10)
right-echr-14 = Prohibición de la discriminación (artículo 14)
right-eu-charter = La Carta de los Derechos Fundamentales de la UE
ally-anti-racist = Grupos antirracistas
ally-trade-unions = Sindicatos
ally-faith = Comunidades religiosas
ally-gender-equality = Grupos por la igualdad de género
ally-youth = Grupos de jóvenes
ally-older-people = Grupos de personas mayores
ally-disability = Grupos de personas con discapacidad
ally-experts = Personas expertas

# Plan: step 3
evidence-intro = Anota cada afirmación que hace el proyecto y la evidencia que la respalda: datos, un estudio, un testimonio, un grupo focal. Indica de dónde viene, de cuándo es, quién la avala y qué se desconoce todavía. Registra también los grupos focales y la investigación participativa.
evidence-gaps = Afirmaciones sin evidencia: { $claims }.
evidence-unbacked = Evidencias que nadie avala: { $count }.
evidence-claims = Afirmaciones
evidence-none = Todavía no hay afirmaciones.
evidence-claim-unsupported = Todavía no hay evidencia para esta afirmación.
evidence-nobody-backs = Todavía nadie avala esta evidencia.
evidence-backed-by = Avalada por: { $who }
evidence-unknowns = Todavía se desconoce: { $what }
evidence-sessions = Grupos focales e investigación participativa
evidence-session-gaps = Lagunas que reveló: { $gaps }
evidence-add-claim = Añadir una afirmación
evidence-claim = La afirmación
evidence-add-evidence = Añadir una evidencia
evidence-for-claim = Para la afirmación
evidence-kind = Tipo de evidencia
evidence-kind-data = Datos
evidence-kind-study = Estudio
evidence-kind-testimony = Testimonio
evidence-kind-focus-group = Grupo focal
evidence-summary = Qué muestra
evidence-field-source = Fuente
evidence-field-date = Fecha
evidence-field-backed_by = Quién la avala
evidence-field-unknowns = Qué se desconoce todavía
evidence-add-session = Registrar una sesión
evidence-participants = Quién participó
evidence-learned = Qué se aprendió
evidence-gaps-revealed = Qué lagunas reveló
error-claim-unknown = Elige una de las afirmaciones de la lista.
error-evidence-kind-invalid = Elige uno de los tipos que se ofrecen.

## Plan: the project as a whole (overview, profile, objectives, team, printable plan, history)
save = Guardar
not-said = No se indica
project-edit = Editar el proyecto
project-print = El plan completo, listo para imprimir
project-history = Historial de cambios
field-status = Estado
status-planning = En planificación
status-running = En marcha
status-paused = En pausa
status-finished = Terminado
field-starts_on = Empieza el
field-ends_on = Termina el
error-date-invalid = Escribe una fecha como año-mes-día, por ejemplo 2027-03-31.
error-dates-reversed = La fecha de fin es anterior a la de inicio.
error-choice-invalid = Elige una de las opciones de la lista.
context-title = El contexto de la localidad
context-intro = Lo que funciona depende del lugar: desde cuándo conoce la inmigración, si la gente está de paso o se queda, y a qué velocidad cambian las cosas.
context-none = Todavía no se ha descrito el contexto de la localidad.
field-history = Desde cuándo conoce la localidad la inmigración
history-new = Aquí la inmigración a esta escala es algo nuevo
history-established = Aquí la inmigración viene de lejos
field-movement = ¿La gente está de paso o se instala?
movement-transit = Sobre todo está de paso
movement-mixed = Unas personas están de paso, otras se quedan
movement-settlement = Sobre todo se queda
field-communities = Las principales comunidades
field-changing = Qué está cambiando ahora
field-fast_change = Aquí las cosas cambian rápido (nuevas llegadas, cierres, nuevas normas)
advice-title = Qué pide este contexto al plan
advice-read = leer más
context-new = Donde la inmigración es nueva, suele haber pocos grupos de personas migrantes y pocos servicios consolidados en los que apoyarse, y puede que la población que lleva tiempo aquí tenga poca experiencia con ella. Prevé tiempo para generar confianza en ambos lados, y cuenta con tener que crear estructuras en lugar de sumarte a las que ya existen.
context-established = Donde la inmigración viene de lejos, ya existen organizaciones de personas migrantes, referentes comunitarios y segundas generaciones. Apóyate en ellos: pueden liderar o coliderar, y pueden tender puentes entre quienes llegaron hace poco y el resto de la comunidad.
context-transit = Donde la gente está sobre todo de paso, las prioridades son distintas que en los lugares donde se instala: importan más la ayuda práctica y breve, la información sobre derechos y sobre adónde acudir después que los programas largos. Cuenta con personas que quizá se vayan antes de que termine el proyecto.
context-mixed = Donde unas personas están de paso y otras se quedan, puede que el plan necesite dos vías: ayuda rápida y práctica para quienes siguen su camino, y participación a más largo plazo para quienes se quedan.
context-settlement = Donde la gente se instala, lo más importante son los ámbitos a largo plazo: trabajo, vivienda, educación, salud y participación en las decisiones locales. Prevé una participación que dure.
context-fast-change = Cuando la situación cambia rápido, tener buenos contactos con quienes toman decisiones permite que el proyecto se adapte a tiempo. Revisa el plan a menudo y vigila las consecuencias que nadie esperaba, buenas o malas.
context-transfer = Las lecciones de otros lugares solo sirven en la medida en que su contexto se parece al tuyo: compara las prácticas que tomes prestadas con este perfil.
field-leadership = ¿Lideran el proyecto personas migrantes?
leadership-unstated = No se indica
leadership-led = Liderado por personas migrantes
leadership-co-led = Coliderado por personas migrantes
leadership-not-led = No liderado por personas migrantes
checks-title = ¿Es un buen proyecto de integración?
checks-intro = La guía nombra seis cualidades de un buen proyecto de integración. Explica en una o dos frases cómo cumple cada una este proyecto.
checks-summary = { $shown } de 6 cualidades quedan demostradas por los propios registros del plan.
checks-quality = Cualidad
checks-state = En qué punto está
checks-statement = Cómo la cumple el proyecto
check-state-missing = Sin abordar
check-state-stated = Descrita
check-state-shown = Demostrada en el plan
quality-inequalities = Aborda las desigualdades
quality-involvement = Todas las partes implicadas participan desde el principio
quality-evidence = Se basa en evidencias
quality-dialogue = Construye diálogo entre culturas
quality-empowerment = Empodera a las personas a las que sirve
quality-leadership = Personas migrantes lo lideran o colideran
quality-hint-inequalities = ¿Qué desigualdades aborda, y para quién? (Queda demostrado cuando el paso 1 indica de qué forma toca el proyecto un ámbito de actuación).
quality-hint-involvement = ¿Qué partes implicadas han participado, y desde cuándo? (Queda demostrado cuando el paso 3 registra un grupo focal o una sesión participativa).
quality-hint-evidence = ¿Qué evidencias respaldan los argumentos? (Queda demostrado cuando el paso 3 tiene afirmaciones y cada afirmación tiene evidencia).
quality-hint-dialogue = ¿Cómo se encontrarán y hablarán de igual a igual personas de orígenes distintos? (Queda demostrado cuando el paso 2 elige el proceso bidireccional o la interacción frecuente).
quality-hint-empowerment = ¿Cómo ganarán voz y capacidades las personas a las que sirve? (Queda demostrado cuando el paso 2 elige la participación democrática o la voz de las personas migrantes).
quality-hint-leadership = ¿Qué papel tienen las personas migrantes en su gestión? (Queda demostrado cuando el proyecto está liderado o coliderado por personas migrantes).
gaps-title = Qué falta todavía
gaps-none = No falta nada evidente. Sigue revisando el plan a medida que avanza el trabajo.
gap-context = No se ha descrito el contexto de la localidad.
gap-objectives = Todavía no hay objetivos.
gap-unmeasurable-objectives = { $count ->
    [one] Un objetivo no indica cómo sabrás que se ha alcanzado.
   *[other] { $count } objetivos no indican cómo sabrás que se han alcanzado.
}
gap-team = Todavía no hay nadie en el equipo del proyecto.
gap-areas = No se ha elegido ningún ámbito de actuación.
gap-area-notes = { $count ->
    [one] Un ámbito de actuación no indica de qué forma lo toca el proyecto.
   *[other] { $count } ámbitos de actuación no indican de qué forma los toca el proyecto.
}
gap-principles = No se ha elegido ningún principio.
gap-claims = Todavía no se ha anotado ninguna afirmación.
gap-unsupported-claims = { $count ->
    [one] Una afirmación no tiene evidencia.
   *[other] { $count } afirmaciones no tienen evidencia.
}
gap-unbacked-evidence = { $count ->
    [one] Nadie avala una de las evidencias.
   *[other] Nadie avala { $count } de las evidencias.
}
gap-stakeholders = No hay ningún actor en el mapa.
gap-targets = Ningún actor está marcado como objetivo de incidencia.
gap-partners = Todavía no hay organizaciones socias.
gap-funding = La base de financiación es estrecha.
gap-setbacks = Todavía no se ha considerado ningún contratiempo.
gap-unprepared-setbacks = { $count ->
    [one] Un contratiempo pone derechos en juego sin nadie preparado para ayudar.
   *[other] { $count } contratiempos ponen derechos en juego sin nadie preparado para ayudar.
}
overview-approach-first = Acercarse primero a: { $names }.
objectives-title = Objetivos y equipo
objectives-intro = Indica qué quiere lograr el proyecto y cómo sabrás que lo ha logrado. Más adelante, podrás vincular a cada objetivo indicadores de Medir.
objectives-none = Todavía no hay objetivos.
objectives-add = Añadir un objetivo
objectives-manage = Objetivos y equipo
objectives-no-measure = Indica cómo lo sabrás.
field-objective = Objetivo
field-text = Objetivo
field-measure = Cómo lo sabrás
field-target = Meta
field-due = Para cuándo
hint-objective = Una frase, por ejemplo: las familias recién llegadas usan el club de deberes cada semana.
hint-measure = La señal o la cifra en la que te fijarás, por ejemplo: hojas de asistencia, una encuesta a las familias.
team-title = Equipo
team-none = Todavía no hay nadie en el equipo del proyecto.
team-add = Añadir a alguien al equipo
field-member = Miembro
hint-project-role = Su papel en este proyecto, por ejemplo: dirección, difusión, finanzas.
error-team-member-twice = Esta persona ya está en el equipo.
error-team-member-unknown = Elige a un miembro de la organización.
export-csv = Descargar como hoja de cálculo (CSV)
plan-document-title = Plan del proyecto
plan-printed-on = impreso el { $date }
plan-nothing-yet = Todavía no hay nada registrado.
plan-print-hint = Usa la función de imprimir de tu navegador para imprimir este plan o guardarlo como PDF.
history-intro = Cada cambio en el plan: quién lo hizo y cuándo.
history-none = Todavía no hay cambios registrados.
history-when = Cuándo
history-who = Quién
history-part = Parte del plan
history-what = Cambio
history-former-member = Un antiguo miembro
history-part-project = El proyecto
history-part-policy-areas = Paso 1: ámbitos de actuación
history-part-principles = Paso 2: principios
history-part-evidence = Paso 3: evidencias
history-part-stakeholders = Paso 4: actores
history-part-relations = Paso 4: relaciones
history-part-partnerships = Paso 5: organizaciones socias
history-part-setbacks = Paso 6: contratiempos
history-part-objectives = Objetivos
history-part-team = Equipo
history-action-created = creado
history-action-added = añadido
history-action-updated = cambiado
history-action-removed = eliminado
error-entry-invalid = Esta entrada no tiene la forma que espera su registro: revisa los nombres y los tipos de los campos.

## Plan: worked examples
examples-title = Empezar con un ejemplo resuelto
examples-intro = Cada ejemplo es un plan completo basado en una de las situaciones «En la práctica» de la guía. Crea un proyecto a partir de uno para ver cómo es un plan completo y, después, adáptalo a tu caso. Los ejemplos están escritos en inglés; sus nombres, cifras y fechas son ilustrativos.
examples-start = Crear un proyecto a partir de este ejemplo
objectives-how-doing = Cómo va
objectives-indicators = { $count ->
    [one] Un indicador, todavía sin meta
   *[other] { $count } indicadores, todavía sin meta
}
objectives-not-measured = Todavía no se mide
power-network = Quién influye en quién
power-network-desc = Cada círculo es un actor: más grande cuanto más poder tiene sobre el resultado; rojo si está en contra del proyecto, verde si está a favor, gris si está en un punto intermedio; un anillo marca un objetivo de incidencia. Las flechas van de quien influye en alguien a quien recibe esa influencia; las flechas discontinuas unen a los aliados. La lista de relaciones dice lo mismo con palabras.
