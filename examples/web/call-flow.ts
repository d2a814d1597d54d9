// The call-flow page: a number box, the graph of callFlow laid out by dagre (from
// node_modules, served by `npm run example:web`: it works offline), loops in red, and a
// node's fields on a click.
import { graphlib, layout } from '/vendor/dagre/dagre.esm.js';

interface FlowNode {
  id: string;
  kind: string;
  label: string;
  phoneNumber: string | null;
  extension: string | null;
  entityId: string | null;
  doNotDisturb: boolean | null;
}
interface FlowEdge {
  from: string;
  to: string;
  kind: string;
  when: string;
  label: string;
}
interface Flow {
  start: { id: string };
  nodes: FlowNode[];
  edges: FlowEdge[];
  loops: string[][];
  truncated: boolean;
}

const QUERY = `query($phoneNumber: String, $maxDepth: Int) { callFlow(phoneNumber: $phoneNumber, maxDepth: $maxDepth) {
  start { id } nodes { id kind label phoneNumber extension entityId doNotDisturb }
  edges { from to kind when label } loops truncated } }`;

const api = new URLSearchParams(location.search).get('api') ?? 'http://127.0.0.1:4000/graphql';
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const SVG = 'http://www.w3.org/2000/svg';

async function callFlow(phoneNumber: string, maxDepth: number): Promise<Flow | null> {
  const key = $<HTMLInputElement>('apiKey').value.trim();
  const response = await fetch(api, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(key ? { authorization: `Bearer ${key}` } : {}),
    },
    body: JSON.stringify({ query: QUERY, variables: { phoneNumber, maxDepth } }),
  });
  const answer = (await response.json()) as {
    data?: { callFlow: Flow | null };
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
  if (answer.errors?.length)
    throw new Error(answer.errors.map((e) => `${e.extensions?.code}: ${e.message}`).join('\n'));
  return answer.data?.callFlow ?? null;
}

/** Edges along a loop: from one node of a cycle to the next. */
function loopEdges(flow: Flow): Set<string> {
  const along = new Set<string>();
  for (const cycle of flow.loops)
    cycle.forEach((id, i) => along.add(`${id}\n${cycle[(i + 1) % cycle.length]}`));
  return along;
}

function el(name: string, attrs: Record<string, string | number>): SVGElement {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

function draw(flow: Flow): void {
  const g = new graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'LR', nodesep: 20, ranksep: 60 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of flow.nodes) {
    const text = n.extension ? `${n.label} (${n.extension})` : n.label;
    g.setNode(n.id, { label: text, width: Math.max(80, text.length * 7 + 20), height: 34 });
  }
  flow.edges.forEach((e, i) => g.setEdge(e.from, e.to, { label: e.label }, `e${i}`));
  layout(g);
  const graph = g.graph();
  const svg = el('svg', { width: (graph.width ?? 0) + 40, height: (graph.height ?? 0) + 40 });
  const root = el('g', { transform: 'translate(20,20)' });
  svg.append(root);
  const loops = loopEdges(flow);
  const inLoop = new Set(flow.loops.flat());
  flow.edges.forEach((e, i) => {
    const points = g.edge({ v: e.from, w: e.to, name: `e${i}` }).points ?? [];
    const group = el('g', {
      class: `edge${loops.has(`${e.from}\n${e.to}`) ? ' loop' : ''}`,
      'data-kind': e.kind,
    });
    group.append(
      el('path', {
        d: points
          .map((p: { x: number; y: number }, j: number) => `${j ? 'L' : 'M'}${p.x},${p.y}`)
          .join(' '),
      }),
    );
    const mid = points[Math.floor(points.length / 2)];
    if (mid) {
      const label = el('text', { x: mid.x + 4, y: mid.y - 4 });
      label.textContent = e.label;
      group.append(label);
    }
    root.append(group);
  });
  for (const n of flow.nodes) {
    const box = g.node(n.id);
    const group = el('g', {
      class: `node${inLoop.has(n.id) ? ' loop' : ''}`,
      'data-kind': n.kind,
      'data-id': n.id,
      transform: `translate(${box.x - box.width / 2},${box.y - box.height / 2})`,
    });
    group.append(
      el('rect', { width: box.width, height: box.height, rx: n.kind === 'USER' ? 14 : 3 }),
    );
    const text = el('text', { x: 8, y: 21 });
    text.textContent = String(box.label ?? n.label);
    group.append(text);
    group.addEventListener('click', () => {
      $('details').textContent = JSON.stringify(n, null, 2);
    });
    root.append(group);
  }
  $('graph').replaceChildren(svg);
}

$<HTMLFormElement>('flow').addEventListener('submit', (event) => {
  event.preventDefault();
  const number = $<HTMLInputElement>('number').value.trim();
  // An empty box is the layer's default; anything else goes as typed, for the layer to judge.
  const typed = $<HTMLInputElement>('depth').value.trim();
  const depth = typed === '' ? 20 : Number(typed);
  $('status').textContent = 'Reading…';
  callFlow(number, depth).then(
    (flow) => {
      if (!flow) {
        $('status').textContent = `Nobody holds ${number}`;
        $('graph').replaceChildren();
        return;
      }
      draw(flow);
      $('status').textContent =
        `${flow.nodes.length} nodes, ${flow.edges.length} edges, ${flow.loops.length} loops` +
        (flow.truncated ? ' (cut at the depth)' : '');
    },
    (err: unknown) => {
      $('status').textContent = err instanceof Error ? err.message : String(err);
    },
  );
});
