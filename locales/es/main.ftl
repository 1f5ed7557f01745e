# Convene: catálogo en español (neutro). Mismas claves que el catálogo inglés de referencia.
# Los marcadores como { $name } los rellena el programa; deben conservarse.
# Terminología: poll = encuesta; slot = horario (propuesto); time zone = huso horario;
# if need be = si es necesario; organizer = organizador; finalize = finalizar.

## Todas las páginas (templates/base.html)

skip-to-content = Ir al contenido
language-label = Idioma
language-apply = Cambiar
footer-tagline = Convene: encuestas para reuniones que respetan los husos horarios.
footer-create = Crear una encuesta
required = (obligatorio)
optional = (opcional)

## Páginas de error (templates/errors/error.html, src/error.rs)

error-status = Error { $status }
error-back = Use el botón Atrás de su navegador para volver a la página anterior o
error-create-new = cree una encuesta nueva.
error-not-found-heading = Página no encontrada
error-not-found = No hay ninguna encuesta en esta dirección o el enlace está incompleto. Compruebe que copió el enlace completo del mensaje que recibió.
error-conflict-heading = No es posible en este momento
error-forbidden-heading = No se acepta desde otro sitio
error-forbidden = Este formulario se envió desde otro sitio web, por lo que Convene no lo ha procesado. Si quería hacerlo, abra la página en el propio Convene y envíe el formulario desde allí.
error-bad-encoding-heading = No se pudo leer el formulario
error-bad-encoding = El formulario no se envió como texto UTF-8, así que Convene no lo ha procesado. Vuelva atrás y envíelo de nuevo; si vuelve a ocurrir, pruebe con otro navegador.
error-unavailable-heading = Servicio no disponible temporalmente
error-unavailable = En este momento el servicio no puede acceder a su base de datos. Vuelva a intentarlo dentro de un minuto.
error-internal-heading = Se ha producido un error
error-internal = No se pudo completar la solicitud. No se ha guardado nada a medias. Vuelva a intentarlo; si el problema persiste, comunique a los responsables del servicio este identificador de error:
error-too-large-heading = Envío demasiado grande
error-too-large = Lo que ha enviado supera el tamaño que acepta Convene (como máximo { $kib } KiB). Vuelva atrás: lo que escribió sigue en el formulario. Acorte los textos más largos o quite filas de horarios y vuelva a enviarlo.
error-rate-limited-heading = Demasiadas solicitudes
error-rate-limited = { $count ->
    [one] Han llegado demasiadas solicitudes de este tipo desde su red en poco tiempo. Espere { $count } segundo y vuelva atrás: lo que escribió sigue en el formulario y podrá enviarlo de nuevo.
   *[other] Han llegado demasiadas solicitudes de este tipo desde su red en poco tiempo. Espere { $count } segundos y vuelva atrás: lo que escribió sigue en el formulario y podrá enviarlo de nuevo.
}

## Formulario de creación (templates/polls/new.html)

create-title = Nueva encuesta
create-heading = Encuentre un horario para reunirse
create-lead = Proponga algunos horarios, comparta el enlace y cada participante responderá en su propio huso horario.
create-rows-added = Se han añadido abajo cinco filas de horarios más. No se guardará nada hasta que pulse “Crear encuesta”.
create-about = Información sobre la reunión
field-title = Título
field-description = Descripción
field-location = Lugar o enlace de la reunión
create-you = Sus datos como organizador
field-your-name = Su nombre
field-your-email = Su correo electrónico
create-email-hint = Le enviaremos a esta dirección el enlace secreto de administración y, más adelante, el horario definitivo. Los participantes nunca la verán.
create-when = Cuándo
create-zone-label = Huso horario de las horas indicadas abajo
create-zone-hint = Escriba una ciudad o el nombre de un huso horario, por ejemplo, Zurich o Europe/Zurich. Los participantes verán todas las horas convertidas a su propio huso horario.
field-duration = Duración de la reunión (en minutos)
field-deadline = Fecha límite para responder
create-deadline-hint = En el huso horario indicado arriba. Una vez vencida, no se aceptarán más respuestas.
create-slots = Horarios propuestos
create-slots-hint = Fecha y hora de inicio de cada opción, en el huso horario indicado arriba. Las filas vacías no se tienen en cuenta.
date-format-hint = Si su navegador muestra simples cuadros de texto, escriba las fechas en el formato 2027-03-23 y las horas en el formato 13:00 (reloj de 24 horas).
create-more-rows-hint = ¿Necesita más filas? Pulse “Añadir 5 filas de horarios más” al final del formulario; lo que ya haya escrito se conservará.
create-options = Opciones
create-offer-if-need-be = Ofrecer “si es necesario” como respuesta, además de sí y no
field-hide-results = Ocultar las respuestas a los participantes hasta que usted elija el horario
create-hide-results-hint = Usted siempre verá todas las respuestas en su página de administración.
create-submit = Crear encuesta
create-more-rows = Añadir 5 filas de horarios más
honeypot-label = Deje este campo vacío
honeypot-heading = Todavía no se ha guardado nada
honeypot-text = Se rellenó un campo oculto destinado a detectar robots de spam (el autocompletado de algunos navegadores también lo hace). Revise el formulario y vuelva a pulsar «Crear encuesta».

## Partes comunes de las páginas de la encuesta (templates/polls/macros.html)

error-summary = { $count ->
    [one] Corrija el siguiente problema
    [many] Corrija los siguientes { $count } problemas
   *[other] Corrija los siguientes { $count } problemas
}
zone-picker-label = Mostrar las horas en
zone-picker-apply = Mostrar horas
zone-picker-hint = Escriba una ciudad o el nombre de un huso horario, por ejemplo, Kathmandu o America/New_York.
tally-yes = sí
tally-if-need-be = si es necesario
tally-no = no
slot-row-number = Horario
slot-row-legend = Horario { $n }
slot-row-date = Fecha
slot-row-time = Hora de inicio
slot-row-remove = Quitar
slot-row-add = Añadir un horario
slot-row-which = { $time }: ¿primera o segunda vez?
slot-row-choose = Elija una opción
slot-row-first = { $time } UTC{ $offset } (primera vez, antes de que se atrase la hora)
slot-row-second = { $time } UTC{ $offset } (segunda vez, después de que se atrase la hora)
badge-best = Mejor opción
badge-chosen = Elegido
badge-you = Usted
slot-summary = Disponibles: { $available } ({ $yes } sí, { $if_need_be } si es necesario); { $no } no.
results-caption = Respuestas por horario
results-caption-empty = Respuestas por horario (aún no hay ninguna)
results-participant = Participante
results-delete = Eliminar
results-delete-whose = la respuesta de { $name }
results-total = Total
results-legend = Cada celda muestra la respuesta con un símbolo y una palabra: ✓ sí, (✓) si es necesario, ✗ no, – sin respuesta. “Mejor opción” señala el horario con más personas disponibles (sí más si es necesario); en caso de empate, se elige el horario que deja a menos personas de noche o fuera de las horas de trabajo según su propia hora local; si persiste el empate, el que tenga más respuestas “sí” y, por último, el más temprano.
results-no-answers = Aún no hay respuestas.
vote-yes = Sí
vote-if-need-be = Si es necesario
vote-no = No
vote-none = Sin respuesta
comments-heading = Comentarios
comments-none = Aún no hay comentarios.
comments-add = Añadir un comentario
comments-body = Comentario
comments-submit = Publicar comentario
comments-elsewhere = Añadir un comentario en la página de participantes

## Página de participantes (templates/polls/show.html)

fact-organizer = Organizado por
fact-location = Lugar
fact-length = Duración
status-open = Abierta
status-closed = Cerrada
status-finalized = Finalizada
status-open-text = Se aceptan respuestas.
status-open-until = Se aceptan respuestas hasta el { $deadline }.
status-closed-deadline = Cerrada: la fecha límite ({ $deadline }) ha vencido, por lo que ya no se pueden añadir ni modificar respuestas.
status-closed-text = Cerrada: el organizador ya no acepta respuestas.
status-finalized-text = Finalizada: la reunión será el { $slot }.
final-heading = Horario de la reunión
final-add-to-calendar = Añadir al calendario (.ics)
answer-saved = Se ha guardado su respuesta.
personal-heading = Su enlace personal
personal-text = Guarde este enlace en sus marcadores para modificar o eliminar su respuesta más adelante. Cualquier persona que lo tenga podrá modificar su respuesta, así que no lo comparta.
personal-mailed = También se lo hemos enviado por correo electrónico.
personal-not-mailed = Esta vez no le hemos enviado este enlace por correo electrónico: Convene limita el correo que envía cada encuesta para proteger a las personas del correo no deseado. Copie el enlace o guarde esta página en sus marcadores.
answer-heading = Su respuesta
answer-heading-edit = Modificar su respuesta
answer-times-in = Las horas se muestran en { $zone }; para cada horario se indica también la hora UTC.
field-affiliation = Afiliación
field-email = Correo electrónico
answer-email-hint = Solo lo verá el organizador. Lo utilizaremos para enviarle su enlace de modificación y el horario definitivo.
field-your-zone = Su huso horario
answer-zone-hint = Una ciudad o el nombre de un huso horario. Se utiliza para las horas de los mensajes que reciba.
answer-can-you = ¿Puede asistir?
answer-with-yours = (con su respuesta)
answer-submit = Guardar mi respuesta
answer-submit-edit = Guardar los cambios
answers-heading = Respuestas
answers-closed = Ya no se pueden añadir ni modificar respuestas.
answers-yours = Sus respuestas
results-heading = Resultados
responses-count = { $count ->
    [one] { $count } respuesta
    [many] { $count } respuestas
   *[other] { $count } respuestas
}
results-hidden = El organizador ha decidido mantener ocultas las respuestas hasta que se elija el horario de la reunión.
results-hidden-yours = Sus propias respuestas figuran en el formulario de arriba.
withdraw-heading = Eliminar su respuesta
withdraw-text = Se eliminarán su nombre y sus respuestas de la encuesta, y su enlace personal dejará de funcionar.
withdraw-submit = Eliminar mi respuesta

## Página de administración del organizador (templates/admin/show.html, src/web/pages/admin.rs)

admin-title = Administrar: { $title }
admin-eyebrow = Administrar la encuesta
admin-created = Su encuesta está lista.
admin-created-mailed = Comparta el enlace para participantes que figura abajo. También hemos enviado ambos enlaces a { $email }.
admin-links = Enlaces
admin-participant-link = Enlace para participantes: compártalo con todas las personas que invite
admin-admin-link = Su enlace de administración: no lo comparta con nadie
admin-admin-link-hint = Cualquier persona que tenga este enlace podrá modificar o eliminar la encuesta. También se le ha enviado por correo electrónico.
admin-replace-link = Sustituir el enlace de administración
admin-replace-link-text = Si este enlace ha llegado a quien no debía: un enlace nuevo lo sustituye, el anterior deja de funcionar de inmediato y el nuevo se le envía por correo electrónico.
admin-replace-link-confirm = Sustituir ahora el enlace de administración
admin-announcement = Anuncio para una lista de correo
admin-announcement-hint = Listo para pegar: el título, el enlace, la fecha límite y los horarios en { $zone } y en UTC.
admin-open-participant-page = Abrir la página de participantes
admin-download-ics = Descargar el archivo de calendario (.ics)
admin-mail = Correo
admin-mail-sent = Enviados: { $sent }.
admin-mail-pending = Pendientes de envío: { $pending } (se reintentará automáticamente).
admin-mail-failed = Fallidos: { $failed }.
admin-mail-failed-hint = No se pudieron entregar estos mensajes: el servidor de correo los rechazó o no se pudo establecer conexión con él. Una vez corregida la configuración del correo, vuelva a enviarlos:
admin-mail-retry = Reenviar los mensajes fallidos
admin-results-private = Solo usted ve las direcciones de correo electrónico y los husos horarios.
admin-results-hidden = Los participantes no verán las respuestas hasta que usted finalice la encuesta.
admin-finalize-heading = Elegir el horario de la reunión
admin-finalized-reopen = Si, en cambio, quiere volver a aceptar respuestas, vuelva a abrir la encuesta más abajo: se avisará a todas las personas afectadas de que la reunión queda cancelada.
admin-finalize-text = Todas las personas que hayan facilitado una dirección de correo electrónico, todas las personas invitadas y usted recibirán un mensaje con la hora en su propio huso horario y un archivo de calendario.
admin-finalize-slot = Horario
slot-counts = { $yes } sí, { $if_need_be } si es necesario
admin-finalize-recipients = { $count ->
    [one] Se enviará { $count } mensaje, solo a usted.
    [many] Se enviarán { $count } mensajes: a usted, a todas las personas que hayan facilitado una dirección de correo electrónico y a todas las personas invitadas.
   *[other] Se enviarán { $count } mensajes: a usted, a todas las personas que hayan facilitado una dirección de correo electrónico y a todas las personas invitadas.
}
admin-finalize-submit = Finalizar y notificar
admin-open-closed = Abierta o cerrada
admin-close-text = Al cerrar la encuesta, no se aceptan respuestas nuevas ni cambios; podrá volver a abrirla más adelante.
admin-close-submit = Cerrar la encuesta
admin-reopen-finalized-text = Al volver a abrir la encuesta, se anula el horario elegido y se vuelven a aceptar respuestas.
admin-reopen-cancel-recipients = { $count ->
    [one] Se le envía la cancelación para su calendario.
   *[other] Se envían { $count } mensajes con la cancelación para los calendarios: a usted y a todas las personas que recibieron la reunión.
}
admin-reopen-text = Al volver a abrir la encuesta, se vuelven a aceptar respuestas.
admin-reopen-submit = Volver a abrir la encuesta
admin-settings = Configuración
admin-deadline-hint = En { $zone }. Déjelo en blanco si no desea fijar una fecha límite.
admin-offer-if-need-be = Ofrecer “si es necesario” como respuesta
admin-settings-submit = Guardar la configuración
admin-slots = Horarios
admin-slots-text = Al quitar un horario, también se eliminan las respuestas de todos los participantes para ese horario.
admin-remove-slot-whose = el horario { $slot } y sus respuestas
admin-remove-slot-answers = { $count ->
    [one] Junto con este horario, se eliminará { $count } respuesta.
    [many] Junto con este horario, se eliminarán { $count } respuestas.
   *[other] Junto con este horario, se eliminarán { $count } respuestas.
}
admin-remove-slot-confirm = Quitar este horario
admin-add-slots = Añadir horarios
admin-add-slots-hint = Fecha y hora de inicio en { $zone }. Las filas vacías no se tienen en cuenta.
admin-add-slots-submit = Añadir estos horarios
admin-delete-heading = Eliminar la encuesta
admin-delete-text = Se eliminará la encuesta con todas sus respuestas y comentarios, de inmediato y de forma definitiva.
admin-delete-finalized-hint = Eliminar no envía ningún mensaje: la reunión permanece en el calendario de todas las personas que la recibieron. Para cancelarla, vuelva a abrir primero la encuesta (así se envía la cancelación) y después elimínela.
admin-delete-confirm = Sí, eliminar esta encuesta y todo su contenido
admin-delete-submit = Eliminar la encuesta
banner-settings-saved = Se ha guardado la configuración.
banner-slots-added = Se han añadido los horarios.
banner-slot-deleted = Se ha quitado el horario junto con sus respuestas.
banner-response-deleted = Se ha eliminado la respuesta.
banner-closed = La encuesta está cerrada: ya no se aceptan respuestas.
banner-reopened = La encuesta vuelve a estar abierta.
banner-mail-retried = Los mensajes fallidos se han vuelto a poner en la cola de envío.
banner-admin-link-replaced = Se ha sustituido el enlace de administración y el anterior ya no funciona. El nuevo enlace es la dirección de esta página; también se le ha enviado por correo electrónico.
banner-finalized = { $count ->
    [one] La encuesta está finalizada; { $count } mensaje con el horario de la reunión está en la cola de envío.
    [many] La encuesta está finalizada; { $count } mensajes con el horario de la reunión están en la cola de envío.
   *[other] La encuesta está finalizada; { $count } mensajes con el horario de la reunión están en la cola de envío.
}
banner-finalized-unknown = La encuesta está finalizada; los mensajes con el horario de la reunión están en la cola de envío.
copy = Copiar
copied = Copiado
copied-status = Copiado en el portapapeles.

## Fechas, horas y duraciones (en todas partes)

# Ejemplo: "martes, 23 de marzo de 2027, 13:00 (Europe/Zurich, UTC+01:00)".
datetime-long = { $date }, { $time } ({ $zone }, UTC{ $offset })
slot-label = { $date }, { $range }
utc-range = { $date }, { $range } UTC
duration-hours = { $count ->
    [one] { $count } hora
    [many] { $count } horas
   *[other] { $count } horas
}
duration-minutes = { $count ->
    [one] { $count } minuto
    [many] { $count } minutos
   *[other] { $count } minutos
}
# "1 hora y 30 minutos".
duration-both = { $hours } y { $minutes }
name-you = { $name } (usted)
utc-instant = { $date }, { $time } UTC

## Anuncio para una lista de correo (página de administración; en el idioma del organizador)

announcement-intro = { $organizer } desea saber cuándo pueden reunirse ({ $length }). Les rogamos que respondan en este enlace; la página muestra todas las horas en el huso horario de cada persona:
announcement-deadline = Respondan a más tardar el { $deadline } = { $utc }.
announcement-slots = Horarios propuestos, en { $zone } y en UTC:

## Correo (templates/mail/*). Cada mensaje se envía en el idioma del destinatario.

mail-greeting = Estimado/a { $name }:
mail-signature = — Convene
mail-signature-for = — Convene, en nombre de { $organizer }
mail-poll-label = Encuesta:
mail-admin-subject = Su encuesta “{ $title }” está lista
mail-admin-ready = Su encuesta “{ $title }” está lista.
mail-admin-replaced-subject = Nuevo enlace de administración para su encuesta “{ $title }”
mail-admin-replaced = Se ha sustituido el enlace de administración de su encuesta “{ $title }”. El enlace anterior ya no funciona; el nuevo figura a continuación.
mail-admin-share = Comparta este enlace con los participantes (por ejemplo, en su lista de correo):
mail-admin-keep-title = No comparta este enlace con nadie:
mail-admin-keep-text = le permite modificar la encuesta, ver las direcciones de correo electrónico de los participantes y elegir el horario definitivo.
mail-admin-slots = Horarios propuestos ({ $zone }):
mail-admin-own-zone = Todas las personas que abran la encuesta verán estas horas en su propio huso horario.
mail-edit-subject = Su respuesta a “{ $title }”
mail-edit-thanks = Gracias por responder a “{ $title }”. Sus respuestas, en { $zone }:
mail-edit-change = Para modificar su respuesta más adelante, utilice su enlace personal (no lo comparta con nadie):
mail-final-subject = { $title }: { $when }
mail-final-subject-updated = Actualización: { $title }: { $when }
mail-final-subject-cancelled = Cancelada: { $title }: { $when }
mail-final-chosen = Se ha elegido el horario de “{ $title }”.
mail-final-changed = Se han modificado los detalles de “{ $title }”. La reunión queda de la siguiente manera:
mail-final-cancelled = La reunión “{ $title }” no tendrá lugar a la hora indicada abajo: la persona organizadora ha reabierto la encuesta para elegir otra hora.
mail-final-your-time = Su hora ({ $zone }):
mail-final-utc = En UTC:
mail-final-where = Lugar: { $location }
mail-final-ics = La invitación adjunta (invitation.ics) añade la reunión a su calendario.
mail-final-ics-updated = La invitación adjunta (invitation.ics) actualiza la reunión en su calendario.
mail-final-ics-cancelled = El archivo adjunto (invitation.ics) elimina la reunión de su calendario.

## Problemas con los datos introducidos (formularios y API). $value es lo que escribió la persona;
## $field es uno de los nombres label-* siguientes (nombres de campo, entre comillas en las frases).

label-title = Título
label-description = Descripción
label-location = Lugar o enlace de la reunión
label-your-name = Su nombre
label-affiliation = Afiliación
label-name = El nombre
label-comment = Comentario
label-email = Correo electrónico
error-required = El campo “{ $field }” es obligatorio
error-too-long = El campo “{ $field }” tiene { $length } caracteres; se admite un máximo de { $max }
error-control = El campo “{ $field }” contiene un carácter de control ({ $code }); elimínelo
error-email = “{ $value }” no es una dirección de correo electrónico válida (debería tener un formato como nombre@example.org)
error-invitee-no-address = Esta línea no contiene ninguna dirección de correo electrónico.
error-invitee-unreadable = No se pudo leer esta línea: indique un nombre, una dirección de correo electrónico, una afiliación y una zona horaria, separados por comas.
error-zone = “{ $value }” no es un huso horario conocido; escriba una ciudad, por ejemplo, Zurich o Kathmandu, o un nombre IANA, como Europe/Zurich
error-language = “{ $value }” no es un idioma disponible en Convene; utilice uno de los siguientes: en, fr, es, ar, zh, ru
error-vote = “{ $value }” no es una respuesta válida; utilice yes, if_need_be o no
error-gap = { $local } no existe en { $zone }: al adelantarse la hora, los relojes pasan de UTC{ $before } a UTC{ $after } y se saltan esa hora; elija otra
error-ambiguous = { $local } ocurre dos veces en { $zone }, primero en UTC{ $earlier } y luego en UTC{ $later }; indique el desfase respecto de UTC, por ejemplo, { $example }
error-datetime = “{ $value }” no es una fecha y hora válidas; escríbala en el formato 2027-03-23T13:00 (hora local) o 2027-03-23T13:00+01:00
error-duration = “{ $value }” no es una duración de reunión válida; indique un número entero de minutos entre 1 y { $max }
error-deadline-past = La fecha límite { $value } ya ha pasado; elija una fecha posterior
error-deadline-far = { $years ->
    [one] La fecha límite { $value } está a más de { $years } año en el futuro
    [many] La fecha límite { $value } está a más de { $years } años en el futuro
   *[other] La fecha límite { $value } está a más de { $years } años en el futuro
}
error-slot = Horario { $n } ({ $value }): { $problem }
error-slot-past = El horario { $n } ({ $value }) ya ha pasado; elija una hora posterior
error-slot-far = { $years ->
    [one] El horario { $n } ({ $value }) está a más de { $years } año en el futuro; elija una fecha más próxima
    [many] El horario { $n } ({ $value }) está a más de { $years } años en el futuro; elija una fecha más próxima
   *[other] El horario { $n } ({ $value }) está a más de { $years } años en el futuro; elija una fecha más próxima
}
error-slot-seconds = El horario { $n } ({ $value }) incluye segundos; los horarios deben comenzar en un minuto exacto
error-slot-duplicate = El horario { $n } ({ $value }) coincide con otro horario; elimine el duplicado
error-no-slots = Indique al menos un horario propuesto
error-too-many-slots = Una encuesta puede tener como máximo { $max } horarios; esta tendría { $total }
error-no-new-slots = Indique al menos un horario nuevo
error-not-a-slot = “{ $value }” no es un horario de esta encuesta
error-no-if-need-be = Esta encuesta no ofrece la respuesta “si es necesario”; responda sí o no
error-answered-twice = El horario { $value } tiene dos respuestas
error-no-answer = Responda al menos para un horario
error-comment-empty = El comentario está vacío
error-choose-slot = Elija el horario en que se celebrará la reunión
error-confirm-delete = Marque la casilla para confirmar que desea eliminar la encuesta, sus respuestas y sus comentarios
error-half-rows = { $count ->
    [one] Indique la fecha y la hora del horario { $rows } o vacíe la fila
    [many] Indique la fecha y la hora de los horarios { $rows } o vacíe esas filas
   *[other] Indique la fecha y la hora de los horarios { $rows } o vacíe esas filas
}
error-row-half = Indique la fecha y la hora, o deje ambas en blanco.
error-row-format = “{ $value }” no es una fecha y hora válidas; escriba la fecha en el formato 2027-03-23 y la hora en el formato 13:00.
error-row-ambiguous = { $local } ocurre dos veces en { $zone } (porque se atrasa la hora): elija cuál en “{ $time }: ¿primera o segunda vez?”.
error-row-past = Esta hora ya ha pasado; elija una posterior.
error-row-duplicate = Esta hora coincide con la de otro horario; elimine el duplicado.
error-row = Horario { $n }: { $problem }
# Une dos mensajes del resumen de errores (conservar ambos marcadores).
joined = { $first } { $rest }

## Acciones rechazadas por el estado de la encuesta (página de error “No es posible en este momento”, API 409)

conflict-finalized-slots = La encuesta está finalizada; vuelva a abrirla para modificar sus horarios
conflict-chosen-slot = Este es el horario elegido; vuelva a abrir la encuesta antes de quitarlo
conflict-last-slot = Una encuesta debe tener al menos un horario; añada otro antes de quitar este
conflict-already-finalized = La encuesta ya está finalizada
conflict-finalize-again = La encuesta ya está finalizada; vuelva a abrirla para elegir otro horario
conflict-answers-finalized = Esta encuesta está finalizada; ya no se pueden modificar las respuestas
conflict-answers-closed = Esta encuesta está cerrada; ya no se pueden modificar las respuestas
conflict-answers-deadline = La fecha límite de esta encuesta ha vencido; ya no se pueden modificar las respuestas
conflict-responses-full = Esta encuesta ha alcanzado su límite de { $max } respuestas, por lo que no admite más. Las respuestas ya dadas todavía pueden modificarse.
conflict-comments-full = Esta encuesta ha alcanzado su límite de { $max } comentarios, por lo que no admite más.
conflict-mail-cap-finalize = Finalizar enviaría { $needed } mensajes, pero una encuesta puede enviar como máximo { $cap } en 24 horas y esta ya ha enviado { $queued }. No se ha cambiado nada. Vuelva a intentarlo más tarde o pida a los responsables de este servicio Convene que amplíen el límite.
conflict-mail-cap-update = Guardar estos cambios enviaría la reunión actualizada a { $needed } personas, pero una encuesta puede enviar como máximo { $cap } mensajes en 24 horas y esta ya ha enviado { $queued }. No se ha cambiado nada. Vuelva a intentarlo más tarde o pida a los responsables de este servicio Convene que amplíen el límite.
conflict-mail-cap-reopen = Reabrir enviaría la cancelación de la reunión a { $needed } personas, pero una encuesta puede enviar como máximo { $cap } mensajes en 24 horas y esta ya ha enviado { $queued }. No se ha cambiado nada. Inténtelo más tarde o pida a quien gestiona este servicio Convene que aumente el límite.

## Invitaciones, recordatorios y configuración del correo (página de administración, src/web/pages/invitees.rs,
## src/web/pages/admin.rs; página de la persona invitada, templates/polls/show.html)

personal-invited = { $organizer } le ha invitado a esta encuesta.
personal-invited-text = Este es su enlace de invitación personal: su nombre ya figura en el formulario y su respuesta se guarda con ese nombre. Vuelva a este enlace para modificar su respuesta; no lo reenvíe.
admin-invitees = Personas invitadas
admin-invitees-none = Todavía no hay nadie invitado por correo electrónico. Añada personas abajo: cada una recibirá su propio enlace, y esta página mostrará quién ha respondido.
invitee-name = Nombre
invitee-email = Dirección de correo electrónico
invitee-zone = Huso horario
invitee-status = Respuesta
invitee-required = Imprescindible
invitee-required-yes = Imprescindible
invitee-required-no = Marcar como imprescindible
invitee-remove = Quitar
invitee-remove-text = ¿Quitar a { $name } de las personas invitadas? Su enlace personal dejará de funcionar; la respuesta que haya dado se conserva.
invitee-remove-confirm = Sí, quitar
invitee-answered = Ha respondido
invitee-not-invited = Aún sin invitar
invitee-invited = Invitación enviada el { $when }
invitee-reminded = Invitación enviada el { $invited }, recordatorio el { $reminded }
admin-invitees-answered = Respuestas de las personas invitadas: { $answered } de { $invited }.
admin-invitees-group = { $affiliation }: { $answered } de { $invited }
admin-not-invited = { $count ->
    [one] { $count } persona invitada aún no ha recibido la invitación.
    [many] { $count } personas invitadas aún no han recibido la invitación.
   *[other] { $count } personas invitadas aún no han recibido la invitación.
}
admin-send-invitations = { $count ->
    [one] Enviar la invitación
    [many] Enviar las { $count } invitaciones
   *[other] Enviar las { $count } invitaciones
}
admin-remind-hint = Cada persona invitada recibe como máximo un mensaje al día, y quienes ya han respondido no reciben ninguno.
admin-remind-submit = { $count ->
    [0] No hay nadie a quien enviar un recordatorio ahora
    [one] Enviar un recordatorio a la persona que no ha respondido
    [many] Enviar un recordatorio a las { $count } personas que no han respondido
   *[other] Enviar un recordatorio a las { $count } personas que no han respondido
}
admin-invite-closed = La encuesta no acepta respuestas en este momento, por lo que no se pueden enviar invitaciones ni recordatorios.
admin-add-invitees = Añadir personas
admin-invitee-list = Pegar una lista
admin-invitee-list-hint = Una persona por línea: Nombre <dirección>, una dirección sola, o Nombre, dirección, afiliación (puede seguir un huso horario). También sirve un CSV con una fila de encabezado (name, email, affiliation, timezone). Una dirección que aparezca dos veces se añade una sola vez.
admin-invitee-lines-unused = { $count ->
    [one] No se pudo usar { $count } línea:
    [many] No se pudieron usar { $count } líneas:
   *[other] No se pudieron usar { $count } líneas:
}
admin-invitee-line-error = Línea { $n }: “{ $text }”: { $reason }
admin-invitee-file = O elija un archivo CSV
admin-invitee-send = Enviar ahora la invitación a cada persona nueva
admin-invitee-add-submit = Añadir
admin-invitees-report = { $added ->
    [one] Se ha añadido { $added } persona
    [many] Se han añadido { $added } personas
   *[other] Se han añadido { $added } personas
}, { $invited ->
    [one] se ha enviado { $invited } invitación
    [many] se han enviado { $invited } invitaciones
   *[other] se han enviado { $invited } invitaciones
}. { $unused ->
    [one] No se pudo usar { $unused } línea: está de nuevo en el cuadro de abajo para que la corrija y vuelva a añadirla.
    [many] No se pudieron usar { $unused } líneas: están de nuevo en el cuadro de abajo para que las corrija y vuelva a añadirlas.
   *[other] No se pudieron usar { $unused } líneas: están de nuevo en el cuadro de abajo para que las corrija y vuelva a añadirlas.
}
banner-invitees-added = { $added ->
    [one] Se ha añadido { $added } persona
    [many] Se han añadido { $added } personas
   *[other] Se han añadido { $added } personas
}, { $invited ->
    [one] se ha enviado { $invited } invitación
    [many] se han enviado { $invited } invitaciones
   *[other] se han enviado { $invited } invitaciones
}. { $merged ->
    [0] {""}
    [one] { $merged } dirección ya figuraba en la lista.
    [many] { $merged } direcciones ya figuraban en la lista.
   *[other] { $merged } direcciones ya figuraban en la lista.
} { $updated ->
    [0] {""}
    [one] Se han actualizado los datos de { $updated } persona invitada.
    [many] Se han actualizado los datos de { $updated } personas invitadas.
   *[other] Se han actualizado los datos de { $updated } personas invitadas.
}
banner-invitations-sent = { $count ->
    [one] { $count } invitación está en la cola de envío.
    [many] { $count } invitaciones están en la cola de envío.
   *[other] { $count } invitaciones están en la cola de envío.
}
banner-reminders-sent = { $count ->
    [0] No se ha enviado ningún recordatorio: todas las personas han respondido o recibieron un mensaje en las últimas 24 horas.
    [one] { $count } recordatorio está en la cola de envío.
    [many] { $count } recordatorios están en la cola de envío.
   *[other] { $count } recordatorios están en la cola de envío.
}
banner-invitee-removed = Se ha quitado a la persona invitada. Sus enlaces personales ya no funcionan; la respuesta que haya dado se conserva.
banner-required-saved = Guardado: la tabla de personas necesarias para la reunión ya lo refleja.
banner-notifications-saved = Se ha guardado su configuración del correo.

## Personas necesarias para la reunión (página de administración)

quorum-heading = Personas necesarias para la reunión
quorum-hint = Para cada horario: si pueden asistir todas las personas marcadas como imprescindibles, y cuántas personas invitadas de cada afiliación no pueden asistir o aún no han respondido.
quorum-slot = Horario
quorum-required = Personas imprescindibles
quorum-invitees = Personas invitadas que faltan
quorum-none-required = No hay nadie marcado como imprescindible.
quorum-all-required = { $count ->
    [one] La persona imprescindible puede asistir.
    [many] Las { $count } personas imprescindibles pueden asistir.
   *[other] Las { $count } personas imprescindibles pueden asistir.
}
quorum-person-no-answer = { $name } (aún sin respuesta)
quorum-person-cannot = { $name } (no puede)
quorum-required-missing = Faltan: { $names }
quorum-gap = { $missing } de { $affiliation } ({ $invited ->
    [one] { $invited } persona invitada
    [many] { $invited } personas invitadas
   *[other] { $invited } personas invitadas
    })
quorum-missing = Faltan: { $groups }
quorum-nobody-missing = Todas las personas invitadas pueden asistir.
quorum-no-affiliation = Sin afiliación
quorum-gap-none = { $missing } sin afiliación ({ $invited ->
    [one] { $invited } persona invitada
    [many] { $invited } personas invitadas
   *[other] { $invited } personas invitadas
    })

## Cambiar de horario una reunión finalizada, configuración del correo, la próxima encuesta de una serie (página de administración)

admin-finalized-move = La reunión está fijada. Puede cambiarla a otro horario: todas las personas afectadas recibirán la nueva hora, y el evento se moverá en sus calendarios.
admin-move-recipients = { $count ->
    [one] Se enviará { $count } mensaje, solo a usted.
    [many] Se enviarán { $count } mensajes: a usted y a todas las personas afectadas.
   *[other] Se enviarán { $count } mensajes: a usted y a todas las personas afectadas.
}
admin-move-submit = Cambiar la reunión a este horario
admin-notify-heading = Correo para usted
admin-notify-legend = Sobre las nuevas respuestas y comentarios, escribir a { $email }:
admin-notify-none = nunca (consulte esta página)
admin-notify-each = con cada nueva respuesta o comentario
admin-notify-digest = un resumen diario, hacia las 09:00 en el huso horario de la encuesta, cuando haya novedades
admin-remind-before = Recordatorio automático, horas antes de la fecha límite
admin-remind-before-hint = Las personas invitadas que no hayan respondido recibirán un recordatorio, hacia las 09:00 en su propio huso horario (nunca de noche), al menos ese número de horas antes de la fecha límite. Déjelo en blanco si no desea enviarlo.
admin-remind-before-no-deadline = Requiere una fecha límite: fíjela en la configuración.
admin-notify-submit = Guardar la configuración del correo
admin-duplicate-heading = Próxima reunión de esta serie
admin-duplicate-text = { $count ->
    [0] Una encuesta nueva con el mismo título, descripción, lugar, duración y opciones, y con sus propios horarios y fecha límite.
    [one] Una encuesta nueva con el mismo título, descripción, lugar, duración y opciones, y con su persona invitada (que recibirá la invitación cuando usted lo indique); indique abajo sus horarios.
    [many] Una encuesta nueva con el mismo título, descripción, lugar, duración y opciones, y con sus { $count } personas invitadas (que recibirán la invitación cuando usted lo indique); indique abajo sus horarios.
   *[other] Una encuesta nueva con el mismo título, descripción, lugar, duración y opciones, y con sus { $count } personas invitadas (que recibirán la invitación cuando usted lo indique); indique abajo sus horarios.
}
admin-duplicate-submit = Crear la encuesta nueva

## Correo sobre invitaciones y actividad (templates/mail/invitation, templates/mail/activity)

mail-greeting-anonymous = Hola:
mail-invite-subject = { $organizer } le pregunta cuándo puede reunirse: “{ $title }”
mail-reminder-subject = Recordatorio: ¿cuándo puede reunirse? “{ $title }”
mail-reminder-subject-deadline = Recordatorio: responda a más tardar el { $deadline }: “{ $title }”
mail-invite-intro = { $organizer } le invita a indicar cuándo puede reunirse para “{ $title }”.
mail-reminder-intro = { $organizer } sigue esperando su respuesta sobre “{ $title }”.
mail-invite-slots = Los horarios propuestos, en su huso horario ({ $zone }):
mail-invite-deadline = Responda a más tardar el { $deadline }.
mail-invite-link = Su enlace personal (rellena su nombre y guarda su respuesta):
mail-invite-personal = Este enlace es solo para usted: no lo reenvíe. Vuelva a él para modificar su respuesta mientras la encuesta siga abierta.
mail-final-subject-moved = Nueva hora: { $title }: { $when }
mail-final-moved = La reunión “{ $title }” ha cambiado de horario.
mail-final-was = Horario anterior ({ $zone }):
mail-notice-subject-answer = { $name } ha respondido a “{ $title }”
mail-notice-subject-changed = { $name } ha modificado su respuesta a “{ $title }”
mail-notice-subject-comment = { $name } ha comentado en “{ $title }”
mail-digest-subject = “{ $title }”: { $answers ->
    [one] { $answers } respuesta nueva
    [many] { $answers } respuestas nuevas
   *[other] { $answers } respuestas nuevas
}, { $comments ->
    [one] { $comments } comentario
    [many] { $comments } comentarios
   *[other] { $comments } comentarios
}
mail-notice-intro = Hay novedades en su encuesta “{ $title }”.
mail-digest-intro = Esto es lo que ha ocurrido en su encuesta “{ $title }” desde el último resumen.
mail-activity-answered = { $name } ha respondido:
mail-activity-changed = { $name } ha modificado su respuesta:
mail-activity-comment = { $name } ha escrito:
mail-activity-total = { $count ->
    [one] { $count } respuesta en total.
    [many] { $count } respuestas en total.
   *[other] { $count } respuestas en total.
}
mail-activity-invitees = Respuestas de las personas invitadas: { $answered } de { $invited }.
mail-activity-best = Mejor horario hasta ahora: { $slot } ({ $counts }).
mail-activity-settings = Recibe este mensaje por la configuración del correo de la página de administración de su encuesta; puede cambiarla allí.

## Problemas con las invitaciones y la configuración del correo (formularios y API)

error-invitees-empty = La lista está vacía: pegue una persona por línea o elija un archivo.
error-invitees-both = Pegue una lista o elija un archivo, pero no ambas cosas.
error-invitee-file-empty = El archivo está vacío.
error-invitee-file-encoding = El archivo no es texto UTF-8. En su hoja de cálculo, guárdelo como “CSV UTF-8” y vuelva a elegirlo.
error-notify = “{ $value }” no es una opción de correo válida: utilice none, each o digest
error-remind-before = “{ $value }” no es un número de horas entre 1 y 720
conflict-invite-closed = Esta encuesta no acepta respuestas en este momento, por lo que no se puede enviar ninguna invitación. Vuelva a abrirla primero.
conflict-remind-closed = Esta encuesta no acepta respuestas en este momento, por lo que no se puede enviar ningún recordatorio.
conflict-invitees-max = Una encuesta puede tener como máximo { $max } personas invitadas.
conflict-mail-cap-invite = Las invitaciones supondrían enviar { $needed } mensajes, pero una encuesta puede enviar como máximo { $cap } en 24 horas y esta ya ha enviado { $queued }. No se ha cambiado nada. Vuelva a intentarlo más tarde o pida a los responsables de este servicio Convene que amplíen el límite.
conflict-mail-cap-remind = Los recordatorios supondrían enviar { $needed } mensajes, pero una encuesta puede enviar como máximo { $cap } en 24 horas y esta ya ha enviado { $queued }. No se ha cambiado nada. Vuelva a intentarlo más tarde o pida a los responsables de este servicio Convene que amplíen el límite.

## Según el reloj de cada persona: lo que supone cada horario para las personas en su propio huso horario
## (resultados y página de administración, src/web/pages/fairness.rs, src/web/pages/view.rs)

# Cuántas personas quedan de noche, fuera de las horas de trabajo o todas en horas de trabajo con un horario;
# se muestra tras ☾, ◐ y ☀: “☾ 2 personas de noche · ◐ 1 persona fuera de las horas de trabajo”.
cost-night = { $count ->
    [one] { $count } persona de noche
    [many] { $count } personas de noche
   *[other] { $count } personas de noche
}
cost-off = { $count ->
    [one] { $count } persona fuera de las horas de trabajo
    [many] { $count } personas fuera de las horas de trabajo
   *[other] { $count } personas fuera de las horas de trabajo
}
cost-none = { $count ->
    [one] horas de trabajo para la única persona
    [many] horas de trabajo para las { $count } personas
   *[other] horas de trabajo para las { $count } personas
}
# Encabezado de la fila que va debajo de los totales.
results-cost-row = Hora local de cada uno
fairness-heading = Según el reloj de cada persona
fairness-hint = Hora de inicio de cada horario en el huso horario de cada participante: ☀ horas de trabajo, ◐ fuera de las horas de trabajo (a primera hora de la mañana o a última hora de la tarde), ☾ noche. Entre los horarios con el mismo número de personas disponibles, el mejor es el de menor puntuación: 3 puntos por cada persona a la que le toca de noche y 1 por cada persona a la que le toca fuera de las horas de trabajo.
fairness-none = Cuando las personas respondan, sus horas locales aparecerán aquí.
fairness-zone = Huso horario (personas)
class-working = horas de trabajo
class-off = fuera de las horas de trabajo
class-night = noche
fairness-hours-heading = Horas del día
fairness-hours-hint = Según el reloj de cada persona. Fin de la noche, inicio del trabajo, fin del trabajo, inicio de la noche.
field-day-start = Fin de la noche
field-work-start = Inicio del trabajo
field-work-end = Fin del trabajo
field-night-start = Inicio de la noche
fairness-hours-submit = Guardar las horas
banner-hours-saved = Se han guardado las horas del día; a partir de ahora se usan para valorar cada horario.
error-hour = “{ $value }” no es una hora válida; escríbala en el formato 07:00
error-hours-order = Las horas deben ir en este orden: fin de la noche, después inicio del trabajo, después fin del trabajo y después inicio de la noche

## El planificador (templates/planner/show.html, src/web/pages/planner.rs)

planner-title = Buscar horarios equitativos
planner-heading = Encuentre horarios equitativos para todos
planner-lead = Indique los días, la duración de la reunión y dónde están las personas; el planificador propone las horas de inicio con las que menos personas quedan de noche o fuera de las horas de trabajo según su propio reloj.
planner-back-to-admin = Volver a la página de administración de la encuesta
planner-from = Primer día
planner-to = Último día
planner-zone = Su huso horario
planner-zone-hint = Los días y los días de la semana se interpretan en este huso horario.
# $minutes es 15, 30 o 60.
planner-step = Probar una hora de inicio cada
planner-step-minutes = { $minutes } minutos
planner-weekdays = Estos días de la semana
weekday-mon = Lunes
weekday-tue = Martes
weekday-wed = Miércoles
weekday-thu = Jueves
weekday-fri = Viernes
weekday-sat = Sábado
weekday-sun = Domingo
planner-zones = Dónde están las personas
planner-zones-hint = Un huso horario o una ciudad por línea, con el número de personas que hay allí: “Asia/Kathmandu 3”, “new york 2”.
planner-submit = Proponer horas
planner-proposals = Horas de inicio propuestas
planner-rule = Ordenadas por puntuación (3 puntos por cada persona a la que le toca de noche y 1 por cada persona a la que le toca fuera de las horas de trabajo), después por menor número de personas de noche y, por último, de la más temprana a la más tardía. Cada franja es el día de un huso horario, desde la medianoche: horas de trabajo, fuera de las horas de trabajo y noche, con la reunión marcada.
planner-none = Ninguna hora de inicio encaja en estos días.
planner-score = puntuación: { $score }
planner-start-poll = Crear una encuesta con las horas elegidas
planner-add-slots = Añadir las horas elegidas como horarios
# En la página de creación y en la de administración, un enlace al planificador.
planner-link = ¿No sabe qué horas proponer? Deje que el planificador le sugiera unas equitativas.
error-date = “{ $value }” no es una fecha válida; escríbala en el formato 2027-03-22
error-planner-range-empty = El último día es anterior al primero
error-planner-range-long = { $days ->
    [one] El período supera { $days } día
    [many] El período supera { $days } días
   *[other] El período supera { $days } días
}
error-planner-step = Elija un intervalo de 15, 30 o 60 minutos
error-planner-zones-empty = Indique al menos un huso horario
# $problem indica qué falla en la línea.
error-planner-zone-line = Línea { $n }: { $problem }

## Issue 8: límites del planificador y la carga repartida a lo largo de una serie
error-planner-too-much = Son demasiadas horas de inicio para tantos husos horarios: elija un intervalo más largo, menos días o menos husos horarios
series-heading = A lo largo de esta serie
# $count: las reuniones de la serie cuyo horario se ha elegido.
series-hint = { $count ->
    [one] Cuántas veces la única reunión de esta serie cuyo horario se ha elegido cayó de noche o fuera de las horas de trabajo en cada huso horario (según las horas del día de esta encuesta). Los husos horarios de arriba son los que han cargado con las horas incómodas: un horario que les ahorre esas horas reparte la carga.
    [many] Cuántas veces las { $count } reuniones de esta serie cuyo horario se ha elegido cayeron de noche o fuera de las horas de trabajo en cada huso horario (según las horas del día de esta encuesta). Los husos horarios de arriba son los que han cargado con las horas incómodas: un horario que les ahorre esas horas reparte la carga.
   *[other] Cuántas veces las { $count } reuniones de esta serie cuyo horario se ha elegido cayeron de noche o fuera de las horas de trabajo en cada huso horario (según las horas del día de esta encuesta). Los husos horarios de arriba son los que han cargado con las horas incómodas: un horario que les ahorre esas horas reparte la carga.
}
series-no-zones = Todavía no se conoce el huso horario de nadie: la tabla aparecerá cuando las personas respondan o cuando las personas invitadas tengan un huso horario.
series-night = reuniones de noche
series-off = reuniones fuera de las horas de trabajo

## Issue 11: cuadrículas de disponibilidad
# $value: el tipo tal como se envió.
error-poll-kind = “{ $value }” no es un tipo de encuesta: elija horarios propuestos, días completos o una cuadrícula de disponibilidad
# $value: la celda tal como se envió (un instante UTC).
error-not-a-cell = “{ $value }” no es una celda de la cuadrícula de esta encuesta
# $value: el tamaño de celda tal como se escribió.
error-grid-cell = Una celda dura 15, 30 o 60 minutos, no “{ $value }”
error-grid-range-empty = El último día es anterior al primero
error-grid-range-long = { $days ->
    [one] Una cuadrícula abarca como máximo { $days } día
    [many] Una cuadrícula abarca como máximo { $days } días
   *[other] Una cuadrícula abarca como máximo { $days } días
}
error-grid-aligned = Las horas de cada día deben coincidir con los límites de las celdas (cada { $minutes } minutos)
error-grid-past = Esta cuadrícula ya ha terminado: su último día debe ser hoy o posterior
create-kind = Qué preguntar
create-kind-times = Horarios propuestos
create-kind-times-hint = Algunos horarios que usted propone; cada participante responde sí, si es necesario o no a cada uno.
create-kind-availability = Una cuadrícula de disponibilidad
create-kind-availability-hint = Un período de días y horas; cada participante marca cuándo está disponible, y usted elige el tramo que convenga a la mayoría.
create-grid = La cuadrícula
create-grid-hint = Días y horas según su reloj (el huso horario de la encuesta). Cada persona ve la cuadrícula según su propio reloj. Si la hora final es anterior a la inicial, el período se extiende más allá de la medianoche.
field-grid-from = Primer día
field-grid-to = Último día
field-grid-day-start = Cada día desde las
field-grid-day-end = Cada día hasta las
field-grid-day-end-hint = Una hora anterior a la de inicio corresponde al día siguiente (de 22:00 a 02:00).
field-grid-cell = Celdas de
grid-answer-heading = ¿Cuándo está disponible?
grid-answer-hint = Marque cada hora en la que esté disponible. La cuadrícula sigue su reloj: los días y las horas corresponden a su huso horario.
grid-answer-caption = Su disponibilidad: una fila por cada hora del día y una columna por cada fecha
grid-paint-legend = Marcar como
grid-paint-clear = No disponible
grid-keys-hint = Arrastre el ratón sobre las celdas, o use las teclas de flecha y la barra espaciadora; con Mayús y una tecla de flecha, se marcan las celdas a medida que avanza.
grid-time = Hora
grid-best-heading = Mejores tramos
grid-no-window = Todavía no hay ningún tramo que le convenga a nadie.
# $count: las personas que han respondido.
grid-heat-hint = { $count ->
    [one] Cuántas personas están disponibles en cada celda, de la única persona que ha respondido; (+N) indica las que están disponibles si es necesario. Cuanto más oscuro, más personas.
    [many] Cuántas de las { $count } personas que han respondido están disponibles en cada celda; (+N) indica las que están disponibles si es necesario. Cuanto más oscuro, más personas.
   *[other] Cuántas de las { $count } personas que han respondido están disponibles en cada celda; (+N) indica las que están disponibles si es necesario. Cuanto más oscuro, más personas.
}
grid-heat-caption = Quién está disponible y cuándo: número de personas por celda
grid-heat-legend = personas disponibles
grid-nobody = nadie
# $maybe: nombres.
grid-names-maybe-only = si es necesario: { $maybe }
# $yes y $maybe: nombres.
grid-names-both = { $yes }; si es necesario: { $maybe }
# $count: las personas disponibles durante todo el tramo.
grid-window-free = { $count ->
    [one] { $count } persona disponible
    [many] { $count } personas disponibles
   *[other] { $count } personas disponibles
}
# $count: las personas disponibles; $maybe: cuántas de ellas solo si es necesario.
grid-window-free-maybe = { $count ->
    [one] { $count } persona disponible
    [many] { $count } personas disponibles
   *[other] { $count } personas disponibles
}, { $maybe } de ellas si es necesario
grid-finalize-label = La reunión empieza a las
# $zone: el huso horario de las horas.
grid-finalize-hint = Horas en { $zone }. A partir de la hora elegida, la reunión dura lo que indica la encuesta.
grid-finalize-choose = Elija una hora de inicio
grid-finalize-any = Cualquier hora de inicio
# La cuadrícula de una encuesta de disponibilidad en un correo. $from y $to: fechas; $start y $end: HH:MM en el huso horario $zone; $minutes: el tamaño de las celdas.
mail-grid-summary = Cada participante marca cuándo está disponible del { $from } al { $to }, cada día de { $start } a { $end } (en { $zone }), en celdas de { $minutes } minutos. La página de la encuesta muestra la cuadrícula según su propio reloj.
# $title: la encuesta.
mail-edit-thanks-grid = Gracias por indicar cuándo está disponible para “{ $title }”.
# $value: la celda (un instante UTC).
error-marked-twice = La celda { $value } está marcada a la vez como disponible y como “si es necesario”: elija una de las dos opciones

## Issue 8: mejoras del planificador
planner-count = Propuestas que mostrar
planner-finalized = La encuesta está finalizada: vuelva a abrirla en su página de administración para añadir horarios.
error-planner-weekdays = Marque al menos un día de la semana
# $value: tal como se escribió; $max: el número máximo de propuestas.
error-planner-proposals = “{ $value }” no es un número de propuestas entre 1 y { $max }
error-planner-range-past = Este período ya ha terminado: su último día debe ser hoy o posterior
# $value: el número tal como se escribió.
error-planner-count = “{ $value }” no es un número de personas entre 1 y 10 000
# $value: the weekdays as sent.
error-grid-weekday = “{ $value }” no es una lista de días de la semana (mon, tue, wed, thu, fri, sat, sun)
error-grid-no-day = Ninguno de estos días cae en un día de la semana marcado
error-grid-no-slots = Una encuesta de disponibilidad no tiene franjas que añadir: cada persona marca las celdas de su cuadrícula

## dates
create-kind-dates = Días completos
create-kind-dates-hint = Algunas fechas que usted propone, para una reunión que ocupa el día; cada persona responde sí, si es necesario o no a cada una. Una fecha es la misma para todos, sea cual sea su zona horaria.
create-days = Fechas propuestas
create-days-hint = Una fecha por fila. Las filas vacías se ignoran.
create-duration-days-hint = No se usa para días completos.
day-row-number = Fecha
# $n: the row's number.
day-row-legend = Fecha { $n }
day-row-add = Añadir una fecha
day-all-day = todo el día
# $date: the date in full (Sunday 28 March 2027).
day-label = { $date }, todo el día
answer-days-hint = Cada opción es un día completo: la misma fecha para todos, estén donde estén.
admin-announcement-days-hint = Listo para pegar: el título, el enlace, la fecha límite y las fechas.
admin-add-days = Añadir fechas
admin-add-days-hint = Una fecha por fila. Las filas vacías se ignoran.
announcement-intro-days = { $organizer } pregunta qué días puede reunirse. Responda en este enlace:
announcement-days = Las fechas propuestas (las mismas para todos, sea cual sea su zona horaria):
mail-admin-days = Fechas propuestas (las mismas para todos, sea cual sea su zona horaria):
mail-edit-thanks-days = gracias por responder a “{ $title }”. Sus respuestas:
mail-invite-days = Las fechas propuestas (las mismas para todos, sea cual sea su zona horaria):
mail-final-day = La fecha:
mail-final-was-day = Era el:
# $n: the date's number in the list; $value: the text given.
error-day-format = La fecha { $n } (“{ $value }”) no es una fecha; escríbala como 2027-03-28
error-day-past = La fecha { $n } ({ $value }) ya pasó; elija hoy o una fecha posterior
error-day-far = La fecha { $n } ({ $value }) está a más de { $years } años; elija una fecha más cercana
error-day-duplicate = La fecha { $n } ({ $value }) aparece dos veces; elimine la repetida
error-no-days = Indique al menos una fecha propuesta
error-row-day-format = “{ $value }” no es una fecha; escríbala como 2027-03-28.
error-row-day-past = Esta fecha ya pasó; elija hoy o una posterior.
error-row-day-duplicate = Esta fecha aparece dos veces; elimine la repetida.
error-day-row = Fecha { $n }: { $problem }

## exports
# Etiqueta de un horario en los archivos exportados. $date: la fecha local completa; $time: HH:MM en la hora de $zone (identificador IANA); $utc: la hora UTC (HH:MM, o AAAA-MM-DD HH:MM cuando la fecha UTC es otro día).
export-slot-label = { $date } { $time } { $zone } ({ $utc } UTC)
export-csv-name = Nombre
export-csv-affiliation = Afiliación
export-csv-zone = Zona horaria
export-csv-answered-at = Respondido el (UTC)
export-csv-email = Correo electrónico
export-csv-yes = sí
export-csv-if-need-be = si es necesario
export-csv-no = no
export-participants-heading = { $title } — participantes
export-participants-when = { $local } — { $utc }
export-participants-no-affiliation = Sin afiliación
export-participants-group = { $affiliation } ({ $count })
export-participants-if-need-be = { $name } (si es necesario)
export-participants-count = { $count ->
    [one] { $count } persona puede asistir.
   *[other] { $count } personas pueden asistir.
}
export-participants-not-answered = { $count ->
    [one] { $count } invitado no ha respondido.
   *[other] { $count } invitados no han respondido.
}
export-heading = Exportar
export-csv-link = Descargar las respuestas (CSV)
export-csv-emails-link = Descargar las respuestas con las direcciones de correo (CSV)
export-csv-hint = Un archivo de hoja de cálculo: una fila por respuesta, una columna por horario, en la zona horaria de la encuesta y en UTC. Una celda vacía significa que no hubo respuesta para ese horario, lo que no es un «no». Las celdas que una hoja de cálculo podría ejecutar como fórmula empiezan con un apóstrofo.
export-participants-link = Descargar la lista de participantes (texto)
export-participants-show = Ver la lista de participantes
export-participants-none-yet = La lista de participantes estará lista cuando se elija un horario.
export-participants-page-title = Participantes: { $title }
export-participants-page-hint = Quienes pueden asistir en el horario elegido, por afiliación, listos para copiar en el acta.
export-participants-label = Lista de participantes
export-back-admin = Volver a la página del organizador
export-feed-heading = Suscripción de calendario
export-feed-label = Dirección de suscripción
export-feed-hint = Añada esta dirección a su programa de calendario como suscripción («Desde URL» o «Suscribirse a un calendario»). Muestra la reunión cuando se elige un horario y sigue cualquier cambio; los calendarios la consultan aproximadamente una vez por hora. Solo permite leer: nadie puede cambiar la encuesta con ella.
export-feed-subscribe = Suscribirse en su programa de calendario
export-feed-none = Esta encuesta aún no tiene dirección de suscripción.
export-feed-create = Crear una dirección de suscripción
export-feed-replace = Sustituir la dirección de suscripción
export-feed-replace-text = La dirección actual deja de funcionar al instante: los calendarios suscritos a ella ya no muestran la reunión. Los participantes ven la nueva dirección en la página de la encuesta cuando se elige un horario.
export-feed-replace-confirm = Sustituirla ahora
banner-feed-replaced = La suscripción de calendario tiene una nueva dirección; la anterior ya no funciona.
export-add-heading = Añadir a un calendario en línea
export-add-google = Añadir a Google Calendar
export-add-outlook = Añadir a Outlook.com
export-add-office = Añadir a Microsoft 365 (Outlook en la web)
export-add-note = Estos enlaces salen de Convene: abren el sitio del propio servicio de calendario con la reunión ya rellenada, y usted la guarda allí.

## lifecycle
# The expiry warning mailed to the organizer. $title: the poll.
mail-expiry-subject = Su encuesta “{ $title }” se eliminará pronto
# $title: the poll; $date: the deletion date on the poll's clock.
mail-expiry-intro = su encuesta “{ $title }” se eliminará el { $date }.
mail-expiry-what = Entonces desaparecerá todo lo que contiene: sus horarios, cada respuesta y cada voto, los comentarios, la lista de invitados y sus correos. Nadie podrá recuperarla.
mail-expiry-keep = Para conservarla, abra este enlace y pulse “Conservar esta encuesta”:
mail-expiry-nothing = Si ya no la necesita, no tiene que hacer nada.
mail-expiry-poll = La encuesta:
# Why the poll is deleted on that date. $days: the retention period in days.
lifecycle-reason-meeting = { $days ->
    [one] { $days } día
   *[other] { $days } días
} después de su reunión
lifecycle-reason-activity = { $days ->
    [one] { $days } día
   *[other] { $days } días
} después de su última actividad
lifecycle-reason-keep = { $days ->
    [one] { $days } día
   *[other] { $days } días
} después de que usted eligiera conservarla
# $date: the deletion date.
lifecycle-deleted-on = Esta encuesta y sus respuestas se eliminarán el { $date }.
# $date: the deletion date on the poll's clock; $reason: one of the lifecycle-reason texts.
lifecycle-admin-deleted-on = Esta encuesta y sus respuestas se eliminarán el { $date } ({ $reason }).
lifecycle-heading = Cuánto tiempo se conserva esta encuesta
keep-page-title = Conservar esta encuesta
keep-page-text = Pulse el botón para conservar la encuesta y aplazar su eliminación. Las respuestas, la configuración y los enlaces no cambian.
keep-button = Conservar esta encuesta
keep-done = La encuesta se conserva: no se eliminará antes de la fecha que figura abajo.
banner-kept = La encuesta se conserva: no se eliminará antes de la fecha indicada aquí.
lifecycle-reason-options = { $days ->
    [one] 1 día
   *[other] { $days } días
} después del último horario que propone o de su fecha límite
error-start-no-grid = Esta encuesta no tiene cuadrícula de disponibilidad: elija una de sus opciones con slot_id
export-csv-hint-days = Un archivo de hoja de cálculo: una fila por respuesta, una columna por fecha. Una celda vacía significa que no hubo respuesta para esa fecha, lo que no es un “no”. Las celdas que una hoja de cálculo podría ejecutar como fórmula empiezan con un apóstrofo.
results-legend-days = Cada celda muestra la respuesta con un símbolo y una palabra: ✓ sí, (✓) si es necesario, ✗ no, – sin respuesta. “Mejor opción” señala la fecha con más personas disponibles (sí más si es necesario); en caso de empate, la que tiene más sí y después la más temprana.
mail-final-chosen-day = Se ha elegido la fecha de “{ $title }”.
date-format-hint-days = Si su navegador muestra cuadros de texto simples, escriba las fechas como 2027-03-23.
error-day-exists = La fecha { $n } ({ $value }) ya es una de las fechas de esta encuesta
