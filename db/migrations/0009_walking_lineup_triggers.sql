-- Walking minutes are read by the guest-overlap rule: a change to them bumps the edition's
-- lineup version, as migration 0007 does for guests.
CREATE TRIGGER `walking_minutes_lineup_insert` AFTER INSERT ON `walking_minutes` BEGIN UPDATE `editions` SET `lineup_version` = `lineup_version` + 1 WHERE `id` = NEW.`edition_id`; END;
--> statement-breakpoint
CREATE TRIGGER `walking_minutes_lineup_update` AFTER UPDATE ON `walking_minutes` BEGIN UPDATE `editions` SET `lineup_version` = `lineup_version` + 1 WHERE `id` IN (OLD.`edition_id`, NEW.`edition_id`); END;
--> statement-breakpoint
CREATE TRIGGER `walking_minutes_lineup_delete` AFTER DELETE ON `walking_minutes` BEGIN UPDATE `editions` SET `lineup_version` = `lineup_version` + 1 WHERE `id` = OLD.`edition_id`; END;
