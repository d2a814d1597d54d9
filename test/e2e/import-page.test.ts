import { mkdtempSync, writeFileSync } from 'node:fs';
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

/** 30 rows, of which rows 5, 12 and 20 cannot be created (a bad extension, no last name, a bad id). */
function csv(): string {
  const lines = ['userId,firstName,lastName,extension,address.city'];
  for (let i = 1; i <= 30; i++) {
    const id = i === 20 ? 'not an id' : `page.${i}@hq.acme.example`;
    const last = i === 12 ? '' : `"Row, ${i}"`;
    const extension = i === 5 ? '12x' : String(6000 + i);
    lines.push(`${id},Page,${last},${extension},Boston`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

describeWithBrowser('examples/web/import.html: a CSV import with a live progress bar', () => {
  let browser: Browser;
  let example: Awaited<ReturnType<typeof serveExample>>;
  beforeAll(async () => {
    browser = await launchBrowser();
    // Where `npm run example:web` serves it: the origin the sandbox allows with no setting.
    example = await serveExample(5173);
  });
  afterAll(async () => {
    await browser.close();
    await example.close();
  });

  test('a 30-row CSV with 3 bad rows: dry run lists them, the import reaches 100%, 27 created', async () => {
    // As `npm start` on a fresh clone: the built-in sandbox, no CORS_ORIGINS, no settings.
    const layer = await startLayerProcess(undefined);
    const imported = async () => {
      const answer = await layer.gql(
        '{ users(serviceProviderId: "acme.sp", groupId: "acme.hq", filter: { field: USER_ID, match: STARTS_WITH, value: "page." }) { userId } }',
      );
      return (answer.data?.users as unknown[]).length;
    };
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'import-')), 'users.csv');
    writeFileSync(file, csv());
    const context = await browser.newContext({ acceptDownloads: true });
    try {
      const blocked = await loopbackOnly(context);
      const page = await context.newPage();
      await page.goto(`${example.origin}/import.html?api=${encodeURIComponent(layer.url)}`);
      await page.setInputFiles('#file', file);

      await page.click('#dry-run');
      await page.locator('#status', { hasText: 'Dry run' }).waitFor({ timeout: 15_000 });
      expect(await page.textContent('#status')).toBe(
        'Dry run: 27 of 30 rows would be created, 3 would fail',
      );
      expect(await page.locator('#failures tbody tr').count()).toBe(3);
      expect(await imported()).toBe(0);

      await page.click('#start');
      // Seen moving: the subscription brings rows as they settle.
      await page.locator('#status', { hasText: 'RUNNING' }).waitFor({ timeout: 15_000 });
      await page.locator('#summary', { hasText: 'created' }).waitFor({ timeout: 30_000 });
      expect(await page.textContent('#summary')).toBe('SUCCEEDED: 27 created, 3 failed');
      expect(await page.getAttribute('#bar', 'value')).toBe('100');
      const failures = await page.locator('#failures tbody tr').allTextContents();
      expect(failures).toHaveLength(3);
      // Rows named as the layer names them: by CSV line (row 5 is on line 6).
      expect(failures[0]).toMatch(/^6page\.5@hq\.acme\.example/);
      expect(failures[0]).toContain('line 6');
      expect(failures[1]).toContain('page.12@hq.acme.example');
      expect(failures[2]).toContain('BAD_USER_INPUT');
      await page.screenshot({ path: screenshotPath('import-page.png') });

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click('#download'),
      ]);
      const text = await (await download.createReadStream()).toArray();
      const lines = Buffer.concat(text).toString().split('\r\n');
      expect(lines).toHaveLength(31);
      expect(lines[0]).toMatch(/^line,/);
      expect(lines[1]).toMatch(/^2,page\.1@hq\.acme\.example,SUCCEEDED,,,6001,\S+$/);
      expect(await imported()).toBe(27);
      expect(blocked).toEqual([]);
      expect(layer.output()).not.toContain('CORS refused');
    } finally {
      await context.close();
      await layer.stop('SIGKILL');
    }
  }, 60_000);
});
