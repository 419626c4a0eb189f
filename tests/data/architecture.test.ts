import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DATA = new URL('../../src/data/', import.meta.url).pathname;
const SHELL = new Set(['read-census-files.ts']);
const IO = [
  /from ['"](node:)?(fs|path|worker_threads|os|http|net|child_process)['"]/,
  /\bprocess\./,
  /\bconsole\./,
  /Date\.now|new Date\(/,
  /Math\.random/,
];

describe('src/data', () => {
  it('parses and estimates without I/O: only the file reader touches the file system', () => {
    const offences = readdirSync(DATA)
      .filter((f) => f.endsWith('.ts') && !SHELL.has(f))
      .flatMap((f) =>
        IO.filter((re) => re.test(readFileSync(join(DATA, f), 'utf8'))).map((re) => `${f}: ${re}`),
      );
    expect(offences).toEqual([]);
  });

  it('never reads the shared folder at run time', () => {
    const readers = readdirSync(DATA)
      .filter((f) => f.endsWith('.ts'))
      .filter((f) =>
        /shared/.test(readFileSync(join(DATA, f), 'utf8').replace(/shippedCensusData|shipped/g, '')),
      );
    expect(readers).toEqual([]);
  });
});
