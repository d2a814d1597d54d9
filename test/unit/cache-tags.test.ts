import { editOf, readTags, writeTags } from '../../src/odin/cache-tags';
import type { OdinRequest } from '../../src/odin/http';

const get = (path: string, params: OdinRequest['params']): OdinRequest => ({
  method: 'GET',
  path,
  params,
});
const put = (path: string, body: unknown): OdinRequest => ({ method: 'PUT', path, body });
const hq = { serviceProviderId: 'acme.sp', groupId: 'acme.hq' };

/** Whether a write moves a tag the read holds: the read's entry is then not served. */
const moves = (write: OdinRequest, read: OdinRequest, answerTags: string[] = []) =>
  writeTags(write).some((t) => [...readTags(read), ...answerTags].includes(t));

const aliceRead = get('/users', { userId: 'alice@hq' });
const aliceShows = ['members:acme.sp/acme.hq'];
const bobRead = get('/users', { userId: 'bob@hq' });
const hqList = get('/users', { ...hq, limit: 1000, extended: true });
const spList = get('/users', { serviceProviderId: 'acme.sp' });
const search = get('/users', { lastName: 'smi*', extended: true });
const hqNumbers = get('/groups/dns', hq);

describe('which writes make which kept reads stale', () => {
  test('updating Alice: her reads, her group’s other lists, the service provider’s, searches; not Bob', () => {
    const update = put('/users', { ...hq, userId: 'alice@hq', title: 'x' });
    expect(moves(update, aliceRead, aliceShows)).toBe(true);
    // The group's whole list stands: it shows Alice from her own entry (an edit is noted).
    expect(moves(update, hqList)).toBe(false);
    expect(editOf(update, 1000)).toEqual({
      group: 'acme.sp/acme.hq',
      userId: 'alice@hq',
      keepMs: 1000,
    });
    // A filtered list may gain or lose her: it is moved.
    expect(moves(update, get('/users', { ...hq, lastName: 'Ad*', extended: true }))).toBe(true);
    expect(moves(update, spList)).toBe(true);
    expect(moves(update, search)).toBe(true);
    expect(moves(update, hqNumbers)).toBe(true);
    expect(moves(update, bobRead, aliceShows)).toBe(false);
  });

  test('updating a user leaves the group itself; creating one changes its count', () => {
    const hqGroup = get('/groups', hq);
    expect(moves(put('/users', { ...hq, userId: 'alice@hq', title: 'x' }), hqGroup)).toBe(false);
    const create: OdinRequest = {
      method: 'POST',
      path: '/users',
      body: { ...hq, userId: 'new@hq' },
    };
    expect(moves(create, hqGroup)).toBe(true);
    const remove: OdinRequest = {
      method: 'DELETE',
      path: '/users',
      params: { userId: 'alice@hq' },
    };
    expect(moves(remove, hqGroup)).toBe(true);
  });

  test('a group’s device or number changes what every user of the group shows', () => {
    const device = put('/groups/devices', { ...hq, deviceName: 'd', description: 'x' });
    expect(moves(device, bobRead, aliceShows)).toBe(true);
    expect(moves(device, hqList)).toBe(true);
    const other = put('/groups/devices', {
      serviceProviderId: 'acme.sp',
      groupId: 'acme.branch',
      deviceName: 'd',
    });
    expect(moves(other, bobRead, aliceShows)).toBe(false);
    expect(moves(other, hqList)).toBe(false);
  });

  test('a write known only by a user id: that user and every list; not another user', () => {
    const services = put('/users/services', { userId: 'alice@hq', servicePackServices: [] });
    expect(moves(services, aliceRead, aliceShows)).toBe(true);
    expect(moves(services, hqList)).toBe(true);
    expect(moves(services, hqNumbers)).toBe(true);
    expect(moves(services, bobRead, aliceShows)).toBe(false);
    const remove: OdinRequest = {
      method: 'DELETE',
      path: '/users',
      params: { userId: 'alice@hq' },
    };
    expect(moves(remove, aliceRead)).toBe(true);
    expect(moves(remove, spList)).toBe(true);
  });

  test('a userId with a wildcard is a search, not a user', () => {
    expect(readTags(get('/users', { userId: '*ali*', extended: true }))).toEqual([
      'all',
      'lists',
      'any',
    ]);
  });

  test('a write that names nothing moves everything', () => {
    expect(
      writeTags({ method: 'PUT', path: '/system/devices', body: { deviceName: 'd' } }),
    ).toEqual(['all']);
  });
});
