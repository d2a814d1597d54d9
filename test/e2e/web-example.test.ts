import type { Browser, Page } from 'playwright-core';
import { serveExample } from '../../scripts/serve-example';
import {
  describeWithBrowser,
  launchBrowser,
  loopbackOnly,
  screenshotPath,
} from '../helpers/browser';
import { type Stack, startStack } from '../helpers/stack';

describeWithBrowser('examples/web from another origin, through CORS', () => {
  let browser: Browser;
  let example: Awaited<ReturnType<typeof serveExample>>;
  beforeAll(async () => {
    browser = await launchBrowser();
    example = await serveExample();
  });
  afterAll(async () => {
    await browser.close();
    await example.close();
  });

  /** Opens the page against a stack allowing `corsOrigins`, submits, and hands over what it shows. */
  async function submitted(
    corsOrigins: string,
    check: (text: string, stack: Stack, page: Page) => Promise<void>,
  ) {
    const stack = await startStack({ env: { CORS_ORIGINS: corsOrigins } });
    const context = await browser.newContext();
    try {
      const blocked = await loopbackOnly(context);
      const page = await context.newPage();
      await page.goto(`${example.origin}/?api=${encodeURIComponent(stack.url)}`);
      await page.click('button[type=submit]');
      const result = page.locator('#result');
      await result
        .filter({ hasNotText: 'Creating…' })
        .filter({ hasText: /\w/ })
        .waitFor({ timeout: 15_000 });
      await check((await result.textContent()) ?? '', stack, page);
      expect(blocked).toEqual([]);
    } finally {
      await context.close();
      await stack.close();
    }
  }

  test('an allowed origin creates a user with the typed document', async () => {
    await submitted(example.origin, async (text, stack, page) => {
      expect(text).toContain(
        'Created web.user@hq.acme.example (extension 5050) in Acme Head Office',
      );
      await page.screenshot({ path: screenshotPath('web-example.png') });
      expect(stack.sandbox.directory.users.get('web.user@hq.acme.example')?.extension).toBe('5050');
    });
  }, 40_000);

  test('an origin not in CORS_ORIGINS is refused by the browser, and nothing is created', async () => {
    await submitted('https://console.acme.example', async (text, stack) => {
      // The browser asked first (OPTIONS) and, refused, never sent the POST.
      expect(stack.logs.join('')).toContain('"method":"OPTIONS"');
      expect(stack.logs.join('')).not.toContain('"method":"POST"');
      expect(text).toContain('Failed to fetch');
      expect(stack.sandbox.directory.users.has('web.user@hq.acme.example')).toBe(false);
    });
  }, 40_000);
});
