// The bench's "actor tick", shared by bench:compare (timed) and bench:profile
// (sampled): the first actor's checkbox clicked, timed until the timeline's
// DOM changed and a frame followed.
import type { Browser, Page } from 'playwright-core';

export const TIMELINE_ITEM = '[aria-label="Timeline"] .vis-item';

/** Loads the app and waits until a tick measures the tick, not start-up. */
export async function readyToTick(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator(TIMELINE_ITEM).first().waitFor({ state: 'visible', timeout: 60_000 });
  await page.locator('[aria-label="Actors"] input[type=checkbox]').first().waitFor();
  await page.waitForTimeout(2500); // past start-up work scheduled after the first paint
}

/**
 * One click on the first actor's checkbox: ms until the timeline changed and
 * a frame followed. The start and end are marked (`tick<k>-start`, `-end`)
 * for a trace to find.
 */
export function tickOnce(page: Page, k = 0): Promise<number> {
  return page.evaluate(
    (k) =>
      new Promise<number>((resolve) => {
        const region = document.querySelector('[aria-label="Timeline"]')!;
        const box = document.querySelector<HTMLInputElement>('[aria-label="Actors"] input[type=checkbox]')!;
        const t0 = performance.now();
        performance.mark(`tick${k}-start`);
        const seen = new MutationObserver(() => {
          seen.disconnect();
          requestAnimationFrame(() =>
            setTimeout(() => {
              performance.mark(`tick${k}-end`);
              resolve(performance.now() - t0);
            }, 0),
          );
        });
        seen.observe(region, { subtree: true, childList: true, attributes: true, characterData: true });
        box.click();
      }),
    k,
  );
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/**
 * `count` ticks, each timed (wall ms) and costed: the page's main-thread CPU
 * time (Chromium's trace, thread time) of the tasks run between the click
 * and the frame after. On a shared machine the wall time also counts the
 * other processes; the CPU time is the page's own work.
 */
export async function tracedTicks(browser: Browser, page: Page, count: number): Promise<{ wall: number[]; cpu: number[] }> {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'blink.user_timing', 'toplevel'] });
  const wall: number[] = [];
  for (let k = 0; k < count; k++) {
    wall.push(await tickOnce(page, k));
    await page.waitForTimeout(300);
  }
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  const marks = new Map(traceEvents.filter((e) => /^tick\d+-(start|end)$/.test(e.name)).map((e) => [e.name, e]));
  const start0 = marks.get('tick0-start');
  // The page's main thread: the renderer thread the marks were made on.
  const main = traceEvents.find((e) => e.name === 'thread_name' && e.pid === start0?.pid && e.args?.name === 'CrRendererMain');
  const onMain = traceEvents.filter((e) => e.pid === main?.pid && e.tid === main?.tid && e.ph === 'X');
  const top = onMain.some((e) => e.name === 'ThreadControllerImpl::RunTask') ? 'ThreadControllerImpl::RunTask' : 'RunTask';
  const tasks = onMain.filter((e) => e.name === top);
  const cpu = wall.map((_, k) => {
    const a = marks.get(`tick${k}-start`)?.ts ?? 0;
    const b = marks.get(`tick${k}-end`)?.ts ?? 0;
    const us = tasks.filter((t) => t.ts + (t.dur ?? 0) > a && t.ts < b).reduce((sum, t) => sum + (t.tdur ?? t.dur ?? 0), 0);
    return us / 1000;
  });
  return { wall, cpu };
}
