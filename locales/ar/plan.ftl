# Plan: projects and the power analysis
projects-title = المشاريع
projects-intro = خطّط لمشروع وفق الخطوات الست في مجموعة الأدوات. الخطوة 4، أي تحليل من يملك السلطة على النتيجة، جاهزة؛ أما الخطوات الأخرى فلا تزال قيد الإنشاء.
projects-none = لا توجد مشاريع بعد.
projects-new = بدء مشروع
projects-create = إنشاء المشروع
field-aims = الأهداف
projects-steps = الخطوات الست
projects-step-policy-areas = الخطوة 1: مجالات السياسات التي يتناولها المشروع
projects-step-principles = الخطوة 2: المبادئ التي يقوم عليها المشروع
projects-step-evidence = الخطوة 3: إثبات الحاجة إلى المشروع بالأدلة
projects-step-power = الخطوة 4: تحليل علاقات القوة بين أصحاب المصلحة
projects-step-partnerships = الخطوة 5: الشراكات
projects-step-setbacks = الخطوة 6: الانتكاسات والحقوق التي على المحك
projects-step-guidance = اقرأ إرشادات هذه الخطوة
power-title = تحليل علاقات القوة
power-intro = اذكر المؤسسات والأشخاص المحيطين بالمشروع: مقدار السلطة التي يملكها كلٌّ منهم على النتيجة، ومدى اهتمامه بالمشروع، وموقفه منه، وممّن يستمدّ توجّهاته. حدّد صانعي القرار الذين تحتاج إلى تحريك مواقفهم بوصفهم جهات مستهدفة، واذكر من يحرّك من. بعد ذلك يقترح عليك bridges بمن تتصل أولًا، ولماذا.
power-approach-first = بمن تتصل أولًا
power-no-leverage = أضف أصحاب المصلحة، وحدّد جهة مستهدفة واحدة على الأقل، واذكر من يحرّك من: ستظهر الاقتراحات هنا.
power-moves-targets = يحرّك { $names } مباشرةً.
power-moves-indirectly = يحرّك جهة مستهدفة عن طريق آخرين.
power-is-ally = في صفّك بالفعل.
power-reached-through = يمكن الوصول إليه عبر: { $chain }.
power-no-channel = لا توجد بعدُ طريقة معروفة للوصول إليه.
power-opponents = أين يقف المعارضون
power-no-opponents = لم يُحدَّد أي صاحب مصلحة على أنه معارض أو متشكّك.
power-quadrant-key-players = سلطة كبيرة واهتمام كبير: إشراكه عن قرب
power-quadrant-keep-satisfied = سلطة كبيرة واهتمام قليل: الحرص على رضاه
power-quadrant-keep-informed = سلطة قليلة واهتمام كبير: إبقاؤه على اطّلاع
power-quadrant-monitor = سلطة قليلة واهتمام قليل: المتابعة من بعيد
power-reach = من يستطيع حلفاؤك الوصول إليه، وكيف
power-cycles = دوائر التأثير المتبادل
power-cycles-intro = يحرّك أصحاب المصلحة هؤلاء بعضهم بعضًا؛ تعامل مع كل دائرة على أنها كتلة واحدة.
power-grid = التأثير والموقف
power-grid-desc = يظهر كل صاحب مصلحة في موضع يحدّده موقفه (يسارًا: معارض، يمينًا: مناصر قوي) وسلطته على النتيجة (في الأعلى: حاسمة). الجهات المستهدفة محاطة بحلقة. ويحتوي الجدول أدناه على المعلومات نفسها.
power-stakeholders = أصحاب المصلحة
power-influence = السلطة على النتيجة (1–5)
power-interest = الاهتمام بالمشروع (1–5)
power-stance = الموقف
power-cue = يستمدّ توجّهاته من
power-target = جهة مستهدفة
power-target-check = صانع قرار يحتاج المشروع إلى تحريك موقفه (جهة مستهدفة)
power-kind = النوع
power-kind-institution = مؤسسة
power-kind-person = شخص
power-add-stakeholder = إضافة صاحب مصلحة
power-add-relation = تحديد من يحرّك من
power-from = من
power-relation-kind = كيف
power-to = تجاه من
power-relations = العلاقات
stance-opposed = معارض
stance-sceptical = متشكّك
stance-neutral = محايد
stance-supportive = مؤيّد
stance-champion = مناصر قوي
relation-influences = يؤثّر في
relation-funds = يموّل
relation-answers-to = يخضع للمساءلة أمام
relation-allied-with = متحالف مع
error-level-invalid = اختر رقمًا من 1 إلى 5.
error-stance-invalid = اختر أحد المواقف المعروضة.
error-stakeholder-unknown = اختر صاحب مصلحة من هذه الخريطة.
error-relation-same = اختر صاحبَي مصلحة مختلفين.
error-relation-kind-invalid = اختر إحدى العلاقات المعروضة.
error-map-full = هذه الخريطة ممتلئة
error-map-full-detail = تتّسع الخريطة لـ 500 صاحب مصلحة و2000 علاقة على الأكثر.

# Plan: steps 1 and 2
step-intro-policy-areas = اختر مجالات السياسات الأساسية للاندماج التي يتناولها مشروعك، وبيّن لكل مجال كيف يتناوله المشروع.
step-intro-principles = اختر المبادئ التي سيقوم عليها المشروع، وبيّن لكل مبدأ كيف يطبّقه المشروع. وقد وُضعت علامة على المبادئ التي كثيرًا ما تطبّقها إرشادات مجموعة الأدوات وممارساتها مع مجالات السياسات التي اخترتها.
step-suggested = يُطبَّق هذا المبدأ مع مجالات السياسات التي اخترتها في { $count ->
    [one] عنصر واحد
    [two] عنصرين
    [few] { $count } عناصر
    [many] { $count } عنصرًا
   *[other] { $count } عنصر
} من المكتبة.
step-note-label = كيف يرتبط المشروع بما يلي: { $item }
step-note-placeholder-policy-areas = كيف يتناول المشروع هذا المجال؟
step-note-placeholder-principles = كيف سيطبّق المشروع هذا المبدأ؟
step-area-relations = العلاقة بين المجالات التي اخترتها
step-area-relations-hint = مثلًا: في مثال بروكسل الوارد في مجموعة الأدوات، كان لا بد من العمل على السكن والتعليم معًا.

# Plan: step 5
partners-intro = لكل شريك: ما الذي يقدّمه، وما الذي يريده من المشروع، والحد الأدنى غير القابل للتفاوض في تعاملك معه، ومتى تنسحب من الشراكة معه. اذكر حصة كل شريك من تمويل المشروع، كي ينبّهك bridges عندما تكون قاعدة التمويل ضيّقة.
partners-none = لا يوجد شركاء بعد.
partners-add = إضافة شريك
partners-narrow-base = قاعدة التمويل ضيّقة
partners-warning-single-funder = شريك واحد فقط يموّل المشروع. إذا انسحب أو فرض شروطًا، فلن يجد المشروع بديلًا يعتمد عليه.
partners-warning-dominant-funder = يقدّم شريك واحد أكثر من نصف التمويل. الاعتماد على مموّل واحد قد يُفقد المشروع استقلاليته.
partners-warning-shares-over-hundred = مجموع حصص التمويل يتجاوز 100 %. تحقّق من الأرقام.
partners-largest = أكبر حصة: { $name }
field-brings = ما الذي يقدّمه
field-wants = ما الذي يريده
field-bottom_line = الحد الأدنى غير القابل للتفاوض في تعاملك معه
field-walk_away_if = ستنسحب إذا
field-funding_share = الحصة من التمويل (%)
hint-funding-share = رقم من 0 إلى 100. اترك الحقل فارغًا إذا لم يقدّم هذا الشريك أي مال.
error-share-invalid = أدخل رقمًا من 0 إلى 100.

# Plan: step 6
setbacks-intro = اذكر ما قد يسوء: قرار، أو تقليص في التمويل، أو حملة عدائية. ولكل انتكاسة، حدّد الحقوق التي على المحك، وهل سيلزم دعم قانوني، والحلفاء الذين ستتواصل معهم.
setbacks-none = لم تُذكر أي انتكاسات بعد.
setbacks-add = إضافة انتكاسة
setbacks-description = ما الذي قد يحدث
setbacks-rights = الحقوق التي على المحك
setbacks-legal-check = سيلزم دعم قانوني
setbacks-legal-yes = سيلزم دعم قانوني.
setbacks-legal-no = لا يوجد دعم قانوني مخطّط له.
setbacks-allies = الحلفاء الذين ستتواصل معهم
setbacks-response = ما الذي سيفعله المشروع
setbacks-unprepared = حقوق الناس على المحك ولا توجد أي جهة جاهزة للمساعدة: خطّط لدعم قانوني أو لحلفاء تتواصل معهم.
right-echr-2 = الحق في الحياة (المادة 2)
right-echr-3 = حظر التعذيب (المادة 3)
right-echr-4 = حظر الرق والعمل الجبري (المادة 4)
right-echr-5 = الحق في الحرية والأمان (المادة 5)
right-echr-6 = الحق في محاكمة عادلة (المادة 6)
right-echr-7 = لا عقوبة بدون قانون (المادة 7)
right-echr-8 = الحق في احترام الحياة الخاصة والعائلية (المادة 8)
right-echr-9 = حرية الفكر والضمير والدين (المادة 9)
right-echr-10 = حرية التعبير (المادة 10)
right-echr-14 = حظر التمييز (المادة 14)
right-eu-charter = ميثاق الحقوق الأساسية للاتحاد الأوروبي
ally-anti-racist = المجموعات المناهضة للعنصرية
ally-trade-unions = النقابات العمالية
ally-faith = المجموعات الدينية
ally-gender-equality = مجموعات المساواة بين الجنسين
ally-youth = مجموعات الشباب
ally-older-people = مجموعات كبار السن
ally-disability = مجموعات الأشخاص ذوي الإعاقة
ally-experts = الخبراء

# Plan: step 3
evidence-intro = اكتب كل ادعاء يطرحه المشروع والأدلة التي تدعمه: بيانات، أو دراسة، أو شهادة، أو مجموعة نقاش مركّزة. واذكر لكل دليل مصدره وتاريخه ومن يتبنّاه وما لا يزال مجهولًا. وسجّل كذلك مجموعات النقاش المركّزة والأبحاث التشاركية.
evidence-gaps = ادعاءات بلا أدلة: { $claims }.
evidence-unbacked = أدلة لا يتبنّاها أحد: { $count }.
evidence-claims = الادعاءات
evidence-none = لا توجد ادعاءات بعد.
evidence-claim-unsupported = لا توجد أدلة على هذا الادعاء بعد.
evidence-nobody-backs = لا أحد يتبنّى هذا الدليل بعد.
evidence-backed-by = يتبنّاه: { $who }
evidence-unknowns = ما لا يزال مجهولًا: { $what }
evidence-sessions = مجموعات النقاش المركّزة والبحث التشاركي
evidence-session-gaps = الثغرات التي كشفتها: { $gaps }
evidence-add-claim = إضافة ادعاء
evidence-claim = الادعاء
evidence-add-evidence = إضافة دليل
evidence-for-claim = الادعاء الذي يدعمه
evidence-kind = نوع الدليل
evidence-kind-data = بيانات
evidence-kind-study = دراسة
evidence-kind-testimony = شهادة
evidence-kind-focus-group = مجموعة نقاش مركّزة
evidence-summary = ما الذي يُظهره
evidence-field-source = المصدر
evidence-field-date = التاريخ
evidence-field-backed_by = من يتبنّاه
evidence-field-unknowns = ما لا يزال مجهولًا
evidence-add-session = تسجيل جلسة
evidence-participants = من شارك
evidence-learned = الدروس المستفادة
evidence-gaps-revealed = الثغرات التي كشفتها الجلسة
error-claim-unknown = اختر أحد الادعاءات المذكورة.
error-evidence-kind-invalid = اختر أحد الأنواع المعروضة.

## Plan: the project as a whole (overview, profile, objectives, team, printable plan, history)
save = حفظ
not-said = غير محدد
project-edit = تعديل المشروع
project-print = الخطة كاملةً، جاهزة للطباعة
project-history = سجل التغييرات
field-status = الحالة
status-planning = قيد التخطيط
status-running = قيد التنفيذ
status-paused = متوقف مؤقتًا
status-finished = منتهٍ
field-starts_on = تاريخ البدء
field-ends_on = تاريخ الانتهاء
error-date-invalid = أدخل التاريخ بصيغة سنة-شهر-يوم، مثلًا: 2027-03-31.
error-dates-reversed = تاريخ الانتهاء يسبق تاريخ البدء.
error-choice-invalid = اختر أحد الخيارات المذكورة.
context-title = السياق المحلي
context-intro = ما ينجح يتوقف على المكان: منذ متى يشهد الهجرة، وهل يمرّ به الناس عابرين أم يستقرّون فيه، ومدى سرعة تغيّر الأوضاع فيه.
context-none = لم يُوصف السياق المحلي بعد.
field-history = منذ متى تشهد المنطقة الهجرة
history-new = الهجرة بهذا الحجم أمر جديد هنا
history-established = للهجرة هنا تاريخ طويل
field-movement = هل يمرّ الناس عابرين أم يستقرّون؟
movement-transit = عابرون في الغالب
movement-mixed = بعضهم عابرون وبعضهم يستقرّون
movement-settlement = مستقرّون في الغالب
field-communities = الجاليات الرئيسية
field-changing = ما الذي يتغيّر حاليًا
field-fast_change = الأوضاع هنا تتغيّر بسرعة (وافدون جدد، أو إغلاقات، أو قواعد جديدة)
advice-title = ما يتطلّبه هذا السياق من الخطة
advice-read = اقرأ المزيد
context-new = حيث تكون الهجرة أمرًا جديدًا، كثيرًا ما تقلّ مجموعات المهاجرين والخدمات القائمة التي يمكن البناء عليها، وقد تكون خبرة المقيمين منذ زمن طويل بها محدودة. خصّص وقتًا لبناء الثقة لدى الطرفين، وتوقّع أن تحتاج إلى إنشاء هياكل جديدة بدلًا من الانضمام إلى هياكل قائمة.
context-established = حيث تعود الهجرة إلى زمن بعيد، توجد بالفعل منظمات للمهاجرين وقادة مجتمعيون وأجيال ثانية. ابنِ على وجودهم: يمكنهم أن يقودوا المشروع أو يشاركوا في قيادته، وأن يكونوا جسرًا بين القادمين الأحدث والمجتمع الأوسع.
context-transit = حيث يكون معظم الناس عابرين، تختلف الأولويات عنها في الأماكن التي يستقرّون فيها: فالمساعدة العملية القصيرة، والمعلومات عن الحقوق وعن الجهة التي يمكن اللجوء إليها بعد ذلك، أهمّ من البرامج الطويلة. خطّط مع مراعاة أن بعض الناس قد يغادرون قبل انتهاء المشروع.
context-mixed = حيث يمرّ بعض الناس عابرين ويستقرّ آخرون، قد تحتاج الخطة إلى مسارين: مساعدة عملية سريعة لمن يواصلون طريقهم، ومشاركة أطول أمدًا لمن يبقون.
context-settlement = حيث يستقرّ الناس، تكون المجالات طويلة الأمد هي الأهم: العمل، والسكن، والتعليم، والصحة، والمشاركة في القرارات المحلية. خطّط لمشاركة تدوم.
context-fast-change = عندما تتغيّر الأوضاع بسرعة، تتيح الصلات الجيدة بصانعي القرار للمشروع أن يتكيّف في الوقت المناسب. راجع الخطة كثيرًا، وانتبه إلى العواقب التي لم يتوقّعها أحد، سواء أكانت جيدة أم سيئة.
context-transfer = لا تنطبق الدروس المستفادة من أماكن أخرى إلا بقدر ما يشبه سياقُها سياقَك: قارن الممارسات التي تستلهمها بهذا الوصف للسياق المحلي.
field-leadership = هل يقود المهاجرون المشروع؟
leadership-unstated = غير محدد
leadership-led = يقوده مهاجرون
leadership-co-led = يشارك مهاجرون في قيادته
leadership-not-led = لا يقوده مهاجرون
checks-title = هل هو مشروع اندماج جيد؟
checks-intro = تحدّد مجموعة الأدوات ست صفات للمشروع الجيد في مجال الاندماج. بيّن في جملة أو جملتين كيف يحقّق هذا المشروع كل صفة منها.
checks-summary = عدد الصفات التي تُثبتها سجلات الخطة نفسها: { $shown } من 6.
checks-quality = الصفة
checks-state = الوضع
checks-statement = كيف يحقّقها المشروع
check-state-missing = لم تُتناول
check-state-stated = موصوفة
check-state-shown = مُثبتة في الخطة
quality-inequalities = يعالج أوجه عدم المساواة
quality-involvement = يُشرَك كل من له مصلحة في المشروع منذ البداية
quality-evidence = يستند إلى أدلة
quality-dialogue = يبني الحوار بين الثقافات
quality-empowerment = يمكّن الأشخاص الذين يخدمهم
quality-leadership = يقوده المهاجرون أو يشاركون في قيادته
quality-hint-inequalities = ما أوجه عدم المساواة التي يعالجها، ولصالح من؟ (تُعدّ مُثبتة في الخطة عندما تبيّن الخطوة 1 كيف يتناول المشروع أحد مجالات السياسات.)
quality-hint-involvement = من أصحاب المصلحة الذين أُشركوا، ومنذ متى؟ (تُعدّ مُثبتة في الخطة عندما تسجّل الخطوة 3 مجموعة نقاش مركّزة أو جلسة تشاركية.)
quality-hint-evidence = ما الأدلة التي تُثبت الحاجة إلى المشروع؟ (تُعدّ مُثبتة في الخطة عندما تتضمّن الخطوة 3 ادعاءات، ويكون لكل ادعاء منها دليل.)
quality-hint-dialogue = كيف سيلتقي أشخاص من خلفيات مختلفة ويتحاورون على قدم المساواة؟ (تُعدّ مُثبتة في الخطة عندما يُختار في الخطوة 2 مبدأ العملية التي تسير في اتجاهين أو مبدأ التفاعل المتكرر.)
quality-hint-empowerment = كيف سيُسمِع الأشخاص الذين يخدمهم المشروع أصواتهم ويكتسبون المهارات؟ (تُعدّ مُثبتة في الخطة عندما يُختار في الخطوة 2 مبدأ المشاركة الديمقراطية أو مبدأ إسماع صوت المهاجرين.)
quality-hint-leadership = ما الدور الذي يؤدّيه المهاجرون في إدارته؟ (تُعدّ مُثبتة في الخطة عندما يقود المهاجرون المشروع أو يشاركون في قيادته.)
gaps-title = ما الذي لا يزال ناقصًا
gaps-none = لا ينقص شيء واضح. واصل مراجعة الخطة مع تقدّم العمل.
gap-context = السياق المحلي غير موصوف.
gap-objectives = لا توجد أهداف بعد.
gap-unmeasurable-objectives = { $count ->
    [one] هدف واحد لا يبيّن كيف ستعرف أنه تحقّق.
    [two] هدفان لا يبيّنان كيف ستعرف أنهما تحقّقا.
    [few] { $count } أهداف لا تبيّن كيف ستعرف أنها تحقّقت.
    [many] { $count } هدفًا لا تبيّن كيف ستعرف أنها تحقّقت.
   *[other] عدد الأهداف التي لا تبيّن كيف ستعرف أنها تحقّقت: { $count }.
}
gap-team = لا يوجد أحد في فريق المشروع بعد.
gap-areas = لم يُختر أي مجال من مجالات السياسات.
gap-area-notes = { $count ->
    [one] لم يُذكر كيف يتناول المشروع أحد مجالات السياسات.
    [two] لم يُذكر كيف يتناول المشروع مجالين من مجالات السياسات.
    [few] لم يُذكر كيف يتناول المشروع { $count } مجالات من مجالات السياسات.
    [many] لم يُذكر كيف يتناول المشروع { $count } مجالًا من مجالات السياسات.
   *[other] عدد مجالات السياسات التي لم يُذكر كيف يتناولها المشروع: { $count }.
}
gap-principles = لم يُختر أي مبدأ.
gap-claims = لم يُكتب أي ادعاء بعد.
gap-unsupported-claims = { $count ->
    [one] ادعاء واحد بلا أدلة.
    [two] ادعاءان بلا أدلة.
    [few] { $count } ادعاءات بلا أدلة.
    [many] { $count } ادعاءً بلا أدلة.
   *[other] عدد الادعاءات التي لا أدلة عليها: { $count }.
}
gap-unbacked-evidence = { $count ->
    [one] دليل واحد لا يتبنّاه أحد.
    [two] دليلان لا يتبنّاهما أحد.
    [few] { $count } أدلة لا يتبنّاها أحد.
    [many] { $count } دليلًا لا يتبنّاها أحد.
   *[other] عدد الأدلة التي لا يتبنّاها أحد: { $count }.
}
gap-stakeholders = لا يوجد أي صاحب مصلحة على الخريطة.
gap-targets = لم يُحدَّد أي صاحب مصلحة بوصفه جهة مستهدفة يجب تحريك موقفها.
gap-partners = لا يوجد شركاء بعد.
gap-funding = قاعدة التمويل ضيّقة.
gap-setbacks = لم تُدرس أي انتكاسة بعد.
gap-unprepared-setbacks = { $count ->
    [one] انتكاسة واحدة تضع حقوقًا على المحك، ولا توجد جهة جاهزة للمساعدة.
    [two] انتكاستان تضعان حقوقًا على المحك، ولا توجد جهة جاهزة للمساعدة.
    [few] { $count } انتكاسات تضع حقوقًا على المحك، ولا توجد جهة جاهزة للمساعدة.
    [many] { $count } انتكاسةً تضع حقوقًا على المحك، ولا توجد جهة جاهزة للمساعدة.
   *[other] عدد الانتكاسات التي تضع حقوقًا على المحك دون أن تكون أي جهة جاهزة للمساعدة: { $count }.
}
overview-approach-first = تواصل أولًا مع: { $names }.
objectives-title = الأهداف والفريق
objectives-intro = اذكر ما يسعى المشروع إلى تحقيقه وكيف ستعرف أنه تحقّق. لاحقًا، يمكن ربط كل هدف بمؤشرات في قسم «قِس».
objectives-none = لا توجد أهداف بعد.
objectives-add = إضافة هدف
objectives-manage = الأهداف والفريق
objectives-no-measure = اذكر كيف ستعرف ذلك.
field-objective = الهدف
field-text = الهدف
field-measure = كيف ستعرف ذلك
field-target = القيمة المستهدفة
field-due = الموعد النهائي
hint-objective = جملة واحدة، مثلًا: تستفيد الأسر القادمة حديثًا من نادي الواجبات المدرسية كل أسبوع.
hint-measure = العلامة أو الرقم الذي ستتابعه، مثلًا: سجلات الحضور، أو استطلاع لآراء أولياء الأمور.
team-title = الفريق
team-none = لا يوجد أحد في فريق المشروع بعد.
team-add = إضافة شخص إلى الفريق
field-member = العضو
hint-project-role = دور الشخص في هذا المشروع، مثلًا: القيادة، أو التواصل الميداني مع الناس، أو الشؤون المالية.
error-team-member-twice = هذا الشخص موجود بالفعل في الفريق.
error-team-member-unknown = اختر عضوًا في المنظمة.
export-csv = تنزيل كجدول بيانات (CSV)
plan-document-title = خطة المشروع
plan-printed-on = طُبعت في { $date }
plan-nothing-yet = لم يُسجَّل أي شيء بعد.
plan-print-hint = استخدم أمر الطباعة في متصفحك لطباعة هذه الخطة أو حفظها بصيغة PDF.
history-intro = كل تغيير أُجري على الخطة: من أجراه ومتى.
history-none = لم تُسجَّل أي تغييرات بعد.
history-when = متى
history-who = من
history-part = جزء الخطة
history-what = التغيير
history-former-member = عضو سابق
history-part-project = المشروع
history-part-policy-areas = الخطوة 1: مجالات السياسات
history-part-principles = الخطوة 2: المبادئ
history-part-evidence = الخطوة 3: الأدلة
history-part-stakeholders = الخطوة 4: أصحاب المصلحة
history-part-relations = الخطوة 4: العلاقات
history-part-partnerships = الخطوة 5: الشركاء
history-part-setbacks = الخطوة 6: الانتكاسات
history-part-objectives = الأهداف
history-part-team = الفريق
history-action-created = إنشاء
history-action-added = إضافة
history-action-updated = تعديل
history-action-removed = حذف
error-entry-invalid = هذا الإدخال لا يطابق البنية التي يتوقّعها السجل الخاص به: تحقّق من أسماء الحقول وأنواعها.

## Plan: worked examples
examples-title = ابدأ من مثال تطبيقي
examples-intro = كل مثال خطة كاملة مبنية على إحدى حالات «في الممارسة» الواردة في مجموعة الأدوات. ابدأ مشروعًا انطلاقًا من أحد الأمثلة لترى كيف تبدو الخطة المكتملة، ثم عدّلها لتناسب مشروعك. الأمثلة مكتوبة باللغة الإنجليزية؛ أما الأسماء والأرقام والتواريخ الواردة فيها فهي للتوضيح فقط.
examples-start = بدء مشروع من هذا المثال
objectives-how-doing = أين وصل
objectives-indicators = { $count ->
    [zero] لا مؤشرات بعد
    [one] مؤشر واحد، بلا قيمة مستهدفة بعد
    [two] مؤشران، بلا قيمة مستهدفة بعد
    [few] { $count } مؤشرات، بلا قيمة مستهدفة بعد
    [many] { $count } مؤشرًا، بلا قيمة مستهدفة بعد
   *[other] { $count } مؤشر، بلا قيمة مستهدفة بعد
}
objectives-not-measured = لم يُقَس بعد
power-network = من يحرّك من
power-network-desc = كل دائرة تمثّل صاحب مصلحة: تكبر كلما زادت سلطته على النتيجة، وتكون حمراء إن كان ضد المشروع، وخضراء إن كان معه، ورمادية إن كان بين الموقفين؛ وتدلّ الحلقة على جهة مستهدفة. تتجه الأسهم ممّن يحرّك غيره إلى من يتحرّك بتأثيره؛ وتصل الأسهم المتقطّعة بين الحلفاء. وتقول قائمة العلاقات الشيء نفسه بالكلمات.
