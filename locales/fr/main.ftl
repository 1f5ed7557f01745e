# Convene : catalogue français. Il contient exactement les mêmes identifiants que le
# catalogue anglais de référence. Les éléments tels que { $name } sont remplis par le
# programme ; ne pas les modifier. Les dates et les heures sont mises en forme par le
# programme dans chaque langue.

## Toutes les pages (templates/base.html)

# Lien permettant de passer l’en-tête, pour la navigation au clavier.
skip-to-content = Aller au contenu
# Libellé du sélecteur de langue dans l’en-tête.
language-label = Langue
# Bouton à côté du sélecteur de langue.
language-apply = Changer
# Pied de chaque page, suivi du lien footer-create.
footer-tagline = Convene : des sondages de réunion qui gèrent correctement les fuseaux horaires.
footer-create = Créer un sondage
# Mentions après le nom des champs.
required = (obligatoire)
optional = (facultatif)

## Pages d’erreur (templates/errors/error.html, src/error.rs)

error-status = Erreur { $status }
error-back = Utilisez le bouton Retour de votre navigateur pour revenir à la page précédente, ou
error-create-new = créez un nouveau sondage.
error-not-found-heading = Page introuvable
error-not-found = Aucun sondage ne se trouve à cette adresse, ou le lien est incomplet. Vérifiez que vous avez bien copié le lien en entier depuis le message reçu.
error-conflict-heading = Action impossible pour le moment
# Un formulaire envoyé depuis un autre site web (requête falsifiée) est refusé.
error-forbidden-heading = Non accepté depuis un autre site
error-forbidden = Ce formulaire a été envoyé depuis un autre site web, c’est pourquoi Convene n’y a pas donné suite. Si vous souhaitiez effectuer cette action, ouvrez la page directement sur Convene et envoyez le formulaire depuis celle-ci.
error-bad-encoding-heading = Le formulaire n’a pas pu être lu
error-bad-encoding = Le formulaire n’a pas été envoyé sous forme de texte UTF-8 ; Convene n’y a donc pas donné suite. Revenez en arrière et envoyez-le de nouveau ; si cela se reproduit, essayez un autre navigateur.
error-unavailable-heading = Service momentanément indisponible
error-unavailable = Le service ne parvient pas à accéder à sa base de données pour le moment. Veuillez réessayer dans une minute.
error-internal-heading = Une erreur s’est produite
error-internal = La demande n’a pas pu aboutir. Aucune donnée n’a été enregistrée partiellement. Veuillez réessayer ; si le problème persiste, communiquez à l’exploitant du service l’identifiant d’erreur suivant :
error-too-large-heading = Envoi trop volumineux
error-too-large = Ce que vous avez envoyé dépasse la taille acceptée par Convene (au plus { $kib } Kio). Revenez en arrière : ce que vous avez saisi se trouve encore dans le formulaire. Raccourcissez les textes les plus longs ou supprimez des lignes de créneau, puis renvoyez-le.
error-rate-limited-heading = Trop de demandes
error-rate-limited = { $count ->
    [one] Trop de demandes de ce type sont venues de votre réseau en peu de temps. Attendez { $count } seconde, puis revenez en arrière : ce que vous avez saisi se trouve encore dans le formulaire et vous pourrez le renvoyer.
   *[other] Trop de demandes de ce type sont venues de votre réseau en peu de temps. Attendez { $count } secondes, puis revenez en arrière : ce que vous avez saisi se trouve encore dans le formulaire et vous pourrez le renvoyer.
}

## Formulaire de création (templates/polls/new.html)

create-title = Nouveau sondage
create-heading = Trouvez un créneau pour vous réunir
create-lead = Proposez quelques créneaux, partagez le lien, et chacun répond dans son propre fuseau horaire.
create-rows-added = Cinq lignes de créneau supplémentaires ont été ajoutées ci-dessous. Rien n’est enregistré tant que vous n’avez pas cliqué sur « Créer le sondage ».
create-about = À propos de la réunion
field-title = Titre
field-description = Description
field-location = Lieu ou lien de la réunion
create-you = Vous, l’organisateur
field-your-name = Votre nom
field-your-email = Votre adresse électronique
create-email-hint = Nous y enverrons le lien d’administration secret ainsi que l’horaire retenu. Les participants ne la voient jamais.
create-when = Quand
create-zone-label = Fuseau horaire des heures ci-dessous
create-zone-hint = Saisissez une ville ou le nom d’un fuseau horaire, par exemple Zurich ou Europe/Zurich. Les participants voient toutes les heures converties dans leur propre fuseau.
field-duration = Durée de la réunion en minutes
field-deadline = Date limite de réponse
create-deadline-hint = Dans le fuseau horaire ci-dessus. Passé ce délai, les réponses ne sont plus acceptées.
create-slots = Créneaux proposés
create-slots-hint = Date et heure de début de chaque option, dans le fuseau horaire ci-dessus. Les lignes vides sont ignorées.
# Affiché avec chaque groupe de champs de date et d’heure.
date-format-hint = Si votre navigateur affiche de simples zones de texte, saisissez les dates au format 2027-03-23 et les heures au format 13:00 (sur 24 heures).
# Affiché uniquement si JavaScript est désactivé ; cite le bouton create-more-rows.
create-more-rows-hint = Besoin de plus de lignes ? Cliquez sur « Ajouter 5 lignes de créneau » en bas du formulaire : ce que vous avez saisi est conservé.
create-options = Options
create-offer-if-need-be = Proposer la réponse « si nécessaire », en plus de « oui » et « non »
field-hide-results = Masquer les réponses aux participants jusqu’à ce que vous ayez choisi l’horaire
create-hide-results-hint = Vous voyez toujours toutes les réponses sur votre page d’administration.
create-submit = Créer le sondage
create-more-rows = Ajouter 5 lignes de créneau
honeypot-label = Laissez ce champ vide
honeypot-heading = Rien n’a encore été enregistré
honeypot-text = Un champ caché destiné à piéger les robots de spam a été rempli (le remplissage automatique de certains navigateurs le fait aussi). Vérifiez le formulaire ci-dessous et cliquez de nouveau sur « Créer le sondage ».

## Éléments communs aux pages du sondage (templates/polls/macros.html)

# Titre de l’encadré qui liste les erreurs d’un formulaire en haut de la page.
error-summary = { $count ->
    [one] Veuillez corriger ce problème
    [many] Veuillez corriger ces { $count } de problèmes
   *[other] Veuillez corriger ces { $count } problèmes
}
zone-picker-label = Fuseau horaire d’affichage
zone-picker-apply = Afficher les heures
zone-picker-hint = Saisissez une ville ou le nom d’un fuseau horaire, par exemple Kathmandu ou America/New_York.
# Après un nombre dans les totaux : « 3 oui », « 1 si nécessaire », « 2 non ».
tally-yes = oui
tally-if-need-be = si nécessaire
tally-no = non
# Lignes de créneau du formulaire de création et de la page d’administration.
# slot-row-number précède un numéro ; le script l’utilise pour renuméroter les lignes.
slot-row-number = Créneau
slot-row-legend = Créneau { $n }
slot-row-date = Date
slot-row-time = Heure de début
slot-row-remove = Supprimer
slot-row-add = Ajouter un créneau
# Libellé du choix affiché quand une heure locale existe deux fois (recul de l’heure).
slot-row-which = Quelle occurrence de { $time } ?
slot-row-choose = Choisissez une option
slot-row-first = { $time } UTC{ $offset } (première occurrence, avant le changement d’heure)
slot-row-second = { $time } UTC{ $offset } (seconde occurrence, après le changement d’heure)
badge-best = Meilleur
badge-chosen = Retenu
badge-you = Vous
# Phrase après le meilleur créneau ou le créneau retenu, au-dessus des résultats.
slot-summary = { $available ->
    [one] { $available } disponible
    [many] { $available } de disponibles
   *[other] { $available } disponibles
    } ({ $yes } oui, { $if_need_be } si nécessaire), { $no } non.
results-caption = Réponses par créneau
results-caption-empty = Réponses par créneau (aucune pour l’instant)
results-participant = Participant
results-delete = Supprimer
results-delete-whose = la réponse de { $name }
results-total = Total
results-legend = Chaque cellule indique la réponse par un symbole et un mot : ✓ oui, (✓) si nécessaire, ✗ non, – pas de réponse. « Meilleur » désigne le créneau où le plus grand nombre de personnes sont disponibles (oui et si nécessaire confondus) ; en cas d’égalité, l’emporte le créneau qui place le moins de personnes la nuit ou hors des heures de travail selon leur heure locale, puis celui qui compte le plus de oui, puis le premier dans l’ordre chronologique.
results-no-answers = Aucune réponse pour l’instant.
# Réponses, telles qu’affichées dans les résultats et sur les boutons de réponse.
vote-yes = Oui
vote-if-need-be = Si nécessaire
vote-no = Non
vote-none = Pas de réponse
comments-heading = Commentaires
comments-none = Aucun commentaire pour l’instant.
comments-add = Ajouter un commentaire
comments-body = Commentaire
comments-submit = Publier le commentaire
comments-elsewhere = Ajouter un commentaire sur la page des participants

## Page des participants (templates/polls/show.html)

fact-organizer = Organisateur
fact-location = Lieu
fact-length = Durée
# Badge d’état en haut d’un sondage.
status-open = Ouvert
status-closed = Clos
status-finalized = Finalisé
# Phrase d’état sous le titre du sondage ; $deadline est une date, une heure et un fuseau.
status-open-text = Ouvert aux réponses.
status-open-until = Ouvert aux réponses jusqu’au { $deadline }.
status-closed-deadline = Clos : la date limite ({ $deadline }) est passée ; il n’est plus possible d’ajouter ni de modifier des réponses.
status-closed-text = Clos : l’organisateur n’accepte plus de réponses.
status-finalized-text = Finalisé : la réunion aura lieu le { $slot }.
final-heading = Horaire de la réunion
final-add-to-calendar = Ajouter à l’agenda (.ics)
answer-saved = Votre réponse a été enregistrée.
personal-heading = Votre lien personnel
personal-text = Ajoutez ce lien à vos favoris pour pouvoir modifier ou supprimer votre réponse ultérieurement. Toute personne qui dispose de ce lien peut modifier votre réponse : ne le communiquez à personne.
personal-mailed = Nous vous l’avons également envoyé par courriel.
personal-not-mailed = Cette fois-ci, nous ne vous avons pas envoyé ce lien par courriel : Convene limite le nombre de courriels envoyés par un même sondage afin de protéger chacun des messages non sollicités. Copiez le lien ou ajoutez cette page à vos favoris.
answer-heading = Votre réponse
answer-heading-edit = Modifier votre réponse
answer-times-in = Les heures sont affichées dans le fuseau { $zone } ; l’heure UTC est indiquée pour chaque créneau.
field-affiliation = Affiliation
field-email = Adresse électronique
answer-email-hint = Seul l’organisateur peut la voir. Nous l’utilisons pour vous envoyer votre lien de modification et l’horaire retenu.
field-your-zone = Votre fuseau horaire
answer-zone-hint = Une ville ou le nom d’un fuseau horaire. Sert à indiquer les heures dans vos courriels.
answer-can-you = Êtes-vous disponible ?
# Après les totaux en direct du formulaire de réponse, une fois une réponse choisie.
answer-with-yours = (avec votre réponse)
answer-submit = Enregistrer ma réponse
answer-submit-edit = Enregistrer les modifications
answers-heading = Réponses
answers-closed = Il n’est plus possible d’ajouter ni de modifier des réponses.
answers-yours = Vos réponses
results-heading = Résultats
# À côté du titre Résultats.
responses-count = { $count ->
    [one] { $count } réponse
    [many] { $count } de réponses
   *[other] { $count } réponses
}
results-hidden = L’organisateur a choisi de masquer les réponses jusqu’à ce que l’horaire de la réunion soit fixé.
results-hidden-yours = Vos propres réponses figurent dans le formulaire ci-dessus.
withdraw-heading = Supprimer votre réponse
withdraw-text = Votre nom et vos réponses seront retirés du sondage. Votre lien personnel cessera de fonctionner.
withdraw-submit = Supprimer ma réponse

## Page d’administration de l’organisateur (templates/admin/show.html, src/web/pages/admin.rs)

admin-title = Gestion : { $title }
admin-eyebrow = Gestion du sondage
admin-created = Votre sondage est prêt.
admin-created-mailed = Partagez le lien des participants ci-dessous. Nous avons également envoyé les deux liens à { $email }.
admin-links = Liens
admin-participant-link = Lien des participants : à communiquer à toutes les personnes invitées
admin-admin-link = Votre lien d’administration : gardez-le secret
admin-admin-link-hint = Toute personne qui dispose de ce lien peut modifier ou supprimer le sondage. Il vous a également été envoyé par courriel.
admin-replace-link = Remplacer le lien d’administration
admin-replace-link-text = Si ce lien est parvenu à quelqu’un qui ne devait pas l’avoir : un nouveau lien le remplace, l’ancien cesse aussitôt de fonctionner et le nouveau vous est envoyé par courriel.
admin-replace-link-confirm = Remplacer maintenant le lien d’administration
admin-announcement = Annonce pour une liste de diffusion
admin-announcement-hint = Prête à coller : le titre, le lien, la date limite et les créneaux dans le fuseau { $zone } et en UTC.
admin-open-participant-page = Ouvrir la page des participants
admin-download-ics = Télécharger le fichier de calendrier (.ics)
admin-mail = Courriels
# Courriels du sondage selon leur état ; $sent, $pending et $failed sont des nombres.
admin-mail-sent = { $sent ->
    [one] { $sent } message envoyé.
    [many] { $sent } de messages envoyés.
   *[other] { $sent } messages envoyés.
}
admin-mail-pending = { $pending ->
    [one] { $pending } message en attente d’envoi (nouvelle tentative automatique).
    [many] { $pending } de messages en attente d’envoi (nouvelle tentative automatique).
   *[other] { $pending } messages en attente d’envoi (nouvelle tentative automatique).
}
admin-mail-failed = { $failed ->
    [one] { $failed } échec d’envoi.
    [many] { $failed } d’échecs d’envoi.
   *[other] { $failed } échecs d’envoi.
}
admin-mail-failed-hint = Ces messages n’ont pas pu être remis : le serveur de messagerie les a refusés ou était injoignable. Une fois les paramètres de messagerie corrigés, renvoyez-les :
admin-mail-retry = Renvoyer les messages en échec
admin-results-private = Les adresses électroniques et les fuseaux horaires ne sont visibles que par vous.
admin-results-hidden = Les participants ne voient pas les réponses tant que vous n’avez pas finalisé le sondage.
admin-finalize-heading = Choisir l’horaire de la réunion
admin-finalized-reopen = Pour recommencer plutôt à recueillir des réponses, rouvrez le sondage ci-dessous : toutes les personnes concernées seront prévenues que la réunion est annulée.
admin-finalize-text = Toutes les personnes qui ont indiqué une adresse électronique, toutes les personnes invitées, ainsi que vous-même, recevront un message indiquant l’horaire dans leur propre fuseau horaire, accompagné d’un fichier de calendrier.
admin-finalize-slot = Créneau
# À côté de chaque créneau du formulaire de finalisation, entre parenthèses.
slot-counts = { $yes } oui, { $if_need_be } si nécessaire
# Au-dessus du bouton de finalisation : nombre de messages envoyés (l’organisateur compte pour un).
admin-finalize-recipients = { $count ->
    [one] Cette action envoie { $count } message, à vous uniquement.
    [many] Cette action envoie { $count } de messages : à vous, à toutes les personnes qui ont indiqué une adresse électronique et à toutes les personnes invitées.
   *[other] Cette action envoie { $count } messages : à vous, à toutes les personnes qui ont indiqué une adresse électronique et à toutes les personnes invitées.
}
admin-finalize-submit = Finaliser et notifier
admin-open-closed = Ouverture ou clôture
admin-close-text = La clôture empêche toute nouvelle réponse ou modification ; vous pourrez rouvrir le sondage ultérieurement.
admin-close-submit = Clore le sondage
admin-reopen-finalized-text = La réouverture annule l’horaire choisi et permet de répondre à nouveau.
admin-reopen-cancel-recipients = { $count ->
    [one] L’annulation vous est envoyée pour votre agenda.
   *[other] Cela envoie { $count } messages avec l’annulation pour les agendas : à vous et à toutes les personnes qui ont reçu la réunion.
}
admin-reopen-text = La réouverture permet de répondre à nouveau.
admin-reopen-submit = Rouvrir le sondage
admin-settings = Paramètres
admin-deadline-hint = Dans le fuseau { $zone }. Laissez vide pour ne fixer aucune date limite.
admin-offer-if-need-be = Proposer la réponse « si nécessaire »
admin-settings-submit = Enregistrer les paramètres
admin-slots = Créneaux
admin-slots-text = La suppression d’un créneau supprime aussi toutes les réponses correspondantes.
admin-remove-slot-whose = le créneau { $slot } et ses réponses
# Ouvert par le bouton Supprimer d’un créneau, avant toute suppression.
admin-remove-slot-answers = { $count ->
    [one] { $count } réponse à ce créneau sera également supprimée.
    [many] { $count } de réponses à ce créneau seront également supprimées.
   *[other] { $count } réponses à ce créneau seront également supprimées.
}
admin-remove-slot-confirm = Supprimer ce créneau
admin-add-slots = Ajouter des créneaux
admin-add-slots-hint = Date et heure de début dans le fuseau { $zone }. Les lignes vides sont ignorées.
admin-add-slots-submit = Ajouter ces créneaux
admin-delete-heading = Supprimer le sondage
admin-delete-text = Le sondage sera supprimé avec l’ensemble de ses réponses et commentaires, immédiatement et définitivement.
admin-delete-finalized-hint = La suppression n’envoie aucun message : la réunion reste dans l’agenda de toutes les personnes qui l’ont reçue. Pour l’annuler, rouvrez d’abord le sondage (l’annulation est alors envoyée), puis supprimez-le.
admin-delete-confirm = Oui, supprimer ce sondage et tout son contenu
admin-delete-submit = Supprimer le sondage
# Bandeaux affichés après une action sur la page d’administration.
banner-settings-saved = Paramètres enregistrés.
banner-slots-added = Créneaux ajoutés.
banner-slot-deleted = Créneau supprimé, ainsi que les réponses correspondantes.
banner-response-deleted = Réponse supprimée.
banner-closed = Le sondage est clos : plus aucune réponse n’est acceptée.
banner-reopened = Le sondage est de nouveau ouvert.
banner-mail-retried = Les messages en échec ont été remis en file d’attente.
banner-admin-link-replaced = Le lien d’administration a été remplacé et l’ancien ne fonctionne plus. Le nouveau lien est l’adresse de cette page ; il vous a aussi été envoyé par courriel.
banner-finalized = { $count ->
    [one] Le sondage est finalisé ; { $count } message indiquant l’horaire de la réunion est en file d’attente.
    [many] Le sondage est finalisé ; { $count } de messages indiquant l’horaire de la réunion sont en file d’attente.
   *[other] Le sondage est finalisé ; { $count } messages indiquant l’horaire de la réunion sont en file d’attente.
}
banner-finalized-unknown = Le sondage est finalisé ; les messages indiquant l’horaire de la réunion sont en file d’attente.
# Boutons de copie à côté des liens (static/convene.js).
copy = Copier
copied = Copié
# Lu par les lecteurs d’écran après un clic sur un bouton de copie.
copied-status = Copié dans le presse-papiers.

## Dates, heures et durées (partout)

# Date, heure et fuseau : « mardi 23 mars 2027 à 13:00 (Europe/Zurich, UTC+01:00) ».
# $date est rédigé par le programme ; conserver $zone et $offset.
datetime-long = { $date } à { $time } ({ $zone }, UTC{ $offset })
# Date et heures locales d’un créneau : « mardi 23 mars 2027, 13:00–14:00 (UTC+01:00) ».
slot-label = { $date }, { $range }
# Heure UTC d’un créneau : « mar. 23 mars, 12:00–13:00 UTC ».
utc-range = { $date }, { $range } UTC
# Durées de réunion : « 1 heure 30 minutes ».
duration-hours = { $count ->
    [one] { $count } heure
    [many] { $count } d’heures
   *[other] { $count } heures
}
duration-minutes = { $count ->
    [one] { $count } minute
    [many] { $count } de minutes
   *[other] { $count } minutes
}
# Assemble heures et minutes : « 1 heure 30 minutes ».
duration-both = { $hours } { $minutes }
# Ligne du participant lui-même dans les résultats par créneau.
name-you = { $name } (vous)
# Instant UTC : « vendredi 30 avril 2027 à 15:00 UTC ».
utc-instant = { $date } à { $time } UTC

## Annonce pour une liste de diffusion (page d’administration ; dans la langue de l’organisateur)

announcement-intro = { $organizer } vous invite à indiquer vos disponibilités pour une réunion ({ $length }). Veuillez répondre à l’aide du lien ci-dessous ; la page affiche tous les horaires dans votre propre fuseau horaire :
announcement-deadline = Veuillez répondre au plus tard le { $deadline } = { $utc }.
announcement-slots = Créneaux proposés, dans le fuseau { $zone } et en UTC :

## Courriels (templates/mail/*). Chacun est envoyé dans la langue du destinataire.

mail-greeting = Bonjour { $name },
mail-signature = — Convene
mail-signature-for = — Convene, au nom de { $organizer }
mail-poll-label = Le sondage :
# À l’organisateur, à la création du sondage.
mail-admin-subject = Votre sondage « { $title } » est prêt
mail-admin-ready = Votre sondage « { $title } » est prêt.
mail-admin-replaced-subject = Nouveau lien d’administration pour votre sondage « { $title } »
mail-admin-replaced = Le lien d’administration de votre sondage « { $title } » a été remplacé. L’ancien lien ne fonctionne plus ; voici le nouveau.
mail-admin-share = Partagez ce lien avec les participants (par exemple sur votre liste de diffusion) :
mail-admin-keep-title = Gardez ce lien pour vous :
mail-admin-keep-text = Il vous permet de modifier le sondage, de voir les adresses électroniques des participants et de choisir l’horaire définitif.
mail-admin-slots = Créneaux proposés ({ $zone }) :
mail-admin-own-zone = Toute personne qui ouvre le sondage voit ces horaires dans son propre fuseau horaire.
# À un participant ayant indiqué une adresse, après sa réponse.
mail-edit-subject = Votre réponse au sondage « { $title } »
mail-edit-thanks = Merci d’avoir répondu au sondage « { $title } ». Vos réponses, dans le fuseau { $zone } :
mail-edit-change = Pour modifier votre réponse ultérieurement, utilisez votre lien personnel (ne le communiquez à personne) :
# À tous, quand l’organisateur choisit l’horaire ; $when est « mar. 23 mars 13:00 (UTC+01:00) ».
mail-final-subject = { $title } : { $when }
mail-final-subject-updated = Mise à jour : { $title } : { $when }
mail-final-subject-cancelled = Annulé : { $title } : { $when }
mail-final-chosen = L’horaire de la réunion « { $title } » a été fixé.
mail-final-changed = Les informations relatives à la réunion « { $title } » ont changé. Voici la réunion telle qu’elle est désormais prévue :
mail-final-cancelled = La réunion « { $title } » n’aura pas lieu à l’heure ci-dessous : l’organisateur a rouvert le sondage pour choisir un autre horaire.
mail-final-your-time = Votre heure locale ({ $zone }) :
mail-final-utc = En UTC :
mail-final-where = Lieu : { $location }
mail-final-ics = L’invitation jointe (invitation.ics) permet d’ajouter la réunion à votre agenda.
mail-final-ics-updated = L’invitation jointe (invitation.ics) met à jour la réunion dans votre agenda.
mail-final-ics-cancelled = Le fichier joint (invitation.ics) retire la réunion de votre agenda.
# Dans la description du fichier de calendrier, après le texte de l’organisateur.

## Problèmes dans les données saisies (formulaires et API). $value est ce que la personne a saisi ;
## $field est l’un des noms label-* ci-dessous, employé dans la phrase.

# Noms de champ, cités entre guillemets dans « Le champ « … » … » : libellés du formulaire, sans article.
label-title = Titre
label-description = Description
label-location = Lieu ou lien de la réunion
label-your-name = Votre nom
label-affiliation = Affiliation
label-name = Le nom
label-comment = Commentaire
label-email = Adresse électronique
error-required = Le champ « { $field } » est obligatoire
error-too-long = Le champ « { $field } » compte { $length ->
    [one] { $length } caractère
    [many] { $length } de caractères
   *[other] { $length } caractères
    } ; le maximum autorisé est de { $max }
# $code est le code d’un caractère, par exemple U+000A.
error-control = Le champ « { $field } » contient un caractère de contrôle ({ $code }) ; supprimez-le
error-email = « { $value } » n’est pas une adresse électronique valide (exemple : nom@example.org)
error-invitee-no-address = Cette ligne ne contient aucune adresse électronique.
error-invitee-unreadable = Cette ligne n’a pas pu être lue : indiquez un nom, une adresse électronique, une affiliation et un fuseau horaire, séparés par des virgules.
error-zone = « { $value } » n’est pas un fuseau horaire reconnu ; saisissez une ville, par exemple Zurich ou Kathmandu, ou un nom IANA tel que Europe/Zurich
error-language = « { $value } » n’est pas une langue proposée par Convene ; utilisez l’un des codes suivants : en, fr, es, ar, zh, ru
error-vote = « { $value } » n’est pas une réponse valide ; utilisez yes, if_need_be ou no
# Heure locale sautée lors de l’avance de l’heure ; $before et $after sont des décalages (+01:00).
error-gap = { $local } n’existe pas dans le fuseau { $zone } : lors du passage de UTC{ $before } à UTC{ $after }, les horloges sautent cette heure ; choisissez un autre horaire
# Heure locale qui existe deux fois lors du recul de l’heure ; $example est 2027-10-31T02:30+01:00.
error-ambiguous = { $local } existe deux fois dans le fuseau { $zone } (d’abord en UTC{ $earlier }, puis en UTC{ $later }) ; indiquez le décalage par rapport à UTC, par exemple { $example }
error-datetime = « { $value } » n’est pas une date et une heure valides ; saisissez-les sous la forme 2027-03-23T13:00 (heure locale) ou 2027-03-23T13:00+01:00
error-duration = « { $value } » n’est pas une durée de réunion valide ; indiquez un nombre entier de minutes compris entre 1 et { $max }
error-deadline-past = La date limite { $value } est dans le passé ; choisissez une date plus tardive
error-deadline-far = La date limite { $value } se situe à plus de { $years ->
    [one] { $years } an
    [many] { $years } d’ans
   *[other] { $years } ans
    } dans le futur
# $n est le numéro de ligne du créneau ; $problem est l’un des messages ci-dessus.
error-slot = Créneau { $n } ({ $value }) : { $problem }
error-slot-past = Le créneau { $n } ({ $value }) est dans le passé ; choisissez un horaire plus tardif
error-slot-far = Le créneau { $n } ({ $value }) se situe à plus de { $years ->
    [one] { $years } an
    [many] { $years } d’ans
   *[other] { $years } ans
    } dans le futur ; choisissez un horaire plus proche
error-slot-seconds = Le créneau { $n } ({ $value }) comporte des secondes ; l’heure de début d’un créneau s’indique en heures et minutes, sans secondes
error-slot-duplicate = Le créneau { $n } ({ $value }) correspond au même horaire qu’un autre créneau ; supprimez le doublon
error-no-slots = Proposez au moins un créneau
error-too-many-slots = Le nombre de créneaux d’un sondage est limité à { $max } ; celui-ci en compterait { $total }
error-no-new-slots = Indiquez au moins un nouveau créneau
error-not-a-slot = « { $value } » n’est pas un créneau de ce sondage
error-no-if-need-be = Ce sondage ne propose pas la réponse « si nécessaire » ; répondez par oui ou par non
error-answered-twice = Le créneau { $value } a reçu deux réponses
error-no-answer = Répondez pour au moins un créneau
error-comment-empty = Le commentaire est vide
error-choose-slot = Choisissez le créneau retenu pour la réunion
error-confirm-delete = Cochez la case pour confirmer la suppression du sondage, de ses réponses et de ses commentaires
# Lignes de créneau des formulaires : $rows énumère des numéros de ligne (« 1, 3 »).
error-half-rows = { $count ->
    [one] Indiquez à la fois une date et une heure pour le créneau { $rows }, ou videz la ligne
    [many] Indiquez à la fois une date et une heure pour les créneaux { $rows }, ou videz les lignes
   *[other] Indiquez à la fois une date et une heure pour les créneaux { $rows }, ou videz les lignes
}
error-row-half = Indiquez à la fois une date et une heure, ou videz les deux champs.
# Ligne de créneau dont la date ou l’heure est illisible (formulaires avec des champs de date et d’heure séparés).
error-row-format = « { $value } » n’est pas une date et une heure valides ; saisissez la date au format 2027-03-23 et l’heure au format 13:00.
error-row-ambiguous = { $local } existe deux fois dans le fuseau { $zone } (recul de l’heure) : choisissez l’occurrence voulue sous « Quelle occurrence de { $time } ? ».
error-row-past = Cet horaire est dans le passé ; choisissez-en un plus tardif.
error-row-duplicate = Cet horaire est identique à celui d’un autre créneau ; supprimez le doublon.
error-row = Créneau { $n } : { $problem }
# Assemble deux messages du récapitulatif des erreurs (conserver les deux éléments).
joined = { $first } { $rest }

## Refus liés à l’état du sondage (page d’erreur « Action impossible pour le moment », API 409)

conflict-finalized-slots = Le sondage est finalisé ; rouvrez-le pour modifier ses créneaux
conflict-chosen-slot = Ce créneau est celui qui a été retenu ; rouvrez le sondage avant de le supprimer
conflict-last-slot = Un sondage doit comporter au moins un créneau ; ajoutez-en un autre avant de supprimer celui-ci
conflict-already-finalized = Le sondage est déjà finalisé
conflict-finalize-again = Le sondage est déjà finalisé ; rouvrez-le pour choisir un autre créneau
conflict-answers-finalized = Ce sondage est finalisé ; les réponses ne peuvent plus être modifiées
conflict-answers-closed = Ce sondage est clos ; les réponses ne peuvent plus être modifiées
conflict-answers-deadline = La date limite de ce sondage est passée ; les réponses ne peuvent plus être modifiées
conflict-responses-full = Ce sondage a atteint sa limite de { $max } réponses et n’en accepte plus de nouvelles. Les réponses déjà données peuvent encore être modifiées.
conflict-comments-full = Ce sondage a atteint sa limite de { $max } commentaires et n’en accepte plus de nouveaux.
conflict-mail-cap-finalize = La finalisation enverrait { $needed } messages, mais un sondage peut en envoyer au plus { $cap } en 24 heures et celui-ci en a déjà envoyé { $queued }. Rien n’a été modifié. Réessayez plus tard ou demandez aux responsables de ce service Convene de relever la limite.
conflict-mail-cap-update = L’enregistrement de ces modifications enverrait la réunion mise à jour à { $needed } personnes, mais un sondage peut envoyer au plus { $cap } messages en 24 heures et celui-ci en a déjà envoyé { $queued }. Rien n’a été modifié. Réessayez plus tard ou demandez aux responsables de ce service Convene de relever la limite.
conflict-mail-cap-reopen = La réouverture enverrait l’annulation de la réunion à { $needed } personnes, mais un sondage peut envoyer au plus { $cap } messages en 24 heures et celui-ci en a déjà envoyé { $queued }. Rien n’a été modifié. Réessayez plus tard ou demandez à la personne qui gère ce service Convene de relever la limite.

## Invitations, rappels et paramètres de courriel (page d’administration, src/web/pages/invitees.rs,
## src/web/pages/admin.rs ; page de la personne invitée, templates/polls/show.html)

# Sur la page personnelle d’une personne invitée (/p/…/i/…), au-dessus de son lien.
personal-invited = { $organizer } vous invite à répondre à ce sondage.
personal-invited-text = Ceci est votre lien d’invitation personnel : votre nom y est déjà renseigné et votre réponse est enregistrée sous ce nom. Revenez sur ce lien pour modifier votre réponse ; merci de ne pas le transférer.
admin-invitees = Personnes invitées
admin-invitees-none = Personne n’a encore été invité par adresse électronique. Ajoutez des personnes ci-dessous : chacune reçoit son propre lien, et cette page indique qui a répondu.
# En-têtes de colonne du tableau des personnes invitées.
invitee-name = Nom
invitee-email = Adresse électronique
invitee-zone = Fuseau horaire
invitee-status = Réponse
invitee-required = Indispensable
# Bouton qui marque une personne invitée comme indispensable (et son état une fois marquée).
invitee-required-yes = Indispensable
invitee-required-no = Marquer comme indispensable
invitee-remove = Retirer
invitee-remove-text = Retirer { $name } des personnes invitées ? Son lien personnel cessera de fonctionner ; une réponse déjà donnée sera conservée.
invitee-remove-confirm = Oui, retirer
# État d’une personne invitée ; $when, $invited et $reminded sont de la forme « mar. 2 mars 10:00 ».
invitee-answered = A répondu
invitee-not-invited = Invitation pas encore envoyée
invitee-invited = Invitation envoyée le { $when }
invitee-reminded = Invitation envoyée le { $invited }, rappel le { $reminded }
admin-invitees-answered = { $answered ->
    [one] { $answered } personne invitée sur { $invited } a répondu.
    [many] { $answered } de personnes invitées sur { $invited } ont répondu.
   *[other] { $answered } personnes invitées sur { $invited } ont répondu.
}
# Décompte d’une affiliation, joint par des points-virgules à la suite de la ligne ci-dessus.
admin-invitees-group = { $affiliation } : { $answered } sur { $invited }
admin-not-invited = { $count ->
    [one] { $count } personne invitée n’a pas encore reçu l’invitation.
    [many] { $count } de personnes invitées n’ont pas encore reçu l’invitation.
   *[other] { $count } personnes invitées n’ont pas encore reçu l’invitation.
}
admin-send-invitations = { $count ->
    [one] Envoyer l’invitation
    [many] Envoyer les { $count } d’invitations
   *[other] Envoyer les { $count } invitations
}
admin-remind-hint = Chaque personne invitée reçoit au plus un message par jour, et celles qui ont répondu n’en reçoivent aucun.
admin-remind-submit = { $count ->
    [0] Personne à qui envoyer un rappel pour le moment
    [one] Envoyer un rappel à la personne qui n’a pas répondu
    [many] Envoyer un rappel aux { $count } de personnes qui n’ont pas répondu
   *[other] Envoyer un rappel aux { $count } personnes qui n’ont pas répondu
}
admin-invite-closed = Le sondage n’accepte pas de réponses pour le moment : il n’est donc pas possible d’envoyer d’invitations ni de rappels.
admin-add-invitees = Ajouter des personnes
admin-invitee-list = Coller une liste
admin-invitee-list-hint = Une personne par ligne : Nom <adresse>, une adresse seule, ou Nom, adresse, affiliation (éventuellement suivis d’un fuseau horaire). Un fichier CSV avec une ligne d’en-tête (name, email, affiliation, timezone) convient aussi. Une adresse indiquée deux fois n’est ajoutée qu’une seule fois.
admin-invitee-lines-unused = { $count ->
    [one] { $count } ligne n’a pas pu être utilisée :
    [many] { $count } de lignes n’ont pas pu être utilisées :
   *[other] { $count } lignes n’ont pas pu être utilisées :
}
# $n est le numéro de ligne, $text la ligne telle qu’elle a été collée, $reason la raison pour laquelle elle n’a pas été utilisée.
admin-invitee-line-error = Ligne { $n } : « { $text } » : { $reason }
admin-invitee-file = Ou choisissez un fichier CSV
admin-invitee-send = Envoyer dès maintenant son invitation à chaque nouvelle personne
admin-invitee-add-submit = Ajouter
# Après l’ajout de personnes, quand certaines lignes n’ont pas pu être utilisées (elles sont remises dans la zone de saisie).
admin-invitees-report = { $added ->
    [one] { $added } personne ajoutée
    [many] { $added } de personnes ajoutées
   *[other] { $added } personnes ajoutées
}, { $invited ->
    [one] { $invited } invitation envoyée
    [many] { $invited } d’invitations envoyées
   *[other] { $invited } invitations envoyées
}. { $unused ->
    [one] { $unused } ligne n’a pas pu être utilisée : elle a été remise dans la zone ci-dessous pour que vous puissiez la corriger et l’ajouter de nouveau.
    [many] { $unused } de lignes n’ont pas pu être utilisées : elles ont été remises dans la zone ci-dessous pour que vous puissiez les corriger et les ajouter de nouveau.
   *[other] { $unused } lignes n’ont pas pu être utilisées : elles ont été remises dans la zone ci-dessous pour que vous puissiez les corriger et les ajouter de nouveau.
}
banner-invitees-added = { $added ->
    [one] { $added } personne ajoutée
    [many] { $added } de personnes ajoutées
   *[other] { $added } personnes ajoutées
}, { $invited ->
    [one] { $invited } invitation envoyée
    [many] { $invited } d’invitations envoyées
   *[other] { $invited } invitations envoyées
}. { $merged ->
    [0] {""}
    [one] { $merged } adresse figurait déjà dans la liste.
    [many] { $merged } d’adresses figuraient déjà dans la liste.
   *[other] { $merged } adresses figuraient déjà dans la liste.
} { $updated ->
    [0] {""}
    [one] Les informations de { $updated } personne invitée ont été mises à jour.
    [many] Les informations de { $updated } de personnes invitées ont été mises à jour.
   *[other] Les informations de { $updated } personnes invitées ont été mises à jour.
}
banner-invitations-sent = { $count ->
    [one] { $count } invitation est en file d’attente.
    [many] { $count } d’invitations sont en file d’attente.
   *[other] { $count } invitations sont en file d’attente.
}
banner-reminders-sent = { $count ->
    [0] Aucun rappel n’a été envoyé : tout le monde a répondu ou a reçu un message au cours des dernières 24 heures.
    [one] { $count } rappel est en file d’attente.
    [many] { $count } de rappels sont en file d’attente.
   *[other] { $count } rappels sont en file d’attente.
}
banner-invitee-removed = La personne a été retirée des personnes invitées. Ses liens personnels ne fonctionnent plus ; une réponse déjà donnée est conservée.
banner-required-saved = Enregistré : le tableau des présences nécessaires à la réunion en tient compte.
banner-notifications-saved = Vos paramètres de courriel ont été enregistrés.

## Présences nécessaires à la réunion (page d’administration)

quorum-heading = Présences nécessaires à la réunion
quorum-hint = Pour chaque créneau : si toutes les personnes marquées comme indispensables peuvent venir, et combien de personnes invitées de chaque affiliation ne le peuvent pas ou n’ont pas encore répondu.
quorum-slot = Créneau
quorum-required = Personnes indispensables
quorum-invitees = Personnes invitées manquantes
quorum-none-required = Personne n’est marqué comme indispensable.
quorum-all-required = { $count ->
    [one] La personne indispensable peut venir.
    [many] Les { $count } de personnes indispensables peuvent toutes venir.
   *[other] Les { $count } personnes indispensables peuvent toutes venir.
}
quorum-person-no-answer = { $name } (pas encore de réponse)
quorum-person-cannot = { $name } (indisponible)
quorum-required-missing = Manquants : { $names }
# Personnes invitées manquantes d’une affiliation, par ex. « 2 de DC on Environment (3 personnes invitées) ».
quorum-gap = { $missing } de { $affiliation } ({ $invited ->
    [one] { $invited } personne invitée
    [many] { $invited } de personnes invitées
   *[other] { $invited } personnes invitées
    })
quorum-missing = Manquants : { $groups }
quorum-nobody-missing = Toutes les personnes invitées peuvent venir.
# Désigne l’affiliation des personnes invitées qui n’en ont indiqué aucune.
quorum-no-affiliation = Sans affiliation
# Comme quorum-gap, pour les personnes invitées sans affiliation.
quorum-gap-none = { $missing } sans affiliation ({ $invited ->
    [one] { $invited } personne invitée
    [many] { $invited } de personnes invitées
   *[other] { $invited } personnes invitées
    })

## Déplacer une réunion finalisée, paramètres de courriel, prochain sondage d’une série (page d’administration)

admin-finalized-move = La réunion est fixée. Vous pouvez la déplacer vers un autre créneau : toutes les personnes concernées reçoivent le nouvel horaire, et l’événement est déplacé dans leur agenda.
admin-move-recipients = { $count ->
    [one] Cette action envoie { $count } message, à vous uniquement.
    [many] Cette action envoie { $count } de messages : à vous et à toutes les personnes concernées.
   *[other] Cette action envoie { $count } messages : à vous et à toutes les personnes concernées.
}
admin-move-submit = Déplacer la réunion vers ce créneau
admin-notify-heading = Courriels qui vous sont adressés
admin-notify-legend = Au sujet des nouvelles réponses et des nouveaux commentaires, écrire à { $email } :
admin-notify-none = jamais (consultez cette page)
admin-notify-each = à chaque nouvelle réponse ou nouveau commentaire
admin-notify-digest = un résumé quotidien, vers 09:00 dans le fuseau horaire du sondage, s’il y a du nouveau
admin-remind-before = Rappel automatique, nombre d’heures avant la date limite
admin-remind-before-hint = Les personnes invitées qui n’ont pas répondu reçoivent un rappel, vers 09:00 dans leur propre fuseau horaire (jamais la nuit), au moins ce nombre d’heures avant la date limite. Laissez vide pour ne pas en envoyer.
admin-remind-before-no-deadline = Une date limite est nécessaire : fixez-en une dans les paramètres.
admin-notify-submit = Enregistrer les paramètres de courriel
admin-duplicate-heading = Prochaine réunion de cette série
admin-duplicate-text = { $count ->
    [0] Un nouveau sondage avec le même titre, la même description, le même lieu, la même durée et les mêmes options, mais avec ses propres créneaux et sa propre date limite.
    [one] Un nouveau sondage avec le même titre, la même description, le même lieu, la même durée et les mêmes options, ainsi que votre personne invitée (qui recevra l’invitation quand vous le déciderez) ; indiquez ses créneaux ci-dessous.
    [many] Un nouveau sondage avec le même titre, la même description, le même lieu, la même durée et les mêmes options, ainsi que vos { $count } de personnes invitées (qui recevront l’invitation quand vous le déciderez) ; indiquez ses créneaux ci-dessous.
   *[other] Un nouveau sondage avec le même titre, la même description, le même lieu, la même durée et les mêmes options, ainsi que vos { $count } personnes invitées (qui recevront l’invitation quand vous le déciderez) ; indiquez ses créneaux ci-dessous.
}
admin-duplicate-submit = Créer le nouveau sondage

## Courriels sur les invitations et l’activité (templates/mail/invitation, templates/mail/activity)

# Formule d’appel quand seule l’adresse est connue.
mail-greeting-anonymous = Bonjour,
mail-invite-subject = { $organizer } vous demande quand vous pouvez vous réunir : « { $title } »
mail-reminder-subject = Rappel : quand pouvez-vous vous réunir ? « { $title } »
# $deadline est une date, une heure et un fuseau, dans le fuseau du destinataire.
mail-reminder-subject-deadline = Rappel : veuillez répondre au plus tard le { $deadline } : « { $title } »
mail-invite-intro = { $organizer } vous invite à indiquer quand vous pouvez vous réunir pour « { $title } ».
mail-reminder-intro = { $organizer } attend toujours votre réponse au sujet de « { $title } ».
mail-invite-slots = Les créneaux proposés, dans votre fuseau horaire ({ $zone }) :
mail-invite-deadline = Veuillez répondre au plus tard le { $deadline }.
mail-invite-link = Votre lien personnel (il renseigne votre nom et conserve votre réponse) :
mail-invite-personal = Ce lien vous est propre : merci de ne pas le transférer. Revenez-y pour modifier votre réponse jusqu’à la clôture du sondage.
# Quand l’organisateur déplace une réunion finalisée vers un autre créneau.
mail-final-subject-moved = Nouvel horaire : { $title } : { $when }
mail-final-moved = La réunion « { $title } » a été déplacée à un nouvel horaire.
mail-final-was = Ancien horaire ({ $zone }) :
# À l’organisateur : un avis à chaque réponse ou commentaire, ou un résumé quotidien.
mail-notice-subject-answer = { $name } a répondu au sondage « { $title } »
mail-notice-subject-changed = { $name } a modifié sa réponse au sondage « { $title } »
mail-notice-subject-comment = { $name } a commenté le sondage « { $title } »
mail-digest-subject = « { $title } » : { $answers ->
    [one] { $answers } nouvelle réponse
    [many] { $answers } de nouvelles réponses
   *[other] { $answers } nouvelles réponses
}, { $comments ->
    [one] { $comments } commentaire
    [many] { $comments } de commentaires
   *[other] { $comments } commentaires
}
mail-notice-intro = Il y a du nouveau dans votre sondage « { $title } ».
mail-digest-intro = Voici ce qui s’est passé dans votre sondage « { $title } » depuis le dernier résumé.
mail-activity-answered = { $name } a répondu :
mail-activity-changed = { $name } a modifié sa réponse :
mail-activity-comment = { $name } a écrit :
mail-activity-total = { $count ->
    [one] { $count } réponse au total.
    [many] { $count } de réponses au total.
   *[other] { $count } réponses au total.
}
mail-activity-invitees = { $answered ->
    [one] { $answered } personne invitée sur { $invited } a répondu.
    [many] { $answered } de personnes invitées sur { $invited } ont répondu.
   *[other] { $answered } personnes invitées sur { $invited } ont répondu.
}
mail-activity-best = Meilleur créneau à ce stade : { $slot } ({ $counts }).
mail-activity-settings = Vous recevez ce courriel en raison du paramètre de courriel choisi sur la page d’administration de votre sondage ; vous pouvez le modifier sur cette page.

## Problèmes liés aux invitations et aux paramètres de courriel (formulaires et API)

error-invitees-empty = La liste est vide : collez une personne par ligne, ou choisissez un fichier.
error-invitees-both = Collez une liste ou choisissez un fichier, mais pas les deux.
error-invitee-file-empty = Le fichier est vide.
error-invitee-file-encoding = Le fichier n’est pas un texte UTF-8. Dans votre tableur, enregistrez-le au format « CSV UTF-8 », puis choisissez-le de nouveau.
error-notify = « { $value } » n’est pas un paramètre de courriel valide : utilisez none, each ou digest
error-remind-before = « { $value } » n’est pas un nombre d’heures compris entre 1 et 720
conflict-invite-closed = Ce sondage n’accepte pas de réponses pour le moment : aucune invitation ne peut donc être envoyée. Rouvrez-le d’abord.
conflict-remind-closed = Ce sondage n’accepte pas de réponses pour le moment : aucun rappel ne peut donc être envoyé.
conflict-invitees-max = Un sondage peut compter au plus { $max } personnes invitées.
conflict-mail-cap-invite = Les invitations nécessiteraient l’envoi de { $needed } messages, mais un sondage peut en envoyer au plus { $cap } en 24 heures et celui-ci en a déjà envoyé { $queued }. Rien n’a été modifié. Réessayez plus tard ou demandez aux responsables de ce service Convene de relever la limite.
conflict-mail-cap-remind = Les rappels nécessiteraient l’envoi de { $needed } messages, mais un sondage peut en envoyer au plus { $cap } en 24 heures et celui-ci en a déjà envoyé { $queued }. Rien n’a été modifié. Réessayez plus tard ou demandez aux responsables de ce service Convene de relever la limite.

## À l’heure de chacun : ce que coûte chaque créneau aux personnes, dans leur propre fuseau horaire
## (résultats et page d’administration, src/web/pages/fairness.rs, src/web/pages/view.rs)

# Nombre de personnes qu’un créneau place la nuit, hors des heures de travail, ou toutes pendant
# les heures de travail ; affiché après ☾, ◐ et ☀ : « ☾ 2 personnes la nuit · ◐ 1 personne hors des heures de travail ».
cost-night = { $count ->
    [one] { $count } personne la nuit
    [many] { $count } de personnes la nuit
   *[other] { $count } personnes la nuit
}
cost-off = { $count ->
    [one] { $count } personne hors des heures de travail
    [many] { $count } de personnes hors des heures de travail
   *[other] { $count } personnes hors des heures de travail
}
cost-none = { $count ->
    [one] heures de travail pour la seule personne
    [many] heures de travail pour les { $count } de personnes
   *[other] heures de travail pour les { $count } personnes
}
# Intitulé de la ligne sous les totaux.
results-cost-row = À leur heure locale
fairness-heading = À l’heure de chacun
fairness-hint = Début de chaque créneau dans le fuseau horaire de chaque participant : ☀ heures de travail, ◐ hors des heures de travail (tôt le matin ou le soir), ☾ nuit. Parmi les créneaux où le même nombre de personnes sont disponibles, le meilleur est celui qui obtient le score le plus bas : 3 points par personne placée la nuit, 1 point par personne placée hors des heures de travail.
fairness-none = Dès que des personnes auront répondu, leurs heures locales s’afficheront ici.
fairness-zone = Fuseau horaire (personnes)
class-working = heures de travail
class-off = hors des heures de travail
class-night = nuit
fairness-hours-heading = Heures de la journée
fairness-hours-hint = Selon l’heure locale de chaque personne. Fin de la nuit, début du travail, fin du travail, début de la nuit.
field-day-start = Fin de la nuit
field-work-start = Début du travail
field-work-end = Fin du travail
field-night-start = Début de la nuit
fairness-hours-submit = Enregistrer les heures
banner-hours-saved = Les heures de la journée ont été enregistrées ; le coût des créneaux est désormais calculé d’après elles.
error-hour = « { $value } » n’est pas une heure valide ; saisissez-la au format 07:00
error-hours-order = Les heures doivent se suivre dans cet ordre : fin de la nuit, puis début du travail, puis fin du travail, puis début de la nuit

## Le planificateur (templates/planner/show.html, src/web/pages/planner.rs)

planner-title = Trouver des horaires équitables
planner-heading = Trouvez des horaires équitables pour tous
planner-lead = Indiquez les jours, la durée de la réunion et où se trouvent les personnes ; le planificateur propose les heures de début qui placent le moins de personnes possible la nuit ou hors des heures de travail, selon leur heure locale.
planner-back-to-admin = Retour à la page d’administration du sondage
planner-from = Premier jour
planner-to = Dernier jour
planner-zone = Votre fuseau horaire
planner-zone-hint = Les jours et les jours de la semaine s’entendent dans ce fuseau horaire.
# $minutes vaut 15, 30 ou 60.
planner-step = Essayer une heure de début toutes les
planner-step-minutes = { $minutes } minutes
planner-weekdays = Ces jours de la semaine
weekday-mon = Lundi
weekday-tue = Mardi
weekday-wed = Mercredi
weekday-thu = Jeudi
weekday-fri = Vendredi
weekday-sat = Samedi
weekday-sun = Dimanche
planner-zones = Où se trouvent les personnes
planner-zones-hint = Un fuseau horaire ou une ville par ligne, avec le nombre de personnes qui s’y trouvent : « Asia/Kathmandu 3 », « new york 2 ».
planner-submit = Proposer des horaires
planner-proposals = Heures de début proposées
planner-rule = Classement par score (3 points par personne placée la nuit, 1 point par personne placée hors des heures de travail), puis par nombre croissant de personnes placées la nuit, puis par ordre chronologique. Chaque bande représente la journée d’un fuseau horaire, à partir de minuit : heures de travail, hors des heures de travail et nuit, avec la réunion mise en évidence.
planner-none = Aucune heure de début ne convient pour ces jours.
planner-score = score : { $score }
planner-start-poll = Créer un sondage avec les horaires choisis
planner-add-slots = Ajouter les horaires choisis comme créneaux
# Sur la page de création et sur la page d’administration, un lien vers le planificateur.
planner-link = Vous ne savez pas quels horaires proposer ? Laissez le planificateur en proposer d’équitables.
error-date = « { $value } » n’est pas une date valide ; saisissez-la sous la forme 2027-03-22
error-planner-range-empty = Le dernier jour précède le premier
error-planner-range-long = La période dépasse { $days ->
    [one] { $days } jour
    [many] { $days } de jours
   *[other] { $days } jours
    }
error-planner-step = Choisissez un intervalle de 15, 30 ou 60 minutes
error-planner-zones-empty = Indiquez au moins un fuseau horaire
# $problem indique ce qui ne va pas dans la ligne.
error-planner-zone-line = Ligne { $n } : { $problem }

## Issue 8 : limites du planificateur et charge répartie sur une série
error-planner-too-much = Cela fait trop d’heures de début pour autant de fuseaux horaires : choisissez un intervalle plus long, moins de jours ou moins de fuseaux horaires
series-heading = Sur l’ensemble de cette série
# $count : les réunions de la série dont l’horaire a été choisi.
series-hint = { $count ->
    [one] Nombre de fois où l’unique réunion de cette série dont l’horaire a été choisi est tombée la nuit ou hors des heures de travail dans chaque fuseau horaire (selon les heures de la journée de ce sondage). Les fuseaux horaires en haut du tableau ont supporté les heures ingrates : un horaire qui les leur épargne répartit la charge.
    [many] Nombre de fois où les { $count } de réunions de cette série dont l’horaire a été choisi sont tombées la nuit ou hors des heures de travail dans chaque fuseau horaire (selon les heures de la journée de ce sondage). Les fuseaux horaires en haut du tableau ont supporté les heures ingrates : un horaire qui les leur épargne répartit la charge.
   *[other] Nombre de fois où les { $count } réunions de cette série dont l’horaire a été choisi sont tombées la nuit ou hors des heures de travail dans chaque fuseau horaire (selon les heures de la journée de ce sondage). Les fuseaux horaires en haut du tableau ont supporté les heures ingrates : un horaire qui les leur épargne répartit la charge.
}
series-no-zones = Aucun fuseau horaire n’est encore connu : le tableau s’affichera dès que des personnes auront répondu ou que des personnes invitées auront un fuseau horaire.
series-night = réunions la nuit
series-off = réunions hors des heures de travail

## Issue 11 : grilles de disponibilités
# $value : le type tel qu’il a été envoyé.
error-poll-kind = « { $value } » n’est pas un type de sondage : choisissez des créneaux proposés, des journées entières ou une grille de disponibilités
# $value : la case telle qu’elle a été envoyée (un instant UTC).
error-not-a-cell = « { $value } » n’est pas une case de la grille de ce sondage
# $value : la taille de case telle qu’elle a été saisie.
error-grid-cell = Une case dure 15, 30 ou 60 minutes, et non « { $value } »
error-grid-range-empty = Le dernier jour précède le premier
error-grid-range-long = Une grille couvre au plus { $days ->
    [one] { $days } jour
    [many] { $days } de jours
   *[other] { $days } jours
    }
error-grid-aligned = Les heures de chaque jour doivent tomber sur les limites des cases (toutes les { $minutes } minutes)
error-grid-past = Cette grille est terminée : son dernier jour doit être aujourd’hui ou plus tard
create-kind = Que demander ?
create-kind-times = Des créneaux proposés
create-kind-times-hint = Quelques horaires que vous proposez ; chacun répond oui, si nécessaire ou non pour chacun d’eux.
create-kind-availability = Une grille de disponibilités
create-kind-availability-hint = Une période de jours et d’heures ; chacun indique quand il est disponible, et vous choisissez la plage qui convient au plus grand nombre.
create-grid = La grille
create-grid-hint = Jours et heures à votre heure locale (le fuseau horaire du sondage). Chaque personne voit la grille à sa propre heure locale. Des heures qui finissent avant de commencer se prolongent au-delà de minuit.
field-grid-from = Premier jour
field-grid-to = Dernier jour
field-grid-day-start = Chaque jour de
field-grid-day-end = Chaque jour jusqu’à
field-grid-day-end-hint = Une heure antérieure au début désigne le lendemain (de 22:00 à 02:00).
field-grid-cell = Cases de
grid-answer-heading = Quand êtes-vous disponible ?
grid-answer-hint = Cochez chaque horaire où vous êtes disponible. La grille est à votre heure locale : les jours et les heures suivent votre fuseau horaire.
grid-answer-caption = Vos disponibilités : une ligne par heure de la journée, une colonne par date
grid-paint-legend = Marquer comme
grid-paint-clear = Indisponible
grid-keys-hint = Faites glisser la souris sur les cases, ou utilisez les touches fléchées et la touche Espace ; Maj avec une touche fléchée marque les cases au fil du déplacement.
grid-time = Heure
grid-best-heading = Meilleures plages
grid-no-window = Aucune plage ne convient encore à personne.
# $count : les personnes qui ont répondu.
grid-heat-hint = { $count ->
    [one] Nombre de personnes disponibles dans chaque case, sur la seule personne qui a répondu ; (+N) indique celles qui sont disponibles si nécessaire. Plus la teinte est foncée, plus elles sont nombreuses.
    [many] Nombre de personnes disponibles dans chaque case, sur les { $count } de personnes qui ont répondu ; (+N) indique celles qui sont disponibles si nécessaire. Plus la teinte est foncée, plus elles sont nombreuses.
   *[other] Nombre de personnes disponibles dans chaque case, sur les { $count } personnes qui ont répondu ; (+N) indique celles qui sont disponibles si nécessaire. Plus la teinte est foncée, plus elles sont nombreuses.
}
grid-heat-caption = Qui est disponible, et quand : nombre de personnes par case
grid-heat-legend = personnes disponibles
grid-nobody = personne
# $maybe : des noms.
grid-names-maybe-only = si nécessaire : { $maybe }
# $yes et $maybe : des noms.
grid-names-both = { $yes } ; si nécessaire : { $maybe }
# $count : les personnes disponibles pendant toute la plage.
grid-window-free = { $count ->
    [one] { $count } personne disponible
    [many] { $count } de personnes disponibles
   *[other] { $count } personnes disponibles
}
# $count : les personnes disponibles ; $maybe : combien d’entre elles le sont seulement si nécessaire.
grid-window-free-maybe = { $count ->
    [one] { $count } personne disponible
    [many] { $count } de personnes disponibles
   *[other] { $count } personnes disponibles
}, dont { $maybe } si nécessaire
grid-finalize-label = La réunion commence à
# $zone : le fuseau horaire des heures proposées.
grid-finalize-hint = Heures dans le fuseau { $zone }. À partir de l’heure choisie, la réunion dure le temps prévu par le sondage.
grid-finalize-choose = Choisissez une heure de début
grid-finalize-any = Toutes les heures de début
# La grille d’un sondage de disponibilités dans un courriel. $from et $to : des dates ; $start et $end : HH:MM dans le fuseau $zone ; $minutes : la taille des cases.
mail-grid-summary = Chacun indique quand il est disponible du { $from } au { $to }, chaque jour de { $start } à { $end } (fuseau { $zone }), par cases de { $minutes } minutes. La page du sondage affiche la grille à votre propre heure locale.
# $title : le sondage.
mail-edit-thanks-grid = Merci d’avoir indiqué vos disponibilités pour le sondage « { $title } ».
# $value : la case (un instant UTC).
error-marked-twice = La case { $value } est marquée à la fois comme disponible et comme « si nécessaire » : choisissez l’un ou l’autre

## Issue 8 : améliorations du planificateur
planner-count = Nombre de propositions à afficher
planner-finalized = Le sondage est finalisé : rouvrez-le sur sa page d’administration pour y ajouter des horaires.
error-planner-weekdays = Cochez au moins un jour de la semaine
# $value : tel que saisi ; $max : le nombre maximal de propositions.
error-planner-proposals = « { $value } » n’est pas un nombre de propositions compris entre 1 et { $max }
error-planner-range-past = Cette période est terminée : son dernier jour doit être aujourd’hui ou plus tard
# $value : le nombre tel que saisi.
error-planner-count = « { $value } » n’est pas un nombre de personnes compris entre 1 et 10 000
# $value: the weekdays as sent.
error-grid-weekday = « { $value } » n’est pas une liste de jours de la semaine (mon, tue, wed, thu, fri, sat, sun)
error-grid-no-day = Aucun de ces jours ne tombe un jour de la semaine coché
error-grid-no-slots = Un sondage de disponibilités n’a pas de créneaux à ajouter : chacun coche les cases de sa grille

## dates
create-kind-dates = Journées entières
create-kind-dates-hint = Quelques dates que vous proposez, pour une réunion qui occupe la journée ; chacun répond oui, si nécessaire ou non pour chacune. Une date est la même pour tous, quel que soit leur fuseau horaire.
create-days = Dates proposées
create-days-hint = Une date par ligne. Les lignes vides sont ignorées.
create-duration-days-hint = Sans objet pour des journées entières.
day-row-number = Date
# $n: the row's number.
day-row-legend = Date { $n }
day-row-add = Ajouter une date
day-all-day = toute la journée
# $date: the date in full (Sunday 28 March 2027).
day-label = { $date }, toute la journée
answer-days-hint = Chaque option est une journée entière : la même date pour tous, où qu’ils soient.
admin-announcement-days-hint = Prêt à coller : le titre, le lien, la date limite et les dates.
admin-add-days = Ajouter des dates
admin-add-days-hint = Une date par ligne. Les lignes vides sont ignorées.
announcement-intro-days = { $organizer } demande quels jours vous pouvez vous réunir. Merci de répondre à ce lien :
announcement-days = Les dates proposées (les mêmes pour tous, quel que soit le fuseau horaire) :
mail-admin-days = Dates proposées (les mêmes pour tous, quel que soit le fuseau horaire) :
mail-edit-thanks-days = merci d’avoir répondu à « { $title } ». Vos réponses :
mail-invite-days = Les dates proposées (les mêmes pour tous, quel que soit le fuseau horaire) :
mail-final-day = La date :
mail-final-was-day = C’était le :
# $n: the date's number in the list; $value: the text given.
error-day-format = La date { $n } (« { $value } ») n’est pas une date ; écrivez-la sous la forme 2027-03-28
error-day-past = La date { $n } ({ $value }) est passée ; choisissez aujourd’hui ou une date ultérieure
error-day-far = La date { $n } ({ $value }) est à plus de { $years } ans ; choisissez une date plus proche
error-day-duplicate = La date { $n } ({ $value }) est donnée deux fois ; supprimez le doublon
error-no-days = Indiquez au moins une date proposée
error-row-day-format = « { $value } » n’est pas une date ; écrivez-la sous la forme 2027-03-28.
error-row-day-past = Cette date est passée ; choisissez aujourd’hui ou une date ultérieure.
error-row-day-duplicate = Cette date est donnée deux fois ; supprimez le doublon.
error-day-row = Date { $n } : { $problem }

## exports
# Libellé d’un horaire dans les fichiers exportés. $date : la date locale en entier ; $time : HH:MM à l’heure de $zone (identifiant IANA) ; $utc : l’heure UTC (HH:MM, ou AAAA-MM-JJ HH:MM quand la date UTC est un autre jour).
export-slot-label = { $date } { $time } { $zone } ({ $utc } UTC)
export-csv-name = Nom
export-csv-affiliation = Affiliation
export-csv-zone = Fuseau horaire
export-csv-answered-at = Répondu le (UTC)
export-csv-email = Adresse électronique
export-csv-yes = oui
export-csv-if-need-be = si nécessaire
export-csv-no = non
export-participants-heading = { $title } — liste des participants
export-participants-when = { $local } — { $utc }
export-participants-no-affiliation = Sans affiliation
export-participants-group = { $affiliation } ({ $count })
export-participants-if-need-be = { $name } (si nécessaire)
export-participants-count = { $count ->
    [one] { $count } personne peut participer.
   *[other] { $count } personnes peuvent participer.
}
export-participants-not-answered = { $count ->
    [one] { $count } invité n’a pas répondu.
   *[other] { $count } invités n’ont pas répondu.
}
export-heading = Exporter
export-csv-link = Télécharger les réponses (CSV)
export-csv-emails-link = Télécharger les réponses avec les adresses électroniques (CSV)
export-csv-hint = Un fichier pour tableur : une ligne par réponse, une colonne par horaire, dans le fuseau du sondage et en UTC. Une cellule vide signifie « pas de réponse » pour cet horaire, ce qui n’est pas un « non ». Les cellules qu’un tableur pourrait exécuter comme formule commencent par une apostrophe.
export-participants-link = Télécharger la liste des participants (texte)
export-participants-show = Afficher la liste des participants
export-participants-none-yet = La liste des participants est prête dès qu’un horaire est choisi.
export-participants-page-title = Participants : { $title }
export-participants-page-hint = Les personnes qui peuvent venir à l’horaire choisi, par affiliation, prêtes à copier dans le compte rendu.
export-participants-label = Liste des participants
export-back-admin = Retour à la page de l’organisateur
export-feed-heading = Abonnement au calendrier
export-feed-label = Adresse d’abonnement
export-feed-hint = Ajoutez cette adresse à votre logiciel de calendrier comme abonnement (« À partir d’une URL » ou « S’abonner à un calendrier »). Elle montre la réunion dès qu’un horaire est choisi et suit chaque changement ; les calendriers la consultent environ une fois par heure. Elle ne permet que la lecture : personne ne peut modifier le sondage avec elle.
export-feed-subscribe = S’abonner dans votre logiciel de calendrier
export-feed-none = Ce sondage n’a pas encore d’adresse d’abonnement.
export-feed-create = Créer une adresse d’abonnement
export-feed-replace = Remplacer l’adresse d’abonnement
export-feed-replace-text = L’adresse actuelle cesse aussitôt de fonctionner : les calendriers abonnés n’affichent plus la réunion. Les participants voient la nouvelle adresse sur la page du sondage dès qu’un horaire est choisi.
export-feed-replace-confirm = La remplacer maintenant
banner-feed-replaced = L’abonnement au calendrier a une nouvelle adresse ; l’ancienne ne fonctionne plus.
export-add-heading = Ajouter à un calendrier en ligne
export-add-google = Ajouter à Google Agenda
export-add-outlook = Ajouter à Outlook.com
export-add-office = Ajouter à Microsoft 365 (Outlook sur le web)
export-add-note = Ces liens quittent Convene : ils ouvrent le site du service de calendrier avec la réunion déjà remplie, et vous l’enregistrez là-bas.

## lifecycle
# The expiry warning mailed to the organizer. $title: the poll.
mail-expiry-subject = Votre sondage « { $title } » sera bientôt supprimé
# $title: the poll; $date: the deletion date on the poll's clock.
mail-expiry-intro = votre sondage « { $title } » sera supprimé le { $date }.
mail-expiry-what = Tout ce qui le compose disparaîtra alors : ses horaires, chaque réponse et chaque vote, les commentaires, la liste des invités et ses courriels. Personne ne pourra le récupérer.
mail-expiry-keep = Pour le conserver, ouvrez ce lien et appuyez sur « Conserver ce sondage » :
mail-expiry-nothing = Si vous n’en avez plus besoin, vous n’avez rien à faire.
mail-expiry-poll = Le sondage :
# Why the poll is deleted on that date. $days: the retention period in days.
lifecycle-reason-meeting = { $days ->
    [one] { $days } jour
   *[other] { $days } jours
} après sa réunion
lifecycle-reason-activity = { $days ->
    [one] { $days } jour
   *[other] { $days } jours
} après sa dernière activité
lifecycle-reason-keep = { $days ->
    [one] { $days } jour
   *[other] { $days } jours
} après que vous avez choisi de le conserver
# $date: the deletion date.
lifecycle-deleted-on = Ce sondage et ses réponses seront supprimés le { $date }.
# $date: the deletion date on the poll's clock; $reason: one of the lifecycle-reason texts.
lifecycle-admin-deleted-on = Ce sondage et ses réponses seront supprimés le { $date } ({ $reason }).
lifecycle-heading = Durée de conservation de ce sondage
keep-page-title = Conserver ce sondage
keep-page-text = Appuyez sur le bouton pour conserver le sondage et repousser sa suppression. Les réponses, les réglages et les liens restent tels quels.
keep-button = Conserver ce sondage
keep-done = Le sondage est conservé : il ne sera pas supprimé avant la date ci-dessous.
banner-kept = Le sondage est conservé : il ne sera pas supprimé avant la date indiquée ici.
lifecycle-reason-options = { $days ->
    [one] 1 jour
   *[other] { $days } jours
} après le dernier créneau qu’il propose ou sa date limite
error-start-no-grid = Ce sondage n’a pas de grille de disponibilités : choisissez l’un de ses créneaux avec slot_id
export-csv-hint-days = Un fichier pour tableur : une ligne par réponse, une colonne par date. Une cellule vide signifie « pas de réponse » pour cette date, ce qui n’est pas un « non ». Les cellules qu’un tableur pourrait exécuter comme une formule commencent par une apostrophe.
results-legend-days = Chaque cellule indique la réponse par un symbole et un mot : ✓ oui, (✓) si nécessaire, ✗ non, – pas de réponse. « Meilleur » désigne la date où le plus grand nombre de personnes sont disponibles (oui et si nécessaire) ; à égalité, celle qui a le plus de oui, puis la plus proche.
mail-final-chosen-day = La date de la réunion « { $title } » a été fixée.
date-format-hint-days = Si votre navigateur affiche de simples champs de texte, saisissez les dates sous la forme 2027-03-23.
error-day-exists = La date { $n } ({ $value }) fait déjà partie des dates de ce sondage
