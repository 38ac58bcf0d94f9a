/**
 * Error lines in the server's stderr: our own ("[hinterland] …", lib/http/errors.ts and server.mjs)
 * and Next's, which its logger prefixes with "⨯" or which are an error printed bare ("Error: …",
 * "TypeError: …", "[Error: …]"). Stack frames ("    at …") belong to the line above and are not counted.
 */
const ANSI = /\x1b\[[0-9;]*m/g;

export function isErrorLine(line) {
  const text = line.replace(ANSI, '').trimStart();
  return text.includes('[hinterland]') || text.startsWith('⨯') || /^\[?[A-Z]?\w*Error\b/.test(text) || /^Uncaught\b/.test(text);
}

/** Feeds whole lines of a stream to `onLine`, however the chunks split them. */
export function lineSplitter(onLine) {
  let rest = '';
  return (chunk) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop();
    for (const line of lines) onLine(line);
  };
}
