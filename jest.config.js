/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
  setupFiles: ['reflect-metadata'],
  testTimeout: 20000,
  // One worker: the rate tests measure the limiter's pacing from arrival times, and two
  // workers plus a sandbox process and chromium on two cores starve it by up to 60 ms.
  maxWorkers: 1,
  testSequencer: '<rootDir>/test/helpers/sequencer.js',
  reporters: ['default', '<rootDir>/test/helpers/summary-reporter.js'],
};
