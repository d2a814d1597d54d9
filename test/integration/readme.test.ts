import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { EXAMPLE_OPERATION, ONBOARD, ONBOARD_DRY_RUN } from '../../src/playground';
import { expectData, startStack } from '../helpers/stack';

test("the README's createUser example succeeds as pasted", async () => {
  const readme = readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
  const example = /## Create a user[\s\S]*?```graphql\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(example).toBeDefined();
  expect(EXAMPLE_OPERATION).toBe(example);
  const stack = await startStack();
  try {
    const data = expectData(await stack.gql<Record<string, never>, never>(parse(example ?? '')));
    expect(data).toMatchObject({
      createUser: {
        generatedWebAuthPassword: expect.any(String),
        user: {
          userId: 'john.smith@hq.acme.example',
          extension: '1234',
          department: { name: 'Sales' },
        },
      },
    });
  } finally {
    await stack.close();
  }
});

test("the README's numbers, services and devices examples answer as pasted", async () => {
  const readme = readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
  const start = readme.indexOf('## Numbers, services and devices');
  const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
  const pairs = [...section.matchAll(/```graphql\n([\s\S]*?)```\s*```json\n([\s\S]*?)```/g)];
  expect(pairs).toHaveLength(3);
  const stack = await startStack();
  try {
    // In order: each example builds on the one before, as a reader would run them.
    for (const [, operation, answer] of pairs) {
      const expected = JSON.parse(answer) as { data: Record<string, unknown> };
      const data = expectData(await stack.gql<Record<string, unknown>, never>(parse(operation)));
      // Generated passwords differ every run; they are there, once.
      const masked = JSON.parse(
        JSON.stringify(data, (k, v: unknown) =>
          k === 'generatedPassword' && typeof v === 'string' && v.length >= 8 ? '<generated>' : v,
        ),
      );
      const sample = JSON.parse(
        JSON.stringify(expected.data, (k, v: unknown) =>
          k === 'generatedPassword' ? '<generated>' : v,
        ),
      );
      expect(masked).toEqual(sample);
    }
  } finally {
    await stack.close();
  }
});

test("the README's onboarding (dry run, then real) answers as pasted, and is in the playground", async () => {
  const readme = readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
  const start = readme.indexOf('## Onboard a user in one call');
  const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
  const pairs = [...section.matchAll(/```graphql\n([\s\S]*?)```\s*```json\n([\s\S]*?)```/g)];
  expect(pairs.map(([, operation]) => operation)).toEqual([ONBOARD_DRY_RUN, ONBOARD]);
  const stack = await startStack();
  try {
    const page = await (await fetch(stack.url, { headers: { accept: 'text/html' } })).text();
    expect(page).toContain('OnboardJaneDryRun');
    expect(page).toContain('OnboardJane {');
    const mask = (value: unknown) =>
      JSON.parse(
        JSON.stringify(value, (k, v: unknown) =>
          /^generated.*Password$/.test(k) && typeof v === 'string' ? '<generated>' : v,
        ),
      );
    for (const [, operation, answer] of pairs) {
      const data = expectData(await stack.gql<Record<string, unknown>, never>(parse(operation)));
      expect(mask(data)).toEqual(mask((JSON.parse(answer) as { data: unknown }).data));
    }
  } finally {
    await stack.close();
  }
});
