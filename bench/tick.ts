// The bench's "actor tick", shared by bench:compare (timed) and bench:profile
// (sampled): the first actor's checkbox clicked, timed until the timeline's
// DOM changed and a frame followed.
import type { Page } from 'playwright-core';

export const TIMELINE_ITEM = '[aria-label="Timeline"] .vis-item';

/** Loads the app and waits until a tick measures the tick, not start-up. */
export async function readyToTick(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator(TIMELINE_ITEM).first().waitFor({ state: 'visible', timeout: 60_000 });
  await page.locator('[aria-label="Actors"] input[type=checkbox]').first().waitFor();
  await page.waitForTimeout(2500); // past start-up work scheduled after the first paint
}

/** One click on the first actor's checkbox: ms until the timeline changed and a frame followed. */
export function tickOnce(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const region = document.querySelector('[aria-label="Timeline"]')!;
        const box = document.querySelector<HTMLInputElement>('[aria-label="Actors"] input[type=checkbox]')!;
        const t0 = performance.now();
        const seen = new MutationObserver(() => {
          seen.disconnect();
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
        });
        seen.observe(region, { subtree: true, childList: true, attributes: true, characterData: true });
        box.click();
      }),
  );
}
