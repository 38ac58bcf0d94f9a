/**
 * Starts a kept page's scripts after its first frame, so the server-drawn map paints first.
 *
 * Next puts its script files in <head> as `async`: they arrive while the HTML is parsed and their
 * evaluation (React, the dashboard, then hydration) ran before the browser's first frame, which held
 * the server-drawn first map back by about 0.3 s on this machine (and their download and parsing
 * competed with it for its two cores). Here those tags become one inline loader at the end of the
 * body that adds the same files, async as before, once the first paint is on screen. The inline data
 * scripts stay where they are.
 *
 * Until the page has hydrated, its buttons and tabs do nothing and a checkbox or radio changes
 * without the view knowing. So the loader keeps such clicks (Enter or Space on a button comes as
 * one), and arrow keys on tabs, and gives them again once the dashboard marks the page hydrated
 * (html[data-hydrated], components/Dashboard.tsx); the first also starts the scripts at once. A
 * checkbox or radio shows its change at once and is set back to how the server drew it before its
 * clicks are given again. Links and typing work as they are (typed and chosen values are kept by
 * components/views/use-early-input.ts).
 */
const ASYNC_SCRIPT = /<script src="([^"<>]+)" async=""><\/script>/g;

interface LoaderSettings {
  /** The script files, in the order Next listed them. */
  sources: string[];
  /** How long to wait for the first paint before starting the scripts anyway. */
  paintWaitMs: number;
  /** What a click before hydration is kept for. */
  clickable: string;
  /** Keys kept for tabs (moving between them), which have no default action to keep instead; Enter and Space on a button come as a click. */
  keysOn: string;
  keys: string[];
  /** The attribute the dashboard sets on <html> once it has hydrated. */
  hydrated: string;
}

/**
 * The loader, run in the page: serialized with toString(), so it names nothing outside itself. The
 * server compiles it with tsx, whose keepNames wraps every named function binding in a call to its
 * own helper; so its own functions are object methods and inline callbacks, which it leaves alone
 * (the test runs the loader exactly as tsx compiles it).
 */
function pageLoader(o: LoaderSettings): void {
  const root = document.documentElement;
  /** Each kept input: its element, the key (null for a click), and whether it is a checkbox or radio. */
  const kept: Array<[HTMLElement, string | null, boolean]> = [];
  const loader = {
    started: false,
    // Methods (not `this`-bound: they are passed as listeners) name `loader` itself.
    start() {
      if (loader.started) return;
      loader.started = true;
      for (const src of o.sources) {
        const script = document.createElement('script');
        script.src = src;
        script.async = true;
        document.head.appendChild(script);
      }
    },
    keep(e: Event) {
      const isKey = e.type === 'keydown';
      const key = isKey ? (e as KeyboardEvent).key : null;
      if (isKey && o.keys.indexOf(key!) === -1) return;
      const from = e.target as Element | null;
      const target = from && from.closest ? (from.closest(isKey ? o.keysOn : o.clickable) as HTMLInputElement | null) : null;
      if (!target) return;
      const box = !isKey && (target.type === 'checkbox' || target.type === 'radio');
      if (!box) {
        e.preventDefault();
        e.stopImmediatePropagation();
      }
      kept.push([target, key, box]);
      loader.start();
    },
  };
  document.addEventListener('click', loader.keep, true);
  document.addEventListener('keydown', loader.keep, true);
  new MutationObserver((_, observer) => {
    if (!root.hasAttribute(o.hydrated)) return;
    observer.disconnect();
    document.removeEventListener('click', loader.keep, true);
    document.removeEventListener('keydown', loader.keep, true);
    const reset: HTMLElement[] = [];
    for (const [target, key, box] of kept) {
      if (!target.isConnected) continue;
      if (box && reset.indexOf(target) === -1) {
        reset.push(target);
        const input = target as HTMLInputElement;
        input.checked = input.defaultChecked;
      }
      if (key) target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      else target.click();
    }
  }).observe(root, { attributes: true, attributeFilter: [o.hydrated] });
  // Started when the browser reports the first paint (the frame is on screen, not only drawn by the
  // page's thread); at once in a hidden tab, which paints nothing; after a frame where paints are not
  // reported; in any case after paintWaitMs.
  if (document.visibilityState === 'hidden') return loader.start();
  document.addEventListener('visibilitychange', loader.start, { once: true });
  setTimeout(loader.start, o.paintWaitMs);
  const Observer = window.PerformanceObserver;
  if (Observer && Observer.supportedEntryTypes && Observer.supportedEntryTypes.indexOf('paint') >= 0) {
    new Observer((_, observer) => {
      observer.disconnect();
      loader.start();
    }).observe({ type: 'paint', buffered: true });
  } else requestAnimationFrame(() => setTimeout(loader.start, 0));
}

/** Its settings go in as JSON; '<' is escaped so that no value can end the script element. */
const loaderScript = (settings: LoaderSettings) => `<script>(${pageLoader.toString()})(${JSON.stringify(settings).replace(/</g, '\\u003c')})</script>`;

export function startScriptsAfterPaint(html: string): string {
  const bodyEnd = html.lastIndexOf('</body>');
  const before = bodyEnd < 0 ? '' : html.slice(0, bodyEnd);
  const sources = [...before.matchAll(ASYNC_SCRIPT)].map((m) => m[1]);
  if (sources.length === 0) return html;
  const loader = loaderScript({
    sources,
    paintWaitMs: 3000,
    clickable: 'button,input[type=checkbox],input[type=radio],[role=tab]',
    keysOn: '[role=tab]',
    keys: ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'],
    hydrated: 'data-hydrated',
  });
  return `${before.replace(ASYNC_SCRIPT, '')}${loader}${html.slice(bodyEnd)}`;
}
