import { tsImport } from 'tsx/esm/api';
import { describe, expect, it, vi } from 'vitest';

// As the server loads it (server.mjs, through tsx): the loader is the compiled function's own text.
const { startScriptsAfterPaint } = (await tsImport('./start-after-paint.ts', import.meta.url)) as typeof import('./start-after-paint');

const page =
  '<!DOCTYPE html><html><head><link rel="stylesheet" href="/a.css"/><script src="/_next/one.js" async=""></script>' +
  '<script src="/_next/two.js" async=""></script><script src="/poly.js" noModule=""></script></head>' +
  '<body><main><svg></svg></main><script>self.__next_f.push([1,"x"])</script></body></html>';

/** Runs the page's loader with a fake browser: which files it adds, and what it waits on. */
function runLoader(html: string, browser: { hidden?: boolean; paintTiming?: boolean } = {}) {
  const loader = /<script>(\(function[\s\S]*?)<\/script><\/body>/.exec(html)![1];
  const added: Array<{ src: string; async: boolean }> = [];
  const waits = {
    frames: [] as Array<() => void>,
    timers: [] as Array<{ at: number; run: () => void }>,
    paint: [] as Array<() => void>,
    hide: [] as Array<() => void>,
  };
  const clicks = { listeners: new Map<string, (e: unknown) => void>(), hydrated: [] as Array<() => void>, attributes: new Set<string>() };
  const documentElement = { hasAttribute: (name: string) => clicks.attributes.has(name) };
  const document = {
    documentElement,
    visibilityState: browser.hidden ? 'hidden' : 'visible',
    addEventListener: (type: string, run: (e: unknown) => void) => {
      if (type === 'visibilitychange') waits.hide.push(run as () => void);
      if (type === 'click' || type === 'keydown') clicks.listeners.set(type, run);
    },
    removeEventListener: (type: string) => clicks.listeners.delete(type),
    createElement: () => ({ src: '', async: false }),
    head: { appendChild: (e: { src: string; async: boolean }) => added.push(e) },
  };
  class MutationObserver {
    constructor(private readonly callback: (m: unknown, o: { disconnect: () => void }) => void) {}
    observe(target: unknown, options: { attributeFilter: string[] }) {
      expect([target, options.attributeFilter]).toEqual([documentElement, ['data-hydrated']]);
      clicks.hydrated.push(() => this.callback([], { disconnect: () => undefined }));
    }
  }
  class PerformanceObserver {
    static supportedEntryTypes = browser.paintTiming === false ? ['mark'] : ['mark', 'paint'];
    constructor(private readonly callback: (list: unknown, observer: { disconnect: () => void }) => void) {}
    observe(options: { type: string; buffered: boolean }) {
      expect(options).toEqual({ type: 'paint', buffered: true });
      waits.paint.push(() => this.callback({}, { disconnect: () => undefined }));
    }
  }
  const window = { PerformanceObserver };
  const requestAnimationFrame = (run: () => void) => waits.frames.push(run);
  const setTimeout = (run: () => void, at: number) => waits.timers.push({ at, run });
  new Function('document', 'window', 'requestAnimationFrame', 'setTimeout', 'MutationObserver', 'KeyboardEvent', loader)(
    document,
    window,
    requestAnimationFrame,
    setTimeout,
    MutationObserver,
    class {
      constructor(
        readonly type: string,
        init: { key: string; bubbles: boolean },
      ) {
        Object.assign(this, init);
      }
    },
  );
  type Target = {
    isConnected: boolean;
    type?: string;
    checked?: boolean;
    defaultChecked?: boolean;
    click?: () => void;
    dispatchEvent?: (e: KeyboardEvent) => void;
  };
  /** A click (or a key) before hydration on an element that `closest()` maps to `target` (null: not one the loader keeps). */
  const fire = (type: 'click' | 'keydown', target: Target | null, key?: string) => {
    const closest = vi.fn(() => target);
    const event = {
      type,
      key,
      target: { closest },
      prevented: false,
      stopped: false,
      preventDefault: () => (event.prevented = true),
      stopImmediatePropagation: () => (event.stopped = true),
    };
    clicks.listeners.get(type)?.(event);
    return { ...event, asked: closest.mock.calls.length > 0 };
  };
  const click = (target: Target | null) => fire('click', target);
  const hydrate = () => {
    clicks.attributes.add('data-hydrated');
    clicks.hydrated.forEach((run) => run());
  };
  return { added, waits, click, fire, hydrate, listening: () => clicks.listeners.size > 0, sources: () => added.map((e) => e.src) };
}

describe('startScriptsAfterPaint', () => {
  it('takes the async script tags out of the markup and leaves everything else where it was', () => {
    const kept = startScriptsAfterPaint(page);
    expect(kept).not.toContain('<script src="/_next/one.js" async="">');
    expect(kept).not.toContain('<script src="/_next/two.js" async="">');
    for (const part of [
      '<link rel="stylesheet" href="/a.css"/>',
      '<script src="/poly.js" noModule=""></script>',
      '<main><svg></svg></main>',
      'self.__next_f.push',
    ])
      expect(kept).toContain(part);
    expect(kept.indexOf('<main>')).toBeLessThan(kept.indexOf('"/_next/one.js"'));
  });

  it('adds the same files, async and in order, once the browser reports the first paint, and only once', () => {
    const { added, waits } = runLoader(startScriptsAfterPaint(page));
    expect(added).toEqual([]);
    waits.paint.forEach((paint) => paint());
    expect(added).toEqual([
      { src: '/_next/one.js', async: true },
      { src: '/_next/two.js', async: true },
    ]);
    // The safety timer, or the tab being hidden later, finds them started and adds nothing twice.
    waits.timers.forEach((t) => t.run());
    waits.hide.forEach((hide) => hide());
    expect(added).toHaveLength(2);
  });

  it('starts them at once in a hidden tab (it paints nothing), and when a waiting tab is hidden', () => {
    expect(runLoader(startScriptsAfterPaint(page), { hidden: true }).sources()).toEqual(['/_next/one.js', '/_next/two.js']);
    const waiting = runLoader(startScriptsAfterPaint(page));
    waiting.waits.hide.forEach((hide) => hide());
    expect(waiting.sources()).toEqual(['/_next/one.js', '/_next/two.js']);
  });

  it('where paints are not reported, starts them after a frame; and in any case within a few seconds', () => {
    const untimed = runLoader(startScriptsAfterPaint(page), { paintTiming: false });
    expect(untimed.waits.paint).toEqual([]);
    untimed.waits.frames.forEach((frame) => frame());
    untimed.waits.timers.filter((t) => t.at === 0).forEach((t) => t.run());
    expect(untimed.sources()).toEqual(['/_next/one.js', '/_next/two.js']);
    const stalled = runLoader(startScriptsAfterPaint(page));
    const safety = stalled.waits.timers.find((t) => t.at > 0)!;
    expect(safety.at).toBeLessThanOrEqual(3000);
    safety.run();
    expect(stalled.sources()).toEqual(['/_next/one.js', '/_next/two.js']);
  });

  it('keeps a click on a button before hydration, starts the scripts at once, and clicks it again once hydrated', () => {
    const { click, hydrate, listening, sources } = runLoader(startScriptsAfterPaint(page));
    const button = { isConnected: true, clicked: 0, click: () => button.clicked++ };
    const event = click(button);
    // The browser does nothing with it now (a checkbox does not change behind the view's back) ...
    expect([event.prevented, event.stopped]).toEqual([true, true]);
    expect(sources()).toEqual(['/_next/one.js', '/_next/two.js']);
    expect(button.clicked).toBe(0);
    // ... and the hydrated page gets it, once; later clicks are the page's own.
    hydrate();
    expect(button.clicked).toBe(1);
    expect(listening()).toBe(false);
  });

  it('lets a checkbox change at once, then sets it back and clicks it again once hydrated, so the view gets the change', () => {
    const { click, hydrate } = runLoader(startScriptsAfterPaint(page));
    const seen: boolean[] = [];
    const box = { isConnected: true, type: 'checkbox', defaultChecked: false, checked: true, click: () => seen.push((box.checked = !box.checked)) };
    expect(click(box).prevented).toBe(false);
    hydrate();
    expect(seen).toEqual([true]);
  });

  it('keeps arrow keys on a tab and gives them to it once hydrated; other keys pass', () => {
    const { fire, hydrate } = runLoader(startScriptsAfterPaint(page));
    const given: string[] = [];
    const tab = { isConnected: true, dispatchEvent: (e: KeyboardEvent) => given.push(`${e.type} ${e.key} ${e.bubbles}`) };
    expect(fire('keydown', tab, 'ArrowRight').prevented).toBe(true);
    const enter = fire('keydown', tab, 'Enter');
    expect([enter.prevented, enter.asked]).toEqual([false, false]);
    hydrate();
    expect(given).toEqual(['keydown ArrowRight true']);
  });

  it('lets other clicks through (links navigate as they are), and drops a kept click whose element is gone', () => {
    const { click, hydrate, sources } = runLoader(startScriptsAfterPaint(page));
    const link = click(null);
    expect([link.prevented, link.stopped]).toEqual([false, false]);
    expect(sources()).toEqual([]);
    const removed = { isConnected: false, clicked: 0, click: () => removed.clicked++ };
    click(removed);
    hydrate();
    expect(removed.clicked).toBe(0);
  });

  it('leaves a page without async scripts, or without a body end, as it is', () => {
    const plain = '<html><head></head><body><p>x</p></body></html>';
    expect(startScriptsAfterPaint(plain)).toBe(plain);
    const cut = '<html><head><script src="/a.js" async=""></script></head><body>';
    expect(startScriptsAfterPaint(cut)).toBe(cut);
  });

  it('writes no "<" inside the loader, so nothing in it can end its tag early', () => {
    const loader = /<script>(\(function[\s\S]*?)<\/script><\/body>/.exec(startScriptsAfterPaint(page))![1];
    expect(loader).not.toContain('<');
  });
});
