"""Schema of the reference database (see ARCHITECTURE.md section 2)."""

from __future__ import annotations

REFERENCE_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE entities (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('actor', 'region', 'event', 'source')),
    subtype TEXT,
    name TEXT NOT NULL,
    summary TEXT,
    vague INTEGER NOT NULL DEFAULT 0,
    vague_note TEXT,
    weight INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entities_kind ON entities (kind, name);

CREATE TABLE actors (
    entity_id TEXT PRIMARY KEY REFERENCES entities (id),
    type TEXT NOT NULL,
    founded TEXT,
    strength TEXT,
    ucdp_actor_id INTEGER
);

CREATE TABLE regions (
    entity_id TEXT PRIMARY KEY REFERENCES entities (id),
    type TEXT NOT NULL,
    parent_id TEXT REFERENCES entities (id),
    iso_code TEXT,
    geometry_key TEXT,
    ne_name TEXT,
    latitude REAL,
    longitude REAL
);
CREATE INDEX regions_parent ON regions (parent_id);

CREATE TABLE region_members (
    region_id TEXT NOT NULL REFERENCES entities (id),
    member_id TEXT NOT NULL REFERENCES entities (id),
    PRIMARY KEY (region_id, member_id)
);

CREATE TABLE events (
    entity_id TEXT PRIMARY KEY REFERENCES entities (id),
    type TEXT,
    is_incident INTEGER NOT NULL DEFAULT 0,
    date_text TEXT,
    date_start TEXT,
    date_end TEXT,
    date_precision TEXT NOT NULL,
    country_id TEXT REFERENCES entities (id),
    province_id TEXT REFERENCES entities (id),
    place TEXT,
    latitude REAL,
    longitude REAL,
    coord_precision TEXT,
    deaths_low INTEGER,
    deaths_best INTEGER,
    deaths_high INTEGER,
    injuries INTEGER,
    attack_type TEXT,
    target TEXT,
    attribution TEXT CHECK (attribution IN ('claimed', 'attributed', 'disputed')),
    perpetrator_text TEXT,
    original TEXT,  -- JSON: the source row's values a correction replaced
    correction_reason TEXT  -- why (corrections.yaml), shown beside the corrected values
);
-- Covering indexes for counts: equality columns first, then the dates in the order the
-- counts query groups by, so SQLite reads the index alone and needs no sort.
CREATE INDEX events_incident_date
    ON events (is_incident, date_start, date_end, date_precision, attribution);
CREATE INDEX events_country_date
    ON events (country_id, is_incident, date_start, date_end, date_precision, attribution);
CREATE INDEX events_province_date
    ON events (province_id, is_incident, date_start, date_end, date_precision, attribution);

-- The event columns after `role` are copied from events by derive() so that counts for
-- an actor read one index instead of one events lookup per linked event.
CREATE TABLE event_actors (
    event_id TEXT NOT NULL REFERENCES entities (id),
    actor_id TEXT NOT NULL REFERENCES entities (id),
    role TEXT NOT NULL,
    is_incident INTEGER NOT NULL DEFAULT 0,
    date_start TEXT,
    date_end TEXT,
    date_precision TEXT,
    attribution TEXT,
    country_id TEXT,
    province_id TEXT,
    PRIMARY KEY (event_id, actor_id, role)
);
CREATE INDEX event_actors_actor ON event_actors (actor_id, event_id);
CREATE INDEX event_actors_counts
    ON event_actors (actor_id, is_incident, date_start, date_end, date_precision, attribution);

CREATE TABLE event_regions (
    event_id TEXT NOT NULL REFERENCES entities (id),
    region_id TEXT NOT NULL REFERENCES entities (id),
    PRIMARY KEY (event_id, region_id)
);
CREATE INDEX event_regions_region ON event_regions (region_id);

CREATE TABLE aliases (
    id INTEGER PRIMARY KEY,
    entity_id TEXT NOT NULL REFERENCES entities (id),
    alias TEXT NOT NULL,
    script TEXT,
    language TEXT,
    kind TEXT
);
CREATE INDEX aliases_entity ON aliases (entity_id);

CREATE TABLE relations (
    id TEXT PRIMARY KEY,
    source_id TEXT NOT NULL REFERENCES entities (id),
    target_id TEXT NOT NULL REFERENCES entities (id),
    type TEXT NOT NULL,
    start TEXT,
    "end" TEXT,
    summary TEXT,
    vague INTEGER NOT NULL DEFAULT 0
);
-- Both ends and the id in each index: the graph's first query (every relation of the
-- busiest actor, 10,042 at a million events) reads the indexes alone, not the table.
CREATE INDEX relations_source ON relations (source_id, target_id, id);
CREATE INDEX relations_target ON relations (target_id, source_id, id);

CREATE TABLE sources (
    entity_id TEXT PRIMARY KEY REFERENCES entities (id),
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    author TEXT,
    publisher TEXT,
    date_text TEXT,
    url TEXT,
    licence TEXT,
    reliability TEXT CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
    reliability_note TEXT,
    attribution TEXT
);

CREATE TABLE citations (
    id INTEGER PRIMARY KEY,
    subject_type TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    source_id TEXT NOT NULL REFERENCES entities (id),
    locator TEXT NOT NULL,
    credibility INTEGER CHECK (credibility BETWEEN 1 AND 6),
    note TEXT
);
CREATE INDEX citations_subject ON citations (subject_type, subject_id);
CREATE INDEX citations_source ON citations (source_id);

CREATE TABLE facts (
    id TEXT PRIMARY KEY,
    entity_id TEXT NOT NULL REFERENCES entities (id),
    statement TEXT NOT NULL,
    value_text TEXT
);
CREATE INDEX facts_entity ON facts (entity_id);

CREATE TABLE statistics (
    id TEXT PRIMARY KEY,
    series TEXT NOT NULL,
    kind TEXT NOT NULL,  -- point | period | cumulative | rate | change (build.statistic_kind)
    period_text TEXT,
    period_start TEXT,
    period_end TEXT,
    value REAL,
    value_text TEXT NOT NULL,
    unit TEXT,
    scope TEXT,
    scope_region_id TEXT REFERENCES entities (id),
    subject_id TEXT REFERENCES entities (id),
    note TEXT
);

CREATE TABLE judgements (
    id TEXT PRIMARY KEY,
    subject_id TEXT NOT NULL REFERENCES entities (id),
    statement TEXT NOT NULL,
    likelihood TEXT NOT NULL,
    horizon TEXT
);
CREATE INDEX judgements_subject ON judgements (subject_id);

CREATE TABLE paragraphs (
    source_id TEXT NOT NULL REFERENCES entities (id),
    number INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (source_id, number)
);

CREATE TABLE vague_mentions (
    id INTEGER PRIMARY KEY,
    source_id TEXT NOT NULL REFERENCES entities (id),
    paragraph INTEGER NOT NULL,
    text TEXT NOT NULL,
    note TEXT
);

-- Every searchable name: primary names and aliases, normalised two ways.
CREATE TABLE names (
    id INTEGER PRIMARY KEY,
    entity_id TEXT NOT NULL REFERENCES entities (id),
    name TEXT NOT NULL,
    is_alias INTEGER NOT NULL,
    norm TEXT NOT NULL,
    compact TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT ''  -- copied from entities by derive(): kind-filtered scans
);
CREATE INDEX names_norm ON names (norm);
CREATE INDEX names_compact ON names (compact);
CREATE INDEX names_kind_norm ON names (kind, norm);
CREATE INDEX names_kind_compact ON names (kind, compact);

-- Full-text index; rowid = entities.rowid. Text is normalised before it is stored.
-- Summaries kept by derive() so the browse tree and the filter lists never scan events.
CREATE TABLE summary_counts (
    key TEXT NOT NULL,   -- 'kind', 'event-year', 'event-month:<year>'
    value TEXT NOT NULL, -- the kind, the year, or the month ('01'..'12', 'year' = unknown)
    n INTEGER NOT NULL,
    PRIMARY KEY (key, value)
);
CREATE TABLE incident_facets (
    facet TEXT NOT NULL,  -- actor, country, province, attack_type, target
    value TEXT NOT NULL,  -- entity id or the text value
    label TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (facet, value)
);
-- Incidents per date (and per date and country): what a chart counts when no actor,
-- province, attack type or target narrows it. At a million events these hold about 14,000
-- and 240,000 rows (date, precision and attribution; and by country): they answer the
-- chart as it opens, and the chart stacked by country, without reading every incident
-- (see Reference.count_table).
CREATE TABLE incident_date_counts (
    is_incident INTEGER NOT NULL DEFAULT 1,  -- always 1: the incident filter reads alike
    date_start TEXT,
    date_end TEXT,
    date_precision TEXT,
    attribution TEXT,
    n INTEGER NOT NULL
);
CREATE INDEX incident_date_counts_date ON incident_date_counts
    (is_incident, date_start, date_end, date_precision, attribution, n);
CREATE TABLE incident_country_date_counts (
    country_id TEXT,
    is_incident INTEGER NOT NULL DEFAULT 1,
    date_start TEXT,
    date_end TEXT,
    date_precision TEXT,
    attribution TEXT,
    n INTEGER NOT NULL
);
CREATE INDEX incident_country_date_counts_date ON incident_country_date_counts
    (country_id, is_incident, date_start, date_end, date_precision, attribution, n);
-- Covering index for the map's places: grouped by coordinates in index order (date
-- filters read from the index too), and each place's newest incidents found without
-- reading the table.
CREATE INDEX events_coords
    ON events (is_incident, latitude, longitude, coord_precision, date_start, date_end);
CREATE INDEX events_date ON events (date_start, date_precision);
-- Incidents per cell of the map's grid at its coarser sizes (STORED_CELLS, degrees): the
-- map as it opens (no filter) reads these few thousand rows instead of grouping every
-- incident (at a million, 2-3 s of sorting). Cells as browse.CELL_ROW / CELL_COL number
-- them; latitude/longitude are the mean; first_id is the smallest event id (the event of
-- a one-incident cell). Filled by DERIVE.
CREATE TABLE incident_cells (
    cell REAL NOT NULL,
    row INTEGER NOT NULL,
    col INTEGER NOT NULL,
    n INTEGER NOT NULL,
    exact INTEGER NOT NULL,
    latitude REAL NOT NULL,
    longitude REAL NOT NULL,
    south REAL NOT NULL,
    west REAL NOT NULL,
    north REAL NOT NULL,
    east REAL NOT NULL,
    first_id TEXT NOT NULL,
    latest TEXT,
    PRIMARY KEY (cell, row, col)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE search_fts USING fts5 (
    kind, names, summary, place,
    content = '',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '3'
);

-- Trigrams of the compact names and aliases of actors and regions (not events or sources:
-- a million event names would make every typo lookup rank a hundred thousand rows, and
-- long titles match any typo somewhere). Typo-tolerant search takes its candidates
-- here; rowid = names.id. Filled by DERIVE.
CREATE VIRTUAL TABLE names_trigram USING fts5 (
    compact,
    content = '',
    tokenize = 'trigram'  -- detail 'full': bm25 needs each trigram's count to rank
);
"""

# Denormalised copies filled after the base rows are inserted (build and benchmarks).
STORED_CELLS = (4.0, 2.0, 1.0, 0.5, 0.25, 0.125)  # grid sizes incident_cells holds

DERIVE = """
UPDATE names SET kind = (SELECT e.kind FROM entities e WHERE e.id = names.entity_id);
INSERT INTO names_trigram (rowid, compact)
    SELECT id, compact FROM names WHERE kind IN ('actor', 'region') AND length(compact) >= 3;
UPDATE event_actors SET (is_incident, date_start, date_end, date_precision, attribution,
        country_id, province_id) =
    (SELECT v.is_incident, v.date_start, v.date_end, v.date_precision, v.attribution,
            v.country_id, v.province_id
     FROM events v WHERE v.entity_id = event_actors.event_id);
INSERT INTO summary_counts SELECT 'kind', kind, count(*) FROM entities GROUP BY kind;
INSERT INTO summary_counts SELECT 'event-year', substr(date_start, 1, 4), count(*)
    FROM events WHERE date_start IS NOT NULL GROUP BY 2;
INSERT INTO summary_counts SELECT 'event-year', 'undated', count(*)
    FROM events WHERE date_start IS NULL HAVING count(*) > 0;
INSERT INTO summary_counts
    SELECT 'event-month:' || substr(date_start, 1, 4),
           CASE WHEN date_precision IN ('day', 'month') THEN substr(date_start, 6, 2)
                ELSE 'year' END, count(*)
    FROM events WHERE date_start IS NOT NULL GROUP BY 1, 2;
INSERT INTO incident_country_date_counts
    SELECT country_id, 1, date_start, date_end, date_precision, attribution, count(*)
    FROM events WHERE is_incident = 1
    GROUP BY country_id, date_start, date_end, date_precision, attribution;
INSERT INTO incident_date_counts
    SELECT 1, date_start, date_end, date_precision, attribution, sum(n)
    FROM incident_country_date_counts GROUP BY date_start, date_end, date_precision, attribution;
INSERT INTO incident_cells
    SELECT s.cell, CAST((v.latitude + 90.0) / s.cell AS INTEGER) AS row,
           CAST((v.longitude + 180.0) / s.cell AS INTEGER) AS col, count(*),
           max(v.coord_precision IS 'exact'), avg(v.latitude), avg(v.longitude),
           min(v.latitude), min(v.longitude), max(v.latitude), max(v.longitude),
           min(v.entity_id), max(v.date_start)
    FROM events v, (STORED_CELL_SIZES) s
    WHERE v.is_incident = 1 AND v.latitude IS NOT NULL AND v.longitude IS NOT NULL
    GROUP BY s.cell, row, col;
INSERT INTO incident_facets
    SELECT 'actor', a.actor_id, e.name, count(*) FROM event_actors a
    JOIN entities e ON e.id = a.actor_id WHERE a.is_incident = 1 GROUP BY a.actor_id;
INSERT INTO incident_facets
    SELECT 'country', v.country_id, e.name, count(*) FROM events v
    JOIN entities e ON e.id = v.country_id WHERE v.is_incident = 1 GROUP BY v.country_id;
INSERT INTO incident_facets
    SELECT 'province', v.province_id, e.name || ' (' || c.name || ')', count(*) FROM events v
    JOIN entities e ON e.id = v.province_id JOIN entities c ON c.id = v.country_id
    WHERE v.is_incident = 1 GROUP BY v.province_id;
INSERT INTO incident_facets
    SELECT 'attack_type', attack_type, attack_type, count(*) FROM events
    WHERE is_incident = 1 AND attack_type IS NOT NULL GROUP BY attack_type;
INSERT INTO incident_facets
    SELECT 'target', target, target, count(*) FROM events
    WHERE is_incident = 1 AND target IS NOT NULL GROUP BY target;
""".replace("STORED_CELL_SIZES", " UNION ALL ".join(f"SELECT {c!r} AS cell" for c in STORED_CELLS))
