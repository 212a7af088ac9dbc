import { expect, request as apiRequest, test } from '@playwright/test';
import { asUser, expectAccessible, expectNoCspViolations, findNewWork, findPending, pendingEntry, tokenOf } from './support';

// The office's decisions on a unit's requests, taken from 待办: an extension (同意延期) and a dispute (改派 to another
// unit), and what the units see afterwards. Its own plan, named per run.
test.describe.configure({ mode: 'serial' });

const run = String(Date.now() + 13).slice(-6);
const planTitle = `钦州市延期与异议验收方案${run}`;
const extendTitle = `推进工程建设项目审批改革${run}`;
const disputeTitle = `规范涉企行政检查${run}`;
const newDeadline = '2027-03-31';

test('setup: the supervisor publishes a plan with two measures led by 市发展改革委', async ({ baseURL }) => {
  const api = await apiRequest.newContext({ baseURL });
  const created = await api.post('/api/v1/plans', {
    headers: { ...(await tokenOf(api, 'supervisor')), 'Idempotency-Key': crypto.randomUUID() },
    data: {
      title: planTitle, docNumber: `钦政办〔2026〕${run}号`, issuer: '钦州市人民政府办公室', year: 2026,
      measures: [
        { number: '1', title: extendTitle, leadUnits: ['市发展改革委'], deadline: '2026-12-31' },
        { number: '2', title: disputeTitle, leadUnits: ['市发展改革委'], deadline: '2026-12-31' },
      ],
    },
  });
  expect(created.status()).toBe(201);
  await api.dispose();
});

test('the officer accepts one and asks for an extension, and disputes the other', async ({ browser }) => {
  const page = await asUser(browser, 'officer-fgw');
  await findNewWork(page, extendTitle);
  await page.getByRole('link', { name: new RegExp(extendTitle) }).click();
  await page.getByLabel('责任人', { exact: true }).fill('王科长');
  await page.getByRole('button', { name: '签收', exact: true }).click();
  await expect(page.getByTestId('state')).toHaveText('已签收');
  await page.getByLabel('申请延期至').fill(newDeadline);
  await page.getByLabel('延期理由').fill('需等待省级系统对接完成。');
  await page.getByRole('button', { name: '申请延期' }).click();
  await expect(page.getByRole('status')).toContainText('已申请延期');
  await expect(page.locator('main')).toContainText(`至 ${newDeadline}：需等待省级系统对接完成。`);
  await expectAccessible(page);

  await findNewWork(page, disputeTitle);
  await page.getByRole('link', { name: new RegExp(disputeTitle) }).click();
  await page.getByLabel('异议理由').fill('涉企检查由市市场监管局牵头，不属本单位职责。');
  await page.getByRole('button', { name: '提出异议' }).click();
  await expect(page.getByTestId('state')).toHaveText('有异议');
  expectNoCspViolations(page);
  await page.context().close();
});

test('the supervisor approves the extension and reassigns the disputed work, both from 待办', async ({ browser }) => {
  const page = await asUser(browser, 'supervisor');
  await findPending(page, 'EXTENSION_REQUEST', extendTitle);
  await expect(pendingEntry(page, extendTitle)).toContainText(`申请延至 ${newDeadline}`);
  await pendingEntry(page, extendTitle).click();
  await expect(page.getByTestId('state')).toHaveText('已签收');
  await page.getByLabel('审批意见').fill('同意，请按新时限完成。');
  await page.getByRole('button', { name: '同意延期' }).click();
  await expect(page.getByRole('status')).toContainText('已同意延期');
  await expect(page.locator('.facts')).toContainText(newDeadline);
  await expect(page.getByRole('button', { name: '同意延期' })).toHaveCount(0);

  await findPending(page, 'DISPUTE', disputeTitle);
  await expect(pendingEntry(page, disputeTitle)).toContainText('不属本单位职责');
  await pendingEntry(page, disputeTitle).click();
  await expect(page.getByTestId('state')).toHaveText('有异议');
  // the unit is picked from the directory by name, never the disputing unit itself
  const units = page.getByTestId('reassign-unit');
  await expect(units.locator('option', { hasText: '市市场监管局' })).toHaveCount(1);
  await expect(units.locator('option[value="QZ-FGW"]')).toHaveCount(0);
  await expectAccessible(page);
  await units.selectOption('QZ-SCJG');
  await page.getByLabel('处理意见').fill('改由市市场监管局牵头办理。');
  await page.getByRole('button', { name: '改派' }).click();
  await expect(page.getByRole('status')).toContainText('已改派');
  await expect(page.getByTestId('state')).toHaveText('已撤销');

  // both requests have left the queue
  await page.getByRole('link', { name: '待办', exact: true }).click();
  await page.getByLabel('类型').selectOption('EXTENSION_REQUEST');
  await expect(page.getByTestId('pending-items')).not.toContainText(extendTitle);
  await page.getByLabel('类型').selectOption('DISPUTE');
  await expect(page.getByTestId('pending-items')).not.toContainText(disputeTitle);
  expectNoCspViolations(page);
  await page.context().close();
});

test('市市场监管局 finds the reassigned work; 市发展改革委 sees its new deadline', async ({ browser }) => {
  const scjg = await asUser(browser, 'officer-scjg');
  await findNewWork(scjg, disputeTitle);
  await scjg.context().close();

  const fgw = await asUser(browser, 'officer-fgw');
  await fgw.getByRole('link', { name: '本单位任务' }).click();
  await fgw.getByRole('tab', { name: /全部在办/ }).click();
  await fgw.getByRole('link', { name: new RegExp(extendTitle) }).click();
  await expect(fgw.locator('.facts')).toContainText(newDeadline);
  await expect(fgw.locator('main')).toContainText(`至 ${newDeadline}：需等待省级系统对接完成。（已同意）`);
  await fgw.context().close();
});
