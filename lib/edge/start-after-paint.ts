/**
 * Starts a kept page's scripts after its first frame, so the server-drawn map paints first.
 *
 * Next puts its script files in <head> as `async`: they arrive while the HTML is parsed and their
 * evaluation (React, the dashboard, then hydration) ran before the browser's first frame, which held
 * the server-drawn first map back by about 0.3 s on this machine (and their download and parsing
 * competed with it for its two cores). Here those tags become one inline loader at the end of the
 * body that adds the same files, async as before, once the first paint is on screen. The inline data
 * scripts stay where they are.
 */
const ASYNC_SCRIPT = /<script src="([^"<>]+)" async=""><\/script>/g;

/** How long the loader waits for the first paint before it starts the scripts anyway. */
const PAINT_WAIT_MS = 3000;

export function startScriptsAfterPaint(html: string): string {
  const bodyEnd = html.lastIndexOf('</body>');
  const before = bodyEnd < 0 ? '' : html.slice(0, bodyEnd);
  const sources = [...before.matchAll(ASYNC_SCRIPT)].map((m) => m[1]);
  if (sources.length === 0) return html;
  // The tag pattern admits no '<', '>' or '"' in a path, so the list cannot end the loader's tag.
  const list = JSON.stringify(sources);
  // Started when the browser reports the first paint (the frame is on screen, not only drawn by the
  // page's thread); at once in a hidden tab, which paints nothing; after a frame where paints are not
  // reported; in any case after PAINT_WAIT_MS.
  const loader =
    `<script>(function(){var s=${list},d=false;function go(){if(d)return;d=true;` +
    `s.forEach(function(u){var e=document.createElement("script");e.src=u;e.async=true;document.head.appendChild(e)})}` +
    `if(document.visibilityState==="hidden")return go();` +
    `document.addEventListener("visibilitychange",go,{once:true});setTimeout(go,${PAINT_WAIT_MS});` +
    `var P=window.PerformanceObserver;if(P&&P.supportedEntryTypes&&P.supportedEntryTypes.indexOf("paint")>=0)` +
    `new P(function(l,o){o.disconnect();go()}).observe({type:"paint",buffered:true});` +
    `else requestAnimationFrame(function(){setTimeout(go,0)})})()</script>`;
  return `${before.replace(ASYNC_SCRIPT, '')}${loader}${html.slice(bodyEnd)}`;
}
