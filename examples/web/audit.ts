// The audit page: who changed what, newest first, filtered by a user or a group, a page at a
// time (auditEvents' cursor: the next page starts after the last event shown).
import { AuditPageDocument, type AuditPageQuery } from './generated/graphql';

type Page = AuditPageQuery['auditEvents'];

const api = new URLSearchParams(location.search).get('api') ?? 'http://127.0.0.1:4000/graphql';
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const value = (id: string) => $<HTMLInputElement>(id).value.trim();

/** The filter the form says; a user id names the user's events. */
function filter(): Record<string, string> {
  const given: Record<string, string> = {};
  if (value('userId')) Object.assign(given, { entityKind: 'USER', entityId: value('userId') });
  if (value('serviceProviderId')) given.serviceProviderId = value('serviceProviderId');
  if (value('groupId')) given.groupId = value('groupId');
  return given;
}

async function read(after: string | null): Promise<Page> {
  const key = value('apiKey');
  const typed = value('first');
  const response = await fetch(api, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(key ? { authorization: `Bearer ${key}` } : {}),
    },
    body: JSON.stringify({
      query: AuditPageDocument.toString(),
      // An empty box is the layer's default; anything else goes as typed, for the layer to judge.
      variables: { filter: filter(), first: typed === '' ? null : Number(typed), after },
    }),
  });
  const answer = (await response.json()) as {
    data?: AuditPageQuery | null;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
  if (answer.errors?.length || !answer.data)
    throw new Error(
      (answer.errors ?? []).map((e) => `${e.extensions?.code}: ${e.message}`).join('\n'),
    );
  return answer.data.auditEvents;
}

function cell(row: HTMLTableRowElement, text: string, className?: string): void {
  const td = row.insertCell();
  // Text only: an event holds what callers typed, never markup for this page.
  td.textContent = text;
  if (className) td.className = className;
}

let cursor: string | null = null;
let shown = 0;

function show(page: Page, fresh: boolean): void {
  const body = $<HTMLTableSectionElement>('events');
  if (fresh) {
    body.replaceChildren();
    shown = 0;
  }
  for (const { node: e } of page.edges) {
    const row = body.insertRow();
    row.dataset.outcome = e.outcome;
    row.dataset.id = e.id;
    cell(row, new Date(e.at).toLocaleString());
    cell(row, e.caller);
    cell(row, e.field);
    cell(row, e.entityId ? `${e.entityKind ?? ''} ${e.entityId}`.trim() : (e.entityKind ?? ''));
    cell(row, e.groupId ? `${e.serviceProviderId}/${e.groupId}` : (e.serviceProviderId ?? ''));
    cell(row, e.outcome, 'outcome');
    cell(row, String(e.odinWrites));
    cell(row, JSON.stringify(e.changes), 'changes');
  }
  shown += page.edges.length;
  cursor = page.pageInfo.endCursor ?? null;
  $<HTMLButtonElement>('next').hidden = !page.pageInfo.hasNextPage;
  $('status').textContent = `${shown} of ${page.totalCount} events`;
}

function load(fresh: boolean): void {
  $('status').textContent = 'Reading…';
  read(fresh ? null : cursor).then(
    (page) => show(page, fresh),
    (err: unknown) => {
      $('status').textContent = err instanceof Error ? err.message : String(err);
    },
  );
}

$<HTMLFormElement>('filter').addEventListener('submit', (event) => {
  event.preventDefault();
  load(true);
});
$<HTMLButtonElement>('next').addEventListener('click', () => load(false));
