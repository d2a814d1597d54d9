// `npm run sandbox`: the Odin emulator on its own, for trying the layer against it.
import { chaosFromEnv } from './faults';
import { DEMO_ACCOUNT, startSandbox } from './index';
import { seedUsers, siteRoom } from './seed';

async function main(): Promise<void> {
  const port = Number(process.env.SANDBOX_PORT ?? 4010); // 0: any free port, printed below
  const host = process.env.SANDBOX_HOST ?? '127.0.0.1';
  const tokenTtlMs = process.env.SANDBOX_TOKEN_TTL_MS
    ? Number(process.env.SANDBOX_TOKEN_TTL_MS)
    : undefined;
  const announceExpiry = process.env.SANDBOX_TOKEN_EXPIRY !== 'none';
  const recordLimit = process.env.SANDBOX_RECORD_LIMIT
    ? Number(process.env.SANDBOX_RECORD_LIMIT)
    : undefined;
  const sandbox = await startSandbox({ host, port, tokenTtlMs, announceExpiry, recordLimit });
  sandbox.app.faults.chaos = chaosFromEnv(process.env);
  if (process.env.SANDBOX_SEED_USERS)
    seedUsers(sandbox.directory, Number(process.env.SANDBOX_SEED_USERS));
  // Room for large imports: every group takes at least this many users.
  const room = Number(process.env.SANDBOX_USER_LIMIT ?? 0);
  for (const group of sandbox.directory.groups.values())
    group.userLimit = Math.max(group.userLimit, room);
  // Room for a site: that many more free numbers in acme.hq, and Standard seats and users.
  const site = Number(process.env.SANDBOX_SITE_ROOM ?? 0);
  if (site > 0) siteRoom(sandbox.directory.group('acme.sp', 'acme.hq'), site);
  process.stdout.write(
    `Odin sandbox at ${sandbox.baseUrl} (account ${DEMO_ACCOUNT.username})\n` +
      `Point the layer at it: ODIN_BASE_URL=${sandbox.baseUrl} ODIN_USERNAME=${DEMO_ACCOUNT.username} ODIN_PASSWORD=... GRAPHQL_API_KEYS=...\n`,
  );
  const stop = () => void sandbox.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
