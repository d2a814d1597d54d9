import type { Browser } from 'playwright-core';
import { serveExample } from '../../scripts/serve-example';
import {
  describeWithBrowser,
  launchBrowser,
  loopbackOnly,
  screenshotPath,
} from '../helpers/browser';
import { startLayerProcess } from '../helpers/processes';

describeWithBrowser('examples/web/call-flow.html: the graph of a number, drawn offline', () => {
  let browser: Browser;
  let example: Awaited<ReturnType<typeof serveExample>>;
  beforeAll(async () => {
    browser = await launchBrowser();
    // Where `npm run example:web` serves it: an origin the sandbox allows with no setting.
    example = await serveExample(5173);
  });
  afterAll(async () => {
    await browser.close();
    await example.close();
  });

  test('the demo main number: 11 nodes of every kind, the 4 loop edges in red, a node clicked shows its fields', async () => {
    const layer = await startLayerProcess(undefined);
    const context = await browser.newContext();
    try {
      // dagre comes from node_modules through the example server: nothing leaves 127.0.0.1.
      const blocked = await loopbackOnly(context);
      const page = await context.newPage();
      await page.goto(`${example.origin}/call-flow.html?api=${encodeURIComponent(layer.url)}`);
      await page.fill('#number', '2125550120');
      await page.click('button[type=submit]');
      await page.locator('#status', { hasText: 'nodes' }).waitFor({ timeout: 15_000 });
      expect(await page.textContent('#status')).toBe('11 nodes, 17 edges, 2 loops');

      const kinds = await page
        .locator('#graph g.node')
        .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-kind')));
      expect(kinds).toHaveLength(11);
      expect([...new Set(kinds)].sort()).toEqual([
        'AUTO_ATTENDANT',
        'CALL_CENTER',
        'EXTERNAL',
        'HUNT_GROUP',
        'SUBMENU',
        'USER',
        'VOICE_MAIL',
      ]);
      // The two loops (hunt group <-> Alice, call center <-> Bob): their four edges and nodes.
      const loopEdges = await page
        .locator('#graph g.edge.loop')
        .evaluateAll((edges) => edges.map((e) => e.getAttribute('data-kind')).sort());
      expect(loopEdges).toEqual([
        'CALL_CENTER_AGENT',
        'FORWARD_BUSY',
        'FORWARD_NO_ANSWER',
        'HUNT_NO_ANSWER',
      ]);
      expect(await page.locator('#graph g.edge').count()).toBe(17);
      expect(await page.locator('#graph g.node.loop').count()).toBe(4);
      // Laid out: every node placed apart from the others, every edge a drawn path.
      const boxes = await page
        .locator('#graph g.node')
        .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('transform')));
      expect(new Set(boxes).size).toBe(11);
      const paths = await page
        .locator('#graph g.edge path')
        .evaluateAll((ps) => ps.map((p) => p.getAttribute('d') ?? ''));
      expect(paths.every((d) => /^M[\d.-]+,[\d.-]+( L[\d.-]+,[\d.-]+)+$/.test(d))).toBe(true);

      await page.click('#graph g.node[data-kind="CALL_CENTER"]');
      const details = JSON.parse((await page.textContent('#details')) ?? '{}');
      expect(details).toMatchObject({
        id: 'CALL_CENTER:support.cc@hq.acme.example',
        kind: 'CALL_CENTER',
        label: 'Acme Support',
        entityId: 'support.cc@hq.acme.example',
      });
      // Frank has do not disturb on: his fields say so.
      await page.click('#graph g.node[data-id="user:frank.fox@hq.acme.example"]');
      expect(JSON.parse((await page.textContent('#details')) ?? '{}')).toMatchObject({
        kind: 'USER',
        label: 'Frank Fox',
        doNotDisturb: true,
      });
      await page.screenshot({ path: screenshotPath('call-flow-page.png') });

      // A number nobody holds: said so, no graph left from before.
      await page.fill('#number', '2125559999');
      await page.click('button[type=submit]');
      await page.locator('#status', { hasText: 'Nobody' }).waitFor({ timeout: 15_000 });
      expect(await page.textContent('#status')).toBe('Nobody holds 2125559999');
      expect(await page.locator('#graph g.node').count()).toBe(0);
      // A depth the layer refuses: its code on the page.
      await page.fill('#number', '2125550120');
      await page.fill('#depth', '0');
      await page.click('button[type=submit]');
      await page.locator('#status', { hasText: 'BAD_USER_INPUT' }).waitFor({ timeout: 15_000 });
      expect(blocked).toEqual([]);
      expect(layer.output()).not.toContain('CORS refused');
    } finally {
      await context.close();
      await layer.stop('SIGKILL');
    }
  }, 60_000);
});
