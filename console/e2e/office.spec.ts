import { readFile } from 'node:fs/promises';
import { expect, request as apiRequest, test, type APIRequestContext, type Download, type Page } from '@playwright/test';
import { askToComplete, asUser, eventually, expectAccessible, expectNoCspViolations, findPending, pendingEntry, reportProgress, screenshot, tokenOf } from './support';

// The supervision office's pages (issue 20's endpoints): 待办, 督办事项, 月度通报, 考核排名, and what leaders and
// unit officers see of them. Its own plan, named per run, so it runs beside console.spec.ts on the same suite.
test.describe.configure({ mode: 'serial' });

const run = String(Date.now()).slice(-6);
const planTitle = `钦州市督查室工作验收方案${run}`;
const measureTitle = `优化政务服务流程${run}`;
const itemTitle = `关于解决企业开办难题的领导批示${run}`;
const bulletinTitle = `钦州市督查通报${run}`;
let assignmentPath = '';
let planId = '';

/** The current month as the suite counts it (Asia/Shanghai), like the pages' default period. */
const thisMonth = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date());

/** A download's name and first bytes: an .docx and an .xlsx are zip files (PK). */
async function expectZipDownload(download: Download, name: RegExp): Promise<void> {
  expect(download.suggestedFilename()).toMatch(name);
  const bytes = await readFile(await download.path());
  expect(bytes.length).toBeGreaterThan(100);
  expect(bytes.subarray(0, 2).toString()).toBe('PK');
}

async function checked(page: Page, shot?: string) {
  await expectAccessible(page);
  expectNoCspViolations(page);
  if (shot) await screenshot(page, shot, true);
}

test('setup: the supervisor publishes a small plan through the API', async ({ baseURL }) => {
  const api = await apiRequest.newContext({ baseURL });
  const auth = await tokenOf(api, 'supervisor');
  const created = await api.post('/api/v1/plans', {
    headers: { ...auth, 'Idempotency-Key': crypto.randomUUID() },
    data: {
      title: planTitle, docNumber: `钦政办〔2026〕${run}号`, issuer: '钦州市人民政府办公室', year: 2026,
      measures: [
        { number: '1', title: measureTitle, leadUnits: ['市发展改革委'], deadline: '2026-12-31' },
        { number: '2', title: `加强市场主体登记服务${run}`, leadUnits: ['市市场监管局'], cooperatingUnits: ['市发展改革委'], deadline: '2026-12-31' },
      ],
    },
  });
  expect(created.status()).toBe(201);
  planId = (await created.json()).plan?.id ?? (await created.json()).id;
  expect(planId).toMatch(/^[0-9a-f-]{36}$/);
  await api.dispose();
});

test('the officer asks to complete; the supervisor finds it in 待办 (the landing page) and opens it from there', async ({ browser }) => {
  const officer = await asUser(browser, 'officer-fgw');
  // officers see none of the office's pages
  for (const name of ['待办', '月度通报', '考核排名', '督办事项']) {
    await expect(officer.getByRole('link', { name, exact: true })).toHaveCount(0);
  }
  await officer.goto('/#/pending');
  await expect(officer).toHaveURL(/#\/no-access$/);
  await officer.goto('/#/my-work');
  await eventually(officer, async () => {
    await officer.getByRole('tab', { name: /新任务/ }).click();
    return expect(officer.getByRole('link', { name: new RegExp(measureTitle) })).toBeVisible({ timeout: 3000 }).then(() => true, () => false);
  }, 'the plan\'s work in the officer\'s list');
  await officer.getByRole('link', { name: new RegExp(measureTitle) }).click();
  await officer.waitForURL(/#\/assignments\/[0-9a-f-]{36}$/);
  assignmentPath = new URL(officer.url()).hash.slice(1);
  await officer.getByLabel('责任人').fill('李科长');
  await officer.getByLabel('联系电话').fill('0777-2820001');
  await officer.getByRole('button', { name: '签收', exact: true }).click();
  await expect(officer.getByTestId('state')).toHaveText('已签收');
  await reportProgress(officer, '100', '流程已优化，材料精简三成。', { name: '流程优化佐证.txt', text: '流程优化说明。\n' });
  await expect(officer.getByTestId('state')).toHaveText('推进中');
  await askToComplete(officer, '流程优化已完成，申请办结。');
  await officer.context().close();

  const page = await asUser(browser, 'supervisor');
  await expect(page).toHaveURL(/#\/pending$/); // the office lands on its to-do queue
  await expect(page.getByRole('heading', { name: '待办', level: 1 })).toBeVisible();
  await findPending(page, 'COMPLETION_REQUEST', measureTitle);
  const entry = pendingEntry(page, measureTitle);
  await expect(entry).toContainText('申请办结');
  await expect(entry).toContainText('流程优化已完成，申请办结。');
  expect(Number(await page.getByTestId('pending-counts').locator('.metric').first().locator('.value').innerText())).toBeGreaterThan(0);
  await checked(page, 'supervisor-pending.png');

  await entry.click();
  await expect(page).toHaveURL(new RegExp(`#${assignmentPath}$`));
  await expect(page.getByTestId('state')).toHaveText('申请办结');
  // completed on time: the ranking below counts it
  await page.getByLabel('复核意见').fill('材料齐全，同意办结。');
  await page.getByRole('button', { name: '审核通过，办结' }).click();
  await expect(page.getByTestId('state')).toHaveText('已办结');
  await page.goto('/#/pending');
  await page.getByLabel('类型').selectOption('COMPLETION_REQUEST');
  await expect(page.getByTestId('pending-items')).not.toContainText(measureTitle);

  // on a phone the queue fits the screen; the office's ten-page menu is one row that scrolls sideways, not the page
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(page.getByRole('heading', { name: '待办', level: 1 })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const menu = page.getByRole('navigation', { name: '主菜单' });
  const [first, last] = [menu.getByRole('link').first(), menu.getByRole('link').last()];
  expect((await first.boundingBox())?.y).toBe((await last.boundingBox())?.y); // one row
  expect((await menu.boundingBox())?.width).toBeLessThanOrEqual(390);
  await expect(last).not.toBeInViewport();
  await checked(page, 'supervisor-phone.png');
  await last.click(); // scrolled into reach
  await expect(page.locator('main h1')).toHaveText(await last.innerText());
  await expect(last).toBeInViewport();
  await page.context().close();
});

test('the supervisor creates a 督办事项 for a unit; the API names what is missing; the officer sees the new work', async ({ browser }) => {
  const page = await asUser(browser, 'supervisor');
  await page.getByRole('link', { name: '督办事项', exact: true }).click();
  await page.getByText('新建督办事项').click();
  const form = page.getByTestId('item-form');
  // an empty form goes to the API, which names the fields and rules (problem+json), shown as the other pages do
  await expect(page.getByTestId('item-missing')).toContainText('牵头单位');
  await form.getByRole('button', { name: '下发督办事项' }).click();
  await expect(page.locator('.error')).toContainText('leadUnits');
  await expect(page.locator('.error')).toContainText('title');

  await form.getByLabel('来源 *').selectOption('LEADER_INSTRUCTION');
  await form.getByLabel('文件标题 *').fill(`市领导批示件${run}`);
  await form.getByLabel('文号 / 工单号').fill(`批〔2026〕${run}号`);
  await form.getByLabel('类别 *').fill('营商环境');
  await form.getByLabel('紧急程度').selectOption('URGENT');
  await form.getByLabel('事项标题 *').fill(itemTitle);
  await form.getByLabel('事项内容 *').fill('请市发展改革委牵头，一个月内拿出企业开办提速方案。');
  await form.getByLabel(/牵头单位/).selectOption('QZ-FGW');
  const deadline = new Date(Date.now() + 30 * 86400000).toISOString().slice(0, 10);
  await form.getByLabel('完成时限 *').fill(deadline);
  await form.getByLabel('频率').selectOption('MONTHLY');
  await form.getByLabel(/报送日/).fill('5');
  await expect(page.getByTestId('item-missing')).toHaveCount(0);
  await form.getByRole('button', { name: '下发督办事项' }).click();
  await expect(page.getByRole('status')).toContainText('已下发 DB-');
  const card = page.getByTestId('items').locator('.card', { hasText: itemTitle });
  await expect(card).toContainText('领导批示');
  await expect(card).toContainText('紧急');
  await expect(card.getByRole('link', { name: /市发展改革委/ })).toHaveAttribute('href', /#\/assignments\/[0-9a-f-]{36}$/);
  await page.getByTestId('items-source-filter').selectOption('HOTLINE_12345');
  await expect(page.getByTestId('items')).not.toContainText(itemTitle);
  await page.getByTestId('items-source-filter').selectOption('LEADER_INSTRUCTION');
  await expect(page.getByTestId('items')).toContainText(itemTitle);
  // state and unit narrow the list through the API's own filters
  await page.getByTestId('items-state-filter').selectOption('COMPLETED');
  await expect(page.getByTestId('items')).not.toContainText(itemTitle);
  await page.getByTestId('items-state-filter').selectOption('OPEN');
  await page.getByTestId('items-unit-filter').selectOption('QZ-SCJG');
  await expect(page.getByTestId('items')).not.toContainText(itemTitle);
  await page.getByTestId('items-unit-filter').selectOption('QZ-FGW');
  await expect(page.getByTestId('items')).toContainText(itemTitle);
  await checked(page, 'supervisor-items.png');
  await page.context().close();

  const officer = await asUser(browser, 'officer-fgw');
  await eventually(officer, async () => {
    await officer.getByRole('tab', { name: /新任务/ }).click();
    return expect(officer.getByRole('link', { name: new RegExp(itemTitle) })).toBeVisible({ timeout: 3000 }).then(() => true, () => false);
  }, 'the item\'s work in the officer\'s 本单位任务');
  await officer.context().close();
});

test('the supervisor previews the month\'s bulletin, downloads it and publishes it; the officer\'s inbox has it', async ({ browser }) => {
  const page = await asUser(browser, 'supervisor');
  await page.getByRole('link', { name: '月度通报' }).click();
  await page.getByLabel('方案').selectOption({ label: planTitle });
  await page.getByLabel('月份').fill(thisMonth);
  await page.getByRole('button', { name: '预览' }).click();
  const preview = page.getByTestId('bulletin-preview');
  await expect(preview.getByTestId('bulletin-units')).toContainText('市发展改革委');
  await expect(preview.getByTestId('bulletin-units')).toContainText('市市场监管局');

  const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载通报（.docx）' }).click()]);
  await expectZipDownload(docx, new RegExp(`^bulletin-${thisMonth}\\.docx$`));
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载数据（.xlsx）' }).click()]);
  await expectZipDownload(xlsx, new RegExp(`^bulletin-${thisMonth}\\.xlsx$`));

  await page.getByLabel('通报标题（可选）').fill(bulletinTitle);
  await page.getByLabel('文号（可选）').fill(`钦督通〔2026〕${run}号`);
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('通报已发布');
  const row = page.getByTestId('bulletins-published').getByRole('row', { name: new RegExp(bulletinTitle) });
  await expect(row).toContainText(`钦督通〔2026〕${run}号`);
  const [published] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: /\.docx/ }).click()]);
  await expectZipDownload(published, new RegExp(`^bulletin-${thisMonth}\\.docx$`));
  await checked(page, 'supervisor-bulletin.png');
  await page.context().close();

  const officer = await asUser(browser, 'officer-fgw');
  await officer.getByRole('link', { name: /^消息/ }).click();
  const told = officer.getByTestId('inbox').locator('.list-item', { hasText: `通报：${bulletinTitle}` });
  await eventually(officer, () => expect(told).toBeVisible({ timeout: 3000 }).then(() => true, () => false),
    'the bulletin in the officer\'s inbox');
  await expect(told).toContainText('通报');
  await expect(told).toContainText('市发展改革委排名第');
  await checked(officer);
  await officer.context().close();
});

test('the supervisor changes a ranking weight and the assessment follows the new version', async ({ browser }) => {
  const page = await asUser(browser, 'supervisor');
  await page.getByRole('link', { name: '考核排名' }).click();
  await page.getByLabel('考核期间（月份 2026-01 或年度 2026）').fill(thisMonth);
  const [answer] = await Promise.all([
    page.waitForResponse((r) => r.url().includes('/ranking/assessment') && r.url().includes(planId)),
    page.getByLabel('方案').selectOption({ label: planTitle }),
  ]);
  const ranked: { unitCode: string; score: number; totals: Record<string, number> }[] = await answer.json();
  const line = ranked.find((u) => u.unitCode === 'QZ-FGW');
  expect(line?.totals.ON_TIME).toBe(1);
  const before = Number(line?.score);
  await expect(page.getByTestId('rule-version')).toHaveText('0');
  const fgw = page.getByTestId('assessment').getByRole('row', { name: /市发展改革委/ });
  const score = async () => Number(await fgw.locator('td').nth(2).innerText());
  await expect.poll(score).toBe(before);
  await expect(page.getByLabel('牵头单位 按期办结 权重')).toHaveValue('2');

  await page.getByLabel('牵头单位 按期办结 权重').fill('10');
  await page.getByLabel('修改原因').fill(`加大按期办结的权重${run}`);
  await page.getByRole('button', { name: '保存为新版本' }).click();
  await expect(page.getByRole('status')).toContainText('已保存为版本 1');
  await expect(page.getByTestId('rule-version')).toHaveText('1');
  await expect(page.getByTestId('assessment-rule-version')).toHaveText('1');
  await expect(page.getByTestId('rule-versions')).toContainText(`加大按期办结的权重${run}`);
  // one piece of lead work completed on time this month: 8 more points under the new weight
  await expect.poll(score).toBe(before + 8);

  const [sheet] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出排名（.xlsx）' }).click()]);
  await expectZipDownload(sheet, new RegExp(`^ranking-${thisMonth}\\.xlsx$`));
  await checked(page, 'supervisor-ranking.png');
  await page.context().close();
});

test('a leader reads bulletins and the assessment without action buttons; the API refuses crafted changes', async ({ browser, baseURL }) => {
  const page = await asUser(browser, 'leader');
  await expect(page.getByRole('link', { name: '待办', exact: true })).toHaveCount(0);

  await page.getByRole('link', { name: '月度通报' }).click();
  await expect(page.getByTestId('bulletins-published')).toContainText(bulletinTitle);
  await page.getByLabel('方案').selectOption({ label: planTitle });
  await page.getByLabel('月份').fill(thisMonth);
  await page.getByRole('button', { name: '预览' }).click();
  await expect(page.getByTestId('bulletin-units')).toContainText('市发展改革委');
  await expect(page.getByRole('button', { name: '发布', exact: true })).toHaveCount(0);
  await expect(page.getByTestId('publish-form')).toHaveCount(0);
  const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载通报（.docx）' }).click()]);
  await expectZipDownload(docx, /\.docx$/);
  await checked(page, 'leader-bulletin.png');

  await page.getByRole('link', { name: '考核排名' }).click();
  await page.getByLabel('方案').selectOption({ label: planTitle });
  await expect(page.getByTestId('rule-version')).toHaveText('1');
  await expect(page.getByTestId('assessment')).toContainText('市发展改革委');
  await expect(page.getByRole('button', { name: '保存为新版本' })).toHaveCount(0);
  await expect(page.getByLabel('牵头单位 按期办结 权重')).toHaveAttribute('readonly', '');
  await checked(page);

  await page.getByRole('link', { name: '督办事项', exact: true }).click();
  await expect(page.getByTestId('items')).toContainText(itemTitle);
  await expect(page.getByText('新建督办事项')).toHaveCount(0);
  await checked(page);

  // a leader on a phone: the bulletin and the assessment fit the screen (wide tables scroll inside their frame)
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ['/bulletins', '/ranking', '/items']) {
    await page.goto(`/#${path}`);
    await expect(page.locator('main h1')).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
  }
  await page.context().close();

  // the pages only hide the buttons: the API refuses the leader's token itself
  const api = await apiRequest.newContext({ baseURL });
  const auth = await tokenOf(api, 'leader');
  const publish = await api.post('/api/v1/supervision/bulletins', {
    headers: { ...auth, 'Idempotency-Key': crypto.randomUUID() }, data: { period: thisMonth, planId },
  });
  expect(publish.status()).toBe(403);
  const rule = await api.put(`/api/v1/supervision/ranking-rules/${planId}`, {
    headers: { ...auth, 'If-Match': '"1"' },
    data: {
      lead: { onTime: 50, overdue: 0, reportsMissing: 0, urges: 0, extensions: 0, returned: 0 },
      cooperating: { onTime: 50, overdue: 0, reportsMissing: 0, urges: 0, extensions: 0, returned: 0 },
    },
  });
  expect(rule.status()).toBe(403);
  const item = await api.post('/api/v1/supervision/items', { headers: { ...auth, 'Idempotency-Key': crypto.randomUUID() }, data: {} });
  expect(item.status()).toBe(403);
  // nothing changed: still version 1, still one bulletin of this title
  expect((await (await api.get(`/api/v1/supervision/ranking-rules/${planId}`, { headers: auth })).json()).version).toBe(1);
  const bulletins = await (await api.get('/api/v1/supervision/bulletins/published', { headers: auth })).json();
  expect(bulletins.filter((b: { title: string }) => b.title === bulletinTitle)).toHaveLength(1);
  await api.dispose();
});
