// A front end creating a user through the Odin GraphQL API, without a framework or a
// GraphQL library: the document and its types come from `npm run codegen`.
import {
  CreateUserDocument,
  type CreateUserMutation,
  type CreateUserMutationVariables,
} from './generated/graphql';

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

const api = new URLSearchParams(location.search).get('api') ?? 'http://127.0.0.1:4000/graphql';

async function createUser(
  variables: CreateUserMutationVariables,
  apiKey: string,
): Promise<CreateUserMutation> {
  const response = await fetch(api, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
    },
    body: JSON.stringify({ query: CreateUserDocument.toString(), variables }),
  });
  const answer = (await response.json()) as GraphQLAnswer<CreateUserMutation>;
  if (answer.errors?.length || !answer.data) {
    throw new Error(
      (answer.errors ?? [])
        .map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`)
        .join('\n') || `HTTP ${response.status}`,
    );
  }
  return answer.data;
}

const form = document.querySelector<HTMLFormElement>('#create-user');
const output = document.querySelector<HTMLElement>('#result');
const field = (name: string) =>
  (form?.elements.namedItem(name) as HTMLInputElement | null)?.value.trim() ?? '';

form?.addEventListener('submit', async (event) => {
  event.preventDefault();
  if (!output) return;
  output.textContent = 'Creating…';
  try {
    const { createUser: created } = await createUser(
      {
        input: {
          serviceProviderId: field('serviceProviderId'),
          groupId: field('groupId'),
          userId: field('userId'),
          firstName: field('firstName'),
          lastName: field('lastName'),
          extension: field('extension') || undefined,
        },
      },
      field('apiKey'),
    );
    output.dataset.userId = created.user.userId;
    output.textContent = `Created ${created.user.userId} (extension ${created.user.extension ?? 'none'}) in ${
      created.user.group?.groupName ?? created.user.userId
    }.${created.generatedWebAuthPassword ? ` Web password: ${created.generatedWebAuthPassword}` : ''}`;
  } catch (err) {
    output.textContent = err instanceof Error ? err.message : String(err);
  }
});
