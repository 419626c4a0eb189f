/** A chart described as data: shaded bands, lines, and the columns of its table view. */
import type { Unit } from '../format.js';

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
  /** Calendar months of the x axis, YYYY-MM. */
  dates: string[];
  bands: BandSpec[];
  lines: LineSpec[];
  table: TableColumn[];
  /** Fixed y range, e.g. [0, 1] for probabilities. */
  yRange?: [number, number];
}
