# Convene: الفهرس العربي (العربية الفصحى المعاصرة). المعرّفات والمتغيرات مطابقة للفهرس الإنجليزي.

## Every page (templates/base.html)

skip-to-content = الانتقال إلى المحتوى
language-label = اللغة
language-apply = تغيير
footer-tagline = Convene: استطلاعات لتحديد مواعيد الاجتماعات تراعي المناطق الزمنية بدقة.
footer-create = إنشاء استطلاع
required = (إلزامي)
optional = (اختياري)

## Error pages (templates/errors/error.html, src/error.rs)

error-status = خطأ { $status }
error-back = يمكنك استخدام زر الرجوع في متصفحك للعودة إلى الصفحة التي جئت منها، أو
error-create-new = إنشاء استطلاع جديد.
error-not-found-heading = الصفحة غير موجودة
error-not-found = لا يوجد استطلاع على هذا العنوان، أو أن الرابط غير مكتمل. يُرجى التأكد من نسخ الرابط كاملًا من الرسالة التي تلقيتها.
error-conflict-heading = يتعذّر ذلك حاليًا
error-forbidden-heading = غير مقبول من موقع آخر
error-forbidden = أُرسلت هذه الاستمارة من موقع ويب آخر، لذلك لم يتخذ Convene أي إجراء بشأنها. إذا كنت تقصد ذلك، فيُرجى فتح الصفحة على Convene نفسه وإرسال الاستمارة من هناك.
error-bad-encoding-heading = تعذّرت قراءة النموذج
error-bad-encoding = لم يُرسل النموذج بصيغة نص UTF-8، لذلك لم ينفّذه Convene. ارجع وأرسله مرة أخرى؛ وإذا تكرر ذلك، فجرّب متصفحًا آخر.
error-unavailable-heading = الخدمة غير متاحة مؤقتًا
error-unavailable = يتعذّر على الخدمة الوصول إلى قاعدة بياناتها في الوقت الحالي. يُرجى المحاولة مرة أخرى بعد دقيقة.
error-internal-heading = حدث خطأ ما
error-internal = تعذّر إتمام الطلب، ولم يُحفظ أي شيء بصورة جزئية. يُرجى المحاولة مرة أخرى؛ وإذا تكرر الخطأ، فيُرجى إبلاغ مشغّل الخدمة بمعرّف الخطأ التالي:
error-too-large-heading = حجم الإرسال كبير جدًا
error-too-large = حجم ما أرسلته يتجاوز ما يقبله Convene (الحد الأقصى { $kib } كيلوبايت). يُرجى الرجوع إلى الصفحة السابقة، فما كتبته لا يزال في الاستمارة، ثم اختصار أطول النصوص أو حذف بعض صفوف المواعيد وإعادة الإرسال.
error-rate-limited-heading = طلبات كثيرة جدًا
error-rate-limited = { $count ->
    [one] وصل من شبكتك عدد كبير جدًا من الطلبات من هذا النوع في وقت قصير. يُرجى الانتظار ثانية واحدة، ثم الرجوع إلى الصفحة السابقة: ما كتبته لا يزال في الاستمارة ويمكنك إرساله مرة أخرى.
    [two] وصل من شبكتك عدد كبير جدًا من الطلبات من هذا النوع في وقت قصير. يُرجى الانتظار ثانيتين، ثم الرجوع إلى الصفحة السابقة: ما كتبته لا يزال في الاستمارة ويمكنك إرساله مرة أخرى.
    [few] وصل من شبكتك عدد كبير جدًا من الطلبات من هذا النوع في وقت قصير. يُرجى الانتظار { $count } ثوانٍ، ثم الرجوع إلى الصفحة السابقة: ما كتبته لا يزال في الاستمارة ويمكنك إرساله مرة أخرى.
    [many] وصل من شبكتك عدد كبير جدًا من الطلبات من هذا النوع في وقت قصير. يُرجى الانتظار { $count } ثانية، ثم الرجوع إلى الصفحة السابقة: ما كتبته لا يزال في الاستمارة ويمكنك إرساله مرة أخرى.
   *[other] وصل من شبكتك عدد كبير جدًا من الطلبات من هذا النوع في وقت قصير. يُرجى الانتظار { $count } ثانية، ثم الرجوع إلى الصفحة السابقة: ما كتبته لا يزال في الاستمارة ويمكنك إرساله مرة أخرى.
}

## Create form (templates/polls/new.html)

create-title = استطلاع جديد
create-heading = إيجاد موعد مناسب للاجتماع
create-lead = اقترح بضعة مواعيد وشارك الرابط، فيجيب كل شخص وفق منطقته الزمنية.
create-rows-added = أُضيفت أدناه خمسة صفوف أخرى للمواعيد. لن يُحفظ أي شيء حتى تضغط على «إنشاء الاستطلاع».
create-about = بيانات الاجتماع
field-title = العنوان
field-description = الوصف
field-location = المكان أو رابط الاجتماع
create-you = بياناتك بصفتك المنظِّم
field-your-name = اسمك
field-your-email = بريدك الإلكتروني
create-email-hint = سنرسل إليك على هذا العنوان رابط الإدارة السري، ثم موعد الاجتماع المعتمد. لا يطّلع المشاركون على عنوانك أبدًا.
create-when = التوقيت
create-zone-label = المنطقة الزمنية للمواعيد أدناه
create-zone-hint = اكتب اسم مدينة أو اسم منطقة زمنية، مثل Zurich أو Europe/Zurich. يرى المشاركون جميع المواعيد محوَّلة إلى منطقتهم الزمنية.
field-duration = مدة الاجتماع بالدقائق
field-deadline = آخر موعد للإجابة
create-deadline-hint = وفق المنطقة الزمنية المحددة أعلاه. لا تُقبل أي إجابات بعد هذا الموعد.
create-slots = المواعيد المقترحة
create-slots-hint = تاريخ ووقت بدء كل خيار، وفق المنطقة الزمنية المحددة أعلاه. تُتجاهَل الصفوف الفارغة.
date-format-hint = إذا عرض متصفحك مربعات نصية عادية، فاكتب التواريخ بالصيغة 2027-03-23 والأوقات بالصيغة 13:00 (نظام 24 ساعة).
create-more-rows-hint = هل تحتاج إلى مزيد من الصفوف؟ اضغط على «إضافة 5 صفوف أخرى للمواعيد» في نهاية الاستمارة، وسيُحتفَظ بما أدخلته.
create-options = الخيارات
create-offer-if-need-be = إتاحة «عند الضرورة» كإجابة، إلى جانب «نعم» و«لا»
field-hide-results = إخفاء الإجابات عن المشاركين إلى أن تختار موعد الاجتماع
create-hide-results-hint = يمكنك دائمًا الاطلاع على جميع الإجابات في صفحة الإدارة الخاصة بك.
create-submit = إنشاء الاستطلاع
create-more-rows = إضافة 5 صفوف أخرى للمواعيد
honeypot-label = اترك هذا الحقل فارغًا
honeypot-heading = لم يُحفظ أي شيء بعد
honeypot-text = مُلئ حقل مخفي مخصص لكشف برامج الرسائل المزعجة الآلية (وقد تفعل ذلك أيضًا ميزة الملء التلقائي في بعض المتصفحات). يُرجى مراجعة الاستمارة أدناه والضغط على «إنشاء الاستطلاع» مرة أخرى.

## Shared parts of the poll pages (templates/polls/macros.html)

error-summary = { $count ->
    [zero] لا توجد مشكلات تستوجب التصحيح
    [one] يُرجى تصحيح هذه المشكلة
    [two] يُرجى تصحيح هاتين المشكلتين
    [few] يُرجى تصحيح هذه المشكلات ({ $count } مشكلات)
    [many] يُرجى تصحيح هذه المشكلات ({ $count } مشكلة)
   *[other] يُرجى تصحيح هذه المشكلات ({ $count } مشكلة)
}
zone-picker-label = عرض المواعيد بتوقيت
zone-picker-apply = عرض المواعيد
zone-picker-hint = اكتب اسم مدينة أو اسم منطقة زمنية، مثل Kathmandu أو America/New_York.
tally-yes = نعم
tally-if-need-be = عند الضرورة
tally-no = لا
slot-row-number = الموعد
slot-row-legend = الموعد { $n }
slot-row-date = التاريخ
slot-row-time = وقت البدء
slot-row-remove = إزالة
slot-row-add = إضافة موعد
slot-row-which = الساعة { $time }: أيّ المرتين؟
slot-row-choose = يُرجى الاختيار
slot-row-first = { $time } UTC{ $offset } (المرة الأولى، قبل تأخير الساعة)
slot-row-second = { $time } UTC{ $offset } (المرة الثانية، بعد تأخير الساعة)
badge-best = الأفضل
badge-chosen = المُختار
badge-you = أنت
slot-summary = متاح: { $available } (نعم: { $yes }، عند الضرورة: { $if_need_be })، لا: { $no }.
results-caption = الإجابات حسب الموعد
results-caption-empty = الإجابات حسب الموعد (لا توجد إجابات بعد)
results-participant = المشارك
results-delete = حذف
results-delete-whose = إجابة { $name }
results-total = المجموع
results-legend = تعرض كل خانة الإجابة برمز وكلمة: ✓ نعم، (✓) عند الضرورة، ✗ لا، – لا إجابة. وتشير كلمة «الأفضل» إلى الموعد الذي يتاح فيه أكبر عدد من الأشخاص (نعم مضافًا إليها عند الضرورة)؛ وفي حال التعادل يُرجَّح الموعد الذي حصل على عدد أكبر من «نعم»، ثم الموعد الأسبق.
results-no-answers = لا توجد إجابات بعد.
vote-yes = نعم
vote-if-need-be = عند الضرورة
vote-no = لا
vote-none = لا إجابة
comments-heading = التعليقات
comments-none = لا توجد تعليقات بعد.
comments-add = إضافة تعليق
comments-body = التعليق
comments-submit = نشر التعليق
comments-elsewhere = إضافة تعليق من صفحة المشاركين

## The participant page (templates/polls/show.html)

fact-organizer = المنظِّم
fact-location = المكان
fact-length = المدة
status-open = مفتوح
status-closed = مغلق
status-finalized = الموعد معتمد
status-open-text = الاستطلاع مفتوح لتلقي الإجابات.
status-open-until = الاستطلاع مفتوح لتلقي الإجابات حتى { $deadline }.
status-closed-deadline = مغلق: انقضى آخر موعد للإجابة ({ $deadline })، ولم يعد من الممكن إضافة إجابات أو تغييرها.
status-closed-text = مغلق: أوقف المنظِّم تلقي الإجابات.
status-finalized-text = الموعد معتمد: يُعقد الاجتماع في { $slot }.
final-heading = موعد الاجتماع
final-add-to-calendar = إضافة إلى التقويم (.ics)
answer-saved = حُفظت إجابتك.
personal-heading = رابطك الشخصي
personal-text = احفظ هذا الرابط في المفضلة لتتمكن من تغيير إجابتك أو حذفها لاحقًا. يستطيع أي شخص لديه هذا الرابط تغيير إجابتك، لذا لا تشاركه مع أحد.
personal-mailed = وقد أرسلناه إليك أيضًا بالبريد الإلكتروني.
personal-not-mailed = لم نرسل إليك هذا الرابط بالبريد الإلكتروني هذه المرة: يحدّ Convene من عدد الرسائل التي يرسلها كل استطلاع لحماية الناس من الرسائل غير المرغوب فيها. يُرجى نسخ الرابط أو حفظ هذه الصفحة في المفضلة.
answer-heading = إجابتك
answer-heading-edit = تغيير إجابتك
answer-times-in = تُعرض المواعيد بتوقيت { $zone }، ويُذكر توقيت UTC لكل موعد.
field-affiliation = الجهة أو المؤسسة
field-email = البريد الإلكتروني
answer-email-hint = لا يطّلع عليه سوى المنظِّم. ونستخدمه لإرسال رابط التعديل الخاص بك وموعد الاجتماع المعتمد.
field-your-zone = منطقتك الزمنية
answer-zone-hint = اسم مدينة أو اسم منطقة زمنية. تُستخدم لعرض المواعيد في الرسائل المرسلة إليك.
answer-can-you = هل يمكنك الحضور؟
answer-with-yours = (بما في ذلك إجابتك)
answer-submit = حفظ إجابتي
answer-submit-edit = حفظ التغييرات
answers-heading = الإجابات
answers-closed = لم يعد من الممكن إضافة إجابات أو تغييرها.
answers-yours = إجاباتك
results-heading = النتائج
responses-count = { $count ->
    [zero] لا توجد ردود
    [one] رد واحد
    [two] ردّان
    [few] { $count } ردود
    [many] { $count } ردًّا
   *[other] { $count } رد
}
results-hidden = اختار المنظِّم إخفاء الإجابات إلى حين اعتماد موعد الاجتماع.
results-hidden-yours = إجاباتك معروضة في الاستمارة أعلاه.
withdraw-heading = حذف إجابتك
withdraw-text = يؤدي ذلك إلى إزالة اسمك وإجاباتك من الاستطلاع، ويتوقف رابطك الشخصي عن العمل.
withdraw-submit = حذف إجابتي

## The organizer's admin page (templates/admin/show.html, src/web/pages/admin.rs)

admin-title = إدارة: { $title }
admin-eyebrow = إدارة الاستطلاع
admin-created = استطلاعك جاهز.
admin-created-mailed = شارك رابط المشاركين أدناه. وقد أرسلنا الرابطين كليهما أيضًا إلى { $email }.
admin-links = الروابط
admin-participant-link = رابط المشاركين: شاركه مع جميع المدعوين
admin-admin-link = رابط الإدارة الخاص بك: احتفظ به سرًّا
admin-admin-link-hint = يستطيع أي شخص لديه هذا الرابط تغيير الاستطلاع أو حذفه. وقد أُرسل إليك أيضًا بالبريد الإلكتروني.
admin-replace-link = استبدال رابط الإدارة
admin-replace-link-text = إذا وصل هذا الرابط إلى من لا ينبغي أن يصل إليه: يحلّ محلّه رابط جديد، ويتوقف الرابط القديم عن العمل فورًا، ويُرسل إليك الرابط الجديد بالبريد الإلكتروني.
admin-replace-link-confirm = استبدل رابط الإدارة الآن
admin-announcement = إعلان لقائمة بريدية
admin-announcement-hint = جاهز للصق: العنوان، والرابط، وآخر موعد للإجابة، والمواعيد المقترحة بتوقيت { $zone } وبتوقيت UTC.
admin-open-participant-page = فتح صفحة المشاركين
admin-download-ics = تنزيل ملف التقويم (.ics)
admin-mail = البريد
admin-mail-sent = رسائل أُرسلت: { $sent }.
admin-mail-pending = رسائل في انتظار الإرسال: { $pending } (تُعاد المحاولة تلقائيًا).
admin-mail-failed = رسائل تعذّر إرسالها: { $failed }.
admin-mail-failed-hint = تعذّر تسليم هذه الرسائل: فإما أن خادم البريد رفضها، وإما أنه تعذّر الوصول إليه. بعد تصحيح إعدادات البريد، أعِد إرسالها:
admin-mail-retry = إعادة إرسال الرسائل التي تعذّر إرسالها
admin-results-private = لا يطّلع أحد سواك على عناوين البريد الإلكتروني والمناطق الزمنية.
admin-results-hidden = لا يرى المشاركون الإجابات إلى أن تعتمد موعد الاجتماع.
admin-finalize-heading = اختيار موعد الاجتماع
admin-finalized-reopen = اعتُمد موعد الاجتماع في هذا الاستطلاع. لاختيار موعد آخر، يُرجى إعادة فتح الاستطلاع أولًا.
admin-finalize-text = سيتلقى كل من قدّم عنوان بريد إلكتروني، وأنت كذلك، رسالةً تتضمن الموعد بتوقيت منطقته الزمنية، مرفقًا بها ملف تقويم.
admin-finalize-slot = الموعد
slot-counts = نعم: { $yes }، عند الضرورة: { $if_need_be }
admin-finalize-recipients = { $count ->
    [zero] لن يؤدي ذلك إلى إرسال أي رسالة.
    [one] سيؤدي ذلك إلى إرسال رسالة واحدة، إليك وحدك.
    [two] سيؤدي ذلك إلى إرسال رسالتين: إليك وإلى كل من قدّم عنوان بريد إلكتروني.
    [few] سيؤدي ذلك إلى إرسال { $count } رسائل: إليك وإلى كل من قدّم عنوان بريد إلكتروني.
    [many] سيؤدي ذلك إلى إرسال { $count } رسالة: إليك وإلى كل من قدّم عنوان بريد إلكتروني.
   *[other] سيؤدي ذلك إلى إرسال { $count } رسالة: إليك وإلى كل من قدّم عنوان بريد إلكتروني.
}
admin-finalize-submit = اعتماد الموعد وإرسال الإشعارات
admin-open-closed = فتح الاستطلاع أو إغلاقه
admin-close-text = يؤدي الإغلاق إلى وقف تلقي إجابات جديدة أو تعديل الإجابات القائمة؛ ويمكنك إعادة فتحه لاحقًا.
admin-close-submit = إغلاق الاستطلاع
admin-reopen-finalized-text = تؤدي إعادة الفتح إلى إلغاء الموعد المختار واستئناف تلقي الإجابات.
admin-reopen-cancel-recipients = { $count ->
    [one] يُرسل إليك الإلغاء لتقويمك.
    [two] يُرسل ذلك رسالتين تتضمنان الإلغاء للتقاويم: إليك وإلى كل من أُرسل إليه الاجتماع.
    [few] يُرسل ذلك { $count } رسائل تتضمن الإلغاء للتقاويم: إليك وإلى كل من أُرسل إليه الاجتماع.
    [many] يُرسل ذلك { $count } رسالة تتضمن الإلغاء للتقاويم: إليك وإلى كل من أُرسل إليه الاجتماع.
   *[other] يُرسل ذلك { $count } رسالة تتضمن الإلغاء للتقاويم: إليك وإلى كل من أُرسل إليه الاجتماع.
}
admin-reopen-text = تؤدي إعادة الفتح إلى استئناف تلقي الإجابات.
admin-reopen-submit = إعادة فتح الاستطلاع
admin-settings = الإعدادات
admin-deadline-hint = بتوقيت { $zone }. اترك الحقل فارغًا إذا لم يكن هناك موعد أخير.
admin-offer-if-need-be = إتاحة «عند الضرورة» كإجابة
admin-settings-submit = حفظ الإعدادات
admin-slots = المواعيد المقترحة
admin-slots-text = تؤدي إزالة موعد إلى إزالة جميع الإجابات المتعلقة به أيضًا.
admin-remove-slot-whose = الموعد { $slot } والإجابات المتعلقة به
admin-remove-slot-answers = { $count ->
    [zero] لا توجد إجابات متعلقة بهذا الموعد، فلن تُزال معه أي إجابة.
    [one] ستُزال مع هذا الموعد إجابة واحدة متعلقة به.
    [two] ستُزال مع هذا الموعد إجابتان متعلقتان به.
    [few] ستُزال مع هذا الموعد { $count } إجابات متعلقة به.
    [many] ستُزال مع هذا الموعد { $count } إجابة متعلقة به.
   *[other] ستُزال مع هذا الموعد { $count } إجابة متعلقة به.
}
admin-remove-slot-confirm = إزالة هذا الموعد
admin-add-slots = إضافة مواعيد
admin-add-slots-hint = تاريخ ووقت البدء بتوقيت { $zone }. تُتجاهَل الصفوف الفارغة.
admin-add-slots-submit = إضافة هذه المواعيد
admin-delete-heading = حذف الاستطلاع
admin-delete-text = يؤدي ذلك إلى حذف الاستطلاع مع جميع الإجابات والتعليقات، فورًا ونهائيًا.
admin-delete-finalized-hint = لا يُرسل الحذف أي رسالة: يبقى الاجتماع في تقويم كل من أُرسل إليه. لإلغائه، أعد فتح الاستطلاع أولًا (فيُرسل الإلغاء)، ثم احذفه.
admin-delete-confirm = نعم، أريد حذف هذا الاستطلاع وكل ما فيه
admin-delete-submit = حذف الاستطلاع
banner-settings-saved = حُفظت الإعدادات.
banner-slots-added = أُضيفت المواعيد.
banner-slot-deleted = أُزيل الموعد مع الإجابات المتعلقة به.
banner-response-deleted = حُذفت الإجابة.
banner-closed = أُغلق الاستطلاع: لم تعد تُقبل أي إجابات.
banner-reopened = أُعيد فتح الاستطلاع.
banner-mail-retried = أُعيدت الرسائل التي تعذّر إرسالها إلى قائمة الإرسال.
banner-admin-link-replaced = استُبدل رابط الإدارة ولم يعد الرابط القديم يعمل. الرابط الجديد هو عنوان هذه الصفحة، وقد أُرسل إليك أيضًا بالبريد الإلكتروني.
banner-finalized = { $count ->
    [zero] اعتُمد موعد الاجتماع؛ ولا توجد رسائل في قائمة الإرسال.
    [one] اعتُمد موعد الاجتماع؛ وأُدرجت في قائمة الإرسال رسالة واحدة تتضمن الموعد.
    [two] اعتُمد موعد الاجتماع؛ وأُدرجت في قائمة الإرسال رسالتان تتضمنان الموعد.
    [few] اعتُمد موعد الاجتماع؛ وأُدرجت في قائمة الإرسال { $count } رسائل تتضمن الموعد.
    [many] اعتُمد موعد الاجتماع؛ وأُدرجت في قائمة الإرسال { $count } رسالة تتضمن الموعد.
   *[other] اعتُمد موعد الاجتماع؛ وأُدرجت في قائمة الإرسال { $count } رسالة تتضمن الموعد.
}
banner-finalized-unknown = اعتُمد موعد الاجتماع؛ وأُدرجت الرسائل التي تتضمن الموعد في قائمة الإرسال.
copy = نسخ
copied = تم النسخ
copied-status = نُسخ إلى الحافظة.

## Dates, times and lengths (everywhere)

# These four begin with U+200F (RIGHT-TO-LEFT MARK) so that, placed inside another
# sentence, the date and time read right to left. Keep it.
datetime-long = ‏{ $date }، الساعة { $time } ({ $zone }، UTC{ $offset })
slot-label = ‏{ $date }، { $range }
utc-range = ‏{ $date }، { $range } UTC
duration-hours = { $count ->
    [zero] { $count } ساعة
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $count } ساعات
    [many] { $count } ساعة
   *[other] { $count } ساعة
}
duration-minutes = { $count ->
    [zero] { $count } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $count } دقائق
    [many] { $count } دقيقة
   *[other] { $count } دقيقة
}
duration-both = { $hours } و{ $minutes }
name-you = { $name } (أنت)
utc-instant = ‏{ $date }، الساعة { $time } UTC

## The announcement for a mailing list (admin page; in the organizer's language)

announcement-intro = يدعوكم { $organizer } إلى تحديد الموعد الذي يناسبكم للاجتماع ({ $length }). يُرجى الإجابة عبر هذا الرابط، إذ تعرض الصفحة جميع المواعيد بتوقيت منطقتكم الزمنية:
announcement-deadline = يُرجى الإجابة في موعد أقصاه { $deadline } = { $utc }.
announcement-slots = المواعيد المقترحة، بتوقيت { $zone } وبتوقيت UTC:

## Mail (templates/mail/*). Each goes out in the recipient's language.

mail-greeting = مرحبًا { $name }،
mail-signature = — Convene
mail-signature-for = — Convene، نيابةً عن { $organizer }
mail-poll-label = الاستطلاع:
mail-admin-subject = استطلاعك «{ $title }» جاهز
mail-admin-ready = استطلاعك «{ $title }» جاهز.
mail-admin-replaced-subject = رابط إدارة جديد لاستطلاعك «{ $title }»
mail-admin-replaced = استُبدل رابط إدارة استطلاعك «{ $title }». لم يعد الرابط القديم يعمل؛ وتجد الرابط الجديد أدناه.
mail-admin-share = شارك هذا الرابط مع المشاركين (عبر قائمتك البريدية مثلًا):
mail-admin-keep-title = احتفظ بهذا الرابط لنفسك:
mail-admin-keep-text = فهو يتيح لك تعديل الاستطلاع، والاطلاع على عناوين البريد الإلكتروني للمشاركين، واعتماد موعد الاجتماع.
mail-admin-slots = المواعيد المقترحة (بتوقيت { $zone }):
mail-admin-own-zone = يرى كل من يفتح الاستطلاع هذه المواعيد بتوقيت منطقته الزمنية.
mail-edit-subject = إجابتك في استطلاع «{ $title }»
mail-edit-thanks = شكرًا لك على المشاركة في استطلاع «{ $title }». إجاباتك بتوقيت { $zone }:
mail-edit-change = لتغيير إجابتك لاحقًا، استخدم رابطك الشخصي (واحتفظ به لنفسك):
mail-final-subject = { $title }: { $when }
mail-final-subject-updated = تحديث: { $title }: { $when }
mail-final-subject-cancelled = أُلغي: { $title }: { $when }
mail-final-chosen = حُدِّد موعد «{ $title }».
mail-final-changed = تغيّرت تفاصيل «{ $title }». وفيما يلي بيانات الاجتماع كما هي الآن:
mail-final-cancelled = لن يُعقد الاجتماع «{ $title }» في الموعد المذكور أدناه: أعاد المنظِّم فتح الاستطلاع لاختيار موعد آخر.
mail-final-your-time = الموعد بتوقيتك ({ $zone }):
mail-final-utc = بتوقيت UTC:
mail-final-where = المكان: { $location }
mail-final-ics = تضيف الدعوة المرفقة (invitation.ics) الاجتماع إلى تقويمك.
mail-final-ics-updated = تُحدِّث الدعوة المرفقة (invitation.ics) بيانات الاجتماع في تقويمك.
mail-final-ics-cancelled = يحذف الملف المرفق (invitation.ics) الاجتماع من تقويمك.

## Problems with what was typed (forms and the API). $value is what the person typed;
## $field is one of the label-* names below, used inside the sentence.

label-title = العنوان
label-description = الوصف
label-location = المكان
label-your-name = اسمك
label-affiliation = الجهة أو المؤسسة
label-name = الاسم
label-comment = التعليق
label-email = عنوان البريد الإلكتروني
error-required = يجب إدخال { $field }
error-too-long = عدد أحرف { $field } هو { $length }، في حين أن الحد الأقصى المسموح به هو { $max }
error-control = يوجد في { $field } حرف تحكم ({ $code })؛ يُرجى حذفه
error-email = «{ $value }» ليس عنوان بريد إلكتروني (الصيغة المتوقعة مثل name@example.org)
error-invitee-no-address = لا يوجد عنوان بريد إلكتروني في هذا السطر.
error-invitee-unreadable = تعذّرت قراءة هذا السطر: اكتب اسمًا وعنوان بريد إلكتروني وجهة انتماء ومنطقة زمنية، تفصل بينها فواصل.
error-zone = «{ $value }» ليس منطقة زمنية معروفة؛ يُرجى كتابة اسم مدينة، مثل Zurich أو Kathmandu، أو اسم من أسماء IANA، مثل Europe/Zurich
error-language = «{ $value }» ليست لغة يوفرها Convene؛ يُرجى استخدام أحد الرموز التالية: en أو fr أو es أو ar أو zh أو ru
error-vote = «{ $value }» ليست إجابة صالحة؛ يُرجى استخدام yes أو if_need_be أو no
error-gap = الوقت { $local } غير موجود في { $zone }: إذ تنتقل الساعة من UTC{ $before } إلى UTC{ $after } متجاوزةً هذا الوقت؛ يُرجى اختيار وقت آخر
error-ambiguous = يتكرر الوقت { $local } مرتين في { $zone }، عند UTC{ $earlier } ثم عند UTC{ $later }؛ يُرجى تحديد فرق التوقيت، مثل { $example }
error-datetime = «{ $value }» ليس تاريخًا ووقتًا صالحين؛ يُرجى كتابته بالصيغة 2027-03-23T13:00 (بالتوقيت المحلي) أو 2027-03-23T13:00+01:00
error-duration = «{ $value }» ليست مدة اجتماع صالحة؛ يُرجى إدخال عدد صحيح من الدقائق بين 1 و{ $max }
error-deadline-past = آخر موعد للإجابة ({ $value }) يقع في الماضي؛ يُرجى اختيار وقت لاحق
error-deadline-far = { $years ->
    [zero] آخر موعد للإجابة ({ $value }) يقع بعد أكثر من { $years } سنة من الآن
    [one] آخر موعد للإجابة ({ $value }) يقع بعد أكثر من سنة من الآن
    [two] آخر موعد للإجابة ({ $value }) يقع بعد أكثر من سنتين من الآن
    [few] آخر موعد للإجابة ({ $value }) يقع بعد أكثر من { $years } سنوات من الآن
    [many] آخر موعد للإجابة ({ $value }) يقع بعد أكثر من { $years } سنة من الآن
   *[other] آخر موعد للإجابة ({ $value }) يقع بعد أكثر من { $years } سنة من الآن
}
error-slot = الموعد { $n } ({ $value }): { $problem }
error-slot-past = الموعد { $n } ({ $value }) يقع في الماضي؛ يُرجى اختيار وقت لاحق
error-slot-far = { $years ->
    [zero] الموعد { $n } ({ $value }) يقع بعد أكثر من { $years } سنة من الآن؛ يُرجى اختيار وقت أقرب
    [one] الموعد { $n } ({ $value }) يقع بعد أكثر من سنة من الآن؛ يُرجى اختيار وقت أقرب
    [two] الموعد { $n } ({ $value }) يقع بعد أكثر من سنتين من الآن؛ يُرجى اختيار وقت أقرب
    [few] الموعد { $n } ({ $value }) يقع بعد أكثر من { $years } سنوات من الآن؛ يُرجى اختيار وقت أقرب
    [many] الموعد { $n } ({ $value }) يقع بعد أكثر من { $years } سنة من الآن؛ يُرجى اختيار وقت أقرب
   *[other] الموعد { $n } ({ $value }) يقع بعد أكثر من { $years } سنة من الآن؛ يُرجى اختيار وقت أقرب
}
error-slot-seconds = الموعد { $n } ({ $value }) محدد بالثواني؛ يجب أن تبدأ المواعيد عند دقيقة كاملة
error-slot-duplicate = الموعد { $n } ({ $value }) مطابق لموعد آخر؛ يُرجى حذف الموعد المكرر
error-no-slots = يُرجى إدخال موعد مقترح واحد على الأقل
error-too-many-slots = الحد الأقصى لعدد المواعيد في الاستطلاع هو { $max }، وسيبلغ عددها في هذا الاستطلاع { $total }
error-no-new-slots = يُرجى إدخال موعد جديد واحد على الأقل
error-not-a-slot = «{ $value }» ليس من مواعيد هذا الاستطلاع
error-no-if-need-be = لا يتيح هذا الاستطلاع الإجابة «عند الضرورة»؛ يُرجى الإجابة بـ«نعم» أو «لا»
error-answered-twice = وردت إجابتان عن الموعد { $value }
error-no-answer = يُرجى الإجابة عن موعد واحد على الأقل
error-comment-empty = التعليق فارغ
error-choose-slot = يُرجى اختيار الموعد الذي سيُعقد فيه الاجتماع
error-confirm-delete = يُرجى وضع علامة في المربع لتأكيد حذف الاستطلاع وإجاباته وتعليقاته
error-half-rows = { $count ->
    [zero] يُرجى إدخال التاريخ والوقت معًا للمواعيد { $rows }، أو مسح محتوى الصفوف
    [one] يُرجى إدخال التاريخ والوقت معًا للموعد { $rows }، أو مسح محتوى الصف
    [two] يُرجى إدخال التاريخ والوقت معًا للموعدين { $rows }، أو مسح محتوى الصفين
    [few] يُرجى إدخال التاريخ والوقت معًا للمواعيد { $rows }، أو مسح محتوى الصفوف
    [many] يُرجى إدخال التاريخ والوقت معًا للمواعيد { $rows }، أو مسح محتوى الصفوف
   *[other] يُرجى إدخال التاريخ والوقت معًا للمواعيد { $rows }، أو مسح محتوى الصفوف
}
error-row-half = يُرجى إدخال التاريخ والوقت معًا، أو مسح كليهما.
error-row-format = «{ $value }» ليس تاريخًا ووقتًا صالحين؛ يُرجى كتابة التاريخ بالصيغة 2027-03-23 والوقت بالصيغة 13:00.
error-row-ambiguous = يتكرر الوقت { $local } مرتين في { $zone } (بسبب تأخير الساعة): يُرجى اختيار أحدهما في خانة «الساعة { $time }: أيّ المرتين؟».
error-row-past = هذا الوقت في الماضي؛ يُرجى اختيار وقت لاحق.
error-row-duplicate = هذا الوقت مطابق لموعد آخر؛ يُرجى حذف الموعد المكرر.
error-row = الموعد { $n }: { $problem }
joined = { $first } { $rest }

## Refusals because of the poll's state (error page "Not possible now", API 409)

conflict-finalized-slots = اعتُمد موعد الاجتماع في هذا الاستطلاع؛ يُرجى إعادة فتحه لتغيير مواعيده
conflict-chosen-slot = هذا هو الموعد المختار؛ يُرجى إعادة فتح الاستطلاع قبل إزالته
conflict-last-slot = يجب أن يتضمن الاستطلاع موعدًا واحدًا على الأقل؛ يُرجى إضافة موعد آخر قبل إزالة هذا الموعد
conflict-already-finalized = اعتُمد موعد الاجتماع في هذا الاستطلاع بالفعل
conflict-finalize-again = اعتُمد موعد الاجتماع في هذا الاستطلاع بالفعل؛ يُرجى إعادة فتحه لاختيار موعد آخر
conflict-answers-finalized = اعتُمد موعد الاجتماع في هذا الاستطلاع؛ ولم يعد من الممكن تغيير الإجابات
conflict-answers-closed = هذا الاستطلاع مغلق؛ ولم يعد من الممكن تغيير الإجابات
conflict-answers-deadline = انقضى آخر موعد للإجابة في هذا الاستطلاع؛ ولم يعد من الممكن تغيير الإجابات
conflict-responses-full = بلغ هذا الاستطلاع الحد الأقصى لعدد الإجابات ({ $max })، ولذلك لم يعد يقبل إجابات جديدة. ولا يزال من الممكن تغيير الإجابات الموجودة.
conflict-comments-full = بلغ هذا الاستطلاع الحد الأقصى لعدد التعليقات ({ $max })، ولذلك لم يعد يقبل تعليقات جديدة.
conflict-mail-cap-finalize = سيؤدي اعتماد الموعد إلى إرسال رسائل عددها { $needed }، غير أن الحد الأقصى لعدد الرسائل التي يرسلها الاستطلاع الواحد خلال 24 ساعة هو { $cap }، وقد أرسل هذا الاستطلاع { $queued } منها بالفعل. لم يتغير أي شيء. يُرجى المحاولة لاحقًا أو مطالبة القائمين على خدمة Convene هذه برفع الحد.
conflict-mail-cap-update = سيؤدي حفظ هذه التغييرات إلى إرسال بيانات الاجتماع المحدّثة إلى أشخاص عددهم { $needed }، غير أن الحد الأقصى لعدد الرسائل التي يرسلها الاستطلاع الواحد خلال 24 ساعة هو { $cap }، وقد أرسل هذا الاستطلاع { $queued } منها بالفعل. لم يتغير أي شيء. يُرجى المحاولة لاحقًا أو مطالبة القائمين على خدمة Convene هذه برفع الحد.
conflict-mail-cap-reopen = ستؤدي إعادة الفتح إلى إرسال إلغاء الاجتماع إلى { $needed } شخصًا، لكن الاستطلاع لا يمكنه إرسال أكثر من { $cap } رسالة خلال 24 ساعة، وقد أرسل هذا الاستطلاع { $queued } رسالة بالفعل. لم يُغيَّر أي شيء. حاول لاحقًا، أو اطلب من القائم على خدمة Convene هذه رفع الحد.

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
