/**
 * Path-traversal payloads and the signs of a leak, shared by the route-handler table test and the
 * e2e spec over HTTP. No test-runner imports here: Playwright and vitest both load this file.
 */

/** As sent on the wire, percent-encoding included; none has a raw "/" (which would change the route). */
export const TRAVERSAL_PAYLOADS: readonly string[] = [
  '..%2F..%2Fetc%2Fpasswd',
  '..%2F..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd',
  '%2e%2e%2f',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '%2E%2E%2F%2E%2E%2Ftsconfig.json',
  '..%2F..%2F..%2Fpackage.json',
  '..%2F..%2F..%2Fgeo%2Fbuild%2Findicators.json',
  '%2Fetc%2Fpasswd',
  'file%3A%2F%2F%2Fetc%2Fpasswd',
  '%00',
  'provinces%00',
  '..%2F..%2Fetc%2Fpasswd%00.json',
  '%5C',
  '..%5C..%5C..%5Ctsconfig.json',
  '..\\..\\..\\tsconfig.json',
  '%252e%252e%252f%252e%252e%252fetc%252fpasswd',
  '%25%32%65%25%32%65%25%32%66',
  '....%2F%2F....%2F%2Fetc%2Fpasswd',
  '..%c0%af..%c0%afetc%c0%afpasswd',
  '%',
  '%E0%A4%A',
  '%ZZ',
  'a'.repeat(10_000),
  '..%2F'.repeat(2_000),
];

/** A stack frame, an error class name, or a path on the server: what must never reach a client. */
export const LEAKS: readonly RegExp[] = [
  /\n\s*at /,
  /\bat \S+ \(/,
  /\bat <anonymous>/,
  /[\w.]+\.(js|ts|mjs):\d+/,
  /\b[A-Z]\w*Error\b/,
  /\/work\b/,
  /node_modules/,
  /file:\/\//,
  /\.next\//,
];

/** Answers of a file read by mistake: /etc/passwd, a tsconfig or package.json. */
export const FILE_CONTENT: readonly RegExp[] = [/root:/, /"compilerOptions"/, /"devDependencies"/];

/** Percent-decodes as Next does; undefined when the sequence is malformed (server.mjs answers 400 then). */
export function decodeSegment(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

/** Cuts the quoted echo of an unknown id (its first 64 characters) out of an error message. */
export const withoutEcho = (message: string, inputs: readonly string[]) =>
  inputs.reduce(
    // Routes quote the first 64 characters of an unknown id; the view parser (preview) lists "name=<first 40>".
    (m, input) =>
      m
        .split(`"${input.slice(0, 64)}"`)
        .join('""')
        .split(`=${input.slice(0, 40)}`)
        .join('='),
    message,
  );
