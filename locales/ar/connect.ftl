## Connect: programmes, participants, rounds, pairs, check-ins
audit-kind-personal-data-viewed = تم الاطلاع على بيانات شخصية
audit-kind-personal-data-changed = تم تغيير بيانات شخصية
audit-kind-personal-data-exported = تم تصدير بيانات شخصية
audit-kind-personal-data-erased = حُذفت بيانات شخصية
audit-kind-outcomes-published = نُشرت صفحة عامة أو سُحبت
programmes-title = برامج تشكيل الثنائيات
programmes-intro = برامج الرفقة وتبادل اللغات والإرشاد والمرافقة المهنية: يسجّل الناس، ويقترح النظام ثنائيات ويشرح سبب كل اقتراح، والقرار الأخير لك.
programmes-none = لا توجد برامج بعد.
programmes-new = بدء برنامج
programmes-create = إنشاء البرنامج
field-kind = نوع البرنامج
kind-buddy = الرفقة
kind-language-exchange = تبادل اللغات
kind-mentoring = الإرشاد
kind-shadowing = المرافقة المهنية
kind-hint-buddy = أحد سكان المنطقة يساعد قادمًا جديدًا على التعرّف على اللغة والخدمات والحي.
kind-hint-language-exchange = شخصان يعلّم كلٌّ منهما الآخرَ لغته، بالتناوب.
kind-hint-mentoring = شخص ذو خبرة مهنية يدعم شخصًا يعيد بناء مسيرته المهنية هنا.
kind-hint-shadowing = قادم جديد يرافق مسؤولًا منتخبًا أو موظفًا حكوميًا في عمله.
programme-newcomers = القادمون الجدد
programme-volunteers = المتطوعون
programme-waiting = بانتظار شريك
programme-longest-wait = { $days ->
    [one] أطول انتظار: يوم واحد
    [two] أطول انتظار: يومان
    [few] أطول انتظار: { $days } أيام
    [many] أطول انتظار: { $days } يومًا
   *[other] أطول انتظار: { $days } يوم
}
programme-proposed = ثنائيات مقترحة تنتظر قرارك
programme-held = ثنائيات مقبولة أو تلتقي
programme-quiet = ثنائيات انقطعت أخبارها
intake-title = رابط التسجيل
intake-open-intro = يمكن لأي شخص لديه هذا الرابط أن يسجّل، بأي لغة من لغات bridges. لا تشاركه إلا حيث تريد أن تأتي التسجيلات.
intake-closed = التسجيل عبر الرابط مغلق. يمكنك فتحه من الإعدادات.
intake-renew = استبدال الرابط
intake-intro = هذا البرنامج من تنظيم { $organisation }. أخبرنا قليلًا عن نفسك حتى نجد لك شريكًا مناسبًا.
intake-who = أسجّل بصفتي
intake-side-newcomer = شخص جديد هنا، أبحث عن شريك
intake-side-volunteer = متطوع، أقدّم جزءًا من وقتي
intake-consent-title = ما الذي توافق عليه
intake-privacy = لا يرى ما تخبرنا به إلا فريق البرنامج. نحفظ هذه المعلومات مشفّرة، ولا نستخدمها إلا لإيجاد شريك لك وللبقاء على تواصل معك بهذا الشأن.
intake-submit = تسجيل
intake-thanks-title = شكرًا على تسجيلك
intake-thanks = سيتواصل معك فريق { $organisation } عندما يجد لك شريكًا.
consent-pairing = أوافق على أن يحتفظ فريق البرنامج بما كتبته هنا لإيجاد شريك لي، وأن يشارك اسمي وبيانات التواصل معي مع هذا الشريك بعد أن نتعارف.
consent-check-ins = أوافق على أن يتواصل معي الفريق من حين لآخر ليسألني كيف تسير اللقاءات.
consent-staff-confirm = وافق هذا الشخص على أن نحتفظ ببياناته لإيجاد شريك له، وأن نشارك بيانات التواصل معه مع هذا الشريك.
consent-staff-recorded = سجّل الفريق أن الشخص وافق على الاحتفاظ ببياناته لتشكيل ثنائي له، وعلى مشاركتها مع شريكه.
consent-import-confirm = وافق كل شخص في هذا الملف على أن نحتفظ ببياناته لإيجاد شريك له، وأن نشارك بيانات التواصل معه مع هذا الشريك.
consent-import-recorded = مستورد من جدول بيانات؛ أكّد الفريق أن الشخص وافق على الاحتفاظ ببياناته لتشكيل ثنائي له، وعلى مشاركتها مع شريكه.
consents-title = الموافقة
consents-none = لا توجد موافقة مسجّلة.
consent-withdrawn = مسحوبة
consent-purpose-pairing = تشكيل الثنائيات
consent-purpose-check-ins = المتابعة
settings-title = إعدادات البرنامج
settings-intake-open = يمكن للناس التسجيل عبر الرابط
field-quiet_after_days = اعتبر أخبار الثنائي منقطعة بعد هذا العدد من الأيام دون متابعة
field-retention_days = احذف الأشخاص غير النشطين منذ هذا العدد من الأيام
hint-retention_days = يُحذف نهائيًا من انسحب أو انتهت كل ثنائياته متى لم يتغير شيء يخصه طوال هذه المدة (من 30 إلى 3,650 يومًا). اترك الحقل فارغًا ليكون الحذف يدويًا فقط.
error-retention-out-of-range = أدخل عدد أيام من 30 إلى 3,650، أو اترك الحقل فارغًا.
person-rights-title = بياناته وحقوقه
person-rights-intro = يحق لكل شخص أن يطلب الاطلاع على كل ما يُحفظ عنه وأن يطلب حذفه.
person-export-json = نزّل كل ما يُحفظ (JSON)
person-export-csv = نزّل كل ما يُحفظ (CSV)
person-erase = احذف هذا الشخص من كل مكان
person-erase-confirm = أفهم أن هذا لا رجعة فيه: يُحذف نهائيًا سجله وموافقاته وثنائياته وأسبابها ولقاءات المتابعة.
error-erase-not-confirmed = ضع علامة في المربع لتأكيد الحذف.
settings-questions = الأسئلة التي يطرحها نموذج التسجيل
question-speaks = اللغات التي يتحدثها الشخص
question-learns = اللغات التي يريد تعلّمها
question-interests = الاهتمامات
question-area = مكان السكن والمسافة التي يمكنه قطعها
question-availability = أوقات الفراغ في الأسبوع
question-gender = الجنس، وأي تفضيل لجنس الشريك
question-field = المهنة أو المجال
question-minor = هل القادم الجديد دون 18 عامًا
settings-rules = قواعد لا يجوز لأي ثنائي أن يخالفها
settings-rules-hint = لا يُقترح أبدًا أي ثنائي يخالف إحدى هذه القواعد.
rule-shared_language = يتحدث الاثنان لغة مشتركة بمستوى المحادثة على الأقل.
rule-complementary_languages = يتحدث كلٌّ منهما لغة يريد الآخر تعلّمها.
rule-within_reach = يسكنان ضمن المسافة التي يقبل كلاهما قطعها (أو في المنطقة نفسها).
rule-respect_gender_preference = يُحترم أي تفضيل مُعلَن لجنس الشريك.
rule-minors_need_vetted = لا يُجمع القادمون الجدد دون 18 عامًا إلا مع متطوعين أُنجز فحص حماية القاصرين الخاص بهم.
rule-same_field = يعملان في المجال نفسه.
rule-min-slots = { $slots ->
    [one] يشتركان في وقت فراغ واحد على الأقل في الأسبوع.
    [two] يشتركان في وقتَي فراغ على الأقل في الأسبوع.
    [few] يشتركان في { $slots } أوقات فراغ على الأقل في الأسبوع.
    [many] يشتركان في { $slots } وقتَ فراغ على الأقل في الأسبوع.
   *[other] يشتركان في { $slots } وقتِ فراغ على الأقل في الأسبوع.
}
field-min_shared_slots = عدد أوقات الفراغ الأسبوعية التي يجب أن يشتركا فيها (0 لعدم تطبيق القاعدة)
settings-weights = ما الأهم
settings-weights-hint = من 0 (لا يُحتسب) إلى 10 (الأهم). تُجمع هذه القيم في نقاط كل ثنائي، ويُظهر كل اقتراح ما الذي احتُسب.
weight-language = اللغات
weight-interests = الاهتمامات المشتركة
weight-distance = القرب
weight-availability = أوقات الفراغ المشتركة
weight-field = المجال نفسه
weight-waiting = مدة الانتظار حتى الآن
settings-fairness = الإنصاف بين المجموعات
settings-fairness-hint = تُبيّن كل جولة الفروق في نسب تشكيل الثنائيات بين المجموعات. حدّد سقفًا لتفضيل المجموعات الأقل حظًا في تشكيل الثنائيات، دون أن يقل العدد الإجمالي للأشخاص الذين تُشكَّل لهم ثنائيات.
field-fairness_by = قارن بين المجموعات حسب
dimension-language = اللغة الرئيسية
dimension-gender = الجنس
dimension-area = المنطقة
field-max_gap = أكبر فارق مسموح به بين نسب تشكيل الثنائيات في المجموعات، بالنقاط المئوية (اتركه فارغًا لعدم وضع سقف)
settings-save = حفظ الإعدادات
settings-reset = العودة إلى الإعدادات الافتراضية لهذا النوع من البرامج
participants-title = المشاركون
participants-private = بيانات شخصية: كل عرض لهذه الصفحة يُسجَّل في سجل التدقيق.
participants-add = إضافة شخص
participants-none = لم يسجّل أحد بعد.
participants-days = الأيام منذ الانضمام
participants-source = طريقة الانضمام
source-staff = إدخال من الفريق
source-intake = رابط التسجيل
source-import = استيراد
participant-withdrawn = خارج البرنامج
participant-edit = تصحيح البيانات
participant-save = حفظ البيانات
participant-withdraw = سحب من البرنامج
participant-restore = إعادة إلى البرنامج
field-side = يشارك بصفته
side-newcomer = قادم جديد
side-volunteer = متطوع
field-phone = الهاتف
hint-contact-optional = اختياري. لا يُشارَك مع الشريك إلا بعد التعارف.
field-contact_language = اللغة التي نكتب إليه بها
field-speaks = اللغات التي يتحدثها
field-learns = اللغات التي يريد تعلّمها
field-level = المستوى
level-beginner = مبتدئ
level-conversational = مستوى المحادثة
level-fluent = طليق
level-native = لغة أم
field-interests = الاهتمامات
hint-interests = افصل بينها بفاصلة لاتينية (,)، مثلًا: الطبخ, كرة القدم, الموسيقى.
field-field = المهنة أو المجال
hint-field = مثلًا: التمريض، أو الهندسة، أو الإدارة المحلية.
field-area = الرمز البريدي أو الحي
hint-area = يُستخدم فقط لإيجاد شخص قريب.
field-travel_km = المسافة التي يمكنه قطعها، بالكيلومتر
field-lat = خط العرض
field-lon = خط الطول
hint-coordinates = اختياري، بالدرجات العشرية (مثلًا 50.85 و 4.35). من دونها، تُشكَّل الثنائيات حسب المنطقة.
field-availability = أوقات الفراغ في الأسبوع
day-mon = الاثنين
day-tue = الثلاثاء
day-wed = الأربعاء
day-thu = الخميس
day-fri = الجمعة
day-sat = السبت
day-sun = الأحد
part-morning = الصباح
part-afternoon = بعد الظهر
part-evening = المساء
field-gender = الجنس
field-gender_preference = جنس الشريك
gender-unsaid = أفضّل عدم الإفصاح
gender-any = لا تفضيل
gender-woman = امرأة
gender-man = رجل
gender-non-binary = غير ثنائي الجنس
field-minor = القادم الجديد دون 18 عامًا
field-capacity = عدد القادمين الجدد الذين يرافقهم المتطوع في الوقت نفسه
hint-capacity = للقادمين الجدد: اتركه 1.
field-vetted = أُنجز فحص حماية القاصرين الخاص بالمتطوع
field-note = ملاحظات للفريق
hint-note = لا يراها إلا الفريق.
import-title = استيراد من جدول بيانات
import-intro = ارفع ملف CSV أو مصنّف Excel (.xlsx، الورقة الأولى). يحتوي الصف الأول على أسماء الأعمدة، كما في النموذج. إذا كانت في أي صف مشكلة، فلن يُستورد أي شيء، وستُعرض كل مشكلة مع رقم سطرها.
import-template = تنزيل النموذج (CSV)
import-file = الملف
import-submit = التحقق والاستيراد
import-done = { $count ->
    [zero] لم يُستورد أي شخص.
    [one] تم استيراد شخص واحد.
    [two] تم استيراد شخصين.
    [few] تم استيراد { $count } أشخاص.
    [many] تم استيراد { $count } شخصًا.
   *[other] عدد الأشخاص الذين تم استيرادهم: { $count }.
}
import-problems = { $count ->
    [one] في الملف مشكلة واحدة
    [two] في الملف مشكلتان
    [few] في الملف { $count } مشكلات
    [many] في الملف { $count } مشكلةً
   *[other] عدد المشكلات في الملف: { $count }
}
import-nothing-imported = لم يُستورد أي شيء. صحّح الملف ثم ارفعه مرة أخرى.
import-line = السطر
import-column = العمود
import-problem = المشكلة
round-title = جولة تشكيل الثنائيات
round-intro = تقترح الجولة التوزيع الذي يجمع أكبر عدد ممكن من الأشخاص في ثنائيات، ومن بين هذه التوزيعات، التوزيع الذي يحقق أعلى مجموع نقاط. تبقى الثنائيات المقبولة والمثبّتة كما هي، ويُقترح الباقي من جديد.
round-run = تشغيل جولة
round-running = جولة قيد التشغيل
round-running-for = { $seconds ->
    [zero] بدأ التشغيل للتو.
    [one] قيد التشغيل منذ ثانية واحدة.
    [two] قيد التشغيل منذ ثانيتين.
    [few] قيد التشغيل منذ { $seconds } ثوانٍ.
    [many] قيد التشغيل منذ { $seconds } ثانيةً.
   *[other] قيد التشغيل منذ { $seconds } ثانية.
} تتحدث هذه الصفحة من تلقاء نفسها، وتبقى الصفحات الأخرى متاحة في الأثناء.
round-step-starting = قراءة البرنامج
round-step-shortlisting = البحث عن أفضل المرشحين لكل وافد جديد
round-step-solving = البحث عن أفضل توزيع للأزواج
round-step-pricing = التحقق من كل زوج ممكن آخر
round-step-explaining = شرح أسباب الانتظار
error-round-failed = تعذر إكمال الجولة. لم يُحفظ شيء؛ شغّلها مرة أخرى.
round-last = آخر جولة
round-ran-at = تاريخ التشغيل
round-counts = الاقتراحات
round-counts-value = { $proposals ->
    [zero] لم يُقترح أي ثنائي
    [one] اقتُرح ثنائي واحد
    [two] اقتُرح ثنائيان
    [few] اقتُرحت { $proposals } ثنائيات
    [many] اقتُرح { $proposals } ثنائيًا
   *[other] اقتُرح { $proposals } ثنائي
} من بين { $newcomers ->
    [one] قادم جديد واحد ينتظر
    [two] قادمَين جديدَين ينتظران
    [few] { $newcomers } قادمين جدد ينتظرون
    [many] { $newcomers } قادمًا جديدًا ينتظرون
   *[other] { $newcomers } قادم جديد ينتظرون
} و{ $volunteers ->
    [one] متطوع واحد لديه متّسع
    [two] متطوعَين لديهما متّسع
    [few] { $volunteers } متطوعين لديهم متّسع
    [many] { $volunteers } متطوعًا لديهم متّسع
   *[other] { $volunteers } متطوع لديهم متّسع
}
round-optimal = هل هو الأمثل؟
round-proved = نعم، هذا مُثبَت: تحقّقنا من شهادة النظام وهي صحيحة.
round-not-proved = لم يُثبَت ذلك. يُرجى الإبلاغ عن هذه المشكلة.
round-proposals = الثنائيات المقترحة
round-no-proposals = لا توجد اقتراحات تنتظر قرارًا.
round-accept-all = { $count ->
    [one] قبول الاقتراح الوحيد
    [two] قبول الاقتراحين كليهما
    [few] قبول كل الاقتراحات ({ $count } اقتراحات)
    [many] قبول كل الاقتراحات ({ $count } اقتراحًا)
   *[other] قبول كل الاقتراحات ({ $count } اقتراح)
}
round-accept-all-check = { $count ->
    [one] سيصبح الاقتراح الوحيد ثنائيًا مقبولًا؛ وتبقى الثنائيات المقبولة في الجولات التالية.
    [two] سيصبح الاقتراحان كلاهما ثنائيين مقبولين، في جميع الصفحات لا في المعروضة هنا فقط؛ وتبقى الثنائيات المقبولة في الجولات التالية.
    [few] ستصبح الاقتراحات كلها ({ $count } اقتراحات) ثنائيات مقبولة، في جميع الصفحات لا في المعروضة هنا فقط؛ وتبقى الثنائيات المقبولة في الجولات التالية.
    [many] ستصبح الاقتراحات كلها ({ $count } اقتراحًا) ثنائيات مقبولة، في جميع الصفحات لا في المعروضة هنا فقط؛ وتبقى الثنائيات المقبولة في الجولات التالية.
   *[other] ستصبح الاقتراحات كلها ({ $count } اقتراح) ثنائيات مقبولة، في جميع الصفحات لا في المعروضة هنا فقط؛ وتبقى الثنائيات المقبولة في الجولات التالية.
}
round-accept-all-yes = نعم، اقبل الكل ({ $count })
round-swap-with = أو أعطِ هذا القادم الجديد متطوّعًا آخر
round-swap-option = { $volunteer } (حاليًا مع { $newcomer })
round-joined-since = انضم بعد آخر جولة، أو أصبح متاحًا منذ ذلك الحين: ستشمله الجولة التالية.
round-score = النقاط
round-why = لماذا هذا الثنائي
round-decide = القرار
round-locked = مثبّت
round-swap = تبديل الشركاء
round-done-accept = قُبل الاقتراح: أصبح الآن ثنائيًا ينتظر التعارف.
round-done-reject = رُفض الاقتراح: لن تقترح الجولات القادمة هذين الشخصين معًا مرة أخرى.
round-done-lock = تم التثبيت: { $pair }. تحتفظ الجولات القادمة بهذا الاقتراح كما هو.
round-done-unlock = أُلغي التثبيت: { $pair }. قد تقترح الجولة القادمة لهما شركاء آخرين.
round-done-swap = تم تبادل الشركاء. الآن { $first } و{ $second }.
round-done-open = افتح الثنائي
round-waiting = ما زالوا ينتظرون، ولماذا
round-reason = السبب
pair-action-accept = قبول
pair-action-reject = رفض
pair-action-lock = تثبيت
pair-action-unlock = إلغاء التثبيت
pair-action-introduce = تسجيل أن التعارف تمّ
factor-languages = يتحدث الاثنان: { $languages }
factor-exchange = يمكن للقادم الجديد أن يعلّم: { $newcomer }؛ ويمكن للمتطوع أن يعلّم: { $volunteer }
factor-no-interests = لا اهتمامات مشتركة
factor-interests = { $count ->
    [one] اهتمام مشترك واحد: { $interests }
    [two] اهتمامان مشتركان: { $interests }
    [few] { $count } اهتمامات مشتركة: { $interests }
    [many] { $count } اهتمامًا مشتركًا: { $interests }
   *[other] الاهتمامات المشتركة ({ $count }): { $interests }
}
factor-distance = المسافة بينهما { $km } كم
factor-field = المجال نفسه: { $field }
factor-same-area = يسكنان في المنطقة نفسها
factor-distance-unknown = المسافة غير معروفة
factor-slots = { $count ->
    [zero] لا توجد أوقات فراغ مشتركة في الأسبوع
    [one] وقت فراغ واحد مشترك في الأسبوع
    [two] وقتا فراغ مشتركان في الأسبوع
    [few] { $count } أوقات فراغ مشتركة في الأسبوع
    [many] { $count } وقت فراغ مشتركًا في الأسبوع
   *[other] عدد أوقات الفراغ المشتركة في الأسبوع: { $count }
}
factor-other-field = مجالان مختلفان
factor-waited = { $days ->
    [one] ينتظر منذ يوم واحد
    [two] ينتظر منذ يومين
    [few] ينتظر منذ { $days } أيام
    [many] ينتظر منذ { $days } يومًا
   *[other] ينتظر منذ { $days } يوم
}
reason-no-candidate = لا يوجد متطوع يستوفي كل القواعد مع هذا الشخص.
reason-excluded-by = { $rule }: { $count ->
    [one] سبب لاستبعاد متطوع واحد
    [two] سبب لاستبعاد متطوعَين
    [few] سبب لاستبعاد { $count } متطوعين
    [many] سبب لاستبعاد { $count } متطوعًا
   *[other] عدد المتطوعين المستبعدين لهذا السبب: { $count }
}
reason-outscored = { $count ->
    [one] يناسبه متطوع واحد، لكن جمع هذا المتطوع مع شخص آخر سمح بتشكيل ثنائيات لعدد أكبر من الأشخاص، أو بتشكيل ثنائيات أفضل في المجمل.
    [two] يناسبه متطوعان، لكن جمعهما مع أشخاص آخرين سمح بتشكيل ثنائيات لعدد أكبر من الأشخاص، أو بتشكيل ثنائيات أفضل في المجمل.
    [few] يناسبه { $count } متطوعين، لكن جمعهم مع أشخاص آخرين سمح بتشكيل ثنائيات لعدد أكبر من الأشخاص، أو بتشكيل ثنائيات أفضل في المجمل.
    [many] يناسبه { $count } متطوعًا، لكن جمعهم مع أشخاص آخرين سمح بتشكيل ثنائيات لعدد أكبر من الأشخاص، أو بتشكيل ثنائيات أفضل في المجمل.
   *[other] عدد المتطوعين المناسبين له: { $count }، لكن جمعهم مع أشخاص آخرين سمح بتشكيل ثنائيات لعدد أكبر من الأشخاص، أو بتشكيل ثنائيات أفضل في المجمل.
}
constraint-shared-language = لا توجد لغة مشتركة
constraint-complementary-languages = لا يستطيع أحدهما تعليم الآخر
constraint-within-reach = المسافة بينهما كبيرة جدًا
constraint-availability = ليس لديهما وقت فراغ مشترك
constraint-gender-preference = تفضيل يتعلق بالجنس
constraint-safeguarding = لم يُنجز فحص حماية القاصرين (دون 18 عامًا)
constraint-same-field = مجال مختلف
fairness-title = الإنصاف بين المجموعات
fairness-intro = نسب تشكيل الثنائيات ومدد انتظار القادمين الجدد في هذه الجولة، حسب { $dimension }.
fairness-people = القادمون الجدد
fairness-paired = ضمن ثنائي
fairness-rate = النسبة
fairness-wait = متوسط أيام الانتظار
fairness-too-few = (عددهم أقل من أن تصح المقارنة)
fairness-gap = أكبر فارق بين المجموعات بالنقاط المئوية: { $gap }.
fairness-cap = السقف: { $cap }.
fairness-met = تم الالتزام به.
fairness-not-met = تعذّر الالتزام به: بعض المجموعات لا يوجد لها أي متطوع يستوفي القواعد معها.
fairness-before = قبل تطبيق السقف: { $gap }
pairs-title = الثنائيات
pairs-quiet = انقطعت أخبارها
pairs-quiet-intro = { $days ->
    [one] ثنائيات تعارف أفرادها أو يلتقون، ولم تُسجَّل لها أي متابعة منذ أكثر من يوم واحد. تواصل معهم قبل أن تفتر العلاقة.
    [two] ثنائيات تعارف أفرادها أو يلتقون، ولم تُسجَّل لها أي متابعة منذ أكثر من يومين. تواصل معهم قبل أن تفتر العلاقة.
    [few] ثنائيات تعارف أفرادها أو يلتقون، ولم تُسجَّل لها أي متابعة منذ أكثر من { $days } أيام. تواصل معهم قبل أن تفتر العلاقة.
    [many] ثنائيات تعارف أفرادها أو يلتقون، ولم تُسجَّل لها أي متابعة منذ أكثر من { $days } يومًا. تواصل معهم قبل أن تفتر العلاقة.
   *[other] ثنائيات تعارف أفرادها أو يلتقون، ولم تُسجَّل لها أي متابعة منذ أكثر من { $days } يوم. تواصل معهم قبل أن تفتر العلاقة.
}
pairs-quiet-none = لا يوجد ثنائي انقطعت أخباره.
pairs-quiet-days = { $days ->
    [one] يوم واحد دون متابعة
    [two] يومان دون متابعة
    [few] { $days } أيام دون متابعة
    [many] { $days } يومًا دون متابعة
   *[other] { $days } يوم دون متابعة
}
pairs-accepted = مقبولة، بانتظار التعارف
pairs-meeting = تم التعارف وتلتقي
pairs-none = لا يوجد.
pairs-pair = الثنائي
pairs-status = المرحلة
pairs-last-met = آخر لقاء
pairs-check-ins = المتابعات
pairs-waiting = قائمة الانتظار
pairs-waiting-none = لا أحد ينتظر.
pairs-closed = مغلقة
pairs-introduction = رسالة تعارف للطباعة
pair-status-proposed = مقترح
pair-status-accepted = مقبول
pair-status-introduced = تم التعارف
pair-status-active = يلتقيان
pair-status-closed = مغلق
pair-status-rejected = مرفوض
pair-proposed-at = تاريخ الاقتراح
pair-accepted-at = تاريخ القبول
pair-introduced-at = تاريخ التعارف
pair-closed-at = تاريخ الإغلاق
pair-closed-withdrawn = سحب أحد الشخصين موافقته وغادر البرنامج.
pair-close = إغلاق الثنائي
field-reason = سبب الإنهاء
checkins-title = المتابعات
checkins-none = لا توجد متابعة بعد.
checkins-add = تسجيل متابعة
checkins-newcomer-rating = تقييم القادم الجديد للتواصل
checkins-volunteer-rating = تقييم المتطوع للتواصل
checkins-rating-order = التقييمات، من 1 إلى 7: ممتع / متكافئ / تعاوني / وثيق.
field-met_on = تاريخ اللقاء
field-minutes = الدقائق التي قضياها معًا
field-activity = ما الذي فعلاه
hint-activity = مثلًا: قهوة ونزهة سيرًا إلى المكتبة.
hint-rating = من 1 (لا على الإطلاق) إلى 7 (كثيرًا جدًا). اتركه فارغًا إذا لم يُطرح السؤال.
quality-pleasant = ممتع
quality-equal = على قدم المساواة
quality-cooperative = تعاوني
quality-close = وثيق
intro-print-hint = اطبع هذه الصفحة، أو انسخ كل جزء في رسالة. جزء كل شخص مكتوب بلغته.
intro-title = مرحبًا { $name }،
intro-body = يسعدنا أن نعرّفك على { $other }، شريكك في برنامج { $organisation }. كلاكما يتحدث { $shared }، ونعتقد أنكما ستتفاهمان جيدًا.
intro-contact = يمكنك التواصل مع { $other } عبر: { $contact }.
intro-contact-through-us = سنضعكما على تواصل: ردّ علينا لنرتّب لقاءكما الأول.
intro-closing = أخبرنا كيف سار لقاؤكما الأول. سنتواصل معكما بعد بضعة أسابيع لنطمئن عليكما.
error-side-invalid = اختر: قادم جديد (newcomer) أو متطوع (volunteer).
error-side-fixed = لا يمكن للشخص تغيير صفته؛ اسحبه من البرنامج ثم أضفه من جديد.
error-phone-invalid = أدخل رقم هاتف لا يحتوي إلا على أرقام ومسافات والرموز + - ( ).
error-language-code-invalid = استخدم رمز لغة من حرفين أو ثلاثة أحرف، مثل ar أو fr.
error-language-level-missing = حدّد مستوى لكل لغة، مثل ar:native.
error-language-level-invalid = استخدم أحد المستويات: beginner (مبتدئ) أو conversational (محادثة) أو fluent (طليق) أو native (لغة أم)، أو من A1 إلى C2.
error-language-repeated = لا يجوز أن تتكرر أي لغة.
error-too-many-languages = اذكر 8 لغات على الأكثر.
error-speaks-missing = اذكر لغة واحدة على الأقل يتحدثها الشخص.
error-interests-too-many = اذكر 20 اهتمامًا على الأكثر، على أن يكون كل منها أقل من 40 حرفًا.
error-number-invalid = أدخل رقمًا.
error-page-invalid = رقم الصفحة عدد صحيح من 1 إلى 1٬000٬000.
error-per-page-invalid = اطلب من 1 إلى 1٬000 صف في الصفحة.
error-standing-invalid = اختر إحدى الحالات: waiting أو proposed أو paired أو active أو withdrawn.
error-pair-group-invalid = اختر إحدى المجموعات: proposed أو accepted أو meeting أو quiet أو closed.
error-waited-invalid = أدخل عدد أيام من 0 إلى 3650.
error-number-out-of-range = أدخل رقمًا ضمن النطاق المعروض.
error-coordinates-out-of-range = يجب أن يكون خط العرض بين -90 و 90، وخط الطول بين -180 و 180.
error-coordinates-half = أدخل خط العرض وخط الطول معًا، أو اترك الاثنين فارغين.
error-travel-too-far = أدخل مسافة لا تزيد على 500 كم.
error-area-missing = أدخل رمزًا بريديًا أو اسم حي.
error-availability-missing = اختر وقت فراغ واحدًا على الأقل.
error-availability-invalid = اكتب أوقات الفراغ بهذا الشكل: mon-evening sat-morning.
error-gender-invalid = اختر امرأة (woman) أو رجل (man) أو غير ثنائي الجنس (non-binary)، أو اترك الحقل فارغًا.
error-yes-no-invalid = اكتب yes (نعم) أو no (لا).
error-capacity-invalid = يرافق المتطوع ما بين 1 و 10 قادمين جدد.
error-consent-missing = يجب الحصول على موافقة الشخص قبل الاحتفاظ ببياناته.
error-too-many-sign-ups = سجّل كثير من الأشخاص من هذا الاتصال خلال الساعة الماضية. حاول مرة أخرى لاحقاً، أو اطلب من المنظمة إضافتك.
error-too-many-sign-ups-detail = يحمي هذا الحدّ البرنامج من سيل التسجيلات الوهمية.
error-programme-kind-invalid = اختر نوع البرنامج.
error-programme-needs-languages = كل برنامج يسأل عن اللغات التي يتحدثها الناس.
error-fairness-dimension-invalid = اختر طريقة المقارنة بين المجموعات.
error-programme-full = وصل هذا البرنامج إلى أقصى عدد من الأشخاص يمكنه استيعابه.
error-programme-full-detail = يضم البرنامج 200,000 شخص على الأكثر. ابدأ برنامجاً آخر للبقية.
error-import-too-large = حجم الملف أكبر من 4 ميغابايت.
error-import-not-utf8 = احفظ ملف CSV بترميز UTF-8 ثم ارفعه مرة أخرى.
error-import-row-unreadable = تعذّرت قراءة هذا الصف: تحقّق من علامات الاقتباس فيه.
error-import-too-many-rows = يحتوي الملف على أكثر من 20,000 صف.
error-import-xlsx-unreadable = تعذّرت قراءة هذا المصنّف. احفظه من جديد بصيغة .xlsx أو CSV.
error-import-xlsx-empty = لا يحتوي المصنّف على أي ورقة.
error-import-too-many-columns = يمتد أحد الصفوف إلى ما بعد 64 عمودًا. احذف الخلايا الواقعة خارج الجدول ثم ارفعه من جديد.
error-import-cell-too-long = تحتوي إحدى الخلايا على أكثر من 32,767 حرفًا.
error-import-xlsx-too-large = يتضخم هذا المصنّف عند فك ضغطه إلى حجم أكبر بكثير مما يوحي به حجمه. احفظه من جديد بصيغة .xlsx أو CSV.
error-import-xls-unsupported = لا تُقرأ مصنّفات Excel القديمة (.xls). احفظه بصيغة .xlsx أو CSV ثم ارفعه من جديد.
error-import-busy = هناك عمليات استيراد أخرى قيد التنفيذ. حاول مرة أخرى بعد دقيقة.
error-import-empty = لا يحتوي الملف على أي صف لاستيراده.
error-import-unknown-column = هذا العمود غير معروف لدى bridges. قارن اسمه بالنموذج.
error-import-repeated-column = هذا العمود مكرر.
error-import-missing-column = هذا العمود مطلوب.
error-import-too-many-cells = في هذا الصف خلايا أكثر من عدد الأعمدة في صف العناوين.
error-import-upload-broken = لم يصل الملف المرفوع كاملًا. حاول مرة أخرى.
error-import-no-file = اختر ملفًا لرفعه.
error-pair-status = هذه الخطوة لا تناسب المرحلة التي وصل إليها هذا الثنائي.
error-pair-status-detail = ينتقل الثنائي من مقترح إلى مقبول ثم مُعرَّف ثم يلتقي ثم مُغلق، بهذا الترتيب. أعد تحميل الصفحة لترى أين وصل.
error-pair-status-invalid = استخدم accepted أو rejected أو introduced أو closed.
error-newcomer-paired = لهذا القادم الجديد ثنائي مقبول بالفعل.
error-newcomer-paired-detail = أغلق الثنائي الآخر أولاً إذا كان هذا سيحل محله.
error-participant-withdrawn = انسحب أحد الشخصين من البرنامج.
error-participant-withdrawn-detail = أُغلقت ثنائياته عند انسحابه، ولم يعد بالإمكان فعل شيء بهذا الثنائي.
error-volunteer-full = يرافق هذا المتطوع بالفعل العدد الذي قال إنه يستطيع مرافقته من القادمين الجدد.
error-volunteer-full-detail = أغلق أولًا أحد ثنائياته، أو ارفع هذا العدد في صفحته.
error-round-stale = تغيّر البرنامج أثناء حساب الجولة. شغّلها من جديد.
error-round-stale-detail = تغيّر أشخاص أو ثنائيات عدة مرات أثناء حساب الجولة. لم يُحفظ أي شيء.
error-pair-not-meeting = لا تُسجَّل المتابعات إلا للثنائيات التي تم التعارف بين أفرادها.
error-pair-not-meeting-detail = سجّل أولاً أن الثنائي قد تم تعريفهما ببعضهما.
error-swap-breaks-rules = هذا التبديل يخالف إحدى قواعد البرنامج.
error-swap-breaks-rules-detail = يجب أن يلتزم كل ثنائي جديد بجميع قواعد البرنامج. اختر اقتراحاً آخر للتبديل معه.
error-swap-same-volunteer = لهذين الاقتراحين المتطوّع نفسه، فتبديلهما لن يغيّر شيئًا.
error-swap-same-volunteer-detail = اختر للتبديل اقتراحًا مع متطوّع آخر.
error-date-in-future = لا يمكن أن يكون التاريخ في المستقبل.
error-minutes-invalid = أدخل عدد الدقائق التي قضياها معًا، من 1 إلى 1440.
error-rating-invalid = التقييم عدد صحيح من 1 إلى 7.

export-lists = تنزيل لجدول بيانات (يُسجَّل كل تنزيل في سجل التدقيق)
export-participants = المشاركون
export-waiting = قائمة الانتظار
export-pairs = الثنائيات

list-search-name = ابحث بالاسم
list-standing = الوضع الحالي
list-language = يتحدث
list-waited = في البرنامج منذ (أيام) على الأقل
standing-waiting = ينتظر شريكًا
standing-proposed = مقترح في الجولة
standing-paired = ضمن ثنائي
standing-active = مشارك
standing-withdrawn = انسحب
pairs-search = ابحث باسم أي من الشخصين
pairs-show = اعرض
pairs-every-group = كل المجموعات
pairs-group-quiet = انقطع التواصل
pairs-group-accepted = مقبولة، بانتظار التعارف
pairs-group-meeting = تعارفت وتلتقي
pairs-group-closed = منتهية
pairs-see-all = اعرض الكل ({ $count })
fairness-chart = نسبة من جرى إقرانهم في كل مجموعة ({ $dimension })
waited-chart = مدة انتظار من لا يزالون ينتظرون
waited-unit = أشخاص
waited-span = مدة الانتظار
waited-as-table = الأرقام نفسها في جدول
waited-0 = أقل من أسبوع
waited-1 = 1–2 أسبوع
waited-2 = 2–4 أسابيع
waited-3 = 1–2 شهر
waited-4 = 2–3 أشهر
waited-5 = 3–6 أشهر
waited-6 = أكثر من 6 أشهر
pair-score-bar = ممّ تتكوّن نقاطه البالغة { $score }
