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
results-legend = Cada celda muestra la respuesta con un símbolo y una palabra: ✓ sí, (✓) si es necesario, ✗ no, – sin respuesta. “Mejor opción” señala el horario con más personas disponibles (sí más si es necesario); en caso de empate, se elige el horario con más respuestas “sí” y, si persiste el empate, el más temprano.
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
admin-finalized-reopen = La encuesta está finalizada. Para elegir otro horario, primero vuelva a abrirla.
admin-finalize-text = Usted y todas las personas que hayan facilitado una dirección de correo electrónico recibirán un mensaje con la hora en su propio huso horario y un archivo de calendario.
admin-finalize-slot = Horario
slot-counts = { $yes } sí, { $if_need_be } si es necesario
admin-finalize-recipients = { $count ->
    [one] Se enviará { $count } mensaje, solo a usted.
    [many] Se enviarán { $count } mensajes: a usted y a todas las personas que hayan facilitado una dirección de correo electrónico.
   *[other] Se enviarán { $count } mensajes: a usted y a todas las personas que hayan facilitado una dirección de correo electrónico.
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

## Invitations, reminders and mail settings (admin page, src/web/pages/invitees.rs,
## src/web/pages/admin.rs; the invitee's page templates/polls/show.html)

# On an invitee's personal page (/p/…/i/…), above their link.
personal-invited = { $organizer } invited you to this poll.
personal-invited-text = This is your personal invitation link: your name is filled in, and your answer is kept under it. Come back to this link to change your answer; please do not forward it.
admin-invitees = Invitees
admin-invitees-none = No one is invited by address yet. Add people below: each gets their own link, and this page shows who has answered.
# Column headings of the invitee table.
invitee-name = Name
invitee-email = Email address
invitee-zone = Time zone
invitee-status = Answer
invitee-required = Required
# The button that marks an invitee as required (and its state once marked).
invitee-required-yes = Required
invitee-required-no = Mark required
invitee-remove = Remove
invitee-remove-text = Remove { $name } from the invitees? Their personal link stops working; an answer they gave stays.
invitee-remove-confirm = Yes, remove
# An invitee's state; $when, $invited, $reminded are "Tue 2 Mar 10:00".
invitee-answered = Answered
invitee-not-invited = Not invited yet
invitee-invited = Invited { $when }
invitee-reminded = Invited { $invited }, reminded { $reminded }
admin-invitees-answered = { $answered } of { $invited } invitees have answered.
# One affiliation's count, joined by semicolons after the line above.
admin-invitees-group = { $affiliation }: { $answered } of { $invited }
admin-not-invited = { $count ->
    [one] { $count } invitee has not been sent the invitation yet.
   *[other] { $count } invitees have not been sent the invitation yet.
}
admin-send-invitations = { $count ->
    [one] Send the invitation
   *[other] Send the { $count } invitations
}
admin-remind-hint = Each invitee gets at most one message a day, and those who have answered get none.
admin-remind-submit = { $count ->
    [0] No one to remind now
    [one] Remind the { $count } person who has not answered
   *[other] Remind the { $count } people who have not answered
}
admin-invite-closed = The poll takes no answers now, so invitations and reminders cannot be sent.
admin-add-invitees = Add people
admin-invitee-list = Paste a list
admin-invitee-list-hint = One person per line: Name <address>, an address alone, or Name, address, affiliation (a time zone may follow). A CSV with a header row (name, email, affiliation, timezone) works too. An address given twice is added once.
admin-invitee-lines-unused = { $count ->
    [one] { $count } line could not be used:
   *[other] { $count } lines could not be used:
}
# $n is the line number, $text the line as pasted, $reason why it was not used.
admin-invitee-line-error = Line { $n }: “{ $text }”: { $reason }
admin-invitee-file = Or choose a CSV file
admin-invitee-send = Send each new person their invitation now
admin-invitee-add-submit = Add
# After adding people when some lines could not be used (they are back in the box).
admin-invitees-report = { $added ->
    [one] { $added } person added
   *[other] { $added } people added
}, { $invited ->
    [one] { $invited } invitation sent
   *[other] { $invited } invitations sent
}. { $unused ->
    [one] { $unused } line could not be used: it is back in the box below, to fix and add again.
   *[other] { $unused } lines could not be used: they are back in the box below, to fix and add again.
}
banner-invitees-added = { $added ->
    [one] { $added } person added
   *[other] { $added } people added
}, { $invited ->
    [one] { $invited } invitation sent
   *[other] { $invited } invitations sent
}. { $merged ->
    [0] {""}
    [one] { $merged } address was already on the list.
   *[other] { $merged } addresses were already on the list.
} { $updated ->
    [0] {""}
    [one] { $updated } invitee's details were updated.
   *[other] { $updated } invitees' details were updated.
}
banner-invitations-sent = { $count ->
    [one] { $count } invitation is queued.
   *[other] { $count } invitations are queued.
}
banner-reminders-sent = { $count ->
    [0] No reminder was sent: everyone has answered or was mailed in the last 24 hours.
    [one] { $count } reminder is queued.
   *[other] { $count } reminders are queued.
}
banner-invitee-removed = The invitee was removed. Their personal links no longer work; an answer they gave stays.
banner-required-saved = Saved: the table of who the meeting needs shows it.
banner-notifications-saved = Your mail settings are saved.

## Who the meeting needs (admin page)

quorum-heading = Who the meeting needs
quorum-hint = For each slot: whether everyone marked required can attend, and how many invitees of each affiliation cannot, or have not answered.
quorum-slot = Slot
quorum-required = Required people
quorum-invitees = Missing invitees
quorum-none-required = Nobody is marked required.
quorum-all-required = { $count ->
    [one] The { $count } required person can attend.
   *[other] All { $count } required people can attend.
}
quorum-person-no-answer = { $name } (no answer yet)
quorum-person-cannot = { $name } (cannot)
quorum-required-missing = Missing: { $names }
# One affiliation's missing invitees, e.g. "2 of DC on Environment (3 invited)".
quorum-gap = { $missing } of { $affiliation } ({ $invited } invited)
quorum-missing = Missing: { $groups }
quorum-nobody-missing = Every invitee can attend.
# Stands for the affiliation of invitees who gave none.
quorum-no-affiliation = Without an affiliation
quorum-gap-none = { $missing } without an affiliation ({ $invited } invited)

## Moving a finalized meeting, mail settings, the next poll of a series (admin page)

admin-finalized-move = The meeting is set. You can move it to another slot: everyone concerned gets the new time, and their calendars move the event.
admin-move-recipients = { $count ->
    [one] This sends { $count } message, to you.
   *[other] This sends { $count } messages: to you and to everyone concerned.
}
admin-move-submit = Move the meeting to this slot
admin-notify-heading = Mail to you
admin-notify-legend = About new answers and comments, mail { $email }:
admin-notify-none = nothing (look at this page)
admin-notify-each = at each new answer or comment
admin-notify-digest = a daily summary, at about 09:00 in the poll's time zone, when something happened
admin-remind-before = Automatic reminder, hours before the deadline
admin-remind-before-hint = Invitees who have not answered get one reminder, at about 09:00 in their own time zone (never at night), at least this many hours before the deadline. Leave empty for none.
admin-remind-before-no-deadline = It needs a deadline: set one in the settings.
admin-notify-submit = Save mail settings
admin-duplicate-heading = Next meeting of this series
admin-duplicate-text = { $count ->
    [0] A new poll with the same title, description, place, length and options, and its own slots and deadline.
    [one] A new poll with the same title, description, place, length and options, and your { $count } invitee (invited when you say so); give its slots below.
   *[other] A new poll with the same title, description, place, length and options, and your { $count } invitees (invited when you say so); give its slots below.
}
admin-duplicate-submit = Create the new poll

## Mail about invitations and activity (templates/mail/invitation, templates/mail/activity)

# Greeting when only the address is known.
mail-greeting-anonymous = Hello,
mail-invite-subject = { $organizer } asks when you can meet: “{ $title }”
mail-reminder-subject = Reminder: when can you meet? “{ $title }”
# $deadline is a date, time and zone in the recipient's zone.
mail-reminder-subject-deadline = Reminder: please answer by { $deadline }: “{ $title }”
mail-invite-intro = { $organizer } invites you to say when you can meet for “{ $title }”.
mail-reminder-intro = { $organizer } is still waiting for your answer about “{ $title }”.
mail-invite-slots = The candidate times, in your time zone ({ $zone }):
mail-invite-deadline = Please answer by { $deadline }.
mail-invite-link = Your personal link (it fills in your name and keeps your answer):
mail-invite-personal = This link is yours: please do not forward it. Come back to it to change your answer until the poll closes.
# When the organizer moves a finalized meeting to another slot.
mail-final-subject-moved = New time: { $title }: { $when }
mail-final-moved = the meeting “{ $title }” has moved to a new time.
mail-final-was = It was at ({ $zone }):
# To the organizer: a notice for each answer or comment, or a daily digest.
mail-notice-subject-answer = { $name } answered “{ $title }”
mail-notice-subject-changed = { $name } changed their answer to “{ $title }”
mail-notice-subject-comment = { $name } commented on “{ $title }”
mail-digest-subject = “{ $title }”: { $answers ->
    [one] { $answers } new answer
   *[other] { $answers } new answers
}, { $comments ->
    [one] { $comments } comment
   *[other] { $comments } comments
}
mail-notice-intro = there is news on your poll “{ $title }”.
mail-digest-intro = here is what happened on your poll “{ $title }” since the last summary.
mail-activity-answered = { $name } answered:
mail-activity-changed = { $name } changed their answer:
mail-activity-comment = { $name } wrote:
mail-activity-total = { $count ->
    [one] { $count } answer in all.
   *[other] { $count } answers in all.
}
mail-activity-invitees = { $answered } of { $invited } invitees have answered.
mail-activity-best = Best slot so far: { $slot } ({ $counts }).
mail-activity-settings = You get this mail because of the mail setting on your poll's admin page; change it there.

## Problems with invitations and mail settings (forms and the API)

error-invitees-empty = The list is empty: paste one person per line, or choose a file.
error-invitees-both = Paste a list or choose a file, not both.
error-invitee-file-empty = The file is empty.
error-invitee-file-encoding = The file is not UTF-8 text. In your spreadsheet, save it as “CSV UTF-8” and choose it again.
error-notify = “{ $value }” is not a mail setting: use none, each or digest
error-remind-before = “{ $value }” is not a number of hours from 1 to 720
conflict-invite-closed = This poll takes no answers now, so no invitation can be sent. Reopen it first.
conflict-remind-closed = This poll takes no answers now, so no reminder can be sent.
conflict-invitees-max = A poll may have at most { $max } invitees.
conflict-mail-cap-invite = Inviting would send { $needed } messages, but a poll may send at most { $cap } in 24 hours and this one has already sent { $queued }. Nothing was changed. Try again later, or ask whoever runs this Convene service to raise the limit.
conflict-mail-cap-remind = Reminding would send { $needed } messages, but a poll may send at most { $cap } in 24 hours and this one has already sent { $queued }. Nothing was changed. Try again later, or ask whoever runs this Convene service to raise the limit.
