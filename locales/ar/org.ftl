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

# Dashboard
dashboard-your-role = دورك هنا: { $role }
dashboard-members = الأعضاء

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
error-session-required-detail = الرموز مخصّصة للبرامج النصية؛ هذا الإجراء يتطلّب تسجيل دخولك إلى الموقع بكلمة المرور.
error-token-read-only = هذا الرمز للقراءة فقط.
error-token-read-only-detail = أنشئ من صفحة حسابك رمزاً يسمح بالكتابة أيضاً، أو استخدم الموقع.
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
today-title = عمل اليوم
today-clear = لا شيء ينتظر اليوم: لم يصمت أي ثنائي، ولا أحد ينتظر، ولا متابعة مستحقة، وكل المؤشرات على المسار.
today-quiet = { $count ->
    [one] ثنائي واحد صمت في { $programme }
    [two] ثنائيان صمتا في { $programme }
    [few] { $count } ثنائيات صمتت في { $programme }
    [many] { $count } ثنائيًا صمتت في { $programme }
   *[other] { $count } ثنائي صمتت في { $programme }
}
today-waiting = { $count ->
    [one] قادم جديد واحد ينتظر في { $programme } منذ
    [two] قادمان جديدان ينتظران في { $programme }، أطولهما انتظارًا منذ
    [few] { $count } قادمين جدد ينتظرون في { $programme }، أطولهم انتظارًا منذ
    [many] { $count } قادمًا جديدًا ينتظرون في { $programme }، أطولهم انتظارًا منذ
   *[other] { $count } قادم جديد ينتظرون في { $programme }، أطولهم انتظارًا منذ
} { $days ->
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
today-referrals-due = { $count ->
    [one] إحالة واحدة حان موعد متابعتها
    [two] إحالتان حان موعد متابعتهما
    [few] { $count } إحالات حان موعد متابعتها
    [many] { $count } إحالةً حان موعد متابعتها
   *[other] { $count } إحالة حان موعد متابعتها
}
today-indicator = { $indicator }: { $status }
today-review-due = كانت مراجعة العمل مستحقة في { $date }
today-practices = { $count ->
    [one] ممارسة واحدة تنتظر مراجعتك بصفتك نظيرًا
    [two] ممارستان تنتظران مراجعتك بصفتك نظيرًا
    [few] { $count } ممارسات تنتظر مراجعتك بصفتك نظيرًا
    [many] { $count } ممارسةً تنتظر مراجعتك بصفتك نظيرًا
   *[other] { $count } ممارسة تنتظر مراجعتك بصفتك نظيرًا
}
dashboard-learn-title = تعلّم
dashboard-learn-search = ابحث في الإرشادات ومكتبة الممارسات
dashboard-learn-practices = ممارسات منظمتك
dashboard-learn-frameworks = الأطر المرجعية لمنظمتك
dashboard-about = عن المنظمة
audit-data = البيانات المسجّلة
audit-said-role = الدور: { $role }.
audit-said-role-change = تغيّر الدور من { $from } إلى { $to }.
audit-said-invitation = انضمّ عبر دعوة.
audit-said-via-demo = أنشأه العرض التجريبي.
audit-said-via-command-line = أُضيف من سطر الأوامر.
audit-said-token = رمز واجهة برمجة.
audit-said-token-read-only = رمز واجهة برمجة للقراءة فقط.
audit-said-token-writes = رمز واجهة برمجة يمكنه تغيير البيانات.
audit-said-records = { $count ->
        [one] بيانات شخص واحد
        [two] بيانات شخصين
        [few] بيانات { $count } أشخاص
        [many] بيانات { $count } شخصًا
       *[other] بيانات { $count } شخص
    }، من أجل { $what }.
audit-said-imported = { $records ->
    [zero] لم يُقرأ أي سجل
    [one] قُرئ سجل واحد
    [two] قُرئ سجلان
    [few] قُرئت { $records } سجلات
    [many] قُرئ { $records } سجلًا
   *[other] قُرئ { $records } سجل
} (الجديدة: { $created }، المحدَّثة: { $updated }).
audit-said-published = أصبح علنيًا.
audit-said-unpublished = لم يعد علنيًا.
audit-for-participants = قائمة المشاركين
audit-for-participant = صفحة مشارك
audit-for-pair = صفحة ثنائي
audit-for-pairs = قائمة الثنائيات
audit-for-introduction = رسائل التعارف
audit-for-round = جولة مطابقة
audit-for-swap = تبديل في جولة
audit-for-status = تغيير في ثنائي
audit-for-person-export = كل ما يُحفظ عن شخص
audit-for-api-export = تصدير عبر واجهة البرمجة
audit-for-api-pairs = ثنائيات قُرئت عبر واجهة البرمجة
audit-for-api-participants = مشاركين قُرئوا عبر واجهة البرمجة
audit-for-advice = الاستشارات ومتابعة الحالات
audit-for-check-ins = جلسات المتابعة
audit-for-consents = سجلات الموافقة
audit-for-follow-ups = المتابعات المستحقة
audit-for-referral = إحالة
audit-for-referral-form = استمارة الإحالة
audit-for-survey-responses = إجابات استبيان
audit-for-registered = تسجيل
audit-for-retention = انتهاء مدة الاحتفاظ
audit-for-demo = العرض التجريبي
