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

// .tmp-c/gold.ts
var import_node_fs = require("node:fs");

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
function normaliseWord(word2) {
  return word2.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim().replace(/[\s_]+/g, "-");
}
var normalisedSynonyms = new Map(
  Object.entries(FRENCH_ENUM_SYNONYMS).map(([french, english]) => [normaliseWord(french), english])
);
function englishFor(word2, allowed) {
  const english = normalisedSynonyms.get(normaliseWord(word2));
  return english !== void 0 && allowed.includes(english) ? english : void 0;
}

// src/core/model/engagement.ts
function normaliseEngagement(file) {
  const info = file.engagement;
  info.consultants ??= [];
  info.language ??= "en";
  const change = file.change;
  change.barriers ??= [];
  file.channels.forEach((input, index) => {
    const channel = input;
    channel.index = index;
    channel.name ??= channel.id;
    channel.capabilities ??= [];
    channel.recognizesCustomer ??= false;
    channel.sharesHistory ??= false;
    channel.human ??= HUMAN_BY_DEFAULT.has(channel.type);
    channel.digital = DIGITAL_CHANNEL_TYPES.has(channel.type);
    channel.effectiveVisibility = channel.visibility ?? "low";
  });
  file.segments.forEach((input, index) => {
    const segment = input;
    segment.index = index;
    segment.name ??= segment.id;
    segment.expects ??= [];
    segment.prefers ??= [];
  });
  (file.journeys ?? []).forEach((input, journeyIndex) => {
    const journey = input;
    journey.index = journeyIndex;
    journey.name ??= journey.id;
    const steps = [];
    journey.stages.forEach((stage, stageIndex) => {
      stage.index = stageIndex;
      stage.steps.forEach((step, stepIndex) => {
        step.path = `journeys.${journeyIndex}.stages.${stageIndex}.steps.${stepIndex}`;
        step.key = `${journey.id}/${stageIndex}/${stepIndex}`;
        step.journeyId = journey.id;
        step.stageIndex = stageIndex;
        step.stepIndex = stepIndex;
        step.order = steps.length;
        step.critical ??= false;
        steps.push(step);
      });
    });
    journey.steps = steps;
  });
  (file.initiatives ?? []).forEach((input, index) => {
    const initiative = input;
    initiative.index = index;
    initiative.horizon ??= "now";
    initiative.barriers ??= [];
  });
  const engagement = file;
  engagement.version = 1;
  engagement.organisation ??= {};
  engagement.journeys ??= [];
  engagement.assessment ??= {};
  engagement.initiatives ??= [];
  return engagement;
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
function evidenceToJson(evidence) {
  return evidence.line === void 0 ? { text: evidence.text } : { text: evidence.text, line: evidence.line, column: evidence.column };
}
function maturityToJson(maturity) {
  return {
    overall: { level: maturity.overall.level, maturity: maturity.overall.maturity },
    dimensions: maturity.dimensions.map((d) => ({
      id: d.id,
      level: d.level,
      source: d.source,
      evidence: d.evidence.map(evidenceToJson)
    }))
  };
}
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
  cite(text2, path) {
    for (let candidate = path; candidate; candidate = parentPath(candidate)) {
      const range = this.locate(candidate);
      if (range) return { text: text2, path, line: range.line, column: range.column };
    }
    return path === void 0 ? { text: text2 } : { text: text2, path };
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
  mapIndexes = /* @__PURE__ */ new WeakMap();
  /** Walks the path from the root, segment by segment; each step is an index or a short key search. */
  find(path) {
    let node = this.document.contents;
    let key;
    let from = 0;
    while (path.length > 0 && from <= path.length) {
      let to = path.indexOf(".", from);
      if (to < 0) to = path.length;
      const segment = path.slice(from, to);
      from = to + 1;
      let next;
      if ((0, import_yaml.isMap)(node)) {
        const pair = this.pairOf(node.items, node, segment);
        if (pair) {
          key = rangeOf(pair.key);
          next = pair.value;
          if (next === null) return { key, complete: from > path.length };
        }
      } else if ((0, import_yaml.isSeq)(node)) {
        next = node.items[Number(segment)];
        const first = (0, import_yaml.isMap)(next) ? next.items[0]?.key : void 0;
        if (first) key = rangeOf(first);
      }
      if (next === void 0 || next === null) return { ...key ? { key } : {}, ...node ? { value: rangeOf(node) } : {}, complete: false };
      node = next;
    }
    return { ...key ? { key } : {}, ...node ? { value: rangeOf(node) } : {}, complete: true };
  }
  /** The first entry with this key (later duplicates are reported, never used). */
  pairOf(items, map, key) {
    if (items.length <= INDEXED_MAP_SIZE) {
      for (const item of items) if ((0, import_yaml.isScalar)(item.key) && String(item.key.value) === key) return item;
      return void 0;
    }
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
    fr: ({ from, to }) => `Rupture de continuit\xE9 : le client passe de \xAB ${from} \xBB \xE0 \xAB ${to} \xBB, qui ne partage pas son historique ; il doit tout recommencer. Toute incoh\xE9rence entre canaux provoque d\xE9ception et infid\xE9lit\xE9 (Observatoire du Cross-Canal O4C) ; seuls 14 % des consommateurs jugent efficace l'exp\xE9rience multicanal de leurs fournisseurs (\xE9tude Client 2020). Donnez l'historique \xE0 \xAB ${to} \xBB (sharesHistory: true).`
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
    en: ({ journey }) => `Journey "${journey}" stops at the purchase: evaluation is now continuous and nearly 60% of customers are more likely to switch supplier than ten years ago (Accenture, customer digital intensity). Add the stages after it (delivery, use, support, review).`,
    fr: ({ journey }) => `Le parcours \xAB ${journey} \xBB s'arr\xEAte \xE0 l'achat : l'\xE9valuation est d\xE9sormais quasi continue et pr\xE8s de 60 % des clients sont plus enclins \xE0 changer de fournisseur qu'il y a dix ans (Accenture, intensit\xE9 digitale des clients). Ajoutez les \xE9tapes qui suivent (livraison, usage, assistance, avis).`
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
function didYouMean2(word2, candidates) {
  const english = englishFor(word2, candidates);
  if (english !== void 0) return english;
  if (word2.length > MAX_COMPARED_LENGTH) return void 0;
  const lower = word2.toLowerCase();
  let best;
  let bestDistance = Math.max(2, Math.floor(word2.length / 3)) + 1;
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
  const text2 = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  return text2.length > 60 ? `${text2.slice(0, 57)}\u2026` : text2;
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
function readYaml(text2, guide2) {
  if (text2.length > MAX_TEXT_LENGTH) {
    return { value: void 0, problems: [{ kind: "too-large", start: 0, end: 0 }], fatal: true };
  }
  const problems = [];
  const tokens = Array.from(new import_yaml2.Parser().parse(text2));
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
  const documents = [...composer.compose(kept, true, text2.length)];
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
  const converter = new PlainValueReader(text2, problems);
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
  constructor(text2, problems) {
    this.text = text2;
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
  length;
  constructor(text2) {
    this.length = text2.length;
    const starts = [0];
    let index = text2.indexOf("\n");
    while (index !== -1) {
      starts.push(index + 1);
      index = text2.indexOf("\n", index + 1);
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
  /** Clamped to the text: a parser may point one past the end (an unclosed quote at the last byte). */
  range(start, end) {
    const from = Math.min(Math.max(0, start), this.length);
    const to = Math.min(Math.max(from, end), this.length);
    const a = this.position(from);
    const b = this.position(to);
    return { start: from, end: to, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
};

// src/core/analysis/analyseEngagement.ts
var guide = keyGuideOf(engagementFileSchema, /* @__PURE__ */ new Set([assessmentSchema]));
function analyseEngagement(text2, options = {}) {
  const lines = new LineIndex(text2);
  const reading = readYaml(text2, guide);
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
    // Locations serve the views (map, evidence links); `cxm validate` has no use for them.
    locations: reading.document && !options.validateOnly ? entityLocations(reading.document, lines) : {},
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

// src/core/maturity/assessedEngagementOf.ts
function assessedEngagementOf(analysis) {
  const { engagement } = analysis;
  if (!engagement) return void 0;
  if (analysis.maturity && analysis.roadmap) return { engagement, maturity: analysis.maturity, roadmap: analysis.roadmap };
  const facts = new EngagementFacts(engagement);
  const locate = (path) => analysis.locations[path];
  const maturity = analysis.maturity ?? assessMaturity(engagement, facts, locate, analysis.language);
  const roadmap = analysis.roadmap ?? planRoadmap(engagement, maturity, facts, analysis.language, locate);
  return { engagement, maturity, roadmap };
}

// src/core/roadmap/roadmap.ts
function roadmapToJson(roadmap) {
  return {
    stage: roadmap.stage,
    phases: roadmap.phases.map((phase) => ({
      id: phase.id,
      title: phase.title,
      initiatives: phase.initiatives.map((i) => ({
        id: i.id,
        title: i.title,
        dimension: i.dimension,
        stage: i.stage,
        source: i.source,
        horizon: i.horizon,
        targetLevel: i.targetLevel,
        owner: i.owner,
        kpi: i.kpi,
        barriers: i.barriers.map((b) => b.who === void 0 ? { type: b.type, answer: b.answer } : { type: b.type, who: b.who, answer: b.answer }),
        evidence: i.evidence.map(evidenceToJson)
      }))
    }))
  };
}

// src/core/journey/journeyMapLabels.ts
var EMOTIONS_EN = { "-2": "very negative", "-1": "negative", "0": "neutral", "1": "positive", "2": "very positive" };
var EMOTIONS_FR = { "-2": "tr\xE8s n\xE9gative", "-1": "n\xE9gative", "0": "neutre", "1": "positive", "2": "tr\xE8s positive" };
var LABELS = {
  en: {
    segment: "Segment",
    share: (percent) => `${percent}% of customers`,
    intensity: { traditional: "traditional", occasional: "occasional (ROPO)", multichannel: "multichannel", "digital-first": "digital-first" },
    digitalGroup: "Digital",
    physicalGroup: "Physical & human",
    human: "human",
    sharesHistory: "shares history",
    undeclaredChannel: "undeclared channel",
    emotion: "Emotion",
    emotions: EMOTIONS_EN,
    noEmotion: "emotion not recorded",
    critical: "Critical",
    noPersonReachable: "No person reachable",
    pain: "Pain",
    step: (number2) => `Step ${number2}`,
    stage: "stage",
    channelSwitch: "Channel switch",
    continuityBreak: (channel) => `Continuity break: ${channel} does not share the customer's history`,
    legendSwitch: "channel switch",
    legendBreak: "continuity break",
    legendNoPerson: "critical moment, no person reachable",
    problems: (count) => count === 1 ? "1 problem" : `${count} problems`,
    noJourney: "This engagement has no journey yet.",
    mapOf: (journey) => `Journey map: ${journey}`
  },
  fr: {
    segment: "Segment",
    share: (percent) => `${String(percent).replace(".", ",")} % des clients`,
    intensity: { traditional: "traditionnel", occasional: "occasionnel (ROPO)", multichannel: "multicanal", "digital-first": "num\xE9rique d\u2019abord" },
    digitalGroup: "Num\xE9rique",
    physicalGroup: "Physique et humain",
    human: "humain",
    sharesHistory: "partage l\u2019historique",
    undeclaredChannel: "canal non d\xE9clar\xE9",
    emotion: "\xC9motion",
    emotions: EMOTIONS_FR,
    noEmotion: "\xE9motion non renseign\xE9e",
    critical: "Critique",
    noPersonReachable: "Aucune personne joignable",
    pain: "Irritant",
    step: (number2) => `\xC9tape ${number2}`,
    stage: "phase",
    channelSwitch: "Changement de canal",
    continuityBreak: (channel) => `Rupture de continuit\xE9 : ${channel} ne partage pas l\u2019historique du client`,
    legendSwitch: "changement de canal",
    legendBreak: "rupture de continuit\xE9",
    legendNoPerson: "moment critique sans personne joignable",
    problems: (count) => count === 1 ? "1 probl\xE8me" : `${count} probl\xE8mes`,
    noJourney: "Cet engagement ne d\xE9crit encore aucun parcours.",
    mapOf: (journey) => `Carte du parcours : ${journey}`
  }
};
function journeyMapLabels(language) {
  return LABELS[language];
}

// src/core/journey/journeyMapModel.ts
function journeyMapModel(analysis, journeyId) {
  const engagement = requireEngagement(analysis);
  const journey = engagement.journeys.find((candidate) => candidate.id === journeyId);
  if (!journey) throw new Error(`Unknown journey: ${journeyId}`);
  const facts = new EngagementFacts(engagement);
  const lanes = lanesOf(journey, facts);
  const laneIndex = new Map(lanes.map((lane, index) => [lane.channelId, index]));
  const diagnosticsByStep = diagnosticsOfSteps(analysis, journey);
  const segment = facts.segmentsById.get(journey.segment);
  const cards = journey.steps.map((step) => {
    const stage = journey.stages[step.stageIndex];
    return {
      key: step.key,
      ...step.id !== void 0 ? { idKey: `${journey.id}/${step.id}` } : {},
      path: step.path,
      order: step.order,
      stageIndex: step.stageIndex,
      stepIndex: step.stepIndex,
      lane: laneIndex.get(step.channel),
      channelId: step.channel,
      action: step.action,
      ...step.emotion !== void 0 ? { emotion: step.emotion } : {},
      ...step.pain !== void 0 && step.pain !== "" ? { pain: step.pain } : {},
      ...step.capability !== void 0 ? { capability: step.capability } : {},
      critical: step.critical,
      noPersonReachable: step.critical && !facts.personReachable(step, stage),
      diagnostics: diagnosticsByStep.get(step.path) ?? []
    };
  });
  return {
    journeyId: journey.id,
    journeyName: journey.name,
    client: engagement.engagement.client,
    language: analysis.language,
    header: {
      segmentId: journey.segment,
      segmentName: segment?.name ?? journey.segment,
      ...segment?.share !== void 0 ? { share: segment.share } : {},
      ...segment ? { digitalIntensity: segment.digitalIntensity } : {}
    },
    stages: journey.stages.map((stage) => ({
      index: stage.index,
      name: stage.name,
      firstOrder: stage.steps[0]?.order ?? 0,
      stepCount: stage.steps.length
    })),
    lanes,
    cards,
    connectors: facts.channelSwitches(journey).map((change) => ({
      fromKey: change.from.key,
      toKey: change.to.key,
      fromOrder: change.from.order,
      toOrder: change.to.order,
      fromLane: laneIndex.get(change.from.channel),
      toLane: laneIndex.get(change.to.channel),
      continuityBreak: change.continuityBreak
    }))
  };
}
function requireEngagement(analysis) {
  if (!analysis.engagement) throw new Error("The engagement did not pass the schema: no journey map can be drawn.");
  return analysis.engagement;
}
function lanesOf(journey, facts) {
  const used = new Set(journey.steps.map((step) => step.channel));
  const lanes = [];
  for (const channel of facts.channelsById.values()) {
    if (!used.has(channel.id)) continue;
    used.delete(channel.id);
    lanes.push({
      channelId: channel.id,
      name: channel.name,
      type: channel.type,
      group: channel.digital ? "digital" : "physical",
      human: channel.human,
      sharesHistory: channel.sharesHistory
    });
  }
  for (const channelId of used) lanes.push({ channelId, name: channelId, group: "physical", human: false, sharesHistory: false });
  const digital = lanes.filter((lane) => lane.group === "digital");
  return [...digital, ...lanes.filter((lane) => lane.group === "physical")];
}
function diagnosticsOfSteps(analysis, journey) {
  const prefix = `journeys.${journey.index}.stages.`;
  const byStep = /* @__PURE__ */ new Map();
  for (const diagnostic of analysis.diagnostics) {
    if (!diagnostic.path.startsWith(prefix)) continue;
    const match = /^journeys\.\d+\.stages\.\d+\.steps\.\d+/.exec(diagnostic.path);
    if (!match) continue;
    const list = byStep.get(match[0]) ?? [];
    list.push({ code: diagnostic.code, severity: diagnostic.severity, message: diagnostic.message });
    byStep.set(match[0], list);
  }
  return byStep;
}

// src/core/journey/journeyMapStyle.ts
var JOURNEY_MAP_CSS = `
.cxm-journey-map { font-family: var(--vscode-font-family, "Segoe UI", "Helvetica Neue", Arial, sans-serif); font-size: 12px; }
.cxm-journey-map .bg { fill: var(--vscode-editor-background, #ffffff); }
.cxm-journey-map text { fill: var(--vscode-editor-foreground, #1f1f1f); }
.cxm-journey-map .title { font-size: 18px; font-weight: 600; }
.cxm-journey-map .muted { fill: var(--vscode-descriptionForeground, #5f6368); }
.cxm-journey-map .small { font-size: 10px; }
.cxm-journey-map .stage-band { fill: var(--vscode-editorWidget-background, #f1f3f4); stroke: var(--vscode-panel-border, #c4c7c5); }
.cxm-journey-map .stage-name { font-weight: 600; }
.cxm-journey-map .stage-separator { stroke: var(--vscode-panel-border, #c4c7c5); stroke-dasharray: 4 4; }
.cxm-journey-map .lane { fill: none; stroke: var(--vscode-panel-border, #dadce0); }
.cxm-journey-map .lane-digital { fill: var(--vscode-editor-inactiveSelectionBackground, #eef3fb); fill-opacity: 0.5; }
.cxm-journey-map .group-name { font-weight: 600; text-transform: uppercase; letter-spacing: 0.05em; font-size: 10px; }
.cxm-journey-map .lane-name { font-weight: 600; }
.cxm-journey-map .card { cursor: pointer; outline: none; }
.cxm-journey-map .card-box { fill: var(--vscode-editorWidget-background, #ffffff); stroke: var(--vscode-editorWidget-border, #9aa0a6); stroke-width: 1; }
.cxm-journey-map .critical .card-box { stroke: var(--vscode-charts-orange, #c25e00); stroke-width: 2; }
.cxm-journey-map .no-person .card-box { stroke: var(--vscode-errorForeground, #c5221f); stroke-width: 3; }
.cxm-journey-map .selected .card-box { stroke: var(--vscode-focusBorder, #0b57d0); stroke-width: 3; }
.cxm-journey-map .card:focus .card-box { stroke: var(--vscode-focusBorder, #0b57d0); stroke-width: 3; stroke-dasharray: 6 2; }
.cxm-journey-map .badge { fill: var(--vscode-charts-orange, #c25e00); }
.cxm-journey-map .badge-text { fill: var(--vscode-editor-background, #ffffff); font-size: 10px; font-weight: 600; }
.cxm-journey-map .alert { fill: var(--vscode-errorForeground, #c5221f); font-weight: 600; font-size: 10px; }
.cxm-journey-map .pain { fill: var(--vscode-editorWarning-foreground, #8a4b00); font-style: italic; font-size: 11px; }
.cxm-journey-map .diag-error { fill: var(--vscode-errorForeground, #c5221f); font-size: 10px; }
.cxm-journey-map .diag-warning { fill: var(--vscode-editorWarning-foreground, #8a4b00); font-size: 10px; }
.cxm-journey-map .diag-info { fill: var(--vscode-editorInfo-foreground, #0b57d0); font-size: 10px; }
.cxm-journey-map .emotion-marker-text { fill: var(--vscode-editor-background, #ffffff); font-size: 10px; font-weight: 700; }
.cxm-journey-map .emotion-n2 { fill: var(--vscode-charts-red, #c5221f); }
.cxm-journey-map .emotion-n1 { fill: var(--vscode-charts-orange, #c25e00); }
.cxm-journey-map .emotion-0 { fill: var(--vscode-descriptionForeground, #5f6368); }
.cxm-journey-map .emotion-p1 { fill: var(--vscode-charts-green, #188038); fill-opacity: 0.75; }
.cxm-journey-map .emotion-p2 { fill: var(--vscode-charts-green, #188038); }
.cxm-journey-map .emotion-none { fill: none; stroke: var(--vscode-descriptionForeground, #5f6368); stroke-dasharray: 2 2; }
.cxm-journey-map .connector { fill: none; stroke: var(--vscode-descriptionForeground, #5f6368); stroke-width: 1.5; }
.cxm-journey-map .connector-arrow { fill: var(--vscode-descriptionForeground, #5f6368); }
.cxm-journey-map .break .connector { stroke: var(--vscode-errorForeground, #c5221f); stroke-width: 2; stroke-dasharray: 5 3; }
.cxm-journey-map .break .connector-arrow { fill: var(--vscode-errorForeground, #c5221f); }
.cxm-journey-map .break-mark { stroke: var(--vscode-errorForeground, #c5221f); stroke-width: 2.5; }
.cxm-journey-map .curve-band { fill: var(--vscode-editorWidget-background, #f8f9fa); stroke: var(--vscode-panel-border, #dadce0); }
.cxm-journey-map .curve-axis { stroke: var(--vscode-panel-border, #c4c7c5); stroke-dasharray: 2 3; }
.cxm-journey-map .curve-line { fill: none; stroke: var(--vscode-charts-blue, #0b57d0); stroke-width: 2.5; stroke-linejoin: round; }
`;

// src/core/journey/journeyMapLayout.ts
var LAYOUT = {
  pad: 16,
  labelWidth: 160,
  slot: 188,
  cardWidth: 164,
  cardHeight: 128,
  laneHeight: 144,
  headerHeight: 78,
  stageHeight: 34,
  groupHeight: 22,
  curveGap: 16,
  curveHeight: 120
};
function layoutJourneyMap(model) {
  const mapLeft = LAYOUT.pad + LAYOUT.labelWidth;
  const stageTop = LAYOUT.pad + LAYOUT.headerHeight;
  let y = stageTop + LAYOUT.stageHeight + 4;
  const lanes = [];
  const groups = [];
  for (const lane of model.lanes) {
    if (groups.at(-1)?.group !== lane.group) {
      groups.push({ group: lane.group, y });
      y += LAYOUT.groupHeight;
    }
    lanes.push({ y, group: lane.group });
    y += LAYOUT.laneHeight;
  }
  const curveTop = y + LAYOUT.curveGap;
  return {
    width: mapLeft + Math.max(1, model.cards.length) * LAYOUT.slot + LAYOUT.pad,
    height: curveTop + LAYOUT.curveHeight + LAYOUT.pad,
    mapLeft,
    stageTop,
    lanes,
    groups,
    lanesBottom: y,
    curveTop
  };
}
function cardX(layout, order) {
  return layout.mapLeft + order * LAYOUT.slot + (LAYOUT.slot - LAYOUT.cardWidth) / 2;
}
function cardY(layout, lane) {
  return layout.lanes[lane].y + (LAYOUT.laneHeight - LAYOUT.cardHeight) / 2;
}
function emotionY(layout, emotion) {
  const middle = layout.curveTop + LAYOUT.curveHeight / 2;
  return middle - emotion * (LAYOUT.curveHeight - 28) / 4;
}

// src/core/journey/virtualTree.ts
function h(tag, attrs = {}, children = [], key) {
  const clean = {};
  for (const [name, value] of Object.entries(attrs)) if (value !== void 0) clean[name] = String(value);
  return key === void 0 ? { tag, attrs: clean, children } : { tag, attrs: clean, children, key };
}
function textNode(tag, attrs, text2, key) {
  return { ...h(tag, attrs, [], key), text: text2 };
}
var SAFE_ATTRIBUTE_NAME = /^(?!on)[a-zA-Z_][-a-zA-Z0-9_:.]*$/i;
var SAFE_TAG_NAME = /^[a-zA-Z][a-zA-Z0-9]*$/;
function isSafeAttributeName(name) {
  return SAFE_ATTRIBUTE_NAME.test(name);
}
var XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function escapeText(value) {
  return value.replace(XML_INVALID, "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function escapeAttribute(value) {
  return escapeText(value).replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
function toMarkup(node) {
  const parts = [];
  write(node, parts);
  return parts.join("");
}
function write(node, parts) {
  if (!SAFE_TAG_NAME.test(node.tag)) throw new Error(`Unsafe tag name: ${node.tag}`);
  parts.push("<", node.tag);
  for (const [name, value] of Object.entries(node.attrs)) {
    if (!isSafeAttributeName(name)) throw new Error(`Unsafe attribute name: ${name}`);
    parts.push(" ", name, '="', escapeAttribute(value), '"');
  }
  if (node.text !== void 0) {
    parts.push(">", escapeText(node.text), "</", node.tag, ">");
  } else {
    parts.push(">");
    for (const child of node.children) write(child, parts);
    parts.push("</", node.tag, ">");
  }
}

// src/core/journey/wrapText.ts
function wrapText(text2, maxChars, maxLines) {
  const words = text2.replace(/\s+/g, " ").trim().split(" ").filter((word2) => word2 !== "");
  const lines = [];
  let current = "";
  for (const word2 of words) {
    let rest = word2;
    while (rest.length > 0) {
      const candidate = current === "" ? rest : `${current} ${rest}`;
      if (candidate.length <= maxChars) {
        current = candidate;
        rest = "";
      } else if (current === "") {
        lines.push(rest.slice(0, maxChars));
        rest = rest.slice(maxChars);
      } else {
        lines.push(current);
        current = "";
      }
      if (lines.length > maxLines) break;
    }
    if (lines.length > maxLines) break;
  }
  if (current !== "") lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1];
  kept[maxLines - 1] = `${(last.length >= maxChars ? last.slice(0, maxChars - 1) : last).trimEnd()}\u2026`;
  return kept;
}

// src/core/journey/renderJourneyMap.ts
function renderJourneyMap(model, options) {
  const layout = layoutJourneyMap(model);
  const labels = journeyMapLabels(model.language);
  const children = [];
  if (options.standalone) children.push(textNode("style", {}, JOURNEY_MAP_CSS, "style"));
  children.push(
    textNode("title", {}, labels.mapOf(model.journeyName), "title"),
    h("rect", { class: "bg", x: 0, y: 0, width: layout.width, height: layout.height }, [], "bg"),
    renderHeader(model, labels),
    renderStages(model, layout),
    renderLanes(model, layout, labels),
    renderCurve(model, layout, labels),
    h("g", { class: "connectors" }, model.connectors.map((connector) => renderConnector(connector, model, layout, labels)), "connectors"),
    h("g", { class: "cards" }, model.cards.map((card) => renderCard(card, model, layout, labels)), "cards")
  );
  return h("svg", {
    ...options.standalone ? { xmlns: "http://www.w3.org/2000/svg" } : {},
    class: "cxm-journey-map",
    "data-journey": model.journeyId,
    role: "group",
    "aria-label": labels.mapOf(model.journeyName),
    viewBox: `0 0 ${layout.width} ${layout.height}`,
    width: layout.width,
    height: layout.height
  }, children, model.journeyId);
}
function renderHeader(model, labels) {
  const { header } = model;
  const facts = [`${labels.segment}: ${header.segmentName}`];
  if (header.share !== void 0) facts.push(labels.share(header.share));
  if (header.digitalIntensity) facts.push(labels.intensity[header.digitalIntensity]);
  const x = LAYOUT.pad;
  const legendY = LAYOUT.pad + 62;
  let legendX = x;
  const legend = [];
  const legendItem = (sample, text2, key) => {
    legend.push(h("g", { transform: `translate(${legendX},${legendY})` }, [...sample, textNode("text", { x: 30, y: 4, class: "muted small" }, text2)], key));
    legendX += 40 + Math.ceil(text2.length * 5.6);
  };
  legendItem([h("path", { class: "connector", d: "M0 0 H24" })], labels.legendSwitch, "switch");
  legendItem([h("g", { class: "break" }, [h("path", { class: "connector", d: "M0 0 H24" })])], labels.legendBreak, "break");
  legendItem([h("g", { class: "no-person" }, [h("rect", { class: "card-box", x: 0, y: -6, width: 24, height: 12, rx: 3 })])], labels.legendNoPerson, "no-person");
  return h("g", { class: "header" }, [
    textNode("text", { class: "title", x, y: LAYOUT.pad + 18 }, model.journeyName),
    textNode("text", { class: "muted", x, y: LAYOUT.pad + 40 }, `${model.client} \u2014 ${facts.join(" \xB7 ")}`),
    h("g", { class: "legend" }, legend)
  ], "header");
}
function renderStages(model, layout) {
  const bottom = layout.curveTop + LAYOUT.curveHeight;
  return h("g", { class: "stages" }, model.stages.map((stage) => {
    const x = layout.mapLeft + stage.firstOrder * LAYOUT.slot;
    const width = stage.stepCount * LAYOUT.slot;
    const [name = ""] = wrapText(stage.name, Math.max(4, Math.floor((width - 16) / 7)), 1);
    return h("g", { class: "stage", "data-stage": stage.index }, [
      h("rect", { class: "stage-band", x, y: layout.stageTop, width, height: LAYOUT.stageHeight }),
      textNode("text", { class: "stage-name", x: x + 8, y: layout.stageTop + 21 }, name),
      textNode("title", {}, stage.name),
      h("path", { class: "stage-separator", d: `M${x} ${layout.stageTop + LAYOUT.stageHeight} V${bottom}` })
    ], `stage-${stage.index}`);
  }), "stages");
}
function renderLanes(model, layout, labels) {
  const width = layout.width - 2 * LAYOUT.pad;
  const groups = layout.groups.map((group) => textNode("text", { class: "group-name muted", x: LAYOUT.pad + 4, y: group.y + 15 }, group.group === "digital" ? labels.digitalGroup : labels.physicalGroup, `group-${group.group}`));
  const lanes = model.lanes.map((lane, index) => {
    const y = layout.lanes[index].y;
    const nameLines = wrapText(lane.name, 22, 2);
    return h("g", { class: `lane-row lane-${lane.group}-row`, "data-channel": lane.channelId }, [
      h("rect", { class: lane.group === "digital" ? "lane lane-digital" : "lane", x: LAYOUT.pad, y, width, height: LAYOUT.laneHeight }),
      ...nameLines.map((line, i) => textNode("text", { class: "lane-name", x: LAYOUT.pad + 8, y: y + 24 + i * 15 }, line)),
      textNode("text", { class: "muted small", x: LAYOUT.pad + 8, y: y + 28 + nameLines.length * 15 }, laneQualities(lane, labels))
    ], `lane-${lane.channelId}`);
  });
  return h("g", { class: "lanes" }, [...groups, ...lanes], "lanes");
}
function laneQualities(lane, labels) {
  if (lane.type === void 0) return labels.undeclaredChannel;
  const qualities = [lane.type];
  if (lane.human) qualities.push(labels.human);
  if (lane.sharesHistory) qualities.push(labels.sharesHistory);
  return qualities.join(" \xB7 ");
}
function emotionClass(emotion) {
  if (emotion === void 0) return "emotion-none";
  return emotion < 0 ? `emotion-n${-emotion}` : emotion > 0 ? `emotion-p${emotion}` : "emotion-0";
}
function signed(emotion) {
  return emotion > 0 ? `+${emotion}` : emotion < 0 ? `\u2212${-emotion}` : "0";
}
function renderCurve(model, layout, labels) {
  const top = layout.curveTop;
  const centre = (order) => layout.mapLeft + order * LAYOUT.slot + LAYOUT.slot / 2;
  const segments = [];
  let previous;
  for (const card of model.cards) {
    if (card.emotion === void 0) {
      previous = void 0;
      continue;
    }
    segments.push(`${previous ? "L" : "M"}${centre(card.order)} ${emotionY(layout, card.emotion)}`);
    previous = card;
  }
  const dots = model.cards.filter((card) => card.emotion !== void 0).map((card) => h("circle", { class: emotionClass(card.emotion), cx: centre(card.order), cy: emotionY(layout, card.emotion), r: 4 }, [], card.key));
  const axisLabelX = layout.mapLeft - 12;
  return h("g", { class: "curve" }, [
    h("rect", { class: "curve-band", x: LAYOUT.pad, y: top, width: layout.width - 2 * LAYOUT.pad, height: LAYOUT.curveHeight }),
    textNode("text", { class: "lane-name", x: LAYOUT.pad + 8, y: top + 24 }, labels.emotion),
    ...[2, 0, -2].map((value) => textNode("text", { class: "muted small", x: axisLabelX, y: emotionY(layout, value) + 4, "text-anchor": "end" }, signed(value))),
    h("path", { class: "curve-axis", d: `M${layout.mapLeft} ${emotionY(layout, 0)} H${layout.width - LAYOUT.pad}` }),
    h("path", { class: "curve-line", d: segments.join(" ") }, [], "line"),
    h("g", { class: "curve-dots" }, dots, "dots")
  ], "curve");
}
function renderConnector(connector, model, layout, labels) {
  const x1 = cardX(layout, connector.fromOrder) + LAYOUT.cardWidth;
  const y1 = cardY(layout, connector.fromLane) + LAYOUT.cardHeight / 2;
  const x2 = cardX(layout, connector.toOrder);
  const y2 = cardY(layout, connector.toLane) + LAYOUT.cardHeight / 2;
  const children = [
    h("path", { class: "connector", d: `M${x1} ${y1} C${x1 + 16} ${y1} ${x2 - 16} ${y2} ${x2 - 5} ${y2}` }),
    h("path", { class: "connector-arrow", d: `M${x2 - 6} ${y2 - 4} L${x2} ${y2} L${x2 - 6} ${y2 + 4} Z` })
  ];
  const target = model.lanes[connector.toLane];
  if (connector.continuityBreak) {
    const mx = (x1 + x2) / 2;
    const my = (y1 + y2) / 2;
    children.push(h("path", { class: "break-mark", d: `M${mx - 5} ${my - 5} L${mx + 5} ${my + 5} M${mx + 5} ${my - 5} L${mx - 5} ${my + 5}` }));
    children.push(textNode("title", {}, labels.continuityBreak(target.name)));
  } else {
    children.push(textNode("title", {}, `${labels.channelSwitch}: ${model.lanes[connector.fromLane].name} \u2192 ${target.name}`));
  }
  return h("g", {
    class: connector.continuityBreak ? "switch break" : "switch",
    "data-from": connector.fromKey,
    "data-to": connector.toKey
  }, children, `${connector.fromKey}>${connector.toKey}`);
}
function cardClass(card) {
  const classes = ["card"];
  if (card.critical) classes.push("critical");
  if (card.noPersonReachable) classes.push("no-person");
  return classes.join(" ");
}
function cardAriaLabel(card, model, labels) {
  const stage = model.stages[card.stageIndex];
  const parts = [
    `${labels.step(card.order + 1)}, ${labels.stage} ${stage.name}`,
    `${model.lanes[card.lane].name}: ${card.action}`,
    `${labels.emotion}: ${card.emotion === void 0 ? labels.noEmotion : labels.emotions[String(card.emotion)]}`
  ];
  if (card.critical) parts.push(labels.critical);
  if (card.noPersonReachable) parts.push(labels.noPersonReachable);
  if (card.pain !== void 0) parts.push(`${labels.pain}: ${card.pain}`);
  if (card.diagnostics.length > 0) parts.push(labels.problems(card.diagnostics.length));
  return parts.join(". ");
}
var ACTION_CHARS = 24;
var PAIN_CHARS = 27;
var FOOTER_CHARS = 29;
function renderCard(card, model, layout, labels) {
  const children = [
    h("rect", { class: "card-box", x: 0, y: 0, width: LAYOUT.cardWidth, height: LAYOUT.cardHeight, rx: 6 }),
    h("circle", { class: emotionClass(card.emotion), cx: 15, cy: 15, r: 10 })
  ];
  if (card.emotion !== void 0) {
    children.push(textNode("text", { class: "emotion-marker-text", x: 15, y: 19, "text-anchor": "middle" }, signed(card.emotion)));
  }
  if (card.capability !== void 0) children.push(textNode("text", { class: "muted small", x: 30, y: 19 }, card.capability));
  if (card.critical) {
    children.push(
      h("rect", { class: "badge", x: LAYOUT.cardWidth - 64, y: 6, width: 58, height: 16, rx: 8 }),
      textNode("text", { class: "badge-text", x: LAYOUT.cardWidth - 35, y: 18, "text-anchor": "middle" }, labels.critical)
    );
  }
  wrapText(card.action, ACTION_CHARS, 3).forEach((line, i) => {
    children.push(textNode("text", { class: "action", x: 8, y: 42 + i * 14 }, line));
  });
  if (card.pain !== void 0) {
    wrapText(`${labels.pain}: ${card.pain}`, PAIN_CHARS, 2).forEach((line, i) => {
      children.push(textNode("text", { class: "pain", x: 8, y: 86 + i * 13 }, line));
    });
  }
  const footer = [];
  if (card.noPersonReachable) footer.push({ className: "alert", text: `\u26A0 ${labels.noPersonReachable}` });
  const [first] = card.diagnostics;
  if (first) {
    const count = card.diagnostics.length > 1 ? `${labels.problems(card.diagnostics.length)}: ` : "";
    footer.push({ className: `diag-${first.severity}`, text: wrapText(`${count}${first.message}`, FOOTER_CHARS, 1)[0] ?? "" });
  }
  const footerTop = LAYOUT.cardHeight - 6 - (footer.length - 1) * 12;
  footer.forEach((line, i) => children.push(textNode("text", { class: line.className, x: 8, y: footerTop + i * 12 }, line.text)));
  children.push(textNode("title", {}, cardTooltip(card, model, labels)));
  return h("g", {
    class: cardClass(card),
    "data-step": card.key,
    "data-step-id": card.idKey,
    "data-path": card.path,
    transform: `translate(${cardX(layout, card.order)},${cardY(layout, card.lane)})`,
    tabindex: 0,
    role: "button",
    "aria-label": cardAriaLabel(card, model, labels)
  }, children, card.key);
}
function cardTooltip(card, model, labels) {
  const lines = [cardAriaLabel(card, model, labels)];
  for (const diagnostic of card.diagnostics) lines.push(`${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}`);
  return lines.join("\n");
}

// src/core/journey/exportJourneyMap.ts
function renderJourneySvg(analysis, journeyId) {
  return toMarkup(renderJourneyMap(journeyMapModel(analysis, journeyId), { standalone: true }));
}

// src/core/templates/journeyDrawings.ts
function journeyDrawings(analysis, engagement, draw) {
  return engagement.journeys.map((j) => ({ id: j.id, name: j.name, segment: j.segment, svg: draw ? renderJourneySvg(analysis, j.id) : "" }));
}

// cxm-templates:builtin-templates
var builtinTemplates = {
  "markdown": { main: { "0": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty;
    return (stack1 = container.invokePartial(lookupProperty(partials, "phase"), depth0, { "name": "phase", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty;
    return "# " + ((stack1 = lookupProperty(helpers, "t").call(alias1, "roadmapTitle", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 2 }, "end": { "line": 1, "column": 22 } } })) != null ? stack1 : "") + " \u2014 " + ((stack1 = lookupProperty(helpers, "md").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "engagement"), "engagement"), "client"), { "name": "md", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 25 }, "end": { "line": 1, "column": 60 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = container.invokePartial(lookupProperty(partials, "summary"), depth0, { "name": "summary", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + "\n## " + ((stack1 = lookupProperty(helpers, "t").call(alias1, "maturity", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 3 }, "end": { "line": 5, "column": 19 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = container.invokePartial(lookupProperty(partials, "maturityTable"), depth0, { "name": "maturityTable", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + "\n## " + ((stack1 = lookupProperty(helpers, "t").call(alias1, "roadmap", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 3 }, "end": { "line": 9, "column": 18 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(lookupProperty(depth0, "roadmap"), "phases"), { "name": "each", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 11, "column": 0 }, "end": { "line": 13, "column": 9 } } })) != null ? stack1 : "");
  }, "usePartial": true, "useData": true }, partials: {
    "initiative": { "0": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty;
      return (stack1 = lookupProperty(helpers, "t").call(depth0 != null ? depth0 : container.nullContext || {}, "consultantInitiative", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 169 }, "end": { "line": 3, "column": 197 } } })) != null ? stack1 : "";
    }, "1": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty;
      return (stack1 = lookupProperty(helpers, "t").call(depth0 != null ? depth0 : container.nullContext || {}, "generatedInitiative", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 205 }, "end": { "line": 3, "column": 232 } } })) != null ? stack1 : "";
    }, "2": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty;
      return "- " + ((stack1 = lookupProperty(helpers, "t").call(alias1, "barriers", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 2 }, "end": { "line": 7, "column": 18 } } })) != null ? stack1 : "") + ": " + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "barriers"), { "name": "each", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 20 }, "end": { "line": 7, "column": 137 } } })) != null ? stack1 : "") + "\n";
    }, "3": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty;
      return ((stack1 = lookupProperty(helpers, "word").call(alias1, lookupProperty(depth0, "type"), { "name": "word", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 38 }, "end": { "line": 7, "column": 51 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "who"), { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 51 }, "end": { "line": 7, "column": 82 } } })) != null ? stack1 : "") + " \u2192 " + ((stack1 = lookupProperty(helpers, "md").call(alias1, lookupProperty(depth0, "answer"), { "name": "md", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 85 }, "end": { "line": 7, "column": 98 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "unless").call(alias1, lookupProperty(data, "last"), { "name": "unless", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 98 }, "end": { "line": 7, "column": 128 } } })) != null ? stack1 : "");
    }, "4": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty;
      return " (" + ((stack1 = lookupProperty(helpers, "md").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "who"), { "name": "md", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 64 }, "end": { "line": 7, "column": 74 } } })) != null ? stack1 : "") + ")";
    }, "5": function(container, depth0, helpers, partials, data) {
      return "; ";
    }, "6": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty;
      return "  - " + ((stack1 = lookupProperty(helpers, "md").call(alias1, lookupProperty(depth0, "text"), { "name": "md", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 4 }, "end": { "line": 10, "column": 15 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "at").call(alias1, depth0, { "name": "at", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 15 }, "end": { "line": 10, "column": 26 } } })) != null ? stack1 : "") + "\n";
    }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty;
      return "#### " + ((stack1 = lookupProperty(helpers, "md").call(alias1, lookupProperty(depth0, "title"), { "name": "md", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 5 }, "end": { "line": 1, "column": 17 } } })) != null ? stack1 : "") + "\n\n- " + ((stack1 = lookupProperty(helpers, "t").call(alias1, "dimension", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 2 }, "end": { "line": 3, "column": 19 } } })) != null ? stack1 : "") + ": " + ((stack1 = lookupProperty(helpers, "dimensionLabel").call(alias1, lookupProperty(depth0, "dimension"), { "name": "dimensionLabel", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 21 }, "end": { "line": 3, "column": 49 } } })) != null ? stack1 : "") + " \xB7 " + ((stack1 = lookupProperty(helpers, "t").call(alias1, "target", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 52 }, "end": { "line": 3, "column": 66 } } })) != null ? stack1 : "") + ": " + ((stack1 = (helper = lookupProperty(helpers, "targetLevel") || container.strict(depth0, "targetLevel", { "start": { "line": 3, "column": 70 }, "end": { "line": 3, "column": 81 } }), typeof helper === "function" ? helper.call(alias1, { "name": "targetLevel", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 68 }, "end": { "line": 3, "column": 83 } } }) : helper)) != null ? stack1 : "") + "/5 \xB7 " + ((stack1 = lookupProperty(helpers, "t").call(alias1, "horizon", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 88 }, "end": { "line": 3, "column": 103 } } })) != null ? stack1 : "") + ": " + ((stack1 = lookupProperty(helpers, "word").call(alias1, lookupProperty(depth0, "horizon"), { "name": "word", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 105 }, "end": { "line": 3, "column": 121 } } })) != null ? stack1 : "") + " \xB7 `" + ((stack1 = lookupProperty(helpers, "md").call(alias1, lookupProperty(depth0, "id"), { "name": "md", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 125 }, "end": { "line": 3, "column": 134 } } })) != null ? stack1 : "") + "` (" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(helpers, "eq").call(alias1, lookupProperty(depth0, "source"), "consultant", { "name": "eq", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 143 }, "end": { "line": 3, "column": 167 } } }), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.program(1, data, 0), "data": data, "loc": { "start": { "line": 3, "column": 137 }, "end": { "line": 3, "column": 239 } } })) != null ? stack1 : "") + ")\n- " + ((stack1 = lookupProperty(helpers, "t").call(alias1, "owner", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 2 }, "end": { "line": 4, "column": 15 } } })) != null ? stack1 : "") + ": " + ((stack1 = lookupProperty(helpers, "md").call(alias1, lookupProperty(depth0, "owner"), { "name": "md", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 17 }, "end": { "line": 4, "column": 29 } } })) != null ? stack1 : "") + "\n- " + ((stack1 = lookupProperty(helpers, "t").call(alias1, "kpi", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 2 }, "end": { "line": 5, "column": 13 } } })) != null ? stack1 : "") + ": " + ((stack1 = lookupProperty(helpers, "md").call(alias1, lookupProperty(depth0, "kpi"), { "name": "md", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 15 }, "end": { "line": 5, "column": 25 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "barriers"), "length"), { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 0 }, "end": { "line": 8, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "evidence"), { "name": "each", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 9, "column": 0 }, "end": { "line": 11, "column": 9 } } })) != null ? stack1 : "") + "\n";
    }, "useData": true },
    "maturityTable": { "0": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty;
      return "| " + ((stack1 = lookupProperty(helpers, "dimensionLabel").call(alias1, lookupProperty(depth0, "id"), { "name": "dimensionLabel", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 2 }, "end": { "line": 4, "column": 23 } } })) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "level") || container.strict(depth0, "level", { "start": { "line": 4, "column": 28 }, "end": { "line": 4, "column": 33 } }), typeof helper === "function" ? helper.call(alias1, { "name": "level", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 26 }, "end": { "line": 4, "column": 35 } } }) : helper)) != null ? stack1 : "") + "/5 " + ((stack1 = lookupProperty(helpers, "levelBar").call(alias1, lookupProperty(depth0, "level"), { "name": "levelBar", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 38 }, "end": { "line": 4, "column": 56 } } })) != null ? stack1 : "") + " | " + ((stack1 = lookupProperty(helpers, "word").call(alias1, lookupProperty(depth0, "source"), { "name": "word", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 59 }, "end": { "line": 4, "column": 74 } } })) != null ? stack1 : "") + " | " + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "evidence"), { "name": "each", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 4, "column": 77 }, "end": { "line": 4, "column": 158 } } })) != null ? stack1 : "") + " |\n";
    }, "1": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty;
      return ((stack1 = lookupProperty(helpers, "md").call(alias1, lookupProperty(depth0, "text"), { "name": "md", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 95 }, "end": { "line": 4, "column": 106 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "at").call(alias1, depth0, { "name": "at", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 106 }, "end": { "line": 4, "column": 117 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "unless").call(alias1, lookupProperty(data, "last"), { "name": "unless", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 4, "column": 117 }, "end": { "line": 4, "column": 149 } } })) != null ? stack1 : "");
    }, "2": function(container, depth0, helpers, partials, data) {
      return "<br>";
    }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty;
      return "| " + ((stack1 = lookupProperty(helpers, "t").call(alias1, "dimension", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 2 }, "end": { "line": 1, "column": 19 } } })) != null ? stack1 : "") + " | " + ((stack1 = lookupProperty(helpers, "t").call(alias1, "level", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 22 }, "end": { "line": 1, "column": 35 } } })) != null ? stack1 : "") + " | " + ((stack1 = lookupProperty(helpers, "t").call(alias1, "source", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 38 }, "end": { "line": 1, "column": 52 } } })) != null ? stack1 : "") + " | " + ((stack1 = lookupProperty(helpers, "t").call(alias1, "evidence", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 55 }, "end": { "line": 1, "column": 71 } } })) != null ? stack1 : "") + " |\n|---|---|---|---|\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(lookupProperty(depth0, "assessment"), "dimensions"), { "name": "each", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 3, "column": 0 }, "end": { "line": 5, "column": 9 } } })) != null ? stack1 : "");
    }, "useData": true },
    "phase": { "0": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty;
      return (stack1 = container.invokePartial(lookupProperty(partials, "initiative"), depth0, { "name": "initiative", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "";
    }, "1": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty;
      return ((stack1 = lookupProperty(helpers, "t").call(depth0 != null ? depth0 : container.nullContext || {}, "noInitiative", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 0 }, "end": { "line": 6, "column": 20 } } })) != null ? stack1 : "") + "\n\n";
    }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty;
      return "### " + ((stack1 = lookupProperty(helpers, "word").call(alias1, lookupProperty(depth0, "id"), { "name": "word", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 4 }, "end": { "line": 1, "column": 15 } } })) != null ? stack1 : "") + " \u2014 " + ((stack1 = lookupProperty(helpers, "md").call(alias1, lookupProperty(depth0, "title"), { "name": "md", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 18 }, "end": { "line": 1, "column": 30 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "initiatives"), { "name": "each", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.program(1, data, 0), "data": data, "loc": { "start": { "line": 3, "column": 0 }, "end": { "line": 8, "column": 9 } } })) != null ? stack1 : "");
    }, "usePartial": true, "useData": true },
    "summary": { "0": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty;
      return "*" + ((stack1 = lookupProperty(helpers, "md").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(lookupProperty(depth0, "engagement"), "engagement"), "title"), { "name": "md", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 1 }, "end": { "line": 2, "column": 35 } } })) != null ? stack1 : "") + "*\n\n";
    }, "1": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty;
      return "- **" + ((stack1 = lookupProperty(helpers, "t").call(alias1, "sector", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 4 }, "end": { "line": 7, "column": 18 } } })) != null ? stack1 : "") + "**: " + ((stack1 = lookupProperty(helpers, "md").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "engagement"), "engagement"), "sector"), { "name": "md", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 22 }, "end": { "line": 7, "column": 57 } } })) != null ? stack1 : "") + "\n";
    }, "2": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty;
      return "- **" + ((stack1 = lookupProperty(helpers, "t").call(alias1, "date", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 4 }, "end": { "line": 10, "column": 16 } } })) != null ? stack1 : "") + "**: " + ((stack1 = lookupProperty(helpers, "md").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "engagement"), "engagement"), "date"), { "name": "md", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 20 }, "end": { "line": 10, "column": 53 } } })) != null ? stack1 : "") + "\n";
    }, "3": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty;
      return "- **" + ((stack1 = lookupProperty(helpers, "t").call(alias1, "consultants", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 13, "column": 4 }, "end": { "line": 13, "column": 23 } } })) != null ? stack1 : "") + "**: " + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "engagement"), "engagement"), "consultants"), { "name": "each", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 13, "column": 27 }, "end": { "line": 13, "column": 120 } } })) != null ? stack1 : "") + "\n";
    }, "4": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty;
      return ((stack1 = lookupProperty(helpers, "md").call(alias1, depth0, { "name": "md", "hash": {}, "data": data, "loc": { "start": { "line": 13, "column": 70 }, "end": { "line": 13, "column": 81 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "unless").call(alias1, lookupProperty(data, "last"), { "name": "unless", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 13, "column": 81 }, "end": { "line": 13, "column": 111 } } })) != null ? stack1 : "");
    }, "5": function(container, depth0, helpers, partials, data) {
      return ", ";
    }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty;
      return ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "engagement"), "engagement"), "title"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 4, "column": 7 } } })) != null ? stack1 : "") + "- **" + ((stack1 = lookupProperty(helpers, "t").call(alias1, "client", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 4 }, "end": { "line": 5, "column": 18 } } })) != null ? stack1 : "") + "**: " + ((stack1 = lookupProperty(helpers, "md").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "engagement"), "engagement"), "client"), { "name": "md", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 22 }, "end": { "line": 5, "column": 57 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "engagement"), "engagement"), "sector"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 0 }, "end": { "line": 8, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "engagement"), "engagement"), "date"), { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 9, "column": 0 }, "end": { "line": 11, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0, "engagement"), "engagement"), "consultants"), "length"), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 12, "column": 0 }, "end": { "line": 14, "column": 7 } } })) != null ? stack1 : "") + "- **" + ((stack1 = lookupProperty(helpers, "t").call(alias1, "changeStage", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 15, "column": 4 }, "end": { "line": 15, "column": 23 } } })) != null ? stack1 : "") + "**: " + ((stack1 = lookupProperty(helpers, "word").call(alias1, lookupProperty(lookupProperty(depth0, "roadmap"), "stage"), { "name": "word", "hash": {}, "data": data, "loc": { "start": { "line": 15, "column": 27 }, "end": { "line": 15, "column": 49 } } })) != null ? stack1 : "") + "\n- **" + ((stack1 = lookupProperty(helpers, "t").call(alias1, "overall", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 4 }, "end": { "line": 16, "column": 19 } } })) != null ? stack1 : "") + "**: " + ((stack1 = container.lambda(container.strict(lookupProperty(lookupProperty(depth0, "assessment"), "overall"), "level", { "start": { "line": 16, "column": 25 }, "end": { "line": 16, "column": 49 } }), depth0)) != null ? stack1 : "") + "/5 " + ((stack1 = lookupProperty(helpers, "levelBar").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "assessment"), "overall"), "level"), { "name": "levelBar", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 54 }, "end": { "line": 16, "column": 91 } } })) != null ? stack1 : "") + " (" + ((stack1 = lookupProperty(helpers, "word").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "assessment"), "overall"), "maturity"), { "name": "word", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 93 }, "end": { "line": 16, "column": 129 } } })) != null ? stack1 : "") + ")\n";
    }, "useData": true }
  } },
  "html": { main: { "0": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty;
    return '<section class="journeys">\n<h2>' + container.escapeExpression(lookupProperty(helpers, "t").call(alias1, "journeys", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 23, "column": 4 }, "end": { "line": 23, "column": 20 } } })) + "</h2>\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "journeys"), { "name": "each", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 24, "column": 0 }, "end": { "line": 28, "column": 9 } } })) != null ? stack1 : "") + "</section>\n";
  }, "1": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty;
    return '<figure class="journey" data-journey="' + alias4((helper = lookupProperty(helpers, "id") || alias1(depth0, "id", { "start": { "line": 25, "column": 40 }, "end": { "line": 25, "column": 42 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "id", "hash": {}, "data": data, "loc": { "start": { "line": 25, "column": 38 }, "end": { "line": 25, "column": 44 } } }) : helper)) + '" aria-label="' + alias4((helper = lookupProperty(helpers, "name") || alias1(depth0, "name", { "start": { "line": 25, "column": 60 }, "end": { "line": 25, "column": 64 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 25, "column": 58 }, "end": { "line": 25, "column": 66 } } }) : helper)) + '">\n' + ((stack1 = (helper = lookupProperty(helpers, "svg") || alias1(depth0, "svg", { "start": { "line": 26, "column": 3 }, "end": { "line": 26, "column": 6 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "svg", "hash": {}, "data": data, "loc": { "start": { "line": 26, "column": 0 }, "end": { "line": 26, "column": 9 } } }) : helper)) != null ? stack1 : "") + "\n</figure>\n";
  }, "2": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty;
    return (stack1 = container.invokePartial(lookupProperty(partials, "phase"), depth0, { "name": "phase", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = container.escapeExpression, lookupProperty = container.lookupProperty;
    return '<!DOCTYPE html>\n<html lang="' + alias3((helper = lookupProperty(helpers, "lang") || alias1(depth0, "lang", { "start": { "line": 2, "column": 14 }, "end": { "line": 2, "column": 18 } }), typeof helper === "function" ? helper.call(alias2, { "name": "lang", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 12 }, "end": { "line": 2, "column": 20 } } }) : helper)) + '">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>' + alias3(lookupProperty(helpers, "t").call(alias2, "roadmapTitle", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 7 }, "end": { "line": 6, "column": 27 } } })) + " \u2014 " + alias3(container.lambda(alias1(lookupProperty(lookupProperty(depth0, "engagement"), "engagement"), "client", { "start": { "line": 6, "column": 32 }, "end": { "line": 6, "column": 60 } }), depth0)) + "</title>\n<style>\n" + ((stack1 = container.invokePartial(lookupProperty(partials, "styles"), depth0, { "name": "styles", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + "</style>\n</head>\n<body>\n<header>\n<h1>" + alias3(lookupProperty(helpers, "t").call(alias2, "roadmapTitle", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 13, "column": 4 }, "end": { "line": 13, "column": 24 } } })) + "</h1>\n" + ((stack1 = container.invokePartial(lookupProperty(partials, "summary"), depth0, { "name": "summary", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + '</header>\n<section class="maturity">\n<h2>' + alias3(lookupProperty(helpers, "t").call(alias2, "maturity", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 17, "column": 4 }, "end": { "line": 17, "column": 20 } } })) + '</h2>\n<div class="radar-wrap">' + alias3(lookupProperty(helpers, "radar").call(alias2, lookupProperty(depth0, "assessment"), { "name": "radar", "hash": {}, "data": data, "loc": { "start": { "line": 18, "column": 24 }, "end": { "line": 18, "column": 44 } } })) + "</div>\n" + ((stack1 = container.invokePartial(lookupProperty(partials, "maturityTable"), depth0, { "name": "maturityTable", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + "</section>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "journeys"), "length"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 21, "column": 0 }, "end": { "line": 30, "column": 7 } } })) != null ? stack1 : "") + '<section class="roadmap">\n<h2>' + alias3(lookupProperty(helpers, "t").call(alias2, "roadmap", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 32, "column": 4 }, "end": { "line": 32, "column": 19 } } })) + "</h2>\n" + ((stack1 = container.invokePartial(lookupProperty(partials, "timeline"), depth0, { "name": "timeline", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(lookupProperty(depth0, "roadmap"), "phases"), { "name": "each", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 34, "column": 0 }, "end": { "line": 36, "column": 9 } } })) != null ? stack1 : "") + "</section>\n</body>\n</html>\n";
  }, "usePartial": true, "useData": true }, partials: {
    "initiative": { "0": function(container, depth0, helpers, partials, data) {
      var lookupProperty = container.lookupProperty;
      return container.escapeExpression(lookupProperty(helpers, "t").call(depth0 != null ? depth0 : container.nullContext || {}, "consultantInitiative", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 202 }, "end": { "line": 3, "column": 230 } } }));
    }, "1": function(container, depth0, helpers, partials, data) {
      var lookupProperty = container.lookupProperty;
      return container.escapeExpression(lookupProperty(helpers, "t").call(depth0 != null ? depth0 : container.nullContext || {}, "generatedInitiative", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 238 }, "end": { "line": 3, "column": 265 } } }));
    }, "2": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty;
      return '<p class="meta">' + container.escapeExpression(lookupProperty(helpers, "t").call(alias1, "barriers", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 16 }, "end": { "line": 6, "column": 32 } } })) + ": " + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "barriers"), { "name": "each", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 34 }, "end": { "line": 6, "column": 145 } } })) != null ? stack1 : "") + "</p>\n";
    }, "3": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty;
      return alias2(lookupProperty(helpers, "word").call(alias1, lookupProperty(depth0, "type"), { "name": "word", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 52 }, "end": { "line": 6, "column": 65 } } })) + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "who"), { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 65 }, "end": { "line": 6, "column": 93 } } })) != null ? stack1 : "") + " \u2192 " + alias2((helper = lookupProperty(helpers, "answer") || container.strict(depth0, "answer", { "start": { "line": 6, "column": 98 }, "end": { "line": 6, "column": 104 } }), typeof helper === "function" ? helper.call(alias1, { "name": "answer", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 96 }, "end": { "line": 6, "column": 106 } } }) : helper)) + ((stack1 = lookupProperty(helpers, "unless").call(alias1, lookupProperty(data, "last"), { "name": "unless", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 106 }, "end": { "line": 6, "column": 136 } } })) != null ? stack1 : "");
    }, "4": function(container, depth0, helpers, partials, data) {
      var helper, lookupProperty = container.lookupProperty;
      return " (" + container.escapeExpression((helper = lookupProperty(helpers, "who") || container.strict(depth0, "who", { "start": { "line": 6, "column": 80 }, "end": { "line": 6, "column": 83 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "who", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 78 }, "end": { "line": 6, "column": 85 } } }) : helper)) + ")";
    }, "5": function(container, depth0, helpers, partials, data) {
      return "; ";
    }, "6": function(container, depth0, helpers, partials, data) {
      var helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty;
      return "<li>" + alias2((helper = lookupProperty(helpers, "text") || container.strict(depth0, "text", { "start": { "line": 8, "column": 45 }, "end": { "line": 8, "column": 49 } }), typeof helper === "function" ? helper.call(alias1, { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 43 }, "end": { "line": 8, "column": 51 } } }) : helper)) + '<span class="loc">' + alias2(lookupProperty(helpers, "at").call(alias1, depth0, { "name": "at", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 69 }, "end": { "line": 8, "column": 80 } } })) + "</span></li>";
    }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty;
      return '<article class="initiative ' + alias4((helper = lookupProperty(helpers, "source") || alias1(depth0, "source", { "start": { "line": 1, "column": 29 }, "end": { "line": 1, "column": 35 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "source", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 27 }, "end": { "line": 1, "column": 37 } } }) : helper)) + '" data-initiative="' + alias4((helper = lookupProperty(helpers, "id") || alias1(depth0, "id", { "start": { "line": 1, "column": 58 }, "end": { "line": 1, "column": 60 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "id", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 56 }, "end": { "line": 1, "column": 62 } } }) : helper)) + '">\n<h4>' + alias4((helper = lookupProperty(helpers, "title") || alias1(depth0, "title", { "start": { "line": 2, "column": 6 }, "end": { "line": 2, "column": 11 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "title", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 4 }, "end": { "line": 2, "column": 13 } } }) : helper)) + '</h4>\n<p class="meta">' + alias4(lookupProperty(helpers, "t").call(alias2, "dimension", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 16 }, "end": { "line": 3, "column": 33 } } })) + ": " + alias4(lookupProperty(helpers, "dimensionLabel").call(alias2, lookupProperty(depth0, "dimension"), { "name": "dimensionLabel", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 35 }, "end": { "line": 3, "column": 63 } } })) + " \xB7 " + alias4(lookupProperty(helpers, "t").call(alias2, "target", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 66 }, "end": { "line": 3, "column": 80 } } })) + ": " + alias4((helper = lookupProperty(helpers, "targetLevel") || alias1(depth0, "targetLevel", { "start": { "line": 3, "column": 84 }, "end": { "line": 3, "column": 95 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "targetLevel", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 82 }, "end": { "line": 3, "column": 97 } } }) : helper)) + "/5 \xB7 " + alias4(lookupProperty(helpers, "t").call(alias2, "horizon", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 102 }, "end": { "line": 3, "column": 117 } } })) + ": " + alias4(lookupProperty(helpers, "word").call(alias2, lookupProperty(depth0, "horizon"), { "name": "word", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 119 }, "end": { "line": 3, "column": 135 } } })) + ' \xB7 <span class="id">' + alias4((helper = lookupProperty(helpers, "id") || alias1(depth0, "id", { "start": { "line": 3, "column": 157 }, "end": { "line": 3, "column": 159 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "id", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 155 }, "end": { "line": 3, "column": 161 } } }) : helper)) + "</span> (" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(helpers, "eq").call(alias2, lookupProperty(depth0, "source"), "consultant", { "name": "eq", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 176 }, "end": { "line": 3, "column": 200 } } }), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.program(1, data, 0), "data": data, "loc": { "start": { "line": 3, "column": 170 }, "end": { "line": 3, "column": 272 } } })) != null ? stack1 : "") + ')</p>\n<p class="meta">' + alias4(lookupProperty(helpers, "t").call(alias2, "owner", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 16 }, "end": { "line": 4, "column": 29 } } })) + ": " + alias4((helper = lookupProperty(helpers, "owner") || alias1(depth0, "owner", { "start": { "line": 4, "column": 33 }, "end": { "line": 4, "column": 38 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "owner", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 31 }, "end": { "line": 4, "column": 40 } } }) : helper)) + " \xB7 " + alias4(lookupProperty(helpers, "t").call(alias2, "kpi", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 43 }, "end": { "line": 4, "column": 54 } } })) + ": " + alias4((helper = lookupProperty(helpers, "kpi") || alias1(depth0, "kpi", { "start": { "line": 4, "column": 58 }, "end": { "line": 4, "column": 61 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "kpi", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 56 }, "end": { "line": 4, "column": 63 } } }) : helper)) + "</p>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "barriers"), "length"), { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 0 }, "end": { "line": 7, "column": 7 } } })) != null ? stack1 : "") + '<ul class="evidence">' + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(depth0, "evidence"), { "name": "each", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 8, "column": 21 }, "end": { "line": 8, "column": 101 } } })) != null ? stack1 : "") + "</ul>\n</article>\n";
    }, "useData": true },
    "maturityTable": { "0": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty;
      return '<tr data-dimension="' + alias4((helper = lookupProperty(helpers, "id") || alias1(depth0, "id", { "start": { "line": 5, "column": 22 }, "end": { "line": 5, "column": 24 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "id", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 20 }, "end": { "line": 5, "column": 26 } } }) : helper)) + '">\n<td>' + alias4(lookupProperty(helpers, "dimensionLabel").call(alias2, lookupProperty(depth0, "id"), { "name": "dimensionLabel", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 4 }, "end": { "line": 6, "column": 25 } } })) + "</td>\n<td>" + alias4((helper = lookupProperty(helpers, "level") || alias1(depth0, "level", { "start": { "line": 7, "column": 6 }, "end": { "line": 7, "column": 11 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "level", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 4 }, "end": { "line": 7, "column": 13 } } }) : helper)) + '/5 <span class="bar">' + alias4(lookupProperty(helpers, "levelBar").call(alias2, lookupProperty(depth0, "level"), { "name": "levelBar", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 34 }, "end": { "line": 7, "column": 52 } } })) + "</span></td>\n<td" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(helpers, "eq").call(alias2, lookupProperty(depth0, "source"), "assessed", { "name": "eq", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 9 }, "end": { "line": 8, "column": 31 } } }), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 8, "column": 3 }, "end": { "line": 8, "column": 57 } } })) != null ? stack1 : "") + ">" + alias4(lookupProperty(helpers, "word").call(alias2, lookupProperty(depth0, "source"), { "name": "word", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 58 }, "end": { "line": 8, "column": 73 } } })) + '</td>\n<td><ul class="evidence">' + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(depth0, "evidence"), { "name": "each", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 9, "column": 25 }, "end": { "line": 9, "column": 105 } } })) != null ? stack1 : "") + "</ul></td>\n</tr>\n";
    }, "1": function(container, depth0, helpers, partials, data) {
      return ' class="assessed"';
    }, "2": function(container, depth0, helpers, partials, data) {
      var helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty;
      return "<li>" + alias2((helper = lookupProperty(helpers, "text") || container.strict(depth0, "text", { "start": { "line": 9, "column": 49 }, "end": { "line": 9, "column": 53 } }), typeof helper === "function" ? helper.call(alias1, { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 47 }, "end": { "line": 9, "column": 55 } } }) : helper)) + '<span class="loc">' + alias2(lookupProperty(helpers, "at").call(alias1, depth0, { "name": "at", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 73 }, "end": { "line": 9, "column": 84 } } })) + "</span></li>";
    }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty;
      return '<table class="dimensions">\n<thead><tr><th>' + alias2(lookupProperty(helpers, "t").call(alias1, "dimension", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 15 }, "end": { "line": 2, "column": 32 } } })) + "</th><th>" + alias2(lookupProperty(helpers, "t").call(alias1, "level", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 41 }, "end": { "line": 2, "column": 54 } } })) + "</th><th>" + alias2(lookupProperty(helpers, "t").call(alias1, "source", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 63 }, "end": { "line": 2, "column": 77 } } })) + "</th><th>" + alias2(lookupProperty(helpers, "t").call(alias1, "evidence", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 86 }, "end": { "line": 2, "column": 102 } } })) + "</th></tr></thead>\n<tbody>\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(lookupProperty(depth0, "assessment"), "dimensions"), { "name": "each", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 4, "column": 0 }, "end": { "line": 11, "column": 9 } } })) != null ? stack1 : "") + "</tbody>\n</table>\n";
    }, "useData": true },
    "phase": { "0": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty;
      return (stack1 = container.invokePartial(lookupProperty(partials, "initiative"), depth0, { "name": "initiative", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "";
    }, "1": function(container, depth0, helpers, partials, data) {
      var lookupProperty = container.lookupProperty;
      return "<p>" + container.escapeExpression(lookupProperty(helpers, "t").call(depth0 != null ? depth0 : container.nullContext || {}, "noInitiative", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 3 }, "end": { "line": 6, "column": 23 } } })) + "</p>\n";
    }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty;
      return '<section class="phase" data-phase="' + alias4((helper = lookupProperty(helpers, "id") || alias1(depth0, "id", { "start": { "line": 1, "column": 37 }, "end": { "line": 1, "column": 39 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "id", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 35 }, "end": { "line": 1, "column": 41 } } }) : helper)) + '">\n<h3>' + alias4(lookupProperty(helpers, "word").call(alias2, lookupProperty(depth0, "id"), { "name": "word", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 4 }, "end": { "line": 2, "column": 15 } } })) + " \u2014 " + alias4((helper = lookupProperty(helpers, "title") || alias1(depth0, "title", { "start": { "line": 2, "column": 20 }, "end": { "line": 2, "column": 25 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "title", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 18 }, "end": { "line": 2, "column": 27 } } }) : helper)) + "</h3>\n" + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(depth0, "initiatives"), { "name": "each", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.program(1, data, 0), "data": data, "loc": { "start": { "line": 3, "column": 0 }, "end": { "line": 7, "column": 9 } } })) != null ? stack1 : "") + "</section>\n";
    }, "usePartial": true, "useData": true },
    "styles": { "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
      return 'body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; color: #222; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; line-height: 1.45; }\nh1 { font-size: 1.6rem; margin-bottom: .2rem; }\nh2 { border-bottom: 2px solid #2a7ab0; padding-bottom: .2rem; margin-top: 2rem; }\n.subtitle { font-style: italic; color: #555; margin-top: 0; }\ndl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }\ndl.facts dt { font-weight: 600; }\ndl.facts dd { margin: 0; }\n.radar-wrap { text-align: center; }\n.radar { max-width: 100%; height: auto; }\ntable { border-collapse: collapse; width: 100%; font-size: .92rem; }\nth, td { border: 1px solid #ccc; padding: .35rem .5rem; vertical-align: top; text-align: left; }\nth { background: #eef4f8; }\n.bar { color: #2a7ab0; letter-spacing: .1em; white-space: nowrap; }\n.assessed { color: #c0392b; }\nul.evidence { margin: 0; padding-left: 1.1rem; }\n.loc { color: #777; font-size: .85em; }\nfigure.journey { margin: 1rem 0; overflow-x: auto; }\nfigure.journey svg { max-width: 100%; height: auto; }\nol.timeline { display: flex; list-style: none; padding: 0; margin: 1rem 0; counter-reset: phase; }\nol.timeline li { flex: 1; position: relative; padding: .6rem .5rem .5rem; margin-right: .4rem; background: #eef4f8; border-top: 4px solid #2a7ab0; font-size: .9rem; }\nol.timeline li.current { background: #d6e8f4; border-top-color: #c0392b; }\nol.timeline .stage { display: block; font-weight: 700; text-transform: capitalize; }\nol.timeline .count { color: #555; }\nsection.phase { margin-top: 1.5rem; }\narticle.initiative { border: 1px solid #ddd; border-left: 4px solid #2a7ab0; padding: .5rem .8rem; margin: .6rem 0; break-inside: avoid; }\narticle.initiative.consultant { border-left-color: #c0392b; }\narticle.initiative h4 { margin: .1rem 0 .4rem; }\narticle.initiative .meta { color: #555; font-size: .88rem; }\narticle.initiative .id { font-family: ui-monospace, monospace; font-size: .85em; }\n@media print {\n  body { margin: 0; max-width: none; font-size: 10.5pt; }\n  h2 { break-after: avoid; }\n  section.phase { break-inside: auto; }\n  figure.journey { break-inside: avoid; }\n  a { color: inherit; text-decoration: none; }\n}\n';
    }, "useData": true },
    "summary": { "0": function(container, depth0, helpers, partials, data) {
      var lookupProperty = container.lookupProperty;
      return '<p class="subtitle">' + container.escapeExpression(container.lambda(container.strict(lookupProperty(lookupProperty(depth0, "engagement"), "engagement"), "title", { "start": { "line": 2, "column": 22 }, "end": { "line": 2, "column": 49 } }), depth0)) + "</p>\n";
    }, "1": function(container, depth0, helpers, partials, data) {
      var alias1 = container.escapeExpression, lookupProperty = container.lookupProperty;
      return "<dt>" + alias1(lookupProperty(helpers, "t").call(depth0 != null ? depth0 : container.nullContext || {}, "sector", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 4 }, "end": { "line": 7, "column": 18 } } })) + "</dt><dd>" + alias1(container.lambda(container.strict(lookupProperty(lookupProperty(depth0, "engagement"), "engagement"), "sector", { "start": { "line": 7, "column": 29 }, "end": { "line": 7, "column": 57 } }), depth0)) + "</dd>\n";
    }, "2": function(container, depth0, helpers, partials, data) {
      var alias1 = container.escapeExpression, lookupProperty = container.lookupProperty;
      return "<dt>" + alias1(lookupProperty(helpers, "t").call(depth0 != null ? depth0 : container.nullContext || {}, "date", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 4 }, "end": { "line": 10, "column": 16 } } })) + "</dt><dd>" + alias1(container.lambda(container.strict(lookupProperty(lookupProperty(depth0, "engagement"), "engagement"), "date", { "start": { "line": 10, "column": 27 }, "end": { "line": 10, "column": 53 } }), depth0)) + "</dd>\n";
    }, "3": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty;
      return "<dt>" + container.escapeExpression(lookupProperty(helpers, "t").call(alias1, "consultants", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 13, "column": 4 }, "end": { "line": 13, "column": 23 } } })) + "</dt><dd>" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "engagement"), "engagement"), "consultants"), { "name": "each", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 13, "column": 32 }, "end": { "line": 13, "column": 122 } } })) != null ? stack1 : "") + "</dd>\n";
    }, "4": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty;
      return container.escapeExpression(container.lambda(depth0, depth0)) + ((stack1 = lookupProperty(helpers, "unless").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(data, "last"), { "name": "unless", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 13, "column": 83 }, "end": { "line": 13, "column": 113 } } })) != null ? stack1 : "");
    }, "5": function(container, depth0, helpers, partials, data) {
      return ", ";
    }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.escapeExpression, alias3 = container.strict, alias4 = container.lambda, lookupProperty = container.lookupProperty;
      return ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "engagement"), "engagement"), "title"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 3, "column": 7 } } })) != null ? stack1 : "") + '<dl class="facts">\n<dt>' + alias2(lookupProperty(helpers, "t").call(alias1, "client", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 4 }, "end": { "line": 5, "column": 18 } } })) + "</dt><dd>" + alias2(alias4(alias3(lookupProperty(lookupProperty(depth0, "engagement"), "engagement"), "client", { "start": { "line": 5, "column": 29 }, "end": { "line": 5, "column": 57 } }), depth0)) + "</dd>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "engagement"), "engagement"), "sector"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 0 }, "end": { "line": 8, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "engagement"), "engagement"), "date"), { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 9, "column": 0 }, "end": { "line": 11, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0, "engagement"), "engagement"), "consultants"), "length"), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 12, "column": 0 }, "end": { "line": 14, "column": 7 } } })) != null ? stack1 : "") + "<dt>" + alias2(lookupProperty(helpers, "t").call(alias1, "changeStage", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 15, "column": 4 }, "end": { "line": 15, "column": 23 } } })) + "</dt><dd>" + alias2(lookupProperty(helpers, "word").call(alias1, lookupProperty(lookupProperty(depth0, "roadmap"), "stage"), { "name": "word", "hash": {}, "data": data, "loc": { "start": { "line": 15, "column": 32 }, "end": { "line": 15, "column": 54 } } })) + "</dd>\n<dt>" + alias2(lookupProperty(helpers, "t").call(alias1, "overall", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 4 }, "end": { "line": 16, "column": 19 } } })) + "</dt><dd>" + alias2(alias4(alias3(lookupProperty(lookupProperty(depth0, "assessment"), "overall"), "level", { "start": { "line": 16, "column": 30 }, "end": { "line": 16, "column": 54 } }), depth0)) + '/5 <span class="bar">' + alias2(lookupProperty(helpers, "levelBar").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "assessment"), "overall"), "level"), { "name": "levelBar", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 77 }, "end": { "line": 16, "column": 114 } } })) + "</span> (" + alias2(lookupProperty(helpers, "word").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "assessment"), "overall"), "maturity"), { "name": "word", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 123 }, "end": { "line": 16, "column": 159 } } })) + ")</dd>\n</dl>\n";
    }, "useData": true },
    "timeline": { "0": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty;
      return "<li" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(data, "first"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 3, "column": 3 }, "end": { "line": 3, "column": 40 } } })) != null ? stack1 : "") + '><span class="stage">' + alias2(lookupProperty(helpers, "word").call(alias1, lookupProperty(depth0, "id"), { "name": "word", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 61 }, "end": { "line": 3, "column": 72 } } })) + '</span><span class="count">' + alias2(lookupProperty(helpers, "count").call(alias1, lookupProperty(depth0, "initiatives"), { "name": "count", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 99 }, "end": { "line": 3, "column": 120 } } })) + " " + alias2(lookupProperty(helpers, "t").call(alias1, "initiatives", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 121 }, "end": { "line": 3, "column": 140 } } })) + "</span></li>\n";
    }, "1": function(container, depth0, helpers, partials, data) {
      return ' class="current"';
    }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty;
      return '<ol class="timeline">\n' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "roadmap"), "phases"), { "name": "each", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 2, "column": 0 }, "end": { "line": 4, "column": 9 } } })) != null ? stack1 : "") + "</ol>\n";
    }, "useData": true }
  } }
};

// src/core/maturity/dimensionLabels.ts
var LABELS2 = {
  visibility: { en: "Online visibility", fr: "Visibilit\xE9 en ligne" },
  "digital-journey": { en: "Digital journey", fr: "Parcours num\xE9rique" },
  "channel-integration": { en: "Channel integration", fr: "Int\xE9gration des canaux" },
  "human-touch": { en: "Human touch", fr: "Contact humain" },
  lifecycle: { en: "Customer lifecycle", fr: "Cycle de vie client" },
  mobile: { en: "Mobile", fr: "Mobile" },
  "data-trust": { en: "Data trust", fr: "Confiance et donn\xE9es" },
  community: { en: "Community", fr: "Communaut\xE9" },
  "employee-tools": { en: "Employee tools", fr: "Outils des collaborateurs" },
  organisation: { en: "Organisation", fr: "Organisation" }
};
function dimensionLabel(id2, lang) {
  return LABELS2[id2][lang];
}

// src/core/templates/escapeMarkdown.ts
function escapeMarkdown(value) {
  return String(value ?? "").replace(/[\\`*_[\]<>|~#]/g, "\\$&").replace(/&(?=#?[a-zA-Z0-9]+;)/g, "&amp;").replace(/\r?\n/g, " ");
}

// src/core/templates/maturityRadarSvg.ts
var WIDTH = 660;
var HEIGHT = 430;
var CX = WIDTH / 2;
var CY = HEIGHT / 2;
var RADIUS = 150;
var fmt = (n) => (Math.round(n * 10) / 10).toString();
function point(axis, axes, level) {
  const angle = -Math.PI / 2 + 2 * Math.PI * axis / axes;
  const r2 = RADIUS * level / 5;
  return [CX + r2 * Math.cos(angle), CY + r2 * Math.sin(angle)];
}
var polygon = (points) => points.map(([x, y]) => `${fmt(x)},${fmt(y)}`).join(" ");
function maturityRadarSvg(assessment, lang, title) {
  const dims = assessment.dimensions;
  const n = dims.length;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="radar" role="img" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" aria-label="${escapeAttribute(title)}">`,
    `<title>${escapeText(title)}</title>`
  ];
  for (let level = 1; level <= 5; level++) {
    parts.push(`<polygon points="${polygon(dims.map((_, i) => point(i, n, level)))}" fill="none" stroke="#c8c8c8" stroke-width="1"/>`);
  }
  dims.forEach((d, i) => {
    const [x, y] = point(i, n, 5);
    parts.push(`<line x1="${CX}" y1="${CY}" x2="${fmt(x)}" y2="${fmt(y)}" stroke="#c8c8c8" stroke-width="1"/>`);
    const [lx, ly] = point(i, n, 6.2);
    const anchor = Math.abs(lx - CX) < 5 ? "middle" : lx > CX ? "start" : "end";
    parts.push(`<text x="${fmt(lx)}" y="${fmt(ly)}" text-anchor="${anchor}" dominant-baseline="middle" font-size="12" font-family="sans-serif" fill="#333">${escapeText(`${dimensionLabel(d.id, lang)} (${d.level})`)}</text>`);
  });
  parts.push(`<polygon points="${polygon(dims.map((d, i) => point(i, n, d.level)))}" fill="#2a7ab0" fill-opacity="0.3" stroke="#2a7ab0" stroke-width="2"/>`);
  dims.forEach((d, i) => {
    const [x, y] = point(i, n, d.level);
    parts.push(`<circle cx="${fmt(x)}" cy="${fmt(y)}" r="3.5" fill="${d.source === "assessed" ? "#c0392b" : "#2a7ab0"}" data-dimension="${escapeAttribute(d.id)}"/>`);
  });
  parts.push("</svg>");
  return parts.join("");
}

// src/core/templates/templateLabels.ts
var LABELS3 = {
  roadmapTitle: { en: "Customer-experience maturity and transformation roadmap", fr: "Maturit\xE9 de l\u2019exp\xE9rience client et feuille de route de transformation" },
  client: { en: "Client", fr: "Client" },
  sector: { en: "Sector", fr: "Secteur" },
  date: { en: "Date", fr: "Date" },
  consultants: { en: "Consultants", fr: "Consultants" },
  changeStage: { en: "Change stage", fr: "Stade de changement" },
  overall: { en: "Overall maturity", fr: "Maturit\xE9 globale" },
  maturity: { en: "Maturity by dimension", fr: "Maturit\xE9 par dimension" },
  dimension: { en: "Dimension", fr: "Dimension" },
  level: { en: "Level", fr: "Niveau" },
  source: { en: "Source", fr: "Source" },
  evidence: { en: "Evidence", fr: "\xC9l\xE9ments" },
  journeys: { en: "Customer journeys", fr: "Parcours clients" },
  roadmap: { en: "Roadmap", fr: "Feuille de route" },
  timeline: { en: "Phases", fr: "Phases" },
  initiatives: { en: "initiatives", fr: "initiatives" },
  target: { en: "Target level", fr: "Niveau vis\xE9" },
  owner: { en: "Owner", fr: "Responsable" },
  kpi: { en: "KPI", fr: "Indicateur" },
  horizon: { en: "Horizon", fr: "Horizon" },
  barriers: { en: "Barriers answered", fr: "Freins trait\xE9s" },
  consultantInitiative: { en: "consultant", fr: "consultant" },
  generatedInitiative: { en: "generated", fr: "g\xE9n\xE9r\xE9" },
  noInitiative: { en: "No initiative in this phase.", fr: "Aucune initiative dans cette phase." },
  line: { en: "line", fr: "ligne" },
  radarTitle: { en: "Maturity radar", fr: "Radar de maturit\xE9" }
};
var WORDS = {
  // sources
  derived: { en: "derived", fr: "d\xE9duit" },
  assessed: { en: "assessed", fr: "\xE9valu\xE9" },
  // horizons
  now: { en: "now (0\u20133 months)", fr: "maintenant (0\u20133 mois)" },
  next: { en: "next (3\u20136 months)", fr: "ensuite (3\u20136 mois)" },
  later: { en: "later (6\u201312+ months)", fr: "plus tard (6\u201312+ mois)" },
  // change stages
  precontemplation: { en: "precontemplation", fr: "pr\xE9contemplation" },
  contemplation: { en: "contemplation", fr: "contemplation" },
  preparation: { en: "preparation", fr: "pr\xE9paration" },
  action: { en: "action", fr: "action" },
  maintenance: { en: "maintenance", fr: "maintien" },
  // barriers
  fear: { en: "fear", fr: "peur" },
  complacency: { en: "complacency", fr: "paresse" },
  urgency: { en: "urgency", fr: "dictature de l'urgence" },
  inertia: { en: "inertia", fr: "nature humaine" },
  // channel maturities
  multichannel: { en: "multichannel", fr: "multicanal" },
  "cross-channel": { en: "cross-channel", fr: "cross-canal" },
  omnichannel: { en: "omnichannel", fr: "omnicanal" }
};
function label(key, lang) {
  return LABELS3[key]?.[lang] ?? key;
}
function word(value, lang) {
  return WORDS[value]?.[lang] ?? value;
}

// src/core/templates/templateHelpers.ts
var langOf = (options) => {
  const lang = options.data?.root?.lang;
  return LANGUAGES.find((l) => l === lang) ?? "en";
};
function registerTemplateHelpers(env) {
  env.registerHelper("t", (key, options) => label(String(key), langOf(options)));
  env.registerHelper("word", (value, options) => word(String(value), langOf(options)));
  env.registerHelper("dimensionLabel", (id2, options) => DIMENSIONS.includes(id2) ? dimensionLabel(id2, langOf(options)) : String(id2));
  env.registerHelper("levelBar", (level) => {
    const filled = Math.max(0, Math.min(5, Math.round(Number(level))));
    return "\u25CF".repeat(filled) + "\u25CB".repeat(5 - filled);
  });
  env.registerHelper("at", (evidence, options) => evidence && typeof evidence.line === "number" ? ` (${label("line", langOf(options))} ${evidence.line})` : "");
  env.registerHelper("md", (value) => escapeMarkdown(value));
  env.registerHelper("eq", (a, b) => a === b);
  env.registerHelper("join", (list, separator) => Array.isArray(list) ? list.map(String).join(typeof separator === "string" ? separator : ", ") : "");
  env.registerHelper("count", (list) => Array.isArray(list) ? list.length : 0);
  env.registerHelper("radar", (assessment, options) => new env.SafeString(maturityRadarSvg(assessment, langOf(options), label("radarTitle", langOf(options)))));
}

// src/core/templates/roadmapTemplates.ts
var builtinCache = /* @__PURE__ */ new Map();
function builtinTemplate(name) {
  let template = builtinCache.get(name);
  if (!template) {
    const runtime = require("handlebars/runtime").create();
    registerTemplateHelpers(runtime);
    const format = builtinTemplates[name];
    for (const [partial, spec] of Object.entries(format.partials)) runtime.registerPartial(partial, runtime.template(spec));
    template = runtime.template(format.main);
    builtinCache.set(name, template);
  }
  return template;
}
function isMarkdownTemplate(name) {
  return /\.(md|markdown)(\.hbs|\.handlebars)?$/i.test(name);
}
var MAX_CACHED_CUSTOM = 32;
var customCache = /* @__PURE__ */ new Map();
var compilerEnvironments = /* @__PURE__ */ new Map();
function customTemplate(name, source) {
  const mode = isMarkdownTemplate(name) ? "markdown" : "html";
  const key = `${mode}\0${source}`;
  let template = customCache.get(key);
  if (!template) {
    template = compilerEnvironment(mode).compile(source, { strict: true, noEscape: mode === "markdown" });
    if (customCache.size >= MAX_CACHED_CUSTOM) customCache.delete(customCache.keys().next().value);
    customCache.set(key, template);
  }
  return template;
}
function compilerEnvironment(mode) {
  let env = compilerEnvironments.get(mode);
  if (!env) {
    env = require("handlebars").create();
    registerTemplateHelpers(env);
    for (const [partial, spec] of Object.entries(builtinTemplates[mode].partials)) env.registerPartial(partial, env.template(spec));
    compilerEnvironments.set(mode, env);
  }
  return env;
}

// src/core/templates/renderRoadmap.ts
function renderRoadmap(analysis, template) {
  const lang = analysis.language;
  const assessed = assessedEngagementOf(analysis);
  if (!assessed) {
    return { ok: false, message: lang === "fr" ? "Le fichier ne passe pas le sch\xE9ma : aucune feuille de route n'est possible." : "The file does not pass the schema: no roadmap can be generated." };
  }
  const drawJourneys = !(template.kind === "builtin" && template.name === "markdown");
  try {
    const context = {
      engagement: assessed.engagement,
      assessment: maturityToJson(assessed.maturity),
      roadmap: roadmapToJson(assessed.roadmap),
      journeys: journeyDrawings(analysis, assessed.engagement, drawJourneys),
      lang
    };
    const render = template.kind === "builtin" ? builtinTemplate(template.name) : customTemplate(template.name, template.source);
    return { ok: true, text: render(context) };
  } catch (error) {
    return templateError(error, template.name, lang);
  }
}
function templateError(error, name, lang) {
  const { message, lineNumber, column } = error ?? {};
  const text2 = typeof message === "string" ? message : String(error);
  const line = typeof lineNumber === "number" ? lineNumber : lineFromParseError(text2);
  const prefix = lang === "fr" ? `Erreur dans le mod\xE8le ${name}` : `Error in template ${name}`;
  return {
    ok: false,
    message: `${prefix}${line === void 0 ? "" : `:${line}${typeof column === "number" ? `:${column + 1}` : ""}`}: ${text2}`,
    ...line === void 0 ? {} : { line },
    ...line !== void 0 && typeof column === "number" ? { column: column + 1 } : {}
  };
}
function lineFromParseError(message) {
  const match = /on line (\d+)/.exec(message);
  return match ? Number(match[1]) : void 0;
}

// .tmp-c/gold.ts
var r = renderRoadmap(analyseEngagement((0, import_node_fs.readFileSync)("test/unit/roadmap/fixtures/acme.fr.engagement.yaml", "utf8")), { kind: "builtin", name: "html" });
process.stdout.write(r.ok ? r.text : r.message);
