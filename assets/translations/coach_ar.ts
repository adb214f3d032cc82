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
        <translation>يرافقك في كل شكوى من العملاء (الإصغاء، الاستيضاح، الاعتذار، الحل، المتابعة) ويُطلعك كل شهر على الأخطاء التي تتكرر.</translation>
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
    <name>BackupsDialog</name>
    <message>
        <source>Start of the day</source>
        <translation>بداية اليوم</translation>
    </message>
    <message>
        <source>After editing</source>
        <translation>بعد التعديل</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>قبل الاستيراد</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>قبل الاسترجاع</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>قبل التحديث</translation>
    </message>
    <message>
        <source>Before merging customers</source>
        <translation>قبل دمج العملاء</translation>
    </message>
    <message>
        <source>Before a bulk change</source>
        <translation>قبل تغيير جماعي</translation>
    </message>
    <message>
        <source>Before anonymising</source>
        <translation>قبل إخفاء الهوية</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>أنشأتها أنت</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>الشكاوى</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Complaint Coach backs up the log every day you open it, after every half hour of editing and before every import or restore. Each backup is checked before it is kept: the newest 10, then one a day for a week, one a week for a month and one a month for a year.</source>
        <translation>يأخذ مدرّب الشكاوى نسخة احتياطية من السجلّ في كل يوم تفتحه فيه، وبعد كل نصف ساعة من التعديل، وقبل كل استيراد أو استرجاع. تُفحص كل نسخة قبل الاحتفاظ بها: أحدث 10 نسخ، ثم نسخة لكل يوم لمدة أسبوع، ونسخة لكل أسبوع لمدة شهر، ونسخة لكل شهر لمدة سنة.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>إنشاء نسخة احتياطية الآن</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>استرجاع…</translation>
    </message>
    <message>
        <source>Backups are kept in {folder}.</source>
        <translation>تُحفظ النسخ الاحتياطية في {folder}.</translation>
    </message>
    <message>
        <source>A copy of each goes to {folder}.</source>
        <translation>وتُنسخ كل واحدة منها أيضًا إلى {folder}.</translation>
    </message>
    <message>
        <source>A second folder (a USB stick) can be chosen in Settings.</source>
        <translation>يمكن اختيار مجلد ثانٍ (ذاكرة USB) من الإعدادات.</translation>
    </message>
    <message>
        <source>No backup was made</source>
        <translation>لم تُنشأ نسخة احتياطية</translation>
    </message>
    <message>
        <source>Put the backup of {date} ({count} complaints) in place of the log? The log as it is now is kept first, as a file in the data folder.</source>
        <translation>هل تضع النسخة الاحتياطية بتاريخ {date} (عدد الشكاوى فيها: {count}) مكان السجلّ؟ يُحفظ السجلّ بحالته الحالية أولًا، في ملف داخل مجلد البيانات.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>استرجاع نسخة احتياطية</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>لم تُسترجع النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>The log now holds {count} complaints. The log as it was is kept as {path}.</source>
        <translation>عدد الشكاوى في السجلّ الآن: {count}. والسجلّ كما كان محفوظ باسم {path}.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>استُرجعت النسخة الاحتياطية</translation>
    </message>
</context>
<context>
    <name>BinDialog</name>
    <message>
        <source>Bin</source>
        <translation>سلة المحذوفات</translation>
    </message>
    <message>
        <source>Deleted complaints wait here for {days} days, then they are deleted for good. The log, reports and exports leave them out.</source>
        <translation>تبقى الشكاوى المحذوفة هنا {days} يومًا، ثم تُحذف نهائيًا. ولا تظهر في السجلّ ولا في التقارير ولا في ملفات التصدير.</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>حُذفت في</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>سُجّلت في</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>الشكوى</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استرجاع</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>لم تُسترجع</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>Values this log does not know yet</source>
        <translation>قيم لا يعرفها هذا السجلّ بعد</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Value in your file</source>
        <translation>القيمة في ملفك</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>معناها</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>افحص مجددًا</translation>
    </message>
    <message>
        <source>Import only if every row is right</source>
        <translation>الاستيراد فقط إذا كانت كل الصفوف سليمة</translation>
    </message>
    <message>
        <source>Import the good rows and save the rest aside, with the reasons, in a file</source>
        <translation>استيراد الصفوف السليمة وحفظ الباقي جانبًا في ملف مع أسباب رفضها</translation>
    </message>
    <message>
        <source>%1 complaints will be added, %2 duplicates skipped, %3 rows have problems.</source>
        <translation>ستُضاف شكاوى عددها %1، وسيُتخطّى %2 من الشكاوى المكررة، وفي %3 من الصفوف مشكلات.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <source>Add as a new root cause</source>
        <translation>إضافته سببًا جذريًا جديدًا</translation>
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
    <name>ColumnsPage</name>
    <message>
        <source>Column in your file</source>
        <translation>العمود في ملفك</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>مثال</translation>
    </message>
    <message>
        <source>Goes into</source>
        <translation>يذهب إلى</translation>
    </message>
    <message>
        <source>year/month/day (2026-10-31)</source>
        <translation>سنة/شهر/يوم (2026-10-31)</translation>
    </message>
    <message>
        <source>day/month/year (31/10/2026)</source>
        <translation>يوم/شهر/سنة (31/10/2026)</translation>
    </message>
    <message>
        <source>month/day/year (10/31/2026)</source>
        <translation>شهر/يوم/سنة (10/31/2026)</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>ميلادي</translation>
    </message>
    <message>
        <source>Persian (Jalali)</source>
        <translation>هجري شمسي (جلالي)</translation>
    </message>
    <message>
        <source>Save this mapping as:</source>
        <translation>احفظ هذا الربط باسم:</translation>
    </message>
    <message>
        <source>Dates are written:</source>
        <translation>تُكتب التواريخ هكذا:</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>تُقرأ هكذا:</translation>
    </message>
    <message>
        <source>Choose the field each column goes into:</source>
        <translation>اختر الحقل الذي يذهب إليه كل عمود:</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>لا يُستورد</translation>
    </message>
    <message>
        <source>No column holds dates yet.</source>
        <translation>لا يوجد بعد عمود فيه تواريخ.</translation>
    </message>
    <message>
        <source>«%1» cannot be read this way.</source>
        <translation>لا يمكن قراءة «%1» بهذه الطريقة.</translation>
    </message>
</context>
<context>
    <name>CustomerPages</name>
    <message>
        <source>Customer &amp;page</source>
        <translation>&amp;صفحة العميل</translation>
    </message>
    <message>
        <source>Open complaint</source>
        <translation>فتح الشكوى</translation>
    </message>
    <message>
        <source>Customer page</source>
        <translation>صفحة العميل</translation>
    </message>
    <message>
        <source>Choose a complaint with a customer&apos;s name, phone or e-mail first.</source>
        <translation>اختر أولًا شكوى فيها اسم العميل أو هاتفه أو بريده الإلكتروني.</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Customer page…</source>
        <translation>صفحة العميل…</translation>
    </message>
    <message>
        <source>Customer page</source>
        <translation>صفحة العميل</translation>
    </message>
    <message>
        <source>Every complaint of this customer, and notes</source>
        <translation>كل شكاوى هذا العميل، والملاحظات</translation>
    </message>
</context>
<context>
    <name>CustomerView</name>
    <message>
        <source>Complaints</source>
        <translation>الشكاوى</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>ما زالت مفتوحة</translation>
    </message>
    <message>
        <source>Cost of remedies</source>
        <translation>تكلفة الحلول</translation>
    </message>
    <message>
        <source>Last satisfaction (CSAT)</source>
        <translation>آخر تقييم للرضا (CSAT)</translation>
    </message>
    <message>
        <source>Notes on this customer</source>
        <translation>ملاحظات عن هذا العميل</translation>
    </message>
    <message>
        <source>Open complaint</source>
        <translation>فتح الشكوى</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>حفظ الملاحظات</translation>
    </message>
    <message>
        <source>Merge with another record…</source>
        <translation>دمج مع سجلّ آخر…</translation>
    </message>
    <message>
        <source>Complaints of this customer</source>
        <translation>شكاوى هذا العميل</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>علامات التحذير</translation>
    </message>
    <message>
        <source>Customer: {name}</source>
        <translation>العميل: {name}</translation>
    </message>
    <message>
        <source>None noted.</source>
        <translation>لم تُسجَّل أي علامة.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>لم يتم الحفظ: {reason}</translation>
    </message>
    <message>
        <source>Notes saved</source>
        <translation>حُفظت الملاحظات</translation>
    </message>
    <message>
        <source>Notes not saved</source>
        <translation>لم تُحفظ الملاحظات</translation>
    </message>
    <message>
        <source>The notes could not be saved. Close anyway and lose the changes?</source>
        <translation>تعذّر حفظ الملاحظات. هل تريد الإغلاق على أي حال وفقدان التغييرات؟</translation>
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
    <name>Encoding</name>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16 LE</source>
        <translation>UTF-16 LE</translation>
    </message>
    <message>
        <source>UTF-16 BE</source>
        <translation>UTF-16 BE</translation>
    </message>
    <message>
        <source>Windows Arabic (cp1256)</source>
        <translation>ويندوز العربي (cp1256)</translation>
    </message>
    <message>
        <source>Windows Western (cp1252)</source>
        <translation>ويندوز الغربي (cp1252)</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Photos, receipts, screenshots or PDFs: drop or paste here.</source>
        <translation>صور أو إيصالات أو لقطات شاشة أو ملفات PDF: أفلتها أو الصقها هنا.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>إضافة ملفات…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>لصق</translation>
    </message>
    <message>
        <source>Keep original photos</source>
        <translation>الاحتفاظ بالصور الأصلية</translation>
    </message>
    <message>
        <source>Photos are kept at 2,000 pixels on their long side unless this is ticked.</source>
        <translation>تُحفظ الصور بطول 2000 بكسل على ضلعها الأطول ما لم يُحدَّد هذا الخيار.</translation>
    </message>
    <message>
        <source>{name} ({size} KB)</source>
        <translation>{name} ({size} ك.بايت)</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>إضافة دليل</translation>
    </message>
    <message>
        <source>Photos and PDF files (*.jpg *.jpeg *.png *.heic *.webp *.bmp *.gif *.pdf)</source>
        <translation>الصور وملفات PDF (*.jpg *.jpeg *.png *.heic *.webp *.bmp *.gif *.pdf)</translation>
    </message>
    <message>
        <source>There is no photo or PDF to paste.</source>
        <translation>لا توجد صورة أو ملف PDF للصق.</translation>
    </message>
    <message>
        <source>{name} is not a photo or a PDF, so it was not kept.</source>
        <translation>{name} ليس صورة ولا ملف PDF، لذا لم يُحفظ.</translation>
    </message>
    <message>
        <source>{name} is too large to keep (the limit is {mb} MB).</source>
        <translation>{name} أكبر من أن يُحفظ (الحد {mb} ميغابايت).</translation>
    </message>
    <message>
        <source>{name} could not be read.</source>
        <translation>تعذّرت قراءة {name}.</translation>
    </message>
    <message>
        <source>{name} was not kept: {reason}</source>
        <translation>لم يُحفظ {name}: {reason}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>إزالة الملف</translation>
    </message>
    <message>
        <source>Remove {name} from this complaint?</source>
        <translation>إزالة {name} من هذه الشكوى؟</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export complaints</source>
        <translation>تصدير الشكاوى</translation>
    </message>
    <message>
        <source>Every complaint</source>
        <translation>كل الشكاوى</translation>
    </message>
    <message>
        <source>One month:</source>
        <translation>شهر واحد:</translation>
    </message>
    <message>
        <source>What the log shows now</source>
        <translation>ما يعرضه السجلّ الآن</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <source>Complaints:</source>
        <translation>الشكاوى:</translation>
    </message>
    <message>
        <source>CSV (opens in any spreadsheet, imports again)</source>
        <translation>CSV (يفتح في أي جدول بيانات، ويمكن استيراده مجددًا)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>مصنف Excel ‏(‎.xlsx‎)</translation>
    </message>
    <message>
        <source>JSON with each complaint&apos;s timeline</source>
        <translation>JSON مع مجريات كل شكوى</translation>
    </message>
    <message>
        <source>%1 (%2 complaints)</source>
        <translation>%1 (عدد الشكاوى: %2)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>Exported %1 complaints to %2.</source>
        <translation>صُدّرت شكاوى عددها %1 إلى %2.</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was written; free some space and try again.</source>
        <translation>القرص ممتلئ. لم يُكتب شيء؛ وفّر بعض المساحة وحاول مجددًا.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>تعذّرت كتابة الملف: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>FixDoneButton</name>
    <message>
        <source>Fix done</source>
        <translation>تمّ تنفيذ الحل</translation>
    </message>
    <message>
        <source>The promised fix was delivered today: the follow-up is due a day later</source>
        <translation>نُفِّذ الحل الموعود اليوم: يحين موعد المتابعة بعد يوم واحد</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <source>Choose a folder…</source>
        <translation>اختر مجلدًا…</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up done</source>
        <translation>تمّت المتابعة</translation>
    </message>
    <message>
        <source>How did the follow-up with {customer} go?</source>
        <translation>كيف جرت المتابعة مع {customer}؟</translation>
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
    <name>ImportDialog</name>
    <message>
        <source>Import complaints</source>
        <translation>استيراد الشكاوى</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>جداول البيانات (*.csv *.tsv *.txt *.xlsx);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Choose the column that holds the date each complaint was made and the one that holds the complaint itself (Back).</source>
        <translation>اختر العمود الذي فيه تاريخ كل شكوى والعمود الذي فيه نص الشكوى نفسها (السابق).</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>جارٍ فحص كل الصفوف…</translation>
    </message>
    <message>
        <source>Nothing was imported: some rows have problems. Correct them, or choose to import the good rows.</source>
        <translation>لم يُستورد شيء: في بعض الصفوف مشكلات. صحّحها، أو اختر استيراد الصفوف السليمة.</translation>
    </message>
    <message>
        <source>Imported %1 complaints.</source>
        <translation>استُوردت شكاوى عددها %1.</translation>
    </message>
    <message>
        <source>Skipped %1 already in the log.</source>
        <translation>تُخطّي %1 لأنها موجودة في السجلّ.</translation>
    </message>
    <message>
        <source>The rows with problems are in %1.</source>
        <translation>الصفوف التي فيها مشكلات محفوظة في %1.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>أُلغي الاستيراد؛ لم يُستورد شيء.</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <source>{value} is not a date; write 2024-05-31 or 2024-05-31T14:30</source>
        <translation>{value} ليس تاريخًا؛ اكتبه هكذا 2024-05-31 أو 2024-05-31T14:30</translation>
    </message>
    <message>
        <source>{value} has no such time</source>
        <translation>الوقت في {value} غير موجود</translation>
    </message>
    <message>
        <source>{value} has no full year; write the year with four digits</source>
        <translation>السنة في {value} ناقصة؛ اكتب السنة بأربعة أرقام</translation>
    </message>
    <message>
        <source>{value} is not year/month/day; write 2024-05-31</source>
        <translation>{value} ليس بصيغة سنة/شهر/يوم؛ اكتبه هكذا 2024-05-31</translation>
    </message>
    <message>
        <source>{value} could be day/month or month/day; say which the file uses (--date-format dmy or mdy)</source>
        <translation>{value} قد يكون يومًا/شهرًا أو شهرًا/يومًا؛ حدّد ما يستخدمه الملف (‎--date-format dmy‎ أو ‎mdy‎)</translation>
    </message>
    <message>
        <source>{value} is too long ago to be the date of a complaint</source>
        <translation>{value} قديم جدًا ليكون تاريخ شكوى</translation>
    </message>
    <message>
        <source>{value} has the year {year}, which is not a Gregorian year; if the file uses the Persian (Jalali) calendar, import it with that calendar (--calendar jalali)</source>
        <translation>السنة في {value} هي {year}، وهي ليست سنة ميلادية؛ إذا كان الملف يستخدم التقويم الهجري الشمسي (الجلالي) فاستورده بهذا التقويم (‎--calendar jalali‎)</translation>
    </message>
    <message>
        <source>{value} is not a date in the Jalali calendar</source>
        <translation>{value} ليس تاريخًا في التقويم الهجري الشمسي</translation>
    </message>
    <message>
        <source>missing; every complaint needs the date it was made</source>
        <translation>فارغ؛ كل شكوى تحتاج إلى تاريخ تقديمها</translation>
    </message>
    <message>
        <source>missing; write the complaint in the customer&apos;s words</source>
        <translation>فارغ؛ اكتب الشكوى بكلمات العميل</translation>
    </message>
    <message>
        <source>it cannot be before the complaint was made (created_at)</source>
        <translation>لا يمكن أن يكون قبل تاريخ الشكوى (created_at)</translation>
    </message>
    <message>
        <source>{value} is not one of the allowed keys: {keys}</source>
        <translation>{value} ليس من القيم المسموح بها: {keys}</translation>
    </message>
    <message>
        <source>{value} is not one of: {keys}</source>
        <translation>{value} ليس من هذه القيم: {keys}</translation>
    </message>
    <message>
        <source>{value} is not a known root cause; use one of the built-in keys or import with --add-causes to add it</source>
        <translation>{value} ليس سببًا جذريًا معروفًا؛ استخدم أحد الأسباب المضمّنة أو استورد مع ‎--add-causes‎ لإضافته</translation>
    </message>
    <message>
        <source>{value} is not a known root cause; say below what it means, or add it as a new root cause</source>
        <translation>{value} ليس سببًا جذريًا معروفًا؛ حدّد معناه في الأسفل، أو أضِفه سببًا جذريًا جديدًا</translation>
    </message>
    <message>
        <source>{value} cannot be a root-cause key; use lower-case letters, digits and _ only (like late_pickup)</source>
        <translation>لا يصلح {value} مفتاحًا لسبب جذري؛ استخدم الحروف اللاتينية الصغيرة والأرقام و _ فقط (مثل late_pickup)</translation>
    </message>
    <message>
        <source>{value} is not an amount; write digits with a point, like 12.50</source>
        <translation>{value} ليس مبلغًا؛ اكتب أرقامًا مع فاصلة عشرية، مثل 12.50</translation>
    </message>
    <message>
        <source>{value} is negative; a cost cannot be negative</source>
        <translation>{value} سالب؛ لا يمكن أن تكون التكلفة سالبة</translation>
    </message>
    <message>
        <source>{value} is out of range; {label} is a whole number from {low} to {high}</source>
        <translation>{value} خارج النطاق؛ {label} عدد صحيح من {low} إلى {high}</translation>
    </message>
    <message>
        <source>{value} is not yes or no</source>
        <translation>{value} ليست «نعم» ولا «لا»</translation>
    </message>
    <message>
        <source>it has {count} columns, but the header has {width}</source>
        <translation>فيه {count} من الأعمدة، لكن صف العناوين فيه {width}</translation>
    </message>
    <message>
        <source>its quotes are not closed properly</source>
        <translation>علامات الاقتباس فيه غير مغلقة كما ينبغي</translation>
    </message>
    <message>
        <source>it is not UTF-8 text (at byte offset {offset} of the file, line {line}); save the file as &apos;CSV UTF-8&apos; and try again</source>
        <translation>ليس نصًا بترميز UTF-8 (عند البايت {offset} من الملف، السطر {line})؛ احفظ الملف بصيغة ‏&apos;CSV UTF-8&apos; وحاول مجددًا</translation>
    </message>
    <message>
        <source>it is not {encoding} text (at byte offset {offset} of the file, line {line}); choose the file&apos;s encoding and try again</source>
        <translation>ليس نصًا بترميز {encoding} (عند البايت {offset} من الملف، السطر {line})؛ اختر ترميز الملف وحاول مجددًا</translation>
    </message>
    <message>
        <source>{value} could be day/month or month/day; choose how the dates are written (Back)</source>
        <translation>{value} قد يكون يومًا/شهرًا أو شهرًا/يومًا؛ اختر طريقة كتابة التواريخ (السابق)</translation>
    </message>
    <message>
        <source>{value} has the year {year}, which is not a Gregorian year; if the file uses the Persian (Jalali) calendar, choose that calendar (Back)</source>
        <translation>السنة في {value} هي {year}، وهي ليست سنة ميلادية؛ إذا كان الملف يستخدم التقويم الهجري الشمسي (الجلالي) فاختر هذا التقويم (السابق)</translation>
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
        <translation>مواضيع الإرشاد</translation>
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
    <name>LogPane</name>
    <message>
        <source>Counting… (more than {count})</source>
        <translation>جارٍ العدّ… (أكثر من {count})</translation>
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
        <translation>تعذّر استخدام بعض ملفات الإرشاد الخاصة بك: التفاصيل…</translation>
    </message>
    <message>
        <source>Playbook problems</source>
        <translation>مشكلات في ملفات الإرشاد</translation>
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
    <name>MergeDialog</name>
    <message>
        <source>Merge with another record</source>
        <translation>دمج مع سجلّ آخر</translation>
    </message>
    <message>
        <source>Find the other record of this customer by name, phone or e-mail. Its complaints move to this page and its details are kept here. A backup is made first.</source>
        <translation>ابحث عن السجلّ الآخر لهذا العميل بالاسم أو الهاتف أو البريد الإلكتروني. تنتقل شكاواه إلى هذه الصفحة وتُحفظ بياناته هنا. تُؤخذ نسخة احتياطية أولًا.</translation>
    </message>
    <message>
        <source>Name, phone or e-mail</source>
        <translation>الاسم أو الهاتف أو البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Other records</source>
        <translation>السجلّات الأخرى</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>دمج العملاء</translation>
    </message>
    <message>
        <source>Move every complaint of {other} to this customer and remove the second record? Its details and notes are kept on this page.</source>
        <translation>نقل كل شكاوى {other} إلى هذا العميل وحذف السجلّ الثاني؟ تُحفظ بياناته وملاحظاته في هذه الصفحة.</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>لم يتم الدمج</translation>
    </message>
    <message>
        <source>The customers were not merged: {reason}</source>
        <translation>لم يتم دمج العملاء: {reason}</translation>
    </message>
    <message>
        <source>Customers merged</source>
        <translation>تمّ دمج العملاء</translation>
    </message>
    <message>
        <source>Complaints moved to this customer: {n}</source>
        <translation>الشكاوى التي نُقلت إلى هذا العميل: {n}</translation>
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
        <translation>كل الشكاوى</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>The complaints log needs attention</source>
        <translation>سجلّ الشكاوى يحتاج إلى انتباهك</translation>
    </message>
    <message>
        <source>Go back to the backup of {date} ({count} complaints)</source>
        <translation>الرجوع إلى النسخة الاحتياطية بتاريخ {date} (عدد الشكاوى: {count})</translation>
    </message>
    <message>
        <source>Recover every complaint that can be read</source>
        <translation>استعادة كل شكوى يمكن قراءتها</translation>
    </message>
    <message>
        <source>The log is back as it was on {date}: {count} complaints. The file as it was is kept as {path}.</source>
        <translation>عاد السجلّ كما كان في {date}، وعدد الشكاوى فيه: {count}. والملف كما كان محفوظ باسم {path}.</translation>
    </message>
    <message>
        <source>{count} complaints were recovered into a new log. The damaged file is kept as {path}.</source>
        <translation>عدد الشكاوى المستعادة في سجلّ جديد: {count}. والملف التالف محفوظ باسم {path}.</translation>
    </message>
    <message>
        <source>Complaint Coach cannot start</source>
        <translation>تعذّر تشغيل مدرّب الشكاوى</translation>
    </message>
    <message>
        <source>Read only: {reason}</source>
        <translation>للقراءة فقط: {reason}</translation>
    </message>
    <message>
        <source>The log is open for reading only, so nothing can be saved.</source>
        <translation>السجلّ مفتوح للقراءة فقط، فلا يمكن حفظ أي شيء.</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>لم تُحفظ التغييرات</translation>
    </message>
    <message>
        <source>The changes not yet saved in the open complaints were not written into the damaged log. They are kept in {path}: copy them back by hand.</source>
        <translation>التغييرات التي لم تُحفظ بعد في الشكاوى المفتوحة لم تُكتب في السجلّ التالف. وهي محفوظة في {path}: انسخها يدويًا إلى مكانها.</translation>
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
    <name>Reminders</name>
    <message>
        <source>Things that need you today: {n}. Open Complaint Coach to see them.</source>
        <translation type="vanished">أمور تحتاجك اليوم: {n}. افتح Complaint Coach لتراها.</translation>
    </message>
    <message>
        <source>Complaint Coach</source>
        <translation type="vanished">Complaint Coach</translation>
    </message>
    <message>
        <source>Things that need you today: {n}.</source>
        <translation>أمور تحتاجك اليوم: {n}.</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>بلا اسم</translation>
    </message>
    <message>
        <source>A follow-up is due</source>
        <translation>حان موعد متابعة</translation>
    </message>
    <message>
        <source>Call or write to {names} today.</source>
        <translation>تواصل اليوم مع {names} باتصال أو رسالة.</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>مهام اليوم</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Reply to the customer</source>
        <translation>الرد على العميل</translation>
    </message>
    <message>
        <source>Language of the message</source>
        <translation>لغة الرسالة</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <source>Add the country code (like +971 or +98) so that WhatsApp finds this number.</source>
        <translation>أضف رمز الدولة (مثل ‎+971 أو ‎+98) حتى يجد واتساب هذا الرقم.</translation>
    </message>
    <message>
        <source>Message to the customer</source>
        <translation>الرسالة إلى العميل</translation>
    </message>
    <message>
        <source>Wording check</source>
        <translation>مراجعة الصياغة</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Open as e-mail</source>
        <translation>فتح كرسالة بريد إلكتروني</translation>
    </message>
    <message>
        <source>Open in WhatsApp</source>
        <translation>فتح في واتساب</translation>
    </message>
    <message>
        <source>Rebuild the message</source>
        <translation>إعادة إنشاء الرسالة</translation>
    </message>
    <message>
        <source>Write the message again from the fields beside it (your own edits are lost).</source>
        <translation>يكتب الرسالة من جديد من الحقول التي بجانبها (وتضيع التعديلات التي أجريتها عليها بنفسك).</translation>
    </message>
    <message>
        <source>Fill in the highlighted fields to finish the message: {fields}.</source>
        <translation>املأ الحقول المظلَّلة لإكمال الرسالة: {fields}.</translation>
    </message>
    <message>
        <source>Reply (copied)</source>
        <translation>الرد (نُسخ لإرساله)</translation>
    </message>
    <message>
        <source>Copied. Paste it where you talk to the customer.</source>
        <translation>نُسخت الرسالة. الصقها حيث تتواصل مع العميل.</translation>
    </message>
    <message>
        <source>Reply (e-mail)</source>
        <translation>الرد (بالبريد الإلكتروني)</translation>
    </message>
    <message>
        <source>Opened in your e-mail program.</source>
        <translation>فُتحت الرسالة في برنامج البريد الإلكتروني.</translation>
    </message>
    <message>
        <source>Reply (WhatsApp)</source>
        <translation>الرد (عبر واتساب)</translation>
    </message>
    <message>
        <source>Opened in WhatsApp.</source>
        <translation>فُتحت الرسالة في واتساب.</translation>
    </message>
    <message>
        <source>Nothing on this computer could open it. Copy the message instead.</source>
        <translation>لم يستطع أي برنامج على هذا الجهاز فتحها. انسخ الرسالة بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Not added to the timeline: {reason}</source>
        <translation>لم تُضف إلى مجريات الشكوى: {reason}</translation>
    </message>
    <message>
        <source>It is in the timeline.</source>
        <translation>وأُضيفت إلى مجريات الشكوى.</translation>
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
        <source>Add attached &amp;photos</source>
        <translation>إضافة ال&amp;صور المرفقة</translation>
    </message>
    <message>
        <source>Add attached photos</source>
        <translation>إضافة الصور المرفقة</translation>
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
        <source>The report went to the printer.</source>
        <translation>أُرسل التقرير إلى الطابعة.</translation>
    </message>
    <message>
        <source>Printing the report…</source>
        <translation>جارٍ طباعة التقرير…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>طباعة التقرير</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation type="vanished">جارٍ إعداد التقرير…</translation>
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
        <translation>تغيير موعد المتابعة</translation>
    </message>
    <message>
        <source>When will you follow up with {customer}?</source>
        <translation>متى ستتواصل مع {customer} للمتابعة؟</translation>
    </message>
</context>
<context>
    <name>Safekeeping</name>
    <message>
        <source>Backed up at {time}</source>
        <translation>أُخذت نسخة احتياطية الساعة {time}</translation>
    </message>
    <message>
        <source>not copied to the second backup folder</source>
        <translation>لم تُنسخ إلى مجلد النسخ الاحتياطية الثاني</translation>
    </message>
    <message>
        <source>Backup failed: {reason}</source>
        <translation>تعذّر أخذ النسخة الاحتياطية: {reason}</translation>
    </message>
</context>
<context>
    <name>SafetyMenu</name>
    <message>
        <source>&amp;Backups…</source>
        <translation>ال&amp;نسخ الاحتياطية…</translation>
    </message>
    <message>
        <source>B&amp;in…</source>
        <translation>سلة ال&amp;محذوفات…</translation>
    </message>
    <message>
        <source>&amp;Move complaint to the bin</source>
        <translation>&amp;نقل الشكوى إلى سلة المحذوفات</translation>
    </message>
    <message>
        <source>&amp;Anonymise customer…</source>
        <translation>إ&amp;خفاء هوية العميل…</translation>
    </message>
    <message>
        <source>Not moved to the bin</source>
        <translation>لم تُنقل إلى سلة المحذوفات</translation>
    </message>
    <message>
        <source>Anonymise customer</source>
        <translation>إخفاء هوية العميل</translation>
    </message>
    <message>
        <source>Select a complaint of the customer in the log first.</source>
        <translation>اختر أولًا شكوى لهذا العميل من السجلّ.</translation>
    </message>
    <message>
        <source>Remove {name}&apos;s name, phone, e-mail and address from every complaint, the search and the timeline? The complaints and their figures stay. Every backup is rewritten the same way. This cannot be undone.</source>
        <translation>هل تحذف اسم {name} وهاتفه وبريده الإلكتروني وعنوانه من كل الشكاوى ومن البحث ومن مجريات الشكاوى؟ تبقى الشكاوى وأرقامها كما هي، وتُعاد كتابة كل النسخ الاحتياطية بالطريقة نفسها. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Not anonymised</source>
        <translation>لم تُخفَ الهوية</translation>
    </message>
    <message>
        <source>Done: {count} complaints and {backups} backups no longer hold this customer&apos;s details.</source>
        <translation>تم: أُزيلت بيانات هذا العميل من الشكاوى (عددها {count}) ومن النسخ الاحتياطية (عددها {backups}).</translation>
    </message>
    <message>
        <source>These backups could not be rewritten; delete them:</source>
        <translation>تعذّرت إعادة كتابة هذه النسخ الاحتياطية؛ احذفها:</translation>
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
        <source>Second backup folder (a USB stick or a synced folder)</source>
        <translation>مجلد النسخ الاحتياطية الثاني (ذاكرة USB أو مجلد متزامن)</translation>
    </message>
    <message>
        <source>Desktop notifications when something is due</source>
        <translation>إشعارات على سطح المكتب عند حلول موعد شيء ما</translation>
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
        <source>On</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>إيقاف</translation>
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
    <name>SourcePage</name>
    <message>
        <source>A CSV, TSV or Excel (.xlsx) file</source>
        <translation>ملف CSV أو TSV أو Excel ‏(‎.xlsx‎)</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>اختر ملفًا…</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>فاصلة ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>فاصلة منقوطة ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>مسافة جدولة (Tab)</translation>
    </message>
    <message>
        <source>Bar |</source>
        <translation>خط عمودي |</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>الصفوف الأولى من الملف</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>Saved mapping:</source>
        <translation>ربط محفوظ:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>الترميز:</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>الفاصل:</translation>
    </message>
    <message>
        <source>Column names are in row:</source>
        <translation>أسماء الأعمدة في الصف:</translation>
    </message>
    <message>
        <source>The first rows as they will be read:</source>
        <translation>الصفوف الأولى كما ستُقرأ:</translation>
    </message>
    <message>
        <source>None (find out from the file)</source>
        <translation>لا شيء (يُستنتج من الملف)</translation>
    </message>
    <message>
        <source>found in the file: %1</source>
        <translation>المكتشف في الملف: %1</translation>
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
    <name>StoreProblems</name>
    <message>
        <source>The disk is full, so Complaint Coach cannot write to {path}. Nothing was lost. Free some space on the disk and try again; meanwhile you can read, export and print.</source>
        <translation>القرص ممتلئ، لذلك لا يستطيع مدرّب الشكاوى الكتابة في {path}. لم يضِع شيء. أفرِغ بعض المساحة على القرص وحاول مرة أخرى؛ وإلى ذلك الحين يمكنك القراءة والتصدير والطباعة.</translation>
    </message>
    <message>
        <source>Complaint Coach cannot write to the data folder {path}. Nothing was lost. You can read, export and print; to save, ask for write permission or choose another folder.</source>
        <translation>لا يستطيع مدرّب الشكاوى الكتابة في مجلد البيانات {path}. لم يضِع شيء. يمكنك القراءة والتصدير والطباعة؛ وللحفظ اطلب إذن الكتابة أو اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>The log {path} is locked by another program. Nothing was changed. Close the other program and try again.</source>
        <translation>سجلّ الشكاوى {path} مقفل من برنامج آخر. لم يتغيّر شيء. أغلق البرنامج الآخر وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The file {path} is not a Complaint Coach log. Nothing was changed. You can go back to a backup, or move the file aside to start a new log.</source>
        <translation>الملف {path} ليس سجلّ شكاوى لمدرّب الشكاوى. لم يتغيّر شيء. يمكنك الرجوع إلى نسخة احتياطية، أو نقل الملف جانبًا لبدء سجلّ جديد.</translation>
    </message>
    <message>
        <source>The log {path} is damaged. Nothing more is written into it. You can go back to the newest backup, or recover every complaint that can still be read into a new log (the damaged file is kept aside).</source>
        <translation>سجلّ الشكاوى {path} تالف، ولن يُكتب فيه شيء بعد الآن. يمكنك الرجوع إلى أحدث نسخة احتياطية، أو استعادة كل شكوى ما زالت قابلة للقراءة في سجلّ جديد (ويُحفظ الملف التالف جانبًا).</translation>
    </message>
    <message>
        <source>The log {path} was saved by a newer version of Complaint Coach. Nothing was changed. Install the newer version to open it.</source>
        <translation>حُفظ سجلّ الشكاوى {path} بإصدار أحدث من مدرّب الشكاوى. لم يتغيّر شيء. ثبّت الإصدار الأحدث لفتحه.</translation>
    </message>
    <message>
        <source>Complaint Coach cannot use {path}. Nothing was changed.</source>
        <translation>لا يستطيع مدرّب الشكاوى استخدام {path}. لم يتغيّر شيء.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>مجريات الشكوى</translation>
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
        <translation>وعدنا العميل بموعد</translation>
    </message>
    <message>
        <source>Promise made for {date}</source>
        <translation>وعدنا العميل بموعد: {date}</translation>
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
        <source>Fix done</source>
        <translation>تمّ تنفيذ الحل</translation>
    </message>
    <message>
        <source>Follow-up moved to {date}</source>
        <translation>نُقلت المتابعة إلى {date}</translation>
    </message>
    <message>
        <source>File added: {name}</source>
        <translation>أُضيف ملف: {name}</translation>
    </message>
    <message>
        <source>File removed: {name}</source>
        <translation>أُزيل ملف: {name}</translation>
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
        <translation>وعود مستحقة اليوم أو لم يُوفَ بها</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>متابعات حان موعدها</translation>
    </message>
    <message>
        <source>Drafts left open for more than a day</source>
        <translation>مسودات بقيت مفتوحة أكثر من يوم</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation>لا شيء مستحق اليوم.</translation>
    </message>
    <message>
        <source>Show {n} more</source>
        <translation>عرض {n} أخرى</translation>
    </message>
    <message>
        <source>And {n} more: see the complaints log.</source>
        <translation>و{n} غيرها: انظر سجلّ الشكاوى.</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>بلا اسم</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Fix done</source>
        <translation>تمّ تنفيذ الحل</translation>
    </message>
    <message>
        <source>Follow-up done…</source>
        <translation>تمّت المتابعة…</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>تغيير الموعد…</translation>
    </message>
    <message>
        <source>Promised by {date}</source>
        <translation>الموعد الذي وعدنا به: {date}</translation>
    </message>
    <message>
        <source>Follow-up due {date}</source>
        <translation>موعد المتابعة: {date}</translation>
    </message>
    <message>
        <source>Left open since {date} at the {stage} stage</source>
        <translation>مفتوحة منذ {date} في مرحلة {stage}</translation>
    </message>
    <message>
        <source>Choose the day of the follow-up.</source>
        <translation>اختر يوم المتابعة.</translation>
    </message>
    <message>
        <source>The follow-up cannot be before the complaint was made.</source>
        <translation>لا يمكن أن تكون المتابعة قبل تاريخ تقديم الشكوى.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>لم يتم الحفظ: {reason}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يتم الحفظ</translation>
    </message>
</context>
<context>
    <name>TransferMenu</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;استيراد…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>استيراد…</translation>
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
        <translation>قناة التواصل</translation>
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
        <translation>جهد العميل (CES)</translation>
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
        <translation>حدّد مَن المخطئ على ما يبدو، أو اختر «غير واضح بعد» حتى تتحقق.</translation>
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
        <translation>أدخل اليوم الذي تواصلت فيه مع العميل للمتابعة.</translation>
    </message>
    <message>
        <source>Record whether the problem is now fully resolved.</source>
        <translation>سجّل ما إذا كانت المشكلة قد حُلّت تمامًا الآن.</translation>
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
        <translation>يجب أن يكون جهد العميل (CES) من 1 إلى 7.</translation>
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
        <translation>لم تكتمل هذه المرحلة بعد: انظر الملاحظات باللون الأحمر.</translation>
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
        <translation type="vanished">عند الانتقال إلى المرحلة التالية، يُحدَّد موعد المتابعة بعد يوم واحد من الاتفاق على الحل: {date}. يمكنك تغييره في مرحلة المتابعة.</translation>
    </message>
    <message>
        <source>When you go on, the follow-up is set for one day after the fix: tomorrow if the fix is given today, else the day after the promised-by date. You can change it at the Follow-up stage.</source>
        <translation>عند الانتقال إلى المرحلة التالية، يُحدَّد موعد المتابعة بعد يوم واحد من تنفيذ الحل: غدًا إن نُفِّذ الحل اليوم، وإلا فاليوم التالي للموعد الذي وعدنا به. يمكنك تغييره في مرحلة المتابعة.</translation>
    </message>
    <message>
        <source>When you go on, the follow-up is set for one day after the fix: {date}. You can change it at the Follow-up stage.</source>
        <translation>عند الانتقال إلى المرحلة التالية، يُحدَّد موعد المتابعة بعد يوم واحد من تنفيذ الحل: {date}. يمكنك تغييره في مرحلة المتابعة.</translation>
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
<context>
    <name>WriteReplyButton</name>
    <message>
        <source>Write reply</source>
        <translation>كتابة الرد</translation>
    </message>
    <message>
        <source>Write the message to the customer with the coach</source>
        <translation>اكتب رسالتك إلى العميل بمساعدة المدرّب</translation>
    </message>
</context>
</TS>
