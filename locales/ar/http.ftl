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
login = تسجيل الدخول
logout = تسجيل الخروج
back-home = العودة إلى صفحة البداية
language-switch = اللغة
footer-text = يساعد bridges المنظمات التي تجمع بين القادمين الجدد والمقيمين منذ زمن طويل.

# Fields
field-email = عنوان البريد الإلكتروني
field-password = كلمة المرور
field-password_confirm = اكتب كلمة المرور مرة أخرى
field-current = كلمة المرور الحالية
field-name = الاسم
field-your-name = اسمك
field-programme-name = اسم البرنامج
field-stakeholder-name = الشخص أو الجهة
field-partner-name = الجهة الشريكة
field-token-name = الغرض من الرمز
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
error-text-invisible-characters = احتوى هذا النص على أحرف غير مرئية قد تقلب ترتيب النص من حولها، ولا يحتفظ بها bridges. راجع النص من دونها ثم أرسله مرة أخرى.
error-country-missing = أدخل البلد.
error-country-invalid = أدخل رمز بلد من حرفين، مثل SE أو GB.
error-language-invalid = اختر إحدى اللغات المعروضة.
error-timezone-missing = أدخل المنطقة الزمنية.
error-timezone-invalid = أدخل منطقة زمنية مثل Europe/Brussels.
error-role-invalid = اختر أحد الأدوار المعروضة.
error-role-not-assignable = يمكنك فقط منح أدوار أدنى من دورك.
error-role-not-assignable-detail = اطلب من أحد المالكين منح هذا الدور.
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
error-wrong-type = نوع البيانات غير صحيح
error-wrong-type-detail = إحدى القيم المرسلة ليست من النوع المذكور في التوثيق (مثلاً نص بدلاً من رقم).
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

list-any = الكل
list-filter = اعرض
list-clear = امسح عوامل التصفية
list-none-match = لا أحد يطابق عوامل التصفية هذه.
list-showing = { $total ->
    [0] لا شيء لعرضه.
   *[other] { $first }–{ $last } من { $total }
}
pager-label = صفحات القائمة
pager-previous = → الصفحة السابقة
pager-next = الصفحة التالية ←
pager-position = الصفحة { $page } من { $pages }
list-separator = {"، "}
language-at-level = { $language } ({ $level })
