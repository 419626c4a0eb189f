/**
 * Analytic expectation of the workforce stocks for the simplified chain the simulation reduces to
 * when every worker has one constant leaving hazard h, every free vacancy is filled with monthly
 * probability p, and an accepted offer starts after L months (no agency conversions, intakes or
 * pipelines). Each post is an independent Markov chain on {filled, vacant, offer k months away};
 * the expected stocks are N times the state distribution pi_t = pi_0 P^t (matrix powers by mathjs).
 * Within a month the order is the model's: leavers first, then offers on every free vacancy.
 */
import { type Matrix, matrix, multiply } from 'mathjs';

export interface ChainSpec {
  posts: number;
  filledAtStart: number;
  hazardPerMonth: number;
  fillProbabilityPerMonth: number;
  noticeLagMonths: number;
  months: number;
}

export interface ChainExpectation {
  /** Expected permanent heads at the end of months 1..months. */
  permanent: number[];
  /** Expected vacant posts (including those with an accepted offer) at the end of months 1..months. */
  vacancies: number[];
}

/** One-month transition matrix over [filled, vacant, offer arriving in 1..L months]. */
export function vacancyChainMatrix(h: number, p: number, lag: number): Matrix {
  const size = 2 + lag;
  const P = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  const F = 0;
  const V = 1;
  const offer = (k: number) => 1 + k; // offer arriving in k months, k = 1..lag
  if (lag === 0) {
    P[F]![F] = 1 - h + h * p;
    P[F]![V] = h * (1 - p);
    P[V]![F] = p;
    P[V]![V] = 1 - p;
  } else {
    P[F]![F] = 1 - h;
    P[F]![V] = h * (1 - p);
    P[F]![offer(lag)] = h * p;
    P[V]![V] = 1 - p;
    P[V]![offer(lag)] = p;
    P[offer(1)]![F] = 1;
    for (let k = 2; k <= lag; k++) P[offer(k)]![offer(k - 1)] = 1;
  }
  return matrix(P);
}

export function expectedVacancyChain(spec: ChainSpec): ChainExpectation {
  const { posts, filledAtStart, hazardPerMonth, fillProbabilityPerMonth, noticeLagMonths, months } = spec;
  const P = vacancyChainMatrix(hazardPerMonth, fillProbabilityPerMonth, noticeLagMonths);
  const start = new Array<number>(2 + noticeLagMonths).fill(0);
  start[0] = filledAtStart / posts;
  start[1] = 1 - filledAtStart / posts;
  let pi = matrix([start]);
  const permanent: number[] = [];
  const vacancies: number[] = [];
  for (let t = 1; t <= months; t++) {
    pi = multiply(pi, P) as Matrix;
    const filled = pi.get([0, 0]) as number;
    permanent.push(posts * filled);
    vacancies.push(posts * (1 - filled));
  }
  return { permanent, vacancies };
}

/** Expected heads remaining from N under a constant monthly hazard h: N (1 - h)^t for t = 1..months. */
export function expectedAttrition(heads: number, hazardPerMonth: number, months: number): number[] {
  return Array.from({ length: months }, (_, i) => heads * (1 - hazardPerMonth) ** (i + 1));
}
