import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import express, { type Router } from 'express';
import Negotiator from 'negotiator';
import type { Config } from '../app/config';

/** The example the playground opens with: the README's createUser (a test keeps them equal). */
export const EXAMPLE_OPERATION = `mutation CreateJohn {
  createUser(
    input: {
      serviceProviderId: "acme.sp"
      groupId: "acme.hq"
      userId: "john.smith@hq.acme.example"
      firstName: "John"
      lastName: "Smith"
      extension: "1234"
      phoneNumber: "2125550110"
      department: "Sales"
    }
  ) {
    generatedWebAuthPassword
    user {
      userId
      firstName
      lastName
      callingLineIdFirstName
      extension
      phoneNumber
      department {
        name
      }
      endpointType
      endpoint {
        linePort
      }
    }
  }
}
`;

const ONBOARD_INPUT = `    input: {
      user: {
        serviceProviderId: "acme.sp"
        groupId: "acme.hq"
        userId: "jane.roe@hq.acme.example"
        firstName: "Jane"
        lastName: "Roe"
      }
      number: { firstFree: true }
      servicePacks: ["Standard"]
      device: { deviceType: "Polycom VVX 450", macAddress: "00:04:F2:A1:00:AA" }`;

/** docs/api/onboarding.md's onboarding, first as a dry run (a test keeps them equal). */
export const ONBOARD_DRY_RUN = `mutation OnboardJaneDryRun {
  provisionUser(
${ONBOARD_INPUT}
      dryRun: true
    }
  ) {
    dryRun
    steps {
      kind
      status
      detail
    }
    phoneNumber
    extension
    deviceName
  }
}
`;

/** docs/api/onboarding.md's onboarding, for real. */
export const ONBOARD = `mutation OnboardJane {
  provisionUser(
${ONBOARD_INPUT}
    }
  ) {
    steps {
      kind
      status
    }
    user {
      userId
      phoneNumber
      phoneNumberActivated
      extension
    }
    deviceName
    linePort
    sipUserName
    generatedWebAuthPassword
    generatedDevicePassword
    generatedSipPassword
  }
}
`;

/** docs/api/call-routing.md's read of Alice's forwarding (a test keeps them equal). */
export const ROUTING_READ = `query AliceRouting {
  user(userId: "alice.adams@hq.acme.example") {
    callForwarding {
      always {
        active
        forwardTo
        ringSplash
      }
      busy {
        active
        forwardTo
      }
      noAnswer {
        active
        forwardTo
        numberOfRings
      }
      notReachable {
        active
        forwardTo
      }
    }
    doNotDisturb {
      active
      ringSplash
    }
  }
}
`;

/** docs/api/call-routing.md's read of the sales hunt group. */
export const ROUTING_HUNT_GROUP = `query SalesHuntGroup {
  group(serviceProviderId: "acme.sp", groupId: "acme.hq") {
    huntGroups {
      serviceUserId
      name
      phoneNumber
      extension
      active
      policy
      agents {
        userId
      }
      noAnswerRings
      forwardAfterTimeout
      forwardTimeoutSeconds
      forwardTo
    }
  }
}
`;

/** docs/api/call-routing.md's forwarding change. */
export const ROUTING_FORWARD = `mutation ForwardAlice {
  setCallForwarding(
    input: {
      userId: "alice.adams@hq.acme.example"
      kind: ALWAYS
      active: true
      forwardTo: "2125550199"
    }
  ) {
    always {
      active
      forwardTo
    }
  }
}
`;

/** docs/api/call-flow.md's graph of the demo main number (a test keeps them equal). */
export const CALL_FLOW = `query MainNumberFlow {
  callFlow(phoneNumber: "2125550120") {
    start {
      id
    }
    loops
    truncated
    edges {
      from
      to
      kind
      when
      key
    }
  }
}
`;

// Every script and style the page loads, from installed packages: it works without internet.
const ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  'react.js': { pkg: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.js': {
    pkg: 'react-dom',
    file: 'umd/react-dom.production.min.js',
    type: 'text/javascript',
  },
  'graphiql.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  'graphiql.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
};

// From the package's folder: its `exports` map does not list the UMD builds.
const packageFile = (pkg: string, file: string) =>
  path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);

// Reads the configuration from the page (inline scripts are not allowed by the CSP).
const BOOT = `(function () {
  var config = JSON.parse(document.getElementById('playground-config').textContent);
  // Subscriptions (bulkJobProgress) over graphql-ws on the same path; the headers tab's
  // Authorization goes in connectionParams.
  var ws = new URL(config.endpoint, location.href);
  ws.protocol = ws.protocol === 'https:' ? 'wss:' : 'ws:';
  var fetcher = GraphiQL.createFetcher({ url: config.endpoint, subscriptionUrl: ws.href });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultQuery: config.defaultQuery,
    defaultTabs: config.tabs.map(function (query) {
      return { query: query, headers: config.defaultHeaders };
    }),
    defaultHeaders: config.defaultHeaders,
    isHeadersEditorEnabled: true,
    shouldPersistHeaders: false,
    defaultEditorToolsVisibility: 'headers'
  }));
})();`;

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
].join('; ');

function headersFor(config: Config): string {
  if (config.odin.authMode === 'passthrough') {
    return JSON.stringify({ Authorization: 'Bearer <the token from the login mutation>' }, null, 2);
  }
  if (config.apiKeys.length > 0)
    return JSON.stringify({ Authorization: 'Bearer <your API key>' }, null, 2);
  return '{}';
}

const escapeJsonForHtml = (json: string) => json.replace(/</g, '\\u003c');

/** A browser asks for HTML first; a GraphQL client for one of the answer's types. */
const PAGE_OR_ANSWER = ['application/json', 'application/graphql-response+json', 'text/html'];

/** What the playground serves: its page, asked for at `/graphql`, and its assets. */
export interface Playground {
  /** Answers a browser's `GET /graphql` without a query with the page; false for any other. */
  page(req: IncomingMessage, res: ServerResponse): boolean;
  /** `/playground/<asset>`: the page's scripts and styles. */
  assets: Router;
}

/** `GET /graphql` from a browser: the GraphiQL page; its assets under `/playground/`. */
export function playground(config: Config): Playground {
  const router = express.Router();
  const assets = new Map(
    Object.entries(ASSETS).map(([name, { pkg, file, type }]) => [
      name,
      { body: readFileSync(packageFile(pkg, file)), type },
    ]),
  );
  assets.set('boot.js', { body: Buffer.from(BOOT), type: 'text/javascript' });
  const page = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Odin GraphQL playground</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/playground/graphiql.css">
  <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
</head>
<body>
  <div id="graphiql">Loading the playground…</div>
  <script type="application/json" id="playground-config">${escapeJsonForHtml(
    JSON.stringify({
      endpoint: '/graphql',
      defaultQuery: EXAMPLE_OPERATION,
      tabs: [
        EXAMPLE_OPERATION,
        ONBOARD_DRY_RUN,
        ONBOARD,
        `${ROUTING_READ}\n${ROUTING_FORWARD}\n${ROUTING_HUNT_GROUP}`,
        CALL_FLOW,
      ],
      defaultHeaders: headersFor(config),
    }),
  )}</script>
  <script src="/playground/react.js"></script>
  <script src="/playground/react-dom.js"></script>
  <script src="/playground/graphiql.js"></script>
  <script src="/playground/boot.js"></script>
</body>
</html>`;

  router.get('/playground/:asset', (req, res, next) => {
    const asset = assets.get(req.params.asset);
    if (!asset) return next();
    res.setHeader('Cache-Control', 'public, max-age=86400');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.type(asset.type).send(asset.body);
  });
  return {
    page(req, res) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return false;
      const browser = new Negotiator(req).mediaType(PAGE_OR_ANSWER) === 'text/html';
      const search = req.url?.split('?')[1];
      if (!browser || (search !== undefined && new URLSearchParams(search).has('query')))
        return false;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.setHeader('Content-Security-Policy', CSP);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.end(page);
      return true;
    },
    assets: router,
  };
}
