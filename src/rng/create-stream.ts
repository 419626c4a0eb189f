/**
 * Named random streams: every (seed, replication, process) triple owns an independent Alea generator, so
 * adding a process or a replication never shifts another's numbers and scenarios share random numbers.
 * This is the only module in the project that imports seedrandom.
 */
import seedrandom from 'seedrandom';

/** A source of uniform draws on [0, 1). Alea yields multiples of 2^-32, so exactly 0 is possible. */
export type Uniform = () => number;

/**
 * The stream for one process in one replication. The generator key is JSON.stringify([seed, replication,
 * process]), an unambiguous encoding, so ('1', 2, 'x') and ('12', 0, 'x') never collide by concatenation.
 * Invariant: replication is a non-negative safe integer (JSON would turn NaN into null).
 */
export function createStream(seed: string, replication: number, process: string): Uniform {
  if (!Number.isSafeInteger(replication) || replication < 0) {
    throw new Error(`createStream: replication must be a non-negative integer, got ${replication}`);
  }
  return seedrandom.alea(JSON.stringify([seed, replication, process]));
}

const fmix32 = (h: number): number => {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
};

/** Hash state after the (name, seed) part of a parameter key: two 32-bit lanes. */
export interface ParameterKey {
  a: number;
  b: number;
}

/** Two multiply-rotate lanes (MurmurHash3's constants) over the UTF-16 code units of `text`. */
function mixText(text: string): ParameterKey {
  let a = 0x9e3779b9 ^ text.length;
  let b = 0x7f4a7c15 ^ Math.imul(text.length, 0x27d4eb2f);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0xcc9e2d51);
    a = (a << 15) | (a >>> 17);
    b = Math.imul(b ^ c, 0x1b873593);
    b = (b << 13) | (b >>> 19);
  }
  return { a, b };
}

/** The part of a parameter's key that does not change between replications (hash it once per run). */
export const parameterKey = (seed: string, name: string): ParameterKey =>
  mixText(JSON.stringify([name, seed]));

/**
 * One uniform for sampling a named parameter once per replication by inverse CDF. It depends only on
 * (seed, replication, name), like a stream, but is a 53-bit hash of that key rather than the first
 * draw of a seeded generator: the key's text through two multiply-rotate lanes, then the
 * replication's two 32-bit halves, cross-mixed and finished with MurmurHash3's fmix32 avalanche
 * (Appleby 2011). Tens of parameters are resolved per replication, and hashing the fixed part of the
 * key once per run makes each draw a few multiplications. The result lies strictly inside (0, 1), so
 * an unbounded quantile is always finite.
 */
export function parameterUniform(key: ParameterKey, replication: number): number {
  if (!Number.isSafeInteger(replication) || replication < 0) {
    throw new Error(`uniformFor: replication must be a non-negative integer, got ${replication}`);
  }
  let { a, b } = key;
  for (const part of [replication >>> 0, Math.floor(replication / 2 ** 32)]) {
    a = Math.imul(a ^ part, 0xcc9e2d51);
    a = (a << 15) | (a >>> 17);
    b = Math.imul(b ^ part, 0x1b873593);
    b = (b << 13) | (b >>> 19);
  }
  const hi = fmix32(a ^ Math.imul(b, 0x85ebca6b));
  const lo = fmix32(b ^ Math.imul(hi, 0xc2b2ae35));
  // 53 bits: the top 32 from hi and 21 from lo, then shifted by half a step off 0.
  return (hi * 2 ** 21 + (lo >>> 11) + 0.5) / 2 ** 53;
}

/** parameterUniform for a key given in full. */
export const uniformFor = (seed: string, replication: number, name: string): number =>
  parameterUniform(parameterKey(seed, name), replication);
