import { startStack } from '../helpers/stack';

const page = async (env: Record<string, string>) => {
  const stack = await startStack({ env });
  try {
    const response = await fetch(stack.url, { headers: { accept: 'text/html' } });
    const html = await response.text();
    const config = JSON.parse(
      /<script type="application\/json" id="playground-config">([\s\S]*?)<\/script>/.exec(
        html,
      )?.[1] ?? 'null',
    );
    const assets = await Promise.all(
      [...html.matchAll(/(?:src|href)="(\/playground\/[^"]+)"/g)].map(
        async ([, asset]) => (await fetch(`${stack.origin}${asset}`)).status,
      ),
    );
    return {
      status: response.status,
      csp: response.headers.get('content-security-policy'),
      html,
      config,
      assets,
    };
  } finally {
    await stack.close();
  }
};

test('the page loads nothing from outside and its CSP allows nothing outside', async () => {
  const { status, csp, html, assets } = await page({});
  expect(status).toBe(200);
  expect(html).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
  expect(assets).toEqual([200, 200, 200, 200, 200]);
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
});

test.each([
  ['the anonymous sandbox', {}, '{}'],
  [
    'service mode with keys',
    { GRAPHQL_API_KEYS: 'k', GRAPHQL_ALLOW_ANONYMOUS: 'false' },
    'Bearer <your API key>',
  ],
  [
    'passthrough mode',
    { ODIN_AUTH_MODE: 'passthrough' },
    'Bearer <the token from the login mutation>',
  ],
])('%s: the headers editor is pre-filled for it', async (_name, env, expected) => {
  const { config } = await page(env);
  expect(config.defaultHeaders).toContain(expected);
  expect(config.defaultQuery).toContain('createUser(');
});

test('a GET for JSON is GraphQL, not the page', async () => {
  const stack = await startStack();
  try {
    const response = await fetch(`${stack.url}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  } finally {
    await stack.close();
  }
});
