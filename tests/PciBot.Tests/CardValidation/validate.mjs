// Validates Adaptive Card JSON files offline, strictly, as version 1.5 cards.
// Usage: node validate.mjs FILE.json [FILE.json ...]
//
// No package on the registry ships the JSON schema file of Adaptive Cards 1.5, so the cards are checked with
// the object model of the official adaptivecards package, which is that schema in code: every element, action
// and property it knows, with the version that introduced it and its allowed values. The package itself is a
// lenient renderer (it skips what it does not know), so this script adds the strictness a schema check has:
//   - the root is an AdaptiveCard of version "1.5";
//   - every element and action type is known, and so is every property on it, in version 1.5 or earlier;
//   - property values have the right JSON type, and enumerations one of their values (the parser reports those);
//   - ids are unique and inputs have one (the package's own validation);
//   - Action.ToggleVisibility targets exist, fallbacks are "drop" or a known element/action, refresh.userIds
//     holds at most 60 strings, and the Teams-only "msteams" member appears on the root card only;
//   - no Action.Submit or Action.Execute data member, and no input id, is named "key" or "msteams" (any case).
//     The renderer of Microsoft 365 Agents Playground parses a button's data as an object that has a "key" and an
//     "msTeams"/"msteams" property of its own, and writes them back onto the card JSON it was given, which its state
//     store has frozen: the press throws "Cannot assign to read only property 'key'" (or "Cannot add property
//     msTeams") and nothing is sent. Input values join the data under their ids, so the same goes for input ids.
// Exit code: 0 when every file is valid, 1 when any is not, 2 on bad usage.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
// The package's ES modules import without file extensions, which Node refuses; its UMD bundle loads as is.
const AC = require("adaptivecards/dist/adaptivecards.js");

const target = AC.Versions.v1_5;
const maxRefreshUserIds = 60;
const reservedDataNames = ["key", "msteams"];
const isReservedDataName = (name) => reservedDataNames.includes(name.toLowerCase());

// Some property patterns of the package carry the "g" flag (e.g. /^[a-z]{2,3}$/gi for "lang"), so exec() resumes
// where the previous card's match ended and a valid value fails every other time. Use them without it.
function withoutGlobalPatterns(instances) {
  for (const instance of instances) {
    const schema = instance.getSchema();
    for (let i = 0; i < schema.getCount(); i++) {
      const property = schema.getItemAt(i);
      if (property.regEx instanceof RegExp && property.regEx.global) {
        property.regEx = new RegExp(property.regEx.source, property.regEx.flags.replace("g", ""));
      }
    }
  }
}

function registered(registry) {
  const instances = [];
  for (let i = 0; i < registry.getItemCount(); i++) {
    const instance = registry.createInstance(registry.getItemAt(i).typeName, target);
    if (instance) instances.push(instance);
  }
  return instances;
}

withoutGlobalPatterns([
  new AC.AdaptiveCard(),
  new AC.Column(),
  ...registered(AC.GlobalRegistry.elements),
  ...registered(AC.GlobalRegistry.actions),
]);

// Members the package parses with its own code rather than through a property definition.
const structural = {
  AdaptiveCard: ["body", "actions"],
  Container: ["items"],
  Column: ["items"],
  ColumnSet: ["columns"],
  ActionSet: ["actions"],
  "Action.ShowCard": ["card"],
};

function propertiesOf(instance) {
  const schema = instance.getSchema();
  const properties = new Map();
  for (let i = 0; i < schema.getCount(); i++) {
    const property = schema.getItemAt(i);
    properties.set(property.name, property);
  }
  return properties;
}

function typeError(property, value) {
  if (property instanceof AC.BoolProperty && typeof value !== "boolean") return "must be a boolean";
  if (property instanceof AC.NumProperty && typeof value !== "number") return "must be a number";
  if (property instanceof AC.StringProperty && typeof value !== "string") return "must be a string";
  if (property instanceof AC.EnumProperty && typeof value !== "string") return "must be a string";
  if (property instanceof AC.ValueSetProperty && typeof value !== "string") return "must be a string";
  if (property instanceof AC.StringArrayProperty && !(Array.isArray(value) && value.every((v) => typeof v === "string"))) {
    return "must be an array of strings";
  }
  return null;
}

class Checker {
  constructor() {
    this.errors = [];
    this.ids = new Set();
    this.toggleTargets = [];
  }

  error(path, message) {
    this.errors.push(`${path || "/"}: ${message}`);
  }

  // Checks the members of one typed object against what the package defines for its type.
  members(json, instance, path, allowed = []) {
    const properties = propertiesOf(instance);
    const own = structural[json.type] ?? [];
    for (const [name, value] of Object.entries(json)) {
      if (name === "fallback" || own.includes(name) || allowed.includes(name)) continue;
      const property = properties.get(name);
      if (!property) {
        this.error(`${path}/${name}`, `${json.type} has no property "${name}"`);
        continue;
      }
      if (!AC.isVersionLessOrEqual(property.targetVersion, target)) {
        this.error(`${path}/${name}`, `"${name}" needs version ${property.targetVersion}, the card is 1.5`);
        continue;
      }
      const wrongType = typeError(property, value);
      if (wrongType) this.error(`${path}/${name}`, wrongType);
    }
    if (typeof json.id === "string") this.ids.add(json.id);
  }

  card(json, path, isRoot) {
    if (json === null || typeof json !== "object" || Array.isArray(json)) return this.error(path, "a card must be an object");
    if (json.type !== "AdaptiveCard") this.error(`${path}/type`, 'must be "AdaptiveCard"');
    if (isRoot && json.version !== "1.5") this.error(`${path}/version`, `must be "1.5", not ${JSON.stringify(json.version)}`);
    if (!isRoot && "msteams" in json) this.error(`${path}/msteams`, "belongs on the root card only");
    this.members(json, new AC.AdaptiveCard(), path, isRoot ? ["msteams"] : []);
    this.list(json.body, `${path}/body`, (item, itemPath) => this.element(item, itemPath));
    this.list(json.actions, `${path}/actions`, (item, itemPath) => this.action(item, itemPath));
    if (json.selectAction !== undefined) this.action(json.selectAction, `${path}/selectAction`);
    if (json.refresh !== undefined) this.refresh(json.refresh, `${path}/refresh`);
    if (isRoot && json.msteams !== undefined) this.msteams(json.msteams, `${path}/msteams`);
  }

  list(value, path, each) {
    if (value === undefined) return;
    if (!Array.isArray(value)) return this.error(path, "must be an array");
    value.forEach((item, index) => each(item, `${path}/${index}`));
  }

  element(json, path) {
    if (json === null || typeof json !== "object") return this.error(path, "an element must be an object");
    const instance = AC.GlobalRegistry.elements.createInstance(json.type, target);
    if (!instance) return this.error(`${path}/type`, `unknown element type ${JSON.stringify(json.type)}`);
    this.members(json, instance, path);
    this.fallback(json.fallback, `${path}/fallback`, (item, itemPath) => this.element(item, itemPath));
    if (json.selectAction !== undefined) this.action(json.selectAction, `${path}/selectAction`);
    if (json.inlineAction !== undefined) this.action(json.inlineAction, `${path}/inlineAction`);
    this.list(json.items, `${path}/items`, (item, itemPath) => this.element(item, itemPath));
    this.list(json.actions, `${path}/actions`, (item, itemPath) => this.action(item, itemPath));
    this.list(json.columns, `${path}/columns`, (item, itemPath) => this.column(item, itemPath));
    if (json.type.startsWith("Input.") && typeof json.id === "string" && isReservedDataName(json.id)) {
      this.error(`${path}/id`, `an input id must not be "${json.id}": its value joins the button data, where the renderer reserves that name`);
    }
    if (json.type === "FactSet") this.pairs(json.facts, `${path}/facts`);
    if (json.type === "Input.ChoiceSet") this.pairs(json.choices, `${path}/choices`);
  }

  column(json, path) {
    if (json === null || typeof json !== "object") return this.error(path, "a column must be an object");
    if (json.type !== undefined && json.type !== "Column") this.error(`${path}/type`, 'must be "Column"');
    this.members({ ...json, type: "Column" }, new AC.Column(), path, ["type"]);
    this.list(json.items, `${path}/items`, (item, itemPath) => this.element(item, itemPath));
    if (json.selectAction !== undefined) this.action(json.selectAction, `${path}/selectAction`);
  }

  action(json, path) {
    if (json === null || typeof json !== "object") return this.error(path, "an action must be an object");
    const instance = AC.GlobalRegistry.actions.createInstance(json.type, target);
    if (!instance) return this.error(`${path}/type`, `unknown action type ${JSON.stringify(json.type)}`);
    this.members(json, instance, path);
    this.fallback(json.fallback, `${path}/fallback`, (item, itemPath) => this.action(item, itemPath));
    if ((json.type === "Action.Submit" || json.type === "Action.Execute") && json.data !== null && typeof json.data === "object") {
      for (const name of Object.keys(json.data)) {
        if (isReservedDataName(name)) this.error(`${path}/data/${name}`, `button data must not have a member "${name}": the renderer reserves that name and the press fails`);
      }
    }
    if (json.type === "Action.ShowCard") this.card(json.card, `${path}/card`, false);
    if (json.type === "Action.ToggleVisibility") {
      const targets = Array.isArray(json.targetElements) ? json.targetElements : [];
      targets.forEach((element, index) => {
        const id = typeof element === "string" ? element : element?.elementId;
        this.toggleTargets.push({ id, path: `${path}/targetElements/${index}` });
      });
    }
  }

  fallback(value, path, each) {
    if (value === undefined || value === "drop") return;
    each(value, path);
  }

  pairs(value, path) {
    this.list(value, path, (pair, pairPath) => {
      if (pair === null || typeof pair !== "object") return this.error(pairPath, "must be an object");
      for (const [name, member] of Object.entries(pair)) {
        if (name !== "title" && name !== "value") this.error(`${pairPath}/${name}`, `unknown property "${name}"`);
        else if (typeof member !== "string") this.error(`${pairPath}/${name}`, "must be a string");
      }
      if (typeof pair.title !== "string" || typeof pair.value !== "string") this.error(pairPath, "needs a title and a value");
    });
  }

  refresh(json, path) {
    if (json === null || typeof json !== "object") return this.error(path, "must be an object");
    for (const name of Object.keys(json)) {
      if (name !== "action" && name !== "userIds") this.error(`${path}/${name}`, `unknown property "${name}"`);
    }
    if (json.action?.type !== "Action.Execute") this.error(`${path}/action`, "must be an Action.Execute");
    else this.action(json.action, `${path}/action`);
    if (json.userIds !== undefined) {
      if (!Array.isArray(json.userIds) || !json.userIds.every((id) => typeof id === "string")) {
        this.error(`${path}/userIds`, "must be an array of strings");
      } else if (json.userIds.length > maxRefreshUserIds) {
        this.error(`${path}/userIds`, `lists ${json.userIds.length} users; Teams refreshes for at most ${maxRefreshUserIds}`);
      }
    }
  }

  msteams(json, path) {
    if (json === null || typeof json !== "object") return this.error(path, "must be an object");
    for (const [name, value] of Object.entries(json)) {
      if (name === "width") {
        if (value !== "Full") this.error(`${path}/width`, 'must be "Full"');
      } else if (name === "entities") {
        if (!Array.isArray(value)) this.error(`${path}/entities`, "must be an array");
      } else {
        this.error(`${path}/${name}`, `unknown property "${name}"`);
      }
    }
  }

  finish() {
    for (const { id, path } of this.toggleTargets) {
      if (!this.ids.has(id)) this.error(path, `no element has the id ${JSON.stringify(id)}`);
    }
  }
}

function validate(json) {
  const checker = new Checker();
  checker.card(json, "", true);
  checker.finish();

  // The package's parser reports unknown types and invalid enumeration values; its validation, duplicate and
  // missing ids.
  const context = new AC.SerializationContext(target);
  const card = new AC.AdaptiveCard();
  card.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) checker.error("(parser)", context.getEventAt(i).message);
  for (const event of card.validateProperties().validationEvents) checker.error("(validation)", event.message);
  return checker.errors;
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node validate.mjs FILE.json [FILE.json ...]");
  process.exit(2);
}

let failed = false;
for (const file of files) {
  let errors;
  try {
    errors = validate(JSON.parse(await readFile(file, "utf8")));
  } catch (error) {
    errors = [`cannot read or check the card: ${error.message}`];
  }
  if (errors.length === 0) {
    console.log(`valid: ${file}`);
  } else {
    failed = true;
    console.error(`INVALID: ${file}`);
    for (const error of errors) console.error(`  ${error}`);
  }
}
process.exit(failed ? 1 : 0);
