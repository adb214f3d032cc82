<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>Business name (report header)</source>
        <translation>اسم النشاط التجاري (في رأس التقرير)</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>مقاس الورق</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>ميلادي</translation>
    </message>
    <message>
        <source>Jalali (Persian solar)</source>
        <translation>هجري شمسي (جلالي)</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>غربية</translation>
    </message>
    <message>
        <source>Arabic-Indic</source>
        <translation>عربية مشرقية</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>فارسية</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Letter الأمريكي</translation>
    </message>
    <message>
        <source>The new language is used after you restart Complaint Coach.</source>
        <translation>ستظهر اللغة الجديدة بعد إغلاق البرنامج وفتحه من جديد.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>لم تُحفظ الإعدادات</translation>
    </message>
    <message>
        <source>The settings could not be saved ({reason}). Your choices are still here: check that the data folder can be written to, then press OK again.</source>
        <translation>تعذّر حفظ الإعدادات ({reason}). اختياراتك ما زالت كما هي: تأكّد من أن مجلد البيانات يقبل الكتابة، ثم اضغط «حسنًا» مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Listen</source>
        <translation>الاستماع</translation>
    </message>
    <message>
        <source>Clarify</source>
        <translation>الاستيضاح</translation>
    </message>
    <message>
        <source>Apologise</source>
        <translation>الاعتذار</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>الحل</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد المعالجة</translation>
    </message>
    <message>
        <source>Awaiting follow-up</source>
        <translation>بانتظار المتابعة</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>حضوريًا</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>وسائل التواصل الاجتماعي</translation>
    </message>
    <message>
        <source>Online review</source>
        <translation>تقييم على الإنترنت</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>غير ذلك</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>حرجة</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>من جهتنا</translation>
    </message>
    <message>
        <source>The customer&apos;s</source>
        <translation>من جهة العميل</translation>
    </message>
    <message>
        <source>Not yet clear</source>
        <translation>غير واضح بعد</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>منتج بديل</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>استرداد المبلغ</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>استبدال بمنتج آخر</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>إصلاح</translation>
    </message>
    <message>
        <source>Store credit or points</source>
        <translation>رصيد شراء أو نقاط</translation>
    </message>
    <message>
        <source>Price reduction</source>
        <translation>تخفيض في السعر</translation>
    </message>
    <message>
        <source>An apology</source>
        <translation>اعتذار</translation>
    </message>
    <message>
        <source>Fully resolved</source>
        <translation>حُلّت بالكامل</translation>
    </message>
    <message>
        <source>Partly resolved</source>
        <translation>حُلّت جزئيًا</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>لم تُحلّ</translation>
    </message>
    <message>
        <source>Could not reach the customer</source>
        <translation>تعذّر الوصول إلى العميل</translation>
    </message>
    <message>
        <source>Calm</source>
        <translation>هادئ</translation>
    </message>
    <message>
        <source>Upset</source>
        <translation>مستاء</translation>
    </message>
    <message>
        <source>Angry</source>
        <translation>غاضب</translation>
    </message>
    <message>
        <source>Abusive or threatening</source>
        <translation>مسيء أو يهدّد</translation>
    </message>
    <message>
        <source>Not what was promised</source>
        <translation>لم يكن كما وُعد</translation>
    </message>
    <message>
        <source>Felt unheard or unvalued</source>
        <translation>شعر بأنه غير مسموع أو غير مقدَّر</translation>
    </message>
    <message>
        <source>Upset from elsewhere</source>
        <translation>منزعج لسبب خارجي</translation>
    </message>
    <message>
        <source>Faulty product</source>
        <translation>منتج معيب</translation>
    </message>
    <message>
        <source>Late delivery</source>
        <translation>تأخّر التوصيل</translation>
    </message>
    <message>
        <source>Slow response</source>
        <translation>بطء الرد</translation>
    </message>
    <message>
        <source>Staff behaviour</source>
        <translation>سلوك الموظفين</translation>
    </message>
    <message>
        <source>Billing error</source>
        <translation>خطأ في الفاتورة</translation>
    </message>
    <message>
        <source>Price dispute</source>
        <translation>خلاف على السعر</translation>
    </message>
    <message>
        <source>Rigid policy</source>
        <translation>سياسة متشددة</translation>
    </message>
    <message>
        <source>Passed around</source>
        <translation>التحويل من موظف إلى آخر</translation>
    </message>
    <message>
        <source>Unclear or changing requirements</source>
        <translation>متطلبات غير واضحة أو متغيّرة</translation>
    </message>
    <message>
        <source>Unreasonable demand</source>
        <translation>طلب غير معقول</translation>
    </message>
    <message>
        <source>Pays late or not at all</source>
        <translation>يتأخر في الدفع أو لا يدفع</translation>
    </message>
    <message>
        <source>Disputes your value</source>
        <translation>يشكّك في قيمة عملك</translation>
    </message>
    <message>
        <source>Keeps changing what they want</source>
        <translation>يغيّر طلبه باستمرار</translation>
    </message>
    <message>
        <source>Takes a disproportionate share of time</source>
        <translation>يأخذ من وقتك أكثر مما يتناسب معه</translation>
    </message>
    <message>
        <source>Unresponsive or does not show up</source>
        <translation>لا يرد أو لا يحضر</translation>
    </message>
    <message>
        <source>Dishonest claims</source>
        <translation>ادعاءات غير صادقة</translation>
    </message>
    <message>
        <source>Abuse or threats</source>
        <translation>إساءة أو تهديد</translation>
    </message>
    <message>
        <source>Unreasonable demands</source>
        <translation>مطالب غير معقولة</translation>
    </message>
    <message>
        <source>Complains in public</source>
        <translation>يشتكي علنًا</translation>
    </message>
    <message>
        <source>Ignores your advice</source>
        <translation>يتجاهل نصيحتك</translation>
    </message>
</context>
</TS>
