import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/parse-csv.js';

describe('parseCsv', () => {
  it('splits records and fields, keeping quoted commas, doubled quotes and line breaks', () => {
    expect(parseCsv('a,b,c\n1,"Kingston upon Hull, City of","say ""x"""\n2,"two\nlines",\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', 'Kingston upon Hull, City of', 'say "x"'],
      ['2', 'two\nlines', ''],
    ]);
  });

  it('drops a byte-order mark and accepts CRLF and a missing final newline', () => {
    expect(parseCsv('\ufefftime_period,x\r\n2021,c')).toEqual([
      ['time_period', 'x'],
      ['2021', 'c'],
    ]);
  });
});
