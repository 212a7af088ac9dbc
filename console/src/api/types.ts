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

/** One month of GET /supervision/trend (月度趋势), counted from history. */
export interface TrendMonth {
  month: string;
  label: string;
  issued: number;
  completedOnTime: number;
  completedLate: number;
  openAtEnd: number;
  overdueAtEnd: number;
  red: number;
  yellow: number;
  urges: number;
  missingReports: number;
}

export interface Trend {
  from: string;
  to: string;
  planId: string | null;
  unitCode: string | null;
  asOf: string;
  months: TrendMonth[];
}
