// `npm run sim -- from-census --la E06000010 --year 2021 [--window 2018-2021] [--months 60]
// [--out scenarios/x.json]`: builds a scenario from the DfE workforce census shipped in src/data/dfe;
// prints it to stdout without --out. Data caveats go to stderr so stdout stays valid JSON.
import { parseArgs } from 'node:util';
import { censusYears, councilWorkforce } from '../data/census-data.js';
import { parseWindow, scenarioFromCensus } from '../data/census-scenario.js';
import { describeCouncil } from '../data/council-index.js';
import { shippedCensusData } from '../data/read-census-files.js';
import { formatProblems } from './load-scenario.js';
import { positiveInt, UsageError } from './simulate-command.js';
import { writeFileAtomic } from './write-atomic.js';

const OPTIONS = {
  la: { type: 'string' },
  year: { type: 'string' },
  window: { type: 'string' },
  months: { type: 'string' },
  out: { type: 'string' },
  list: { type: 'boolean' },
  demand: { type: 'boolean' },
} as const;

export const FROM_CENSUS_USAGE = `  npm run sim -- from-census --la <ONS code | LA number | name> --year <census year>
                 [--window 2018-2021] [--months 60] [--demand] [--out scenarios/x.json]
  npm run sim -- from-census --list [--la <part of a name>]   (councils, codes and census years)
`;

export async function fromCensusCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: false });
  if (values.list) return listCouncils(values.la);
  if (!values.la) throw new UsageError('from-census needs --la <council>');
  const year = Number(values.year);
  if (values.year === undefined || !Number.isInteger(year))
    throw new UsageError('from-census needs --year, e.g. 2021');
  const window = values.window === undefined ? undefined : parseWindow(values.window);
  if (window && !window.ok) {
    process.stderr.write(`Cannot build the scenario:\n${formatProblems(window.error)}\n`);
    return 1;
  }
  const horizonMonths =
    values.months === undefined ? undefined : positiveInt('months', values.months, 60, 120);
  const built = scenarioFromCensus(shippedCensusData(), {
    la: values.la,
    year,
    window: window?.value,
    horizonMonths,
    demand: values.demand,
  });
  if (!built.ok) {
    process.stderr.write(`Cannot build the scenario:\n${formatProblems(built.error)}\n`);
    return 1;
  }
  const { council, window: w, warnings, input } = built.value;
  const json = `${JSON.stringify(input, null, 2)}\n`;
  if (values.out) writeFileAtomic(values.out, json);
  else process.stdout.write(json);
  process.stderr.write(
    `${describeCouncil(council)}: census 30 Sep ${year}, rates from ${w.years.join(', ')}` +
      `${values.out ? `, written to ${values.out}` : ''}\n` +
      (warnings.length > 0 ? `Data caveats:\n${warnings.map((x) => `  - ${x}`).join('\n')}\n` : ''),
  );
  return 0;
}

function listCouncils(query: string | undefined): number {
  const data = shippedCensusData();
  const q = query?.toLowerCase();
  const councils =
    q === undefined
      ? data.index.councils
      : data.index.councils.filter((c) =>
          [c.name, c.laNumber, ...c.codes.map((k) => k.code)].some((x) => x.toLowerCase().includes(q)),
        );
  for (const council of councils) {
    const years = censusYears(councilWorkforce(data, council));
    process.stdout.write(
      `${council.code}  ${council.laNumber.padEnd(9)}  ${council.name}  (census ${years[0]}-${years[years.length - 1]})\n`,
    );
  }
  if (councils.length === 0) process.stderr.write(`no council matches "${query}"\n`);
  return councils.length === 0 ? 1 : 0;
}
