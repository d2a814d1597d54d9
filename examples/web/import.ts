// Importing users, or working phone users, from a CSV file as a job: a dry run first, then the
// import with a progress bar driven by the bulkJobProgress subscription (graphql-ws), a cancel
// button, and the results as a CSV download (with the generated passwords, shown once).
import { createClient } from '/vendor/graphql-ws/client.js';

interface Job {
  id: string;
  state: 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED';
  total: number;
  settled: number;
  succeeded: number;
  failed: number;
  etaSeconds: number | null;
}

type Result = { index: number; line: number | null } & (
  | { user: { userId: string; extension: string | null }; generatedWebAuthPassword: string | null }
  | { userId: string; code: string; message: string }
);

/** A row as the layer's messages name it: its CSV line (the page only sends CSV). */
const rowOf = (r: Result) => String(r.line ?? r.index + 1);

const JOB_FIELDS = 'id state total settled succeeded failed etaSeconds';
const START = `mutation($input: UserImportInput!) { startUserImport(input: $input) { ${JOB_FIELDS} } }`;
const CANCEL = `mutation($id: ID!) { cancelBulkJob(id: $id) { ${JOB_FIELDS} } }`;
const RESULTS = `query($id: ID!, $only: BulkRowOutcome) { bulkJob(id: $id) { results(only: $only) {
  ... on CreateUserSuccess { index line user { userId extension } generatedWebAuthPassword }
  ... on CreateUserFailure { index line userId code message } } } }`;
const PROGRESS = `subscription($id: ID!) { bulkJobProgress(id: $id) { ${JOB_FIELDS} } }`;
const START_PROVISIONING = `mutation($input: ProvisioningImportInput!) {
  startProvisioningImport(input: $input) { ${JOB_FIELDS} } }`;
const PROVISION_RESULTS = `query($id: ID!) { bulkJob(id: $id) { provisionResults {
  row line userId outcome code message phoneNumber extension deviceName sipUserName
  generatedWebAuthPassword generatedSipPassword generatedDevicePassword } } }`;

/** A provisioning row: what it did (a dry run: would do), or why not. */
interface ProvisionRow {
  row: number;
  line: number | null;
  userId: string | null;
  outcome: 'SUCCEEDED' | 'FAILED';
  code: string | null;
  message: string | null;
  phoneNumber: string | null;
  extension: string | null;
  deviceName: string | null;
  sipUserName: string | null;
  generatedWebAuthPassword: string | null;
  generatedSipPassword: string | null;
  generatedDevicePassword: string | null;
}

const api = new URLSearchParams(location.search).get('api') ?? 'http://127.0.0.1:4000/graphql';
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const value = (id: string) => $<HTMLInputElement>(id).value.trim();

async function gql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const key = value('apiKey');
  const response = await fetch(api, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(key ? { authorization: `Bearer ${key}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const answer = (await response.json()) as {
    data?: T;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
  if (answer.errors?.length || !answer.data)
    throw new Error(
      (answer.errors ?? []).map((e) => `${e.extensions?.code}: ${e.message}`).join('\n') ||
        `HTTP ${response.status}`,
    );
  return answer.data;
}

async function csvText(): Promise<string> {
  const file = $<HTMLInputElement>('file').files?.[0];
  if (!file) throw new Error('Pick a CSV file first');
  return file.text();
}

const input = async (dryRun: boolean) => ({
  csv: await csvText(),
  serviceProviderId: value('serviceProviderId'),
  groupId: value('groupId'),
  dryRun,
});

function showFailures(results: Result[]): void {
  const table = $<HTMLTableElement>('failures');
  const body = table.tBodies[0];
  body.replaceChildren(
    ...results.flatMap((r) => {
      if (!('code' in r)) return [];
      const row = document.createElement('tr');
      for (const text of [rowOf(r), r.userId, r.code, r.message]) {
        const cell = document.createElement('td');
        cell.textContent = text;
        row.append(cell);
      }
      return [row];
    }),
  );
  table.hidden = body.rows.length === 0;
}

/**
 * A cell of the results CSV: quoted when it must be, and text a spreadsheet would run as a
 * formula (starting with = + - @, a tab or a carriage return) kept as text by a leading '.
 */
function quote(cell: string): string {
  const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function download(header: string, rows: string[][]): void {
  const lines = [header, ...rows.map((cells) => cells.map(quote).join(','))];
  const link = $<HTMLAnchorElement>('download');
  link.href = URL.createObjectURL(new Blob([lines.join('\r\n')], { type: 'text/csv' }));
  link.hidden = false;
}

function offerDownload(results: Result[]): void {
  download(
    'line,userId,outcome,code,message,extension,generatedWebAuthPassword',
    results.map((r) =>
      'code' in r
        ? [rowOf(r), r.userId, 'FAILED', r.code, r.message, '', '']
        : [
            rowOf(r),
            r.user.userId,
            'SUCCEEDED',
            '',
            '',
            r.user.extension ?? '',
            r.generatedWebAuthPassword ?? '',
          ],
    ),
  );
}

/** Every row of a provisioning job: its number, extension, device, and problems. */
function showPlan(rows: ProvisionRow[]): void {
  const table = $<HTMLTableElement>('plan');
  table.tBodies[0].replaceChildren(
    ...rows.map((r) => {
      const row = document.createElement('tr');
      row.className = r.outcome === 'FAILED' ? 'failed' : 'ok';
      for (const text of [
        String(r.line ?? r.row + 1),
        r.userId ?? '',
        r.outcome,
        r.phoneNumber ?? '',
        r.extension ?? '',
        r.deviceName ?? '',
        r.message ?? '',
      ]) {
        const cell = document.createElement('td');
        cell.textContent = text;
        row.append(cell);
      }
      return row;
    }),
  );
  table.hidden = rows.length === 0;
}

function offerProvisioningDownload(rows: ProvisionRow[]): void {
  download(
    'line,userId,outcome,code,message,phoneNumber,extension,deviceName,sipUserName,generatedWebAuthPassword,generatedSipPassword,generatedDevicePassword',
    rows.map((r) =>
      [
        String(r.line ?? r.row + 1),
        r.userId,
        r.outcome,
        r.code,
        r.message,
        r.phoneNumber,
        r.extension,
        r.deviceName,
        r.sipUserName,
        r.generatedWebAuthPassword,
        r.generatedSipPassword,
        r.generatedDevicePassword,
      ].map((cell) => cell ?? ''),
    ),
  );
}

const provisioning = () => $<HTMLSelectElement>('mode').value === 'provisioning';

function showProgress(job: Job): void {
  const bar = $<HTMLProgressElement>('bar');
  bar.value = job.total ? Math.round((job.settled / job.total) * 100) : 100;
  const eta = job.etaSeconds ? `, about ${job.etaSeconds} s left` : '';
  $('status').textContent = `${job.state}: ${job.settled} of ${job.total} rows${eta}`;
}

$('dry-run').addEventListener('click', async () => {
  $('status').textContent = 'Checking…';
  try {
    if (provisioning()) {
      const { startProvisioningImport: job } = await gql<{ startProvisioningImport: Job }>(
        START_PROVISIONING,
        { input: await input(true) },
      );
      const { bulkJob } = await gql<{ bulkJob: { provisionResults: ProvisionRow[] } }>(
        PROVISION_RESULTS,
        { id: job.id },
      );
      showPlan(bulkJob.provisionResults);
      $('status').textContent =
        `Dry run: ${job.succeeded} of ${job.total} rows would be provisioned, ${job.failed} would fail`;
      return;
    }
    const { startUserImport: job } = await gql<{ startUserImport: Job }>(START, {
      input: await input(true),
    });
    const { bulkJob } = await gql<{ bulkJob: { results: Result[] } }>(RESULTS, {
      id: job.id,
      only: 'FAILED',
    });
    showFailures(bulkJob.results);
    $('status').textContent =
      `Dry run: ${job.succeeded} of ${job.total} rows would be created, ${job.failed} would fail`;
  } catch (err) {
    $('status').textContent = err instanceof Error ? err.message : String(err);
  }
});

$('start').addEventListener('click', async () => {
  const cancel = $<HTMLButtonElement>('cancel');
  $('summary').textContent = '';
  try {
    const job = provisioning()
      ? (
          await gql<{ startProvisioningImport: Job }>(START_PROVISIONING, {
            input: await input(false),
          })
        ).startProvisioningImport
      : (await gql<{ startUserImport: Job }>(START, { input: await input(false) })).startUserImport;
    showProgress(job);
    cancel.disabled = false;
    cancel.onclick = () => void gql(CANCEL, { id: job.id });
    const key = value('apiKey');
    const client = createClient({
      url: api.replace(/^http/, 'ws'),
      connectionParams: key ? { authorization: `Bearer ${key}` } : {},
    });
    const last = await new Promise<Job>((resolve, reject) => {
      let latest = job;
      client.subscribe<{ bulkJobProgress: Job }>(
        { query: PROGRESS, variables: { id: job.id } },
        {
          next: ({ data }) => {
            if (!data) return;
            latest = data.bulkJobProgress;
            showProgress(latest);
          },
          error: reject,
          complete: () => resolve(latest),
        },
      );
    });
    await client.dispose();
    cancel.disabled = true;
    if (provisioning()) {
      // Read once: the generated passwords are answered to this read only.
      const { bulkJob } = await gql<{ bulkJob: { provisionResults: ProvisionRow[] } }>(
        PROVISION_RESULTS,
        { id: job.id },
      );
      showPlan(bulkJob.provisionResults);
      offerProvisioningDownload(bulkJob.provisionResults);
      $('summary').textContent =
        `${last.state}: ${last.succeeded} provisioned, ${last.failed} failed`;
      return;
    }
    const { bulkJob } = await gql<{ bulkJob: { results: Result[] } }>(RESULTS, { id: job.id });
    showFailures(bulkJob.results);
    offerDownload(bulkJob.results);
    $('summary').textContent = `${last.state}: ${last.succeeded} created, ${last.failed} failed`;
  } catch (err) {
    $('status').textContent = err instanceof Error ? err.message : String(err);
  }
});
