#!/usr/bin/env node
// Validates every *.sarif file under the directories given with the Microsoft SARIF Multitool
// ("validate": the SARIF 2.1.0 schema, the SARIF rules and GitHub code scanning's rules), prints each
// problem and a verdict, and exits non-zero on any error or warning, on a tool failure, or if there is
// nothing to validate (so a broken setup never passes silently). Notes are printed, counted and allowed.
//
// Usage: node validate.js <output.sarif> <directory>...
//
// The Multitool's npm package ships a self-contained .NET executable for Linux, macOS and Windows, so no
// .NET runtime is needed. It is run directly, without a shell, so paths with spaces are safe.
'use strict';

const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const [output, ...roots] = process.argv.slice(2);
if (!output || roots.length === 0) {
  console.error('usage: node validate.js <output.sarif> <directory>...');
  process.exit(2);
}

function sarifFiles(directory) {
  if (!fs.existsSync(directory)) {
    return [];
  }
  const found = [];
  for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules' && entry.name !== 'local-repo') {
      found.push(...sarifFiles(full));
    } else if (entry.isFile() && entry.name.endsWith('.sarif')) {
      found.push(full);
    }
  }
  return found;
}

const files = roots.flatMap((root) => sarifFiles(path.resolve(root))).sort();
const label = 'SARIF Multitool ' + require('@microsoft/sarif-multitool/package.json').version;
if (files.length === 0) {
  console.error(`${label}: no .sarif files under ${roots.join(', ')}: nothing was validated`);
  process.exit(1);
}

// The platform package's main module is the path of its executable.
const tool = require('@microsoft/sarif-multitool');
try {
  fs.accessSync(tool, fs.constants.X_OK);
} catch (e) {
  fs.chmodSync(tool, 0o755); // its postinstall does this; npm may have been told not to run scripts
}

fs.mkdirSync(path.dirname(path.resolve(output)), { recursive: true });
const run = spawnSync(tool, [
  'validate', ...files,
  '--output', path.resolve(output),
  '--log', 'ForceOverwrite;PrettyPrint',
  '--rule-kind', 'Sarif;Gh',
  '--level', 'Error;Warning;Note',
], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
  // Needs no ICU library then, on machines that lack one; validation does not depend on the culture.
  env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
});
if (run.error || run.status !== 0) {
  console.error(`${label} failed to run (${run.error || 'exit code ' + run.status}):\n${run.stdout}\n${run.stderr}`);
  process.exit(1);
}

// A result's message: its text, or its rule's message string with the arguments filled in.
function messageText(logRun, result) {
  const message = result.message || {};
  if (message.text) {
    return message.text;
  }
  const rules = (logRun.tool && logRun.tool.driver && logRun.tool.driver.rules) || [];
  const rule = rules.find((r) => r.id === result.ruleId) || {};
  const template = rule.messageStrings && rule.messageStrings[message.id] && rule.messageStrings[message.id].text;
  const args = message.arguments || [];
  return template ? template.replace(/\{(\d+)\}/g, (m, i) => (args[i] !== undefined ? args[i] : m)) : args.join(' | ');
}

const log = JSON.parse(fs.readFileSync(output, 'utf8'));
const counts = { error: 0, warning: 0, note: 0 };
const byRule = {};
let toolProblems = 0;
for (const logRun of log.runs || []) {
  for (const result of logRun.results || []) {
    const level = result.level || 'warning';
    counts[level] = (counts[level] || 0) + 1;
    const where = result.locations && result.locations[0] && result.locations[0].physicalLocation;
    const file = where ? decodeURIComponent(where.artifactLocation.uri.replace(/^file:\/\//, '')) : '?';
    const line = where && where.region ? where.region.startLine : 0;
    const text = messageText(logRun, result);
    if (level === 'note') {
      byRule[result.ruleId] = (byRule[result.ruleId] || 0) + 1;
    } else {
      console.log(`${level.toUpperCase()} ${result.ruleId} ${file}:${line} ${text}`);
    }
  }
  for (const invocation of logRun.invocations || []) {
    const notifications = [...(invocation.toolExecutionNotifications || []),
      ...(invocation.toolConfigurationNotifications || [])];
    for (const notification of notifications) {
      if (notification.level === 'error') {
        toolProblems++;
        console.log(`TOOL ERROR ${(notification.message && notification.message.text) || JSON.stringify(notification)}`);
      }
    }
    if (invocation.executionSuccessful === false) {
      toolProblems++;
      console.log('TOOL ERROR the validation run did not complete successfully');
    }
  }
}

const notes = Object.keys(byRule).sort().map((rule) => `${rule} x${byRule[rule]}`).join(', ');
console.log(`${label}: ${files.length} SARIF files validated: ${counts.error} errors, ${counts.warning} warnings,`
  + ` ${counts.note} notes${notes ? ' (' + notes + ')' : ''}; full report in ${output}`);
for (const file of files) {
  console.log(`  ${path.relative(process.cwd(), file)}`);
}
if (counts.error > 0 || counts.warning > 0 || toolProblems > 0) {
  console.error(`${label}: the SARIF logs are not valid: fix the errors and warnings above`);
  process.exit(1);
}
console.log(`${label}: every SARIF log is valid`);
