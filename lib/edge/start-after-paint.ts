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

/** How long the loader waits for the first paint before it starts the scripts anyway. */
const PAINT_WAIT_MS = 3000;
/** What a click before hydration is kept for. */
const EARLY_CLICKABLE = 'button,input[type=checkbox],input[type=radio],[role=tab]';
/** Keys kept for tabs (moving between them), which have no default action to keep instead; Enter and Space on a button come as a click. */
const EARLY_KEYS = { on: '[role=tab]', keys: ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'] };
const HYDRATED_ATTRIBUTE = 'data-hydrated';

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
    `var q=[],h=document.documentElement,K=${JSON.stringify(EARLY_KEYS.keys)};` +
    `function early(e){var k=e.type==="keydown";if(k&&K.indexOf(e.key)===-1)return;` +
    `var t=e.target&&e.target.closest&&e.target.closest(k?${JSON.stringify(EARLY_KEYS.on)}:${JSON.stringify(EARLY_CLICKABLE)});` +
    `if(!t)return;var box=!k&&(t.type==="checkbox"||t.type==="radio");` +
    `if(!box){e.preventDefault();e.stopImmediatePropagation()}q.push([t,k&&e.key,box]);go()}` +
    `document.addEventListener("click",early,true);document.addEventListener("keydown",early,true);` +
    `new MutationObserver(function(m,o){if(!h.hasAttribute("${HYDRATED_ATTRIBUTE}"))return;o.disconnect();` +
    `document.removeEventListener("click",early,true);document.removeEventListener("keydown",early,true);` +
    `var reset=[];q.forEach(function(x){var t=x[0];if(!t.isConnected)return;` +
    `if(x[2]&&reset.indexOf(t)===-1){reset.push(t);t.checked=t.defaultChecked}` +
    `if(x[1])t.dispatchEvent(new KeyboardEvent("keydown",{key:x[1],bubbles:true,cancelable:true}));else t.click()})})` +
    `.observe(h,{attributes:true,attributeFilter:["${HYDRATED_ATTRIBUTE}"]});` +
    `if(document.visibilityState==="hidden")return go();` +
    `document.addEventListener("visibilitychange",go,{once:true});setTimeout(go,${PAINT_WAIT_MS});` +
    `var P=window.PerformanceObserver;if(P&&P.supportedEntryTypes&&P.supportedEntryTypes.indexOf("paint")>=0)` +
    `new P(function(l,o){o.disconnect();go()}).observe({type:"paint",buffered:true});` +
    `else requestAnimationFrame(function(){setTimeout(go,0)})})()</script>`;
  return `${before.replace(ASYNC_SCRIPT, '')}${loader}${html.slice(bodyEnd)}`;
}
