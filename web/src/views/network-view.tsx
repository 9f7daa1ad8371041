// The actor network: entities linked by events and quotes, laid out by d3-force; click to focus.
import {
  forceCenter,
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  type SimulationNodeDatum,
} from 'd3-force';
import { useMemo } from 'preact/hooks';
import { get, type NetworkAnswer } from '../api.js';
import { Show } from '../components/common.js';
import { href, navigate } from '../router.js';
import { useLoad } from '../use-api.js';

const W = 900;
const H = 600;

type Node = SimulationNodeDatum & { id: number; name: string; type: string; degree: number };

/** Runs the force layout to rest (synchronously: the graph is small) and returns positioned nodes. */
function layout(data: NetworkAnswer): {
  nodes: Node[];
  links: { s: Node; t: Node; kind: string; weight: number }[];
} {
  const nodes: Node[] = data.nodes.map((n) => ({ ...n, degree: 0 }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const links = data.links
    .filter((l) => byId.has(l.source) && byId.has(l.target))
    .map((l) => ({ s: byId.get(l.source)!, t: byId.get(l.target)!, kind: l.kind, weight: l.weight }));
  for (const l of links) {
    l.s.degree += l.weight;
    l.t.degree += l.weight;
  }
  const sim = forceSimulation(nodes)
    .force('charge', forceManyBody().strength(-180))
    .force('link', forceLink(links.map((l) => ({ source: l.s, target: l.t }))).distance(80))
    .force('center', forceCenter(W / 2, H / 2))
    .force('collide', forceCollide(18))
    .stop();
  sim.tick(300);
  for (const n of nodes) {
    n.x = Math.max(20, Math.min(W - 20, n.x ?? 0));
    n.y = Math.max(20, Math.min(H - 20, n.y ?? 0));
  }
  return { nodes, links };
}

/** #/network?focus=ID */
export function NetworkView(props: { focus: number | null }) {
  const state = useLoad('network', () => get<NetworkAnswer>('network', { limit: 300 }));
  return (
    <div>
      <h1>Network</h1>
      <p class="muted">
        Lines join an actor to its target (events, solid) and a speaker to whom they speak of (quotes,
        dashed). Click or press Enter on a name to focus it.
      </p>
      <Show state={state}>{(data) => <Graph data={data} focus={props.focus} />}</Show>
    </div>
  );
}

function Graph(props: { data: NetworkAnswer; focus: number | null }) {
  const { nodes, links } = useMemo(() => layout(props.data), [props.data]);
  const focus = props.focus;
  const near = new Set<number>();
  if (focus !== null)
    for (const l of links) if (l.s.id === focus || l.t.id === focus) near.add(l.s.id).add(l.t.id);
  const focused = nodes.find((n) => n.id === focus);
  if (nodes.length === 0) return <p>No links yet: events and quotes with known actors make the network.</p>;
  return (
    <div class="graph-layout">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        class="network"
        role="img"
        aria-label="Actor network"
        data-testid="network"
      >
        {links.map((l, i) => (
          <line
            key={i}
            x1={l.s.x}
            y1={l.s.y}
            x2={l.t.x}
            y2={l.t.y}
            class={`link link-${l.kind}${focus !== null && (l.s.id === focus || l.t.id === focus) ? ' on' : ''}`}
            stroke-width={Math.min(6, 1 + Math.log2(l.weight))}
          />
        ))}
        {nodes.map((n) => (
          <g
            key={n.id}
            class={`node type-${n.type}${n.id === focus ? ' focus' : ''}${focus !== null && !near.has(n.id) ? ' dim' : ''}`}
            transform={`translate(${n.x},${n.y})`}
            tabIndex={0}
            role="button"
            aria-label={n.name}
            onClick={() => navigate('network', { focus: n.id })}
            onKeyDown={(e) => e.key === 'Enter' && navigate('network', { focus: n.id })}
          >
            <circle r={5 + Math.min(10, Math.sqrt(n.degree) * 2)} />
            <text x={10} y={4}>
              {n.name}
            </text>
          </g>
        ))}
      </svg>
      {focused && (
        <aside class="side-panel">
          <h3>{focused.name}</h3>
          <p>
            <a href={href(`entity/${focused.id}`)}>Open the entity page</a>
          </p>
          <ul>
            {links
              .filter((l) => l.s.id === focused.id || l.t.id === focused.id)
              .map((l, i) => (
                <li key={i}>
                  {l.s.name} {l.kind === 'event' ? '→' : 'speaks of'} {l.t.name}{' '}
                  <span class="muted">×{l.weight}</span>
                </li>
              ))}
          </ul>
        </aside>
      )}
    </div>
  );
}
