import { expect, test, type Page } from '@playwright/test';
import { asUser, eventually, expectAccessible, expectNoCspViolations, planTitleOf, publishDraft, uploadPlan } from './support';

// The dashboard's 月度趋势: publishing a plan adds its work to the current month's 新下达, read from the trend's table.
const run = String(Date.now() + 1).slice(-6);
const planTitle = planTitleOf(run);
const currentMonth = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 7);

const issuedThisMonth = async (page: Page) => Number(await page.getByTestId('trend-table')
  .locator(`tr[data-month="${currentMonth}"] td[data-field="issued"]`).innerText());

test('publishing a plan grows the current month\'s issued count in the trend', async ({ browser }) => {
  const page = await asUser(browser, 'supervisor');
  await page.goto('/#/dashboard');
  await expect(page.getByRole('heading', { name: '月度趋势' })).toBeVisible();
  await expect(page.getByTestId('trend-table').locator(`tr[data-month="${currentMonth}"]`)).toBeVisible();
  const before = await issuedThisMonth(page);
  await expect(page.getByTestId('trend').getByRole('img')).toHaveAttribute('aria-label', /月度趋势图/);
  await expectAccessible(page);

  await publishDraft(page, await uploadPlan(page, run, `趋势方案${run}.txt`));

  // two measures, one lead unit each: two assignments issued this month, all plans and the plan alone
  await page.goto('/#/dashboard');
  await eventually(page, async () => {
    await expect(page.getByTestId('trend-table').locator(`tr[data-month="${currentMonth}"]`)).toBeVisible();
    return (await issuedThisMonth(page)) === before + 2;
  }, 'the plan\'s work in the current month\'s 新下达');
  await page.getByLabel('实施方案').selectOption({ label: planTitle });
  await expect(page.getByTestId('trend-table').locator(`tr[data-month="${currentMonth}"] td[data-field="issued"]`)).toHaveText('2');
  await expect(page.getByTestId('trend-table').locator(`tr[data-month="${currentMonth}"] td[data-field="openAtEnd"]`)).toHaveText('2');
  // one unit of it: one assignment
  await page.getByTestId('trend-unit').selectOption({ label: '市发展改革委' });
  await expect(page.getByTestId('trend-table').locator(`tr[data-month="${currentMonth}"] td[data-field="issued"]`)).toHaveText('1');
  await expect(page.getByTestId('trend').getByRole('img')).toHaveAttribute('aria-label', /新下达1项/);
  await expectAccessible(page);
  expectNoCspViolations(page);
  await page.context().close();
});
