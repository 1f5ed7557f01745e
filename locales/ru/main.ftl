# Convene: русский каталог. Ключи совпадают с английским эталонным каталогом
# (это проверяется тестом). Плейсхолдеры вида { $name } подставляет программа.
# Даты и время программа форматирует сама на языке пользователя.

## Every page (templates/base.html)

skip-to-content = Перейти к основному содержанию
language-label = Язык
language-apply = Изменить
footer-tagline = Convene: опросы для выбора времени встречи с правильным учётом часовых поясов.
footer-create = Создать опрос
required = (обязательно)
optional = (необязательно)

## Error pages (templates/errors/error.html, src/error.rs)

error-status = Ошибка { $status }
error-back = Вернитесь на предыдущую страницу с помощью кнопки «Назад» в браузере или
error-create-new = создайте новый опрос.
error-not-found-heading = Страница не найдена
error-not-found = По этому адресу опрос не найден, или ссылка неполная. Убедитесь, что вы скопировали ссылку из полученного письма целиком.
error-conflict-heading = Сейчас это невозможно
error-forbidden-heading = Не принято с другого сайта
error-forbidden = Эта форма была отправлена с другого сайта, поэтому Convene не стал её обрабатывать. Если вы действительно хотели это сделать, откройте страницу в самом Convene и отправьте форму оттуда.
error-bad-encoding-heading = Не удалось прочитать форму
error-bad-encoding = Форма была отправлена не в виде текста UTF-8, поэтому Convene её не обработал. Вернитесь назад и отправьте её снова; если это повторится, попробуйте другой браузер.
error-unavailable-heading = Сервис временно недоступен
error-unavailable = Сервис сейчас не может подключиться к базе данных. Пожалуйста, повторите попытку через минуту.
error-internal-heading = Что-то пошло не так
error-internal = Не удалось выполнить запрос. Частичного сохранения данных не произошло. Пожалуйста, повторите попытку; если ошибка повторяется, сообщите администратору сервиса этот идентификатор ошибки:
error-too-large-heading = Слишком большой объём данных
error-too-large = Отправленные данные превышают объём, который принимает Convene (не более { $kib } КиБ). Вернитесь назад: введённые данные остались в форме. Сократите самые длинные тексты или удалите строки вариантов и отправьте форму снова.
error-rate-limited-heading = Слишком много запросов
error-rate-limited = { $count ->
    [one] Из вашей сети за короткое время поступило слишком много запросов такого рода. Подождите { $count } секунду, затем вернитесь назад: введённые данные остались в форме, и её можно отправить снова.
    [few] Из вашей сети за короткое время поступило слишком много запросов такого рода. Подождите { $count } секунды, затем вернитесь назад: введённые данные остались в форме, и её можно отправить снова.
    [many] Из вашей сети за короткое время поступило слишком много запросов такого рода. Подождите { $count } секунд, затем вернитесь назад: введённые данные остались в форме, и её можно отправить снова.
   *[other] Из вашей сети за короткое время поступило слишком много запросов такого рода. Подождите { $count } секунды, затем вернитесь назад: введённые данные остались в форме, и её можно отправить снова.
}

## Create form (templates/polls/new.html)

create-title = Новый опрос
create-heading = Подберите время для встречи
create-lead = Предложите несколько вариантов времени, поделитесь ссылкой — и каждый ответит, видя время в своём часовом поясе.
create-rows-added = Ниже добавлено ещё пять строк для вариантов времени. Ничего не сохраняется, пока вы не нажмёте «Создать опрос».
create-about = О встрече
field-title = Название
field-description = Описание
field-location = Место или ссылка на встречу
create-you = Вы — организатор
field-your-name = Ваше имя
field-your-email = Ваш адрес электронной почты
create-email-hint = На этот адрес мы отправим секретную ссылку для управления опросом, а затем — окончательное время встречи. Участники его не видят.
create-when = Когда
create-zone-label = Часовой пояс для указанного ниже времени
create-zone-hint = Введите название города на английском языке или название часового пояса, например Zurich или Europe/Zurich. Участники увидят всё время в своём часовом поясе.
field-duration = Продолжительность встречи (в минутах)
field-deadline = Срок ответа
create-deadline-hint = В указанном выше часовом поясе. По истечении срока ответы больше не принимаются.
create-slots = Варианты времени
create-slots-hint = Дата и время начала каждого варианта в указанном выше часовом поясе. Пустые строки не учитываются.
date-format-hint = Если браузер показывает обычные текстовые поля, вводите дату в формате 2027-03-23, а время — в формате 13:00 (24-часовой формат).
create-more-rows-hint = Нужно больше строк? Нажмите «Добавить ещё 5 строк» в конце формы — введённые данные сохранятся.
create-options = Параметры
create-offer-if-need-be = Предложить вариант ответа «при необходимости» в дополнение к «да» и «нет»
field-hide-results = Скрывать ответы от участников, пока вы не выберете время
create-hide-results-hint = На своей странице управления опросом вы всегда видите все ответы.
create-submit = Создать опрос
create-more-rows = Добавить ещё 5 строк
honeypot-label = Оставьте это поле пустым
honeypot-heading = Пока ничего не сохранено
honeypot-text = Было заполнено скрытое поле, которое ловит спам-роботов (иногда так делает и автозаполнение браузера). Проверьте форму ниже и снова нажмите «Создать опрос».

## Shared parts of the poll pages (templates/polls/macros.html)

error-summary = { $count ->
    [one] Пожалуйста, исправьте { $count } ошибку
    [few] Пожалуйста, исправьте { $count } ошибки
    [many] Пожалуйста, исправьте { $count } ошибок
   *[other] Пожалуйста, исправьте { $count } ошибки
}
zone-picker-label = Показывать время в часовом поясе
zone-picker-apply = Показать время
zone-picker-hint = Введите название города на английском языке или название часового пояса, например Kathmandu или America/New_York.
tally-yes = да
tally-if-need-be = при необходимости
tally-no = нет
slot-row-number = Вариант
slot-row-legend = Вариант { $n }
slot-row-date = Дата
slot-row-time = Время начала
slot-row-remove = Удалить
slot-row-add = Добавить вариант
slot-row-which = Какое именно { $time }?
slot-row-choose = Выберите вариант
slot-row-first = { $time } UTC{ $offset } (в первый раз, до перевода часов назад)
slot-row-second = { $time } UTC{ $offset } (во второй раз, после перевода часов назад)
badge-best = Лучший
badge-chosen = Выбран
badge-you = Вы
slot-summary = Могут участвовать: { $available } (да: { $yes }, при необходимости: { $if_need_be }); не могут: { $no }.
results-caption = Ответы по вариантам
results-caption-empty = Ответы по вариантам (пока нет)
results-participant = Участник
results-delete = Удалить
results-delete-whose = ответ участника { $name }
results-total = Итого
results-legend = В каждой ячейке ответ обозначен символом и словом: ✓ да, (✓) при необходимости, ✗ нет, – нет ответа. Отметкой «Лучший» обозначен вариант, в котором могут участвовать больше всего людей (ответы «да» и «при необходимости»); при равенстве выбирается вариант с бо́льшим числом ответов «да», а затем — более ранний.
results-no-answers = Ответов пока нет.
vote-yes = Да
vote-if-need-be = При необходимости
vote-no = Нет
vote-none = Нет ответа
comments-heading = Комментарии
comments-none = Комментариев пока нет.
comments-add = Добавить комментарий
comments-body = Комментарий
comments-submit = Опубликовать комментарий
comments-elsewhere = Добавить комментарий можно на странице для участников

## The participant page (templates/polls/show.html)

fact-organizer = Организатор
fact-location = Место
fact-length = Продолжительность
status-open = Открыт
status-closed = Закрыт
status-finalized = Время назначено
status-open-text = Ответы принимаются.
status-open-until = Ответы принимаются. Срок: { $deadline }.
status-closed-deadline = Опрос закрыт: срок ответа ({ $deadline }) истёк, поэтому добавлять и изменять ответы больше нельзя.
status-closed-text = Опрос закрыт: организатор прекратил приём ответов.
status-finalized-text = Время встречи назначено: { $slot }.
final-heading = Время встречи
final-add-to-calendar = Добавить в календарь (.ics)
answer-saved = Ваш ответ сохранён.
personal-heading = Ваша персональная ссылка
personal-text = Добавьте эту ссылку в закладки, чтобы позже изменить или удалить свой ответ. Любой, у кого она есть, может изменить ваш ответ, поэтому никому её не передавайте.
personal-mailed = Мы также отправили её вам по электронной почте.
personal-not-mailed = На этот раз мы не отправили вам эту ссылку по электронной почте: Convene ограничивает число писем от одного опроса, чтобы защитить людей от нежелательной почты. Скопируйте ссылку или добавьте эту страницу в закладки.
answer-heading = Ваш ответ
answer-heading-edit = Изменение ответа
answer-times-in = Время указано в часовом поясе { $zone }; для каждого варианта также приведено время UTC.
field-affiliation = Организация
field-email = Адрес электронной почты
answer-email-hint = Адрес видит только организатор. Мы используем его, чтобы отправить вам ссылку для изменения ответа и окончательное время встречи.
field-your-zone = Ваш часовой пояс
answer-zone-hint = Город (на английском языке) или название часового пояса. Используется для указания времени в письмах вам.
answer-can-you = Сможете ли вы участвовать?
answer-with-yours = (с учётом вашего ответа)
answer-submit = Сохранить мой ответ
answer-submit-edit = Сохранить изменения
answers-heading = Ответы
answers-closed = Добавлять и изменять ответы больше нельзя.
answers-yours = Ваши ответы
results-heading = Результаты
responses-count = { $count ->
    [one] { $count } ответ
    [few] { $count } ответа
    [many] { $count } ответов
   *[other] { $count } ответа
}
results-hidden = Организатор решил скрыть ответы, пока не будет выбрано время встречи.
results-hidden-yours = Ваши собственные ответы указаны в форме выше.
withdraw-heading = Удаление ответа
withdraw-text = Ваше имя и ответы будут удалены из опроса, а ваша персональная ссылка перестанет работать.
withdraw-submit = Удалить мой ответ

## The organizer's admin page (templates/admin/show.html, src/web/pages/admin.rs)

admin-title = Управление: { $title }
admin-eyebrow = Управление опросом
admin-created = Ваш опрос готов.
admin-created-mailed = Поделитесь приведённой ниже ссылкой для участников. Мы также отправили обе ссылки на адрес { $email }.
admin-links = Ссылки
admin-participant-link = Ссылка для участников: отправьте её всем приглашённым
admin-admin-link = Ваша ссылка для управления: храните её в тайне
admin-admin-link-hint = Любой, у кого есть эта ссылка, может изменить или удалить опрос. Она также отправлена вам по электронной почте.
admin-replace-link = Заменить ссылку для управления
admin-replace-link-text = Если эта ссылка попала к тому, к кому не должна была: её заменит новая, старая сразу перестанет работать, а новая будет отправлена вам по электронной почте.
admin-replace-link-confirm = Заменить ссылку для управления сейчас
admin-announcement = Объявление для списка рассылки
admin-announcement-hint = Готовый текст для вставки: название, ссылка, срок ответа и варианты времени в часовом поясе { $zone } и в UTC.
admin-open-participant-page = Открыть страницу для участников
admin-download-ics = Скачать файл календаря (.ics)
admin-mail = Письма
admin-mail-sent = Отправлено: { $sent }.
admin-mail-pending = Ожидают отправки: { $pending } (повторные попытки выполняются автоматически).
admin-mail-failed = Не доставлено: { $failed }.
admin-mail-failed-hint = Эти письма не удалось доставить: почтовый сервер отклонил их или оказался недоступен. После исправления настроек почты отправьте их повторно:
admin-mail-retry = Повторно отправить недоставленные письма
admin-results-private = Адреса электронной почты и часовые пояса видите только вы.
admin-results-hidden = Участники не видят ответов, пока вы не назначите время встречи.
admin-finalize-heading = Выбор времени встречи
admin-finalized-reopen = Время встречи назначено. Чтобы выбрать другое время, сначала снова откройте опрос.
admin-finalize-text = Все, кто указал адрес электронной почты, и вы сами получат письмо со временем встречи в своём часовом поясе и файлом календаря.
admin-finalize-slot = Вариант
slot-counts = да: { $yes }, при необходимости: { $if_need_be }
admin-finalize-recipients = { $count ->
    [one] Будет отправлено { $count } письмо: вам и всем, кто указал адрес электронной почты.
    [few] Будут отправлены { $count } письма: вам и всем, кто указал адрес электронной почты.
    [many] Будет отправлено { $count } писем: вам и всем, кто указал адрес электронной почты.
   *[other] Будет отправлено { $count } письма: вам и всем, кто указал адрес электронной почты.
}
admin-finalize-submit = Назначить время и разослать уведомления
admin-open-closed = Приём ответов
admin-close-text = После закрытия новые ответы и изменения не принимаются; позже опрос можно открыть снова.
admin-close-submit = Закрыть опрос
admin-reopen-finalized-text = При повторном открытии назначенное время отменяется и ответы снова принимаются.
admin-reopen-cancel-recipients = { $count ->
    [one] Вам будет отправлена отмена для календаря.
    [few] Будет отправлено { $count } письма с отменой для календарей: вам и всем, кому была отправлена встреча.
    [many] Будет отправлено { $count } писем с отменой для календарей: вам и всем, кому была отправлена встреча.
   *[other] Будет отправлено { $count } письма с отменой для календарей: вам и всем, кому была отправлена встреча.
}
admin-reopen-text = После повторного открытия ответы снова принимаются.
admin-reopen-submit = Открыть опрос снова
admin-settings = Настройки
admin-deadline-hint = В часовом поясе { $zone }. Оставьте поле пустым, если срок не нужен.
admin-offer-if-need-be = Предлагать вариант ответа «при необходимости»
admin-settings-submit = Сохранить настройки
admin-slots = Варианты времени
admin-slots-text = При удалении варианта удаляются и все ответы на него.
admin-remove-slot-whose = вариант { $slot } и ответы на него
admin-remove-slot-answers = { $count ->
    [one] Вместе с этим вариантом будет удалён { $count } ответ на него.
    [few] Вместе с этим вариантом будут удалены { $count } ответа на него.
    [many] Вместе с этим вариантом будет удалено { $count } ответов на него.
   *[other] Вместе с этим вариантом будет удалено { $count } ответа на него.
}
admin-remove-slot-confirm = Удалить этот вариант
admin-add-slots = Добавление вариантов
admin-add-slots-hint = Дата и время начала в часовом поясе { $zone }. Пустые строки не учитываются.
admin-add-slots-submit = Добавить эти варианты
admin-delete-heading = Удаление опроса
admin-delete-text = Опрос будет удалён вместе со всеми ответами и комментариями — сразу и безвозвратно.
admin-delete-finalized-hint = При удалении письма не отправляются: встреча остаётся в календарях всех, кому она была отправлена. Чтобы отменить её, сначала снова откройте опрос (тогда будет разослана отмена), а затем удалите его.
admin-delete-confirm = Да, удалить этот опрос со всем содержимым
admin-delete-submit = Удалить опрос
banner-settings-saved = Настройки сохранены.
banner-slots-added = Варианты добавлены.
banner-slot-deleted = Вариант удалён вместе с ответами на него.
banner-response-deleted = Ответ удалён.
banner-closed = Опрос закрыт: ответы больше не принимаются.
banner-reopened = Опрос снова открыт.
banner-mail-retried = Недоставленные письма снова поставлены в очередь на отправку.
banner-admin-link-replaced = Ссылка для управления заменена, старая больше не работает. Новая ссылка — адрес этой страницы; она также отправлена вам по электронной почте.
banner-finalized = { $count ->
    [one] Время встречи назначено; { $count } письмо с этим временем поставлено в очередь на отправку.
    [few] Время встречи назначено; { $count } письма с этим временем поставлены в очередь на отправку.
    [many] Время встречи назначено; { $count } писем с этим временем поставлено в очередь на отправку.
   *[other] Время встречи назначено; { $count } письма с этим временем поставлено в очередь на отправку.
}
banner-finalized-unknown = Время встречи назначено; письма с этим временем поставлены в очередь на отправку.
copy = Копировать
copied = Скопировано
copied-status = Скопировано в буфер обмена.

## Dates, times and lengths (everywhere)

datetime-long = { $date }, { $time } ({ $zone }, UTC{ $offset })
slot-label = { $date }, { $range }
utc-range = { $date }, { $range } UTC
duration-hours = { $count ->
    [one] { $count } час
    [few] { $count } часа
    [many] { $count } часов
   *[other] { $count } часа
}
duration-minutes = { $count ->
    [one] { $count } минута
    [few] { $count } минуты
    [many] { $count } минут
   *[other] { $count } минуты
}
duration-both = { $hours } { $minutes }
name-you = { $name } (вы)
utc-instant = { $date }, { $time } UTC

## The announcement for a mailing list (admin page; in the organizer's language)

announcement-intro = { $organizer } спрашивает, когда вы можете встретиться ({ $length }). Пожалуйста, ответьте по этой ссылке; на странице всё время показано в вашем часовом поясе:
announcement-deadline = Срок ответа: { $deadline } = { $utc }.
announcement-slots = Предлагаемые варианты времени в часовом поясе { $zone } и в UTC:

## Mail (templates/mail/*). Each goes out in the recipient's language.

mail-greeting = Здравствуйте, { $name }!
mail-signature = — Convene
mail-signature-for = — Convene, от имени { $organizer }
mail-poll-label = Опрос:
mail-admin-subject = Ваш опрос «{ $title }» готов
mail-admin-ready = Ваш опрос «{ $title }» готов.
mail-admin-replaced-subject = Новая ссылка для управления опросом «{ $title }»
mail-admin-replaced = Ссылка для управления вашим опросом «{ $title }» заменена. Старая ссылка больше не работает; новая приведена ниже.
mail-admin-share = Отправьте эту ссылку участникам (например, через список рассылки):
mail-admin-keep-title = Эту ссылку никому не передавайте:
mail-admin-keep-text = она позволяет изменять опрос, видеть адреса электронной почты участников и выбрать окончательное время встречи.
mail-admin-slots = Предлагаемые варианты времени ({ $zone }):
mail-admin-own-zone = Каждый, кто откроет опрос, увидит это время в своём часовом поясе.
mail-edit-subject = Ваш ответ в опросе «{ $title }»
mail-edit-thanks = Благодарим вас за участие в опросе «{ $title }». Ваши ответы (время в часовом поясе { $zone }):
mail-edit-change = Чтобы позже изменить ответ, воспользуйтесь своей персональной ссылкой (никому её не передавайте):
mail-final-subject = { $title }: { $when }
mail-final-subject-updated = Изменение: { $title }: { $when }
mail-final-subject-cancelled = Отменено: { $title }: { $when }
mail-final-chosen = Время встречи «{ $title }» назначено.
mail-final-changed = Сведения о встрече «{ $title }» изменились. Актуальная информация о встрече:
mail-final-cancelled = Встреча «{ $title }» не состоится в указанное ниже время: организатор снова открыл опрос, чтобы выбрать другое время.
mail-final-your-time = Ваше время ({ $zone }):
mail-final-utc = Время UTC:
mail-final-where = Место: { $location }
mail-final-ics = Приложенное приглашение (invitation.ics) добавит встречу в ваш календарь.
mail-final-ics-updated = Приложенное приглашение (invitation.ics) обновит встречу в вашем календаре.
mail-final-ics-cancelled = Вложенный файл (invitation.ics) удалит встречу из вашего календаря.

## Problems with what was typed (forms and the API). $value is what the person typed;
## $field is one of the label-* names below, used inside the sentence.

# Названия полей подставляются в сообщения в кавычках: «Поле «{ $field }» …».
label-title = Название
label-description = Описание
label-location = Место или ссылка на встречу
label-your-name = Ваше имя
label-affiliation = Организация
label-name = Имя
label-comment = Комментарий
label-email = Адрес электронной почты
error-required = Поле «{ $field }» обязательно для заполнения
error-too-long = Текст в поле «{ $field }» слишком длинный: допускается не более { $max }, а введено { $length ->
    [one] { $length } символ
    [few] { $length } символа
    [many] { $length } символов
   *[other] { $length } символа
}
error-control = Поле «{ $field }» содержит управляющий символ ({ $code }); удалите его
error-email = «{ $value }» не является адресом электронной почты (ожидается адрес вида name@example.org)
error-invitee-no-address = В этой строке нет адреса электронной почты.
error-invitee-unreadable = Не удалось прочитать эту строку: укажите имя, адрес электронной почты, организацию и часовой пояс через запятую.
error-zone = «{ $value }» не является известным часовым поясом; введите название города на английском языке, например Zurich или Kathmandu, или название IANA, например Europe/Zurich
error-language = Язык «{ $value }» не поддерживается в Convene; используйте один из кодов: en, fr, es, ar, zh, ru
error-vote = «{ $value }» не является вариантом ответа; используйте yes, if_need_be или no
error-gap = Времени { $local } в часовом поясе { $zone } не существует: часы переводятся с UTC{ $before } на UTC{ $after } и пропускают его; выберите другое время
error-ambiguous = Время { $local } в часовом поясе { $zone } наступает дважды: при смещении UTC{ $earlier } и ещё раз при смещении UTC{ $later }; укажите смещение, например { $example }
error-datetime = «{ $value }» не является датой и временем; используйте формат 2027-03-23T13:00 (местное время) или 2027-03-23T13:00+01:00
error-duration = «{ $value }» не является допустимой продолжительностью встречи; укажите целое число минут от 1 до { $max }
error-deadline-past = Срок ответа { $value } уже прошёл; выберите более позднее время
error-deadline-far = Срок ответа { $value } наступает более чем через { $years ->
    [one] { $years } год
    [few] { $years } года
    [many] { $years } лет
   *[other] { $years } года
}
error-slot = Вариант { $n } ({ $value }): { $problem }
error-slot-past = Вариант { $n } ({ $value }) уже в прошлом; выберите более позднее время
error-slot-far = Вариант { $n } ({ $value }): выберите более раннее время; вариант не может наступать позднее чем через { $years ->
    [one] { $years } год
    [few] { $years } года
    [many] { $years } лет
   *[other] { $years } года
}
error-slot-seconds = Вариант { $n } ({ $value }) указан с секундами; время начала указывается с точностью до минуты
error-slot-duplicate = Вариант { $n } ({ $value }) совпадает по времени с другим вариантом; удалите повтор
error-no-slots = Укажите хотя бы один вариант времени
error-too-many-slots = Максимальное число вариантов в опросе — { $max }, а в этом их было бы { $total }
error-no-new-slots = Укажите хотя бы один новый вариант
error-not-a-slot = «{ $value }» не является вариантом этого опроса
error-no-if-need-be = В этом опросе нет ответа «при необходимости»; ответьте «да» или «нет»
error-answered-twice = На вариант { $value } дано два ответа
error-no-answer = Ответьте хотя бы на один вариант
error-comment-empty = Комментарий пуст
error-choose-slot = Выберите время проведения встречи
error-confirm-delete = Установите флажок, чтобы подтвердить удаление опроса вместе со всеми ответами и комментариями
error-half-rows = { $count ->
    [one] Укажите и дату, и время для варианта { $rows } или очистите строку
    [few] Укажите и дату, и время для вариантов { $rows } или очистите эти строки
    [many] Укажите и дату, и время для вариантов { $rows } или очистите эти строки
   *[other] Укажите и дату, и время для вариантов { $rows } или очистите эти строки
}
error-row-half = Укажите и дату, и время или очистите оба поля.
error-row-format = «{ $value }» не является датой и временем; укажите дату в формате 2027-03-23, а время — в формате 13:00.
error-row-ambiguous = Время { $local } в часовом поясе { $zone } наступает дважды (часы переводятся назад): выберите нужное в поле «Какое именно { $time }?».
error-row-past = Это время уже прошло; выберите более позднее.
error-row-duplicate = Это время совпадает с другим вариантом; удалите повтор.
error-row = Вариант { $n }: { $problem }
joined = { $first } { $rest }

## Refusals because of the poll's state (error page "Not possible now", API 409)

conflict-finalized-slots = Время встречи уже назначено; чтобы изменить варианты, снова откройте опрос
conflict-chosen-slot = Это выбранный вариант; прежде чем удалить его, снова откройте опрос
conflict-last-slot = В опросе должен быть хотя бы один вариант; прежде чем удалить этот, добавьте другой
conflict-already-finalized = Время встречи уже назначено
conflict-finalize-again = Время встречи уже назначено; чтобы выбрать другой вариант, снова откройте опрос
conflict-answers-finalized = Время встречи по этому опросу уже назначено; изменить ответы больше нельзя
conflict-answers-closed = Этот опрос закрыт; изменить ответы больше нельзя
conflict-answers-deadline = Срок ответа в этом опросе истёк; изменить ответы больше нельзя
conflict-responses-full = Опрос достиг предельного числа ответов ({ $max }) и больше не принимает новые. Уже данные ответы по-прежнему можно изменить.
conflict-comments-full = Опрос достиг предельного числа комментариев ({ $max }) и больше не принимает новые.
conflict-mail-cap-finalize = При назначении времени было бы отправлено писем: { $needed }. Однако один опрос может отправить за 24 часа не больше писем, чем { $cap }, а этот опрос уже отправил: { $queued }. Ничего не изменено. Повторите попытку позже или попросите администраторов этого сервиса Convene повысить ограничение.
conflict-mail-cap-update = При сохранении этих изменений обновлённые сведения о встрече были бы отправлены адресатам: { $needed }. Однако один опрос может отправить за 24 часа не больше писем, чем { $cap }, а этот опрос уже отправил: { $queued }. Ничего не изменено. Повторите попытку позже или попросите администраторов этого сервиса Convene повысить ограничение.
conflict-mail-cap-reopen = При повторном открытии отмена встречи была бы отправлена { $needed } людям, но опрос может отправить не более { $cap } писем за 24 часа, а этот уже отправил { $queued }. Ничего не изменено. Попробуйте позже или попросите администратора этого сервиса Convene повысить лимит.

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
