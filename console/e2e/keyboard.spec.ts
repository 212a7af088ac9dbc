import { expect, test, type Locator, type Page } from '@playwright/test';
import { asUser, expectAccessible, expectNoCspViolations } from './support';

// Keyboard use (WCAG 2.1.1; GB/T 37668): the skip link, the menu, the tabs and the lists, without a mouse.

const focused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement).catch(() => false);

/** Presses the key until the locator has focus; fails if it is not reached within the presses a user would make. */
async function pressUntilFocused(page: Page, key: string, locator: Locator, most = 15): Promise<void> {
  for (let i = 0; i < most; i++) {
    await page.keyboard.press(key);
    if (await focused(locator)) return;
  }
  throw new Error(`${key} ×${most} did not reach ${locator}`);
}

test('an officer reaches the work, switches its tabs and opens an assignment with the keyboard alone', async ({ browser }) => {
  const page = await asUser(browser, 'officer-fgw');
  await page.goto('/#/notices');
  await page.reload();
  await expect(page.locator('main h1')).toBeVisible();

  // the first Tab shows the skip link; Enter moves focus to the page's content, not to a route
  const skip = page.getByRole('link', { name: '跳到主要内容' });
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await expect(page).toHaveURL(/#\/notices$/);

  // back through the header to the menu, and Enter opens 本单位任务 with focus on its content
  const menuLink = page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '本单位任务' });
  await pressUntilFocused(page, 'Shift+Tab', menuLink);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/my-work$/);
  await expect(page.locator('main')).toBeFocused();

  // the tabs are one stop; arrows, Home and End move between them and select
  const tabs = page.getByRole('tab');
  await expect(tabs).toHaveCount(4);
  await page.keyboard.press('Tab');
  const selected = page.getByRole('tab', { selected: true });
  await expect(selected).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.getByRole('tab', { name: /全部在办/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tab', { name: /全部在办/ })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: /新任务/ })).toBeFocused();
  await expect(page.getByRole('tab', { name: /新任务/ })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('tab', { name: /全部在办/ })).toBeFocused();
  await expect(page.getByRole('tabpanel')).toHaveAttribute('aria-labelledby', 'tab-open');
  await expectAccessible(page);

  // Tab leaves the tab list for the first piece of work; Enter opens it
  const firstWork = page.getByTestId('my-work-list').getByRole('link').first();
  await expect(firstWork).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(firstWork).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/assignments\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('state')).toBeVisible();
  await expect(page.locator('main')).toBeFocused();
  expectNoCspViolations(page);
  await page.context().close();
});
