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

/**
 * 10 phone users, of which row 4 has a bad extension and row 8 the MAC of row 7. Row 2's last
 * name is a formula, kept as text; rows 2 and 3 have device names a spreadsheet would run as
 * formulas (`@SUM.1`, `-cmd.3`), which the results CSV must keep as text.
 */
function provisioningCsv(): string {
  const lines = [
    'userId,firstName,lastName,extension,number,servicePacks,deviceType,deviceName,macAddress',
  ];
  const names: Record<number, string> = { 2: '@SUM.1', 3: '-cmd.3' };
  for (let i = 1; i <= 10; i++) {
    const last = i === 2 ? '=HYPERLINK("http://x.example")' : `Phone ${i}`;
    const mac = i === 8 ? '0004F2C30007' : `0004F2C3000${i % 10}`;
    lines.push(
      [
        `phone.${i}@hq.acme.example`,
        'Site',
        `"${last.replace(/"/g, '""')}"`,
        i === 4 ? '12' : '',
        'first-free',
        'Standard',
        'Polycom VVX 450',
        names[i] ?? '',
        mac,
      ].join(','),
    );
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

  test('provisioning mode: the dry run shows each row’s number, extension, device and problems; the run provisions the rest; the results CSV carries the passwords once, formulas as text', async () => {
    const layer = await startLayerProcess(undefined);
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'import-')), 'phones.csv');
    writeFileSync(file, provisioningCsv());
    const context = await browser.newContext({ acceptDownloads: true });
    try {
      const blocked = await loopbackOnly(context);
      const page = await context.newPage();
      await page.goto(`${example.origin}/import.html?api=${encodeURIComponent(layer.url)}`);
      await page.selectOption('#mode', 'provisioning');
      await page.setInputFiles('#file', file);

      await page.click('#dry-run');
      await page.locator('#status', { hasText: 'Dry run' }).waitFor({ timeout: 15_000 });
      expect(await page.textContent('#status')).toBe(
        'Dry run: 8 of 10 rows would be provisioned, 2 would fail',
      );
      const planned = await page
        .locator('#plan tbody tr')
        .evaluateAll((rows) =>
          rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')),
        );
      expect(planned).toHaveLength(10);
      // Line, user, outcome, number, extension, device, problems.
      expect(planned[0]).toEqual([
        '2',
        'phone.1@hq.acme.example',
        'SUCCEEDED',
        '2125550104',
        '0104',
        'phone.1-desk',
        '',
      ]);
      expect(planned[3].slice(0, 3)).toEqual(['5', 'phone.4@hq.acme.example', 'FAILED']);
      expect(planned[3][6]).toBe('line 5: user.extension must be 3 to 5 digits in this group');
      expect(planned[7][6]).toBe('line 9: device.macAddress 0004F2C30007 is taken by line 8');
      const numbers = planned.filter((r) => r[2] === 'SUCCEEDED').map((r) => r[3]);
      expect(new Set(numbers).size).toBe(8);

      await page.click('#start');
      await page.locator('#summary', { hasText: 'provisioned' }).waitFor({ timeout: 30_000 });
      expect(await page.textContent('#summary')).toBe('SUCCEEDED: 8 provisioned, 2 failed');
      expect(await page.getAttribute('#bar', 'value')).toBe('100');
      const after = await page
        .locator('#plan tbody tr')
        .evaluateAll((rows) =>
          rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')),
        );
      // The run assigned the numbers the dry run showed.
      expect(after.filter((r) => r[2] === 'SUCCEEDED').map((r) => r[3])).toEqual(numbers);
      await page.screenshot({ path: screenshotPath('import-page-provisioning.png') });

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click('#download'),
      ]);
      const text = Buffer.concat(await (await download.createReadStream()).toArray()).toString();
      const lines = text.split('\r\n');
      expect(lines).toHaveLength(11);
      expect(lines[0]).toBe(
        'line,userId,outcome,code,message,phoneNumber,extension,deviceName,sipUserName,generatedWebAuthPassword,generatedSipPassword,generatedDevicePassword',
      );
      const first = lines[1].split(',');
      expect(first.slice(0, 9)).toEqual([
        '2',
        'phone.1@hq.acme.example',
        'SUCCEEDED',
        '',
        '',
        '2125550104',
        '0104',
        'phone.1-desk',
        'phone.1',
      ]);
      // Three generated passwords, each a non-empty cell.
      expect(first.slice(9).every((p) => p.length >= 6)).toBe(true);
      // Device names a spreadsheet would run are kept as text; no cell starts a formula.
      expect(lines[2].split(',')[7]).toBe("'@SUM.1");
      expect(lines[3].split(',')[7]).toBe("'-cmd.3");
      const cells = lines.slice(1).flatMap((l) => l.split(','));
      expect(cells.filter((c) => /^"?[=+\-@]/.test(c))).toEqual([]);
      // The user made from row 2 has the formula as its name, as text.
      const user = await layer.gql(
        '{ user(userId: "phone.2@hq.acme.example") { lastName phoneNumber } }',
      );
      expect(user.data?.user).toMatchObject({ lastName: '=HYPERLINK("http://x.example")' });
      // Shown once: the passwords are no longer answered.
      const again = await layer.gql(
        `{ bulkJobs(limit: 1) { provisionResults(limit: 1) { generatedSipPassword } } }`,
      );
      expect(again.data?.bulkJobs).toEqual([
        { provisionResults: [{ generatedSipPassword: null }] },
      ]);
      expect(blocked).toEqual([]);
    } finally {
      await context.close();
      await layer.stop('SIGKILL');
    }
  }, 60_000);
});
