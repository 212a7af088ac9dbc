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
