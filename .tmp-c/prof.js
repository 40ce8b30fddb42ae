"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// .tmp-c/prof.ts
var import_yaml4 = require("yaml");

// src/core/diagnostics/diagnostic.ts
var DIAGNOSTIC_SEVERITIES = {
  "yaml-syntax": "error",
  "yaml-limit": "error",
  "yaml-unsupported": "error",
  "duplicate-key": "error",
  "schema-type": "error",
  "schema-enum": "error",
  "schema-range": "error",
  "schema-required": "error",
  "reserved-key": "error",
  "duplicate-id": "error",
  "unknown-ref": "error",
  "unknown-dimension": "error",
  "shares-over-100": "error",
  "file-not-found": "error",
  "file-too-large": "error",
  "unsupported-version": "error",
  "unknown-key": "warning",
  "continuity-break": "warning",
  "critical-without-person": "warning",
  "digital-expectation-unmet": "warning",
  "invisible-online": "warning",
  "stops-at-purchase": "warning",
  "history-without-recognition": "warning",
  "visibility-not-digital": "warning",
  "segment-without-journey": "info",
  "channel-unused": "info",
  "too-many-diagnostics": "info"
};
var MAX_DIAGNOSTICS_PER_FILE = 1e3;
function severityOf(code) {
  return DIAGNOSTIC_SEVERITIES[code];
}
function hasErrors(diagnostics) {
  return diagnostics.some((d) => d.severity === "error");
}

// src/core/model/vocabulary.ts
var SIZES = ["micro", "sme", "midcap", "large"];
var LANGUAGES = ["en", "fr"];
var CHANGE_STAGES = ["precontemplation", "contemplation", "preparation", "action", "maintenance"];
var BARRIER_TYPES = ["fear", "complacency", "urgency", "inertia"];
var ALIGNMENTS = ["none", "partial", "full"];
var EMPLOYEE_TOOLS = ["outdated", "partial", "modern"];
var CUSTOMER_VOICES = ["none", "monitored", "engaged"];
var CHANNEL_TYPES = [
  "store",
  "phone",
  "web",
  "mobile-app",
  "email",
  "social",
  "chat",
  "marketplace",
  "field-sales",
  "mail",
  "kiosk",
  "other"
];
var CAPABILITIES = [
  "inform",
  "compare",
  "advise",
  "order",
  "pay",
  "track",
  "support",
  "return",
  "review",
  "community"
];
var VISIBILITIES = ["none", "low", "medium", "high"];
var DIGITAL_INTENSITIES = ["traditional", "occasional", "multichannel", "digital-first"];
var HORIZONS = ["now", "next", "later"];
var DIMENSIONS = [
  "visibility",
  "digital-journey",
  "channel-integration",
  "human-touch",
  "lifecycle",
  "mobile",
  "data-trust",
  "community",
  "employee-tools",
  "organisation"
];
var DIGITAL_CHANNEL_TYPES = /* @__PURE__ */ new Set([
  "web",
  "mobile-app",
  "email",
  "social",
  "chat",
  "marketplace",
  "kiosk"
]);
var HUMAN_BY_DEFAULT = /* @__PURE__ */ new Set(["store", "phone", "field-sales"]);
var ONLINE_PRESENCE_TYPES = /* @__PURE__ */ new Set(["web", "mobile-app"]);
var ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
var FRENCH_ENUM_SYNONYMS = {
  // sizes
  tpe: "micro",
  pme: "sme",
  eti: "midcap",
  ge: "large",
  "grande entreprise": "large",
  // change stages
  precontemplation: "precontemplation",
  preparation: "preparation",
  maintien: "maintenance",
  // barriers (seed 000: la peur, la paresse, la dictature de l'urgence, la nature humaine)
  peur: "fear",
  paresse: "complacency",
  urgence: "urgency",
  "dictature de l'urgence": "urgency",
  "nature humaine": "inertia",
  inertie: "inertia",
  // intensities
  traditionnel: "traditional",
  occasionnel: "occasional",
  multicanal: "multichannel",
  "numerique-d-abord": "digital-first",
  // channel types
  magasin: "store",
  agence: "store",
  boutique: "store",
  telephone: "phone",
  site: "web",
  "site-web": "web",
  application: "mobile-app",
  "application-mobile": "mobile-app",
  mobile: "mobile-app",
  courriel: "email",
  "e-mail": "email",
  "reseaux-sociaux": "social",
  social: "social",
  "force-de-vente": "field-sales",
  commercial: "field-sales",
  courrier: "mail",
  borne: "kiosk",
  autre: "other",
  // capabilities
  informer: "inform",
  comparer: "compare",
  conseiller: "advise",
  commander: "order",
  payer: "pay",
  suivre: "track",
  assistance: "support",
  sav: "support",
  retourner: "return",
  retour: "return",
  avis: "review",
  communaute: "community",
  // visibility
  aucune: "none",
  aucun: "none",
  faible: "low",
  moyenne: "medium",
  haute: "high",
  elevee: "high",
  forte: "high",
  // organisation
  partiel: "partial",
  partielle: "partial",
  complet: "full",
  complete: "full",
  totale: "full",
  obsolete: "outdated",
  vetuste: "outdated",
  moderne: "modern",
  surveillee: "monitored",
  engagee: "engaged",
  // horizons
  maintenant: "now",
  ensuite: "next",
  prochain: "next",
  "plus-tard": "later",
  // languages
  francais: "fr",
  anglais: "en",
  // dimensions
  visibilite: "visibility",
  "parcours-digital": "digital-journey",
  "parcours-numerique": "digital-journey",
  "integration-des-canaux": "channel-integration",
  "contact-humain": "human-touch",
  "cycle-de-vie": "lifecycle",
  "confiance-donnees": "data-trust",
  "outils-employes": "employee-tools"
};
function normaliseWord(word) {
  return word.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim().replace(/[\s_]+/g, "-");
}
var normalisedSynonyms = new Map(
  Object.entries(FRENCH_ENUM_SYNONYMS).map(([french, english]) => [normaliseWord(french), english])
);
function englishFor(word, allowed) {
  const english = normalisedSynonyms.get(normaliseWord(word));
  return english !== void 0 && allowed.includes(english) ? english : void 0;
}

// src/core/model/engagement.ts
function normaliseEngagement(file) {
  return {
    version: 1,
    engagement: {
      ...file.engagement,
      consultants: file.engagement.consultants ?? [],
      language: file.engagement.language ?? "en"
    },
    change: { ...file.change, barriers: file.change.barriers ?? [] },
    organisation: file.organisation ?? {},
    channels: file.channels.map((channel, index) => ({
      ...channel,
      index,
      name: channel.name ?? channel.id,
      capabilities: channel.capabilities ?? [],
      recognizesCustomer: channel.recognizesCustomer ?? false,
      sharesHistory: channel.sharesHistory ?? false,
      human: channel.human ?? HUMAN_BY_DEFAULT.has(channel.type),
      digital: DIGITAL_CHANNEL_TYPES.has(channel.type),
      effectiveVisibility: channel.visibility ?? "low"
    })),
    segments: file.segments.map((segment, index) => ({
      ...segment,
      index,
      name: segment.name ?? segment.id,
      expects: segment.expects ?? [],
      prefers: segment.prefers ?? []
    })),
    journeys: (file.journeys ?? []).map((journey, journeyIndex) => {
      const steps = [];
      const stages = journey.stages.map((stage, stageIndex) => ({
        index: stageIndex,
        name: stage.name,
        steps: stage.steps.map((step, stepIndex) => {
          const normalised = {
            ...step,
            path: `journeys.${journeyIndex}.stages.${stageIndex}.steps.${stepIndex}`,
            key: `${journey.id}/${stageIndex}/${stepIndex}`,
            journeyId: journey.id,
            stageIndex,
            stepIndex,
            order: steps.length,
            critical: step.critical ?? false
          };
          steps.push(normalised);
          return normalised;
        })
      }));
      return { index: journeyIndex, id: journey.id, name: journey.name ?? journey.id, segment: journey.segment, stages, steps };
    }),
    assessment: file.assessment ?? {},
    initiatives: (file.initiatives ?? []).map((initiative, index) => ({
      ...initiative,
      index,
      horizon: initiative.horizon ?? "now",
      barriers: initiative.barriers ?? []
    }))
  };
}

// src/core/model/engagementSchema.ts
var z = __toESM(require("zod"));
var id = z.string().regex(ID_PATTERN).describe("A slug: lower-case letters, digits and hyphens, e.g. `branch-paris`.");
var text = z.string().min(1);
var isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine(isCalendarDate, { message: "calendar-date" }).describe("A calendar date, YYYY-MM-DD.");
function isCalendarDate(value) {
  const [year, month, day] = value.split("-").map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
var engagementInfoSchema = z.object({
  client: text.describe("The client company."),
  title: z.string().optional(),
  sector: z.string().optional(),
  size: z.enum(SIZES).optional().describe("micro | sme | midcap | large (FR: TPE | PME | ETI | GE)."),
  date: isoDate.optional(),
  consultants: z.array(z.string()).optional(),
  language: z.enum(LANGUAGES).optional().describe("Language of generated documents and diagnostics (default en).")
});
var barrierSchema = z.object({
  type: z.enum(BARRIER_TYPES).describe("fear | complacency | urgency | inertia (peur, paresse, urgence, nature humaine)."),
  who: z.string().optional(),
  note: z.string().optional()
});
var changeSchema = z.object({
  stage: z.enum(CHANGE_STAGES).describe("Where the client organisation stands (Prochaska & DiClemente)."),
  evidence: z.string().optional(),
  barriers: z.array(barrierSchema).optional()
});
var organisationSchema = z.object({
  unifiedPnl: z.boolean().optional().describe("One P&L across channels, so channels do not compete."),
  itMarketingAlignment: z.enum(ALIGNMENTS).optional(),
  dataCharter: z.boolean().optional().describe("A published charter on the use of customer data."),
  employeeTools: z.enum(EMPLOYEE_TOOLS).optional().describe("Symmetry of attention: tools as modern as those sold."),
  customerVoice: z.enum(CUSTOMER_VOICES).optional()
});
var channelSchema = z.object({
  id,
  name: z.string().optional(),
  type: z.enum(CHANNEL_TYPES),
  owner: z.string().optional(),
  capabilities: z.array(z.enum(CAPABILITIES)).optional(),
  recognizesCustomer: z.boolean().optional(),
  sharesHistory: z.boolean().optional(),
  human: z.boolean().optional().describe("Staffed by people; defaults to true for store, phone and field-sales."),
  visibility: z.enum(VISIBILITIES).optional().describe("How findable online (digital channels); absent counts as low.")
});
var segmentSchema = z.object({
  id,
  name: z.string().optional(),
  share: z.number().min(0).max(100).optional().describe("Percent of customers, 0..100."),
  digitalIntensity: z.enum(DIGITAL_INTENSITIES),
  expects: z.array(z.enum(CAPABILITIES)).optional(),
  prefers: z.array(id).optional()
});
var stepSchema = z.object({
  id: id.optional(),
  channel: id,
  action: text,
  emotion: z.int().min(-2).max(2).optional().describe("-2 (very negative) .. 2 (very positive)."),
  pain: z.string().optional(),
  critical: z.boolean().optional().describe("A moment of truth: the customer must be able to reach a person."),
  capability: z.enum(CAPABILITIES).optional()
});
var stageSchema = z.object({
  name: text,
  steps: z.array(stepSchema).min(1)
});
var journeySchema = z.object({
  id,
  name: z.string().optional(),
  segment: id,
  stages: z.array(stageSchema).min(1)
});
var assessmentEntrySchema = z.object({
  level: z.int().min(1).max(5),
  rationale: z.string().optional()
});
var assessmentSchema = z.object(
  Object.fromEntries(DIMENSIONS.map((dimension) => [dimension, assessmentEntrySchema.optional()]))
);
var initiativeSchema = z.object({
  id,
  title: text,
  dimension: z.enum(DIMENSIONS),
  horizon: z.enum(HORIZONS).optional().describe("now (0-3 months) | next (3-6) | later (6-12+); default now."),
  stage: z.enum(CHANGE_STAGES).optional().describe("The change stage this initiative is designed for."),
  targetLevel: z.int().min(1).max(5).optional(),
  owner: z.string().optional(),
  kpi: z.string().optional(),
  barriers: z.array(z.enum(BARRIER_TYPES)).optional().describe("The barriers this initiative answers."),
  description: z.string().optional()
});
var engagementFileSchema = z.object({
  version: z.literal(1).optional(),
  engagement: engagementInfoSchema,
  change: changeSchema,
  organisation: organisationSchema.optional(),
  channels: z.array(channelSchema).min(1),
  segments: z.array(segmentSchema).min(1),
  journeys: z.array(journeySchema).optional(),
  assessment: assessmentSchema.optional(),
  initiatives: z.array(initiativeSchema).optional()
});

// src/core/model/facts.ts
var EngagementFacts = class {
  constructor(engagement) {
    this.engagement = engagement;
    for (const channel of engagement.channels) if (!this.channelsById.has(channel.id)) this.channelsById.set(channel.id, channel);
    for (const segment of engagement.segments) if (!this.segmentsById.has(segment.id)) this.segmentsById.set(segment.id, segment);
  }
  engagement;
  channelsById = /* @__PURE__ */ new Map();
  segmentsById = /* @__PURE__ */ new Map();
  channelOf(step) {
    return this.channelsById.get(step.channel);
  }
  /** Two consecutive steps, read in order across stages, on different channels. */
  channelSwitches(journey) {
    const switches = [];
    for (let i = 1; i < journey.steps.length; i++) {
      const from = journey.steps[i - 1];
      const to = journey.steps[i];
      if (from.channel === to.channel) continue;
      switches.push({ from, to, continuityBreak: this.channelsById.get(to.channel)?.sharesHistory !== true });
    }
    return switches;
  }
  /** A critical step's own channel is human, or another step of its stage is on a human channel. */
  personReachable(step, stage) {
    if (this.channelOf(step)?.human) return true;
    return stage.steps.some((other) => other !== step && this.channelOf(other)?.human === true);
  }
  /** What a segment expects online: its `expects`, plus `order` for a digital-first segment. */
  expectations(segment) {
    const expected = [...segment.expects];
    if (segment.digitalIntensity === "digital-first" && !expected.includes("order")) expected.push("order");
    return expected;
  }
  /** Capabilities offered by at least one digital channel. */
  get digitalCapabilities() {
    const offered = /* @__PURE__ */ new Set();
    for (const channel of this.engagement.channels) if (channel.digital) for (const c of channel.capabilities) offered.add(c);
    return offered;
  }
  unmetExpectations(segment) {
    const offered = this.digitalCapabilities;
    return this.expectations(segment).filter((capability) => !offered.has(capability));
  }
  /** Some web or mobile-app channel has visibility medium or high. */
  get visibleOnline() {
    return this.engagement.channels.some(
      (c) => ONLINE_PRESENCE_TYPES.has(c.type) && (c.effectiveVisibility === "medium" || c.effectiveVisibility === "high")
    );
  }
  /** Every segment except `traditional` researches online before buying (ROPO). */
  needsOnlineVisibility(segment) {
    return segment.digitalIntensity !== "traditional";
  }
  /** The first step whose capability is order or pay; undefined when not a purchase journey. */
  purchaseStep(journey) {
    return journey.steps.find((step) => step.capability === "order" || step.capability === "pay");
  }
  /** A purchase journey where no stage follows the purchase step's stage. */
  stopsAtPurchase(journey) {
    const purchase = this.purchaseStep(journey);
    return purchase && purchase.stageIndex === journey.stages.length - 1 ? purchase : void 0;
  }
  journeysOf(segment) {
    return this.engagement.journeys.filter((journey) => journey.segment === segment.id);
  }
  usedChannelIds() {
    const used = /* @__PURE__ */ new Set();
    for (const journey of this.engagement.journeys) for (const step of journey.steps) used.add(step.channel);
    return used;
  }
};

// src/core/maturity/customerFacingScores.ts
var VISIBILITY_LEVEL = { none: 1, low: 2, medium: 3, high: 4 };
var WELL_VISIBLE = /* @__PURE__ */ new Set(["medium", "high"]);
function scoreVisibility(ctx) {
  const { engagement } = ctx;
  const online = engagement.channels.filter((c) => ONLINE_PRESENCE_TYPES.has(c.type));
  if (online.length === 0) {
    return {
      level: 1,
      evidence: [ctx.cite(ctx.say(
        "No web site or mobile app: the client cannot be found where 81% of buyers search (Vascoo UP study).",
        "Ni site web ni application : le client est introuvable l\xE0 o\xF9 81 % des acheteurs s'informent (\xE9tude Vascoo UP)."
      ))]
    };
  }
  const level = Math.max(...online.map((c) => VISIBILITY_LEVEL[c.effectiveVisibility]));
  const evidence = ctx.citeSome(online, (c) => ctx.cite(
    c.visibility === void 0 ? ctx.say(`${c.name} (${c.type}): visibility not stated, counts as low.`, `${c.name} (${c.type}) : visibilit\xE9 non renseign\xE9e, compt\xE9e faible.`) : ctx.say(`${c.name} (${c.type}): visibility ${c.visibility}.`, `${c.name} (${c.type}) : visibilit\xE9 ${c.visibility}.`),
    `channels.${c.index}.visibility`
  ));
  const relays = engagement.channels.filter((c) => !ONLINE_PRESENCE_TYPES.has(c.type) && c.digital && WELL_VISIBLE.has(c.effectiveVisibility));
  if (level === 4 && relays.length > 0) {
    const relay = relays[0];
    evidence.push(ctx.cite(
      ctx.say(`Also visible through ${relay.name} (${relay.type}).`, `Visible aussi via ${relay.name} (${relay.type}).`),
      `channels.${relay.index}.visibility`
    ));
    return { level: 5, evidence };
  }
  return { level, evidence };
}
function scoreDigitalJourney(ctx) {
  const { engagement, facts } = ctx;
  const offered = facts.digitalCapabilities;
  let expected = 0;
  let met = 0;
  const perSegment = [];
  for (const segment of engagement.segments) {
    const wanted = facts.expectations(segment);
    if (wanted.length === 0) continue;
    const unmet = wanted.filter((capability) => !offered.has(capability));
    expected += wanted.length;
    met += wanted.length - unmet.length;
    perSegment.push(ctx.cite(
      unmet.length === 0 ? ctx.say(`${segment.name}: everything it expects online is offered (${wanted.join(", ")}).`, `${segment.name} : tout ce qu'il attend en ligne est propos\xE9 (${wanted.join(", ")}).`) : ctx.say(`${segment.name} expects online ${unmet.join(", ")}, which no digital channel offers.`, `${segment.name} attend en ligne ${unmet.join(", ")}, qu'aucun canal num\xE9rique ne propose.`),
      `segments.${segment.index}`
    ));
  }
  if (expected === 0) {
    const count = offered.size;
    const level2 = count === 0 ? 1 : count <= 2 ? 2 : count <= 4 ? 3 : count <= 6 ? 4 : 5;
    return {
      level: level2,
      evidence: [ctx.cite(ctx.say(
        `No segment states what it expects online; digital channels offer ${count} capabilit${count === 1 ? "y" : "ies"}${count ? `: ${[...offered].join(", ")}` : ""}.`,
        `Aucun segment ne dit ce qu'il attend en ligne ; les canaux num\xE9riques offrent ${count} capacit\xE9${count > 1 ? "s" : ""}${count ? ` : ${[...offered].join(", ")}` : ""}.`
      ))]
    };
  }
  const ratio = met / expected;
  const level = ratio === 0 ? 1 : ratio < 0.5 ? 2 : ratio < 0.75 ? 3 : ratio < 1 ? 4 : 5;
  const summary = ctx.cite(ctx.say(
    `${met} of ${expected} capabilities the segments expect online are offered (22% of customers want a digital journey, fewer than 5% of suppliers offer one).`,
    `${met} des ${expected} capacit\xE9s attendues en ligne par les segments sont propos\xE9es (22 % des clients veulent un parcours num\xE9rique, moins de 5 % des fournisseurs l'offrent).`
  ));
  return { level, evidence: [summary, ...ctx.citeSome(perSegment, (e) => e)] };
}
function scoreChannelIntegration(ctx) {
  const { engagement, facts } = ctx;
  const channels = engagement.channels;
  const recognising = channels.filter((c) => c.recognizesCustomer);
  const sharing = channels.filter((c) => c.sharesHistory);
  const switches = engagement.journeys.flatMap((journey) => facts.channelSwitches(journey));
  const breaks = switches.filter((s) => s.continuityBreak);
  const n = channels.length;
  let level;
  if (recognising.length === n && sharing.length === n) level = 5;
  else if (sharing.length * 2 >= n && recognising.length * 2 >= n && breaks.length === 0) level = 4;
  else if (sharing.length > 0) level = 3;
  else if (recognising.length > 0) level = 2;
  else level = 1;
  const evidence = [
    ctx.cite(ctx.say(
      `${recognising.length} of ${n} channels recognise the customer${listNames(recognising)}.`,
      `${recognising.length} canal(aux) sur ${n} reconnaissent le client${listNames(recognising)}.`
    ), recognising[0] ? `channels.${recognising[0].index}.recognizesCustomer` : void 0),
    ctx.cite(ctx.say(
      `${sharing.length} of ${n} channels share the customer's history${listNames(sharing)}.`,
      `${sharing.length} canal(aux) sur ${n} partagent l'historique du client${listNames(sharing)}.`
    ), sharing[0] ? `channels.${sharing[0].index}.sharesHistory` : void 0)
  ];
  if (switches.length > 0) {
    const first = breaks[0];
    evidence.push(ctx.cite(ctx.say(
      `${breaks.length} of ${switches.length} channel switches in the journeys break continuity${first ? ` (first: ${first.from.channel} \u2192 ${first.to.channel})` : ""}.`,
      `${breaks.length} des ${switches.length} changements de canal des parcours rompent la continuit\xE9${first ? ` (premier : ${first.from.channel} \u2192 ${first.to.channel})` : ""}.`
    ), first?.to.path));
  }
  return { level, evidence };
}
function scoreHumanTouch(ctx) {
  const { engagement, facts } = ctx;
  const humanDigital = engagement.channels.filter((c) => c.human && c.digital);
  const critical = engagement.journeys.flatMap(
    (journey) => journey.stages.flatMap((stage) => stage.steps.filter((s) => s.critical).map((step) => ({ step, reachable: facts.personReachable(step, stage) })))
  );
  const clickAndConnect = humanDigital[0] ? ctx.cite(ctx.say(
    `${humanDigital[0].name} puts a person behind a digital channel ("Click and Connect", seed 004).`,
    `${humanDigital[0].name} met une personne derri\xE8re un canal num\xE9rique (\xAB Click and Connect \xBB, article 004).`
  ), `channels.${humanDigital[0].index}.human`) : void 0;
  if (critical.length === 0) {
    const human = engagement.channels.filter((c) => c.human);
    const level2 = human.length === 0 ? 1 : humanDigital.length > 0 ? 4 : 3;
    const evidence2 = [ctx.cite(ctx.say(
      `No critical moment is marked in the journeys; ${human.length} channel(s) are staffed by people.`,
      `Aucun moment critique n'est marqu\xE9 dans les parcours ; ${human.length} canal(aux) sont tenus par des personnes.`
    ))];
    return { level: level2, evidence: clickAndConnect ? [...evidence2, clickAndConnect] : evidence2 };
  }
  const unreachable = critical.filter((c) => !c.reachable);
  const reachable = critical.length - unreachable.length;
  const ratio = reachable / critical.length;
  let level = ratio === 0 ? 1 : ratio < 0.5 ? 2 : ratio < 1 ? 3 : 4;
  if (level === 4 && humanDigital.length > 0) level = 5;
  const evidence = [
    ctx.cite(ctx.say(
      `A person is reachable at ${reachable} of ${critical.length} critical moments.`,
      `Une personne est joignable \xE0 ${reachable} des ${critical.length} moments critiques.`
    )),
    ...ctx.citeSome(unreachable, ({ step }) => ctx.cite(ctx.say(
      `No person reachable at "${step.action}" (${step.channel}).`,
      `Personne \xE0 joindre \xE0 l'\xE9tape \xAB ${step.action} \xBB (${step.channel}).`
    ), step.path))
  ];
  if (level === 5 && clickAndConnect) evidence.push(clickAndConnect);
  return { level, evidence };
}
var BEFORE_PURCHASE = ["inform", "compare", "advise"];
var AFTER_PURCHASE = ["track", "support", "return"];
var LOYALTY = ["review", "community"];
function scoreLifecycle(ctx) {
  const { engagement, facts } = ctx;
  const offered = new Set(engagement.channels.flatMap((c) => c.capabilities));
  const before = BEFORE_PURCHASE.filter((c) => offered.has(c));
  const after = AFTER_PURCHASE.filter((c) => offered.has(c));
  const loyalty = LOYALTY.filter((c) => offered.has(c));
  let level;
  if (after.length === 0) level = 1;
  else if (after.length === 1 || before.length === 0) level = 2;
  else if (after.length === 2) level = 3;
  else level = loyalty.length > 0 ? 5 : 4;
  const evidence = [ctx.cite(ctx.say(
    `Before the purchase: ${before.join(", ") || "nothing"}; after it: ${after.join(", ") || "nothing"}; loyalty: ${loyalty.join(", ") || "nothing"}.`,
    `Avant l'achat : ${before.join(", ") || "rien"} ; apr\xE8s : ${after.join(", ") || "rien"} ; fid\xE9lisation : ${loyalty.join(", ") || "rien"}.`
  ))];
  const stopping = engagement.journeys.flatMap((journey) => {
    const step = facts.stopsAtPurchase(journey);
    return step ? [{ journey, step }] : [];
  });
  if (stopping.length > 0) {
    level = Math.min(level, 3);
    evidence.push(...ctx.citeSome(stopping, ({ journey, step }) => ctx.cite(ctx.say(
      `Journey ${journey.name} stops at the purchase.`,
      `Le parcours ${journey.name} s'arr\xEAte \xE0 l'achat.`
    ), step.path)));
  }
  return { level, evidence };
}
function scoreMobile(ctx) {
  const { engagement } = ctx;
  const apps = engagement.channels.filter((c) => c.type === "mobile-app");
  if (apps.length === 0) {
    const web = engagement.channels.find((c) => c.type === "web");
    return web ? { level: 2, evidence: [ctx.cite(ctx.say(`No mobile app: mobile customers only have ${web.name} in a browser.`, `Pas d'application : les clients mobiles n'ont que ${web.name} dans un navigateur.`), `channels.${web.index}`)] } : { level: 1, evidence: [ctx.cite(ctx.say("Neither a mobile app nor a web site: nothing works on a phone.", "Ni application ni site web : rien ne fonctionne sur un t\xE9l\xE9phone."))] };
  }
  const capabilities = [...new Set(apps.flatMap((c) => c.capabilities))];
  const connected = apps.find((c) => c.recognizesCustomer && c.sharesHistory);
  const transacts = capabilities.some((c) => c === "order" || c === "pay" || c === "track");
  let level = capabilities.length >= 3 ? 4 : 3;
  if (level === 4 && transacts && connected) level = 5;
  const evidence = ctx.citeSome(apps, (app) => ctx.cite(ctx.say(
    `${app.name} (mobile-app): ${app.capabilities.join(", ") || "no capability listed"}${app.recognizesCustomer && app.sharesHistory ? ", knows the customer and their history" : ""}.`,
    `${app.name} (mobile-app) : ${app.capabilities.join(", ") || "aucune capacit\xE9"}${app.recognizesCustomer && app.sharesHistory ? ", conna\xEEt le client et son historique" : ""}.`
  ), `channels.${app.index}`));
  return { level, evidence };
}
function listNames(channels) {
  if (channels.length === 0) return "";
  const names = channels.slice(0, 5).map((c) => c.name).join(", ");
  return ` (${names}${channels.length > 5 ? ", \u2026" : ""})`;
}

// src/core/maturity/maturityAssessment.ts
function channelMaturityOf(channelIntegrationLevel) {
  if (channelIntegrationLevel >= 5) return "omnichannel";
  return channelIntegrationLevel >= 3 ? "cross-channel" : "multichannel";
}
function meanRoundedHalfUp(levels) {
  const sum = levels.reduce((total, level) => total + level, 0);
  return Math.floor((2 * sum + levels.length) / (2 * levels.length));
}

// src/core/maturity/organisationScores.ts
function scoreDataTrust(ctx) {
  const { dataCharter, itMarketingAlignment, customerVoice } = ctx.engagement.organisation;
  if (dataCharter !== true) {
    return {
      level: 1,
      evidence: [dataCharter === false ? ctx.cite(ctx.say("No published charter on the use of customer data.", "Aucune charte publi\xE9e sur l'usage des donn\xE9es clients."), "organisation.dataCharter") : ctx.cite(ctx.say("Data charter not documented (organisation.dataCharter).", "Charte des donn\xE9es non document\xE9e (organisation.dataCharter)."))]
    };
  }
  const evidence = [ctx.cite(ctx.say("A charter on the use of customer data is published (seed 003).", "Une charte d'usage des donn\xE9es clients est publi\xE9e (article 003)."), "organisation.dataCharter")];
  if (itMarketingAlignment !== "full") return { level: 3, evidence };
  evidence.push(ctx.cite(ctx.say("IT and marketing are fully aligned to govern customer data.", "DSI et marketing sont pleinement align\xE9s pour gouverner les donn\xE9es clients."), "organisation.itMarketingAlignment"));
  if (customerVoice !== "engaged") return { level: 4, evidence };
  evidence.push(ctx.cite(ctx.say("Customers are engaged in a dialogue (data collaborative).", "Les clients sont engag\xE9s dans le dialogue (relation \xAB data collaborative \xBB)."), "organisation.customerVoice"));
  return { level: 5, evidence };
}
var VOICE_LEVEL = { none: 1, monitored: 3, engaged: 4 };
function scoreCommunity(ctx) {
  const { engagement } = ctx;
  const voice = engagement.organisation.customerVoice;
  const base = voice === void 0 ? 1 : VOICE_LEVEL[voice];
  const evidence = [voice === void 0 ? ctx.cite(ctx.say("Customers' voice not documented (organisation.customerVoice).", "Voix du client non document\xE9e (organisation.customerVoice).")) : ctx.cite(ctx.say(`Customers' voice: ${voice}.`, `Voix du client : ${voice}.`), "organisation.customerVoice")];
  const venue = engagement.channels.find((c) => c.type === "social" || c.capabilities.includes("review") || c.capabilities.includes("community"));
  if (!venue) return { level: base, evidence };
  evidence.push(ctx.cite(ctx.say(
    `${venue.name} gives customers a place to review and share.`,
    `${venue.name} offre aux clients un lieu pour donner leur avis et partager.`
  ), `channels.${venue.index}`));
  return { level: Math.min(5, base + 1), evidence };
}
var TOOLS_LEVEL = { outdated: 1, partial: 3, modern: 4 };
function scoreEmployeeTools(ctx) {
  const { engagement } = ctx;
  const tools = engagement.organisation.employeeTools;
  if (tools === void 0) {
    return { level: 1, evidence: [ctx.cite(ctx.say("Employees' tools not documented (organisation.employeeTools).", "Outils des collaborateurs non document\xE9s (organisation.employeeTools)."))] };
  }
  const evidence = [ctx.cite(ctx.say(
    `Employees' tools: ${tools} (symmetry of attention, seed 004).`,
    `Outils des collaborateurs : ${tools} (sym\xE9trie des attentions, article 004).`
  ), "organisation.employeeTools")];
  const informedStaff = engagement.channels.find((c) => c.human && c.sharesHistory);
  if (tools !== "modern" || !informedStaff) return { level: TOOLS_LEVEL[tools], evidence };
  evidence.push(ctx.cite(ctx.say(
    `Staff on ${informedStaff.name} see the customer's history.`,
    `Les \xE9quipes de ${informedStaff.name} voient l'historique du client.`
  ), `channels.${informedStaff.index}.sharesHistory`));
  return { level: 5, evidence };
}
var ALIGNMENT_POINTS = { none: 0, partial: 1, full: 2 };
function scoreOrganisation(ctx) {
  const { engagement } = ctx;
  const { unifiedPnl, itMarketingAlignment } = engagement.organisation;
  const withoutOwner = engagement.channels.filter((c) => !c.owner?.trim());
  const points = (unifiedPnl === true ? 2 : 0) + (itMarketingAlignment === void 0 ? 0 : ALIGNMENT_POINTS[itMarketingAlignment]) + (withoutOwner.length === 0 ? 1 : 0);
  const evidence = [
    unifiedPnl === void 0 ? ctx.cite(ctx.say("P&L across channels not documented (organisation.unifiedPnl).", "Compte de r\xE9sultat par canal non document\xE9 (organisation.unifiedPnl).")) : ctx.cite(unifiedPnl ? ctx.say("One P&L across channels: channels do not compete (seed 004).", "Un compte de r\xE9sultat unifi\xE9 : les canaux ne se concurrencent pas (article 004).") : ctx.say("Each channel has its own P&L: channels compete with each other.", "Chaque canal a son compte de r\xE9sultat : les canaux se font concurrence."), "organisation.unifiedPnl"),
    itMarketingAlignment === void 0 ? ctx.cite(ctx.say("IT\u2013marketing alignment not documented.", "Alignement DSI\u2013marketing non document\xE9.")) : ctx.cite(ctx.say(`IT\u2013marketing alignment: ${itMarketingAlignment} (seed 002).`, `Alignement DSI\u2013marketing : ${itMarketingAlignment} (article 002).`), "organisation.itMarketingAlignment"),
    withoutOwner.length === 0 ? ctx.cite(ctx.say("Every channel has an owner.", "Chaque canal a un responsable."), "channels") : ctx.cite(ctx.say(`${withoutOwner.length} channel(s) without an owner, e.g. ${withoutOwner[0].name}.`, `${withoutOwner.length} canal(aux) sans responsable, par exemple ${withoutOwner[0].name}.`), `channels.${withoutOwner[0].index}`)
  ];
  return { level: 1 + points, evidence };
}

// src/core/maturity/scoringContext.ts
var MAX_CITED = 5;
var ScoringContext = class {
  constructor(engagement, facts, locate, lang) {
    this.engagement = engagement;
    this.facts = facts;
    this.locate = locate;
    this.lang = lang;
  }
  engagement;
  facts;
  locate;
  lang;
  say(en, fr) {
    return this.lang === "fr" ? fr : en;
  }
  /** Evidence at `path`, or at its nearest located parent (the analysis locates entities, not every key). */
  cite(text3, path) {
    for (let candidate = path; candidate; candidate = parentPath(candidate)) {
      const range = this.locate(candidate);
      if (range) return { text: text3, path, line: range.line, column: range.column };
    }
    return path === void 0 ? { text: text3 } : { text: text3, path };
  }
  /** At most MAX_CITED items, then one "and N more". */
  citeSome(items, toEvidence) {
    const cited = items.slice(0, MAX_CITED).map(toEvidence);
    const rest = items.length - cited.length;
    if (rest > 0) cited.push({ text: this.say(`\u2026 and ${rest} more`, `\u2026 et ${rest} de plus`) });
    return cited;
  }
};
function parentPath(path) {
  const dot = path.lastIndexOf(".");
  return dot < 0 ? void 0 : path.slice(0, dot);
}

// src/core/maturity/assessMaturity.ts
var SCORERS = {
  visibility: scoreVisibility,
  "digital-journey": scoreDigitalJourney,
  "channel-integration": scoreChannelIntegration,
  "human-touch": scoreHumanTouch,
  lifecycle: scoreLifecycle,
  mobile: scoreMobile,
  "data-trust": scoreDataTrust,
  community: scoreCommunity,
  "employee-tools": scoreEmployeeTools,
  organisation: scoreOrganisation
};
function assessMaturity(engagement, facts, locate, lang) {
  const ctx = new ScoringContext(engagement, facts, locate, lang);
  const dimensions = DIMENSIONS.map((id2) => {
    const derived = SCORERS[id2](ctx);
    const override = engagement.assessment[id2];
    if (!override) return { id: id2, level: derived.level, source: "derived", evidence: derived.evidence, derivedLevel: derived.level };
    const rationale = override.rationale?.trim() ? ctx.cite(override.rationale, `assessment.${id2}.rationale`) : ctx.cite(ctx.say("Level set by the consultant (no rationale given).", "Niveau fix\xE9 par le consultant (sans justification)."), `assessment.${id2}`);
    return { id: id2, level: override.level, source: "assessed", evidence: [rationale], derivedLevel: derived.level };
  });
  const integration = dimensions.find((d) => d.id === "channel-integration");
  return {
    overall: { level: meanRoundedHalfUp(dimensions.map((d) => d.level)), maturity: channelMaturityOf(integration.level) },
    dimensions
  };
}

// src/core/yaml/locatePath.ts
var import_yaml = require("yaml");
var INDEXED_MAP_SIZE = 16;
var YamlLocator = class {
  constructor(document) {
    this.document = document;
  }
  document;
  resolved = /* @__PURE__ */ new Map();
  mapIndexes = /* @__PURE__ */ new WeakMap();
  find(path) {
    let prefix = path;
    let complete = true;
    for (; ; ) {
      const found = this.resolve(prefix);
      if (found) {
        return {
          ...found.key ? { key: found.key } : {},
          ...found.node ? { value: rangeOf(found.node) } : {},
          complete: complete && found.node !== void 0
        };
      }
      complete = false;
      if (prefix === "") return { complete: false };
      const dot = prefix.lastIndexOf(".");
      prefix = dot < 0 ? "" : prefix.slice(0, dot);
    }
  }
  resolve(path) {
    if (path === "") return { node: this.document.contents, key: void 0 };
    const cached = this.resolved.get(path);
    if (cached !== void 0) return cached;
    const dot = path.lastIndexOf(".");
    const parent = this.resolve(dot < 0 ? "" : path.slice(0, dot));
    const result = parent?.node ? this.child(parent, path.slice(dot + 1)) : null;
    this.resolved.set(path, result);
    return result;
  }
  child(parent, segment) {
    const node = parent.node;
    if ((0, import_yaml.isMap)(node)) {
      const pair = this.pairOf(node.items, node, segment);
      return pair ? { node: pair.value, key: rangeOf(pair.key) } : null;
    }
    if ((0, import_yaml.isSeq)(node)) {
      const item = node.items[Number(segment)];
      if (item === void 0) return null;
      const first = (0, import_yaml.isMap)(item) ? item.items[0]?.key : void 0;
      return { node: item, key: first ? rangeOf(first) : parent.key };
    }
    return null;
  }
  /** The first entry with this key (later duplicates are reported, never used). */
  pairOf(items, map, key) {
    if (items.length <= INDEXED_MAP_SIZE) return items.find((item) => (0, import_yaml.isScalar)(item.key) && String(item.key.value) === key);
    let index = this.mapIndexes.get(map);
    if (!index) {
      index = /* @__PURE__ */ new Map();
      for (const item of items) {
        if (!(0, import_yaml.isScalar)(item.key)) continue;
        const name = String(item.key.value);
        if (!index.has(name)) index.set(name, item);
      }
      this.mapIndexes.set(map, index);
    }
    return index.get(key);
  }
};
var locators = /* @__PURE__ */ new WeakMap();
function locatorOf(document) {
  let locator = locators.get(document);
  if (!locator) {
    locator = new YamlLocator(document);
    locators.set(document, locator);
  }
  return locator;
}
function findPath(document, path) {
  return locatorOf(document).find(path);
}
function valueRangeAt(document, path) {
  const target = findPath(document, path);
  if (target.complete && target.value && target.value.end > target.value.start) return target.value;
  return target.key ?? lastTopLevelKey(document) ?? target.value ?? { start: 0, end: 0 };
}
function keyRangeAt(document, path) {
  const target = findPath(document, path);
  return target.key ?? lastTopLevelKey(document) ?? target.value ?? { start: 0, end: 0 };
}
function lastTopLevelKey(document) {
  const root = document.contents;
  if (!(0, import_yaml.isMap)(root) || root.items.length === 0) return void 0;
  return rangeOf(root.items[root.items.length - 1].key);
}
function rangeOf(node) {
  const [start = 0, end = start] = node?.range ?? [];
  return { start, end };
}

// src/core/roadmap/playbook.ts
var PHASE_TITLES = {
  precontemplation: { en: "Raise awareness with the client's own figures", fr: "Faire prendre conscience avec les chiffres du client" },
  contemplation: { en: "Weigh the decision: business case and pilot", fr: "Peser la d\xE9cision : business case et pilote" },
  preparation: { en: "Commit and plan: owners, budget, quick wins", fr: "S'engager et planifier : responsables, budget, gains rapides" },
  action: { en: "Implement with support: training and employee tools", fr: "Mettre en \u0153uvre avec accompagnement : formation et outils des collaborateurs" },
  maintenance: { en: "Reinforce and monitor: prevent relapse", fr: "Consolider et suivre : \xE9viter la rechute" }
};
var STAGE_ACTIONS = {
  precontemplation: { en: "Show the board its own figures", fr: "Montrer \xE0 la direction ses propres chiffres" },
  contemplation: { en: "Business case and pilot", fr: "Business case et pilote" },
  preparation: { en: "Name an owner, budget and quick wins", fr: "Nommer un responsable, budget et gains rapides" },
  action: { en: "Implement with training and tools", fr: "Mettre en \u0153uvre avec formation et outils" },
  maintenance: { en: "Monitor and prevent relapse", fr: "Suivre et \xE9viter la rechute" }
};
var DIMENSION_GOALS = {
  visibility: { en: "be found online where customers search", fr: "\xEAtre trouv\xE9 en ligne l\xE0 o\xF9 les clients cherchent" },
  "digital-journey": { en: "offer online what each segment expects", fr: "proposer en ligne ce que chaque segment attend" },
  "channel-integration": { en: "recognise the customer and share their history across channels", fr: "reconna\xEEtre le client et partager son historique entre canaux" },
  "human-touch": { en: "a person reachable at every critical moment", fr: "une personne joignable \xE0 chaque moment critique" },
  lifecycle: { en: "serve the customer before and after the purchase", fr: "accompagner le client avant et apr\xE8s l'achat" },
  mobile: { en: "make the relationship work on a phone", fr: "rendre la relation utilisable sur mobile" },
  "data-trust": { en: "be transparent about customer data", fr: "\xEAtre transparent sur les donn\xE9es clients" },
  community: { en: "welcome customers' voice and reviews", fr: "accueillir la voix et les avis des clients" },
  "employee-tools": { en: "give employees tools as modern as those sold", fr: "donner aux collaborateurs des outils aussi modernes que ceux vendus" },
  organisation: { en: "one P&L, IT and marketing aligned, clear owners", fr: "un compte de r\xE9sultat unique, DSI et marketing align\xE9s, des responsables clairs" }
};
var DIMENSION_OWNERS = {
  visibility: { en: "Marketing director", fr: "Direction marketing" },
  "digital-journey": { en: "Digital director", fr: "Direction digitale" },
  "channel-integration": { en: "CIO with the marketing director", fr: "DSI avec la direction marketing" },
  "human-touch": { en: "Customer service director", fr: "Direction du service client" },
  lifecycle: { en: "Customer service director", fr: "Direction du service client" },
  mobile: { en: "Digital director", fr: "Direction digitale" },
  "data-trust": { en: "Data protection officer", fr: "D\xE9l\xE9gu\xE9 \xE0 la protection des donn\xE9es" },
  community: { en: "Marketing director", fr: "Direction marketing" },
  "employee-tools": { en: "HR director with the CIO", fr: "DRH avec la DSI" },
  organisation: { en: "General management", fr: "Direction g\xE9n\xE9rale" }
};
var BOARD_OWNER = { en: "General management", fr: "Direction g\xE9n\xE9rale" };
var DIMENSION_KPIS = {
  visibility: { en: "Share of key searches where the client appears on the first page", fr: "Part des recherches cl\xE9s o\xF9 le client appara\xEEt en premi\xE8re page" },
  "digital-journey": { en: "Share of expected capabilities available online", fr: "Part des capacit\xE9s attendues disponibles en ligne" },
  "channel-integration": { en: "Share of channel switches without a continuity break", fr: "Part des changements de canal sans rupture de continuit\xE9" },
  "human-touch": { en: "Share of critical moments with a person reachable", fr: "Part des moments critiques avec une personne joignable" },
  lifecycle: { en: "Share of customers served after the purchase", fr: "Part des clients accompagn\xE9s apr\xE8s l'achat" },
  mobile: { en: "Share of interactions started on a phone", fr: "Part des interactions commenc\xE9es sur mobile" },
  "data-trust": { en: "Charter published; share of customers who consent", fr: "Charte publi\xE9e ; part des clients qui consentent" },
  community: { en: "Reviews collected and answered per month", fr: "Avis collect\xE9s et trait\xE9s par mois" },
  "employee-tools": { en: "Employees' satisfaction with their tools", fr: "Satisfaction des collaborateurs envers leurs outils" },
  organisation: { en: "Channels under one P&L with shared objectives", fr: "Canaux sous un compte de r\xE9sultat unique aux objectifs partag\xE9s" }
};
var BARRIER_ANSWERS = {
  fear: { en: "Involve the sales force in the design", fr: "Associer la force de vente \xE0 la conception" },
  urgency: { en: "Time-boxed quick wins", fr: "Des gains rapides \xE0 dur\xE9e limit\xE9e" },
  complacency: { en: "Confront the client's own figures", fr: "Confronter le client \xE0 ses propres chiffres" },
  inertia: { en: "Small steps, with support", fr: "Des petits pas, avec accompagnement" }
};
var AWARENESS_FIGURES = {
  visibility: {
    en: "81% of buyers search online, yet 75% of suppliers cannot be found there (Vascoo UP study).",
    fr: "81 % des acheteurs s'informent sur Internet, mais 75 % des fournisseurs n'y sont pas visibles (\xE9tude Vascoo UP)."
  },
  "digital-journey": {
    en: "22% of customers want an at least partly digital journey; fewer than 5% of suppliers offer one (Vascoo UP study).",
    fr: "22 % des clients veulent un parcours au moins partiellement num\xE9rique ; moins de 5 % des fournisseurs le proposent (\xE9tude Vascoo UP)."
  }
};

// src/core/roadmap/segmentDemand.ts
var INTENSITY_WEIGHT = { traditional: 1, occasional: 2, multichannel: 3, "digital-first": 4 };
var switchesChannels = (s) => s.digitalIntensity === "multichannel" || s.digitalIntensity === "digital-first";
function segmentsHurtBy(dimension, facts) {
  const segments = facts.engagement.segments;
  const researchOnline = (s) => facts.needsOnlineVisibility(s);
  switch (dimension) {
    case "visibility":
    case "mobile":
    case "community":
      return segments.filter(researchOnline);
    case "digital-journey":
      return segments.filter((s) => facts.unmetExpectations(s).length > 0 || switchesChannels(s));
    case "channel-integration":
      return segments.filter((s) => switchesChannels(s) || facts.journeysOf(s).some((j) => facts.channelSwitches(j).some((x) => x.continuityBreak)));
    default:
      return segments;
  }
}
function effectiveShares(segments) {
  const written = segments.reduce((sum, s) => sum + (s.share ?? 0), 0);
  const unwritten = segments.filter((s) => s.share === void 0);
  const each = unwritten.length ? Math.max(0, 100 - written) / unwritten.length : 0;
  return new Map(segments.map((s) => [s, s.share ?? each]));
}
function demandWeight(hurt, shares) {
  return hurt.reduce((sum, s) => sum + (shares.get(s) ?? 0) * INTENSITY_WEIGHT[s.digitalIntensity], 0);
}

// src/core/roadmap/planRoadmap.ts
var WEAK_LEVEL = 3;
var goalFor = (level) => Math.min(5, Math.max(4, level + 1));
function gapsOf(maturity, facts) {
  const shares = effectiveShares(facts.engagement.segments);
  return maturity.dimensions.flatMap((dimension, order) => {
    if (dimension.level > WEAK_LEVEL) return [];
    const hurt = segmentsHurtBy(dimension.id, facts);
    if (hurt.length === 0) return [];
    return [{ dimension, priority: (5 - dimension.level) * demandWeight(hurt, shares), order }];
  }).sort((a, b) => b.priority - a.priority || a.order - b.order).map(({ dimension, priority }) => ({ dimension, priority }));
}
function planRoadmap(engagement, maturity, facts, lang, locate = () => void 0) {
  const current = CHANGE_STAGES.indexOf(engagement.change.stage);
  const stages = CHANGE_STAGES.slice(current);
  const barriers = engagement.change.barriers;
  const answer = (types) => (types.length ? types.map((type) => barriers.find((b) => b.type === type) ?? { type }) : barriers).map((b) => ({
    type: b.type,
    ...b.who === void 0 ? {} : { who: b.who },
    answer: BARRIER_ANSWERS[b.type][lang]
  }));
  const phases = stages.map((id2) => ({ id: id2, title: PHASE_TITLES[id2][lang], initiatives: [] }));
  const gaps = gapsOf(maturity, facts);
  const actionIndex = stages.indexOf("action");
  const employeeTools = maturity.dimensions.find((d) => d.id === "employee-tools");
  stages.forEach((stage, k) => {
    const generated = gaps.map(({ dimension }) => generatedInitiative(dimension, stage, k, stages.length, lang, answer([])));
    if (k === actionIndex && !gaps.some((g) => g.dimension.id === "employee-tools")) {
      generated.push(generatedInitiative(employeeTools, stage, k, stages.length, lang, answer([])));
    }
    phases[k].initiatives.push(...generated);
  });
  const consultant = engagement.initiatives;
  const replaced = new Set(consultant.map((i) => i.id));
  for (const phase of phases) phase.initiatives = phase.initiatives.filter((i) => !replaced.has(i.id));
  for (const initiative of consultant) {
    const k = phaseIndexOf(initiative, current, stages.length);
    const dimension = maturity.dimensions.find((d) => d.id === initiative.dimension);
    const range = locate(`initiatives.${initiative.index}`);
    const own = { text: initiative.description ?? initiative.title, path: `initiatives.${initiative.index}`, ...range ? { line: range.line, column: range.column } : {} };
    phases[k].initiatives.push(consultantInitiative(initiative, own, dimension, stages[k], lang, answer(initiative.barriers)));
  }
  return { stage: engagement.change.stage, phases };
}
function generatedInitiative(dimension, stage, k, phaseCount, lang, barriers) {
  const goal = goalFor(dimension.level);
  const figures = stage === "precontemplation" ? AWARENESS_FIGURES[dimension.id] : void 0;
  const evidence = [...dimension.evidence, ...figures ? [{ text: figures[lang] }] : []];
  return {
    id: `${dimension.id}-${stage}`,
    title: `${STAGE_ACTIONS[stage][lang]}${lang === "fr" ? " : " : ": "}${DIMENSION_GOALS[dimension.id][lang]}`,
    dimension: dimension.id,
    stage,
    source: "generated",
    horizon: horizonOf(k),
    // Climb evenly from today's level to the goal over the remaining phases.
    targetLevel: Math.max(dimension.level, dimension.level + Math.ceil((goal - dimension.level) * (k + 1) / phaseCount)),
    owner: stage === "precontemplation" ? BOARD_OWNER[lang] : DIMENSION_OWNERS[dimension.id][lang],
    kpi: DIMENSION_KPIS[dimension.id][lang],
    barriers,
    evidence
  };
}
function consultantInitiative(initiative, own, dimension, stage, lang, barriers) {
  return {
    id: initiative.id,
    title: initiative.title,
    dimension: initiative.dimension,
    stage,
    source: "consultant",
    horizon: initiative.horizon,
    targetLevel: initiative.targetLevel ?? Math.min(5, dimension.level + 1),
    owner: initiative.owner ?? DIMENSION_OWNERS[initiative.dimension][lang],
    kpi: initiative.kpi ?? DIMENSION_KPIS[initiative.dimension][lang],
    barriers,
    evidence: [own, ...dimension.evidence]
  };
}
function phaseIndexOf(initiative, current, phaseCount) {
  const k = initiative.stage !== void 0 ? CHANGE_STAGES.indexOf(initiative.stage) - current : HORIZONS.indexOf(initiative.horizon);
  return Math.min(Math.max(k, 0), phaseCount - 1);
}
function horizonOf(phaseIndex) {
  return HORIZONS[Math.min(phaseIndex, HORIZONS.length - 1)];
}

// src/core/roadmap/assessAndPlan.ts
function assessAndPlan(engagement, facts, locate, lang) {
  const maturity = assessMaturity(engagement, facts, locate, lang);
  return { maturity, roadmap: planRoadmap(engagement, maturity, facts, lang, locate) };
}
function valueLocator(document, lines) {
  return (path) => {
    const target = findPath(document, path);
    return target.complete && target.value ? lines.range(target.value.start, target.value.end) : void 0;
  };
}

// src/core/i18n/validationMessages.ts
var didYouMean = (suggestion, fr) => suggestion ? fr ? ` Vouliez-vous dire \xAB ${suggestion} \xBB ?` : ` Did you mean "${suggestion}"?` : "";
var messages = {
  yamlSyntax: {
    en: ({ detail }) => `YAML syntax error: ${detail}`,
    fr: ({ detail }) => `Erreur de syntaxe YAML : ${detail}`
  },
  tooDeep: {
    en: ({ max }) => `Nesting deeper than ${max} levels: an engagement never needs this; the file is not read further.`,
    fr: ({ max }) => `Imbrication de plus de ${max} niveaux : un engagement n'en a jamais besoin ; la lecture s'arr\xEAte ici.`
  },
  aliasLimit: {
    en: ({ max }) => `Aliases expand to more than ${max} nodes (an "alias bomb"): the file is not read further.`,
    fr: ({ max }) => `Les alias se d\xE9ploient en plus de ${max} n\u0153uds (\xAB bombe d'alias \xBB) : la lecture s'arr\xEAte ici.`
  },
  aliasUnknown: {
    en: ({ name }) => `Alias *${name} refers to no anchor defined before it.`,
    fr: ({ name }) => `L'alias *${name} ne renvoie \xE0 aucune ancre d\xE9finie avant lui.`
  },
  tooLarge: {
    en: (_) => "The file is larger than 10 MB: split the engagement (one client engagement per file).",
    fr: (_) => "Le fichier d\xE9passe 10 Mo : scindez l'engagement (un engagement client par fichier)."
  },
  directive: {
    en: (_) => "YAML directives such as %YAML 1.1 are not supported: engagement files are read as YAML 1.2. Remove this line.",
    fr: (_) => "Les directives YAML comme %YAML 1.1 ne sont pas prises en charge : les engagements sont lus en YAML 1.2. Supprimez cette ligne."
  },
  secondDocument: {
    en: (_) => "Only one YAML document per file: put each engagement in its own file.",
    fr: (_) => "Un seul document YAML par fichier : mettez chaque engagement dans son propre fichier."
  },
  mergeKey: {
    en: (_) => "Merge keys (<<) are not supported: write the keys out.",
    fr: (_) => "Les cl\xE9s de fusion (<<) ne sont pas prises en charge : \xE9crivez les cl\xE9s en entier."
  },
  customTag: {
    en: ({ tag }) => `Tag ${tag} is not supported: engagement files hold plain data (YAML 1.2 core schema).`,
    fr: ({ tag }) => `L'\xE9tiquette ${tag} n'est pas prise en charge : un engagement ne contient que des donn\xE9es simples (sch\xE9ma YAML 1.2 core).`
  },
  complexKey: {
    en: (_) => "Keys must be plain words.",
    fr: (_) => "Les cl\xE9s doivent \xEAtre des mots simples."
  },
  duplicateKey: {
    en: ({ key }) => `Key "${key}" appears twice in this mapping; the first one is used.`,
    fr: ({ key }) => `La cl\xE9 \xAB ${key} \xBB appara\xEEt deux fois dans ce bloc ; seule la premi\xE8re est prise en compte.`
  },
  reservedKey: {
    en: ({ key }) => `"${key}" is a reserved word and cannot be used as a key.`,
    fr: ({ key }) => `\xAB ${key} \xBB est un mot r\xE9serv\xE9 et ne peut pas servir de cl\xE9.`
  },
  unknownKey: {
    en: ({ key, suggestion }) => `Unknown key "${key}": it is ignored.${didYouMean(suggestion, false)} (Prefix your own annotations with x-.)`,
    fr: ({ key, suggestion }) => `Cl\xE9 inconnue \xAB ${key} \xBB : elle est ignor\xE9e.${didYouMean(suggestion, true)} (Pr\xE9fixez vos annotations par x-.)`
  },
  unknownDimension: {
    en: ({ key, suggestion, known }) => `"${key}" is not a maturity dimension.${didYouMean(suggestion, false)} Dimensions: ${known}.`,
    fr: ({ key, suggestion, known }) => `\xAB ${key} \xBB n'est pas une dimension de maturit\xE9.${didYouMean(suggestion, true)} Dimensions : ${known}.`
  },
  required: {
    en: ({ key, parent }) => `Missing required key "${key}"${parent ? ` in ${parent}` : ""}.`,
    fr: ({ key, parent }) => `Cl\xE9 obligatoire \xAB ${key} \xBB manquante${parent ? ` dans ${parent}` : ""}.`
  },
  emptyText: {
    en: ({ key }) => `"${key}" must not be empty.`,
    fr: ({ key }) => `\xAB ${key} \xBB ne doit pas \xEAtre vide.`
  },
  emptyList: {
    en: ({ key, min }) => `"${key}" needs at least ${min} item${min > 1 ? "s" : ""}.`,
    fr: ({ key, min }) => `\xAB ${key} \xBB doit contenir au moins ${min} \xE9l\xE9ment${min > 1 ? "s" : ""}.`
  },
  type: {
    en: ({ key, expected, received }) => `"${key}" must be ${expected}, not ${received}.`,
    fr: ({ key, expected, received }) => `\xAB ${key} \xBB doit \xEAtre ${expected}, pas ${received}.`
  },
  enumValue: {
    en: ({ key, value, allowed, suggestion }) => `"${value}" is not a valid ${key}.${didYouMean(suggestion, false)} Expected one of: ${allowed}.`,
    fr: ({ key, value, allowed, suggestion }) => `\xAB ${value} \xBB n'est pas une valeur valide pour ${key}.${didYouMean(suggestion, true)} Valeurs attendues (en anglais) : ${allowed}.`
  },
  range: {
    en: ({ key, min, max }) => `"${key}" must be between ${min} and ${max}.`,
    fr: ({ key, min, max }) => `\xAB ${key} \xBB doit \xEAtre compris entre ${min} et ${max}.`
  },
  slug: {
    en: ({ value }) => `"${value}" is not a valid id: use lower-case letters, digits and hyphens (e.g. branch-paris).`,
    fr: ({ value }) => `\xAB ${value} \xBB n'est pas un identifiant valide : lettres minuscules, chiffres et tirets (ex. agence-paris).`
  },
  date: {
    en: ({ value }) => `"${value}" is not a calendar date in the form YYYY-MM-DD.`,
    fr: ({ value }) => `\xAB ${value} \xBB n'est pas une date du calendrier au format AAAA-MM-JJ.`
  },
  version: {
    en: ({ value }) => `Unsupported format version ${value}: this extension reads version 1.`,
    fr: ({ value }) => `Version de format ${value} non prise en charge : cette extension lit la version 1.`
  },
  invalid: {
    en: ({ key }) => `Invalid value for "${key}".`,
    fr: ({ key }) => `Valeur invalide pour \xAB ${key} \xBB.`
  },
  duplicateId: {
    en: ({ id: id2, list }) => `Duplicate id "${id2}" in ${list}: ids must be unique; references go to the first one.`,
    fr: ({ id: id2, list }) => `Identifiant \xAB ${id2} \xBB en double dans ${list} : les identifiants doivent \xEAtre uniques ; les r\xE9f\xE9rences visent le premier.`
  },
  unknownChannel: {
    en: ({ id: id2, suggestion }) => `No channel has id "${id2}".${didYouMean(suggestion, false)}`,
    fr: ({ id: id2, suggestion }) => `Aucun canal n'a l'identifiant \xAB ${id2} \xBB.${didYouMean(suggestion, true)}`
  },
  unknownSegment: {
    en: ({ id: id2, suggestion }) => `No segment has id "${id2}".${didYouMean(suggestion, false)}`,
    fr: ({ id: id2, suggestion }) => `Aucun segment n'a l'identifiant \xAB ${id2} \xBB.${didYouMean(suggestion, true)}`
  },
  sharesOver100: {
    en: ({ total }) => `Segment shares add up to ${total}%, more than 100%.`,
    fr: ({ total }) => `Les parts des segments totalisent ${total} %, plus de 100 %.`
  },
  continuityBreak: {
    en: ({ from, to }) => `Continuity break: the customer moves from "${from}" to "${to}", which does not share the customer's history, so they must start again. Any inconsistency between channels breeds disappointment and disloyalty (Observatoire du Cross-Canal O4C); only 14% of consumers find their suppliers' multichannel experience effective (Client 2020 study). Give "${to}" the history (sharesHistory: true).`,
    fr: ({ from, to }) => `Rupture de continuit\xE9 : le client passe de \xAB ${from} \xBB \xE0 \xAB ${to} \xBB, qui ne partage pas son historique ; il doit tout recommencer. Toute incoh\xE9rence entre canaux provoque d\xE9ception et infid\xE9lit\xE9 (Observatoire du Cross-Canal O4C) ; seuls 14 % des consommateurs jugent efficace l'exp\xE9rience multicanal de leurs fournisseurs (Client 2020 study). Donnez l'historique \xE0 \xAB ${to} \xBB (sharesHistory: true).`
  },
  criticalWithoutPerson: {
    en: ({ stage }) => `Critical moment with no person reachable in stage "${stage}": customers want to reach someone at the critical moments of the purchase (Amazon's "Click and Connect", J.-P. Vanot). Add a human channel to this stage or staff this one (human: true).`,
    fr: ({ stage }) => `Moment critique sans personne joignable dans l'\xE9tape \xAB ${stage} \xBB : le client veut pouvoir joindre un responsable aux moments critiques de l'achat (\xAB Click and Connect \xBB d'Amazon, J.-P. Vanot). Ajoutez un canal humain \xE0 cette \xE9tape ou rendez ce canal humain (human: true).`
  },
  expectationUnmet: {
    en: ({ segment, capability }) => `Segment "${segment}" expects to ${capability} online, but no digital channel offers it: 22% of customers want an at least partly digital journey, which under 5% of suppliers offer (Vascoo UP study).`,
    fr: ({ segment, capability }) => `Le segment \xAB ${segment} \xBB attend de pouvoir ${capability} en ligne, mais aucun canal num\xE9rique ne le propose : 22 % des clients souhaitent un parcours au moins partiellement num\xE9rique, propos\xE9 par moins de 5 % des fournisseurs (\xE9tude Vascoo UP).`
  },
  invisibleOnline: {
    en: ({ segment }) => `Segment "${segment}" researches online before buying, but no web or mobile channel is visible (visibility medium or high): 81% of buyers search online while 75% of suppliers are invisible there (Vascoo UP study); 78% research online before buying in store (ROPO, Observatoire du Cross-Canal).`,
    fr: ({ segment }) => `Le segment \xAB ${segment} \xBB se renseigne en ligne avant d'acheter, mais aucun canal web ou mobile n'est visible (visibility medium ou high) : 81 % des acheteurs s'informent sur Internet alors que 75 % des fournisseurs n'y sont pas visibles (\xE9tude Vascoo UP) ; 78 % se renseignent en ligne avant d'acheter en magasin (ROPO, Observatoire du Cross-Canal).`
  },
  stopsAtPurchase: {
    en: ({ journey }) => `Journey "${journey}" stops at the purchase: evaluation is now continuous and nearly 60% of customers are more likely to switch supplier than ten years ago (Client 2020 study). Add the stages after it (delivery, use, support, review).`,
    fr: ({ journey }) => `Le parcours \xAB ${journey} \xBB s'arr\xEAte \xE0 l'achat : l'\xE9valuation est d\xE9sormais quasi continue et pr\xE8s de 60 % des clients sont plus enclins \xE0 changer de fournisseur qu'il y a dix ans (Client 2020 study). Ajoutez les \xE9tapes qui suivent (livraison, usage, assistance, avis).`
  },
  historyWithoutRecognition: {
    en: ({ channel }) => `Channel "${channel}" shares history but does not recognise the customer: it cannot show the history of a customer it does not identify. Set recognizesCustomer: true or review sharesHistory.`,
    fr: ({ channel }) => `Le canal \xAB ${channel} \xBB partage l'historique mais ne reconna\xEEt pas le client : il ne peut pas afficher l'historique d'un client qu'il n'identifie pas. Indiquez recognizesCustomer: true ou revoyez sharesHistory.`
  },
  visibilityNotDigital: {
    en: ({ channel, type }) => `Visibility is meaningful for digital channels only; "${channel}" is a ${type} channel, so it is ignored.`,
    fr: ({ channel, type }) => `La visibilit\xE9 ne concerne que les canaux num\xE9riques ; \xAB ${channel} \xBB est un canal ${type}, elle est donc ignor\xE9e.`
  },
  segmentWithoutJourney: {
    en: ({ segment }) => `Segment "${segment}" has no journey: map how these customers actually buy.`,
    fr: ({ segment }) => `Le segment \xAB ${segment} \xBB n'a aucun parcours : d\xE9crivez comment ces clients ach\xE8tent vraiment.`
  },
  channelUnused: {
    en: ({ channel }) => `Channel "${channel}" is used by no journey.`,
    fr: ({ channel }) => `Le canal \xAB ${channel} \xBB n'est utilis\xE9 par aucun parcours.`
  },
  tooMany: {
    en: ({ count }) => `${count} more diagnostics are not shown: fix the ones above first.`,
    fr: ({ count }) => `${count} autres diagnostics ne sont pas affich\xE9s : corrigez d'abord ceux ci-dessus.`
  }
};

// src/core/i18n/vocabularyLabels.ts
var CAPABILITY_PHRASES = {
  inform: { en: "find information", fr: "s'informer" },
  compare: { en: "compare offers", fr: "comparer les offres" },
  advise: { en: "get advice", fr: "\xEAtre conseill\xE9" },
  order: { en: "order", fr: "commander" },
  pay: { en: "pay", fr: "payer" },
  track: { en: "track an order", fr: "suivre sa commande" },
  support: { en: "get support", fr: "obtenir de l'aide" },
  return: { en: "return a product", fr: "retourner un produit" },
  review: { en: "leave a review", fr: "donner son avis" },
  community: { en: "exchange with other customers", fr: "\xE9changer avec d'autres clients" }
};
function capabilityPhrase(capability, lang) {
  return `${CAPABILITY_PHRASES[capability][lang]} (${capability})`;
}

// src/core/validation/cxRules.ts
function checkCxRules(facts, sink) {
  checkJourneys(facts, sink);
  checkChannels(facts, sink);
  checkSegments(facts, sink);
}
function checkJourneys(facts, sink) {
  for (const journey of facts.engagement.journeys) {
    for (const change of facts.channelSwitches(journey)) {
      const target = facts.channelsById.get(change.to.channel);
      if (!change.continuityBreak || !target || !facts.channelsById.has(change.from.channel)) continue;
      const from = facts.channelsById.get(change.from.channel).name;
      sink.atValue("continuity-break", `${change.to.path}.channel`, messages.continuityBreak, { from, to: target.name });
    }
    for (const stage of journey.stages) {
      for (const step of stage.steps) {
        if (step.critical && facts.channelOf(step) && !facts.personReachable(step, stage)) {
          sink.atValue("critical-without-person", `${step.path}.critical`, messages.criticalWithoutPerson, { stage: stage.name });
        }
      }
    }
    const purchase = facts.stopsAtPurchase(journey);
    if (purchase) sink.atValue("stops-at-purchase", `${purchase.path}.capability`, messages.stopsAtPurchase, { journey: journey.name });
  }
}
function checkChannels(facts, sink) {
  const { channels, journeys } = facts.engagement;
  const used = journeys.length > 0 ? facts.usedChannelIds() : void 0;
  for (const channel of channels) {
    const path = `channels.${channel.index}`;
    if (channel.sharesHistory && !channel.recognizesCustomer) {
      sink.atValue("history-without-recognition", `${path}.sharesHistory`, messages.historyWithoutRecognition, { channel: channel.name });
    }
    if (channel.visibility !== void 0 && !channel.digital) {
      sink.atValue("visibility-not-digital", `${path}.visibility`, messages.visibilityNotDigital, { channel: channel.name, type: channel.type });
    }
    if (used && !used.has(channel.id)) sink.atValue("channel-unused", `${path}.id`, messages.channelUnused, { channel: channel.name });
  }
}
function checkSegments(facts, sink) {
  const { segments, journeys } = facts.engagement;
  const visible = facts.visibleOnline;
  const journeySegments = new Set(journeys.map((journey) => journey.segment));
  const offered = facts.digitalCapabilities;
  for (const segment of segments) {
    const path = `segments.${segment.index}`;
    for (const capability of facts.expectations(segment)) {
      if (offered.has(capability)) continue;
      const listed = segment.expects.indexOf(capability);
      const at = listed >= 0 ? `${path}.expects.${listed}` : `${path}.digitalIntensity`;
      sink.atValue("digital-expectation-unmet", at, messages.expectationUnmet, { segment: segment.name, capability: capabilityPhrase(capability, sink.lang) });
    }
    if (!visible && facts.needsOnlineVisibility(segment)) {
      sink.atValue("invisible-online", `${path}.digitalIntensity`, messages.invisibleOnline, { segment: segment.name });
    }
    if (journeys.length > 0 && !journeySegments.has(segment.id)) {
      sink.atValue("segment-without-journey", `${path}.id`, messages.segmentWithoutJourney, { segment: segment.name });
    }
  }
}

// src/core/validation/diagnosticSink.ts
var DiagnosticSink = class {
  constructor(lang, lines, document) {
    this.lang = lang;
    this.lines = lines;
    this.document = document;
  }
  lang;
  lines;
  document;
  pending = [];
  /** At an explicit range (offsets into the text). */
  at(code, path, range, message, params, fix) {
    this.push(code, path, range, message, params, fix);
  }
  /** On the value at `path` (a missing key: its parent's key). */
  atValue(code, path, message, params, fix) {
    this.push(code, path, "value", message, params, fix);
  }
  /** On the key at `path` (a missing key: its parent's key). */
  atKey(code, path, message, params, fix) {
    this.push(code, path, "key", message, params, fix);
  }
  push(code, path, where, message, params, fix) {
    this.pending.push({ code, path, where, message, params, fix, start: 0, end: 0 });
  }
  /** Sorted by position, and past 1,000 the rest summarised by one `too-many-diagnostics`. */
  finish() {
    for (const entry of this.pending) {
      const range = typeof entry.where === "object" ? entry.where : this.locate(entry.path, entry.where);
      entry.start = range.start;
      entry.end = range.end;
    }
    const sorted = this.pending.sort(comparePending);
    const kept = sorted.slice(0, MAX_DIAGNOSTICS_PER_FILE).map((entry) => this.toDiagnostic(entry));
    if (sorted.length > MAX_DIAGNOSTICS_PER_FILE) {
      const first = sorted[MAX_DIAGNOSTICS_PER_FILE];
      kept.push(this.toDiagnostic({
        code: "too-many-diagnostics",
        path: "",
        where: first,
        message: messages.tooMany,
        params: { count: sorted.length - MAX_DIAGNOSTICS_PER_FILE },
        fix: void 0,
        start: first.start,
        end: first.end
      }));
    }
    return kept;
  }
  locate(path, where) {
    if (!this.document) return { start: 0, end: 0 };
    return where === "value" ? valueRangeAt(this.document, path) : keyRangeAt(this.document, path);
  }
  toDiagnostic(entry) {
    return {
      code: entry.code,
      severity: severityOf(entry.code),
      message: entry.message[this.lang](entry.params),
      path: entry.path,
      range: this.lines.range(entry.start, entry.end),
      ...entry.fix ? { fix: entry.fix } : {}
    };
  }
};
var SEVERITY_RANK = { error: 0, warning: 1, info: 2 };
function comparePending(a, b) {
  return a.start - b.start || a.end - b.end || SEVERITY_RANK[severityOf(a.code)] - SEVERITY_RANK[severityOf(b.code)] || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

// src/core/validation/didYouMean.ts
var MAX_COMPARED_LENGTH = 64;
function didYouMean2(word, candidates) {
  const english = englishFor(word, candidates);
  if (english !== void 0) return english;
  if (word.length > MAX_COMPARED_LENGTH) return void 0;
  const lower = word.toLowerCase();
  let best;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    if (candidate.toLowerCase() === lower) return candidate;
    const distance = editDistance(lower, candidate.toLowerCase(), bestDistance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
function editDistance(a, b, limit) {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      current.push(value);
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum >= limit) return limit;
    previous = current;
  }
  return previous[b.length];
}

// src/core/validation/referenceRules.ts
function checkReferences(engagement, sink) {
  reportDuplicates(engagement.channels.map((c) => [c.id, `channels.${c.index}.id`]), "channels", sink);
  reportDuplicates(engagement.segments.map((s) => [s.id, `segments.${s.index}.id`]), "segments", sink);
  reportDuplicates(engagement.journeys.map((j) => [j.id, `journeys.${j.index}.id`]), "journeys", sink);
  reportDuplicates(engagement.initiatives.map((i) => [i.id, `initiatives.${i.index}.id`]), "initiatives", sink);
  for (const journey of engagement.journeys) {
    const stepIds = journey.steps.flatMap((step) => step.id === void 0 ? [] : [[step.id, `${step.path}.id`]]);
    reportDuplicates(stepIds, `journeys.${journey.index} (${journey.id})`, sink);
  }
  const channelIds = engagement.channels.map((c) => c.id);
  const segmentIds = engagement.segments.map((s) => s.id);
  const knownChannels = new Set(channelIds);
  const knownSegments = new Set(segmentIds);
  const unknownChannel = (id2, path) => {
    const suggestion = didYouMean2(id2, channelIds);
    sink.atValue("unknown-ref", path, messages.unknownChannel, { id: id2, suggestion }, suggestion ? { replacement: suggestion } : void 0);
  };
  for (const segment of engagement.segments) {
    segment.prefers.forEach((id2, index) => {
      if (!knownChannels.has(id2)) unknownChannel(id2, `segments.${segment.index}.prefers.${index}`);
    });
  }
  for (const journey of engagement.journeys) {
    if (!knownSegments.has(journey.segment)) {
      const suggestion = didYouMean2(journey.segment, segmentIds);
      sink.atValue(
        "unknown-ref",
        `journeys.${journey.index}.segment`,
        messages.unknownSegment,
        { id: journey.segment, suggestion },
        suggestion ? { replacement: suggestion } : void 0
      );
    }
    for (const step of journey.steps) if (!knownChannels.has(step.channel)) unknownChannel(step.channel, `${step.path}.channel`);
  }
  let total = 0;
  let reported = false;
  for (const segment of engagement.segments) {
    if (segment.share === void 0) continue;
    total += segment.share;
    if (total > 100 + 1e-9 && !reported) {
      reported = true;
      const sum = engagement.segments.reduce((acc, s) => acc + (s.share ?? 0), 0);
      sink.atValue("shares-over-100", `segments.${segment.index}.share`, messages.sharesOver100, { total: Math.round(sum * 100) / 100 });
    }
  }
}
function reportDuplicates(entries, list, sink) {
  const seen = /* @__PURE__ */ new Set();
  for (const [id2, path] of entries) {
    if (seen.has(id2)) sink.atValue("duplicate-id", path, messages.duplicateId, { id: id2, list });
    else seen.add(id2);
  }
}

// src/core/validation/schemaDiagnostics.ts
var TYPE_NAMES = {
  string: { en: "text", fr: "un texte" },
  number: { en: "a number", fr: "un nombre" },
  int: { en: "a whole number", fr: "un nombre entier" },
  boolean: { en: "true or false", fr: "true ou false" },
  array: { en: "a list", fr: "une liste" },
  object: { en: "a mapping of keys", fr: "un bloc de cl\xE9s" },
  null: { en: "empty", fr: "vide" }
};
function reportSchemaIssues(issues, root, sink) {
  for (const issue of issues) {
    const segments = issue.path.map(String);
    const path = segments.join(".");
    const key = segments.filter((segment) => !/^\d+$/.test(segment)).pop() ?? "document";
    const value = valueAt(root, segments);
    const present = value !== void 0;
    if (path === "version") {
      sink.atValue("unsupported-version", path, messages.version, { value: describeValue(value) });
      continue;
    }
    if (!present) {
      sink.atKey("schema-required", path, messages.required, { key, parent: segments.slice(0, -1).join(".") });
      continue;
    }
    switch (issue.code) {
      case "invalid_type": {
        const expected = TYPE_NAMES[issue.expected]?.[sink.lang] ?? issue.expected;
        sink.atValue("schema-type", path, messages.type, { key, expected, received: describeType(value, sink.lang) });
        break;
      }
      case "invalid_value": {
        const allowed = issue.values.map(String);
        const written = describeValue(value);
        const suggestion = typeof value === "string" ? didYouMean2(value, allowed) : void 0;
        const params = { key, value: written, allowed: allowed.join(", "), suggestion };
        sink.atValue("schema-enum", path, messages.enumValue, params, suggestion ? { replacement: suggestion } : void 0);
        break;
      }
      case "too_small":
      case "too_big":
        if (issue.origin === "string") sink.atValue("schema-required", path, messages.emptyText, { key });
        else if (issue.origin === "array") sink.atValue("schema-required", path, messages.emptyList, { key, min: Number(issue.code === "too_small" ? issue.minimum : 1) });
        else sink.atValue("schema-range", path, messages.range, rangeOf2(key));
        break;
      case "invalid_format":
        if (key === "date") sink.atValue("schema-type", path, messages.date, { value: describeValue(value) });
        else sink.atValue("schema-type", path, messages.slug, { value: describeValue(value) });
        break;
      case "custom":
        sink.atValue("schema-type", path, messages.date, { value: describeValue(value) });
        break;
      default:
        sink.atValue("schema-type", path, messages.invalid, { key });
    }
  }
}
function rangeOf2(key) {
  switch (key) {
    case "share":
      return { key, min: 0, max: 100 };
    case "emotion":
      return { key, min: -2, max: 2 };
    default:
      return { key, min: 1, max: 5 };
  }
}
function valueAt(root, segments) {
  let current = root;
  for (const segment of segments) {
    if (current === null || typeof current !== "object") return void 0;
    current = Object.hasOwn(current, segment) ? current[segment] : void 0;
  }
  return current;
}
function describeValue(value) {
  const text3 = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  return text3.length > 60 ? `${text3.slice(0, 57)}\u2026` : text3;
}
function describeType(value, lang) {
  if (value === null) return TYPE_NAMES.null[lang];
  if (Array.isArray(value)) return TYPE_NAMES.array[lang];
  if (typeof value === "object") return TYPE_NAMES.object[lang];
  if (typeof value === "number") return `${TYPE_NAMES.number[lang]} (${value})`;
  if (typeof value === "boolean") return String(value);
  return `${TYPE_NAMES.string[lang]} (${describeValue(value)})`;
}

// src/core/yaml/readYaml.ts
var import_yaml2 = require("yaml");
var MAX_TEXT_LENGTH = 10 * 1024 * 1024;
var MAX_DEPTH = 64;
var MAX_ALIAS_NODES = 1e3;
var RESERVED_KEYS = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
var CORE_TAGS = new Set(
  ["str", "int", "float", "bool", "null", "map", "seq"].map((name) => `tag:yaml.org,2002:${name}`)
);
function readYaml(text3, guide2) {
  if (text3.length > MAX_TEXT_LENGTH) {
    return { value: void 0, problems: [{ kind: "too-large", start: 0, end: 0 }], fatal: true };
  }
  const problems = [];
  const tokens = Array.from(new import_yaml2.Parser().parse(text3));
  const tooDeep = findTooDeep(tokens);
  if (tooDeep !== void 0) {
    problems.push({ kind: "too-deep", start: tooDeep, end: tooDeep + 1 });
    return { value: void 0, problems, fatal: true };
  }
  const kept = [];
  for (const token of tokens) {
    if (token.type === "directive") {
      if (token.source.startsWith("%YAML") && !/^%YAML\s+1\.2\s*$/.test(token.source)) {
        problems.push({ kind: "directive", start: token.offset, end: token.offset + token.source.length });
        continue;
      }
    }
    kept.push(token);
  }
  const composer = new import_yaml2.Composer({ version: "1.2", schema: "core", merge: false, uniqueKeys: false, strict: true, prettyErrors: false });
  const documents = [...composer.compose(kept)];
  const document = documents[0];
  for (const extra of documents.slice(1)) {
    const start = extra.range?.[0] ?? 0;
    problems.push({ kind: "second-document", start, end: start + 3 });
  }
  for (const doc of documents) {
    for (const error of doc.errors) {
      problems.push({ kind: "syntax", detail: error.message, start: error.pos[0], end: error.pos[1] });
    }
  }
  if (!document || problems.some((p) => p.kind === "syntax")) {
    return { ...document ? { document } : {}, value: void 0, problems, fatal: true };
  }
  const converter = new PlainValueReader(text3, problems);
  const value = converter.read(document.contents, guide2, 0, 0);
  const fatal = problems.some((p) => p.kind === "too-deep" || p.kind === "alias-limit");
  return { document, value, problems, fatal };
}
function findTooDeep(tokens) {
  const stack = [];
  for (const token of tokens) if (token.type === "document" && token.value) stack.push([token.value, 0]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop();
    if (token.type !== "block-map" && token.type !== "block-seq" && token.type !== "flow-collection") continue;
    if (depth + 1 > MAX_DEPTH) return token.offset;
    for (const item of token.items) {
      if (item.key) stack.push([item.key, depth + 1]);
      if (item.value) stack.push([item.value, depth + 1]);
    }
  }
  return void 0;
}
var PlainValueReader = class {
  constructor(text3, problems) {
    this.text = text3;
    this.problems = problems;
  }
  text;
  problems;
  anchors = /* @__PURE__ */ new Map();
  /** The path of the node being read, joined only when a problem needs it (the hot path allocates nothing). */
  segments = [];
  aliasNodes = 0;
  /** The alias being expanded from the document itself: where an alias bomb is reported. */
  outerAlias;
  stopped = false;
  /** `expanding` counts the alias expansions we are inside, whose nodes count against the limit. */
  read(node, guide2, depth, expanding) {
    if (node === null || this.stopped) return null;
    if (depth > MAX_DEPTH) {
      const start = node.range?.[0] ?? 0;
      this.stop({ kind: "too-deep", start, end: start + 1 });
      return null;
    }
    if (expanding > 0 && ++this.aliasNodes > MAX_ALIAS_NODES) {
      this.stop({ kind: "alias-limit", ...rangeOf3(this.outerAlias ?? node) });
      return null;
    }
    if ((0, import_yaml2.isAlias)(node)) {
      const target = this.anchors.get(node.source);
      if (!target) {
        this.problems.push({ kind: "alias-unknown", name: node.source, ...rangeOf3(node) });
        return null;
      }
      if (expanding === 0) this.outerAlias = node;
      return this.read(target, guide2, depth + 1, expanding + 1);
    }
    if (node.anchor) this.anchors.set(node.anchor, node);
    if (node.tag !== void 0 && !CORE_TAGS.has(node.tag)) {
      this.problems.push({ kind: "custom-tag", tag: node.tag, ...this.withTag(rangeOf3(node)) });
      return null;
    }
    if ((0, import_yaml2.isScalar)(node)) return node.value;
    if ((0, import_yaml2.isSeq)(node)) {
      const element = guide2?.kind === "array" ? guide2.element : void 0;
      const items = node.items;
      const result = new Array(items.length);
      for (let index = 0; index < items.length; index++) {
        this.segments.push(index);
        result[index] = this.read(items[index], element, depth + 1, expanding);
        this.segments.pop();
      }
      return result;
    }
    if ((0, import_yaml2.isMap)(node)) return this.readMap(node.items, node, guide2, depth, expanding);
    return null;
  }
  readMap(items, node, guide2, depth, expanding) {
    const result = {};
    const checked = expanding === 0;
    const seen = checked ? /* @__PURE__ */ new Set() : void 0;
    const objectGuide = guide2?.kind === "object" ? guide2 : void 0;
    for (const pair of items) {
      const keyNode = pair.key;
      if (!(0, import_yaml2.isScalar)(keyNode)) {
        const start = keyNode?.range?.[0] ?? node.range?.[0] ?? 0;
        this.problems.push({ kind: "complex-key", start, end: keyNode?.range?.[1] ?? start });
        continue;
      }
      const key = String(keyNode.value);
      if (seen) {
        if (seen.has(key)) {
          this.keyProblem({ kind: "duplicate-key", key }, keyNode, key);
          continue;
        }
        seen.add(key);
      }
      if (RESERVED_KEYS.has(key)) {
        if (checked) this.keyProblem({ kind: "reserved-key", key }, keyNode, key);
        continue;
      }
      if (key === "<<") {
        if (checked) this.keyProblem({ kind: "merge-key" }, keyNode, key);
        continue;
      }
      if (key.startsWith("x-")) {
        this.read(pair.value, void 0, depth + 1, expanding);
        continue;
      }
      if (objectGuide && !objectGuide.keys.has(key)) {
        if (checked) {
          this.keyProblem({ kind: "unknown-key", key, known: [...objectGuide.keys.keys()], dimension: objectGuide.dimensions === true }, keyNode, key);
        }
        continue;
      }
      this.segments.push(key);
      result[key] = this.read(pair.value, objectGuide?.keys.get(key), depth + 1, expanding);
      this.segments.pop();
    }
    return result;
  }
  keyProblem(problem, keyNode, key) {
    this.problems.push({ ...problem, ...rangeOf3(keyNode), path: [...this.segments, key].join(".") });
  }
  /** Widens a node's range back over its `!tag`, which the composed node's range leaves out. */
  withTag(range) {
    let start = range.start;
    while (start > 0 && /[ \t]/.test(this.text[start - 1])) start--;
    let tagStart = start;
    while (tagStart > 0 && !/[\s,[\]{}]/.test(this.text[tagStart - 1])) tagStart--;
    return this.text[tagStart] === "!" ? { start: tagStart, end: Math.max(range.end, start) } : range;
  }
  stop(problem) {
    this.problems.push(problem);
    this.stopped = true;
  }
};
function rangeOf3(node) {
  const [start = 0, end = start] = node.range ?? [];
  return { start, end };
}

// src/core/validation/yamlDiagnostics.ts
function reportYamlProblems(problems, sink) {
  for (const problem of problems) {
    const range = { start: problem.start, end: problem.end };
    const path = problem.path ?? "";
    switch (problem.kind) {
      case "syntax":
        sink.at("yaml-syntax", "", range, messages.yamlSyntax, { detail: problem.detail });
        break;
      case "too-large":
        sink.at("file-too-large", "", range, messages.tooLarge, {});
        break;
      case "too-deep":
        sink.at("yaml-limit", "", range, messages.tooDeep, { max: MAX_DEPTH });
        break;
      case "alias-limit":
        sink.at("yaml-limit", "", range, messages.aliasLimit, { max: MAX_ALIAS_NODES });
        break;
      case "alias-unknown":
        sink.at("yaml-syntax", "", range, messages.aliasUnknown, { name: problem.name });
        break;
      case "directive":
        sink.at("yaml-unsupported", "", range, messages.directive, {});
        break;
      case "second-document":
        sink.at("yaml-unsupported", "", range, messages.secondDocument, {});
        break;
      case "merge-key":
        sink.at("yaml-unsupported", path, range, messages.mergeKey, {});
        break;
      case "custom-tag":
        sink.at("yaml-unsupported", "", range, messages.customTag, { tag: problem.tag });
        break;
      case "complex-key":
        sink.at("yaml-unsupported", "", range, messages.complexKey, {});
        break;
      case "duplicate-key":
        sink.at("duplicate-key", path, range, messages.duplicateKey, { key: problem.key });
        break;
      case "reserved-key":
        sink.at("reserved-key", path, range, messages.reservedKey, { key: problem.key });
        break;
      case "unknown-key": {
        const suggestion = didYouMean2(problem.key, problem.known);
        const fix = suggestion ? { replacement: suggestion } : void 0;
        if (problem.dimension) {
          const params = { key: problem.key, suggestion, known: DIMENSIONS.join(", ") };
          sink.at("unknown-dimension", path, range, messages.unknownDimension, params, fix);
        } else {
          sink.at("unknown-key", path, range, messages.unknownKey, { key: problem.key, suggestion }, fix);
        }
        break;
      }
    }
  }
}

// src/core/yaml/collectLocations.ts
var import_yaml3 = require("yaml");
var LISTS = /* @__PURE__ */ new Set(["channels", "segments", "initiatives"]);
function collectLocations(document) {
  const locations = /* @__PURE__ */ new Map();
  const root = document.contents;
  if (!(0, import_yaml3.isMap)(root)) return locations;
  for (const pair of root.items) {
    if (!(0, import_yaml3.isScalar)(pair.key)) continue;
    const section = String(pair.key.value);
    const value = pair.value;
    locations.set(section, rangeOf(value ?? pair.key));
    if (LISTS.has(section) && (0, import_yaml3.isSeq)(value)) {
      value.items.forEach((item, index) => locations.set(`${section}.${index}`, rangeOf(item)));
    } else if (section === "assessment" && (0, import_yaml3.isMap)(value)) {
      for (const entry of value.items) {
        if ((0, import_yaml3.isScalar)(entry.key)) locations.set(`assessment.${String(entry.key.value)}`, rangeOf(entry.value ?? entry.key));
      }
    } else if (section === "journeys" && (0, import_yaml3.isSeq)(value)) {
      value.items.forEach((journey, j) => {
        locations.set(`journeys.${j}`, rangeOf(journey));
        const stages = (0, import_yaml3.isMap)(journey) ? journey.get("stages", true) : void 0;
        if (!(0, import_yaml3.isSeq)(stages)) return;
        stages.items.forEach((stage, s) => {
          locations.set(`journeys.${j}.stages.${s}`, rangeOf(stage));
          const steps = (0, import_yaml3.isMap)(stage) ? stage.get("steps", true) : void 0;
          if (!(0, import_yaml3.isSeq)(steps)) return;
          steps.items.forEach((step, k) => locations.set(`journeys.${j}.stages.${s}.steps.${k}`, rangeOf(step)));
        });
      });
    }
  }
  return locations;
}

// src/core/yaml/keyGuide.ts
function keyGuideOf(schema, dimensionPaths = /* @__PURE__ */ new Set()) {
  const definition = schema._zod.def;
  switch (definition.type) {
    case "optional":
    case "default":
    case "nullable":
    case "readonly":
      return keyGuideOf(definition.innerType, dimensionPaths);
    case "pipe":
      return keyGuideOf(definition.in, dimensionPaths);
    case "array":
      return { kind: "array", element: keyGuideOf(definition.element, dimensionPaths) };
    case "object": {
      const keys = /* @__PURE__ */ new Map();
      for (const [key, value] of Object.entries(definition.shape)) keys.set(key, keyGuideOf(value, dimensionPaths));
      return dimensionPaths.has(schema) ? { kind: "object", keys, dimensions: true } : { kind: "object", keys };
    }
    default:
      return void 0;
  }
}

// src/core/yaml/lineIndex.ts
var LineIndex = class {
  starts;
  constructor(text3) {
    const starts = [0];
    let index = text3.indexOf("\n");
    while (index !== -1) {
      starts.push(index + 1);
      index = text3.indexOf("\n", index + 1);
    }
    this.starts = starts;
  }
  position(offset) {
    const starts = this.starts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = low + high + 1 >> 1;
      if (starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low] + 1 };
  }
  range(start, end) {
    const from = this.position(start);
    const to = this.position(Math.max(start, end));
    return { start, end: Math.max(start, end), line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }
};

// src/core/analysis/analyseEngagement.ts
var guide = keyGuideOf(engagementFileSchema, /* @__PURE__ */ new Set([assessmentSchema]));
function analyseEngagement(text3, options = {}) {
  const lines = new LineIndex(text3);
  const reading = readYaml(text3, guide);
  const language = options.lang ?? declaredLanguage(reading.value) ?? options.fallbackLang ?? "en";
  const sink = new DiagnosticSink(language, lines, reading.document);
  reportYamlProblems(reading.problems, sink);
  let engagement;
  let assessed;
  if (!reading.fatal && reading.document) {
    const parsed = engagementFileSchema.safeParse(reading.value ?? {});
    if (parsed.success) {
      engagement = normaliseEngagement(parsed.data);
      const facts = new EngagementFacts(engagement);
      checkReferences(engagement, sink);
      checkCxRules(facts, sink);
      if (!options.validateOnly) assessed = assessAndPlan(engagement, facts, valueLocator(reading.document, lines), language);
    } else {
      reportSchemaIssues(parsed.error.issues, reading.value, sink);
    }
  }
  const diagnostics = sink.finish();
  return {
    language,
    diagnostics,
    ok: !hasErrors(diagnostics),
    ...engagement ? { engagement } : {},
    locations: reading.document ? entityLocations(reading.document, lines) : {},
    ...assessed
  };
}
function declaredLanguage(value) {
  const info = value?.engagement;
  const language = info && typeof info === "object" ? info.language : void 0;
  return LANGUAGES.find((candidate) => candidate === language);
}
function entityLocations(document, lines) {
  const locations = {};
  for (const [path, range] of collectLocations(document)) locations[path] = lines.range(range.start, range.end);
  return locations;
}

// test/bench/generateEngagement.ts
var CHANNELS = [
  "  - id: branch\n    name: Agences\n    type: store\n    capabilities: [inform, advise, order, pay, return, support]\n    recognizesCustomer: true\n",
  "  - id: site\n    type: web\n    capabilities: [inform, compare, order, pay, track]\n    visibility: medium\n    recognizesCustomer: true\n    sharesHistory: true\n",
  "  - id: app\n    type: mobile-app\n    capabilities: [inform, order, track, support]\n    recognizesCustomer: true\n    sharesHistory: true\n",
  "  - id: phone\n    type: phone\n    capabilities: [inform, advise, order, support]\n    recognizesCustomer: true\n",
  "  - id: chat\n    type: chat\n    human: true\n    capabilities: [advise, support]\n",
  "  - id: email\n    type: email\n    capabilities: [inform, support]\n",
  "  - id: social\n    type: social\n    capabilities: [inform, review, community]\n",
  "  - id: sales-rep\n    type: field-sales\n    capabilities: [advise, order]\n    recognizesCustomer: true\n    sharesHistory: true\n"
];
var CHANNEL_IDS = ["branch", "site", "app", "phone", "chat", "email", "social", "sales-rep"];
var ACTIONS = [
  "Cherche la r\xE9f\xE9rence sur Internet",
  "Compare les prix avec un concurrent",
  "Appelle l'agence pour le stock",
  "Passe commande en ligne",
  "Retire la commande en agence",
  "Suit la livraison sur son mobile",
  "Contacte le support pour une erreur de facture",
  "Laisse un avis sur le produit",
  "Demande conseil \xE0 un vendeur"
];
var PAINS = ["Stock non affich\xE9", "Doit r\xE9p\xE9ter sa demande", "Attente au t\xE9l\xE9phone", "Facture introuvable"];
var STAGES = ["Se renseigner", "Choisir", "Commander", "Recevoir", "Utiliser", "\xCAtre aid\xE9"];
function generateEngagement(targetBytes, seed = 1) {
  let state = seed >>> 0 || 1;
  const random = (n) => {
    state = Math.imul(state, 1664525) + 1013904223 >>> 0;
    return state % n;
  };
  const parts = [
    "engagement:\n  client: Bench Distribution\n  size: midcap\n  date: 2026-11-02\n  language: fr\n",
    "change:\n  stage: preparation\n  barriers:\n    - type: urgency\n    - type: fear\n      who: \xE9quipe commerciale\n",
    "organisation:\n  unifiedPnl: false\n  itMarketingAlignment: partial\n  employeeTools: partial\n",
    "channels:\n",
    ...CHANNELS,
    "segments:\n",
    "  - id: artisans\n    share: 40\n    digitalIntensity: multichannel\n    expects: [order, track]\n    prefers: [site, branch]\n",
    "  - id: pme\n    share: 35\n    digitalIntensity: occasional\n    prefers: [phone]\n",
    "  - id: grands-comptes\n    share: 25\n    digitalIntensity: digital-first\n    expects: [order, pay, track]\n",
    "journeys:\n"
  ];
  let size = parts.reduce((total, part) => total + part.length, 0);
  const segments = ["artisans", "pme", "grands-comptes"];
  for (let journey = 0; size < targetBytes; journey++) {
    const lines = [`  - id: journey-${journey}
    name: Parcours ${journey}
    segment: ${segments[journey % 3]}
    stages:
`];
    const stageCount = 3 + random(4);
    for (let stage = 0; stage < stageCount; stage++) {
      lines.push(`      - name: ${STAGES[stage]}
        steps:
`);
      const stepCount = 1 + random(4);
      for (let step = 0; step < stepCount; step++) {
        lines.push(`          - id: s${stage}-${step}
            channel: ${CHANNEL_IDS[random(CHANNEL_IDS.length)]}
            action: ${ACTIONS[random(ACTIONS.length)]}
            emotion: ${random(5) - 2}
`);
        if (random(3) === 0) lines.push(`            pain: ${PAINS[random(PAINS.length)]}
`);
        if (random(8) === 0) lines.push("            critical: true\n");
        if (stage === 2 && step === 0) lines.push("            capability: order\n");
      }
    }
    const text3 = lines.join("");
    parts.push(text3);
    size += text3.length;
  }
  return parts.join("");
}

// test/bench/measure.ts
function measure(run, { runs = 7, warmup = 1 } = {}) {
  for (let i = 0; i < warmup; i++) run();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], best: times[0], runs };
}
var ms = (value) => `${value.toFixed(1).padStart(8)} ms`;

// .tmp-c/prof.ts
var text2 = generateEngagement(1e5, 3);
console.log("parse", ms(measure(() => (0, import_yaml4.parseDocument)(text2)).median));
console.log("validateOnly", ms(measure(() => analyseEngagement(text2, { validateOnly: true })).median));
console.log("full", ms(measure(() => analyseEngagement(text2)).median));
