import { parse } from 'graphql';
import { EXAMPLE_OPERATION, ONBOARD, ONBOARD_DRY_RUN } from '../../src/playground';
import { docExamples, masked } from '../helpers/doc-examples';
import { type Stack, startStack } from '../helpers/stack';

const examples = docExamples('README.md');

test('the README has its examples, and the playground opens with the same ones', () => {
  expect(examples.length).toBeGreaterThanOrEqual(10);
  const operations = examples.map((e) => e.operation);
  expect(operations[0]).toBe(EXAMPLE_OPERATION);
  expect(operations).toContain(ONBOARD_DRY_RUN);
  expect(operations).toContain(ONBOARD);
});

// A reader pastes the examples in order into one fresh sandbox: each must do what the page
// says, and every answer shown must be the answer they get.
test('every README example, in order, on one sandbox, answers as shown', async () => {
  const stack = await startStack();
  const others: Stack[] = [];
  try {
    const page = await (await fetch(stack.url, { headers: { accept: 'text/html' } })).text();
    expect(page).toContain('OnboardJaneDryRun');
    for (const example of examples) {
      // An example for another mode (passthrough) runs on a layer of its own, same Odin.
      const layer = example.env
        ? await startStack({ env: example.env }).then((s) => (others.push(s), s))
        : stack;
      const answer = await layer.gql<Record<string, unknown>, Record<string, unknown>>(
        parse(example.operation),
        example.variables,
      );
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
  }
});
