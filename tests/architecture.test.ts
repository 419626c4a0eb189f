import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = ['scenario', 'rng', 'model', 'engine', 'analysis', 'report'];
const FORBIDDEN = [
  /Math\.random/,
  /Date\.now/,
  /new Date\(/,
  /performance\.now/,
  /\bconsole\./,
  /process\./,
  /from ['"](node:)?(fs|path|child_process|worker_threads|os|http|net)['"]/,
  /from ['"](hono|kysely|better-sqlite3|@hono\/node-server)/,
  /from ['"]\.\.\/(store|api|cli|workers)\//,
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('core architecture', () => {
  const root = new URL('../src/', import.meta.url).pathname;
  const files = CORE.flatMap((dir) => {
    try {
      return filesUnder(join(root, dir));
    } catch {
      return [];
    }
  });

  it('finds the core files', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('keeps the core free of I/O, clocks, global randomness, console and shell imports', () => {
    const offences = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return FORBIDDEN.filter((re) => re.test(text)).map((re) => `${file.slice(root.length)}: ${re}`);
    });
    expect(offences).toEqual([]);
  });

  it('lets only src/rng import seedrandom', () => {
    const importers = filesUnder(root)
      .filter((file) => /from ['"]seedrandom['"]/.test(readFileSync(file, 'utf8')))
      .map((file) => file.slice(root.length));
    expect(importers.every((f) => f.startsWith('rng/'))).toBe(true);
  });
});
