/**
 * Councils (local authorities with children's services) as the DfE files name them. A council is
 * keyed by its three-digit DfE LA number (`old_la_code`), which survives pure re-codings such as
 * Barnsley's and Sheffield's new ONS codes in 2025 or North Yorkshire and Somerset becoming
 * unitary in 2023; a boundary change with a new LA number (Dorset 2019, the Northamptonshires
 * 2021, Cumbria's split 2023) starts a new council. Lookup is by ONS code, LA number or name,
 * case-insensitive.
 */
import { fail, ok, type Result } from '../scenario/field-problem.js';
import type { DfeRow } from './dfe-table.js';

export interface Council {
  /** DfE LA number, e.g. '810'. */
  laNumber: string;
  /** Latest ONS code, e.g. 'E06000010'. */
  code: string;
  /** Latest published name, e.g. 'Kingston upon Hull, City of'. */
  name: string;
  region: string;
  /** Every ONS code the council has had, with the years each was used. */
  codes: { code: string; firstYear: number; lastYear: number }[];
}

export interface CouncilIndex {
  councils: Council[];
  byLaNumber: ReadonlyMap<string, Council>;
}

/** Builds the index from LA rows of any DfE table (later rows win for the latest name and code). */
export function buildCouncilIndex(rows: Iterable<DfeRow>): CouncilIndex {
  const seen = new Map<
    string,
    { name: string; region: string; year: number; codes: Map<string, [number, number]> }
  >();
  for (const row of rows) {
    if (row.level !== 'Local authority' || row.oldCode === '') continue;
    let c = seen.get(row.oldCode);
    if (!c) {
      c = { name: row.name, region: row.regionName, year: row.year, codes: new Map() };
      seen.set(row.oldCode, c);
    }
    if (row.year >= c.year) {
      c.name = row.name;
      c.region = row.regionName;
      c.year = row.year;
    }
    const span = c.codes.get(row.newCode);
    if (span) c.codes.set(row.newCode, [Math.min(span[0], row.year), Math.max(span[1], row.year)]);
    else c.codes.set(row.newCode, [row.year, row.year]);
  }
  const councils = [...seen.entries()]
    .map(([laNumber, c]): Council => {
      const codes = [...c.codes.entries()]
        .map(([code, [firstYear, lastYear]]) => ({ code, firstYear, lastYear }))
        .sort((a, b) => a.lastYear - b.lastYear || a.firstYear - b.firstYear);
      return { laNumber, code: codes[codes.length - 1]!.code, name: c.name, region: c.region, codes };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  return { councils, byLaNumber: new Map(councils.map((c) => [c.laNumber, c])) };
}

const normalise = (s: string) =>
  s
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Every council a query could mean: exact matches on code, LA number or name, else unique-word name matches. */
export function matchCouncils(index: CouncilIndex, query: string): Council[] {
  const q = normalise(query);
  if (q === '') return [];
  const exact = index.councils.filter(
    (c) =>
      normalise(c.laNumber) === q ||
      normalise(c.name) === q ||
      c.codes.some((k) => normalise(k.code) === q) ||
      normalise(c.name.replace(/^(.*), (City|County) of$/i, '$1')) === q,
  );
  return exact.length > 0 ? exact : index.councils.filter((c) => ` ${normalise(c.name)} `.includes(` ${q} `));
}

/**
 * Finds a council by ONS code (any it has had), LA number or name, ignoring case and punctuation.
 * A name that matches no council exactly may match a whole-word part of one ('hull'). When a
 * query matches several councils, `prefer` (e.g. "has data for the year asked") may pick one; an
 * ambiguous or unknown query is a problem listing what it could mean.
 */
export function findCouncil(
  index: CouncilIndex,
  query: string,
  prefer?: (c: Council) => boolean,
): Result<Council> {
  if (normalise(query) === '')
    return fail([{ path: 'la', message: 'give a council: ONS code, DfE LA number or name' }]);
  const matches = matchCouncils(index, query);
  if (matches.length === 1) return ok(matches[0]!);
  const preferred = prefer ? matches.filter(prefer) : [];
  if (preferred.length === 1) return ok(preferred[0]!);
  if (matches.length > 1) {
    return fail([
      {
        path: 'la',
        message: `"${query}" matches ${matches.length} councils: ${matches
          .slice(0, 8)
          .map(describeCouncil)
          .join('; ')}${matches.length > 8 ? '; ...' : ''}. Give the ONS code or the LA number`,
      },
    ]);
  }
  return fail([
    {
      path: 'la',
      message: `no council "${query}" in the DfE files: give an ONS code (e.g. E06000010), a DfE LA number (e.g. 810) or a name (e.g. "Kingston upon Hull")`,
    },
  ]);
}

export const describeCouncil = (c: Council): string => `${c.name} (${c.code}, LA ${c.laNumber})`;
