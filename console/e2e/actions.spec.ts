import { expect, request as apiRequest, test, type Page } from '@playwright/test';
import { askToComplete, asUser, eventually, expectAccessible, expectNoCspViolations, findNewWork, planTitleOf, publishDraft, reportProgress, screenshot, tokenOf, uploadPlan } from './support';

// The assignment's actions of issue 20 (催办, 销号 conditions, 复核, 转办, 阶段性目标) and 方案设置, on a plan of its own.
test.describe.configure({ mode: 'serial' });

const run = String(Date.now() + 7).slice(-6);
const planTitle = planTitleOf(run);
const measureTitle = `推进项目审批提速${run}`;
const urgeMessage = `请于本周五前报送审批提速进展${run}`;
const finding = `复核发现：办事指南未在政务网公开${run}`;
let assignmentPath = '';
// the re-inspection is on a later day than the completion (the API refuses today or earlier)
const reviewAt = new Date(Date.now() + 20 * 86400000).toISOString().slice(0, 10);

/** Opens the assignment as a mailed reminder's link does (/assignments/{id}), which the gateway sends on to the console's page. */
async function openAssignment(page: Page) {
  expect(assignmentPath).not.toBe('');
  await page.goto(assignmentPath);
  await expect(page).toHaveURL(new RegExp(`/#${assignmentPath}$`));
  await expect(page.getByTestId('state')).toBeVisible();
}

test('the supervisor publishes a plan and, in 方案设置, makes 销号 require evidence and sets a reporting cycle', async ({ browser }) => {
  const page = await asUser(browser, 'supervisor');
  await publishDraft(page, await uploadPlan(page, run, `动作方案${run}.txt`));

  await page.getByRole('link', { name: '方案设置' }).click();
  await eventually(page, async () => {
    // the plan reaches the list once published; its settings are then read before the forms show
    if (!(await page.getByLabel('实施方案').selectOption({ label: planTitle }, { timeout: 5000 }).then(() => true, () => false))) return false;
    return page.getByTestId('policy').waitFor({ timeout: 10_000 }).then(() => true, () => false);
  }, 'the published plan in 方案设置');
  await expect(page.getByTestId('policy')).toContainText('未设置');
  await page.getByLabel('销号须有佐证材料').check();
  await page.getByRole('button', { name: '保存销号条件' }).click();
  await expect(page.getByRole('status')).toContainText('已保存销号条件');
  await expect(page.getByTestId('policy-summary')).toContainText('须有佐证材料');
  await expect(page.getByTestId('policy')).toContainText(/第 \d+ 版：须有佐证材料/);

  await page.getByLabel('报送频率').selectOption('MONTHLY');
  await page.getByLabel(/报送日/).fill('5');
  await page.getByRole('button', { name: '保存报送周期' }).click();
  await expect(page.getByRole('status')).toContainText('已保存报送周期');
  await expect(page.getByTestId('cycle')).toContainText('每月，第 5 日');
  await expectAccessible(page);
  await screenshot(page, 'supervisor-plan-settings.png', true);
  expectNoCspViolations(page);
  await page.context().close();
});

test('the leader reads 方案设置 without any control to change it', async ({ browser }) => {
  const page = await asUser(browser, 'leader');
  await page.getByRole('link', { name: '方案设置' }).click();
  await page.getByLabel('实施方案').selectOption({ label: planTitle });
  await expect(page.getByTestId('policy-summary')).toContainText('须有佐证材料');
  await expect(page.getByRole('button', { name: /保存|删除/ })).toHaveCount(0);
  await page.context().close();
});

test('the officer accepts, adds a milestone and marks it done, hands the work over, and asks to complete without evidence', async ({ browser }) => {
  const page = await asUser(browser, 'officer-fgw');
  await findNewWork(page, measureTitle);
  await page.getByRole('link', { name: new RegExp(measureTitle) }).click();
  await page.waitForURL(/#\/assignments\/[0-9a-f-]{36}$/);
  assignmentPath = new URL(page.url()).hash.slice(1);
  await page.getByLabel('责任人', { exact: true }).fill('张科长');
  await page.getByRole('button', { name: '签收', exact: true }).click();
  await expect(page.getByTestId('state')).toHaveText('已签收');

  const milestones = page.getByTestId('milestones');
  await milestones.getByLabel('阶段性目标').fill(`完成审批流程梳理${run}`);
  await milestones.getByLabel('目标时限').fill(new Date(Date.now() + 15 * 86400000).toISOString().slice(0, 10));
  await milestones.getByRole('button', { name: '新增阶段性目标' }).click();
  await expect(page.getByRole('status')).toContainText('已新增阶段性目标');
  await expect(milestones).toContainText(`完成审批流程梳理${run}`);
  await expect(milestones.getByTestId('milestone-state')).toHaveText('进行中');
  await milestones.getByRole('button', { name: `标记完成：完成审批流程梳理${run}` }).click();
  await expect(milestones.getByTestId('milestone-state')).toHaveText('已完成');

  const handovers = page.getByTestId('handovers');
  await handovers.getByLabel('转办给（责任人）').fill('李干事');
  await handovers.getByLabel('承办部门（可选）').fill('投资科');
  await handovers.getByLabel('转办说明（可选）').fill('由投资科具体承办');
  await handovers.getByRole('button', { name: '转办' }).click();
  await expect(page.getByRole('status')).toContainText('已转办');
  await expect(handovers.getByRole('listitem').first()).toContainText('张科长');
  await expect(handovers.getByRole('listitem').first()).toContainText('李干事（投资科）');
  await expect(handovers).toContainText('当前承办部门：投资科，责任人：李干事');

  // a report without any file, then the completion request: the plan's policy will stop the 销号
  await reportProgress(page, '100', '审批流程已梳理完毕。');
  await expect(page.getByTestId('state')).toHaveText('推进中');
  await askToComplete(page, '已完成，申请办结。');
  // officers may not 催办 nor 复核
  await expect(page.getByRole('button', { name: '催办' })).toHaveCount(0);
  await expectAccessible(page);
  expectNoCspViolations(page);
  await page.context().close();
});

test('an officer of another unit cannot open the work nor hand it over, in the page or by a crafted request', async ({ browser, baseURL }) => {
  const page = await asUser(browser, 'officer-scjg');
  await page.goto(assignmentPath);
  await expect(page.getByRole('alert')).toContainText('404');
  await expect(page.getByTestId('state')).toHaveCount(0);
  await expect(page.getByTestId('handover-form')).toHaveCount(0);
  expectNoCspViolations(page);
  await page.context().close();

  const api = await apiRequest.newContext({ baseURL });
  const other = await tokenOf(api, 'officer-scjg');
  const own = await tokenOf(api, 'officer-fgw');
  const before = await (await api.get(`/api/v1${assignmentPath}`, { headers: own })).json();
  const handover = await api.post(`/api/v1${assignmentPath}/handover`, {
    headers: { ...other, 'If-Match': `"${before.version}"` }, data: { personInCharge: '他单位人员' },
  });
  expect(handover.status()).toBe(404); // not told that the work exists
  expect(handover.headers()['content-type']).toContain('application/problem+json');
  const after = await (await api.get(`/api/v1${assignmentPath}`, { headers: own })).json();
  expect(after.version).toBe(before.version);
  expect(after.personInCharge).toBe(before.personInCharge);
  await api.dispose();
});

test('the supervisor 催办s, is refused the 销号 without evidence (422 shown), and returns the work', async ({ browser }) => {
  const page = await asUser(browser, 'supervisor');
  await openAssignment(page);
  // a colleague has the same page open: it keeps the version it read
  const stale = await asUser(browser, 'supervisor');
  await openAssignment(stale);
  await expect(page.getByTestId('urge-count')).toHaveText('0');
  await page.getByLabel('催办意见（可选）').fill(urgeMessage);
  await page.getByRole('button', { name: '催办', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('已催办');
  await expect(page.getByTestId('urge-count')).toHaveText('1');
  await expect(page.getByTestId('urges')).toContainText(urgeMessage);

  // the stale page's 催办 is refused (412, said in words), nothing is urged twice, and the page reads the new state
  await expect(stale.getByTestId('urge-count')).toHaveText('0');
  await stale.getByRole('button', { name: '催办', exact: true }).click();
  await expect(stale.getByRole('alert')).toContainText('已被他人更新');
  await expect(stale.getByTestId('urge-count')).toHaveText('1');
  await expect(stale.getByTestId('urges')).toContainText(urgeMessage);
  await stale.context().close();
  await page.reload();
  await expect(page.getByTestId('urge-count')).toHaveText('1');

  await page.getByRole('button', { name: '审核通过，办结' }).click();
  const refusal = page.getByRole('alert');
  await expect(refusal).toContainText('422');
  await expect(refusal).toContainText(/evidence|佐证/i);
  await expect(page.getByTestId('state')).toHaveText('申请办结');
  await expectAccessible(page);
  await screenshot(page, 'supervisor-assignment-actions.png', true);

  await page.getByLabel('复核意见').fill('请补充佐证材料');
  await page.getByRole('button', { name: '退回' }).click();
  await expect(page.getByTestId('state')).toHaveText('推进中');
  expectNoCspViolations(page);
  await page.context().close();
});

test('the officer sees the 催办 in the inbox and asks again, with evidence', async ({ browser }) => {
  const page = await asUser(browser, 'officer-fgw');
  // a reminder's link to the unit's list in a plan (/assignments?planId=…&unitCode=…) opens 本单位任务 for its officer
  await page.goto(`/assignments?planId=${crypto.randomUUID()}&unitCode=QZ-FGW`);
  await expect(page).toHaveURL(/#\/my-work$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('本单位任务');
  await page.getByRole('link', { name: /^消息/ }).click();
  await eventually(page, async () => (await page.getByTestId('inbox').innerText()).includes('催办'), 'the urge in the inbox');
  await expect(page.getByTestId('inbox')).toContainText(measureTitle);
  await openAssignment(page);
  await reportProgress(page, '100', '补充办事指南公开截图。', { name: '指南公开截图说明.txt', text: '办事指南已公开。\n' });
  await expect(page.getByTestId('evidence')).toContainText('指南公开截图说明.txt');
  await askToComplete(page, '已补充佐证材料，申请办结。');
  await page.context().close();
});

test('the supervisor completes subject to 复核, reopens it on re-inspection, and the loop shows every stage', async ({ browser }) => {
  const page = await asUser(browser, 'supervisor');
  await openAssignment(page);
  await page.getByLabel(/复核日期/).fill(reviewAt);
  await page.getByRole('button', { name: '审核通过，办结' }).click();
  await expect(page.getByTestId('state')).toHaveText('已办结');
  await expect(page.getByTestId('review-at')).toContainText(reviewAt);
  const reInspection = page.getByTestId('re-inspection');
  await reInspection.getByLabel('复核不通过（重新打开）').check();
  await reInspection.getByLabel('复核发现').fill(finding);
  await reInspection.getByRole('button', { name: '提交复核' }).click();
  await expect(page.getByRole('status')).toContainText('复核未通过，已重新打开');
  await expect(page.getByTestId('state')).toHaveText('推进中');
  await expect(page.getByTestId('review-at')).toHaveCount(0);
  const steps = page.getByTestId('loop-steps');
  for (const stage of ['发现', '整改', '复核', '反馈', '销号']) await expect(steps).toContainText(stage);
  await expect(steps.getByRole('listitem').last()).toContainText(finding);
  await expect(steps.getByRole('listitem').last()).toContainText('发现');
  await expectAccessible(page);
  await page.getByTestId('loop').scrollIntoViewIfNeeded();
  await screenshot(page, 'supervisor-history.png', true);
  expectNoCspViolations(page);
  await page.context().close();
});

test('the leader sees the actions\' record but no action button; a phone shows the panels', async ({ browser }) => {
  const page = await asUser(browser, 'leader', { width: 390, height: 844 });
  await openAssignment(page);
  await expect(page.getByTestId('urge-count')).toHaveText('1');
  await expect(page.getByTestId('loop-steps')).toContainText(finding);
  for (const name of ['催办', '提交复核', '转办', '新增阶段性目标']) await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
  await expect(page.getByTestId('handovers')).toContainText('李干事');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await expectAccessible(page);
  await page.context().close();
});
