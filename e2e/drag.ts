import type { Locator, Page } from "@playwright/test";

/** A locator's box on screen; it must be visible. */
async function boxOf(l: Locator) {
  const b = await l.boundingBox();
  if (!b) throw new Error(`not visible: ${l}`);
  return b;
}

/**
 * A dnd-kit pointer drag: press, move past the 5 px activation distance, travel in steps, hover,
 * release. Used by the board's e2e tests and by `npm run bench`'s drop-to-badge figure.
 */
export async function drag(page: Page, source: Locator, target: Locator, opts: { before?: () => Promise<void> } = {}) {
  await target.scrollIntoViewIfNeeded();
  await source.scrollIntoViewIfNeeded();
  const s = await boxOf(source);
  const t = await boxOf(target);
  const sx = s.x + Math.min(s.width / 2, 40);
  const sy = s.y + Math.min(s.height / 2, 8);
  const tx = t.x + t.width / 2;
  const ty = t.y + Math.min(t.height / 2, 40);
  await page.mouse.move(sx, sy);
  await page.mouse.down();
  await page.mouse.move(sx + 8, sy + 8, { steps: 4 });
  await page.mouse.move(tx, ty, { steps: 20 });
  await page.mouse.move(tx + 2, ty + 2, { steps: 2 });
  await opts.before?.();
  await page.mouse.up();
}

/** Drags a handle straight down (or up) by `dy` pixels. */
export async function dragBy(page: Page, handle: Locator, dy: number) {
  await handle.scrollIntoViewIfNeeded();
  const b = await boxOf(handle);
  const x = b.x + b.width / 2;
  const y = b.y + b.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x, y + Math.sign(dy) * 8, { steps: 4 });
  await page.mouse.move(x, y + dy, { steps: 20 });
  await page.mouse.up();
}
