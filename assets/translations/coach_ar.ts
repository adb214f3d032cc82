<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Complaint Coach cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be created ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint Coach is already open on this data folder ({folder}). Use the window that is open, or close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint Coach cannot write its lock file in the data folder {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoachPanel</name>
    <message>
        <source>Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer has shown warning signs in earlier complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you go on, decide what to do about the relationship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning signs you notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what this customer does. It is kept with the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try saying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{phrase}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better: {suggestion}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: “{phrase}” — {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wording check is not available in this language yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wording reads well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coach reads your wording as you type.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearnScreen</name>
    <message>
        <source>Filter topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playbook topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No topic matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions about a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principles taught:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it looks like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to confirm it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogFilters</name>
    <message>
        <source>Search complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All root causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product or service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %n day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue by %n day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage: {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of your playbook files could not be used: details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playbook problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No complaint matches this search or filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complaints yet. When a customer is unhappy, press New complaint and the coach walks you through it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneyField</name>
    <message>
        <source>Write the cost as a number, for example 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NullableDateEdit</name>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportScreen</name>
    <message>
        <source>Monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a month and press Preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persian</source>
        <translation type="unfinished">فارسية</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The preview shows %n page(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to {path}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be made: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {x} of {y}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>StageRail</name>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still to do</source>
        <translation type="unfinished"></translation>
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
<context>
    <name>WizardText</name>
    <message>
        <source>Customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order or account reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product or service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint in the customer&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key points repeated back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clarifying questions and answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome the customer wants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps we will take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer thanked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction (CSAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort (CES)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would recommend (NPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the customer&apos;s name, so you can reach them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the complaint reached you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down the complaint in the customer&apos;s own words before moving on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the most likely root cause; you can change it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how serious this is for the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whose fault it looks like, or &apos;not yet clear&apos; until you have checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the apology as you said or sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer what outcome they want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down the resolution you agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the customer a date, and keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day you followed up with the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record whether the problem is now fully resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised by cannot be before the complaint was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up done on cannot be before the complaint was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction (CSAT) must be from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort (CES) must be from 1 to 7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would recommend (NPS) must be from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardWindow</name>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next stage (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous stage (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the draft and close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stage still needs something: see the notes in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not resolved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up found the problem not resolved, so the complaint is open again at the Resolve stage. Agree a new resolution with the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen this complaint? It goes back to the Resolve stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This complaint is closed. Reopen it to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you go on, the follow-up is set for one day after the resolution is agreed: {date}. You can change it at the Follow-up stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last changes could not be saved ({reason}). Close anyway and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
