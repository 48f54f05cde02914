import type { FieldNode } from "graphql";
import type { Page } from "../store/Page.ts";

/**
 * Pages read ahead for particular fields of one query, by the fields' nodes in its document and the
 * parent's id. Such a page may hold only what those fields' selections read, so it serves exactly those
 * fields: kept apart from the page loaders, whose pages any field of the query may be given.
 */
export class ReadAheadPages<T> {
  readonly #pages = new Map<FieldNode, Map<string, Page<T>>>();

  set(nodes: readonly FieldNode[], parent: string, page: Page<T>): void {
    for (const node of nodes) {
      const byParent = this.#pages.get(node) ?? new Map<string, Page<T>>();
      byParent.set(parent, page);
      this.#pages.set(node, byParent);
    }
  }

  /** The page read ahead for the field being resolved (`info.fieldNodes`) under `parent`, if any. */
  get(nodes: readonly FieldNode[], parent: string): Page<T> | undefined {
    const first = nodes[0];
    return first && this.#pages.get(first)?.get(parent);
  }
}
