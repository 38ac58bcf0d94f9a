/**
 * Reads the project's plain CSV source files: a header line and comma-separated fields with no
 * quoting (the files are written so that no field contains a comma). Errors name file and line.
 */
export class SourceError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
  }
}

export function parsePlainCsv(text: string, file: string, expectedHeader: string[]): Array<{ line: number; fields: Record<string, string> }> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = lines[0]?.split(',').map((h) => h.trim());
  if (!header || header.join(',') !== expectedHeader.join(',')) {
    throw new SourceError(file, 1, `header must be "${expectedHeader.join(',')}", found "${lines[0] ?? ''}"`);
  }
  const rows: Array<{ line: number; fields: Record<string, string> }> = [];
  lines.slice(1).forEach((raw, i) => {
    const line = i + 2;
    if (raw.trim() === '') return;
    const cells = raw.split(',');
    if (cells.length !== header.length) {
      throw new SourceError(file, line, `expected ${header.length} fields, found ${cells.length} (a comma inside a field?)`);
    }
    rows.push({ line, fields: Object.fromEntries(header.map((h, j) => [h, cells[j].trim()])) });
  });
  return rows;
}
