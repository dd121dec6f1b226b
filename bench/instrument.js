// Injected into every measured page before its own scripts (plain JS, passed
// as text, so no bundler helper can leak in). A rAF loop records frame times
// and spots the first painted timeline item; tickActor times the actor filter.
// An item counts once it is visible: vis-timeline keeps its root hidden
// (visibility) until its initial draw is done, with the items already in the DOM.
(() => {
  const TIMELINE = '[aria-label="Timeline"]';
  const bench = { firstItem: -1, fetched: 0, recording: false, frames: [] };
  window.bench = bench;

  const stampFirstItem = () => {
    bench.firstItem = performance.now();
    const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
    bench.fetched = entries.reduce((sum, e) => sum + (e.encodedBodySize || 0), 0);
  };
  const shown = () => {
    const item = document.querySelector(`${TIMELINE} .vis-item`);
    return item !== null && item.checkVisibility({ visibilityProperty: true, opacityProperty: true });
  };
  const loop = (t) => {
    if (bench.recording) bench.frames.push(t);
    if (bench.firstItem < 0 && shown()) {
      bench.firstItem = 0;
      // The frame that shows the item paints after this callback: stamp after it.
      setTimeout(stampFirstItem, 0);
    }
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);

  bench.record = () => {
    bench.frames = [];
    bench.recording = true;
  };
  bench.stop = () => {
    bench.recording = false;
    return bench.frames;
  };
  /**
   * The visible window's width in ms, read from vis-timeline itself (a group's
   * DOM node points at its group, which reaches the range), so the bench can
   * zoom any page from one day to 20 years whatever its zoomFriction. -1 if unknown.
   */
  bench.windowMs = () => {
    const groups = document.querySelectorAll(`${TIMELINE} .vis-group`); // background ones lack the link
    const range = [...groups].find((g) => g['vis-group'])?.['vis-group'].itemSet?.body?.range;
    return range ? range.end - range.start : -1;
  };
  bench.nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(0)));

  /** Ticks the first actor; resolves when the timeline's DOM has changed and painted. */
  bench.tickActor = () =>
    new Promise((resolve) => {
      const box = document.querySelector('[aria-label="Actors"] input[type="checkbox"]');
      const timeline = document.querySelector(TIMELINE);
      if (!box || !timeline) return resolve('n/a');
      const t0 = performance.now();
      const seen = new MutationObserver(() => {
        seen.disconnect();
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
      });
      seen.observe(timeline, { childList: true, subtree: true, attributes: true });
      box.click();
    });
})();
