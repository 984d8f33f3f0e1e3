/**
 * The one script the audience's pages run: public/planner.js (the "want to see" toggle), allowed
 * by its hash (CSP3: an external script whose integrity matches a hash of script-src), so that
 * nothing else runs, not even Next's own scripts. lib/planner-script.test.ts checks the hash
 * against the file: change the file, change the hash.
 */
export const PLANNER_SCRIPT_PATH = "/planner.js";
export const PLANNER_SCRIPT_HASH = "sha256-pKt3rnFn/hOTkytoZnl+apK600Hg7oEqPRx9N7AxbP4=";
