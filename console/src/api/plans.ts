import { page } from './client';
import type { PlanSummary } from './types';

/** The published plans, for the pages that pick one; the API filters them (200 is its largest page). */
export async function publishedPlans(): Promise<PlanSummary[]> {
  return (await page<PlanSummary>('/plans', { status: 'PUBLISHED', size: 200 })).items;
}
