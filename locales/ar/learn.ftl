# Learn
learn-title = تعلّم من مجموعة الأدوات ومن تجارب الآخرين
learn-intro = ابحث في إرشادات العمل في مجال الاندماج وفي مكتبة من الممارسات التي نفّذتها منظمات في مختلف أنحاء أوروبا. تظهر النتائج بلغتك إذا كانت هناك ترجمة متاحة.
learn-search-label = ابحث في الإرشادات والممارسات
learn-search-submit = بحث
learn-results-title = نتائج البحث عن «{ $query }»
learn-result-count = { $count ->
    [zero] لا نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجةً
   *[other] { $count } نتيجة
}
learn-no-results = لم نجد أي نتيجة. جرّب كلمات أقل أو كلمات مختلفة، أو أزِل أحد عوامل التصفية.
learn-facets-label = تضييق نطاق النتائج
learn-facet-type = النوع
learn-facet-country = البلد
learn-facet-framework = بند من الإطار المرجعي
learn-facet-policy-area = مجال السياسات
learn-facet-target = الفئة المستهدفة
learn-facet-theme = الموضوع
learn-facet-year = سنة البدء
learn-type-guidance = إرشادات
learn-type-practice = ممارسة
learn-in-language = بلغة { $language }
learn-section-principles = المبادئ
learn-section-planning = التخطيط لمشروع
learn-section-good-project = ما الذي يجعل المشروع جيدًا
learn-section-relations = بناء علاقات جيدة
learn-section-migrant-led = مقاربات يقودها المهاجرون
learn-section-focus = نتائج الأبحاث
learn-section-review = المراجعة والتواصل
learn-frameworks-title = الأطر المرجعية
learn-frameworks-intro = الأطر المرجعية قوائم مشتركة من المبادئ ومجالات السياسات والمؤشرات. ترتبط الإرشادات والممارسات ببنود هذه الأطر، لتتمكن من رؤية ما يطبّق كل بند على أرض الواقع.
learn-framework-version = الإصدار: { $version }
learn-framework-items = { $count ->
    [one] بند واحد
    [two] بندان
    [few] { $count } بنود
    [many] { $count } بندًا
   *[other] { $count } بند
}
learn-group-markers-and-means = العلامات والوسائل
learn-group-social-connections = الروابط الاجتماعية
learn-group-facilitators = العوامل الميسّرة
learn-group-foundation = الأساس
learn-applied-by = الإرشادات والممارسات التي تطبّق هذا البند
learn-nothing-tagged = لا يوجد بعدُ أي محتوى مرتبط بهذا البند.
learn-frameworks-applied = بنود الأطر المرجعية التي تطبّقها
learn-related = إرشادات ذات صلة
learn-available-in = متاح باللغات:
learn-fallback-notice = لم تُترجم هذه الصفحة إلى لغتك بعد، لذلك تُعرض باللغة الإنجليزية.
learn-practice-language-notice = هذا السجل مكتوب بلغة كاتبه، ولم تتم ترجمته.
learn-not-reported = غير مذكور
learn-ongoing = مستمر
learn-field-area = المدينة أو المنطقة
learn-field-dates = التواريخ
learn-field-promoter = الجهة المنفّذة
learn-field-challenge = التحدي والأهداف
learn-field-how = طريقة العمل
learn-field-results = النتائج
learn-field-evaluation = التقييم
learn-field-beneficiaries = المستفيدون
learn-field-funding = التمويل والموارد
learn-field-links = الروابط
learn-incomplete = هذا السجل غير مكتمل بعد. لا يزال ينقصه:
learn-required-title = عنوان
learn-required-country = البلد
learn-required-start = تاريخ البدء
learn-required-promoter = الجهة المنفّذة
learn-required-summary = ملخّص
learn-required-challenge = التحدي والأهداف
learn-required-how_it_works = طريقة العمل
learn-required-results = النتائج
learn-required-beneficiaries = المستفيدون
learn-required-frameworks = بند واحد على الأقل من إطار مرجعي
error-query-too-long = نص البحث طويل جدًا. استخدم كلمات أقل.
error-filter-invalid = أحد عوامل التصفية غير صالح. ابدأ بحثًا جديدًا.

# Practices and peer review
nav-reviews = مراجعة الأقران
practices-title = ممارسات منظمتك
practices-intro = اكتب ما تقوم به منظمتك ليتعلّم منه الآخرون. يبقى السجل خاصًا إلى أن تشاركه لمراجعة الأقران أو تنشره. ولا يمكن لأحد غير منظمتك أن يغيّره.
practices-new = كتابة ممارسة جديدة
practices-none = لم تكتب منظمتك أي ممارسة بعد.
practices-status = الحالة
practices-completeness = الاكتمال
practices-updated = آخر تغيير
practices-complete = مكتمل
practices-missing-count = { $count ->
    [one] حقل واحد ناقص
    [two] حقلان ناقصان
    [few] { $count } حقول ناقصة
    [many] { $count } حقلًا ناقصًا
   *[other] { $count } حقل ناقص
}
practices-status-private = خاص
practices-status-review = مُشارَك لمراجعة الأقران
practices-status-published = منشور
practices-status-explain-private = لا يستطيع رؤيته إلا أعضاء منظمتك.
practices-status-explain-review = يمكن لمراجعين من منظمات أخرى قراءته والتعليق عليه. وهو غير متاح للعموم.
practices-status-explain-published = يمكن لأي شخص قراءته في قسم «تعلّم»، دون تسجيل الدخول.
practices-public-page = عرض الصفحة العامة
practices-complete-long = يحتوي هذا السجل على كل ما يلزم لنشره.
practices-edit = تعديل
practices-share = المشاركة لمراجعة الأقران
practices-publish = نشر
practices-make-private = جعل السجل خاصًا مرة أخرى
practices-reviews-title = مراجعات الأقران
practices-no-reviews = لا توجد مراجعات بعد. شارك السجل لمراجعة الأقران لتطلب تعليقات من منظمات أخرى.
practices-summary-title = الملخّص
practices-form-title = سجل الممارسة
practices-form-intro = املأ ما تعرفه. يمكنك حفظ سجل غير مكتمل والعودة إليه لاحقًا، لكن النشر يتطلب ملء الحقول الرئيسية.
practices-save = حفظ
practices-field-title = العنوان
practices-field-summary = الملخّص
practices-field-country = البلد
practices-field-area = المدينة أو المنطقة
practices-field-start = تاريخ البدء
practices-field-end = تاريخ الانتهاء
practices-field-promoter = الجهة المنفّذة
practices-field-challenge = التحدي والأهداف
practices-field-how_it_works = طريقة العمل
practices-field-results = النتائج مقارنةً بالأهداف
practices-field-evaluation = التقييم: كيف أُجري، وما الذي نجح، وما الذي لم ينجح
practices-field-beneficiaries = المستفيدون
practices-field-beneficiaries_count = عدد المستفيدين
practices-field-funding = التمويل والموارد
practices-field-links = الروابط
practices-field-language = لغة السجل
practices-field-target_groups = الفئة المستهدفة
practices-field-themes = المواضيع
practices-field-frameworks = المبادئ ومجالات السياسات التي تطبّقها
practices-field-lessons = الدروس المستفادة
practices-hint-date = سنة (2021) أو سنة وشهر (2021-09).
practices-hint-end = سنة، أو سنة وشهر، أو الكلمة الإنجليزية «ongoing» (مستمر). اترك الحقل فارغًا إذا لم ينتهِ بعد.
practices-hint-count = عدد صحيح، إذا كنت تعرفه.
practices-hint-links = عنوان ويب واحد في كل سطر، يبدأ بـ https://
practices-hint-list = افصل بين الكلمات بالفاصلة اللاتينية (,)، مثلًا: القادمون الجدد, الشباب
reviews-title = مراجعة الأقران
reviews-intro = شاركت منظمات أخرى هذه الممارسات وطلبت تعليقات عليها. راجعها في ضوء المبادئ ومجالات السياسات، كما تقترح منهجية مجموعة الأدوات.
reviews-none = لا توجد حاليًا أي ممارسة بانتظار المراجعة.
reviews-by = من إعداد { $org }
reviews-your-review = مراجعتك
reviews-method = اذكر ما ينجح، وما يمكن أن يكون أوضح، وكيف تطبّق الممارسة (أو كيف يمكن أن تطبّق بشكل أفضل) المبادئ ومجالات السياسات التي تحددها أدناه.
reviews-comment = تعليقاتك
reviews-against = المبادئ ومجالات السياسات التي تتناولها تعليقاتك
reviews-submit = إرسال المراجعة
error-practice-field-missing = املأ هذا الحقل.
error-practice-field-too-long = هذا النص طويل جدًا.
error-practice-date-invalid = أدخل سنة مثل 2021، أو سنة وشهرًا مثل 2021-09.
error-practice-count-invalid = أدخل عددًا صحيحًا، مثل 120.
error-practice-links-invalid = أدخل عناوين ويب تبدأ بـ https://، عنوانًا واحدًا في كل سطر.
error-practice-list-invalid = أدخل 30 كلمة أو عبارة قصيرة على الأكثر، تفصل بينها الفاصلة اللاتينية (,).
error-practice-framework-invalid = اختر من البنود المعروضة.
error-practice-incomplete = لا يمكن نشر هذا السجل بعد: املأ أولًا الحقول المذكورة أدناه.
error-practice-incomplete-detail = يجب ملء كل الحقول المطلوبة قبل نشر السجل.
error-review-comment-missing = اكتب تعليقاتك.
error-status-invalid = هذه الحالة غير موجودة.
error-status-move-not-allowed = لا يمكن نقل السجل إلى هذه الحالة من حالته الحالية.
error-status-move-not-allowed-detail = أعد تحميل الصفحة لترى الحالة الحالية للسجل.

# Frameworks of an organisation's own
frameworks-title = الأطر المرجعية
frameworks-intro = اربط ممارساتك ببنود الأطر المرجعية المشتركة، أو أضف إطارًا مرجعيًا خاصًا بك: مبادئ منظمتك، أو النتائج التي تطلبها جهة مموّلة، أو استراتيجية مدينة ما.
frameworks-own = الأطر المرجعية الخاصة بمنظمتك
frameworks-none = لا توجد أطر بعد.
frameworks-add = إضافة إطار مرجعي
frameworks-submit = إضافة الإطار المرجعي
frameworks-shipped = الأطر المرجعية المضمّنة في bridges
field-title = الاسم
field-version = الإصدار
field-description = الوصف
field-items = البنود
hint-items = بند واحد في كل سطر، بالترتيب الذي يجب أن تظهر به.
error-framework-title-missing = أدخل اسم الإطار المرجعي.
error-framework-items-missing = أدخل بندًا واحدًا على الأقل.
error-framework-items-invalid = أدخل 100 بند على الأكثر، على ألا يزيد طول كل بند عن 200 حرف.
learn-measured-by = ما يقيسه في منظمتك
