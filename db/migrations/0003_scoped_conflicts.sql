DROP INDEX `slots_venue_idx`;--> statement-breakpoint
CREATE INDEX `slots_venue_start_idx` ON `slots` (`venue_id`,`starts_at`);--> statement-breakpoint
ALTER TABLE `editions` ADD `lineup_version` integer DEFAULT 0 NOT NULL;