import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { serveExample } from '../../scripts/serve-example';
import {
  describeWithBrowser,
  launchBrowser,
  loopbackOnly,
  screenshotPath,
} from '../helpers/browser';
import { startLayerProcess } from '../helpers/processes';

const UPDATE = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { userId } }`;

describeWithBrowser(
  'examples/web/audit.html: who changed what, by user or group, a page at a time',
  () => {
    let browser: Browser;
    let example: Awaited<ReturnType<typeof serveExample>>;
    beforeAll(async () => {
      browser = await launchBrowser();
      example = await serveExample(5173);
    });
    afterAll(async () => {
      await browser.close();
      await example.close();
    });

    test('25 changes in acme.hq: pages of 10, 10 and 5 with Next; a user filter shows that user only; what callers typed stays text', async () => {
      // As a fresh clone starts: the embedded audit store made in an empty directory.
      const dataDir = mkdtempSync(path.join(os.tmpdir(), 'audit-page-'));
      const layer = await startLayerProcess(undefined, { DATA_DIR: dataDir });
      const context = await browser.newContext();
      try {
        for (let i = 0; i < 20; i++) {
          const answer = await layer.gql(UPDATE, {
            input: { userId: 'alice.adams@hq.acme.example', title: `Title ${i}` },
          });
          expect(answer.errors).toBeUndefined();
        }
        for (let i = 0; i < 5; i++)
          await layer.gql(UPDATE, {
            input: {
              userId: 'bob.baker@hq.acme.example',
              title: i === 0 ? '<img src=x onerror="document.title=`pwned`">' : `Bob ${i}`,
            },
          });

        const blocked = await loopbackOnly(context);
        const page = await context.newPage();
        await page.goto(`${example.origin}/audit.html?api=${encodeURIComponent(layer.url)}`);
        await page.fill('#serviceProviderId', 'acme.sp');
        await page.fill('#groupId', 'acme.hq');
        await page.fill('#first', '10');
        await page.click('button[type=submit]');
        await page.locator('#status', { hasText: 'events' }).waitFor({ timeout: 20_000 });
        expect(await page.textContent('#status')).toBe('10 of 25 events');
        const ids = () =>
          page
            .locator('#events tr')
            .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-id'))));
        const first = await ids();
        // Newest first: Bob's five, then Alice's last five.
        expect(first).toEqual([...first].sort((a, b) => b - a));
        expect(await page.locator('#events tr td:nth-child(4)').first().textContent()).toBe(
          'USER bob.baker@hq.acme.example',
        );
        await page.click('#next');
        await page.locator('#status', { hasText: '20 of 25' }).waitFor({ timeout: 10_000 });
        await page.click('#next');
        await page.locator('#status', { hasText: '25 of 25' }).waitFor({ timeout: 10_000 });
        const all = await ids();
        expect(new Set(all).size).toBe(25);
        expect(all).toEqual([...all].sort((a, b) => b - a));
        expect(await page.isHidden('#next')).toBe(true);
        const row = page.locator('#events tr').first();
        expect(await row.locator('td:nth-child(2)').textContent()).toBe('anonymous');
        expect(await row.locator('td:nth-child(3)').textContent()).toBe('updateUser');
        expect(await row.locator('td:nth-child(6)').textContent()).toBe('OK');
        // The markup a caller typed is shown as text, never run.
        const typed = page.locator('#events td.changes', { hasText: '<img' });
        expect(await typed.count()).toBe(1);
        expect(await page.locator('#events img').count()).toBe(0);
        expect(await page.title()).toBe('Who changed what');
        await page.screenshot({ path: screenshotPath('audit-page.png') });

        // One user's events only.
        await page.fill('#serviceProviderId', '');
        await page.fill('#groupId', '');
        await page.fill('#userId', 'bob.baker@hq.acme.example');
        await page.click('button[type=submit]');
        await page.locator('#status', { hasText: '5 of 5 events' }).waitFor({ timeout: 10_000 });
        const entities = await page
          .locator('#events tr td:nth-child(4)')
          .evaluateAll((cells) => [...new Set(cells.map((c) => c.textContent))]);
        expect(entities).toEqual(['USER bob.baker@hq.acme.example']);
        // A page size the layer refuses: its code on the page.
        await page.fill('#first', '5000');
        await page.click('button[type=submit]');
        await page.locator('#status', { hasText: 'BAD_USER_INPUT' }).waitFor({ timeout: 10_000 });
        expect(blocked).toEqual([]);
      } finally {
        await context.close();
        await layer.stop('SIGKILL');
        rmSync(dataDir, { recursive: true, force: true });
      }
    }, 90_000);
  },
);
