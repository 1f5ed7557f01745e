# Convene：简体中文目录。键与英文参考目录（locales/en/main.ftl）完全一致。

## 所有页面（templates/base.html）

skip-to-content = 跳至正文
language-label = 语言
language-apply = 切换
footer-tagline = Convene：准确处理时区的会议时间投票。
footer-create = 创建投票
required = （必填）
optional = （选填）

## 错误页面（templates/errors/error.html、src/error.rs）

error-status = 错误 { $status }
error-back = 请使用浏览器的“后退”按钮返回之前的页面，或
error-create-new = 创建新的投票。
error-not-found-heading = 未找到页面
error-not-found = 此地址没有对应的投票，或链接不完整。请检查是否已从收到的消息中复制了完整链接。
error-conflict-heading = 目前无法执行此操作
error-forbidden-heading = 不接受来自其他网站的提交
error-forbidden = 此表单是从其他网站发送的，因此 Convene 未对其执行任何操作。如果这确实是您想要的操作，请直接在 Convene 上打开该页面，然后从那里发送表单。
error-bad-encoding-heading = 无法读取表单
error-bad-encoding = 表单未以 UTF-8 文本发送，因此 Convene 未作处理。请返回并重新发送；如果再次出现此问题，请换用其他浏览器。
error-unavailable-heading = 暂时无法使用
error-unavailable = 本服务目前无法连接数据库。请一分钟后重试。
error-internal-heading = 出现错误
error-internal = 请求未能完成，未保存任何不完整的数据。请重试；如果问题仍然存在，请将以下错误编号告知运营方：
error-too-large-heading = 提交的内容过大
error-too-large = 您提交的内容超过了 Convene 可接受的大小（最多 { $kib } KiB）。请返回上一页：您输入的内容仍在表单中。请缩短最长的文字或删除部分时段行，然后重新提交。
error-rate-limited-heading = 请求过多
error-rate-limited = 短时间内从您的网络发出的此类请求过多。请等待 { $count } 秒，然后返回上一页：您输入的内容仍在表单中，可以重新提交。

## 创建表单（templates/polls/new.html）

create-title = 新建投票
create-heading = 商定会议时间
create-lead = 提出几个候选时间并分享链接，每个人都可以按自己所在的时区作答。
create-rows-added = 已在下方新增 5 行时段。在按下“创建投票”之前，不会保存任何内容。
create-about = 会议信息
field-title = 标题
field-description = 说明
field-location = 地点或会议链接
create-you = 您（组织者）
field-your-name = 您的姓名
field-your-email = 您的电子邮件地址
create-email-hint = 我们会将保密的管理链接以及最终确定的时间发送到此地址。参与者不会看到此地址。
create-when = 时间
create-zone-label = 以下时间所用的时区
create-zone-hint = 请输入城市或时区名称，例如 Zurich 或 Europe/Zurich。参与者看到的所有时间都会换算为其所在时区的时间。
field-duration = 会议时长（分钟）
field-deadline = 答复截止时间
create-deadline-hint = 按上述时区计算。截止后不再接受答复。
create-slots = 候选时段
create-slots-hint = 每个选项的开始日期和时间，按上述时区填写。空行将被忽略。
date-format-hint = 如果浏览器显示的是普通文本框，请按 2027-03-23 的格式输入日期，按 13:00 的格式输入时间（24 小时制）。
create-more-rows-hint = 需要更多行？请按表单末尾的“再添加 5 行时段”按钮，已输入的内容将会保留。
create-options = 选项
create-offer-if-need-be = 除“可以”和“不可以”外，另提供“必要时可以”选项
field-hide-results = 在您确定会议时间之前，不向参与者显示答复
create-hide-results-hint = 您始终可以在管理页面上看到所有答复。
create-submit = 创建投票
create-more-rows = 再添加 5 行时段
honeypot-label = 请将此栏留空
honeypot-heading = 尚未保存任何内容
honeypot-text = 一个用于识别垃圾信息机器人的隐藏栏位被填写了（某些浏览器的自动填充功能也会这样做）。请检查下面的表单，然后再次点击“创建投票”。

## 投票页面的共用部分（templates/polls/macros.html）

error-summary = 请更正以下 { $count } 个问题
zone-picker-label = 按以下时区显示时间
zone-picker-apply = 显示时间
zone-picker-hint = 请输入城市或时区名称，例如 Kathmandu 或 America/New_York。
tally-yes = 人可以
tally-if-need-be = 人必要时可以
tally-no = 人不可以
slot-row-number = 时段
slot-row-legend = 时段 { $n }
slot-row-date = 日期
slot-row-time = 开始时间
slot-row-remove = 移除
slot-row-add = 添加时段
slot-row-which = 选择哪一个 { $time }？
slot-row-choose = 请选择
slot-row-first = { $time } UTC{ $offset }（第一次，时钟回拨之前）
slot-row-second = { $time } UTC{ $offset }（第二次，时钟回拨之后）
badge-best = 最佳
badge-chosen = 已选定
badge-you = 您
slot-summary = { $available } 人可参加（{ $yes } 人可以，{ $if_need_be } 人必要时可以），{ $no } 人不可以。
results-caption = 各时段的答复
results-caption-empty = 各时段的答复（暂无）
results-participant = 参与者
results-delete = 删除
results-delete-whose = { $name }的答复
results-total = 合计
results-legend = 每个单元格以符号加文字显示答复：✓ 可以，(✓) 必要时可以，✗ 不可以，– 未答复。“最佳”标记可参加人数（“可以”加“必要时可以”）最多的时段；如人数相同，则选按各自当地时间处于夜间或非工作时间的人数较少的时段；仍相同的，则选“可以”较多的时段；再相同的，则选较早的时段。
results-no-answers = 暂无答复。
vote-yes = 可以
vote-if-need-be = 必要时可以
vote-no = 不可以
vote-none = 未答复
comments-heading = 评论
comments-none = 暂无评论。
comments-add = 添加评论
comments-body = 评论内容
comments-submit = 发表评论
comments-elsewhere = 在参与者页面上添加评论

## 参与者页面（templates/polls/show.html）

fact-organizer = 组织者
fact-location = 地点
fact-length = 时长
status-open = 开放中
status-closed = 已关闭
status-finalized = 已确定
status-open-text = 正在接受答复。
status-open-until = 正在接受答复，截止时间为 { $deadline }。
status-closed-deadline = 已关闭：截止时间（{ $deadline }）已过，无法再添加或更改答复。
status-closed-text = 已关闭：组织者已停止接受答复。
status-finalized-text = 已确定：会议定于 { $slot } 举行。
final-heading = 会议时间
final-add-to-calendar = 添加到日历（.ics）
answer-saved = 您的答复已保存。
personal-heading = 您的个人链接
personal-text = 请将此链接加入书签，以便日后更改或删除您的答复。任何获得此链接的人都可以更改您的答复，请勿外传。
personal-mailed = 我们也已通过电子邮件将此链接发送给您。
personal-not-mailed = 这次我们没有通过电子邮件向您发送此链接：为保护大家免受垃圾邮件打扰，Convene 限制了每个投票发送的邮件数量。请复制该链接或将此页面加入书签。
answer-heading = 您的答复
answer-heading-edit = 更改您的答复
answer-times-in = 以下时间按 { $zone } 时区显示，每个时段同时标注 UTC 时间。
field-affiliation = 所属机构
field-email = 电子邮件地址
answer-email-hint = 仅组织者可见。我们将用此地址向您发送编辑链接和最终确定的时间。
field-your-zone = 您所在的时区
answer-zone-hint = 城市或时区名称，用于您所收邮件中的时间。
answer-can-you = 您能参加吗？
answer-with-yours = （含您的答复）
answer-submit = 保存我的答复
answer-submit-edit = 保存更改
answers-heading = 答复
answers-closed = 无法再添加或更改答复。
answers-yours = 您的答复
results-heading = 结果
responses-count = { $count } 份答复
results-hidden = 组织者已选择在确定会议时间之前隐藏答复。
results-hidden-yours = 您本人的答复见上方表单。
withdraw-heading = 删除您的答复
withdraw-text = 此操作将从投票中移除您的姓名和答复，您的个人链接也将随之失效。
withdraw-submit = 删除我的答复

## 组织者管理页面（templates/admin/show.html、src/web/pages/admin.rs）

admin-title = 管理：{ $title }
admin-eyebrow = 管理投票
admin-created = 您的投票已准备就绪。
admin-created-mailed = 请分享下方的参与者链接。我们也已将两个链接发送至 { $email }。
admin-links = 链接
admin-participant-link = 参与者链接：请分享给所有受邀者
admin-admin-link = 您的管理链接：请妥善保密
admin-admin-link-hint = 任何获得此链接的人都可以更改或删除此投票。此链接也已通过电子邮件发送给您。
admin-replace-link = 替换管理链接
admin-replace-link-text = 如果此链接落入了不该拥有它的人手中：新链接将取而代之，旧链接立即失效，新链接会通过电子邮件发送给您。
admin-replace-link-confirm = 立即替换管理链接
admin-announcement = 邮件列表通知
admin-announcement-hint = 可直接粘贴：包括标题、链接、截止时间，以及按 { $zone } 时区和 UTC 列出的候选时段。
admin-open-participant-page = 打开参与者页面
admin-download-ics = 下载日历文件（.ics）
admin-mail = 邮件
admin-mail-sent = 已发送 { $sent } 封。
admin-mail-pending = { $pending } 封待发送（将自动重试）。
admin-mail-failed = { $failed } 封发送失败。
admin-mail-failed-hint = 这些邮件未能送达：邮件服务器拒收，或无法连接邮件服务器。邮件设置修复后，请重新发送：
admin-mail-retry = 重新发送失败的邮件
admin-results-private = 只有您能看到电子邮件地址和时区。
admin-results-hidden = 在您确定会议时间之前，参与者看不到答复。
admin-finalize-heading = 确定会议时间
admin-finalized-reopen = 如果想改为重新接受答复，请在下方重新开放投票：所有相关人员都会收到会议取消的通知。
admin-finalize-text = 所有提供了电子邮件地址的人、所有受邀者以及您本人都将收到一封邮件，其中包含按各自时区显示的会议时间和一个日历文件。
admin-finalize-slot = 时段
slot-counts = { $yes } 人可以，{ $if_need_be } 人必要时可以
admin-finalize-recipients = { $count ->
    [1] 此操作将发送 { $count } 封邮件，仅发给您。
   *[other] 此操作将发送 { $count } 封邮件，收件人为您、所有提供了电子邮件地址的人以及所有受邀者。
}
admin-finalize-submit = 确定并通知
admin-open-closed = 开放或关闭
admin-close-text = 关闭后将不再接受新的答复或对答复的更改；您可以稍后重新开放。
admin-close-submit = 关闭投票
admin-reopen-finalized-text = 重新开放将取消已选定的时间，并重新接受答复。
admin-reopen-cancel-recipients = { $count ->
   *[other] 这将发送 { $count } 封包含取消通知的邮件，供更新日历：发给您以及所有收到过会议通知的人。
}
admin-reopen-text = 重新开放后将重新接受答复。
admin-reopen-submit = 重新开放投票
admin-settings = 设置
admin-deadline-hint = 按 { $zone } 时区填写。留空则不设截止时间。
admin-offer-if-need-be = 提供“必要时可以”选项
admin-settings-submit = 保存设置
admin-slots = 时段
admin-slots-text = 移除某个时段，也会同时移除所有人对该时段的答复。
admin-remove-slot-whose = 时段 { $slot } 及其答复
admin-remove-slot-answers = { $count ->
   *[other] 该时段的 { $count } 份答复也将一并移除。
}
admin-remove-slot-confirm = 移除此时段
admin-add-slots = 添加时段
admin-add-slots-hint = 开始日期和时间，按 { $zone } 时区填写。空行将被忽略。
admin-add-slots-submit = 添加这些时段
admin-delete-heading = 删除投票
admin-delete-text = 此操作将立即永久删除此投票及其所有答复和评论。
admin-delete-finalized-hint = 删除不会发送任何邮件：会议仍会保留在所有收到通知的人的日历中。如需取消会议，请先重新开放投票（这会发送取消通知），然后再删除。
admin-delete-confirm = 是的，删除此投票及其全部内容
admin-delete-submit = 删除投票
banner-settings-saved = 设置已保存。
banner-slots-added = 时段已添加。
banner-slot-deleted = 时段已移除，相关答复也已一并移除。
banner-response-deleted = 答复已删除。
banner-closed = 投票已关闭，不再接受答复。
banner-reopened = 投票已重新开放。
banner-mail-retried = 发送失败的邮件已重新排队等待发送。
banner-admin-link-replaced = 管理链接已被替换，旧链接已失效。新链接就是本页的地址，也已通过电子邮件发送给您。
banner-finalized = 投票已确定会议时间；{ $count } 封包含会议时间的邮件已排队等待发送。
banner-finalized-unknown = 投票已确定会议时间；包含会议时间的邮件已排队等待发送。
copy = 复制
copied = 已复制
copied-status = 已复制到剪贴板。

## 日期、时间和时长（所有页面）

datetime-long = { $date } { $time }（{ $zone }，UTC{ $offset }）
slot-label = { $date } { $range }
utc-range = { $date } { $range } UTC
duration-hours = { $count } 小时
duration-minutes = { $count } 分钟
duration-both = { $hours } { $minutes }
name-you = { $name }（您）
utc-instant = { $date } { $time } UTC

## 邮件列表通知（管理页面；使用组织者的语言）

announcement-intro = { $organizer } 想了解您何时可以参加会议（时长 { $length }）。请通过以下链接作答，页面将按您所在的时区显示所有时间：
announcement-deadline = 请于 { $deadline }（即 { $utc }）之前作答。
announcement-slots = 候选时间（按 { $zone } 时区和 UTC 列出）：

## 邮件（templates/mail/*），以收件人的语言发送

mail-greeting = { $name }，您好：
mail-signature = —— Convene
mail-signature-for = —— Convene，代 { $organizer } 发送
mail-poll-label = 投票链接：
mail-admin-subject = 您的投票“{ $title }”已准备就绪
mail-admin-ready = 您的投票“{ $title }”已准备就绪。
mail-admin-replaced-subject = 您的投票“{ $title }”的新管理链接
mail-admin-replaced = 您的投票“{ $title }”的管理链接已被替换。旧链接已失效，新链接如下。
mail-admin-share = 请将此链接分享给参与者（例如通过您的邮件列表）：
mail-admin-keep-title = 请妥善保管此链接，切勿外传：
mail-admin-keep-text = 您可以通过此链接编辑投票、查看参与者的电子邮件地址并确定最终时间。
mail-admin-slots = 候选时间（{ $zone }）：
mail-admin-own-zone = 任何人打开此投票时，看到的都是按其所在时区换算后的时间。
mail-edit-subject = 您对“{ $title }”的答复
mail-edit-thanks = 感谢您对“{ $title }”作出答复。您的答复（按 { $zone } 时区）如下：
mail-edit-change = 如需日后更改答复，请使用您的个人链接（请勿外传）：
mail-final-subject = { $title }：{ $when }
mail-final-subject-updated = 【更新】{ $title }：{ $when }
mail-final-subject-cancelled = 已取消：{ $title }：{ $when }
mail-final-chosen = “{ $title }”的会议时间已确定。
mail-final-changed = “{ $title }”的会议信息已变更。目前的会议安排如下：
mail-final-cancelled = 会议“{ $title }”将不在以下时间举行：组织者已重新开放投票，以选择其他时间。
mail-final-your-time = 您所在时区的时间（{ $zone }）：
mail-final-utc = UTC 时间：
mail-final-where = 地点：{ $location }
mail-final-ics = 打开附件中的邀请（invitation.ics），即可将此会议添加到您的日历。
mail-final-ics-updated = 打开附件中的邀请（invitation.ics），即可更新您日历中的此会议。
mail-final-ics-cancelled = 附件（invitation.ics）会将此会议从您的日历中删除。

## 输入内容有误（表单和 API）。$value 为用户输入的内容；
## $field 为下列 label-* 之一，用在句子中。

label-title = 标题
label-description = 说明
label-location = 地点
label-your-name = 您的姓名
label-affiliation = 所属机构
label-name = 姓名
label-comment = 评论
label-email = 电子邮件地址
error-required = { $field }为必填项
error-too-long = { $field }长度为 { $length } 个字符，最多允许 { $max } 个字符
error-control = { $field }包含控制字符（{ $code }），请将其删除
error-email = “{ $value }”不是有效的电子邮件地址（格式应类似于 name@example.org）
error-invitee-no-address = 这一行没有电子邮件地址。
error-invitee-unreadable = 无法读取这一行：请填写姓名、电子邮件地址、所属机构和时区，用逗号分隔。
error-zone = “{ $value }”不是已知的时区；请输入城市名称（例如 Zurich 或 Kathmandu）或 IANA 时区名称（例如 Europe/Zurich）
error-language = Convene 不提供“{ $value }”语言；请使用以下代码之一：en、fr、es、ar、zh、ru
error-vote = “{ $value }”不是有效的答复；请使用 yes、if_need_be 或 no
error-gap = { $zone } 时区不存在 { $local } 这一时间：时钟从 UTC{ $before } 直接跳至 UTC{ $after }，跳过了该时间；请选择其他时间
error-ambiguous = { $local } 在 { $zone } 时区出现两次，分别为 UTC{ $earlier } 和 UTC{ $later }；请注明 UTC 偏移量，例如 { $example }
error-datetime = “{ $value }”不是有效的日期和时间；请按 2027-03-23T13:00（当地时间）或 2027-03-23T13:00+01:00 的格式填写
error-duration = “{ $value }”不是有效的会议时长；请填写 1 至 { $max } 之间的整数分钟数
error-deadline-past = 截止时间 { $value } 已过；请选择更晚的时间
error-deadline-far = 截止时间 { $value } 距今超过 { $years } 年
error-slot = 时段 { $n }（{ $value }）：{ $problem }
error-slot-past = 时段 { $n }（{ $value }）已过；请选择更晚的时间
error-slot-far = 时段 { $n }（{ $value }）距今超过 { $years } 年；请选择更早的时间
error-slot-seconds = 时段 { $n }（{ $value }）包含秒数；时段须从整分钟开始
error-slot-duplicate = 时段 { $n }（{ $value }）与另一时段的时间相同；请删除重复项
error-no-slots = 请至少提供一个候选时段
error-too-many-slots = 每个投票最多可设 { $max } 个时段；此投票将有 { $total } 个时段
error-no-new-slots = 请至少提供一个新时段
error-not-a-slot = “{ $value }”不是此投票的时段
error-no-if-need-be = 此投票不提供“必要时可以”选项；请答复“可以”或“不可以”
error-answered-twice = 对时段 { $value } 作了两次答复
error-no-answer = 请至少对一个时段作出答复
error-comment-empty = 评论内容为空
error-choose-slot = 请选择会议举行的时段
error-confirm-delete = 请勾选复选框，确认删除此投票及其所有答复和评论
error-half-rows = { $count ->
   *[other] 请为时段 { $rows } 同时填写日期和时间，或清空相应的行
}
error-row-half = 请同时填写日期和时间，或将两者都清空。
error-row-format = “{ $value }”不是有效的日期和时间；请按 2027-03-23 的格式填写日期，按 13:00 的格式填写时间。
error-row-ambiguous = { $local } 在 { $zone } 时区出现两次（时钟回拨）：请在“选择哪一个 { $time }？”下选择其中之一。
error-row-past = 此时间已过；请选择更晚的时间。
error-row-duplicate = 此时间与另一时段相同；请删除重复项。
error-row = 时段 { $n }：{ $problem }
joined = { $first }{ $rest }
conflict-finalized-slots = 此投票已确定会议时间；如需更改时段，请先重新开放投票
conflict-chosen-slot = 这是已选定的时段；如需移除，请先重新开放投票
conflict-last-slot = 每个投票至少需要一个时段；请先添加其他时段，再移除此时段
conflict-already-finalized = 此投票已确定会议时间
conflict-finalize-again = 此投票已确定会议时间；如需选择其他时段，请先重新开放投票
conflict-answers-finalized = 此投票已确定会议时间，无法再更改答复
conflict-answers-closed = 此投票已关闭，无法再更改答复
conflict-answers-deadline = 此投票的截止时间已过，无法再更改答复
conflict-responses-full = 此投票的答复数量已达到上限（{ $max }），不再接受新的答复。已有的答复仍可更改。
conflict-comments-full = 此投票的评论数量已达到上限（{ $max }），不再接受新的评论。
conflict-mail-cap-finalize = 确定会议时间将发送 { $needed } 封邮件，但每个投票在 24 小时内最多只能发送 { $cap } 封邮件，而此投票已发送 { $queued } 封。未做任何更改。请稍后重试，或请本 Convene 服务的运营方提高此上限。
conflict-mail-cap-update = 保存这些更改将向 { $needed } 人发送更新后的会议信息，但每个投票在 24 小时内最多只能发送 { $cap } 封邮件，而此投票已发送 { $queued } 封。未做任何更改。请稍后重试，或请本 Convene 服务的运营方提高此上限。
conflict-mail-cap-reopen = 重新开放将向 { $needed } 人发送会议取消通知，但每个投票在 24 小时内最多只能发送 { $cap } 封邮件，而此投票已发送 { $queued } 封。未做任何更改。请稍后再试，或请此 Convene 服务的管理者提高限额。

## 邀请、提醒和邮件设置（管理页面、src/web/pages/invitees.rs、
## src/web/pages/admin.rs；受邀者页面 templates/polls/show.html）

personal-invited = { $organizer } 邀请您参与此投票。
personal-invited-text = 这是您的个人邀请链接：您的姓名已自动填写，您的答复也会保存在此姓名下。如需更改答复，请再次打开此链接；请勿转发。
admin-invitees = 受邀者
admin-invitees-none = 目前还没有按电子邮件地址邀请任何人。请在下方添加人员：每人都会收到自己的专属链接，本页面会显示谁已答复。
invitee-name = 姓名
invitee-email = 电子邮件地址
invitee-zone = 时区
invitee-status = 答复
invitee-required = 必须出席
invitee-required-yes = 必须出席
invitee-required-no = 标记为必须出席
invitee-remove = 移除
invitee-remove-text = 要从受邀者中移除 { $name } 吗？其个人链接将随之失效；其已提交的答复会保留。
invitee-remove-confirm = 是的，移除
invitee-answered = 已答复
invitee-not-invited = 尚未邀请
invitee-invited = 已于 { $when } 邀请
invitee-reminded = 已于 { $invited } 邀请，已于 { $reminded } 提醒
admin-invitees-answered = { $invited } 位受邀者中已有 { $answered } 位答复。
admin-invitees-group = { $affiliation }：{ $answered }/{ $invited }
admin-not-invited = 有 { $count } 位受邀者尚未收到邀请。
admin-send-invitations = 发送 { $count } 份邀请
admin-remind-hint = 每位受邀者每天最多收到一封邮件，已答复的人不会收到任何提醒。
admin-remind-submit = { $count ->
    [0] 目前没有需要提醒的人
   *[other] 提醒 { $count } 位尚未答复的人
}
admin-invite-closed = 此投票目前不接受答复，因此无法发送邀请和提醒。
admin-add-invitees = 添加人员
admin-invitee-list = 粘贴名单
admin-invitee-list-hint = 每行一人：姓名 <地址>、仅填地址，或“姓名, 地址, 所属机构”（后面可再加时区）。也可以使用带标题行（name, email, affiliation, timezone）的 CSV 文件。重复出现的地址只添加一次。
admin-invitee-lines-unused = 有 { $count } 行无法使用：
admin-invitee-line-error = 第 { $n } 行：“{ $text }”：{ $reason }
admin-invitee-file = 或选择 CSV 文件
admin-invitee-send = 立即向每位新添加的人发送邀请
admin-invitee-add-submit = 添加
admin-invitees-report = 已添加 { $added } 人，已发送 { $invited } 份邀请。有 { $unused } 行无法使用：这些行已放回下方的文本框中，请修改后重新添加。
banner-invitees-added = 已添加 { $added } 人，已发送 { $invited } 份邀请。{ $merged ->
    [0] {""}
   *[other] 有 { $merged } 个地址已在名单中。
}{ $updated ->
    [0] {""}
   *[other] 已更新 { $updated } 位受邀者的信息。
}
banner-invitations-sent = { $count } 份邀请已排队等待发送。
banner-reminders-sent = { $count ->
    [0] 未发送任何提醒：所有人都已答复，或在过去 24 小时内已收到过邮件。
   *[other] { $count } 封提醒邮件已排队等待发送。
}
banner-invitee-removed = 已移除该受邀者。其个人链接已失效；其已提交的答复会保留。
banner-required-saved = 已保存：“会议需要哪些人”表格已相应更新。
banner-notifications-saved = 您的邮件设置已保存。

## 会议需要哪些人（管理页面）

quorum-heading = 会议需要哪些人
quorum-hint = 针对每个时段：标记为必须出席的人是否都能参加，以及各所属机构中有多少受邀者无法参加或尚未答复。
quorum-slot = 时段
quorum-required = 必须出席的人
quorum-invitees = 缺少的受邀者
quorum-none-required = 没有人被标记为必须出席。
quorum-all-required = 必须出席的 { $count } 人均可参加。
quorum-person-no-answer = { $name }（尚未答复）
quorum-person-cannot = { $name }（无法参加）
quorum-required-missing = 缺少：{ $names }
quorum-gap = { $affiliation } { $missing } 人（共邀请 { $invited } 人）
quorum-missing = 缺少：{ $groups }
quorum-nobody-missing = 所有受邀者均可参加。
quorum-no-affiliation = 无所属机构
quorum-gap-none = 无所属机构 { $missing } 人（共邀请 { $invited } 人）

## 调整已确定的会议时间、邮件设置、系列会议的下一次投票（管理页面）

admin-finalized-move = 会议时间已确定。您可以将会议改到另一个时段：所有相关人员都会收到新的时间，其日历中的会议也会随之调整。
admin-move-recipients = { $count ->
    [1] 此操作将发送 { $count } 封邮件，仅发给您。
   *[other] 此操作将发送 { $count } 封邮件，收件人为您以及所有相关人员。
}
admin-move-submit = 将会议改到此时段
admin-notify-heading = 发给您的邮件
admin-notify-legend = 有新的答复和评论时，向 { $email } 发送邮件：
admin-notify-none = 不发送（请自行查看本页面）
admin-notify-each = 每次有新的答复或评论时发送
admin-notify-digest = 如有新动态，每天约 09:00（按投票所用时区）发送一份摘要
admin-remind-before = 自动提醒：截止时间前多少小时
admin-remind-before-hint = 尚未答复的受邀者会收到一次提醒，发送时间为其所在时区约 09:00（绝不在夜间发送），且至少在截止时间前这么多小时。留空则不发送。
admin-remind-before-no-deadline = 此功能需要截止时间：请在设置中设定。
admin-notify-submit = 保存邮件设置
admin-duplicate-heading = 本系列的下一次会议
admin-duplicate-text = { $count ->
    [0] 创建一个新投票，其标题、说明、地点、时长和选项与本投票相同，但有自己的时段和截止时间。
   *[other] 创建一个新投票，其标题、说明、地点、时长和选项与本投票相同，并包含您的 { $count } 位受邀者（在您决定时再发送邀请）；请在下方填写新投票的时段。
}
admin-duplicate-submit = 创建新投票

## 关于邀请和动态的邮件（templates/mail/invitation、templates/mail/activity）

mail-greeting-anonymous = 您好：
mail-invite-subject = { $organizer } 想了解您何时可以参加会议：“{ $title }”
mail-reminder-subject = 提醒：您何时可以参加会议？“{ $title }”
mail-reminder-subject-deadline = 提醒：请于 { $deadline } 之前作答：“{ $title }”
mail-invite-intro = { $organizer } 邀请您告知何时可以参加“{ $title }”会议。
mail-reminder-intro = { $organizer } 仍在等待您对“{ $title }”的答复。
mail-invite-slots = 候选时间（按您所在的时区 { $zone }）：
mail-invite-deadline = 请于 { $deadline } 之前作答。
mail-invite-link = 您的个人链接（会自动填写您的姓名并保存您的答复）：
mail-invite-personal = 此链接仅供您本人使用，请勿转发。在投票关闭之前，您可以随时通过此链接更改答复。
mail-final-subject-moved = 【新时间】{ $title }：{ $when }
mail-final-moved = 会议“{ $title }”已改到新的时间。
mail-final-was = 原定时间（{ $zone }）：
mail-notice-subject-answer = { $name } 答复了“{ $title }”
mail-notice-subject-changed = { $name } 更改了对“{ $title }”的答复
mail-notice-subject-comment = { $name } 评论了“{ $title }”
mail-digest-subject = “{ $title }”：{ $answers } 份新答复，{ $comments } 条评论
mail-notice-intro = 您的投票“{ $title }”有新动态。
mail-digest-intro = 以下是自上次摘要以来，您的投票“{ $title }”的动态。
mail-activity-answered = { $name }的答复：
mail-activity-changed = { $name } 更改了答复：
mail-activity-comment = { $name } 写道：
mail-activity-total = 共 { $count } 份答复。
mail-activity-invitees = { $invited } 位受邀者中已有 { $answered } 位答复。
mail-activity-best = 目前的最佳时段：{ $slot }（{ $counts }）。
mail-activity-settings = 您收到此邮件，是因为您在投票管理页面上所做的邮件设置；如需更改，请前往该页面。

## 邀请和邮件设置方面的问题（表单和 API）

error-invitees-empty = 名单为空：请每行粘贴一人，或选择一个文件。
error-invitees-both = 请粘贴名单或选择文件，不能同时使用两者。
error-invitee-file-empty = 文件为空。
error-invitee-file-encoding = 该文件不是 UTF-8 文本。请在电子表格软件中将其另存为“CSV UTF-8”格式，然后重新选择。
error-notify = “{ $value }”不是有效的邮件设置：请使用 none、each 或 digest
error-remind-before = “{ $value }”不是 1 至 720 之间的小时数
conflict-invite-closed = 此投票目前不接受答复，因此无法发送邀请。请先重新开放投票。
conflict-remind-closed = 此投票目前不接受答复，因此无法发送提醒。
conflict-invitees-max = 每个投票最多可有 { $max } 位受邀者。
conflict-mail-cap-invite = 发送这些邀请需要发送 { $needed } 封邮件，但每个投票在 24 小时内最多只能发送 { $cap } 封邮件，而此投票已发送 { $queued } 封。未做任何更改。请稍后重试，或请本 Convene 服务的运营方提高此上限。
conflict-mail-cap-remind = 发送这些提醒需要发送 { $needed } 封邮件，但每个投票在 24 小时内最多只能发送 { $cap } 封邮件，而此投票已发送 { $queued } 封。未做任何更改。请稍后重试，或请本 Convene 服务的运营方提高此上限。

## 按每个人的当地时间：各时段在每个人所在时区的代价（结果和管理页面，
## src/web/pages/fairness.rs、src/web/pages/view.rs）

# 某时段使多少人处于夜间、非工作时间，或全部处于工作时间；显示在 ☾、◐、☀ 之后，
# 例如“☾ 2 人在夜间 · ◐ 1 人在非工作时间”。
cost-night = { $count } 人在夜间
cost-off = { $count } 人在非工作时间
cost-none = { $count ->
    [1] { $count } 人在工作时间内
   *[other] 全部 { $count } 人均在工作时间内
}
results-cost-row = 按各自当地时间
fairness-heading = 按每个人的当地时间
fairness-hint = 每个时段在每位答复者所在时区的开始时间：☀ 工作时间，◐ 非工作时间（清晨或晚上），☾ 夜间。在可参加人数相同的时段中，得分最低的时段为最佳：每有一人处于夜间计 3 分，每有一人处于非工作时间计 1 分。
fairness-none = 有人答复后，其当地时间将显示在此处。
fairness-zone = 时区（人数）
class-working = 工作时间
class-off = 非工作时间
class-night = 夜间
fairness-hours-heading = 一天中的时间划分
fairness-hours-hint = 均按每个人自己的当地时间计算。依次为：夜间结束、工作开始、工作结束、夜间开始。
field-day-start = 夜间结束
field-work-start = 工作开始
field-work-end = 工作结束
field-night-start = 夜间开始
fairness-hours-submit = 保存时间划分
banner-hours-saved = 一天中的时间划分已保存，各时段的代价将据此计算。
error-hour = “{ $value }”不是有效的时间；请按 07:00 的格式填写
error-hours-order = 各时间必须依次排列：夜间结束，然后工作开始，然后工作结束，然后夜间开始

## 规划器（templates/planner/show.html、src/web/pages/planner.rs）

planner-title = 查找公平的时间
planner-heading = 查找对每个人都公平的时间
planner-lead = 请填写日期、会议时长以及各人所在的地点；规划器会提出一些开始时间，让按各自当地时间处于夜间或非工作时间的人数最少。
planner-back-to-admin = 返回投票的管理页面
planner-from = 第一天
planner-to = 最后一天
planner-zone = 您所在的时区
planner-zone-hint = 日期和星期均按此时区计算。
# $minutes 为 15、30 或 60。
planner-step = 候选开始时间的间隔
planner-step-minutes = { $minutes } 分钟
planner-weekdays = 限于以下星期
weekday-mon = 星期一
weekday-tue = 星期二
weekday-wed = 星期三
weekday-thu = 星期四
weekday-fri = 星期五
weekday-sat = 星期六
weekday-sun = 星期日
planner-zones = 各人所在的地点
planner-zones-hint = 每行一个时区或城市，并注明该处的人数：“Asia/Kathmandu 3”、“new york 2”。
planner-submit = 提出候选时间
planner-proposals = 建议的开始时间
planner-rule = 先按得分排序（每有一人处于夜间计 3 分，每有一人处于非工作时间计 1 分），再按处于夜间的人数从少到多排序，最后按时间先后排序。每条色带表示一个时区从午夜开始的一天：工作时间、非工作时间和夜间，并标出会议时间。
planner-none = 在这些日期中没有合适的开始时间。
planner-score = 得分 { $score }
planner-start-poll = 用所选时间创建投票
planner-add-slots = 将所选时间添加为时段
# 创建页面和管理页面上指向规划器的链接。
planner-link = 不确定选哪些时间？让规划器为您提出公平的时间。
error-date = “{ $value }”不是有效的日期；请按 2027-03-22 的格式填写
error-planner-range-empty = 最后一天早于第一天
error-planner-range-long = 日期范围超过 { $days } 天
error-planner-step = 请选择 15、30 或 60 分钟的间隔
error-planner-zones-empty = 请至少填写一个时区
# $problem 说明该行有什么问题。
error-planner-zone-line = 第 { $n } 行：{ $problem }

## Issue 8：规划器的限制，以及系列会议中不便时间的负担分配
error-planner-too-much = 时区这么多，要计算的候选开始时间过多：请选择更长的间隔、更少的天数或更少的时区
series-heading = 本系列的累计情况
# $count：本系列中已确定时间的会议数。
series-hint = { $count ->
    [1] 本系列唯一一次已确定时间的会议落在各时区夜间或非工作时间的次数（按本投票的时间划分）。排在上方的时区一直承受着不便的时间：选择能让它们避开这些时间的会议时间，就能分担这份负担。
   *[other] 本系列已确定时间的 { $count } 次会议落在各时区夜间或非工作时间的次数（按本投票的时间划分）。排在上方的时区一直承受着不便的时间：选择能让它们避开这些时间的会议时间，就能分担这份负担。
}
series-no-zones = 目前还不知道任何人的时区：有人答复后，或受邀者填有时区后，此处就会显示。
series-night = 处于夜间的会议
series-off = 处于非工作时间的会议

## Issue 11：空闲时间网格
# $value：提交的投票类型。
error-poll-kind = “{ $value }”不是有效的投票类型：请选择候选时段、整天或空闲时间网格
# $value：提交的单元格（一个 UTC 时刻）。
error-not-a-cell = “{ $value }”不是此投票网格中的单元格
# $value：输入的单元格时长。
error-grid-cell = 单元格时长应为 15、30 或 60 分钟，而不是“{ $value }”
error-grid-range-empty = 最后一天早于第一天
error-grid-range-long = 网格最多涵盖 { $days } 天
error-grid-aligned = 每天的起止时间必须落在单元格的边界上（每 { $minutes } 分钟一格）
error-grid-past = 此网格的日期已过：最后一天必须是今天或之后
create-kind = 询问方式
create-kind-times = 候选时段
create-kind-times-hint = 由您提出几个时间；每个人对每个时间答复“可以”“必要时可以”或“不可以”。
create-kind-availability = 空闲时间网格
create-kind-availability-hint = 一段日期和时间范围；每个人标出自己有空的时间，再由您选出最适合多数人的时间窗口。
create-grid = 网格
create-grid-hint = 日期和时间按您的当地时间（即投票所用的时区）填写。每个人看到的网格都按其自己的当地时间显示。结束时间早于开始时间的，表示跨过午夜。
field-grid-from = 第一天
field-grid-to = 最后一天
field-grid-day-start = 每天开始时间
field-grid-day-end = 每天结束时间
field-grid-day-end-hint = 早于开始时间表示次日（例如 22:00 至 02:00）。
field-grid-cell = 每格时长
grid-answer-heading = 您什么时候有空？
grid-answer-hint = 请勾选您有空的每个时间。网格按您的当地时间显示，日期和时间均以您所在的时区为准。
grid-answer-caption = 您的空闲时间：每行为一天中的一个时间，每列为一个日期
grid-paint-legend = 标记为
grid-paint-clear = 没空
grid-keys-hint = 在单元格上拖动鼠标，或使用方向键和空格键；按住 Shift 键再按方向键，可边移动边标记。
grid-time = 时间
grid-best-heading = 最佳时间窗口
grid-no-window = 目前还没有适合任何人的时间窗口。
# $count：已答复的人数。
grid-heat-hint = 在已答复的 { $count } 人中，每个单元格内有空的人数；（+N）表示必要时可以的人数。颜色越深，人数越多。
grid-heat-caption = 谁在何时有空：每个单元格的人数
grid-heat-legend = 人有空
grid-nobody = 无人
# $maybe：姓名。
grid-names-maybe-only = 必要时可以：{ $maybe }
# $yes 和 $maybe：姓名。
grid-names-both = { $yes }；必要时可以：{ $maybe }
# $count：整个时间窗口内都有空的人数。
grid-window-free = { $count } 人有空
# $count：有空的人数；$maybe：其中仅在必要时可以的人数。
grid-window-free-maybe = { $count } 人有空，其中 { $maybe } 人为必要时可以
grid-finalize-label = 会议开始时间
# $zone：以下时间所用的时区。
grid-finalize-hint = 时间按 { $zone } 时区显示。会议从所选时间开始，持续投票设定的时长。
grid-finalize-choose = 请选择开始时间
grid-finalize-any = 任意开始时间
# 邮件中对空闲时间投票网格的描述。$from 和 $to：日期；$start 和 $end：$zone 时区的时间（HH:MM）；$minutes：单元格时长。
mail-grid-summary = 每个人标出自己在 { $from } 至 { $to } 期间有空的时间，范围为每天 { $start } 至 { $end }（{ $zone } 时间），每格 { $minutes } 分钟。投票页面会按您自己的当地时间显示网格。
# $title：投票。
mail-edit-thanks-grid = 感谢您为“{ $title }”标出有空的时间。
# $value：单元格（一个 UTC 时刻）。
error-marked-twice = 单元格 { $value } 同时被标记为“有空”和“必要时可以”：请只选其一

## Issue 8：规划器的改进
planner-count = 显示的建议数量
planner-finalized = 此投票已确定会议时间：如需添加时间，请先在其管理页面上重新开放投票。
error-planner-weekdays = 请至少勾选星期中的一天
# $value：输入的内容；$max：建议数量的上限。
error-planner-proposals = “{ $value }”不是 1 至 { $max } 之间的建议数量
error-planner-range-past = 此日期范围已过：最后一天必须是今天或之后
# $value：输入的人数。
error-planner-count = “{ $value }”不是 1 至 10,000 之间的人数
# $value: the weekdays as sent.
error-grid-weekday = “{ $value }”不是星期列表（mon、tue、wed、thu、fri、sat、sun）
error-grid-no-day = 这些日期都不在勾选的星期几中
error-grid-no-slots = 空闲时间投票没有可添加的时间段：参与者在网格中勾选单元格

## dates
create-kind-dates = 整天
create-kind-dates-hint = 您提议的几个日期，用于占用一整天的会议；每个人对每个日期回答可以、必要时可以或不行。无论身处哪个时区，日期对所有人都相同。
create-days = 候选日期
create-days-hint = 每行一个日期。空行将被忽略。
create-duration-days-hint = 整天投票不使用此项。
day-row-number = 日期
# $n: the row's number.
day-row-legend = 日期 { $n }
day-row-add = 添加日期
day-all-day = 全天
# $date: the date in full (Sunday 28 March 2027).
day-label = { $date }，全天
answer-days-hint = 每个选项都是一整天：无论身在何处，所有人看到的日期都相同。
admin-announcement-days-hint = 可直接粘贴：标题、链接、截止时间和日期。
admin-add-days = 添加日期
admin-add-days-hint = 每行一个日期。空行将被忽略。
announcement-intro-days = { $organizer } 想了解您哪几天可以参加会议。请通过此链接回答：
announcement-days = 候选日期（无论时区，对所有人都相同）：
mail-admin-days = 候选日期（无论时区，对所有人都相同）：
mail-edit-thanks-days = 感谢您回答“{ $title }”。您的回答：
mail-invite-days = 候选日期（无论时区，对所有人都相同）：
mail-final-day = 日期：
mail-final-was-day = 原定日期：
# $n: the date's number in the list; $value: the text given.
error-day-format = 日期 { $n }（“{ $value }”）不是有效日期；请写成 2027-03-28
error-day-past = 日期 { $n }（{ $value }）已经过去；请选择今天或更晚的日期
error-day-far = 日期 { $n }（{ $value }）超过 { $years } 年以后；请选择更早的日期
error-day-duplicate = 日期 { $n }（{ $value }）重复了；请删除重复项
error-no-days = 请至少提供一个候选日期
error-row-day-format = “{ $value }”不是有效日期；请写成 2027-03-28。
error-row-day-past = 此日期已经过去；请选择今天或更晚的日期。
error-row-day-duplicate = 此日期重复了；请删除重复项。
error-day-row = 日期 { $n }：{ $problem }

## exports
# 导出文件中一个时间的标签。$date：完整的当地日期；$time：$zone（IANA 标识）时钟上的 HH:MM；$utc：UTC 时间（HH:MM，若 UTC 日期不同则为 YYYY-MM-DD HH:MM）。
export-slot-label = { $date } { $time } { $zone }（UTC { $utc }）
export-csv-name = 姓名
export-csv-affiliation = 所属机构
export-csv-zone = 时区
export-csv-answered-at = 答复时间（UTC）
export-csv-email = 电子邮件
export-csv-yes = 可以
export-csv-if-need-be = 必要时可以
export-csv-no = 不可以
export-participants-heading = { $title } — 参会者
export-participants-when = { $local } — { $utc }
export-participants-no-affiliation = 无所属机构
export-participants-group = { $affiliation }（{ $count }）
export-participants-if-need-be = { $name }（必要时可以）
export-participants-count = { $count } 人可以参会。
export-participants-not-answered = { $count } 位受邀者尚未答复。
export-heading = 导出
export-csv-link = 下载答复（CSV）
export-csv-emails-link = 下载含电子邮件地址的答复（CSV）
export-csv-hint = 电子表格文件：每份答复一行，每个时间一列，按投票的时区和 UTC 标注。空白单元格表示该时间没有答复，这不等于“不可以”。电子表格可能当作公式执行的单元格以撇号开头。
export-participants-link = 下载参会者名单（文本）
export-participants-show = 查看参会者名单
export-participants-none-yet = 选定时间后即可生成参会者名单。
export-participants-page-title = 参会者：{ $title }
export-participants-page-hint = 可以在选定时间参会的人，按所属机构分组，可直接复制到会议纪要中。
export-participants-label = 参会者名单
export-back-admin = 返回组织者页面
export-feed-heading = 日历订阅
export-feed-label = 订阅地址
export-feed-hint = 请将此地址作为订阅添加到您的日历程序（“通过 URL 添加”或“订阅日历”）。选定时间后它会显示会议，并随任何更改而更新；日历大约每小时检查一次。它只能读取：任何人都无法用它修改投票。
export-feed-subscribe = 在日历程序中订阅
export-feed-none = 此投票尚无订阅地址。
export-feed-create = 生成订阅地址
export-feed-replace = 替换订阅地址
export-feed-replace-text = 当前地址将立即失效：订阅它的日历将不再显示会议。选定时间后，参与者会在投票页面上看到新地址。
export-feed-replace-confirm = 立即替换
banner-feed-replaced = 日历订阅已有新地址；旧地址不再有效。
export-add-heading = 添加到在线日历
export-add-google = 添加到 Google 日历
export-add-outlook = 添加到 Outlook.com
export-add-office = 添加到 Microsoft 365（网页版 Outlook）
export-add-note = 这些链接会离开 Convene：它们会打开日历服务自己的网站并预先填好会议，您在那里保存即可。

## lifecycle
# The expiry warning mailed to the organizer. $title: the poll.
mail-expiry-subject = 您的投票“{ $title }”即将被删除
# $title: the poll; $date: the deletion date on the poll's clock.
mail-expiry-intro = 您的投票“{ $title }”将于 { $date } 被删除。
mail-expiry-what = 届时其全部内容都将删除：时间选项、每条答复和每张投票、评论、邀请名单及其邮件。删除后无法恢复。
mail-expiry-keep = 如需保留，请打开此链接并点击“保留此投票”：
mail-expiry-nothing = 如果您不再需要它，无需做任何操作。
mail-expiry-poll = 投票：
# Why the poll is deleted on that date. $days: the retention period in days.
lifecycle-reason-meeting = 会议结束 { $days } 天后
lifecycle-reason-activity = 最后一次活动 { $days } 天后
lifecycle-reason-keep = 您选择保留 { $days } 天后
# $date: the deletion date.
lifecycle-deleted-on = 此投票及其答复将于 { $date } 被删除。
# $date: the deletion date on the poll's clock; $reason: one of the lifecycle-reason texts.
lifecycle-admin-deleted-on = 此投票及其答复将于 { $date } 被删除（{ $reason }）。
lifecycle-heading = 此投票的保留期限
keep-page-title = 保留此投票
keep-page-text = 点击按钮即可保留此投票并推迟删除。答复、设置和链接均保持不变。
keep-button = 保留此投票
keep-done = 此投票已保留：在下方所示日期之前不会被删除。
banner-kept = 此投票已保留：在此处所示日期之前不会被删除。
lifecycle-reason-options = 最后一个候选时间或截止时间 { $days } 天后
error-start-no-grid = 此投票没有空闲时间网格：请用 slot_id 选择其中一个时段
export-csv-hint-days = 电子表格文件：每份答复一行，每个日期一列。空白单元格表示该日期没有答复，这不等于“不可以”。电子表格可能当作公式执行的单元格以撇号开头。
results-legend-days = 每个单元格以符号加文字显示答复：✓ 可以，(✓) 必要时可以，✗ 不可以，– 未答复。“最佳”标记可参加人数（“可以”加“必要时可以”）最多的日期；人数相同时取“可以”较多者，再取较早的日期。
mail-final-chosen-day = “{ $title }”的会议日期已确定。
date-format-hint-days = 如果浏览器显示的是普通文本框，请按 2027-03-23 的格式输入日期。
error-day-exists = 日期 { $n }（{ $value }）已经是此投票的日期之一
