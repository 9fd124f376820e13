# Layout
skip-to-content = الانتقال إلى المحتوى الرئيسي
nav-label = الأقسام الرئيسية
nav-dashboard = لوحة المعلومات
nav-members = الأعضاء
nav-audit = سجل التدقيق
nav-learn = تعلّم
nav-plan = خطّط
nav-connect = تواصل
nav-measure = قِس
nav-tell = شارِك
not-built-tag = غير متاح بعد
not-built-body = هذا الجزء من bridges لم يُبنَ بعد. لا شيء هنا يعمل اليوم. نعرضه هنا لتعرف ما الذي سيأتي.
verb-promise-learn = ابحث في إرشادات الاندماج وفي مكتبة من الممارسات الجيدة، بلغتك.
verb-promise-plan = خطّط لمشروع في ست خطوات، مع تحليل لمن يملك السلطة على النتيجة.
verb-promise-connect = أدِر برامج الرفقة وتبادل اللغات والإرشاد والمرافقة المهنية، ووجّه الناس إلى الخدمات المحلية.
verb-promise-measure = سجّل الأنشطة والاستشارات، وتابع المؤشرات مقارنةً بالأهداف، وأجرِ استطلاعات بإحصاءات صادقة.
verb-promise-tell = انشر تقارير ورسومًا بيانية وبيانات مفتوحة تُظهر ما حقّقه عملك.
login = تسجيل الدخول
logout = تسجيل الخروج
back-home = العودة إلى صفحة البداية
language-switch = اللغة
footer-text = يساعد bridges المنظمات التي تجمع بين القادمين الجدد والمقيمين منذ زمن طويل.

# Home and first run
home-title = منظماتك
home-no-orgs = أنت لا تنتمي إلى أي منظمة بعد. اطلب من مالك أو منسّق أن يدعوك.
not-set-up-title = لم يتم إعداد bridges بعد
not-set-up-body = افتح رابط الإعداد الذي يُستخدم مرة واحدة فقط. طبع bridges هذا الرابط في وحدة التحكم (console) التي شُغّل منها. إذا أضعته، أعد تشغيل bridges للحصول على رابط جديد، أو أنشئ الحساب الأول بالأمر: bridges user create.
setup-title = إعداد bridges
setup-intro = أنشئ منظمتك والحساب الأول. سيكون هذا الحساب مالك المنظمة.
setup-org-legend = منظمتك
setup-owner-legend = حسابك
setup-submit = إنشاء المنظمة والحساب

# Login
login-title = تسجيل الدخول إلى bridges

# Fields
field-email = عنوان البريد الإلكتروني
field-password = كلمة المرور
field-password_confirm = اكتب كلمة المرور مرة أخرى
field-current = كلمة المرور الحالية
field-name = اسمك
field-org_name = اسم المنظمة
field-country = البلد
field-language = اللغة
field-time_zone = المنطقة الزمنية
field-role = الدور
hint-country = رمز من حرفين، مثلًا: SE للسويد، GB للمملكة المتحدة، BG لبلغاريا.
hint-time-zone = مثلًا: Europe/Brussels أو Europe/London أو UTC.
hint-password = 10 أحرف على الأقل. بضع كلمات لا علاقة بينها تصنع كلمة مرور قوية وسهلة التذكّر.
hint-token-name = اسم تتعرّف به على رمز الوصول، مثل «برنامج التقرير الشهري».

# Roles
role-owner = مالك
role-coordinator = منسّق
role-staff = موظف
role-volunteer = متطوع
role-viewer = مشاهد

# Dashboard
dashboard-your-role = دورك هنا: { $role }
dashboard-members = الأعضاء
dashboard-verbs-title = ما الذي سيفعله bridges لك

# Members and invitations
members-title = الأعضاء
members-name = الاسم
members-since = عضو منذ
members-actions = الإجراءات
members-change-role = تغيير الدور
members-remove = إزالة
members-open-invitations = دعوات لم تُقبل بعد
members-invitation-expires = تنتهي صلاحيتها في { $date }
invite-title = دعوة عضو جديد
invite-submit = إنشاء رابط دعوة
invite-created = تم إنشاء الدعوة. أرسل هذا الرابط إلى الشخص الذي دعوته. يعمل الرابط مرة واحدة فقط، وتنتهي صلاحيته بعد 7 أيام. لن يعرضه bridges مرة أخرى.
invite-link-label = رابط الدعوة
invite-accept-title = دعوة
invite-accept-heading = تلقيت دعوة للانضمام إلى { $org }
invite-accept-role = سيكون دورك: { $role }
invite-join = الانضمام إلى المنظمة
invite-other-account = هذه الدعوة موجّهة إلى { $email }. سجّل الخروج، ثم افتح الرابط مرة أخرى.
invite-log-in-first = لديك حساب بالفعل. سجّل الدخول أولًا، وستعود بعدها إلى هذه الصفحة.
invite-new-account = أنشئ حسابك بعنوان البريد الإلكتروني { $email }.
invite-create-account = إنشاء الحساب والانضمام

# Account
account-title = حسابك
account-email = أنت تسجّل الدخول بعنوان البريد الإلكتروني { $email }.
password-title = تغيير كلمة المرور
password-submit = تغيير كلمة المرور
password-changed = تم تغيير كلمة المرور. تم تسجيل خروجك من كل الأماكن الأخرى.
tokens-title = رموز الوصول إلى API
tokens-intro = يتيح رمز الوصول لبرنامج نصي (script) أن يستخدم API الخاصة بـ bridges باسمك. احتفظ به سرًّا، وألغِه عندما لا تعود بحاجة إليه.
token-create = إنشاء رمز وصول
token-created = تم إنشاء رمز الوصول. انسخه الآن: لن يعرضه bridges مرة أخرى.
token-read-only = للقراءة فقط
token-read-only-check = للقراءة فقط: يستطيع الرمز الاطلاع دون تغيير أي شيء
field-token_password = كلمة المرور الخاصة بك
hint-token-password = يتصرف الرمز باسمك، لذا يتطلب إنشاؤه كلمة المرور الخاصة بك.
error-session-required = يتطلب هذا تسجيل الدخول بكلمة المرور الخاصة بك، لا برمز.
error-token-read-only = هذا الرمز للقراءة فقط.
token-label = رمز الوصول الجديد
token-revoke = إلغاء

# Audit log
audit-title = سجل التدقيق
audit-intro = أحداث الأمان في هذه المنظمة ونشاط حسابات أعضائها، الأحدث أولًا. لا يمكن أبدًا تغيير الإدخالات أو حذفها.
audit-when = متى
audit-what = الحدث
audit-actor = بواسطة
audit-subject = بخصوص
audit-detail = التفاصيل
audit-address = العنوان
audit-kind-setup-completed = تم إعداد bridges
audit-kind-login-succeeded = تسجيل دخول ناجح
audit-kind-login-failed = محاولة دخول فاشلة
audit-kind-login-throttled = رُفض تسجيل الدخول بعد محاولات فاشلة كثيرة
audit-kind-logout = تسجيل خروج
audit-kind-password-changed = تم تغيير كلمة المرور
audit-kind-member-invited = تمت دعوة عضو
audit-kind-member-added = تمت إضافة عضو
audit-kind-member-removed = تمت إزالة عضو
audit-kind-role-changed = تم تغيير الدور
audit-kind-api-token-created = تم إنشاء رمز وصول إلى API
audit-kind-api-token-revoked = تم إلغاء رمز وصول إلى API

# Errors in forms
error-summary-title = هناك مشكلة
error-prefix = خطأ:
error-email-missing = أدخل عنوان بريدك الإلكتروني.
error-email-too-long = يجب ألا يزيد عنوان البريد الإلكتروني عن 254 حرفًا.
error-email-invalid = أدخل عنوان بريد إلكتروني بالشكل الصحيح، مثل name@example.org.
error-password-missing = أدخل كلمة مرور.
error-password-too-short = يجب أن تتكون كلمة المرور من 10 أحرف على الأقل.
error-password-too-long = يجب ألا تزيد كلمة المرور عن 256 حرفًا.
error-password-mismatch = كلمتا المرور غير متطابقتين.
error-password-wrong = كلمة المرور الحالية غير صحيحة.
error-login-failed = عنوان البريد الإلكتروني أو كلمة المرور غير صحيح.
error-login-throttled = محاولات فاشلة كثيرة جدًا. انتظر 15 دقيقة قبل المحاولة مرة أخرى.
error-org-name-missing = أدخل اسم المنظمة.
error-org-name-too-long = يجب ألا يزيد اسم المنظمة عن 120 حرفًا.
error-name-missing = أدخل اسمك.
error-name-too-long = يجب ألا يزيد الاسم عن 100 حرف.
error-text-control-characters = احذف أحرف التحكم غير المرئية من هذا النص.
error-country-missing = أدخل البلد.
error-country-invalid = أدخل رمز بلد من حرفين، مثل SE أو GB.
error-language-invalid = اختر إحدى اللغات المعروضة.
error-timezone-missing = أدخل المنطقة الزمنية.
error-timezone-invalid = أدخل منطقة زمنية مثل Europe/Brussels.
error-role-invalid = اختر أحد الأدوار المعروضة.
error-role-not-assignable = يمكنك فقط منح أدوار أدنى من دورك.
error-token-name-missing = أدخل اسمًا لرمز الوصول.
error-token-name-invalid = يجب ألا يزيد الاسم عن 100 حرف، ومن دون أحرف تحكم.

# Errors as pages and problem documents
error-not-found = الصفحة غير موجودة
error-not-found-detail = لا يوجد شيء هنا، أو ليس لديك صلاحية الوصول إليه.
error-unauthenticated = يجب أن تسجّل الدخول
error-unauthenticated-detail = سجّل الدخول لرؤية هذه الصفحة.
error-forbidden = لا يمكنك القيام بذلك
error-forbidden-detail = دورك في هذه المنظمة لا يسمح بذلك. إذا كنت تحتاج إليه، فاطلب ذلك من أحد المالكين.
error-csrf-failed = انتهت صلاحية النموذج
error-csrf-failed-detail = من أجل أمانك، ارجع إلى الصفحة السابقة، وأعد تحميل الصفحة، ثم حاول مرة أخرى.
error-too-many-attempts = محاولات فاشلة كثيرة جدًا
error-too-many-attempts-detail = تم إيقاف تسجيل الدخول مؤقتًا لهذا الحساب أو لهذا العنوان. انتظر 15 دقيقة، ثم حاول مرة أخرى.
error-invalid-input = بعض المعلومات غير صحيحة
error-invalid-input-detail = صحّح الحقول المذكورة، ثم حاول مرة أخرى.
error-too-large = الطلب كبير جدًا
error-too-large-detail = أرسل بيانات أقل في المرة الواحدة.
error-bad-request = تعذّر فهم الطلب
error-bad-request-detail = تحقّق مما تم إرساله، ثم حاول مرة أخرى.
error-method-not-allowed = هذا الإجراء غير ممكن هنا
error-method-not-allowed-detail = هذا العنوان لا يقبل هذا النوع من الطلبات.
error-unsupported-media-type = نوع المحتوى غير مدعوم
error-unsupported-media-type-detail = أرسل البيانات كما توضّح الوثائق (JSON لـ API، ونموذج للصفحات).
error-internal = حدث خطأ من جهتنا
error-internal-detail = تم تسجيل المشكلة. حاول مرة أخرى بعد قليل.
error-last-owner = تحتاج المنظمة إلى مالك واحد على الأقل
error-last-owner-detail = اجعل شخصًا آخر مالكًا أولًا.
error-already-member = عضو بالفعل
error-already-member-detail = هذا الشخص ينتمي بالفعل إلى المنظمة.
error-email-taken = يوجد بالفعل حساب بعنوان البريد الإلكتروني هذا
error-email-taken-detail = سجّل الدخول بذلك الحساب بدلًا من إنشاء حساب جديد.
error-already-set-up = تم إعداد bridges بالفعل
error-already-set-up-detail = سجّل الدخول بحساب موجود.
error-invitation-other-account = هذه الدعوة لحساب آخر
error-invitation-other-account-detail = سجّل الدخول بعنوان البريد الإلكتروني الذي وُجّهت إليه الدعوة، أو سجّل الخروج وأنشئ الحساب.

# Learn
learn-title = تعلّم من مجموعة الأدوات ومن تجارب الآخرين
learn-intro = ابحث في إرشادات العمل في مجال الاندماج وفي مكتبة من الممارسات التي نفّذتها منظمات في مختلف أنحاء أوروبا. تظهر النتائج بلغتك إذا كانت هناك ترجمة متاحة.
learn-search-label = ابحث في الإرشادات والممارسات
learn-search-submit = بحث
learn-results-title = نتائج البحث عن «{ $query }»
learn-result-count = عدد النتائج: { $count }
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
learn-framework-items = عدد البنود: { $count }
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
nav-practices = الممارسات
nav-reviews = مراجعة الأقران
practices-title = ممارسات منظمتك
practices-intro = اكتب ما تقوم به منظمتك ليتعلّم منه الآخرون. يبقى السجل خاصًا إلى أن تشاركه لمراجعة الأقران أو تنشره. ولا يمكن لأحد غير منظمتك أن يغيّره.
practices-new = كتابة ممارسة جديدة
practices-none = لم تكتب منظمتك أي ممارسة بعد.
practices-status = الحالة
practices-completeness = الاكتمال
practices-updated = آخر تغيير
practices-complete = مكتمل
practices-missing-count = عدد الحقول الناقصة: { $count }
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
error-review-comment-missing = اكتب تعليقاتك.
error-status-invalid = هذه الحالة غير موجودة.
error-status-move-not-allowed = لا يمكن نقل السجل إلى هذه الحالة من حالته الحالية.
error-status-move-not-allowed-detail = أعد تحميل الصفحة لترى الحالة الحالية للسجل.

# Frameworks of an organisation's own
nav-frameworks = الأطر المرجعية
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

# Plan: projects and the power analysis
nav-projects = المشاريع
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
step-suggested = عدد عناصر المكتبة التي تطبّق هذا المبدأ مع مجالات السياسات التي اخترتها: { $count }
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

## Connect: programmes, participants, rounds, pairs, check-ins
nav-programmes = البرامج
audit-kind-personal-data-viewed = تم الاطلاع على بيانات شخصية
audit-kind-personal-data-changed = تم تغيير بيانات شخصية
audit-kind-personal-data-exported = تم تصدير بيانات شخصية
audit-kind-personal-data-erased = حُذفت بيانات شخصية
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
intake-open-intro = يمكن لأي شخص لديه هذا الرابط أن يسجّل، بالإنجليزية أو الفرنسية أو الإيطالية أو العربية. لا تشاركه إلا حيث تريد أن تأتي التسجيلات.
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
rule-min-slots = يشتركان في عدد من أوقات الفراغ الأسبوعية لا يقل عن { $slots }.
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
round-last = آخر جولة
round-ran-at = تاريخ التشغيل
round-counts = الاقتراحات
round-counts-value = الثنائيات المقترحة: { $proposals } — القادمون الجدد المنتظرون: { $newcomers } — المتطوعون الذين لديهم متّسع: { $volunteers }
round-optimal = هل هو الأمثل؟
round-proved = نعم، هذا مُثبَت: تحقّقنا من شهادة النظام وهي صحيحة.
round-not-proved = لم يُثبَت ذلك. يُرجى الإبلاغ عن هذه المشكلة.
round-proposals = الثنائيات المقترحة
round-no-proposals = لا توجد اقتراحات تنتظر قرارًا.
round-accept-all = قبول كل الاقتراحات
round-score = النقاط
round-why = لماذا هذا الثنائي
round-decide = القرار
round-locked = مثبّت
round-swap = تبديل الشركاء
round-swap-title = تبديل المتطوعين بين اقتراحين
round-swap-first = الثنائي الأول
round-swap-second = الثنائي الثاني
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
error-import-empty = لا يوجد أي شخص في الملف.
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
error-pair-not-meeting = لا تُسجَّل المتابعات إلا للثنائيات التي تم التعارف بين أفرادها.
error-pair-not-meeting-detail = سجّل أولاً أن الثنائي قد تم تعريفهما ببعضهما.
error-swap-breaks-rules = هذا التبديل يخالف إحدى قواعد البرنامج.
error-swap-breaks-rules-detail = يجب أن يلتزم كل ثنائي جديد بجميع قواعد البرنامج. اختر اقتراحاً آخر للتبديل معه.
error-date-in-future = لا يمكن أن يكون التاريخ في المستقبل.
error-minutes-invalid = أدخل عدد الدقائق التي قضياها معًا، من 1 إلى 1440.
error-rating-invalid = التقييم عدد صحيح من 1 إلى 7.
