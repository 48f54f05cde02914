// `npm run report:themes`: the national table of recommendation themes by framework era over whatever the
// graph holds, beside Hood, Nilsson and Habibi's (2019) finding on SIF-era recommendations. Connects like
// the CLI: the server NEO4J_URI names, or the project's local Neo4j (NEO4J_HOME, NEO4J_BOLT_PORT).
import { openGraph } from "../src/cli/openGraph.ts";
import { loadConfig } from "../src/config/config.ts";
import { frameworkEra } from "../src/domain/frameworkEra.ts";
import { createLogger } from "../src/log/createLogger.ts";
import { groupThemeTrends, readThemeTrendVisits } from "../src/store/insights/readThemeTrends.ts";
import { compareWithHood } from "./report/compareWithHood.ts";
import { formatThemeTable } from "./report/formatThemeTable.ts";

const config = loadConfig();
const graph = await openGraph(config, createLogger("warn"));
try {
  const visits = await readThemeTrendVisits(graph.executor, null, null);
  const noRegions = { entryOf: new Map(), authorityOf: new Map() };
  const groups = groupThemeTrends(visits, "FRAMEWORK", noRegions);
  const order = ["PRE_SIF", "SIF", "ILACS", "UNDATED"];
  const eras = groups.filter((g) => g.visits > 0).sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
  const lines = [
    "Recommendation themes by framework era (SIF 2013–2017, ILACS 2018–): recommendations, per visit, rank.",
    "",
    ...formatThemeTable(eras),
    "",
    ...compareWithHood(
      eras.find((g) => g.key === "SIF"),
      visits.filter((v) => frameworkEra(v.startDate) === "SIF"),
    ),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
} finally {
  await graph.close();
}
