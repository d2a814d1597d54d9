import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import {
  CALL_FLOW,
  EXAMPLE_OPERATION,
  ONBOARD,
  ONBOARD_DRY_RUN,
  ROUTING_FORWARD,
  ROUTING_HUNT_GROUP,
  ROUTING_READ,
} from '../../src/graphql/playground';
import { docExamples, masked } from '../helpers/doc-examples';
import { type Stack, startStack } from '../helpers/stack';
import { auditDataDir } from '../helpers/audit-store';

const ROOT = path.join(__dirname, '..', '..');
// Every page with GraphQL examples: the README, the API pages, operations.
const PAGES = [
  'README.md',
  ...readdirSync(path.join(ROOT, 'docs', 'api')).map((f) => `docs/api/${f}`),
  'docs/operations.md',
].filter((page) => docExamples(page).length > 0);

test('the pages have their examples, and the playground opens with the same ones', () => {
  expect(PAGES).toEqual(
    expect.arrayContaining([
      'README.md',
      'docs/api/users.md',
      'docs/api/numbers-services-devices.md',
      'docs/api/onboarding.md',
      'docs/api/bulk-jobs.md',
    ]),
  );
  expect(docExamples('README.md')[0].operation).toBe(EXAMPLE_OPERATION);
  const onboarding = docExamples('docs/api/onboarding.md').map((e) => e.operation);
  expect(onboarding).toEqual(expect.arrayContaining([ONBOARD_DRY_RUN, ONBOARD]));
  expect(docExamples('docs/api/call-flow.md')[0].operation).toBe(CALL_FLOW);
  const routing = docExamples('docs/api/call-routing.md').map((e) => e.operation);
  expect(routing).toEqual(
    expect.arrayContaining([ROUTING_READ, ROUTING_FORWARD, ROUTING_HUNT_GROUP]),
  );
});

// A reader pastes a page's examples in order into a fresh sandbox: each must do what the
// page says, and every answer shown must be the answer they get.
test.each(PAGES)(
  '%s: every example, in order, on a fresh sandbox, answers as shown',
  async (page) => {
    // A page about the audit trail runs with it on (the tests' default is off).
    const audited = docExamples(page).some((e) => e.operation.includes('auditEvents'));
    const dataDir = audited ? await auditDataDir() : undefined;
    const stack = await startStack(
      dataDir ? { env: { AUDIT: 'on', DATA_DIR: dataDir } } : undefined,
    );
    const others: Stack[] = [];
    try {
      for (const example of docExamples(page)) {
        // An example for another mode (passthrough) runs on a layer of its own.
        const layer = example.env
          ? await startStack({ env: example.env }).then((s) => (others.push(s), s))
          : stack;
        const ask = () =>
          layer.gql<Record<string, unknown>, Record<string, unknown>>(
            parse(example.operation),
            example.variables,
          );
        let answer = await ask();
        // A job's answer changes as it runs: asked again until it is the one shown.
        const shown = () => JSON.stringify(masked((example.answer as { data?: unknown }).data));
        for (let i = 0; example.wait && i < 100; i++) {
          if (JSON.stringify(masked(answer.data)) === shown()) break;
          await new Promise((r) => setTimeout(r, 100));
          answer = await ask();
        }
        expect({ at: example.at, errors: answer.errors }).toEqual({
          at: example.at,
          errors: undefined,
        });
        if (example.answer !== undefined)
          expect({ at: example.at, data: masked(answer.data) }).toEqual({
            at: example.at,
            data: masked((example.answer as { data: unknown }).data),
          });
      }
    } finally {
      await Promise.all([stack.close(), ...others.map((s) => s.close())]);
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    }
  },
);

test('the playground offers the onboarding and call routing examples', async () => {
  const stack = await startStack();
  try {
    const page = await (await fetch(stack.url, { headers: { accept: 'text/html' } })).text();
    expect(page).toContain('OnboardJaneDryRun');
    expect(page).toContain('OnboardJane {');
    expect(page).toContain('query AliceRouting');
    expect(page).toContain('mutation ForwardAlice');
    expect(page).toContain('query SalesHuntGroup');
    expect(page).toContain('query MainNumberFlow');
  } finally {
    await stack.close();
  }
});
