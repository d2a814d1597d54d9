import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { EXAMPLE_OPERATION } from '../../src/playground';
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
