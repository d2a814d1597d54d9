import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const OUTPUT_DIR = path.join(__dirname, '..', '..', 'test-output');

/**
 * Browser tests need Debian's chromium. CI installs it and a missing one fails there;
 * on a machine without it these tests are skipped with a note.
 */
export const browserAvailable = existsSync(CHROMIUM);
if (!browserAvailable && process.env.CI) {
  throw new Error(`${CHROMIUM} is missing: .ci/run installs it (apt-get install chromium)`);
}
export const describeWithBrowser = browserAvailable ? describe : describe.skip;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/** Lists every request a page makes beyond loopback (the browser cannot resolve them). */
export async function loopbackOnly(context: BrowserContext): Promise<string[]> {
  const outside: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) outside.push(url.href);
  });
  return outside;
}

export function screenshotPath(name: string): string {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  return path.join(OUTPUT_DIR, name);
}
