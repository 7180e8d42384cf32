// Validates Teams app manifest files offline against the JSON schemas bundled in
// @microsoft/app-manifest. Usage: node validate.mjs FILE.json [FILE.json ...]
// Each file is validated against the schema named by its own "$schema" URL, so both
// manifest.json and its localization files can be passed. For a manifest, the files it
// names (icons, localization files) must also sit next to it.
// Exit code: 0 when every file is valid, 1 when any is not, 2 on bad usage.
import { access, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const { AppManifestUtils } = require("@microsoft/app-manifest");
const Ajv04 = require("ajv-draft-04");
const addFormats = require("ajv-formats");

// The package falls back to downloading a schema it does not bundle. A validation that
// quietly depends on the network is not reproducible, so any such attempt is an error.
globalThis.fetch = async (url) => {
  throw new Error(`refusing to download ${url}: that schema is not bundled in @microsoft/app-manifest`);
};

async function exists(file) {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

function referencedFiles(manifest) {
  const icons = ["color", "outline", "color32x32"]
    .map((key) => manifest.icons?.[key])
    .filter((file) => typeof file === "string")
    .map((file) => ({ file, isLocalization: false }));
  const info = manifest.localizationInfo;
  const localizations = [info?.defaultLanguageFile, ...(info?.additionalLanguages ?? []).map((l) => l.file)]
    .filter((file) => typeof file === "string")
    .map((file) => ({ file, isLocalization: true }));
  return [...icons, ...localizations];
}

// The schema cannot see other files: check that each file the manifest names is there, and
// that every localization file uses the localization schema of the manifest's own version.
async function checkReferencedFiles(manifest, folder) {
  const errors = [];
  for (const { file, isLocalization } of referencedFiles(manifest)) {
    const full = path.join(folder, file);
    if (!(await exists(full))) {
      errors.push(`names "${file}", which is not next to the manifest`);
    } else if (isLocalization) {
      let schemaUrl;
      try {
        schemaUrl = JSON.parse(await readFile(full, "utf8")).$schema ?? "";
      } catch (error) {
        errors.push(`"${file}" is not readable JSON: ${error.message}`);
        continue;
      }
      if (!schemaUrl.includes(`/v${manifest.manifestVersion}/`)) {
        errors.push(`"${file}" uses ${schemaUrl || "no schema"}, not the v${manifest.manifestVersion} localization schema`);
      }
    }
  }
  return errors;
}

// A manifest goes through the package's own validator, the one its toolkit uses. That
// validator compiles patterns in Unicode mode, where the localization schemas' pattern
// "...\\b]\\.description$" is a syntax error (a lone "]"). Localization files are therefore
// checked by the same kind of draft-04 validator with Unicode mode off: an ECMA-262
// pattern without the "u" flag reads that "]" as a literal.
async function validateAgainstBundledSchema(document) {
  if (!/\/MicrosoftTeams\.Localization\.schema\.json$/i.test(document.$schema)) {
    return AppManifestUtils.validateAgainstSchema(document);
  }
  const schema = await AppManifestUtils.fetchSchema(document.$schema);
  const ajv = new Ajv04({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv, ["uri", "email", "regex"]);
  const validate = ajv.compile(schema);
  if (validate(document)) return [];
  return validate.errors.map(
    (error) => `${error.instancePath || "/"} ${error.message ?? ""}. Details: ${JSON.stringify(error.params)}`,
  );
}

async function validateFile(file) {
  let document;
  try {
    document = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    return [`cannot read JSON: ${error.message}`];
  }
  if (typeof document.$schema !== "string") {
    return ['has no "$schema", so the schema to validate against is unknown'];
  }
  const errors = [];
  try {
    errors.push(...(await validateAgainstBundledSchema(document)));
  } catch (error) {
    return [error.message];
  }
  if (typeof document.manifestVersion === "string") {
    errors.push(...(await checkReferencedFiles(document, path.dirname(file))));
  }
  return errors;
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node validate.mjs FILE.json [FILE.json ...]");
  process.exit(2);
}

let failed = false;
for (const file of files) {
  const errors = await validateFile(file);
  if (errors.length === 0) {
    console.log(`valid: ${file}`);
  } else {
    failed = true;
    console.error(`INVALID: ${file}`);
    for (const error of errors) console.error(`  ${error}`);
  }
}
process.exit(failed ? 1 : 0);
