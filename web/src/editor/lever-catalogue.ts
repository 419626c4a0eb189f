/**
 * The main levers people change, grouped as the scenario schema groups its settings, each with a
 * unit, an allowed range and a one-line explainer. Paths use `*` for every entry of a list or map.
 * Settings not listed here still appear, generically, under "All other settings" of their group.
 */
import type { LeverGroup } from './lever-kinds.js';
import { MONEY_GROUP, TARGETS_GROUP } from './levers-money.js';
import { AGENCY_GROUP, DEMAND_GROUP } from './levers-services.js';
import { BASICS_GROUP, PIPELINES_GROUP, WORKFORCE_GROUP } from './levers-workforce.js';

export const LEVER_GROUPS: LeverGroup[] = [
  BASICS_GROUP,
  WORKFORCE_GROUP,
  PIPELINES_GROUP,
  AGENCY_GROUP,
  DEMAND_GROUP,
  MONEY_GROUP,
  TARGETS_GROUP,
];

/** Keys the editor leaves alone: sources are shown with the assumptions; the horizon is set in the run form. */
export const HIDDEN_KEYS = new Set(['sources', 'horizonMonths']);
