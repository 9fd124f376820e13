# الاستطلاعات (قِس)
survey-title = الاستطلاعات
survey-intro = اطرح على الأشخاص الذين تعمل معهم — القادمين الجدد والمقيمين منذ زمن طويل على حدّ سواء — الأسئلة نفسها قبل عملك وبعده، واقرأ الإجابات مع هوامش الخطأ الخاصة بها. لا تُعرض المجموعات الصغيرة أبدًا.
survey-none = لا توجد استطلاعات بعد.
survey-responses = الإجابات
survey-status-open = يتلقّى الإجابات
survey-status-closed = مغلق
survey-new = بدء استطلاع من استبيانات جاهزة
hint-survey-title = اتركه فارغًا لاستخدام عنوان الاستبيانات نفسها.
survey-instruments = الاستبيانات المراد تضمينها
error-survey-instruments-missing = اختر استبيانًا واحدًا على الأقل.
survey-waves = المقارنة بين ما قبل العمل وما بعده
hint-survey-waves = يذكر المشاركون ما إذا كانوا يجيبون قبل العمل أو بعده، ويمكنهم تقديم رمز شخصي، حتى يمكن ربط إجابات الشخص نفسه بعضها ببعض.
survey-invitation-only = لا يمكن الإجابة إلا لمن لديه رمز دعوة (يُستخدم كل رمز مرة واحدة)
survey-create = إنشاء الاستطلاع
survey-import = استيراد XLSForm
survey-import-intro = ارفع استمارة مُعدّة لـ KoboToolbox أو ODK (‎.xlsx أو ‎.xls). لن يُنشأ أي شيء ما لم تُفهم كل الصفوف، وتُذكر كل مشكلة مع ورقتها وصفّها وعمودها.
survey-xlsform-file = مصنّف XLSForm
survey-import-button = استيراد الاستمارة
survey-import-problems = لم تُستورد الاستمارة
import-field = العمود
survey-holds = { $questions ->
    [zero] لا أسئلة
    [one] سؤال واحد
    [two] سؤالان
    [few] { $questions } أسئلة
    [many] { $questions } سؤالًا
   *[other] { $questions } سؤال
}
survey-responses-count = { $n ->
    [zero] لا إجابات
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $n } إجابات
    [many] { $n } إجابةً
   *[other] { $n } إجابة
}
survey-results = النتائج
survey-entry = إدخال استبيان ورقي
survey-download-xlsform = تنزيل بصيغة XLSForm
survey-download-responses = تنزيل الإجابات (XLSX، مع التسميات)
survey-download-responses-csv = تنزيل الإجابات (CSV، مع الرموز)
survey-links = روابط للمشاركة
survey-links-intro = يمكن لأي شخص لديه رابط أن يجيب دون حساب. لا يُحفظ مع الإجابة أي شيء يدلّ على هويته — لا عنوان، ولا جهاز، ولا وقت من اليوم.
survey-close = إيقاف تلقّي الإجابات
survey-open = استئناف تلقّي الإجابات
survey-invitations = رموز الدعوة
survey-invitations-held = { $n ->
    [zero] لم يُنشأ أي رمز.
    [one] أُنشئ رمز واحد.
    [two] أُنشئ رمزان.
    [few] أُنشئت { $n } رموز.
    [many] أُنشئ { $n } رمزًا.
   *[other] أُنشئ { $n } رمز.
}
survey-invitations-used = { $n ->
    [zero] لم يُستخدم أيٌّ منها.
    [one] استُخدم واحد منها.
    [two] استُخدم اثنان منها.
    [few] استُخدمت { $n } رموز منها.
    [many] استُخدم { $n } رمزًا منها.
   *[other] استُخدم { $n } رمز منها.
}
survey-invitations-count = عدد الرموز الجديدة
survey-invitations-make = إنشاء الرموز وتنزيلها
error-survey-invitations-count = أدخل عددًا من 1 إلى 2,000.
survey-figures = الأرقام الفعلية
survey-figures-intro = يقدّر المشاركون هذه الأرقام؛ أدخل الرقم المحلي الفعلي ومصدره، حتى تُظهر النتائج الفرق بين التقدير والواقع.
survey-figure-employment = القادمون الجدد الذين يعملون بأجر (%)
survey-figure-degree = القادمون الجدد الحاصلون على شهادة جامعية (%)
survey-figure-benefits = القادمون الجدد الذين يتلقّون إعانات اجتماعية (%)
survey-figure-actual = الرقم الفعلي: { $value }%
field-actual = الرقم الفعلي (%)
field-source-of-figure = المصدر
field-as_of = التاريخ المرجعي
survey-figure-save = حفظ الرقم
error-survey-figure-invalid = أدخل نسبة مئوية من 0 إلى 100.
survey-back = العودة إلى الاستطلاع
survey-by = المقارنة
survey-by-all = الجميع
survey-by-community = حسب المجتمع
survey-by-wave = قبل وبعد
survey-total = { $n ->
    [zero] لا توجد أي إجابة.
    [one] إجابة واحدة.
    [two] إجابتان.
    [few] { $n } إجابات.
    [many] { $n } إجابةً.
   *[other] { $n } إجابة.
}
survey-group = المجموعة
survey-group-all = الجميع
survey-group-arriving = وصلوا في السنوات الأخيرة
survey-group-receiving = يعيشون هنا منذ زمن طويل
survey-group-before = قبل
survey-group-after = بعد
survey-suppression = لا تُعرض المجموعات التي يقل عدد أفرادها عن { $k }، ولا الأرقام التي يمكن أن تُستنتج منها.
survey-intervals = النطاقات المعروضة هي فترات ثقة بنسبة 95%.
survey-mean = المتوسط
survey-interval = فترة الثقة 95%
survey-concern = عند مستوى القلق أو دونه
survey-gap = التقدير ناقص الرقم الفعلي
survey-difference-community = الفرق، القادمون في السنوات الأخيرة ناقص المقيمين منذ زمن طويل:
survey-difference-wave = الفرق، بعد ناقص قبل:
survey-difference-all = الفرق، القادمون في السنوات الأخيرة ناقص المقيمين منذ زمن طويل:
survey-difference-suppressed = لا يُعرض الفرق: عدد الإجابات في إحدى المجموعتين أقل من { $k }.
survey-effect-size = حجم الأثر
survey-paired = { $n ->
    [zero] التغيّر لدى { $n } شخص أجابوا قبل العمل وبعده:
    [one] التغيّر لدى شخص واحد أجاب قبل العمل وبعده:
    [two] التغيّر لدى شخصين أجابا قبل العمل وبعده:
    [few] التغيّر لدى { $n } أشخاص أجابوا قبل العمل وبعده:
    [many] التغيّر لدى { $n } شخصًا أجابوا قبل العمل وبعده:
   *[other] التغيّر لدى { $n } شخص أجابوا قبل العمل وبعده:
}
survey-paired-suppressed = لا يُعرض التغيّر لدى الأشخاص أنفسهم: عدد من أجابوا في المرتين أقل من { $k }.
survey-neutral = محايد
survey-questions = كل سؤال على حدة
survey-choice = الإجابة
survey-public-intro = هذه الأسئلة من { $organisation }. أجب فقط عمّا تريد، وستبقى هويتك مجهولة.
survey-step = الصفحة { $step }
survey-wave-question = متى تجيب؟
survey-wave-before = قبل الأنشطة
survey-wave-after = بعد الأنشطة
survey-respondent = رمزك الشخصي (اختياري)
hint-survey-respondent = اختر رمزًا تتذكّره، مثلًا أول حرفين من اسم والدتك مع شهر ميلادك. أدخل الرمز نفسه في المرة القادمة حتى يمكن مقارنة إجاباتك؛ ولا يمكننا أن نعرف منه من أنت.
survey-invitation = رمز الدعوة
survey-next = التالي
survey-send = إرسال إجاباتي
survey-privacy = تُحفظ إجاباتك مشفّرة. لا يُحفظ أي عنوان أو جهاز أو وقت من اليوم.
survey-thanks-title = شكرًا لك
survey-thanks = وصلت إجاباتك إلى { $organisation }.
survey-answers-problems = بعض الإجابات تحتاج إلى مراجعة
error-survey-answers-invalid = تعذّر قبول بعض الإجابات؛ راجعها ثم أرسلها مرة أخرى.
error-survey-wave-missing = حدّد ما إذا كنت تجيب قبل العمل أو بعده.
error-survey-closed = لم يعد هذا الاستطلاع يتلقّى إجابات.
error-survey-invitation-invalid = رمز الدعوة هذا غير صالح أو سبق استخدامه.
error-answer-required = هذا السؤال يتطلّب إجابة.
error-answer-not-a-number = أدخل رقمًا.
error-answer-not-an-integer = أدخل عددًا صحيحًا.
error-answer-out-of-range = هذا الرقم خارج النطاق المسموح به.
error-answer-off-step = هذا الرقم لا يوافق أيًّا من الفواصل المسموح بها بين القيم.
error-answer-not-a-choice = اختر إحدى الإجابات المعروضة.
error-answer-choice-not-offered = هذه الإجابة غير متاحة هنا.
error-answer-duplicate-choice = اختيرت إحدى الإجابات مرتين.
error-answer-not-a-date = أدخل التاريخ بالصيغة سنة-شهر-يوم.
error-answer-not-a-time = أدخل الوقت بالصيغة ساعات:دقائق.
error-answer-not-a-date-time = أدخل تاريخًا ووقتًا.
error-answer-not-a-geopoint = أدخل خط العرض وخط الطول مفصولين بمسافة.
error-answer-not-acknowledged = ضع علامة في المربع.
error-answer-constraint = هذه الإجابة غير مقبولة.
error-answer-form-expression = في الاستمارة قاعدة يتعذّر حسابها.
error-answer-too-long = هذه الإجابة طويلة جدًا.
error-answer-too-many = أُرسل عدد كبير جدًا من الإجابات.
error-answer-unknown-question = أُرسلت إجابة عن سؤال غير موجود في الاستمارة.
error-xlsform-choice-name-with-space = لا يمكن أن يحتوي اسم الخيار على مسافات.
error-xlsform-choice-without-name = أحد الخيارات بلا اسم.
error-xlsform-duplicate-choice = خياران في القائمة نفسها يحملان الاسم نفسه.
error-xlsform-duplicate-column = يظهر العمود نفسه مرتين (عنوان عمود مكرّر).
error-xlsform-duplicate-name = سؤالان يحملان الاسم نفسه.
error-xlsform-duplicate-sheet = ورقتان تحملان الاسم نفسه.
error-xlsform-export-failed = تعذّرت كتابة الاستمارة في صورة مصنّف.
error-xlsform-invalid-name = يجب أن يبدأ الاسم بحرف أو بشرطة سفلية (_)، وألا يحتوي إلا على أحرف وأرقام ونقاط وشرطات وشرطات سفلية.
error-xlsform-invalid-parameters = تتعذّر قراءة معلَمات هذا السؤال.
error-xlsform-media-column = الصور والصوت والفيديو غير مدعومة في الاستمارات.
error-xlsform-missing-calculation = يحتاج السؤال من نوع calculate إلى عملية حسابية.
error-xlsform-missing-list = قائمة الخيارات التي يستخدمها هذا السؤال غير موجودة.
error-xlsform-missing-name = هذا السؤال بلا اسم.
error-xlsform-missing-type = هذا الصف بلا نوع.
error-xlsform-no-survey = لا يحتوي المصنّف على ورقة survey.
error-xlsform-no-type-column = لا تحتوي ورقة survey على عمود type.
error-xlsform-reserved-name = هذا الاسم محجوز في XLSForm.
error-xlsform-too-many-problems = المشكلات أكثر مما يمكن عرضه؛ صحّح هذه أولًا.
error-xlsform-unclosed-group = فُتحت مجموعة ولم تُغلق.
error-xlsform-unknown-type = نوع السؤال هذا غير موجود في XLSForm.
error-xlsform-unmatched-end = أُغلقت مجموعة لم تُفتح أصلًا.
error-xlsform-unsupported-calculation = هذه العملية الحسابية غير مدعومة.
error-xlsform-unsupported-column = لا يدعم bridges هذا العمود.
error-xlsform-unsupported-expression = يستخدم هذا التعبير شيئًا لا يدعمه bridges.
error-xlsform-unsupported-parameters = هذه المعلَمات غير مدعومة.
error-xlsform-unsupported-setting = لا يدعم bridges هذا الإعداد.
error-xlsform-unsupported-type = لا يستطيع bridges طرح هذا النوع من الأسئلة (الصور، والصوت، والملفات، والتكرارات، والخيارات المأخوذة من ملفات، والخرائط).
error-xlsform-empty-survey = لا تحتوي ورقة survey على أي أسئلة.
error-survey-by-invalid = اختر all (الجميع) أو community (حسب المجتمع) أو wave (قبل وبعد).
error-survey-closed-detail = توقّف القائمون على هذا الاستطلاع عن جمع الإجابات. لم يُحفظ أي شيء.
error-survey-invitation-invalid-detail = يُستخدم كل رمز دعوة مرة واحدة ولهذا الاستطلاع فقط. لم يُحفظ أي شيء.
survey-import-responses = استيراد إجابات جُمعت في مكان آخر
survey-import-responses-intro = ارفع ملف تصدير الإجابات من KoboToolbox أو ODK ‏(CSV أو XLSX، بالرموز أو بالتسميات)، أو ملف إجابات صُدِّر من هنا. يُفحص كل سطر كما تُفحص الإجابة المقدَّمة عبر الرابط؛ ولا يُضاف شيء ما لم تكن الأسطر كلها صحيحة، ويُتجاوز ما سبق استيراده.
survey-responses-file = ملف الإجابات
survey-import-responses-button = استيراد الإجابات
survey-import-responses-problems = لم تُستورد الإجابات
survey-imported = { $rows ->
    [zero] لم يُقرأ أي سطر
    [one] قُرئ سطر واحد
    [two] قُرئ سطران
    [few] قُرئت { $rows } أسطر
    [many] قُرئ { $rows } سطرًا
   *[other] قُرئ { $rows } سطر
}، و{ $added ->
    [zero] لم تُضف أي إجابة جديدة
    [one] أُضيفت إجابة جديدة واحدة
    [two] أُضيفت إجابتان جديدتان
    [few] أُضيفت { $added } إجابات جديدة
    [many] أُضيفت { $added } إجابةً جديدةً
   *[other] أُضيفت { $added } إجابة جديدة
}.
indicator-source-survey-score = متوسط درجة في استطلاع
field-survey_score = درجة الاستطلاع
hint-survey_score = للمؤشر الذي يقرأ استطلاعًا: الدرجة التي يتتبّع متوسطها فترةً بعد فترة.
field-survey_group = بين
error-survey-not-a-source = لا يأخذ درجة استطلاع إلا المؤشر الذي يقرأ استطلاعًا.
error-survey-score-missing = اختر درجة الاستطلاع التي يتتبّعها هذا المؤشر.
error-survey-group-invalid = اختر الجميع أو القادمين الجدد أو المقيمين منذ زمن طويل.
survey-actual-line = الفعلي
