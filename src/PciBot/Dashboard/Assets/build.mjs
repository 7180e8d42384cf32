// Copies the few library files the dashboard serves into lib/ (git-ignored; the bot embeds them at build) and writes
// Teams' Fluent design tokens for the light, dark and high-contrast themes as CSS variables.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { teamsLightTheme, teamsDarkTheme, teamsHighContrastTheme } from '@fluentui/tokens';

const here = dirname(fileURLToPath(import.meta.url));
const lib = join(here, 'lib');
mkdirSync(lib, { recursive: true });

copyFileSync(join(here, 'node_modules/chart.js/dist/chart.umd.min.js'), join(lib, 'chart.umd.min.js'));
copyFileSync(join(here, 'node_modules/@microsoft/teams-js/dist/umd/MicrosoftTeams.min.js'), join(lib, 'teams-js.min.js'));

// Only the tokens dashboard.css uses: the three themes hold some 460 each.
const used = new Set([...readFileSync(join(here, 'dashboard.css'), 'utf8').matchAll(/var\(--([A-Za-z0-9]+)/g)].map((m) => m[1]));
const variables = (theme) => Object.entries(theme).filter(([name]) => used.has(name)).map(([name, value]) => `  --${name}: ${value};`).join('\n');
const css = [
  '/* Generated from @fluentui/tokens by build.mjs: Teams\' own colours, fonts and spacing. */',
  `:root, :root[data-theme="default"] {\n${variables(teamsLightTheme)}\n  color-scheme: light;\n}`,
  `:root[data-theme="dark"] {\n${variables(teamsDarkTheme)}\n  color-scheme: dark;\n}`,
  `:root[data-theme="contrast"] {\n${variables(teamsHighContrastTheme)}\n  color-scheme: dark;\n}`,
  '',
].join('\n\n');
writeFileSync(join(lib, 'fluent-tokens.css'), css);
