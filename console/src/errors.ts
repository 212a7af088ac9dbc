import { ApiProblem } from './api/client';

/** A message for the user from anything an action threw. */
export function describe(e: unknown): string {
  if (e instanceof ApiProblem) {
    if (e.status === 412) return '该任务已被他人更新，请刷新后重试（412）';
    if (e.status === 403) return '无权执行此操作（403）';
    return e.describe();
  }
  return e instanceof Error ? e.message : String(e);
}

/** The object changed since it was read (412) or its state no longer allows the action (409): read it again. */
export const isStale = (e: unknown) => e instanceof ApiProblem && (e.status === 409 || e.status === 412);
