<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Complaint Coach</source>
        <translation>حول مدرّب الشكاوى</translation>
    </message>
    <message>
        <source>Coaches you through each customer complaint (listen, clarify, apologise, resolve, follow up) and reports each month on what keeps going wrong.</source>
        <translation>يرافقك في كل شكوى من العملاء (الإصغاء، الاستيضاح، الاعتذار، الحل، المتابعة) ويخبرك كل شهر بما يتكرر خطؤه.</translation>
    </message>
    <message>
        <source>Free software under the MIT licence.</source>
        <translation>برنامج حر مرخّص برخصة MIT.</translation>
    </message>
    <message>
        <source>Fonts: {families}, under the SIL Open Font License 1.1:</source>
        <translation>الخطوط: {families}، مرخّصة برخصة SIL Open Font License 1.1:</translation>
    </message>
    <message>
        <source>Complaint Coach</source>
        <translation>مدرّب الشكاوى</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>الإصدار {version}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Complaint Coach cannot start</source>
        <translation>تعذّر تشغيل مدرّب الشكاوى</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be created ({reason}).</source>
        <translation>تعذّر إنشاء مجلد البيانات {folder}. السبب: {reason}.</translation>
    </message>
    <message>
        <source>Complaint Coach is already open on this data folder ({folder}). Use the window that is open, or close it first.</source>
        <translation>مدرّب الشكاوى مفتوح الآن على مجلد البيانات هذا: {folder}. استخدم النافذة المفتوحة، أو أغلقها أولًا.</translation>
    </message>
    <message>
        <source>Complaint Coach cannot write its lock file in the data folder {folder}.</source>
        <translation>لا يستطيع مدرّب الشكاوى كتابة ملف القفل في مجلد البيانات {folder}.</translation>
    </message>
</context>
<context>
    <name>CoachPanel</name>
    <message>
        <source>Coach</source>
        <translation>المدرّب</translation>
    </message>
    <message>
        <source>This customer has shown warning signs in earlier complaints</source>
        <translation>ظهرت على هذا العميل علامات تحذير في شكاوى سابقة</translation>
    </message>
    <message>
        <source>Before you go on, decide what to do about the relationship.</source>
        <translation>قبل أن تكمل، قرّر ما ستفعله بشأن علاقتك بهذا العميل.</translation>
    </message>
    <message>
        <source>Show the options</source>
        <translation>اعرض الخيارات</translation>
    </message>
    <message>
        <source>Hide the options</source>
        <translation>أخفِ الخيارات</translation>
    </message>
    <message>
        <source>Wording check</source>
        <translation>مراجعة الصياغة</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>قائمة التحقق</translation>
    </message>
    <message>
        <source>Warning signs you notice</source>
        <translation>علامات تحذير تلاحظها</translation>
    </message>
    <message>
        <source>Tick what this customer does. It is kept with the customer.</source>
        <translation>ضع علامة على ما يفعله هذا العميل. تُحفظ العلامات مع بيانات العميل.</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>نصائح</translation>
    </message>
    <message>
        <source>Try saying</source>
        <translation>جرّب أن تقول</translation>
    </message>
    <message>
        <source>“{phrase}”</source>
        <translation>«{phrase}»</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>تجنّب</translation>
    </message>
    <message>
        <source>Better: {suggestion}</source>
        <translation>الأفضل: {suggestion}</translation>
    </message>
    <message>
        <source>{field}: “{phrase}” — {message}</source>
        <translation>{field}: «{phrase}» — {message}</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <source>The wording check is not available in this language yet.</source>
        <translation>مراجعة الصياغة غير متاحة بهذه اللغة بعد.</translation>
    </message>
    <message>
        <source>The wording reads well.</source>
        <translation>الصياغة جيدة.</translation>
    </message>
    <message>
        <source>The coach reads your wording as you type.</source>
        <translation>يراجع المدرّب صياغتك وأنت تكتب.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>{field}: today</source>
        <translation>{field}: اليوم</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <source>{field}: no date</source>
        <translation>{field}: بلا تاريخ</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up done</source>
        <translation type="unfinished">تمّت المتابعة</translation>
    </message>
    <message>
        <source>How did the follow-up with {customer} go?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>User guide</source>
        <translation>دليل الاستخدام</translation>
    </message>
    <message>
        <source>The user guide cannot be opened. It should be at {path}.</source>
        <translation>تعذّر فتح دليل الاستخدام. يجب أن يكون في {path}.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>الفارسية</translation>
    </message>
</context>
<context>
    <name>LearnScreen</name>
    <message>
        <source>Filter topics</source>
        <translation>ابحث في المواضيع</translation>
    </message>
    <message>
        <source>Playbook topics</source>
        <translation>مواضيع الدليل</translation>
    </message>
    <message>
        <source>Coaching text</source>
        <translation>نص الإرشاد</translation>
    </message>
    <message>
        <source>No topic matches the filter.</source>
        <translation>لا يوجد موضوع يطابق البحث.</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>المراحل</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>السلامة</translation>
    </message>
    <message>
        <source>Root causes</source>
        <translation>الأسباب الجذرية</translation>
    </message>
    <message>
        <source>Customer warning signs</source>
        <translation>علامات التحذير لدى العملاء</translation>
    </message>
    <message>
        <source>Decisions about a customer</source>
        <translation>قرارات بشأن العميل</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>قنوات التواصل</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>Principles taught:</source>
        <translation>المبادئ التي يتناولها:</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>قائمة التحقق</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>نصائح</translation>
    </message>
    <message>
        <source>What to say</source>
        <translation>ماذا تقول</translation>
    </message>
    <message>
        <source>What it looks like</source>
        <translation>كيف يبدو</translation>
    </message>
    <message>
        <source>How to confirm it</source>
        <translation>كيف تتأكد منه</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>ما الذي يجب إصلاحه</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>ماذا تفعل</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>الخطوات</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <source>Better:</source>
        <translation>الأفضل:</translation>
    </message>
    <message>
        <source>What to avoid</source>
        <translation>ما يجب تجنّبه</translation>
    </message>
</context>
<context>
    <name>LogFilters</name>
    <message>
        <source>Search complaints</source>
        <translation>ابحث في الشكاوى</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>السبب الجذري</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>لم تُغلق بعد</translation>
    </message>
    <message>
        <source>All root causes</source>
        <translation>كل الأسباب الجذرية</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>كل الأشهر</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Product or service</source>
        <translation>المنتج أو الخدمة</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>السبب الجذري</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Next date</source>
        <translation>الموعد القادم</translation>
    </message>
    <message>
        <source>Stage: {stage}</source>
        <translation>المرحلة: {stage}</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>موعد المتابعة</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>الموعد الذي وعدنا به</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New complaint</source>
        <translation>&amp;شكوى جديدة</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;التقارير…</translation>
    </message>
    <message>
        <source>&amp;Learn</source>
        <translation>&amp;تعلّم</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;إغلاق البرنامج</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>دليل الا&amp;ستخدام</translation>
    </message>
    <message>
        <source>&amp;About Complaint Coach</source>
        <translation>&amp;حول مدرّب الشكاوى</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>شكوى جديدة</translation>
    </message>
    <message>
        <source>Reports…</source>
        <translation>التقارير…</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>تعلّم</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>الشكاوى</translation>
    </message>
    <message>
        <source>Some of your playbook files could not be used: details…</source>
        <translation>تعذّر استخدام بعض ملفات الدليل الخاصة بك: التفاصيل…</translation>
    </message>
    <message>
        <source>Playbook problems</source>
        <translation>مشكلات في ملفات الدليل</translation>
    </message>
    <message>
        <source>Complaint Coach</source>
        <translation>مدرّب الشكاوى</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) found</source>
        <translation>
            <numerusform>لا توجد شكاوى مطابقة</numerusform>
            <numerusform>شكوى واحدة مطابقة</numerusform>
            <numerusform>شكويان مطابقتان</numerusform>
            <numerusform>%n شكاوى مطابقة</numerusform>
            <numerusform>%n شكوى مطابقة</numerusform>
            <numerusform>%n شكوى مطابقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>لا توجد شكاوى</numerusform>
            <numerusform>شكوى واحدة</numerusform>
            <numerusform>شكويان</numerusform>
            <numerusform>%n شكاوى</numerusform>
            <numerusform>%n شكوى</numerusform>
            <numerusform>%n شكوى</numerusform>
        </translation>
    </message>
    <message>
        <source>No complaint matches this search or filter.</source>
        <translation>لا توجد شكوى تطابق البحث أو التصفية.</translation>
    </message>
    <message>
        <source>No complaints yet. When a customer is unhappy, press New complaint and the coach walks you through it.</source>
        <translation>لا توجد شكاوى بعد. حين يكون أحد العملاء غير راضٍ، اضغط «شكوى جديدة» وسيرشدك المدرّب خطوة بخطوة.</translation>
    </message>
</context>
<context>
    <name>MoneyField</name>
    <message>
        <source>Write the cost as a number, for example 12.50.</source>
        <translation>اكتب التكلفة رقمًا، مثل 12.50.</translation>
    </message>
    <message>
        <source>Cost cannot be negative.</source>
        <translation>لا يمكن أن تكون التكلفة أقل من صفر.</translation>
    </message>
</context>
<context>
    <name>NullableDateEdit</name>
    <message>
        <source>No date</source>
        <translation>بلا تاريخ</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>All complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished">اليوم</translation>
    </message>
</context>
<context>
    <name>RelativeDay</name>
    <message>
        <source>today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>غدًا</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>اليوم</numerusform>
            <numerusform>بعد يوم واحد</numerusform>
            <numerusform>بعد يومين</numerusform>
            <numerusform>بعد %n أيام</numerusform>
            <numerusform>بعد %n يومًا</numerusform>
            <numerusform>بعد %n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>مستحق اليوم</numerusform>
            <numerusform>متأخر يومًا واحدًا</numerusform>
            <numerusform>متأخر يومين</numerusform>
            <numerusform>متأخر %n أيام</numerusform>
            <numerusform>متأخر %n يومًا</numerusform>
            <numerusform>متأخر %n يوم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportScreen</name>
    <message>
        <source>Monthly report</source>
        <translation>التقرير الشهري</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <source>Choose a month and press Preview.</source>
        <translation>اختر شهرًا ثم اضغط «معاينة».</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>ال&amp;شهر:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>الل&amp;غة:</translation>
    </message>
    <message>
        <source>&amp;Hide personal data</source>
        <translation>إ&amp;خفاء البيانات الشخصية</translation>
    </message>
    <message>
        <source>Hide personal data</source>
        <translation>إخفاء البيانات الشخصية</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;معاينة</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message numerus="yes">
        <source>The preview shows %n page(s).</source>
        <translation>
            <numerusform>لا تعرض المعاينة أي صفحة.</numerusform>
            <numerusform>تعرض المعاينة صفحة واحدة.</numerusform>
            <numerusform>تعرض المعاينة صفحتين.</numerusform>
            <numerusform>تعرض المعاينة %n صفحات.</numerusform>
            <numerusform>تعرض المعاينة %n صفحة.</numerusform>
            <numerusform>تعرض المعاينة %n صفحة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>جارٍ إعداد المعاينة…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to {path}.</source>
        <translation>
            <numerusform>لم تُحفظ أي صفحة في {path}.</numerusform>
            <numerusform>حُفظت صفحة واحدة في {path}.</numerusform>
            <numerusform>حُفظت صفحتان في {path}.</numerusform>
            <numerusform>حُفظت %n صفحات في {path}.</numerusform>
            <numerusform>حُفظت %n صفحة في {path}.</numerusform>
            <numerusform>حُفظت %n صفحة في {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>جارٍ حفظ ملف PDF…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>طباعة التقرير</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>جارٍ إعداد التقرير…</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>حفظ التقرير بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be made: {error}</source>
        <translation>تعذّر إعداد التقرير: {error}</translation>
    </message>
    <message>
        <source>Page {x} of {y}</source>
        <translation>صفحة {x} من {y}</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule the follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When will you follow up with {customer}?</source>
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
        <translation>مكتملة</translation>
    </message>
    <message>
        <source>current stage</source>
        <translation>المرحلة الحالية</translation>
    </message>
    <message>
        <source>still to do</source>
        <translation>لم تُنجز بعد</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>سجلّ الشكوى</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>أضف ملاحظة</translation>
    </message>
    <message>
        <source>Add a note: a call, a visit, what was agreed</source>
        <translation>أضف ملاحظة: اتصال، زيارة، ما اتُّفق عليه</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>أضف ملاحظة</translation>
    </message>
    <message>
        <source>Complaint opened</source>
        <translation>فُتحت الشكوى</translation>
    </message>
    <message>
        <source>Stage completed: {stage}</source>
        <translation>اكتملت مرحلة: {stage}</translation>
    </message>
    <message>
        <source>Promise made</source>
        <translation>قُطع وعد</translation>
    </message>
    <message>
        <source>Promise made for {date}</source>
        <translation>قُطع وعد بتاريخ {date}</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>تمّت المتابعة</translation>
    </message>
    <message>
        <source>Follow-up done: {result}</source>
        <translation>تمّت المتابعة: {result}</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>أُغلقت الشكوى</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>أُعيد فتح الشكوى</translation>
    </message>
    <message>
        <source>Reopened: {reason}</source>
        <translation>أُعيد فتح الشكوى: {reason}</translation>
    </message>
    <message>
        <source>Note: {text}</source>
        <translation>ملاحظة: {text}</translation>
    </message>
    <message>
        <source>Note not saved: {reason}</source>
        <translation>لم تُحفظ الملاحظة: {reason}</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Promises due today or broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts left open for more than a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished">اليوم</translation>
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>And {n} more: see the complaints log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised by {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left open since {date} at the {stage} stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the day of the follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up cannot be before the complaint was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation type="unfinished">لم يتم الحفظ: {reason}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardText</name>
    <message>
        <source>Customer name</source>
        <translation>اسم العميل</translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation>هاتف العميل</translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation>البريد الإلكتروني للعميل</translation>
    </message>
    <message>
        <source>Customer address</source>
        <translation>عنوان العميل</translation>
    </message>
    <message>
        <source>Order or account reference</source>
        <translation>رقم الطلب أو الحساب</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>طريقة وصول الشكوى</translation>
    </message>
    <message>
        <source>Product or service</source>
        <translation>المنتج أو الخدمة</translation>
    </message>
    <message>
        <source>Complaint in the customer&apos;s words</source>
        <translation>الشكوى بكلمات العميل</translation>
    </message>
    <message>
        <source>Key points repeated back</source>
        <translation>النقاط الأساسية التي أعدتها على العميل</translation>
    </message>
    <message>
        <source>Customer mood</source>
        <translation>حال العميل</translation>
    </message>
    <message>
        <source>Clarifying questions and answers</source>
        <translation>أسئلة الاستيضاح وأجوبتها</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>ما الخطأ الذي حدث</translation>
    </message>
    <message>
        <source>Staff involved</source>
        <translation>الموظفون المعنيّون</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>السبب الجذري</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>درجة الخطورة</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>مَن سيتولّى الأمر</translation>
    </message>
    <message>
        <source>Whose fault</source>
        <translation>مصدر الخطأ</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>الاعتذار</translation>
    </message>
    <message>
        <source>Outcome the customer wants</source>
        <translation>النتيجة التي يريدها العميل</translation>
    </message>
    <message>
        <source>Agreed resolution</source>
        <translation>الحل المتفق عليه</translation>
    </message>
    <message>
        <source>Steps we will take</source>
        <translation>الخطوات التي سنتخذها</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>الموعد الذي وعدنا به</translation>
    </message>
    <message>
        <source>Customer thanked</source>
        <translation>شكرنا العميل على إبلاغنا</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>تاريخ الحل</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>موعد المتابعة</translation>
    </message>
    <message>
        <source>Follow-up done on</source>
        <translation>تاريخ إجراء المتابعة</translation>
    </message>
    <message>
        <source>Follow-up result</source>
        <translation>نتيجة المتابعة</translation>
    </message>
    <message>
        <source>Satisfaction (CSAT)</source>
        <translation>الرضا (CSAT)</translation>
    </message>
    <message>
        <source>Effort (CES)</source>
        <translation>سهولة الحل (CES)</translation>
    </message>
    <message>
        <source>Would recommend (NPS)</source>
        <translation>احتمال التوصية (NPS)</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>الدرس المستفاد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Ask for the customer&apos;s name, so you can reach them again.</source>
        <translation>اسأل العميل عن اسمه، لتتمكن من التواصل معه لاحقًا.</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>تاريخ الشكوى</translation>
    </message>
    <message>
        <source>Choose how the complaint reached you.</source>
        <translation>اختر الطريقة التي وصلتك بها الشكوى.</translation>
    </message>
    <message>
        <source>Write down the complaint in the customer&apos;s own words before moving on.</source>
        <translation>اكتب الشكوى بكلمات العميل نفسه قبل أن تنتقل إلى الخطوة التالية.</translation>
    </message>
    <message>
        <source>Pick the most likely root cause; you can change it later.</source>
        <translation>اختر السبب الجذري الأرجح؛ يمكنك تغييره لاحقًا.</translation>
    </message>
    <message>
        <source>Say how serious this is for the customer.</source>
        <translation>حدّد مدى خطورة الأمر بالنسبة إلى العميل.</translation>
    </message>
    <message>
        <source>Say whose fault it looks like, or &apos;not yet clear&apos; until you have checked.</source>
        <translation>حدّد على مَن يبدو الخطأ، أو اختر «غير واضح بعد» حتى تتحقق.</translation>
    </message>
    <message>
        <source>Write the apology as you said or sent it.</source>
        <translation>اكتب الاعتذار كما قلته أو أرسلته.</translation>
    </message>
    <message>
        <source>Ask the customer what outcome they want.</source>
        <translation>اسأل العميل عن النتيجة التي يريدها.</translation>
    </message>
    <message>
        <source>Write down the resolution you agreed.</source>
        <translation>اكتب الحل الذي اتفقتما عليه.</translation>
    </message>
    <message>
        <source>Give the customer a date, and keep it.</source>
        <translation>أعطِ العميل موعدًا، والتزم به.</translation>
    </message>
    <message>
        <source>Enter the day you followed up with the customer.</source>
        <translation>أدخل اليوم الذي تابعت فيه مع العميل.</translation>
    </message>
    <message>
        <source>Record whether the problem is now fully resolved.</source>
        <translation>سجّل هل حُلّت المشكلة تمامًا الآن.</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation>لا يبدو هذا عنوان بريد إلكتروني.</translation>
    </message>
    <message>
        <source>Cost cannot be negative.</source>
        <translation>لا يمكن أن تكون التكلفة أقل من صفر.</translation>
    </message>
    <message>
        <source>Promised by cannot be before the complaint was made.</source>
        <translation>لا يمكن أن يسبق الموعد الذي وعدنا به تاريخَ الشكوى.</translation>
    </message>
    <message>
        <source>Follow-up done on cannot be before the complaint was made.</source>
        <translation>لا يمكن أن يسبق تاريخ إجراء المتابعة تاريخَ الشكوى.</translation>
    </message>
    <message>
        <source>Satisfaction (CSAT) must be from 1 to 5.</source>
        <translation>يجب أن يكون الرضا (CSAT) من 1 إلى 5.</translation>
    </message>
    <message>
        <source>Effort (CES) must be from 1 to 7.</source>
        <translation>يجب أن تكون سهولة الحل (CES) من 1 إلى 7.</translation>
    </message>
    <message>
        <source>Would recommend (NPS) must be from 0 to 10.</source>
        <translation>يجب أن يكون احتمال التوصية (NPS) من 0 إلى 10.</translation>
    </message>
</context>
<context>
    <name>WizardWindow</name>
    <message>
        <source>Reopen</source>
        <translation>إعادة فتح</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>حفظ وإغلاق</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Next stage (Ctrl+Enter)</source>
        <translation>المرحلة التالية (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Previous stage ({keys})</source>
        <translation>المرحلة السابقة ({keys})</translation>
    </message>
    <message>
        <source>Keep the draft and close (Esc)</source>
        <translation>احتفظ بالمسودة وأغلق (Esc)</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>لم يتم الحفظ: {reason}</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>تم الحفظ الساعة {time}</translation>
    </message>
    <message>
        <source>This stage still needs something: see the notes in red.</source>
        <translation>ما زالت هذه المرحلة تحتاج إلى شيء: انظر الملاحظات باللون الأحمر.</translation>
    </message>
    <message>
        <source>Not resolved yet</source>
        <translation>لم تُحَلّ بعد</translation>
    </message>
    <message>
        <source>The follow-up found the problem not resolved, so the complaint is open again at the Resolve stage. Agree a new resolution with the customer.</source>
        <translation>تبيّن في المتابعة أن المشكلة لم تُحَلّ، فأُعيد فتح الشكوى في مرحلة الحل. اتفق مع العميل على حل جديد.</translation>
    </message>
    <message>
        <source>Reopen complaint</source>
        <translation>إعادة فتح الشكوى</translation>
    </message>
    <message>
        <source>Reopen this complaint? It goes back to the Resolve stage.</source>
        <translation>هل تريد إعادة فتح هذه الشكوى؟ ستعود إلى مرحلة الحل.</translation>
    </message>
    <message>
        <source>This complaint is closed. Reopen it to change it.</source>
        <translation>هذه الشكوى مغلقة. أعد فتحها لتعديلها.</translation>
    </message>
    <message>
        <source>When you go on, the follow-up is set for one day after the resolution is agreed: {date}. You can change it at the Follow-up stage.</source>
        <translation>عند الانتقال إلى المرحلة التالية، يُحدَّد موعد المتابعة بعد يوم واحد من الاتفاق على الحل: {date}. يمكنك تغييره في مرحلة المتابعة.</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>شكوى جديدة</translation>
    </message>
    <message>
        <source>Complaint from {name}</source>
        <translation>شكوى من {name}</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>شكوى</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>لم تُحفظ التغييرات</translation>
    </message>
    <message>
        <source>The last changes could not be saved ({reason}). Close anyway and lose them?</source>
        <translation>تعذّر حفظ التغييرات الأخيرة ({reason}). هل تريد الإغلاق رغم ذلك وفقدانها؟</translation>
    </message>
</context>
</TS>
