CREATE TABLE `site_publications` (
	`edition_id` integer NOT NULL,
	`target` text NOT NULL,
	`location` text DEFAULT '' NOT NULL,
	`version` integer NOT NULL,
	`state` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`error` text,
	`published_version` integer,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	PRIMARY KEY(`edition_id`, `target`),
	FOREIGN KEY (`edition_id`) REFERENCES `editions`(`id`) ON UPDATE no action ON DELETE cascade
);
