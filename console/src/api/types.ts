// The API's answers as the console reads them (see /q/openapi at the gateway for the full documents).

export type AssignmentState =
  | 'ISSUED' | 'ACCEPTED' | 'DISPUTED' | 'IN_PROGRESS' | 'COMPLETION_REQUESTED' | 'COMPLETED' | 'CANCELLED';
export type WarningLevel = 'GREEN' | 'YELLOW' | 'RED' | 'NONE' | string;

export interface Assignment {
  id: string;
  planId: string;
  planTitle: string;
  measureId: string;
  measureNumber: string;
  measureTitle: string;
  section: string | null;
  path: string[];
  unitCode: string;
  unitName: string;
  role: 'LEAD' | 'COOPERATING' | string;
  deadline: string | null;
  deadlineText: string | null;
  state: AssignmentState;
  warningLevel: WarningLevel;
  reportMissing: boolean;
  lastReportAt: string | null;
  progressPercent: number;
  personInCharge: string | null;
  phone: string | null;
  pendingReason: string | null;
  completedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface AuditEntry {
  at?: string;
  occurredAt?: string;
  action?: string;
  actor?: string;
  fromState?: string;
  toState?: string;
  note?: string;
  [key: string]: unknown;
}

export interface ProgressReport {
  id: string;
  percent: number;
  narrative: string;
  reportedBy: string;
  reportedAt: string;
}

export interface EvidenceFile {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  note: string | null;
  uploadedBy: string;
  uploadedAt: string;
}

export interface ExtensionRequest {
  id: string;
  requestedDeadline: string;
  reason: string;
  state?: string;
  status?: string;
  [key: string]: unknown;
}

export interface Notice {
  id: string;
  unitCode: string;
  unitName: string;
  assignmentIds: string[];
  title: string;
  body: string;
  respondBy: string;
  state: 'OPEN' | 'RESPONDED' | 'CLOSED' | string;
  overdue: boolean;
  issuedAt: string;
  response: string | null;
  closeNote: string | null;
  version: number;
}

export interface StatisticsRow {
  key: string;
  label: string;
  total: number;
  byState: Record<string, number>;
  completed: number;
  completionRate: number | null;
  completedOnTime: number;
  onTimeCompletionRate: number | null;
  overdue: number;
  daysOverdue: number;
  maxDaysOverdue: number;
  reportsMissing: number;
  red: number;
  yellow: number;
  noticesOpen: number;
  noticesOverdue: number;
}

export interface Ranked {
  rank: number;
  unitCode: string;
  unitName: string;
  score: number;
  numbers: StatisticsRow;
}

export interface PlanSummary {
  id: string;
  title: string;
  docNumber: string | null;
  issuer: string | null;
  year: number;
  status: 'DRAFT' | 'PUBLISHED' | string;
  measureCount: number;
  version: number;
  publishedAt: string | null;
}

export interface UnitRef {
  name: string;
  mention: string;
  unitId: string | null;
  groupId: string | null;
}

export interface MeasureNode {
  id: string;
  number: string;
  path: string[];
  title: string;
  text: string;
  leadUnits: UnitRef[];
  cooperatingUnits: UnitRef[];
  deadline: string | null;
  deadlineText: string | null;
  targets: { text: string; metric: string | null; comparator: string | null; value: number | null; unit: string | null }[];
  children: MeasureNode[];
  sourceLocation?: string;
}

export interface PlanWarning {
  code: string;
  line: number | null;
  message: string;
  measureNumber: string | null;
}

export interface PlanDocument {
  plan: {
    id: string;
    title: string;
    docNumber: string | null;
    issuer: string | null;
    status: string;
    version: number;
    defaultDeadline: string | null;
    sourceName?: string;
    source?: string;
  };
  measures: MeasureNode[];
  warnings: PlanWarning[];
}

export interface InboxItem {
  id: string;
  unitCode: string;
  kind: string;
  title: string;
  body: string;
  assignmentId: string | null;
  planId: string | null;
  createdAt: string;
  readAt: string | null;
}

// assignment actions (issue 20)
/** The assignment fields the actions of issue 20 added (催办 counts, 复核 date, 转办 department). */
export interface AssignmentActionsFields {
  urgeCount: number;
  lastUrgedAt: string | null;
  reviewAt: string | null;
  handlingDepartment: string | null;
}

export interface Urge {
  id: string;
  assignmentId: string;
  ordinal: number;
  message: string | null;
  urgedBy: string;
  urgedAt: string;
}

export type LoopStageCode = 'DISCOVERY' | 'RECTIFICATION' | 'REVIEW' | 'FEEDBACK' | 'CLOSURE';

export interface LoopHistory {
  assignmentId: string;
  state: string;
  currentStage: LoopStageCode | null;
  reviewAt: string | null;
  rounds: number;
  stages: { stage: LoopStageCode; label: string; count: number; firstAt: string | null; lastAt: string | null }[];
  steps: {
    seq: number;
    at: string;
    actor: string;
    action: string;
    stage: LoopStageCode | null;
    label: string | null;
    fromState: string | null;
    toState: string | null;
    reason: string | null;
  }[];
}

export interface Handover {
  id: string;
  fromPerson: string | null;
  fromDepartment: string | null;
  toPerson: string;
  toDepartment: string | null;
  note: string | null;
  handedOverBy: string;
  handedOverAt: string;
}

export interface Milestone {
  id: string;
  assignmentId: string;
  title: string;
  dueDate: string;
  state: 'OPEN' | 'DONE';
  overdue: boolean;
  createdBy: string;
  createdAt: string;
  doneBy: string | null;
  doneAt: string | null;
  doneNote: string | null;
  version: number;
}

export type ReportingFrequency = 'WEEKLY' | 'MONTHLY' | 'QUARTERLY';

export interface ReportingCycle {
  planId: string;
  frequency: ReportingFrequency;
  dueDay: number;
  lastDue: string | null;
  nextDue: string | null;
  version: number;
}

export interface CompletionPolicy {
  planId: string;
  requireEvidence: boolean;
  requireTargetsMet: boolean;
  version: number;
  updatedBy: string | null;
  updatedAt: string | null;
}

export interface CompletionPolicyChange {
  version: number;
  requireEvidence: boolean;
  requireTargetsMet: boolean;
  changedBy: string;
  changedAt: string;
}
