CREATE TABLE `walking_minutes` (
	`edition_id` integer NOT NULL,
	`from_venue_id` integer NOT NULL,
	`to_venue_id` integer NOT NULL,
	`minutes` integer NOT NULL,
	PRIMARY KEY(`edition_id`, `from_venue_id`, `to_venue_id`),
	FOREIGN KEY (`edition_id`) REFERENCES `editions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`from_venue_id`) REFERENCES `venues`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`to_venue_id`) REFERENCES `venues`(`id`) ON UPDATE no action ON DELETE cascade
);
