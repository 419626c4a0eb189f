/** Shapes of ids, seeds and paths accepted from clients, shared by the routes. */
export const RUN_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Shipped ids are file stems (e.g. hull-baseline), saved ones UUIDs. */
export const SCENARIO_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
export const SEED_PATTERN = /^[A-Za-z0-9._:-]{1,64}$/;
export const DOTTED_PATH_PATTERN = /^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+){0,15}$/;
export const MAX_OVERRIDES = 200;
export const DEFAULT_RUNS = 1000;
export const DEFAULT_SEED = '1';
