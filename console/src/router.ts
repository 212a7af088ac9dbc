import { createRouter, createWebHashHistory } from 'vue-router';
import { session } from './auth';
import { PAGES, visiblePages } from './pages';

// Hash history: the gateway serves one index.html at / and needs no fallback route for deep links.
export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', redirect: () => visiblePages(session.roles)[0]?.path ?? '/no-access' },
    ...PAGES.map((p) => ({ path: p.path, name: p.name, component: p.component, meta: { title: p.title, roles: p.roles } })),
    { path: '/no-access', component: () => import('./pages/NoAccessPage.vue'), meta: { title: '无权限' } },
    { path: '/:rest(.*)*', redirect: '/' },
  ],
});

router.beforeEach((to) => {
  const roles = to.meta.roles as string[] | undefined;
  if (roles && !roles.some((r) => session.roles.includes(r as never))) {
    // reminders mail a unit the plan's list (/assignments?planId=…&unitCode=…): for its officer that is 本单位任务
    if (to.name === 'assignments' && session.roles.includes('unit-officer')) return { name: 'my-work' };
    return '/no-access';
  }
  return true;
});

router.afterEach((to) => {
  document.title = `${(to.meta.title as string) ?? ''} · 督查督办工作台`;
});
