import { describe, expect, it } from 'vitest';
import { parsePlainCsv } from './csv';

const HEADER = ['code', 'year', 'value', 'source', 'note'];

describe('parsePlainCsv', () => {
  it('reads rows with their line numbers, skipping blank lines', () => {
    const rows = parsePlainCsv('code,year,value,source,note\n420000,2024,100,src,\n\n110000,2024,200,src,x\n', 'f.csv', HEADER);
    expect(rows.map((r) => [r.line, r.fields.code, r.fields.note])).toEqual([
      [2, '420000', ''],
      [4, '110000', 'x'],
    ]);
  });

  it('names file and line when a row has the wrong number of fields', () => {
    expect(() => parsePlainCsv('code,year,value,source,note\n420000,2024,1,000,src,\n', 'gdp.csv', HEADER)).toThrow('gdp.csv:2: expected 5 fields, found 6');
  });

  it('rejects a wrong header', () => {
    expect(() => parsePlainCsv('code,yr,value,source,note\n', 'x.csv', HEADER)).toThrow(/x\.csv:1: header must be/);
  });
});
