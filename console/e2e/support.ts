import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Browser, type Locator, type Page } from '@playwright/test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the latest screenshots go (README shows them). */
export const SCREENSHOTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');

/** Signs in through Keycloak's own login page (authorization code with PKCE, started by the console). */
export async function signIn(page: Page, user: string, password = user): Promise<void> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  (page as Page & { cspViolations?: string[] }).cspViolations = violations;
  await page.goto('/');
  await page.locator('#username').fill(user);
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();
  await expect(page.getByTestId('who')).toContainText(user === 'officer-fgw' ? 'QZ-FGW' : '');
  // the landing page (the first the role may see) has finished its own navigation
  await expect(page.locator('main h1')).toBeVisible();
  await page.waitForLoadState('networkidle');
}

/** No script, style or call the page's Content-Security-Policy refused. */
export function expectNoCspViolations(page: Page): void {
  expect((page as Page & { cspViolations?: string[] }).cspViolations ?? []).toEqual([]);
}

/** axe-core on the page as it stands: no serious or critical violation. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  expect(bad).toEqual([]);
}

export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, name), fullPage });
}

/** Reloads until the check passes: work reaches task-service from plan-service by Kafka, a moment later. */
export async function eventually(page: Page, check: () => Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`not in time: ${what}`);
    await page.waitForTimeout(1500);
    await page.reload();
  }
}

/** A small plan document in the shape of the Qinzhou sample, named uniquely per run. */
export function planDocument(run: string): string {
  return `钦州市人民政府办公室

关于印发${planTitleOf(run)}的通知

钦政办〔2026〕${run}号
各县、区人民政府，市直各委、办、局：

现将《${planTitleOf(run)}》印发给你们，请认真组织实施。

         2026年1月5日
${planTitleOf(run)}

一、总体要求

按期完成各项验收任务。

二、工作措施

（一）夯实基础。

1. 推进项目审批提速${run}。压缩审批时限，公开办事指南。2026年12月31日前完成。（牵头单位：市发展改革委）

2. 加强市场主体登记服务${run}。推行登记全程网办。2026年12月31日前完成。（牵头单位：市市场监管局）
`;
}

/** A new browser context signed in as the user; narrower than 500 pixels it is a phone (touch, mobile viewport). */
export async function asUser(browser: Browser, user: string, viewport = { width: 1366, height: 900 }): Promise<Page> {
  const phone = viewport.width < 500;
  const context = await browser.newContext({ viewport, isMobile: phone, hasTouch: phone, acceptDownloads: true });
  const page = await context.newPage();
  await signIn(page, user);
  return page;
}

/** The unit officer's 本单位任务, once the new work for the measure has reached its 新任务 tab (events take a moment). */
export async function findNewWork(page: Page, measureTitle: string): Promise<void> {
  await page.getByRole('link', { name: '本单位任务' }).click();
  await eventually(page, async () => {
    await page.getByRole('tab', { name: /新任务/ }).click();
    return (await page.getByRole('link', { name: new RegExp(measureTitle) }).count()) === 1;
  }, 'the new assignment in the officer\'s list');
}

/** A local realm user's token as headers, for setting up data and for crafted requests (password grant: local realm only). */
export async function tokenOf(api: APIRequestContext, user: string): Promise<Record<string, string>> {
  const config = await (await api.get('/console-config.json')).json();
  const token = await api.post(`${config.authServerUrl}/realms/${config.realm}/protocol/openid-connect/token`, {
    form: { grant_type: 'password', client_id: config.clientId, username: user, password: user },
  });
  expect(token.ok()).toBeTruthy();
  return { Authorization: `Bearer ${(await token.json()).access_token}` };
}

/** The title of planDocument(run). */
export const planTitleOf = (run: string) => `钦州市控制台验收工作方案${run}`;

/** 方案导入: uploads planDocument(run) as a file and answers its draft, once read. */
export async function uploadPlan(page: Page, run: string, fileName: string): Promise<Locator> {
  await page.getByRole('link', { name: '方案导入' }).click();
  await page.getByTestId('plan-file').setInputFiles({
    name: fileName, mimeType: 'text/plain', buffer: Buffer.from(planDocument(run), 'utf-8'),
  });
  await page.getByRole('button', { name: '上传并解析' }).click();
  const draft = page.getByTestId('draft');
  await expect(draft.getByRole('heading', { name: planTitleOf(run) })).toBeVisible();
  return draft;
}

export async function publishDraft(page: Page, draft: Locator): Promise<void> {
  await draft.getByRole('button', { name: '发布方案' }).click();
  await expect(page.getByRole('status')).toContainText('方案已发布');
}

/** On an assignment's page, an officer's progress report, with a small text file as evidence when one is named. */
export async function reportProgress(page: Page, percent: string, narrative: string, evidence?: { name: string; text: string }): Promise<void> {
  await page.getByLabel('完成进度（%）').fill(percent);
  await page.getByLabel('进展情况').fill(narrative);
  if (evidence) {
    await page.getByTestId('evidence-file').setInputFiles({
      name: evidence.name, mimeType: 'text/plain', buffer: Buffer.from(evidence.text, 'utf-8'),
    });
  }
  await page.getByRole('button', { name: '提交报送' }).click();
}

/** On an assignment's page, the officer asks to complete; the state says so. */
export async function askToComplete(page: Page, summary: string): Promise<void> {
  await page.getByLabel('办结情况说明').fill(summary);
  await page.getByRole('button', { name: '申请办结' }).click();
  await expect(page.getByTestId('state')).toHaveText('申请办结');
}

/** An entry of 待办 for the measure. */
export const pendingEntry = (page: Page, measureTitle: string) =>
  page.getByTestId('pending-items').getByRole('link', { name: new RegExp(measureTitle) });

/** 待办 narrowed to one kind, once the unit's request has arrived there (events take a moment). */
export async function findPending(page: Page, kind: string, measureTitle: string): Promise<void> {
  await page.getByRole('link', { name: '待办', exact: true }).click();
  await eventually(page, async () => {
    await page.getByLabel('类型').selectOption(kind);
    return expect(pendingEntry(page, measureTitle)).toBeVisible({ timeout: 3000 }).then(() => true, () => false);
  }, `${kind} for ${measureTitle} in 待办`);
}
