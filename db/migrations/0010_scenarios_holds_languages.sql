CREATE TABLE `scenarios` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`edition_id` integer NOT NULL,
	`name` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`edition_id`) REFERENCES `editions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `scenarios_edition_idx` ON `scenarios` (`edition_id`);--> statement-breakpoint
ALTER TABLE `editions` ADD `locales` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `editions` ADD `default_locale` text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE `editions` ADD `embed_origins` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `editions` ADD `translations` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `films` ADD `translations` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `screenings` ADD `scenario_id` integer REFERENCES scenarios(id) ON DELETE cascade;--> statement-breakpoint
ALTER TABLE `screenings` ADD `translations` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
CREATE INDEX `screenings_scenario_idx` ON `screenings` (`scenario_id`);--> statement-breakpoint
ALTER TABLE `slots` ADD `scenario_id` integer REFERENCES scenarios(id) ON DELETE cascade;--> statement-breakpoint
ALTER TABLE `slots` ADD `hold_note` text;--> statement-breakpoint
CREATE INDEX `slots_scenario_idx` ON `slots` (`scenario_id`);--> statement-breakpoint
ALTER TABLE `venues` ADD `translations` text DEFAULT '{}' NOT NULL;