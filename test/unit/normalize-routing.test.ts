import {
  normalizeDoNotDisturb,
  normalizeForwarding,
  normalizeForwardingRows,
  normalizeSelective,
} from '../../src/odin/normalize-routing';
import { sample } from '../helpers/sandbox-client';

// Odin's routing answers, sample by sample: what the layer makes of each quirk.
test('a forwarding: a JSON number target becomes the same digits as text', () => {
  expect(normalizeForwarding(sample('routing/user-call-forwarding-always.json') as never)).toEqual({
    active: true,
    forwardTo: '4500',
    numberOfRings: null,
    ringSplash: false,
  });
  expect(
    normalizeForwarding(sample('routing/user-call-forwarding-no-answer.json') as never),
  ).toEqual({ active: true, forwardTo: '1234', numberOfRings: 5, ringSplash: null });
  // A code and digits stays text; booleans as strings are booleans.
  expect(
    normalizeForwarding({
      isActive: 'true',
      forwardToPhoneNumber: '*551001',
      isRingSplashActive: 'false',
    }),
  ).toEqual({ active: true, forwardTo: '*551001', numberOfRings: null, ringSplash: false });
});

test('a /bulk answer: by user id; a user without the service is null, not inactive', () => {
  const rows = normalizeForwardingRows(
    sample('routing/user-call-forwarding-always-bulk.json') as never,
  );
  expect(rows.size).toBeGreaterThan(1);
  expect(rows.get('2125550101@hq.acme.example')).toEqual({
    active: false,
    forwardTo: null,
    numberOfRings: null,
    ringSplash: false,
  });
  expect(
    normalizeForwardingRows([
      { service: { assigned: false }, user: { userId: 'a@b.c' }, data: {} },
      { user: {}, data: {} },
    ]),
  ).toEqual(new Map([['a@b.c', null]]));
});

test('selective forwarding: "None" is no schedule, callsFrom joined, targets as text', () => {
  const selective = normalizeSelective(
    sample('routing/user-call-forwarding-selective.json') as never,
  );
  expect(selective.defaultForwardTo).toBe('2125550177');
  expect(selective.criteria[0]).toEqual({
    name: 'selective1',
    active: true,
    forwardTo: '2125550177',
    timeSchedule: 'Every Day All Day',
    holidaySchedule: null,
    callsFrom: 'All calls',
  });
  expect(selective.criteria[1].callsFrom).toBe('Any private number, Any unavailable number');
});

test('do not disturb', () => {
  expect(normalizeDoNotDisturb(sample('routing/user-do-not-disturb.json') as never)).toEqual({
    active: true,
    ringSplash: true,
  });
  expect(normalizeDoNotDisturb({ isActive: 'false' })).toEqual({
    active: false,
    ringSplash: false,
  });
});
