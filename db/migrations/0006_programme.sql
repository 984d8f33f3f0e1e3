CREATE TABLE `people` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`role` text,
	`internal_notes` text,
	`availability` text DEFAULT '[]' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `people_name_idx` ON `people` (`name`);--> statement-breakpoint
CREATE TABLE `screening_guests` (
	`screening_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`role` text,
	`position` integer NOT NULL,
	PRIMARY KEY(`screening_id`, `person_id`),
	FOREIGN KEY (`screening_id`) REFERENCES `screenings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `screening_guests_person_idx` ON `screening_guests` (`person_id`);--> statement-breakpoint
ALTER TABLE `editions` ADD `accent_color` text;--> statement-breakpoint
ALTER TABLE `editions` ADD `logo` text;--> statement-breakpoint
ALTER TABLE `films` ADD `rating` text;--> statement-breakpoint
ALTER TABLE `films` ADD `section` text;--> statement-breakpoint
ALTER TABLE `films` ADD `image` text;--> statement-breakpoint
ALTER TABLE `releases` ADD `kind` text DEFAULT 'schedule' NOT NULL;--> statement-breakpoint
ALTER TABLE `screenings` ADD `title` text;--> statement-breakpoint
ALTER TABLE `screenings` ADD `description` text;--> statement-breakpoint
ALTER TABLE `screenings` ADD `languages` text;--> statement-breakpoint
ALTER TABLE `screenings` ADD `subtitles` text;--> statement-breakpoint
ALTER TABLE `screenings` ADD `accessibility` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `screenings` ADD `format` text;--> statement-breakpoint
ALTER TABLE `screenings` ADD `internal_notes` text;--> statement-breakpoint
ALTER TABLE `screenings` ADD `ticket_url` text;--> statement-breakpoint
ALTER TABLE `screenings` ADD `availability` text;--> statement-breakpoint
ALTER TABLE `venues` ADD `step_free` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `venues` ADD `doors_minutes` integer DEFAULT 15 NOT NULL;