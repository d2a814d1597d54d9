import { busiestSecond } from '../../bench/busiest-second';

const times = (at: number, n: number) => Array<number>(n).fill(at);

describe('busiestSecond: the most calls in any window [t, t + 1000 ms)', () => {
  test('none, and one', () => {
    expect(busiestSecond([])).toBe(0);
    expect(busiestSecond([42])).toBe(1);
  });

  test('calls exactly 1000 ms apart are never in one window', () => {
    expect(busiestSecond([0, 1000, 2000, 3000])).toBe(1);
    expect(busiestSecond([0, 999, 1998])).toBe(2);
  });

  test('bursts at a window edge: 1 ms apart they share a window, 1000 ms apart they do not', () => {
    expect(busiestSecond([...times(999, 5), ...times(1000, 5)])).toBe(10);
    expect(busiestSecond([...times(0, 5), ...times(1000, 5)])).toBe(5);
    expect(busiestSecond([...times(0, 5), ...times(999, 5), ...times(1000, 5)])).toBe(10);
  });

  test('order does not matter', () => {
    expect(busiestSecond([1500, 0, 600, 1200, 100])).toBe(3);
  });
});
