## Signpost: دليل الخدمات الخاص بالمنظمة (Open Referral HSDS 3.0)

audit-kind-directory-imported = استُورد دليل الخدمات
audit-kind-directory-published = نُشر دليل الخدمات أو سُحب
error-hsds-invalid = في بيانات الدليل مشكلات.
error-hsds-invalid-detail = كل مشكلة مذكورة مع موضعها في الملف. لم يُستورد أي شيء: صحّحها ثم استورد الملف كله من جديد.

## معاملات واجهة القراءة (HSDA)
error-id-invalid = اكتب المعرّف بصيغة UUID، مثل 8b7c1f2e-3d4a-4b5c-9e6f-0a1b2c3d4e5f.
error-boolean-invalid = اكتب true أو false.
error-date-time-invalid = اكتب تاريخًا (2026-03-31) أو تاريخًا ووقتًا مع فرق التوقيت (2026-03-31T09:00:00Z).
error-format-invalid = الصيغة المتاحة هي json فقط.
error-per-page-full-invalid = عند طلب السجلات كاملة، اطلب من 1 إلى 100 سجل في الصفحة.
error-postcode-search-not-offered = لا يتيح هذا الدليل البحث قرب رمز بريدي بعد.

## صفحة الدليل
nav-signpost = دليل الخدمات
signpost-title = دليل الخدمات
signpost-intro = الخدمات المحلية التي يوجّه فريقك الناس إليها، محفوظة وفق مواصفة بيانات الخدمات الإنسانية من Open Referral ‏(HSDS 3.0)، لتتمكن من استيرادها من دليل بلدية أو شبكة، ومشاركة دليلك مع أدوات أخرى.
signpost-imported = الخدمات المستوردة: { $services }. التحذيرات: { $warnings }.
signpost-problem-where = الموضع
signpost-problem-field = الحقل
signpost-problems-more = مشكلات أخرى غير مذكورة: { $count }.
signpost-contents = محتوى الدليل
signpost-empty = لا شيء بعد: استورد ملف HSDS لبدء الدليل.
signpost-count-services = الخدمات
signpost-count-organizations = المنظمات
signpost-count-locations = الأماكن
signpost-count-terms = مصطلحات التصنيف
signpost-download-json = تنزيل بصيغة HSDS JSON ‏(services.json)
signpost-import-heading = الاستيراد من HSDS
signpost-import-intro = ملف JSON بصيغة HSDS 3.0: خدمة واحدة كاملة، أو قائمة خدمات، أو منظمة كاملة مع خدماتها. تُستبدل السجلات الموجودة هنا من قبل (من النوع نفسه وبالمعرّف نفسه)؛ وإذا كان في الملف أي خطأ، فلن يُستورد شيء وتُذكر كل مشكلة.
signpost-import = استيراد
signpost-publication = المشاركة مع أدوات Open Referral الأخرى
signpost-published = منشور: يمكن للأدوات الأخرى قراءة الدليل على هذا العنوان (واجهة القراءة HSDS). لا يحتوي إلا على الخدمات، ولا شيء عن الأشخاص الذين تساعدهم.
signpost-not-published = غير منشور: لا يرى الدليل إلا فريقك.
signpost-publish = نشر الدليل
signpost-unpublish = إيقاف النشر

## مشكلات استيراد HSDS، وتُعرض كل منها بجانب موضعها في الملف
signpost-problem-hsds-not-json = الملف ليس بصيغة JSON، أو لا يحتوي على سجلات HSDS.
signpost-problem-hsds-wrong-type = نوع هذه القيمة غير صحيح (مثلًا نص حيث يُتوقع رقم أو قائمة).
signpost-problem-hsds-required = هذا الحقل مطلوب وهو غير موجود.
signpost-problem-hsds-empty-value = هذا الحقل فارغ.
signpost-problem-hsds-not-allowed = لا تسمح HSDS بهذه القيمة هنا.
signpost-problem-hsds-bad-uuid = هذه القيمة ليست UUID.
signpost-problem-hsds-bad-uri = هذا ليس عنوان ويب.
signpost-problem-hsds-bad-email = هذا ليس عنوان بريد إلكتروني.
signpost-problem-hsds-bad-date = هذا ليس تاريخًا بصيغة YYYY-MM-DD.
signpost-problem-hsds-bad-time = هذا ليس وقتًا بصيغة HH:MM أو HH:MM:SS.
signpost-problem-hsds-bad-datetime = هذا ليس تاريخًا ووقتًا مع فرق التوقيت.
signpost-problem-hsds-bad-rrule-part = تعذّرت قراءة هذا الجزء من جدول مواعيد العمل.
signpost-problem-hsds-conflicting-duplicate = السجل نفسه يظهر مرتين بقيم مختلفة.
signpost-problem-hsds-conflicting-parent = هذا السجل مُدرج تحت سجلّين أصليين مختلفين.
signpost-problem-hsds-duplicate-id = لصفّين المعرّف نفسه.
signpost-problem-hsds-missing-column = عمود مطلوب غير موجود.
signpost-problem-hsds-repeated-column = عمود يظهر مرتين.
signpost-problem-hsds-cell-without-column = في أحد الصفوف خلايا أكثر من أعمدة صف العناوين.
signpost-problem-hsds-invalid = في البيانات مشكلات.
signpost-problem-hsds-dangling-reference = يشير هذا إلى سجل غير موجود في البيانات.
signpost-problem-hsds-coordinates-out-of-range = هذه الإحداثيات خارج نطاق خطوط العرض والطول.
signpost-problem-hsds-datapackage-unreadable = تعذّرت قراءة وصف الحزمة (datapackage.json).
signpost-problem-hsds-tabular-required-missing = تحتاج حزمة CSV إلى هذا الحقل.
signpost-problem-hsds-unknown-field = لا يوجد حقل كهذا في HSDS، وقد استُبعد.
signpost-problem-schedule-count-and-until = يحدّد الجدول عدد التكرارات وتاريخ الانتهاء معًا.
signpost-problem-schedule-part-ignored = هذا الجزء من الجدول لا ينطبق على وتيرة تكراره، ولذلك يُتجاهل.
signpost-problem-import-too-large = الملف كبير جدًا.
