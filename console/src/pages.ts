import type { RouteComponent } from 'vue-router';
import type { Role } from './auth';

/**
 * Every page of the console, with who sees it in the menu. A new page plugs in here: one entry and one
 * component, and the menu, the routes and the role checks follow.
 */
export interface ConsolePage {
  path: string;
  name: string;
  title: string;
  roles: Role[];
  /** Shown in the menu (detail pages are reached from lists). */
  menu: boolean;
  component: () => Promise<RouteComponent | { default: RouteComponent }>;
}

const office: Role[] = ['supervisor', 'admin'];
const readers: Role[] = ['supervisor', 'admin', 'leader'];
const everyone: Role[] = ['supervisor', 'admin', 'leader', 'unit-officer'];

export const PAGES: ConsolePage[] = [
  // first for the office: the landing page ('/' goes to the first page a role may see) is its to-do queue
  { path: '/pending', name: 'pending', title: '待办', roles: office, menu: true, component: () => import('./pages/PendingPage.vue') },
  { path: '/dashboard', name: 'dashboard', title: '督查总览', roles: readers, menu: true, component: () => import('./pages/DashboardPage.vue') },
  { path: '/my-work', name: 'my-work', title: '本单位任务', roles: ['unit-officer'], menu: true, component: () => import('./pages/MyWorkPage.vue') },
  { path: '/assignments', name: 'assignments', title: '任务清单', roles: readers, menu: true, component: () => import('./pages/AssignmentsPage.vue') },
  { path: '/plans', name: 'plans', title: '方案导入', roles: office, menu: true, component: () => import('./pages/PlanIntakePage.vue') },
  { path: '/notices', name: 'notices', title: '督办单', roles: everyone, menu: true, component: () => import('./pages/NoticesPage.vue') },
  { path: '/inbox', name: 'inbox', title: '消息', roles: ['unit-officer'], menu: true, component: () => import('./pages/InboxPage.vue') },
  { path: '/items', name: 'items', title: '督办事项', roles: readers, menu: true, component: () => import('./pages/ItemsPage.vue') },
  { path: '/bulletins', name: 'bulletins', title: '月度通报', roles: readers, menu: true, component: () => import('./pages/BulletinsPage.vue') },
  { path: '/ranking', name: 'ranking', title: '考核排名', roles: readers, menu: true, component: () => import('./pages/RankingPage.vue') },
  { path: '/plan-settings', name: 'plan-settings', title: '方案设置', roles: readers, menu: true, component: () => import('./pages/PlanSettingsPage.vue') },
  { path: '/assignments/:id', name: 'assignment', title: '任务详情', roles: everyone, menu: false, component: () => import('./pages/AssignmentPage.vue') },
];

export const visiblePages = (roles: Role[]) => PAGES.filter((p) => p.roles.some((r) => roles.includes(r)));
