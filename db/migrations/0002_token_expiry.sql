ALTER TABLE `api_tokens` ADD `expires_at` integer;--> statement-breakpoint
-- Tokens made before expiry existed live 90 days from their creation (7,776,000,000 ms), like new ones.
UPDATE `api_tokens` SET `expires_at` = `created_at` + 7776000000 WHERE `expires_at` IS NULL;
