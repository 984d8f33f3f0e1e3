/**
 * The scheduling board's pure logic: grid geometry (real minutes -> pixels, hour
 * lines across a DST night, snapping), "would this drop fit" (checkFit, the
 * same function the server uses), the board's commands as data (what the UI
 * does optimistically and what undo runs), and the undo/redo stack.
 *
 * No React, no Next, no fetch: the board component and its tests both use these.
 */

export * from "./availability";
export * from "./commands";
export * from "./drop";
export * from "./geometry";
export * from "./history";
export * from "./keyboard";
export * from "./model";
export * from "./zoom";
