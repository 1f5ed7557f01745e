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
results-legend = تعرض كل خانة الإجابة برمز وكلمة: ✓ نعم، (✓) عند الضرورة، ✗ لا، – لا إجابة. وتشير كلمة «الأفضل» إلى الموعد الذي يتاح فيه أكبر عدد من الأشخاص (نعم مضافًا إليها عند الضرورة)؛ وفي حال التعادل يُرجَّح الموعد الذي يقع فيه عدد أقل من الأشخاص ليلًا أو خارج ساعات العمل بتوقيتهم المحلي، ثم الموعد الذي حصل على عدد أكبر من «نعم»، ثم الموعد الأسبق.
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
admin-finalized-reopen = لاستئناف تلقي الإجابات بدلًا من ذلك، أعد فتح الاستطلاع أدناه: سيُبلَّغ جميع المعنيين بأن الاجتماع أُلغي.
admin-finalize-text = سيتلقى كل من قدّم عنوان بريد إلكتروني، وكل المدعوين، وأنت كذلك، رسالةً تتضمن الموعد بتوقيت منطقته الزمنية، مرفقًا بها ملف تقويم.
admin-finalize-slot = الموعد
slot-counts = نعم: { $yes }، عند الضرورة: { $if_need_be }
admin-finalize-recipients = { $count ->
    [zero] لن يؤدي ذلك إلى إرسال أي رسالة.
    [one] سيؤدي ذلك إلى إرسال رسالة واحدة، إليك وحدك.
    [two] سيؤدي ذلك إلى إرسال رسالتين: إليك، وإلى كل من قدّم عنوان بريد إلكتروني، وإلى كل المدعوين.
    [few] سيؤدي ذلك إلى إرسال { $count } رسائل: إليك، وإلى كل من قدّم عنوان بريد إلكتروني، وإلى كل المدعوين.
    [many] سيؤدي ذلك إلى إرسال { $count } رسالة: إليك، وإلى كل من قدّم عنوان بريد إلكتروني، وإلى كل المدعوين.
   *[other] سيؤدي ذلك إلى إرسال { $count } رسالة: إليك، وإلى كل من قدّم عنوان بريد إلكتروني، وإلى كل المدعوين.
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

personal-invited = دعاك { $organizer } إلى هذا الاستطلاع.
personal-invited-text = هذا رابط الدعوة الشخصي الخاص بك: اسمك مُدرج فيه مسبقًا، وتُحفظ إجابتك باسمك. عُد إلى هذا الرابط لتغيير إجابتك، ويُرجى عدم إعادة توجيهه إلى أي أحد.
admin-invitees = المدعوون
admin-invitees-none = لم تُوجَّه أي دعوة عبر البريد الإلكتروني بعد. أضف الأشخاص أدناه: سيحصل كل منهم على رابط خاص به، وستعرض هذه الصفحة من أجاب منهم.
invitee-name = الاسم
invitee-email = عنوان البريد الإلكتروني
invitee-zone = المنطقة الزمنية
invitee-status = الإجابة
invitee-required = الحضور إلزامي
invitee-required-yes = إلزامي
invitee-required-no = جعل الحضور إلزاميًا
invitee-remove = إزالة
invitee-remove-text = هل تريد إزالة { $name } من المدعوين؟ سيتوقف رابطه الشخصي عن العمل، وتبقى الإجابة التي قدّمها إن وُجدت.
invitee-remove-confirm = نعم، أزِل
invitee-answered = تمت الإجابة
invitee-not-invited = لم تُرسل الدعوة بعد
invitee-invited = أُرسلت الدعوة في { $when }
invitee-reminded = أُرسلت الدعوة في { $invited }، والتذكير في { $reminded }
admin-invitees-answered = المدعوون الذين أجابوا: { $answered } من أصل { $invited }.
# Begins with U+200F (RIGHT-TO-LEFT MARK): the affiliation may be in Latin letters. Keep it.
admin-invitees-group = ‏{ $affiliation }: { $answered } من أصل { $invited }
admin-not-invited = { $count ->
    [zero] لا يوجد مدعوون لم تُرسل إليهم الدعوة بعد.
    [one] لم تُرسل الدعوة بعد إلى مدعو واحد.
    [two] لم تُرسل الدعوة بعد إلى مدعوَّين اثنين.
    [few] لم تُرسل الدعوة بعد إلى { $count } مدعوين.
    [many] لم تُرسل الدعوة بعد إلى { $count } مدعوًّا.
   *[other] لم تُرسل الدعوة بعد إلى { $count } مدعو.
}
admin-send-invitations = { $count ->
    [zero] إرسال الدعوات
    [one] إرسال الدعوة
    [two] إرسال الدعوتين
    [few] إرسال { $count } دعوات
    [many] إرسال { $count } دعوة
   *[other] إرسال { $count } دعوة
}
admin-remind-hint = لا يتلقى أي مدعو أكثر من رسالة واحدة في اليوم، ولا يتلقى من أجاب أي رسالة.
admin-remind-submit = { $count ->
    [0] لا يوجد من يحتاج إلى تذكير الآن
    [one] تذكير الشخص الذي لم يُجب
    [two] تذكير الشخصين اللذين لم يُجيبا
    [few] تذكير { $count } أشخاص لم يُجيبوا
    [many] تذكير { $count } شخصًا لم يُجيبوا
   *[other] تذكير { $count } شخص لم يُجيبوا
}
admin-invite-closed = لا يتلقى الاستطلاع إجابات حاليًا، لذا لا يمكن إرسال الدعوات ولا التذكيرات.
admin-add-invitees = إضافة أشخاص
admin-invitee-list = لصق قائمة
admin-invitee-list-hint = شخص واحد في كل سطر: الاسم <العنوان>، أو العنوان وحده، أو الاسم, العنوان, الجهة (ويمكن أن تليها منطقة زمنية). ويُقبل أيضًا ملف CSV يتضمن صف عناوين (name, email, affiliation, timezone). ويُضاف العنوان المكرر مرة واحدة فقط.
admin-invitee-lines-unused = { $count ->
    [zero] تعذّر استخدام { $count } سطر:
    [one] تعذّر استخدام سطر واحد:
    [two] تعذّر استخدام سطرين:
    [few] تعذّر استخدام { $count } أسطر:
    [many] تعذّر استخدام { $count } سطرًا:
   *[other] تعذّر استخدام { $count } سطر:
}
admin-invitee-line-error = السطر { $n }: «{ $text }»: { $reason }
admin-invitee-file = أو اختر ملف CSV
admin-invitee-send = إرسال الدعوة الآن إلى كل شخص جديد
admin-invitee-add-submit = إضافة
admin-invitees-report = { $added ->
    [zero] لم يُضف أي شخص
    [one] أُضيف شخص واحد
    [two] أُضيف شخصان
    [few] أُضيف { $added } أشخاص
    [many] أُضيف { $added } شخصًا
   *[other] أُضيف { $added } شخص
}، { $invited ->
    [zero] ولم تُرسل أي دعوة
    [one] وأُرسلت دعوة واحدة
    [two] وأُرسلت دعوتان
    [few] وأُرسلت { $invited } دعوات
    [many] وأُرسلت { $invited } دعوة
   *[other] وأُرسلت { $invited } دعوة
}. { $unused ->
    [zero] لا توجد أسطر تعذّر استخدامها.
    [one] تعذّر استخدام سطر واحد: أُعيد إلى المربع أدناه لتصحيحه وإضافته مرة أخرى.
    [two] تعذّر استخدام سطرين: أُعيدا إلى المربع أدناه لتصحيحهما وإضافتهما مرة أخرى.
    [few] تعذّر استخدام { $unused } أسطر: أُعيدت إلى المربع أدناه لتصحيحها وإضافتها مرة أخرى.
    [many] تعذّر استخدام { $unused } سطرًا: أُعيدت إلى المربع أدناه لتصحيحها وإضافتها مرة أخرى.
   *[other] تعذّر استخدام { $unused } سطر: أُعيدت إلى المربع أدناه لتصحيحها وإضافتها مرة أخرى.
}
banner-invitees-added = { $added ->
    [zero] لم يُضف أي شخص
    [one] أُضيف شخص واحد
    [two] أُضيف شخصان
    [few] أُضيف { $added } أشخاص
    [many] أُضيف { $added } شخصًا
   *[other] أُضيف { $added } شخص
}، { $invited ->
    [zero] ولم تُرسل أي دعوة
    [one] وأُرسلت دعوة واحدة
    [two] وأُرسلت دعوتان
    [few] وأُرسلت { $invited } دعوات
    [many] وأُرسلت { $invited } دعوة
   *[other] وأُرسلت { $invited } دعوة
}. { $merged ->
    [0] {""}
    [one] سبق إدراج عنوان واحد في القائمة.
    [two] سبق إدراج عنوانين في القائمة.
    [few] سبق إدراج { $merged } عناوين في القائمة.
    [many] سبق إدراج { $merged } عنوانًا في القائمة.
   *[other] سبق إدراج { $merged } عنوان في القائمة.
} { $updated ->
    [0] {""}
    [one] حُدِّثت بيانات مدعو واحد.
    [two] حُدِّثت بيانات مدعوَّين اثنين.
    [few] حُدِّثت بيانات { $updated } مدعوين.
    [many] حُدِّثت بيانات { $updated } مدعوًّا.
   *[other] حُدِّثت بيانات { $updated } مدعو.
}
banner-invitations-sent = { $count ->
    [zero] لا توجد دعوات في قائمة الإرسال.
    [one] أُدرجت دعوة واحدة في قائمة الإرسال.
    [two] أُدرجت دعوتان في قائمة الإرسال.
    [few] أُدرجت { $count } دعوات في قائمة الإرسال.
    [many] أُدرجت { $count } دعوة في قائمة الإرسال.
   *[other] أُدرجت { $count } دعوة في قائمة الإرسال.
}
banner-reminders-sent = { $count ->
    [0] لم يُرسل أي تذكير: فقد أجاب الجميع أو أُرسلت إليهم رسالة خلال آخر 24 ساعة.
    [one] أُدرج تذكير واحد في قائمة الإرسال.
    [two] أُدرج تذكيران في قائمة الإرسال.
    [few] أُدرجت { $count } تذكيرات في قائمة الإرسال.
    [many] أُدرج { $count } تذكيرًا في قائمة الإرسال.
   *[other] أُدرج { $count } تذكير في قائمة الإرسال.
}
banner-invitee-removed = أُزيل المدعو. لم تعد روابطه الشخصية تعمل، وتبقى الإجابة التي قدّمها إن وُجدت.
banner-required-saved = حُفظ التغيير، وهو يظهر في جدول «من يحتاج إليهم الاجتماع».
banner-notifications-saved = حُفظت إعدادات البريد الخاصة بك.

## Who the meeting needs (admin page)

quorum-heading = من يحتاج إليهم الاجتماع
quorum-hint = لكل موعد: هل يستطيع الحضورَ جميعُ من حُدِّد حضورهم كإلزامي، وكم مدعوًا من كل جهة لا يستطيع الحضور أو لم يُجب بعد.
quorum-slot = الموعد
quorum-required = من حضورهم إلزامي
quorum-invitees = الناقصون من المدعوين
quorum-none-required = لم يُحدَّد حضور أي شخص كإلزامي.
quorum-all-required = { $count ->
    [zero] لا يوجد من حضوره إلزامي.
    [one] يستطيع الحضورَ الشخصُ الوحيد الذي حضوره إلزامي.
    [two] يستطيع الحضورَ الشخصان اللذان حضورهما إلزامي.
    [few] يستطيع الحضورَ جميعُ من حضورهم إلزامي ({ $count } أشخاص).
    [many] يستطيع الحضورَ جميعُ من حضورهم إلزامي ({ $count } شخصًا).
   *[other] يستطيع الحضورَ جميعُ من حضورهم إلزامي ({ $count } شخص).
}
# These two begin with U+200F (RIGHT-TO-LEFT MARK) so that a list of names in Latin
# letters still reads right to left. Keep it.
quorum-person-no-answer = ‏{ $name } (لم يُجب بعد)
quorum-person-cannot = ‏{ $name } (لا يستطيع الحضور)
quorum-required-missing = ينقص حضور: { $names }
quorum-gap = { $missing } من { $affiliation } (عدد المدعوين: { $invited })
quorum-missing = ينقص حضور: { $groups }
quorum-nobody-missing = يستطيع جميع المدعوين الحضور.
quorum-no-affiliation = بلا جهة
quorum-gap-none = { $missing } بلا جهة (عدد المدعوين: { $invited })

## Moving a finalized meeting, mail settings, the next poll of a series (admin page)

admin-finalized-move = اعتُمد موعد الاجتماع. ويمكنك نقله إلى موعد آخر: سيتلقى جميع المعنيين الموعد الجديد، وسيُنقل الحدث في تقاويمهم.
admin-move-recipients = { $count ->
    [zero] لن يؤدي ذلك إلى إرسال أي رسالة.
    [one] سيؤدي ذلك إلى إرسال رسالة واحدة، إليك وحدك.
    [two] سيؤدي ذلك إلى إرسال رسالتين: إليك وإلى جميع المعنيين.
    [few] سيؤدي ذلك إلى إرسال { $count } رسائل: إليك وإلى جميع المعنيين.
    [many] سيؤدي ذلك إلى إرسال { $count } رسالة: إليك وإلى جميع المعنيين.
   *[other] سيؤدي ذلك إلى إرسال { $count } رسالة: إليك وإلى جميع المعنيين.
}
admin-move-submit = نقل الاجتماع إلى هذا الموعد
admin-notify-heading = الرسائل الموجهة إليك
admin-notify-legend = الرسائل إلى { $email } بشأن الإجابات والتعليقات الجديدة:
admin-notify-none = لا رسائل (راجع هذه الصفحة)
admin-notify-each = رسالة عند كل إجابة أو تعليق جديد
admin-notify-digest = ملخص يومي نحو الساعة 09:00 بتوقيت المنطقة الزمنية للاستطلاع، إذا جدّ جديد
admin-remind-before = التذكير التلقائي: عدد الساعات قبل آخر موعد للإجابة
admin-remind-before-hint = يتلقى المدعوون الذين لم يُجيبوا تذكيرًا واحدًا نحو الساعة 09:00 بتوقيت منطقتهم الزمنية (وليس ليلًا أبدًا)، قبل آخر موعد للإجابة بهذا العدد من الساعات على الأقل. اترك الحقل فارغًا إذا لم تكن تريد تذكيرًا.
admin-remind-before-no-deadline = يتطلب ذلك تحديد آخر موعد للإجابة: حدِّده في الإعدادات.
admin-notify-submit = حفظ إعدادات البريد
admin-duplicate-heading = الاجتماع التالي من هذه السلسلة
admin-duplicate-text = { $count ->
    [0] استطلاع جديد بالعنوان والوصف والمكان والمدة والخيارات نفسها، وبمواعيده وآخر موعد للإجابة الخاصة به.
    [one] استطلاع جديد بالعنوان والوصف والمكان والمدة والخيارات نفسها، ومعه المدعو الوحيد لديك (تُرسل إليه الدعوة عندما تقرر ذلك)؛ حدِّد مواعيده أدناه.
    [two] استطلاع جديد بالعنوان والوصف والمكان والمدة والخيارات نفسها، ومعه المدعوان لديك (تُرسل إليهما الدعوة عندما تقرر ذلك)؛ حدِّد مواعيده أدناه.
    [few] استطلاع جديد بالعنوان والوصف والمكان والمدة والخيارات نفسها، ومعه مدعووك البالغ عددهم { $count } (تُرسل إليهم الدعوات عندما تقرر ذلك)؛ حدِّد مواعيده أدناه.
    [many] استطلاع جديد بالعنوان والوصف والمكان والمدة والخيارات نفسها، ومعه مدعووك البالغ عددهم { $count } (تُرسل إليهم الدعوات عندما تقرر ذلك)؛ حدِّد مواعيده أدناه.
   *[other] استطلاع جديد بالعنوان والوصف والمكان والمدة والخيارات نفسها، ومعه مدعووك البالغ عددهم { $count } (تُرسل إليهم الدعوات عندما تقرر ذلك)؛ حدِّد مواعيده أدناه.
}
admin-duplicate-submit = إنشاء الاستطلاع الجديد

## Mail about invitations and activity (templates/mail/invitation, templates/mail/activity)

mail-greeting-anonymous = مرحبًا،
mail-invite-subject = يسألك { $organizer } عن الموعد الذي يناسبك للاجتماع: «{ $title }»
mail-reminder-subject = تذكير: متى يناسبك الاجتماع؟ «{ $title }»
mail-reminder-subject-deadline = تذكير: يُرجى الإجابة في موعد أقصاه { $deadline }: «{ $title }»
mail-invite-intro = يدعوك { $organizer } إلى تحديد المواعيد التي تناسبك للاجتماع بشأن «{ $title }».
mail-reminder-intro = لا يزال { $organizer } في انتظار إجابتك بشأن «{ $title }».
mail-invite-slots = المواعيد المقترحة بتوقيت منطقتك الزمنية ({ $zone }):
mail-invite-deadline = يُرجى الإجابة في موعد أقصاه { $deadline }.
mail-invite-link = رابطك الشخصي (يتضمن اسمك ويحفظ إجابتك):
mail-invite-personal = هذا الرابط خاص بك: يُرجى عدم إعادة توجيهه إلى أي أحد. ويمكنك العودة إليه لتغيير إجابتك إلى أن يُغلق الاستطلاع.
mail-final-subject-moved = موعد جديد: { $title }: { $when }
mail-final-moved = نُقل الاجتماع «{ $title }» إلى موعد جديد.
mail-final-was = الموعد السابق (بتوقيت { $zone }):
mail-notice-subject-answer = أجاب { $name } في استطلاع «{ $title }»
mail-notice-subject-changed = غيّر { $name } إجابته في استطلاع «{ $title }»
mail-notice-subject-comment = علّق { $name } على استطلاع «{ $title }»
mail-digest-subject = ملخص «{ $title }»: { $answers ->
    [zero] لا إجابات جديدة
    [one] إجابة جديدة واحدة
    [two] إجابتان جديدتان
    [few] { $answers } إجابات جديدة
    [many] { $answers } إجابة جديدة
   *[other] { $answers } إجابة جديدة
}، { $comments ->
    [zero] لا تعليقات
    [one] تعليق واحد
    [two] تعليقان
    [few] { $comments } تعليقات
    [many] { $comments } تعليقًا
   *[other] { $comments } تعليق
}
mail-notice-intro = هناك جديد في استطلاعك «{ $title }».
mail-digest-intro = إليك ما جرى في استطلاعك «{ $title }» منذ الملخص السابق.
mail-activity-answered = أجاب { $name }:
mail-activity-changed = غيّر { $name } إجابته:
mail-activity-comment = كتب { $name }:
mail-activity-total = { $count ->
    [zero] لا توجد أي إجابة حتى الآن.
    [one] إجابة واحدة في المجموع.
    [two] إجابتان في المجموع.
    [few] { $count } إجابات في المجموع.
    [many] { $count } إجابة في المجموع.
   *[other] { $count } إجابة في المجموع.
}
mail-activity-invitees = المدعوون الذين أجابوا: { $answered } من أصل { $invited }.
mail-activity-best = أفضل موعد حتى الآن: { $slot } ({ $counts }).
mail-activity-settings = تصلك هذه الرسالة بسبب إعداد البريد في صفحة إدارة استطلاعك، ويمكنك تغييره من هناك.

## Problems with invitations and mail settings (forms and the API)

error-invitees-empty = القائمة فارغة: الصق شخصًا واحدًا في كل سطر، أو اختر ملفًا.
error-invitees-both = الصق قائمة أو اختر ملفًا، لا الاثنين معًا.
error-invitee-file-empty = الملف فارغ.
error-invitee-file-encoding = الملف ليس نصًا بترميز UTF-8. احفظه في برنامج جداول البيانات بصيغة «CSV UTF-8» ثم اختره مرة أخرى.
error-notify = «{ $value }» ليس إعدادًا صالحًا للبريد: استخدم none أو each أو digest
error-remind-before = «{ $value }» ليس عددًا من الساعات بين 1 و720
conflict-invite-closed = لا يتلقى هذا الاستطلاع إجابات حاليًا، لذا لا يمكن إرسال أي دعوة. أعد فتحه أولًا.
conflict-remind-closed = لا يتلقى هذا الاستطلاع إجابات حاليًا، لذا لا يمكن إرسال أي تذكير.
conflict-invitees-max = الحد الأقصى لعدد المدعوين في الاستطلاع الواحد هو { $max }.
conflict-mail-cap-invite = سيؤدي إرسال الدعوات إلى إرسال رسائل عددها { $needed }، غير أن الحد الأقصى لعدد الرسائل التي يرسلها الاستطلاع الواحد خلال 24 ساعة هو { $cap }، وقد أرسل هذا الاستطلاع { $queued } منها بالفعل. لم يتغير أي شيء. يُرجى المحاولة لاحقًا أو مطالبة القائمين على خدمة Convene هذه برفع الحد.
conflict-mail-cap-remind = سيؤدي إرسال التذكيرات إلى إرسال رسائل عددها { $needed }، غير أن الحد الأقصى لعدد الرسائل التي يرسلها الاستطلاع الواحد خلال 24 ساعة هو { $cap }، وقد أرسل هذا الاستطلاع { $queued } منها بالفعل. لم يتغير أي شيء. يُرجى المحاولة لاحقًا أو مطالبة القائمين على خدمة Convene هذه برفع الحد.

## On everyone's clock: what each slot costs people in their own time zone (results
## and admin page, src/web/pages/fairness.rs, src/web/pages/view.rs)

# How many people a slot puts at night / in off hours / all in working hours; shown
# after ☾, ◐ and ☀ as "☾ 2 at night · ◐ 1 in off hours".
cost-night = { $count ->
    [zero] لا أحد ليلًا
    [one] شخص واحد ليلًا
    [two] شخصان ليلًا
    [few] { $count } أشخاص ليلًا
    [many] { $count } شخصًا ليلًا
   *[other] { $count } شخص ليلًا
}
cost-off = { $count ->
    [zero] لا أحد خارج ساعات العمل
    [one] شخص واحد خارج ساعات العمل
    [two] شخصان خارج ساعات العمل
    [few] { $count } أشخاص خارج ساعات العمل
    [many] { $count } شخصًا خارج ساعات العمل
   *[other] { $count } شخص خارج ساعات العمل
}
cost-none = { $count ->
    [zero] ضمن ساعات العمل للجميع
    [one] ضمن ساعات العمل للشخص الوحيد
    [two] ضمن ساعات العمل للشخصين كليهما
    [few] ضمن ساعات العمل للجميع ({ $count } أشخاص)
    [many] ضمن ساعات العمل للجميع ({ $count } شخصًا)
   *[other] ضمن ساعات العمل للجميع ({ $count } شخص)
}
# Row heading under the totals.
results-cost-row = بالتوقيت المحلي للمشاركين
fairness-heading = بتوقيت كل شخص
fairness-hint = وقت بدء كل موعد بتوقيت المنطقة الزمنية لكل مشارك: ☀ ساعات العمل، ◐ خارج ساعات العمل (الصباح الباكر أو المساء)، ☾ الليل. ومن بين المواعيد التي يتاح فيها العدد نفسه من الأشخاص، يكون الأفضل هو الموعد الحاصل على أدنى مجموع من النقاط: 3 نقاط عن كل شخص يقع عليه الموعد ليلًا، ونقطة واحدة عن كل شخص يقع عليه خارج ساعات العمل.
fairness-none = ستظهر هنا الأوقات المحلية للأشخاص بمجرد أن يُجيبوا.
fairness-zone = المنطقة الزمنية (عدد الأشخاص)
class-working = ساعات العمل
class-off = خارج ساعات العمل
class-night = الليل
fairness-hours-heading = ساعات اليوم
fairness-hours-hint = بالتوقيت المحلي لكل شخص: نهاية الليل، ثم بداية العمل، ثم نهاية العمل، ثم بداية الليل.
field-day-start = نهاية الليل
field-work-start = بداية العمل
field-work-end = نهاية العمل
field-night-start = بداية الليل
fairness-hours-submit = حفظ الساعات
banner-hours-saved = حُفظت ساعات اليوم، وصارت تكلفة المواعيد تُحسب وفقًا لها.
error-hour = «{ $value }» ليس وقتًا صالحًا؛ يُرجى كتابته بالصيغة 07:00
error-hours-order = يجب أن تتوالى الساعات بهذا الترتيب: نهاية الليل، ثم بداية العمل، ثم نهاية العمل، ثم بداية الليل

## The planner (templates/planner/show.html, src/web/pages/planner.rs)

planner-title = إيجاد مواعيد منصفة
planner-heading = إيجاد مواعيد منصفة للجميع
planner-lead = حدِّد الأيام ومدة الاجتماع وأماكن وجود الأشخاص، وسيقترح المخطِّط أوقات البدء التي يقع فيها أقل عدد من الأشخاص في الليل أو خارج ساعات العمل بتوقيتهم المحلي.
planner-back-to-admin = العودة إلى صفحة إدارة الاستطلاع
planner-from = اليوم الأول
planner-to = اليوم الأخير
planner-zone = منطقتك الزمنية
planner-zone-hint = تُحسب الأيام وأيام الأسبوع بتوقيت هذه المنطقة الزمنية.
# $minutes is 15, 30 or 60.
planner-step = تجربة وقت بدء كل
planner-step-minutes = { $minutes } دقيقة
planner-weekdays = في هذه الأيام من الأسبوع
weekday-mon = الاثنين
weekday-tue = الثلاثاء
weekday-wed = الأربعاء
weekday-thu = الخميس
weekday-fri = الجمعة
weekday-sat = السبت
weekday-sun = الأحد
planner-zones = أماكن وجود الأشخاص
planner-zones-hint = منطقة زمنية أو مدينة واحدة في كل سطر، مع عدد الأشخاص الموجودين فيها: «Asia/Kathmandu 3»، «new york 2».
planner-submit = اقتراح أوقات
planner-proposals = أوقات البدء المقترحة
planner-rule = مرتّبة حسب مجموع النقاط (3 نقاط عن كل شخص يقع عليه الموعد ليلًا، ونقطة واحدة عن كل شخص يقع عليه خارج ساعات العمل)، ثم حسب الأقل عددًا من الأشخاص ليلًا، ثم الأبكر. يمثّل كل شريط يومًا في منطقة زمنية واحدة بدءًا من منتصف الليل: ساعات العمل، وخارج ساعات العمل، والليل، مع تمييز وقت الاجتماع.
planner-none = لا يوجد وقت بدء يناسب هذه الأيام.
planner-score = النقاط: { $score }
planner-start-poll = إنشاء استطلاع بالأوقات المختارة
planner-add-slots = إضافة الأوقات المختارة بوصفها مواعيد
# On the create page and the admin page, a link to the planner.
planner-link = لست متأكدًا من الأوقات المناسبة؟ دع المخطِّط يقترح أوقاتًا منصفة.
error-date = «{ $value }» ليس تاريخًا صالحًا؛ يُرجى كتابته بالصيغة 2027-03-22
error-planner-range-empty = اليوم الأخير يسبق اليوم الأول
error-planner-range-long = { $days ->
    [zero] المدة أطول من { $days } يوم
    [one] المدة أطول من يوم واحد
    [two] المدة أطول من يومين
    [few] المدة أطول من { $days } أيام
    [many] المدة أطول من { $days } يومًا
   *[other] المدة أطول من { $days } يوم
}
error-planner-step = يُرجى اختيار فاصل زمني من 15 أو 30 أو 60 دقيقة
error-planner-zones-empty = يُرجى إدخال منطقة زمنية واحدة على الأقل
# $problem says what is wrong with the line.
error-planner-zone-line = السطر { $n }: { $problem }

## Issue 8: planner limits and the burden across a series
error-planner-too-much = عدد أوقات البدء كبير جدًا بالنسبة إلى هذا العدد من المناطق الزمنية: يُرجى اختيار فاصل زمني أطول أو أيام أقل أو مناطق زمنية أقل
series-heading = على مدى هذه السلسلة
# $count: the series' meetings whose time was chosen.
series-hint = { $count ->
    [zero] عدد الاجتماعات التي وقعت ليلًا أو خارج ساعات العمل في كل منطقة زمنية، من بين { $count } اجتماع اعتُمد موعده في هذه السلسلة (بحسب ساعات اليوم المحددة في هذا الاستطلاع). المناطق الزمنية في أعلى الجدول هي التي تحمّلت الأوقات غير المريحة؛ واختيار موعد يجنّبها ذلك يوزّع العبء بإنصاف.
    [one] عدد المرات التي وقع فيها الاجتماع الوحيد الذي اعتُمد موعده في هذه السلسلة ليلًا أو خارج ساعات العمل في كل منطقة زمنية (بحسب ساعات اليوم المحددة في هذا الاستطلاع). المناطق الزمنية في أعلى الجدول هي التي تحمّلت الأوقات غير المريحة؛ واختيار موعد يجنّبها ذلك يوزّع العبء بإنصاف.
    [two] عدد الاجتماعات التي وقعت ليلًا أو خارج ساعات العمل في كل منطقة زمنية، من بين الاجتماعَين اللذين اعتُمد موعداهما في هذه السلسلة (بحسب ساعات اليوم المحددة في هذا الاستطلاع). المناطق الزمنية في أعلى الجدول هي التي تحمّلت الأوقات غير المريحة؛ واختيار موعد يجنّبها ذلك يوزّع العبء بإنصاف.
    [few] عدد الاجتماعات التي وقعت ليلًا أو خارج ساعات العمل في كل منطقة زمنية، من بين { $count } اجتماعات اعتُمدت مواعيدها في هذه السلسلة (بحسب ساعات اليوم المحددة في هذا الاستطلاع). المناطق الزمنية في أعلى الجدول هي التي تحمّلت الأوقات غير المريحة؛ واختيار موعد يجنّبها ذلك يوزّع العبء بإنصاف.
    [many] عدد الاجتماعات التي وقعت ليلًا أو خارج ساعات العمل في كل منطقة زمنية، من بين { $count } اجتماعًا اعتُمدت مواعيدها في هذه السلسلة (بحسب ساعات اليوم المحددة في هذا الاستطلاع). المناطق الزمنية في أعلى الجدول هي التي تحمّلت الأوقات غير المريحة؛ واختيار موعد يجنّبها ذلك يوزّع العبء بإنصاف.
   *[other] عدد الاجتماعات التي وقعت ليلًا أو خارج ساعات العمل في كل منطقة زمنية، من بين { $count } اجتماع اعتُمدت مواعيدها في هذه السلسلة (بحسب ساعات اليوم المحددة في هذا الاستطلاع). المناطق الزمنية في أعلى الجدول هي التي تحمّلت الأوقات غير المريحة؛ واختيار موعد يجنّبها ذلك يوزّع العبء بإنصاف.
}
series-no-zones = لا تُعرف المنطقة الزمنية لأي شخص بعد: سيظهر الجدول بمجرد أن يُجيب الأشخاص، أو عندما تكون للمدعوين مناطق زمنية محددة.
series-night = اجتماعات ليلًا
series-off = اجتماعات خارج ساعات العمل

## Issue 11: availability grids
# $value: the kind as sent.
error-poll-kind = «{ $value }» ليس نوعًا من أنواع الاستطلاع: اختر مواعيد مقترحة أو أيامًا كاملة أو شبكة للأوقات المتاحة
# $value: the cell as sent (a UTC instant).
error-not-a-cell = «{ $value }» ليست خانة في شبكة هذا الاستطلاع
# $value: the cell size as typed.
error-grid-cell = مدة الخانة 15 أو 30 أو 60 دقيقة، لا «{ $value }»
error-grid-range-empty = اليوم الأخير يسبق اليوم الأول
error-grid-range-long = { $days ->
    [zero] لا تتجاوز الشبكة { $days } يوم
    [one] لا تتجاوز الشبكة يومًا واحدًا
    [two] لا تتجاوز الشبكة يومين
    [few] لا تتجاوز الشبكة { $days } أيام
    [many] لا تتجاوز الشبكة { $days } يومًا
   *[other] لا تتجاوز الشبكة { $days } يوم
}
error-grid-aligned = يجب أن تقع ساعات اليوم على حدود الخانات (كل { $minutes } دقيقة)
error-grid-past = انتهت مدة هذه الشبكة: يجب أن يكون يومها الأخير اليوم أو بعده
create-kind = نوع السؤال
create-kind-times = مواعيد مقترحة
create-kind-times-hint = بضعة مواعيد تقترحها، ويجيب كل شخص عن كل منها بـ«نعم» أو «عند الضرورة» أو «لا».
create-kind-availability = شبكة الأوقات المتاحة
create-kind-availability-hint = مجموعة من الأيام والساعات، يحدد فيها كل شخص الأوقات التي يكون فيها متاحًا، ثم تختار أنت الفترة التي تناسب أكبر عدد من الأشخاص.
create-grid = الشبكة
create-grid-hint = الأيام والساعات بتوقيتك (المنطقة الزمنية للاستطلاع). ويرى كل شخص الشبكة بتوقيته المحلي. وإذا كانت الساعة الأخيرة أسبق من ساعة البدء، امتدت الساعات إلى ما بعد منتصف الليل.
field-grid-from = اليوم الأول
field-grid-to = اليوم الأخير
field-grid-day-start = كل يوم من الساعة
field-grid-day-end = كل يوم حتى الساعة
field-grid-day-end-hint = الوقت الأسبق من وقت البدء يعني اليوم التالي (من 22:00 إلى 02:00).
field-grid-cell = مدة الخانة
grid-answer-heading = متى تكون متاحًا؟
grid-answer-hint = ضع علامة على كل وقت تكون فيه متاحًا. تُعرض الشبكة بتوقيتك: الأيام والأوقات وفق منطقتك الزمنية.
grid-answer-caption = أوقاتك المتاحة: صف لكل وقت من اليوم، وعمود لكل تاريخ
grid-paint-legend = التلوين بـ
grid-paint-clear = غير متاح
grid-keys-hint = اسحب المؤشر فوق الخانات، أو استخدم مفاتيح الأسهم ومفتاح المسافة؛ ومع الضغط على Shift مع مفتاح سهم تُلوَّن الخانات أثناء التنقل.
grid-time = الوقت
grid-best-heading = أفضل الفترات
grid-no-window = لا توجد بعد فترة تناسب أي شخص.
# $count: people who answered.
grid-heat-hint = { $count ->
    [zero] عدد المتاحين في كل خانة، ولم يُجب أحد بعد؛ ويشير (+N) إلى عدد المتاحين عند الضرورة. كلما كان اللون أغمق كان العدد أكبر.
    [one] عدد المتاحين في كل خانة، من أصل شخص واحد أجاب؛ ويشير (+N) إلى عدد المتاحين عند الضرورة. كلما كان اللون أغمق كان العدد أكبر.
    [two] عدد المتاحين في كل خانة، من أصل شخصين أجابا؛ ويشير (+N) إلى عدد المتاحين عند الضرورة. كلما كان اللون أغمق كان العدد أكبر.
    [few] عدد المتاحين في كل خانة، من أصل { $count } أشخاص أجابوا؛ ويشير (+N) إلى عدد المتاحين عند الضرورة. كلما كان اللون أغمق كان العدد أكبر.
    [many] عدد المتاحين في كل خانة، من أصل { $count } شخصًا أجابوا؛ ويشير (+N) إلى عدد المتاحين عند الضرورة. كلما كان اللون أغمق كان العدد أكبر.
   *[other] عدد المتاحين في كل خانة، من أصل { $count } شخص أجابوا؛ ويشير (+N) إلى عدد المتاحين عند الضرورة. كلما كان اللون أغمق كان العدد أكبر.
}
grid-heat-caption = من المتاح ومتى: عدد الأشخاص في كل خانة
grid-heat-legend = أشخاص متاحون
grid-nobody = لا أحد
# $maybe: names.
grid-names-maybe-only = عند الضرورة: { $maybe }
# $yes and $maybe: names. Begins with U+200F (RIGHT-TO-LEFT MARK): the names may be in
# Latin letters. Keep it.
grid-names-both = ‏{ $yes }؛ عند الضرورة: { $maybe }
# $count: people free for the whole window.
grid-window-free = { $count ->
    [zero] لا يتاح فيها أحد
    [one] يتاح فيها شخص واحد
    [two] يتاح فيها شخصان
    [few] يتاح فيها { $count } أشخاص
    [many] يتاح فيها { $count } شخصًا
   *[other] يتاح فيها { $count } شخص
}
# $count: people free; $maybe: how many of them only if need be.
# The default variant has no noun: the page passes $count as text, so only it is used.
grid-window-free-maybe = { $count ->
    [zero] لا يتاح فيها أحد
    [one] يتاح فيها شخص واحد
    [two] يتاح فيها شخصان
    [few] يتاح فيها { $count } أشخاص
    [many] يتاح فيها { $count } شخصًا
   *[other] عدد المتاحين: { $count }
} (منهم عند الضرورة: { $maybe })
grid-finalize-label = يبدأ الاجتماع في الساعة
# $zone: the zone the times are in.
grid-finalize-hint = الأوقات بتوقيت { $zone }. ويستمر الاجتماع من الوقت المختار طوال المدة المحددة في الاستطلاع.
grid-finalize-choose = اختر وقت البدء
grid-finalize-any = أي وقت بدء
# An availability poll's grid in mail. $from and $to: dates; $start and $end: HH:MM on the clock of $zone; $minutes: cell size.
mail-grid-summary = يحدد كل شخص الأوقات التي يكون فيها متاحًا من { $from } إلى { $to }، كل يوم من الساعة { $start } إلى الساعة { $end } (بتوقيت { $zone })، في خانات مدة كل منها { $minutes } دقيقة. وتعرض صفحة الاستطلاع الشبكة بتوقيتك المحلي.
# $title: the poll.
mail-edit-thanks-grid = شكرًا لك على تحديد الأوقات التي تكون فيها متاحًا في استطلاع «{ $title }».
# $value: the cell (a UTC instant).
error-marked-twice = الخانة { $value } محددة بوصفها متاحة ومتاحة عند الضرورة في آن واحد: اختر أحد الخيارين

## Issue 8: planner refinements
planner-count = عدد الاقتراحات المعروضة
planner-finalized = اعتُمد موعد الاجتماع في هذا الاستطلاع: أعد فتحه من صفحة إدارته لإضافة أوقات.
error-planner-weekdays = يُرجى تحديد يوم واحد على الأقل من أيام الأسبوع
# $value: as typed; $max: the most proposals.
error-planner-proposals = «{ $value }» ليس عددًا من الاقتراحات بين 1 و{ $max }
error-planner-range-past = انتهت هذه المدة: يجب أن يكون يومها الأخير اليوم أو بعده
# $value: the count as typed.
error-planner-count = «{ $value }» ليس عددًا من الأشخاص بين 1 و10000
# $value: the weekdays as sent.
error-grid-weekday = «{ $value }» ليست قائمة بأيام الأسبوع (mon, tue, wed, thu, fri, sat, sun)
error-grid-no-day = لا يقع أيٌّ من هذه الأيام في يومٍ من أيام الأسبوع المحددة
error-grid-no-slots = لا يضم استطلاع الأوقات المتاحة خانات زمنية تُضاف: يحدد المشاركون خانات شبكته

## dates
create-kind-dates = أيام كاملة
create-kind-dates-hint = بضعة تواريخ تقترحها لاجتماع يستغرق اليوم كله؛ يجيب كل شخص بنعم أو عند الضرورة أو لا عن كل تاريخ. التاريخ واحد للجميع أيًّا كانت منطقتهم الزمنية.
create-days = التواريخ المقترحة
create-days-hint = تاريخ واحد في كل سطر. تُتجاهل الأسطر الفارغة.
create-duration-days-hint = لا تُستخدم للأيام الكاملة.
day-row-number = التاريخ
# $n: the row's number.
day-row-legend = التاريخ { $n }
day-row-add = أضف تاريخًا
day-all-day = طوال اليوم
# $date: the date in full (Sunday 28 March 2027).
day-label = { $date }، طوال اليوم
answer-days-hint = كل خيار يوم كامل: التاريخ نفسه للجميع أينما كانوا.
admin-announcement-days-hint = جاهز للصق: العنوان والرابط والموعد النهائي والتواريخ.
admin-add-days = أضف تواريخ
admin-add-days-hint = تاريخ واحد في كل سطر. تُتجاهل الأسطر الفارغة.
announcement-intro-days = يسأل { $organizer } عن الأيام التي يمكنك الاجتماع فيها. يُرجى الإجابة عبر هذا الرابط:
announcement-days = التواريخ المقترحة (هي نفسها للجميع أيًّا كانت منطقتهم الزمنية):
mail-admin-days = التواريخ المقترحة (هي نفسها للجميع أيًّا كانت منطقتهم الزمنية):
mail-edit-thanks-days = شكرًا على إجابتك عن «{ $title }». إجاباتك:
mail-invite-days = التواريخ المقترحة (هي نفسها للجميع أيًّا كانت منطقتهم الزمنية):
mail-final-day = التاريخ:
mail-final-was-day = كان في:
# $n: the date's number in the list; $value: the text given.
error-day-format = التاريخ { $n } («{ $value }») ليس تاريخًا؛ اكتبه بالشكل 2027-03-28
error-day-past = التاريخ { $n } ({ $value }) قد مضى؛ اختر اليوم أو تاريخًا لاحقًا
error-day-far = التاريخ { $n } ({ $value }) بعد أكثر من { $years } سنوات؛ اختر تاريخًا أقرب
error-day-duplicate = التاريخ { $n } ({ $value }) مذكور مرتين؛ احذف المكرر
error-no-days = اذكر تاريخًا مقترحًا واحدًا على الأقل
error-row-day-format = «{ $value }» ليس تاريخًا؛ اكتبه بالشكل 2027-03-28.
error-row-day-past = هذا التاريخ قد مضى؛ اختر اليوم أو تاريخًا لاحقًا.
error-row-day-duplicate = هذا التاريخ مذكور مرتين؛ احذف المكرر.
error-day-row = التاريخ { $n }: { $problem }

## exports
# تسمية موعد في الملفات المصدَّرة. $date: التاريخ المحلي كاملًا؛ $time: الساعة HH:MM بتوقيت $zone (معرّف IANA)؛ $utc: الوقت بالتوقيت العالمي (HH:MM، أو YYYY-MM-DD HH:MM إذا اختلف التاريخ).
export-slot-label = { $date } { $time } { $zone } ({ $utc } UTC)
export-csv-name = الاسم
export-csv-affiliation = الجهة أو المؤسسة
export-csv-zone = المنطقة الزمنية
export-csv-answered-at = وقت الرد (UTC)
export-csv-email = البريد الإلكتروني
export-csv-yes = نعم
export-csv-if-need-be = عند الضرورة
export-csv-no = لا
export-participants-heading = { $title } — المشاركون
export-participants-when = { $local } — { $utc }
export-participants-no-affiliation = بلا جهة
export-participants-group = { $affiliation } ({ $count })
export-participants-if-need-be = { $name } (عند الضرورة)
export-participants-count = { $count ->
    [zero] لا يستطيع أحد الحضور.
    [one] شخص واحد يستطيع الحضور.
    [two] شخصان يستطيعان الحضور.
    [few] { $count } أشخاص يستطيعون الحضور.
    [many] { $count } شخصًا يستطيعون الحضور.
   *[other] { $count } شخص يستطيعون الحضور.
}
export-participants-not-answered = { $count ->
    [zero] لم يبقَ مدعو دون رد.
    [one] مدعو واحد لم يرد بعد.
    [two] مدعوان لم يردّا بعد.
    [few] { $count } مدعوين لم يردوا بعد.
    [many] { $count } مدعوًا لم يردوا بعد.
   *[other] { $count } مدعو لم يردوا بعد.
}
export-heading = التصدير
export-csv-link = تنزيل الردود (CSV)
export-csv-emails-link = تنزيل الردود مع عناوين البريد الإلكتروني (CSV)
export-csv-hint = ملف لجداول البيانات: صف لكل رد، وعمود لكل موعد، بالمنطقة الزمنية للاستطلاع وبالتوقيت العالمي. الخلية الفارغة تعني عدم وجود رد لذلك الموعد، وهذا ليس «لا». الخلايا التي قد ينفذها برنامج الجداول كصيغة تبدأ بفاصلة عليا.
export-participants-link = تنزيل قائمة المشاركين (نص)
export-participants-show = عرض قائمة المشاركين
export-participants-none-yet = تصبح قائمة المشاركين جاهزة بعد اختيار موعد.
export-participants-page-title = المشاركون: { $title }
export-participants-page-hint = من يستطيعون الحضور في الموعد المختار، مجمّعين حسب الجهة، جاهزين للنسخ إلى محضر الاجتماع.
export-participants-label = قائمة المشاركين
export-back-admin = العودة إلى صفحة المنظِّم
export-feed-heading = الاشتراك في التقويم
export-feed-label = عنوان الاشتراك
export-feed-hint = أضف هذا العنوان إلى برنامج التقويم لديك كاشتراك («من عنوان URL» أو «الاشتراك في تقويم»). يعرض الاجتماع بعد اختيار موعد ويتابع أي تغيير؛ وتتحقق منه التقويمات مرة كل ساعة تقريبًا. هو للقراءة فقط: لا يستطيع أحد تغيير الاستطلاع به.
export-feed-subscribe = اشترك في برنامج التقويم لديك
export-feed-none = ليس لهذا الاستطلاع عنوان اشتراك بعد.
export-feed-create = أنشئ عنوان اشتراك
export-feed-replace = استبدل عنوان الاشتراك
export-feed-replace-text = يتوقف العنوان الحالي عن العمل فورًا: لن تعرض التقويمات المشتركة فيه الاجتماع بعد الآن. يرى المشاركون العنوان الجديد في صفحة الاستطلاع بعد اختيار موعد.
export-feed-replace-confirm = استبدله الآن
banner-feed-replaced = للاشتراك في التقويم عنوان جديد؛ والعنوان القديم لم يعد يعمل.
export-add-heading = أضف إلى تقويم على الإنترنت
export-add-google = أضف إلى تقويم Google
export-add-outlook = أضف إلى Outlook.com
export-add-office = أضف إلى Microsoft 365 (Outlook على الويب)
export-add-note = هذه الروابط تغادر Convene: تفتح موقع خدمة التقويم نفسها مع بيانات الاجتماع معبّأة، ثم تحفظه هناك.

## lifecycle
# The expiry warning mailed to the organizer. $title: the poll.
mail-expiry-subject = سيُحذف استطلاعك «{ $title }» قريبًا
# $title: the poll; $date: the deletion date on the poll's clock.
mail-expiry-intro = سيُحذف استطلاعك «{ $title }» في { $date }.
mail-expiry-what = سيُحذف عندها كل ما فيه: أوقاته، وكل إجابة وكل تصويت، والتعليقات، وقائمة المدعوين ورسائله. ولن يتمكن أحد من استعادته.
mail-expiry-keep = للإبقاء عليه، افتح هذا الرابط واضغط على «الإبقاء على هذا الاستطلاع»:
mail-expiry-nothing = إذا لم تعد بحاجة إليه، فلا داعي لفعل أي شيء.
mail-expiry-poll = الاستطلاع:
# Why the poll is deleted on that date. $days: the retention period in days.
lifecycle-reason-meeting = بعد { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
} من اجتماعه
lifecycle-reason-activity = بعد { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
} من آخر نشاط فيه
lifecycle-reason-keep = بعد { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
} من اختيارك الإبقاء عليه
# $date: the deletion date.
lifecycle-deleted-on = سيُحذف هذا الاستطلاع وإجاباته في { $date }.
# $date: the deletion date on the poll's clock; $reason: one of the lifecycle-reason texts.
lifecycle-admin-deleted-on = سيُحذف هذا الاستطلاع وإجاباته في { $date } ({ $reason }).
lifecycle-heading = مدة الاحتفاظ بهذا الاستطلاع
keep-page-title = الإبقاء على هذا الاستطلاع
keep-page-text = اضغط على الزر للإبقاء على الاستطلاع وتأجيل حذفه. تبقى الإجابات والإعدادات والروابط كما هي.
keep-button = الإبقاء على هذا الاستطلاع
keep-done = تم الإبقاء على الاستطلاع: لن يُحذف قبل التاريخ المذكور أدناه.
banner-kept = تم الإبقاء على الاستطلاع: لن يُحذف قبل التاريخ المذكور هنا.
lifecycle-reason-options = بعد { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
} من آخر موعد يقترحه أو من موعده النهائي
error-start-no-grid = ليس لهذا الاستطلاع شبكة للأوقات المتاحة: اختر أحد مواعيده باستخدام slot_id
export-csv-hint-days = ملف لجداول البيانات: صف لكل رد، وعمود لكل تاريخ. الخانة الفارغة تعني عدم الإجابة عن ذلك التاريخ، وهي ليست «لا». الخانات التي قد ينفذها برنامج الجداول كصيغة تبدأ بفاصلة عليا.
results-legend-days = تعرض كل خانة الإجابة برمز وكلمة: ✓ نعم، (✓) عند الضرورة، ✗ لا، – لا إجابة. وتشير كلمة «الأفضل» إلى التاريخ الذي يناسب أكبر عدد من الأشخاص (نعم وعند الضرورة)؛ وعند التعادل يُختار التاريخ الذي نال «نعم» أكثر، ثم الأبكر.
mail-final-chosen-day = حُدِّد تاريخ «{ $title }».
date-format-hint-days = إذا عرض متصفحك مربعات نص عادية، فاكتب التواريخ بالشكل 2027-03-23.
error-day-exists = التاريخ { $n } ({ $value }) موجود بالفعل ضمن تواريخ هذا الاستطلاع
