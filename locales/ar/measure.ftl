# Measure: the dashboard, activities, advice, indicators, reviews.
measure-title = قِس
measure-dashboard = لوحة المعلومات
measure-activities = الأنشطة
measure-advice = الاستشارات ومتابعة الحالات
measure-indicators = المؤشرات
measure-whole-organisation = المنظمة بأكملها
measure-show = عرض
measure-year-so-far = منذ بداية عام { $year }
measure-activities-logged = الأنشطة المسجّلة
measure-attendance = الحضور
measure-people-advised = الأشخاص الذين تلقّوا استشارة
measure-occasions = جلسات الاستشارة
measure-volunteer-hours = ساعات التطوع
measure-languages-used = اللغات المستخدمة
measure-suppression-note = لا يُعرض أي عدد من الأشخاص يقل عن { $k }، حتى لا يمكن التعرّف على أحد.
measure-attention = يحتاج إلى اهتمام
measure-objectives = الأهداف ومؤشراتها
measure-no-indicators = لا توجد مؤشرات بعد.
measure-define-first = حدّد المؤشر الأول.
measure-objective-unmeasured = لا يوجد بعد أي مؤشر يقيس هذا الهدف.
measure-export-xlsx = تنزيل القيم (XLSX)
measure-calendar = تقويم الجلسات (iCalendar)
measure-reviews = المراجعات
measure-next-review = موعد المراجعة القادمة: { $date }.
measure-no-reviews = لم تُسجَّل أي مراجعة بعد.
measure-record-review = تسجيل مراجعة
measure-fewer-than = أقل من { $k }
measure-hidden = مخفي
measure-no-data = لا توجد بيانات بعد
measure-baseline = خط الأساس
measure-target = القيمة المستهدفة
measure-actual = آخر قيمة
measure-progress = التقدّم نحو القيمة المستهدفة
measure-status = الحالة
measure-status-achieved = تم بلوغ القيمة المستهدفة
measure-status-on-track = على المسار الصحيح
measure-status-off-track = خارج المسار
measure-status-no-target = لا توجد قيمة مستهدفة
measure-status-no-data = لا توجد بيانات
measure-status-stale = غير محدَّث
measure-values = القيم حسب الفترة
measure-value = القيمة
measure-enter-value = إدخال قيمة
measure-define = تحديد مؤشر
measure-any-kind = أي نوع
measure-all-programmes = كل البرامج
measure-no-objective = دون مشروع أو هدف
measure-log-activity = تسجيل نشاط
measure-more-breakdowns = حسب الجنس والعمر
measure-latest-activities = آخر الأنشطة
measure-activity-count = { $count ->
    [zero] لم يُسجَّل أي نشاط.
    [one] سُجّل نشاط واحد.
    [two] سُجّل نشاطان.
    [few] سُجّلت { $count } أنشطة.
    [many] سُجّل { $count } نشاطًا.
   *[other] سُجّل { $count } نشاط.
}
measure-no-activities = لم يُسجَّل أي نشاط بعد.
measure-no-project = دون مشروع
measure-delete = حذف
measure-series = الجلسات المتكرّرة
measure-series-intro = جلسة تُعقد كل أسبوع أو كل بضعة أسابيع، وتُحدَّد مرة واحدة فقط. يمكن إضافة تقويمها إلى أي تطبيق تقويم.
measure-no-series = لا توجد جلسات متكرّرة بعد.
measure-series-every = { $weeks ->
    [zero] كل { $weeks } أسبوع
    [one] كل أسبوع
    [two] كل أسبوعين
    [few] كل { $weeks } أسابيع
    [many] كل { $weeks } أسبوعًا
   *[other] كل { $weeks } أسبوع
}
measure-add-series = إضافة جلسة متكرّرة
measure-advice-private = لا يرى هذه الصفحة إلا الموظفون. يُعرَّف المستفيدون برمز مرجعي، ولا تُذكر أسماؤهم أبدًا؛ والرموز المرجعية والملاحظات مشفّرة.
measure-overdue = متابعات فات موعدها
measure-no-overdue = لا توجد متابعة فات موعدها.
measure-follow-up-done = تمّت
measure-record-advice = تسجيل استشارة
measure-recent-advice = آخر الاستشارات
measure-no-advice = لم تُسجَّل أي استشارة بعد.

activity-kind-event = فعالية
activity-kind-session = جلسة
activity-kind-training = تدريب
activity-kind-meeting = لقاء مع صانعي القرار
activity-kind-publication = منشور
activity-kind-campaign = نشاط ضمن حملة
activity-kind-referral = إحالة
activity-kind-booking = حجز قاعة أو فعالية
activity-kind-other = غير ذلك

advice-outcome-resolved = محلولة
advice-outcome-ongoing = جارية
advice-outcome-referred = أُحيلت إلى جهة أخرى
advice-outcome-closed = مغلقة

indicator-source-manual = تُدخَل يدويًا، مع ذكر الدليل
indicator-source-activities = عدد الأنشطة
indicator-source-attendance = الأشخاص الذين حضروا الأنشطة
indicator-source-volunteer-hours = ساعات التطوع
indicator-source-languages = اللغات المستخدمة في الأنشطة
indicator-source-people-advised = الأشخاص الذين تلقّوا استشارة (يُحتسب كل شخص مرة واحدة)
indicator-source-advice-occasions = جلسات الاستشارة
indicator-source-check-ins = متابعات الثنائيات («تواصل»)
indicator-source-contact-hours = الساعات التي قضتها الثنائيات معًا («تواصل»)
indicator-source-contact-quality = جودة التواصل، من 1 إلى 7 («تواصل»)
indicator-source-referrals-made = الإحالات إلى الخدمات («دليل الخدمات»)
indicator-source-people-referred = الأشخاص الذين أُحيلوا، ويُحتسب كل شخص مرة واحدة («دليل الخدمات»)
indicator-source-referrals-completed = الإحالات التي لبّت الحاجة كليًا أو جزئيًا («دليل الخدمات»)

period-month = شهر
period-quarter = ربع سنة
period-year = سنة

breakdown-none = دون تصنيف
breakdown-community = مجتمع القادمين الجدد والمجتمع المضيف
breakdown-gender = الجنس
breakdown-age = الفئة العمرية

group-arriving = مجتمع القادمين الجدد
group-receiving = المجتمع المضيف
group-women = النساء
group-men = الرجال
group-another = جنس آخر
group-under-18 = دون 18 عامًا
group-18-25 = من 18 إلى 25 عامًا
group-26-64 = من 26 إلى 64 عامًا
group-65-plus = 65 عامًا فأكثر

direction-up = كلما زادت القيمة كان ذلك أفضل
direction-down = كلما قلّت القيمة كان ذلك أفضل

field-date = التاريخ
field-time = وقت البدء
field-activity_kind = نوع النشاط
field-duration_minutes = المدة بالدقائق
field-place = المكان
field-project = المشروع
field-programme = البرنامج
field-topics = المواضيع
field-languages = اللغات المستخدمة
field-attendees = عدد الحاضرين
field-arriving = من مجتمع القادمين الجدد
field-receiving = من المجتمع المضيف
field-women = النساء
field-men = الرجال
field-gender_another = جنس آخر
field-age_under_18 = دون 18 عامًا
field-age_18_25 = من 18 إلى 25 عامًا
field-age_26_64 = من 26 إلى 64 عامًا
field-age_65_plus = 65 عامًا فأكثر
field-volunteers = عدد المتطوعين
field-volunteer_hours = مجموع ساعات التطوع
field-notes = ملاحظات
field-client = الرمز المرجعي للمستفيد
field-topic = الموضوع
field-outcome = النتيجة
field-referral = أُحيل إلى
field-follow_up = المتابعة قبل
field-unit = وحدة القياس
field-direction = الاتجاه المرغوب
field-source = مصدر الأرقام
field-period = الفترة
field-baseline = خط الأساس
field-baseline_on = تاريخ خط الأساس
field-target_on = التاريخ المستهدف
field-disaggregation = التصنيف حسب
field-frameworks = بنود الأطر المرجعية
field-value = القيمة
field-evidence = الدليل
field-held_on = تاريخ المراجعة
field-concluded = ما الذي استنتجه الفريق
field-decided = ما الذي قرّره الفريق
field-next_on = المراجعة القادمة
field-every_weeks = كل كم أسبوعًا
field-until = آخر تاريخ

hint-attendees = كل من حضر. المجموعات أدناه أجزاء من هذا العدد؛ اترك خانة المجموعة فارغة إذا لم يُحصِها أحد.
hint-volunteer_hours = مجموع ساعات جميع المتطوعين، مثلًا 4.5.
hint-languages = رموز اللغات، مفصولة بفاصلة لاتينية (,)، مثلًا: ar, en, ps.
hint-topics = بنود من الأطر المرجعية أو مواضيع من اختيارك، مفصولة بفاصلة لاتينية (,)، مثلًا: indicators-of-integration:bridges, eu-cbp:7.
hint-client = رقم ملف، أو الأحرف الأولى من الاسم مع سنة الميلاد: لا تكتب اسمًا أبدًا. الرمز نفسه يدل دائمًا على الشخص نفسه.
hint-topic = ما سأل عنه الشخص، مثلًا السكن أو الحق في العمل.
hint-unit = مثلًا: أشخاص، أو ساعات، أو جلسات، أو %.
hint-frameworks = مثلًا: indicators-of-integration:bridges, eu-cbp:7.
hint-period = بالصيغة 2026-03 للشهر، أو 2026-Q1 لربع السنة، أو 2026 للسنة.
hint-evidence = من أين يأتي الرقم: سجلّ، أو استطلاع، أو تقرير من أحد الشركاء.
hint-concluded = كيف يسير العمل مقارنةً بأهدافه، بكلمات الفريق نفسه.

# Import and export
measure-import-export = الاستيراد والتصدير
measure-downloads = التنزيلات
measure-activities-xlsx = تنزيل الأنشطة (XLSX)
measure-import-activities = استيراد الأنشطة
measure-import-indicators = استيراد قيم المؤشرات
measure-import-intro-activities = ارفع ملف CSV أو مصنّف Excel (‎.xlsx، الورقة الأولى) يسمّي صفّه الأول الأعمدة، كما في تنزيل الأنشطة. الأعمدة date وactivity_kind وtitle مطلوبة، ويحمل العمود project عنوان المشروع. إذا كانت في أي صف مشكلة، فلن يُستورد شيء، وتُذكر كل مشكلة مع رقم سطرها وعمودها.
measure-import-intro-indicators = ارفع ملف تنزيل القيم بعد ملء قيم المؤشرات التي تُدخل يدويًا. تُقرأ الأعمدة indicator_id وperiod وvalue وevidence وتُترك الأعمدة الأخرى جانبًا، ويُتجاوز كل صف بلا قيمة. إذا كانت في أي صف مشكلة، فلن يُستورد شيء، وتُذكر كل مشكلة مع رقم سطرها وعمودها.
measure-activities-imported = { $count ->
    [zero] لم يُستورد أي نشاط.
    [one] استُورد نشاط واحد.
    [two] استُورد نشاطان.
    [few] استُوردت { $count } أنشطة.
    [many] استُورد { $count } نشاطًا.
   *[other] استُورد { $count } نشاط.
}
measure-values-imported = { $count ->
    [zero] لم تُستورد أي قيمة.
    [one] استُوردت قيمة واحدة.
    [two] استُوردت قيمتان.
    [few] استُوردت { $count } قيم.
    [many] استُوردت { $count } قيمةً.
   *[other] استُوردت { $count } قيمة.
}

error-count-invalid = أدخل عددًا صحيحًا من 0 إلى 100,000.
error-codes-invalid = استخدم رموزًا قصيرة مفصولة بفواصل لاتينية (أحرف وأرقام و - : _ .)، 50 رمزًا على الأكثر.
error-time-invalid = أدخل الوقت بالساعات والدقائق، مثلًا 18:30.
error-activity-kind-invalid = اختر نوع النشاط من القائمة.
error-duration-invalid = أدخل المدة بالدقائق، من 1 إلى 10,080.
error-hours-invalid = أدخل عدد الساعات رقمًا، مثلًا 4.5.
error-breakdown-exceeds-attendees = مجموع المجموعات أكبر من عدد الحاضرين.
error-advice-outcome-invalid = اختر نتيجة من القائمة.
error-follow-up-before-contact = لا يمكن أن يكون موعد المتابعة قبل تاريخ الاستشارة.
error-follow-up-missing = حدّد تاريخًا لمتابعة الحالة الجارية.
error-direction-invalid = اختر ما إذا كانت الزيادة أفضل أم النقصان.
error-indicator-source-invalid = اختر مصدر الأرقام.
error-programme-not-a-source = لا يمكن اختيار برنامج إلا للأرقام التي تأتي من قسم «تواصل».
error-objective-needs-project = اختر المشروع الذي ينتمي إليه الهدف.
error-target-before-baseline = يجب أن يكون التاريخ المستهدف بعد تاريخ خط الأساس.
error-period-invalid = أدخل الفترة بالصيغة 2026-03 أو 2026-Q1 أو 2026، بما يطابق فترة المؤشر.
error-disaggregation-invalid = لا يمكن التصنيف إلا للحضور.
error-indicator-counted = تُحتسب قيم هذا المؤشر تلقائيًا مما يُسجَّل، ولا يمكن كتابتها يدويًا.
error-next-review-before-review = يجب أن تكون المراجعة القادمة بعد هذه المراجعة.
error-every-weeks-invalid = أدخل عدد أسابيع من 1 إلى 52.

measure-pairs = الثنائيات في برامج التواصل
measure-pairs-meeting = ثنائيات تلتقي
measure-pairs-quiet = انقطعت أخبارها
measure-pairs-closed = مغلقة
measure-waiting = قادمون جدد في الانتظار
measure-wait-days = أيام الانتظار (الوسيط / الأطول)

measure-templates = البدء بمجموعة من المؤشرات
measure-templates-intro = تضيف كل مجموعة ما تتضمنه من مؤشرات ليست لديك بعد. المؤشرات التي تُحتسب مما تسجّله تمتلئ تلقائيًا؛ حدّد لها بعد ذلك خط الأساس والقيمة المستهدفة.
measure-template-set = مجموعة المؤشرات
measure-templates-add = إضافة المجموعة
template-set-forum = عدّادات منتدى ومعاييره المرجعية
template-set-zaragoza = مؤشرات Zaragoza الأساسية
template-set-indicators-of-integration = المجالات الأربعة عشر لإطار مؤشرات الإدماج
template-set-focus = التواصل بين المجتمعات (FOCUS)
template-forum-people-advised = الأشخاص الذين تلقّوا استشارة
template-forum-advice-occasions = جلسات الاستشارة
template-forum-people-referred = الأشخاص الذين أُحيلوا إلى خدمة
template-forum-referrals-completed = الإحالات التي لبّت الحاجة
template-forum-bookings = حجوزات القاعات والفعاليات والتدريبات
template-forum-capacity-sessions = جلسات بناء القدرات
template-forum-people-trained = الأشخاص الذين تلقّوا تدريبًا
template-forum-policy-meetings = لقاءات مع صانعي القرار
template-forum-publications = المنشورات
template-forum-campaign-actions = أنشطة ضمن الحملات
template-forum-volunteer-hours = ساعات التطوع
template-forum-languages = اللغات التي يستخدمها متطوعونا
template-forum-health-access = تحسينات في الوصول إلى الخدمات الصحية
template-zaragoza-employment = معدل العمالة بين القادمين الجدد
template-zaragoza-education = القادمون الجدد الحاصلون على تعليم ثانوي أو أعلى
template-zaragoza-poverty = القادمون الجدد المعرّضون لخطر الفقر أو الإقصاء الاجتماعي
template-zaragoza-citizenship = القادمون الجدد المقيمون إقامة طويلة الأمد أو الحاصلون على الجنسية
template-zaragoza-health = القادمون الجدد الذين يقولون إن صحتهم جيدة
template-iio-work = التقدّم المُبلَّغ عنه – العمل
template-iio-housing = التقدّم المُبلَّغ عنه – السكن
template-iio-education = التقدّم المُبلَّغ عنه – التعليم
template-iio-health-and-social-care = التقدّم المُبلَّغ عنه – الصحة والرعاية الاجتماعية
template-iio-leisure = التقدّم المُبلَّغ عنه – أنشطة الترفيه
template-iio-bonds = التقدّم المُبلَّغ عنه – الروابط: داخل الجماعة نفسها
template-iio-bridges = التقدّم المُبلَّغ عنه – الجسور: مع الجماعات الأخرى
template-iio-links = التقدّم المُبلَّغ عنه – الصلات: مع المؤسسات
template-iio-language-and-communication = التقدّم المُبلَّغ عنه – اللغة والتواصل
template-iio-culture = التقدّم المُبلَّغ عنه – الثقافة
template-iio-digital-skills = التقدّم المُبلَّغ عنه – المهارات الرقمية
template-iio-safety = التقدّم المُبلَّغ عنه – الأمان
template-iio-stability = التقدّم المُبلَّغ عنه – الاستقرار
template-iio-rights-and-responsibilities = التقدّم المُبلَّغ عنه – الحقوق والمسؤوليات
template-focus-contact-quality = جودة التواصل داخل الثنائيات
template-focus-contact-meetings = لقاءات الثنائيات
template-focus-contact-hours = الساعات التي قضتها الثنائيات معًا
template-focus-mixed-sessions = أشخاص من كلا المجتمعَين في الجلسات
unit-people = أشخاص
unit-occasions = استشارات
unit-referrals = إحالات
unit-activities = أنشطة
unit-hours = ساعات
unit-languages = لغات
unit-percent = %
unit-count = عدد
unit-rating = 1–7
measure-measuring = المؤشرات التي تقيس { $item }.
measure-all-indicators = جميع المؤشرات
measure-objective-progress = المؤشرات التي تسير على المسار الصحيح: { $good } من أصل { $judged ->
    [one] مؤشر واحد
    [two] مؤشرين
    [few] { $judged } مؤشرات
    [many] { $judged } مؤشرًا
   *[other] { $judged } مؤشر
}.
measure-threshold = الأعداد الصغيرة
measure-threshold-save = حفظ
field-threshold = إخفاء الأعداد الأقل من
hint-threshold = يرى المتطوعون والقرّاء عبارة «أقل من» هذا العدد بدلًا من أي عدد أصغر. 5 على الأقل؛ والمعتاد 10.
error-threshold-invalid = أدخل عددًا صحيحًا من 5 إلى 1000.
measure-publish-calendar = نشر التقويم
measure-calendar-published = للتقويم رابط عام. يمكن لمن لديه الرابط إضافة الجلسات إلى تطبيق التقويم الخاص به؛ يعرض العناوين والمواعيد والأماكن واللغات، ولا شيء عن الأشخاص.
measure-calendar-not-published = التقويم غير منشور. نشره يمنحه رابطًا يمكن لأي شخص الاشتراك فيه: عناوين الجلسات ومواعيدها وأماكنها ولغاتها، ولا شيء عن الأشخاص.
measure-calendar-new-link = إنشاء رابط جديد (يتوقف الرابط القديم عن العمل)
measure-calendar-link-made = هذا هو رابط التقويم. انسخه الآن: لن يُعرض مرة أخرى.
error-project-ambiguous = يحمل أكثر من مشروع هذا العنوان: استخدم معرّف المشروع بدلًا منه.
error-value-repeated = لهذا المؤشر قيمة لهذه الفترة في موضع سابق من الملف.
measure-no-programme = بلا برنامج
error-programme-ambiguous = يحمل أكثر من برنامج هذا الاسم: استخدم معرّف البرنامج بدلًا منه.
field-indicator-need = الحاجة التي تُحتسب إحالاتها
hint-indicator-need = فقط لعدد الإحالات: تُحتسب الإحالات الخاصة بهذه الحاجة (والحاجة الأعمّ تشمل الحاجات الأدق منها).
measure-any-need = أي حاجة
