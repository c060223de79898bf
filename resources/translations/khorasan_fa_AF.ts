<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_AF" sourcelanguage="en">
<context>
    <name>AllRelationsView</name>
    <message>
        <source>All relations</source>
        <translation>همه روابط</translation>
    </message>
    <message>
        <source>relations (all)</source>
        <translation>روابط (همه)</translation>
    </message>
    <message>
        <source>Loading relations…</source>
        <translation>در حال بارگذاری روابط…</translation>
    </message>
    <message>
        <source>{count} relations · double-click a name to open it</source>
        <translation>{count} رابطه · برای باز کردن، روی نام دو بار کلیک کنید</translation>
    </message>
</context>
<context>
    <name>BarKeys</name>
    <message>
        <source>{chart}: {imprecise} with a date too imprecise for a {by}, bar {bar} of {count}</source>
        <translation>{chart}: {imprecise} با تاریخی نادقیق‌تر از یک {by}، ستون {bar} از {count}</translation>
    </message>
    <message>
        <source>{chart}: {period}, {n} counted</source>
        <translation>{chart}: {period}، {n} شمارش‌شده</translation>
    </message>
    <message>
        <source>bar {bar} of {count}</source>
        <translation>ستون {bar} از {count}</translation>
    </message>
</context>
<context>
    <name>BrowseTreeModel</name>
    <message>
        <source>Browse</source>
        <translation>مرور</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Bars per</source>
        <translation>ستون‌ها بر اساس</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>بر اساس سال</translation>
    </message>
    <message>
        <source>per quarter</source>
        <translation>بر اساس ربع سال</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>بر اساس ماه</translation>
    </message>
    <message>
        <source>Stack bars by</source>
        <translation>تقسیم ستون‌ها بر اساس</translation>
    </message>
    <message>
        <source>no stacks</source>
        <translation>بدون تقسیم</translation>
    </message>
    <message>
        <source>stack: country</source>
        <translation>تقسیم: کشور</translation>
    </message>
    <message>
        <source>stack: province</source>
        <translation>تقسیم: ولایت</translation>
    </message>
    <message>
        <source>Attack counts chart</source>
        <translation>چارت شمار حملات</translation>
    </message>
    <message>
        <source>Bars:</source>
        <translation>ستون‌ها:</translation>
    </message>
    <message>
        <source>Published statistics</source>
        <translation>آمار منتشرشده</translation>
    </message>
    <message>
        <source>Events in the chosen bar</source>
        <translation>رویدادهای ستون انتخاب‌شده</translation>
    </message>
    <message>
        <source>events in bin {bin} of chart ({scope})</source>
        <translation>رویدادهای ستون {bin} چارت ({scope})</translation>
    </message>
    <message>
        <source>&lt;p&gt;Published figures for this scope. ◆ = drawn on the chart at its value over its stated period (on the right scale when its unit or size differs from the bars&apos;). They often far exceed the documented sample.&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;ارقام منتشرشده برای این محدوده. ◆ = روی چارت به اندازهٔ ارزش خود در دورهٔ بیان‌شده رسم شده است (روی مقیاس راست، هرگاه واحد یا اندازهٔ آن با ستون‌ها فرق کند). این ارقام اغلب بسیار بیشتر از نمونهٔ مستند اند.&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>Published figures ({n})</source>
        <translation>ارقام منتشرشده ({n})</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&apos;color:{warning}&apos;&gt;Coverage caveat: {text}&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:{warning}&apos;&gt;هشدار پوشش: {text}&lt;/span&gt;</translation>
    </message>
    <message>
        <source> and {n} imported events</source>
        <translation> و {n} رویداد واردشده</translation>
    </message>
    <message>
        <source>Click a bar to list its incidents.</source>
        <translation>برای فهرست رویدادهای یک ستون، روی آن کلیک کنید.</translation>
    </message>
    <message>
        <source>Chart details</source>
        <translation>جزئیات چارت</translation>
    </message>
    <message>
        <source>Incidents in the selected bar</source>
        <translation>رویدادهای ستون انتخاب‌شده</translation>
    </message>
    <message>
        <source>Published figures</source>
        <translation>ارقام منتشرشده</translation>
    </message>
    <message>
        <source>&lt;i&gt;Counting…&lt;/i&gt;</source>
        <translation>&lt;i&gt;در حال شمارش…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Could not count: {message}</source>
        <translation>شمارش ممکن نشد: {message}</translation>
    </message>
    <message>
        <source>Click a bar (or Left/Right and Enter on the chart) to list its incidents.</source>
        <translation>برای فهرست رویدادهای یک ستون روی آن کلیک کنید (یا در چارت از چپ/راست و Enter استفاده کنید).</translation>
    </message>
    <message>
        <source>; {imprecise} more with a date too imprecise for a {by} (grey bar, not guessed)</source>
        <translation>؛ {imprecise} مورد دیگر با تاریخی نادقیق‌تر از یک {by} (ستون خاکستری، حدس زده نشده)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Events per {by}&lt;/b&gt; ({scope}): {total} in all{imprecise}. Counted: {counted}.{caveat}{licences}</source>
        <translation>&lt;b&gt;رویدادها بر اساس {by}&lt;/b&gt; ({scope}): در مجموع {total}{imprecise}. شمارش‌شده: {counted}.{caveat}{licences}</translation>
    </message>
    <message>
        <source>dates too imprecise for this bin</source>
        <translation>تاریخ‌ها برای این ستون بیش از حد نادقیق</translation>
    </message>
    <message>
        <source>Listing incidents in {label}…</source>
        <translation>در حال فهرست کردن رویدادهای {label}…</translation>
    </message>
    <message>
        <source>{n} documented incidents{extra} in {label} (double-click to open)</source>
        <translation>{n} رویداد مستند{extra} در {label} (برای باز کردن دو بار کلیک کنید)</translation>
    </message>
    <message>
        <source>Imported event</source>
        <translation>رویداد واردشده</translation>
    </message>
    <message>
        <source>{name}
{date} · {place}
deaths: {deaths} ({attack_type})
From an imported data set; see its licence in Help &gt; About.</source>
        <translation>{name}
{date} · {place}
کشته‌ها: {deaths} ({attack_type})
از یک مجموعهٔ دادهٔ واردشده؛ مجوز آن را در راهنما &gt; دربارهٔ برنامه ببینید.</translation>
    </message>
    <message>
        <source>Attack counts</source>
        <translation>شمار حملات</translation>
    </message>
</context>
<context>
    <name>DatasetsModel</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>ردیف‌ها</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>تاریخ‌ها</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>مجوز</translation>
    </message>
    <message>
        <source>Dates: {value}</source>
        <translation>تاریخ‌ها: {value}</translation>
    </message>
    <message>
        <source>Release: {release}</source>
        <translation>نسخه: {release}</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>مجوز: {licence}</translation>
    </message>
    <message>
        <source>Attribution: {attribution}</source>
        <translation>انتساب: {attribution}</translation>
    </message>
    <message>
        <source>File: {source_file}</source>
        <translation>فایل: {source_file}</translation>
    </message>
    <message>
        <source>Imported: {imported_at}</source>
        <translation>واردشده: {imported_at}</translation>
    </message>
</context>
<context>
    <name>DatasetsPanel</name>
    <message>
        <source>Imported data sets</source>
        <translation>مجموعه‌های دادهٔ واردشده</translation>
    </message>
    <message>
        <source>No data sets imported yet. UCDP GED and ACLED CSV files can be.</source>
        <translation>هنوز هیچ مجموعهٔ داده‌ای وارد نشده است. فایل‌های CSV از UCDP GED و ACLED را می‌توان وارد کرد.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>وارد کردن…</translation>
    </message>
    <message>
        <source>Import a UCDP GED or ACLED CSV file into your own data</source>
        <translation>یک فایل CSV از UCDP GED یا ACLED را به داده‌های خودتان وارد کنید</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete the selected data set from your own data</source>
        <translation>مجموعهٔ دادهٔ انتخاب‌شده را از داده‌های خودتان حذف کنید</translation>
    </message>
    <message>
        <source>Remove data set</source>
        <translation>حذف مجموعهٔ داده</translation>
    </message>
    <message>
        <source>Remove the data set {name!r} ({row_count:,} events) from your data?

This cannot be undone; you can import the file again later.</source>
        <translation>مجموعهٔ دادهٔ {name!r} ({row_count:,} رویداد) از داده‌های شما حذف شود؟

این کار برگشت‌پذیر نیست؛ بعداً می‌توانید فایل را دوباره وارد کنید.</translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message>
        <source>Entity page</source>
        <translation>صفحهٔ موجودیت</translation>
    </message>
    <message>
        <source>Relations, events and notes</source>
        <translation>روابط، رویدادها و یادداشت‌ها</translation>
    </message>
    <message>
        <source>Relations (…)</source>
        <translation>روابط (…)</translation>
    </message>
    <message>
        <source>Relations ({count})</source>
        <translation>روابط ({count})</translation>
    </message>
    <message>
        <source>Linked events</source>
        <translation>رویدادهای مرتبط</translation>
    </message>
    <message>
        <source>events linked to {entity_id}</source>
        <translation>رویدادهای مرتبط با {entity_id}</translation>
    </message>
    <message>
        <source>Events (…)</source>
        <translation>رویدادها (…)</translation>
    </message>
    <message>
        <source>Imported events</source>
        <translation>رویدادهای واردشده</translation>
    </message>
    <message>
        <source>imported events for {entity_id}</source>
        <translation>رویدادهای واردشده برای {entity_id}</translation>
    </message>
    <message>
        <source>Events ({n})</source>
        <translation>رویدادها ({n})</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>در حال بارگذاری…</translation>
    </message>
    <message>
        <source>Imported events ({n})</source>
        <translation>رویدادهای واردشده ({n})</translation>
    </message>
    <message>
        <source>Your notes on this entry. Saved automatically in your own data folder; never in the reference database.</source>
        <translation>یادداشت‌های شما دربارهٔ این مدخل. به‌طور خودکار در پوشهٔ داده‌های خودتان ذخیره می‌شود؛ هرگز در پایگاه دادهٔ مرجع نه.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Read-only: {read_only}; notes cannot be saved.</source>
        <translation>فقط‌خواندنی: {read_only}؛ یادداشت‌ها ذخیره نمی‌شوند.</translation>
    </message>
    <message>
        <source>Notes ✎</source>
        <translation>یادداشت‌ها ✎</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>در حال ویرایش…</translation>
    </message>
    <message>
        <source>Not saved: {exc}</source>
        <translation>ذخیره نشد: {exc}</translation>
    </message>
    <message>
        <source>Note not saved: {exc}</source>
        <translation>یادداشت ذخیره نشد: {exc}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to PDF</source>
        <translation>صدور به PDF</translation>
    </message>
    <message>
        <source>Khorasan Desktop report</source>
        <translation>گزارش Khorasan Desktop</translation>
    </message>
    <message>
        <source>Name, team or organisation (optional)</source>
        <translation>نام، تیم یا سازمان (اختیاری)</translation>
    </message>
    <message>
        <source>Printed at the top and bottom of every page. TLP 2.0 labels or a classification marking; free text is allowed.</source>
        <translation>در بالا و پایین هر صفحه چاپ می‌شود. برچسب‌های TLP 2.0 یا نشانهٔ طبقه‌بندی؛ متن آزاد هم مجاز است.</translation>
    </message>
    <message>
        <source>every row</source>
        <translation>همهٔ ردیف‌ها</translation>
    </message>
    <message>
        <source>Rows per long table</source>
        <translation>ردیف‌ها در هر جدول طولانی</translation>
    </message>
    <message>
        <source>Long tables print this many rows and say how many there are; the CSV and JSON exports always hold every row. 0 prints every row.</source>
        <translation>جدول‌های طولانی همین تعداد ردیف را چاپ می‌کنند و تعداد کل را می‌گویند؛ خروجی‌های CSV و JSON همیشه همهٔ ردیف‌ها را دارند. 0 همهٔ ردیف‌ها را چاپ می‌کند.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>نویسنده</translation>
    </message>
    <message>
        <source>Handling banner</source>
        <translation>نوار رسیدگی</translation>
    </message>
    <message>
        <source>Views to include</source>
        <translation>نماهایی که شامل شوند</translation>
    </message>
    <message>
        <source>Pages: not counted yet</source>
        <translation>صفحه‌ها: هنوز شمرده نشده</translation>
    </message>
    <message>
        <source>Count pages</source>
        <translation>شمارش صفحه‌ها</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>صدور…</translation>
    </message>
    <message>
        <source>Views and items, in this order:</source>
        <translation>نماها و موارد، به این ترتیب:</translation>
    </message>
    <message>
        <source>Pages: choose at least one view</source>
        <translation>صفحه‌ها: دست‌کم یک نما را انتخاب کنید</translation>
    </message>
    <message>
        <source>Pages: counting…</source>
        <translation>صفحه‌ها: در حال شمارش…</translation>
    </message>
    <message>
        <source>Pages: {pages}</source>
        <translation>صفحه‌ها: {pages}</translation>
    </message>
    <message>
        <source>Pages: could not count ({message})</source>
        <translation>صفحه‌ها: شمارش ممکن نشد ({message})</translation>
    </message>
    <message>
        <source>Choose at least one view.</source>
        <translation>دست‌کم یک نما را انتخاب کنید.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>فایل PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>در حال نوشتن گزارش…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>The report was not written.

{message}</source>
        <translation>گزارش نوشته نشد.

{message}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>(any)</source>
        <translation>(هر)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>عامل</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>ولایت</translation>
    </message>
    <message>
        <source>Attack type</source>
        <translation>نوع حمله</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>Attribution:</source>
        <translation>انتساب:</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>سال نخست</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>سال آخر</translation>
    </message>
    <message>
        <source>Years:</source>
        <translation>سال‌ها:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Clear dates</source>
        <translation>پاک کردن تاریخ‌ها</translation>
    </message>
    <message>
        <source>Clear brushed dates</source>
        <translation>پاک کردن تاریخ‌های برس‌خورده</translation>
    </message>
    <message>
        <source>Dates: {first} to {last}</source>
        <translation>تاریخ‌ها: {first} تا {last}</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Khorasan Desktop user guide</source>
        <translation>رهنمای کاربر Khorasan Desktop</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>رهنمای کاربر</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation: {exc}</source>
        <translation>رهنمای کاربر در این نصب وجود ندارد: {exc}</translation>
    </message>
    <message>
        <source>Guide sections</source>
        <translation>بخش‌های رهنما</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import data set</source>
        <translation>وارد کردن مجموعهٔ داده</translation>
    </message>
    <message>
        <source>A UCDP GED or ACLED CSV file</source>
        <translation>یک فایل CSV از UCDP GED یا ACLED</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>فایل برای وارد کردن</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>هیچ فایلی انتخاب نشده است.</translation>
    </message>
    <message>
        <source>Data set name</source>
        <translation>نام مجموعهٔ داده</translation>
    </message>
    <message>
        <source>Imported events are kept under this name in your own data. Importing again under the same name updates the data set in place.</source>
        <translation>رویدادهای واردشده با این نام در داده‌های خودتان نگه داشته می‌شوند. وارد کردن دوباره با همین نام، مجموعهٔ داده را در جای خود به‌روز می‌کند.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>قالب</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>پیش‌نمایش ردیف‌های نخست</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>پیش‌نمایش</translation>
    </message>
    <message>
        <source>Actor mapping</source>
        <translation>نگاشت عامل‌ها</translation>
    </message>
    <message>
        <source>Source name or rule</source>
        <translation>نام منبع یا قاعده</translation>
    </message>
    <message>
        <source>Our actor id</source>
        <translation>شناسهٔ عامل ما</translation>
    </message>
    <message>
        <source>Reference actor</source>
        <translation>عامل مرجع</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>افزودن قاعده</translation>
    </message>
    <message>
        <source>Map another source actor name (or a &apos;re:&apos; pattern) to our actor</source>
        <translation>نام عامل دیگری از منبع (یا یک الگوی &apos;re:&apos;) را به عامل ما نگاشت کنید</translation>
    </message>
    <message>
        <source>Edit an actor id to map a source actor to another reference actor; clear it to keep the source&apos;s name. &apos;NAME @ COUNTRY&apos; applies in that country only; &apos;re:&apos; starts a pattern. Other actors keep their source names.</source>
        <translation>برای نگاشت یک عامل منبع به عامل مرجع دیگر، شناسهٔ عامل را ویرایش کنید؛ برای نگه داشتن نام منبع، آن را خالی کنید. &apos;NAME @ COUNTRY&apos; فقط در همان کشور اعمال می‌شود؛ &apos;re:&apos; آغاز یک الگو است. عامل‌های دیگر نام منبع خود را نگه می‌دارند.</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>گزارش وارد کردن</translation>
    </message>
    <message>
        <source>The import report appears here.</source>
        <translation>گزارش وارد کردن اینجا نمایش داده می‌شود.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>گزارش</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>وارد کردن</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>فایل‌های CSV (*.csv *.txt);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Not recognised: {reason}.</source>
        <translation>شناخته نشد: {reason}.</translation>
    </message>
    <message>
        <source>, release {release}</source>
        <translation>، نسخهٔ {release}</translation>
    </message>
    <message>
        <source>{text} · licence: {licence}</source>
        <translation>{text} · مجوز: {licence}</translation>
    </message>
    <message>
        <source>All {shown} rows of the file.</source>
        <translation>همهٔ {shown} ردیف فایل.</translation>
    </message>
    <message>
        <source>The first {shown} rows of the file; the import reads all of it.</source>
        <translation>{shown} ردیف نخست فایل؛ وارد کردن همهٔ آن را می‌خواند.</translation>
    </message>
    <message>
        <source> (The first columns, as the format is not recognised.)</source>
        <translation> (ستون‌های نخست، چون قالب شناخته نشد.)</translation>
    </message>
    <message>
        <source>Actor mapping: {exc}</source>
        <translation>نگاشت عامل‌ها: {exc}</translation>
    </message>
    <message>
        <source>A default rule; change or clear its actor id.</source>
        <translation>یک قاعدهٔ پیش‌فرض؛ شناسهٔ عامل آن را تغییر دهید یا خالی کنید.</translation>
    </message>
    <message>
        <source>An actor id (or name) from the reference; empty: keep the source name</source>
        <translation>یک شناسهٔ عامل (یا نام) از مرجع؛ خالی: نام منبع نگه داشته می‌شود</translation>
    </message>
    <message>
        <source>not an actor in the reference: {value!r}</source>
        <translation>در مرجع عامل نیست: {value!r}</translation>
    </message>
    <message>
        <source>(no source name: rule ignored)</source>
        <translation>(بدون نام منبع: قاعده نادیده گرفته شد)</translation>
    </message>
    <message>
        <source>{key!r} appears twice</source>
        <translation>{key!r} دو بار آمده است</translation>
    </message>
    <message>
        <source>(kept as in source)</source>
        <translation>(همان‌گونه که در منبع آمده)</translation>
    </message>
    <message>
        <source>Fix the actor mapping before importing: </source>
        <translation>پیش از وارد کردن، نگاشت عامل‌ها را درست کنید: </translation>
    </message>
    <message>
        <source> (and {value} more)</source>
        <translation> (و {value} مورد دیگر)</translation>
    </message>
    <message>
        <source>A {value} data set named {name!r} exists ({row_count} events): importing updates it in place.</source>
        <translation>یک مجموعهٔ دادهٔ {value} با نام {name!r} وجود دارد ({row_count} رویداد): وارد کردن آن را در جای خود به‌روز می‌کند.</translation>
    </message>
    <message>
        <source>A {kind} data set has this name; choose another name.</source>
        <translation>یک مجموعهٔ دادهٔ {kind} این نام را دارد؛ نام دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Importing {name} as {dataset!r}…</source>
        <translation>در حال وارد کردن {name} به نام {dataset!r}…</translation>
    </message>
    <message>
        <source>Your data folder cannot be opened this session, so imports cannot be saved.</source>
        <translation>پوشهٔ داده‌های شما در این نشست باز نمی‌شود، بنابراین وارد کردن‌ها ذخیره نمی‌شوند.</translation>
    </message>
    <message>
        <source>Choose a UCDP GED or ACLED CSV file first.</source>
        <translation>نخست یک فایل CSV از UCDP GED یا ACLED انتخاب کنید.</translation>
    </message>
    <message>
        <source>The data set needs a name.</source>
        <translation>مجموعهٔ داده به یک نام نیاز دارد.</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>در حال وارد کردن {name}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>در حال لغو…</translation>
    </message>
    <message>
        <source>Importing {file}… {done} of {total} read</source>
        <translation>در حال وارد کردن {file}… {done} از {total} خوانده شد</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>به‌روز شد</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>وارد شد</translation>
    </message>
    <message>
        <source>{verb} {row_count} events as {dataset!r}</source>
        <translation>{verb}: {row_count} رویداد به نام {dataset!r}</translation>
    </message>
    <message>
        <source>; {skipped} bad rows skipped (see the report).</source>
        <translation>؛ {skipped} ردیف نادرست کنار گذاشته شد (گزارش را ببینید).</translation>
    </message>
    <message>
        <source>Nothing was imported.

{message}</source>
        <translation>چیزی وارد نشد.

{message}</translation>
    </message>
    <message>
        <source>The import failed; your data is unchanged (see the report).</source>
        <translation>وارد کردن ناکام شد؛ داده‌های شما تغییر نکرده است (گزارش را ببینید).</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported, your data is unchanged.</source>
        <translation>وارد کردن لغو شد: چیزی وارد نشد، داده‌های شما تغییر نکرده است.</translation>
    </message>
</context>
<context>
    <name>InvestigationsDialog</name>
    <message>
        <source>Export investigation</source>
        <translation>صدور تحقیق</translation>
    </message>
    <message>
        <source>Open investigation</source>
        <translation>باز کردن تحقیق</translation>
    </message>
    <message>
        <source>No investigation is saved yet: Investigations &gt; Save investigation (Ctrl+Shift+I) keeps the open tabs.</source>
        <translation>هنوز هیچ تحقیقی ذخیره نشده است: تحقیق‌ها &gt; ذخیرهٔ تحقیق (Ctrl+Shift+I) زبانه‌های باز را نگه می‌دارد.</translation>
    </message>
    <message>
        <source>Export the selected investigation to PDF</source>
        <translation>صدور تحقیق انتخاب‌شده به PDF</translation>
    </message>
    <message>
        <source>Tabs of the selected investigation</source>
        <translation>زبانه‌های تحقیق انتخاب‌شده</translation>
    </message>
    <message>
        <source>1 tab</source>
        <translation>1 زبانه</translation>
    </message>
    <message>
        <source>{n} tabs</source>
        <translation>{n} زبانه</translation>
    </message>
    <message>
        <source>saved {saved_at}</source>
        <translation>ذخیره‌شده در {saved_at}</translation>
    </message>
    <message>
        <source>Tabs: </source>
        <translation>زبانه‌ها: </translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Graph key</source>
        <translation>راهنمای گراف</translation>
    </message>
</context>
<context>
    <name>LegendFilter</name>
    <message>
        <source>Legend filters</source>
        <translation>فلترهای راهنما</translation>
    </message>
    <message>
        <source>Uncheck a relation group or an entity kind to hide it (Space toggles)</source>
        <translation>برای پنهان کردن یک گروه رابطه یا یک نوع موجودیت، تیک آن را بردارید (Space تغییر می‌دهد)</translation>
    </message>
    <message>
        <source>{label}: uncheck to hide (Space toggles)</source>
        <translation>{label}: برای پنهان کردن تیک را بردارید (Space تغییر می‌دهد)</translation>
    </message>
</context>
<context>
    <name>LinkChartsDialog</name>
    <message>
        <source>Open link chart</source>
        <translation>باز کردن چارت پیوند</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>No chart is saved yet: use “Save chart…” on a relation graph.</source>
        <translation>هنوز هیچ چارتی ذخیره نشده است: از «ذخیرهٔ چارت…» در گراف روابط استفاده کنید.</translation>
    </message>
    <message>
        <source>saved {saved_at}; {pinned} pinned</source>
        <translation>ذخیره‌شده در {saved_at}؛ {pinned} ثابت‌شده</translation>
    </message>
</context>
<context>
    <name>LinkKeys</name>
    <message>
        <source>Link {text}: {said}. {help}</source>
        <translation>پیوند {text}: {said}. {help}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Khorasan Desktop</source>
        <translation>Khorasan Desktop</translation>
    </message>
    <message>
        <source>Khorasan Desktop cannot start</source>
        <translation>Khorasan Desktop آغاز نمی‌شود</translation>
    </message>
    <message>
        <source>Search and browse</source>
        <translation>جستجو و مرور</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>نشانه‌ها</translation>
    </message>
    <message>
        <source>Recently viewed</source>
        <translation>دیده‌شده‌های اخیر</translation>
    </message>
    <message>
        <source>Imported data sets</source>
        <translation>مجموعه‌های دادهٔ واردشده</translation>
    </message>
    <message>
        <source>Open pages</source>
        <translation>صفحه‌های باز</translation>
    </message>
    <message>
        <source>🔒 Read-only: notes and bookmarks cannot be saved</source>
        <translation>🔒 فقط‌خواندنی: یادداشت‌ها و نشانه‌ها ذخیره نمی‌شوند</translation>
    </message>
    <message>
        <source>Read-only: {reason}</source>
        <translation>فقط‌خواندنی: {reason}</translation>
    </message>
    <message>
        <source>⚠ Notes and bookmarks are not being saved (see Help &gt; About)</source>
        <translation>⚠ یادداشت‌ها و نشانه‌ها ذخیره نمی‌شوند (راهنما &gt; دربارهٔ برنامه را ببینید)</translation>
    </message>
    <message>
        <source>Notes and bookmarks are not being saved: {problem}</source>
        <translation>یادداشت‌ها و نشانه‌ها ذخیره نمی‌شوند: {problem}</translation>
    </message>
    <message>
        <source>Your data cannot be saved</source>
        <translation>داده‌های شما ذخیره نمی‌شوند</translation>
    </message>
    <message>
        <source>{problem}

Khorasan Desktop keeps working, but notes, bookmarks and history from this session are kept in memory only. Nothing in the data folder was changed or deleted. File &gt; Restore backup… puts a backup back.</source>
        <translation>{problem}

Khorasan Desktop به کار ادامه می‌دهد، اما یادداشت‌ها، نشانه‌ها و تاریخچهٔ این نشست فقط در حافظه نگه داشته می‌شوند. هیچ چیزی در پوشهٔ داده‌ها تغییر یا حذف نشد. فایل &gt; بازگرداندن نسخهٔ پشتیبان… یک نسخهٔ پشتیبان را برمی‌گرداند.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>عقب</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>جلو</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>یافتن…</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>بستن زبانه</translation>
    </message>
    <message>
        <source>&amp;Bookmark this page</source>
        <translation>نشانه‌گذاری این صفحه</translation>
    </message>
    <message>
        <source>Export to &amp;PDF…</source>
        <translation>صدور به PDF…</translation>
    </message>
    <message>
        <source>Export the current view, or a selection of open views, to a PDF report</source>
        <translation>نمای فعلی، یا چند نمای باز انتخاب‌شده، را به یک گزارش PDF صادر کنید</translation>
    </message>
    <message>
        <source>Export STIX 2.1…</source>
        <translation>صدور STIX 2.1…</translation>
    </message>
    <message>
        <source>All reference data as a STIX 2.1 bundle</source>
        <translation>همهٔ داده‌های مرجع به‌صورت یک بستهٔ STIX 2.1</translation>
    </message>
    <message>
        <source>Import STIX 2.1…</source>
        <translation>وارد کردن STIX 2.1…</translation>
    </message>
    <message>
        <source>Read a STIX bundle into your own data (never into the reference data)</source>
        <translation>یک بستهٔ STIX را به داده‌های خودتان بخوانید (هرگز به داده‌های مرجع نه)</translation>
    </message>
    <message>
        <source>Import &amp;data set…</source>
        <translation>وارد کردن مجموعهٔ داده…</translation>
    </message>
    <message>
        <source>Import a UCDP GED or ACLED CSV file into your own data</source>
        <translation>یک فایل CSV از UCDP GED یا ACLED را به داده‌های خودتان وارد کنید</translation>
    </message>
    <message>
        <source>Relation &amp;graph</source>
        <translation>گراف روابط</translation>
    </message>
    <message>
        <source>Open &amp;link chart…</source>
        <translation>باز کردن چارت پیوند…</translation>
    </message>
    <message>
        <source>Reopen a relation graph saved by name (entities, pins, positions, filters)</source>
        <translation>گراف روابطی را که با نام ذخیره شده دوباره باز کنید (موجودیت‌ها، نقاط ثابت، موقعیت‌ها، فلترها)</translation>
    </message>
    <message>
        <source>Attack &amp;counts chart</source>
        <translation>چارت شمار حملات</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>نقشه</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>خط زمانی</translation>
    </message>
    <message>
        <source>All &amp;relations (table)</source>
        <translation>همهٔ روابط (جدول)</translation>
    </message>
    <message>
        <source>Install data &amp;update…</source>
        <translation>نصب به‌روزرسانی داده…</translation>
    </message>
    <message>
        <source>Install a reference-data update from a file; your notes and imports are kept</source>
        <translation>یک به‌روزرسانی دادهٔ مرجع را از فایل نصب کنید؛ یادداشت‌ها و وارد کرده‌های شما نگه داشته می‌شوند</translation>
    </message>
    <message>
        <source>&amp;Restore backup…</source>
        <translation>بازگرداندن نسخهٔ پشتیبان…</translation>
    </message>
    <message>
        <source>Put back a backup of your notes, bookmarks and imports</source>
        <translation>یک نسخهٔ پشتیبان از یادداشت‌ها، نشانه‌ها و وارد کرده‌های خود را برگردانید</translation>
    </message>
    <message>
        <source>Trust a publisher &amp;key…</source>
        <translation>اعتماد به کلید یک ناشر…</translation>
    </message>
    <message>
        <source>Add a publisher&apos;s public key, so that data updates signed with it install</source>
        <translation>کلید عمومی یک ناشر را بیفزایید تا به‌روزرسانی‌های داده‌ای که با آن امضا شده‌اند نصب شوند</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>رهنمای کاربر</translation>
    </message>
    <message>
        <source>The offline user guide</source>
        <translation>رهنمای کاربر بدون اتصال</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>Every keyboard shortcut</source>
        <translation>همهٔ میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>&amp;Save investigation…</source>
        <translation>ذخیرهٔ تحقیق…</translation>
    </message>
    <message>
        <source>Save the open tabs (their filters, layouts and scroll positions) under a name</source>
        <translation>زبانه‌های باز (با فلترها، چیدمان‌ها و موقعیت‌های پیمایش‌شان) را با یک نام ذخیره کنید</translation>
    </message>
    <message>
        <source>&amp;Open investigation…</source>
        <translation>باز کردن تحقیق…</translation>
    </message>
    <message>
        <source>Reopen a saved investigation&apos;s tabs in place of the open ones</source>
        <translation>زبانه‌های یک تحقیق ذخیره‌شده را به‌جای زبانه‌های باز، دوباره باز کنید</translation>
    </message>
    <message>
        <source>&amp;Export investigation to PDF…</source>
        <translation>صدور تحقیق به PDF…</translation>
    </message>
    <message>
        <source>One PDF report of every view of a saved investigation</source>
        <translation>یک گزارش PDF از همهٔ نماهای یک تحقیق ذخیره‌شده</translation>
    </message>
    <message>
        <source>&amp;About Khorasan Desktop</source>
        <translation>دربارهٔ Khorasan Desktop</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>صدور</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>وارد کردن</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>نما</translation>
    </message>
    <message>
        <source>Right-to-&amp;left layout</source>
        <translation>چیدمان راست به چپ</translation>
    </message>
    <message>
        <source>Mirror the window: panes, tables and filter rows run right to left</source>
        <translation>پنجره را قرینه کنید: پنل‌ها، جدول‌ها و ردیف‌های فلتر از راست به چپ می‌روند</translation>
    </message>
    <message>
        <source>Dari and Pashto are always laid out right to left</source>
        <translation>دری و پشتو همیشه از راست به چپ چیده می‌شوند</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>پوسته</translation>
    </message>
    <message>
        <source>{theme} colours (reports stay light)</source>
        <translation>رنگ‌های {theme} (گزارش‌ها روشن می‌مانند)</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>&amp;Investigations</source>
        <translation>تحقیق‌ها</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>برو</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>نشانه‌ها</translation>
    </message>
    <message>
        <source>Show bookmarks</source>
        <translation>نمایش نشانه‌ها</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>راهنما</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>پیمایش</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Khorasan Desktop will be shown in {language} when it starts again.</source>
        <translation>Khorasan Desktop در آغاز بعدی به {language} نمایش داده می‌شود.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>اکنون دوباره آغاز شود</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>بعداً</translation>
    </message>
    <message>
        <source>Data {data_version} · as of {as_of} · Offline: no network connection is ever made</source>
        <translation>داده‌ها {data_version} · تا {as_of} · بدون اتصال: هرگز اتصال شبکه‌ای برقرار نمی‌شود</translation>
    </message>
    <message>
        <source>; not in the data any more: {missing}</source>
        <translation>؛ دیگر در داده‌ها نیست: {missing}</translation>
    </message>
    <message>
        <source>No saved link chart named {name!r}</source>
        <translation>هیچ چارت پیوندی با نام {name!r} ذخیره نشده است</translation>
    </message>
    <message>
        <source>Remove &amp;bookmark</source>
        <translation>حذف نشانه</translation>
    </message>
    <message>
        <source>Bookmark removed: {title}</source>
        <translation>نشانه حذف شد: {title}</translation>
    </message>
    <message>
        <source>Bookmarked: {title}</source>
        <translation>نشانه‌گذاری شد: {title}</translation>
    </message>
    <message>
        <source>{text} is no longer in the reference data; your note on it is kept.</source>
        <translation>{text} دیگر در داده‌های مرجع نیست؛ یادداشت شما دربارهٔ آن نگه داشته شده است.</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>یادداشت‌های شما</translation>
    </message>
    <message>
        <source>Your bookmarks</source>
        <translation>نشانه‌های شما</translation>
    </message>
    <message>
        <source>Data set imported: {name}</source>
        <translation>مجموعهٔ داده وارد شد: {name}</translation>
    </message>
    <message>
        <source>Install data update</source>
        <translation>نصب به‌روزرسانی داده</translation>
    </message>
    <message>
        <source>Install the reference-data update {name}?

It is checked before anything changes; your notes, bookmarks and imports are kept.</source>
        <translation>به‌روزرسانی دادهٔ مرجع {name} نصب شود؟

پیش از هر تغییری بررسی می‌شود؛ یادداشت‌ها، نشانه‌ها و وارد کرده‌های شما نگه داشته می‌شوند.</translation>
    </message>
    <message>
        <source>Report saved: {path} ({pages} pages)</source>
        <translation>گزارش ذخیره شد: {path} ({pages} صفحه)</translation>
    </message>
    <message>
        <source>About Khorasan Desktop</source>
        <translation>دربارهٔ Khorasan Desktop</translation>
    </message>
    <message>
        <source>Open a page first: an investigation saves tabs</source>
        <translation>نخست یک صفحه باز کنید: تحقیق، زبانه‌ها را ذخیره می‌کند</translation>
    </message>
    <message>
        <source>Save investigation</source>
        <translation>ذخیرهٔ تحقیق</translation>
    </message>
    <message>
        <source>Name of the investigation (its tabs, filters, layouts and scroll positions):</source>
        <translation>نام تحقیق (زبانه‌ها، فلترها، چیدمان‌ها و موقعیت‌های پیمایش آن):</translation>
    </message>
    <message>
        <source>Replace the saved investigation “{name}”?</source>
        <translation>تحقیق ذخیره‌شدهٔ «{name}» جایگزین شود؟</translation>
    </message>
    <message>
        <source>Investigation saved: {investigation_name} ({count} tabs)</source>
        <translation>تحقیق ذخیره شد: {investigation_name} ({count} زبانه)</translation>
    </message>
    <message>
        <source>No saved investigation named {name!r}</source>
        <translation>هیچ تحقیقی با نام {name!r} ذخیره نشده است</translation>
    </message>
    <message>
        <source>Investigation opened: {name}{note}</source>
        <translation>تحقیق باز شد: {name}{note}</translation>
    </message>
    <message>
        <source>Export investigation</source>
        <translation>صدور تحقیق</translation>
    </message>
    <message>
        <source>“{name}” has no view a report can print.</source>
        <translation>«{name}» هیچ نمایی ندارد که گزارش بتواند چاپ کند.</translation>
    </message>
    <message>
        <source>Export investigation to PDF</source>
        <translation>صدور تحقیق به PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>فایل PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Investigation {name} saved as {path} ({pages} pages)</source>
        <translation>تحقیق {name} به‌صورت {path} ذخیره شد ({pages} صفحه)</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Map caption</source>
        <translation>شرح نقشه</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>بزرگ‌نمایی (+)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>کوچک‌نمایی (−)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>بازنشانی</translation>
    </message>
    <message>
        <source>Show Afghanistan and Pakistan (0)</source>
        <translation>نمایش افغانستان و پاکستان (0)</translation>
    </message>
    <message>
        <source>Map legend</source>
        <translation>راهنمای نقشه</translation>
    </message>
    <message>
        <source>Incidents of the clicked cluster</source>
        <translation>رویدادهای خوشهٔ کلیک‌شده</translation>
    </message>
    <message>
        <source>incidents of a map cluster ({scope})</source>
        <translation>رویدادهای یک خوشهٔ نقشه ({scope})</translation>
    </message>
    <message>
        <source>{scope} — could not load the map: {error}</source>
        <translation>{scope} — نقشه بارگذاری نشد: {error}</translation>
    </message>
    <message>
        <source>{scope} — Loading…</source>
        <translation>{scope} — در حال بارگذاری…</translation>
    </message>
    <message>
        <source>{scope} — no incidents match this filter.</source>
        <translation>{scope} — هیچ رویدادی با این فلتر مطابقت ندارد.</translation>
    </message>
    <message>
        <source>{points} with coordinates in the areas shown (showing the {places:,} busiest of {places_total:,} areas).</source>
        <translation>{points} با مختصات در ساحات نشان‌داده‌شده (نمایش {places:,} پرحادثه‌ترین از {places_total:,} ساحه).</translation>
    </message>
    <message>
        <source>{points} with coordinates in and around the part shown ({places} areas).</source>
        <translation>{points} با مختصات در بخش نشان‌داده‌شده و اطراف آن ({places} ساحه).</translation>
    </message>
    <message>
        <source>{points} with coordinates ({places} areas).</source>
        <translation>{points} با مختصات ({places} ساحه).</translation>
    </message>
    <message>
        <source> in {areas} areas</source>
        <translation> در {areas} ساحه</translation>
    </message>
    <message>
        <source> here</source>
        <translation> در اینجا</translation>
    </message>
    <message>
        <source>{total} incidents{where}; Enter or double-click opens one</source>
        <translation>{total} رویداد{where}؛ Enter یا دوبار کلیک یکی را باز می‌کند</translation>
    </message>
    <message>
        <source>{scope} — {total} with a mapped province ({provinces} provinces), {where}</source>
        <translation>{scope} — {total} با ولایت نقشه‌برداری‌شده ({provinces} ولایت)، {where}</translation>
    </message>
    <message>
        <source> Counted: {text}.</source>
        <translation> شمارش‌شده: {text}.</translation>
    </message>
    <message>
        <source>Listing the {count} incidents of this cluster…</source>
        <translation>در حال فهرست کردن {count} رویداد این خوشه…</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>نقشه</translation>
    </message>
</context>
<context>
    <name>MarkKeys</name>
    <message>
        <source>1 mark</source>
        <translation>1 نشانه</translation>
    </message>
    <message>
        <source>{n} marks</source>
        <translation>{n} نشانه</translation>
    </message>
    <message>
        <source>this lane runs from {first} to {last}, {marks}. {keys}</source>
        <translation>این خط از {first} تا {last} است، {marks}. {keys}</translation>
    </message>
    <message>
        <source>{timeline}: {what}; {item} of {items} in this row, row {row} of {rows}</source>
        <translation>{timeline}: {what}؛ {item} از {items} در این ردیف، ردیف {row} از {rows}</translation>
    </message>
</context>
<context>
    <name>PackActions</name>
    <message>
        <source>Install data update</source>
        <translation>نصب به‌روزرسانی داده</translation>
    </message>
    <message>
        <source>Khorasan Desktop data pack (*.zip *.kdpack);;All files (*)</source>
        <translation>بستهٔ دادهٔ Khorasan Desktop (*.zip *.kdpack);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Data update checked: {name}</source>
        <translation>به‌روزرسانی داده بررسی شد: {name}</translation>
    </message>
    <message>
        <source>Trust a publisher key</source>
        <translation>اعتماد به کلید یک ناشر</translation>
    </message>
    <message>
        <source>Public key (*.pem *.pub);;All files (*)</source>
        <translation>کلید عمومی (*.pem *.pub);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Trust the key in {name}?

Fingerprint:
{fp}

Compare it with the fingerprint the publisher gave you by another way (in person, by phone). Packs signed with this key will install on this computer.</source>
        <translation>به کلید موجود در {name} اعتماد شود؟

اثر انگشت:
{fp}

آن را با اثر انگشتی که ناشر از راه دیگری (حضوری، با تلفن) به شما داده است مقایسه کنید. بسته‌هایی که با این کلید امضا شده‌اند روی این کمپیوتر نصب خواهند شد.</translation>
    </message>
    <message>
        <source>Trusted key {fingerprint}</source>
        <translation>کلید مورد اعتماد {fingerprint}</translation>
    </message>
    <message>
        <source>Trusted key {fingerprint}.
Kept in {path}</source>
        <translation>کلید مورد اعتماد {fingerprint}.
نگه‌داشته‌شده در {path}</translation>
    </message>
</context>
<context>
    <name>RelationGraphView</name>
    <message>
        <source>Relation graph</source>
        <translation>گراف روابط</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>عمق</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 گام</translation>
    </message>
    <message>
        <source>2 steps</source>
        <translation>2 گام</translation>
    </message>
    <message>
        <source>How many relation steps away from the centre to show</source>
        <translation>نمایش روابط تا چند گام دورتر از مرکز</translation>
    </message>
    <message>
        <source>As of year</source>
        <translation>در سال</translation>
    </message>
    <message>
        <source>Show the relations that held in this year</source>
        <translation>نمایش روابطی که در این سال برقرار بودند</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>همهٔ سال‌ها</translation>
    </message>
    <message>
        <source>Ignore dates and show every relation</source>
        <translation>تاریخ‌ها را نادیده بگیر و همهٔ روابط را نشان بده</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>جا دادن</translation>
    </message>
    <message>
        <source>Show the whole graph</source>
        <translation>نمایش کل گراف</translation>
    </message>
    <message>
        <source>Fit the graph</source>
        <translation>جا دادن گراف</translation>
    </message>
    <message>
        <source>Minimum grade</source>
        <translation>حداقل درجه</translation>
    </message>
    <message>
        <source>Only relations with a citation whose source is graded this or better</source>
        <translation>فقط روابطی که استنادی دارند با منبعی به این درجه یا بهتر</translation>
    </message>
    <message>
        <source>Any grade</source>
        <translation>هر درجه</translation>
    </message>
    <message>
        <source>Cited source</source>
        <translation>منبع استنادشده</translation>
    </message>
    <message>
        <source>Only relations cited by this source</source>
        <translation>فقط روابطی که این منبع به آن‌ها استناد کرده است</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>هر منبع</translation>
    </message>
    <message>
        <source>Find entity in the graph</source>
        <translation>یافتن موجودیت در گراف</translation>
    </message>
    <message>
        <source>Find in graph…</source>
        <translation>یافتن در گراف…</translation>
    </message>
    <message>
        <source>Type a name, Enter selects and centres it</source>
        <translation>نامی بنویسید؛ Enter آن را انتخاب و در مرکز قرار می‌دهد</translation>
    </message>
    <message>
        <source>Shortest path to</source>
        <translation>کوتاه‌ترین مسیر به</translation>
    </message>
    <message>
        <source>Path to…</source>
        <translation>مسیر به…</translation>
    </message>
    <message>
        <source>Name an entity (in the graph or not), Enter shows the shortest path to it from the centre over the relations the filters keep; empty clears it</source>
        <translation>نام یک موجودیت را بنویسید (در گراف یا بیرون از آن)؛ Enter کوتاه‌ترین مسیر از مرکز به آن را از راه روابطی که فلترها نگه می‌دارند نشان می‌دهد؛ خالی آن را پاک می‌کند</translation>
    </message>
    <message>
        <source>Re-layout</source>
        <translation>چیدن دوباره</translation>
    </message>
    <message>
        <source>Lay out again (keeps pinned entities)</source>
        <translation>چیدن دوباره (موجودیت‌های ثابت‌شده می‌مانند)</translation>
    </message>
    <message>
        <source>Place every entity that is not pinned afresh</source>
        <translation>هر موجودیتی را که ثابت نشده از نو جای دهید</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>ذخیرهٔ چارت…</translation>
    </message>
    <message>
        <source>Save link chart</source>
        <translation>ذخیرهٔ چارت پیوند</translation>
    </message>
    <message>
        <source>Save this chart by name (entities, pins, positions, filters) in your data</source>
        <translation>این چارت را با یک نام در داده‌های خودتان ذخیره کنید (موجودیت‌ها، نقاط ثابت، موقعیت‌ها، فلترها)</translation>
    </message>
    <message>
        <source>&amp;Depth:</source>
        <translation>عمق:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>در سال:</translation>
    </message>
    <message>
        <source>G&amp;rade:</source>
        <translation>درجه:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>منبع:</translation>
    </message>
    <message>
        <source>Graph key</source>
        <translation>راهنمای گراف</translation>
    </message>
    <message>
        <source>&amp;Legend (click to hide or show):</source>
        <translation>راهنما (برای پنهان یا نمایان کردن کلیک کنید):</translation>
    </message>
    <message>
        <source>Legend column edge</source>
        <translation>لبهٔ ستون راهنما</translation>
    </message>
    <message>
        <source>Drag to hide or show the legend column</source>
        <translation>برای پنهان یا نمایان کردن ستون راهنما بکشید</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>در حال بارگذاری…</translation>
    </message>
    <message>
        <source>Could not load the relations: {message}</source>
        <translation>روابط بارگذاری نشد: {message}</translation>
    </message>
    <message>
        <source>Found {name}. </source>
        <translation>{name} یافت شد. </translation>
    </message>
    <message>
        <source>No entity in the graph matches {name!r}.</source>
        <translation>هیچ موجودیتی در گراف با {name!r} مطابقت ندارد.</translation>
    </message>
    <message>
        <source>There is nowhere to save the chart.</source>
        <translation>جایی برای ذخیرهٔ چارت نیست.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>Khorasan Desktop</source>
        <translation>Khorasan Desktop</translation>
    </message>
    <message>
        <source>Saved the chart as “{name}” (File &gt; Open link chart).</source>
        <translation>چارت به نام «{name}» ذخیره شد (فایل &gt; باز کردن چارت پیوند).</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>برداشتن تثبیت</translation>
    </message>
    <message>
        <source>Pin here</source>
        <translation>ثابت کردن در اینجا</translation>
    </message>
    <message>
        <source>Expand {name}&apos;s neighbours</source>
        <translation>گسترش همسایه‌های {name}</translation>
    </message>
    <message>
        <source>Collapse {name}&apos;s neighbours</source>
        <translation>جمع کردن همسایه‌های {name}</translation>
    </message>
    <message>
        <source>Shortest path from the centre to here</source>
        <translation>کوتاه‌ترین مسیر از مرکز تا اینجا</translation>
    </message>
    <message>
        <source>Centre the graph here</source>
        <translation>گراف را اینجا در مرکز قرار بده</translation>
    </message>
    <message>
        <source>Open its page</source>
        <translation>باز کردن صفحهٔ آن</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Entity actions</source>
        <translation>کنش‌های موجودیت</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>روابط</translation>
    </message>
    <message>
        <source>Relations: {name}</source>
        <translation>روابط: {name}</translation>
    </message>
    <message>
        <source>Relations: {entity}</source>
        <translation>روابط: {entity}</translation>
    </message>
</context>
<context>
    <name>RelationsTable</name>
    <message>
        <source>Relations</source>
        <translation>روابط</translation>
    </message>
    <message>
        <source>Relation type</source>
        <translation>نوع رابطه</translation>
    </message>
    <message>
        <source>All relation types</source>
        <translation>همهٔ انواع رابطه</translation>
    </message>
    <message>
        <source>As of year</source>
        <translation>در سال</translation>
    </message>
    <message>
        <source>Any period</source>
        <translation>هر دوره</translation>
    </message>
    <message>
        <source>As of {year}</source>
        <translation>در سال {year}</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>فلتر:</translation>
    </message>
</context>
<context>
    <name>RelationsTableModel</name>
    <message>
        <source>Brief, {citation}</source>
        <translation>بریف، {citation}</translation>
    </message>
    <message>
        <source> (vague in the source)</source>
        <translation> (در منبع مبهم)</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>page {page} of {pages}</source>
        <translation>صفحهٔ {page} از {pages}</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore backup</source>
        <translation>بازگرداندن نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <source>Backups of your notes, bookmarks and imports, newest first (in {folder}). Restoring one replaces your data with it; the file in use now is kept beside it, never deleted.</source>
        <translation>نسخه‌های پشتیبان یادداشت‌ها، نشانه‌ها و وارد کرده‌های شما، جدیدترین در آغاز (در {folder}). بازگرداندن یکی، داده‌های شما را با آن جایگزین می‌کند؛ فایلی که اکنون در استفاده است کنار آن نگه داشته می‌شود و هرگز حذف نمی‌شود.</translation>
    </message>
    <message>
        <source>No backups yet in {folder}. One is made before every import and once a day when you save something.</source>
        <translation>هنوز هیچ نسخهٔ پشتیبانی در {folder} نیست. یکی پیش از هر وارد کردن و روزی یک بار هنگام ذخیرهٔ چیزی ساخته می‌شود.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>نسخه‌های پشتیبان</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>بازگرداندن</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>بازگرداندن نسخهٔ پشتیبان انتخاب‌شده</translation>
    </message>
</context>
<context>
    <name>SavedListDialog</name>
    <message>
        <source>item</source>
        <translation>مورد</translation>
    </message>
    <message>
        <source>items</source>
        <translation>موارد</translation>
    </message>
    <message>
        <source>Saved {whats}</source>
        <translation>{whats} ذخیره‌شده</translation>
    </message>
    <message>
        <source>&amp;Saved {whats} (newest first):</source>
        <translation>{whats} ذخیره‌شده (جدیدترین در آغاز):</translation>
    </message>
    <message>
        <source>The selected {what}</source>
        <translation>{what} انتخاب‌شده</translation>
    </message>
    <message>
        <source>{action} the selected {what}</source>
        <translation>{action}: {what} انتخاب‌شده</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete the selected {what}</source>
        <translation>حذف {what} انتخاب‌شده</translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation>حذف {what}</translation>
    </message>
    <message>
        <source>Delete “{name}”?</source>
        <translation>«{name}» حذف شود؟</translation>
    </message>
    <message>
        <source>Khorasan Desktop</source>
        <translation>Khorasan Desktop</translation>
    </message>
    <message>
        <source>investigation</source>
        <translation>تحقیق</translation>
    </message>
    <message>
        <source>investigations</source>
        <translation>تحقیق‌ها</translation>
    </message>
    <message>
        <source>link chart</source>
        <translation>چارت پیوند</translation>
    </message>
    <message>
        <source>link charts</source>
        <translation>چارت‌های پیوند</translation>
    </message>
</context>
<context>
    <name>ScopeCaption</name>
    <message>
        <source>Coverage caveat and published figures</source>
        <translation>هشدار پوشش و ارقام منتشرشده</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search actors, regions, events…  (Ctrl+K)</source>
        <translation>جستجوی عامل‌ها، مناطق، رویدادها…  (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <source>Search message</source>
        <translation>پیام جستجو</translation>
    </message>
    <message>
        <source>Browse tree</source>
        <translation>درخت مرور</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتایج جستجو</translation>
    </message>
    <message>
        <source>Search failed: {message}</source>
        <translation>جستجو ناکام شد: {message}</translation>
    </message>
    <message>
        <source>Entries the search may mean</source>
        <translation>مدخل‌هایی که جستجو ممکن است منظور داشته باشد</translation>
    </message>
    <message>
        <source>“{text}” may mean:</source>
        <translation>«{text}» ممکن است به این معنا باشد:</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>کلیدها</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>جای</translation>
    </message>
</context>
<context>
    <name>SourceSelector</name>
    <message>
        <source>Data counted</source>
        <translation>داده‌های شمارش‌شده</translation>
    </message>
    <message>
        <source>Which event data are counted: the bundled sample or imported data sets</source>
        <translation>کدام داده‌های رویداد شمرده شوند: نمونهٔ همراه برنامه یا مجموعه‌های دادهٔ واردشده</translation>
    </message>
    <message>
        <source>Bundled documented incidents</source>
        <translation>رویدادهای مستند همراه برنامه</translation>
    </message>
    <message>
        <source>Imported: {name} ({kind})</source>
        <translation>واردشده: {name} ({kind})</translation>
    </message>
    <message>
        <source>All imported {kind} data sets</source>
        <translation>همهٔ مجموعه‌های دادهٔ واردشدهٔ {kind}</translation>
    </message>
    <message>
        <source>Bundled + all imported</source>
        <translation>همراه برنامه + همهٔ واردشده‌ها</translation>
    </message>
</context>
<context>
    <name>StixActions</name>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>(no marking)</source>
        <translation>(بدون نشانه)</translation>
    </message>
    <message>
        <source>Export STIX 2.1</source>
        <translation>صدور STIX 2.1</translation>
    </message>
    <message>
        <source>TLP marking for the bundle:</source>
        <translation>نشانهٔ TLP برای بسته:</translation>
    </message>
    <message>
        <source>STIX bundle (*.json)</source>
        <translation>بستهٔ STIX (*.json)</translation>
    </message>
    <message>
        <source>Building the STIX bundle…</source>
        <translation>در حال ساختن بستهٔ STIX…</translation>
    </message>
    <message>
        <source>The bundle was not written.

{message}</source>
        <translation>بسته نوشته نشد.

{message}</translation>
    </message>
    <message>
        <source>Nothing was imported.

{message}</source>
        <translation>چیزی وارد نشد.

{message}</translation>
    </message>
    <message>
        <source>Import STIX 2.1</source>
        <translation>وارد کردن STIX 2.1</translation>
    </message>
    <message>
        <source>STIX bundle (*.json);;All files (*)</source>
        <translation>بستهٔ STIX (*.json);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Importing the STIX bundle…</source>
        <translation>در حال وارد کردن بستهٔ STIX…</translation>
    </message>
    <message>
        <source>Imported {name} into your data</source>
        <translation>{name} به داده‌های شما وارد شد</translation>
    </message>
</context>
<context>
    <name>Switch</name>
    <message>
        <source>Show the {what} as a table</source>
        <translation>{what} را به‌صورت جدول نشان بده</translation>
    </message>
    <message>
        <source>The {what} as a table a screen reader can read (Alt+T)</source>
        <translation>{what} به‌صورت جدولی که صفحه‌خوان بتواند بخواند (Alt+T)</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline lanes</source>
        <translation>خط‌های خط زمانی</translation>
    </message>
    <message>
        <source>&amp;Brush dates</source>
        <translation>برس زدن تاریخ‌ها</translation>
    </message>
    <message>
        <source>Brush a date range</source>
        <translation>برس زدن یک بازهٔ تاریخ</translation>
    </message>
    <message>
        <source>Show a range to drag over the timeline; its dates become the date filter of the chart and the map in this window</source>
        <translation>بازه‌ای برای کشیدن روی خط زمانی نشان بده؛ تاریخ‌های آن فلتر تاریخ چارت و نقشه در این پنجره می‌شوند</translation>
    </message>
    <message>
        <source>Brushed from</source>
        <translation>برس‌خورده از</translation>
    </message>
    <message>
        <source>Brushed to</source>
        <translation>برس‌خورده تا</translation>
    </message>
    <message>
        <source>Lanes:</source>
        <translation>خط‌ها:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Click an event to open it; hover for its dates. On the timeline the arrow keys move between marks and Enter opens one.</source>
        <translation>برای باز کردن یک رویداد روی آن کلیک کنید؛ برای تاریخ‌هایش نشانگر را روی آن نگه دارید. روی خط زمانی کلیدهای جهت میان نشانه‌ها حرکت می‌کنند و Enter یکی را باز می‌کند.</translation>
    </message>
    <message>
        <source>. Drawn: {counted}</source>
        <translation>. رسم‌شده: {counted}</translation>
    </message>
    <message>
        <source>Could not list: {message}</source>
        <translation>فهرست کردن ممکن نشد: {message}</translation>
    </message>
    <message>
        <source>Event {ext_id} of the imported data set {dataset} (imported events have no page)</source>
        <translation>رویداد {ext_id} از مجموعهٔ دادهٔ واردشدهٔ {dataset} (رویدادهای واردشده صفحه ندارند)</translation>
    </message>
    <message>
        <source>: {name}, {date}, {place}, {attack_type}, deaths {deaths}</source>
        <translation>: {name}، {date}، {place}، {attack_type}، کشته‌ها {deaths}</translation>
    </message>
    <message>
        <source>place not stated</source>
        <translation>مکان گفته نشده</translation>
    </message>
    <message>
        <source>type not stated</source>
        <translation>نوع گفته نشده</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>گفته نشده</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>خط زمانی</translation>
    </message>
    <message>
        <source>Events on the timeline</source>
        <translation>رویدادهای روی خط زمانی</translation>
    </message>
    <message>
        <source>events of the timeline ({scope})</source>
        <translation>رویدادهای خط زمانی ({scope})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt; ({text}): {events} dated events</source>
        <translation>&lt;b&gt;خط زمانی&lt;/b&gt; ({text}): {events} رویداد تاریخ‌دار</translation>
    </message>
    <message>
        <source>; more than {limit} marks, so drawn as counts per lane and month (brush or narrow the filters to see each event)</source>
        <translation>؛ بیش از {limit} نشانه، بنابراین به‌صورت شمار در هر خط و ماه رسم شده (برای دیدن هر رویداد، بازه را برس بزنید یا فلترها را تنگ‌تر کنید)</translation>
    </message>
    <message>
        <source>; {n} of {bars_total} dated relations drawn</source>
        <translation>؛ {n} از {bars_total} رابطهٔ تاریخ‌دار رسم شده</translation>
    </message>
    <message>
        <source>.&lt;br&gt;&lt;span style=&apos;color:{warning}&apos;&gt;Coverage caveat: {text}&lt;/span&gt;</source>
        <translation>.&lt;br&gt;&lt;span style=&apos;color:{warning}&apos;&gt;هشدار پوشش: {text}&lt;/span&gt;</translation>
    </message>
    <message>
        <source> from {value} to {second}</source>
        <translation> از {value} تا {second}</translation>
    </message>
    <message>
        <source> (the first {n} of {total} by date)</source>
        <translation> (نخستین {n} از {total} بر اساس تاریخ)</translation>
    </message>
    <message>
        <source>&lt;i&gt;Loading the timeline…&lt;/i&gt;</source>
        <translation>&lt;i&gt;در حال بارگذاری خط زمانی…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Could not load: {message}</source>
        <translation>بارگذاری ممکن نشد: {message}</translation>
    </message>
    <message>
        <source>; {undated} without a date, not drawn</source>
        <translation>؛ {undated} بدون تاریخ، رسم نشده</translation>
    </message>
    <message>
        <source>; {lanes_total} lanes, the busiest shown, the rest as &apos;other&apos;</source>
        <translation>؛ {lanes_total} خط، پرکارترین‌ها نمایش داده شده و بقیه به‌عنوان «دیگر»</translation>
    </message>
    <message>
        <source>Listing events…</source>
        <translation>در حال فهرست کردن رویدادها…</translation>
    </message>
    <message>
        <source>{total} events{where}{more}; Enter or double-click opens one</source>
        <translation>{total} رویداد{where}{more}؛ Enter یا دو بار کلیک یکی را باز می‌کند</translation>
    </message>
    <message>
        <source>Brushed {first} to {last}: the chart and the map of this window filter on it.</source>
        <translation>برس‌خورده از {first} تا {last}: چارت و نقشهٔ این پنجره بر اساس آن فلتر می‌شوند.</translation>
    </message>
</context>
<context>
    <name>_Legend</name>
    <message>
        <source>Timeline legend</source>
        <translation>راهنمای خط زمانی</translation>
    </message>
</context>
<context>
    <name>_MapGraphicsView</name>
    <message>
        <source>Map</source>
        <translation>نقشه</translation>
    </message>
</context>
<context>
    <name>a11y</name>
    <message>
        <source>{control}: choices</source>
        <translation>{control}: گزینه‌ها</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>گزینه‌ها</translation>
    </message>
    <message>
        <source>{area} (contents)</source>
        <translation>{area} (محتوا)</translation>
    </message>
    <message>
        <source>Scrolled area</source>
        <translation>ناحیهٔ پیمایشی</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>&lt;b&gt;Licences.&lt;/b&gt; The licence file is missing: {problem}</source>
        <translation>&lt;b&gt;مجوزها.&lt;/b&gt; فایل مجوز وجود ندارد: {problem}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Licences&lt;/b&gt; (full texts: Show Details, or {file} in the installation)</source>
        <translation>&lt;b&gt;مجوزها&lt;/b&gt; (متن کامل: نمایش جزئیات، یا {file} در محل نصب)</translation>
    </message>
    <message>
        <source>The interface is also available in Dari and Pashto (View &gt; Language); those translations await review by native speakers.</source>
        <translation>رابط کاربری به دری و پشتو نیز در دسترس است (نما &gt; زبان)؛ این ترجمه‌ها در انتظار بازبینی سخنوران بومی هستند.</translation>
    </message>
    <message>
        <source>This translation of the interface awaits review by native speakers; names, sources and quotations stay as the sources give them.</source>
        <translation>این ترجمهٔ رابط کاربری در انتظار بازبینی سخنوران بومی است؛ نام‌ها، منابع و نقل‌قول‌ها همان‌گونه که منابع آورده‌اند می‌مانند.</translation>
    </message>
    <message>
        <source>Offline reference on ISIS-K and the militant landscape of Afghanistan and its neighbours. Reference data {data_version}, as of {as_of}. This program never opens a network connection.</source>
        <translation>مرجع بدون اتصال دربارهٔ داعش خراسان و چشم‌انداز گروه‌های شبه‌نظامی افغانستان و همسایگانش. داده‌های مرجع {data_version}، تا {as_of}. این برنامه هرگز اتصال شبکه‌ای باز نمی‌کند.</translation>
    </message>
    <message>
        <source>Running on {runtime}.</source>
        <translation>در حال اجرا روی {runtime}.</translation>
    </message>
    <message>
        <source>Khorasan Desktop</source>
        <translation>Khorasan Desktop</translation>
    </message>
    <message>
        <source>Data and attributions</source>
        <translation>داده‌ها و انتساب‌ها</translation>
    </message>
    <message>
        <source>Grading.</source>
        <translation>درجه‌بندی.</translation>
    </message>
    <message>
        <source>Coverage.</source>
        <translation>پوشش.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keys.&lt;/b&gt; Ctrl+K or Ctrl+F search · Enter opens the top hit · Ctrl+click opens in a new tab · Alt+Left/Right back/forward · Ctrl+W close tab · Ctrl+D bookmark · Ctrl+G relation graph · Ctrl+Shift+C chart · Ctrl+M map · F1 user guide.</source>
        <translation>&lt;b&gt;کلیدها.&lt;/b&gt; Ctrl+K یا Ctrl+F جستجو · Enter نخستین نتیجه را باز می‌کند · Ctrl+کلیک در زبانهٔ تازه باز می‌کند · Alt+چپ/راست عقب/جلو · Ctrl+W بستن زبانه · Ctrl+D نشانه · Ctrl+G گراف روابط · Ctrl+Shift+C چارت · Ctrl+M نقشه · F1 رهنمای کاربر.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Khorasan Desktop cannot start</source>
        <translation>Khorasan Desktop آغاز نمی‌شود</translation>
    </message>
</context>
<context>
    <name>backup_dialog</name>
    <message>
        <source>Restore backup</source>
        <translation>بازگرداندن نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <source>Replace your notes, bookmarks and imports with the backup of {made:%Y-%m-%d %H:%M}?

What you changed since then is not in it; the current file is kept beside it.</source>
        <translation>یادداشت‌ها، نشانه‌ها و وارد کرده‌های شما با نسخهٔ پشتیبان {made:%Y-%m-%d %H:%M} جایگزین شوند؟

آنچه از آن زمان تغییر داده‌اید در آن نیست؛ فایل کنونی کنار آن نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>

The file it replaced is kept as {aside}.</source>
        <translation>

فایلی که جایگزین شد به نام {aside} نگه داشته شده است.</translation>
    </message>
    <message>
        <source>Restored {name}.{kept}</source>
        <translation>{name} بازگردانده شد.{kept}</translation>
    </message>
</context>
<context>
    <name>caveat</name>
    <message>
        <source> (more in the tooltip)</source>
        <translation> (بیشتر در راهنمای ابزار)</translation>
    </message>
    <message>
        <source>Coverage caveat: {caveat}</source>
        <translation>هشدار پوشش: {caveat}</translation>
    </message>
</context>
<context>
    <name>chart</name>
    <message>
        <source>year</source>
        <translation>سال</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>ربع سال</translation>
    </message>
    <message>
        <source>month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>point in time</source>
        <translation>یک لحظهٔ زمانی</translation>
    </message>
    <message>
        <source>per period</source>
        <translation>در هر دوره</translation>
    </message>
    <message>
        <source>cumulative</source>
        <translation>تجمعی</translation>
    </message>
    <message>
        <source>{n} more published figures: in the list below</source>
        <translation>{n} رقم منتشرشدهٔ دیگر: در فهرست زیر</translation>
    </message>
    <message>
        <source>source not named</source>
        <translation>منبع نام برده نشده</translation>
    </message>
    <message>
        <source>{value:,.0f} in all</source>
        <translation>در مجموع {value:,.0f}</translation>
    </message>
    <message>
        <source> (right scale)</source>
        <translation> (مقیاس راست)</translation>
    </message>
    <message>
        <source>, right scale</source>
        <translation>، مقیاس راست</translation>
    </message>
    <message>
        <source>Documented incidents</source>
        <translation>رویدادهای مستند</translation>
    </message>
    <message>
        <source>Events counted</source>
        <translation>رویدادهای شمارش‌شده</translation>
    </message>
    <message>
        <source>date too imprecise for this bin</source>
        <translation>تاریخ برای این ستون بیش از حد نادقیق</translation>
    </message>
    <message>
        <source>period ({unit})</source>
        <translation>دوره ({unit})</translation>
    </message>
    <message>
        <source>Published figures ({units})</source>
        <translation>ارقام منتشرشده ({units})</translation>
    </message>
    <message>
        <source>units as stated</source>
        <translation>واحدها چنان که بیان شده</translation>
    </message>
</context>
<context>
    <name>chart_keys</name>
    <message>
        <source>Attack counts chart</source>
        <translation>چارت شمار حملات</translation>
    </message>
    <message>
        <source>Left and Right move between bars, Home and End go to the first and last, Enter lists the bar&apos;s incidents below, Escape goes back to the filters.</source>
        <translation>چپ و راست میان ستون‌ها می‌روند، Home و End به نخستین و آخرین، Enter رویدادهای ستون را در پایین فهرست می‌کند، Escape به فلترها برمی‌گردد.</translation>
    </message>
</context>
<context>
    <name>compose</name>
    <message>
        <source>Judgements keep the brief&apos;s own wording of likelihood (for example “most likely”, “likely”, “may”, “has the potential to”). These words are the author&apos;s; they are not calibrated probabilities, and no probability was assigned by Khorasan Desktop.</source>
        <translation>ارزیابی‌ها واژه‌های خود بریف را برای احتمال نگه می‌دارند (برای نمونه «most likely»، «likely»، «may»، «has the potential to»). این واژه‌ها از نویسنده‌اند؛ احتمال‌های سنجیده نیستند و Khorasan Desktop هیچ احتمالی تعیین نکرده است.</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Sources&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;منابع&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every citation used in this report, numbered as in the text.&lt;/p&gt;</source>
        <translation>&lt;p&gt;همهٔ استنادهای به‌کاررفته در این گزارش، با همان شماره‌ای که در متن آمده است.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The views in this report cite no sources beyond the data sets listed under attributions.&lt;/p&gt;</source>
        <translation>&lt;p&gt;نماهای این گزارش به هیچ منبعی جز مجموعه‌های داده‌ای که زیر انتساب‌ها آمده‌اند استناد نمی‌کنند.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Relations of {name}</source>
        <translation>روابط {name}</translation>
    </message>
    <message>
        <source> as of {year}</source>
        <translation> تا سال {year}</translation>
    </message>
    <message>
        <source>Documented incidents over time</source>
        <translation>رویدادهای مستند در طول زمان</translation>
    </message>
    <message>
        <source>Map of documented incidents</source>
        <translation>نقشهٔ رویدادهای مستند</translation>
    </message>
    <message>
        <source>Timeline of documented incidents</source>
        <translation>خط زمانی رویدادهای مستند</translation>
    </message>
    <message>
        <source>Documented incidents</source>
        <translation>رویدادهای مستند</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>یادداشت‌های شما</translation>
    </message>
    <message>
        <source>Your bookmarks</source>
        <translation>نشانه‌های شما</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>نویسنده</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>صادرشده</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>داده‌های مرجع</translation>
    </message>
    <message>
        <source>version {version}, as of {as_of}</source>
        <translation>نسخهٔ {version}، تا {as_of}</translation>
    </message>
    <message>
        <source>Produced with</source>
        <translation>ساخته‌شده با</translation>
    </message>
    <message>
        <source>Khorasan Desktop {version}, offline</source>
        <translation>Khorasan Desktop {version}، بدون اتصال</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>رسیدگی</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>فهرست مطالب</translation>
    </message>
    <message>
        <source>Coverage.</source>
        <translation>پوشش.</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;meta&apos;&gt;{listed} of {relations_total} relations listed; a relations view shows them with a graph.&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;meta&apos;&gt;{listed} از {relations_total} رابطه فهرست شده است؛ یک نمای روابط آن‌ها را همراه با گراف نشان می‌دهد.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Related events{within} ({n})&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;رویدادهای مرتبط{within} ({n})&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;meta&apos;&gt;The {n} most recent of {total}; an events view lists them all.&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;meta&apos;&gt;{n} مورد جدیدتر از {total}؛ یک نمای رویدادها همه را فهرست می‌کند.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;meta&apos;&gt;{events_outside} other linked events lie outside this period or are undated.&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;meta&apos;&gt;{events_outside} رویداد مرتبط دیگر بیرون از این دوره یا بدون تاریخ هستند.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;caveat&apos;&gt;&lt;b&gt;Coverage caveat.&lt;/b&gt; {text}&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;caveat&apos;&gt;&lt;b&gt;هشدار پوشش.&lt;/b&gt; {text}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Published figures for this scope ({n})&lt;/h3&gt;&lt;p class=&apos;meta&apos;&gt;{text}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ارقام منتشرشده برای این محدوده ({n})&lt;/h3&gt;&lt;p class=&apos;meta&apos;&gt;{text}&lt;/p&gt;</translation>
    </message>
    <message>
        <source> Laid out as saved in the link chart “{name}”.</source>
        <translation> با چیدمانی که در چارت پیوند «{name}» ذخیره شده است.</translation>
    </message>
    <message>
        <source> Laid out as arranged in the window ({n} pinned).</source>
        <translation> با چیدمانی که در پنجره مرتب شده است ({n} ثابت‌شده).</translation>
    </message>
    <message>
        <source> Laid out as arranged in the window.</source>
        <translation> با چیدمانی که در پنجره مرتب شده است.</translation>
    </message>
    <message>
        <source>Relation graph, {described}. {status}. Undated relations are always shown (dashed, lighter).</source>
        <translation>گراف روابط، {described}. {status}. روابط بدون تاریخ همیشه نشان داده می‌شوند (خط‌چین، کم‌رنگ‌تر).</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Shortest path (1 step)&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;کوتاه‌ترین مسیر (1 گام)&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Shortest path ({steps} steps)&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;کوتاه‌ترین مسیر ({steps} گام)&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>گام</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>فاعل</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>رابطه</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>مفعول</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>منابع</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Relations shown ({n})&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;روابط نشان‌داده‌شده ({n})&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No events match this scope; the chart is empty.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;هیچ رویدادی با این محدوده مطابقت ندارد؛ چارت خالی است.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Events counted</source>
        <translation>رویدادهای شمارش‌شده</translation>
    </message>
    <message>
        <source>date too imprecise</source>
        <translation>تاریخ بیش از حد نادقیق</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Events per province&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;رویدادها بر اساس ولایت&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>ولایت</translation>
    </message>
    <message>
        <source>&lt;p&gt;Scope: {scope}; {first} to {last}. {events} dated events</source>
        <translation>&lt;p&gt;محدوده: {scope}؛ {first} تا {last}. {events} رویداد تاریخ‌دار</translation>
    </message>
    <message>
        <source>, {undated} without a date (not drawn)</source>
        <translation>، {undated} بدون تاریخ (رسم نشده)</translation>
    </message>
    <message>
        <source>. Drawn: {counted}</source>
        <translation>. رسم‌شده: {counted}</translation>
    </message>
    <message>
        <source>. Each event spans the days its date allows (a month-precision event its month); relation periods and leadership terms are bars, an open end drawn to the edge.</source>
        <translation>. هر رویداد روزهایی را می‌پوشاند که تاریخش اجازه می‌دهد (رویدادی با دقت ماه، ماهش را)؛ دوره‌های رابطه و دوره‌های رهبری ستون‌اند و پایان باز تا لبه رسم می‌شود.</translation>
    </message>
    <message>
        <source> More than {limit} marks: drawn as events per lane and month.</source>
        <translation> بیش از {limit} نشانه: به‌صورت رویدادها در هر خط و ماه رسم شده.</translation>
    </message>
    <message>
        <source>{count} events</source>
        <translation>{count} رویداد</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Timeline entries ({n})&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;مدخل‌های خط زمانی ({n})&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>خط</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>دقت</translation>
    </message>
    <message>
        <source>What</source>
        <translation>چه</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;meta&apos;&gt;first {shown:,} of {total:,}; the full list is in the CSV/JSON export.&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;meta&apos;&gt;نخستین {shown:,} از {total:,}؛ فهرست کامل در خروجی CSV/JSON است.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Imported events ({imported_total:,})&lt;/h3&gt;&lt;p class=&apos;meta&apos;&gt;From {text}; licences under attributions.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;رویدادهای واردشده ({imported_total:,})&lt;/h3&gt;&lt;p class=&apos;meta&apos;&gt;از {text}؛ مجوزها زیر انتساب‌ها.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>مکان</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>طرف‌ها</translation>
    </message>
    <message>
        <source>Deaths (best, low–high)</source>
        <translation>کشته‌ها (بهترین، کم–زیاد)</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>مجموعهٔ داده</translation>
    </message>
    <message>
        <source>&lt;p&gt;No notes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;یادداشتی نیست.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> &lt;span class=&apos;meta&apos;&gt;(no longer in the reference data)&lt;/span&gt;</source>
        <translation> &lt;span class=&apos;meta&apos;&gt;(دیگر در داده‌های مرجع نیست)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{label}&lt;/h3&gt;&lt;p class=&apos;meta&apos;&gt;updated {updated}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{label}&lt;/h3&gt;&lt;p class=&apos;meta&apos;&gt;به‌روزشده در {updated}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No bookmarks.&lt;/p&gt;</source>
        <translation>&lt;p&gt;نشانه‌ای نیست.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>Deaths</source>
        <translation>کشته‌ها</translation>
    </message>
    <message>
        <source>Injured</source>
        <translation>زخمی</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>انتساب</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Grading scales&lt;/h2&gt;&lt;p&gt;Admiralty system. Grades were assigned by the compilers of the reference data by stated rules, not by the sources themselves.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;مقیاس‌های درجه‌بندی&lt;/h2&gt;&lt;p&gt;سیستم ادمیرالتی. درجه‌ها را گردآورندگان داده‌های مرجع بر پایهٔ قاعده‌های اعلام‌شده تعیین کرده‌اند، نه خود منابع.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Source reliability&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;اعتبار منبع&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Information credibility&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;صحت معلومات&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Likelihood wording&lt;/h2&gt;&lt;p&gt;{text}&lt;/p&gt;</source>
        <translation>&lt;h2&gt;واژه‌های احتمال&lt;/h2&gt;&lt;p&gt;{text}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;meta&apos;&gt;Wordings in the reference data: {words}.&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;meta&apos;&gt;واژه‌ها در داده‌های مرجع: {words}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Attributions and licences</source>
        <translation>انتساب‌ها و مجوزها</translation>
    </message>
    <message>
        <source>Figure as stated</source>
        <translation>رقم همان‌گونه که گفته شده</translation>
    </message>
    <message>
        <source>Kind and period</source>
        <translation>نوع و دوره</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>سلسله</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>محدوده</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
</context>
<context>
    <name>copy_cite</name>
    <message>
        <source>Copy with source</source>
        <translation>کپی همراه با منبع</translation>
    </message>
</context>
<context>
    <name>events_model</name>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>مکان</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>Deaths</source>
        <translation>کشته‌ها</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>زخمی‌ها</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>انتساب</translation>
    </message>
</context>
<context>
    <name>graph</name>
    <message>
        <source>Ally / cooperates with</source>
        <translation>متحد / همکار با</translation>
    </message>
    <message>
        <source>Rival of / threatens</source>
        <translation>رقیب / تهدیدکنندهٔ</translation>
    </message>
    <message>
        <source>Branch / splinter / part of</source>
        <translation>شاخه / انشعاب / بخشی از</translation>
    </message>
    <message>
        <source>Pledged allegiance to</source>
        <translation>بیعت با</translation>
    </message>
    <message>
        <source>Leader / member of</source>
        <translation>رهبر / عضو</translation>
    </message>
    <message>
        <source>Operates / located in, recruits from</source>
        <translation>فعالیت / مستقر در، سربازگیری از</translation>
    </message>
    <message>
        <source>Agreement with</source>
        <translation>توافق با</translation>
    </message>
    <message>
        <source>Fought in (event)</source>
        <translation>جنگیده در (رویداد)</translation>
    </message>
    <message>
        <source>Follows tactics of / seeks alliance with</source>
        <translation>پیروی از تاکتیک‌های / جویای اتحاد با</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <source>Undated relation (dashed, lighter; always shown)</source>
        <translation>رابطهٔ بدون تاریخ (خط‌چین؛ همیشه نمایان)</translation>
    </message>
    <message>
        <source>Shortest path</source>
        <translation>کوتاه‌ترین مسیر</translation>
    </message>
    <message>
        <source>Pinned (stays where you put it)</source>
        <translation>ثابت‌شده (همان‌جا که گذاشتید می‌ماند)</translation>
    </message>
    <message>
        <source>Centre of the graph</source>
        <translation>مرکز گراف</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>عامل</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>منطقه</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>عامل‌ها</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>مناطق</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>رویدادها</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>منابع</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>روابط</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>موجودیت‌ها</translation>
    </message>
</context>
<context>
    <name>graph_keys</name>
    <message>
        <source>Relation graph, {n} entities</source>
        <translation>گراف روابط، {n} موجودیت</translation>
    </message>
    <message>
        <source>Arrow keys move between related entities, Home goes to the centre, Enter opens the selected entity.</source>
        <translation>کلیدهای جهت میان موجودیت‌های مرتبط می‌روند، Home به مرکز می‌رود، Enter موجودیت انتخاب‌شده را باز می‌کند.</translation>
    </message>
    <message>
        <source>, centre of the graph</source>
        <translation>، مرکز گراف</translation>
    </message>
    <message>
        <source>Relation graph: {name}, {kind}{centre}, {n} relations</source>
        <translation>گراف روابط: {name}، {kind}{centre}، {n} رابطه</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>&amp;System</source>
        <translation>سیستم</translation>
    </message>
</context>
<context>
    <name>import_dialog</name>
    <message>
        <source>the file cannot be read ({value})</source>
        <translation>فایل خوانده نمی‌شود ({value})</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>فایل خالی است</translation>
    </message>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8 CSV</source>
        <translation>فایل متن UTF-16 است؛ آن را به‌صورت CSV با UTF-8 ذخیره کنید</translation>
    </message>
    <message>
        <source>this is a ZIP or Excel file; unpack it or export it as CSV</source>
        <translation>این یک فایل ZIP یا Excel است؛ آن را باز کنید یا به CSV صادر کنید</translation>
    </message>
    <message>
        <source>this is not a text file</source>
        <translation>این یک فایل متنی نیست</translation>
    </message>
    <message>
        <source>the start of the file is not CSV ({exc})</source>
        <translation>آغاز فایل CSV نیست ({exc})</translation>
    </message>
    <message>
        <source>the first line is empty; a CSV file starts with its column names</source>
        <translation>سطر نخست خالی است؛ فایل CSV با نام ستون‌هایش آغاز می‌شود</translation>
    </message>
    <message>
        <source>the header is neither UCDP GED nor ACLED ({lacks}); it starts with {value}</source>
        <translation>سرستون نه UCDP GED است و نه ACLED ({lacks})؛ با {value} آغاز می‌شود</translation>
    </message>
</context>
<context>
    <name>investigations</name>
    <message>
        <source>&amp;Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>&amp;Export to PDF…</source>
        <translation>صدور به PDF…</translation>
    </message>
</context>
<context>
    <name>item_tables</name>
    <message>
        <source>Show as &amp;table</source>
        <translation>نمایش به‌صورت جدول</translation>
    </message>
    <message>
        <source>, centre</source>
        <translation>، مرکز</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>موجودیت</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>روابط</translation>
    </message>
    <message>
        <source>Drawn relations</source>
        <translation>روابط رسم‌شده</translation>
    </message>
    <message>
        <source>Relation graph as a table</source>
        <translation>گراف روابط به‌صورت جدول</translation>
    </message>
    <message>
        <source>relation graph</source>
        <translation>گراف روابط</translation>
    </message>
    <message>
        <source>date too imprecise</source>
        <translation>تاریخ بیش از حد نادقیق</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>شمارش‌شده</translation>
    </message>
    <message>
        <source>Attack counts chart as a table</source>
        <translation>چارت شمار حملات به‌صورت جدول</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>چارت</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>ولایت</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Documented incidents</source>
        <translation>رویدادهای مستند</translation>
    </message>
    <message>
        <source>Map as a table</source>
        <translation>نقشه به‌صورت جدول</translation>
    </message>
    <message>
        <source>map</source>
        <translation>نقشه</translation>
    </message>
</context>
<context>
    <name>map</name>
    <message>
        <source>Documented incidents (sample; coverage varies)</source>
        <translation>رویدادهای مستند (نمونه؛ پوشش متفاوت است)</translation>
    </message>
    <message>
        <source>Incidents per province</source>
        <translation>رویدادها در هر ولایت</translation>
    </message>
    <message>
        <source>none documented</source>
        <translation>هیچ موردی مستند نشده</translation>
    </message>
    <message>
        <source>no province data</source>
        <translation>بدون دادهٔ ولایت</translation>
    </message>
    <message>
        <source>Incident locations</source>
        <translation>مکان‌های رویداد</translation>
    </message>
    <message>
        <source>exact location</source>
        <translation>مکان دقیق</translation>
    </message>
    <message>
        <source>approximate (city centre)</source>
        <translation>تقریبی (مرکز شهر)</translation>
    </message>
    <message>
        <source>Bigger marker = more incidents close together (number inside).</source>
        <translation>نشانهٔ بزرگتر = رویدادهای بیشتر نزدیک به هم (عدد در داخل).</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>و {n} مورد دیگر</translation>
    </message>
    <message>
        <source>Outside this map: {names}</source>
        <translation>بیرون از این نقشه: {names}</translation>
    </message>
</context>
<context>
    <name>options</name>
    <message>
        <source>per year</source>
        <translation>بر اساس سال</translation>
    </message>
    <message>
        <source>per quarter</source>
        <translation>بر اساس ربع سال</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>بر اساس ماه</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>ادعاشده</translation>
    </message>
    <message>
        <source>attributed</source>
        <translation>منسوب</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>مورد مناقشه</translation>
    </message>
    <message>
        <source>actor: {name}</source>
        <translation>عامل: {name}</translation>
    </message>
    <message>
        <source>country: {name}</source>
        <translation>کشور: {name}</translation>
    </message>
    <message>
        <source>province: {name}</source>
        <translation>ولایت: {name}</translation>
    </message>
    <message>
        <source>actor: attribution uncertain (imported &apos;X and/or Y&apos;)</source>
        <translation>عامل: انتساب نامعلوم (واردشده به‌صورت «X و/یا Y»)</translation>
    </message>
    <message>
        <source>attribution: {values}</source>
        <translation>انتساب: {values}</translation>
    </message>
    <message>
        <source>attack type: {type}</source>
        <translation>نوع حمله: {type}</translation>
    </message>
    <message>
        <source>target: {target}</source>
        <translation>هدف: {target}</translation>
    </message>
    <message>
        <source>dates: {start} to {end}</source>
        <translation>تاریخ‌ها: {start} تا {end}</translation>
    </message>
    <message>
        <source>start</source>
        <translation>آغاز</translation>
    </message>
    <message>
        <source>end</source>
        <translation>پایان</translation>
    </message>
    <message>
        <source>all documented incidents</source>
        <translation>همهٔ رویدادهای مستند</translation>
    </message>
    <message>
        <source>lanes by actor</source>
        <translation>خط‌ها بر اساس عامل</translation>
    </message>
    <message>
        <source>lanes by province</source>
        <translation>خط‌ها بر اساس ولایت</translation>
    </message>
    <message>
        <source>lanes by attack type</source>
        <translation>خط‌ها بر اساس نوع حمله</translation>
    </message>
</context>
<context>
    <name>page_html</name>
    <message>
        <source>confirmed</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <source>probably true</source>
        <translation>احتمالاً درست</translation>
    </message>
    <message>
        <source>possibly true</source>
        <translation>شاید درست</translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation>مشکوک</translation>
    </message>
    <message>
        <source>improbable</source>
        <translation>نامحتمل</translation>
    </message>
    <message>
        <source>cannot be judged</source>
        <translation>قابل قضاوت نیست</translation>
    </message>
    <message>
        <source>completely reliable</source>
        <translation>کاملاً قابل اعتماد</translation>
    </message>
    <message>
        <source>usually reliable</source>
        <translation>معمولاً قابل اعتماد</translation>
    </message>
    <message>
        <source>fairly reliable</source>
        <translation>نسبتاً قابل اعتماد</translation>
    </message>
    <message>
        <source>not usually reliable</source>
        <translation>معمولاً غیرقابل اعتماد</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>غیرقابل اعتماد</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>عامل</translation>
    </message>
    <message>
        <source>region</source>
        <translation>منطقه</translation>
    </message>
    <message>
        <source>event</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <source>source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>group</source>
        <translation>گروه</translation>
    </message>
    <message>
        <source>person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>state</source>
        <translation>دولت</translation>
    </message>
    <message>
        <source>government</source>
        <translation>حکومت</translation>
    </message>
    <message>
        <source>country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>province</source>
        <translation>ولایت</translation>
    </message>
    <message>
        <source>area</source>
        <translation>ساحه</translation>
    </message>
    <message>
        <source>historical</source>
        <translation>تاریخی</translation>
    </message>
    <message>
        <source>macro</source>
        <translation>منطقهٔ بزرگ</translation>
    </message>
    <message>
        <source>attack</source>
        <translation>حمله</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>توافق</translation>
    </message>
    <message>
        <source>allegiance</source>
        <translation>بیعت</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>کارزار</translation>
    </message>
    <message>
        <source>collapse</source>
        <translation>فروپاشی</translation>
    </message>
    <message>
        <source>founding</source>
        <translation>تأسیس</translation>
    </message>
    <message>
        <source>leadership-change</source>
        <translation>تغییر رهبری</translation>
    </message>
    <message>
        <source>other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <source>war</source>
        <translation>جنگ</translation>
    </message>
    <message>
        <source>withdrawal</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>brief</source>
        <translation>بریف</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>مجموعهٔ داده</translation>
    </message>
    <message>
        <source>outside</source>
        <translation>بیرونی</translation>
    </message>
    <message>
        <source>page</source>
        <translation>صفحه</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>درجه‌بندی نشده</translation>
    </message>
    <message>
        <source>source {reliability} ({reliability_word}), information {credibility} ({credibility_word})</source>
        <translation>منبع {reliability} ({reliability_word})، معلومات {credibility} ({credibility_word})</translation>
    </message>
    <message>
        <source>{source_title}, {locator} (grade {grade})</source>
        <translation>{source_title}، {locator} (درجهٔ {grade})</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;vague&apos;&gt;Recorded as vague: {text}&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;vague&apos;&gt;به‌صورت مبهم ثبت شده: {text}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Also known as&lt;/h2&gt;&lt;p&gt;{aliases}&lt;/p&gt;</source>
        <translation>&lt;h2&gt;نام‌های دیگر&lt;/h2&gt;&lt;p&gt;{aliases}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Key facts&lt;/h2&gt;&lt;ul&gt;</source>
        <translation>&lt;h2&gt;واقعیت‌های کلیدی&lt;/h2&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Judgements in the brief&lt;/h2&gt;&lt;ul&gt;</source>
        <translation>&lt;h2&gt;ارزیابی‌های بریف&lt;/h2&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Relations&lt;/h2&gt;&lt;ul&gt;</source>
        <translation>&lt;h2&gt;روابط&lt;/h2&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source> &lt;i&gt;(vague)&lt;/i&gt;</source>
        <translation> &lt;i&gt;(مبهم)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;meta&apos;&gt;… and {n} more relations: see the Relations table below.&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;meta&apos;&gt;… و {n} رابطهٔ دیگر: جدول روابط را در پایین ببینید.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sources&lt;/h2&gt;&lt;ol class=&apos;sources&apos;&gt;</source>
        <translation>&lt;h2&gt;منابع&lt;/h2&gt;&lt;ol class=&apos;sources&apos;&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;meta&apos;&gt;Grades: Admiralty scale, source reliability A–F and information credibility 1–6, assigned by the compilers.&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;meta&apos;&gt;درجه‌ها: مقیاس ادمیرالتی، اعتبار منبع A–F و صحت معلومات 1–6، که گردآورندگان تعیین کرده‌اند.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>{date_display} &lt;span class=&apos;meta&apos;&gt;(precision: {date_precision})&lt;/span&gt;</source>
        <translation>{date_display} &lt;span class=&apos;meta&apos;&gt;(دقت: {date_precision})&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>مکان</translation>
    </message>
    <message>
        <source>from the source</source>
        <translation>از منبع</translation>
    </message>
    <message>
        <source>approximate city centre</source>
        <translation>مرکز تقریبی شهر</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>مختصات</translation>
    </message>
    <message>
        <source>Attack type</source>
        <translation>نوع حمله</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>Deaths</source>
        <translation>کشته‌ها</translation>
    </message>
    <message>
        <source>best {best} · low {low} · high {high} &lt;span class=&apos;meta&apos;&gt;(victims; blank = not stated)&lt;/span&gt;</source>
        <translation>بهترین {best} · کمترین {low} · بیشترین {high} &lt;span class=&apos;meta&apos;&gt;(قربانیان؛ خالی = گفته نشده)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>زخمی‌ها</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>انتساب</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>اصلاح‌شده</translation>
    </message>
    <message>
        <source>{changes} &lt;span class=&apos;meta&apos;&gt;(source row → reference data)&lt;/span&gt;&lt;br&gt;&lt;i&gt;Why:&lt;/i&gt; {reason}</source>
        <translation>{changes} &lt;span class=&apos;meta&apos;&gt;(ردیف منبع ← داده‌های مرجع)&lt;/span&gt;&lt;br&gt;&lt;i&gt;چرا:&lt;/i&gt; {reason}</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>تأسیس</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>توان</translation>
    </message>
    <message>
        <source>UCDP actor id</source>
        <translation>شناسهٔ عامل UCDP</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>Natural Earth name</source>
        <translation>نام در Natural Earth</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>نویسنده</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>ناشر</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>مجوز</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>اعتبار</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>بخشی از</translation>
    </message>
</context>
<context>
    <name>page_keys</name>
    <message>
        <source>Tab leaves the page; Ctrl+Down and Ctrl+Up go to the next and previous link, Enter opens it.</source>
        <translation>Tab از صفحه بیرون می‌رود؛ Ctrl+پایین و Ctrl+بالا به پیوند بعدی و قبلی می‌روند، Enter آن را باز می‌کند.</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Note saved</source>
        <translation>یادداشت ذخیره شد</translation>
    </message>
    <message>
        <source>Event {ext_id} of the imported data set {dataset}: imported events have no page; see them in the chart&apos;s bin list or an entity page.</source>
        <translation>رویداد {ext_id} از مجموعهٔ دادهٔ واردشدهٔ {dataset}: رویدادهای واردشده صفحه ندارند؛ آن‌ها را در فهرست ستون چارت یا در صفحهٔ یک موجودیت ببینید.</translation>
    </message>
    <message>
        <source>No page shows {kind}:{key}</source>
        <translation>هیچ صفحه‌ای {kind}:{key} را نشان نمی‌دهد</translation>
    </message>
    <message>
        <source>Entity page: {title}</source>
        <translation>صفحهٔ موجودیت: {title}</translation>
    </message>
    <message>
        <source>Relation graph: {name}</source>
        <translation>گراف روابط: {name}</translation>
    </message>
    <message>
        <source>, path to {name}</source>
        <translation>، مسیر به {name}</translation>
    </message>
    <message>
        <source> (saved chart “{value}”)</source>
        <translation> (چارت ذخیره‌شدهٔ «{value}»)</translation>
    </message>
    <message>
        <source> (as arranged, pins kept)</source>
        <translation> (همان‌گونه که مرتب شده، با ثابت‌شده‌ها)</translation>
    </message>
    <message>
        <source>Counts chart: {scope}</source>
        <translation>چارت شمار: {scope}</translation>
    </message>
    <message>
        <source>Events table: {scope}</source>
        <translation>جدول رویدادها: {scope}</translation>
    </message>
    <message>
        <source>Map: {scope}</source>
        <translation>نقشه: {scope}</translation>
    </message>
</context>
<context>
    <name>relation_graph</name>
    <message>
        <source>Key</source>
        <translation>راهنما</translation>
    </message>
    <message>
        <source>Undated (dashed, lighter)</source>
        <translation>بدون تاریخ (خط‌چین، کم‌رنگ‌تر)</translation>
    </message>
    <message>
        <source>Shortest path</source>
        <translation>کوتاه‌ترین مسیر</translation>
    </message>
    <message>
        <source>Centre of the graph</source>
        <translation>مرکز گراف</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>ثابت‌شده</translation>
    </message>
    <message>
        <source>Click an entity to open it, double-click to centre on it; drag an entity to pin it there, drag the background to pan, wheel to zoom. Arrows follow the relations (Home: centre); keys on the selected entity: P pin/unpin, E expand, C collapse, Enter open, Menu for more.</source>
        <translation>برای باز کردن یک موجودیت روی آن کلیک کنید، برای قرار دادن آن در مرکز دو بار کلیک کنید؛ موجودیت را بکشید تا همان‌جا ثابت شود، پس‌زمینه را برای جابه‌جایی بکشید، چرخ برای بزرگ‌نمایی. کلیدهای جهت روابط را دنبال می‌کنند (Home: مرکز)؛ کلیدها روی موجودیت انتخاب‌شده: P ثابت/برداشتن، E گسترش، C جمع کردن، Enter باز کردن، Menu برای بیشتر.</translation>
    </message>
</context>
<context>
    <name>relations</name>
    <message>
        <source>since {start}</source>
        <translation>از {start}</translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation>تا {end}</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>بدون تاریخ</translation>
    </message>
    <message>
        <source>{n} steps from the centre</source>
        <translation>{n} گام از مرکز</translation>
    </message>
    <message>
        <source>1 step from the centre</source>
        <translation>1 گام از مرکز</translation>
    </message>
    <message>
        <source>, as of {year}</source>
        <translation>، در سال {year}</translation>
    </message>
    <message>
        <source>, all years</source>
        <translation>، همهٔ سال‌ها</translation>
    </message>
    <message>
        <source>, sources graded {grade} or better</source>
        <translation>، منابع با درجهٔ {grade} یا بهتر</translation>
    </message>
    <message>
        <source>, cited by {source}</source>
        <translation>، استنادشده توسط {source}</translation>
    </message>
    <message>
        <source>, hiding {hidden}</source>
        <translation>، با پنهان کردن {hidden}</translation>
    </message>
    <message>
        <source>No path from {start} to {end} within {limit} relations that the filters keep.</source>
        <translation>هیچ مسیری از {start} تا {end} در {limit} رابطه‌ای که فلترها نگه می‌دارند نیست.</translation>
    </message>
    <message>
        <source>Shortest path (1 relation): {names}</source>
        <translation>کوتاه‌ترین مسیر (1 رابطه): {names}</translation>
    </message>
    <message>
        <source>Shortest path ({n} relations): {names}</source>
        <translation>کوتاه‌ترین مسیر ({n} رابطه): {names}</translation>
    </message>
    <message>
        <source>{shown} of {total} relations shown, {undated} undated</source>
        <translation>{shown} از {total} رابطه نشان داده شده، {undated} بدون تاریخ</translation>
    </message>
    <message>
        <source>; as of {year}</source>
        <translation>؛ در سال {year}</translation>
    </message>
    <message>
        <source>; {hidden} hidden</source>
        <translation>؛ {hidden} پنهان</translation>
    </message>
    <message>
        <source>; showing {drawn} of {related} related entities (busiest)</source>
        <translation>؛ نمایش {drawn} از {related} موجودیت مرتبط (پرکارترین‌ها)</translation>
    </message>
    <message>
        <source>; {n} more relations among them not drawn</source>
        <translation>؛ {n} رابطهٔ دیگر میان آن‌ها رسم نشده</translation>
    </message>
</context>
<context>
    <name>relations_model</name>
    <message>
        <source>Subject</source>
        <translation>فاعل</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>رابطه</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>مفعول</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
</context>
<context>
    <name>result_model</name>
    <message>
        <source>Actor</source>
        <translation>عامل</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>منطقه</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>Search hit</source>
        <translation>نتیجهٔ جستجو</translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <source>name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>نام دیگر</translation>
    </message>
    <message>
        <source>name prefix</source>
        <translation>آغاز نام</translation>
    </message>
    <message>
        <source>alias prefix</source>
        <translation>آغاز نام دیگر</translation>
    </message>
    <message>
        <source>text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>place</source>
        <translation>مکان</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>نام مشابه</translation>
    </message>
    <message>
        <source>similar alias</source>
        <translation>نام دیگر مشابه</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>خلاصه</translation>
    </message>
    <message>
        <source>alias or words</source>
        <translation>نام دیگر یا واژه‌ها</translation>
    </message>
</context>
<context>
    <name>search_panel</name>
    <message>
        <source>No matches</source>
        <translation>نتیجه‌ای نیست</translation>
    </message>
    <message>
        <source>No name matches</source>
        <translation>هیچ نامی مطابقت ندارد</translation>
    </message>
    <message>
        <source>{lead} for “{text}”. Did you mean {either}?</source>
        <translation>{lead} برای «{text}». آیا منظورتان {either} است؟</translation>
    </message>
    <message>
        <source>… {text} not shown: type more to narrow the list.</source>
        <translation>… {text} نشان داده نشده: برای محدود کردن فهرست بیشتر بنویسید.</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>Window</source>
        <translation>پنجره</translation>
    </message>
    <message>
        <source>Search (the search field)</source>
        <translation>جستجو (خانهٔ جستجو)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>عقب</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>جلو</translation>
    </message>
    <message>
        <source>Close the tab</source>
        <translation>بستن زبانه</translation>
    </message>
    <message>
        <source>Bookmark the page (again to remove)</source>
        <translation>نشانه‌گذاری صفحه (دوباره برای حذف)</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>صدور به PDF</translation>
    </message>
    <message>
        <source>Relation graph of the page&apos;s entity</source>
        <translation>گراف روابط موجودیت صفحه</translation>
    </message>
    <message>
        <source>Open a saved link chart</source>
        <translation>باز کردن یک چارت پیوند ذخیره‌شده</translation>
    </message>
    <message>
        <source>Attack counts chart</source>
        <translation>چارت شمار حملات</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>نقشه</translation>
    </message>
    <message>
        <source>Timeline (from an entity page: of that entity)</source>
        <translation>خط زمانی (از صفحهٔ یک موجودیت: همان موجودیت)</translation>
    </message>
    <message>
        <source>Save the open tabs as an investigation</source>
        <translation>ذخیرهٔ زبانه‌های باز به‌عنوان یک تحقیق</translation>
    </message>
    <message>
        <source>Open a saved investigation</source>
        <translation>باز کردن یک تحقیق ذخیره‌شده</translation>
    </message>
    <message>
        <source>Export a saved investigation to PDF</source>
        <translation>صدور یک تحقیق ذخیره‌شده به PDF</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>رهنمای کاربر</translation>
    </message>
    <message>
        <source>This list of keyboard shortcuts</source>
        <translation>همین فهرست میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Open the top hit</source>
        <translation>باز کردن نخستین نتیجه</translation>
    </message>
    <message>
        <source>Search field</source>
        <translation>خانهٔ جستجو</translation>
    </message>
    <message>
        <source>Open in a new tab</source>
        <translation>باز کردن در زبانهٔ تازه</translation>
    </message>
    <message>
        <source>Search, page links</source>
        <translation>جستجو، پیوندهای صفحه</translation>
    </message>
    <message>
        <source>Next, previous control (leaves a table or a page)</source>
        <translation>کنترل بعدی، قبلی (از جدول یا صفحه بیرون می‌رود)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>Copy the selection or the selected rows, with their sources</source>
        <translation>کپی گزینش یا ردیف‌های انتخاب‌شده، همراه با منابع آن‌ها</translation>
    </message>
    <message>
        <source>Entity page, tables, lists, relation graph</source>
        <translation>صفحهٔ موجودیت، جدول‌ها، فهرست‌ها، گراف روابط</translation>
    </message>
    <message>
        <source>Next, previous link; Enter opens it</source>
        <translation>پیوند بعدی، قبلی؛ Enter آن را باز می‌کند</translation>
    </message>
    <message>
        <source>Entity page</source>
        <translation>صفحهٔ موجودیت</translation>
    </message>
    <message>
        <source>Move between cells</source>
        <translation>جابه‌جایی میان خانه‌ها</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>جدول‌ها</translation>
    </message>
    <message>
        <source>Move to the related entity that way</source>
        <translation>رفتن به موجودیت مرتبط در آن جهت</translation>
    </message>
    <message>
        <source>Relation graph</source>
        <translation>گراف روابط</translation>
    </message>
    <message>
        <source>Select the centre</source>
        <translation>انتخاب مرکز</translation>
    </message>
    <message>
        <source>Open the selected entity</source>
        <translation>باز کردن موجودیت انتخاب‌شده</translation>
    </message>
    <message>
        <source>Pin, expand, collapse the selected entity</source>
        <translation>ثابت کردن، گسترش، جمع کردن موجودیت انتخاب‌شده</translation>
    </message>
    <message>
        <source>The selected entity&apos;s menu</source>
        <translation>منوی موجودیت انتخاب‌شده</translation>
    </message>
    <message>
        <source>Save the link chart</source>
        <translation>ذخیرهٔ چارت پیوند</translation>
    </message>
    <message>
        <source>Clear the selection, then back to the controls</source>
        <translation>پاک کردن گزینش، سپس بازگشت به کنترل‌ها</translation>
    </message>
    <message>
        <source>Previous, next bar</source>
        <translation>ستون قبلی، بعدی</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>چارت</translation>
    </message>
    <message>
        <source>First, last bar</source>
        <translation>نخستین، آخرین ستون</translation>
    </message>
    <message>
        <source>List the bar&apos;s incidents</source>
        <translation>فهرست رویدادهای ستون</translation>
    </message>
    <message>
        <source>Back to the filters</source>
        <translation>بازگشت به فلترها</translation>
    </message>
    <message>
        <source>Zoom in, zoom out, show the whole region</source>
        <translation>بزرگ‌نمایی، کوچک‌نمایی، نمایش کل منطقه</translation>
    </message>
    <message>
        <source>Show the picture as a table, and back</source>
        <translation>نمایش تصویر به‌صورت جدول، و برگشت</translation>
    </message>
    <message>
        <source>Graph, chart, map</source>
        <translation>گراف، چارت، نقشه</translation>
    </message>
    <message>
        <source>Previous, next mark in time</source>
        <translation>نشانهٔ قبلی، بعدی در زمان</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>خط زمانی</translation>
    </message>
    <message>
        <source>The lane above, below (the mark nearest in time)</source>
        <translation>خط بالا، پایین (نزدیک‌ترین نشانه در زمان)</translation>
    </message>
    <message>
        <source>First, last mark of the lane</source>
        <translation>نخستین، آخرین نشانهٔ خط</translation>
    </message>
    <message>
        <source>Open the marked event</source>
        <translation>باز کردن رویداد نشانه‌دار</translation>
    </message>
    <message>
        <source>Back to the lane selector</source>
        <translation>بازگشت به انتخاب خط</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>جابه‌جایی</translation>
    </message>
    <message>
        <source>Zoom in, zoom out, show everything</source>
        <translation>بزرگ‌نمایی، کوچک‌نمایی، نمایش همه</translation>
    </message>
</context>
<context>
    <name>sources</name>
    <message>
        <source>bundled documented incidents</source>
        <translation>رویدادهای مستند همراه برنامه</translation>
    </message>
    <message>
        <source>imported data set {name}</source>
        <translation>مجموعهٔ دادهٔ واردشده {name}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>بدون داده</translation>
    </message>
</context>
<context>
    <name>statistics</name>
    <message>
        <source>Published figures count differently from the documented incidents (UN, ACLED, monitoring groups, the brief) and are shown as stated, each with its own period: never added to the documented counts.</source>
        <translation>ارقام منتشرشده به شیوه‌ای متفاوت از رویدادهای مستند شمرده می‌شوند (سازمان ملل، ACLED، گروه‌های نظارتی، بریف) و همان‌گونه که گفته شده، هر یک با دورهٔ خودش، نشان داده می‌شوند: هرگز به شمار رویدادهای مستند افزوده نمی‌شوند.</translation>
    </message>
    <message>
        <source>Coverage caveat: {text}</source>
        <translation>هشدار پوشش: {text}</translation>
    </message>
    <message>
        <source>; {n} more</source>
        <translation>؛ {n} مورد دیگر</translation>
    </message>
    <message>
        <source>Published for this scope (1 figure; sources on hover)</source>
        <translation>منتشرشده برای این محدوده (1 رقم؛ منابع با نگه داشتن نشانگر)</translation>
    </message>
    <message>
        <source>Published for this scope ({n} figures; sources on hover)</source>
        <translation>منتشرشده برای این محدوده ({n} رقم؛ منابع با نگه داشتن نشانگر)</translation>
    </message>
    <message>
        <source>No published figures for this scope</source>
        <translation>برای این محدوده رقم منتشرشده‌ای نیست</translation>
    </message>
    <message>
        <source>; scope: {scope}</source>
        <translation>؛ محدوده: {scope}</translation>
    </message>
    <message>
        <source>. Source: {source}</source>
        <translation>. منبع: {source}</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>گفته نشده</translation>
    </message>
</context>
<context>
    <name>table_export</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>فایل‌های JSON (*.json)</translation>
    </message>
    <message>
        <source>Save table as CSV…</source>
        <translation>ذخیرهٔ جدول به‌صورت CSV…</translation>
    </message>
    <message>
        <source>Save table as JSON…</source>
        <translation>ذخیرهٔ جدول به‌صورت JSON…</translation>
    </message>
    <message>
        <source>column {value}</source>
        <translation>ستون {value}</translation>
    </message>
    <message>
        <source>Could not save the table</source>
        <translation>جدول ذخیره نشد</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>&amp;System</source>
        <translation>سیستم</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>روشن</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>تیره</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} تا {last}</translation>
    </message>
    <message>
        <source>{name}
{when} ({precision} precision)
Lane: {lane}</source>
        <translation>{name}
{when} (دقت: {precision})
خط: {lane}</translation>
    </message>
    <message>
        <source>Leadership term</source>
        <translation>دورهٔ رهبری</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>رابطه</translation>
    </message>
    <message>
        <source> (vague)</source>
        <translation> (مبهم)</translation>
    </message>
    <message>
        <source>{count} events in {period}
Lane: {lane}</source>
        <translation>{count} رویداد در {period}
خط: {lane}</translation>
    </message>
    <message>
        <source>event dated to the day</source>
        <translation>رویداد با تاریخ روز</translation>
    </message>
    <message>
        <source>event dated to a month or coarser (spans it)</source>
        <translation>رویداد با تاریخ ماه یا کلی‌تر (سراسر آن را می‌پوشاند)</translation>
    </message>
    <message>
        <source>events per month (darker: more)</source>
        <translation>رویدادها در هر ماه (تیره‌تر: بیشتر)</translation>
    </message>
    <message>
        <source>leadership term</source>
        <translation>دورهٔ رهبری</translation>
    </message>
    <message>
        <source>relation period</source>
        <translation>دورهٔ رابطه</translation>
    </message>
    <message>
        <source>no end stated: drawn to the edge</source>
        <translation>پایانی گفته نشده: تا لبه رسم شده</translation>
    </message>
</context>
<context>
    <name>timeline_keys</name>
    <message>
        <source>Timeline</source>
        <translation>خط زمانی</translation>
    </message>
    <message>
        <source>Left and Right move between marks in time, Up and Down between lanes, Home and End go to the first and last mark of the lane, Enter opens the marked event, Escape goes back to the lane selector; Shift+Left and Shift+Right pan, + and - zoom, 0 shows everything.</source>
        <translation>چپ و راست میان نشانه‌ها در زمان می‌روند، بالا و پایین میان خط‌ها، Home و End به نخستین و آخرین نشانهٔ خط، Enter رویداد نشانه‌دار را باز می‌کند، Escape به انتخاب خط برمی‌گردد؛ Shift+چپ و Shift+راست جابه‌جا می‌کنند، + و - بزرگ‌نمایی و کوچک‌نمایی، 0 همه را نشان می‌دهد.</translation>
    </message>
</context>
<context>
    <name>timeline_view</name>
    <message>
        <source>lanes: province</source>
        <translation>خط‌ها: ولایت</translation>
    </message>
    <message>
        <source>lanes: actor</source>
        <translation>خط‌ها: عامل</translation>
    </message>
    <message>
        <source>lanes: attack type</source>
        <translation>خط‌ها: نوع حمله</translation>
    </message>
</context>
<context>
    <name>tree_model</name>
    <message>
        <source>Groups</source>
        <translation>گروه‌ها</translation>
    </message>
    <message>
        <source>People</source>
        <translation>اشخاص</translation>
    </message>
    <message>
        <source>States</source>
        <translation>دولت‌ها</translation>
    </message>
    <message>
        <source>Governments</source>
        <translation>حکومت‌ها</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>کشورها</translation>
    </message>
    <message>
        <source>Historical regions</source>
        <translation>مناطق تاریخی</translation>
    </message>
    <message>
        <source>Macro-regions</source>
        <translation>مناطق بزرگ</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>ساحه‌ها</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>بریف</translation>
    </message>
    <message>
        <source>Data sets</source>
        <translation>مجموعه‌های داده</translation>
    </message>
    <message>
        <source>Cited pages</source>
        <translation>صفحه‌های استنادشده</translation>
    </message>
    <message>
        <source>Sources of names</source>
        <translation>منابع نام‌ها</translation>
    </message>
    <message>
        <source>January</source>
        <translation>جنوری</translation>
    </message>
    <message>
        <source>February</source>
        <translation>فبروری</translation>
    </message>
    <message>
        <source>March</source>
        <translation>مارچ</translation>
    </message>
    <message>
        <source>April</source>
        <translation>اپریل</translation>
    </message>
    <message>
        <source>May</source>
        <translation>می</translation>
    </message>
    <message>
        <source>June</source>
        <translation>جون</translation>
    </message>
    <message>
        <source>July</source>
        <translation>جولای</translation>
    </message>
    <message>
        <source>August</source>
        <translation>اگست</translation>
    </message>
    <message>
        <source>September</source>
        <translation>سپتمبر</translation>
    </message>
    <message>
        <source>October</source>
        <translation>اکتوبر</translation>
    </message>
    <message>
        <source>November</source>
        <translation>نومبر</translation>
    </message>
    <message>
        <source>December</source>
        <translation>دسمبر</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>عامل‌ها</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>مناطق</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>رویدادها</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>منابع</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>بدون تاریخ</translation>
    </message>
    <message>
        <source>Month unknown</source>
        <translation>ماه نامعلوم</translation>
    </message>
</context>
</TS>
