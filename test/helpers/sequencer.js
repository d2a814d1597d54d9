// The tests that measure pacing from arrival times run first, while the worker is fresh:
// after two hundred tests its garbage collector pauses long enough to bunch up arrivals.
const Sequencer = require('@jest/test-sequencer').default;

const PACING = /(rate-limit|create-users|fleet)\.test\.ts$/;

class PacingFirst extends Sequencer {
  sort(tests) {
    const sorted = [...super.sort(tests)];
    return [
      ...sorted.filter((t) => PACING.test(t.path)),
      ...sorted.filter((t) => !PACING.test(t.path)),
    ];
  }
}

module.exports = PacingFirst;
