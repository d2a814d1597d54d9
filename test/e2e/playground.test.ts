import type { Browser } from 'playwright-core';
import { startStack } from '../helpers/stack';
import {
  describeWithBrowser,
  launchBrowser,
  loopbackOnly,
  screenshotPath,
} from '../helpers/browser';

describeWithBrowser('the playground in a real browser, offline', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  test('opens with the createUser example, runs it through the UI and shows the created user', async () => {
    const stack = await startStack();
    const context = await browser.newContext();
    const blocked = await loopbackOnly(context);
    try {
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(e.message));
      await page.goto(stack.url, { waitUntil: 'load' });
      await page.waitForSelector('.graphiql-execute-button', { timeout: 15_000 });
      await page.click('.graphiql-execute-button');
      await page
        .locator('.result-window')
        .filter({ hasText: '"userId": "john.smith@hq.acme.example"' })
        .waitFor({ timeout: 15_000 });
      await page.screenshot({ path: screenshotPath('playground.png') });
      expect(problems).toEqual([]);
      expect(blocked).toEqual([]);
      expect(stack.sandbox.directory.users.has('john.smith@hq.acme.example')).toBe(true);
    } finally {
      await context.close();
      await stack.close();
    }
  }, 40_000);

  test('with API keys: the headers editor asks for the key, and the run works once it is given', async () => {
    const stack = await startStack({
      env: { GRAPHQL_API_KEYS: 'browser-key-81f2', GRAPHQL_ALLOW_ANONYMOUS: 'false' },
    });
    const context = await browser.newContext();
    const blocked = await loopbackOnly(context);
    try {
      const page = await context.newPage();
      await page.goto(stack.url, { waitUntil: 'load' });
      await page.waitForSelector('.graphiql-execute-button', { timeout: 15_000 });
      const headers = page.locator('.graphiql-editor-tool .CodeMirror').last();
      await headers.filter({ hasText: 'Bearer <your API key>' }).waitFor();
      await page.click('.graphiql-execute-button');
      await page
        .locator('.result-window')
        .filter({ hasText: 'UNAUTHENTICATED' })
        .waitFor({ timeout: 15_000 });
      await page.evaluate(
        `document.querySelectorAll('.graphiql-editor-tool .CodeMirror')[1].CodeMirror.setValue('{"Authorization": "Bearer browser-key-81f2"}')`,
      );
      await page.click('.graphiql-execute-button');
      await page
        .locator('.result-window')
        .filter({ hasText: '"userId": "john.smith@hq.acme.example"' })
        .waitFor({ timeout: 15_000 });
      await page.screenshot({ path: screenshotPath('playground-with-key.png') });
      expect(blocked).toEqual([]);
    } finally {
      await context.close();
      await stack.close();
    }
  }, 40_000);
});
