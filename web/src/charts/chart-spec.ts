/** A chart described as data: shaded bands, lines, and the columns of its table view. */
import { formatMonth, type Unit } from '../format.js';

export type Values = (number | null)[];

export interface BandSpec {
  label: string;
  upper: Values;
  lower: Values;
  fill: string;
}

export interface LineSpec {
  label: string;
  values: Values;
  colour: string;
  dash?: number[];
  width?: number;
  /** Markers only, no joining line (e.g. observed census figures). */
  points?: boolean;
  /** Filled bars from zero, one per x position (categories such as measures). */
  bars?: boolean;
}

export interface TableColumn {
  label: string;
  values: Values;
  /** Overrides the chart's unit for this column. */
  unit?: Unit;
}

export interface ChartSpec {
  /** Stable id for tests and file names, e.g. 'agency_rate'. */
  id: string;
  title: string;
  /** One sentence under the title: what is plotted and how to read it. */
  explainer: string;
  unit: Unit;
  axisLabel: string;
  /** Calendar months of the x axis, YYYY-MM (or plain labels when xTitle is set). */
  dates: string[];
  /** For an x axis that is not calendar months (e.g. 'Months in post'): its title; dates are shown as given. */
  xTitle?: string;
  bands: BandSpec[];
  lines: LineSpec[];
  table: TableColumn[];
  /** Fixed y range, e.g. [0, 1] for probabilities. */
  yRange?: [number, number];
}

/** The label of x position i: a calendar month, or the plain label of a non-calendar axis. */
export const xLabel = (spec: ChartSpec, i: number): string =>
  spec.xTitle ? (spec.dates[i] ?? '') : formatMonth(spec.dates[i] ?? '');
