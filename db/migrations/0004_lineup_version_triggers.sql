-- The edition's lineup version grows with every change the conflict rules read, in the writing
-- transaction itself, whoever writes (services, bulk loads, imports, CLIs): the whole-edition
-- analysis is cached per (edition, lineup_version). Recursive triggers are off (SQLite's default).
CREATE TRIGGER `slots_lineup_insert` AFTER INSERT ON `slots` BEGIN UPDATE `editions` SET `lineup_version` = `lineup_version` + 1 WHERE `id` = NEW.`edition_id`; END;
--> statement-breakpoint
CREATE TRIGGER `slots_lineup_update` AFTER UPDATE ON `slots` BEGIN UPDATE `editions` SET `lineup_version` = `lineup_version` + 1 WHERE `id` IN (OLD.`edition_id`, NEW.`edition_id`); END;
--> statement-breakpoint
CREATE TRIGGER `slots_lineup_delete` AFTER DELETE ON `slots` BEGIN UPDATE `editions` SET `lineup_version` = `lineup_version` + 1 WHERE `id` = OLD.`edition_id`; END;
--> statement-breakpoint
CREATE TRIGGER `screenings_lineup_insert` AFTER INSERT ON `screenings` BEGIN UPDATE `editions` SET `lineup_version` = `lineup_version` + 1 WHERE `id` = NEW.`edition_id`; END;
--> statement-breakpoint
CREATE TRIGGER `screenings_lineup_update` AFTER UPDATE ON `screenings` BEGIN UPDATE `editions` SET `lineup_version` = `lineup_version` + 1 WHERE `id` IN (OLD.`edition_id`, NEW.`edition_id`); END;
--> statement-breakpoint
CREATE TRIGGER `screenings_lineup_delete` AFTER DELETE ON `screenings` BEGIN UPDATE `editions` SET `lineup_version` = `lineup_version` + 1 WHERE `id` = OLD.`edition_id`; END;
--> statement-breakpoint
CREATE TRIGGER `venues_lineup_insert` AFTER INSERT ON `venues` BEGIN UPDATE `editions` SET `lineup_version` = `lineup_version` + 1 WHERE `id` = NEW.`edition_id`; END;
--> statement-breakpoint
CREATE TRIGGER `venues_lineup_update` AFTER UPDATE ON `venues` BEGIN UPDATE `editions` SET `lineup_version` = `lineup_version` + 1 WHERE `id` IN (OLD.`edition_id`, NEW.`edition_id`); END;
--> statement-breakpoint
CREATE TRIGGER `venues_lineup_delete` AFTER DELETE ON `venues` BEGIN UPDATE `editions` SET `lineup_version` = `lineup_version` + 1 WHERE `id` = OLD.`edition_id`; END;
--> statement-breakpoint
CREATE TRIGGER `screening_films_lineup_insert` AFTER INSERT ON `screening_films` BEGIN UPDATE `editions` SET `lineup_version` = `lineup_version` + 1 WHERE `id` = (SELECT `edition_id` FROM `screenings` WHERE `id` = NEW.`screening_id`); END;
--> statement-breakpoint
CREATE TRIGGER `screening_films_lineup_update` AFTER UPDATE ON `screening_films` BEGIN UPDATE `editions` SET `lineup_version` = `lineup_version` + 1 WHERE `id` = (SELECT `edition_id` FROM `screenings` WHERE `id` = OLD.`screening_id`); UPDATE `editions` SET `lineup_version` = `lineup_version` + 1 WHERE `id` = (SELECT `edition_id` FROM `screenings` WHERE `id` = NEW.`screening_id`); END;
--> statement-breakpoint
CREATE TRIGGER `screening_films_lineup_delete` AFTER DELETE ON `screening_films` BEGIN UPDATE `editions` SET `lineup_version` = `lineup_version` + 1 WHERE `id` = (SELECT `edition_id` FROM `screenings` WHERE `id` = OLD.`screening_id`); END;
--> statement-breakpoint
CREATE TRIGGER `films_lineup_update` AFTER UPDATE ON `films` BEGIN UPDATE `editions` SET `lineup_version` = `lineup_version` + 1 WHERE `id` IN (SELECT `s`.`edition_id` FROM `screening_films` `sf` JOIN `screenings` `s` ON `s`.`id` = `sf`.`screening_id` WHERE `sf`.`film_id` = NEW.`id`); END;
--> statement-breakpoint
CREATE TRIGGER `films_lineup_delete` BEFORE DELETE ON `films` BEGIN UPDATE `editions` SET `lineup_version` = `lineup_version` + 1 WHERE `id` IN (SELECT `s`.`edition_id` FROM `screening_films` `sf` JOIN `screenings` `s` ON `s`.`id` = `sf`.`screening_id` WHERE `sf`.`film_id` = OLD.`id`); END;
--> statement-breakpoint
CREATE TRIGGER `editions_lineup_update` AFTER UPDATE OF `first_day`, `last_day`, `time_zone`, `day_break`, `slug`, `name` ON `editions` BEGIN UPDATE `editions` SET `lineup_version` = `lineup_version` + 1 WHERE `id` = NEW.`id`; END;
