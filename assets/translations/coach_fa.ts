<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa" sourcelanguage="en">
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
    <name>Vocabulary</name>
    <message>
        <source>Listen</source>
        <translation>شنیدن</translation>
    </message>
    <message>
        <source>Clarify</source>
        <translation>روشن کردن موضوع</translation>
    </message>
    <message>
        <source>Apologise</source>
        <translation>عذرخواهی</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>رسیدگی و حل</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>پیگیری</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>در حال رسیدگی</translation>
    </message>
    <message>
        <source>Awaiting follow-up</source>
        <translation>در انتظار پیگیری</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>بسته‌شده</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>حضوری</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>پیام</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>شبکه‌های اجتماعی</translation>
    </message>
    <message>
        <source>Online review</source>
        <translation>نظر در اینترنت</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>سایر</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>کم</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>High</source>
        <translation>زیاد</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>بحرانی</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>از طرف ما</translation>
    </message>
    <message>
        <source>The customer&apos;s</source>
        <translation>از طرف مشتری</translation>
    </message>
    <message>
        <source>Not yet clear</source>
        <translation>هنوز روشن نیست</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>کالای جایگزین</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>پس دادن پول</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>تعویض با کالای دیگر</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>تعمیر</translation>
    </message>
    <message>
        <source>Store credit or points</source>
        <translation>اعتبار خرید یا امتیاز</translation>
    </message>
    <message>
        <source>Price reduction</source>
        <translation>تخفیف</translation>
    </message>
    <message>
        <source>An apology</source>
        <translation>عذرخواهی</translation>
    </message>
    <message>
        <source>Fully resolved</source>
        <translation>کاملاً حل شد</translation>
    </message>
    <message>
        <source>Partly resolved</source>
        <translation>تا حدی حل شد</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>حل نشد</translation>
    </message>
    <message>
        <source>Could not reach the customer</source>
        <translation>به مشتری دسترسی پیدا نکردیم</translation>
    </message>
    <message>
        <source>Calm</source>
        <translation>آرام</translation>
    </message>
    <message>
        <source>Upset</source>
        <translation>ناراحت</translation>
    </message>
    <message>
        <source>Angry</source>
        <translation>عصبانی</translation>
    </message>
    <message>
        <source>Abusive or threatening</source>
        <translation>توهین‌آمیز یا تهدیدآمیز</translation>
    </message>
    <message>
        <source>Not what was promised</source>
        <translation>آن چیزی نبود که قولش را داده بودیم</translation>
    </message>
    <message>
        <source>Felt unheard or unvalued</source>
        <translation>حس کرد حرفش شنیده نمی‌شود یا برایش ارزش قائل نیستیم</translation>
    </message>
    <message>
        <source>Upset from elsewhere</source>
        <translation>ناراحتی از جای دیگر</translation>
    </message>
    <message>
        <source>Faulty product</source>
        <translation>کالای معیوب</translation>
    </message>
    <message>
        <source>Late delivery</source>
        <translation>دیر رسیدن سفارش</translation>
    </message>
    <message>
        <source>Slow response</source>
        <translation>دیر جواب دادن</translation>
    </message>
    <message>
        <source>Staff behaviour</source>
        <translation>رفتار همکاران</translation>
    </message>
    <message>
        <source>Billing error</source>
        <translation>اشتباه در صورت‌حساب</translation>
    </message>
    <message>
        <source>Price dispute</source>
        <translation>اختلاف بر سر قیمت</translation>
    </message>
    <message>
        <source>Rigid policy</source>
        <translation>قانون‌های خشک و انعطاف‌ناپذیر</translation>
    </message>
    <message>
        <source>Passed around</source>
        <translation>پاس‌کاری شدن</translation>
    </message>
    <message>
        <source>Unclear or changing requirements</source>
        <translation>خواسته‌های مبهم یا متغیر</translation>
    </message>
    <message>
        <source>Unreasonable demand</source>
        <translation>درخواست غیرمنطقی</translation>
    </message>
    <message>
        <source>Pays late or not at all</source>
        <translation>دیر پول می‌دهد یا اصلاً نمی‌دهد</translation>
    </message>
    <message>
        <source>Disputes your value</source>
        <translation>ارزش کارتان را زیر سؤال می‌برد</translation>
    </message>
    <message>
        <source>Keeps changing what they want</source>
        <translation>مدام خواسته‌اش را عوض می‌کند</translation>
    </message>
    <message>
        <source>Takes a disproportionate share of time</source>
        <translation>بیش از اندازه وقت می‌گیرد</translation>
    </message>
    <message>
        <source>Unresponsive or does not show up</source>
        <translation>جواب نمی‌دهد یا سر قرار نمی‌آید</translation>
    </message>
    <message>
        <source>Dishonest claims</source>
        <translation>ادعاهای نادرست</translation>
    </message>
    <message>
        <source>Abuse or threats</source>
        <translation>توهین یا تهدید</translation>
    </message>
    <message>
        <source>Unreasonable demands</source>
        <translation>خواسته‌های غیرمنطقی</translation>
    </message>
    <message>
        <source>Complains in public</source>
        <translation>جلوی دیگران یا در فضای مجازی شکایت می‌کند</translation>
    </message>
    <message>
        <source>Ignores your advice</source>
        <translation>به توصیه‌هایتان توجه نمی‌کند</translation>
    </message>
</context>
</TS>
