/** The hindcast page's settings as a shareable query string: /hindcast?la=E06000010&from=2019&to=2023[&runs=..]. */
export interface HindcastQuery {
  la: string;
  from?: number | undefined;
  to?: number | undefined;
  runs?: number | undefined;
  seed?: string | undefined;
  windowYears?: number | undefined;
  demand: boolean;
}

const int = (text: string | null, lo: number, hi: number): number | undefined => {
  const n = Number(text);
  return text !== null && text !== '' && Number.isInteger(n) && n >= lo && n <= hi ? n : undefined;
};

export function parseHindcastQuery(query: URLSearchParams): HindcastQuery {
  const la = (query.get('la') ?? '').trim().slice(0, 120);
  const seed = query.get('seed') ?? '';
  return {
    la,
    from: int(query.get('from'), 2000, 2100),
    to: int(query.get('to'), 2000, 2100),
    runs: int(query.get('runs'), 1, 100_000),
    seed: /^[A-Za-z0-9._:-]{1,64}$/.test(seed) ? seed : undefined,
    windowYears: int(query.get('window'), 1, 9),
    demand: query.get('demand') === '1',
  };
}

export function hindcastQueryString(q: HindcastQuery): string {
  const params = new URLSearchParams();
  if (q.la) params.set('la', q.la);
  if (q.from !== undefined) params.set('from', String(q.from));
  if (q.to !== undefined) params.set('to', String(q.to));
  if (q.runs !== undefined) params.set('runs', String(q.runs));
  if (q.seed !== undefined) params.set('seed', q.seed);
  if (q.windowYears !== undefined) params.set('window', String(q.windowYears));
  if (q.demand) params.set('demand', '1');
  const text = params.toString();
  return text ? `?${text}` : '';
}
