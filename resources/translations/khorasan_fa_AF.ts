<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_AF" sourcelanguage="en">
<context>
    <name>AllRelationsView</name>
    <message>
        <source>All relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relations (all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading relations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} relations · double-click a name to open it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarKeys</name>
    <message>
        <source>{chart}: {imprecise} with a date too imprecise for a {by}, bar {bar} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bar {bar} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowseTreeModel</name>
    <message>
        <source>Browse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Bars per</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack bars by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stack: country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stack: province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attack counts chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events in the chosen bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events in bin {bin} of chart ({scope})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published figures ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage caveat: {caveat}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&apos;color:{warning}&apos;&gt;Coverage caveat: {text}&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and {n} imported events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a bar to list its incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents in the selected bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Counting…&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a bar (or Left/Right and Enter on the chart) to list its incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Published figures for this scope. ◆ = drawn on the chart (counts only, at their own stated period; ▲ = above the top of the chart). They often far exceed the documented sample.&lt;/p&gt;&lt;ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {imprecise} more with a date too imprecise for a {by} (grey bar, not guessed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (more in the tooltip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Events per {by}&lt;/b&gt; ({scope}): {total} in all{imprecise}. Counted: {counted}.{caveat}{licences}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates too imprecise for this bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing incidents in {label}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} documented incidents{extra} in {label} (double-click to open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}
{date} · {place}
deaths: {deaths} ({attack_type})
From an imported data set; see its licence in Help &gt; About.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attack counts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release: {release}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution: {attribution}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: {source_file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: {imported_at}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetsPanel</name>
    <message>
        <source>Imported data sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data sets imported yet. UCDP GED and ACLED CSV files can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a UCDP GED or ACLED CSV file into your own data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected data set from your own data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the data set {name!r} ({row_count:,} events) from your data?

This cannot be undone; you can import the file again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message>
        <source>Entity page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations, events and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations (…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events linked to {entity_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events (…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported events for {entity_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported events ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes on this entry. Saved automatically in your own data folder; never in the reference database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: {read_only}; notes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes ✎</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note not saved: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khorasan Desktop report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, team or organisation (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at the top and bottom of every page. TLP 2.0 labels or a classification marking; free text is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per long table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long tables print this many rows and say how many there are; the CSV and JSON exports always hold every row. 0 prints every row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages: not counted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views and items, in this order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages: choose at least one view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages: counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages: {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages: could not count ({message})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not written.

{message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attack type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear brushed dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates: {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribution: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Khorasan Desktop user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide is missing from this installation: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide sections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UCDP GED or ACLED CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data set name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported events are kept under this name in your own data. Importing again under the same name updates the data set in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source name or rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our actor id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map another source actor name (or a &apos;re:&apos; pattern) to our actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit an actor id to map a source actor to another reference actor; clear it to keep the source&apos;s name. &apos;NAME @ COUNTRY&apos; applies in that country only; &apos;re:&apos; starts a pattern. Other actors keep their source names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import report appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recognised: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, release {release}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} · licence: {licence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {shown} rows of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first {shown} rows of the file; the import reads all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (The first columns, as the format is not recognised.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor mapping: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A default rule; change or clear its actor id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An actor id (or name) from the reference; empty: keep the source name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an actor in the reference: {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no source name: rule ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key!r} appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(kept as in source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the actor mapping before importing: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (and {value} more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {value} data set named {name!r} exists ({row_count} events): importing updates it in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {kind} data set has this name; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {name} as {dataset!r}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data folder cannot be opened this session, so imports cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a UCDP GED or ACLED CSV file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data set needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {file}… {done} of {total} read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verb} {row_count} events as {dataset!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {skipped} bad rows skipped (see the report).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.

{message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed; your data is unchanged (see the report).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported, your data is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvestigationsDialog</name>
    <message>
        <source>Export investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No investigation is saved yet: Investigations &gt; Save investigation (Ctrl+Shift+I) keeps the open tabs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the selected investigation to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabs of the selected investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved {saved_at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabs: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Graph key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegendFilter</name>
    <message>
        <source>Legend filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncheck a relation group or an entity kind to hide it (Space toggles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: uncheck to hide (Space toggles)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkChartsDialog</name>
    <message>
        <source>Open link chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chart is saved yet: use “Save chart…” on a relation graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved {saved_at}; {pinned} pinned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkKeys</name>
    <message>
        <source>Link {text}: {said}. {help}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Khorasan Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the reference data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khorasan Desktop cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search and browse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported data sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>🔒 Read-only: notes and bookmarks cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Notes and bookmarks are not being saved (see Help &gt; About)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes and bookmarks are not being saved: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}

Khorasan Desktop keeps working, but notes, bookmarks and history from this session are kept in memory only. Nothing in the data folder was changed or deleted. File &gt; Restore backup… puts a backup back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bookmark this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the current view, or a selection of open views, to a PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export STIX 2.1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reference data as a STIX 2.1 bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import STIX 2.1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a STIX bundle into your own data (never into the reference data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;data set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a UCDP GED or ACLED CSV file into your own data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation &amp;graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;link chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen a relation graph saved by name (entities, pins, positions, filters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attack &amp;counts chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;relations (table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install data &amp;update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install a reference-data update from a file; your notes and imports are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back a backup of your notes, bookmarks and imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust a publisher &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a publisher&apos;s public key, so that data updates signed with it install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every keyboard shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save investigation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the open tabs (their filters, layouts and scroll positions) under a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open investigation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen a saved investigation&apos;s tabs in place of the open ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export investigation to PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One PDF report of every view of a saved investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Khorasan Desktop</source>
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
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-to-&amp;left layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror the window: panes, tables and filter rows run right to left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dari and Pashto are always laid out right to left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{theme} colours (reports stay light)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Investigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khorasan Desktop will be shown in {language} when it starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data {data_version} · as of {as_of} · Offline: no network connection is ever made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; not in the data any more: {missing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved link chart named {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark removed: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarked: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is no longer in the reference data; your note on it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data set imported: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install data update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the reference-data update {name}?

It is checked before anything changes; your notes, bookmarks and imports are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved: {path} ({pages} pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Khorasan Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a page first: an investigation saves tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the investigation (its tabs, filters, layouts and scroll positions):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the saved investigation “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigation saved: {investigation_name} ({count} tabs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved investigation named {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigation opened: {name}{note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” has no view a report can print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export investigation to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigation {name} saved as {path} ({pages} pages)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Map caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Afghanistan and Pakistan (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents of the clicked cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{scope} — could not load the map: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{scope} — Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{scope} — no incidents match this filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{points} with coordinates at the places shown (showing the {places:,} busiest of {places_total:,} places).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{points} with coordinates ({places} places).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{scope} — {total} with a mapped province ({provinces} provinces), {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Counted: {text}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the {count} incidents of this cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the newest {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at {places} places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at this place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} incidents{where}{more}; Enter or double-click opens one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackActions</name>
    <message>
        <source>Install data update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khorasan Desktop data pack (*.zip *.kdpack);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data update checked: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust a publisher key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key (*.pem *.pub);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the key in {name}?

Fingerprint:
{fp}

Compare it with the fingerprint the publisher gave you by another way (in person, by phone). Packs signed with this key will install on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted key {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted key {fingerprint}.
Kept in {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationGraphView</name>
    <message>
        <source>Relation graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many relation steps away from the centre to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the relations that held in this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore dates and show every relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only relations with a citation whose source is graded this or better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cited source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only relations cited by this source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find entity in the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in graph…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, Enter selects and centres it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest path to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name an entity (in the graph or not), Enter shows the shortest path to it from the centre over the relations the filters keep; empty clears it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay out again (keeps pinned entities)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place every entity that is not pinned afresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save link chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart by name (entities, pins, positions, filters) in your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;rade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legend (click to hide or show):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the relations: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found {name}. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entity in the graph matches {name!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nowhere to save the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khorasan Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the chart as “{strip}” (File &gt; Open link chart).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand {name}&apos;s neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse {name}&apos;s neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest path from the centre to here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre the graph here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open its page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations: {entity}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationsTable</name>
    <message>
        <source>Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All relation types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of {y}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationsTableModel</name>
    <message>
        <source>Brief, {citation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (vague in the source)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of your notes, bookmarks and imports, newest first (in {folder}). Restoring one replaces your data with it; the file in use now is kept beside it, never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet in {folder}. One is made before every import and once a day when you save something.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedListDialog</name>
    <message>
        <source>item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {whats}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Saved {whats} (newest first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} the selected {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khorasan Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>investigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link charts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search actors, regions, events…  (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries the search may mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{strip}” may mean:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceSelector</name>
    <message>
        <source>Data counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which event data are counted: the bundled sample or imported data sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled documented incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: {name} ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All imported {kind} data sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled + all imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StixActions</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no marking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export STIX 2.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLP marking for the bundle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STIX bundle (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the STIX bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was not written.

{m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import STIX 2.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STIX bundle (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the STIX bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {name} into your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.

{m}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switch</name>
    <message>
        <source>Show the {what} as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} as a table a screen reader can read (Alt+T)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Brush dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brush a date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a range to drag over the timeline; its dates become the date filter of the chart and the map in this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brushed from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brushed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag or Left/Right to pan, wheel or +/- to zoom, 0 to show all; click an event to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an event to open it; hover for its dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events of the timeline ({scope})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt; ({text}): {events} dated events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {n} of {bars_total} dated relations drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.&lt;br&gt;&lt;span style=&apos;color:{warning}&apos;&gt;Coverage caveat: {text}&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> from {value} to {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the first {n} of {total} by date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Loading the timeline…&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {undated} without a date, not drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; more than {MARK_LIMIT} marks, so drawn as counts per lane and month (brush or narrow the filters to see each event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {lanes_total} lanes, the busiest shown, the rest as &apos;other&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} events{where}{more}; Enter or double-click opens one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brushed {first} to {last}: the chart and the map of this window filter on it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Legend</name>
    <message>
        <source>Timeline legend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_MapGraphicsView</name>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>a11y</name>
    <message>
        <source>{control}: choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{area} (contents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrolled area</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>&lt;b&gt;Licences.&lt;/b&gt; The licence file is missing: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Licences&lt;/b&gt; (full texts: Show Details, or {file} in the installation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface is also available in Dari and Pashto (View &gt; Language); those translations await review by native speakers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This translation of the interface awaits review by native speakers; names, sources and quotations stay as the sources give them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline reference on ISIS-K and the militant landscape of Afghanistan and its neighbours. Reference data {data_version}, as of {as_of}. This program never opens a network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running on {runtime}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Keys.&lt;/b&gt; Ctrl+K or Ctrl+F search · Enter opens the top hit · Ctrl+click opens in a new tab · Alt+Left/Right back/forward · Ctrl+W close tab · Ctrl+D bookmark · Ctrl+G relation graph · Ctrl+Shift+C chart · Ctrl+M map · F1 user guide.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Khorasan Desktop cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backup_dialog</name>
    <message>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your notes, bookmarks and imports with the backup of {made:%Y-%m-%d %H:%M}?

What you changed since then is not in it; the current file is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

The file it replaced is kept as {aside}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {name}.{kept}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chart_keys</name>
    <message>
        <source>Attack counts chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left and Right move between bars, Home and End go to the first and last, Enter lists the bar&apos;s incidents below, Escape goes back to the filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>copy_cite</name>
    <message>
        <source>Copy with source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>events_model</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>graph_keys</name>
    <message>
        <source>Relation graph, {n} entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys move between related entities, Home goes to the centre, Enter opens the selected entity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, centre of the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation graph: {name}, {kind}{centre}, {n} relations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>import_dialog</name>
    <message>
        <source>the file cannot be read ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8 CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a ZIP or Excel file; unpack it or export it as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start of the file is not CSV ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first line is empty; a CSV file starts with its column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header is neither UCDP GED nor ACLED ({lacks}); it starts with {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>investigations</name>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>item_tables</name>
    <message>
        <source>Show as &amp;table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation graph as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date too imprecise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attack counts chart as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documented incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map as a table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>page_keys</name>
    <message>
        <source>Tab leaves the page; Ctrl+Down and Ctrl+Up go to the next and previous link, Enter opens it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Note saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event {ext_id} of the imported data set {dataset}: imported events have no page; see them in the chart&apos;s bin list or an entity page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No page shows {kind}:{key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity page: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation graph: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, path to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (saved chart “{value}”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts chart: {scope}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events table: {scope}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map: {scope}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relation_graph</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undated (dashed, lighter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre of the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an entity to open it, double-click to centre on it; drag an entity to pin it there, drag the background to pan, wheel to zoom. Arrows follow the relations (Home: centre); keys on the selected entity: P pin/unpin, E expand, C collapse, Enter open, Menu for more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relations_model</name>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>result_model</name>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>search_panel</name>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lead} for “{text}”. Did you mean {either}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… {text} not shown: type more to narrow the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search (the search field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark the page (again to remove)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation graph of the page&apos;s entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved link chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attack counts chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline (from an entity page: of that entity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the open tabs as an investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a saved investigation to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list of keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the top hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in a new tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search, page links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next, previous control (leaves a table or a page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selection or the selected rows, with their sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity page, tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next, previous link; Enter opens it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the related entity that way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin, expand, collapse the selected entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected entity&apos;s menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the link chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the selection, then back to the controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous, next bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First, last bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the bar&apos;s incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in, zoom out, show the whole region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the picture as a table, and back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph, chart, map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>table_export</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save table as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save table as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>timeline_view</name>
    <message>
        <source>lanes: province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lanes: actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lanes: attack type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
