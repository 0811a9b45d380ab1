-- Otklik feedback store, schema 2: the appeal's own words (spec/formats.md §3, column text), kept
-- exactly as given; NULL when the appeal has none. Internal: the text may hold personal data and is
-- only ever read by text analysis (masked before any of it leaves the library).

ALTER TABLE appeals ADD COLUMN text TEXT;
