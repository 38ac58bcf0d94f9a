import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_PATHS } from './_testing/api-paths';
import { API_ENTRY_POINTS } from '@/lib/http/api-entry-points';

const API_DIR = path.join(process.cwd(), 'app/api');

/** Every route.ts under app/api as a path template ([id] → {id}), the catch-all left out. */
function routeTemplates(dir = API_DIR): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith('[[...') ? [] : routeTemplates(full);
    if (entry.name !== 'route.ts') return [];
    return [
      '/api/' +
        path
          .relative(API_DIR, dir)
          .split(path.sep)
          .join('/')
          .replace(/\[(\w+)\]/g, '{$1}'),
    ];
  });
}

describe('API_ENTRY_POINTS', () => {
  it('names every route under app/api, and only those', () => {
    expect([...API_ENTRY_POINTS].sort()).toEqual(routeTemplates().sort());
  });

  it('includes every path the route tests call', () => {
    expect(API_ENTRY_POINTS).toEqual(expect.arrayContaining(Object.keys(API_PATHS)));
  });
});
