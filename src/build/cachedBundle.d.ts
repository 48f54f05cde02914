/** What to bundle, and where. */
export interface BundleSpec {
  /** The entry module's absolute path. */
  entry: string;
  /** The project's folder: the sources' paths are digested relative to it. */
  root: string;
  /**
   * Where the bundles are kept: inside `root`, so that the bundle's package imports resolve as its sources'
   * do; by default `node_modules/.cache/ofsted-graph` there.
   */
  cacheDir?: string;
  /** The bundles' file name, before the digest. */
  name: string;
}

/** See cachedBundle.js. */
export function cachedBundle(spec: BundleSpec): Promise<string>;
