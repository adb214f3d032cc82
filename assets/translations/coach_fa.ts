<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Complaint Coach</source>
        <translation>دربارهٔ دستیار رسیدگی به شکایت</translation>
    </message>
    <message>
        <source>Coaches you through each customer complaint (listen, clarify, apologise, resolve, follow up) and reports each month on what keeps going wrong.</source>
        <translation>شما را در رسیدگی به هر شکایت مشتری همراهی می‌کند (گوش دادن، روشن کردن ماجرا، عذرخواهی، حل مشکل، پیگیری) و هر ماه گزارش می‌دهد چه چیزی بارها اشتباه پیش می‌رود.</translation>
    </message>
    <message>
        <source>Free software under the MIT licence.</source>
        <translation>نرم‌افزار آزاد با مجوز MIT.</translation>
    </message>
    <message>
        <source>Fonts: {families}, under the SIL Open Font License 1.1:</source>
        <translation>قلم‌ها: {families}، با مجوز SIL Open Font License 1.1:</translation>
    </message>
    <message>
        <source>Complaint Coach</source>
        <translation>دستیار رسیدگی به شکایت</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>نسخهٔ {version}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Complaint Coach cannot start</source>
        <translation>دستیار رسیدگی به شکایت باز نمی‌شود</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be created ({reason}).</source>
        <translation>ساختن پوشهٔ داده‌ها ممکن نشد ({reason}): {folder}</translation>
    </message>
    <message>
        <source>Complaint Coach is already open on this data folder ({folder}). Use the window that is open, or close it first.</source>
        <translation>دستیار رسیدگی به شکایت همین حالا با این پوشهٔ داده‌ها ({folder}) باز است. از همان پنجرهٔ باز استفاده کنید یا اول آن را ببندید.</translation>
    </message>
    <message>
        <source>Complaint Coach cannot write its lock file in the data folder {folder}.</source>
        <translation>دستیار رسیدگی به شکایت نمی‌تواند فایل قفل خود را در پوشهٔ داده‌ها بنویسد: {folder}</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Start of the day</source>
        <translation>آغاز روز</translation>
    </message>
    <message>
        <source>After editing</source>
        <translation>پس از ویرایش</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>پیش از وارد کردن</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>پیش از بازگردانی</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>پیش از به‌روزرسانی</translation>
    </message>
    <message>
        <source>Before merging customers</source>
        <translation>پیش از ادغام مشتری‌ها</translation>
    </message>
    <message>
        <source>Before a bulk change</source>
        <translation>پیش از تغییر گروهی</translation>
    </message>
    <message>
        <source>Before anonymising</source>
        <translation>پیش از ناشناس‌سازی</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>ساختهٔ شما</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>شکایت‌ها</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>نسخه‌های پشتیبان</translation>
    </message>
    <message>
        <source>Complaint Coach backs up the log every day you open it, after every half hour of editing and before every import or restore. Each backup is checked before it is kept: the newest 10, then one a day for a week, one a week for a month and one a month for a year.</source>
        <translation>دستیار رسیدگی به شکایت هر روزی که بازش کنید، پس از هر نیم ساعت ویرایش و پیش از هر وارد کردن یا بازگردانی، از فهرست نسخهٔ پشتیبان می‌گیرد. هر نسخه پیش از نگه داشتن بررسی می‌شود: ۱۰ نسخهٔ آخر، سپس یکی برای هر روز تا یک هفته، یکی برای هر هفته تا یک ماه و یکی برای هر ماه تا یک سال.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>همین حالا پشتیبان بگیر</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>بازگردانی…</translation>
    </message>
    <message>
        <source>Backups are kept in {folder}.</source>
        <translation>نسخه‌های پشتیبان در {folder} نگه داشته می‌شوند.</translation>
    </message>
    <message>
        <source>A copy of each goes to {folder}.</source>
        <translation>از هر کدام یک نسخه هم در {folder} گذاشته می‌شود.</translation>
    </message>
    <message>
        <source>A second folder (a USB stick) can be chosen in Settings.</source>
        <translation>پوشهٔ دوم (مثلاً یک فلش USB) را می‌توانید در تنظیمات انتخاب کنید.</translation>
    </message>
    <message>
        <source>No backup was made</source>
        <translation>نسخهٔ پشتیبان گرفته نشد</translation>
    </message>
    <message>
        <source>Put the backup of {date} ({count} complaints) in place of the log? The log as it is now is kept first, as a file in the data folder.</source>
        <translation>نسخهٔ پشتیبان {date} ({count} شکایت) جای فهرست کنونی بنشیند؟ فهرست کنونی پیش از آن به‌صورت فایلی در پوشهٔ داده‌ها نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>بازگردانی نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>نسخهٔ پشتیبان بازگردانده نشد</translation>
    </message>
    <message>
        <source>The log now holds {count} complaints. The log as it was is kept as {path}.</source>
        <translation>اکنون {count} شکایت در فهرست است. فهرست پیشین با نام {path} نگه داشته شد.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>نسخهٔ پشتیبان بازگردانده شد</translation>
    </message>
</context>
<context>
    <name>BinDialog</name>
    <message>
        <source>Bin</source>
        <translation>سطل زباله</translation>
    </message>
    <message>
        <source>Deleted complaints wait here for {days} days, then they are deleted for good. The log, reports and exports leave them out.</source>
        <translation>شکایت‌های حذف‌شده {days} روز اینجا می‌مانند و سپس برای همیشه پاک می‌شوند. در فهرست، گزارش‌ها و خروجی‌ها نمی‌آیند.</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>تاریخ حذف</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>تاریخ ثبت</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>شکایت</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>بازگردانی</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>بازگردانده نشد</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>ستون</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشکل</translation>
    </message>
    <message>
        <source>Values this log does not know yet</source>
        <translation>مقدارهایی که این فهرست هنوز نمی‌شناسد</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <source>Value in your file</source>
        <translation>مقدار در فایل شما</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>یعنی</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>دوباره بررسی کن</translation>
    </message>
    <message>
        <source>Import only if every row is right</source>
        <translation>فقط اگر همهٔ ردیف‌ها درست باشند وارد شود</translation>
    </message>
    <message>
        <source>Import the good rows and save the rest aside, with the reasons, in a file</source>
        <translation>ردیف‌های درست وارد شوند و بقیه همراه با دلیلشان در یک فایل کنار گذاشته شوند</translation>
    </message>
    <message>
        <source>%1 complaints will be added, %2 duplicates skipped, %3 rows have problems.</source>
        <translation>تعداد شکایت‌هایی که افزوده می‌شوند: %1، تکراری‌هایی که کنار گذاشته می‌شوند: %2، ردیف‌های دارای مشکل: %3.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب کنید…</translation>
    </message>
    <message>
        <source>Add as a new root cause</source>
        <translation>افزودن به‌عنوان علت اصلی تازه</translation>
    </message>
</context>
<context>
    <name>CoachPanel</name>
    <message>
        <source>Coach</source>
        <translation>دستیار</translation>
    </message>
    <message>
        <source>This customer has shown warning signs in earlier complaints</source>
        <translation>این مشتری در شکایت‌های قبلی هم نشانه‌های هشدار داشته است</translation>
    </message>
    <message>
        <source>Before you go on, decide what to do about the relationship.</source>
        <translation>پیش از ادامه، تصمیم بگیرید رابطه‌تان با این مشتری چطور باشد.</translation>
    </message>
    <message>
        <source>Show the options</source>
        <translation>نشان دادن راه‌ها</translation>
    </message>
    <message>
        <source>Hide the options</source>
        <translation>پنهان کردن راه‌ها</translation>
    </message>
    <message>
        <source>Wording check</source>
        <translation>بررسی لحن</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>فهرست کارها</translation>
    </message>
    <message>
        <source>Warning signs you notice</source>
        <translation>نشانه‌های هشداری که می‌بینید</translation>
    </message>
    <message>
        <source>Tick what this customer does. It is kept with the customer.</source>
        <translation>کارهایی را که این مشتری می‌کند علامت بزنید. این علامت‌ها در پروندهٔ مشتری می‌ماند.</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>نکته‌ها</translation>
    </message>
    <message>
        <source>Try saying</source>
        <translation>می‌توانید بگویید</translation>
    </message>
    <message>
        <source>“{phrase}”</source>
        <translation>«{phrase}»</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>نگویید</translation>
    </message>
    <message>
        <source>Better: {suggestion}</source>
        <translation>بهتر: {suggestion}</translation>
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
        <translation>بررسی لحن هنوز برای این زبان آماده نیست.</translation>
    </message>
    <message>
        <source>The wording reads well.</source>
        <translation>لحن متن خوب است.</translation>
    </message>
    <message>
        <source>The coach reads your wording as you type.</source>
        <translation>دستیار هم‌زمان با نوشتنتان، لحن متن را بررسی می‌کند.</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Column in your file</source>
        <translation>ستون در فایل شما</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>نمونه</translation>
    </message>
    <message>
        <source>Goes into</source>
        <translation>می‌رود به</translation>
    </message>
    <message>
        <source>year/month/day (2026-10-31)</source>
        <translation>سال/ماه/روز (2026-10-31)</translation>
    </message>
    <message>
        <source>day/month/year (31/10/2026)</source>
        <translation>روز/ماه/سال (31/10/2026)</translation>
    </message>
    <message>
        <source>month/day/year (10/31/2026)</source>
        <translation>ماه/روز/سال (10/31/2026)</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <source>Persian (Jalali)</source>
        <translation>شمسی (جلالی)</translation>
    </message>
    <message>
        <source>Save this mapping as:</source>
        <translation>این نگاشت را با این نام ذخیره کن:</translation>
    </message>
    <message>
        <source>Dates are written:</source>
        <translation>تاریخ‌ها این‌طور نوشته شده‌اند:</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>این‌طور خوانده می‌شود:</translation>
    </message>
    <message>
        <source>Choose the field each column goes into:</source>
        <translation>برای هر ستون، فیلدی را که در آن قرار می‌گیرد انتخاب کنید:</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بی‌نام)</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>وارد نشود</translation>
    </message>
    <message>
        <source>No column holds dates yet.</source>
        <translation>هنوز هیچ ستونی تاریخ ندارد.</translation>
    </message>
    <message>
        <source>«%1» cannot be read this way.</source>
        <translation>«%1» را نمی‌شود این‌طور خواند.</translation>
    </message>
</context>
<context>
    <name>CustomerPages</name>
    <message>
        <source>Customer &amp;page</source>
        <translation>&amp;صفحهٔ مشتری</translation>
    </message>
    <message>
        <source>Open complaint</source>
        <translation>باز کردن شکایت</translation>
    </message>
    <message>
        <source>Customer page</source>
        <translation>صفحهٔ مشتری</translation>
    </message>
    <message>
        <source>Choose a complaint with a customer&apos;s name, phone or e-mail first.</source>
        <translation>اول شکایتی را انتخاب کنید که نام، تلفن یا ایمیل مشتری را دارد.</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Customer page…</source>
        <translation>صفحهٔ مشتری…</translation>
    </message>
    <message>
        <source>Customer page</source>
        <translation>صفحهٔ مشتری</translation>
    </message>
    <message>
        <source>Every complaint of this customer, and notes</source>
        <translation>همهٔ شکایت‌های این مشتری، و یادداشت‌ها</translation>
    </message>
</context>
<context>
    <name>CustomerView</name>
    <message>
        <source>Complaints</source>
        <translation>شکایت‌ها</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>هنوز باز</translation>
    </message>
    <message>
        <source>Cost of remedies</source>
        <translation>هزینهٔ جبران‌ها</translation>
    </message>
    <message>
        <source>Last satisfaction (CSAT)</source>
        <translation>آخرین رضایت (CSAT)</translation>
    </message>
    <message>
        <source>Notes on this customer</source>
        <translation>یادداشت‌ها دربارهٔ این مشتری</translation>
    </message>
    <message>
        <source>Open complaint</source>
        <translation>باز کردن شکایت</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>ذخیرهٔ یادداشت‌ها</translation>
    </message>
    <message>
        <source>Merge with another record…</source>
        <translation>ادغام با سابقهٔ دیگر…</translation>
    </message>
    <message>
        <source>Complaints of this customer</source>
        <translation>شکایت‌های این مشتری</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>نشانه‌های هشدار</translation>
    </message>
    <message>
        <source>Customer: {name}</source>
        <translation>مشتری: {name}</translation>
    </message>
    <message>
        <source>None noted.</source>
        <translation>چیزی ثبت نشده است.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>ذخیره نشد: {reason}</translation>
    </message>
    <message>
        <source>Notes saved</source>
        <translation>یادداشت‌ها ذخیره شد</translation>
    </message>
    <message>
        <source>Notes not saved</source>
        <translation>یادداشت‌ها ذخیره نشد</translation>
    </message>
    <message>
        <source>The notes could not be saved. Close anyway and lose the changes?</source>
        <translation>یادداشت‌ها ذخیره نشد. با این حال بسته شود و تغییرات از دست برود؟</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>{field}: today</source>
        <translation>{field}: امروز</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>بدون تاریخ</translation>
    </message>
    <message>
        <source>{field}: no date</source>
        <translation>{field}: بدون تاریخ</translation>
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
        <translation>ویندوز عربی (cp1256)</translation>
    </message>
    <message>
        <source>Windows Western (cp1252)</source>
        <translation>ویندوز غربی (cp1252)</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Evidence</source>
        <translation>مدارک</translation>
    </message>
    <message>
        <source>Photos, receipts, screenshots or PDFs: drop or paste here.</source>
        <translation>عکس، رسید، اسکرین‌شات یا PDF: اینجا رها یا جای‌گذاری کنید.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>افزودن فایل…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>جای‌گذاری</translation>
    </message>
    <message>
        <source>Keep original photos</source>
        <translation>نگه‌داشتن عکس‌های اصلی</translation>
    </message>
    <message>
        <source>Photos are kept at 2,000 pixels on their long side unless this is ticked.</source>
        <translation>عکس‌ها با ۲۰۰۰ پیکسل در ضلع بلندتر نگه داشته می‌شوند، مگر این گزینه تیک خورده باشد.</translation>
    </message>
    <message>
        <source>{name} ({size} KB)</source>
        <translation>{name} ({size} کیلوبایت)</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>افزودن مدرک</translation>
    </message>
    <message>
        <source>Photos and PDF files (*.jpg *.jpeg *.png *.heic *.webp *.bmp *.gif *.pdf)</source>
        <translation>عکس‌ها و فایل‌های PDF (*.jpg *.jpeg *.png *.heic *.webp *.bmp *.gif *.pdf)</translation>
    </message>
    <message>
        <source>There is no photo or PDF to paste.</source>
        <translation>عکس یا PDF برای جای‌گذاری وجود ندارد.</translation>
    </message>
    <message>
        <source>{name} is not a photo or a PDF, so it was not kept.</source>
        <translation>{name} عکس یا PDF نیست، پس نگه داشته نشد.</translation>
    </message>
    <message>
        <source>{name} is too large to keep (the limit is {mb} MB).</source>
        <translation>{name} برای نگه‌داشتن بیش از حد بزرگ است (حداکثر {mb} مگابایت).</translation>
    </message>
    <message>
        <source>{name} could not be read.</source>
        <translation>{name} خوانده نشد.</translation>
    </message>
    <message>
        <source>{name} was not kept: {reason}</source>
        <translation>{name} نگه داشته نشد: {reason}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>حذف فایل</translation>
    </message>
    <message>
        <source>Remove {name} from this complaint?</source>
        <translation>{name} از این شکایت حذف شود؟</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export complaints</source>
        <translation>خروجی گرفتن از شکایت‌ها</translation>
    </message>
    <message>
        <source>Every complaint</source>
        <translation>همهٔ شکایت‌ها</translation>
    </message>
    <message>
        <source>One month:</source>
        <translation>یک ماه:</translation>
    </message>
    <message>
        <source>What the log shows now</source>
        <translation>آنچه فهرست الان نشان می‌دهد</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>خروجی گرفتن…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>قالب:</translation>
    </message>
    <message>
        <source>Complaints:</source>
        <translation>شکایت‌ها:</translation>
    </message>
    <message>
        <source>CSV (opens in any spreadsheet, imports again)</source>
        <translation>CSV (در هر صفحه‌گسترده‌ای باز می‌شود و دوباره وارد می‌شود)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>کارپوشهٔ اکسل (‎.xlsx‎)</translation>
    </message>
    <message>
        <source>JSON with each complaint&apos;s timeline</source>
        <translation>JSON همراه با روند زمانی هر شکایت</translation>
    </message>
    <message>
        <source>%1 (%2 complaints)</source>
        <translation>%1 (تعداد شکایت‌ها: %2)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>در حال خروجی گرفتن…</translation>
    </message>
    <message>
        <source>Exported %1 complaints to %2.</source>
        <translation>تعداد %1 شکایت در %2 ذخیره شد.</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>لغو شد؛ هیچ فایلی نوشته نشد.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was written; free some space and try again.</source>
        <translation>دیسک پر است. چیزی نوشته نشد؛ کمی فضا آزاد کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>فایل نوشته نشد: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>خروجی گرفتن</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>FixDoneButton</name>
    <message>
        <source>Fix done</source>
        <translation>راه‌حل اجرا شد</translation>
    </message>
    <message>
        <source>The promised fix was delivered today: the follow-up is due a day later</source>
        <translation>راه‌حل وعده‌داده‌شده امروز اجرا شد: موعد پیگیری یک روز بعد است</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <source>Choose a folder…</source>
        <translation>انتخاب پوشه…</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up done</source>
        <translation>پیگیری انجام شد</translation>
    </message>
    <message>
        <source>How did the follow-up with {customer} go?</source>
        <translation>پیگیری با {customer} چطور پیش رفت؟</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>User guide</source>
        <translation>راهنمای استفاده</translation>
    </message>
    <message>
        <source>The user guide cannot be opened. It should be at {path}.</source>
        <translation>راهنمای استفاده باز نمی‌شود. باید در {path} باشد.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import complaints</source>
        <translation>وارد کردن شکایت‌ها</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>صفحه‌گسترده‌ها (*.csv *.tsv *.txt *.xlsx);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>قبلی</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>بعدی</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>وارد کردن</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Choose the column that holds the date each complaint was made and the one that holds the complaint itself (Back).</source>
        <translation>ستونی را که تاریخ هر شکایت در آن است و ستونی را که متن خود شکایت در آن است انتخاب کنید (قبلی).</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>در حال وارد کردن…</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>در حال بررسی همهٔ ردیف‌ها…</translation>
    </message>
    <message>
        <source>Nothing was imported: some rows have problems. Correct them, or choose to import the good rows.</source>
        <translation>چیزی وارد نشد: بعضی ردیف‌ها مشکل دارند. آن‌ها را درست کنید، یا وارد کردن ردیف‌های درست را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Imported %1 complaints.</source>
        <translation>تعداد %1 شکایت وارد شد.</translation>
    </message>
    <message>
        <source>Skipped %1 already in the log.</source>
        <translation>تعداد %1 که از قبل در فهرست بودند کنار گذاشته شد.</translation>
    </message>
    <message>
        <source>The rows with problems are in %1.</source>
        <translation>ردیف‌های دارای مشکل در %1 هستند.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>لغو شد؛ چیزی وارد نشد.</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <source>{value} is not a date; write 2024-05-31 or 2024-05-31T14:30</source>
        <translation>{value} تاریخ نیست؛ این‌طور بنویسید: 2024-05-31 یا 2024-05-31T14:30</translation>
    </message>
    <message>
        <source>{value} has no such time</source>
        <translation>چنین ساعتی در {value} وجود ندارد</translation>
    </message>
    <message>
        <source>{value} has no full year; write the year with four digits</source>
        <translation>سالِ {value} کامل نیست؛ سال را با چهار رقم بنویسید</translation>
    </message>
    <message>
        <source>{value} is not year/month/day; write 2024-05-31</source>
        <translation>{value} به شکل سال/ماه/روز نیست؛ این‌طور بنویسید: 2024-05-31</translation>
    </message>
    <message>
        <source>{value} could be day/month or month/day; say which the file uses (--date-format dmy or mdy)</source>
        <translation>{value} ممکن است روز/ماه یا ماه/روز باشد؛ بگویید فایل کدام را به کار می‌برد (‎--date-format dmy‎ یا ‎mdy‎)</translation>
    </message>
    <message>
        <source>{value} is too long ago to be the date of a complaint</source>
        <translation>{value} قدیمی‌تر از آن است که تاریخ یک شکایت باشد</translation>
    </message>
    <message>
        <source>{value} has the year {year}, which is not a Gregorian year; if the file uses the Persian (Jalali) calendar, import it with that calendar (--calendar jalali)</source>
        <translation>سالِ {value} برابر {year} است که سال میلادی نیست؛ اگر فایل تاریخ شمسی دارد، آن را با تقویم شمسی وارد کنید (‎--calendar jalali‎)</translation>
    </message>
    <message>
        <source>{value} is not a date in the Jalali calendar</source>
        <translation>{value} در تقویم شمسی تاریخ درستی نیست</translation>
    </message>
    <message>
        <source>missing; every complaint needs the date it was made</source>
        <translation>خالی است؛ هر شکایت به تاریخ ثبتش نیاز دارد</translation>
    </message>
    <message>
        <source>missing; write the complaint in the customer&apos;s words</source>
        <translation>خالی است؛ شکایت را با کلمات خود مشتری بنویسید</translation>
    </message>
    <message>
        <source>it cannot be before the complaint was made (created_at)</source>
        <translation>نمی‌تواند پیش از تاریخ شکایت (created_at) باشد</translation>
    </message>
    <message>
        <source>{value} is not one of the allowed keys: {keys}</source>
        <translation>{value} جزو مقدارهای مجاز نیست: {keys}</translation>
    </message>
    <message>
        <source>{value} is not one of: {keys}</source>
        <translation>{value} هیچ‌کدام از این‌ها نیست: {keys}</translation>
    </message>
    <message>
        <source>{value} is not a known root cause; use one of the built-in keys or import with --add-causes to add it</source>
        <translation>{value} علت اصلی شناخته‌شده‌ای نیست؛ یکی از علت‌های آماده را به کار ببرید یا با ‎--add-causes‎ وارد کنید تا افزوده شود</translation>
    </message>
    <message>
        <source>{value} is not a known root cause; say below what it means, or add it as a new root cause</source>
        <translation>{value} علت اصلی شناخته‌شده‌ای نیست؛ در پایین بگویید یعنی چه، یا آن را به‌عنوان علت اصلی تازه بیفزایید</translation>
    </message>
    <message>
        <source>{value} cannot be a root-cause key; use lower-case letters, digits and _ only (like late_pickup)</source>
        <translation>{value} نمی‌تواند کلید علت اصلی باشد؛ فقط حروف کوچک لاتین، رقم و _ به کار ببرید (مثل late_pickup)</translation>
    </message>
    <message>
        <source>{value} is not an amount; write digits with a point, like 12.50</source>
        <translation>{value} مبلغ نیست؛ رقم‌ها را با ممیز بنویسید، مثل 12.50</translation>
    </message>
    <message>
        <source>{value} is negative; a cost cannot be negative</source>
        <translation>{value} منفی است؛ هزینه نمی‌تواند منفی باشد</translation>
    </message>
    <message>
        <source>{value} is out of range; {label} is a whole number from {low} to {high}</source>
        <translation>{value} بیرون از محدوده است؛ {label} عددی صحیح از {low} تا {high} است</translation>
    </message>
    <message>
        <source>{value} is not yes or no</source>
        <translation>{value} نه «بله» است نه «خیر»</translation>
    </message>
    <message>
        <source>it has {count} columns, but the header has {width}</source>
        <translation>{count} ستون دارد، ولی ردیف عنوان‌ها {width} ستون دارد</translation>
    </message>
    <message>
        <source>its quotes are not closed properly</source>
        <translation>نشانه‌های نقل‌قول آن درست بسته نشده‌اند</translation>
    </message>
    <message>
        <source>it is not UTF-8 text (at byte offset {offset} of the file, line {line}); save the file as &apos;CSV UTF-8&apos; and try again</source>
        <translation>متن UTF-8 نیست (در بایت {offset} فایل، خط {line})؛ فایل را با قالب ‏&apos;CSV UTF-8&apos; ذخیره کنید و دوباره امتحان کنید</translation>
    </message>
    <message>
        <source>it is not {encoding} text (at byte offset {offset} of the file, line {line}); choose the file&apos;s encoding and try again</source>
        <translation>متن {encoding} نیست (در بایت {offset} فایل، خط {line})؛ کدگذاری فایل را انتخاب کنید و دوباره امتحان کنید</translation>
    </message>
    <message>
        <source>{value} could be day/month or month/day; choose how the dates are written (Back)</source>
        <translation>{value} ممکن است روز/ماه یا ماه/روز باشد؛ انتخاب کنید تاریخ‌ها چطور نوشته شده‌اند (قبلی)</translation>
    </message>
    <message>
        <source>{value} has the year {year}, which is not a Gregorian year; if the file uses the Persian (Jalali) calendar, choose that calendar (Back)</source>
        <translation>سالِ {value} برابر {year} است که سال میلادی نیست؛ اگر فایل تاریخ شمسی دارد، تقویم شمسی را انتخاب کنید (قبلی)</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translation>انگلیسی</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>عربی</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>فارسی</translation>
    </message>
</context>
<context>
    <name>LearnScreen</name>
    <message>
        <source>Filter topics</source>
        <translation>جست‌وجو در موضوع‌ها</translation>
    </message>
    <message>
        <source>Playbook topics</source>
        <translation>موضوع‌های کتابچهٔ راهکارها</translation>
    </message>
    <message>
        <source>Coaching text</source>
        <translation>متن آموزشی</translation>
    </message>
    <message>
        <source>No topic matches the filter.</source>
        <translation>هیچ موضوعی با این جست‌وجو پیدا نشد.</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>مرحله‌ها</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>ایمنی</translation>
    </message>
    <message>
        <source>Root causes</source>
        <translation>علت‌های اصلی</translation>
    </message>
    <message>
        <source>Customer warning signs</source>
        <translation>نشانه‌های هشدار در رفتار مشتری</translation>
    </message>
    <message>
        <source>Decisions about a customer</source>
        <translation>تصمیم دربارهٔ یک مشتری</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>راه‌های ارتباطی</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>خواندنی‌ها</translation>
    </message>
    <message>
        <source>Principles taught:</source>
        <translation>اصولی که آموزش می‌دهد:</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>فهرست کارها</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>نکته‌ها</translation>
    </message>
    <message>
        <source>What to say</source>
        <translation>چه بگویید</translation>
    </message>
    <message>
        <source>What it looks like</source>
        <translation>نشانه‌ها</translation>
    </message>
    <message>
        <source>How to confirm it</source>
        <translation>چطور مطمئن شوید</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>چه چیزی را درست کنید</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>چه کار کنید</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>قدم‌ها</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>چرا:</translation>
    </message>
    <message>
        <source>Better:</source>
        <translation>بهتر:</translation>
    </message>
    <message>
        <source>What to avoid</source>
        <translation>چه نگویید</translation>
    </message>
</context>
<context>
    <name>LogFilters</name>
    <message>
        <source>Search complaints</source>
        <translation>جست‌وجو در شکایت‌ها</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>علت اصلی</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>همهٔ وضعیت‌ها</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>ناتمام</translation>
    </message>
    <message>
        <source>All root causes</source>
        <translation>همهٔ علت‌ها</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>همهٔ ماه‌ها</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Product or service</source>
        <translation>کالا یا خدمت</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>علت اصلی</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Next date</source>
        <translation>موعد بعدی</translation>
    </message>
    <message>
        <source>Stage: {stage}</source>
        <translation>مرحله: {stage}</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>موعد پیگیری</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>تاریخ وعده</translation>
    </message>
</context>
<context>
    <name>LogPane</name>
    <message>
        <source>Counting… (more than {count})</source>
        <translation>در حال شمارش… (بیش از {count})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New complaint</source>
        <translation>&amp;شکایت جدید</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;گزارش‌ها…</translation>
    </message>
    <message>
        <source>&amp;Learn</source>
        <translation>&amp;آموزش</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;تنظیمات…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;راهنمای استفاده</translation>
    </message>
    <message>
        <source>&amp;About Complaint Coach</source>
        <translation>&amp;دربارهٔ دستیار رسیدگی به شکایت</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;فایل</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>شکایت جدید</translation>
    </message>
    <message>
        <source>Reports…</source>
        <translation>گزارش‌ها…</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>آموزش</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>تنظیمات…</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>شکایت‌ها</translation>
    </message>
    <message>
        <source>Some of your playbook files could not be used: details…</source>
        <translation>بعضی از فایل‌های کتابچهٔ راهکارهای شما قابل استفاده نبودند: جزئیات…</translation>
    </message>
    <message>
        <source>Playbook problems</source>
        <translation>مشکل در فایل‌های کتابچهٔ راهکارها</translation>
    </message>
    <message>
        <source>Complaint Coach</source>
        <translation>دستیار رسیدگی به شکایت</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) found</source>
        <translation>
            <numerusform>%n شکایت پیدا شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n شکایت</numerusform>
        </translation>
    </message>
    <message>
        <source>No complaint matches this search or filter.</source>
        <translation>هیچ شکایتی با این جست‌وجو یا فیلتر پیدا نشد.</translation>
    </message>
    <message>
        <source>No complaints yet. When a customer is unhappy, press New complaint and the coach walks you through it.</source>
        <translation>هنوز شکایتی ثبت نشده است. هر وقت مشتری‌ای ناراضی بود، «شکایت جدید» را بزنید تا دستیار قدم‌به‌قدم همراهتان باشد.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge with another record</source>
        <translation>ادغام با سابقهٔ دیگر</translation>
    </message>
    <message>
        <source>Find the other record of this customer by name, phone or e-mail. Its complaints move to this page and its details are kept here. A backup is made first.</source>
        <translation>سابقهٔ دیگر این مشتری را با نام، تلفن یا ایمیل پیدا کنید. شکایت‌هایش به این صفحه منتقل می‌شود و مشخصاتش همین‌جا نگه داشته می‌شود. پیش از آن یک نسخهٔ پشتیبان گرفته می‌شود.</translation>
    </message>
    <message>
        <source>Name, phone or e-mail</source>
        <translation>نام، تلفن یا ایمیل</translation>
    </message>
    <message>
        <source>Other records</source>
        <translation>سابقه‌های دیگر</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>ادغام</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>ادغام مشتری‌ها</translation>
    </message>
    <message>
        <source>Move every complaint of {other} to this customer and remove the second record? Its details and notes are kept on this page.</source>
        <translation>همهٔ شکایت‌های {other} به این مشتری منتقل و سابقهٔ دوم حذف شود؟ مشخصات و یادداشت‌هایش در این صفحه نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>ادغام نشد</translation>
    </message>
    <message>
        <source>The customers were not merged: {reason}</source>
        <translation>مشتری‌ها ادغام نشدند: {reason}</translation>
    </message>
    <message>
        <source>Customers merged</source>
        <translation>مشتری‌ها ادغام شدند</translation>
    </message>
    <message>
        <source>Complaints moved to this customer: {n}</source>
        <translation>شکایت‌های منتقل‌شده به این مشتری: {n}</translation>
    </message>
</context>
<context>
    <name>MoneyField</name>
    <message>
        <source>Write the cost as a number, for example 12.50.</source>
        <translation>هزینه را فقط با عدد بنویسید، مثلاً ۲۵۰۰۰۰.</translation>
    </message>
    <message>
        <source>Cost cannot be negative.</source>
        <translation>هزینهٔ جبران نمی‌تواند منفی باشد.</translation>
    </message>
</context>
<context>
    <name>NullableDateEdit</name>
    <message>
        <source>No date</source>
        <translation>بدون تاریخ</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>All complaints</source>
        <translation>همهٔ شکایت‌ها</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>The complaints log needs attention</source>
        <translation>فهرست شکایت‌ها به رسیدگی نیاز دارد</translation>
    </message>
    <message>
        <source>Go back to the backup of {date} ({count} complaints)</source>
        <translation>بازگشت به نسخهٔ پشتیبان {date} ({count} شکایت)</translation>
    </message>
    <message>
        <source>Recover every complaint that can be read</source>
        <translation>بازیابی همهٔ شکایت‌های خواندنی</translation>
    </message>
    <message>
        <source>The log is back as it was on {date}: {count} complaints. The file as it was is kept as {path}.</source>
        <translation>فهرست به حالت {date} برگشت: {count} شکایت. فایل پیشین با نام {path} نگه داشته شد.</translation>
    </message>
    <message>
        <source>{count} complaints were recovered into a new log. The damaged file is kept as {path}.</source>
        <translation>{count} شکایت در فهرست تازه‌ای بازیابی شد. فایل آسیب‌دیده با نام {path} نگه داشته شد.</translation>
    </message>
    <message>
        <source>Complaint Coach cannot start</source>
        <translation>دستیار رسیدگی به شکایت باز نمی‌شود</translation>
    </message>
    <message>
        <source>Read only: {reason}</source>
        <translation>فقط خواندنی: {reason}</translation>
    </message>
    <message>
        <source>The log is open for reading only, so nothing can be saved.</source>
        <translation>فهرست شکایت‌ها فقط برای خواندن باز است، پس چیزی ذخیره نمی‌شود.</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>تغییرات ذخیره نشد</translation>
    </message>
    <message>
        <source>The changes not yet saved in the open complaints were not written into the damaged log. They are kept in {path}: copy them back by hand.</source>
        <translation>تغییراتی که در شکایت‌های باز هنوز ذخیره نشده بود در فهرست آسیب‌دیده نوشته نشد. این تغییرات در {path} نگه داشته شده است: آن‌ها را دستی به جای خود برگردانید.</translation>
    </message>
</context>
<context>
    <name>RelativeDay</name>
    <message>
        <source>today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>فردا</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n روز دیگر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>%n روز از موعد گذشته</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Things that need you today: {n}. Open Complaint Coach to see them.</source>
        <translation type="vanished">کارهایی که امروز به شما نیاز دارند: {n}. برای دیدنشان Complaint Coach را باز کنید.</translation>
    </message>
    <message>
        <source>Complaint Coach</source>
        <translation type="vanished">Complaint Coach</translation>
    </message>
    <message>
        <source>Things that need you today: {n}.</source>
        <translation>کارهایی که امروز به شما نیاز دارند: {n}.</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>بی‌نام</translation>
    </message>
    <message>
        <source>A follow-up is due</source>
        <translation>موعد یک پیگیری رسیده است</translation>
    </message>
    <message>
        <source>Call or write to {names} today.</source>
        <translation>امروز به {names} زنگ بزنید یا پیام بدهید.</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>کارهای امروز</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Reply to the customer</source>
        <translation>پاسخ به مشتری</translation>
    </message>
    <message>
        <source>Language of the message</source>
        <translation>زبان پیام</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>امضا</translation>
    </message>
    <message>
        <source>Add the country code (like +971 or +98) so that WhatsApp finds this number.</source>
        <translation>پیش‌شمارهٔ کشور را هم بنویسید (مثل ‎+98 یا ‎+971) تا واتس‌اپ این شماره را پیدا کند.</translation>
    </message>
    <message>
        <source>Message to the customer</source>
        <translation>پیام به مشتری</translation>
    </message>
    <message>
        <source>Wording check</source>
        <translation>بررسی لحن</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>کپی</translation>
    </message>
    <message>
        <source>Open as e-mail</source>
        <translation>باز کردن در ایمیل</translation>
    </message>
    <message>
        <source>Open in WhatsApp</source>
        <translation>باز کردن در واتس‌اپ</translation>
    </message>
    <message>
        <source>Rebuild the message</source>
        <translation>ساختن دوبارهٔ پیام</translation>
    </message>
    <message>
        <source>Write the message again from the fields beside it (your own edits are lost).</source>
        <translation>پیام را از روی خانه‌های کنارش از نو می‌سازد (تغییرهایی که خودتان در متن داده‌اید از بین می‌رود).</translation>
    </message>
    <message>
        <source>Fill in the highlighted fields to finish the message: {fields}.</source>
        <translation>برای کامل شدن پیام، خانه‌های مشخص‌شده را پر کنید: {fields}.</translation>
    </message>
    <message>
        <source>Reply (copied)</source>
        <translation>پاسخ (کپی‌شده برای فرستادن)</translation>
    </message>
    <message>
        <source>Copied. Paste it where you talk to the customer.</source>
        <translation>کپی شد. آن را همان‌جایی بچسبانید که با مشتری حرف می‌زنید.</translation>
    </message>
    <message>
        <source>Reply (e-mail)</source>
        <translation>پاسخ (با ایمیل)</translation>
    </message>
    <message>
        <source>Opened in your e-mail program.</source>
        <translation>در برنامهٔ ایمیلتان باز شد.</translation>
    </message>
    <message>
        <source>Reply (WhatsApp)</source>
        <translation>پاسخ (با واتس‌اپ)</translation>
    </message>
    <message>
        <source>Opened in WhatsApp.</source>
        <translation>در واتس‌اپ باز شد.</translation>
    </message>
    <message>
        <source>Nothing on this computer could open it. Copy the message instead.</source>
        <translation>هیچ برنامه‌ای روی این رایانه نتوانست آن را باز کند. به‌جایش پیام را کپی کنید.</translation>
    </message>
    <message>
        <source>Not added to the timeline: {reason}</source>
        <translation>به روند شکایت اضافه نشد: {reason}</translation>
    </message>
    <message>
        <source>It is in the timeline.</source>
        <translation>در روند شکایت هم ثبت شد.</translation>
    </message>
</context>
<context>
    <name>ReportScreen</name>
    <message>
        <source>Monthly report</source>
        <translation>گزارش ماهانه</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>پیشرفت کار</translation>
    </message>
    <message>
        <source>Choose a month and press Preview.</source>
        <translation>یک ماه را انتخاب کنید و «پیش‌نمایش» را بزنید.</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;ماه:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
    <message>
        <source>&amp;Hide personal data</source>
        <translation>پنهان کردن اطلاعات &amp;شخصی</translation>
    </message>
    <message>
        <source>Hide personal data</source>
        <translation>پنهان کردن اطلاعات شخصی</translation>
    </message>
    <message>
        <source>Add attached &amp;photos</source>
        <translation>افزودن &amp;عکس‌های پیوست</translation>
    </message>
    <message>
        <source>Add attached photos</source>
        <translation>افزودن عکس‌های پیوست</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;پیش‌نمایش</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;چاپ…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;ذخیرهٔ PDF…</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>صفحهٔ قبل</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>صفحهٔ بعد</translation>
    </message>
    <message numerus="yes">
        <source>The preview shows %n page(s).</source>
        <translation>
            <numerusform>پیش‌نمایش %n صفحه دارد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>در حال آماده کردن پیش‌نمایش…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to {path}.</source>
        <translation>
            <numerusform>%n صفحه در این فایل ذخیره شد: {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>در حال ذخیرهٔ PDF…</translation>
    </message>
    <message>
        <source>The report went to the printer.</source>
        <translation>گزارش به چاپگر فرستاده شد.</translation>
    </message>
    <message>
        <source>Printing the report…</source>
        <translation>در حال چاپ گزارش…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>چاپ گزارش</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation type="vanished">در حال آماده کردن گزارش…</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>ذخیرهٔ گزارش به‌صورت PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>فایل‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be made: {error}</source>
        <translation>گزارش ساخته نشد: {error}</translation>
    </message>
    <message>
        <source>Page {x} of {y}</source>
        <translation>صفحهٔ {x} از {y}</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule the follow-up</source>
        <translation>تغییر موعد پیگیری</translation>
    </message>
    <message>
        <source>When will you follow up with {customer}?</source>
        <translation>کی با {customer} پیگیری می‌کنید؟</translation>
    </message>
</context>
<context>
    <name>Safekeeping</name>
    <message>
        <source>Backed up at {time}</source>
        <translation>ساعت {time} نسخهٔ پشتیبان گرفته شد</translation>
    </message>
    <message>
        <source>not copied to the second backup folder</source>
        <translation>در پوشهٔ پشتیبان دوم کپی نشد</translation>
    </message>
    <message>
        <source>Backup failed: {reason}</source>
        <translation>پشتیبان‌گیری انجام نشد: {reason}</translation>
    </message>
</context>
<context>
    <name>SafetyMenu</name>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;نسخه‌های پشتیبان…</translation>
    </message>
    <message>
        <source>B&amp;in…</source>
        <translation>&amp;سطل زباله…</translation>
    </message>
    <message>
        <source>&amp;Move complaint to the bin</source>
        <translation>انتقال شکایت به &amp;سطل زباله</translation>
    </message>
    <message>
        <source>&amp;Anonymise customer…</source>
        <translation>&amp;ناشناس‌سازی مشتری…</translation>
    </message>
    <message>
        <source>Not moved to the bin</source>
        <translation>به سطل زباله منتقل نشد</translation>
    </message>
    <message>
        <source>Anonymise customer</source>
        <translation>ناشناس‌سازی مشتری</translation>
    </message>
    <message>
        <source>Select a complaint of the customer in the log first.</source>
        <translation>اول یکی از شکایت‌های این مشتری را در فهرست انتخاب کنید.</translation>
    </message>
    <message>
        <source>Remove {name}&apos;s name, phone, e-mail and address from every complaint, the search and the timeline? The complaints and their figures stay. Every backup is rewritten the same way. This cannot be undone.</source>
        <translation>نام، تلفن، ایمیل و نشانی {name} از همهٔ شکایت‌ها، جست‌وجو و روند شکایت‌ها پاک شود؟ خود شکایت‌ها و آمارشان می‌مانند. همهٔ نسخه‌های پشتیبان هم به همین شکل بازنویسی می‌شوند. این کار برگشت‌پذیر نیست.</translation>
    </message>
    <message>
        <source>Not anonymised</source>
        <translation>ناشناس‌سازی انجام نشد</translation>
    </message>
    <message>
        <source>Done: {count} complaints and {backups} backups no longer hold this customer&apos;s details.</source>
        <translation>انجام شد: اکنون {count} شکایت و {backups} نسخهٔ پشتیبان دیگر اطلاعات این مشتری را ندارند.</translation>
    </message>
    <message>
        <source>These backups could not be rewritten; delete them:</source>
        <translation>این نسخه‌های پشتیبان بازنویسی نشدند؛ پاکشان کنید:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>تقویم</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>ارقام</translation>
    </message>
    <message>
        <source>Business name (report header)</source>
        <translation>نام کسب‌وکار (در سربرگ گزارش)</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>اندازهٔ کاغذ</translation>
    </message>
    <message>
        <source>Second backup folder (a USB stick or a synced folder)</source>
        <translation>پوشهٔ پشتیبان دوم (فلش USB یا پوشهٔ همگام‌شده)</translation>
    </message>
    <message>
        <source>Desktop notifications when something is due</source>
        <translation>اعلان روی دسکتاپ وقتی کاری سررسید می‌شود</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <source>Jalali (Persian solar)</source>
        <translation>هجری شمسی</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>لاتین</translation>
    </message>
    <message>
        <source>Arabic-Indic</source>
        <translation>عربی</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>فارسی</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Letter آمریکایی</translation>
    </message>
    <message>
        <source>On</source>
        <translation>روشن</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>خاموش</translation>
    </message>
    <message>
        <source>The new language is used after you restart Complaint Coach.</source>
        <translation>زبان جدید بعد از بستن و باز کردن دوبارهٔ برنامه نمایش داده می‌شود.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>توجه</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>تنظیمات ذخیره نشد</translation>
    </message>
    <message>
        <source>The settings could not be saved ({reason}). Your choices are still here: check that the data folder can be written to, then press OK again.</source>
        <translation>ذخیرهٔ تنظیمات ممکن نشد ({reason}). انتخاب‌هایتان سر جایشان هستند: لطفاً مطمئن شوید که پوشهٔ داده‌ها قابل نوشتن است و بعد دوباره «تأیید» را بزنید.</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>A CSV, TSV or Excel (.xlsx) file</source>
        <translation>فایل CSV یا TSV یا اکسل (‎.xlsx‎)</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>انتخاب فایل…</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>ویرگول ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>نقطه‌ویرگول ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>تب (Tab)</translation>
    </message>
    <message>
        <source>Bar |</source>
        <translation>خط عمودی |</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>ردیف‌های اول فایل</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>فایل:</translation>
    </message>
    <message>
        <source>Saved mapping:</source>
        <translation>نگاشت ذخیره‌شده:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>کدگذاری:</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>جداکننده:</translation>
    </message>
    <message>
        <source>Column names are in row:</source>
        <translation>نام ستون‌ها در ردیف:</translation>
    </message>
    <message>
        <source>The first rows as they will be read:</source>
        <translation>ردیف‌های اول، همان‌طور که خوانده می‌شوند:</translation>
    </message>
    <message>
        <source>None (find out from the file)</source>
        <translation>هیچ (از روی خود فایل)</translation>
    </message>
    <message>
        <source>found in the file: %1</source>
        <translation>تشخیص از روی فایل: %1</translation>
    </message>
</context>
<context>
    <name>StageRail</name>
    <message>
        <source>done</source>
        <translation>انجام شد</translation>
    </message>
    <message>
        <source>current stage</source>
        <translation>مرحلهٔ فعلی</translation>
    </message>
    <message>
        <source>still to do</source>
        <translation>هنوز مانده</translation>
    </message>
</context>
<context>
    <name>StoreProblems</name>
    <message>
        <source>The disk is full, so Complaint Coach cannot write to {path}. Nothing was lost. Free some space on the disk and try again; meanwhile you can read, export and print.</source>
        <translation>دیسک پر است، برای همین دستیار رسیدگی به شکایت نمی‌تواند در {path} بنویسد. چیزی از دست نرفت. کمی از فضای دیسک را خالی کنید و دوباره امتحان کنید؛ تا آن موقع می‌توانید بخوانید، خروجی بگیرید و چاپ کنید.</translation>
    </message>
    <message>
        <source>Complaint Coach cannot write to the data folder {path}. Nothing was lost. You can read, export and print; to save, ask for write permission or choose another folder.</source>
        <translation>دستیار رسیدگی به شکایت نمی‌تواند در پوشهٔ داده‌ها بنویسد: {path}. چیزی از دست نرفت. می‌توانید بخوانید، خروجی بگیرید و چاپ کنید؛ برای ذخیره کردن، اجازهٔ نوشتن بگیرید یا پوشهٔ دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>The log {path} is locked by another program. Nothing was changed. Close the other program and try again.</source>
        <translation>فهرست شکایت‌ها ({path}) را برنامهٔ دیگری قفل کرده است. چیزی تغییر نکرد. آن برنامه را ببندید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>The file {path} is not a Complaint Coach log. Nothing was changed. You can go back to a backup, or move the file aside to start a new log.</source>
        <translation>فایل {path} فهرست شکایت‌های دستیار رسیدگی به شکایت نیست. چیزی تغییر نکرد. می‌توانید به یک نسخهٔ پشتیبان برگردید، یا فایل را کنار بگذارید و فهرست تازه‌ای شروع کنید.</translation>
    </message>
    <message>
        <source>The log {path} is damaged. Nothing more is written into it. You can go back to the newest backup, or recover every complaint that can still be read into a new log (the damaged file is kept aside).</source>
        <translation>فهرست شکایت‌ها ({path}) آسیب دیده است و دیگر چیزی در آن نوشته نمی‌شود. می‌توانید به تازه‌ترین نسخهٔ پشتیبان برگردید، یا هر شکایتی را که هنوز خواندنی است در فهرست تازه‌ای بازیابی کنید (فایل آسیب‌دیده کنار گذاشته و نگه داشته می‌شود).</translation>
    </message>
    <message>
        <source>The log {path} was saved by a newer version of Complaint Coach. Nothing was changed. Install the newer version to open it.</source>
        <translation>فهرست شکایت‌ها ({path}) با نسخهٔ جدیدتری از دستیار رسیدگی به شکایت ذخیره شده است. چیزی تغییر نکرد. برای باز کردنش نسخهٔ جدیدتر را نصب کنید.</translation>
    </message>
    <message>
        <source>Complaint Coach cannot use {path}. Nothing was changed.</source>
        <translation>دستیار رسیدگی به شکایت نمی‌تواند از {path} استفاده کند. چیزی تغییر نکرد.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>روند شکایت</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>افزودن یادداشت</translation>
    </message>
    <message>
        <source>Add a note: a call, a visit, what was agreed</source>
        <translation>یادداشتی بیفزایید: یک تماس، یک دیدار، آنچه توافق شد</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>افزودن یادداشت</translation>
    </message>
    <message>
        <source>Complaint opened</source>
        <translation>شکایت ثبت شد</translation>
    </message>
    <message>
        <source>Stage completed: {stage}</source>
        <translation>مرحله انجام شد: {stage}</translation>
    </message>
    <message>
        <source>Promise made</source>
        <translation>به مشتری قول دادیم</translation>
    </message>
    <message>
        <source>Promise made for {date}</source>
        <translation>به مشتری قول دادیم تا {date}</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>پیگیری انجام شد</translation>
    </message>
    <message>
        <source>Follow-up done: {result}</source>
        <translation>پیگیری انجام شد: {result}</translation>
    </message>
    <message>
        <source>Fix done</source>
        <translation>راه‌حل اجرا شد</translation>
    </message>
    <message>
        <source>Follow-up moved to {date}</source>
        <translation>پیگیری به {date} منتقل شد</translation>
    </message>
    <message>
        <source>File added: {name}</source>
        <translation>فایل افزوده شد: {name}</translation>
    </message>
    <message>
        <source>File removed: {name}</source>
        <translation>فایل حذف شد: {name}</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>بسته شد</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>دوباره باز شد</translation>
    </message>
    <message>
        <source>Reopened: {reason}</source>
        <translation>دوباره باز شد: {reason}</translation>
    </message>
    <message>
        <source>Note: {text}</source>
        <translation>یادداشت: {text}</translation>
    </message>
    <message>
        <source>Note not saved: {reason}</source>
        <translation>یادداشت ذخیره نشد: {reason}</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Promises due today or broken</source>
        <translation>وعده‌های امروز یا وعده‌های عمل‌نشده</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>پیگیری‌های سررسیده</translation>
    </message>
    <message>
        <source>Drafts left open for more than a day</source>
        <translation>پیش‌نویس‌هایی که بیش از یک روز باز مانده‌اند</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation>امروز کار سررسیده‌ای نیست.</translation>
    </message>
    <message>
        <source>Show {n} more</source>
        <translation>نمایش {n} مورد دیگر</translation>
    </message>
    <message>
        <source>And {n} more: see the complaints log.</source>
        <translation>و {n} مورد دیگر: فهرست شکایت‌ها را ببینید.</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>بی‌نام</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>Fix done</source>
        <translation>راه‌حل اجرا شد</translation>
    </message>
    <message>
        <source>Follow-up done…</source>
        <translation>پیگیری انجام شد…</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>تغییر موعد…</translation>
    </message>
    <message>
        <source>Promised by {date}</source>
        <translation>تاریخ وعده: {date}</translation>
    </message>
    <message>
        <source>Follow-up due {date}</source>
        <translation>موعد پیگیری: {date}</translation>
    </message>
    <message>
        <source>Left open since {date} at the {stage} stage</source>
        <translation>از {date} در مرحلهٔ {stage} باز مانده</translation>
    </message>
    <message>
        <source>Choose the day of the follow-up.</source>
        <translation>روز پیگیری را انتخاب کنید.</translation>
    </message>
    <message>
        <source>The follow-up cannot be before the complaint was made.</source>
        <translation>پیگیری نمی‌تواند پیش از ثبت شکایت باشد.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>ذخیره نشد: {reason}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>ذخیره نشد</translation>
    </message>
</context>
<context>
    <name>TransferMenu</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;وارد کردن…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;خروجی گرفتن…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>وارد کردن…</translation>
    </message>
</context>
<context>
    <name>WizardText</name>
    <message>
        <source>Customer name</source>
        <translation>نام مشتری</translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation>تلفن مشتری</translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation>ایمیل مشتری</translation>
    </message>
    <message>
        <source>Customer address</source>
        <translation>نشانی مشتری</translation>
    </message>
    <message>
        <source>Order or account reference</source>
        <translation>شمارهٔ سفارش یا حساب</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>راه ارتباطی</translation>
    </message>
    <message>
        <source>Product or service</source>
        <translation>کالا یا خدمت</translation>
    </message>
    <message>
        <source>Complaint in the customer&apos;s words</source>
        <translation>شکایت با کلمات خود مشتری</translation>
    </message>
    <message>
        <source>Key points repeated back</source>
        <translation>نکته‌های اصلی که برایش تکرار کردید</translation>
    </message>
    <message>
        <source>Customer mood</source>
        <translation>حال مشتری</translation>
    </message>
    <message>
        <source>Clarifying questions and answers</source>
        <translation>سؤال‌ها و جواب‌ها</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>چه مشکلی پیش آمد</translation>
    </message>
    <message>
        <source>Staff involved</source>
        <translation>همکارانی که با مشتری سروکار داشتند</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>علت اصلی</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>شدت مشکل</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>ارجاع به فرد دیگر</translation>
    </message>
    <message>
        <source>Whose fault</source>
        <translation>تقصیر از طرف کیست</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>عذرخواهی</translation>
    </message>
    <message>
        <source>Outcome the customer wants</source>
        <translation>نتیجه‌ای که مشتری می‌خواهد</translation>
    </message>
    <message>
        <source>Agreed resolution</source>
        <translation>راه‌حل توافق‌شده</translation>
    </message>
    <message>
        <source>Steps we will take</source>
        <translation>کارهایی که انجام می‌دهیم</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>هزینهٔ جبران</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>تاریخ وعده</translation>
    </message>
    <message>
        <source>Customer thanked</source>
        <translation>از مشتری تشکر شد</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>تاریخ حل مشکل</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>موعد پیگیری</translation>
    </message>
    <message>
        <source>Follow-up done on</source>
        <translation>تاریخ انجام پیگیری</translation>
    </message>
    <message>
        <source>Follow-up result</source>
        <translation>نتیجهٔ پیگیری</translation>
    </message>
    <message>
        <source>Satisfaction (CSAT)</source>
        <translation>رضایت مشتری (CSAT)</translation>
    </message>
    <message>
        <source>Effort (CES)</source>
        <translation>زحمت مشتری (CES)</translation>
    </message>
    <message>
        <source>Would recommend (NPS)</source>
        <translation>معرفی ما به دیگران (NPS)</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>درسی که گرفتیم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Ask for the customer&apos;s name, so you can reach them again.</source>
        <translation>نام مشتری را بپرسید تا بتوانید دوباره با او تماس بگیرید.</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>تاریخ شکایت</translation>
    </message>
    <message>
        <source>Choose how the complaint reached you.</source>
        <translation>انتخاب کنید شکایت از چه راهی به دستتان رسید.</translation>
    </message>
    <message>
        <source>Write down the complaint in the customer&apos;s own words before moving on.</source>
        <translation>پیش از رفتن به مرحلهٔ بعد، شکایت را با کلمات خود مشتری بنویسید.</translation>
    </message>
    <message>
        <source>Pick the most likely root cause; you can change it later.</source>
        <translation>محتمل‌ترین علت را انتخاب کنید؛ بعداً هم می‌توانید عوضش کنید.</translation>
    </message>
    <message>
        <source>Say how serious this is for the customer.</source>
        <translation>مشخص کنید این مشکل برای مشتری چقدر جدی است.</translation>
    </message>
    <message>
        <source>Say whose fault it looks like, or &apos;not yet clear&apos; until you have checked.</source>
        <translation>مشخص کنید تقصیر ظاهراً از طرف کیست؛ تا بررسی نکرده‌اید، «هنوز روشن نیست» را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Write the apology as you said or sent it.</source>
        <translation>عذرخواهی را همان‌طور که گفتید یا فرستادید بنویسید.</translation>
    </message>
    <message>
        <source>Ask the customer what outcome they want.</source>
        <translation>از مشتری بپرسید چه نتیجه‌ای می‌خواهد.</translation>
    </message>
    <message>
        <source>Write down the resolution you agreed.</source>
        <translation>راه‌حلی را که سرش توافق کردید بنویسید.</translation>
    </message>
    <message>
        <source>Give the customer a date, and keep it.</source>
        <translation>به مشتری یک تاریخ بدهید و سر قولتان بمانید.</translation>
    </message>
    <message>
        <source>Enter the day you followed up with the customer.</source>
        <translation>تاریخ روزی را که با مشتری پیگیری کردید وارد کنید.</translation>
    </message>
    <message>
        <source>Record whether the problem is now fully resolved.</source>
        <translation>ثبت کنید که مشکل حالا کاملاً حل شده است یا نه.</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation>این نشانی ایمیل درست به نظر نمی‌رسد.</translation>
    </message>
    <message>
        <source>Cost cannot be negative.</source>
        <translation>هزینهٔ جبران نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>Promised by cannot be before the complaint was made.</source>
        <translation>تاریخ وعده نمی‌تواند پیش از تاریخ شکایت باشد.</translation>
    </message>
    <message>
        <source>Follow-up done on cannot be before the complaint was made.</source>
        <translation>تاریخ انجام پیگیری نمی‌تواند پیش از تاریخ شکایت باشد.</translation>
    </message>
    <message>
        <source>Satisfaction (CSAT) must be from 1 to 5.</source>
        <translation>رضایت مشتری (CSAT) باید عددی از ۱ تا ۵ باشد.</translation>
    </message>
    <message>
        <source>Effort (CES) must be from 1 to 7.</source>
        <translation>زحمت مشتری (CES) باید عددی از ۱ تا ۷ باشد.</translation>
    </message>
    <message>
        <source>Would recommend (NPS) must be from 0 to 10.</source>
        <translation>معرفی ما به دیگران (NPS) باید عددی از ۰ تا ۱۰ باشد.</translation>
    </message>
</context>
<context>
    <name>WizardWindow</name>
    <message>
        <source>Reopen</source>
        <translation>باز کردن دوباره</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>قبلی</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>ذخیره و بستن</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>بعدی</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>پایان</translation>
    </message>
    <message>
        <source>Next stage (Ctrl+Enter)</source>
        <translation>مرحلهٔ بعد (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Previous stage ({keys})</source>
        <translation>مرحلهٔ قبل ({keys})</translation>
    </message>
    <message>
        <source>Keep the draft and close (Esc)</source>
        <translation>نگه داشتن پیش‌نویس و بستن (Esc)</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>ذخیره نشد: {reason}</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>ساعت {time} ذخیره شد</translation>
    </message>
    <message>
        <source>This stage still needs something: see the notes in red.</source>
        <translation>این مرحله هنوز کامل نیست: یادداشت‌های قرمز را ببینید.</translation>
    </message>
    <message>
        <source>Not resolved yet</source>
        <translation>هنوز حل نشده</translation>
    </message>
    <message>
        <source>The follow-up found the problem not resolved, so the complaint is open again at the Resolve stage. Agree a new resolution with the customer.</source>
        <translation>در پیگیری معلوم شد مشکل حل نشده است، برای همین شکایت دوباره در مرحلهٔ «حل مشکل» باز شد. با مشتری سر راه‌حل تازه‌ای توافق کنید.</translation>
    </message>
    <message>
        <source>Reopen complaint</source>
        <translation>باز کردن دوبارهٔ شکایت</translation>
    </message>
    <message>
        <source>Reopen this complaint? It goes back to the Resolve stage.</source>
        <translation>این شکایت دوباره باز شود؟ به مرحلهٔ «حل مشکل» برمی‌گردد.</translation>
    </message>
    <message>
        <source>This complaint is closed. Reopen it to change it.</source>
        <translation>این شکایت بسته شده است. برای تغییر آن، دوباره بازش کنید.</translation>
    </message>
    <message>
        <source>When you go on, the follow-up is set for one day after the resolution is agreed: {date}. You can change it at the Follow-up stage.</source>
        <translation type="vanished">با رفتن به مرحلهٔ بعد، پیگیری یک روز بعد از توافق بر سر راه‌حل گذاشته می‌شود: {date}. در مرحلهٔ «پیگیری» می‌توانید آن را تغییر دهید.</translation>
    </message>
    <message>
        <source>When you go on, the follow-up is set for one day after the fix: tomorrow if the fix is given today, else the day after the promised-by date. You can change it at the Follow-up stage.</source>
        <translation>با رفتن به مرحلهٔ بعد، پیگیری یک روز بعد از اجرای راه‌حل گذاشته می‌شود: فردا اگر راه‌حل امروز اجرا شود، وگرنه روز بعد از تاریخ وعده. در مرحلهٔ «پیگیری» می‌توانید آن را تغییر دهید.</translation>
    </message>
    <message>
        <source>When you go on, the follow-up is set for one day after the fix: {date}. You can change it at the Follow-up stage.</source>
        <translation>با رفتن به مرحلهٔ بعد، پیگیری یک روز بعد از اجرای راه‌حل گذاشته می‌شود: {date}. در مرحلهٔ «پیگیری» می‌توانید آن را تغییر دهید.</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>شکایت جدید</translation>
    </message>
    <message>
        <source>Complaint from {name}</source>
        <translation>شکایت {name}</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>شکایت</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>تغییرات ذخیره نشد</translation>
    </message>
    <message>
        <source>The last changes could not be saved ({reason}). Close anyway and lose them?</source>
        <translation>آخرین تغییرات ذخیره نشد ({reason}). با این حال پنجره بسته شود و این تغییرات از دست برود؟</translation>
    </message>
</context>
<context>
    <name>WriteReplyButton</name>
    <message>
        <source>Write reply</source>
        <translation>نوشتن پاسخ</translation>
    </message>
    <message>
        <source>Write the message to the customer with the coach</source>
        <translation>نوشتن پیام به مشتری با کمک دستیار</translation>
    </message>
</context>
</TS>
