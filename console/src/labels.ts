// Chinese names of the API's codes, in one place.
export const STATE_LABELS: Record<string, string> = {
  ISSUED: '待签收',
  ACCEPTED: '已签收',
  DISPUTED: '有异议',
  IN_PROGRESS: '推进中',
  COMPLETION_REQUESTED: '申请办结',
  COMPLETED: '已办结',
  CANCELLED: '已撤销',
};
export const STATES = Object.keys(STATE_LABELS);
export const OPEN_STATES = ['ISSUED', 'ACCEPTED', 'DISPUTED', 'IN_PROGRESS', 'COMPLETION_REQUESTED'];

export const WARNING_LABELS: Record<string, string> = { RED: '红色预警', YELLOW: '黄色预警', GREEN: '正常', NONE: '无' };
export const ROLE_LABELS: Record<string, string> = { LEAD: '牵头', COOPERATING: '配合' };
export const NOTICE_STATE_LABELS: Record<string, string> = { OPEN: '待回复', RESPONDED: '已回复', CLOSED: '已关闭' };
export const INBOX_KIND_LABELS: Record<string, string> = {
  NEW_ASSIGNMENT: '新任务',
  REMINDER: '提醒',
  NOTICE: '督办单',
  REVIEW: '复核结果',
  OVERDUE: '逾期',
  ESCALATION: '升级督办',
  REPORT_REMINDER: '报送提醒',
  REPORT_MISSING: '缺报',
  URGE: '催办',
  OFFICE_TODO: '待办',
  REVIEW_DUE: '待复核',
  MILESTONE: '阶段目标',
  BULLETIN: '通报',
};

export const stateLabel = (s: string) => STATE_LABELS[s] ?? s;
export const warningLabel = (w: string) => WARNING_LABELS[w] ?? w;

export function dateTime(value: string | null | undefined): string {
  if (!value) return '—';
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? value : d.toLocaleString('zh-CN', { hour12: false });
}

export function percent(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`;
}

/** The history's action codes (task-service's Action, plus what other parts of it record). */
export const ACTION_LABELS: Record<string, string> = {
  ISSUE: '下发',
  ACCEPT: '签收',
  DISPUTE: '提出异议',
  REASSIGN: '改派',
  REJECT_DISPUTE: '驳回异议',
  REPORT: '进展报送',
  REQUEST_EXTENSION: '申请延期',
  DECIDE_EXTENSION: '延期审批',
  REQUEST_COMPLETION: '申请办结',
  COMPLETE: '办结（销号）',
  RETURN: '退回',
  CANCEL: '撤销',
  REOPEN: '重新打开',
  EVIDENCE_ADDED: '上传佐证材料',
  URGE: '催办',
  HANDOVER: '转办',
  RE_INSPECT_CONFIRM: '复核确认',
  RE_INSPECT_REOPEN: '复核重新打开',
  MILESTONE_SET: '新增阶段性目标',
  MILESTONE_DONE: '阶段性目标完成',
};
export const actionLabel = (a: string | undefined) => (a ? ACTION_LABELS[a] ?? a : '');

// office pages (issue 20)
export const PENDING_KIND_LABELS: Record<string, string> = {
  COMPLETION_REQUEST: '申请办结',
  EXTENSION_REQUEST: '延期申请',
  DISPUTE: '异议（申请调整）',
  NOTICE_RESPONSE: '督办单已回复',
};
export const CARD_LABELS: Record<string, string> = { RED: '红牌', YELLOW: '黄牌', NONE: '无' };
export const RANKING_KIND_LABELS: Record<string, string> = {
  ON_TIME: '按期办结',
  OVERDUE: '逾期',
  REPORTS_MISSING: '缺报',
  URGES: '催办',
  EXTENSIONS: '延期',
  RETURNED: '退回',
};
/** The Weights field of each ranking kind, in the API's order. */
export const WEIGHT_FIELDS = [
  ['onTime', 'ON_TIME'], ['overdue', 'OVERDUE'], ['reportsMissing', 'REPORTS_MISSING'],
  ['urges', 'URGES'], ['extensions', 'EXTENSIONS'], ['returned', 'RETURNED'],
] as const;
export const ITEM_SOURCE_LABELS: Record<string, string> = {
  LEADER_INSTRUCTION: '领导批示',
  HOTLINE_12345: '12345热线',
  INSPECTION: '巡察发现',
  AUDIT: '审计发现',
  OTHER: '其他',
};
export const PRIORITY_LABELS: Record<string, string> = { NORMAL: '一般', HIGH: '重要', URGENT: '紧急' };
export const ITEM_STATE_LABELS: Record<string, string> = { OPEN: '办理中', COMPLETED: '已办结', CANCELLED: '已撤销' };
export const FREQUENCY_LABELS: Record<string, string> = { WEEKLY: '每周', MONTHLY: '每月', QUARTERLY: '每季度' };
// assignment actions: 复核's loop and milestones
export const LOOP_STAGE_LABELS: Record<string, string> = {
  DISCOVERY: '发现',
  RECTIFICATION: '整改',
  REVIEW: '复核',
  FEEDBACK: '反馈',
  CLOSURE: '销号',
};
export const LOOP_STAGES = Object.keys(LOOP_STAGE_LABELS);
export const MILESTONE_STATE_LABELS: Record<string, string> = { OPEN: '进行中', DONE: '已完成' };
export const RE_INSPECTION_LABELS: Record<string, string> = { CONFIRMED: '复核确认（维持销号）', REOPENED: '复核不通过（重新打开）' };
