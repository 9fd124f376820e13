# Layout
skip-to-content = رفتن به محتوای اصلی
nav-label = بخش‌های اصلی
nav-dashboard = پیشخوان
nav-members = اعضا
nav-audit = دفتر رویدادها
nav-learn = یادگیری
nav-plan = برنامه‌ریزی
nav-connect = پیوند
nav-measure = سنجش
nav-tell = روایت
not-built-tag = هنوز در دسترس نیست
not-built-body = این بخش از bridges هنوز ساخته نشده است. فعلاً هیچ چیز در اینجا کار نمی‌کند؛ آن را فهرست کرده‌ایم تا بدانید چه چیزی در راه است.
login = ورود
logout = خروج
back-home = بازگشت به صفحهٔ آغاز
language-switch = زبان
footer-text = bridges به سازمان‌هایی کمک می‌کند که تازه‌واردان و ساکنان قدیمی را کنار هم می‌آورند.

# Fields
field-email = نشانی ایمیل
field-password = گذرواژه
field-password_confirm = گذرواژه را دوباره بنویسید
field-current = گذرواژهٔ کنونی
field-name = نام
field-your-name = نام شما
field-programme-name = نام برنامه
field-stakeholder-name = فرد یا سازمان
field-partner-name = سازمان شریک
field-token-name = این توکن برای چیست
field-org_name = نام سازمان
field-country = کشور
field-language = زبان
field-time_zone = منطقهٔ زمانی
field-role = نقش
hint-country = کد دوحرفی، مثلاً SE برای سوئد، GB برای بریتانیا، BG برای بلغارستان.
hint-time-zone = مثلاً Europe/Brussels، Europe/London یا UTC.
hint-password = دست‌کم 10 نویسه. چند کلمهٔ بی‌ربط به هم، گذرواژه‌ای قوی می‌سازند که به خاطر سپردنش آسان است.
hint-token-name = نامی که توکن را با آن بشناسید، مانند «اسکریپت گزارش ماهانه».

# Roles
role-owner = مالک
role-coordinator = هماهنگ‌کننده
role-staff = کارمند
role-volunteer = داوطلب
role-viewer = بیننده

# Errors in forms
error-summary-title = مشکلی وجود دارد
error-prefix = خطا:
error-email-missing = نشانی ایمیل خود را وارد کنید.
error-email-too-long = نشانی ایمیل باید حداکثر 254 نویسه باشد.
error-email-invalid = نشانی ایمیل را به شکل درست وارد کنید، مانند name@example.org.
error-password-missing = یک گذرواژه وارد کنید.
error-password-too-short = گذرواژه باید دست‌کم 10 نویسه باشد.
error-password-too-long = گذرواژه باید حداکثر 256 نویسه باشد.
error-password-mismatch = دو گذرواژه یکسان نیستند.
error-password-wrong = گذرواژهٔ کنونی شما درست نیست.
error-login-failed = نشانی ایمیل یا گذرواژه درست نیست.
error-login-throttled = تلاش‌های ناموفق بیش از حد. 15 دقیقه صبر کنید و دوباره امتحان کنید.
error-org-name-missing = نام سازمان را وارد کنید.
error-org-name-too-long = نام سازمان باید حداکثر 120 نویسه باشد.
error-name-missing = نام خود را وارد کنید.
error-name-too-long = نام باید حداکثر 100 نویسه باشد.
error-text-control-characters = نویسه‌های کنترلی نامرئی را از این متن بردارید.
error-text-invisible-characters = در این متن نویسه‌های نامرئی‌ای بود که می‌توانند ترتیب متن اطرافشان را وارونه کنند، و bridges آنها را نگه نمی‌دارد. متن را بدون آنها بررسی کنید و دوباره بفرستید.
error-country-missing = کشور را وارد کنید.
error-country-invalid = کد دوحرفی کشور را وارد کنید، مانند SE یا GB.
error-language-invalid = یکی از زبان‌های پیشنهادشده را انتخاب کنید.
error-timezone-missing = منطقهٔ زمانی را وارد کنید.
error-timezone-invalid = منطقهٔ زمانی را مانند Europe/Brussels وارد کنید.
error-role-invalid = یکی از نقش‌های پیشنهادشده را انتخاب کنید.
error-role-not-assignable = فقط نقش‌هایی پایین‌تر از نقش خودتان را می‌توانید بدهید.
error-role-not-assignable-detail = از یک مالک بخواهید این نقش را بدهد.
error-token-name-missing = نامی برای توکن وارد کنید.
error-token-name-invalid = نام باید حداکثر 100 نویسه و بدون نویسه‌های کنترلی باشد.

# Errors as pages and problem documents
error-not-found = صفحه پیدا نشد
error-not-found-detail = اینجا چیزی نیست، یا شما به آن دسترسی ندارید.
error-unauthenticated = باید وارد شوید
error-unauthenticated-detail = برای دیدن این صفحه وارد شوید.
error-forbidden = شما اجازهٔ این کار را ندارید
error-forbidden-detail = نقش شما در این سازمان چنین اجازه‌ای نمی‌دهد. اگر به آن نیاز دارید، از یک مالک بخواهید.
error-csrf-failed = مهلت این فرم تمام شده است
error-csrf-failed-detail = برای امنیت شما، به صفحهٔ قبل برگردید، صفحه را دوباره بارگیری کنید و دوباره امتحان کنید.
error-too-many-attempts = تلاش‌های ناموفق بیش از حد
error-too-many-attempts-detail = ورود برای این حساب یا این نشانی موقتاً متوقف شده است. 15 دقیقه صبر کنید و دوباره امتحان کنید.
error-invalid-input = بخشی از اطلاعات معتبر نیست
error-invalid-input-detail = خانه‌های فهرست‌شده را اصلاح کنید و دوباره امتحان کنید.
error-too-large = درخواست خیلی بزرگ است
error-too-large-detail = داده‌های کمتری را در یک بار بفرستید.
error-bad-request = درخواست قابل فهم نبود
error-bad-request-detail = آنچه را فرستاده شد بررسی کنید و دوباره امتحان کنید.
error-method-not-allowed = این کار در اینجا ممکن نیست
error-method-not-allowed-detail = این نشانی چنین نوع درخواستی را نمی‌پذیرد.
error-unsupported-media-type = نوع محتوا پشتیبانی نمی‌شود
error-unsupported-media-type-detail = داده‌ها را همان‌طور که در مستندات آمده بفرستید (JSON برای API، و فرم برای صفحه‌ها).
error-wrong-type = نوع داده نادرست است
error-wrong-type-detail = یکی از مقدارهای بدنهٔ درخواست از نوعی نیست که مستندات می‌گوید (مثلاً متن، جایی که عدد لازم است).
error-internal = مشکلی در طرف ما پیش آمد
error-internal-detail = این مشکل ثبت شد. چند لحظهٔ دیگر دوباره امتحان کنید.
error-last-owner = هر سازمان دست‌کم به یک مالک نیاز دارد
error-last-owner-detail = نخست کس دیگری را مالک کنید.
error-already-member = از پیش عضو است
error-already-member-detail = این فرد از پیش عضو این سازمان است.
error-email-taken = حسابی با این نشانی ایمیل از پیش وجود دارد
error-email-taken-detail = به‌جای آن، با همان حساب وارد شوید.
error-already-set-up = bridges از پیش راه‌اندازی شده است
error-already-set-up-detail = با یکی از حساب‌های موجود وارد شوید.
error-invitation-other-account = این دعوت‌نامه برای حساب دیگری است
error-invitation-other-account-detail = با نشانی ایمیلی که دعوت شده وارد شوید، یا خارج شوید و حساب را بسازید.

list-any = همه
list-filter = نمایش
list-clear = پاک کردن فیلترها
list-none-match = هیچ‌کس با این فیلترها جور نیست.
list-showing = { $total ->
    [0] چیزی برای نمایش نیست.
   *[other] نمایش { $first } تا { $last } از { $total }
}
pager-label = صفحه‌های فهرست
pager-previous = → صفحهٔ قبل
pager-next = صفحهٔ بعد ←
pager-position = صفحهٔ { $page } از { $pages }
list-separator = {"، "}
# A language someone speaks and how well: "Arabic (native)".
language-at-level = { $language } ({ $level })
