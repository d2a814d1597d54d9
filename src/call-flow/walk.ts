import type {
  AutoAttendant,
  AutoAttendantKey,
  AutoAttendantSubmenu,
  CallCenter,
  CallCenterAgentRow,
  CallCenterTreatment,
  Forwarding,
  HuntGroup,
  User,
} from '../odin/model';

// Where a number's calls go, as a graph (docs/odin/routing.md, section f, and what the
// layer does better): built from what is read of one group; no GraphQL and no Odin here.

export type NodeKind =
  'USER' | 'HUNT_GROUP' | 'CALL_CENTER' | 'AUTO_ATTENDANT' | 'SUBMENU' | 'VOICE_MAIL' | 'EXTERNAL';

export type EdgeKind =
  | 'FORWARD_ALWAYS'
  | 'FORWARD_BUSY'
  | 'FORWARD_NO_ANSWER'
  | 'FORWARD_NOT_REACHABLE'
  | 'HUNT_AGENT'
  | 'HUNT_NO_ANSWER'
  | 'HUNT_NOT_REACHABLE'
  | 'CALL_CENTER_AGENT'
  | 'OVERFLOW'
  | 'STRANDED'
  | 'STRANDED_UNAVAILABLE'
  | 'FORCED_FORWARD'
  | 'MENU_KEY'
  | 'VOICE_MAIL';

export type When = 'ALWAYS' | 'BUSINESS_HOURS' | 'AFTER_HOURS' | 'HOLIDAY';

export interface FlowNode {
  id: string;
  kind: NodeKind;
  label: string;
  phoneNumber: string | null;
  extension: string | null;
  entityId: string | null;
}

export interface FlowEdge {
  from: string;
  to: string;
  kind: EdgeKind;
  when: When;
  key: string | null;
  numberOfRings: number | null;
  afterSeconds: number | null;
  label: string;
}

export interface Flow {
  start: FlowNode;
  nodes: FlowNode[];
  edges: FlowEdge[];
  loops: string[][];
  truncated: boolean;
}

/** An entity of the group a target can name: its kind, id, and what it is called. */
export type Entity =
  | { kind: 'USER'; user: User }
  | {
      kind: 'HUNT_GROUP';
      id: string;
      name: string;
      phoneNumber: string | null;
      extension: string | null;
    }
  | {
      kind: 'CALL_CENTER';
      id: string;
      name: string;
      phoneNumber: string | null;
      extension: string | null;
    }
  | {
      kind: 'AUTO_ATTENDANT';
      id: string;
      name: string;
      phoneNumber: string | null;
      extension: string | null;
    };

/** Everything a walk reads, each asked for only when the walk reaches it. */
export interface FlowSource {
  /** Every entity of the group, to resolve targets. */
  entities: Entity[];
  forwarding(
    userId: string,
  ): Promise<Record<'ALWAYS' | 'BUSY' | 'NO_ANSWER' | 'NOT_REACHABLE', Forwarding | null>>;
  huntGroup(id: string): Promise<HuntGroup | null>;
  callCenter(id: string): Promise<{
    center: CallCenter;
    agents: CallCenterAgentRow[];
    overflow: CallCenterTreatment;
    stranded: CallCenterTreatment;
    strandedUnavailable: CallCenterTreatment;
    forced: Forwarding;
  } | null>;
  autoAttendant(
    id: string,
  ): Promise<{ attendant: AutoAttendant; submenus: AutoAttendantSubmenu[] } | null>;
  /** A number held outside the group: a label for its node, or null when nobody holds it. */
  outside(national: string): Promise<{ kind: NodeKind; id: string | null; label: string } | null>;
}

/** The national digits of a number in any of its forms; null when it is not one. */
export function nationalOf(text: string): string | null {
  const m = /^(?:\+?1-?)?(\d{10})$/.exec(text.trim());
  return m ? m[1] : null;
}

/** The digits of an alias's local part (`0@…` → `0`); null without any. */
const aliasDigits = (alias: string) => /\d+/.exec(alias.split('@')[0])?.[0] ?? null;

const idOf = (e: Entity) => (e.kind === 'USER' ? `user:${e.user.userId}` : `${e.kind}:${e.id}`);

function nodeOf(e: Entity): FlowNode {
  if (e.kind === 'USER')
    return {
      id: idOf(e),
      kind: 'USER',
      label: `${e.user.firstName} ${e.user.lastName}`.trim(),
      phoneNumber: e.user.phoneNumber,
      extension: e.user.extension,
      entityId: e.user.userId,
    };
  return {
    id: idOf(e),
    kind: e.kind,
    label: e.name,
    phoneNumber: e.phoneNumber,
    extension: e.extension,
    entityId: e.id,
  };
}

const EDGE_LABEL: Record<EdgeKind, string> = {
  FORWARD_ALWAYS: 'CFA',
  FORWARD_BUSY: 'CFB',
  FORWARD_NO_ANSWER: 'CFNA',
  FORWARD_NOT_REACHABLE: 'CFNR',
  HUNT_AGENT: 'agent',
  HUNT_NO_ANSWER: 'no answer',
  HUNT_NOT_REACHABLE: 'not reachable',
  CALL_CENTER_AGENT: 'agent',
  OVERFLOW: 'overflow',
  STRANDED: 'stranded',
  STRANDED_UNAVAILABLE: 'all unavailable',
  FORCED_FORWARD: 'forced',
  MENU_KEY: 'key',
  VOICE_MAIL: 'voice mail',
};

const MENUS: Array<['businessHoursMenu' | 'afterHoursMenu' | 'holidayMenu', When]> = [
  ['businessHoursMenu', 'BUSINESS_HOURS'],
  ['afterHoursMenu', 'AFTER_HOURS'],
  ['holidayMenu', 'HOLIDAY'],
];

/** Walks from `start` (an entity of the group) up to `maxDepth` edges away. */
export async function walk(source: FlowSource, start: Entity, maxDepth: number): Promise<Flow> {
  // Every form an entity answers to: national digits, extension, alias digits.
  const byTarget = new Map<string, Entity>();
  for (const e of source.entities) {
    const phone = e.kind === 'USER' ? e.user.phoneNumber : e.phoneNumber;
    const extension = e.kind === 'USER' ? e.user.extension : e.extension;
    if (phone) byTarget.set(phone, e);
    if (extension) byTarget.set(extension, e);
    if (e.kind === 'USER')
      for (const alias of e.user.aliases) {
        const digits = aliasDigits(alias);
        if (digits && !byTarget.has(digits)) byTarget.set(digits, e);
      }
  }
  const nodes = new Map<string, FlowNode>();
  const edges: FlowEdge[] = [];
  const loops = new Map<string, string[]>();
  const cutNodes = new Set<string>();
  const add = (node: FlowNode) => (nodes.get(node.id) ?? (nodes.set(node.id, node), node)).id;
  const edge = (from: string, to: string, kind: EdgeKind, more: Partial<FlowEdge> = {}) => {
    const e: FlowEdge = {
      from,
      to,
      kind,
      when: 'ALWAYS',
      key: null,
      numberOfRings: null,
      afterSeconds: null,
      label: EDGE_LABEL[kind],
      ...more,
    };
    if (e.kind === 'MENU_KEY')
      e.label = `${e.when === 'BUSINESS_HOURS' ? '' : `${e.when.toLowerCase().replace('_', ' ')} `}${e.key}`;
    if (
      !edges.some(
        (x) =>
          x.from === e.from &&
          x.to === e.to &&
          x.kind === e.kind &&
          x.when === e.when &&
          x.key === e.key,
      )
    )
      edges.push(e);
  };

  /** The node a target names, and the entity to walk into (none for an end). */
  const resolve = async (target: string): Promise<{ id: string; entity?: Entity }> => {
    const mailbox = /^\*55(.+)$/.exec(target);
    if (mailbox) {
      const owner = byTarget.get(nationalOf(mailbox[1]) ?? mailbox[1]);
      const label =
        owner?.kind === 'USER' ? `Voice mail: ${nodeOf(owner).label}` : `Voice mail ${mailbox[1]}`;
      return {
        id: add({
          id: `VOICE_MAIL:${owner ? idOf(owner) : mailbox[1]}`,
          kind: 'VOICE_MAIL',
          label,
          phoneNumber: null,
          extension: owner?.kind === 'USER' ? owner.user.extension : mailbox[1],
          entityId: owner?.kind === 'USER' ? owner.user.userId : null,
        }),
      };
    }
    const national = nationalOf(target);
    const entity = byTarget.get(national ?? target);
    if (entity) return { id: add(nodeOf(entity)), entity };
    const outside = national ? await source.outside(national) : null;
    if (outside)
      return {
        id: add({
          id: `${outside.kind}:${outside.id ?? national}`,
          kind: outside.kind,
          label: outside.label,
          phoneNumber: national,
          extension: null,
          entityId: outside.id,
        }),
      };
    return {
      id: add({
        id: `EXTERNAL:${target}`,
        kind: 'EXTERNAL',
        label: target,
        phoneNumber: national ?? target,
        extension: null,
        entityId: null,
      }),
    };
  };

  const visit = async (entity: Entity, path: string[]): Promise<void> => {
    const here = idOf(entity);
    // Depth counts nodes from the start (the start is 1): at the limit an edge out of here
    // would go one too far, so it is cut, and said so.
    const cut = path.length + 1 >= maxDepth;
    let cutHere = false;
    const onPath = [...path, here];
    /** An edge to a target, walked unless it closes a loop or was walked already. */
    const to = async (
      target: string | null,
      kind: EdgeKind,
      more: Partial<FlowEdge> = {},
      fromId = here,
    ) => {
      if (!target) return;
      if (cut) {
        cutHere = true;
        return;
      }
      const next = await resolve(target);
      edge(fromId, next.id, kind, more);
      await into(next, onPath);
    };
    const toEntity = async (e: Entity, kind: EdgeKind, more: Partial<FlowEdge> = {}) => {
      if (cut) {
        cutHere = true;
        return;
      }
      edge(here, add(nodeOf(e)), kind, more);
      await into({ id: idOf(e), entity: e }, onPath);
    };
    if (entity.kind === 'USER') {
      const f = await source.forwarding(entity.user.userId);
      const kinds: Array<[keyof typeof f, EdgeKind]> = [
        ['ALWAYS', 'FORWARD_ALWAYS'],
        ['BUSY', 'FORWARD_BUSY'],
        ['NO_ANSWER', 'FORWARD_NO_ANSWER'],
        ['NOT_REACHABLE', 'FORWARD_NOT_REACHABLE'],
      ];
      for (const [k, kind] of kinds) {
        const forwarding = f[k];
        if (forwarding?.active && forwarding.forwardTo)
          await to(forwarding.forwardTo, kind, {
            numberOfRings: k === 'NO_ANSWER' ? forwarding.numberOfRings : null,
          });
      }
    } else if (entity.kind === 'HUNT_GROUP') {
      const hg = await source.huntGroup(entity.id);
      if (!hg) return;
      for (const agent of hg.agentUserIds) {
        const user = source.entities.find((e) => e.kind === 'USER' && e.user.userId === agent);
        if (user) await toEntity(user, 'HUNT_AGENT');
      }
      if (hg.forwardAfterTimeout)
        await to(hg.forwardTo, 'HUNT_NO_ANSWER', { afterSeconds: hg.forwardTimeoutSeconds });
      if (hg.notReachableForwarding) await to(hg.notReachableForwardTo, 'HUNT_NOT_REACHABLE');
    } else if (entity.kind === 'CALL_CENTER') {
      const cc = await source.callCenter(entity.id);
      if (!cc) return;
      for (const agent of cc.agents) {
        const user = source.entities.find(
          (e) => e.kind === 'USER' && e.user.userId === agent.userId,
        );
        if (user) await toEntity(user, 'CALL_CENTER_AGENT');
      }
      const treatments: Array<[CallCenterTreatment, EdgeKind]> = [
        [cc.overflow, 'OVERFLOW'],
        [cc.stranded, 'STRANDED'],
        [cc.strandedUnavailable, 'STRANDED_UNAVAILABLE'],
      ];
      for (const [t, kind] of treatments)
        if (t.action === 'TRANSFER') await to(t.transferTo, kind, { afterSeconds: t.afterSeconds });
      if (cc.forced.active) await to(cc.forced.forwardTo, 'FORCED_FORWARD');
    } else {
      const aa = await source.autoAttendant(entity.id);
      if (!aa) return;
      const keysOf = async (keys: AutoAttendantKey[], when: When, fromId: string) => {
        for (const k of keys) {
          if (k.phoneNumber) await to(k.phoneNumber, 'MENU_KEY', { when, key: k.key }, fromId);
          else if (k.submenuId) {
            if (cut) {
              cutHere = true;
              continue;
            }
            const submenu = aa.submenus.find((s) => s.id === k.submenuId);
            const id = add({
              id: `SUBMENU:${aa.attendant.serviceUserId}:${k.submenuId}`,
              kind: 'SUBMENU',
              label: k.submenuId,
              phoneNumber: null,
              extension: null,
              entityId: aa.attendant.serviceUserId,
            });
            edge(fromId, id, 'MENU_KEY', { when, key: k.key });
            if (submenu && fromId === here) await keysOf(submenu.keys, when, id);
          }
        }
      };
      for (const [menu, when] of MENUS) {
        const m = aa.attendant[menu];
        if (m) await keysOf(m.keys, when, here);
      }
    }
    // Cut at its nearest depth, or not: a shorter path that walks it whole clears it.
    if (cutHere) cutNodes.add(here);
    else cutNodes.delete(here);
  };

  const into = async (next: { id: string; entity?: Entity }, path: string[]): Promise<void> => {
    if (!next.entity) return;
    const at = path.indexOf(next.id);
    if (at >= 0) {
      // Back to an entity on the path: a loop, reported once whatever node it is met from.
      const cycle = path.slice(at);
      const first = cycle.indexOf([...cycle].sort()[0]);
      const canonical = [...cycle.slice(first), ...cycle.slice(0, first)];
      loops.set(canonical.join('\n'), canonical);
      return;
    }
    // Walked already at this depth or nearer the start: nothing new past it.
    const before = walked.get(next.id);
    if (before !== undefined && before <= path.length) return;
    walked.set(next.id, path.length);
    await visit(next.entity, path);
  };
  const walked = new Map<string, number>();

  const startNode = nodeOf(start);
  add(startNode);
  walked.set(startNode.id, 0);
  await visit(start, []);
  return {
    start: startNode,
    nodes: [...nodes.values()],
    edges,
    loops: [...loops.values()],
    truncated: cutNodes.size > 0,
  };
}

/** The same graph as a Mermaid flowchart: stable ids and order, so the same state gives the same text. */
export function mermaidOf(flow: Flow): string {
  const ids = new Map(flow.nodes.map((n, i) => [n.id, `n${i}`]));
  const text = (s: string) => s.replace(/"/g, "'");
  const shape: Record<NodeKind, [string, string]> = {
    USER: ['(', ')'],
    HUNT_GROUP: ['[[', ']]'],
    CALL_CENTER: ['[[', ']]'],
    AUTO_ATTENDANT: ['{{', '}}'],
    SUBMENU: ['{{', '}}'],
    VOICE_MAIL: ['[/', '/]'],
    EXTERNAL: ['>', ']'],
  };
  const lines = ['flowchart LR'];
  for (const n of flow.nodes) {
    const [open, close] = shape[n.kind];
    lines.push(
      `  ${ids.get(n.id)}${open}"${text(n.label)}${n.extension ? ` (${n.extension})` : ''}"${close}`,
    );
  }
  for (const e of flow.edges)
    lines.push(`  ${ids.get(e.from)} -->|"${text(e.label)}"| ${ids.get(e.to)}`);
  return lines.join('\n');
}
