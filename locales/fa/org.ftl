# Home and first run
home-title = سازمان‌های شما
home-no-orgs = شما هنوز عضو هیچ سازمانی نیستید. از یک مالک یا هماهنگ‌کننده بخواهید شما را دعوت کند.
not-set-up-title = bridges هنوز راه‌اندازی نشده است
not-set-up-body = لینک یک‌بارمصرف راه‌اندازی را باز کنید که bridges هنگام اجرا در کنسول چاپ کرد. اگر آن را گم کرده‌اید، bridges را دوباره اجرا کنید تا لینک تازه‌ای بگیرید، یا نخستین حساب را با این فرمان بسازید: bridges user create
setup-title = راه‌اندازی bridges
setup-intro = سازمان خود و نخستین حساب را بسازید. این حساب، مالک سازمان خواهد بود.
setup-org-legend = سازمان شما
setup-owner-legend = حساب شما
setup-submit = ساختن سازمان و حساب

# Login
login-title = ورود به bridges

# Dashboard
dashboard-your-role = نقش شما در اینجا: { $role }
dashboard-members = اعضا

# Members and invitations
members-title = اعضا
members-name = نام
members-since = عضو از
members-actions = کارها
members-change-role = تغییر نقش
members-remove = برداشتن
members-open-invitations = دعوت‌نامه‌هایی که هنوز پذیرفته نشده‌اند
members-invitation-expires = تا { $date } اعتبار دارد
invite-title = دعوت از یک عضو تازه
invite-submit = ساختن لینک دعوت
invite-created = دعوت‌نامه ساخته شد. این لینک را برای فردی که دعوت کرده‌اید بفرستید؛ فقط یک بار کار می‌کند و پس از 7 روز باطل می‌شود. bridges آن را دوباره نشان نمی‌دهد.
invite-link-label = لینک دعوت
invite-accept-title = دعوت‌نامه
invite-accept-heading = شما برای پیوستن به { $org } دعوت شده‌اید
invite-accept-role = نقش شما خواهد بود: { $role }
invite-join = پیوستن به سازمان
invite-other-account = این دعوت‌نامه برای { $email } است. خارج شوید، سپس لینک را دوباره باز کنید.
invite-log-in-first = شما از پیش حساب دارید. نخست وارد شوید؛ سپس به همین‌جا برمی‌گردید.
invite-new-account = حساب خود را برای { $email } بسازید.
invite-create-account = ساختن حساب و پیوستن

# Account
account-title = حساب شما
account-email = شما با { $email } وارد می‌شوید.
password-title = تغییر گذرواژه
password-submit = تغییر گذرواژه
password-changed = گذرواژهٔ شما تغییر کرد. از همهٔ دستگاه‌ها و مرورگرهای دیگر خارج شدید.
tokens-title = توکن‌های API
tokens-intro = توکن به یک اسکریپت اجازه می‌دهد از طرف شما با API برنامهٔ bridges کار کند. آن را مخفی نگه دارید، و وقتی دیگر لازم نیست باطلش کنید.
token-create = ساختن توکن
token-created = توکن ساخته شد. همین حالا کپی‌اش کنید: bridges آن را دوباره نشان نمی‌دهد.
token-read-only = فقط خواندنی
token-read-only-check = فقط خواندنی: توکن می‌تواند ببیند، اما چیزی را تغییر ندهد
field-token_password = گذرواژهٔ شما
hint-token-password = توکن از طرف شما کار می‌کند، برای همین ساختن آن به گذرواژهٔ شما نیاز دارد.
error-session-required = برای این کار باید با گذرواژهٔ خود وارد شده باشید، نه با توکن.
error-session-required-detail = توکن‌ها برای اسکریپت‌ها هستند؛ این کار نیاز دارد که در وب‌سایت با گذرواژهٔ خود وارد شده باشید.
error-token-read-only = این توکن فقط اجازهٔ خواندن دارد.
error-token-read-only-detail = در صفحهٔ حساب خود توکنی بسازید که اجازهٔ نوشتن هم داشته باشد، یا از وب‌سایت استفاده کنید.
token-label = توکن تازهٔ شما
token-revoke = باطل کردن

# Audit log
audit-title = دفتر رویدادها
audit-intro = رویدادهای امنیتی این سازمان و فعالیت حساب‌های اعضای آن، از تازه‌ترین به قدیمی‌ترین. هیچ ثبتی را هرگز نمی‌توان تغییر داد یا پاک کرد.
audit-when = زمان
audit-what = رویداد
audit-actor = به‌دست
audit-subject = دربارهٔ
audit-detail = جزئیات
audit-address = نشانی
audit-kind-setup-completed = bridges راه‌اندازی شد
audit-kind-login-succeeded = ورود موفق
audit-kind-login-failed = ورود ناموفق
audit-kind-login-throttled = ورود پس از تلاش‌های ناموفق زیاد رد شد
audit-kind-logout = خروج
audit-kind-password-changed = گذرواژه تغییر کرد
audit-kind-member-invited = عضوی دعوت شد
audit-kind-member-added = عضوی اضافه شد
audit-kind-member-removed = عضوی برداشته شد
audit-kind-role-changed = نقش تغییر کرد
audit-kind-api-token-created = توکن API ساخته شد
audit-kind-api-token-revoked = توکن API باطل شد
today-title = کارهای امروز
today-clear = امروز کاری لازم نیست: هیچ جفتی بی‌خبر نمانده، کسی منتظر نیست، هیچ پیگیری‌ای سررسید نشده و همهٔ شاخص‌ها در مسیر درست‌اند.
today-quiet = { $count ->
    [one] { $count } جفت در { $programme } بی‌خبر مانده است
   *[other] { $count } جفت در { $programme } بی‌خبر مانده‌اند
}
today-waiting = { $count ->
    [one] { $count } تازه‌وارد در { $programme } منتظر است، { $days } روز است که منتظر مانده
   *[other] { $count } تازه‌وارد در { $programme } منتظرند، طولانی‌ترین انتظار { $days } روز
}
today-referrals-due = زمان پیگیری { $count } ارجاع رسیده است
today-indicator = { $indicator }: { $status }
today-review-due = بازنگری کار باید تا { $date } انجام می‌شد
today-practices = { $count } تجربه منتظر بازبینی همتای شماست
dashboard-learn-title = یادگیری
dashboard-learn-search = جست‌وجو در مطالب راهنما و کتابخانهٔ تجربه‌ها
dashboard-learn-practices = تجربه‌های سازمان شما
dashboard-learn-frameworks = چارچوب‌های سازمان شما
dashboard-about = دربارهٔ سازمان
audit-data = داده‌های ثبت‌شده
audit-said-role = نقش: { $role }.
audit-said-role-change = نقش از { $from } به { $to } تغییر کرد.
audit-said-invitation = از راه دعوت‌نامه پیوست.
audit-said-via-demo = به‌دست نسخهٔ نمایشی ساخته شد.
audit-said-via-command-line = از خط فرمان اضافه شد.
audit-said-token = یک توکن API.
audit-said-token-read-only = یک توکن API فقط خواندنی.
audit-said-token-writes = یک توکن API که می‌تواند داده‌ها را تغییر دهد.
audit-said-records = سوابق { $count } نفر؛ مربوط به: { $what }.
audit-said-imported = { $records } رکورد خوانده شد: { $created } تازه، { $updated } به‌روزشده.
audit-said-published = اکنون عمومی است.
audit-said-unpublished = دیگر عمومی نیست.
audit-for-participants = فهرست شرکت‌کنندگان
audit-for-participant = صفحهٔ یک شرکت‌کننده
audit-for-pair = صفحهٔ یک جفت
audit-for-pairs = فهرست جفت‌ها
audit-for-introduction = معرفی‌نامه‌ها
audit-for-round = یک دور جفت‌سازی
audit-for-swap = یک جابه‌جایی در یک دور
audit-for-status = تغییری در یک جفت
audit-for-person-export = همهٔ اطلاعات نگهداری‌شده دربارهٔ یک فرد
audit-for-api-export = خروجی گرفتن از راه API
audit-for-api-pairs = جفت‌هایی که از راه API خوانده شدند
audit-for-api-participants = شرکت‌کنندگانی که از راه API خوانده شدند
audit-for-advice = مشاوره و پیگیری پرونده‌ها
audit-for-check-ins = گزارش‌های دیدار
audit-for-consents = سوابق رضایت
audit-for-follow-ups = پیگیری‌های سررسیدشده
audit-for-referral = یک ارجاع
audit-for-referral-form = فرم ارجاع
audit-for-survey-responses = پاسخ‌های نظرسنجی
audit-for-registered = یک ثبت‌نام
audit-for-retention = پایان دورهٔ نگهداری
audit-for-demo = نسخهٔ نمایشی
