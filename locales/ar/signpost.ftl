## Signpost: دليل الخدمات الخاص بالمنظمة (Open Referral HSDS 3.0)

audit-kind-directory-imported = استُورد دليل الخدمات
audit-kind-directory-published = نُشر دليل الخدمات أو سُحب
error-hsds-invalid = في بيانات الدليل مشكلات.
error-hsds-invalid-detail = كل مشكلة مذكورة مع موضعها في الملف. لم يُستورد أي شيء: صحّحها ثم استورد الملف كله من جديد.
