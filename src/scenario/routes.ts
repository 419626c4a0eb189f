/** Entry routes, grades and pipelines of case-holding social workers (MODEL.md section 3). */
import { z } from 'zod';

export const ROUTES = [
  'nq',
  'step_up',
  'apprenticeship',
  'frontline',
  'experienced',
  'agency_conversion',
] as const;
export const RouteSchema = z.enum(ROUTES);
export type Route = z.infer<typeof RouteSchema>;

/** Routes whose workers start in post as newly qualified (ASYE for their first 12 months in post). */
export const ASYE_ROUTES: readonly Route[] = ['nq', 'step_up', 'apprenticeship', 'frontline'];

export const PIPELINE_ROUTES = ['step_up', 'apprenticeship', 'frontline'] as const;
export const PipelineRouteSchema = z.enum(PIPELINE_ROUTES);
export type PipelineRoute = z.infer<typeof PipelineRouteSchema>;

export const GRADES = ['asye', 'social_worker', 'senior'] as const;
export const GradeSchema = z.enum(GRADES);
export type Grade = z.infer<typeof GradeSchema>;

/** Months a newly qualified worker spends in the assessed and supported year in employment. */
export const ASYE_MONTHS = 12;
