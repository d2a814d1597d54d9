import type { OdinPasswords } from './passwords';
import type { OdinMethod } from './http';
import type {
  CreateUserRequest,
  CreatedUser,
  UpdateUserRequest,
  User,
  UserListQuery,
} from './model';
import { normalizeUser, unwrapOne } from './normalize';
import { OdinError, isNotFound } from './odin-error';
import type { OdinCaller } from './session';
import { shapeCreateUser, shapeUpdateUser, shapeUserList } from './shape';
import type { WireUser } from './wire';

const outcomeUnknown = (err: unknown): err is OdinError =>
  err instanceof OdinError && err.outcomeUnknown;

// Reads that settle an unknown create outcome; each is itself retried by the transport.
const VERIFY_READS = 3;

export class OdinUsers {
  constructor(
    private readonly odin: OdinCaller,
    private readonly passwords: OdinPasswords,
  ) {}

  /**
   * Creates a user, never twice. POST is not replayed blindly: when its outcome is
   * unknown, the user id (the natural idempotency key) is read back to settle it.
   */
  async create(input: CreateUserRequest): Promise<CreatedUser> {
    const given = input.webAuthPassword ?? stringField(input.payload, 'password');
    const generatedWebAuthPassword = given
      ? null
      : await this.passwords.forUser(input.serviceProviderId, input.groupId, input.userId);
    const webAuthPassword = given ?? generatedWebAuthPassword ?? '';
    const post = async () =>
      userFrom(
        await this.odin.call<WireUser | WireUser[]>({
          method: 'POST',
          path: '/users',
          body: shapeCreateUser(input, webAuthPassword),
          secrets: [webAuthPassword],
        }),
        'POST',
        '/users',
      );
    let user: User;
    try {
      user = await post();
    } catch (err) {
      if (!outcomeUnknown(err)) throw err;
      user = await this.settleCreate(input, post, err);
    }
    return { user, generatedWebAuthPassword };
  }

  /**
   * A create that may have reached Odin before (its worker died with it in flight): the
   * user id is read back first, and the create is sent only if the user does not exist.
   * Found, its password is not known: `generatedWebAuthPassword` is null.
   */
  async createAgain(input: CreateUserRequest): Promise<CreatedUser> {
    const earlier = new OdinError({
      kind: 'network',
      method: 'POST',
      path: '/users',
      message: `An earlier create of ${input.userId} may have reached Odin`,
    });
    const existing = await this.createdBefore(input, earlier);
    return existing ? { user: existing, generatedWebAuthPassword: null } : this.create(input);
  }

  /**
   * Creates many users as fast as the limiter allows, never faster: a pool of workers
   * keeps the limiter busy without queueing the whole batch past its deadline. One
   * outcome per request, in order; a failure of one never stops the others.
   */
  async createEach(
    requests: readonly CreateUserRequest[],
    parallelism: number,
  ): Promise<Array<CreatedUser | OdinError | Error>> {
    const outcomes = new Array<CreatedUser | OdinError | Error>(requests.length);
    let next = 0;
    const worker = async () => {
      while (next < requests.length) {
        const i = next++;
        outcomes[i] = await this.create(requests[i]).catch((err: unknown) =>
          err instanceof Error ? err : new Error(String(err)),
        );
      }
    };
    await Promise.all(Array.from({ length: Math.min(parallelism, requests.length) }, worker));
    return outcomes;
  }

  /** After a create with an unknown outcome: read back, then at most one more create. */
  private async settleCreate(
    input: CreateUserRequest,
    post: () => Promise<User>,
    first: OdinError,
  ): Promise<User> {
    const existing = await this.createdBefore(input, first);
    if (existing) return existing;
    try {
      return await post();
    } catch (err) {
      const conflict = err instanceof OdinError && err.conflict;
      if (!conflict && !outcomeUnknown(err)) throw err;
      // The first attempt may have landed after all, or this one did without an answer.
      const after = await this.createdBefore(input, err as OdinError);
      if (after) return after;
      if (conflict) throw err;
      throw new OdinError({
        ...(err as OdinError),
        message: `Odin did not answer the create of ${input.userId} twice; the user does not exist, it is safe to try again`,
      });
    }
  }

  /**
   * The user as created by an earlier attempt, or null when it does not exist. A user of
   * that id in another group is someone else's: a conflict. Unknown stays an error.
   */
  private async createdBefore(input: CreateUserRequest, cause: OdinError): Promise<User | null> {
    for (let read = 1; ; read++) {
      let found: User | null;
      try {
        found = await this.get(input.userId);
      } catch (err) {
        if (err instanceof OdinError && err.retryable && read < VERIFY_READS) continue;
        throw new OdinError({
          ...cause,
          message: `Odin did not answer the create of ${input.userId} and could not be asked whether the user exists; it may exist: read it before trying again`,
        });
      }
      if (!found) return null;
      if (found.serviceProviderId === input.serviceProviderId && found.groupId === input.groupId)
        return found;
      throw new OdinError({
        kind: 'http',
        method: 'POST',
        path: '/users',
        status: 409,
        error: `User ${input.userId} already exists in another group`,
        message: `User ${input.userId} already exists in another group`,
      });
    }
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

  /** Changes what the caller set; `user` gives the user's service provider and group. */
  async update(
    input: UpdateUserRequest,
    user: { serviceProviderId: string; groupId: string },
  ): Promise<User> {
    const answer = await this.odin.call<WireUser | WireUser[]>({
      method: 'PUT',
      path: '/users',
      body: shapeUpdateUser(input, user),
      secrets: input.webAuthPassword ? [input.webAuthPassword] : [],
    });
    return userFrom(answer, 'PUT', '/users');
  }

  /** Irreversible; BroadWorks also unassigns the user's numbers. */
  async delete(userId: string): Promise<void> {
    try {
      await this.odin.call<unknown>({
        method: 'DELETE',
        path: '/users',
        params: { userId },
        body: { userId },
      });
    } catch (err) {
      // A 404 on a retry after an attempt without an answer: that attempt deleted it.
      if (err instanceof OdinError && err.notFound && err.afterUnknownOutcome) return;
      throw err;
    }
  }
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
    throw new OdinError({
      kind: 'protocol',
      method,
      path,
      message: `Odin ${method} ${path} answered without a user`,
    });
  }
  return normalizeUser(wire);
}
