import type { OdinGroups } from './groups';
import type {
  CreateUserRequest,
  CreateUserResult,
  UpdateUserRequest,
  User,
  UserListQuery,
} from './model';
import { normalizeUser, unwrapOne } from './normalize';
import { OdinError } from './odin-error';
import type { OdinMethod } from './http';
import type { OdinSession } from './session';
import { shapeCreateUser, shapeUpdateUser, shapeUserList } from './shape';
import type { WireUser } from './wire';

export class OdinUsers {
  constructor(
    private readonly odin: OdinSession,
    private readonly groups: OdinGroups,
  ) {}

  async create(input: CreateUserRequest): Promise<CreateUserResult> {
    const given = input.webAuthPassword ?? stringField(input.payload, 'password');
    const generatedWebAuthPassword = given
      ? null
      : await this.groups.generatePassword(input.serviceProviderId, input.groupId);
    const webAuthPassword = given ?? generatedWebAuthPassword ?? '';
    const answer = await this.odin.call<WireUser | WireUser[]>({
      method: 'POST',
      path: '/users',
      body: shapeCreateUser(input, webAuthPassword),
      secrets: [webAuthPassword],
    });
    return { user: userFrom(answer, 'POST', '/users'), generatedWebAuthPassword };
  }

  /** One user by id, or null when Odin has no such user. */
  async get(userId: string): Promise<User | null> {
    try {
      const answer = await this.odin.call<WireUser | WireUser[]>({
        method: 'GET',
        path: '/users',
        params: { userId },
      });
      return userFrom(answer, 'GET', '/users');
    } catch (err) {
      if (isNotFound(err)) return null;
      throw err;
    }
  }

  async list(query: UserListQuery): Promise<User[]> {
    const answer = await this.odin.call<WireUser[] | WireUser>({
      method: 'GET',
      path: '/users',
      params: shapeUserList(query),
    });
    const list = Array.isArray(answer) ? answer : answer ? [answer] : [];
    return list.filter((u) => u && u.userId).map(normalizeUser);
  }

  /** Changes what the caller set; `where` is the user's service provider and group. */
  async update(
    input: UpdateUserRequest,
    where: { serviceProviderId: string; groupId: string },
  ): Promise<User> {
    const answer = await this.odin.call<WireUser | WireUser[]>({
      method: 'PUT',
      path: '/users',
      body: shapeUpdateUser(input, where),
      secrets: input.webAuthPassword ? [input.webAuthPassword] : [],
    });
    return userFrom(answer, 'PUT', '/users');
  }

  /** Irreversible; BroadWorks also unassigns the user's numbers. */
  async delete(userId: string): Promise<void> {
    await this.odin.call<unknown>({
      method: 'DELETE',
      path: '/users',
      params: { userId },
      body: { userId },
    });
  }
}

export function isNotFound(err: unknown): boolean {
  return err instanceof OdinError && err.kind === 'http' && err.status === 404;
}

function stringField(
  obj: Record<string, unknown> | null | undefined,
  key: string,
): string | undefined {
  const v = obj?.[key];
  return typeof v === 'string' && v ? v : undefined;
}

/** A user entity from an answer that may be array-wrapped; anything else is a protocol error. */
export function userFrom(answer: WireUser | WireUser[], method: OdinMethod, path: string): User {
  const wire = unwrapOne(answer);
  if (!wire || typeof wire !== 'object' || !wire.userId) {
    throw new OdinError('protocol', method, path, `Odin ${method} ${path} answered without a user`);
  }
  return normalizeUser(wire);
}
