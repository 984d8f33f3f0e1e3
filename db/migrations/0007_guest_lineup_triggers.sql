-- Guests are read by the conflict rules (guest-overlap, guest-unavailable): a change to a
-- screening's guests or to a person's availability bumps the lineup version of every edition
-- they appear in, as migration 0004 does for slots, screenings and films.
CREATE TRIGGER `screening_guests_lineup_insert` AFTER INSERT ON `screening_guests` BEGIN UPDATE `editions` SET `lineup_version` = `lineup_version` + 1 WHERE `id` = (SELECT `edition_id` FROM `screenings` WHERE `id` = NEW.`screening_id`); END;
--> statement-breakpoint
CREATE TRIGGER `screening_guests_lineup_update` AFTER UPDATE ON `screening_guests` BEGIN UPDATE `editions` SET `lineup_version` = `lineup_version` + 1 WHERE `id` IN (SELECT `edition_id` FROM `screenings` WHERE `id` IN (OLD.`screening_id`, NEW.`screening_id`)); END;
--> statement-breakpoint
CREATE TRIGGER `screening_guests_lineup_delete` AFTER DELETE ON `screening_guests` BEGIN UPDATE `editions` SET `lineup_version` = `lineup_version` + 1 WHERE `id` = (SELECT `edition_id` FROM `screenings` WHERE `id` = OLD.`screening_id`); END;
--> statement-breakpoint
CREATE TRIGGER `people_lineup_update` AFTER UPDATE ON `people` BEGIN UPDATE `editions` SET `lineup_version` = `lineup_version` + 1 WHERE `id` IN (SELECT `s`.`edition_id` FROM `screening_guests` `g` JOIN `screenings` `s` ON `s`.`id` = `g`.`screening_id` WHERE `g`.`person_id` = NEW.`id`); END;
