// Preloaded into a layer process by a test (NODE_OPTIONS=--require): on exit, writes the
// files the process loaded to MODULES_REPORT, one per line.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  writeFileSync(process.env.MODULES_REPORT, Object.keys(require.cache).join('\n'));
});
