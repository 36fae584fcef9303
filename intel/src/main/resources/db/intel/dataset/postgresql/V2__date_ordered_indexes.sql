-- Equality on a field, newest first, is the common search: with the date after the field in
-- the index, such a page reads its rows in order and stops at its limit instead of sorting
-- every match. The attacker index also holds everything the per-day attacker counts read.
-- Each replaces the (field, id) index, whose lookups by field it serves as well.

CREATE INDEX events_attacker_date ON events (attacker, date_ms, id);
CREATE INDEX events_category_date ON events (category, date_ms, id);
CREATE INDEX events_target_country_date ON events (target_country, date_ms, id);
CREATE INDEX events_target_industry_date ON events (target_industry, date_ms, id);

DROP INDEX events_attacker;
DROP INDEX events_category;
DROP INDEX events_target_country;
DROP INDEX events_target_industry;
