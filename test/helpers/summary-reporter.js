// Prints one plain closing line, "jest: N passed, N failed", that CI can read. A suite that
// failed to load (a syntax error, a throw at import) ran no test: it counts as one failure
// and is named, so the closing line never reads "0 failed" over a suite that did not run.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    process.stdout.write(summarize(results));
  }
}

function summarize(results) {
  const skipped = results.numPendingTests + results.numTodoTests;
  const unloaded = (results.testResults ?? []).filter(
    (r) => r.testExecError && r.numPassingTests + r.numFailingTests === 0,
  );
  const lines = unloaded.map(
    (r) =>
      `jest: suite failed to load: ${r.testFilePath}: ${String(r.testExecError.message).split('\n')[0]}\n`,
  );
  const failed = results.numFailedTests + unloaded.length;
  return (
    `\n${lines.join('')}jest: ${results.numPassedTests} passed, ${failed} failed` +
    (skipped ? `, ${skipped} skipped` : '') +
    '\n'
  );
}

module.exports = SummaryReporter;
module.exports.summarize = summarize;
