-- The last rollup batch that added counts to a wave. A wave's roll_* rows
-- change only when a batch adds to them, so (wave, batch) names one state
-- of its figures: chorus-insights keeps the figures it has read per wave
-- and reads them again only when this number moves (docs/insights.md).
-- It says no more than rollup_batch already does (docs/anonymity.md).
ALTER TABLE roll_wave ADD COLUMN batch INT UNSIGNED NOT NULL DEFAULT 0;
