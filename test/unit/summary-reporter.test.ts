// eslint-disable-next-line @typescript-eslint/no-require-imports
const { summarize } = require('../helpers/summary-reporter.js') as {
  summarize(results: unknown): string;
};

const suite = (file: string, passing: number, failing: number, loadError?: string) => ({
  testFilePath: file,
  numPassingTests: passing,
  numFailingTests: failing,
  testExecError: loadError ? { message: `${loadError}\n    at stack` } : undefined,
});

test('the closing line counts tests, and a suite that failed to load as a failure, named', () => {
  const text = summarize({
    numPassedTests: 5,
    numFailedTests: 1,
    numPendingTests: 0,
    numTodoTests: 0,
    testResults: [
      suite('/r/test/a.test.ts', 5, 1),
      suite('/r/test/broken.test.ts', 0, 0, "Cannot find module './gone'"),
    ],
  });
  expect(text).toContain(
    "jest: suite failed to load: /r/test/broken.test.ts: Cannot find module './gone'\n",
  );
  expect(text.trim().split('\n').pop()).toBe('jest: 5 passed, 2 failed');
});

test('skipped tests are said; a clean run says 0 failed', () => {
  expect(
    summarize({
      numPassedTests: 3,
      numFailedTests: 0,
      numPendingTests: 2,
      numTodoTests: 0,
      testResults: [suite('/r/a.test.ts', 3, 0)],
    }).trim(),
  ).toBe('jest: 3 passed, 0 failed, 2 skipped');
});
