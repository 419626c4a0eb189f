/**
 * Named random streams: every (seed, replication, process) triple owns an independent Alea generator, so
 * adding a process or a replication never shifts another's numbers and scenarios share random numbers.
 * This is the only module in the project that imports seedrandom.
 */
import seedrandom from 'seedrandom';

/** A source of uniform draws on [0, 1). Alea yields multiples of 2^-32, so exactly 0 is possible. */
export type Uniform = () => number;

/** Half the spacing of Alea's output grid (2^-33): added by `uniformFor` to keep its draw off 0. */
const HALF_ALEA_STEP = 2 ** -33;

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

/**
 * One uniform for sampling a named parameter once per replication by inverse CDF: the first draw of
 * createStream(seed, replication, name), shifted by 2^-33 to the centre of its 2^-32 cell. The result is
 * strictly inside (0, 1), so an unbounded quantile (normal, lognormal) is always finite.
 */
export function uniformFor(seed: string, replication: number, name: string): number {
  return createStream(seed, replication, name)() + HALF_ALEA_STEP;
}
