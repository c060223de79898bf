<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ps" sourcelanguage="en">
<context>
    <name>AllRelationsView</name>
    <message>
        <source>All relations</source>
        <translation>ټولې اړیکې</translation>
    </message>
    <message>
        <source>relations (all)</source>
        <translation>اړیکې (ټولې)</translation>
    </message>
    <message>
        <source>Loading relations…</source>
        <translation>اړیکې بارېږي…</translation>
    </message>
    <message>
        <source>{count} relations · double-click a name to open it</source>
        <translation>{count} اړیکې · د پرانیستلو لپاره پر نوم دوه ځله کلیک وکړئ</translation>
    </message>
</context>
<context>
    <name>BarKeys</name>
    <message>
        <source>{chart}: {imprecise} with a date too imprecise for a {by}, bar {bar} of {count}</source>
        <translation>{chart}: {imprecise} د یوه {by} لپاره له ډېر ناسم نېټې سره، ستون {bar} له {count}</translation>
    </message>
    <message>
        <source>{chart}: {period}, {n} counted</source>
        <translation>{chart}: {period}، {n} شمېرل شوي</translation>
    </message>
    <message>
        <source>bar {bar} of {count}</source>
        <translation>ستون {bar} له {count}</translation>
    </message>
</context>
<context>
    <name>BrowseTreeModel</name>
    <message>
        <source>Browse</source>
        <translation>کتنه</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Bars per</source>
        <translation>ستونونه په هر</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>په هر کال</translation>
    </message>
    <message>
        <source>per quarter</source>
        <translation>په هره درې میاشتنۍ</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>په هره میاشت</translation>
    </message>
    <message>
        <source>Stack bars by</source>
        <translation>د ستونونو وېش په</translation>
    </message>
    <message>
        <source>no stacks</source>
        <translation>بې وېشه</translation>
    </message>
    <message>
        <source>stack: country</source>
        <translation>وېش: هېواد</translation>
    </message>
    <message>
        <source>stack: province</source>
        <translation>وېش: ولایت</translation>
    </message>
    <message>
        <source>Attack counts chart</source>
        <translation>د بریدونو د شمېر چارټ</translation>
    </message>
    <message>
        <source>Bars:</source>
        <translation>ستونونه:</translation>
    </message>
    <message>
        <source>Published statistics</source>
        <translation>خپاره شوې شمېرې</translation>
    </message>
    <message>
        <source>Events in the chosen bar</source>
        <translation>د ټاکل شوي ستون پېښې</translation>
    </message>
    <message>
        <source>events in bin {bin} of chart ({scope})</source>
        <translation>د چارټ د {bin} ستون پېښې ({scope})</translation>
    </message>
    <message>
        <source>&lt;p&gt;Published figures for this scope. ◆ = drawn on the chart at its value over its stated period (on the right scale when its unit or size differs from the bars&apos;). They often far exceed the documented sample.&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;د دې ساحې لپاره خپرې شوې شمېرې. ◆ = په چارټ کې د خپل ارزښت په اندازه د ویل شوې مودې په اوږدو کې رسم شوې (په ښي مقیاس، کله چې یې واحد یا اندازه له ستنو توپیر ولري). دا شمېرې اکثره له مستندې نمونې ډېرې زیاتې دي.&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>Published figures ({n})</source>
        <translation>خپاره شوې شمېرې ({n})</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&apos;color:{warning}&apos;&gt;Coverage caveat: {text}&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:{warning}&apos;&gt;د پوښښ خبرتیا: {text}&lt;/span&gt;</translation>
    </message>
    <message>
        <source> and {n} imported events</source>
        <translation> او {n} وارده پېښې</translation>
    </message>
    <message>
        <source>Click a bar to list its incidents.</source>
        <translation>د یوه ستون د پېښو د لېست لپاره پرې کلیک وکړئ.</translation>
    </message>
    <message>
        <source>Chart details</source>
        <translation>د چارټ جزئیات</translation>
    </message>
    <message>
        <source>Incidents in the selected bar</source>
        <translation>د ټاکل شوي ستون پېښې</translation>
    </message>
    <message>
        <source>Published figures</source>
        <translation>خپاره شوې شمېرې</translation>
    </message>
    <message>
        <source>&lt;i&gt;Counting…&lt;/i&gt;</source>
        <translation>&lt;i&gt;شمېرل کېږي…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Could not count: {message}</source>
        <translation>شمېرل ونه شول: {message}</translation>
    </message>
    <message>
        <source>Click a bar (or Left/Right and Enter on the chart) to list its incidents.</source>
        <translation>د یوه ستون د پېښو د لېست لپاره پرې کلیک وکړئ (یا په چارټ کې کیڼ/ښي او Enter).</translation>
    </message>
    <message>
        <source>; {imprecise} more with a date too imprecise for a {by} (grey bar, not guessed)</source>
        <translation>؛ {imprecise} نورې د یوه {by} لپاره له ډېر ناسم نېټې سره (خړ ستون، اټکل شوی نه دی)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Events per {by}&lt;/b&gt; ({scope}): {total} in all{imprecise}. Counted: {counted}.{caveat}{licences}</source>
        <translation>&lt;b&gt;پېښې په هر {by}&lt;/b&gt; ({scope}): ټولټال {total}{imprecise}. شمېرل شوي: {counted}.{caveat}{licences}</translation>
    </message>
    <message>
        <source>dates too imprecise for this bin</source>
        <translation>نېټې د دې ستون لپاره ډېرې ناسمې دي</translation>
    </message>
    <message>
        <source>Listing incidents in {label}…</source>
        <translation>د {label} پېښې لېست کېږي…</translation>
    </message>
    <message>
        <source>{n} documented incidents{extra} in {label} (double-click to open)</source>
        <translation>{n} مستندې پېښې{extra} په {label} کې (د پرانیستلو لپاره دوه ځله کلیک)</translation>
    </message>
    <message>
        <source>Imported event</source>
        <translation>وارده پېښه</translation>
    </message>
    <message>
        <source>{name}
{date} · {place}
deaths: {deaths} ({attack_type})
From an imported data set; see its licence in Help &gt; About.</source>
        <translation>{name}
{date} · {place}
مړي: {deaths} ({attack_type})
له یوې وارده معلوماتي ټولګې؛ د هغې جواز په مرسته &gt; په اړه کې وګورئ.</translation>
    </message>
    <message>
        <source>Attack counts</source>
        <translation>د بریدونو شمېر</translation>
    </message>
</context>
<context>
    <name>DatasetsModel</name>
    <message>
        <source>Name</source>
        <translation>نوم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ډول</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>کرښې</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>نېټې</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>جواز</translation>
    </message>
    <message>
        <source>Dates: {value}</source>
        <translation>نېټې: {value}</translation>
    </message>
    <message>
        <source>Release: {release}</source>
        <translation>نسخه: {release}</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>جواز: {licence}</translation>
    </message>
    <message>
        <source>Attribution: {attribution}</source>
        <translation>نسبت: {attribution}</translation>
    </message>
    <message>
        <source>File: {source_file}</source>
        <translation>دوتنه: {source_file}</translation>
    </message>
    <message>
        <source>Imported: {imported_at}</source>
        <translation>وارد شوی: {imported_at}</translation>
    </message>
</context>
<context>
    <name>DatasetsPanel</name>
    <message>
        <source>Imported data sets</source>
        <translation>وارده معلوماتي ټولګې</translation>
    </message>
    <message>
        <source>No data sets imported yet. UCDP GED and ACLED CSV files can be.</source>
        <translation>تر اوسه هېڅ معلوماتي ټولګه نه ده وارده شوې. د UCDP GED او ACLED د CSV دوتنې وارداېدای شي.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>واردول…</translation>
    </message>
    <message>
        <source>Import a UCDP GED or ACLED CSV file into your own data</source>
        <translation>د UCDP GED یا ACLED یوه CSV دوتنه خپلو معلوماتو ته وارده کړئ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>لرې کول</translation>
    </message>
    <message>
        <source>Delete the selected data set from your own data</source>
        <translation>ټاکل شوې معلوماتي ټولګه له خپلو معلوماتو څخه ړنګه کړئ</translation>
    </message>
    <message>
        <source>Remove data set</source>
        <translation>د معلوماتي ټولګې لرې کول</translation>
    </message>
    <message>
        <source>Remove the data set {name!r} ({row_count:,} events) from your data?

This cannot be undone; you can import the file again later.</source>
        <translation>معلوماتي ټولګه {name!r} ({row_count:,} پېښې) له ستاسو له معلوماتو لرې شي؟

دا کار بېرته نه ګرځي؛ وروسته کولای شئ دوتنه بیا وارده کړئ.</translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message>
        <source>Entity page</source>
        <translation>د موجودیت پاڼه</translation>
    </message>
    <message>
        <source>Relations, events and notes</source>
        <translation>اړیکې، پېښې او یادښتونه</translation>
    </message>
    <message>
        <source>Relations (…)</source>
        <translation>اړیکې (…)</translation>
    </message>
    <message>
        <source>Relations ({count})</source>
        <translation>اړیکې ({count})</translation>
    </message>
    <message>
        <source>Linked events</source>
        <translation>تړلې پېښې</translation>
    </message>
    <message>
        <source>events linked to {entity_id}</source>
        <translation>له {entity_id} سره تړلې پېښې</translation>
    </message>
    <message>
        <source>Events (…)</source>
        <translation>پېښې (…)</translation>
    </message>
    <message>
        <source>Imported events</source>
        <translation>وارده پېښې</translation>
    </message>
    <message>
        <source>imported events for {entity_id}</source>
        <translation>د {entity_id} لپاره وارده پېښې</translation>
    </message>
    <message>
        <source>Events ({n})</source>
        <translation>پېښې ({n})</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>د پورته کولو په حال کې…</translation>
    </message>
    <message>
        <source>Imported events ({n})</source>
        <translation>وارده پېښې ({n})</translation>
    </message>
    <message>
        <source>Your notes on this entry. Saved automatically in your own data folder; never in the reference database.</source>
        <translation>د دې مدخل په اړه ستاسو یادښتونه. په خپله ستاسو د معلوماتو په پوښۍ کې خوندي کېږي؛ هېڅکله په مرجع ډېټابېس کې نه.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادښتونه</translation>
    </message>
    <message>
        <source>Read-only: {read_only}; notes cannot be saved.</source>
        <translation>یوازې د لوستلو وړ: {read_only}؛ یادښتونه نه خوندي کېږي.</translation>
    </message>
    <message>
        <source>Notes ✎</source>
        <translation>یادښتونه ✎</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>سمون کېږي…</translation>
    </message>
    <message>
        <source>Not saved: {exc}</source>
        <translation>خوندي نه شو: {exc}</translation>
    </message>
    <message>
        <source>Note not saved: {exc}</source>
        <translation>یادښت خوندي نه شو: {exc}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>خوندي شو.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to PDF</source>
        <translation>PDF ته صادرول</translation>
    </message>
    <message>
        <source>Khorasan Desktop report</source>
        <translation>د Khorasan Desktop راپور</translation>
    </message>
    <message>
        <source>Name, team or organisation (optional)</source>
        <translation>نوم، ټیم یا سازمان (اختیاري)</translation>
    </message>
    <message>
        <source>Printed at the top and bottom of every page. TLP 2.0 labels or a classification marking; free text is allowed.</source>
        <translation>د هرې پاڼې په سر او پای کې چاپېږي. د TLP 2.0 نښې یا د محرمیت نښه؛ آزاد متن هم روا دی.</translation>
    </message>
    <message>
        <source>every row</source>
        <translation>ټولې کرښې</translation>
    </message>
    <message>
        <source>Rows per long table</source>
        <translation>په هر اوږد جدول کې کرښې</translation>
    </message>
    <message>
        <source>Long tables print this many rows and say how many there are; the CSV and JSON exports always hold every row. 0 prints every row.</source>
        <translation>اوږده جدولونه همدومره کرښې چاپوي او ټول شمېر وايي؛ د CSV او JSON صادرونه تل ټولې کرښې لري. 0 ټولې کرښې چاپوي.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>سرلیک</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>لیکوال</translation>
    </message>
    <message>
        <source>Handling banner</source>
        <translation>د چلند پټه</translation>
    </message>
    <message>
        <source>Views to include</source>
        <translation>هغه لیدونه چې شامل شي</translation>
    </message>
    <message>
        <source>Pages: not counted yet</source>
        <translation>پاڼې: تر اوسه نه دي شمېرل شوې</translation>
    </message>
    <message>
        <source>Count pages</source>
        <translation>د پاڼو شمېرل</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>صادرول…</translation>
    </message>
    <message>
        <source>Views and items, in this order:</source>
        <translation>لیدونه او توکي، په دې ترتیب:</translation>
    </message>
    <message>
        <source>Pages: choose at least one view</source>
        <translation>پاڼې: لږ تر لږه یو لید وټاکئ</translation>
    </message>
    <message>
        <source>Pages: counting…</source>
        <translation>پاڼې: شمېرل کېږي…</translation>
    </message>
    <message>
        <source>Pages: {pages}</source>
        <translation>پاڼې: {pages}</translation>
    </message>
    <message>
        <source>Pages: could not count ({message})</source>
        <translation>پاڼې: شمېرل ونه شول ({message})</translation>
    </message>
    <message>
        <source>Choose at least one view.</source>
        <translation>لږ تر لږه یو لید وټاکئ.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF دوتنه (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>راپور لیکل کېږي…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغوه</translation>
    </message>
    <message>
        <source>The report was not written.

{message}</source>
        <translation>راپور ونه لیکل شو.

{message}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>(any)</source>
        <translation>(هر یو)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>عامل</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>هېواد</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>ولایت</translation>
    </message>
    <message>
        <source>Attack type</source>
        <translation>د برید ډول</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>Attribution:</source>
        <translation>نسبت:</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>لومړی کال</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>وروستی کال</translation>
    </message>
    <message>
        <source>Years:</source>
        <translation>کلونه:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تر</translation>
    </message>
    <message>
        <source>Clear dates</source>
        <translation>نېټې پاکول</translation>
    </message>
    <message>
        <source>Clear brushed dates</source>
        <translation>د ټاکل شویو نېټو پاکول</translation>
    </message>
    <message>
        <source>Dates: {first} to {last}</source>
        <translation>نېټې: له {first} تر {last}</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Khorasan Desktop user guide</source>
        <translation>د Khorasan Desktop د کارن لارښود</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>د کارن لارښود</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation: {exc}</source>
        <translation>د کارن لارښود په دې نصب کې نشته: {exc}</translation>
    </message>
    <message>
        <source>Guide sections</source>
        <translation>د لارښود برخې</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import data set</source>
        <translation>د معلوماتي ټولګې واردول</translation>
    </message>
    <message>
        <source>A UCDP GED or ACLED CSV file</source>
        <translation>د UCDP GED یا ACLED یوه CSV دوتنه</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>د واردولو دوتنه</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>ټاکل…</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>هېڅ دوتنه نه ده ټاکل شوې.</translation>
    </message>
    <message>
        <source>Data set name</source>
        <translation>د معلوماتي ټولګې نوم</translation>
    </message>
    <message>
        <source>Imported events are kept under this name in your own data. Importing again under the same name updates the data set in place.</source>
        <translation>وارده پېښې په همدې نوم ستاسو په معلوماتو کې ساتل کېږي. په همدې نوم بیا واردول معلوماتي ټولګه په خپل ځای تازه کوي.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>دوتنه</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>بڼه</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>د لومړیو کرښو مخکتنه</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>مخکتنه</translation>
    </message>
    <message>
        <source>Actor mapping</source>
        <translation>د عاملانو سمون</translation>
    </message>
    <message>
        <source>Source name or rule</source>
        <translation>د سرچینې نوم یا قاعده</translation>
    </message>
    <message>
        <source>Our actor id</source>
        <translation>زموږ د عامل پېژند</translation>
    </message>
    <message>
        <source>Reference actor</source>
        <translation>مرجع عامل</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>قاعده زیاتول</translation>
    </message>
    <message>
        <source>Map another source actor name (or a &apos;re:&apos; pattern) to our actor</source>
        <translation>د سرچینې د بل عامل نوم (یا د &apos;re:&apos; بېلګه) زموږ له عامل سره سمون کړئ</translation>
    </message>
    <message>
        <source>Edit an actor id to map a source actor to another reference actor; clear it to keep the source&apos;s name. &apos;NAME @ COUNTRY&apos; applies in that country only; &apos;re:&apos; starts a pattern. Other actors keep their source names.</source>
        <translation>د سرچینې د یوه عامل د بل مرجع عامل سره د سمون لپاره، د عامل پېژند سم کړئ؛ د سرچینې د نوم د ساتلو لپاره یې تش کړئ. &apos;NAME @ COUNTRY&apos; یوازې په هماغه هېواد کې پلي کېږي؛ &apos;re:&apos; د بېلګې پیل دی. نور عاملان د سرچینې نومونه ساتي.</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>د واردولو راپور</translation>
    </message>
    <message>
        <source>The import report appears here.</source>
        <translation>د واردولو راپور دلته ښکاري.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>راپور</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>واردول</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV دوتنې (*.csv *.txt);;ټولې دوتنې (*)</translation>
    </message>
    <message>
        <source>Not recognised: {reason}.</source>
        <translation>ونه پېژندل شو: {reason}.</translation>
    </message>
    <message>
        <source>, release {release}</source>
        <translation>، نسخه {release}</translation>
    </message>
    <message>
        <source>{text} · licence: {licence}</source>
        <translation>{text} · جواز: {licence}</translation>
    </message>
    <message>
        <source>All {shown} rows of the file.</source>
        <translation>د دوتنې ټولې {shown} کرښې.</translation>
    </message>
    <message>
        <source>The first {shown} rows of the file; the import reads all of it.</source>
        <translation>د دوتنې لومړۍ {shown} کرښې؛ واردول ټوله دوتنه لولي.</translation>
    </message>
    <message>
        <source> (The first columns, as the format is not recognised.)</source>
        <translation> (لومړني ستونونه، ځکه بڼه ونه پېژندل شوه.)</translation>
    </message>
    <message>
        <source>Actor mapping: {exc}</source>
        <translation>د عاملانو سمون: {exc}</translation>
    </message>
    <message>
        <source>A default rule; change or clear its actor id.</source>
        <translation>یوه ډیفالټ قاعده؛ د هغې د عامل پېژند بدل یا تش کړئ.</translation>
    </message>
    <message>
        <source>An actor id (or name) from the reference; empty: keep the source name</source>
        <translation>د مرجع څخه د عامل پېژند (یا نوم)؛ تش: د سرچینې نوم ساتل کېږي</translation>
    </message>
    <message>
        <source>not an actor in the reference: {value!r}</source>
        <translation>په مرجع کې عامل نه دی: {value!r}</translation>
    </message>
    <message>
        <source>(no source name: rule ignored)</source>
        <translation>(د سرچینې نوم نشته: قاعده له پامه وغورځول شوه)</translation>
    </message>
    <message>
        <source>{key!r} appears twice</source>
        <translation>{key!r} دوه ځله راغلی</translation>
    </message>
    <message>
        <source>(kept as in source)</source>
        <translation>(لکه په سرچینه کې)</translation>
    </message>
    <message>
        <source>Fix the actor mapping before importing: </source>
        <translation>له واردولو مخکې د عاملانو سمون سم کړئ: </translation>
    </message>
    <message>
        <source> (and {value} more)</source>
        <translation> (او {value} نور)</translation>
    </message>
    <message>
        <source>A {value} data set named {name!r} exists ({row_count} events): importing updates it in place.</source>
        <translation>د {value} یوه معلوماتي ټولګه په {name!r} نوم شته ({row_count} پېښې): واردول یې په خپل ځای تازه کوي.</translation>
    </message>
    <message>
        <source>A {kind} data set has this name; choose another name.</source>
        <translation>د {kind} یوه معلوماتي ټولګه همدا نوم لري؛ بل نوم وټاکئ.</translation>
    </message>
    <message>
        <source>Importing {name} as {dataset!r}…</source>
        <translation>{name} د {dataset!r} په نوم واردېږي…</translation>
    </message>
    <message>
        <source>Your data folder cannot be opened this session, so imports cannot be saved.</source>
        <translation>ستاسو د معلوماتو پوښۍ په دې ناسته کې نه پرانیستل کېږي، نو واردونه نه خوندي کېږي.</translation>
    </message>
    <message>
        <source>Choose a UCDP GED or ACLED CSV file first.</source>
        <translation>لومړی د UCDP GED یا ACLED یوه CSV دوتنه وټاکئ.</translation>
    </message>
    <message>
        <source>The data set needs a name.</source>
        <translation>معلوماتي ټولګه نوم ته اړتیا لري.</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>{name} واردېږي…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغوه</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>لغوه کېږي…</translation>
    </message>
    <message>
        <source>Importing {file}… {done} of {total} read</source>
        <translation>{file} واردېږي… {done} له {total} لوستل شوي</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>تازه شو</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>وارد شو</translation>
    </message>
    <message>
        <source>{verb} {row_count} events as {dataset!r}</source>
        <translation>{verb}: {row_count} پېښې د {dataset!r} په نوم</translation>
    </message>
    <message>
        <source>; {skipped} bad rows skipped (see the report).</source>
        <translation>؛ {skipped} ناسمې کرښې پرېښودل شوې (راپور وګورئ).</translation>
    </message>
    <message>
        <source>Nothing was imported.

{message}</source>
        <translation>هېڅ شی وارد نه شو.

{message}</translation>
    </message>
    <message>
        <source>The import failed; your data is unchanged (see the report).</source>
        <translation>واردول ناکام شول؛ ستاسو معلومات بدل شوي نه دي (راپور وګورئ).</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported, your data is unchanged.</source>
        <translation>واردول لغوه شول: هېڅ شی وارد نه شو، ستاسو معلومات بدل شوي نه دي.</translation>
    </message>
</context>
<context>
    <name>InvestigationsDialog</name>
    <message>
        <source>Export investigation</source>
        <translation>د پلټنې صادرول</translation>
    </message>
    <message>
        <source>Open investigation</source>
        <translation>د پلټنې پرانیستل</translation>
    </message>
    <message>
        <source>No investigation is saved yet: Investigations &gt; Save investigation (Ctrl+Shift+I) keeps the open tabs.</source>
        <translation>تر اوسه هېڅ پلټنه نه ده خوندي شوې: پلټنې &gt; د پلټنې خوندي کول (Ctrl+Shift+I) پرانیستي ټبونه ساتي.</translation>
    </message>
    <message>
        <source>Export the selected investigation to PDF</source>
        <translation>ټاکل شوې پلټنه PDF ته صادرول</translation>
    </message>
    <message>
        <source>Tabs of the selected investigation</source>
        <translation>د ټاکل شوې پلټنې ټبونه</translation>
    </message>
    <message>
        <source>1 tab</source>
        <translation>1 ټب</translation>
    </message>
    <message>
        <source>{n} tabs</source>
        <translation>{n} ټبونه</translation>
    </message>
    <message>
        <source>saved {saved_at}</source>
        <translation>په {saved_at} خوندي شوی</translation>
    </message>
    <message>
        <source>Tabs: </source>
        <translation>ټبونه: </translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Graph key</source>
        <translation>د ګراف لارښود</translation>
    </message>
</context>
<context>
    <name>LegendFilter</name>
    <message>
        <source>Legend filters</source>
        <translation>د لارښود فلټرونه</translation>
    </message>
    <message>
        <source>Uncheck a relation group or an entity kind to hide it (Space toggles)</source>
        <translation>د اړیکو د یوې ډلې یا د موجودیت د یوه ډول د پټولو لپاره یې نښه لرې کړئ (Space یې بدلوي)</translation>
    </message>
    <message>
        <source>{label}: uncheck to hide (Space toggles)</source>
        <translation>{label}: د پټولو لپاره نښه لرې کړئ (Space یې بدلوي)</translation>
    </message>
</context>
<context>
    <name>LinkChartsDialog</name>
    <message>
        <source>Open link chart</source>
        <translation>د اړیکو چارټ پرانیستل</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>پرانیستل</translation>
    </message>
    <message>
        <source>No chart is saved yet: use “Save chart…” on a relation graph.</source>
        <translation>تر اوسه هېڅ چارټ نه دی خوندي شوی: د اړیکو په ګراف کې «چارټ خوندي کول…» وکاروئ.</translation>
    </message>
    <message>
        <source>saved {saved_at}; {pinned} pinned</source>
        <translation>په {saved_at} خوندي شوی؛ {pinned} ثابت شوي</translation>
    </message>
</context>
<context>
    <name>LinkKeys</name>
    <message>
        <source>Link {text}: {said}. {help}</source>
        <translation>تړنه {text}: {said}. {help}</translation>
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
        <translation>Khorasan Desktop نه پیلېږي</translation>
    </message>
    <message>
        <source>Search and browse</source>
        <translation>لټون او کتنه</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>نښې</translation>
    </message>
    <message>
        <source>Recently viewed</source>
        <translation>وروستي لیدل شوي</translation>
    </message>
    <message>
        <source>Imported data sets</source>
        <translation>وارده معلوماتي ټولګې</translation>
    </message>
    <message>
        <source>Open pages</source>
        <translation>پرانیستې پاڼې</translation>
    </message>
    <message>
        <source>🔒 Read-only: notes and bookmarks cannot be saved</source>
        <translation>🔒 یوازې د لوستلو وړ: یادښتونه او نښې نه خوندي کېږي</translation>
    </message>
    <message>
        <source>Read-only: {reason}</source>
        <translation>یوازې د لوستلو وړ: {reason}</translation>
    </message>
    <message>
        <source>⚠ Notes and bookmarks are not being saved (see Help &gt; About)</source>
        <translation>⚠ یادښتونه او نښې نه خوندي کېږي (مرسته &gt; په اړه وګورئ)</translation>
    </message>
    <message>
        <source>Notes and bookmarks are not being saved: {problem}</source>
        <translation>یادښتونه او نښې نه خوندي کېږي: {problem}</translation>
    </message>
    <message>
        <source>Your data cannot be saved</source>
        <translation>ستاسو معلومات نه خوندي کېږي</translation>
    </message>
    <message>
        <source>{problem}

Khorasan Desktop keeps working, but notes, bookmarks and history from this session are kept in memory only. Nothing in the data folder was changed or deleted. File &gt; Restore backup… puts a backup back.</source>
        <translation>{problem}

Khorasan Desktop کار ته دوام ورکوي، خو د دې ناستې یادښتونه، نښې او تاریخچه یوازې په حافظه کې ساتل کېږي. د معلوماتو په پوښۍ کې هېڅ شی بدل یا ړنګ نه شو. دوتنه &gt; د ساتنیزې نسخې بېرته راوستل… یوه ساتنیزه نسخه بېرته راولي.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>شاته</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>مخ ته</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>موندل…</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>ټب تړل</translation>
    </message>
    <message>
        <source>&amp;Bookmark this page</source>
        <translation>دې پاڼې ته نښه</translation>
    </message>
    <message>
        <source>Export to &amp;PDF…</source>
        <translation>PDF ته صادرول…</translation>
    </message>
    <message>
        <source>Export the current view, or a selection of open views, to a PDF report</source>
        <translation>اوسنی لید، یا د پرانیستو لیدونو یوه ټاکنه، د PDF راپور ته صادر کړئ</translation>
    </message>
    <message>
        <source>Export STIX 2.1…</source>
        <translation>STIX 2.1 صادرول…</translation>
    </message>
    <message>
        <source>All reference data as a STIX 2.1 bundle</source>
        <translation>ټول مرجع معلومات د STIX 2.1 د یوې بنډل په توګه</translation>
    </message>
    <message>
        <source>Import STIX 2.1…</source>
        <translation>STIX 2.1 واردول…</translation>
    </message>
    <message>
        <source>Read a STIX bundle into your own data (never into the reference data)</source>
        <translation>یوه STIX بنډل خپلو معلوماتو ته ولولئ (هېڅکله مرجع معلوماتو ته نه)</translation>
    </message>
    <message>
        <source>Import &amp;data set…</source>
        <translation>د معلوماتي ټولګې واردول…</translation>
    </message>
    <message>
        <source>Import a UCDP GED or ACLED CSV file into your own data</source>
        <translation>د UCDP GED یا ACLED یوه CSV دوتنه خپلو معلوماتو ته وارده کړئ</translation>
    </message>
    <message>
        <source>Relation &amp;graph</source>
        <translation>د اړیکو ګراف</translation>
    </message>
    <message>
        <source>Open &amp;link chart…</source>
        <translation>د اړیکو چارټ پرانیستل…</translation>
    </message>
    <message>
        <source>Reopen a relation graph saved by name (entities, pins, positions, filters)</source>
        <translation>د اړیکو هغه ګراف بیا پرانیزئ چې په نوم خوندي شوی (موجودیتونه، ثابت ټکي، ځایونه، فلټرونه)</translation>
    </message>
    <message>
        <source>Attack &amp;counts chart</source>
        <translation>د بریدونو د شمېر چارټ</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>نقشه</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>د وخت کرښه</translation>
    </message>
    <message>
        <source>All &amp;relations (table)</source>
        <translation>ټولې اړیکې (جدول)</translation>
    </message>
    <message>
        <source>Install data &amp;update…</source>
        <translation>د معلوماتو تازه کول نصبول…</translation>
    </message>
    <message>
        <source>Install a reference-data update from a file; your notes and imports are kept</source>
        <translation>د مرجع معلوماتو یو تازه کول له دوتنې نصب کړئ؛ ستاسو یادښتونه او واردونه ساتل کېږي</translation>
    </message>
    <message>
        <source>&amp;Restore backup…</source>
        <translation>د ساتنیزې نسخې بېرته راوستل…</translation>
    </message>
    <message>
        <source>Put back a backup of your notes, bookmarks and imports</source>
        <translation>د خپلو یادښتونو، نښو او واردونو یوه ساتنیزه نسخه بېرته راوړئ</translation>
    </message>
    <message>
        <source>Trust a publisher &amp;key…</source>
        <translation>د خپرونکي پر کیلي باور…</translation>
    </message>
    <message>
        <source>Add a publisher&apos;s public key, so that data updates signed with it install</source>
        <translation>د یوه خپرونکي عامه کیلي زیاته کړئ، څو د هغې په لاسلیک شوي معلوماتي تازه کول نصب شي</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>د کارن لارښود</translation>
    </message>
    <message>
        <source>The offline user guide</source>
        <translation>بې انټرنېټه د کارن لارښود</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>د کیبورډ لنډلارې</translation>
    </message>
    <message>
        <source>Every keyboard shortcut</source>
        <translation>د کیبورډ ټولې لنډلارې</translation>
    </message>
    <message>
        <source>&amp;Save investigation…</source>
        <translation>د پلټنې خوندي کول…</translation>
    </message>
    <message>
        <source>Save the open tabs (their filters, layouts and scroll positions) under a name</source>
        <translation>پرانیستي ټبونه (د هغوی له فلټرونو، ترتیبونو او د سکرول ځایونو سره) په یوه نوم خوندي کړئ</translation>
    </message>
    <message>
        <source>&amp;Open investigation…</source>
        <translation>د پلټنې پرانیستل…</translation>
    </message>
    <message>
        <source>Reopen a saved investigation&apos;s tabs in place of the open ones</source>
        <translation>د یوې خوندي شوې پلټنې ټبونه د پرانیستو پر ځای بیا پرانیزئ</translation>
    </message>
    <message>
        <source>&amp;Export investigation to PDF…</source>
        <translation>پلټنه PDF ته صادرول…</translation>
    </message>
    <message>
        <source>One PDF report of every view of a saved investigation</source>
        <translation>د یوې خوندي شوې پلټنې د ټولو لیدونو یو PDF راپور</translation>
    </message>
    <message>
        <source>&amp;About Khorasan Desktop</source>
        <translation>د Khorasan Desktop په اړه</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>وتل</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>دوتنه</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>صادرول</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>واردول</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>سمون</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>لید</translation>
    </message>
    <message>
        <source>Right-to-&amp;left layout</source>
        <translation>له ښي نه کیڼ ته ترتیب</translation>
    </message>
    <message>
        <source>Mirror the window: panes, tables and filter rows run right to left</source>
        <translation>کړکۍ سرچپه کړئ: پینلونه، جدولونه او د فلټر کرښې له ښي نه کیڼ ته ځي</translation>
    </message>
    <message>
        <source>Dari and Pashto are always laid out right to left</source>
        <translation>دري او پښتو تل له ښي نه کیڼ ته ترتیبېږي</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>بڼه</translation>
    </message>
    <message>
        <source>{theme} colours (reports stay light)</source>
        <translation>{theme} رنګونه (راپورونه روښانه پاتې کېږي)</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>ژبه</translation>
    </message>
    <message>
        <source>&amp;Investigations</source>
        <translation>پلټنې</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>تګ</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>نښې</translation>
    </message>
    <message>
        <source>Show bookmarks</source>
        <translation>نښې ښودل</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مرسته</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>ګرځېدنه</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ژبه</translation>
    </message>
    <message>
        <source>Khorasan Desktop will be shown in {language} when it starts again.</source>
        <translation>Khorasan Desktop به په راتلونکي پیل کې په {language} وښودل شي.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>اوس بیا پیل شي</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>وروسته</translation>
    </message>
    <message>
        <source>Data {data_version} · as of {as_of} · Offline: no network connection is ever made</source>
        <translation>معلومات {data_version} · تر {as_of} پورې · بې انټرنېټه: هېڅکله شبکې ته نښلون نه کېږي</translation>
    </message>
    <message>
        <source>; not in the data any more: {missing}</source>
        <translation>؛ نور په معلوماتو کې نشته: {missing}</translation>
    </message>
    <message>
        <source>No saved link chart named {name!r}</source>
        <translation>د {name!r} په نوم هېڅ د اړیکو چارټ نه دی خوندي شوی</translation>
    </message>
    <message>
        <source>Remove &amp;bookmark</source>
        <translation>نښه لرې کول</translation>
    </message>
    <message>
        <source>Bookmark removed: {title}</source>
        <translation>نښه لرې شوه: {title}</translation>
    </message>
    <message>
        <source>Bookmarked: {title}</source>
        <translation>نښه شو: {title}</translation>
    </message>
    <message>
        <source>{text} is no longer in the reference data; your note on it is kept.</source>
        <translation>{text} نور په مرجع معلوماتو کې نشته؛ د هغه په اړه ستاسو یادښت ساتل شوی.</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>ستاسو یادښتونه</translation>
    </message>
    <message>
        <source>Your bookmarks</source>
        <translation>ستاسو نښې</translation>
    </message>
    <message>
        <source>Data set imported: {name}</source>
        <translation>معلوماتي ټولګه وارده شوه: {name}</translation>
    </message>
    <message>
        <source>Install data update</source>
        <translation>د معلوماتو تازه کول نصبول</translation>
    </message>
    <message>
        <source>Install the reference-data update {name}?

It is checked before anything changes; your notes, bookmarks and imports are kept.</source>
        <translation>د مرجع معلوماتو تازه کول {name} نصب شي؟

له هر بدلون مخکې کتل کېږي؛ ستاسو یادښتونه، نښې او واردونه ساتل کېږي.</translation>
    </message>
    <message>
        <source>Report saved: {path} ({pages} pages)</source>
        <translation>راپور خوندي شو: {path} ({pages} پاڼې)</translation>
    </message>
    <message>
        <source>About Khorasan Desktop</source>
        <translation>د Khorasan Desktop په اړه</translation>
    </message>
    <message>
        <source>Open a page first: an investigation saves tabs</source>
        <translation>لومړی یوه پاڼه پرانیزئ: پلټنه ټبونه خوندي کوي</translation>
    </message>
    <message>
        <source>Save investigation</source>
        <translation>د پلټنې خوندي کول</translation>
    </message>
    <message>
        <source>Name of the investigation (its tabs, filters, layouts and scroll positions):</source>
        <translation>د پلټنې نوم (د هغې ټبونه، فلټرونه، ترتیبونه او د سکرول ځایونه):</translation>
    </message>
    <message>
        <source>Replace the saved investigation “{name}”?</source>
        <translation>خوندي شوې پلټنه «{name}» ځای ناستې شي؟</translation>
    </message>
    <message>
        <source>Investigation saved: {investigation_name} ({count} tabs)</source>
        <translation>پلټنه خوندي شوه: {investigation_name} ({count} ټبونه)</translation>
    </message>
    <message>
        <source>No saved investigation named {name!r}</source>
        <translation>د {name!r} په نوم هېڅ پلټنه نه ده خوندي شوې</translation>
    </message>
    <message>
        <source>Investigation opened: {name}{note}</source>
        <translation>پلټنه پرانیستل شوه: {name}{note}</translation>
    </message>
    <message>
        <source>Export investigation</source>
        <translation>د پلټنې صادرول</translation>
    </message>
    <message>
        <source>“{name}” has no view a report can print.</source>
        <translation>«{name}» هېڅ داسې لید نه لري چې راپور یې چاپ کړای شي.</translation>
    </message>
    <message>
        <source>Export investigation to PDF</source>
        <translation>پلټنه PDF ته صادرول</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF دوتنه (*.pdf)</translation>
    </message>
    <message>
        <source>Investigation {name} saved as {path} ({pages} pages)</source>
        <translation>پلټنه {name} د {path} په توګه خوندي شوه ({pages} پاڼې)</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Map caption</source>
        <translation>د نقشې تشریح</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>لوېول (+)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>کوچنی کول (−)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>بیا تنظیم</translation>
    </message>
    <message>
        <source>Show Afghanistan and Pakistan (0)</source>
        <translation>افغانستان او پاکستان ښودل (0)</translation>
    </message>
    <message>
        <source>Map legend</source>
        <translation>د نقشې لارښود</translation>
    </message>
    <message>
        <source>Incidents of the clicked cluster</source>
        <translation>د کلیک شوې ګڼې پېښې</translation>
    </message>
    <message>
        <source>incidents of a map cluster ({scope})</source>
        <translation>د نقشې د یوې ګڼې پېښې ({scope})</translation>
    </message>
    <message>
        <source>{scope} — could not load the map: {error}</source>
        <translation>{scope} — نقشه بار نه شوه: {error}</translation>
    </message>
    <message>
        <source>{scope} — Loading…</source>
        <translation>{scope} — بارېږي…</translation>
    </message>
    <message>
        <source>{scope} — no incidents match this filter.</source>
        <translation>{scope} — هېڅ پېښه له دې فلټر سره سمون نه خوري.</translation>
    </message>
    <message>
        <source>{points} with coordinates in the areas shown (showing the {places:,} busiest of {places_total:,} areas).</source>
        <translation>{points} د همغږیو سره په ښودل شویو سیمو کې (د {places_total:,} سیمو له ډلې {places:,} تر ټولو بوختې ښودل شوې).</translation>
    </message>
    <message>
        <source>{points} with coordinates in and around the part shown ({places} areas).</source>
        <translation>{points} د همغږیو سره په ښودل شوې برخه او شاوخوا کې ({places} سیمې).</translation>
    </message>
    <message>
        <source>{points} with coordinates ({places} areas).</source>
        <translation>{points} د همغږیو سره ({places} سیمې).</translation>
    </message>
    <message>
        <source> in {areas} areas</source>
        <translation> په {areas} سیمو کې</translation>
    </message>
    <message>
        <source> here</source>
        <translation> دلته</translation>
    </message>
    <message>
        <source>{total} incidents{where}; Enter or double-click opens one</source>
        <translation>{total} پېښې{where}؛ Enter یا دوه ځلې کلیک یوه پرانیزي</translation>
    </message>
    <message>
        <source>{scope} — {total} with a mapped province ({provinces} provinces), {where}</source>
        <translation>{scope} — {total} له نقشه شوي ولایت سره ({provinces} ولایتونه)، {where}</translation>
    </message>
    <message>
        <source> Counted: {text}.</source>
        <translation> شمېرل شوي: {text}.</translation>
    </message>
    <message>
        <source>Listing the {count} incidents of this cluster…</source>
        <translation>د دې ګڼې {count} پېښې لېست کېږي…</translation>
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
        <translation>1 نښه</translation>
    </message>
    <message>
        <source>{n} marks</source>
        <translation>{n} نښې</translation>
    </message>
    <message>
        <source>this lane runs from {first} to {last}, {marks}. {keys}</source>
        <translation>دا لیکه له {first} تر {last} پورې ده، {marks}. {keys}</translation>
    </message>
    <message>
        <source>{timeline}: {what}; {item} of {items} in this row, row {row} of {rows}</source>
        <translation>{timeline}: {what}؛ په دې قطار کې {item} له {items}، قطار {row} له {rows}</translation>
    </message>
</context>
<context>
    <name>PackActions</name>
    <message>
        <source>Install data update</source>
        <translation>د معلوماتو تازه کول نصبول</translation>
    </message>
    <message>
        <source>Khorasan Desktop data pack (*.zip *.kdpack);;All files (*)</source>
        <translation>د Khorasan Desktop معلوماتي بنډل (*.zip *.kdpack);;ټولې دوتنې (*)</translation>
    </message>
    <message>
        <source>Data update checked: {name}</source>
        <translation>د معلوماتو تازه کول وکتل شول: {name}</translation>
    </message>
    <message>
        <source>Trust a publisher key</source>
        <translation>د خپرونکي پر کیلي باور</translation>
    </message>
    <message>
        <source>Public key (*.pem *.pub);;All files (*)</source>
        <translation>عامه کیلي (*.pem *.pub);;ټولې دوتنې (*)</translation>
    </message>
    <message>
        <source>Trust the key in {name}?

Fingerprint:
{fp}

Compare it with the fingerprint the publisher gave you by another way (in person, by phone). Packs signed with this key will install on this computer.</source>
        <translation>په {name} کې پر کیلي باور وشي؟

د ګوتې نښه:
{fp}

دا د ګوتې له هغې نښې سره پرتله کړئ چې خپرونکي تاسو ته په بله لاره (مخامخ، په تلیفون) درکړې. هغه بنډلونه چې په دې کیلي لاسلیک شوي په دې کمپیوټر به نصب شي.</translation>
    </message>
    <message>
        <source>Trusted key {fingerprint}</source>
        <translation>د باور وړ کیلي {fingerprint}</translation>
    </message>
    <message>
        <source>Trusted key {fingerprint}.
Kept in {path}</source>
        <translation>د باور وړ کیلي {fingerprint}.
په {path} کې ساتل شوې</translation>
    </message>
</context>
<context>
    <name>RelationGraphView</name>
    <message>
        <source>Relation graph</source>
        <translation>د اړیکو ګراف</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>ژوروالی</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 ګام</translation>
    </message>
    <message>
        <source>2 steps</source>
        <translation>2 ګامونه</translation>
    </message>
    <message>
        <source>How many relation steps away from the centre to show</source>
        <translation>له مرکز څخه تر څو ګامونو پورې اړیکې وښودل شي</translation>
    </message>
    <message>
        <source>As of year</source>
        <translation>په کال کې</translation>
    </message>
    <message>
        <source>Show the relations that held in this year</source>
        <translation>هغه اړیکې ښودل چې په دې کال کې وې</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>ټول کلونه</translation>
    </message>
    <message>
        <source>Ignore dates and show every relation</source>
        <translation>نېټې له پامه وغورځوه او ټولې اړیکې وښیه</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>برابرول</translation>
    </message>
    <message>
        <source>Show the whole graph</source>
        <translation>ټول ګراف ښودل</translation>
    </message>
    <message>
        <source>Fit the graph</source>
        <translation>ګراف برابرول</translation>
    </message>
    <message>
        <source>Minimum grade</source>
        <translation>لږ تر لږه درجه</translation>
    </message>
    <message>
        <source>Only relations with a citation whose source is graded this or better</source>
        <translation>یوازې هغه اړیکې چې داسې ماخذ لري چې سرچینه یې همدا درجه یا ښه ده</translation>
    </message>
    <message>
        <source>Any grade</source>
        <translation>هره درجه</translation>
    </message>
    <message>
        <source>Cited source</source>
        <translation>یاده شوې سرچینه</translation>
    </message>
    <message>
        <source>Only relations cited by this source</source>
        <translation>یوازې هغه اړیکې چې دې سرچینې یادې کړې</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>هره سرچینه</translation>
    </message>
    <message>
        <source>Find entity in the graph</source>
        <translation>په ګراف کې موجودیت موندل</translation>
    </message>
    <message>
        <source>Find in graph…</source>
        <translation>په ګراف کې موندل…</translation>
    </message>
    <message>
        <source>Type a name, Enter selects and centres it</source>
        <translation>یو نوم ولیکئ؛ Enter یې ټاکي او منځ ته یې راولي</translation>
    </message>
    <message>
        <source>Shortest path to</source>
        <translation>تر ټولو لنډه لاره تر</translation>
    </message>
    <message>
        <source>Path to…</source>
        <translation>لاره تر…</translation>
    </message>
    <message>
        <source>Name an entity (in the graph or not), Enter shows the shortest path to it from the centre over the relations the filters keep; empty clears it</source>
        <translation>د یوه موجودیت نوم ولیکئ (په ګراف کې یا بهر)؛ Enter له مرکز څخه هغه ته تر ټولو لنډه لاره د هغو اړیکو له لارې ښيي چې فلټرونه یې ساتي؛ تش یې پاکوي</translation>
    </message>
    <message>
        <source>Re-layout</source>
        <translation>بیا ترتیبول</translation>
    </message>
    <message>
        <source>Lay out again (keeps pinned entities)</source>
        <translation>بیا ترتیبول (ثابت شوي موجودیتونه پاتې کېږي)</translation>
    </message>
    <message>
        <source>Place every entity that is not pinned afresh</source>
        <translation>هر هغه موجودیت چې ثابت شوی نه دی له سره ځای پر ځای کړئ</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>چارټ خوندي کول…</translation>
    </message>
    <message>
        <source>Save link chart</source>
        <translation>د اړیکو چارټ خوندي کول</translation>
    </message>
    <message>
        <source>Save this chart by name (entities, pins, positions, filters) in your data</source>
        <translation>دا چارټ په یوه نوم په خپلو معلوماتو کې خوندي کړئ (موجودیتونه، ثابت ټکي، ځایونه، فلټرونه)</translation>
    </message>
    <message>
        <source>&amp;Depth:</source>
        <translation>ژوروالی:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>په کال کې:</translation>
    </message>
    <message>
        <source>G&amp;rade:</source>
        <translation>درجه:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>سرچینه:</translation>
    </message>
    <message>
        <source>Graph key</source>
        <translation>د ګراف لارښود</translation>
    </message>
    <message>
        <source>&amp;Legend (click to hide or show):</source>
        <translation>لارښود (د پټولو یا ښودلو لپاره کلیک وکړئ):</translation>
    </message>
    <message>
        <source>Legend column edge</source>
        <translation>د لارښود ستنې څنډه</translation>
    </message>
    <message>
        <source>Drag to hide or show the legend column</source>
        <translation>د لارښود ستنې د پټولو یا ښودلو لپاره یې کش کړئ</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>بارېږي…</translation>
    </message>
    <message>
        <source>Could not load the relations: {message}</source>
        <translation>اړیکې بار نه شوې: {message}</translation>
    </message>
    <message>
        <source>Found {name}. </source>
        <translation>{name} وموندل شو. </translation>
    </message>
    <message>
        <source>No entity in the graph matches {name!r}.</source>
        <translation>په ګراف کې هېڅ موجودیت له {name!r} سره سمون نه خوري.</translation>
    </message>
    <message>
        <source>There is nowhere to save the chart.</source>
        <translation>د چارټ د خوندي کولو لپاره ځای نشته.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>نوم:</translation>
    </message>
    <message>
        <source>Khorasan Desktop</source>
        <translation>Khorasan Desktop</translation>
    </message>
    <message>
        <source>Saved the chart as “{name}” (File &gt; Open link chart).</source>
        <translation>چارټ د «{name}» په نوم خوندي شو (دوتنه &gt; د اړیکو چارټ پرانیستل).</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>ثابتول لرې کول</translation>
    </message>
    <message>
        <source>Pin here</source>
        <translation>دلته ثابتول</translation>
    </message>
    <message>
        <source>Expand {name}&apos;s neighbours</source>
        <translation>د {name} ګاونډیان پراخول</translation>
    </message>
    <message>
        <source>Collapse {name}&apos;s neighbours</source>
        <translation>د {name} ګاونډیان راټولول</translation>
    </message>
    <message>
        <source>Shortest path from the centre to here</source>
        <translation>له مرکز نه تر دې ځایه تر ټولو لنډه لاره</translation>
    </message>
    <message>
        <source>Centre the graph here</source>
        <translation>ګراف دلته منځ ته راوړه</translation>
    </message>
    <message>
        <source>Open its page</source>
        <translation>د هغه پاڼه پرانیستل</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Entity actions</source>
        <translation>د موجودیت کړنې</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>اړیکې</translation>
    </message>
    <message>
        <source>Relations: {name}</source>
        <translation>اړیکې: {name}</translation>
    </message>
    <message>
        <source>Relations: {entity}</source>
        <translation>اړیکې: {entity}</translation>
    </message>
</context>
<context>
    <name>RelationsTable</name>
    <message>
        <source>Relations</source>
        <translation>اړیکې</translation>
    </message>
    <message>
        <source>Relation type</source>
        <translation>د اړیکې ډول</translation>
    </message>
    <message>
        <source>All relation types</source>
        <translation>د اړیکو ټول ډولونه</translation>
    </message>
    <message>
        <source>As of year</source>
        <translation>په کال کې</translation>
    </message>
    <message>
        <source>Any period</source>
        <translation>هره موده</translation>
    </message>
    <message>
        <source>As of {year}</source>
        <translation>په {year} کال کې</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>فلټر:</translation>
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
        <translation> (په سرچینه کې مبهم)</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>page {page} of {pages}</source>
        <translation>پاڼه {page} له {pages}</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore backup</source>
        <translation>د ساتنیزې نسخې بېرته راوستل</translation>
    </message>
    <message>
        <source>Backups of your notes, bookmarks and imports, newest first (in {folder}). Restoring one replaces your data with it; the file in use now is kept beside it, never deleted.</source>
        <translation>ستاسو د یادښتونو، نښو او واردونو ساتنیزې نسخې، نوې په سر کې (په {folder} کې). د یوې بېرته راوستل ستاسو معلومات پرې ځای ناستي کوي؛ هغه دوتنه چې اوس کارېږي تر څنګ یې ساتل کېږي، هېڅکله نه ړنګېږي.</translation>
    </message>
    <message>
        <source>No backups yet in {folder}. One is made before every import and once a day when you save something.</source>
        <translation>تر اوسه په {folder} کې هېڅ ساتنیزه نسخه نشته. یوه له هر واردولو مخکې او ورځ کې یو ځل د یو شي د خوندي کولو پر مهال جوړېږي.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>ساتنیزې نسخې</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>بېرته راوستل</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>د ټاکل شوې ساتنیزې نسخې بېرته راوستل</translation>
    </message>
</context>
<context>
    <name>SavedListDialog</name>
    <message>
        <source>item</source>
        <translation>توکی</translation>
    </message>
    <message>
        <source>items</source>
        <translation>توکي</translation>
    </message>
    <message>
        <source>Saved {whats}</source>
        <translation>خوندي شوي {whats}</translation>
    </message>
    <message>
        <source>&amp;Saved {whats} (newest first):</source>
        <translation>خوندي شوي {whats} (نوي په سر کې):</translation>
    </message>
    <message>
        <source>The selected {what}</source>
        <translation>ټاکل شوی {what}</translation>
    </message>
    <message>
        <source>{action} the selected {what}</source>
        <translation>{action}: ټاکل شوی {what}</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ړنګول</translation>
    </message>
    <message>
        <source>Delete the selected {what}</source>
        <translation>د ټاکل شوي {what} ړنګول</translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation>د {what} ړنګول</translation>
    </message>
    <message>
        <source>Delete “{name}”?</source>
        <translation>«{name}» ړنګ شي؟</translation>
    </message>
    <message>
        <source>Khorasan Desktop</source>
        <translation>Khorasan Desktop</translation>
    </message>
    <message>
        <source>investigation</source>
        <translation>پلټنه</translation>
    </message>
    <message>
        <source>investigations</source>
        <translation>پلټنې</translation>
    </message>
    <message>
        <source>link chart</source>
        <translation>د اړیکو چارټ</translation>
    </message>
    <message>
        <source>link charts</source>
        <translation>د اړیکو چارټونه</translation>
    </message>
</context>
<context>
    <name>ScopeCaption</name>
    <message>
        <source>Coverage caveat and published figures</source>
        <translation>د پوښښ خبرتیا او خپاره شوې شمېرې</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search actors, regions, events…  (Ctrl+K)</source>
        <translation>د عاملانو، سیمو، پېښو لټون…  (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>لټون</translation>
    </message>
    <message>
        <source>Search message</source>
        <translation>د لټون پیغام</translation>
    </message>
    <message>
        <source>Browse tree</source>
        <translation>د کتنې ونه</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>د لټون پایلې</translation>
    </message>
    <message>
        <source>Search failed: {message}</source>
        <translation>لټون ناکام شو: {message}</translation>
    </message>
    <message>
        <source>Entries the search may mean</source>
        <translation>هغه مدخلونه چې لټون یې ښايي مطلب ولري</translation>
    </message>
    <message>
        <source>“{text}” may mean:</source>
        <translation>«{text}» ښايي دا مانا ولري:</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>د کیبورډ لنډلارې</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>کیلي</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>ځای</translation>
    </message>
</context>
<context>
    <name>SourceSelector</name>
    <message>
        <source>Data counted</source>
        <translation>شمېرل شوي معلومات</translation>
    </message>
    <message>
        <source>Which event data are counted: the bundled sample or imported data sets</source>
        <translation>کوم د پېښو معلومات وشمېرل شي: د پروګرام سره راغلې نمونه یا وارده معلوماتي ټولګې</translation>
    </message>
    <message>
        <source>Bundled documented incidents</source>
        <translation>د پروګرام سره راغلې مستندې پېښې</translation>
    </message>
    <message>
        <source>Imported: {name} ({kind})</source>
        <translation>وارده: {name} ({kind})</translation>
    </message>
    <message>
        <source>All imported {kind} data sets</source>
        <translation>د {kind} ټولې وارده معلوماتي ټولګې</translation>
    </message>
    <message>
        <source>Bundled + all imported</source>
        <translation>د پروګرام سره راغلې + ټولې وارده</translation>
    </message>
</context>
<context>
    <name>StixActions</name>
    <message>
        <source>Cancel</source>
        <translation>لغوه</translation>
    </message>
    <message>
        <source>(no marking)</source>
        <translation>(بې نښې)</translation>
    </message>
    <message>
        <source>Export STIX 2.1</source>
        <translation>STIX 2.1 صادرول</translation>
    </message>
    <message>
        <source>TLP marking for the bundle:</source>
        <translation>د بنډل لپاره د TLP نښه:</translation>
    </message>
    <message>
        <source>STIX bundle (*.json)</source>
        <translation>STIX بنډل (*.json)</translation>
    </message>
    <message>
        <source>Building the STIX bundle…</source>
        <translation>STIX بنډل جوړېږي…</translation>
    </message>
    <message>
        <source>The bundle was not written.

{message}</source>
        <translation>بنډل ونه لیکل شو.

{message}</translation>
    </message>
    <message>
        <source>Nothing was imported.

{message}</source>
        <translation>هېڅ شی وارد نه شو.

{message}</translation>
    </message>
    <message>
        <source>Import STIX 2.1</source>
        <translation>STIX 2.1 واردول</translation>
    </message>
    <message>
        <source>STIX bundle (*.json);;All files (*)</source>
        <translation>STIX بنډل (*.json);;ټولې دوتنې (*)</translation>
    </message>
    <message>
        <source>Importing the STIX bundle…</source>
        <translation>STIX بنډل واردېږي…</translation>
    </message>
    <message>
        <source>Imported {name} into your data</source>
        <translation>{name} ستاسو معلوماتو ته وارد شو</translation>
    </message>
</context>
<context>
    <name>Switch</name>
    <message>
        <source>Show the {what} as a table</source>
        <translation>{what} د جدول په توګه وښیه</translation>
    </message>
    <message>
        <source>The {what} as a table a screen reader can read (Alt+T)</source>
        <translation>{what} د داسې جدول په توګه چې د پردې لوستونکی یې ولوستلای شي (Alt+T)</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline lanes</source>
        <translation>د وخت کرښې لیکې</translation>
    </message>
    <message>
        <source>&amp;Brush dates</source>
        <translation>د نېټو ټاکل</translation>
    </message>
    <message>
        <source>Brush a date range</source>
        <translation>د نېټو یوه موده ټاکل</translation>
    </message>
    <message>
        <source>Show a range to drag over the timeline; its dates become the date filter of the chart and the map in this window</source>
        <translation>د وخت پر کرښه د کشولو لپاره یوه موده وښیه؛ نېټې یې په دې کړکۍ کې د چارټ او نقشې د نېټې فلټر کېږي</translation>
    </message>
    <message>
        <source>Brushed from</source>
        <translation>ټاکل شوی له</translation>
    </message>
    <message>
        <source>Brushed to</source>
        <translation>ټاکل شوی تر</translation>
    </message>
    <message>
        <source>Lanes:</source>
        <translation>لیکې:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تر</translation>
    </message>
    <message>
        <source>Click an event to open it; hover for its dates. On the timeline the arrow keys move between marks and Enter opens one.</source>
        <translation>د پرانیستلو لپاره پر پېښه کلیک وکړئ؛ د نېټو لپاره یې نښه‌ګر پرې ونیسئ. د وخت پر کرښه د لوري کیلي د نښو ترمنځ ځي او Enter یوه پرانیزي.</translation>
    </message>
    <message>
        <source>. Drawn: {counted}</source>
        <translation>. رسم شوي: {counted}</translation>
    </message>
    <message>
        <source>Could not list: {message}</source>
        <translation>لېست نه شو: {message}</translation>
    </message>
    <message>
        <source>Event {ext_id} of the imported data set {dataset} (imported events have no page)</source>
        <translation>د وارده معلوماتي ټولګې {dataset} پېښه {ext_id} (وارده پېښې پاڼه نه لري)</translation>
    </message>
    <message>
        <source>: {name}, {date}, {place}, {attack_type}, deaths {deaths}</source>
        <translation>: {name}، {date}، {place}، {attack_type}، مړي {deaths}</translation>
    </message>
    <message>
        <source>place not stated</source>
        <translation>ځای نه دی ویل شوی</translation>
    </message>
    <message>
        <source>type not stated</source>
        <translation>ډول نه دی ویل شوی</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>نه دی ویل شوی</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>د وخت کرښه</translation>
    </message>
    <message>
        <source>Events on the timeline</source>
        <translation>د وخت پر کرښه پېښې</translation>
    </message>
    <message>
        <source>events of the timeline ({scope})</source>
        <translation>د وخت کرښې پېښې ({scope})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt; ({text}): {events} dated events</source>
        <translation>&lt;b&gt;د وخت کرښه&lt;/b&gt; ({text}): {events} نېټه لرونکې پېښې</translation>
    </message>
    <message>
        <source>; more than {limit} marks, so drawn as counts per lane and month (brush or narrow the filters to see each event)</source>
        <translation>؛ له {limit} ډېرې نښې، نو په هره لیکه او میاشت کې د شمېر په توګه رسم شوې (د هرې پېښې د لیدو لپاره موده وټاکئ یا فلټرونه تنګ کړئ)</translation>
    </message>
    <message>
        <source>; {n} of {bars_total} dated relations drawn</source>
        <translation>؛ له {bars_total} نېټه لرونکو اړیکو {n} رسم شوې</translation>
    </message>
    <message>
        <source>.&lt;br&gt;&lt;span style=&apos;color:{warning}&apos;&gt;Coverage caveat: {text}&lt;/span&gt;</source>
        <translation>.&lt;br&gt;&lt;span style=&apos;color:{warning}&apos;&gt;د پوښښ خبرتیا: {text}&lt;/span&gt;</translation>
    </message>
    <message>
        <source> from {value} to {second}</source>
        <translation> له {value} تر {second}</translation>
    </message>
    <message>
        <source> (the first {n} of {total} by date)</source>
        <translation> (د نېټې له مخې له {total} لومړۍ {n})</translation>
    </message>
    <message>
        <source>&lt;i&gt;Loading the timeline…&lt;/i&gt;</source>
        <translation>&lt;i&gt;د وخت کرښه بارېږي…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Could not load: {message}</source>
        <translation>بار نه شو: {message}</translation>
    </message>
    <message>
        <source>; {undated} without a date, not drawn</source>
        <translation>؛ {undated} بې نېټې، رسم شوې نه دي</translation>
    </message>
    <message>
        <source>; {lanes_total} lanes, the busiest shown, the rest as &apos;other&apos;</source>
        <translation>؛ {lanes_total} لیکې، تر ټولو بوختې ښودل شوې او پاتې د «نور» په توګه</translation>
    </message>
    <message>
        <source>Listing events…</source>
        <translation>پېښې لېست کېږي…</translation>
    </message>
    <message>
        <source>{total} events{where}{more}; Enter or double-click opens one</source>
        <translation>{total} پېښې{where}{more}؛ Enter یا دوه ځله کلیک یوه پرانیزي</translation>
    </message>
    <message>
        <source>Brushed {first} to {last}: the chart and the map of this window filter on it.</source>
        <translation>له {first} تر {last} ټاکل شوی: د دې کړکۍ چارټ او نقشه پر هغه فلټرېږي.</translation>
    </message>
</context>
<context>
    <name>_Legend</name>
    <message>
        <source>Timeline legend</source>
        <translation>د وخت کرښې لارښود</translation>
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
        <translation>{control}: انتخابونه</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>انتخابونه</translation>
    </message>
    <message>
        <source>{area} (contents)</source>
        <translation>{area} (منځپانګه)</translation>
    </message>
    <message>
        <source>Scrolled area</source>
        <translation>سکرول کېدونکې سیمه</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>&lt;b&gt;Licences.&lt;/b&gt; The licence file is missing: {problem}</source>
        <translation>&lt;b&gt;جوازونه.&lt;/b&gt; د جواز دوتنه نشته: {problem}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Licences&lt;/b&gt; (full texts: Show Details, or {file} in the installation)</source>
        <translation>&lt;b&gt;جوازونه&lt;/b&gt; (بشپړ متنونه: جزئیات ښودل، یا په نصب کې {file})</translation>
    </message>
    <message>
        <source>The interface is also available in Dari and Pashto (View &gt; Language); those translations await review by native speakers.</source>
        <translation>د کارونې څېره په دري او پښتو هم شته (لید &gt; ژبه)؛ دا ژباړې د اصلي ویناوالو د بیاکتنې په تمه دي.</translation>
    </message>
    <message>
        <source>This translation of the interface awaits review by native speakers; names, sources and quotations stay as the sources give them.</source>
        <translation>د کارونې د څېرې دا ژباړه د اصلي ویناوالو د بیاکتنې په تمه ده؛ نومونه، سرچینې او نقل قولونه لکه څنګه چې سرچینې راوړي پاتې کېږي.</translation>
    </message>
    <message>
        <source>Offline reference on ISIS-K and the militant landscape of Afghanistan and its neighbours. Reference data {data_version}, as of {as_of}. This program never opens a network connection.</source>
        <translation>د داعش خراسان او د افغانستان او ګاونډیو هېوادونو د وسله والو ډلو د انځور په اړه بې انټرنېټه مرجع. مرجع معلومات {data_version}، تر {as_of} پورې. دا پروګرام هېڅکله شبکې ته نښلون نه پرانیزي.</translation>
    </message>
    <message>
        <source>Running on {runtime}.</source>
        <translation>په {runtime} چلېږي.</translation>
    </message>
    <message>
        <source>Khorasan Desktop</source>
        <translation>Khorasan Desktop</translation>
    </message>
    <message>
        <source>Data and attributions</source>
        <translation>معلومات او نسبتونه</translation>
    </message>
    <message>
        <source>Grading.</source>
        <translation>درجه بندي.</translation>
    </message>
    <message>
        <source>Coverage.</source>
        <translation>پوښښ.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keys.&lt;/b&gt; Ctrl+K or Ctrl+F search · Enter opens the top hit · Ctrl+click opens in a new tab · Alt+Left/Right back/forward · Ctrl+W close tab · Ctrl+D bookmark · Ctrl+G relation graph · Ctrl+Shift+C chart · Ctrl+M map · F1 user guide.</source>
        <translation>&lt;b&gt;کیلي.&lt;/b&gt; Ctrl+K یا Ctrl+F لټون · Enter لومړۍ پایله پرانیزي · Ctrl+کلیک په نوي ټب کې پرانیزي · Alt+کیڼ/ښي شاته/مخ ته · Ctrl+W ټب تړل · Ctrl+D نښه · Ctrl+G د اړیکو ګراف · Ctrl+Shift+C چارټ · Ctrl+M نقشه · F1 د کارن لارښود.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Khorasan Desktop cannot start</source>
        <translation>Khorasan Desktop نه پیلېږي</translation>
    </message>
</context>
<context>
    <name>backup_dialog</name>
    <message>
        <source>Restore backup</source>
        <translation>د ساتنیزې نسخې بېرته راوستل</translation>
    </message>
    <message>
        <source>Replace your notes, bookmarks and imports with the backup of {made:%Y-%m-%d %H:%M}?

What you changed since then is not in it; the current file is kept beside it.</source>
        <translation>ستاسو یادښتونه، نښې او واردونه د {made:%Y-%m-%d %H:%M} په ساتنیزه نسخه ځای ناستي شي؟

هغه څه چې له هغه وخته مو بدل کړي په کې نشته؛ اوسنۍ دوتنه تر څنګ یې ساتل کېږي.</translation>
    </message>
    <message>
        <source>

The file it replaced is kept as {aside}.</source>
        <translation>

هغه دوتنه چې ځای یې ونیول شو د {aside} په نوم ساتل شوې.</translation>
    </message>
    <message>
        <source>Restored {name}.{kept}</source>
        <translation>{name} بېرته راوستل شو.{kept}</translation>
    </message>
</context>
<context>
    <name>caveat</name>
    <message>
        <source> (more in the tooltip)</source>
        <translation> (نور په لارښود کې)</translation>
    </message>
    <message>
        <source>Coverage caveat: {caveat}</source>
        <translation>د پوښښ خبرتیا: {caveat}</translation>
    </message>
</context>
<context>
    <name>chart</name>
    <message>
        <source>year</source>
        <translation>کال</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>درې میاشتنۍ</translation>
    </message>
    <message>
        <source>month</source>
        <translation>میاشت</translation>
    </message>
    <message>
        <source>point in time</source>
        <translation>د وخت یوه شېبه</translation>
    </message>
    <message>
        <source>per period</source>
        <translation>په هره موده کې</translation>
    </message>
    <message>
        <source>cumulative</source>
        <translation>ټولیز</translation>
    </message>
    <message>
        <source>{n} more published figures: in the list below</source>
        <translation>{n} نورې خپرې شوې شمېرې: لاندې لېست کې</translation>
    </message>
    <message>
        <source>source not named</source>
        <translation>سرچینه نه ده نومول شوې</translation>
    </message>
    <message>
        <source>{value:,.0f} in all</source>
        <translation>ټولټال {value:,.0f}</translation>
    </message>
    <message>
        <source> (right scale)</source>
        <translation> (ښي مقیاس)</translation>
    </message>
    <message>
        <source>, right scale</source>
        <translation>، ښي مقیاس</translation>
    </message>
    <message>
        <source>Documented incidents</source>
        <translation>مستندې پېښې</translation>
    </message>
    <message>
        <source>Events counted</source>
        <translation>شمېرل شوې پېښې</translation>
    </message>
    <message>
        <source>date too imprecise for this bin</source>
        <translation>نېټه د دې ستون لپاره ډېره ناسمه ده</translation>
    </message>
    <message>
        <source>period ({unit})</source>
        <translation>موده ({unit})</translation>
    </message>
    <message>
        <source>Published figures ({units})</source>
        <translation>خپرې شوې شمېرې ({units})</translation>
    </message>
    <message>
        <source>units as stated</source>
        <translation>واحدونه لکه څنګه چې ویل شوي</translation>
    </message>
</context>
<context>
    <name>chart_keys</name>
    <message>
        <source>Attack counts chart</source>
        <translation>د بریدونو د شمېر چارټ</translation>
    </message>
    <message>
        <source>Left and Right move between bars, Home and End go to the first and last, Enter lists the bar&apos;s incidents below, Escape goes back to the filters.</source>
        <translation>کیڼ او ښي د ستونونو ترمنځ ځي، Home او End لومړي او وروستي ته، Enter د ستون پېښې لاندې لېست کوي، Escape فلټرونو ته بېرته ځي.</translation>
    </message>
</context>
<context>
    <name>compose</name>
    <message>
        <source>Judgements keep the brief&apos;s own wording of likelihood (for example “most likely”, “likely”, “may”, “has the potential to”). These words are the author&apos;s; they are not calibrated probabilities, and no probability was assigned by Khorasan Desktop.</source>
        <translation>ارزونې د احتمال لپاره د بریف خپل الفاظ ساتي (د بېلګې په توګه «most likely»، «likely»، «may»، «has the potential to»). دا الفاظ د لیکوال دي؛ سنجول شوي احتمالات نه دي، او Khorasan Desktop هېڅ احتمال نه دی ټاکلی.</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Sources&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;سرچینې&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every citation used in this report, numbered as in the text.&lt;/p&gt;</source>
        <translation>&lt;p&gt;په دې راپور کې کارول شوي ټول ماخذونه، په هماغه شمېره چې په متن کې راغلي.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The views in this report cite no sources beyond the data sets listed under attributions.&lt;/p&gt;</source>
        <translation>&lt;p&gt;د دې راپور لیدونه د هغو معلوماتي ټولګو پرته چې د نسبتونو لاندې راغلي هېڅ سرچینې ته اشاره نه کوي.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Relations of {name}</source>
        <translation>د {name} اړیکې</translation>
    </message>
    <message>
        <source> as of {year}</source>
        <translation> تر {year} کال پورې</translation>
    </message>
    <message>
        <source>Documented incidents over time</source>
        <translation>د وخت په اوږدو کې مستندې پېښې</translation>
    </message>
    <message>
        <source>Map of documented incidents</source>
        <translation>د مستندو پېښو نقشه</translation>
    </message>
    <message>
        <source>Timeline of documented incidents</source>
        <translation>د مستندو پېښو د وخت کرښه</translation>
    </message>
    <message>
        <source>Documented incidents</source>
        <translation>مستندې پېښې</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>ستاسو یادښتونه</translation>
    </message>
    <message>
        <source>Your bookmarks</source>
        <translation>ستاسو نښې</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>لیکوال</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>صادر شوی</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>مرجع معلومات</translation>
    </message>
    <message>
        <source>version {version}, as of {as_of}</source>
        <translation>نسخه {version}، تر {as_of} پورې</translation>
    </message>
    <message>
        <source>Produced with</source>
        <translation>جوړ شوی په</translation>
    </message>
    <message>
        <source>Khorasan Desktop {version}, offline</source>
        <translation>Khorasan Desktop {version}، بې انټرنېټه</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>چلند</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>منځپانګه</translation>
    </message>
    <message>
        <source>Coverage.</source>
        <translation>پوښښ.</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;meta&apos;&gt;{listed} of {relations_total} relations listed; a relations view shows them with a graph.&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;meta&apos;&gt;له {relations_total} اړیکو {listed} لېست شوې؛ د اړیکو یو لید یې له ګراف سره ښيي.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Related events{within} ({n})&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;تړلې پېښې{within} ({n})&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;meta&apos;&gt;The {n} most recent of {total}; an events view lists them all.&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;meta&apos;&gt;له {total} تر ټولو نوې {n}؛ د پېښو یو لید ټولې لېست کوي.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;meta&apos;&gt;{events_outside} other linked events lie outside this period or are undated.&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;meta&apos;&gt;{events_outside} نورې تړلې پېښې له دې مودې بهر یا بې نېټې دي.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;caveat&apos;&gt;&lt;b&gt;Coverage caveat.&lt;/b&gt; {text}&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;caveat&apos;&gt;&lt;b&gt;د پوښښ خبرتیا.&lt;/b&gt; {text}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Published figures for this scope ({n})&lt;/h3&gt;&lt;p class=&apos;meta&apos;&gt;{text}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;د دې ساحې لپاره خپاره شوې شمېرې ({n})&lt;/h3&gt;&lt;p class=&apos;meta&apos;&gt;{text}&lt;/p&gt;</translation>
    </message>
    <message>
        <source> Laid out as saved in the link chart “{name}”.</source>
        <translation> لکه څنګه چې د اړیکو په چارټ «{name}» کې خوندي شوی، ترتیب شوی.</translation>
    </message>
    <message>
        <source> Laid out as arranged in the window ({n} pinned).</source>
        <translation> لکه څنګه چې په کړکۍ کې برابر شوی، ترتیب شوی ({n} ثابت شوي).</translation>
    </message>
    <message>
        <source> Laid out as arranged in the window.</source>
        <translation> لکه څنګه چې په کړکۍ کې برابر شوی، ترتیب شوی.</translation>
    </message>
    <message>
        <source>Relation graph, {described}. {status}. Undated relations are always shown (dashed, lighter).</source>
        <translation>د اړیکو ګراف، {described}. {status}. بې نېټې اړیکې تل ښودل کېږي (ټکي ټکي، کمرنګه).</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Shortest path (1 step)&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;تر ټولو لنډه لاره (1 ګام)&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Shortest path ({steps} steps)&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;تر ټولو لنډه لاره ({steps} ګامونه)&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ګام</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>فاعل</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>اړیکه</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>مفعول</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>موده</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>سرچینې</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Relations shown ({n})&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;ښودل شوې اړیکې ({n})&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No events match this scope; the chart is empty.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;هېڅ پېښه له دې ساحې سره سمون نه خوري؛ چارټ تش دی.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Events counted</source>
        <translation>شمېرل شوې پېښې</translation>
    </message>
    <message>
        <source>date too imprecise</source>
        <translation>ډېره ناسمه نېټه</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Events per province&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;پېښې په هر ولایت&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>ولایت</translation>
    </message>
    <message>
        <source>&lt;p&gt;Scope: {scope}; {first} to {last}. {events} dated events</source>
        <translation>&lt;p&gt;ساحه: {scope}؛ له {first} تر {last}. {events} نېټه لرونکې پېښې</translation>
    </message>
    <message>
        <source>, {undated} without a date (not drawn)</source>
        <translation>، {undated} بې نېټې (رسم شوې نه دي)</translation>
    </message>
    <message>
        <source>. Drawn: {counted}</source>
        <translation>. رسم شوي: {counted}</translation>
    </message>
    <message>
        <source>. Each event spans the days its date allows (a month-precision event its month); relation periods and leadership terms are bars, an open end drawn to the edge.</source>
        <translation>. هره پېښه هغه ورځې نیسي چې نېټه یې اجازه ورکوي (د میاشتې په دقت پېښه خپله میاشت)؛ د اړیکو مودې او د مشرتابه مودې ستونونه دي، پرانیستی پای تر څنډې رسم کېږي.</translation>
    </message>
    <message>
        <source> More than {limit} marks: drawn as events per lane and month.</source>
        <translation> له {limit} ډېرې نښې: په هره لیکه او میاشت کې د پېښو په توګه رسم شوې.</translation>
    </message>
    <message>
        <source>{count} events</source>
        <translation>{count} پېښې</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Timeline entries ({n})&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;د وخت کرښې مدخلونه ({n})&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ډول</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>لیکه</translation>
    </message>
    <message>
        <source>From</source>
        <translation>له</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تر</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>دقت</translation>
    </message>
    <message>
        <source>What</source>
        <translation>څه</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;meta&apos;&gt;first {shown:,} of {total:,}; the full list is in the CSV/JSON export.&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;meta&apos;&gt;له {total:,} لومړۍ {shown:,}؛ بشپړ لېست د CSV/JSON په صادرونه کې دی.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Imported events ({imported_total:,})&lt;/h3&gt;&lt;p class=&apos;meta&apos;&gt;From {text}; licences under attributions.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;وارده پېښې ({imported_total:,})&lt;/h3&gt;&lt;p class=&apos;meta&apos;&gt;له {text}؛ جوازونه د نسبتونو لاندې.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>نېټه</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>ځای</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ډول</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>لوري</translation>
    </message>
    <message>
        <source>Deaths (best, low–high)</source>
        <translation>مړي (غوره، لږ–ډېر)</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>معلوماتي ټولګه</translation>
    </message>
    <message>
        <source>&lt;p&gt;No notes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;یادښت نشته.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> &lt;span class=&apos;meta&apos;&gt;(no longer in the reference data)&lt;/span&gt;</source>
        <translation> &lt;span class=&apos;meta&apos;&gt;(نور په مرجع معلوماتو کې نشته)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{label}&lt;/h3&gt;&lt;p class=&apos;meta&apos;&gt;updated {updated}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{label}&lt;/h3&gt;&lt;p class=&apos;meta&apos;&gt;په {updated} تازه شوی&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No bookmarks.&lt;/p&gt;</source>
        <translation>&lt;p&gt;نښه نشته.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>Deaths</source>
        <translation>مړي</translation>
    </message>
    <message>
        <source>Injured</source>
        <translation>ټپیان</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>نسبت</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Grading scales&lt;/h2&gt;&lt;p&gt;Admiralty system. Grades were assigned by the compilers of the reference data by stated rules, not by the sources themselves.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;د درجه بندۍ پیمانې&lt;/h2&gt;&lt;p&gt;د اډمیرالټي سیستم. درجې د مرجع معلوماتو راټولوونکو د ویل شویو قاعدو له مخې ټاکلې دي، نه پخپله سرچینو.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Source reliability&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;د سرچینې باور&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Information credibility&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;د معلوماتو اعتبار&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Likelihood wording&lt;/h2&gt;&lt;p&gt;{text}&lt;/p&gt;</source>
        <translation>&lt;h2&gt;د احتمال الفاظ&lt;/h2&gt;&lt;p&gt;{text}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;meta&apos;&gt;Wordings in the reference data: {words}.&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;meta&apos;&gt;په مرجع معلوماتو کې الفاظ: {words}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Attributions and licences</source>
        <translation>نسبتونه او جوازونه</translation>
    </message>
    <message>
        <source>Figure as stated</source>
        <translation>شمېره لکه څنګه چې ویل شوې</translation>
    </message>
    <message>
        <source>Kind and period</source>
        <translation>ډول او موده</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>لړۍ</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>ساحه</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>سرچینه</translation>
    </message>
</context>
<context>
    <name>copy_cite</name>
    <message>
        <source>Copy with source</source>
        <translation>له سرچینې سره کاپي</translation>
    </message>
</context>
<context>
    <name>events_model</name>
    <message>
        <source>Date</source>
        <translation>نېټه</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>پېښه</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>ځای</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ډول</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>Deaths</source>
        <translation>مړي</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>ټپیان</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>نسبت</translation>
    </message>
</context>
<context>
    <name>graph</name>
    <message>
        <source>Ally / cooperates with</source>
        <translation>متحد / همکار له</translation>
    </message>
    <message>
        <source>Rival of / threatens</source>
        <translation>سیال / ګواښوونکی د</translation>
    </message>
    <message>
        <source>Branch / splinter / part of</source>
        <translation>څانګه / بېل شوې ډله / برخه د</translation>
    </message>
    <message>
        <source>Pledged allegiance to</source>
        <translation>بیعت ورسره</translation>
    </message>
    <message>
        <source>Leader / member of</source>
        <translation>مشر / غړی د</translation>
    </message>
    <message>
        <source>Operates / located in, recruits from</source>
        <translation>فعالیت / ځای په، جذب له</translation>
    </message>
    <message>
        <source>Agreement with</source>
        <translation>تړون له</translation>
    </message>
    <message>
        <source>Fought in (event)</source>
        <translation>جګړه یې کړې په (پېښه)</translation>
    </message>
    <message>
        <source>Follows tactics of / seeks alliance with</source>
        <translation>د تاکتیکونو پیروي / د اتحاد هڅه له</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>نور</translation>
    </message>
    <message>
        <source>Undated relation (dashed, lighter; always shown)</source>
        <translation>بې نېټې اړیکه (ټکي ټکي؛ تل ښکاري)</translation>
    </message>
    <message>
        <source>Shortest path</source>
        <translation>تر ټولو لنډه لاره</translation>
    </message>
    <message>
        <source>Pinned (stays where you put it)</source>
        <translation>ثابت شوی (هلته پاتې کېږي چې تاسو ایښی)</translation>
    </message>
    <message>
        <source>Centre of the graph</source>
        <translation>د ګراف مرکز</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>عامل</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>سیمه</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>پېښه</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>سرچینه</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>عاملان</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>سیمې</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>پېښې</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>سرچینې</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>اړیکې</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>موجودیتونه</translation>
    </message>
</context>
<context>
    <name>graph_keys</name>
    <message>
        <source>Relation graph, {n} entities</source>
        <translation>د اړیکو ګراف، {n} موجودیتونه</translation>
    </message>
    <message>
        <source>Arrow keys move between related entities, Home goes to the centre, Enter opens the selected entity.</source>
        <translation>د لوري کیلي د تړلو موجودیتونو ترمنځ ځي، Home مرکز ته ځي، Enter ټاکل شوی موجودیت پرانیزي.</translation>
    </message>
    <message>
        <source>, centre of the graph</source>
        <translation>، د ګراف مرکز</translation>
    </message>
    <message>
        <source>Relation graph: {name}, {kind}{centre}, {n} relations</source>
        <translation>د اړیکو ګراف: {name}، {kind}{centre}، {n} اړیکې</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>&amp;System</source>
        <translation>سیسټم</translation>
    </message>
</context>
<context>
    <name>import_dialog</name>
    <message>
        <source>the file cannot be read ({value})</source>
        <translation>دوتنه نه لوستل کېږي ({value})</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>دوتنه تشه ده</translation>
    </message>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8 CSV</source>
        <translation>دوتنه UTF-16 متن دی؛ د UTF-8 CSV په توګه یې خوندي کړئ</translation>
    </message>
    <message>
        <source>this is a ZIP or Excel file; unpack it or export it as CSV</source>
        <translation>دا ZIP یا Excel دوتنه ده؛ خلاصه یې کړئ یا CSV ته یې صادره کړئ</translation>
    </message>
    <message>
        <source>this is not a text file</source>
        <translation>دا متني دوتنه نه ده</translation>
    </message>
    <message>
        <source>the start of the file is not CSV ({exc})</source>
        <translation>د دوتنې پیل CSV نه دی ({exc})</translation>
    </message>
    <message>
        <source>the first line is empty; a CSV file starts with its column names</source>
        <translation>لومړۍ کرښه تشه ده؛ CSV دوتنه د خپلو ستونونو په نومونو پیلېږي</translation>
    </message>
    <message>
        <source>the header is neither UCDP GED nor ACLED ({lacks}); it starts with {value}</source>
        <translation>سرلیک نه UCDP GED دی نه ACLED ({lacks})؛ په {value} پیلېږي</translation>
    </message>
</context>
<context>
    <name>investigations</name>
    <message>
        <source>&amp;Open</source>
        <translation>پرانیستل</translation>
    </message>
    <message>
        <source>&amp;Export to PDF…</source>
        <translation>PDF ته صادرول…</translation>
    </message>
</context>
<context>
    <name>item_tables</name>
    <message>
        <source>Show as &amp;table</source>
        <translation>د جدول په توګه ښودل</translation>
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
        <translation>ډول</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>اړیکې</translation>
    </message>
    <message>
        <source>Drawn relations</source>
        <translation>رسم شوې اړیکې</translation>
    </message>
    <message>
        <source>Relation graph as a table</source>
        <translation>د اړیکو ګراف د جدول په توګه</translation>
    </message>
    <message>
        <source>relation graph</source>
        <translation>د اړیکو ګراف</translation>
    </message>
    <message>
        <source>date too imprecise</source>
        <translation>ډېره ناسمه نېټه</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>موده</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>شمېرل شوي</translation>
    </message>
    <message>
        <source>Attack counts chart as a table</source>
        <translation>د بریدونو د شمېر چارټ د جدول په توګه</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>چارټ</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>ولایت</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>هېواد</translation>
    </message>
    <message>
        <source>Documented incidents</source>
        <translation>مستندې پېښې</translation>
    </message>
    <message>
        <source>Map as a table</source>
        <translation>نقشه د جدول په توګه</translation>
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
        <translation>مستندې پېښې (نمونه؛ پوښښ توپیر لري)</translation>
    </message>
    <message>
        <source>Incidents per province</source>
        <translation>پېښې په هر ولایت کې</translation>
    </message>
    <message>
        <source>none documented</source>
        <translation>هېڅ مستنده نه ده</translation>
    </message>
    <message>
        <source>no province data</source>
        <translation>د ولایت معلومات نشته</translation>
    </message>
    <message>
        <source>Incident locations</source>
        <translation>د پېښو ځایونه</translation>
    </message>
    <message>
        <source>exact location</source>
        <translation>دقیق ځای</translation>
    </message>
    <message>
        <source>approximate (city centre)</source>
        <translation>نږدې (د ښار مرکز)</translation>
    </message>
    <message>
        <source>Bigger marker = more incidents close together (number inside).</source>
        <translation>لویه نښه = یو بل ته نږدې ډېرې پېښې (شمېره دننه).</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>او {n} نور</translation>
    </message>
    <message>
        <source>Outside this map: {names}</source>
        <translation>له دې نقشې بهر: {names}</translation>
    </message>
</context>
<context>
    <name>options</name>
    <message>
        <source>per year</source>
        <translation>په هر کال</translation>
    </message>
    <message>
        <source>per quarter</source>
        <translation>په هره درې میاشتنۍ</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>په هره میاشت</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>ادعا شوې</translation>
    </message>
    <message>
        <source>attributed</source>
        <translation>منسوب</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>متنازع</translation>
    </message>
    <message>
        <source>actor: {name}</source>
        <translation>عامل: {name}</translation>
    </message>
    <message>
        <source>country: {name}</source>
        <translation>هېواد: {name}</translation>
    </message>
    <message>
        <source>province: {name}</source>
        <translation>ولایت: {name}</translation>
    </message>
    <message>
        <source>actor: attribution uncertain (imported &apos;X and/or Y&apos;)</source>
        <translation>عامل: نسبت ناڅرګند (واردې شوې «X او/یا Y»)</translation>
    </message>
    <message>
        <source>attribution: {values}</source>
        <translation>نسبت: {values}</translation>
    </message>
    <message>
        <source>attack type: {type}</source>
        <translation>د برید ډول: {type}</translation>
    </message>
    <message>
        <source>target: {target}</source>
        <translation>هدف: {target}</translation>
    </message>
    <message>
        <source>dates: {start} to {end}</source>
        <translation>نېټې: {start} تر {end}</translation>
    </message>
    <message>
        <source>start</source>
        <translation>پیل</translation>
    </message>
    <message>
        <source>end</source>
        <translation>پای</translation>
    </message>
    <message>
        <source>all documented incidents</source>
        <translation>ټولې مستندې پېښې</translation>
    </message>
    <message>
        <source>lanes by actor</source>
        <translation>لیکې د عامل له مخې</translation>
    </message>
    <message>
        <source>lanes by province</source>
        <translation>لیکې د ولایت له مخې</translation>
    </message>
    <message>
        <source>lanes by attack type</source>
        <translation>لیکې د برید د ډول له مخې</translation>
    </message>
</context>
<context>
    <name>page_html</name>
    <message>
        <source>confirmed</source>
        <translation>تایید شوی</translation>
    </message>
    <message>
        <source>probably true</source>
        <translation>احتمالاً سم</translation>
    </message>
    <message>
        <source>possibly true</source>
        <translation>ښايي سم وي</translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation>شکمن</translation>
    </message>
    <message>
        <source>improbable</source>
        <translation>نامحتمل</translation>
    </message>
    <message>
        <source>cannot be judged</source>
        <translation>قضاوت یې نه شي کېدای</translation>
    </message>
    <message>
        <source>completely reliable</source>
        <translation>بشپړ د باور وړ</translation>
    </message>
    <message>
        <source>usually reliable</source>
        <translation>معمولاً د باور وړ</translation>
    </message>
    <message>
        <source>fairly reliable</source>
        <translation>نسبتاً د باور وړ</translation>
    </message>
    <message>
        <source>not usually reliable</source>
        <translation>معمولاً د باور وړ نه</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>د باور وړ نه</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>عامل</translation>
    </message>
    <message>
        <source>region</source>
        <translation>سیمه</translation>
    </message>
    <message>
        <source>event</source>
        <translation>پېښه</translation>
    </message>
    <message>
        <source>source</source>
        <translation>سرچینه</translation>
    </message>
    <message>
        <source>group</source>
        <translation>ډله</translation>
    </message>
    <message>
        <source>person</source>
        <translation>کس</translation>
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
        <translation>هېواد</translation>
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
        <translation>تاریخي</translation>
    </message>
    <message>
        <source>macro</source>
        <translation>لویه سیمه</translation>
    </message>
    <message>
        <source>attack</source>
        <translation>برید</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>تړون</translation>
    </message>
    <message>
        <source>allegiance</source>
        <translation>بیعت</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>کمپاین</translation>
    </message>
    <message>
        <source>collapse</source>
        <translation>ړنګېدل</translation>
    </message>
    <message>
        <source>founding</source>
        <translation>تاسیس</translation>
    </message>
    <message>
        <source>leadership-change</source>
        <translation>د مشرتابه بدلون</translation>
    </message>
    <message>
        <source>other</source>
        <translation>نور</translation>
    </message>
    <message>
        <source>war</source>
        <translation>جګړه</translation>
    </message>
    <message>
        <source>withdrawal</source>
        <translation>وتل</translation>
    </message>
    <message>
        <source>brief</source>
        <translation>بریف</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>معلوماتي ټولګه</translation>
    </message>
    <message>
        <source>outside</source>
        <translation>بهرنۍ</translation>
    </message>
    <message>
        <source>page</source>
        <translation>پاڼه</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>درجه نه ده ورکړل شوې</translation>
    </message>
    <message>
        <source>source {reliability} ({reliability_word}), information {credibility} ({credibility_word})</source>
        <translation>سرچینه {reliability} ({reliability_word})، معلومات {credibility} ({credibility_word})</translation>
    </message>
    <message>
        <source>{source_title}, {locator} (grade {grade})</source>
        <translation>{source_title}، {locator} (درجه {grade})</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;vague&apos;&gt;Recorded as vague: {text}&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;vague&apos;&gt;د مبهم په توګه ثبت شوی: {text}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Also known as&lt;/h2&gt;&lt;p&gt;{aliases}&lt;/p&gt;</source>
        <translation>&lt;h2&gt;نور نومونه&lt;/h2&gt;&lt;p&gt;{aliases}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Key facts&lt;/h2&gt;&lt;ul&gt;</source>
        <translation>&lt;h2&gt;مهم حقایق&lt;/h2&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Judgements in the brief&lt;/h2&gt;&lt;ul&gt;</source>
        <translation>&lt;h2&gt;په بریف کې ارزونې&lt;/h2&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Relations&lt;/h2&gt;&lt;ul&gt;</source>
        <translation>&lt;h2&gt;اړیکې&lt;/h2&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source> &lt;i&gt;(vague)&lt;/i&gt;</source>
        <translation> &lt;i&gt;(مبهم)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;meta&apos;&gt;… and {n} more relations: see the Relations table below.&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;meta&apos;&gt;… او {n} نورې اړیکې: لاندې د اړیکو جدول وګورئ.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sources&lt;/h2&gt;&lt;ol class=&apos;sources&apos;&gt;</source>
        <translation>&lt;h2&gt;سرچینې&lt;/h2&gt;&lt;ol class=&apos;sources&apos;&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;meta&apos;&gt;Grades: Admiralty scale, source reliability A–F and information credibility 1–6, assigned by the compilers.&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;meta&apos;&gt;درجې: د اډمیرالټي پیمانه، د سرچینې باور A–F او د معلوماتو اعتبار 1–6، چې راټولوونکو ټاکلې.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>نېټه</translation>
    </message>
    <message>
        <source>{date_display} &lt;span class=&apos;meta&apos;&gt;(precision: {date_precision})&lt;/span&gt;</source>
        <translation>{date_display} &lt;span class=&apos;meta&apos;&gt;(دقت: {date_precision})&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>ځای</translation>
    </message>
    <message>
        <source>from the source</source>
        <translation>له سرچینې</translation>
    </message>
    <message>
        <source>approximate city centre</source>
        <translation>د ښار نږدې مرکز</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>همغږي</translation>
    </message>
    <message>
        <source>Attack type</source>
        <translation>د برید ډول</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>Deaths</source>
        <translation>مړي</translation>
    </message>
    <message>
        <source>best {best} · low {low} · high {high} &lt;span class=&apos;meta&apos;&gt;(victims; blank = not stated)&lt;/span&gt;</source>
        <translation>غوره {best} · لږ {low} · ډېر {high} &lt;span class=&apos;meta&apos;&gt;(قربانیان؛ تش = نه دی ویل شوی)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>ټپیان</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>نسبت</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>سم شوی</translation>
    </message>
    <message>
        <source>{changes} &lt;span class=&apos;meta&apos;&gt;(source row → reference data)&lt;/span&gt;&lt;br&gt;&lt;i&gt;Why:&lt;/i&gt; {reason}</source>
        <translation>{changes} &lt;span class=&apos;meta&apos;&gt;(د سرچینې کرښه ← مرجع معلومات)&lt;/span&gt;&lt;br&gt;&lt;i&gt;ولې:&lt;/i&gt; {reason}</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>تاسیس</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>ځواک</translation>
    </message>
    <message>
        <source>UCDP actor id</source>
        <translation>د UCDP د عامل پېژند</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کوډ</translation>
    </message>
    <message>
        <source>Natural Earth name</source>
        <translation>په Natural Earth کې نوم</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>لیکوال</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>خپرونکی</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>جواز</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>باور وړتیا</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>پته</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>برخه د</translation>
    </message>
</context>
<context>
    <name>page_keys</name>
    <message>
        <source>Tab leaves the page; Ctrl+Down and Ctrl+Up go to the next and previous link, Enter opens it.</source>
        <translation>Tab له پاڼې وځي؛ Ctrl+ښکته او Ctrl+پورته راتلونکې او مخکینۍ تړنې ته ځي، Enter یې پرانیزي.</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Note saved</source>
        <translation>یادښت خوندي شو</translation>
    </message>
    <message>
        <source>Event {ext_id} of the imported data set {dataset}: imported events have no page; see them in the chart&apos;s bin list or an entity page.</source>
        <translation>د وارده معلوماتي ټولګې {dataset} پېښه {ext_id}: وارده پېښې پاڼه نه لري؛ هغه د چارټ د ستون په لېست یا د یوه موجودیت په پاڼه کې وګورئ.</translation>
    </message>
    <message>
        <source>No page shows {kind}:{key}</source>
        <translation>هېڅ پاڼه {kind}:{key} نه ښيي</translation>
    </message>
    <message>
        <source>Entity page: {title}</source>
        <translation>د موجودیت پاڼه: {title}</translation>
    </message>
    <message>
        <source>Relation graph: {name}</source>
        <translation>د اړیکو ګراف: {name}</translation>
    </message>
    <message>
        <source>, path to {name}</source>
        <translation>، لاره تر {name}</translation>
    </message>
    <message>
        <source> (saved chart “{value}”)</source>
        <translation> (خوندي شوی چارټ «{value}»)</translation>
    </message>
    <message>
        <source> (as arranged, pins kept)</source>
        <translation> (لکه څنګه چې برابر شوی، ثابت شوي ساتل شوي)</translation>
    </message>
    <message>
        <source>Counts chart: {scope}</source>
        <translation>د شمېر چارټ: {scope}</translation>
    </message>
    <message>
        <source>Events table: {scope}</source>
        <translation>د پېښو جدول: {scope}</translation>
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
        <translation>لارښود</translation>
    </message>
    <message>
        <source>Undated (dashed, lighter)</source>
        <translation>بې نېټې (ټکي ټکي، کمرنګه)</translation>
    </message>
    <message>
        <source>Shortest path</source>
        <translation>تر ټولو لنډه لاره</translation>
    </message>
    <message>
        <source>Centre of the graph</source>
        <translation>د ګراف مرکز</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>ثابت شوی</translation>
    </message>
    <message>
        <source>Click an entity to open it, double-click to centre on it; drag an entity to pin it there, drag the background to pan, wheel to zoom. Arrows follow the relations (Home: centre); keys on the selected entity: P pin/unpin, E expand, C collapse, Enter open, Menu for more.</source>
        <translation>د یوه موجودیت د پرانیستلو لپاره پرې کلیک وکړئ، منځ ته د راوستلو لپاره دوه ځله کلیک؛ موجودیت کش کړئ چې هلته ثابت شي، د ښوییدو لپاره شالید کش کړئ، د لوېولو لپاره څرخ. د لوري کیلي اړیکې تعقیبوي (Home: مرکز)؛ پر ټاکل شوي موجودیت کیلي: P ثابتول/لرې کول، E پراخول، C راټولول، Enter پرانیستل، Menu د نورو لپاره.</translation>
    </message>
</context>
<context>
    <name>relations</name>
    <message>
        <source>since {start}</source>
        <translation>له {start} راهیسې</translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation>تر {end} پورې</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>بې نېټې</translation>
    </message>
    <message>
        <source>{n} steps from the centre</source>
        <translation>له مرکز څخه {n} ګامونه</translation>
    </message>
    <message>
        <source>1 step from the centre</source>
        <translation>له مرکز څخه 1 ګام</translation>
    </message>
    <message>
        <source>, as of {year}</source>
        <translation>، په {year} کال کې</translation>
    </message>
    <message>
        <source>, all years</source>
        <translation>، ټول کلونه</translation>
    </message>
    <message>
        <source>, sources graded {grade} or better</source>
        <translation>، هغه سرچینې چې درجه یې {grade} یا ښه ده</translation>
    </message>
    <message>
        <source>, cited by {source}</source>
        <translation>، د {source} له خوا یادې شوې</translation>
    </message>
    <message>
        <source>, hiding {hidden}</source>
        <translation>، {hidden} پټې</translation>
    </message>
    <message>
        <source>No path from {start} to {end} within {limit} relations that the filters keep.</source>
        <translation>د هغو {limit} اړیکو په منځ کې چې فلټرونه یې ساتي له {start} تر {end} هېڅ لاره نشته.</translation>
    </message>
    <message>
        <source>Shortest path (1 relation): {names}</source>
        <translation>تر ټولو لنډه لاره (1 اړیکه): {names}</translation>
    </message>
    <message>
        <source>Shortest path ({n} relations): {names}</source>
        <translation>تر ټولو لنډه لاره ({n} اړیکې): {names}</translation>
    </message>
    <message>
        <source>{shown} of {total} relations shown, {undated} undated</source>
        <translation>له {total} اړیکو {shown} ښودل شوې، {undated} بې نېټې</translation>
    </message>
    <message>
        <source>; as of {year}</source>
        <translation>؛ په {year} کال کې</translation>
    </message>
    <message>
        <source>; {hidden} hidden</source>
        <translation>؛ {hidden} پټې</translation>
    </message>
    <message>
        <source>; showing {drawn} of {related} related entities (busiest)</source>
        <translation>؛ له {related} تړلو موجودیتونو {drawn} ښودل شوي (تر ټولو بوخت)</translation>
    </message>
    <message>
        <source>; {n} more relations among them not drawn</source>
        <translation>؛ د هغوی ترمنځ {n} نورې اړیکې نه دي رسم شوې</translation>
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
        <translation>اړیکه</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>مفعول</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>موده</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>سرچینه</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادښت</translation>
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
        <translation>سیمه</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>پېښه</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>سرچینه</translation>
    </message>
    <message>
        <source>Search hit</source>
        <translation>د لټون پایله</translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <source>name</source>
        <translation>نوم</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>بل نوم</translation>
    </message>
    <message>
        <source>name prefix</source>
        <translation>د نوم پیل</translation>
    </message>
    <message>
        <source>alias prefix</source>
        <translation>د بل نوم پیل</translation>
    </message>
    <message>
        <source>text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>place</source>
        <translation>ځای</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>ورته نوم</translation>
    </message>
    <message>
        <source>similar alias</source>
        <translation>ورته بل نوم</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>لنډیز</translation>
    </message>
    <message>
        <source>alias or words</source>
        <translation>بل نوم یا کلمې</translation>
    </message>
</context>
<context>
    <name>search_panel</name>
    <message>
        <source>No matches</source>
        <translation>پایله نشته</translation>
    </message>
    <message>
        <source>No name matches</source>
        <translation>هېڅ نوم سمون نه خوري</translation>
    </message>
    <message>
        <source>{lead} for “{text}”. Did you mean {either}?</source>
        <translation>{lead} د «{text}» لپاره. ایا مو مطلب {either} دی؟</translation>
    </message>
    <message>
        <source>… {text} not shown: type more to narrow the list.</source>
        <translation>… {text} نه دي ښودل شوي: د لېست د لنډولو لپاره نور ولیکئ.</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>Window</source>
        <translation>کړکۍ</translation>
    </message>
    <message>
        <source>Search (the search field)</source>
        <translation>لټون (د لټون ځای)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>شاته</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>مخ ته</translation>
    </message>
    <message>
        <source>Close the tab</source>
        <translation>ټب تړل</translation>
    </message>
    <message>
        <source>Bookmark the page (again to remove)</source>
        <translation>پاڼې ته نښه (بیا د لرې کولو لپاره)</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>PDF ته صادرول</translation>
    </message>
    <message>
        <source>Relation graph of the page&apos;s entity</source>
        <translation>د پاڼې د موجودیت د اړیکو ګراف</translation>
    </message>
    <message>
        <source>Open a saved link chart</source>
        <translation>د اړیکو یو خوندي شوی چارټ پرانیستل</translation>
    </message>
    <message>
        <source>Attack counts chart</source>
        <translation>د بریدونو د شمېر چارټ</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>نقشه</translation>
    </message>
    <message>
        <source>Timeline (from an entity page: of that entity)</source>
        <translation>د وخت کرښه (د موجودیت له پاڼې: د هماغه موجودیت)</translation>
    </message>
    <message>
        <source>Save the open tabs as an investigation</source>
        <translation>پرانیستي ټبونه د یوې پلټنې په توګه خوندي کول</translation>
    </message>
    <message>
        <source>Open a saved investigation</source>
        <translation>یوه خوندي شوې پلټنه پرانیستل</translation>
    </message>
    <message>
        <source>Export a saved investigation to PDF</source>
        <translation>یوه خوندي شوې پلټنه PDF ته صادرول</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>د کارن لارښود</translation>
    </message>
    <message>
        <source>This list of keyboard shortcuts</source>
        <translation>د کیبورډ د لنډلارو همدا لېست</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>وتل</translation>
    </message>
    <message>
        <source>Open the top hit</source>
        <translation>لومړۍ پایله پرانیستل</translation>
    </message>
    <message>
        <source>Search field</source>
        <translation>د لټون ځای</translation>
    </message>
    <message>
        <source>Open in a new tab</source>
        <translation>په نوي ټب کې پرانیستل</translation>
    </message>
    <message>
        <source>Search, page links</source>
        <translation>لټون، د پاڼې تړنې</translation>
    </message>
    <message>
        <source>Next, previous control (leaves a table or a page)</source>
        <translation>راتلونکی، مخکینی کنټرول (له جدول یا پاڼې وځي)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>ټول</translation>
    </message>
    <message>
        <source>Copy the selection or the selected rows, with their sources</source>
        <translation>د ټاکنې یا ټاکل شویو کرښو کاپي، د هغوی له سرچینو سره</translation>
    </message>
    <message>
        <source>Entity page, tables, lists, relation graph</source>
        <translation>د موجودیت پاڼه، جدولونه، لېستونه، د اړیکو ګراف</translation>
    </message>
    <message>
        <source>Next, previous link; Enter opens it</source>
        <translation>راتلونکې، مخکینۍ تړنه؛ Enter یې پرانیزي</translation>
    </message>
    <message>
        <source>Entity page</source>
        <translation>د موجودیت پاڼه</translation>
    </message>
    <message>
        <source>Move between cells</source>
        <translation>د خونو ترمنځ تګ</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>جدولونه</translation>
    </message>
    <message>
        <source>Move to the related entity that way</source>
        <translation>په هغه لوري تړلي موجودیت ته تګ</translation>
    </message>
    <message>
        <source>Relation graph</source>
        <translation>د اړیکو ګراف</translation>
    </message>
    <message>
        <source>Select the centre</source>
        <translation>د مرکز ټاکل</translation>
    </message>
    <message>
        <source>Open the selected entity</source>
        <translation>د ټاکل شوي موجودیت پرانیستل</translation>
    </message>
    <message>
        <source>Pin, expand, collapse the selected entity</source>
        <translation>د ټاکل شوي موجودیت ثابتول، پراخول، راټولول</translation>
    </message>
    <message>
        <source>The selected entity&apos;s menu</source>
        <translation>د ټاکل شوي موجودیت مېنو</translation>
    </message>
    <message>
        <source>Save the link chart</source>
        <translation>د اړیکو چارټ خوندي کول</translation>
    </message>
    <message>
        <source>Clear the selection, then back to the controls</source>
        <translation>ټاکنه پاکول، بیا کنټرولونو ته ستنېدل</translation>
    </message>
    <message>
        <source>Previous, next bar</source>
        <translation>مخکینی، راتلونکی ستون</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>چارټ</translation>
    </message>
    <message>
        <source>First, last bar</source>
        <translation>لومړی، وروستی ستون</translation>
    </message>
    <message>
        <source>List the bar&apos;s incidents</source>
        <translation>د ستون د پېښو لېست</translation>
    </message>
    <message>
        <source>Back to the filters</source>
        <translation>فلټرونو ته ستنېدل</translation>
    </message>
    <message>
        <source>Zoom in, zoom out, show the whole region</source>
        <translation>لوېول، کوچنی کول، د ټولې سیمې ښودل</translation>
    </message>
    <message>
        <source>Show the picture as a table, and back</source>
        <translation>انځور د جدول په توګه ښودل، او بېرته</translation>
    </message>
    <message>
        <source>Graph, chart, map</source>
        <translation>ګراف، چارټ، نقشه</translation>
    </message>
    <message>
        <source>Previous, next mark in time</source>
        <translation>په وخت کې مخکینۍ، راتلونکې نښه</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>د وخت کرښه</translation>
    </message>
    <message>
        <source>The lane above, below (the mark nearest in time)</source>
        <translation>پورته، لاندې لیکه (په وخت کې تر ټولو نږدې نښه)</translation>
    </message>
    <message>
        <source>First, last mark of the lane</source>
        <translation>د لیکې لومړۍ، وروستۍ نښه</translation>
    </message>
    <message>
        <source>Open the marked event</source>
        <translation>د نښه شوې پېښې پرانیستل</translation>
    </message>
    <message>
        <source>Back to the lane selector</source>
        <translation>د لیکو ټاکونکي ته ستنېدل</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>خوځول</translation>
    </message>
    <message>
        <source>Zoom in, zoom out, show everything</source>
        <translation>لوېول، کوچنی کول، د ټولو ښودل</translation>
    </message>
</context>
<context>
    <name>sources</name>
    <message>
        <source>bundled documented incidents</source>
        <translation>د پروګرام سره راغلې مستندې پېښې</translation>
    </message>
    <message>
        <source>imported data set {name}</source>
        <translation>واردې شوې معلوماتي ټولګه {name}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>معلومات نشته</translation>
    </message>
</context>
<context>
    <name>statistics</name>
    <message>
        <source>Published figures count differently from the documented incidents (UN, ACLED, monitoring groups, the brief) and are shown as stated, each with its own period: never added to the documented counts.</source>
        <translation>خپرې شوې شمېرې له مستندو پېښو په بل ډول شمېرل کېږي (ملګري ملتونه، ACLED، د څارنې ډلې، بریف) او لکه څنګه چې ویل شوې، هره یوه له خپلې مودې سره، ښودل کېږي: هېڅکله د مستندو پېښو په شمېر نه ورزیاتېږي.</translation>
    </message>
    <message>
        <source>Coverage caveat: {text}</source>
        <translation>د پوښښ خبرتیا: {text}</translation>
    </message>
    <message>
        <source>; {n} more</source>
        <translation>؛ {n} نور</translation>
    </message>
    <message>
        <source>Published for this scope (1 figure; sources on hover)</source>
        <translation>د دې ساحې لپاره خپاره شوې (1 شمېره؛ سرچینې د نښه‌ګر په نیولو)</translation>
    </message>
    <message>
        <source>Published for this scope ({n} figures; sources on hover)</source>
        <translation>د دې ساحې لپاره خپاره شوې ({n} شمېرې؛ سرچینې د نښه‌ګر په نیولو)</translation>
    </message>
    <message>
        <source>No published figures for this scope</source>
        <translation>د دې ساحې لپاره خپاره شوې شمېرې نشته</translation>
    </message>
    <message>
        <source>; scope: {scope}</source>
        <translation>؛ ساحه: {scope}</translation>
    </message>
    <message>
        <source>. Source: {source}</source>
        <translation>. سرچینه: {source}</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>نه ده ویل شوې</translation>
    </message>
</context>
<context>
    <name>table_export</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV دوتنې (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON دوتنې (*.json)</translation>
    </message>
    <message>
        <source>Save table as CSV…</source>
        <translation>جدول د CSV په توګه خوندي کول…</translation>
    </message>
    <message>
        <source>Save table as JSON…</source>
        <translation>جدول د JSON په توګه خوندي کول…</translation>
    </message>
    <message>
        <source>column {value}</source>
        <translation>ستون {value}</translation>
    </message>
    <message>
        <source>Could not save the table</source>
        <translation>جدول خوندي نه شو</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>&amp;System</source>
        <translation>سیسټم</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>روښانه</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>تیاره</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <source>{first} to {last}</source>
        <translation>له {first} تر {last}</translation>
    </message>
    <message>
        <source>{name}
{when} ({precision} precision)
Lane: {lane}</source>
        <translation>{name}
{when} (دقت: {precision})
لیکه: {lane}</translation>
    </message>
    <message>
        <source>Leadership term</source>
        <translation>د مشرتابه موده</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>اړیکه</translation>
    </message>
    <message>
        <source> (vague)</source>
        <translation> (مبهم)</translation>
    </message>
    <message>
        <source>{count} events in {period}
Lane: {lane}</source>
        <translation>په {period} کې {count} پېښې
لیکه: {lane}</translation>
    </message>
    <message>
        <source>event dated to the day</source>
        <translation>د ورځې په نېټه پېښه</translation>
    </message>
    <message>
        <source>event dated to a month or coarser (spans it)</source>
        <translation>د میاشتې یا پراخې نېټې پېښه (ټوله موده نیسي)</translation>
    </message>
    <message>
        <source>events per month (darker: more)</source>
        <translation>په میاشت کې پېښې (تیاره: ډېرې)</translation>
    </message>
    <message>
        <source>leadership term</source>
        <translation>د مشرتابه موده</translation>
    </message>
    <message>
        <source>relation period</source>
        <translation>د اړیکې موده</translation>
    </message>
    <message>
        <source>no end stated: drawn to the edge</source>
        <translation>پای نه دی ویل شوی: تر څنډې رسم شوی</translation>
    </message>
</context>
<context>
    <name>timeline_keys</name>
    <message>
        <source>Timeline</source>
        <translation>د وخت کرښه</translation>
    </message>
    <message>
        <source>Left and Right move between marks in time, Up and Down between lanes, Home and End go to the first and last mark of the lane, Enter opens the marked event, Escape goes back to the lane selector; Shift+Left and Shift+Right pan, + and - zoom, 0 shows everything.</source>
        <translation>کیڼ او ښي په وخت کې د نښو ترمنځ ځي، پورته او لاندې د لیکو ترمنځ، Home او End د لیکې لومړۍ او وروستۍ نښې ته، Enter نښه شوې پېښه پرانیزي، Escape د لیکو ټاکونکي ته بېرته ځي؛ Shift+کیڼ او Shift+ښي خوځوي، + او - لوېوي او کوچنی کوي، 0 ټول ښيي.</translation>
    </message>
</context>
<context>
    <name>timeline_view</name>
    <message>
        <source>lanes: province</source>
        <translation>لیکې: ولایت</translation>
    </message>
    <message>
        <source>lanes: actor</source>
        <translation>لیکې: عامل</translation>
    </message>
    <message>
        <source>lanes: attack type</source>
        <translation>لیکې: د برید ډول</translation>
    </message>
</context>
<context>
    <name>tree_model</name>
    <message>
        <source>Groups</source>
        <translation>ډلې</translation>
    </message>
    <message>
        <source>People</source>
        <translation>کسان</translation>
    </message>
    <message>
        <source>States</source>
        <translation>دولتونه</translation>
    </message>
    <message>
        <source>Governments</source>
        <translation>حکومتونه</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>هېوادونه</translation>
    </message>
    <message>
        <source>Historical regions</source>
        <translation>تاریخي سیمې</translation>
    </message>
    <message>
        <source>Macro-regions</source>
        <translation>لویې سیمې</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>ساحې</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>بریف</translation>
    </message>
    <message>
        <source>Data sets</source>
        <translation>معلوماتي ټولګې</translation>
    </message>
    <message>
        <source>Cited pages</source>
        <translation>یادې شوې پاڼې</translation>
    </message>
    <message>
        <source>Sources of names</source>
        <translation>د نومونو سرچینې</translation>
    </message>
    <message>
        <source>January</source>
        <translation>جنوري</translation>
    </message>
    <message>
        <source>February</source>
        <translation>فبروري</translation>
    </message>
    <message>
        <source>March</source>
        <translation>مارچ</translation>
    </message>
    <message>
        <source>April</source>
        <translation>اپرېل</translation>
    </message>
    <message>
        <source>May</source>
        <translation>مې</translation>
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
        <translation>اګست</translation>
    </message>
    <message>
        <source>September</source>
        <translation>سېپټمبر</translation>
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
        <translation>ډسمبر</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>عاملان</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>سیمې</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>پېښې</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>سرچینې</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>بې نېټې</translation>
    </message>
    <message>
        <source>Month unknown</source>
        <translation>میاشت نامعلومه</translation>
    </message>
</context>
</TS>
