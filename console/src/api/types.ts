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

// office pages (issue 20): the to-do queue, bulletins, ranking rules and assessment, supervision items
export type PendingKind = 'COMPLETION_REQUEST' | 'EXTENSION_REQUEST' | 'DISPUTE' | 'NOTICE_RESPONSE';

export interface PendingItem {
  kind: PendingKind;
  since: string;
  planId: string;
  planTitle: string;
  assignmentId: string | null;
  measureNumber: string | null;
  measureTitle: string | null;
  unitCode: string;
  unitName: string;
  extensionId: string | null;
  requestedDeadline: string | null;
  noticeId: string | null;
  noticeTitle: string | null;
  detail: string | null;
  actionPath: string;
}

export interface PendingPage {
  items: PendingItem[];
  counts: Record<PendingKind, number>;
  total: number;
  page: number;
  size: number;
}

export type RankingKind = 'ON_TIME' | 'OVERDUE' | 'REPORTS_MISSING' | 'URGES' | 'EXTENSIONS' | 'RETURNED';

export interface ScoreTerm {
  planId: string;
  role: 'LEAD' | 'COOPERATING';
  kind: RankingKind;
  count: number;
  weight: number;
  points: number;
}

export interface AssessedUnit {
  rank: number;
  unitCode: string;
  unitName: string;
  score: number;
  totals: Partial<Record<RankingKind, number>>;
  daysOverdue: number;
  breakdown: ScoreTerm[];
}

export interface BulletinUnitLine {
  rank: number;
  unitCode: string;
  unitName: string;
  score: number;
  card: 'RED' | 'YELLOW' | 'NONE' | string;
  assignments: number;
  due: number;
  completedOnTime: number;
  completedLate: number;
  overdueAtEnd: number;
  daysOverdue: number;
  reportsMissing: number;
  urges: number;
  returned: number;
  extensions: number;
  red: number;
  yellow: number;
}

export interface BulletinOverdueItem {
  unitCode: string;
  unitName: string;
  role: string;
  planTitle: string;
  measureNumber: string;
  measureTitle: string;
  deadline: string;
  daysOverdue: number;
  state: string;
}

export interface BulletinContent {
  period: string;
  first: string;
  last: string;
  asOf: string;
  planId: string | null;
  planTitle: string | null;
  title: string;
  ruleVersion: number | null;
  cards: { redCardRedItems: number; yellowCardRedItems: number };
  totals: {
    assignments: number; due: number; completedOnTime: number; completedLate: number; overdueAtEnd: number;
    reportsMissing: number; urges: number; returned: number; extensions: number; red: number; yellow: number;
    unitsWithRedCard: number; unitsWithYellowCard: number;
  };
  units: BulletinUnitLine[];
  ranking: AssessedUnit[];
  overdueItems: BulletinOverdueItem[];
}

export interface BulletinSummary {
  id: string;
  period: string;
  planId: string | null;
  title: string;
  documentNumber: string | null;
  publishedBy: string;
  publishedAt: string;
}

export interface Weights {
  onTime: number;
  overdue: number;
  reportsMissing: number;
  urges: number;
  extensions: number;
  returned: number;
}

export interface RankingRuleVersion {
  planId: string;
  version: number;
  rule: { lead: Weights; cooperating: Weights };
  reason: string | null;
  changedBy: string | null;
  changedAt: string | null;
}

export type ItemSource = 'LEADER_INSTRUCTION' | 'HOTLINE_12345' | 'INSPECTION' | 'AUDIT' | 'OTHER';

export interface SupervisionItem {
  id: string;
  number: string;
  source: ItemSource;
  basis: { title: string; docNumber: string | null; date: string | null };
  category: string;
  priority: 'NORMAL' | 'HIGH' | 'URGENT';
  title: string;
  content: string;
  leadUnits: string[];
  cooperatingUnits: string[];
  deadline: string;
  state: 'OPEN' | 'COMPLETED' | 'CANCELLED' | string;
  createdBy: string;
  createdAt: string;
  version: number;
  assignments: {
    assignmentId: string;
    unitCode: string;
    unitName: string;
    role: 'LEAD' | 'COOPERATING' | string;
    state: AssignmentState;
    deadline: string;
    warningLevel: WarningLevel;
    reportMissing: boolean;
    progressPercent: number;
    completedAt: string | null;
  }[];
}

export interface DirectoryUnit {
  id: string;
  code: string;
  name: string;
  shortName: string | null;
  status: string;
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
