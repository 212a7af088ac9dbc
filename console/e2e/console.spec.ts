import { readFile } from 'node:fs/promises';
import { expect, request as apiRequest, test, type Page } from '@playwright/test';
import { askToComplete, asUser, eventually, expectAccessible, expectNoCspViolations, findNewWork, planDocument, planTitleOf, publishDraft, reportProgress, screenshot, tokenOf, uploadPlan } from './support';

// One story across the three roles, against the real local suite, in order.
test.describe.configure({ mode: 'serial' });

const run = String(Date.now()).slice(-6);
const planTitle = planTitleOf(run);
const measureTitle = `推进项目审批提速${run}`;
let assignmentPath = '';
let completedBefore = -1;
const noticeTitle = `关于审批提速成效的督办单${run}`;

async function dashboardOf(page: Page) {
  await page.goto('/#/dashboard');
  await page.getByLabel('实施方案').selectOption({ label: planTitle });
  await expect(page.getByTestId('by-unit')).toBeVisible();
}

const metric = async (page: Page, id: string) => Number(await page.getByTestId(id).innerText());

test('the supervisor imports a plan document, sees its measures and units, and publishes it', async ({ browser }) => {
  const page = await asUser(browser, 'supervisor');
  await expect(page.getByRole('link', { name: '方案导入' })).toBeVisible();
  const draft = await uploadPlan(page, run, `验收方案${run}.txt`);
  await expect(draft.getByTestId('measures')).toContainText(measureTitle);
  await expect(draft.getByTestId('measures')).toContainText('市发展改革委');
  await expect(draft.getByTestId('measures')).toContainText('市市场监管局');
  await expect(draft.getByTestId('source')).toContainText(`2. 加强市场主体登记服务${run}`); // the original, side by side
  // fix what the reading got: measure 2 gets a cooperating unit and an earlier deadline before publishing
  await draft.getByRole('button', { name: '修改措施 2' }).click();
  const edit = draft.getByTestId('edit-2');
  await edit.getByLabel(/配合单位/).fill('市行政审批局');
  await edit.getByLabel('完成时限').fill('2026-11-30');
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status')).toContainText('措施 2 已修改');
  const row2 = draft.getByTestId('measures').getByRole('row', { name: new RegExp(`加强市场主体登记服务${run}`) });
  await expect(row2).toContainText('2026-11-30');
  await expect(row2).toContainText('市行政审批局');
  await expectAccessible(page);
  await screenshot(page, 'supervisor-plan-intake.png', true);

  await publishDraft(page, draft);

  await page.goto('/#/dashboard');
  await eventually(page, async () => {
    await page.getByLabel('实施方案').selectOption({ label: planTitle }).catch(() => undefined);
    return expect(page.getByTestId('total')).toHaveText('3', { timeout: 3000 }).then(() => true, () => false);
  }, 'the published plan\'s three assignments');
  completedBefore = await metric(page, 'completed');
  expect(completedBefore).toBe(0);
  await expectAccessible(page);
  expectNoCspViolations(page);
  await page.context().close();
});

test('the unit officer accepts the new work, reports progress with a file and asks to complete it', async ({ browser }) => {
  const page = await asUser(browser, 'officer-fgw');
  await findNewWork(page, measureTitle);
  await expectAccessible(page);
  await screenshot(page, 'officer-my-work.png');
  // officers see their unit's work only: no dashboard, no intake
  await expect(page.getByRole('link', { name: '方案导入' })).toHaveCount(0);

  await page.getByRole('link', { name: new RegExp(measureTitle) }).click();
  await page.waitForURL(/#\/assignments\/[0-9a-f-]{36}$/);
  assignmentPath = new URL(page.url()).hash.slice(1);
  expect(assignmentPath).toMatch(/^\/assignments\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('state')).toHaveText('待签收');
  await page.getByLabel('责任人').fill('张科长');
  await page.getByLabel('联系电话').fill('0777-2820000');
  await page.getByRole('button', { name: '签收', exact: true }).click();
  await expect(page.getByTestId('state')).toHaveText('已签收');

  await reportProgress(page, '80', '已压缩审批时限至5个工作日，办事指南已公开。',
    { name: '审批提速佐证.txt', text: '审批时限压缩情况说明：5个工作日。\n' });
  await expect(page.getByRole('status')).toContainText('已报送');
  await expect(page.getByTestId('state')).toHaveText('推进中');
  await expect(page.getByTestId('evidence')).toContainText('审批提速佐证.txt');
  await expect(page.getByTestId('reports')).toContainText('80%');

  await askToComplete(page, '审批时限已压缩，指南已公开，申请办结。');
  await expectAccessible(page);
  await screenshot(page, 'officer-assignment.png', true);

  await page.getByRole('link', { name: /^消息/ }).click();
  await expect(page.getByTestId('inbox')).toContainText(measureTitle, { timeout: 60_000 }).catch(async () => {
    await page.reload();
    await expect(page.getByTestId('inbox')).toContainText(measureTitle);
  });
  await expectAccessible(page);
  await screenshot(page, 'officer-inbox.png');
  expectNoCspViolations(page);
  await page.context().close();
});

test('the supervisor completes the work and the dashboard counts it', async ({ browser }) => {
  expect(assignmentPath).not.toBe('');
  const page = await asUser(browser, 'supervisor');
  await page.goto(`/#${assignmentPath}`);
  await expect(page.getByTestId('state')).toHaveText('申请办结');
  await expect(page.getByTestId('evidence')).toContainText('审批提速佐证.txt');
  await expect(page.getByTestId('history')).toContainText('officer-fgw');
  // the evidence file comes back as the officer sent it
  const [evidence] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('evidence').getByRole('button', { name: '审批提速佐证.txt' }).click(),
  ]);
  expect(evidence.suggestedFilename()).toBe('审批提速佐证.txt');
  expect(await readFile(await evidence.path())).toEqual(Buffer.from('审批时限压缩情况说明：5个工作日。\n', 'utf-8'));
  // a 督办单 to the unit about this work (answered by the officer on the phone below)
  await page.getByLabel('标题').fill(noticeTitle);
  await page.getByLabel('督办事项').fill('请于期限内报送审批提速的量化成效。');
  await page.getByLabel('回复期限').fill(new Date(Date.now() + 10 * 86400000).toISOString().slice(0, 10));
  await page.getByRole('button', { name: '下发督办单' }).click();
  await expect(page.getByRole('status')).toContainText('已下发督办单');

  await page.getByLabel('复核意见').fill('材料齐全，同意办结。');
  await page.getByRole('button', { name: '审核通过，办结' }).click();
  await expect(page.getByTestId('state')).toHaveText('已办结');
  await expectAccessible(page);
  await screenshot(page, 'supervisor-assignment.png');

  await dashboardOf(page);
  await expect(page.getByTestId('completed')).toHaveText(String(completedBefore + 1));
  await expect(page.getByTestId('by-unit')).toContainText('市发展改革委');
  await page.waitForTimeout(800); // the charts' entry animation
  await screenshot(page, 'supervisor-dashboard.png');

  await page.goto('/#/assignments');
  await page.getByLabel('实施方案').selectOption({ label: planTitle });
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page.getByTestId('assignment-count')).toHaveText('共 3 项');
  const [sheet] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel' }).click()]);
  expect(sheet.suggestedFilename()).toBe('assignments.xlsx');
  expect((await readFile(await sheet.path())).subarray(0, 2).toString()).toBe('PK'); // an .xlsx is a zip
  await expectAccessible(page);
  await screenshot(page, 'supervisor-assignments.png');
  expectNoCspViolations(page);
  await page.context().close();
});

test('the leader reads the dashboards without action buttons, and the API refuses a crafted action', async ({ browser, baseURL }) => {
  const page = await asUser(browser, 'leader');
  await expect(page.getByRole('link', { name: '方案导入' })).toHaveCount(0);
  await dashboardOf(page);
  await expect(page.getByTestId('completed')).toHaveText(String(completedBefore + 1));
  await expectAccessible(page);
  await page.waitForTimeout(800);
  await screenshot(page, 'leader-dashboard.png');

  await page.goto(`/#${assignmentPath}`);
  await expect(page.getByTestId('state')).toHaveText('已办结');
  await expect(page.getByTestId('actions')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /办结|退回|撤销|重新打开|督办单|签收|延期/ })).toHaveCount(0);
  expectNoCspViolations(page);

  // The buttons are only hidden in the page; the API itself refuses the leader: a crafted request with the leader's token
  const api = await apiRequest.newContext({ baseURL });
  const auth = await tokenOf(api, 'leader');
  const assignment = await api.get(`/api/v1${assignmentPath}`, { headers: auth });
  expect(assignment.status()).toBe(200); // reading is allowed
  const version = (await assignment.json()).version;
  const reopen = await api.post(`/api/v1${assignmentPath}/reopen`, {
    headers: { ...auth, 'If-Match': `"${version}"` }, data: { reason: '领导直接调用接口' },
  });
  expect(reopen.status()).toBe(403);
  const publish = await api.post('/api/v1/plans/imports', { headers: { ...auth, 'Content-Type': 'text/plain' }, data: planDocument('0') });
  expect(publish.status()).toBe(403);
  const after = await api.get(`/api/v1${assignmentPath}`, { headers: auth });
  expect((await after.json()).state).toBe('COMPLETED');
  await api.dispose();
  await page.context().close();
});

test('on a 390-pixel phone the officer sees the unit\'s list and answers a 督办单', async ({ browser }) => {
  const page = await asUser(browser, 'officer-fgw', { width: 390, height: 844 });
  await page.goto('/#/my-work');
  await page.getByRole('tab', { name: /全部在办/ }).click();
  await expect(page.getByTestId('my-work-list').locator('.list-item').first()).toBeVisible();
  // nothing wider than the screen: no sideways scrolling
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
  await screenshot(page, 'officer-phone.png');

  // and answers the 督办单 there
  await page.getByRole('link', { name: '督办单' }).click();
  const notice = page.getByTestId('notices').locator('.card', { hasText: noticeTitle });
  await expect(notice).toContainText('待回复');
  await notice.getByLabel('回复内容').fill('审批时限已由10个工作日压缩至5个工作日。');
  await notice.getByRole('button', { name: '提交回复' }).click();
  await expect(notice).toContainText('已回复');
  await expect(notice).toContainText('审批时限已由10个工作日压缩至5个工作日。');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
  await screenshot(page, 'officer-phone-notice.png');
  expectNoCspViolations(page);
  await page.context().close();
});
