import { z } from "zod";
import grammarJson from "./servicePhrases.json" with { type: "json" };

/**
 * The word lists that recognise a service named by a noun phrase ('the fostering team', 'the
 * multi-agency Compass service'). Data in `servicePhrases.json`, validated on load; see its `about`.
 */
const GrammarFile = z.object({
  about: z.string(),
  heads: z.array(z.string().min(1)).min(1),
  conditionalHeads: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)),
  pluralServicesKinds: z.array(z.string().min(1)),
  stops: z.array(z.string().min(1)),
  keepWords: z.array(z.string().min(1)),
  compounds: z.array(z.string().min(1)),
  serviceWords: z.array(z.string().min(1)).min(1),
  genericNames: z.array(z.string().min(1)),
  aliasNoise: z.array(z.string().min(1)),
});

/** The grammar as sets for look-up. Throws a ZodError at load if `servicePhrases.json` is malformed. */
export interface ServicePhraseGrammar {
  heads: ReadonlySet<string>;
  /** Head → the conditions of which one must hold: 'named', 'acronym', 'specific', or a kind. */
  conditionalHeads: ReadonlyMap<string, readonly string[]>;
  pluralServicesKinds: ReadonlySet<string>;
  stops: ReadonlySet<string>;
  keepWords: ReadonlySet<string>;
  /** Each compound as its words, longest first. */
  compounds: ReadonlyArray<readonly string[]>;
  serviceWords: ReadonlySet<string>;
  genericNames: ReadonlySet<string>;
  aliasNoise: ReadonlySet<string>;
}

const file = GrammarFile.parse(grammarJson);

export const SERVICE_PHRASE_GRAMMAR: ServicePhraseGrammar = {
  heads: new Set(file.heads),
  conditionalHeads: new Map(Object.entries(file.conditionalHeads)),
  pluralServicesKinds: new Set(file.pluralServicesKinds),
  stops: new Set(file.stops),
  keepWords: new Set(file.keepWords),
  compounds: file.compounds.map((phrase) => phrase.split(" ")).sort((a, b) => b.length - a.length),
  serviceWords: new Set(file.serviceWords),
  genericNames: new Set(file.genericNames),
  aliasNoise: new Set(file.aliasNoise),
};
