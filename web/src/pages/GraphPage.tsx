import cytoscape, { type Core, type ElementDefinition } from "cytoscape";
import { useEffect, useRef, useState } from "react";
import { Loaded, NotFound, PlaygroundLink } from "../components.tsx";
import { type GraphNode, loadNeighbourhood, type Neighbourhood, neighbourQuery } from "../graphNeighbours.ts";
import { useQuery } from "../graphql.ts";
import { humanise } from "../links.ts";

const KIND_COLOUR: Record<string, string> = {
  authority: "#1d70b8",
  visit: "#00703c",
  recommendation: "#d4351c",
  document: "#6f777b",
  theme: "#4c2c92",
  service: "#f47738",
  "service-kind": "#28a197",
};

declare global {
  interface Window {
    /** The graph page's cytoscape instance, for the browser's console and the browser tests. */
    explorerGraph?: Core;
  }
}

function toElements(hood: Neighbourhood): ElementDefinition[] {
  const nodes = [hood.node, ...hood.neighbours].filter((n): n is GraphNode => n !== null);
  return [
    ...nodes.map((n) => ({
      group: "nodes" as const,
      data: { id: n.key, label: n.label, kind: n.kind, href: n.href },
    })),
    ...hood.edges.map((e) => ({
      group: "edges" as const,
      data: { id: `${e.source}|${e.label}|${e.target}`, source: e.source, target: e.target, label: e.label },
    })),
  ];
}

/**
 * A node and its neighbours drawn with cytoscape.js: a click on a node selects it and adds its own
 * neighbours around it (edges followed both ways); the panel opens the selected node's page.
 */
export function GraphPage(props: { nodeId: string }) {
  const state = useQuery(() => loadNeighbourhood(props.nodeId), props.nodeId);
  const kind = props.nodeId.slice(0, props.nodeId.indexOf(":"));
  const query = neighbourQuery(kind);
  return (
    <>
      <h1 className="govuk-heading-l">
        Graph around{" "}
        {state.status === "done" && state.data?.node ? state.data.node.label : humanise(kind || "a node")}
      </h1>
      <Loaded state={state} what="the graph">
        {(hood) => (hood ? <GraphView hood={hood} /> : <NotFound what="node" />)}
      </Loaded>
      {query ? (
        <PlaygroundLink query={query} variables={{ id: props.nodeId.slice(kind.length + 1) }} />
      ) : null}
    </>
  );
}

function GraphView(props: { hood: Neighbourhood }) {
  const container = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState<GraphNode | null>(props.hood.node);
  const [status, setStatus] = useState("Click a node to add its neighbours.");
  useEffect(() => {
    if (!container.current) return;
    const cy = cytoscape({
      container: container.current,
      elements: toElements(props.hood),
      textureOnViewport: true,
      hideEdgesOnViewport: true,
      minZoom: 0.1,
      maxZoom: 3,
      style: [
        {
          selector: "node",
          style: {
            "background-color": (n) => KIND_COLOUR[n.data("kind") as string] ?? "#505a5f",
            label: "data(label)",
            "font-size": 9,
            "text-wrap": "ellipsis",
            "text-max-width": "120px",
            width: 18,
            height: 18,
          },
        },
        { selector: "node:selected", style: { "border-width": 3, "border-color": "#ffdd00" } },
        { selector: "node.expanded", style: { shape: "round-rectangle" } },
        {
          selector: "edge",
          style: {
            width: 1,
            "line-color": "#b1b4b6",
            "target-arrow-shape": "triangle",
            "target-arrow-color": "#b1b4b6",
            "curve-style": "bezier",
          },
        },
      ],
      layout: { name: "cose", animate: false, nodeDimensionsIncludeLabels: true, padding: 30 },
    });
    if (cy.zoom() > 1.2) {
      cy.zoom(1.2);
      cy.center();
    }
    if (props.hood.node) cy.getElementById(props.hood.node.key).addClass("expanded").select();
    window.explorerGraph = cy;
    cy.on("tap", "node", async (event) => {
      const target = event.target as cytoscape.NodeSingular;
      setSelected({
        key: target.id(),
        kind: target.data("kind"),
        label: target.data("label"),
        href: target.data("href"),
      });
      if (target.hasClass("expanded")) return;
      setStatus(`Adding the neighbours of ${target.data("label")}…`);
      try {
        const hood = await loadNeighbourhood(target.id());
        if (!hood) throw new Error("the graph no longer holds it");
        target.addClass("expanded");
        const added = cy.add(toElements(hood).filter((e) => cy.getElementById(String(e.data.id)).empty()));
        const fresh = added.nodes();
        if (cy.nodes().length <= 400) {
          // Small enough to lay out again as a whole, which keeps labels apart.
          cy.layout({
            name: "cose",
            animate: false,
            randomize: false,
            nodeDimensionsIncludeLabels: true,
            padding: 30,
          }).run();
          setStatus(
            `Added ${fresh.length} node${fresh.length === 1 ? "" : "s"}; ${cy.nodes().length} in all.`,
          );
          return;
        }
        // Larger graphs: the new nodes go in a ring around the clicked one, and nothing else moves.
        const centre = target.position();
        fresh.forEach((n, i) => {
          const angle = (2 * Math.PI * i) / Math.max(fresh.length, 1);
          const radius = Math.max(140, 14 * fresh.length);
          n.position({ x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
        });
        setStatus(`Added ${fresh.length} node${fresh.length === 1 ? "" : "s"}; ${cy.nodes().length} in all.`);
      } catch (error) {
        setStatus(`Could not add its neighbours: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
    return () => {
      window.explorerGraph = undefined;
      cy.destroy();
    };
  }, [props.hood]);
  return (
    <div className="explorer-graph-layout">
      <div
        ref={container}
        className="explorer-graph"
        id="graph"
        aria-label="Graph of the node and its neighbours"
      />
      <aside className="explorer-graph-panel">
        <p className="govuk-body-s" role="status" id="graph-status">
          {status}
        </p>
        {selected ? (
          <>
            <h2 className="govuk-heading-s">{selected.label}</h2>
            <p className="govuk-body-s">{humanise(selected.kind)}</p>
            {selected.href ? (
              <a className="govuk-link" href={selected.href} id="open-node-page">
                Open its page
              </a>
            ) : (
              <p className="govuk-body-s">No page of its own; its neighbours have one.</p>
            )}
          </>
        ) : null}
        <ul className="govuk-list govuk-body-s explorer-graph-key">
          {Object.entries(KIND_COLOUR).map(([kind, colour]) => (
            <li key={kind}>
              <span className="explorer-swatch" style={{ background: colour }} /> {humanise(kind)}
            </li>
          ))}
        </ul>
      </aside>
    </div>
  );
}
